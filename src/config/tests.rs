use super::*;

const KEY: &str = "COdaZysb0+xJlFZHIFuohJE/FCW0Mf6ZopttvE8W0LE=";

fn parse_str(text: &str) -> Result<ConfigFile, ConfigError> {
    parse(text, Path::new("/etc/c.toml"), &Overrides::default())
}

/// The overrides of the variables `vars` names, as if they were set.
fn overrides(vars: &[(&str, &str)]) -> Overrides {
    Overrides::from_lookup(|name| {
        vars.iter()
            .find(|(var, _)| *var == name)
            .map(|(_, value)| value.to_string())
    })
}

fn youdu_text(extra: &str) -> String {
    format!(
        "[profiles.ops]\nprovider = \"youdu\"\nurl = \"http://h:7080/\"\nbuin = 7\napp_id = \"yd1\"\n{extra}\n"
    )
}

fn err(text: &str) -> String {
    parse_str(text).unwrap_err().to_string()
}

#[test]
fn the_example_config_parses() {
    let file = parse_str(include_str!("../../config.example.toml")).unwrap();
    assert_eq!(file.default_profile.as_deref(), Some("ops"));
    assert_eq!(file.profiles["ops"].provider(), Provider(&YOUDU));
    assert_eq!(file.profiles["crm"].provider(), Provider(&FXIAOKE));
    assert_eq!(file.profiles["wx"].provider(), Provider(&WECOM));
    assert_eq!(file.profiles["wxbot"].provider(), Provider(&WECOM));
}

#[test]
fn a_youdu_profile_resolves() {
    let file = parse_str(&youdu_text(&format!("aes_key = \"{}\"", &KEY[..43]))).unwrap();
    let Some(p) = file.profiles["ops"].get::<YouduProfile>() else {
        panic!("not youdu")
    };
    assert_eq!(p.url, "http://h:7080");
    assert_eq!(p.buin, 7);
    assert!(p.aes_key().is_ok());
    assert!(!format!("{p:?}").contains(&KEY[..20]));
}

#[test]
fn a_secret_given_twice_is_an_error() {
    let e = err(&youdu_text(&format!(
        "aes_key = \"{KEY}\"\naes_key_env = \"K\""
    )));
    assert_eq!(
        e,
        "/etc/c.toml, profile `ops`: `aes_key` is given more than once; use one of `aes_key`, `aes_key_env` or `aes_key_file`"
    );
}

#[test]
fn field_errors_name_the_key() {
    assert!(err(&youdu_text("aes_key_env = \"K\"\nto_dept = [-1]")).contains("`to_dept` holds -1"));
    assert!(
        err(&youdu_text("aes_key_env = \"K\"\nto_user = \"alice\""))
            .contains("`to_user` invalid type")
    );
    assert!(
        err(&youdu_text("aes_key_env = \"K\"").replace("buin = 7", "buin = 0"))
            .contains("`buin` is 0")
    );
    assert!(err("[profiles.x]\nprovider = \"slack\"\n").contains("`provider` is \"slack\""));
    assert!(
        err("[profiles.x]\nprovider = \"fxiaoke\"\nauth = \"basic\"\n")
            .contains("profile `x`: `auth`")
    );
    assert!(err("default_profile = \"nope\"\n").contains("names no profile"));
    // An unknown top-level key far from any known one is not named: it may be a secret.
    assert_eq!(
        err("colour = 1\n"),
        "/etc/c.toml: an unknown key on line 1 (its name is not shown: it may be a secret); expected one of `default_profile`, `outbox`, `profiles`"
    );
}

/// Asserts that `e` holds none of `hidden` and all of `shown`.
fn shows(e: &str, hidden: &[&str], shown: &[&str]) {
    for h in hidden {
        assert!(!e.contains(h), "{h:?} in {e}");
    }
    for s in shown {
        assert!(e.contains(s), "no {s:?} in {e}");
    }
}

