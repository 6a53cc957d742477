//! `corpmsg wecom …` through a group robot (群机器人), and WeCom's config, against the WeCom
//! emulator: what reached `/cgi-bin/webhook/send` and `upload_media` (and what did not), the
//! robot's limits and flags, its key in every form, the 20-a-minute limit, and `config init`,
//! `check`, `show` and `send` with WeCom profiles.

use std::path::PathBuf;
use std::process::Output;
use std::time::Duration;

use base64::Engine as _;
use serde_json::{Value, json};

use crate::support::{Canned, Env, json_lines, stderr, stdout};
use crate::wx_support::*;

/// A PNG signature and header chunk: enough for the client's and the emulator's checks.
const PNG_HEAD: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";
const OTHER_KEY: &str = "0f0e0d0c-0b0a-4909-8807-060504030201";

/// A fresh environment whose config holds the robot profile `wxbot` (with `extra` lines).
fn robot_env(extra: &str) -> (Env, Wx) {
    let env = Env::new();
    let wx = Wx::start();
    env.write_config(&wx.robot_config(extra));
    (env, wx)
}

/// A fresh environment whose config holds the app `wx` (to alice) and the robot `wxbot`.
fn both_env() -> (Env, Wx) {
    let env = Env::new();
    let wx = Wx::start();
    let app = wx.app_config("to_user = [\"alice\"]");
    env.write_config(&format!("{app}\n{}", wx.robot_config("")));
    (env, wx)
}

fn run(env: &Env, args: &[&str]) -> Output {
    env.cmd().args(args).output().unwrap()
}

fn assert_exit(out: &Output, code: i32) {
    assert_eq!(
        out.status.code(),
        Some(code),
        "stdout: {}\nstderr: {}",
        stdout(out),
        stderr(out)
    );
}

/// The bodies the robot's group received, in order.
fn robot_bodies(wx: &Wx) -> Vec<Value> {
    wx.delivered()
        .into_iter()
        .filter(|d| d.path == WEBHOOK_SEND)
        .map(|d| d.body)
        .collect()
}

