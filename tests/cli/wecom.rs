//! `corpmsg wecom …` through a WeCom **app** profile, against the WeCom emulator: recipients
//! and their limits, content limits in bytes, every message type, uploads, the token and its
//! cache, partial deliveries, refusals, rate limits, the duplicate check and its resend, the
//! masking of secrets, `send`/`run` fan-out and profile errors.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_json::{Value, json};

use crate::support::{Canned, Env, json_lines, stderr, stdout};
use crate::wx_support::*;

/// A PNG header and some bytes: enough for the emulator's format check.
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR-not-a-real-picture";

/// A fresh emulator and a config whose profile `wx` is the test app, with `extra` lines.
fn setup(extra: &str) -> (Env, Wx) {
    let env = Env::new();
    let wx = Wx::start();
    env.write_config(&wx.app_config(extra));
    (env, wx)
}

fn run(env: &Env, args: &[&str]) -> std::process::Output {
    env.cmd().args(args).output().unwrap()
}

/// Fails with the command's stderr unless it exited with `code`.
fn assert_exit(out: &std::process::Output, code: i32) {
    assert_eq!(
        out.status.code(),
        Some(code),
        "stdout: {}\nstderr: {}",
        stdout(out),
        stderr(out)
    );
}

/// The app messages the emulator delivered, in order.
fn sent(wx: &Wx) -> Vec<Value> {
    wx.delivered()
        .into_iter()
        .inspect(|d| assert_eq!(d.path, SEND))
        .map(|d| d.body)
        .collect()
}

/// The delivered texts' contents.
fn texts(wx: &Wx) -> Vec<String> {
    sent(wx)
        .iter()
        .map(|b| b["text"]["content"].as_str().unwrap().to_string())
        .collect()
}

/// A text message of the test app, as the emulator should receive it.
fn text_body(to: Value, content: &str) -> Value {
    let mut body = json!({"agentid": AGENT_ID, "msgtype": "text", "text": {"content": content}});
    body.as_object_mut()
        .unwrap()
        .extend(to.as_object().unwrap().clone());
    body
}

