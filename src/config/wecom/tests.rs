use super::*;

const KEY: &str = "693a91f6-7a5b-4c1d-9e2f-0123456789ab";

fn parse_with(text: &str, vars: &[(&str, &str)]) -> Result<ConfigFile, ConfigError> {
    let env = Overrides::from_lookup(|name| {
        vars.iter()
            .find(|(var, _)| *var == name)
            .map(|(_, value)| value.to_string())
    });
    parse(text, Path::new("/etc/c.toml"), &env)
}

fn profile(text: &str) -> WecomProfile {
    let file = parse_with(text, &[]).unwrap();
    let (_, p) = file.profiles.into_iter().next().unwrap();
    p.get::<WecomProfile>().expect("a wecom profile").clone()
}

fn error(text: &str, vars: &[(&str, &str)]) -> String {
    parse_with(text, vars).unwrap_err().to_string()
}

const APP: &str = "[profiles.wx]\nprovider = \"wecom\"\ncorp_id = \"ww1\"\ncorp_secret = \"s3cr3t-value\"\nagent_id = 1000002\n";

#[test]
fn an_app_profile_resolves_with_its_defaults() {
    let p = profile(&format!(
        "{APP}to_user = [\"a|b\"]\nto_dept = [2, \"3\"]\nto_tag = [7]\ndedupe = 600\n"
    ));
    assert_eq!(p.url, api::DEFAULT_URL);
    let app = p.app().unwrap();
    assert_eq!(
        (app.corp_id.as_str(), app.agent_id, app.dedupe),
        ("ww1", 1000002, 600)
    );
    assert_eq!(app.to_user, ["a", "b"]);
    assert_eq!(app.to_dept, ["2", "3"]);
    assert_eq!(app.to_tag, ["7"]);
    assert!(!format!("{p:?}").contains("s3cr3t-value"));
    let shown = p.masked_lines(&Overrides::default()).join("\n");
    assert!(
        shown.contains("corp_secret = \"***\"") && !shown.contains("s3cr3t"),
        "{shown}"
    );
}

#[test]
fn a_robot_takes_its_key_or_its_whole_webhook_url() {
    let p = profile(&format!(
        "[profiles.bot]\nprovider = \"wecom\"\nwebhook_key = \"{KEY}\"\n"
    ));
    assert!(p.app().is_none());
    assert!(p.check_secrets().is_ok());
    let url = format!("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key={KEY}");
    assert_eq!(robot_key(&url).unwrap(), KEY);
    assert_eq!(robot_key(&format!(" {KEY}\n")).unwrap(), KEY);
    assert!(robot_key("https://qyapi.weixin.qq.com/cgi-bin/webhook/send").is_err());
    let e = robot_key("not a key!").unwrap_err();
    assert!(!e.contains("not a key"), "{e}");
    let e = error(
        "[profiles.bot]\nprovider = \"wecom\"\nwebhook_key = \"no spaces allowed\"\n",
        &[],
    );
    assert!(e.contains("`webhook_key`") && !e.contains("spaces"), "{e}");
    // Both the URL and the key inside it are masked wherever corpmsg prints server text.
    let p = profile(&format!(
        "[profiles.bot]\nprovider = \"wecom\"\nwebhook_key = \"{url}\"\n"
    ));
    let values: Vec<String> = p
        .secret_values()
        .iter()
        .map(|s| s.expose().to_string())
        .collect();
    assert!(
        values.contains(&url) && values.contains(&KEY.to_string()),
        "{values:?}"
    );
}

#[test]
fn a_profile_is_an_app_or_a_robot_not_both() {
    let e = error(&format!("{APP}webhook_key = \"{KEY}\"\n"), &[]);
    assert!(e.contains("either an app or a group robot"), "{e}");
    assert!(e.contains("corp_id") && e.contains("agent_id"), "{e}");
}

#[test]
fn app_keys_are_checked() {
    let e = error(
        "[profiles.wx]\nprovider = \"wecom\"\ncorp_id = \"ww1\"\nagent_id = \"1000002\"\n",
        &[],
    );
    assert!(
        e.contains("`agent_id` is a string") && !e.contains("1000002\""),
        "{e}"
    );
    let e = error(
        "[profiles.wx]\nprovider = \"wecom\"\ncorp_id = \"ww1\"\nagent_id = 0\n",
        &[],
    );
    assert!(e.contains("`agent_id` is 0"), "{e}");
    let e = error("[profiles.wx]\nprovider = \"wecom\"\nagent_id = 5\n", &[]);
    assert!(e.contains("`corp_id` is missing"), "{e}");
    let e = error(&format!("{APP}dedupe = 20000\n"), &[]);
    assert!(e.contains("`dedupe` is 20000"), "{e}");
    let e = error(&format!("{APP}to_dept = [-1]\n"), &[]);
    assert!(e.contains("`to_dept`"), "{e}");
    // The secret is read only when needed: a dry run works without it.
    let p = profile("[profiles.wx]\nprovider = \"wecom\"\ncorp_id = \"ww1\"\nagent_id = 5\n");
    let e = p.check_secrets().unwrap_err().to_string();
    assert!(e.contains("`corp_secret` is missing"), "{e}");
}

