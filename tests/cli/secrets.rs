//! No secret in any output: every command (the test fails if a command is missing from its
//! list) runs with `-vv` against both emulators (Fxiaoke's sending commands in both auth styles), and neither the keys and secrets of the config
//! nor any token the servers issued may appear on stdout or stderr.

use std::collections::BTreeSet;

use clap::CommandFactory;

use crate::fx_support::{Auth, CODE, Fx, SECRET};
use crate::support::{Env, KEY, Youdu, stderr, stdout};

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
    walk(&corpmsg::cmd::Cli::command(), "", &mut out);
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
    env.write_config(&format!(
        "{}\n{}",
        yd.config("to_user = [\"alice\"]"),
        fx.config("to_user = [\"FSUID_AAA1\"]")
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
        vec!["send", "-p", "ops", "-p", "crm", "to both"],
        vec![
            "run", "-p", "ops", "-p", "crm", "--when", "always", "--", "echo", "done",
        ],
        vec!["config", "check", "--online"],
        vec!["config", "check", "--online", "--json"],
        vec!["config", "show"],
        vec!["config", "path"],
        vec![
            "-c",
            new_config,
            "config",
            "init",
            "--provider",
            "youdu,fxiaoke",
        ],
        vec!["completions", "bash"],
        vec!["man"],
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
    ];
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
}