#[test]
fn toml_and_serde_messages_lose_the_values_they_quote() {
    let cases = [
        (
            "invalid type: integer `98765432109876543210987654321` as i128, expected any valid TOML value",
            "invalid type: integer as i128, expected any valid TOML value",
        ),
        (
            "invalid type: integer `3735928559`, expected a string",
            "invalid type: integer, expected a string",
        ),
        (
            "invalid type: string \"s3cr\\\"et\", expected a sequence",
            "invalid type: string, expected a sequence",
        ),
        (
            "unknown field `SUPERSECRET`, expected one of `default_profile`, `outbox`, `profiles`",
            "unknown field, expected one of `default_profile`, `outbox`, `profiles`",
        ),
        (
            "unknown variant `basic99`, expected `oauth` or `legacy`",
            "unknown variant, expected `oauth` or `legacy`",
        ),
        (
            "invalid value: floating point `1.5`, expected i64",
            "invalid value: floating point, expected i64",
        ),
        (
            "`_` may only go between digits, expected `=`, `.`",
            "`_` may only go between digits, expected `=`, `.`",
        ),
        ("invalid type: boolean `true`", "invalid type: boolean"),
        ("duplicate field `url`", "duplicate field `url`"),
        ("unexpected `abc", "unexpected"),
        (
            "unexpected keys in table: SECRET, available keys: a",
            "unexpected keys in table",
        ),
    ];
    for (message, want) in cases {
        assert_eq!(without_values(message), want, "{message}");
    }
}

#[test]
fn an_unquoted_number_too_large_is_a_hint_without_the_number() {
    let big = "98765432109876543210987654321";
    let e = err(&youdu_text(&format!("aes_key = {big}")));
    shows(
        &e,
        &[big, "98765"],
        &["/etc/c.toml:6:11: ", "invalid type: integer", "in quotes"],
    );
}

#[test]
fn an_unquoted_hex_secret_is_shown_neither_as_written_nor_in_decimal() {
    let text = "[profiles.crm]\nprovider = \"fxiaoke\"\napp_id = \"FSAID_1\"\nuser_id = \"1000\"\napp_secret = 0xffffffffffffffffffffffff\n";
    let e = err(text);
    shows(
        &e,
        &["ffffffff", "79228162514264337593543950335"],
        &["/etc/c.toml:5:14: ", "in quotes"],
    );
    // Small enough to be a number: the key is named, the number is not.
    let e = err(&text.replace("0xffffffffffffffffffffffff", "0xdeadbeef"));
    shows(
        &e,
        &["deadbeef", "3735928559"],
        &["profile `crm`: `app_secret` must be a string (in quotes)"],
    );
}

#[test]
fn a_value_of_the_wrong_type_in_a_plain_field_is_not_shown() {
    let e =
        err(&youdu_text("aes_key_env = \"K\"")
            .replace("url = \"http://h:7080/\"", "url = 0xdeadbeef"));
    assert_eq!(
        e,
        "/etc/c.toml, profile `ops`: `url` invalid type: integer, expected a string"
    );
    let e = err(&youdu_text(
        "aes_key_env = \"K\"\nto_user = \"hunter2-token\"",
    ));
    shows(
        &e,
        &["hunter2"],
        &["`to_user` invalid type: string, expected a sequence"],
    );
    let e = err("[profiles.crm]\nprovider = \"fxiaoke\"\nauth = \"hunter2\"\n");
    shows(
        &e,
        &["hunter2"],
        &["`auth` unknown variant, expected `oauth` or `legacy`"],
    );
}