/// Writes `bytes` as `name` in the test's folder.
fn write_file(env: &Env, name: &str, bytes: &[u8]) -> PathBuf {
    let path = env.dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn arg(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// The query's parameters as the emulator recorded them.
fn query(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// A refusal the emulator answers instead of its own, with the real errmsg shape.
fn refusal(code: i64, text: &str) -> Canned {
    Canned::json(wx_error(code, text))
}

// ---------------------------------------------------------------------------------------------
// Recipients.
// ---------------------------------------------------------------------------------------------

#[test]
fn text_goes_to_users_departments_and_tags_silently() {
    let (env, wx) = setup("");
    let out = run(
        &env,
        &[
            "wecom",
            "text",
            "-u",
            "alice|bob,carol",
            "-u",
            "dave",
            "-d",
            "2|3",
            "-t",
            "7",
            "你好, world",
        ],
    );
    assert_exit(&out, 0);
    assert_eq!((stdout(&out), stderr(&out)), (String::new(), String::new()));
    wx.assert_none_rejected();
    let to = json!({"touser": "alice|bob|carol|dave", "toparty": "2|3", "totag": "7"});
    assert_eq!(sent(&wx), [text_body(to, "你好, world")]);
    let gettoken = wx.seen_at(GETTOKEN);
    assert_eq!(gettoken.len(), 1);
    assert_eq!(
        gettoken[0].query,
        query(&[("corpid", CORP_ID), ("corpsecret", "***")])
    );
    assert_eq!(
        wx.seen_at(SEND)[0].query,
        query(&[("access_token", &wx.issued_tokens()[0])])
    );
}

#[test]
fn the_profile_defaults_are_used_only_without_recipient_flags() {
    let (env, wx) = setup("to_user = [\"alice\", \"bob\"]\nto_dept = [2]\nto_tag = [\"7\"]");
    assert_exit(&run(&env, &["wecom", "text", "defaults"]), 0);
    // Any recipient flag replaces all three defaults.
    assert_exit(&run(&env, &["wecom", "text", "-t", "9", "a tag"]), 0);
    assert_exit(&run(&env, &["wecom", "text", "--to-all", "everyone"]), 0);
    wx.assert_none_rejected();
    assert_eq!(
        sent(&wx),
        [
            text_body(
                json!({"touser": "alice|bob", "toparty": "2", "totag": "7"}),
                "defaults"
            ),
            text_body(json!({"totag": "9"}), "a tag"),
            text_body(json!({"touser": "@all"}), "everyone"),
        ]
    );
}

#[test]
fn to_all_with_other_recipients_and_no_recipient_at_all_are_exit_2() {
    let (env, wx) = setup("");
    let out = run(&env, &["wecom", "text", "--to-all", "-u", "alice", "x"]);
    assert_exit(&out, 2);
    let err = stderr(&out);
    assert!(
        err.starts_with("error: ") && err.contains("--to-user") && err.contains("--to-all"),
        "{err}"
    );
    let out = run(&env, &["wecom", "text", "nobody"]);
    assert_exit(&out, 2);
    let err = stderr(&out);
    assert!(
        err.contains("--to-user") && err.contains("to_user"),
        "{err}"
    );
    let out = run(&env, &["wecom", "text", "-u", "@all", "x"]);
    assert_exit(&out, 2);
    assert!(stderr(&out).contains("--to-all"), "{}", stderr(&out));
    let out = run(&env, &["wecom", "text", "-d", "sales", "x"]);
    assert_exit(&out, 2);
    assert!(stderr(&out).contains("\"sales\""), "{}", stderr(&out));
    // Mentions are a robot's.
    let out = run(&env, &["wecom", "text", "-u", "a", "--mention", "a", "x"]);
    assert_exit(&out, 2);
    assert!(stderr(&out).contains("--mention"), "{}", stderr(&out));
    assert!(wx.seen().is_empty(), "nothing was asked of the server");
}

#[test]
fn over_1000_users_go_in_two_requests_unless_no_split() {
    let (env, wx) = setup("");
    let users: Vec<String> = (0..1001).map(|i| format!("u{i:04}")).collect();
    let list = users.join(",");
    let out = run(&env, &["wecom", "text", "--no-split", "-u", &list, "x"]);
    assert_exit(&out, 2);
    assert!(stderr(&out).contains("1001"), "{}", stderr(&out));
    assert!(wx.seen().is_empty());

    let out = run(
        &env,
        &["--json", "wecom", "text", "-u", &list, "-d", "2", "x"],
    );
    assert_exit(&out, 0);
    wx.assert_none_rejected();
    let bodies = sent(&wx);
    let batches: Vec<Vec<&str>> = bodies
        .iter()
        .map(|b| b["touser"].as_str().unwrap().split('|').collect())
        .collect();
    assert_eq!(batches.concat(), users, "every user once, in order");
    assert_eq!(batches[0].len(), 1000);
    assert!(bodies.iter().all(|b| b["text"]["content"] == "x"));
    assert_eq!(wx.seen_at(GETTOKEN).len(), 1, "one token for both");
    assert_eq!(
        bodies[0]["toparty"], "2",
        "the department goes with the first batch"
    );
    assert_eq!(bodies[1].get("toparty"), None);
    let results = json_lines(&stdout(&out));
    assert_eq!(results.len(), 2);
    for r in &results {
        assert_eq!(
            (&r["provider"], &r["profile"], &r["endpoint"], &r["ok"]),
            (&json!("wecom"), &json!("wx"), &json!(SEND), &json!(true))
        );
    }
    let counts: Vec<&Value> = results.iter().map(|r| &r["recipients"]).collect();
    assert_eq!(counts, [&json!(1001), &json!(1)]);
}

#[test]
fn repeated_recipients_are_sent_once_user_ids_whatever_their_case() {
    let (env, wx) = setup("");
    let out = run(
        &env,
        &[
            "wecom",
            "text",
            "-u",
            "Alice,alice|ALICE",
            "-u",
            "bob,Bob",
            "-d",
            "2,2",
            "-t",
            "7|7",
            "x",
        ],
    );
    assert_exit(&out, 0);
    wx.assert_none_rejected();
    assert_eq!(
        sent(&wx),
        [text_body(
            json!({"touser": "Alice|bob", "toparty": "2", "totag": "7"}),
            "x"
        )]
    );
}

// ---------------------------------------------------------------------------------------------
// Content.
// ---------------------------------------------------------------------------------------------

#[test]
fn long_text_is_truncated_between_characters_with_a_warning() {
    let (env, wx) = setup("to_user = [\"alice\"]");
    // 700 × 3 bytes = 2100; 2048 is not a multiple of 3: the cut is at 2046.
    let long = "中".repeat(700);
    let out = run(&env, &["wecom", "text", &long]);
    assert_exit(&out, 0);
    let err = stderr(&out);
    assert!(err.starts_with("warning: "), "{err}");
    assert!(
        err.contains("2100 bytes") && err.contains("2048") && err.contains("54"),
        "{err}"
    );
    assert_eq!(texts(&wx), ["中".repeat(682)]);
    wx.assert_none_rejected();
}

#[test]
fn long_text_split_goes_out_in_numbered_parts_in_order() {
    let (env, wx) = setup("to_user = [\"alice\"]");
    let long: String = (1..=60)
        .map(|i| format!("第{i:02}行：构建日志中文内容，用于测试按字节拆分。\n"))
        .collect();
    let long = long.trim_end().to_string();
    assert!(long.len() > 2 * 2048);
    let out = run(&env, &["wecom", "text", "--on-long", "split", &long]);
    assert_exit(&out, 0);
    wx.assert_none_rejected();
    let parts = texts(&wx);
    let n = parts.len();
    assert!(n >= 3, "{n} parts");
    let mut whole = String::new();
    for (i, p) in parts.iter().enumerate() {
        assert!(p.len() <= 2048, "part {} is {} bytes", i + 1, p.len());
        let label = format!("({}/{n}) ", i + 1);
        whole.push_str(p.strip_prefix(&label).unwrap_or_else(|| panic!("{p:?}")));
    }
    assert_eq!(whole, long, "the parts are the text, in order");
}

#[test]
fn long_text_with_on_long_fail_is_exit_2_and_nothing_is_sent() {
    let (env, wx) = setup("to_user = [\"alice\"]");
    let out = run(
        &env,
        &["wecom", "text", "--on-long", "fail", &"中".repeat(700)],
    );
    assert_exit(&out, 2);
    assert!(stderr(&out).contains("2048"), "{}", stderr(&out));
    let out = run(
        &env,
        &["wecom", "markdown", "--on-long", "fail", &"x".repeat(2049)],
    );
    assert_exit(&out, 2);
    assert!(wx.seen().is_empty());
}

#[test]
fn content_comes_from_stdin() {
    let (env, wx) = setup("to_user = [\"alice\"]");
    for args in [&["wecom", "text", "-"][..], &["wecom", "text"]] {
        let out = env
            .cmd()
            .args(args)
            .write_stdin("from stdin\n")
            .output()
            .unwrap();
        assert_exit(&out, 0);
    }
    let out = env
        .cmd()
        .args(["wecom", "text"])
        .write_stdin(" \n")
        .output()
        .unwrap();
    assert_exit(&out, 2);
    assert_eq!(texts(&wx), ["from stdin", "from stdin"]);
}

#[test]
fn a_dry_run_prints_the_requests_and_needs_no_secret() {
    let env = Env::new();
    let wx = Wx::start();
    let no_secret = wx
        .app_config("dedupe = 600")
        .replace(&format!("corp_secret = \"{SECRET}\"\n"), "");
    env.write_config(&no_secret);
    let png = write_file(&env, "chart.png", PNG);
    let out = run(&env, &["--dry-run", "wecom", "text", "-u", "alice", "hi"]);
    assert_exit(&out, 0);
    assert_eq!(
        json_lines(&stdout(&out)),
        [json!({"provider": "wecom", "endpoint": SEND, "payload": {
            "touser": "alice", "agentid": AGENT_ID, "msgtype": "text", "text": {"content": "hi"},
            "enable_duplicate_check": 1, "duplicate_check_interval": 600}})]
    );
    let out = run(&env, &["-n", "wecom", "image", "-u", "alice", arg(&png)]);
    assert_exit(&out, 0);
    let lines = json_lines(&stdout(&out));
    assert_eq!(
        (&lines[0]["endpoint"], &lines[0]["type"]),
        (&json!(UPLOAD), &json!("image"))
    );
    assert_eq!(
        lines[1]["payload"]["image"]["media_id"],
        "dry-run:chart.png"
    );
    assert!(wx.seen().is_empty(), "a dry run sends nothing");
    // The real run needs the secret: exit 3 naming it.
    let out = run(&env, &["wecom", "text", "-u", "alice", "hi"]);
    assert_exit(&out, 3);
    assert!(stderr(&out).contains("corp_secret"), "{}", stderr(&out));
    assert!(wx.seen().is_empty());
}

// ---------------------------------------------------------------------------------------------
// Message types.
// ---------------------------------------------------------------------------------------------

#[test]
fn markdown_is_sent_as_markdown() {
    let (env, wx) = setup("");
    let md = "**Release 1.4** is out: [notes](https://example.com/1.4)\n> <font color=\"info\">ok</font>";
    let out = run(&env, &["wecom", "markdown", "-t", "3", md]);
    assert_exit(&out, 0);
    wx.assert_none_rejected();
    assert_eq!(
        sent(&wx),
        [
            json!({"totag": "3", "agentid": AGENT_ID, "msgtype": "markdown",
                "markdown": {"content": md}})
        ]
    );
}

#[test]
fn a_textcard_cuts_its_title_description_and_button_with_warnings() {
    let (env, wx) = setup("to_user = [\"alice\"]");
    let title = "构建失败".repeat(11); // 132 bytes: 42 characters (126 bytes) kept
    let description = "d".repeat(600);
    let args = [
        "wecom",
        "textcard",
        "--title",
        &title,
        "--description",
        &description,
        "--url",
        "https://ci.example.com/512",
        "--button",
        "查看详情啊",
    ];
    let out = run(&env, &args);
    assert_exit(&out, 0);
    wx.assert_none_rejected();
    let err = stderr(&out);
    let warnings: Vec<&str> = err.lines().collect();
    assert_eq!(warnings.len(), 3, "{warnings:?}");
    for (w, flag) in warnings
        .iter()
        .zip(["--title", "--description", "--button"])
    {
        assert!(w.starts_with("warning: ") && w.contains(flag), "{w}");
    }
    let kept_title: String = title.chars().take(42).collect();
    assert_eq!(
        sent(&wx),
        [
            json!({"touser": "alice", "agentid": AGENT_ID, "msgtype": "textcard",
                "textcard": {"title": kept_title, "description": "d".repeat(512),
                             "url": "https://ci.example.com/512", "btntxt": "查看详情"}})
        ]
    );
    // A URL over 2048 bytes is refused, not cut.
    let long_url = format!("https://ci.example.com/{}", "a".repeat(2030));
    let out = run(
        &env,
        &[
            "wecom",
            "textcard",
            "--title",
            "t",
            "--description",
            "d",
            "--url",
            &long_url,
        ],
    );
    assert_exit(&out, 2);
    assert!(
        stderr(&out).contains("--url") && stderr(&out).contains("2048"),
        "{}",
        stderr(&out)
    );
    assert_eq!(wx.seen_at(SEND).len(), 1);
}

#[test]
fn news_from_flags_and_from_json_and_toml_files() {
    let (env, wx) = setup("to_user = [\"alice\"]");
    let out = run(
        &env,
        &[
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
        ],
    );
    assert_exit(&out, 0);
    let one = json!({"title": "Release 1.4", "description": "What is new",
                     "url": "https://example.com/1.4", "picurl": "https://example.com/1.4.png"});
    let json_file = write_file(
        &env,
        "digest.json",
        br#"[{"title": "A", "url": "https://a.example/"},
             {"title": "B", "description": "b", "url": "https://b.example/"}]"#,
    );
    let toml_file = write_file(
        &env,
        "digest.toml",
        b"[[article]]\ntitle = \"C\"\nurl = \"https://c.example/\"\npicurl = \"https://c.example/c.jpg\"\n",
    );
    for file in [&json_file, &toml_file] {
        let out = run(&env, &["wecom", "news", "--articles", arg(file)]);
        assert_exit(&out, 0);
    }
    wx.assert_none_rejected();
    let articles: Vec<Value> = sent(&wx)
        .into_iter()
        .inspect(|b| {
            assert_eq!(
                (&b["msgtype"], &b["touser"]),
                (&json!("news"), &json!("alice"))
            )
        })
        .map(|b| b["news"]["articles"].clone())
        .collect();
    assert_eq!(
        articles,
        [
            json!([one]),
            json!([{"title": "A", "url": "https://a.example/"},
                   {"title": "B", "description": "b", "url": "https://b.example/"}]),
            json!([{"title": "C", "url": "https://c.example/", "picurl": "https://c.example/c.jpg"}]),
        ]
    );
}

#[test]
fn nine_articles_or_a_long_news_title_are_handled_before_sending() {
    let (env, wx) = setup("to_user = [\"alice\"]");
    let nine: Vec<Value> = (1..=9)
        .map(|i| json!({"title": format!("t{i}"), "url": "https://x.example/"}))
        .collect();
    let file = write_file(&env, "nine.json", Value::from(nine).to_string().as_bytes());
    let out = run(&env, &["wecom", "news", "--articles", arg(&file)]);
    assert_exit(&out, 2);
    assert!(stderr(&out).contains('8'), "{}", stderr(&out));
    assert!(wx.seen().is_empty());
    let title = "新闻".repeat(30); // 180 bytes
    let out = run(
        &env,
        &[
            "wecom",
            "news",
            "--title",
            &title,
            "--url",
            "https://x.example/",
        ],
    );
    assert_exit(&out, 0);
    assert!(
        stderr(&out).starts_with("warning: ") && stderr(&out).contains("--title"),
        "{}",
        stderr(&out)
    );
    let sent = sent(&wx);
    let kept = sent[0]["news"]["articles"][0]["title"].as_str().unwrap();
    assert_eq!(kept, "新闻".repeat(21), "126 bytes, whole characters");
    wx.assert_none_rejected();
}

// ---------------------------------------------------------------------------------------------
// Media.
// ---------------------------------------------------------------------------------------------

#[test]
fn an_image_is_uploaded_then_sent_by_the_media_id_the_server_issued() {
    let (env, wx) = setup("to_user = [\"alice\"]");
    let png = write_file(&env, "chart.png", PNG);
    let out = run(&env, &["wecom", "image", arg(&png)]);
    assert_exit(&out, 0);
    assert_eq!((stdout(&out), stderr(&out)), (String::new(), String::new()));
    wx.assert_none_rejected();
    let uploads = wx.uploads();
    assert_eq!(uploads.len(), 1);
    let u = &uploads[0];
    assert_eq!(
        (u.path, u.kind.as_str(), u.name.as_str(), u.bytes.as_slice()),
        (UPLOAD, "image", "chart.png", PNG)
    );
    assert_eq!(wx.seen_at(UPLOAD)[0].query["type"], "image");
    assert_eq!(
        sent(&wx),
        [
            json!({"touser": "alice", "agentid": AGENT_ID, "msgtype": "image",
                "image": {"media_id": u.media_id}})
        ]
    );
}

#[test]
fn a_file_is_uploaded_once_for_every_batch_of_recipients() {
    let (env, wx) = setup("");
    let pdf = write_file(&env, "report.pdf", b"%PDF-1.4 quarterly report");
    let users: Vec<String> = (0..1001).map(|i| format!("u{i}")).collect();
    let out = run(&env, &["wecom", "file", "-u", &users.join("|"), arg(&pdf)]);
    assert_exit(&out, 0);
    wx.assert_none_rejected();
    let uploads = wx.uploads();
    assert_eq!(uploads.len(), 1, "one upload for both requests");
    assert_eq!(
        (uploads[0].kind.as_str(), uploads[0].name.as_str()),
        ("file", "report.pdf")
    );
    assert_eq!(uploads[0].bytes, b"%PDF-1.4 quarterly report");
    let bodies = sent(&wx);
    assert_eq!(bodies.len(), 2);
    for b in &bodies {
        assert_eq!(b["msgtype"], "file");
        assert_eq!(b["file"], json!({"media_id": uploads[0].media_id}));
    }
}

#[test]
fn upload_prints_the_media_id_that_media_id_then_sends() {
    let (env, wx) = setup("to_user = [\"alice\"]");
    let png = write_file(&env, "chart.png", PNG);
    let out = run(&env, &["wecom", "upload", arg(&png)]);
    assert_exit(&out, 0);
    let id = wx.uploads()[0].media_id.clone();
    assert_eq!(stdout(&out), format!("{id}\n"));
    assert_eq!(stderr(&out), "");
    let out = run(
        &env,
        &["--json", "wecom", "upload", "--type", "file", arg(&png)],
    );
    assert_exit(&out, 0);
    let lines = json_lines(&stdout(&out));
    assert_eq!(lines.len(), 1);
    let second = &wx.uploads()[1];
    assert_eq!(second.kind, "file");
    assert_eq!(lines[0]["media_id"], json!(second.media_id));
    assert_eq!(lines[0]["ok"], true);
    let out = run(&env, &["wecom", "image", "--media-id", &id]);
    assert_exit(&out, 0);
    assert_eq!(wx.uploads().len(), 2, "--media-id uploads nothing");
    assert_eq!(sent(&wx)[0]["image"], json!({"media_id": id}));
    wx.assert_none_rejected();
}

#[test]
fn a_file_of_many_pieces_arrives_byte_for_byte() {
    let (env, wx) = setup("to_user = [\"alice\"]");
    let bytes: Vec<u8> = (0..(2usize << 20) + 5)
        .map(|i| (i * 31 % 251) as u8)
        .collect();
    let big = write_file(&env, "dump.bin", &bytes);
    let out = run(&env, &["wecom", "upload", "--type", "file", arg(&big)]);
    assert_exit(&out, 0);
    assert_eq!(stderr(&out), "");
    let uploads = wx.uploads();
    assert_eq!(uploads.len(), 1);
    assert!(uploads[0].bytes == bytes, "uploaded bytes differ");
    assert_eq!(uploads[0].name, "dump.bin");
    wx.assert_none_rejected();
}

#[test]
fn media_the_server_would_refuse_is_exit_2_before_any_request() {
    let (env, wx) = setup("to_user = [\"alice\"]");
    let gif = write_file(&env, "anim.gif", b"GIF89a-------");
    let mp3 = write_file(&env, "voice.mp3", b"ID3-------------");
    let tiny = write_file(&env, "tiny.txt", b"12345");
    let cases: [&[&str]; 4] = [
        &["wecom", "image", arg(&gif)],
        &["wecom", "upload", "--type", "voice", arg(&mp3)],
        &["wecom", "upload", arg(&tiny)],
        &["wecom", "file", arg(&tiny)],
    ];
    for args in cases {
        let out = run(&env, args);
        assert_exit(&out, 2);
        let err = stderr(&out);
        assert!(err.starts_with("error: "), "{args:?}: {err}");
    }
    let err = stderr(&run(&env, cases[0]));
    assert!(
        err.contains("anim.gif") && err.contains("JPG or PNG"),
        "{err}"
    );
    let err = stderr(&run(&env, cases[1]));
    assert!(err.contains("AMR"), "{err}");
    let err = stderr(&run(&env, cases[2]));
    assert!(err.contains("5 bytes"), "{err}");
    assert!(wx.seen().is_empty(), "{:?}", wx.seen());
}

// ---------------------------------------------------------------------------------------------
// The token.
// ---------------------------------------------------------------------------------------------

#[test]
fn the_token_is_cached_across_runs_and_refreshed_once_when_expired() {
    let (env, wx) = setup("to_user = [\"alice\"]");
    for content in ["one", "two"] {
        assert_exit(&run(&env, &["wecom", "text", content]), 0);
    }
    assert_eq!(
        wx.seen_at(GETTOKEN).len(),
        1,
        "the second run used the cache"
    );
    let first = wx.issued_tokens()[0].clone();
    assert!(
        wx.seen_at(SEND)
            .iter()
            .all(|s| s.query["access_token"] == first)
    );
    // The server ends the token early: 42001, one new token, the same message once more.
    wx.expire_tokens();
    let out = run(&env, &["--json", "wecom", "text", "three"]);
    assert_exit(&out, 0);
    assert_eq!(wx.seen_at(GETTOKEN).len(), 2);
    let codes: Vec<Option<i64>> = wx.seen_at(SEND).iter().map(|s| s.errcode).collect();
    assert_eq!(codes, [Some(0), Some(0), Some(42001), Some(0)]);
    assert_eq!(json_lines(&stdout(&out))[0]["attempts"], 2);
    // The new token was cached in turn.
    assert_exit(&run(&env, &["wecom", "text", "four"]), 0);
    assert_eq!(wx.seen_at(GETTOKEN).len(), 2);
    assert_eq!(texts(&wx), ["one", "two", "three", "four"]);
    wx.assert_none_rejected();
}

#[test]
fn an_invalid_token_40014_is_refreshed_once_and_a_second_refusal_is_exit_4() {
    let (env, wx) = setup("to_user = [\"alice\"]");
    let once = wx.answer(SEND, refusal(40014, "invalid access_token"), Some(1));
    assert_exit(&run(&env, &["wecom", "text", "retried"]), 0);
    assert_eq!(once.calls(), 1);
    assert_eq!(wx.seen_at(GETTOKEN).len(), 2);
    assert_eq!(texts(&wx), ["retried"]);
    // Refused with the fresh token as well: no third try.
    let twice = wx.answer(SEND, refusal(40014, "invalid access_token"), Some(2));
    let out = run(&env, &["wecom", "text", "refused"]);
    assert_exit(&out, 4);
    assert!(stderr(&out).contains("40014"), "{}", stderr(&out));
    assert_eq!(twice.calls(), 2);
    assert_eq!(wx.seen_at(GETTOKEN).len(), 3);
    assert_eq!(wx.seen_at(SEND).len(), 4);
    assert_eq!(texts(&wx), ["retried"]);
}

#[test]
fn a_wrong_secret_is_exit_4_after_one_token_request() {
    let env = Env::new();
    let wx = Wx::start();
    env.write_config(
        &wx.app_config("to_user = [\"alice\"]")
            .replace(SECRET, "not-the-secret"),
    );
    let out = run(&env, &["wecom", "text", "x"]);
    assert_exit(&out, 4);
    let err = stderr(&out);
    assert!(
        err.contains("40001") && err.contains("corp_secret"),
        "{err}"
    );
    assert!(!err.contains("not-the-secret"), "{err}");
    assert_eq!(
        wx.seen_at(GETTOKEN).len(),
        1,
        "never retried: 40001 blocks the IP"
    );
    assert_eq!(wx.seen().len(), 1);
    // The config's secret fixed, the next run fetches a token (nothing wrong was cached).
    env.write_config(&wx.app_config("to_user = [\"alice\"]"));
    assert_exit(&run(&env, &["wecom", "text", "x"]), 0);
    assert_eq!(wx.seen_at(GETTOKEN).len(), 2);
    wx.assert_none_rejected();
}

#[test]
fn verbose_output_never_shows_the_secret_or_the_token() {
    let (env, wx) = setup("to_user = [\"alice\"]");
    let png = write_file(&env, "chart.png", PNG);
    let first = run(&env, &["-vv", "wecom", "image", arg(&png)]);
    assert_exit(&first, 0);
    wx.expire_tokens();
    let second = run(&env, &["-vv", "wecom", "text", "refreshed"]);
    assert_exit(&second, 0);
    assert_eq!(wx.issued_tokens().len(), 2);
    for out in [&first, &second] {
        let err = stderr(out);
        assert!(
            err.contains("GET ") && err.contains("corpsecret=***"),
            "{err}"
        );
        assert!(err.contains("access_token=***"), "{err}");
        assert!(!err.contains(SECRET), "the secret shows: {err}");
        for token in wx.issued_tokens() {
            assert!(!err.contains(&token), "a token shows: {err}");
        }
    }
    wx.assert_none_rejected();
}

// ---------------------------------------------------------------------------------------------
// What the server refuses, or takes in part.
// ---------------------------------------------------------------------------------------------

#[test]
fn unknown_recipients_are_a_warning_and_json_lists_the_others_got_it() {
    let (env, wx) = setup("");
    wx.known_users(&["alice"]);
    wx.known_parties(&["2"]);
    wx.known_tags(&["7"]);
    let out = run(
        &env,
        &[
            "--json",
            "wecom",
            "text",
            "-u",
            "alice,Bob",
            "-d",
            "2|3",
            "-t",
            "7,8",
            "x",
        ],
    );
    assert_exit(&out, 0);
    let err = stderr(&out);
    assert!(err.starts_with("warning: "), "{err}");
    assert!(
        err.contains("users bob") && err.contains("departments 3") && err.contains("tags 8"),
        "{err}"
    );
    assert!(!err.contains("alice"), "{err}");
    let r = &json_lines(&stdout(&out))[0];
    assert_eq!(
        (
            &r["ok"],
            &r["invalid_users"],
            &r["invalid_depts"],
            &r["invalid_tags"],
            &r["unlicensed_users"]
        ),
        (
            &json!(true),
            &json!(["bob"]),
            &json!(["3"]),
            &json!(["8"]),
            &json!([])
        )
    );
    assert_eq!(sent(&wx).len(), 1);
    // Users without an interface licence are reported the same way.
    wx.answer(
        SEND,
        Canned::json(
            json!({"errcode": 0, "errmsg": "ok", "invaliduser": "", "invalidparty": "",
                            "invalidtag": "", "unlicenseduser": "carol", "msgid": "m1"}),
        ),
        Some(1),
    );
    let out = run(&env, &["--json", "wecom", "text", "-u", "alice,carol", "x"]);
    assert_exit(&out, 0);
    let err = stderr(&out);
    assert!(
        err.starts_with("warning: ") && err.contains("carol"),
        "{err}"
    );
    assert!(err.contains("without an interface licence"), "{err}");
    assert!(!err.contains("visible range"), "carol is in range: {err}");
    let r = &json_lines(&stdout(&out))[0];
    assert_eq!(r["unlicensed_users"], json!(["carol"]));
    assert_eq!(r["invalid_users"], json!([]));
    wx.assert_none_rejected();
}

#[test]
fn every_recipient_unknown_is_81013_exit_5_naming_them() {
    let (env, wx) = setup("");
    wx.known_users(&["alice"]);
    wx.known_parties(&["2"]);
    let out = run(&env, &["wecom", "text", "-u", "bob,carol", "-d", "9", "x"]);
    assert_exit(&out, 5);
    let err = stderr(&out);
    assert!(err.contains("81013"), "{err}");
    assert!(
        err.contains("bob") && err.contains("carol") && err.contains("department 9"),
        "{err}"
    );
    assert!(sent(&wx).is_empty());
    assert_eq!(wx.seen_at(SEND).len(), 1, "a refusal is not retried");
    wx.assert_none_rejected();
}

/// Fails unless stderr has a hint line naming the address the server saw and the trusted IPs.
fn assert_trusted_ip_hint(out: &std::process::Output) {
    let err = stderr(out);
    assert!(
        err.lines()
            .any(|l| l.starts_with("hint: ") && l.contains(FROM_IP) && l.contains("trusted IPs")),
        "{err}"
    );
}

#[test]
fn an_untrusted_ip_is_exit_5_with_the_address_to_add() {
    let (env, wx) = setup("to_user = [\"alice\"]");
    wx.untrusted_ip(true);
    let out = run(&env, &["wecom", "text", "x"]);
    assert_exit(&out, 5);
    assert!(stderr(&out).contains("60020"), "{}", stderr(&out));
    assert_trusted_ip_hint(&out);
    assert_eq!(wx.seen_at(SEND).len(), 1, "retrying does not help");
    // An image's upload is the first call refused: the same hint.
    let png = write_file(&env, "chart.png", PNG);
    let out = run(&env, &["wecom", "image", arg(&png)]);
    assert_exit(&out, 5);
    assert_trusted_ip_hint(&out);
    assert_eq!(
        wx.seen_at(SEND).len(),
        1,
        "no message after a refused upload"
    );
    assert!(wx.delivered().is_empty() && wx.uploads().is_empty());
    wx.assert_none_rejected();
}

#[test]
fn a_45009_rate_limit_is_waited_out_and_the_message_sent_once() {
    let (env, wx) = setup("to_user = [\"alice\"]");
    let limited = wx.answer(SEND, refusal(45009, "api freq out of limit"), Some(1));
    // The client waits out the minute-level block (about 60 s): beyond Env::cmd's timeout.
    let out = env
        .cmd()
        .timeout(Duration::from_secs(180))
        .args(["--json", "wecom", "text", "after the block"])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    assert_eq!(limited.calls(), 1);
    assert_eq!(texts(&wx), ["after the block"]);
    assert_eq!(wx.seen_at(SEND).len(), 2);
    assert_eq!(json_lines(&stdout(&out))[0]["attempts"], 2);
    wx.assert_none_rejected();
}

#[test]
fn a_45033_refusal_is_retried_and_exit_5_once_the_retries_are_spent() {
    let (env, wx) = setup("to_user = [\"alice\"]");
    let busy = wx.answer(SEND, refusal(45033, "api concurrent out of limit"), Some(1));
    let out = run(&env, &["--json", "wecom", "text", "retried"]);
    assert_exit(&out, 0);
    assert_eq!(busy.calls(), 1);
    assert_eq!(json_lines(&stdout(&out))[0]["attempts"], 2);
    let busy = wx.answer(SEND, refusal(45033, "api concurrent out of limit"), Some(1));
    let out = run(&env, &["--retries", "0", "wecom", "text", "refused"]);
    assert_exit(&out, 5);
    assert!(stderr(&out).contains("45033"), "{}", stderr(&out));
    assert_eq!(busy.calls(), 1);
    assert_eq!(texts(&wx), ["retried"]);
    assert_eq!(wx.seen_at(SEND).len(), 3);
    wx.assert_none_rejected();
}

// ---------------------------------------------------------------------------------------------
// The duplicate check.
// ---------------------------------------------------------------------------------------------

#[test]
fn dedupe_adds_the_duplicate_check_to_the_body() {
    let (env, wx) = setup("to_user = [\"alice\"]\ndedupe = 600");
    assert_exit(&run(&env, &["wecom", "text", "checked"]), 0);
    assert_exit(
        &run(&env, &["wecom", "text", "--dedupe", "0", "unchecked"]),
        0,
    );
    assert_exit(
        &run(&env, &["wecom", "text", "--dedupe", "60", "a minute"]),
        0,
    );
    let out = run(&env, &["wecom", "text", "--dedupe", "99999", "x"]);
    assert_exit(&out, 2);
    assert!(stderr(&out).contains("--dedupe"), "{}", stderr(&out));
    wx.assert_none_rejected();
    let checks: Vec<(Value, Value)> = sent(&wx)
        .iter()
        .map(|b| {
            (
                b.get("enable_duplicate_check").cloned().unwrap_or_default(),
                b.get("duplicate_check_interval")
                    .cloned()
                    .unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        checks,
        [
            (json!(1), json!(600)),
            (Value::Null, Value::Null),
            (json!(1), json!(60))
        ]
    );
}

#[test]
fn with_dedupe_a_lost_answer_is_resent_byte_identically_and_delivered_once() {
    let (env, wx) = setup("to_user = [\"alice\"]\ndedupe = 600");
    // An identical message delivered earlier: the server keeps its bytes for the check.
    assert_exit(&run(&env, &["wecom", "text", "nightly backup done"]), 0);
    // Then the same message's answer is lost: the server holds it past --timeout. (A queued
    // answer delivers nothing, so the earlier copy stands for what that request delivered.)
    let lost = wx.answer(
        SEND,
        Canned::json(json!({"errcode": 0, "errmsg": "ok"})).after(Duration::from_secs(3)),
        Some(1),
    );
    let out = run(
        &env,
        &[
            "--timeout",
            "2",
            "--json",
            "wecom",
            "text",
            "nightly backup done",
        ],
    );
    assert_exit(&out, 0);
    assert_eq!(lost.calls(), 1);
    let seen = wx.seen_at(SEND);
    assert_eq!(seen.len(), 3, "{seen:?}");
    assert!(
        seen[2].duplicate,
        "the resend is byte-identical: the server dropped it"
    );
    assert_eq!(seen[1].body, seen[2].body);
    assert_eq!(texts(&wx), ["nightly backup done"], "delivered once");
    assert_eq!(json_lines(&stdout(&out))[0]["attempts"], 2);
    wx.assert_none_rejected();
}

#[test]
fn without_dedupe_a_timeout_is_exit_6_and_never_resent() {
    let (env, wx) = setup("to_user = [\"alice\"]");
    let lost = wx.answer(
        SEND,
        Canned::json(json!({"errcode": 0, "errmsg": "ok"})).after(Duration::from_secs(2)),
        Some(1),
    );
    let out = run(
        &env,
        &["--timeout", "1", "wecom", "text", "maybe delivered"],
    );
    assert_exit(&out, 6);
    assert!(stderr(&out).starts_with("error: "), "{}", stderr(&out));
    assert_eq!(lost.calls(), 1);
    assert_eq!(
        wx.seen_at(SEND).len(),
        1,
        "an uncertain failure is not retried"
    );
    wx.assert_none_rejected();
}

// ---------------------------------------------------------------------------------------------
// send, run, and the profile.
// ---------------------------------------------------------------------------------------------

#[test]
fn send_and_run_fan_out_to_the_wecom_app() {
    let (env, wx) = setup("to_user = [\"alice\"]\ndedupe = 600");
    let out = run(&env, &["send", "-p", "wx", "deploy done"]);
    assert_exit(&out, 0);
    assert_eq!((stdout(&out), stderr(&out)), (String::new(), String::new()));
    assert_exit(&run(&env, &["send", "-p", "wx", "-u", "bob", "to bob"]), 0);
    let out = run(&env, &["run", "-p", "wx", "--", "false"]);
    assert_exit(&out, 1);
    let out = run(
        &env,
        &[
            "run",
            "-p",
            "wx",
            "--",
            "sh",
            "-c",
            "echo disk full; exit 3",
        ],
    );
    assert_exit(&out, 3);
    assert_eq!(stdout(&out), "disk full\n", "the output is passed through");
    assert_exit(&run(&env, &["run", "-p", "wx", "--", "true"]), 0);
    wx.assert_none_rejected();
    let bodies = sent(&wx);
    assert_eq!(bodies.len(), 4, "nothing for the command that succeeded");
    assert_eq!(
        bodies[0],
        json!({"touser": "alice", "agentid": AGENT_ID, "msgtype": "text",
               "text": {"content": "deploy done"}, "enable_duplicate_check": 1,
               "duplicate_check_interval": 600})
    );
    assert_eq!(bodies[1]["touser"], "bob");
    let ran = texts(&wx);
    assert!(
        ran[2].contains("false failed") && ran[2].contains("exit status 1"),
        "{}",
        ran[2]
    );
    assert!(
        ran[3].contains("exit status 3") && ran[3].contains("disk full"),
        "{}",
        ran[3]
    );
}

#[test]
fn a_malformed_app_profile_is_exit_3_naming_the_key() {
    let env = Env::new();
    let wx = Wx::start();
    let good = wx.app_config("to_user = [\"alice\"]");
    let string_id = good.replace(
        &format!("agent_id = {AGENT_ID}"),
        &format!("agent_id = \"{AGENT_ID}\""),
    );
    let no_corp = good.replace(&format!("corp_id = \"{CORP_ID}\"\n"), "");
    let zero_id = good.replace(&format!("agent_id = {AGENT_ID}"), "agent_id = 0");
    for (config, key) in [
        (string_id, "agent_id"),
        (no_corp, "corp_id"),
        (zero_id, "agent_id"),
    ] {
        assert_ne!(config, good);
        env.write_config(&config);
        let out = run(&env, &["wecom", "text", "x"]);
        assert_exit(&out, 3);
        let err = stderr(&out);
        assert!(err.starts_with("error: "), "{err}");
        assert!(err.contains(key) && err.contains("wx"), "{key}: {err}");
        assert!(err.contains("config.toml"), "names the file: {err}");
    }
    assert!(wx.seen().is_empty());
}