/// Writes `bytes` to `name` in the test's temp dir.
fn write_file(env: &Env, name: &str, bytes: &[u8]) -> PathBuf {
    let path = env.dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// A PNG-looking file of `len` bytes.
fn png(len: usize) -> Vec<u8> {
    let mut bytes = PNG_HEAD.to_vec();
    bytes.extend((0..len - PNG_HEAD.len()).map(|i| (i * 7 % 251) as u8));
    bytes
}

/// Replaces the robot profile's key line with `line`.
fn with_key_line(wx: &Wx, line: &str) -> String {
    wx.robot_config("")
        .replace(&format!("webhook_key = \"{ROBOT_KEY}\""), line)
}

#[test]
fn robot_text_goes_to_the_webhook_with_its_key_and_no_token() {
    let (env, wx) = robot_env("");
    let out = run(&env, &["wecom", "text", "Backup finished"]);
    assert_exit(&out, 0);
    assert!(
        out.stdout.is_empty() && out.stderr.is_empty(),
        "silent on success"
    );
    wx.assert_none_rejected();
    let seen = wx.seen();
    assert_eq!(seen.len(), 1, "one request, no gettoken: {seen:?}");
    assert_eq!(seen[0].path, WEBHOOK_SEND);
    assert_eq!(
        seen[0].query.iter().collect::<Vec<_>>(),
        [(&"key".to_string(), &ROBOT_KEY.to_string())]
    );
    assert_eq!(
        robot_bodies(&wx),
        [json!({"msgtype": "text", "text": {"content": "Backup finished"}})]
    );
}

#[test]
fn mentions_are_arrays_of_the_robots_text_and_checked() {
    let (env, wx) = robot_env("");
    let args = [
        "wecom",
        "text",
        "--mention",
        "zhangsan",
        "--mention",
        "@all",
        "--mention-mobile",
        "13800000000",
        "Deploy starts in 5 minutes",
    ];
    assert_exit(&run(&env, &args), 0);
    wx.assert_none_rejected();
    assert_eq!(
        robot_bodies(&wx),
        [json!({"msgtype": "text", "text": {
            "content": "Deploy starts in 5 minutes",
            "mentioned_list": ["zhangsan", "@all"],
            "mentioned_mobile_list": ["13800000000"],
        }})]
    );
    let bad = run(&env, &["wecom", "text", "--mention-mobile", "12a", "hi"]);
    assert_exit(&bad, 2);
    assert!(
        stderr(&bad).contains("--mention-mobile \"12a\""),
        "{}",
        stderr(&bad)
    );
    assert_eq!(wx.seen().len(), 1, "nothing more was sent");

    // Mentions are a robot's: on an app profile they are a usage error, before any request.
    let (env, wx) = (Env::new(), Wx::start());
    env.write_config(&wx.app_config("to_user = [\"alice\"]"));
    let out = run(&env, &["wecom", "text", "--mention", "zhangsan", "hi"]);
    assert_exit(&out, 2);
    assert!(stderr(&out).contains("--mention"), "{}", stderr(&out));
    assert!(wx.seen().is_empty(), "{:?}", wx.seen());
}

#[test]
fn recipient_flags_and_dedupe_on_a_robot_are_exit_2_naming_the_flag() {
    let (env, wx) = robot_env("");
    let cases: [(&[&str], &str); 7] = [
        (&["-u", "alice"], "-u/--to-user"),
        (&["--no-split"], "--no-split"),
        (&["-d", "2"], "-d/--to-dept"),
        (&["-t", "3"], "-t/--to-tag"),
        (&["--to-all"], "--to-all"),
        (&["--dedupe", "600"], "--dedupe"),
        (&["--to-user", "alice", "--to-dept", "2"], "-u/--to-user"),
    ];
    for kind in ["text", "markdown"] {
        for (flags, named) in cases {
            let out = env
                .cmd()
                .args(["wecom", kind])
                .args(flags)
                .arg("hi")
                .output()
                .unwrap();
            assert_exit(&out, 2);
            let err = stderr(&out);
            assert!(
                err.starts_with(&format!(
                    "error: {named} does not apply to a WeCom group robot"
                )),
                "{kind} {flags:?}: {err}"
            );
        }
    }
    let out = run(
        &env,
        &[
            "wecom",
            "news",
            "-u",
            "alice",
            "--title",
            "t",
            "--url",
            "https://x.example/",
        ],
    );
    assert_exit(&out, 2);
    assert!(stderr(&out).contains("-u/--to-user"), "{}", stderr(&out));
    assert!(wx.seen().is_empty(), "nothing was sent: {:?}", wx.seen());
}

/// The one slow test (about 60 to 70 s): 25 parts are more than a robot takes in a minute
/// (20), so some part must wait for the server's minute to end, and no wait can be shorter.
/// The emulator counts 5 messages of someone else's in the current minute: it takes 15 parts
/// and answers the 16th 45009; the client waits the block out (60 s and a little; its own
/// pacing of 20 a minute has nothing left to wait for after that) and sends the rest, the
/// refused part again and no part twice.
#[test]
fn a_split_of_25_parts_waits_out_the_rate_limit_and_arrives_whole_in_order() {
    let (env, wx) = robot_env("");
    wx.preload_robot(ROBOT_KEY, 5);
    // 500 lines of 100 bytes: 20 lines (2000 bytes) and a `(i/25) ` label fit in 2048.
    let content: String = (1..=500)
        .map(|i| format!("line {i:04}: {}\n", "x".repeat(88)))
        .collect();
    let file = write_file(&env, "long.txt", content.as_bytes());
    let out = env
        .cmd()
        .timeout(Duration::from_secs(200))
        .args(["wecom", "text", "--on-long", "split", "--content-file"])
        .arg(&file)
        .output()
        .unwrap();
    assert_exit(&out, 0);
    assert!(
        stderr(&out).contains("the content makes 25 messages; a WeCom robot accepts 20 a minute"),
        "{}",
        stderr(&out)
    );
    wx.assert_none_rejected();
    let codes: Vec<Option<i64>> = wx.seen_at(WEBHOOK_SEND).iter().map(|s| s.errcode).collect();
    assert_eq!(codes.len(), 26, "25 parts and one retry: {codes:?}");
    let refused = codes.iter().position(|c| *c == Some(45009)).unwrap();
    assert_eq!(
        codes.iter().filter(|c| **c != Some(0)).count(),
        1,
        "only one refusal: {codes:?}"
    );
    let seen = wx.seen_at(WEBHOOK_SEND);
    assert_eq!(
        seen[refused].body,
        seen[refused + 1].body,
        "the refused part is sent again, next"
    );
    let parts: Vec<String> = robot_bodies(&wx)
        .iter()
        .map(|b| b["text"]["content"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(parts.len(), 25);
    let mut whole = String::new();
    for (i, part) in parts.iter().enumerate() {
        assert!(part.len() <= 2048, "part {} is {} bytes", i + 1, part.len());
        let label = format!("({}/25) ", i + 1);
        let Some(text) = part.strip_prefix(&label) else {
            panic!("part {} does not start with {label:?}: {part:.40}", i + 1);
        };
        whole.push_str(text);
    }
    assert_eq!(
        whole.trim_end(),
        content.trim_end(),
        "whole, in order, once"
    );
}

#[test]
fn robot_markdown_takes_4096_bytes_and_fail_refuses_more() {
    let (env, wx) = robot_env("");
    let full = format!("**{}**", "y".repeat(4092));
    assert_eq!(full.len(), 4096);
    assert_exit(
        &run(&env, &["wecom", "markdown", "--on-long", "fail", &full]),
        0,
    );
    wx.assert_none_rejected();
    assert_eq!(
        robot_bodies(&wx),
        [json!({"msgtype": "markdown", "markdown": {"content": full}})]
    );
    let over = "z".repeat(4097);
    let out = run(&env, &["wecom", "markdown", "--on-long", "fail", &over]);
    assert_exit(&out, 2);
    assert!(stderr(&out).contains("4096"), "{}", stderr(&out));
    assert_eq!(wx.seen().len(), 1, "nothing more was sent");
}

#[test]
fn a_robot_image_goes_inline_with_the_lower_case_md5_of_the_file() {
    let (env, wx) = robot_env("");
    let bytes = png(3000);
    let file = write_file(&env, "chart.png", &bytes);
    let out = env
        .cmd()
        .args(["wecom", "image"])
        .arg(&file)
        .output()
        .unwrap();
    assert_exit(&out, 0);
    wx.assert_none_rejected();
    assert!(wx.uploads().is_empty(), "a robot's image is not uploaded");
    let md5 = hex_md5(&bytes);
    assert_eq!(md5, md5.to_lowercase());
    assert_eq!(
        robot_bodies(&wx),
        [json!({"msgtype": "image", "image": {
            "base64": base64::engine::general_purpose::STANDARD.encode(&bytes),
            "md5": md5,
        }})]
    );
}

#[test]
fn a_robot_image_over_2_mb_not_an_image_or_by_media_id_is_exit_2_before_any_request() {
    let (env, wx) = robot_env("");
    let big = write_file(&env, "big.png", &png(2 * 1024 * 1024 + 1));
    let out = env
        .cmd()
        .args(["wecom", "image"])
        .arg(&big)
        .output()
        .unwrap();
    assert_exit(&out, 2);
    assert!(stderr(&out).contains("at most 2 MB"), "{}", stderr(&out));
    for name in ["notes.txt", "fake.png"] {
        let file = write_file(&env, name, b"just some text, not a picture");
        let out = env
            .cmd()
            .args(["wecom", "image"])
            .arg(&file)
            .output()
            .unwrap();
        assert_exit(&out, 2);
        assert!(
            stderr(&out).contains("not a JPG or PNG"),
            "{}",
            stderr(&out)
        );
    }
    let out = run(&env, &["wecom", "image", "--media-id", "3rsomething"]);
    assert_exit(&out, 2);
    assert!(
        stderr(&out).contains("--media-id does not apply to a WeCom group robot"),
        "{}",
        stderr(&out)
    );
    assert!(wx.seen().is_empty(), "{:?}", wx.seen());
}

#[test]
fn a_robot_file_is_uploaded_to_its_upload_media_then_sent_by_id() {
    let (env, wx) = robot_env("");
    let bytes = b"build 512 failed\nsee the log\n";
    let file = write_file(&env, "build.log", bytes);
    let out = env
        .cmd()
        .args(["wecom", "file"])
        .arg(&file)
        .output()
        .unwrap();
    assert_exit(&out, 0);
    wx.assert_none_rejected();
    let uploads = wx.uploads();
    assert_eq!(uploads.len(), 1);
    let up = &uploads[0];
    assert_eq!(
        (
            up.path,
            up.kind.as_str(),
            up.name.as_str(),
            up.bytes.as_slice()
        ),
        (WEBHOOK_UPLOAD, "file", "build.log", bytes.as_slice())
    );
    let query = &wx.seen_at(WEBHOOK_UPLOAD)[0].query;
    assert_eq!(
        (query["key"].as_str(), query["type"].as_str()),
        (ROBOT_KEY, "file")
    );
    assert!(wx.seen_at(GETTOKEN).is_empty() && wx.seen_at(UPLOAD).is_empty());
    assert_eq!(
        robot_bodies(&wx),
        [json!({"msgtype": "file", "file": {"media_id": up.media_id}})]
    );
}

#[test]
fn robot_news_from_flags_and_from_an_articles_file() {
    let (env, wx) = robot_env("");
    let args = [
        "wecom",
        "news",
        "--title",
        "Release 1.4",
        "--description",
        "What is new",
        "--url",
        "https://example.com/1.4",
        "--picurl",
        "https://example.com/1.4.png",
    ];
    assert_exit(&run(&env, &args), 0);
    let articles = json!([
        {"title": "Build 512", "url": "https://ci.example.com/512", "description": "3 failed"},
        {"title": "构建 513", "url": "https://ci.example.com/513"},
    ]);
    let file = write_file(&env, "digest.json", articles.to_string().as_bytes());
    let out = env
        .cmd()
        .args(["wecom", "news", "--articles"])
        .arg(&file)
        .output()
        .unwrap();
    assert_exit(&out, 0);
    wx.assert_none_rejected();
    let bodies = robot_bodies(&wx);
    assert_eq!(
        bodies[0],
        json!({"msgtype": "news", "news": {"articles": [{
            "title": "Release 1.4",
            "description": "What is new",
            "url": "https://example.com/1.4",
            "picurl": "https://example.com/1.4.png",
        }]}})
    );
    assert_eq!(
        bodies[1],
        json!({"msgtype": "news", "news": {"articles": articles}})
    );
    assert_eq!(bodies.len(), 2);
}

#[test]
fn textcard_and_image_uploads_are_refused_on_a_robot_and_a_file_upload_prints_its_id() {
    let (env, wx) = robot_env("");
    let card = [
        "wecom",
        "textcard",
        "--title",
        "t",
        "--description",
        "d",
        "--url",
        "https://x.example/",
    ];
    let out = run(&env, &card);
    assert_exit(&out, 2);
    assert!(stderr(&out).contains("wecom textcard does not apply to a WeCom group robot"));
    let image = write_file(&env, "x.png", &png(100));
    let out = env
        .cmd()
        .args(["wecom", "upload"])
        .arg(&image)
        .output()
        .unwrap();
    assert_exit(&out, 2);
    assert!(
        stderr(&out).contains("--type image does not apply to a WeCom group robot"),
        "{}",
        stderr(&out)
    );
    assert!(wx.seen().is_empty(), "{:?}", wx.seen());

    let text = write_file(&env, "a.txt", b"hello robot upload");
    let out = env
        .cmd()
        .args(["wecom", "upload"])
        .arg(&text)
        .output()
        .unwrap();
    assert_exit(&out, 0);
    wx.assert_none_rejected();
    let uploads = wx.uploads();
    assert_eq!(uploads.len(), 1);
    assert_eq!(
        (uploads[0].path, uploads[0].kind.as_str()),
        (WEBHOOK_UPLOAD, "file")
    );
    assert_eq!(stdout(&out), format!("{}\n", uploads[0].media_id));
    assert!(wx.delivered().is_empty(), "an upload sends nothing");
}

#[test]
fn the_whole_webhook_url_works_as_the_key_and_a_wrong_key_is_exit_4_with_the_hint() {
    let env = Env::new();
    let wx = Wx::start();
    let whole = format!("{}{WEBHOOK_SEND}?key={ROBOT_KEY}", wx.url());
    env.write_config(&with_key_line(&wx, &format!("webhook_key = \"{whole}\"")));
    assert_exit(&run(&env, &["wecom", "text", "hi"]), 0);
    wx.assert_none_rejected();
    assert_eq!(wx.seen_at(WEBHOOK_SEND)[0].query["key"], ROBOT_KEY);
    assert_eq!(robot_bodies(&wx).len(), 1);

    env.write_config(&with_key_line(
        &wx,
        &format!("webhook_key = \"{OTHER_KEY}\""),
    ));
    let out = run(&env, &["wecom", "text", "hi"]);
    assert_exit(&out, 4);
    let err = stderr(&out);
    assert!(err.contains("93000"), "{err}");
    assert!(
        err.contains("webhook_key must be the key=… value of the robot's webhook URL"),
        "{err}"
    );
    assert!(!err.contains(OTHER_KEY), "the key is not printed: {err}");
    assert_eq!(wx.seen_at(WEBHOOK_SEND).len(), 2, "not retried");
    assert_eq!(robot_bodies(&wx).len(), 1);
    wx.assert_none_rejected();
}

#[test]
fn a_whole_webhook_url_names_the_host_unless_the_profile_names_one() {
    let env = Env::new();
    let wx = Wx::start();
    let whole = format!("{}{WEBHOOK_SEND}?key={ROBOT_KEY}", wx.url());
    // No `url`: the webhook URL's host, not the public one, gets the message.
    env.write_config(&format!(
        "[profiles.wxbot]\nprovider = \"wecom\"\nwebhook_key = \"{whole}\"\n"
    ));
    assert_exit(&run(&env, &["wecom", "text", "hi"]), 0);
    assert_eq!(robot_bodies(&wx).len(), 1);
    // A profile's `url` wins (a proxy in front of WeCom, say).
    let other = format!("http://127.0.0.1:{}", crate::support::closed_port());
    let key = format!("{other}{WEBHOOK_SEND}?key={ROBOT_KEY}");
    env.write_config(&with_key_line(&wx, &format!("webhook_key = \"{key}\"")));
    assert_exit(&run(&env, &["wecom", "text", "again"]), 0);
    assert_eq!(robot_bodies(&wx).len(), 2);
    wx.assert_none_rejected();
}

#[test]
fn the_key_comes_from_a_file_or_a_variable() {
    let env = Env::new();
    let wx = Wx::start();
    let key_file = env.dir.path().join("home/.config/corpmsg/wxbot.key");
    std::fs::create_dir_all(key_file.parent().unwrap()).unwrap();
    std::fs::write(&key_file, format!("{ROBOT_KEY}\n")).unwrap();
    // The starter config's example path, under the test's HOME.
    let line = "webhook_key_file = \"~/.config/corpmsg/wxbot.key\"";
    env.write_config(&with_key_line(&wx, line));
    assert_exit(&run(&env, &["wecom", "text", "from the file"]), 0);
    env.write_config(&with_key_line(&wx, "webhook_key_env = \"WXBOT_KEY\""));
    let out = env
        .cmd()
        .env("WXBOT_KEY", ROBOT_KEY)
        .args(["wecom", "text", "from the variable"])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    wx.assert_none_rejected();
    let contents: Vec<Value> = robot_bodies(&wx)
        .iter()
        .map(|b| b["text"]["content"].clone())
        .collect();
    assert_eq!(
        contents,
        [json!("from the file"), json!("from the variable")]
    );
    let out = run(&env, &["wecom", "text", "no variable"]);
    assert_exit(&out, 3);
    assert!(stderr(&out).contains("WXBOT_KEY"), "{}", stderr(&out));
    assert_eq!(wx.seen().len(), 2);
}

#[test]
fn the_robots_variable_alone_makes_profile_env_wecom_and_with_an_apps_is_exit_3() {
    let env = Env::new();
    let wx = Wx::start();
    let vars = |cmd: &mut assert_cmd::Command| {
        cmd.env("CORPMSG_WECOM_WEBHOOK_KEY", ROBOT_KEY)
            .env("CORPMSG_WECOM_URL", wx.url());
    };
    for args in [
        &["wecom", "text", "from CI"][..],
        &["-p", "env-wecom", "wecom", "text", "from CI"],
        &["send", "-p", "env-wecom", "from CI"],
    ] {
        let mut cmd = env.cmd();
        vars(&mut cmd);
        assert_exit(&cmd.args(args).output().unwrap(), 0);
    }
    wx.assert_none_rejected();
    assert_eq!(robot_bodies(&wx).len(), 3);
    let mut cmd = env.cmd();
    vars(&mut cmd);
    let out = cmd.args(["config", "show"]).output().unwrap();
    assert_exit(&out, 0);
    let text = stdout(&out);
    assert!(!text.contains(ROBOT_KEY), "{text}");
    let parsed: toml::Table = toml::from_str(&text).unwrap();
    let profile = &parsed["profiles"]["env-wecom"];
    assert_eq!(profile["webhook_key"].as_str(), Some("***"), "{text}");

    let mut cmd = env.cmd();
    vars(&mut cmd);
    let out = cmd
        .env("CORPMSG_WECOM_CORP_ID", CORP_ID)
        .args(["wecom", "text", "hi"])
        .output()
        .unwrap();
    assert_exit(&out, 3);
    assert!(
        stderr(&out).contains("CORPMSG_WECOM_WEBHOOK_KEY is set together with an app's variables"),
        "{}",
        stderr(&out)
    );
    assert_eq!(wx.seen().len(), 3, "nothing more was sent");
}

#[test]
fn a_robot_send_that_times_out_is_exit_6_and_never_retried() {
    let (env, wx) = robot_env("");
    // The answer comes after the client gave up: the message may have arrived, and a robot
    // has no duplicate check to drop a copy.
    wx.answer(
        WEBHOOK_SEND,
        Canned::json(json!({"errcode": 0, "errmsg": "ok"})).after(Duration::from_secs(3)),
        Some(1),
    );
    let out = run(
        &env,
        &["--timeout", "1", "--retries", "5", "wecom", "text", "hi"],
    );
    assert_exit(&out, 6);
    assert!(stderr(&out).contains("not retried"), "{}", stderr(&out));
    assert_eq!(wx.seen_at(WEBHOOK_SEND).len(), 1, "{:?}", wx.seen());
    wx.assert_none_rejected();
}

#[test]
fn vv_shows_the_robots_requests_with_the_key_masked() {
    let env = Env::new();
    let wx = Wx::start();
    let whole = format!("{}{WEBHOOK_SEND}?key={ROBOT_KEY}", wx.url());
    env.write_config(&with_key_line(&wx, &format!("webhook_key = \"{whole}\"")));
    let file = write_file(&env, "report.txt", b"quarterly numbers");
    let out = env
        .cmd()
        .args(["-vv", "wecom", "file"])
        .arg(&file)
        .output()
        .unwrap();
    assert_exit(&out, 0);
    let text = run(&env, &["-vv", "--json", "wecom", "text", "hi"]);
    assert_exit(&text, 0);
    for out in [&out, &text] {
        let err = stderr(out);
        assert!(err.contains("key=***"), "{err}");
        for shown in [&err, &stdout(out)] {
            assert!(!shown.contains(ROBOT_KEY), "the key shows: {shown}");
        }
    }
    assert!(
        stderr(&out).contains("upload_media?key=***&type=file"),
        "{}",
        stderr(&out)
    );
    assert_eq!(json_lines(&stdout(&text))[0]["ok"], true);
    assert_eq!(robot_bodies(&wx).len(), 2);
}

#[test]
fn config_init_wecom_writes_an_app_and_a_commented_robot_that_check_reports() {
    let env = Env::new();
    let out = run(&env, &["config", "init", "--provider", "wecom"]);
    assert_exit(&out, 0);
    let text = std::fs::read_to_string(env.config_path()).unwrap();
    let parsed: toml::Table = toml::from_str(&text).unwrap();
    let profiles = parsed["profiles"].as_table().unwrap();
    assert_eq!(profiles.keys().collect::<Vec<_>>(), ["wecom"], "{text}");
    let app = &profiles["wecom"];
    assert_eq!(app["provider"].as_str(), Some("wecom"));
    for key in ["corp_id", "corp_secret", "agent_id", "to_user", "dedupe"] {
        assert!(app.get(key).is_some(), "{key} in {text}");
    }
    // The robot is there, commented out: uncommented, it is a profile of its own.
    assert!(
        text.contains("\n# [profiles.wxbot]\n# provider = \"wecom\"\n"),
        "{text}"
    );
    let robot: String = text
        .lines()
        .skip_while(|l| *l != "# [profiles.wxbot]")
        .map(|l| format!("{}\n", l.trim_start_matches("# ")))
        .collect();
    let robot: toml::Table = toml::from_str(&robot).unwrap();
    assert!(robot["profiles"]["wxbot"].get("webhook_key_file").is_some());

    let out = run(&env, &["config", "check"]);
    assert_exit(&out, 3);
    let report = stdout(&out);
    assert!(
        report.contains("wecom (wecom): error: `corp_id` is missing"),
        "{report}"
    );
    assert!(
        report.contains("wecom (wecom): error: `agent_id` is 0"),
        "{report}"
    );
}

#[test]
fn config_check_online_fetches_an_apps_token_and_only_checks_a_robots_key() {
    let (env, wx) = both_env();
    let out = run(&env, &["config", "check", "--online"]);
    assert_exit(&out, 0);
    assert_eq!(
        stdout(&out),
        "wx (wecom): ok, token fetched\n\
         wxbot (wecom): ok, webhook key's shape checked (a robot has no call that sends nothing)\n"
    );
    assert_eq!(wx.seen_at(GETTOKEN).len(), 1);
    assert_eq!(
        wx.seen().len(),
        1,
        "nothing went to the robot: {:?}",
        wx.seen()
    );
    let out = run(
        &env,
        &["--json", "-p", "wxbot", "config", "check", "--online"],
    );
    assert_exit(&out, 0);
    let line = &json_lines(&stdout(&out))[0];
    assert_eq!((&line["ok"], line.get("token")), (&json!(true), None));
    assert!(line["online"].as_str().unwrap().contains("shape checked"));
    assert_eq!(wx.seen().len(), 1);

    let bad = "not a key!";
    env.write_config(&with_key_line(&wx, &format!("webhook_key = \"{bad}\"")));
    for online in [&[][..], &["--online"]] {
        let out = env
            .cmd()
            .args(["config", "check"])
            .args(online)
            .output()
            .unwrap();
        assert_exit(&out, 3);
        let all = format!("{}{}", stdout(&out), stderr(&out));
        assert!(
            all.contains("wxbot (wecom): error: `webhook_key` does not look like a robot key"),
            "{all}"
        );
        assert!(!all.contains(bad), "{all}");
    }
    assert_eq!(wx.seen().len(), 1);
}

#[test]
fn config_show_masks_the_secret_and_the_key_and_marks_the_overrides() {
    let (env, _wx) = both_env();
    let out = run(&env, &["config", "show"]);
    assert_exit(&out, 0);
    let text = stdout(&out);
    assert!(
        !text.contains(SECRET) && !text.contains(ROBOT_KEY),
        "{text}"
    );
    let parsed: toml::Table = toml::from_str(&text).unwrap();
    let (app, bot) = (&parsed["profiles"]["wx"], &parsed["profiles"]["wxbot"]);
    assert_eq!(app["corp_secret"].as_str(), Some("***"));
    assert_eq!(app["corp_id"].as_str(), Some(CORP_ID));
    assert_eq!(app["agent_id"].as_integer(), Some(AGENT_ID));
    assert_eq!(bot["webhook_key"].as_str(), Some("***"));
    assert!(bot.get("corp_id").is_none(), "{text}");

    let out = env
        .cmd()
        .env("CORPMSG_WECOM_CORP_SECRET", "secret-from-ci")
        .env("CORPMSG_WECOM_AGENT_ID", "1000003")
        .env("CORPMSG_WECOM_WEBHOOK_KEY", OTHER_KEY)
        .args(["config", "show"])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    let text = stdout(&out);
    for hidden in [SECRET, ROBOT_KEY, "secret-from-ci", OTHER_KEY] {
        assert!(!text.contains(hidden), "{hidden} in {text}");
    }
    for line in [
        "corp_secret = \"***\"  # from CORPMSG_WECOM_CORP_SECRET\n",
        "agent_id = 1000003  # from CORPMSG_WECOM_AGENT_ID\n",
        "webhook_key = \"***\"  # from CORPMSG_WECOM_WEBHOOK_KEY\n",
    ] {
        assert!(text.contains(line), "{line:?} in {text}");
    }
    toml::from_str::<toml::Table>(&text).unwrap();
}

#[test]
fn a_mixed_profile_a_zero_agent_id_or_a_long_dedupe_is_exit_3() {
    let env = Env::new();
    let wx = Wx::start();
    let cases = [
        (
            wx.robot_config(&format!("corp_id = \"{CORP_ID}\"")),
            "has webhook_key and app keys (corp_id): a profile is either an app or a group robot",
        ),
        (
            wx.app_config("")
                .replace(&format!("agent_id = {AGENT_ID}"), "agent_id = 0"),
            "`agent_id` is 0",
        ),
        (wx.app_config("dedupe = 20000"), "`dedupe` is 20000"),
    ];
    for (config, want) in cases {
        env.write_config(&config);
        for args in [
            &["wecom", "text", "-u", "alice", "hi"][..],
            &["config", "check"],
        ] {
            let out = run(&env, args);
            assert_exit(&out, 3);
            let all = format!("{}{}", stdout(&out), stderr(&out));
            assert!(all.contains(want), "{args:?}: want {want:?} in {all}");
        }
    }
    assert!(wx.seen().is_empty(), "{:?}", wx.seen());
}

#[test]
fn send_fans_out_to_a_robot_and_an_app_and_refuses_recipients_for_a_robot() {
    let (env, wx) = both_env();
    assert_exit(&run(&env, &["send", "-p", "wxbot", "hi"]), 0);
    assert_exit(
        &run(&env, &["send", "-p", "wx", "-p", "wxbot", "deployed"]),
        0,
    );
    wx.assert_none_rejected();
    let delivered = wx.delivered();
    let got: Vec<(&str, Option<&str>, &Value)> = delivered
        .iter()
        .map(|d| (d.path, d.robot.as_deref(), &d.body["text"]["content"]))
        .collect();
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[0], (WEBHOOK_SEND, Some(ROBOT_KEY), &json!("hi")));
    let app = delivered.iter().find(|d| d.path == SEND).unwrap();
    assert_eq!(app.body["touser"], "alice");
    assert_eq!(app.body["text"]["content"], "deployed");
    let robot = delivered[1..]
        .iter()
        .find(|d| d.path == WEBHOOK_SEND)
        .unwrap();
    assert_eq!(
        robot.body,
        json!({"msgtype": "text", "text": {"content": "deployed"}})
    );

    let out = run(&env, &["send", "-u", "alice", "-p", "wxbot", "hi"]);
    assert_exit(&out, 2);
    assert!(
        stderr(&out).contains(
            "profile `wxbot` (wecom): -u/--to-user does not apply to a WeCom group robot"
        ),
        "{}",
        stderr(&out)
    );
    assert_eq!(wx.delivered().len(), 3, "nothing more was sent");
}