#[test]
fn an_unknown_key_far_from_any_is_named_by_its_line_only() {
    let e = err(&youdu_text(
        "aes_key_env = \"K\"\nSUPERSECRETVALUE99 = \"x\"",
    ));
    shows(
        &e,
        &["SUPERSECRET"],
        &[
            "/etc/c.toml, profile `ops`: an unknown key on line 7 (its name is not shown: it may be a secret); expected one of `url`, `buin`, ",
            "`to_dept`",
        ],
    );
    // Quoted, dotted, or a table of its own: still found.
    for (extra, line) in [
        ("\"SUPER SECRET\" = 1", 7),
        ("SUPERSECRET.x = 1", 7),
        ("\n[profiles.ops.SUPERSECRET]\nx = 1", 8),
    ] {
        let e = err(&youdu_text(&format!("aes_key_env = \"K\"\n{extra}")));
        shows(
            &e,
            &["SUPER"],
            &[&format!("an unknown key on line {line} ")],
        );
    }
    // In an inline table the line is not looked for.
    let e = err("[profiles]\nops = { provider = \"youdu\", SUPERSECRET = 1 }\n");
    shows(
        &e,
        &["SUPERSECRET"],
        &["profile `ops`: an unknown key (its name"],
    );
}

#[test]
fn an_unknown_key_near_a_known_one_is_named_with_a_suggestion() {
    let e = err(&youdu_text("aes_key_env = \"K\"\naes_kee = 1"));
    assert_eq!(
        e,
        "/etc/c.toml, profile `ops`: `aes_kee` unknown field on line 7; did you mean `aes_key`?"
    );
    let e = err("[profiles.crm]\nprovider = \"fxiaoke\"\nAppSecret = \"x\"\n");
    assert!(
        e.contains("`AppSecret` unknown field on line 3; did you mean `app_secret`?"),
        "{e}"
    );
    assert_eq!(near_key("URL", YOUDU_KEYS), Some("url"));
    assert_eq!(
        near_key("x", YOUDU_KEYS),
        None,
        "too short to be a misspelling"
    );
    assert_eq!(near_key("abc", YOUDU_KEYS), None);
}

#[test]
fn an_unknown_top_level_key_is_named_only_near_a_known_one() {
    let e = err(&format!("TOPSECRET77 = 1\n{}", youdu_text("")));
    shows(
        &e,
        &["TOPSECRET77"],
        &["/etc/c.toml: an unknown key on line 1 (its name is not shown"],
    );
    let e = err(&format!("{}\n[TOPSECRET77]\nx = 1\n", youdu_text("")));
    shows(&e, &["TOPSECRET77"], &["an unknown key on line 8 "]);
    let e = err("default_profil = \"ops\"\n");
    assert_eq!(
        e,
        "/etc/c.toml: `default_profil` unknown field on line 1; did you mean `default_profile`?"
    );
}

#[test]
fn a_syntax_error_in_a_value_like_a_number_hints_at_quotes() {
    for value in ["1234abcd", "-5e", "0x12zz", "+1_"] {
        let e = err(&youdu_text(&format!("aes_key = {value}")));
        shows(&e, &[value], &["/etc/c.toml:6:", "in quotes"]);
    }
    // Not at a value, or a value that is not number-like: no hint.
    for text in ["[profiles.ops\n", "a b = 1\n", "x = abc\n"] {
        assert!(!err(text).contains("in quotes"), "{text}: {}", err(text));
    }
}

#[test]
fn the_key_lists_are_the_ones_serde_expects() {
    fn expected<T: serde::de::DeserializeOwned>() -> String {
        let table = toml::Table::from_iter([("zz".to_string(), toml::Value::from(1))]);
        let e = toml::Value::Table(table).try_into::<T>().err().unwrap();
        e.message().to_string()
    }
    let list = |keys: &[&str]| {
        let quoted: Vec<String> = keys.iter().map(|k| format!("`{k}`")).collect();
        match quoted.as_slice() {
            [a, b] => format!("unknown field `zz`, expected {a} or {b}"),
            all => format!("unknown field `zz`, expected one of {}", all.join(", ")),
        }
    };
    assert_eq!(expected::<RawYoudu>(), list(YOUDU_KEYS));
    assert_eq!(expected::<RawFxiaoke>(), list(FXIAOKE_KEYS));
    assert_eq!(expected::<RawFile>(), list(FILE_KEYS));
}

