//! The WeCom (企业微信) provider's part of the config: its registry entry ([`WECOM`]), its two
//! kinds of profile (an app, or a group robot) with their keys and checks and the environment's
//! overrides, its resolved profile and its starter config.

use super::*;
use crate::payload::recipients::{self, Recipients};
use crate::payload::wecom::robot::{self, Mentions};
use crate::payload::wecom::{self as builder, Addressing, MAX_DEDUPE, Message};
use crate::transport::wecom::{self as api, Auth, Endpoint};

/// WeCom's entry in the registry ([`PROVIDERS`]).
pub(crate) struct Wecom;

/// WeCom's entry in the registry.
pub(crate) static WECOM: Wecom = Wecom;

impl Schema for Wecom {
    fn name(&self) -> &'static str {
        "wecom"
    }

    fn env_vars(&self) -> &'static [&'static str] {
        WECOM_VARS
    }

    fn keys(&self) -> &'static [&'static str] {
        WECOM_KEYS
    }

    fn starter(&self) -> &'static str {
        STARTER
    }

    /// Whether a profile is an app or a robot, and the app's agent id, shape every request.
    fn env_shapes_dry_run(&self, _env: &Overrides) -> bool {
        true
    }

    fn makes_profile(&self, env: &Overrides) -> bool {
        env.any(WECOM_VARS)
    }

    fn parse(
        &self,
        table: toml::Table,
        at: &Place<'_>,
        env: &Overrides,
    ) -> Result<Profile, Vec<ConfigError>> {
        parse_table(table, at, WECOM_KEYS, &[], |raw| {
            wecom_profile(raw, at, env)
        })
        .map(Profile::new)
    }
}

/// Resolves the WeCom profile for a command, as [`youdu`] does with `CORPMSG_WECOM_*`.
pub(crate) fn wecom(
    req: &Request,
    optional: bool,
) -> Result<Option<Loaded<WecomProfile>>, ConfigError> {
    resolve_as(req, Provider(&WECOM), optional)
}

/// WeCom's section of `config init`: an app, and a group robot commented out.
const STARTER: &str = r#"provider = "wecom"
# A self-built app (自建应用): the corp id (我的企业 → 企业信息), the app's AgentId and Secret
# (应用管理 → the app). corp_secret_env = "VARIABLE" or corp_secret_file = "path" keep the
# secret out of this file. Apps made since 2022-06-20 also need this machine's public IP
# among their trusted IPs (企业可信IP).
corp_id = ""
corp_secret = ""
agent_id = 0
# Default recipients: user ids, department (party) ids, tag ids.
to_user = []
to_dept = []
to_tag = []
# Seconds of the server's duplicate check (0 = off, at most 14400).
dedupe = 0

# A group robot (群机器人) instead: its webhook key, or the whole webhook URL. Such a profile
# has only url and webhook_key (or webhook_key_env / webhook_key_file).
# [profiles.wxbot]
# provider = "wecom"
# webhook_key_file = "~/.config/corpmsg/wxbot.key"
"#;

/// A resolved WeCom profile.
#[derive(Debug, Clone)]
pub struct WecomProfile {
    /// The profile's name, or `env-wecom` for a profile made of `CORPMSG_WECOM_*` variables.
    pub name: String,
    /// The config file it came from, or `environment`.
    pub origin: String,
    pub url: String,
    /// Whether `url` was given (the profile's key or `CORPMSG_WECOM_URL`), not the default.
    pub url_given: bool,
    pub(crate) kind: WecomKind,
}

/// An app or a group robot.
#[derive(Debug, Clone)]
pub(crate) enum WecomKind {
    App(WecomApp),
    Robot {
        /// The key, or the whole webhook URL ([`robot_key`] takes the key out of it).
        webhook_key: SecretSource,
    },
}

/// An app profile's own keys.
#[derive(Debug, Clone)]
pub(crate) struct WecomApp {
    pub corp_id: String,
    pub(super) corp_secret: Option<SecretSource>,
    pub agent_id: i64,
    pub to_user: Vec<String>,
    pub to_dept: Vec<String>,
    pub to_tag: Vec<String>,
    /// Seconds of the server's duplicate check; 0 is off.
    pub dedupe: u32,
}

