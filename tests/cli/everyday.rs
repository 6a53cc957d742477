//! `send` (fan-out), `run` (the command wrapper) and `config init | check | show | path`,
//! against the Youdu and Fxiaoke emulators.

use serde_json::{Value, json};

use crate::fx_support::{self, Auth, Fx};
use crate::support::*;

/// A config with a Youdu profile `ops` (to_user alice) and a Fxiaoke profile `crm`
/// (to_user FSUID_1), for two fresh emulators.
fn both() -> (Env, Youdu, Fx) {
    let env = Env::new();
    let yd = Youdu::start();
    let fx = Fx::start(Auth::Oauth);
    env.write_config(&format!(
        "{}{}",
        yd.config("to_user = [\"alice\"]"),
        fx.config("to_user = [\"FSUID_1\"]")
    ));
    (env, yd, fx)
}

fn fx_texts(fx: &Fx) -> Vec<String> {
    fx.seen_at(fx_support::SEND)
        .into_iter()
        .map(|s| s.body["text"]["content"].as_str().unwrap().to_string())
        .collect()
}

fn yd_texts(received: &Received) -> Vec<String> {
    received
        .lock()
        .unwrap()
        .iter()
        .map(|m| m["text"]["content"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn send_fans_out_to_both_providers_silently() {
    let (env, yd, fx) = both();
    let _t = yd.token("t");
    let (send, received) = yd.send_ok("t");
    let out = env
        .cmd()
        .args(["send", "-p", "ops", "-p", "crm"])
        .write_stdin("Deploy finished\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stdout.is_empty() && out.stderr.is_empty());
    send.assert_calls(1);
    assert_eq!(received.lock().unwrap()[0]["toUser"], "alice");
    assert_eq!(yd_texts(&received), ["Deploy finished"]);
    assert_eq!(fx_texts(&fx), ["Deploy finished"]);
    fx.assert_none_rejected();
}

#[test]
fn one_profile_failing_does_not_stop_the_other_and_is_exit_7() {
    let (env, yd, fx) = both();
    let _t = yd.token("t");
    let (_, received) = yd.send_ok("t");
    fx.answer(
        fx_support::SEND,
        [json!({"errorCode": 20014, "errorMessage": "no permission"})],
    );
    // The failing profile comes first: the second is still notified.
    let out = env
        .cmd()
        .args(["send", "--json", "-p", "crm", "-p", "ops", "-u", "FSUID_9"])
        .arg("disk full")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(7), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("error: profile `crm` (fxiaoke): "), "{err}");
    assert!(
        err.contains("error: 1 of 2 profiles notified; failed: crm"),
        "{err}"
    );
    // -u replaced both profiles' defaults.
    assert_eq!(received.lock().unwrap()[0]["toUser"], "FSUID_9");
    let results = json_lines(&stdout(&out));
    let summary: Vec<(&str, bool)> = results
        .iter()
        .map(|r| (r["profile"].as_str().unwrap(), r["ok"].as_bool().unwrap()))
        .collect();
    assert_eq!(summary, [("crm", false), ("ops", true)]);
}

#[test]
fn when_every_profile_fails_the_exit_code_is_their_class() {
    let env = Env::new();
    let yd = Youdu::start();
    let dead = "http://127.0.0.1:1";
    env.write_config(&format!(
        "{}{}",
        yd.config("to_user = [\"alice\"]").replace(&yd.url(), dead),
        "[profiles.crm]\nprovider = \"fxiaoke\"\nurl = \"http://127.0.0.1:1\"\napp_id = \"FSAID_1\"\napp_secret = \"s3cr3t-value\"\npermanent_code = \"c0de-value\"\nuser_id = \"1000\"\nto_user = [\"FSUID_1\"]\n"
    ));
    let out = env
        .cmd()
        .args(["--retries", "0", "send", "-p", "ops", "-p", "crm", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    assert!(stderr(&out).contains("0 of 2 profiles notified; failed: ops, crm"));
}

#[test]
fn send_uses_the_default_profile_and_lists_the_choices_without_one() {
    let (env, yd, fx) = both();
    let out = env.cmd().args(["send", "-n", "x"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(
        stderr(&out).contains("several profiles (crm, ops); name them with -p"),
        "{}",
        stderr(&out)
    );
    env.write_config(&format!(
        "default_profile = \"crm\"\n{}{}",
        yd.config(""),
        fx.config("to_user = [\"FSUID_1\"]")
    ));
    let out = env.cmd().args(["send", "-n", "x"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let lines = json_lines(&stdout(&out));
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["provider"], "fxiaoke");
    // An unknown name is that profile's error: the others are still notified (exit 7).
    let out = env
        .cmd()
        .args(["send", "-p", "crm", "-p", "nope", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(7), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("error: ")
            && stderr(&out).contains("has no profile `nope` (have: crm, ops)")
    );
    assert_eq!(fx_texts(&fx), ["x"]);
    // Alone, it is exit 3 with the one error.
    let out = env
        .cmd()
        .args(["send", "-p", "nope", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
}

/// `send` and `run` to a valid profile beside a missing one and a broken one: the valid one is
/// notified, each bad one is one `error:` line naming it, the exit code is 7 (for `run`, the
/// command's own status when it failed).
#[test]
fn one_bad_profile_never_silences_the_others() {
    let (env, yd, fx) = both();
    let _t = yd.token("t");
    let (_, received) = yd.send_ok("t");
    let config = std::fs::read_to_string(env.config_path()).unwrap();
    env.write_config(&config.replace(
        "provider = \"fxiaoke\"",
        "provider = \"fxiaoke\"\napp_secrt = 1",
    ));
    let bad_lines = |err: &str| {
        let missing: Vec<&str> = err
            .lines()
            .filter(|l| l.starts_with("error: ") && l.contains("has no profile `crmm`"))
            .collect();
        let broken: Vec<&str> = err
            .lines()
            .filter(|l| {
                l.starts_with("error: ") && l.contains("profile `crm`: `app_secrt` unknown field")
            })
            .collect();
        assert_eq!((missing.len(), broken.len()), (1, 1), "{err}");
    };
    let out = env
        .cmd()
        .args(["send", "-p", "ops", "-p", "crmm", "-p", "crm", "disk full"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(7), "{}", stderr(&out));
    bad_lines(&stderr(&out));
    assert!(
        stderr(&out).contains("error: 1 of 3 profiles notified; failed: crmm, crm"),
        "{}",
        stderr(&out)
    );
    assert_eq!(yd_texts(&received), ["disk full"]);

    let out = env
        .cmd()
        .args(["run", "-p", "ops", "-p", "crmm", "-p", "crm", "--"])
        .args(["sh", "-c", "echo boom; exit 4"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(4),
        "the command's own status: {}",
        stderr(&out)
    );
    let err = stderr(&out);
    bad_lines(&err);
    assert!(!err.contains("nobody will be notified"), "{err}");
    assert!(err.contains("; it will not be notified"), "{err}");
    let texts = yd_texts(&received);
    assert_eq!(texts.len(), 2, "{texts:?}");
    assert!(texts[1].contains("\nboom"), "{texts:?}");

    // The command succeeded: some notified, some not is exit 7.
    let out = env
        .cmd()
        .args(["run", "--when", "always", "-p", "ops", "-p", "crmm", "--"])
        .args(["sh", "-c", "exit 0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(7), "{}", stderr(&out));
    assert_eq!(yd_texts(&received).len(), 3);
    assert!(fx.seen().is_empty());
}

#[test]
fn send_needs_no_file_when_the_environment_makes_the_profiles() {
    let env = Env::new();
    let out = env
        .cmd()
        .env("CORPMSG_YOUDU_URL", "http://youdu.invalid:7080")
        .env("CORPMSG_YOUDU_BUIN", "1")
        .env("CORPMSG_YOUDU_APP_ID", APP)
        .env("CORPMSG_FXIAOKE_APP_ID", "FSAID_1")
        .env("CORPMSG_FXIAOKE_AUTH", "legacy")
        .args(["send", "-n", "-u", "FSUID_1", "hi"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let providers: Vec<Value> = json_lines(&stdout(&out))
        .iter()
        .map(|l| l["provider"].clone())
        .collect();
    assert_eq!(providers, [json!("youdu"), json!("fxiaoke")]);
}

#[test]
fn provider_commands_take_one_profile() {
    let (env, _yd, _fx) = both();
    let out = env
        .cmd()
        .args(["youdu", "text", "-p", "ops", "-p", "crm", "-n", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--profile is given 2 times"));
}

// ---- run ----

/// A config with one Youdu profile `ops` (to_user alice) for a fresh emulator.
fn ops() -> (Env, Youdu) {
    let (env, yd) = youdu_env();
    env.write_config(&yd.config("to_user = [\"alice\"]"));
    (env, yd)
}

/// The one text the Youdu emulator received.
fn only_text(received: &Received) -> String {
    let texts = yd_texts(received);
    assert_eq!(texts.len(), 1, "{texts:?}");
    texts.into_iter().next().unwrap()
}

#[test]
fn run_passes_a_failure_through_and_notifies_with_the_tail() {
    let (env, yd) = ops();
    let _t = yd.token("t");
    let (_, received) = yd.send_ok("t");
    let out = env
        .cmd()
        .args(["run", "--", "sh", "-c", "echo one; echo two >&2; exit 3"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert_eq!(stdout(&out), "one\n");
    assert_eq!(stderr(&out), "two\n", "only the command's own output");
    let text = only_text(&received);
    assert!(text.starts_with("sh failed on "), "{text}");
    assert!(
        text.contains("\ncommand: sh -c 'echo one; echo two >&2; exit 3'\n"),
        "{text}"
    );
    assert!(text.contains("\nresult: exit status 3\n"), "{text}");
    assert!(text.contains("\nlast 2 line(s) of output:\n"), "{text}");
    assert!(text.contains("\none") && text.contains("\ntwo"), "{text}");
}

#[test]
fn run_is_silent_when_the_command_succeeds_unless_always() {
    let (env, yd) = ops();
    let _t = yd.token("t");
    let (send, received) = yd.send_ok("t");
    let out = env
        .cmd()
        .args(["run", "--", "sh", "-c", "echo fine"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout(&out), "fine\n");
    send.assert_calls(0);
    let out = env
        .cmd()
        .args(["run", "--when", "always", "--title", "Nightly ETL", "--"])
        .args(["sh", "-c", "echo fine"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = only_text(&received);
    assert!(text.starts_with("Nightly ETL\n"), "{text}");
    assert!(text.contains("result: exit status 0"), "{text}");
}

#[test]
fn run_keeps_a_bounded_tail_of_a_hundred_thousand_lines() {
    let (env, yd) = ops();
    let _t = yd.token("t");
    let (_, received) = yd.send_ok("t");
    // 100000 lines of 200 bytes (20 MB); then the command reports corpmsg's peak memory.
    let script = r#"awk 'BEGIN { for (i = 1; i <= 100000; i++) printf "%06d %0193d\n", i, 0 }'
        grep VmHWM /proc/$PPID/status >&2 || true
        exit 1"#;
    let out = env
        .cmd()
        .args(["run", "--tail", "3", "--", "sh", "-c", script])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(out.stdout.len(), 100_000 * 201, "every byte passed through");
    assert!(stdout(&out).ends_with(&format!("100000 {}\n", "0".repeat(193))));
    let err = stderr(&out);
    if let Some(kib) = err.split_whitespace().skip_while(|w| *w != "VmHWM:").nth(1) {
        let kib: u64 = kib.parse().unwrap();
        // About 13 MiB for a debug build here; keeping all 20 MB would pass 32.
        assert!(kib < 24 * 1024, "corpmsg peaked at {kib} KiB");
    }
    let text = only_text(&received);
    assert!(text.chars().count() <= 600);
    // The tail is the last lines (the VmHWM line from stderr among them), cut from the front.
    assert!(text.contains("100000 000"), "{text}");
    assert!(!text.contains("099998 "), "{text}");
}

#[test]
fn a_command_killed_by_a_signal_exits_128_plus_the_signal() {
    let (env, yd) = ops();
    let _t = yd.token("t");
    let (_, received) = yd.send_ok("t");
    let out = env
        .cmd()
        .args(["run", "--", "sh", "-c", "echo bye; kill -TERM $$"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(143), "{}", stderr(&out));
    let text = only_text(&received);
    assert!(
        text.contains("result: killed by signal 15 (SIGTERM)"),
        "{text}"
    );
}

#[test]
fn a_command_that_cannot_start_is_exit_127_after_notifying() {
    let (env, yd) = ops();
    let _t = yd.token("t");
    let (_, received) = yd.send_ok("t");
    let out = env
        .cmd()
        .args(["run", "--", "/nonexistent/backup.sh", "--full"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(127));
    assert!(stderr(&out).contains("error: cannot run /nonexistent/backup.sh --full: "));
    let text = only_text(&received);
    assert!(
        text.starts_with("backup.sh could not be started on "),
        "{text}"
    );
    assert!(text.contains("result: not started: "), "{text}");
}

#[test]
fn a_profile_problem_is_reported_before_the_command_which_runs_anyway() {
    let (env, yd) = ops();
    let marker = env.dir.path().join("ran");
    let touch = format!("touch {}", marker.display());
    let out = env
        .cmd()
        .args(["run", "-p", "nope", "--", "sh", "-c", &touch])
        .output()
        .unwrap();
    assert!(marker.exists(), "the command did not run");
    assert_eq!(
        out.status.code(),
        Some(3),
        "the command succeeded: the config's code"
    );
    assert!(
        stderr(&out).contains("has no profile `nope` (have: ops); it will not be notified"),
        "{}",
        stderr(&out)
    );
    // A secret that cannot be read is found before the command starts.
    std::fs::remove_file(&marker).unwrap();
    env.write_config(&yd.config("to_user = [\"alice\"]").replace(
        &format!("aes_key = \"{KEY}\""),
        "aes_key_env = \"UNSET_KEY\"",
    ));
    let out = env
        .cmd()
        .args(["run", "--", "sh", "-c", &format!("{touch}; exit 5")])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5), "the command's own status");
    assert!(marker.exists(), "the command did not run");
    let err = stderr(&out);
    assert!(err.starts_with("error: profile `ops` (youdu): "), "{err}");
    assert!(
        err.contains("UNSET_KEY, which is not set; it will not be notified"),
        "{err}"
    );
}

#[test]
fn a_broken_profile_that_is_not_used_stops_nothing() {
    let (env, yd, _fx) = both();
    let _t = yd.token("t");
    let (_, received) = yd.send_ok("t");
    let config = std::fs::read_to_string(env.config_path()).unwrap();
    env.write_config(&config.replace(
        "provider = \"fxiaoke\"",
        "provider = \"fxiaoke\"\ntypo_key = 1",
    ));
    let out = env
        .cmd()
        .args(["run", "-p", "ops", "--", "sh", "-c", "exit 1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
    assert!(only_text(&received).contains("exit status 1"));
}

#[test]
fn run_stops_reading_when_its_reader_goes_away() {
    let (env, _yd) = ops();
    let mut child = env
        .std_cmd()
        .args(["-n", "run", "--", "yes"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut first = [0u8; 4];
    std::io::Read::read_exact(child.stdout.as_mut().unwrap(), &mut first).unwrap();
    assert_eq!(&first, b"y\ny\n");
    drop(child.stdout.take());
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if std::time::Instant::now() > deadline {
            child.kill().unwrap();
            panic!("corpmsg run kept reading after its stdout was closed");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    // `yes` ended by SIGPIPE, as in `yes | head -1`.
    assert_eq!(status.code(), Some(141));
}

#[test]
fn output_held_open_by_a_background_process_is_not_waited_for() {
    let (env, yd) = ops();
    let _t = yd.token("t");
    let (_, received) = yd.send_ok("t");
    let out = env
        .cmd()
        .args([
            "run",
            "--",
            "sh",
            "-c",
            "echo out; printf 'fatal: no newline'; sleep 5 & exit 3",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("still holds its output open"),
        "{}",
        stderr(&out)
    );
    let text = only_text(&received);
    assert!(text.ends_with("\nout\nfatal: no newline"), "{text}");
}

#[test]
fn a_failed_notification_gives_its_code_only_when_the_command_succeeded() {
    let (env, yd) = youdu_env();
    env.write_config(
        &yd.config("to_user = [\"alice\"]")
            .replace(&yd.url(), "http://127.0.0.1:1"),
    );
    let run = |script: &str| {
        env.cmd()
            .args(["--retries", "0", "run", "--when", "always", "--"])
            .args(["sh", "-c", script])
            .output()
            .unwrap()
    };
    let out = run("exit 0");
    assert_eq!(out.status.code(), Some(6));
    assert!(
        stderr(&out).contains("error: could not notify: "),
        "{}",
        stderr(&out)
    );
    let out = run("exit 4");
    assert_eq!(out.status.code(), Some(4), "the command's own status");
}

#[test]
fn run_fits_each_providers_limit() {
    let (env, yd, fx) = both();
    let _t = yd.token("t");
    let (_, received) = yd.send_ok("t");
    let out = env
        .cmd()
        .args(["run", "-p", "ops", "-p", "crm", "--tail", "200", "--"])
        .args([
            "sh",
            "-c",
            "for i in $(seq 1 200); do echo \"line $i of the log\"; done; exit 2",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let youdu = only_text(&received);
    let fxiaoke = fx_texts(&fx).pop().unwrap();
    assert!(youdu.chars().count() <= 600 && youdu.chars().count() > 550);
    assert!(fxiaoke.chars().count() <= 4000 && fxiaoke.chars().count() > 3900);
    for text in [&youdu, &fxiaoke] {
        assert!(text.ends_with("\nline 200 of the log"), "{text}");
        assert!(!text.contains("\nline 1 of the log"), "{text}");
    }
}

// ---- config ----

#[test]
fn config_init_writes_a_private_starter_and_never_overwrites() {
    let env = Env::new();
    let path = env.config_path();
    let out = env
        .cmd()
        .args(["config", "init", "--provider", "youdu,fxiaoke"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains(&format!("wrote {}", path.display())));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    let text = std::fs::read_to_string(&path).unwrap();
    let parsed: toml::Table = toml::from_str(&text).unwrap();
    let profiles = parsed["profiles"].as_table().unwrap();
    assert_eq!(profiles["youdu"]["provider"].as_str(), Some("youdu"));
    assert_eq!(profiles["fxiaoke"]["provider"].as_str(), Some("fxiaoke"));
    // Not usable until filled in: check says which value is missing.
    let out = env.cmd().args(["config", "check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(
        stdout(&out).contains("youdu (youdu): error: `buin`")
            || stdout(&out).contains("youdu: error: `buin`"),
        "{}",
        stdout(&out)
    );

    std::fs::write(&path, "# mine\n").unwrap();
    let out = env
        .cmd()
        .args(["config", "init", "--provider", "youdu"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("exists; not overwritten (add --force"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "# mine\n");
    let out = env
        .cmd()
        .args([
            "-p",
            "alerts",
            "config",
            "init",
            "--provider",
            "youdu",
            "--force",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("[profiles.alerts]")
    );
}

#[test]
fn config_check_reports_every_profile_offline_and_online() {
    let (env, yd, fx) = both();
    let _t = yd.token("t");
    let out = env.cmd().args(["config", "check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), "crm (fxiaoke): ok\nops (youdu): ok\n");
    let out = env
        .cmd()
        .args(["config", "check", "--online"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "crm (fxiaoke): ok, token fetched\nops (youdu): ok, token fetched\n"
    );
    assert_eq!(fx.seen_at(fx_support::TOKEN).len(), 1);

    fx.answer(
        fx_support::TOKEN,
        [json!({"errorCode": 20006, "errorMessage": "bad secret"})],
    );
    let out = env
        .cmd()
        .args(["config", "check", "--online", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    let results = json_lines(&stdout(&out));
    assert_eq!(results[0]["profile"], "crm");
    assert_eq!(results[0]["ok"], false);
    assert_eq!(results[0]["token"], false);
    assert_eq!(results[1]["ok"], true);
    assert!(stderr(&out).contains("1 of 2 profiles not usable: crm"));

    // One broken profile does not hide the others' results.
    env.write_config(&format!(
        "{}{}",
        yd.config("to_user = [\"alice\"]"),
        fx.config("app_secret_env = \"NOT_SET\"")
            .replace(&format!("app_secret = \"{}\"\n", fx_support::SECRET), "")
    ));
    let out = env.cmd().args(["config", "check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(
        stdout(&out),
        "crm (fxiaoke): error: `app_secret_env` names the environment variable NOT_SET, which is not set\nops (youdu): ok\n"
    );
}

#[test]
fn config_show_masks_every_secret_and_names_overrides() {
    let (env, _yd, _fx) = both();
    let out = env
        .cmd()
        .env("CORPMSG_YOUDU_URL", "http://youdu.lan:7080")
        .args(["config", "show"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    for secret in [KEY, fx_support::SECRET, fx_support::CODE] {
        assert!(!text.contains(secret), "{secret} in {text}");
    }
    assert!(text.contains("aes_key = \"***\""), "{text}");
    assert!(text.contains("app_secret = \"***\""), "{text}");
    assert!(
        text.contains("url = \"http://youdu.lan:7080\"  # from CORPMSG_YOUDU_URL"),
        "{text}"
    );
    // What it prints is a config corpmsg reads (secrets aside).
    let parsed: toml::Table = toml::from_str(&text).unwrap();
    assert_eq!(parsed["profiles"]["ops"]["buin"].as_integer(), Some(BUIN));
}

#[test]
fn config_path_prints_the_file_in_use() {
    let env = Env::new();
    let out = env.cmd().args(["config", "path"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout(&out), format!("{}\n", env.config_path().display()));
    assert!(stderr(&out).contains("does not exist yet"));
    let out = env
        .cmd()
        .env("CORPMSG_CONFIG", "/etc/corpmsg.toml")
        .args(["config", "path"])
        .output()
        .unwrap();
    assert_eq!(stdout(&out), "/etc/corpmsg.toml\n");
}

#[test]
fn no_secret_or_token_in_any_output_of_the_new_commands() {
    let (env, yd, fx) = both();
    let _t = yd.token("tok-youdu-0123456789");
    let (_, _) = yd.send_ok("tok-youdu-0123456789");
    let runs: [&[&str]; 5] = [
        &["-vv", "send", "-p", "ops", "-p", "crm", "x"],
        &[
            "-vv", "--json", "run", "-p", "ops", "-p", "crm", "--", "sh", "-c", "exit 1",
        ],
        &["-vv", "config", "check", "--online"],
        &["-vv", "config", "show"],
        &["-vv", "--json", "config", "check"],
    ];
    for args in runs {
        let out = env.cmd().args(args).output().unwrap();
        let all = format!("{}{}", stdout(&out), stderr(&out));
        for secret in [
            KEY,
            fx_support::SECRET,
            fx_support::CODE,
            "tok-youdu-0123456789",
        ] {
            assert!(!all.contains(secret), "{args:?} printed {secret}:\n{all}");
        }
        assert!(
            !fx.issued_tokens().iter().any(|t| all.contains(t.as_str())),
            "{args:?} printed a Fxiaoke token"
        );
    }
}

#[test]
fn config_check_warns_about_the_fxiaoke_web_site_and_example_hosts() {
    let env = Env::new();
    env.write_config(&format!(
        "{}[profiles.ops]\nprovider = \"youdu\"\nurl = \"http://youdu.example.com:7080\"\nbuin = 1\napp_id = \"{APP}\"\naes_key = \"{KEY}\"\n",
        Fx::start(Auth::Legacy)
            .config("")
            .replace("url = \"http://127.0.0.1", "url = \"https://www.fxiaoke.com\"\n# was \"http://127.0.0.1"),
    ));
    let out = env.cmd().args(["config", "check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("crm (fxiaoke): ok; warning: profile `crm`: url https://www.fxiaoke.com is the Fxiaoke web site"), "{text}");
    assert!(
        text.contains(
            "ops (youdu): ok; warning: url http://youdu.example.com:7080 is an example host"
        ),
        "{text}"
    );
}

#[test]
fn send_checks_every_message_before_sending_any() {
    let (env, yd, fx) = both();
    let _t = yd.token("t");
    let (send, _) = yd.send_ok("t");
    // `alice` is a Youdu account but not a Fxiaoke open id: that profile's error, as for
    // `run`; Youdu is notified (exit 7).
    let out = env
        .cmd()
        .args(["send", "-p", "ops", "-p", "crm", "-u", "alice", "hi"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(7), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("error: profile `crm` (fxiaoke): "),
        "{}",
        stderr(&out)
    );
    send.assert_calls(1);
    assert!(fx.seen().is_empty());
    let out = env
        .cmd()
        .args([
            "run", "-p", "ops", "-p", "crm", "-u", "alice", "--", "false",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("error: profile `crm` (fxiaoke): "));
    send.assert_calls(2);
    assert!(fx.seen().is_empty());
    // Over Youdu's 600 characters with --on-long fail: nothing to anyone.
    let out = env
        .cmd()
        .args(["send", "-p", "crm", "-p", "ops", "--on-long", "fail"])
        .arg("x".repeat(700))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(fx.seen().is_empty());
}

#[test]
fn config_init_writes_each_provider_once() {
    let env = Env::new();
    let out = env
        .cmd()
        .args(["config", "init", "--provider", "youdu,fxiaoke,youdu"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = std::fs::read_to_string(env.config_path()).unwrap();
    assert!(toml::from_str::<toml::Table>(&text).is_ok(), "{text}");
}

#[test]
fn a_secret_of_the_wrong_type_is_not_echoed() {
    let (env, _yd, _fx) = both();
    let config = std::fs::read_to_string(env.config_path()).unwrap();
    env.write_config(&config.replace(
        &format!("permanent_code = \"{}\"", fx_support::CODE),
        "permanent_code = 31415926535",
    ));
    for args in [
        &["config", "check"][..],
        &["config", "show"],
        &["send", "-p", "crm", "x"],
    ] {
        let out = env.cmd().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(3), "{args:?}");
        let all = format!("{}{}", stdout(&out), stderr(&out));
        assert!(!all.contains("31415926535"), "{args:?}: {all}");
        assert!(
            all.contains("`permanent_code` must be a string"),
            "{args:?}: {all}"
        );
    }
}

#[test]
fn config_check_and_show_take_the_named_profiles() {
    let (env, _yd, _fx) = both();
    let out = env
        .cmd()
        .args(["-p", "ops", "config", "check"])
        .output()
        .unwrap();
    assert_eq!(stdout(&out), "ops (youdu): ok\n");
    let out = env
        .cmd()
        .args(["-p", "crm", "config", "show"])
        .output()
        .unwrap();
    assert!(stdout(&out).contains("[profiles.crm]") && !stdout(&out).contains("[profiles.ops]"));
    let out = env
        .cmd()
        .args(["-p", "nope", "config", "check"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
}