#[test]
fn the_environment_makes_an_app_or_a_robot() {
    let robot = [(env_vars::CORPMSG_WECOM_WEBHOOK_KEY, KEY)];
    let p = env_profile(&overrides(&robot), "env-wecom")
        .unwrap()
        .unwrap();
    assert!(p.get::<WecomProfile>().unwrap().app().is_none());
    let app = [
        (env_vars::CORPMSG_WECOM_CORP_ID, "ww9"),
        (env_vars::CORPMSG_WECOM_CORP_SECRET, "sec"),
        (env_vars::CORPMSG_WECOM_AGENT_ID, "1000003"),
    ];
    let p = env_profile(&overrides(&app), "env-wecom").unwrap().unwrap();
    let wx = p.get::<WecomProfile>().unwrap();
    assert_eq!(wx.app().unwrap().agent_id, 1000003);
    let both = [app[0], robot[0]];
    let e = env_profile(&overrides(&both), "env-wecom")
        .unwrap()
        .unwrap_err();
    assert!(
        e.to_string().contains("either a group robot or an app"),
        "{e}"
    );
    // A robot's key does not turn a file's app into a robot, and the reverse.
    let file = parse_with(APP, &robot).unwrap();
    assert!(
        file.profiles["wx"]
            .get::<WecomProfile>()
            .unwrap()
            .app()
            .is_some()
    );
    let bot = "[profiles.bot]\nprovider = \"wecom\"\nwebhook_key_env = \"X\"\n";
    let file = parse_with(bot, &app).unwrap();
    assert!(
        file.profiles["bot"]
            .get::<WecomProfile>()
            .unwrap()
            .app()
            .is_none()
    );
    let bad = [app[0], (env_vars::CORPMSG_WECOM_AGENT_ID, "x")];
    let e = env_profile(&overrides(&bad), "env-wecom")
        .unwrap()
        .unwrap_err();
    assert!(e.to_string().contains("CORPMSG_WECOM_AGENT_ID"), "{e}");
}

fn overrides(vars: &[(&str, &str)]) -> Overrides {
    Overrides::from_lookup(|name| {
        vars.iter()
            .find(|(var, _)| *var == name)
            .map(|(_, value)| value.to_string())
    })
}

#[test]
fn the_starter_parses_once_filled_in_and_its_robot_once_uncommented() {
    let filled = STARTER
        .replace("corp_id = \"\"", "corp_id = \"ww1\"")
        .replace("corp_secret = \"\"", "corp_secret = \"s\"")
        .replace("agent_id = 0", "agent_id = 1000002");
    let (app, robot) = filled.split_once("\n# [profiles.wxbot]").unwrap();
    let robot: String = robot
        .lines()
        .map(|l| format!("{}\n", l.strip_prefix("# ").unwrap_or(l)))
        .collect();
    let text = format!(
        "[profiles.wx]\n{app}\n[profiles.wxbot]{}",
        robot.replace(
            "webhook_key_file = \"~/.config/corpmsg/wxbot.key\"",
            &format!("webhook_key = \"{KEY}\"")
        )
    );
    let file = parse_with(&text, &[]).unwrap();
    assert!(
        file.profiles["wx"]
            .get::<WecomProfile>()
            .unwrap()
            .app()
            .is_some()
    );
    assert!(
        file.profiles["wxbot"]
            .get::<WecomProfile>()
            .unwrap()
            .app()
            .is_none()
    );
}

#[test]
fn a_robot_takes_no_recipients_from_send() {
    let p = profile(&format!(
        "[profiles.bot]\nprovider = \"wecom\"\nwebhook_key = \"{KEY}\"\n"
    ));
    let to = TextTo {
        users: Some(vec!["a".into()]),
        ..TextTo::default()
    };
    let e = p.text("hi", OnLong::Truncate, &to).unwrap_err().to_string();
    assert!(
        e.contains("-u/--to-user") && e.contains("group robot"),
        "{e}"
    );
    let out = p.text("hi", OnLong::Truncate, &TextTo::default()).unwrap();
    assert_eq!(out.requests[0].endpoint, api::WEBHOOK_SEND);
    assert_eq!(p.text_measure(), Measure::Bytes);
}

#[test]
fn the_app_keys_are_those_between_url_and_the_robots() {
    assert_eq!(APP_KEYS.first(), Some(&"corp_id"));
    assert_eq!(APP_KEYS.last(), Some(&"dedupe"));
    assert!(
        APP_KEYS
            .iter()
            .all(|k| !k.starts_with("webhook") && *k != "url")
    );
}