#[test]
fn key_lines_are_found_under_headers_and_dotted_keys() {
    let text = "a = 1\ns = \"\"\"\nk = in a string\n\"\"\"\n[profiles.ops]\nurl = 1\n\"k\" = 2\n[profiles]\nops.z = 3\n[profiles.'ops'.t]\n";
    assert_eq!(key_line(text, &["a"]), Some(1));
    assert_eq!(key_line(text, &["k"]), None, "inside a multi-line string");
    assert_eq!(key_line(text, &["profiles", "ops", "url"]), Some(6));
    assert_eq!(key_line(text, &["profiles", "ops", "k"]), Some(7));
    assert_eq!(key_line(text, &["profiles", "ops", "z"]), Some(9));
    assert_eq!(key_line(text, &["profiles", "ops", "t"]), Some(10));
    assert_eq!(key_line(text, &["profiles", "dev", "url"]), None);
}

#[test]
fn a_syntax_error_gives_a_position_but_not_the_line() {
    let e = err(&youdu_text(&format!("aes_key = \"{KEY}")));
    assert!(e.starts_with("/etc/c.toml:6:"), "{e}");
    assert!(!e.contains(&KEY[..10]), "{e}");
}

#[test]
fn every_problem_of_a_profile_is_collected_and_the_first_shown() {
    let text = youdu_text("aes_key = \"c2hvcnQ=\"\nto_dept = [-1]\naes_kee = 1")
        .replace("buin = 7", "buin = \"7\"");
    let e = parse_str(&text).unwrap_err();
    let ConfigError::Broken { provider, problems } = &e else {
        panic!("{e:?}")
    };
    assert_eq!(*provider, Some(Provider(&YOUDU)));
    let keys: Vec<String> = problems.iter().map(ConfigError::short).collect();
    assert_eq!(keys.len(), 4, "{keys:?}");
    assert!(keys[0].starts_with("`aes_kee` unknown field"), "{keys:?}");
    assert!(keys[1].starts_with("`buin` invalid type"), "{keys:?}");
    assert!(
        keys[2].starts_with("`aes_key` decodes to 5 bytes"),
        "{keys:?}"
    );
    assert!(keys[3].starts_with("`to_dept` holds -1"), "{keys:?}");
    assert!(
        e.to_string().ends_with(
            "(and 3 more problem(s) in this profile; `corpmsg config check` lists them all)"
        ),
        "{e}"
    );
}

#[test]
fn a_fxiaoke_profile_resolves_with_defaults() {
    let file = parse_str(
        "[profiles.crm]\nprovider = \"fxiaoke\"\napp_id = \"FSAID_1\"\nuser_id = \"1000\"\napp_secret = \"s3cret\"\npermanent_code_env = \"NOPE_NOT_SET\"\nto_user = [\"FSUID_1|FSUID_2\"]\n",
    )
    .unwrap();
    let Some(p) = file.profiles["crm"].get::<FxiaokeProfile>() else {
        panic!("not fxiaoke")
    };
    assert_eq!(p.url, FXIAOKE_DEFAULT_URL);
    assert_eq!(p.auth, FxiaokeAuth::Oauth);
    assert_eq!(p.id_kind, UserIdKind::Open);
    assert_eq!(p.to_user, ["FSUID_1", "FSUID_2"]);
    assert_eq!(p.app_secret().unwrap().expose(), "s3cret");
    assert!(!format!("{p:?}").contains("s3cret"));
    let e = p.permanent_code().unwrap_err().to_string();
    assert!(
        e.contains("`permanent_code_env` names the environment variable NOPE_NOT_SET"),
        "{e}"
    );
    assert!(p.host_warning().is_none());
    let www = FxiaokeProfile {
        url: "https://www.fxiaoke.com".into(),
        ..p.clone()
    };
    assert!(www.host_warning().unwrap().contains("not the API"));
}