impl WecomApp {
    /// The profile's default recipients.
    pub(crate) fn default_recipients(&self) -> Recipients {
        Recipients {
            users: self.to_user.clone(),
            depts: self.to_dept.clone(),
            tags: self.to_tag.clone(),
            ..Recipients::default()
        }
    }
}

impl WecomProfile {
    /// The app, if the profile is one.
    pub(crate) fn app(&self) -> Option<&WecomApp> {
        match &self.kind {
            WecomKind::App(app) => Some(app),
            WecomKind::Robot { .. } => None,
        }
    }

    fn field(&self, key: &str, problem: String) -> ConfigError {
        ConfigError::Field {
            origin: self.origin.clone(),
            profile: self.name.clone(),
            key: key.into(),
            problem,
        }
    }

    /// The client's credentials: the app's secret, or the robot's key, read and checked; and
    /// for a robot whose key was given as its whole webhook URL, that URL's origin.
    fn auth(&self) -> Result<(Auth, Option<String>), ConfigError> {
        match &self.kind {
            WecomKind::App(app) => {
                let secret = required_secret(
                    app.corp_secret.as_ref(),
                    &self.origin,
                    &self.name,
                    "corp_secret",
                    env_vars::CORPMSG_WECOM_CORP_SECRET,
                )?;
                // White space alone is empty too: the secret is sent trimmed.
                if secret.expose().trim().is_empty() {
                    return Err(self.field("corp_secret", "is empty".into()));
                }
                let auth = Auth::App {
                    corp_id: app.corp_id.clone(),
                    secret: Secret::new(secret.expose().trim()),
                };
                Ok((auth, None))
            }
            WecomKind::Robot { webhook_key } => {
                let given = webhook_key.read(&self.origin, &self.name, "webhook_key")?;
                let key = robot_key(given.expose()).map_err(|p| self.field("webhook_key", p))?;
                let origin = reqwest::Url::parse(given.expose().trim())
                    .ok()
                    .filter(|u| matches!(u.scheme(), "http" | "https"))
                    .map(|u| u.origin().ascii_serialization());
                let auth = Auth::Robot {
                    key: Secret::new(key),
                };
                Ok((auth, origin))
            }
        }
    }

    /// The WeCom client of this profile: the secret or key is read first, then `connect`
    /// makes the HTTP client.
    pub(crate) fn wecom_client(
        &self,
        connect: Connect,
        cache_dir: Option<PathBuf>,
    ) -> anyhow::Result<api::Client> {
        let (auth, origin) = self.auth()?;
        // A robot's whole webhook URL names its host, unless the profile names one.
        let url = match origin {
            Some(origin) if !self.url_given => origin,
            _ => self.url.clone(),
        };
        let http = connect(&url)?;
        let endpoint = Endpoint { url, auth };
        Ok(api::Client::new(http, endpoint, cache_dir))
    }
}

/// The key of a robot's webhook: `given` itself, or the `key=` of a whole webhook URL
/// (protocol §6.1: giving the URL where the key belongs is the commonest mistake). The problem
/// never quotes the value.
pub(crate) fn robot_key(given: &str) -> Result<String, String> {
    let given = given.trim();
    let key = if given.contains("://") || given.contains('?') {
        given
            .split(['?', '&'])
            .find_map(|p| p.strip_prefix("key="))
            .ok_or("is a URL without a key=… parameter; give the robot's webhook URL or its key")?
    } else {
        given
    };
    if key.is_empty() {
        return Err("is empty".into());
    }
    if key.len() > 128
        || !key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return Err(
            "does not look like a robot key (letters, digits and `-`, such as 693a91f6-7xxx-…): give the key=… of the robot's webhook URL, or the whole URL".into(),
        );
    }
    Ok(key.to_string())
}

/// App messages of the payload layer as requests to `/cgi-bin/message/send`.
pub(crate) fn wecom_requests(built: builder::Built) -> Outgoing {
    Outgoing::new(
        api::MESSAGE_SEND,
        &built.messages,
        Message::recipients,
        built.warnings,
    )
}

