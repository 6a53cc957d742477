//! No secret in any output: every command (the test fails if a command is missing from its
//! list) runs with `-vv` against every provider's emulator (Fxiaoke's sending commands in both
//! auth styles, WeCom's through an app and a group robot), and neither the keys and secrets of
//! the config nor any token the servers issued may appear on stdout or stderr.

use std::collections::BTreeSet;

use clap::CommandFactory;

use crate::fx_support::{self, Auth, CODE, Fx, SECRET};
use crate::support::{Env, KEY, POPWINDOW, SET_NOTICE, Youdu, stderr, stdout};
use crate::wx_support::{self, Wx};
use serde_json::json;

const YD_TOKEN: &str = "yd-vv-token-4e7a1c";

/// Every leaf command path of the CLI, such as `youdu text` or `config check`.
fn leaf_commands() -> BTreeSet<String> {
    fn walk(cmd: &clap::Command, prefix: &str, out: &mut BTreeSet<String>) {
        let subs: Vec<_> = cmd
            .get_subcommands()
            .filter(|c| c.get_name() != "help")
            .collect();
        if subs.is_empty() {
            out.insert(prefix.trim().to_string());
        }
        for sub in subs {
            walk(sub, &format!("{prefix} {}", sub.get_name()), out);
        }
    }
    let mut out = BTreeSet::new();
    // Built: the providers' subcommands are added only then.
    let mut cli = corpmsg::cmd::Cli::command();
    cli.build();
    walk(&cli, "", &mut out);
    out
}