#[test]
fn fxiaoke_environment_overrides_replace_fields() {
    let env = overrides(&[
        (env_vars::CORPMSG_FXIAOKE_AUTH, "legacy"),
        (env_vars::CORPMSG_FXIAOKE_APP_SECRET, "from-env"),
    ]);
    let text = "[profiles.crm]\nprovider = \"fxiaoke\"\napp_id = \"FSAID_1\"\n";
    let file = parse(text, Path::new("/c.toml"), &env).unwrap();
    let Some(p) = file.profiles["crm"].get::<FxiaokeProfile>() else {
        panic!("not fxiaoke")
    };
    assert_eq!(p.auth, FxiaokeAuth::Legacy);
    assert_eq!(p.app_secret().unwrap().expose(), "from-env");
    // oauth needs user_id; legacy does not.
    assert!(err(text).contains("`user_id` is missing"));
    let bad = overrides(&[(env_vars::CORPMSG_FXIAOKE_AUTH, "basic")]);
    let e = parse(text, Path::new("/c.toml"), &bad)
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("CORPMSG_FXIAOKE_AUTH") && e.contains("\"basic\""),
        "{e}"
    );
}

#[test]
fn secret_values_are_every_readable_secret_in_each_form() {
    let file = parse_str(&youdu_text(&format!("aes_key = \"{}\"", &KEY[..43]))).unwrap();
    let values: Vec<String> = file.profiles["ops"]
        .secret_values()
        .iter()
        .map(|s| s.expose().to_string())
        .collect();
    assert_eq!(values, [KEY, &KEY[..43]]);
    let file = parse_str(&youdu_text("aes_key_env = \"NOPE_NOT_SET\"")).unwrap();
    assert!(file.profiles["ops"].secret_values().is_empty());
    let file = parse_str(
        "[profiles.crm]\nprovider = \"fxiaoke\"\napp_id = \"FSAID_1\"\nuser_id = \"1000\"\napp_secret = \" s3cret \"\npermanent_code = \"p3rm\"\n",
    )
    .unwrap();
    let values: Vec<String> = file.profiles["crm"]
        .secret_values()
        .iter()
        .map(|s| s.expose().to_string())
        .collect();
    assert_eq!(values, ["s3cret", "p3rm"]);
}

#[test]
fn environment_overrides_fill_and_replace_fields() {
    let env = overrides(&[
        (env_vars::CORPMSG_YOUDU_URL, "https://other:7443"),
        (env_vars::CORPMSG_YOUDU_AES_KEY, KEY),
    ]);
    let file = parse(&youdu_text(""), Path::new("/c.toml"), &env).unwrap();
    let Some(p) = file.profiles["ops"].get::<YouduProfile>() else {
        panic!("not youdu")
    };
    assert_eq!(p.url, "https://other:7443");
    assert!(p.aes_key().is_ok());
}

/// The Youdu profile `ops` of `text`.
fn youdu_of(file: &ConfigFile) -> &YouduProfile {
    file.profiles["ops"]
        .get::<YouduProfile>()
        .expect("a youdu profile")
}

#[test]
fn session_defaults_are_parsed_and_trimmed() {
    let file = parse_str(&youdu_text(
        "sender = \"  robot \"\nsession_id = \"\t{8AD595F3-73B3-4B56-90AF-F336F9222FC5} \"",
    ))
    .unwrap();
    let p = youdu_of(&file);
    assert_eq!(p.sender.as_deref(), Some("robot"));
    assert_eq!(
        p.session_id.as_deref(),
        Some("{8AD595F3-73B3-4B56-90AF-F336F9222FC5}")
    );
    // 64 characters (not bytes) is the limit.
    let file = parse_str(&youdu_text(&format!("sender = \"{}\"", "张".repeat(64)))).unwrap();
    assert_eq!(
        youdu_of(&file).sender.as_deref().map(|s| s.chars().count()),
        Some(64)
    );
}

#[test]
fn a_profile_without_session_defaults_is_still_valid() {
    let file = parse_str(&youdu_text("aes_key_env = \"K\"")).unwrap();
    let p = youdu_of(&file);
    assert_eq!((p.sender.as_deref(), p.session_id.as_deref()), (None, None));
    let shown = file.profiles["ops"].to_masked_toml(&Overrides::default());
    assert!(
        !shown.contains("sender") && !shown.contains("session_id"),
        "{shown}"
    );
}