/// Robot messages as requests to `/cgi-bin/webhook/send` (no recipients: the robot's group).
pub(crate) fn robot_requests(built: robot::Built) -> Outgoing {
    Outgoing::new(
        api::WEBHOOK_SEND,
        &built.messages,
        |_| Recipients::default(),
        built.warnings,
    )
}

impl ProfileKind for WecomProfile {
    fn provider(&self) -> Provider {
        Provider(&WECOM)
    }

    fn name(&self) -> &str {
        &self.name
    }

    fn url(&self) -> &str {
        &self.url
    }

    fn warnings(&self) -> Vec<String> {
        Vec::new()
    }

    /// 2048, in bytes of UTF-8 (an app's and a robot's text).
    fn text_limit(&self) -> usize {
        builder::TEXT_LIMIT
    }

    fn text_measure(&self) -> Measure {
        Measure::Bytes
    }

    /// An app: `-u`/`-d` replace the profile's defaults (its tags too). A robot has no
    /// recipients: `-u`/`-d` are an error.
    fn text(&self, text: &str, on_long: OnLong, to: &TextTo) -> Result<Outgoing, PayloadError> {
        let given = to.users.is_some() || !to.depts.is_empty();
        let Some(app) = self.app() else {
            if given {
                return Err(robot_has_no_recipients(if to.users.is_some() {
                    "-u/--to-user"
                } else {
                    "-d/--to-dept"
                }));
            }
            return robot::text(text, on_long, &Mentions::default()).map(robot_requests);
        };
        let how = Addressing {
            agent_id: app.agent_id,
            to: match given {
                true => Recipients {
                    users: to.users.clone().unwrap_or_default(),
                    depts: to.depts.clone(),
                    ..Recipients::default()
                },
                false => app.default_recipients(),
            },
            to_all: false,
            split: to.split,
            dedupe: app.dedupe,
        };
        builder::text(text, on_long, &how).map(wecom_requests)
    }

    fn client(
        &self,
        connect: Connect,
        cache_dir: Option<PathBuf>,
    ) -> anyhow::Result<Box<dyn Client>> {
        Ok(Box::new(self.wecom_client(connect, cache_dir)?))
    }

    /// The app's secret, or the robot's key and the URL it may have been given in.
    fn secret_values(&self) -> Vec<Secret> {
        let mut values = Vec::new();
        let source = match &self.kind {
            WecomKind::App(app) => app.corp_secret.as_ref(),
            WecomKind::Robot { webhook_key } => Some(webhook_key),
        };
        if let Some(Ok(s)) = source.map(|s| s.read(&self.origin, &self.name, "secret")) {
            values.push(Secret::new(s.expose().trim()));
            if let Ok(key) = robot_key(s.expose()) {
                values.push(Secret::new(key));
            }
        }
        values
    }

    fn check_secrets(&self) -> Result<(), ConfigError> {
        self.auth().map(drop)
    }

    fn masked_lines(&self, env: &Overrides) -> Vec<String> {
        let mut lines = vec![marked(
            toml_line("url", self.url.as_str()),
            env,
            env_vars::CORPMSG_WECOM_URL,
        )];
        match &self.kind {
            WecomKind::Robot { webhook_key } => lines.push(marked(
                webhook_key.masked_line("webhook_key"),
                env,
                env_vars::CORPMSG_WECOM_WEBHOOK_KEY,
            )),
            WecomKind::App(app) => {
                lines.push(marked(
                    toml_line("corp_id", app.corp_id.as_str()),
                    env,
                    env_vars::CORPMSG_WECOM_CORP_ID,
                ));
                if let Some(s) = &app.corp_secret {
                    let line = s.masked_line("corp_secret");
                    lines.push(marked(line, env, env_vars::CORPMSG_WECOM_CORP_SECRET));
                }
                lines.push(marked(
                    toml_line("agent_id", app.agent_id),
                    env,
                    env_vars::CORPMSG_WECOM_AGENT_ID,
                ));
                lines.push(toml_line("to_user", string_array(&app.to_user)));
                lines.push(toml_line("to_dept", string_array(&app.to_dept)));
                lines.push(toml_line("to_tag", string_array(&app.to_tag)));
                lines.push(toml_line("dedupe", i64::from(app.dedupe)));
            }
        }
        lines
    }
}

