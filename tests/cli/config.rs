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