#[test]
fn bad_session_defaults_are_errors_naming_file_profile_and_key() {
    let at = "/etc/c.toml, profile `ops`: ";
    let cases = [
        (
            "sender = \"\"".to_string(),
            "`sender` is empty; give a value or leave the key out".to_string(),
        ),
        (
            "sender = \"   \"".to_string(),
            "`sender` is empty; give a value or leave the key out".to_string(),
        ),
        (
            "session_id = \" \"".to_string(),
            "`session_id` is empty; give a value or leave the key out".to_string(),
        ),
        (
            format!("sender = \"{}\"", "a".repeat(65)),
            "`sender` is 65 characters; an account is at most 64 (the Youdu limit for a session's creator and sender)".to_string(),
        ),
        (
            "sender = \"alice|bob\"".to_string(),
            "`sender` holds `|` or `,`; it is one account, the one session messages come from"
                .to_string(),
        ),
        (
            "sender = \"alice,bob\"".to_string(),
            "`sender` holds `|` or `,`; it is one account, the one session messages come from"
                .to_string(),
        ),
        (
            "session_id = \"{8AD5\\u0007}\"".to_string(),
            "`session_id` holds a control character; a session id is one line, such as {8AD595F3-73B3-4B56-90AF-F336F9222FC5}".to_string(),
        ),
        (
            "session_id = \"a\\nb\"".to_string(),
            "`session_id` holds a control character; a session id is one line, such as {8AD595F3-73B3-4B56-90AF-F336F9222FC5}".to_string(),
        ),
    ];
    for (extra, want) in cases {
        let e = parse_str(&youdu_text(&format!("aes_key_env = \"K\"\n{extra}"))).unwrap_err();
        assert!(matches!(e, ConfigError::Broken { .. }), "{e:?}");
        assert_eq!(e.to_string(), format!("{at}{want}"), "{extra}");
    }
    // Wrong types are reported as for any key.
    assert!(
        err(&youdu_text("sender = [\"alice\"]")).contains("`sender` invalid type"),
        "{}",
        err(&youdu_text("sender = [\"alice\"]"))
    );
}

#[test]
fn every_problem_of_the_session_defaults_is_collected() {
    let text = youdu_text("sender = \"a|b\"\nsession_id = \"\"\nto_dept = [-1]");
    let e = parse_str(&text).unwrap_err();
    let keys: Vec<String> = e.problems().iter().map(|p| p.short()).collect();
    assert_eq!(keys.len(), 3, "{keys:?}");
    assert!(keys[0].starts_with("`to_dept` holds -1"), "{keys:?}");
    assert!(keys[1].starts_with("`sender` holds `|`"), "{keys:?}");
    assert!(keys[2].starts_with("`session_id` is empty"), "{keys:?}");
}

#[test]
fn session_defaults_come_from_the_environment_and_are_marked_in_show() {
    let env = overrides(&[
        (env_vars::CORPMSG_YOUDU_SENDER, " ci-bot "),
        (env_vars::CORPMSG_YOUDU_SESSION_ID, "{S-1}"),
    ]);
    let text = youdu_text("aes_key_env = \"K\"\nsender = \"robot\"\nsession_id = \"{S-0}\"");
    let file = parse(&text, Path::new("/c.toml"), &env).unwrap();
    let p = youdu_of(&file);
    assert_eq!(p.sender.as_deref(), Some("ci-bot"));
    assert_eq!(p.session_id.as_deref(), Some("{S-1}"));
    let shown = file.profiles["ops"].to_masked_toml(&env);
    assert!(
        shown.ends_with(
            "to_dept = []\nsender = \"ci-bot\"  # from CORPMSG_YOUDU_SENDER\nsession_id = \"{S-1}\"  # from CORPMSG_YOUDU_SESSION_ID\n"
        ),
        "{shown}"
    );
    let parsed: toml::Table = toml::from_str(&shown).unwrap();
    assert_eq!(parsed["profiles"]["ops"]["sender"].as_str(), Some("ci-bot"));
    // From the file, unmarked.
    let file = parse_str(&text).unwrap();
    let shown = file.profiles["ops"].to_masked_toml(&Overrides::default());
    assert!(
        shown.ends_with("to_dept = []\nsender = \"robot\"\nsession_id = \"{S-0}\"\n"),
        "{shown}"
    );
    // One variable alone: the other key stays the profile's.
    let env = overrides(&[(env_vars::CORPMSG_YOUDU_SESSION_ID, "{S-1}")]);
    let file = parse(&text, Path::new("/c.toml"), &env).unwrap();
    assert_eq!(youdu_of(&file).sender.as_deref(), Some("robot"));
}

