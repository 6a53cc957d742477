//! `corpmsg youdu text` against the Youdu emulator.

use serde_json::json;

use crate::support::*;

#[test]
fn dry_run_needs_no_config_and_prints_the_payload() {
    let env = Env::new();
    let out = env
        .cmd()
        .args(["youdu", "text", "--dry-run", "-u", "alice", "hello"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "{\"provider\":\"youdu\",\"endpoint\":\"/cgi/msg/send\",\"payload\":{\"toUser\":\"alice\",\"msgType\":\"text\",\"text\":{\"content\":\"hello\"}}}\n"
    );
    assert_eq!(stderr(&out), "");
}

#[test]
fn sends_an_encrypted_text_silently() {
    let (env, yd) = youdu_env();
    let token = yd.token("tok-1");
    let (send, got) = yd.send_ok("tok-1");
    let out = env
        .cmd()
        .args([
            "youdu",
            "text",
            "-u",
            "alice|bob,alice",
            "-d",
            "12",
            "你好, world",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
    assert_eq!(stderr(&out), "");
    token.assert_calls(1);
    send.assert_calls(1);
    assert_eq!(
        got.lock().unwrap()[0],
        json!({"toUser":"alice|bob","toDept":"12","msgType":"text","text":{"content":"你好, world"}})
    );
}

#[test]
fn token_is_cached_across_runs_in_a_private_file() {
    let (env, yd) = youdu_env();
    let token = yd.token("tok-c");
    let (send, _) = yd.send_ok("tok-c");
    for _ in 0..2 {
        env.cmd()
            .args(["youdu", "text", "-u", "alice", "hi"])
            .assert()
            .success();
    }
    token.assert_calls(1);
    send.assert_calls(2);
    let files: Vec<_> = std::fs::read_dir(env.cache_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    assert_eq!(files.len(), 1);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&files[0]).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

/// Writes a cached token that the server will call expired.
fn cache_stale_token(env: &Env, yd: &Youdu) {
    let first = yd.token("stale");
    let (ok, _) = yd.send_ok("stale");
    env.cmd()
        .args(["youdu", "text", "-u", "alice", "warm-up"])
        .assert()
        .success();
    first.assert_calls(1);
    ok.assert_calls(1);
    let mut first = first;
    first.delete();
    let mut ok = ok;
    ok.delete();
}

#[test]
fn expired_token_is_refreshed_and_the_send_retried_once() {
    let (env, yd) = youdu_env();
    cache_stale_token(&env, &yd);
    let (refused, _) = yd.send(
        "stale",
        |_| true,
        json!({"errcode": 100002, "errmsg": "accesstoken expired"}),
    );
    let fresh = yd.token("fresh");
    let (send, got) = yd.send_ok("fresh");
    let out = env
        .cmd()
        .args(["--json", "youdu", "text", "-u", "alice", "again"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    refused.assert_calls(1);
    fresh.assert_calls(1);
    send.assert_calls(1);
    assert_eq!(got.lock().unwrap()[0]["text"]["content"], "again");
    let lines = json_lines(&stdout(&out));
    assert_eq!(
        lines,
        vec![
            json!({"provider":"youdu","profile":"ops","endpoint":"/cgi/msg/send","ok":true,
                    "code":0,"message":"ok","recipients":1,"attempts":2,"attempted":true,
                    "to":{"users":["alice"]}})
        ]
    );
}

#[test]
fn a_token_refused_twice_is_an_auth_error_after_one_retry() {
    let (env, yd) = youdu_env();
    cache_stale_token(&env, &yd);
    let answer = json!({"errcode": 100001, "errmsg": "accesstoken not exist"});
    let (stale, _) = yd.send("stale", |_| true, answer.clone());
    let fresh = yd.token("fresh");
    let (again, _) = yd.send("fresh", |_| true, answer);
    let out = env
        .cmd()
        .args(["youdu", "text", "-u", "alice", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    stale.assert_calls(1);
    fresh.assert_calls(1);
    again.assert_calls(1);
    assert!(stderr(&out).contains("100001"));
}

#[test]
fn a_refused_token_request_is_exit_4() {
    let (env, yd) = youdu_env();
    let token = yd.token_refused(100006);
    let out = env
        .cmd()
        .args(["youdu", "text", "-u", "alice", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    token.assert_calls(1);
    assert_eq!(
        stderr(&out),
        "error: the server refused the access token request: errcode 100006: invalid encrypt (check aes_key and app_id)\n"
    );
}

#[test]
fn users_over_1000_go_out_in_several_requests() {
    let (env, yd) = youdu_env();
    let users: String = (0..2500).map(|i| format!("user{i}\n")).collect();
    std::fs::write(env.dir.path().join("users.txt"), users).unwrap();
    let token = yd.token("t");
    let (send, got) = yd.send_ok("t");
    let out = env
        .cmd()
        .args(["youdu", "text", "--to-user-file"])
        .arg(env.dir.path().join("users.txt"))
        .arg("deploy done")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    token.assert_calls(1);
    send.assert_calls(3);
    let got = got.lock().unwrap();
    let counts: Vec<usize> = got
        .iter()
        .map(|m| m["toUser"].as_str().unwrap().split('|').count())
        .collect();
    assert_eq!(counts, [1000, 1000, 500]);
    assert!(got[2]["toUser"].as_str().unwrap().ends_with("user2499"));
}

#[test]
fn no_split_refuses_over_the_limit_without_a_request() {
    let (env, yd) = youdu_env();
    let token = yd.token("t");
    let depts: Vec<String> = (1..=101).map(|i| i.to_string()).collect();
    let out = env
        .cmd()
        .args(["youdu", "text", "--no-split", "-d", &depts.join(","), "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("101 departments exceed the 100"));
    token.assert_calls(0);
}

/// A `--json` text to 2500 users u0…u2499 (three batches, the second u1000…u1999) whose
/// second batch the server answers with `answer`, the others with ok. Returns the run, the
/// users, and how many requests each answer got (the second batch's, the others').
fn second_batch_answered(
    answer: serde_json::Value,
) -> (std::process::Output, Vec<String>, usize, usize) {
    let (env, yd) = youdu_env();
    let users: Vec<String> = (0..2500).map(|i| format!("u{i}")).collect();
    let _token = yd.token("t");
    let (second, _) = yd.send(
        "t",
        |m| m["toUser"].as_str().unwrap().starts_with("u1000|"),
        answer,
    );
    let (ok, _) = yd.send_ok("t");
    let out = env
        .cmd()
        .args(["--json", "youdu", "text", "-u", &users.join("|"), "x"])
        .output()
        .unwrap();
    let hits = (second.calls(), ok.calls());
    (out, users, hits.0, hits.1)
}

#[test]
fn a_refusal_in_one_batch_is_a_partial_failure() {
    // The server refuses the second batch and lists a bad user.
    let (out, _, second, others) = second_batch_answered(
        json!({"errcode": 200007, "errmsg": "invalid toUser: u1001\n\u{1b}[31m"}),
    );
    assert_eq!(out.status.code(), Some(7), "{}", stderr(&out));
    assert_eq!((second, others), (1, 2));
    let err = stderr(&out);
    assert!(
        err.contains("request 2/3 (1000 recipient(s): u1000, u1001, u1002, u1003, u1004 and 995 more): the server refused the message: errcode 200007: invalid toUser: u1001\\n\\u{1b}[31m"),
        "{err}"
    );
    assert!(
        err.ends_with("error: 2 of 3 requests sent, 1 failed\n"),
        "{err}"
    );
    let lines = json_lines(&stdout(&out));
    assert_eq!(
        lines
            .iter()
            .map(|l| l["ok"].as_bool().unwrap())
            .collect::<Vec<_>>(),
        [true, false, true]
    );
    assert_eq!(lines[1]["code"], 200007);
}

#[test]
fn a_stopped_send_reports_every_request_with_its_recipients() {
    // The second batch gets an answer that is not the API's: delivery is uncertain, so the
    // third batch is not attempted, and says so.
    let (out, users, second, others) = second_batch_answered(json!({"unexpected": true}));
    assert_eq!(out.status.code(), Some(7), "{}", stderr(&out));
    assert_eq!((second, others), (1, 1));
    let err = stderr(&out);
    assert!(
        err.contains(
            "error: request 3/3 (500 recipient(s): u2000, u2001, u2002, u2003, u2004 and 495 more) was not attempted\n"
        ),
        "{err}"
    );
    assert!(
        err.ends_with("error: 1 of 3 requests sent, 1 failed, 1 not attempted\n"),
        "{err}"
    );
    let lines = json_lines(&stdout(&out));
    assert_eq!(lines.len(), 3, "one object per request: {lines:?}");
    let field = |key: &str| lines.iter().map(|l| l[key].clone()).collect::<Vec<_>>();
    assert_eq!(field("attempted"), [json!(true), json!(true), json!(false)]);
    assert_eq!(field("ok"), [json!(true), json!(false), json!(false)]);
    assert_eq!(field("recipients"), [json!(1000), json!(1000), json!(500)]);
    assert_eq!(lines[2]["attempts"], 0);
    // Each object names its recipients, so a script can resend exactly the missing part.
    let batch = |i: usize| {
        lines[i]["to"]["users"]
            .as_array()
            .unwrap()
            .iter()
            .map(|u| u.as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(batch(0), users[..1000]);
    assert_eq!(batch(1), users[1000..2000]);
    assert_eq!(batch(2), users[2000..]);
}

#[test]
fn a_refused_message_is_exit_5_with_the_escaped_errmsg() {
    let (env, yd) = youdu_env();
    let _token = yd.token("t");
    let (send, _) = yd.send(
        "t",
        |_| true,
        json!({"errcode": 200007, "errmsg": "invalid user: ghost\r\n"}),
    );
    let out = env
        .cmd()
        .args(["youdu", "text", "-u", "ghost", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5));
    send.assert_calls(1);
    assert!(
        stderr(&out).contains("errcode 200007: invalid user: ghost\\r\\n"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn connection_refused_is_exit_6_after_retries() {
    let env = Env::new();
    let url = format!("http://127.0.0.1:{}", closed_port());
    env.write_config(&format!(
        "[profiles.ops]\nprovider = \"youdu\"\nurl = \"{url}\"\nbuin = {BUIN}\napp_id = \"{APP}\"\naes_key = \"{KEY}\"\n"
    ));
    let out = env
        .cmd()
        .args(["-vv", "--retries", "1", "youdu", "text", "-u", "a", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6));
    let err = stderr(&out);
    assert!(err.contains("gettoken (attempt 2)\n"), "{err}");
    assert!(!err.contains("(attempt 3)"), "{err}");
    let last = err.lines().last().unwrap();
    assert!(
        last.starts_with(&format!("error: cannot connect to {url}/cgi/gettoken: ")),
        "{err}"
    );
}

#[test]
fn server_errors_are_exit_6_and_never_retried() {
    let (env, yd) = youdu_env();
    let _token = yd.token("t");
    let send = yd.reply(MSG_SEND, Canned::new(502, "<html>bad gateway</html>"));
    let out = env
        .cmd()
        .args(["youdu", "text", "-u", "a", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6));
    send.assert_calls(1);
    assert!(stderr(&out).contains("answered HTTP 502"));
}

#[test]
fn a_non_json_answer_is_exit_6() {
    let (env, yd) = youdu_env();
    let _token = yd.token("t");
    yd.reply(MSG_SEND, Canned::new(200, "<html>login</html>"));
    let out = env
        .cmd()
        .args(["youdu", "text", "-u", "a", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6));
    assert!(stderr(&out).contains("not a Youdu JSON answer"));
}

#[test]
fn content_comes_from_stdin_and_files() {
    let env = Env::new();
    let yd = Youdu::start();
    env.write_config(&yd.config("to_user = [\"oncall\"]"));
    let _token = yd.token("t");
    let (send, got) = yd.send_ok("t");
    env.cmd()
        .args(["youdu", "text"])
        .write_stdin("from a pipe\n")
        .assert()
        .success();
    env.cmd()
        .args(["youdu", "text", "-"])
        .write_stdin("dash\n")
        .assert()
        .success();
    let file = env.dir.path().join("msg.txt");
    std::fs::write(&file, "from a file\n\n").unwrap();
    env.cmd()
        .args(["youdu", "text", "--content-file"])
        .arg(&file)
        .assert()
        .success();
    send.assert_calls(3);
    let got = got.lock().unwrap();
    let contents: Vec<&str> = got
        .iter()
        .map(|m| m["text"]["content"].as_str().unwrap())
        .collect();
    assert_eq!(contents, ["from a pipe", "dash", "from a file"]);
    assert!(got.iter().all(|m| m["toUser"] == "oncall"));
}

#[test]
fn empty_content_is_exit_2() {
    let env = Env::new();
    for input in ["", "  \n\t\n"] {
        let out = env
            .cmd()
            .args(["youdu", "text", "-n", "-u", "a"])
            .write_stdin(input)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        assert_eq!(stderr(&out), "error: content is empty\n");
    }
}

#[test]
fn unreadable_content_file_is_exit_2_naming_it() {
    let env = Env::new();
    let out = env
        .cmd()
        .args([
            "youdu",
            "text",
            "-n",
            "-u",
            "a",
            "--content-file",
            "/nonexistent/x.txt",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "error: --content-file /nonexistent/x.txt: No such file or directory (os error 2)\n"
    );
}

#[test]
fn invalid_utf8_is_replaced_with_a_warning() {
    let env = Env::new();
    let out = env
        .cmd()
        .args(["youdu", "text", "-n", "-u", "a"])
        .write_stdin(&b"caf\xe9 ok"[..])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(stdout(&out).contains("caf\u{fffd} ok"));
    assert_eq!(
        stderr(&out),
        "warning: standard input is not valid UTF-8; invalid bytes were replaced with U+FFFD\n"
    );
}

#[test]
fn long_content_is_truncated_split_or_refused() {
    let env = Env::new();
    let long = "字".repeat(650);
    let out = env
        .cmd()
        .args(["youdu", "text", "-n", "-u", "a", &long])
        .output()
        .unwrap();
    assert!(out.status.success());
    let lines = json_lines(&stdout(&out));
    assert_eq!(
        lines[0]["payload"]["text"]["content"]
            .as_str()
            .unwrap()
            .chars()
            .count(),
        600
    );
    assert!(
        stderr(&out)
            .contains("warning: content is 650 characters; Youdu allows 600: the last 50 were cut")
    );

    let quiet = env
        .cmd()
        .args(["youdu", "text", "-n", "-q", "-u", "a", &long])
        .output()
        .unwrap();
    assert_eq!(stderr(&quiet), "");

    let split = env
        .cmd()
        .args([
            "youdu",
            "text",
            "-n",
            "--on-long",
            "split",
            "-u",
            "a",
            &long,
        ])
        .output()
        .unwrap();
    let parts = json_lines(&stdout(&split));
    assert_eq!(parts.len(), 2);
    assert!(
        parts[1]["payload"]["text"]["content"]
            .as_str()
            .unwrap()
            .starts_with("(2/2) ")
    );

    let fail = env
        .cmd()
        .args(["youdu", "text", "-n", "--on-long", "fail", "-u", "a", &long])
        .output()
        .unwrap();
    assert_eq!(fail.status.code(), Some(2));
    assert!(stderr(&fail).contains("content is 650 characters; the limit is 600"));
}

#[test]
fn no_recipient_is_exit_2() {
    let env = Env::new();
    let out = env
        .cmd()
        .args(["youdu", "text", "-n", "hello"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no recipient"));
}

#[test]
fn broken_stdout_pipe_is_not_an_error() {
    // Far more dry-run output than a pipe buffer holds, into a pipe whose reader is gone.
    let env = Env::new();
    let file = env.dir.path().join("long.txt");
    std::fs::write(&file, "x".repeat(200_000)).unwrap();
    let mut child = env
        .std_cmd()
        .args([
            "youdu",
            "text",
            "-n",
            "--on-long",
            "split",
            "-u",
            "a",
            "--content-file",
        ])
        .arg(&file)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
}

#[test]
fn a_refusal_then_a_timeout_is_exit_6_not_5() {
    // Exit 5 promises nothing was delivered; a timed-out request may have been.
    let (env, yd) = youdu_env();
    let _token = yd.token("t");
    let (refused, _) = yd.send(
        "t",
        |m| m["toUser"].as_str().unwrap().starts_with("u0|"),
        json!({"errcode": 200007, "errmsg": "invalid"}),
    );
    let slow = yd.reply(
        MSG_SEND,
        Canned::new(200, r#"{"errcode":0,"errmsg":"ok"}"#).after(std::time::Duration::from_secs(3)),
    );
    let users: Vec<String> = (0..1001).map(|i| format!("u{i}")).collect();
    let out = env
        .cmd()
        .args([
            "--timeout",
            "0.5",
            "youdu",
            "text",
            "-u",
            &users.join(","),
            "x",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    refused.assert_calls(1);
    slow.assert_calls(1);
}

#[test]
fn error_paths_never_show_the_token() {
    let (env, yd) = youdu_env();
    let _token = yd.token("0123456789abcdef0123456789abcdef");
    // A server that echoes the request URL and the token into errmsg.
    let (send, _) = yd.send(
        "0123456789abcdef0123456789abcdef",
        |_| true,
        json!({"errcode": 4, "errmsg": "denied /cgi/msg/send?accessToken=0123456789abcdef0123456789abcdef for 0123456789abcdef0123456789abcdef"}),
    );
    let out = env
        .cmd()
        .args(["-vv", "--json", "youdu", "text", "-u", "a", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5));
    send.assert_calls(1);
    let all = format!("{}{}", stdout(&out), stderr(&out));
    assert!(
        all.contains("denied /cgi/msg/send?accessToken=*** for ***"),
        "{all}"
    );
    assert!(!all.contains("0123456789abcdef"), "{all}");
}

#[test]
fn recipient_files_are_split_and_deduplicated() {
    let env = Env::new();
    let file = env.dir.path().join("to.txt");
    std::fs::write(&file, "# on call\nalice|bob\n carol \nalice\n").unwrap();
    let out = env
        .cmd()
        .args(["youdu", "text", "-n", "--to-user-file"])
        .arg(&file)
        .arg("x")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let lines = json_lines(&stdout(&out));
    assert_eq!(lines[0]["payload"]["toUser"], "alice|bob|carol");
    std::fs::write(&file, "# nobody\n\n").unwrap();
    let out = env
        .cmd()
        .args(["youdu", "text", "-n", "--to-user-file"])
        .arg(&file)
        .arg("x")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("holds no account"));
}

#[test]
fn what_the_server_says_on_success_is_a_warning_and_the_json_message() {
    let (env, yd) = youdu_env();
    let _t = yd.token("t");
    // errcode 0 with a word on the message: delivered, but not to bob.
    let (send, _) = yd.send(
        "t",
        |_| true,
        json!({"errcode": 0, "errmsg": "invalid user: bob\u{1b}[31m"}),
    );
    let out = env
        .cmd()
        .args(["youdu", "text", "-u", "alice|bob", "hi"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "warning: youdu accepted request 1/1 but said: invalid user: bob\\u{1b}[31m\n"
    );
    assert_eq!(stdout(&out), "");

    let out = env
        .cmd()
        .args(["-q", "youdu", "text", "-u", "alice|bob", "hi"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stderr(&out), "");

    let out = env
        .cmd()
        .args(["--json", "youdu", "text", "-u", "alice|bob", "hi"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let lines = json_lines(&stdout(&out));
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["ok"], true);
    assert_eq!(lines[0]["code"], 0);
    assert_eq!(lines[0]["message"], "invalid user: bob\\u{1b}[31m");
    assert!(stderr(&out).contains("but said: invalid user: bob"));
    send.assert_calls(3);
}

#[test]
fn a_plain_ok_on_success_says_nothing() {
    let (env, yd) = youdu_env();
    let _t = yd.token("t");
    for said in ["ok", "OK", "success", ""] {
        let (mut send, _) = yd.send("t", |_| true, json!({"errcode": 0, "errmsg": said}));
        let out = env
            .cmd()
            .args(["--json", "youdu", "text", "-u", "alice", "hi"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{said}");
        assert_eq!(stderr(&out), "", "{said}");
        assert_eq!(json_lines(&stdout(&out))[0]["message"], "ok", "{said}");
        send.assert_calls(1);
        send.delete();
    }
}