#[test]
fn no_command_prints_a_secret_even_with_vv() {
    let env = Env::new();
    let yd = Youdu::start();
    let fx = Fx::start(Auth::Oauth);
    let _token = yd.token(YD_TOKEN);
    let (_send, _) = yd.send_ok(YD_TOKEN);
    let (_upload, _) = yd.upload(YD_TOKEN, "media-1");
    let _popup = yd.app_call(POPWINDOW, json!({"errcode": 0, "errmsg": "ok"}));
    let _badge = yd.app_call(SET_NOTICE, json!({"errcode": 0, "errmsg": "ok"}));
    let _create = yd.session_create(YD_TOKEN, "S-1");
    let _session = yd.session_send(YD_TOKEN, json!({"errcode": 0, "errmsg": "ok"}));
    let wx = Wx::start();
    env.write_config(&format!(
        "{}\n{}\n{}\n{}",
        yd.config("to_user = [\"alice\"]"),
        fx.config("to_user = [\"FSUID_AAA1\"]"),
        wx.app_config("to_user = [\"zhangsan\"]"),
        wx.robot_config("")
    ));
    let dir = env.dir.path();
    let png = dir.join("chart.png");
    std::fs::write(&png, b"\x89PNG\r\n\x1a\nnot really").unwrap();
    let txt = dir.join("report.txt");
    std::fs::write(&txt, "report").unwrap();
    let items = dir.join("links.json");
    std::fs::write(
        &items,
        r#"[{"title":"Dashboard","url":"https://grafana","media_id":"m"}]"#,
    )
    .unwrap();
    let (png, txt, items) = (
        png.to_str().unwrap(),
        txt.to_str().unwrap(),
        items.to_str().unwrap(),
    );
    let new_config = dir.join("new.toml");
    let new_config = new_config.to_str().unwrap();

    let runs: Vec<Vec<&str>> = vec![
        vec!["--json", "youdu", "text", "-u", "a", "hello"],
        vec!["youdu", "image", "-u", "a", png],
        vec!["youdu", "file", "-u", "a", txt],
        vec![
            "youdu",
            "mpnews",
            "-u",
            "a",
            "--title",
            "T",
            "--content",
            "C",
            "--cover",
            png,
        ],
        vec![
            "youdu",
            "link",
            "-u",
            "a",
            "--title",
            "T",
            "--url",
            "https://ci/1",
            "--sso",
        ],
        vec!["youdu", "exlink", "-u", "a", "--items", items],
        vec![
            "youdu", "sysmsg", "-d", "0", "--title", "Notice", "--text", "hello",
        ],
        vec!["youdu", "sms", "-u", "a", "--from", "13800000000", "OK"],
        vec![
            "youdu",
            "mail",
            "--action",
            "new",
            "-u",
            "alice",
            "--subject",
            "S",
            "--from-email",
            "b@x.com",
            "--time",
            "1700000000",
        ],
        vec!["youdu", "upload", txt],
        vec!["youdu", "popup", "-u", "a", "--tip", "t"],
        vec!["youdu", "badge", "-u", "a", "--count", "1"],
        vec![
            "youdu",
            "session",
            "create",
            "--title",
            "T",
            "--creator",
            "a",
            "-m",
            "b,c",
        ],
        vec![
            "youdu",
            "session",
            "text",
            "--session",
            "S-1",
            "--sender",
            "a",
            "hi",
        ],
        vec![
            "youdu", "session", "image", "--to", "b", "--sender", "a", png,
        ],
        vec![
            "youdu", "session", "file", "--to", "b", "--sender", "a", txt,
        ],
        vec![
            "youdu", "session", "voice", "--to", "b", "--sender", "a", txt,
        ],
        vec![
            "youdu", "session", "video", "--to", "b", "--sender", "a", txt,
        ],
        vec!["fxiaoke", "text", "-u", "FSUID_AAA1", "hello"],
        vec![
            "fxiaoke",
            "composite",
            "-u",
            "FSUID_AAA1",
            "--title",
            "Deploy",
            "--first",
            "02:00",
            "--field",
            "Service=billing",
            "--link-title",
            "Details",
            "--link-url",
            "https://ci/1",
        ],
        vec![
            "fxiaoke",
            "articles",
            "--to-mobile",
            "13800000001",
            "--title",
            "T",
            "--cover",
            png,
            "--content",
            "x",
        ],
        vec!["fxiaoke", "upload", png],
        vec!["-p", "wx", "wecom", "text", "-u", "lisi", "hello"],
        vec!["-p", "wxbot", "wecom", "text", "--mention", "@all", "hello"],
        vec!["-p", "wx", "wecom", "markdown", "**hello**"],
        vec!["-p", "wxbot", "wecom", "markdown", "**hello**"],
        vec!["-p", "wx", "wecom", "image", png],
        vec!["-p", "wxbot", "wecom", "image", png],
        vec!["-p", "wx", "wecom", "file", txt],
        vec!["-p", "wxbot", "wecom", "file", txt],
        vec![
            "-p",
            "wx",
            "wecom",
            "textcard",
            "--title",
            "T",
            "--description",
            "D",
            "--url",
            "https://ci/1",
        ],
        vec![
            "-p",
            "wxbot",
            "wecom",
            "news",
            "--title",
            "T",
            "--url",
            "https://ci/1",
        ],
        vec!["-p", "wx", "wecom", "upload", png],
        vec!["-p", "wxbot", "wecom", "upload", txt],
        vec![
            "send", "-p", "ops", "-p", "crm", "-p", "wx", "-p", "wxbot", "to all",
        ],
        vec![
            "run", "-p", "ops", "-p", "crm", "-p", "wx", "-p", "wxbot", "--when", "always", "--",
            "echo", "done",
        ],
        vec!["config", "check", "--online"],
        vec!["config", "check", "--online", "--json"],
        vec!["config", "show"],
        vec!["config", "path"],
        vec!["--outbox", "outbox", "list", "--json"],
        vec!["outbox", "flush"],
        vec!["outbox", "drop", "--all"],
        vec![
            "-c",
            new_config,
            "config",
            "init",
            "--provider",
            "youdu,fxiaoke,wecom",
        ],
        vec!["completions", "bash"],
        vec!["man"],
        // The sandbox's own secrets are public; the profiles' must not show.
        vec!["sandbox", "--", "corpmsg", "youdu", "text", "hello"],
    ];

    // Every command is here: the leaf whose words start the arguments (after global options).
    let leaves = leaf_commands();
    let covered: BTreeSet<&String> = runs
        .iter()
        .filter_map(|args| {
            let start = args
                .iter()
                .position(|a| leaves.iter().any(|l| l.starts_with(*a)))?;
            let words = args[start..].join(" ");
            leaves
                .iter()
                .find(|leaf| words == **leaf || words.starts_with(&format!("{leaf} ")))
        })
        .collect();
    let missing: Vec<&String> = leaves.iter().filter(|l| !covered.contains(l)).collect();
    assert!(missing.is_empty(), "commands not run: {missing:?}");

    // Fxiaoke's legacy auth puts the token in the body, and in the query of uploads.
    let legacy_env = Env::new();
    let legacy = Fx::start(Auth::Legacy);
    legacy_env.write_config(&legacy.config("to_user = [\"FSUID_AAA1\"]"));
    let legacy_runs: Vec<Vec<&str>> = vec![
        vec!["fxiaoke", "text", "-u", "FSUID_AAA1", "hello"],
        vec![
            "fxiaoke",
            "articles",
            "-u",
            "FSUID_AAA1",
            "--title",
            "T",
            "--cover",
            png,
            "--content",
            "x",
        ],
        vec!["fxiaoke", "upload", png],
        vec!["config", "check", "--online"],
    ];
    let mut outputs = Vec::new();
    for (env, args) in runs
        .iter()
        .map(|a| (&env, a))
        .chain(legacy_runs.iter().map(|a| (&legacy_env, a)))
    {
        let out = env.cmd().arg("-vv").args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        outputs.push((args, format!("{}{}", stdout(&out), stderr(&out))));
    }
    let mut secrets: Vec<String> = vec![
        KEY.into(),
        KEY[..43].into(),
        KEY[..24].into(),
        SECRET.into(),
        CODE.into(),
        YD_TOKEN.into(),
        wx_support::SECRET.into(),
        wx_support::ROBOT_KEY.into(),
    ];
    let wx_tokens = wx.issued_tokens();
    assert!(!wx_tokens.is_empty());
    secrets.extend(wx_tokens);
    for emulator in [&fx, &legacy] {
        let issued = emulator.issued_tokens();
        assert!(!issued.is_empty());
        secrets.extend(issued);
    }
    for (args, all) in &outputs {
        for secret in &secrets {
            assert!(
                !all.contains(secret.as_str()),
                "{args:?} printed {secret}:\n{all}"
            );
        }
    }
    // -vv did show the requests, with the token masked.
    let youdu_text = &outputs[0].1;
    assert!(youdu_text.contains("accessToken=***"), "{youdu_text}");
    let all: String = outputs.iter().map(|(_, o)| o.as_str()).collect();
    assert!(all.contains("access_token=***") && all.contains("key=***"));
    wx.assert_none_rejected();
}