/// The error for a recipient flag on a robot profile.
pub(crate) fn robot_has_no_recipients(flag: &str) -> PayloadError {
    PayloadError::NotFor {
        what: flag.into(),
        message: "a WeCom group robot, whose messages go to its group (use an app profile to address people)".into(),
    }
}

/// The `CORPMSG_WECOM_*` variables, which [`Overrides`] reads; each makes up a profile.
const WECOM_VARS: &[&str] = &[
    env_vars::CORPMSG_WECOM_URL,
    env_vars::CORPMSG_WECOM_CORP_ID,
    env_vars::CORPMSG_WECOM_CORP_SECRET,
    env_vars::CORPMSG_WECOM_AGENT_ID,
    env_vars::CORPMSG_WECOM_WEBHOOK_KEY,
];

/// The variables of an app profile.
const APP_VARS: &[&str] = &[
    env_vars::CORPMSG_WECOM_CORP_ID,
    env_vars::CORPMSG_WECOM_CORP_SECRET,
    env_vars::CORPMSG_WECOM_AGENT_ID,
];

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawWecom {
    pub(super) url: Option<String>,
    pub(super) corp_id: Option<String>,
    pub(super) corp_secret: Option<String>,
    pub(super) corp_secret_env: Option<String>,
    pub(super) corp_secret_file: Option<PathBuf>,
    /// An integer; a string is read too, to say so.
    pub(super) agent_id: Option<DeptId>,
    #[serde(default)]
    pub(super) to_user: Vec<String>,
    #[serde(default)]
    pub(super) to_dept: Vec<DeptId>,
    #[serde(default)]
    pub(super) to_tag: Vec<DeptId>,
    pub(super) dedupe: Option<i64>,
    pub(super) webhook_key: Option<String>,
    pub(super) webhook_key_env: Option<String>,
    pub(super) webhook_key_file: Option<PathBuf>,
}

/// The keys a WeCom profile takes beside `provider`, as [`RawWecom`] names them.
pub(super) const WECOM_KEYS: &[&str] = &[
    "url",
    "corp_id",
    "corp_secret",
    "corp_secret_env",
    "corp_secret_file",
    "agent_id",
    "to_user",
    "to_dept",
    "to_tag",
    "dedupe",
    "webhook_key",
    "webhook_key_env",
    "webhook_key_file",
];

/// The keys only an app takes ([`WECOM_KEYS`] after `url` and before the robot's), for the
/// error of a profile that mixes both kinds.
const APP_KEYS: &[&str] = WECOM_KEYS.split_at(1).1.split_at(9).0;

impl RawWecom {
    /// The app keys given, by name.
    fn app_keys(&self) -> Vec<&'static str> {
        let given = [
            self.corp_id.is_some(),
            self.corp_secret.is_some(),
            self.corp_secret_env.is_some(),
            self.corp_secret_file.is_some(),
            self.agent_id.is_some(),
            !self.to_user.is_empty(),
            !self.to_dept.is_empty(),
            !self.to_tag.is_empty(),
            self.dedupe.is_some(),
        ];
        APP_KEYS
            .iter()
            .zip(given)
            .filter_map(|(k, g)| g.then_some(*k))
            .collect()
    }

    fn robot_given(&self) -> bool {
        self.webhook_key.is_some()
            || self.webhook_key_env.is_some()
            || self.webhook_key_file.is_some()
    }
}