#[test]
fn bad_session_variables_are_errors_naming_the_variable() {
    let text = youdu_text("aes_key_env = \"K\"");
    let cases = [
        (
            env_vars::CORPMSG_YOUDU_SENDER,
            "a,b".to_string(),
            "environment variable CORPMSG_YOUDU_SENDER holds `|` or `,`",
        ),
        (
            env_vars::CORPMSG_YOUDU_SENDER,
            "x".repeat(65),
            "environment variable CORPMSG_YOUDU_SENDER is 65 characters",
        ),
        (
            env_vars::CORPMSG_YOUDU_SESSION_ID,
            "{S\u{1b}[2J}".to_string(),
            "environment variable CORPMSG_YOUDU_SESSION_ID holds a control character",
        ),
    ];
    for (var, value, want) in cases {
        let env = overrides(&[(var, value.as_str())]);
        let e = parse(&text, Path::new("/c.toml"), &env)
            .unwrap_err()
            .to_string();
        assert!(e.starts_with(want), "{e}");
    }
}

#[test]
fn session_variables_alone_make_no_profile() {
    let env = overrides(&[
        (env_vars::CORPMSG_YOUDU_SENDER, "robot"),
        (env_vars::CORPMSG_YOUDU_SESSION_ID, "{S-1}"),
    ]);
    assert!(env.profile_names().is_empty());
    assert!(env_profiles(&env).is_empty());
    // With the credentials' variables they fill `env-youdu`.
    let env = overrides(&[
        (env_vars::CORPMSG_YOUDU_URL, "http://h:7080"),
        (env_vars::CORPMSG_YOUDU_BUIN, "7"),
        (env_vars::CORPMSG_YOUDU_APP_ID, "sysOrgAssistant"),
        (env_vars::CORPMSG_YOUDU_SENDER, "robot"),
    ]);
    let profiles = env_profiles(&env);
    assert_eq!(profiles.len(), 1);
    let profile = profiles[0].1.as_ref().unwrap();
    let p = profile.get::<YouduProfile>().unwrap();
    assert_eq!(p.sender.as_deref(), Some("robot"));
    assert_eq!(p.session_id, None);
}

#[test]
fn the_starter_is_valid_toml_and_leaves_the_session_keys_out() {
    let text = format!("[profiles.youdu]\n{}", YOUDU.starter());
    let parsed: toml::Table = toml::from_str(&text).unwrap();
    let youdu = parsed["profiles"]["youdu"].as_table().unwrap();
    assert!(!youdu.contains_key("sender") && !youdu.contains_key("session_id"));
    for word in ["# sender = ", "# session_id = ", "sysOrgAssistant"] {
        assert!(text.contains(word), "{word} not in {text}");
    }
}

#[test]
fn the_examples_session_profile_parses_once_uncommented() {
    let example = include_str!("../../config.example.toml");
    let start = example.find("# [profiles.ops-chat]").unwrap();
    let block: String = example[start..]
        .lines()
        .take_while(|l| l.starts_with("# "))
        .map(|l| format!("{}\n", &l[2..]))
        .collect();
    let file = parse_str(&format!("{example}\n{block}")).unwrap();
    let Some(p) = file.profiles["ops-chat"].get::<YouduProfile>() else {
        panic!("not youdu")
    };
    assert_eq!(p.app_id, "sysOrgAssistant");
    assert!(p.sender.is_some() && p.session_id.is_some());
}
