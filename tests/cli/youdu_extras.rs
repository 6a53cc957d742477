//! Youdu beyond app messages: pop-ups and badges (the app body, no token) and chat sessions
//! (create, then text and every media kind), against the emulator, which decrypts and checks
//! every request.

use serde_json::{Value, json};

use crate::support::*;

fn ok() -> Value {
    json!({"errcode": 0, "errmsg": "ok"})
}

#[test]
fn a_popup_goes_in_the_app_body_with_no_token() {
    let (env, yd) = youdu_env();
    let (popup, seen) = yd.app_call(POPWINDOW, ok());
    let out = env
        .cmd()
        .args([
            "youdu",
            "popup",
            "-u",
            "alice",
            "-d",
            "12",
            "--tip",
            "db-1: disk 95% full",
        ])
        .args(["--title", "Disk", "--width", "400", "--height", "300"])
        .args(["--duration", "forever", "--position", "bottom-right"])
        .args(["--open", "window", "--notice-id", "inc-42"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
    popup.assert_calls(1);
    assert_eq!(
        seen.lock().unwrap()[0],
        json!({"toUser": "alice", "toDept": "12", "popWindow": {
            "tip": "db-1: disk 95% full", "title": "Disk", "width": 400, "height": 300,
            "duration": -1, "position": 3, "notice_id": "inc-42", "pop_mode": 2}})
    );
}

#[test]
fn popup_recipients_are_split_like_text() {
    let (env, yd) = youdu_env();
    let (popup, seen) = yd.app_call(POPWINDOW, ok());
    let users: Vec<String> = (0..1500).map(|i| format!("u{i}")).collect();
    env.cmd()
        .args([
            "youdu",
            "popup",
            "--url",
            "https://ops.example.com/i/1",
            "-u",
        ])
        .arg(users.join(","))
        .args([
            "--duration",
            "30",
            "--position",
            "center",
            "--open",
            "browser",
        ])
        .assert()
        .success();
    popup.assert_calls(2);
    let seen = seen.lock().unwrap();
    let count = |m: &Value| m["toUser"].as_str().unwrap().split('|').count();
    assert_eq!((count(&seen[0]), count(&seen[1])), (1000, 500));
    assert_eq!(
        seen[0]["popWindow"],
        json!({"url": "https://ops.example.com/i/1", "duration": 30, "position": 0, "pop_mode": 1})
    );
    env.cmd()
        .args(["youdu", "popup", "--no-split", "--tip", "x", "-u"])
        .arg(users.join(","))
        .assert()
        .code(2);
    popup.assert_calls(2);
}

#[test]
fn a_popup_needs_a_url_or_a_tip_and_warns_with_both() {
    let (env, yd) = youdu_env();
    let (popup, seen) = yd.app_call(POPWINDOW, ok());
    env.cmd()
        .args(["youdu", "popup", "-u", "alice"])
        .assert()
        .code(2);
    let out = env
        .cmd()
        .args(["youdu", "popup", "-u", "alice", "--tip", " "])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--tip is empty"), "{}", stderr(&out));
    let out = env
        .cmd()
        .args([
            "youdu",
            "popup",
            "-u",
            "a",
            "--url",
            "https://x/1",
            "--tip",
            "t",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("warning: both --url and --tip are given: the window shows the URL"),
        "{}",
        stderr(&out)
    );
    assert!(
        env.cmd()
            .args([
                "youdu",
                "popup",
                "-u",
                "a",
                "--tip",
                "t",
                "--duration",
                "-5"
            ])
            .assert()
            .get_output()
            .status
            .code()
            == Some(2)
    );
    popup.assert_calls(1);
    assert_eq!(seen.lock().unwrap()[0]["popWindow"]["tip"], "t");
}

#[test]
fn a_badge_is_one_request_per_account() {
    let (env, yd) = youdu_env();
    let (badge, seen) = yd.app_call(SET_NOTICE, ok());
    env.cmd()
        .args(["youdu", "badge", "-u", "alice", "-u", "bob|carol,alice"])
        .args(["--count", "3", "--tip", "3 approvals waiting"])
        .assert()
        .success()
        .stdout("");
    badge.assert_calls(3);
    let seen = seen.lock().unwrap().clone();
    assert_eq!(
        seen[0],
        json!({"account": "alice", "tip": "3 approvals waiting", "count": 3})
    );
    assert_eq!(seen[2]["account"], "carol");
    env.cmd()
        .args(["youdu", "badge", "-u", "alice", "--count", "0"])
        .assert()
        .success();
    badge.assert_calls(4);
    for bad in ["-1", "two", "1.5"] {
        let out = env
            .cmd()
            .args(["youdu", "badge", "-u", "alice", "--count", bad])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{bad}");
        assert!(stderr(&out).contains("--count"), "{}", stderr(&out));
    }
    badge.assert_calls(4);
}

#[test]
fn a_badge_refusal_is_exit_5_with_the_servers_text() {
    let (env, yd) = youdu_env();
    let _refused = yd.app_call(
        SET_NOTICE,
        json!({"errcode": 300001, "errmsg": "UserId不存在"}),
    );
    let out = env
        .cmd()
        .args(["youdu", "badge", "-u", "ghost", "--count", "1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("errcode 300001: UserId不存在"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn create_then_post_into_the_session() {
    let (env, yd) = youdu_env();
    let _t = yd.token("t");
    let (create, created) = yd.session_create("t", "{8AD595F3-73B3}");
    let (send, sent) = yd.session_send("t", ok());
    let out = env
        .cmd()
        .args(["youdu", "session", "create", "--title", "Release 1.4"])
        .args(["--creator", "alice", "-m", "bob", "-m", "carol,bob"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "{8AD595F3-73B3}\n");
    // The test profile is a custom app, not sysOrgAssistant: warned, still sent.
    assert!(
        stderr(&out).contains("session messages normally need app_id = sysOrgAssistant"),
        "{}",
        stderr(&out)
    );
    create.assert_calls(1);
    assert_eq!(
        created.lock().unwrap()[0],
        json!({"title": "Release 1.4", "creator": "alice", "type": "multi",
               "member": ["alice", "bob", "carol"]})
    );
    let id = stdout(&out).trim().to_string();
    env.cmd()
        .args([
            "youdu",
            "session",
            "text",
            "--session",
            &id,
            "--sender",
            "robot",
        ])
        .arg("Build #512 is green")
        .assert()
        .success()
        .stdout("");
    send.assert_calls(1);
    assert_eq!(
        sent.lock().unwrap()[0],
        json!({"sessionId": "{8AD595F3-73B3}", "sender": "robot", "msgType": "text",
               "text": {"content": "Build #512 is green"}})
    );
}

#[test]
fn session_create_with_json_prints_one_object() {
    let (env, yd) = youdu_env();
    let _t = yd.token("t");
    let _create = yd.session_create("t", "S-1");
    let out = env
        .cmd()
        .args(["--json", "youdu", "session", "create", "--title", "T"])
        .args(["--creator", "alice", "-m", "bob|carol"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let lines = json_lines(&stdout(&out));
    assert_eq!(lines.len(), 1, "{}", stdout(&out));
    assert_eq!(lines[0]["session_id"], "S-1");
    assert_eq!(lines[0]["endpoint"], "/cgi/session/create");
    assert_eq!(lines[0]["ok"], true);
}

#[test]
fn a_session_needs_three_members_and_a_short_title() {
    let (env, yd) = youdu_env();
    let _t = yd.token("t");
    let (create, _) = yd.session_create("t", "S-1");
    let out = env
        .cmd()
        .args([
            "youdu",
            "session",
            "create",
            "--title",
            "T",
            "--creator",
            "alice",
            "-m",
            "bob,alice",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("at least 3 members"),
        "{}",
        stderr(&out)
    );
    let long = "x".repeat(65);
    env.cmd()
        .args([
            "youdu",
            "session",
            "create",
            "--title",
            &long,
            "--creator",
            "a",
            "-m",
            "b,c",
        ])
        .assert()
        .code(2);
    create.assert_calls(0);
}

#[test]
fn every_media_kind_is_uploaded_as_its_type_and_posted() {
    let (env, yd) = youdu_env();
    let _t = yd.token("t");
    let (_upload, uploads) = yd.upload("t", "m-9");
    let (send, sent) = yd.session_send("t", ok());
    let file = env.dir.path().join("report.pdf");
    std::fs::write(&file, b"%PDF-1.4 twelve").unwrap();
    for kind in ["image", "file", "voice", "video"] {
        let out = env
            .cmd()
            .args(["youdu", "session", kind, "--to", "bob", "--sender", "alice"])
            .arg(&file)
            .output()
            .unwrap();
        assert!(out.status.success(), "{kind}: {}", stderr(&out));
    }
    env.cmd()
        .args([
            "youdu",
            "session",
            "image",
            "--to",
            "bob",
            "--sender",
            "alice",
            "--media-id",
            "old-1",
        ])
        .assert()
        .success();
    send.assert_calls(5);
    let uploads = uploads.lock().unwrap();
    let types: Vec<&str> = uploads
        .iter()
        .map(|(m, _)| m["type"].as_str().unwrap())
        .collect();
    assert_eq!(types, ["image", "file", "voice", "video"]);
    let sent = sent.lock().unwrap();
    assert_eq!(
        sent[1],
        json!({"receiver": "bob", "sender": "alice", "msgType": "file",
               "file": {"media_id": "m-9", "name": "report.pdf", "size": 15}})
    );
    assert_eq!(sent[2]["voice"], json!({"media_id": "m-9"}));
    assert_eq!(sent[3]["msgType"], "video");
    assert_eq!(sent[4]["image"], json!({"media_id": "old-1"}));
}

#[test]
fn profile_defaults_give_the_sender_and_the_session() {
    let env = Env::new();
    let yd = Youdu::start();
    env.write_config(&yd.config("sender = \"robot\"\nsession_id = \"S-7\""));
    let _t = yd.token("t");
    let (send, sent) = yd.session_send("t", ok());
    env.cmd()
        .args(["youdu", "session", "text", "nightly backup failed"])
        .assert()
        .success();
    send.assert_calls(1);
    let m = sent.lock().unwrap()[0].clone();
    assert_eq!(
        (m["sessionId"].clone(), m["sender"].clone()),
        (json!("S-7"), json!("robot"))
    );
    // --to overrides the profile's session.
    env.cmd()
        .args(["youdu", "session", "text", "--to", "bob", "hi"])
        .assert()
        .success();
    let m = sent.lock().unwrap()[1].clone();
    assert!(
        m.get("sessionId").is_none() && m["receiver"] == "bob",
        "{m}"
    );
}

#[test]
fn a_session_message_without_a_sender_or_a_chat_is_exit_2() {
    let (env, yd) = youdu_env();
    let _t = yd.token("t");
    let (send, _) = yd.session_send("t", ok());
    let out = env
        .cmd()
        .args(["youdu", "session", "text", "--session", "S", "hi"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("needs --sender ACCOUNT"),
        "{}",
        stderr(&out)
    );
    let out = env
        .cmd()
        .args(["youdu", "session", "text", "--sender", "a", "hi"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("needs --session ID or --to ACCOUNT"),
        "{}",
        stderr(&out)
    );
    env.cmd()
        .args([
            "youdu",
            "session",
            "text",
            "--session",
            "S",
            "--to",
            "b",
            "--sender",
            "a",
            "hi",
        ])
        .assert()
        .code(2);
    send.assert_calls(0);
}

#[test]
fn an_unknown_receiver_is_exit_5_with_the_servers_text() {
    let (env, yd) = youdu_env();
    let _t = yd.token("t");
    let _refused = yd.session_send("t", json!({"errcode": 300001, "errmsg": "UserId不存在"}));
    let out = env
        .cmd()
        .args([
            "youdu", "session", "text", "--to", "ghost", "--sender", "a", "hi",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    assert!(stderr(&out).contains("UserId不存在"), "{}", stderr(&out));
}

#[test]
fn dry_runs_need_no_credentials() {
    let env = Env::new();
    let run = |args: &[&str]| {
        let out = env.cmd().arg("--dry-run").args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        json_lines(&stdout(&out))
    };
    let popup = run(&["youdu", "popup", "-u", "a", "--tip", "t"]);
    assert_eq!(
        popup[0],
        json!({"provider": "youdu", "endpoint": "/cgi/popwindow",
               "payload": {"toUser": "a", "popWindow": {"tip": "t"}}})
    );
    let badge = run(&["youdu", "badge", "-u", "a,b", "--count", "2"]);
    assert_eq!(badge.len(), 2);
    assert_eq!(badge[1]["endpoint"], "/cgi/set.ent.notice");
    let create = run(&[
        "youdu",
        "session",
        "create",
        "--title",
        "T",
        "--creator",
        "a",
        "-m",
        "b,c",
    ]);
    assert_eq!(create[0]["payload"]["member"], json!(["a", "b", "c"]));
    let file = env.dir.path().join("v.amr");
    std::fs::write(&file, b"amr").unwrap();
    let voice = run(&[
        "youdu",
        "session",
        "voice",
        "--session",
        "S",
        "--sender",
        "a",
        file.to_str().unwrap(),
    ]);
    assert_eq!(voice[0]["endpoint"], "/cgi/media/upload");
    assert_eq!(voice[0]["type"], "voice");
    assert_eq!(
        voice[1]["payload"],
        json!({"sessionId": "S", "sender": "a", "msgType": "voice", "voice": {"media_id": "dry-run:v.amr"}})
    );
}

#[test]
fn sessions_go_with_the_token_of_sys_org_assistant() {
    let env = Env::new();
    let yd = Youdu::start_app("sysOrgAssistant");
    env.write_config(&yd.config("sender = \"robot\""));
    let token = yd.token("org-token");
    let (send, sent) = yd.session_send("org-token", ok());
    let out = env
        .cmd()
        .args(["youdu", "session", "text", "--to", "alice", "hi"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    // The profile is the built-in app: no warning. Its token came from gettoken with the
    // sysOrgAssistant envelope, and the send carried it (the emulator takes nothing else).
    assert_eq!(stderr(&out), "");
    token.assert_calls(1);
    send.assert_calls(1);
    assert_eq!(sent.lock().unwrap()[0]["receiver"], "alice");
}

#[test]
fn a_dry_run_takes_the_session_defaults_from_the_environment() {
    let env = Env::new();
    let out = env
        .cmd()
        .args(["--dry-run", "youdu", "session", "text", "hi"])
        .env("CORPMSG_YOUDU_URL", "http://127.0.0.1:9")
        .env("CORPMSG_YOUDU_BUIN", "1")
        .env("CORPMSG_YOUDU_APP_ID", "sysOrgAssistant")
        .env("CORPMSG_YOUDU_SENDER", "robot")
        .env("CORPMSG_YOUDU_SESSION_ID", "S-9")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let lines = json_lines(&stdout(&out));
    assert_eq!(
        lines[0]["payload"],
        json!({"sessionId": "S-9", "sender": "robot", "msgType": "text", "text": {"content": "hi"}})
    );
    // No key was given: a dry run needs none.
    assert_eq!(stderr(&out), "");
}