/// Whether `raw` (with the overrides) is a robot: it has a webhook key; or, when the table
/// names neither kind (the environment's profile), only the robot's variable is set.
fn is_robot(raw: &RawWecom, at: &Place<'_>, env: &Overrides) -> Result<bool, ConfigError> {
    let app_keys = raw.app_keys();
    if raw.robot_given() {
        if !app_keys.is_empty() {
            return Err(ConfigError::Profile {
                origin: at.origin.to_string(),
                profile: at.name.to_string(),
                problem: format!(
                    "has webhook_key and app keys ({}): a profile is either an app or a group robot; make two profiles",
                    app_keys.join(", ")
                ),
            });
        }
        return Ok(true);
    }
    if !app_keys.is_empty() || env.get(env_vars::CORPMSG_WECOM_WEBHOOK_KEY).is_none() {
        return Ok(false);
    }
    if env.any(APP_VARS) {
        return Err(env_error(
            env_vars::CORPMSG_WECOM_WEBHOOK_KEY,
            format!(
                "is set together with an app's variables (of {}): a WeCom profile made of variables is either a group robot or an app; unset one kind",
                APP_VARS.join(", ")
            ),
        ));
    }
    Ok(true)
}

/// The profile that `raw` and the overrides give, or every problem they have.
fn wecom_profile(
    raw: RawWecom,
    at: &Place<'_>,
    env: &Overrides,
) -> Result<WecomProfile, Vec<ConfigError>> {
    let mut problems = Vec::new();
    let url_given = raw.url.is_some() || env.get(env_vars::CORPMSG_WECOM_URL).is_some();
    let url = keep(&mut problems, || url(&raw, at, env));
    let kind = match is_robot(&raw, at, env) {
        Ok(true) => keep(&mut problems, || robot(&raw, at, env)),
        Ok(false) => app(&raw, at, env, &mut problems).map(WecomKind::App),
        Err(e) => {
            problems.push(e);
            None
        }
    };
    match (url, kind) {
        (Some(url), Some(kind)) if problems.is_empty() => Ok(WecomProfile {
            name: at.name.to_string(),
            origin: at.origin.to_string(),
            url,
            url_given,
            kind,
        }),
        _ => Err(problems),
    }
}

/// `url`: `CORPMSG_WECOM_URL`, else the profile's, else the public API host.
fn url(raw: &RawWecom, at: &Place<'_>, env: &Overrides) -> Result<String, ConfigError> {
    let var = env_vars::CORPMSG_WECOM_URL;
    match (env.get(var), &raw.url) {
        (Some(url), _) => check_url(url).map_err(|p| env_error(var, p)),
        (None, Some(url)) => check_url(url).map_err(|p| at.error("url", p)),
        (None, None) => Ok(api::DEFAULT_URL.to_string()),
    }
}

/// A robot: `CORPMSG_WECOM_WEBHOOK_KEY`, else the profile's `webhook_key` (`_env`, `_file`);
/// a key given as the value is checked now.
fn robot(raw: &RawWecom, at: &Place<'_>, env: &Overrides) -> Result<WecomKind, ConfigError> {
    let var = env_vars::CORPMSG_WECOM_WEBHOOK_KEY;
    let source = match env.get(var) {
        Some(v) => {
            robot_key(v).map_err(|p| env_error(var, p))?;
            SecretSource::Value(Secret::new(v.trim()))
        }
        None => {
            let keys = (
                "webhook_key",
                raw.webhook_key.clone(),
                raw.webhook_key_env.clone(),
                raw.webhook_key_file.clone(),
            );
            let source = secret_source(keys, at.base, &at.field())?
                .expect("a robot's table gives a webhook key");
            if let SecretSource::Value(v) = &source {
                robot_key(v.expose()).map_err(|p| at.error("webhook_key", p))?;
            }
            source
        }
    };
    Ok(WecomKind::Robot {
        webhook_key: source,
    })
}

/// An app: every key checked, each problem added to `problems`.
fn app(
    raw: &RawWecom,
    at: &Place<'_>,
    env: &Overrides,
    problems: &mut Vec<ConfigError>,
) -> Option<WecomApp> {
    let corp_id = keep(problems, || corp_id(raw, at, env));
    let agent_id = keep(problems, || agent_id(raw, at, env));
    let corp_secret = keep(problems, || {
        let keys = (
            "corp_secret",
            raw.corp_secret.clone(),
            raw.corp_secret_env.clone(),
            raw.corp_secret_file.clone(),
        );
        secret_or_var(keys, at, env, env_vars::CORPMSG_WECOM_CORP_SECRET)
    });
    let to_user = keep(problems, || user_list(&raw.to_user, &at.field()));
    let to_dept = keep(problems, || ids(&raw.to_dept, "to_dept", "department", at));
    let to_tag = keep(problems, || ids(&raw.to_tag, "to_tag", "tag", at));
    let dedupe = keep(problems, || dedupe(raw, at));
    Some(WecomApp {
        corp_id: corp_id?,
        corp_secret: corp_secret?,
        agent_id: agent_id?,
        to_user: recipients::dedup(to_user?),
        to_dept: recipients::dedup(to_dept?),
        to_tag: recipients::dedup(to_tag?),
        dedupe: dedupe?,
    })
}

