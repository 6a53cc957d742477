//! Every Youdu message type and media upload, against the emulator.

use serde_json::json;

use crate::support::*;

/// Bytes of every value, so any mangling of binary data shows.
fn binary(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i * 7 % 256) as u8).collect()
}

#[test]
fn upload_prints_the_media_id_of_the_exact_bytes() {
    let (env, yd) = youdu_env();
    let _t = yd.token("t");
    let (mock, seen) = yd.upload("t", "media-123");
    let file = env.dir.path().join("chart.png");
    let bytes = binary(70_001);
    std::fs::write(&file, &bytes).unwrap();
    let out = env
        .cmd()
        .args(["youdu", "upload"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "media-123\n");
    mock.assert_calls(1);
    let seen = seen.lock().unwrap();
    assert_eq!(seen[0].0, json!({"type": "image", "name": "chart.png"}));
    assert!(seen[0].1 == bytes, "uploaded bytes differ");
}

#[test]
fn a_file_of_many_pieces_arrives_byte_for_byte() {
    // Read, encrypted and encoded a piece at a time as it is sent: 3 MiB and an odd tail make
    // a dozen pieces, the last one short.
    let (env, yd) = youdu_env();
    let _t = yd.token("t");
    let (mock, seen) = yd.upload("t", "media-big");
    let file = env.dir.path().join("logs.tar.gz");
    let bytes = binary((3 << 20) + 17);
    std::fs::write(&file, &bytes).unwrap();
    let out = env
        .cmd()
        .args(["youdu", "upload", "--type", "file"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "media-big\n");
    assert_eq!(
        stderr(&out),
        "",
        "no progress bar when stderr is not a terminal"
    );
    mock.assert_calls(1);
    let seen = seen.lock().unwrap();
    assert_eq!(seen[0].0, json!({"type": "file", "name": "logs.tar.gz"}));
    assert!(seen[0].1 == bytes, "uploaded bytes differ");
}

/// `corpmsg ARGS...` run by util-linux's `script` on a pseudo-terminal (TERM=xterm) in `env`'s
/// cleared environment: what the terminal showed (stdout and stderr together).
fn on_a_terminal(env: &Env, args: &[&str]) -> String {
    let inner = env.std_cmd();
    let mut line = shell_quote(&inner.get_program().to_string_lossy());
    for a in args {
        line.push(' ');
        line.push_str(&shell_quote(a));
    }
    let mut cmd = std::process::Command::new("script");
    cmd.env_clear();
    for (k, v) in inner.get_envs() {
        if let Some(v) = v {
            cmd.env(k, v);
        }
    }
    cmd.env("TERM", "xterm");
    let out = cmd
        .args(["-qec", &line, "/dev/null"])
        .output()
        .expect("util-linux `script` runs (Debian: bsdutils, always installed)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}

#[test]
fn a_long_upload_on_a_terminal_shows_a_bar_then_clears_it() {
    let (env, yd) = youdu_env();
    let _t = yd.token("t");
    let (mock, _seen) = yd.upload("t", "media-bar");
    let file = env.dir.path().join("archive.tar");
    std::fs::write(&file, binary(5 << 20)).unwrap();
    let path = file.to_str().unwrap();
    let shown = on_a_terminal(&env, &["youdu", "upload", "--type", "file", path]);
    assert!(shown.contains("uploading archive.tar ["), "{shown:?}");
    assert!(shown.contains("MiB"), "{shown:?}");
    // Cleared before the media id is printed, which stands alone on its line.
    let (bar, after) = shown.rsplit_once("\x1b[2K").expect("the bar is cleared");
    assert!(bar.contains("uploading"));
    assert_eq!(after.trim_start_matches("\x1b[1A").trim(), "media-bar");
    for quiet in [&["-q"][..], &["--json"], &["-vv"]] {
        let mut args = quiet.to_vec();
        args.extend(["youdu", "upload", "--type", "file", path]);
        let shown = on_a_terminal(&env, &args);
        assert!(
            !shown.contains("uploading archive.tar ["),
            "{quiet:?}: {shown:?}"
        );
    }
    // A small file gets none.
    let small = env.dir.path().join("small.png");
    std::fs::write(&small, binary(70_001)).unwrap();
    let shown = on_a_terminal(&env, &["youdu", "upload", small.to_str().unwrap()]);
    assert_eq!(shown.trim(), "media-bar");
    mock.assert_calls(5);
}

#[test]
fn upload_type_can_be_given() {
    let (env, yd) = youdu_env();
    let _t = yd.token("t");
    let (_mock, seen) = yd.upload("t", "m");
    let file = env.dir.path().join("notes.bin");
    std::fs::write(&file, b"x").unwrap();
    env.cmd()
        .args(["youdu", "upload", "--type", "voice"])
        .arg(&file)
        .assert()
        .success();
    assert_eq!(seen.lock().unwrap()[0].0["type"], "voice");
}

#[test]
fn a_missing_or_unreadable_file_is_exit_2_before_any_request() {
    let (env, yd) = youdu_env();
    let token = yd.token("t");
    for args in [
        vec!["youdu", "upload", "/nonexistent/a.png"],
        vec!["youdu", "image", "-u", "a", "/nonexistent/a.png"],
        vec![
            "youdu",
            "mpnews",
            "-u",
            "a",
            "--title",
            "t",
            "--content",
            "c",
            "--cover",
            "/nonexistent/a.png",
        ],
    ] {
        let out = env.cmd().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&out).contains("/nonexistent/a.png"),
            "{}",
            stderr(&out)
        );
    }
    let out = env
        .cmd()
        .args(["youdu", "upload"])
        .arg(env.dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("is not a regular file"));
    token.assert_calls(0);
}

#[test]
fn image_uploads_then_sends_the_returned_id() {
    let (env, yd) = youdu_env();
    let _t = yd.token("t");
    let (up, seen) = yd.upload("t", "img-9");
    let (send, got) = yd.send_ok("t");
    let file = env.dir.path().join("shot.jpg");
    std::fs::write(&file, binary(1000)).unwrap();
    let out = env
        .cmd()
        .args(["--json", "youdu", "image", "-d", "12"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    up.assert_calls(1);
    send.assert_calls(1);
    assert_eq!(seen.lock().unwrap()[0].0["type"], "image");
    assert_eq!(
        got.lock().unwrap()[0],
        json!({"toDept":"12","msgType":"image","image":{"media_id":"img-9"}})
    );
    let lines = json_lines(&stdout(&out));
    assert_eq!(lines[0]["endpoint"], "/cgi/media/upload");
    assert_eq!(lines[0]["media_id"], "img-9");
    assert_eq!(lines[1]["endpoint"], "/cgi/msg/send");
}

#[test]
fn file_with_a_media_id_uploads_nothing() {
    let (env, yd) = youdu_env();
    let _t = yd.token("t");
    let (up, _) = yd.upload("t", "x");
    let (send, got) = yd.send_ok("t");
    env.cmd()
        .args(["youdu", "file", "-u", "alice", "--media-id", "old-7"])
        .assert()
        .success();
    up.assert_calls(0);
    send.assert_calls(1);
    assert_eq!(got.lock().unwrap()[0]["file"], json!({"media_id":"old-7"}));
}

#[test]
fn mpnews_from_flags_uploads_the_cover() {
    let (env, yd) = youdu_env();
    let _t = yd.token("t");
    let (up, _) = yd.upload("t", "cover-1");
    let (send, got) = yd.send_ok("t");
    let cover = env.dir.path().join("logo.png");
    std::fs::write(&cover, binary(300)).unwrap();
    let out = env
        .cmd()
        .args([
            "youdu",
            "mpnews",
            "-u",
            "a",
            "--title",
            "Release 1.4",
            "--content",
            "Notes",
        ])
        .args(["--digest", "What changed", "--show-front", "--cover"])
        .arg(&cover)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    up.assert_calls(1);
    send.assert_calls(1);
    assert_eq!(
        got.lock().unwrap()[0]["mpnews"],
        json!([{"title":"Release 1.4","media_id":"cover-1","content":"Notes","digest":"What changed","showFront":1}])
    );
}

fn articles_toml(n: usize) -> String {
    (0..n)
        .map(|i| {
            format!(
                "[[article]]\ntitle = \"Article {i}\"\ncontent = \"Body {i}\"\ncover = \"{}\"\n\n",
                if i % 2 == 0 { "a.png" } else { "b.png" }
            )
        })
        .collect()
}

#[test]
fn five_articles_upload_each_distinct_cover_once() {
    let (env, yd) = youdu_env();
    let _t = yd.token("t");
    let (up, seen) = yd.upload("t", "c");
    let (send, got) = yd.send_ok("t");
    let dir = env.dir.path().join("news");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("a.png"), b"A").unwrap();
    std::fs::write(dir.join("b.png"), b"B").unwrap();
    std::fs::write(dir.join("digest.toml"), articles_toml(5)).unwrap();
    let out = env
        .cmd()
        .args(["youdu", "mpnews", "-u", "a", "--articles"])
        .arg(dir.join("digest.toml"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    up.assert_calls(2);
    send.assert_calls(1);
    let names: Vec<String> = seen
        .lock()
        .unwrap()
        .iter()
        .map(|(m, _)| m["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names, ["a.png", "b.png"]);
    assert_eq!(
        got.lock().unwrap()[0]["mpnews"].as_array().unwrap().len(),
        5
    );
}

#[test]
fn six_articles_are_refused_with_nothing_uploaded_or_sent() {
    let (env, yd) = youdu_env();
    let token = yd.token("t");
    let dir = env.dir.path();
    std::fs::write(dir.join("a.png"), b"A").unwrap();
    std::fs::write(dir.join("b.png"), b"B").unwrap();
    std::fs::write(dir.join("six.toml"), articles_toml(6)).unwrap();
    let out = env
        .cmd()
        .args(["youdu", "mpnews", "-u", "a", "--articles"])
        .arg(dir.join("six.toml"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "error: 6 articles given; at most 5 fit in one message\n"
    );
    token.assert_calls(0);
}

#[test]
fn mpnews_dry_run_shows_uploads_and_dry_run_ids() {
    let env = Env::new();
    let cover = env.dir.path().join("logo.png");
    std::fs::write(&cover, b"x").unwrap();
    let long_title = "t".repeat(70);
    let out = env
        .cmd()
        .args([
            "youdu",
            "mpnews",
            "-n",
            "-u",
            "a",
            "--title",
            &long_title,
            "--content",
            "c",
            "--cover",
        ])
        .arg(&cover)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let lines = json_lines(&stdout(&out));
    assert_eq!(
        lines[0],
        json!({"provider":"youdu","endpoint":"/cgi/media/upload","file":cover.display().to_string(),"type":"image"})
    );
    assert_eq!(
        lines[1]["payload"]["mpnews"][0]["media_id"],
        "dry-run:logo.png"
    );
    assert_eq!(
        lines[1]["payload"]["mpnews"][0]["title"]
            .as_str()
            .unwrap()
            .chars()
            .count(),
        64
    );
    assert!(stderr(&out).contains("warning: title is 70 characters; Youdu keeps 64"));
}

#[test]
fn mpnews_needs_a_cover() {
    let env = Env::new();
    let out = env
        .cmd()
        .args([
            "youdu",
            "mpnews",
            "-n",
            "-u",
            "a",
            "--title",
            "t",
            "--content",
            "c",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("cover"), "{}", stderr(&out));
}

#[test]
fn link_with_sso_and_its_hard_title_limit() {
    let (env, yd) = youdu_env();
    let _t = yd.token("t");
    let (send, got) = yd.send_ok("t");
    env.cmd()
        .args(["youdu", "link", "-u", "a", "--title", "Build #512 failed"])
        .args(["--url", "https://ci.example.com/512", "--sso"])
        .assert()
        .success();
    send.assert_calls(1);
    assert_eq!(
        got.lock().unwrap()[0]["link"],
        json!({"title":"Build #512 failed","url":"https://ci.example.com/512","action":1})
    );
    let out = env
        .cmd()
        .args([
            "youdu",
            "link",
            "-u",
            "a",
            "--title",
            &"x".repeat(65),
            "--url",
            "https://x",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "error: --title is 65 characters; Youdu allows at most 64\n"
    );
    send.assert_calls(1);
}

#[test]
fn exlink_items_from_a_json_file() {
    let (env, yd) = youdu_env();
    let _t = yd.token("t");
    let (up, _) = yd.upload("t", "cov");
    let (send, got) = yd.send_ok("t");
    let dir = env.dir.path();
    std::fs::write(dir.join("g.png"), b"G").unwrap();
    std::fs::write(
        dir.join("links.json"),
        r#"[{"title":"Dashboard","url":"https://grafana","digest":"p95 up","cover":"g.png"},
            {"title":"Runbook","url":"https://wiki/rb","media_id":"old"}]"#,
    )
    .unwrap();
    let out = env
        .cmd()
        .args(["youdu", "exlink", "-d", "3", "--items"])
        .arg(dir.join("links.json"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    up.assert_calls(1);
    send.assert_calls(1);
    assert_eq!(
        got.lock().unwrap()[0]["exlink"],
        json!([{"title":"Dashboard","url":"https://grafana","digest":"p95 up","media_id":"cov"},
               {"title":"Runbook","url":"https://wiki/rb","media_id":"old"}])
    );
}

#[test]
fn a_bad_item_file_is_exit_2_naming_it() {
    let env = Env::new();
    let file = env.dir.path().join("links.json");
    std::fs::write(&file, r#"[{"title":"x"}]"#).unwrap();
    let out = env
        .cmd()
        .args(["youdu", "exlink", "-n", "-u", "a", "--items"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.starts_with(&format!(
            "error: --items {}: invalid JSON: missing field `url`",
            file.display()
        )),
        "{err}"
    );
}

#[test]
fn sysmsg_keeps_text_and_link_order() {
    let env = Env::new();
    let out = env
        .cmd()
        .args([
            "youdu",
            "sysmsg",
            "-n",
            "--to-all",
            "--only-online",
            "--title",
            "Maintenance",
        ])
        .args([
            "--text",
            "first",
            "--link",
            "Plan=https://p?a=1",
            "--text",
            "last",
        ])
        .args(["--pop-duration", "-1"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        json_lines(&stdout(&out))[0]["payload"],
        json!({"toAll":{"onlyOnline":true,"onliyOnline":true},"msgType":"sysMsg",
               "sysMsg":{"title":"Maintenance","popDuration":-1,"msg":[
                 {"text":{"content":"first"}},
                 {"link":{"title":"Plan","url":"https://p?a=1","action":0}},
                 {"text":{"content":"last"}}]}})
    );
}

#[test]
fn sysmsg_is_delivered_and_warns_about_the_app() {
    let (env, yd) = youdu_env();
    let _t = yd.token("t");
    let (send, got) = yd.send_ok("t");
    let out = env
        .cmd()
        .args([
            "youdu", "sysmsg", "-d", "0", "--title", "Notice", "--text", "hello",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    send.assert_calls(1);
    assert_eq!(got.lock().unwrap()[0]["toDept"], "0");
    assert!(got.lock().unwrap()[0].get("toAll").is_none());
    assert_eq!(
        stderr(&out),
        format!(
            "warning: system messages normally need app_id = sysMsgAssistant (profile `ops` has {APP})\n"
        )
    );
    // With the built-in app id there is no warning.
    env.write_config(&yd.config("").replace(APP, "sysMsgAssistant"));
    let out = env
        .cmd()
        .args([
            "youdu", "sysmsg", "-n", "-d", "0", "--title", "Notice", "--text", "hello",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(stderr(&out), "");
}

#[test]
fn a_refused_app_gets_a_hint() {
    let (env, yd) = youdu_env();
    let _t = yd.token("t");
    let (send, _) = yd.send(
        "t",
        |_| true,
        json!({"errcode": 100005, "errmsg": "invalid appId"}),
    );
    let out = env
        .cmd()
        .args([
            "-q",
            "youdu",
            "mail",
            "--action",
            "unread",
            "-u",
            "a",
            "--unread-count",
            "2",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5));
    send.assert_calls(1);
    assert!(
        stderr(&out)
            .starts_with("hint: mail messages need a profile whose app_id is sysExmailAssistant"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn sms_and_mail_are_delivered() {
    let (env, yd) = youdu_env();
    let _t = yd.token("t");
    let (send, got) = yd.send_ok("t");
    env.cmd()
        .args([
            "-q",
            "youdu",
            "sms",
            "-u",
            "a",
            "--from",
            "13800000000",
            "OK, received",
        ])
        .assert()
        .success();
    env.cmd()
        .args([
            "-q",
            "youdu",
            "mail",
            "--action",
            "new",
            "-u",
            "alice",
            "--to-email",
            "a@x.com|b@x.com",
        ])
        .args([
            "--subject",
            "Invoice",
            "--from-email",
            "billing@x.com",
            "--time",
            "1700000000",
        ])
        .assert()
        .success();
    send.assert_calls(3);
    let got = got.lock().unwrap();
    assert_eq!(
        got[0]["sms"],
        json!({"from":"13800000000","content":"OK, received"})
    );
    assert_eq!(got[1]["toUser"], "alice");
    assert!(got[1].get("toEmail").is_none());
    assert_eq!(got[2]["toEmail"], "a@x.com|b@x.com");
    assert_eq!(
        got[2]["mail"],
        json!({"action":"new","subject":"Invoice","fromEmail":"billing@x.com","time":1700000000})
    );
}

#[test]
fn to_all_ignores_the_profile_default_recipients() {
    let env = Env::new();
    let yd = Youdu::start();
    env.write_config(&yd.config("to_user = [\"alice\"]\nto_dept = [12]"));
    let out = env
        .cmd()
        .args([
            "youdu",
            "sysmsg",
            "-n",
            "--to-all",
            "--title",
            "All hands",
            "--text",
            "now",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let payload = &json_lines(&stdout(&out))[0]["payload"];
    assert!(
        payload.get("toUser").is_none() && payload.get("toDept").is_none(),
        "{payload}"
    );
    // Recipients given on the command line are still sent with --to-all.
    let out = env
        .cmd()
        .args([
            "youdu", "sysmsg", "-n", "--to-all", "-d", "0", "--title", "t", "--text", "x",
        ])
        .output()
        .unwrap();
    assert_eq!(json_lines(&stdout(&out))[0]["payload"]["toDept"], "0");
}

#[test]
fn six_exlink_items_are_refused_with_nothing_uploaded() {
    let (env, yd) = youdu_env();
    let token = yd.token("t");
    let dir = env.dir.path();
    std::fs::write(dir.join("g.png"), b"G").unwrap();
    let items: Vec<String> = (0..6)
        .map(|i| format!(r#"{{"title":"L{i}","url":"https://x/{i}","cover":"g.png"}}"#))
        .collect();
    std::fs::write(dir.join("six.json"), format!("[{}]", items.join(","))).unwrap();
    let out = env
        .cmd()
        .args(["youdu", "exlink", "-u", "a", "--items"])
        .arg(dir.join("six.json"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "error: 6 items given; at most 5 fit in one message\n"
    );
    token.assert_calls(0);
}

#[test]
fn one_cover_spelt_two_ways_is_uploaded_once() {
    let (env, yd) = youdu_env();
    let _t = yd.token("t");
    let (up, _) = yd.upload("t", "c");
    let (send, got) = yd.send_ok("t");
    let dir = env.dir.path();
    std::fs::write(dir.join("a.png"), b"A").unwrap();
    std::fs::write(
        dir.join("two.toml"),
        "[[article]]\ntitle = \"1\"\ncontent = \"x\"\ncover = \"a.png\"\n\n[[article]]\ntitle = \"2\"\ncontent = \"y\"\ncover = \"./a.png\"\n",
    )
    .unwrap();
    let out = env
        .cmd()
        .args(["youdu", "mpnews", "-u", "a", "--articles"])
        .arg(dir.join("two.toml"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    up.assert_calls(1);
    send.assert_calls(1);
    let got = got.lock().unwrap();
    assert_eq!(got[0]["mpnews"][1]["media_id"], "c");
}

#[test]
fn empty_cover_entries_and_wrong_tables_are_exit_2() {
    let env = Env::new();
    let dir = env.dir.path();
    std::fs::write(
        dir.join("a.toml"),
        "[[article]]\ntitle = \"1\"\ncontent = \"x\"\ncover = \"\"\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("b.toml"),
        "[[article]]\ntitle = \"1\"\nurl = \"u\"\n",
    )
    .unwrap();
    let out = env
        .cmd()
        .args(["youdu", "mpnews", "-n", "-u", "a", "--articles"])
        .arg(dir.join("a.toml"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("entry 1 has an empty cover"),
        "{}",
        stderr(&out)
    );
    let out = env
        .cmd()
        .args(["youdu", "exlink", "-n", "-u", "a", "--items"])
        .arg(dir.join("b.toml"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("expected [[item]] tables"),
        "{}",
        stderr(&out)
    );
}