#[test]
fn run_masks_the_profiles_secrets_in_what_it_sends_but_passes_them_through() {
    let env = Env::new();
    let yd = Youdu::start();
    let fx = Fx::start(Auth::Oauth);
    let _token = yd.token(YD_TOKEN);
    let (_send, received) = yd.send_ok(YD_TOKEN);
    env.write_config(&format!(
        "{}\n{}",
        yd.config("to_user = [\"alice\"]"),
        fx.config("to_user = [\"FSUID_AAA1\"]")
    ));
    // A step that prints its environment: the key in both forms, the secret, the code.
    let script = format!(
        "echo AES_KEY={KEY}; echo bare {}; echo app_secret={SECRET} >&2; echo code:{CODE}; exit 1",
        &KEY[..43]
    );
    let out = env
        .cmd()
        .args(["run", "-p", "ops", "-p", "crm", "--", "sh", "-c", &script])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    // Passed through as printed.
    assert_eq!(
        stdout(&out),
        format!("AES_KEY={KEY}\nbare {}\ncode:{CODE}\n", &KEY[..43])
    );
    assert_eq!(stderr(&out), format!("app_secret={SECRET}\n"));
    // Sent masked: the Youdu text as the emulator decrypted it, and the Fxiaoke text.
    let youdu: Vec<String> = received
        .lock()
        .unwrap()
        .iter()
        .map(|m| m["text"]["content"].as_str().unwrap().to_string())
        .collect();
    let fxiaoke: Vec<String> = fx
        .seen_at(fx_support::SEND)
        .iter()
        .map(|s| s.body["text"]["content"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        (youdu.len(), fxiaoke.len()),
        (1, 1),
        "{youdu:?} {fxiaoke:?}"
    );
    for text in youdu.iter().chain(&fxiaoke) {
        for secret in [KEY, &KEY[..43], &KEY[..24], SECRET, CODE] {
            assert!(!text.contains(secret), "{secret} sent in {text}");
        }
        // The command line and each line of output (stdout and stderr lines may interleave).
        for masked in [
            "\ncommand: sh -c 'echo AES_KEY=***; echo bare ***; echo app_secret=*** >&2; echo code:***; exit 1'\n",
            "\nAES_KEY=***\n",
            "\nbare ***\n",
            "\napp_secret=***",
            "\ncode:***",
        ] {
            assert!(text.contains(masked), "no {masked:?} in {text}");
        }
    }
}