/// `corp_id`: `CORPMSG_WECOM_CORP_ID`, else the profile's; required.
fn corp_id(raw: &RawWecom, at: &Place<'_>, env: &Overrides) -> Result<String, ConfigError> {
    let var = env_vars::CORPMSG_WECOM_CORP_ID;
    let (value, error): (Option<&String>, &dyn Fn(String) -> ConfigError) = match env.get(var) {
        Some(v) => (Some(v), &|p| env_error(var, p)),
        None => (raw.corp_id.as_ref(), &|p| at.error("corp_id", p)),
    };
    match value.map(|v| v.trim()) {
        None | Some("") => Err(at.error(
            "corp_id",
            format!("is missing (the 企业ID, ww…, under 我的企业 → 企业信息; set it in the profile or in {var}; a group robot needs webhook_key instead)"),
        )),
        Some(v) if !v.bytes().all(|b| b.is_ascii_alphanumeric()) => Err(error(
            "holds a character other than a letter or digit; a corp id looks like ww0123456789abcdef".into(),
        )),
        Some(v) => Ok(v.to_string()),
    }
}

/// `agent_id`: `CORPMSG_WECOM_AGENT_ID`, else the profile's; a positive integer, required.
fn agent_id(raw: &RawWecom, at: &Place<'_>, env: &Overrides) -> Result<i64, ConfigError> {
    let var = env_vars::CORPMSG_WECOM_AGENT_ID;
    let problem = "must be the app's AgentId, a positive whole number such as 1000002";
    match (env.get(var), &raw.agent_id) {
        (Some(v), _) => v
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|n| *n > 0)
            .ok_or_else(|| env_error(var, problem.into())),
        (None, Some(DeptId::Number(n))) if *n > 0 => Ok(*n),
        (None, Some(DeptId::Number(n))) => {
            Err(at.error("agent_id", format!("is {n}; it {problem}")))
        }
        (None, Some(DeptId::Text(_))) => Err(at.error(
            "agent_id",
            "is a string; it is an integer in WeCom's API: write it without quotes, such as agent_id = 1000002".into(),
        )),
        (None, None) => Err(at.error(
            "agent_id",
            format!("is missing; it {problem} (set it in the profile or in {var})"),
        )),
    }
}

/// `to_dept` or `to_tag`: whole numbers, as text.
fn ids(raw: &[DeptId], key: &str, what: &str, at: &Place<'_>) -> Result<Vec<String>, ConfigError> {
    let bad = |shown: String| at.error(key, format!("holds {shown}; {what} ids are whole numbers"));
    raw.iter()
        .map(|d| match d {
            DeptId::Number(n) if *n >= 0 => Ok(n.to_string()),
            DeptId::Text(t) if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) => {
                Ok(t.clone())
            }
            DeptId::Number(n) => Err(bad(n.to_string())),
            DeptId::Text(t) => Err(bad(format!("{t:?}"))),
        })
        .collect()
}

/// `dedupe`: seconds of the server's duplicate check, 0 (off) to 14400.
fn dedupe(raw: &RawWecom, at: &Place<'_>) -> Result<u32, ConfigError> {
    match raw.dedupe {
        None => Ok(0),
        Some(n) => u32::try_from(n)
            .ok()
            .filter(|n| *n <= MAX_DEDUPE)
            .ok_or_else(|| {
                at.error(
                    "dedupe",
                    format!("is {n}; give seconds from 0 (off) to {MAX_DEDUPE} (4 hours)"),
                )
            }),
    }
}

#[cfg(test)]
mod tests;
