//! Config resolution through the binary: profile choice, secrets, environment, errors.

use serde_json::Value;

use crate::support::*;

fn dry_run_users(env: &Env, extra: &[&str]) -> std::process::Output {
    env.cmd()
        .args(["youdu", "text", "-n"])
        .args(extra)
        .arg("hello")
        .output()
        .unwrap()
}

fn first_payload(out: &std::process::Output) -> Value {
    let line = stdout(out);
    let v: Value = serde_json::from_str(line.lines().next().unwrap()).unwrap();
    v["payload"].clone()
}

#[test]
fn profile_defaults_are_the_recipients_when_no_flag_is_given() {
    let env = Env::new();
    env.write_config(&format!(
        "default_profile = \"b\"\n\
         [profiles.a]\nprovider = \"youdu\"\nurl = \"http://a:7080\"\nbuin = 1\napp_id = \"x\"\naes_key = \"{KEY}\"\nto_user = [\"from-a\"]\n\
         [profiles.b]\nprovider = \"youdu\"\nurl = \"http://b:7080\"\nbuin = 1\napp_id = \"x\"\naes_key = \"{KEY}\"\nto_user = [\"from-b\", \"from-b\"]\nto_dept = [0, \"7\"]\n"
    ));
    let out = dry_run_users(&env, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(first_payload(&out)["toUser"], "from-b");
    assert_eq!(first_payload(&out)["toDept"], "0|7");
    let out = dry_run_users(&env, &["-p", "a"]);
    assert_eq!(first_payload(&out)["toUser"], "from-a");
    let out = dry_run_users(&env, &["-p", "a", "-u", "flag"]);
    assert_eq!(first_payload(&out)["toUser"], "flag");
}

#[test]
fn several_profiles_without_a_default_is_exit_3_listing_them() {
    let env = Env::new();
    let p = |n: &str| {
        format!(
            "[profiles.{n}]\nprovider = \"youdu\"\nurl = \"http://h\"\nbuin = 1\napp_id = \"x\"\naes_key = \"{KEY}\"\n"
        )
    };
    env.write_config(&format!("{}{}", p("one"), p("two")));
    let out = dry_run_users(&env, &["-u", "a"]);
    assert_eq!(out.status.code(), Some(3));
    assert!(
        stderr(&out).contains("several youdu profiles (one, two)"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_profile_of_another_provider_is_exit_3() {
    let env = Env::new();
    env.write_config(
        "[profiles.crm]\nprovider = \"fxiaoke\"\napp_id = \"FSAID_1\"\nuser_id = \"1000\"\napp_secret_env = \"S\"\npermanent_code = \"p\"\n",
    );
    let out = dry_run_users(&env, &["-p", "crm", "-u", "a"]);
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr(&out).contains("profile `crm`"));
    assert!(stderr(&out).contains("is a fxiaoke profile"));
}

#[test]
fn config_errors_name_file_profile_and_key() {
    let env = Env::new();
    let path = env.config_path().display().to_string();
    let cases = [
        (
            format!("[profiles.ops]\nprovider = \"youdu\"\nurl = \"http://h\"\nbuin = 1\napp_id = \"x\"\naes_key = \"{KEY}\"\naes_kee = 1\n"),
            "profile `ops`: `aes_kee` unknown field",
        ),
        (
            "[profiles.ops]\nprovider = \"youdu\"\nurl = \"http://h\"\napp_id = \"x\"\naes_key = \"k\"\n".to_string(),
            "profile `ops`: `buin` is missing",
        ),
        (
            format!("[profiles.ops]\nprovider = \"youdu\"\nurl = \"ftp://h\"\nbuin = 1\napp_id = \"x\"\naes_key = \"{KEY}\"\n"),
            "profile `ops`: `url` is \"ftp://h\"",
        ),
        (
            format!("[profiles.ops]\nprovider = \"youdu\"\nurl = \"http://h\"\nbuin = \"1\"\napp_id = \"x\"\naes_key = \"{KEY}\"\n"),
            "profile `ops`: `buin`",
        ),
        (
            "[profiles.ops\nprovider = 1".to_string(),
            ":1:",
        ),
    ];
    for (text, want) in cases {
        env.write_config(&text);
        let out = dry_run_users(&env, &["-u", "a"]);
        assert_eq!(out.status.code(), Some(3), "{text}");
        let err = stderr(&out);
        assert!(err.starts_with(&format!("error: {path}")), "{err}");
        assert!(err.contains(want), "want {want:?} in {err}");
    }
}

#[test]
fn a_key_that_is_not_32_bytes_is_exit_3_and_not_echoed() {
    let env = Env::new();
    let yd = Youdu::start();
    let bad = "c2hvcnRrZXlzaG9ydGtleQ==";
    env.write_config(&yd.config("").replace(KEY, bad));
    let out = env
        .cmd()
        .args(["youdu", "text", "-u", "a", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let err = stderr(&out);
    assert!(
        err.contains("profile `ops`: `aes_key` decodes to 16 bytes"),
        "{err}"
    );
    assert!(!err.contains(bad));
}

#[test]
fn secrets_come_from_variables_and_files() {
    let env = Env::new();
    let yd = Youdu::start();
    let _t = yd.token("t");
    let (send, _) = yd.send_ok("t");
    let key_file = env.config_path().with_file_name("aes.key");
    std::fs::create_dir_all(key_file.parent().unwrap()).unwrap();
    std::fs::write(&key_file, format!("{}\n", &KEY[..43])).unwrap();
    env.write_config(&yd.config("").replace(
        &format!("aes_key = \"{KEY}\""),
        "aes_key_file = \"aes.key\"",
    ));
    env.cmd()
        .args(["youdu", "text", "-u", "a", "x"])
        .assert()
        .success();
    env.write_config(
        &yd.config("")
            .replace(&format!("aes_key = \"{KEY}\""), "aes_key_env = \"MY_KEY\""),
    );
    env.cmd()
        .env("MY_KEY", KEY)
        .args(["youdu", "text", "-u", "a", "x"])
        .assert()
        .success();
    send.assert_calls(2);
    let out = env
        .cmd()
        .args(["youdu", "text", "-u", "a", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(
        stderr(&out)
            .contains("`aes_key_env` names the environment variable MY_KEY, which is not set")
    );
}

#[test]
fn environment_variables_make_a_profile_of_their_own() {
    let env = Env::new();
    let yd = Youdu::start();
    let _t = yd.token("t");
    let (send, _) = yd.send_ok("t");
    env.cmd()
        .env("CORPMSG_YOUDU_URL", yd.url())
        .env("CORPMSG_YOUDU_BUIN", BUIN.to_string())
        .env("CORPMSG_YOUDU_APP_ID", APP)
        .env("CORPMSG_YOUDU_AES_KEY", KEY)
        .args(["youdu", "text", "-u", "a", "x"])
        .assert()
        .success();
    send.assert_calls(1);
    let out = env
        .cmd()
        .env("CORPMSG_YOUDU_URL", yd.url())
        .args(["youdu", "text", "-u", "a", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(
        stderr(&out).contains("`buin` is missing (set it in the profile or in CORPMSG_YOUDU_BUIN)")
    );
}

#[test]
fn environment_overrides_the_file() {
    let env = Env::new();
    let yd = Youdu::start();
    let _t = yd.token("t");
    let (send, _) = yd.send_ok("t");
    env.write_config(&yd.config("").replace(&yd.url(), "http://127.0.0.1:1"));
    env.cmd()
        .env("CORPMSG_YOUDU_URL", yd.url())
        .args(["youdu", "text", "-u", "a", "x"])
        .assert()
        .success();
    send.assert_calls(1);
}

#[test]
fn missing_config_is_exit_3_with_a_hint() {
    let env = Env::new();
    let out = env
        .cmd()
        .args(["youdu", "text", "-u", "a", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr(&out).contains("no config file at"));
    assert!(stderr(&out).contains("CORPMSG_YOUDU_"));
    // `cargo install` installs no config.example.toml; `config init` is always at hand.
    assert!(
        stderr(&out).contains("create it with `corpmsg config init --provider youdu`")
            && !stderr(&out).contains("config.example.toml"),
        "{}",
        stderr(&out)
    );
}

#[cfg(unix)]
#[test]
fn a_config_readable_by_others_draws_a_warning() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    env.write_config(&format!(
        "[profiles.ops]\nprovider = \"youdu\"\nurl = \"http://h\"\nbuin = 1\napp_id = \"x\"\naes_key = \"{KEY}\"\n"
    ));
    std::fs::set_permissions(env.config_path(), std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = dry_run_users(&env, &["-u", "a"]);
    assert!(out.status.success());
    assert!(stderr(&out).starts_with("warning: config file "));
    assert!(stderr(&out).contains("chmod 600"));
}

#[test]
fn dry_run_needs_no_secret_but_checks_a_given_key() {
    let env = Env::new();
    let profile = "[profiles.ops]\nprovider = \"youdu\"\nurl = \"http://h\"\nbuin = 1\napp_id = \"x\"\nto_user = [\"a\"]\n";
    env.write_config(profile);
    let out = env
        .cmd()
        .args(["youdu", "text", "-n", "hi"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    // The same profile cannot send.
    let out = env.cmd().args(["youdu", "text", "hi"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(
        stderr(&out).contains("`aes_key` is missing"),
        "{}",
        stderr(&out)
    );
    // A key that is given is validated even in a dry run.
    env.write_config(&format!("{profile}aes_key = \"c2hvcnQ=\"\n"));
    let out = env
        .cmd()
        .args(["youdu", "text", "-n", "hi"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr(&out).contains("`aes_key` decodes to 5 bytes"));
}

#[test]
fn dry_run_ignores_an_environment_only_profile() {
    let env = Env::new();
    let out = env
        .cmd()
        .env("CORPMSG_YOUDU_AES_KEY", KEY)
        .args(["youdu", "text", "-n", "-u", "a", "hi"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn profile_recipients_are_checked_and_split() {
    let env = Env::new();
    let base = format!(
        "[profiles.ops]\nprovider = \"youdu\"\nurl = \"http://h\"\nbuin = 1\napp_id = \"x\"\naes_key = \"{KEY}\"\n"
    );
    env.write_config(&format!("{base}to_user = [\"a|b\", \" c \", \"a\"]\n"));
    let out = dry_run_users(&env, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(first_payload(&out)["toUser"], "a|b|c");
    env.write_config(&format!("{base}to_user = [\"\"]\n"));
    let out = dry_run_users(&env, &[]);
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr(&out).contains("`to_user` holds \"\", which names no account"));
}

#[test]
fn a_url_with_a_password_is_refused_without_echoing_it() {
    let env = Env::new();
    env.write_config(&format!(
        "[profiles.ops]\nprovider = \"youdu\"\nurl = \"ftp://admin:hunter2@h\"\nbuin = 1\napp_id = \"x\"\naes_key = \"{KEY}\"\n"
    ));
    let out = dry_run_users(&env, &["-u", "a"]);
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr(&out).contains("`url` must not hold a user name or password"));
    assert!(!stderr(&out).contains("hunter2"));
}

#[test]
fn empty_variables_count_as_unset() {
    let env = Env::new();
    let out = env
        .cmd()
        .env("CORPMSG_CONFIG", "")
        .env("CORPMSG_PROFILE", "")
        .env("CORPMSG_TIMEOUT", "")
        .args(["youdu", "text", "-n", "-u", "a", "hi"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn config_errors_name_the_key_or_line_but_never_the_value() {
    let env = Env::new();
    let fx = "[profiles.crm]\nprovider = \"fxiaoke\"\napp_id = \"FSAID_1\"\nuser_id = \"1000\"\n";
    // (the line that breaks the profile, the value that must not show, what the error says)
    let cases = [
        (
            format!("{fx}app_secret = 98765432109876543210987654321\n"),
            "98765432109876543210987654321",
            ":5:14: ",
        ),
        (
            format!("{fx}app_secret = 0xffffffffffffffffffffffff\n"),
            "79228162514264337593543950335",
            "secrets and other text must be in quotes",
        ),
        (
            format!("{fx}url = 0xdeadbeef\n"),
            "3735928559",
            "profile `crm`: `url` invalid type: integer, expected a string",
        ),
        (
            format!("{fx}SUPERSECRETVALUE99 = \"x\"\n"),
            "SUPERSECRETVALUE99",
            "profile `crm`: an unknown key on line 5 (its name is not shown",
        ),
        (
            format!("TOPSECRETVALUE42 = 1\n{fx}"),
            "TOPSECRETVALUE42",
            ": an unknown key on line 1 (its name is not shown",
        ),
    ];
    for (text, value, says) in cases {
        env.write_config(&text);
        let out = env
            .cmd()
            .args(["fxiaoke", "text", "-n", "-u", "FSUID_1", "hi"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(3), "{text}");
        let err = stderr(&out);
        assert!(!err.contains(value), "{value} in {err}");
        assert!(err.contains(says), "want {says:?} in {err}");
        assert!(out.stdout.is_empty(), "{text}");
    }
    // A near miss is named, with the key it likely means.
    env.write_config(&format!("{fx}app_secrt = \"x\"\n"));
    let out = env
        .cmd()
        .args(["fxiaoke", "text", "-n", "-u", "FSUID_1", "hi"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(
        stderr(&out).contains("`app_secrt` unknown field on line 5; did you mean `app_secret`?"),
        "{}",
        stderr(&out)
    );
}

/// Both providers' variables and no config file: two profiles, `env-youdu` and
/// `env-fxiaoke`, each selectable with -p, shown as valid TOML.
#[test]
fn the_environments_profiles_have_names_of_their_own() {
    let env = Env::new();
    let yd = Youdu::start();
    let _t = yd.token("t");
    let (send, received) = yd.send_ok("t");
    let with_vars = |cmd: &mut assert_cmd::Command| {
        cmd.env("CORPMSG_YOUDU_URL", yd.url())
            .env("CORPMSG_YOUDU_BUIN", BUIN.to_string())
            .env("CORPMSG_YOUDU_APP_ID", APP)
            .env("CORPMSG_YOUDU_AES_KEY", KEY)
            .env("CORPMSG_YOUDU_TO_USER", "bob|carol")
            .env("CORPMSG_YOUDU_TO_DEPT", "7")
            .env("CORPMSG_FXIAOKE_APP_ID", "FSAID_1")
            .env("CORPMSG_FXIAOKE_USER_ID", "1000")
            .env("CORPMSG_FXIAOKE_APP_SECRET", "s3cret-from-ci")
            .env("CORPMSG_FXIAOKE_TO_USER", "FSUID_2,FSUID_3");
    };
    let mut cmd = env.cmd();
    with_vars(&mut cmd);
    let out = cmd.args(["config", "show"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        !text.contains("s3cret-from-ci") && !text.contains(KEY),
        "{text}"
    );
    let parsed: toml::Table = toml::from_str(&text).unwrap();
    let profiles = parsed["profiles"].as_table().unwrap();
    assert_eq!(profiles["env-youdu"]["provider"].as_str(), Some("youdu"));
    assert_eq!(
        profiles["env-fxiaoke"]["provider"].as_str(),
        Some("fxiaoke")
    );
    assert_eq!(
        profiles["env-youdu"]["to_user"].as_array().unwrap().len(),
        2,
        "{text}"
    );
    assert!(text.contains("# from CORPMSG_FXIAOKE_TO_USER"), "{text}");

    // -p picks one; the environment's recipients are its defaults.
    let mut cmd = env.cmd();
    with_vars(&mut cmd);
    let out = cmd
        .args(["send", "-p", "env-youdu", "deployed"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    send.assert_calls(1);
    let seen = received.lock().unwrap()[0].clone();
    assert_eq!(seen["toUser"], "bob|carol");
    assert_eq!(seen["toDept"], "7");
    let mut cmd = env.cmd();
    with_vars(&mut cmd);
    let out = cmd
        .args(["-n", "-p", "env-fxiaoke", "fxiaoke", "text", "hi"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let line: Value = serde_json::from_str(stdout(&out).lines().next().unwrap()).unwrap();
    assert_eq!(
        line["payload"]["toUser"],
        serde_json::json!(["FSUID_2", "FSUID_3"])
    );
    let mut cmd = env.cmd();
    with_vars(&mut cmd);
    let out = cmd
        .args([
            "-n",
            "-p",
            "env-youdu",
            "-p",
            "env-fxiaoke",
            "config",
            "check",
        ])
        .output()
        .unwrap();
    assert_eq!(
        stdout(&out),
        "env-youdu (youdu): ok\nenv-fxiaoke (fxiaoke): error: `permanent_code` is missing (set permanent_code, permanent_code_env or permanent_code_file, or CORPMSG_FXIAOKE_PERMANENT_CODE)\n"
    );
}

#[test]
fn environment_recipients_override_the_chosen_profiles() {
    let env = Env::new();
    env.write_config(&format!(
        "[profiles.ops]\nprovider = \"youdu\"\nurl = \"http://h\"\nbuin = 1\napp_id = \"x\"\naes_key = \"{KEY}\"\nto_user = [\"alice\"]\nto_dept = [1]\n"
    ));
    let out = env
        .cmd()
        .env("CORPMSG_YOUDU_TO_USER", "bob, carol")
        .args(["youdu", "text", "-n", "hi"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(first_payload(&out)["toUser"], "bob|carol");
    assert_eq!(first_payload(&out)["toDept"], "1");
    let out = env
        .cmd()
        .env("CORPMSG_YOUDU_TO_DEPT", "0|x9")
        .args(["youdu", "text", "-n", "hi"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(
        stderr(&out).contains("environment variable CORPMSG_YOUDU_TO_DEPT holds \"x9\""),
        "{}",
        stderr(&out)
    );
    // A variable of separators only would clear the defaults without a word: it is an error.
    for var in ["CORPMSG_YOUDU_TO_USER", "CORPMSG_YOUDU_TO_DEPT"] {
        let out = env
            .cmd()
            .env(var, " |, ")
            .args(["youdu", "text", "-n", "hi"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(3), "{var}: {}", stderr(&out));
        assert!(
            stderr(&out).contains(&format!(
                "environment variable {var} holds no recipient (only separators)"
            )),
            "{}",
            stderr(&out)
        );
    }
}

/// `-d` fits Youdu profiles; for a Fxiaoke profile it is that profile's error only.
#[test]
fn send_and_run_take_departments_for_youdu_profiles() {
    let env = Env::new();
    env.write_config(&format!(
        "[profiles.ops]\nprovider = \"youdu\"\nurl = \"http://h\"\nbuin = 1\napp_id = \"x\"\naes_key = \"{KEY}\"\nto_user = [\"alice\"]\n\
         [profiles.crm]\nprovider = \"fxiaoke\"\napp_id = \"FSAID_1\"\nauth = \"legacy\"\nto_user = [\"FSUID_1\"]\n"
    ));
    let out = env
        .cmd()
        .args(["send", "-n", "-p", "ops", "-p", "crm", "-d", "5|6", "hi"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(7), "{}", stderr(&out));
    let lines = json_lines(&stdout(&out));
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["payload"]["toDept"], "5|6");
    assert!(
        lines[0]["payload"].get("toUser").is_none(),
        "-d replaces the defaults"
    );
    let err = stderr(&out);
    assert!(
        err.contains("error: profile `crm` (fxiaoke): -d/--to-dept names Youdu departments"),
        "{err}"
    );
    let out = env
        .cmd()
        .args([
            "run",
            "-n",
            "-p",
            "ops",
            "-p",
            "crm",
            "--to-dept",
            "5",
            "--",
            "false",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(json_lines(&stdout(&out))[0]["payload"]["toDept"], "5");
    assert!(stderr(&out).contains("-d/--to-dept names Youdu departments"));
}

#[test]
fn a_bad_variable_is_named_with_what_is_expected() {
    let env = Env::new();
    env.write_config(&format!(
        "[profiles.mail]\nprovider = \"youdu\"\nurl = \"http://h\"\nbuin = 1\napp_id = \"x\"\naes_key = \"{KEY}\"\n\
         [profiles.ops]\nprovider = \"youdu\"\nurl = \"http://h\"\nbuin = 1\napp_id = \"x\"\naes_key = \"{KEY}\"\n"
    ));
    for args in [
        &["-p", "ops", "youdu", "text", "-u", "a", "x"][..],
        &["send", "-p", "ops", "x"],
    ] {
        let out = env
            .cmd()
            .env("CORPMSG_YOUDU_URL", "127.0.0.1:35409")
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(3), "{args:?}");
        let err = stderr(&out);
        assert!(
            err.contains("environment variable CORPMSG_YOUDU_URL is not a URL"),
            "{err}"
        );
        assert!(err.contains("http://host:7080"), "{err}");
        assert!(!err.contains("profile `mail`"), "{err}");
    }
    // The environment-only profile.
    let out = Env::new()
        .cmd()
        .env("CORPMSG_YOUDU_URL", "127.0.0.1:35409")
        .env("CORPMSG_YOUDU_BUIN", "1")
        .env("CORPMSG_YOUDU_APP_ID", "x")
        .args(["youdu", "text", "-u", "a", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(
        stderr(&out).contains("environment variable CORPMSG_YOUDU_URL is not a URL"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_missing_named_config_says_what_is_true() {
    let env = Env::new();
    let out = env
        .cmd()
        .env("CORPMSG_CONFIG", "/nonexistent/corpmsg.toml")
        .env("CORPMSG_YOUDU_URL", "http://h:7080")
        .args(["send", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let err = stderr(&out);
    assert!(
        err.contains("CORPMSG_CONFIG names /nonexistent/corpmsg.toml, which does not exist"),
        "{err}"
    );
    assert!(
        err.contains("CORPMSG_YOUDU_* variables that are set"),
        "{err}"
    );
    assert!(!err.contains("or set the CORPMSG_YOUDU_*"), "{err}");
    // Without the variables, the hint to set them stays.
    let out = env
        .cmd()
        .env("CORPMSG_CONFIG", "/nonexistent/corpmsg.toml")
        .args(["send", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr(&out).contains("or set the CORPMSG_YOUDU_*"));
}

/// Two broken profiles with two problems each: `check` reports all four (one line each) and
/// the providers they name, `show` prints both tables with the problems marked, as TOML, and
/// no value at fault or secret is printed.
#[test]
fn check_and_show_report_every_problem_of_every_profile() {
    let env = Env::new();
    env.write_config(&format!(
        "[profiles.ops]\nprovider = \"youdu\"\nurl = \"ftp://h\"\nbuin = 0\napp_id = \"x\"\naes_key = \"{KEY}\"\nto_user = [\"alice\"]\n\
         [profiles.crm]\nprovider = \"fxiaoke\"\napp_id = \"FSAID_1\"\nuser_id = \"1000\"\napp_secret = 31415926535\npermanent_code = \"c0de-value-77\"\nauth = \"basic99\"\n"
    ));
    let out = env.cmd().args(["config", "check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(
        stdout(&out),
        "crm (fxiaoke): error: `app_secret` must be a string (in quotes)\n\
         crm (fxiaoke): error: `auth` unknown variant, expected `oauth` or `legacy`\n\
         ops (youdu): error: `url` is \"ftp://h\"; expected http://HOST[:PORT] or https://HOST[:PORT]\n\
         ops (youdu): error: `buin` is 0; it must be a positive 32-bit number\n"
    );
    let out = env
        .cmd()
        .args(["--json", "config", "check"])
        .output()
        .unwrap();
    let results = json_lines(&stdout(&out));
    assert_eq!(results[0]["provider"], "fxiaoke");
    assert_eq!(results[1]["provider"], "youdu");
    assert_eq!(results[0]["problems"].as_array().unwrap().len(), 2);
    assert_eq!(results[1]["problems"].as_array().unwrap().len(), 2);
    assert_eq!(results[1]["problem"], results[1]["problems"][0]);

    let out = env.cmd().args(["config", "show"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3), "the config is not usable");
    let text = stdout(&out);
    for hidden in ["31415926535", "basic99", KEY, "c0de-value-77"] {
        assert!(
            !text.contains(hidden) && !stderr(&out).contains(hidden),
            "{hidden} in {text}"
        );
    }
    assert!(
        text.contains("# problem: `buin` is 0; it must be a positive 32-bit number\n")
            && text.contains("# problem: `app_secret` must be a string (in quotes)\n"),
        "{text}"
    );
    assert!(
        stderr(&out).contains("crm, ops not usable"),
        "{}",
        stderr(&out)
    );
    let parsed: toml::Table = toml::from_str(&text).unwrap();
    let ops = &parsed["profiles"]["ops"];
    assert_eq!(ops["provider"].as_str(), Some("youdu"));
    assert_eq!(ops["app_id"].as_str(), Some("x"));
    assert_eq!(ops["aes_key"].as_str(), Some("***"));
    assert!(ops.get("buin").is_none() && ops.get("url").is_none());
    let crm = &parsed["profiles"]["crm"];
    assert_eq!(crm["permanent_code"].as_str(), Some("***"));
    assert_eq!(crm["user_id"].as_str(), Some("1000"));
    assert!(crm.get("app_secret").is_none() && crm.get("auth").is_none());
}

/// A session profile's `sender` and `session_id`: shown by `config show` (a variable marked),
/// checked by `config check`, which reports a bad sender with exit 3.
#[test]
fn session_defaults_are_shown_and_checked() {
    let env = Env::new();
    let profile = |sender: &str| {
        format!(
            "[profiles.chat]\nprovider = \"youdu\"\nurl = \"http://h:7080\"\nbuin = 1\napp_id = \"sysOrgAssistant\"\naes_key = \"{KEY}\"\nsender = \"{sender}\"\nsession_id = \"{{8AD595F3-73B3-4B56-90AF-F336F9222FC5}}\"\n"
        )
    };
    env.write_config(&profile(" robot "));
    let out = env.cmd().args(["config", "show"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains(
            "sender = \"robot\"\nsession_id = \"{8AD595F3-73B3-4B56-90AF-F336F9222FC5}\"\n"
        ),
        "{text}"
    );
    let out = env
        .cmd()
        .env("CORPMSG_YOUDU_SENDER", "ci-bot")
        .args(["config", "show"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("sender = \"ci-bot\"  # from CORPMSG_YOUDU_SENDER\n"),
        "{}",
        stdout(&out)
    );
    env.cmd().args(["config", "check"]).assert().success();

    env.write_config(&profile("alice|bob"));
    let out = env.cmd().args(["config", "check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(
        stdout(&out),
        "chat (youdu): error: `sender` holds `|` or `,`; it is one account, the one session messages come from\n"
    );
    let out = env
        .cmd()
        .args(["--json", "config", "check"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let results = json_lines(&stdout(&out));
    assert_eq!(results[0]["ok"], false);
    assert_eq!(
        results[0]["problems"],
        serde_json::json!([
            "`sender` holds `|` or `,`; it is one account, the one session messages come from"
        ])
    );
    // Too long: the limit is named.
    env.write_config(&profile(&"a".repeat(65)));
    let out = env.cmd().args(["config", "check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(
        stdout(&out).contains("`sender` is 65 characters; an account is at most 64"),
        "{}",
        stdout(&out)
    );
}
