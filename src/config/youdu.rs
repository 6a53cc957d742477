//! The Youdu provider's part of the config: its registry entry ([`YOUDU`]), its keys and their
//! checks with the environment's overrides, its resolved profile and its starter config.

use super::*;
use crate::payload::recipients::{self, Recipients};
use crate::payload::youdu::{self as builder, Addressing, Message};
use crate::transport::youdu::crypto::{AesKey, Cipher};
use crate::transport::youdu::{self as api, Endpoint};

/// Youdu's entry in the registry ([`PROVIDERS`]).
pub(crate) struct Youdu;

/// Youdu's entry in the registry.
pub(crate) static YOUDU: Youdu = Youdu;

impl Schema for Youdu {
    fn name(&self) -> &'static str {
        "youdu"
    }

    fn env_vars(&self) -> &'static [&'static str] {
        YOUDU_VARS
    }

    fn keys(&self) -> &'static [&'static str] {
        YOUDU_KEYS
    }

    fn starter(&self) -> &'static str {
        STARTER
    }

    /// A Youdu dry run uses an environment-only profile only when it names a session's
    /// sender or session (`CORPMSG_YOUDU_SENDER`, `_SESSION_ID`), which shape a session
    /// message; otherwise it needs neither the file nor the variables.
    fn env_shapes_dry_run(&self, env: &Overrides) -> bool {
        env.any(&[
            env_vars::CORPMSG_YOUDU_SENDER,
            env_vars::CORPMSG_YOUDU_SESSION_ID,
        ])
    }

    /// The credentials' variables; the defaults (`CORPMSG_YOUDU_TO_USER`, `_TO_DEPT`, `_SENDER`,
    /// `_SESSION_ID`) only fill a profile.
    fn makes_profile(&self, env: &Overrides) -> bool {
        env.any(&[
            env_vars::CORPMSG_YOUDU_URL,
            env_vars::CORPMSG_YOUDU_BUIN,
            env_vars::CORPMSG_YOUDU_APP_ID,
            env_vars::CORPMSG_YOUDU_AES_KEY,
        ])
    }

    fn parse(
        &self,
        table: toml::Table,
        at: &Place<'_>,
        env: &Overrides,
    ) -> Result<Profile, Vec<ConfigError>> {
        parse_table(table, at, YOUDU_KEYS, &[], |raw| {
            youdu_profile(raw, at, env)
        })
        .map(Profile::new)
    }
}

/// Resolves the Youdu profile for a command: the chosen profile with `CORPMSG_YOUDU_*` applied,
/// or a profile made of those variables when the file has no Youdu profile (or there is no file).
///
/// Returns `Ok(None)` only when `optional` is set (dry runs) and there is neither a file nor a
/// Youdu profile nor any variable.
pub(crate) fn youdu(
    req: &Request,
    optional: bool,
) -> Result<Option<Loaded<YouduProfile>>, ConfigError> {
    resolve_as(req, Provider(&YOUDU), optional)
}

/// Youdu's section of `config init`.
const STARTER: &str = r#"provider = "youdu"
# Base URL of the Youdu server API: scheme, host and port (7080 by default).
url = "http://youdu.example.com:7080"
# Enterprise number (企业总机号), from 管理后台 → 我的企业: a whole number.
buin = 0
# The app's id (应用ID), from 管理后台 → 应用 → the app → 开发者信息.
app_id = ""
# The app's EncodingAESKey (44 characters), from the same page. Or use
# aes_key_env = "VARIABLE" or aes_key_file = "path" to keep it out of this file.
aes_key = ""
# Default recipients: accounts, and department ids (0 is the whole organisation).
to_user = []
to_dept = []
# For chat sessions (`corpmsg youdu session …`): the account that session messages come
# from (the default of --sender), and the session they go to (the default of --session).
# Both optional.
# sender = "robot"
# session_id = "{8AD595F3-73B3-4B56-90AF-F336F9222FC5}"
# Session messages go through the built-in app sysOrgAssistant, not a custom app: make a
# profile of their own with app_id = "sysOrgAssistant" and aes_key set to the key of the
# built-in app sysOrgAssistant (its own EncodingAESKey, from the admin console; probably
# 管理后台 → 企业应用 → 组织架构同步 → 通过调用接口同步, depending on the server's version).
"#;

/// A resolved Youdu profile.
#[derive(Debug, Clone)]
pub struct YouduProfile {
    /// The profile's name, or `env-youdu` for a profile made of `CORPMSG_YOUDU_*` variables.
    pub name: String,
    /// The config file it came from, or `environment`.
    pub origin: String,
    pub url: String,
    pub buin: i64,
    pub app_id: String,
    /// `None` when neither the profile nor the environment gives it: fine for a dry run.
    pub(super) aes_key: Option<SecretSource>,
    pub to_user: Vec<String>,
    pub to_dept: Vec<String>,
    /// The account session messages come from by default (`--sender`), trimmed.
    pub sender: Option<String>,
    /// The session that session messages go to by default (`--session`), trimmed.
    pub session_id: Option<String>,
}

impl YouduProfile {
    /// Reads and decodes the EncodingAESKey (from the value, the variable or the file).
    pub(crate) fn aes_key(&self) -> Result<AesKey, ConfigError> {
        let field = |problem: String| ConfigError::Field {
            origin: self.origin.clone(),
            profile: self.name.clone(),
            key: "aes_key".into(),
            problem,
        };
        let source = self.aes_key.as_ref().ok_or_else(|| {
            field(format!(
                "is missing (set aes_key, aes_key_env or aes_key_file, or {})",
                env_vars::CORPMSG_YOUDU_AES_KEY
            ))
        })?;
        let secret = source.read(&self.origin, &self.name, "aes_key")?;
        AesKey::decode(secret.expose()).map_err(|e| field(e.to_string()))
    }
}

impl YouduProfile {
    /// The profile's default recipients (`to_user`, `to_dept`), deduplicated.
    pub(crate) fn default_recipients(&self) -> Recipients {
        Recipients {
            users: recipients::dedup(self.to_user.clone()),
            depts: recipients::dedup(self.to_dept.clone()),
            ..Recipients::default()
        }
    }

    /// The Youdu client of this profile: the key is read and decoded first, then `connect`
    /// makes the HTTP client.
    pub(crate) fn youdu_client(
        &self,
        connect: Connect,
        cache_dir: Option<PathBuf>,
    ) -> anyhow::Result<api::Client> {
        let key = self.aes_key()?;
        let encoded = key.encoded();
        let cipher = Cipher::new(key, self.app_id.clone());
        Ok(api::Client::new(
            connect(&self.url)?,
            Endpoint {
                url: self.url.clone(),
                buin: self.buin,
                cipher,
                key: encoded,
            },
            cache_dir,
        ))
    }
}

/// Messages of the Youdu payload layer as requests to `msg/send`.
pub(crate) fn youdu_requests(built: builder::Built) -> Outgoing {
    Outgoing::new(
        api::MSG_SEND,
        &built.messages,
        Message::recipients,
        built.warnings,
    )
}

impl ProfileKind for YouduProfile {
    fn provider(&self) -> Provider {
        Provider(&YOUDU)
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

    /// The key with its final `=` and without it.
    fn secret_values(&self) -> Vec<Secret> {
        let Some(Ok(key)) = self
            .aes_key
            .as_ref()
            .map(|s| s.read(&self.origin, &self.name, "aes_key"))
        else {
            return Vec::new();
        };
        let bare = key.expose().trim().trim_end_matches('=');
        vec![Secret::new(format!("{bare}=")), Secret::new(bare)]
    }

    /// Reads the key and decodes it.
    fn check_secrets(&self) -> Result<(), ConfigError> {
        self.aes_key().map(drop)
    }

    /// Youdu's documented 600.
    fn text_limit(&self) -> usize {
        builder::TEXT_LIMIT
    }

    /// Either `-u` or `-d` replaces both of the profile's defaults, as for `youdu text`.
    fn text(&self, text: &str, on_long: OnLong, to: &TextTo) -> Result<Outgoing, PayloadError> {
        let given = (to.users.is_some() || !to.depts.is_empty()).then(|| Recipients {
            users: to.users.clone().unwrap_or_default(),
            depts: recipients::dedup(to.depts.clone()),
            ..Recipients::default()
        });
        let how = Addressing {
            to: given.unwrap_or_else(|| self.default_recipients()),
            split: to.split,
            to_all: None,
        };
        builder::text(text, on_long, &how).map(youdu_requests)
    }

    fn client(
        &self,
        connect: Connect,
        cache_dir: Option<PathBuf>,
    ) -> anyhow::Result<Box<dyn Client>> {
        Ok(Box::new(self.youdu_client(connect, cache_dir)?))
    }

    fn masked_lines(&self, env: &Overrides) -> Vec<String> {
        let mut lines = vec![
            marked(
                toml_line("url", self.url.as_str()),
                env,
                env_vars::CORPMSG_YOUDU_URL,
            ),
            marked(
                toml_line("buin", self.buin),
                env,
                env_vars::CORPMSG_YOUDU_BUIN,
            ),
            marked(
                toml_line("app_id", self.app_id.as_str()),
                env,
                env_vars::CORPMSG_YOUDU_APP_ID,
            ),
        ];
        if let Some(s) = &self.aes_key {
            let line = s.masked_line("aes_key");
            lines.push(marked(line, env, env_vars::CORPMSG_YOUDU_AES_KEY));
        }
        let depts: Vec<toml::Value> = self
            .to_dept
            .iter()
            .map(|d| {
                d.parse::<i64>()
                    .map_or_else(|_| d.as_str().into(), Into::into)
            })
            .collect();
        lines.extend([
            marked(
                toml_line("to_user", string_array(&self.to_user)),
                env,
                env_vars::CORPMSG_YOUDU_TO_USER,
            ),
            marked(
                toml_line("to_dept", depts),
                env,
                env_vars::CORPMSG_YOUDU_TO_DEPT,
            ),
        ]);
        let optional = [
            ("sender", &self.sender, env_vars::CORPMSG_YOUDU_SENDER),
            (
                "session_id",
                &self.session_id,
                env_vars::CORPMSG_YOUDU_SESSION_ID,
            ),
        ];
        for (key, value, var) in optional {
            if let Some(v) = value {
                lines.push(marked(toml_line(key, v.as_str()), env, var));
            }
        }
        lines
    }
}

/// The `CORPMSG_YOUDU_*` variables, which [`Overrides`] reads.
const YOUDU_VARS: &[&str] = &[
    env_vars::CORPMSG_YOUDU_URL,
    env_vars::CORPMSG_YOUDU_BUIN,
    env_vars::CORPMSG_YOUDU_APP_ID,
    env_vars::CORPMSG_YOUDU_AES_KEY,
    env_vars::CORPMSG_YOUDU_TO_USER,
    env_vars::CORPMSG_YOUDU_TO_DEPT,
    env_vars::CORPMSG_YOUDU_SENDER,
    env_vars::CORPMSG_YOUDU_SESSION_ID,
];

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawYoudu {
    pub(super) url: Option<String>,
    pub(super) buin: Option<i64>,
    pub(super) app_id: Option<String>,
    pub(super) aes_key: Option<String>,
    pub(super) aes_key_env: Option<String>,
    pub(super) aes_key_file: Option<PathBuf>,
    #[serde(default)]
    pub(super) to_user: Vec<String>,
    #[serde(default)]
    pub(super) to_dept: Vec<DeptId>,
    pub(super) sender: Option<String>,
    pub(super) session_id: Option<String>,
}

#[derive(Deserialize, Clone)]
#[serde(untagged)]
pub(super) enum DeptId {
    Number(i64),
    Text(String),
}

/// The keys a Youdu profile takes beside `provider`, as [`RawYoudu`] names them.
pub(super) const YOUDU_KEYS: &[&str] = &[
    "url",
    "buin",
    "app_id",
    "aes_key",
    "aes_key_env",
    "aes_key_file",
    "to_user",
    "to_dept",
    "sender",
    "session_id",
];

/// The profile that `raw` and the overrides give, or every problem they have.
fn youdu_profile(
    raw: RawYoudu,
    at: &Place<'_>,
    env: &Overrides,
) -> Result<YouduProfile, Vec<ConfigError>> {
    // Every field is checked, so that one run reports every problem of the profile.
    let mut problems = Vec::new();
    let url = keep(&mut problems, || url(&raw, at, env));
    let buin = keep(&mut problems, || buin(&raw, at, env));
    let app_id = keep(&mut problems, || app_id(&raw, at, env));
    let aes_key = keep(&mut problems, || aes_key(&raw, at, env));
    let to_user = keep(&mut problems, || {
        match env_list(env, env_vars::CORPMSG_YOUDU_TO_USER)? {
            Some(users) => Ok(users),
            None => user_list(&raw.to_user, &at.field()),
        }
    });
    let to_dept = keep(&mut problems, || to_dept(&raw, at, env));
    let sender = keep(&mut problems, || sender(&raw, at, env));
    let session_id = keep(&mut problems, || session_id(&raw, at, env));
    match (
        url, buin, app_id, aes_key, to_user, to_dept, sender, session_id,
    ) {
        (
            Some(url),
            Some(buin),
            Some(app_id),
            Some(aes_key),
            Some(to_user),
            Some(to_dept),
            Some(sender),
            Some(session_id),
        ) if problems.is_empty() => Ok(YouduProfile {
            name: at.name.to_string(),
            origin: at.origin.to_string(),
            url,
            buin,
            app_id,
            aes_key,
            to_user,
            to_dept,
            sender,
            session_id,
        }),
        _ => Err(problems),
    }
}

/// The error for `key`, which neither the profile nor variable `var` gives.
fn missing(at: &Place<'_>, key: &str, var: &str) -> ConfigError {
    at.error(
        key,
        format!("is missing (set it in the profile or in {var})"),
    )
}

/// `url`: `CORPMSG_YOUDU_URL`, else the profile's; required.
fn url(raw: &RawYoudu, at: &Place<'_>, env: &Overrides) -> Result<String, ConfigError> {
    let var = env_vars::CORPMSG_YOUDU_URL;
    match (env.get(var), &raw.url) {
        (Some(url), _) => check_url(url).map_err(|p| env_error(var, p)),
        (None, Some(url)) => check_url(url).map_err(|p| at.error("url", p)),
        (None, None) => Err(missing(at, "url", var)),
    }
}

/// `buin`: `CORPMSG_YOUDU_BUIN`, else the profile's; required.
fn buin(raw: &RawYoudu, at: &Place<'_>, env: &Overrides) -> Result<i64, ConfigError> {
    let var = env_vars::CORPMSG_YOUDU_BUIN;
    match (env.get(var), raw.buin) {
        (Some(b), _) => b
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|b| valid_buin(*b))
            .ok_or_else(|| env_error(var, "must be a positive whole number".into())),
        (None, Some(b)) if valid_buin(b) => Ok(b),
        (None, Some(b)) => Err(at.error(
            "buin",
            format!("is {b}; it must be a positive 32-bit number"),
        )),
        (None, None) => Err(missing(at, "buin", var)),
    }
}

/// `app_id`: `CORPMSG_YOUDU_APP_ID`, else the profile's; required.
fn app_id(raw: &RawYoudu, at: &Place<'_>, env: &Overrides) -> Result<String, ConfigError> {
    let var = env_vars::CORPMSG_YOUDU_APP_ID;
    match env.get(var).or(raw.app_id.as_ref()) {
        Some(id) if !id.trim().is_empty() => Ok(id.trim().to_string()),
        _ => Err(missing(at, "app_id", var)),
    }
}

/// `aes_key`: `CORPMSG_YOUDU_AES_KEY`, else the profile's `aes_key`, `aes_key_env` or
/// `aes_key_file`, else none (fine for a dry run). A key given as a value is checked now, so a
/// dry run validates it too; one behind a variable or a file is read only when sending.
fn aes_key(
    raw: &RawYoudu,
    at: &Place<'_>,
    env: &Overrides,
) -> Result<Option<SecretSource>, ConfigError> {
    let var = env_vars::CORPMSG_YOUDU_AES_KEY;
    if let Some(key) = env.get(var) {
        AesKey::decode(key).map_err(|e| env_error(var, e.to_string()))?;
        return Ok(Some(SecretSource::Value(Secret::new(key.as_str()))));
    }
    let field = at.field();
    let keys = (
        "aes_key",
        raw.aes_key.clone(),
        raw.aes_key_env.clone(),
        raw.aes_key_file.clone(),
    );
    let source = secret_source(keys, at.base, &field)?;
    if let Some(SecretSource::Value(key)) = &source {
        AesKey::decode(key.expose()).map_err(|e| field("aes_key", e.to_string()))?;
    }
    Ok(source)
}

/// `to_dept`: `CORPMSG_YOUDU_TO_DEPT`, else the profile's; whole numbers, as text.
fn to_dept(raw: &RawYoudu, at: &Place<'_>, env: &Overrides) -> Result<Vec<String>, ConfigError> {
    let var = env_vars::CORPMSG_YOUDU_TO_DEPT;
    let raw_depts: Vec<DeptId> = match env_list(env, var)? {
        Some(depts) => {
            if let Some(bad) = depts
                .iter()
                .find(|d| !d.bytes().all(|b| b.is_ascii_digit()))
            {
                return Err(env_error(
                    var,
                    format!("holds {bad:?}; department ids are whole numbers ≥ 0"),
                ));
            }
            depts.into_iter().map(DeptId::Text).collect()
        }
        None => raw.to_dept.clone(),
    };
    let bad = |shown: String| {
        at.error(
            "to_dept",
            format!("holds {shown}; department ids are whole numbers ≥ 0"),
        )
    };
    raw_depts
        .into_iter()
        .map(|d| match d {
            DeptId::Number(n) if n >= 0 => Ok(n.to_string()),
            DeptId::Text(t) if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) => Ok(t),
            DeptId::Number(n) => Err(bad(n.to_string())),
            DeptId::Text(t) => Err(bad(format!("{t:?}"))),
        })
        .collect()
}

/// The most characters of an account that a session names as its creator or sender (Youdu
/// API: sessions).
const ACCOUNT_LIMIT: usize = 64;

/// An optional text key: variable `var`, else the profile's `key`, trimmed and checked with
/// `check`; a value that is empty (or only white space) is an error, not an absent key.
fn optional_text(
    given: Option<&String>,
    key: &str,
    var: &str,
    at: &Place<'_>,
    env: &Overrides,
    check: fn(&str) -> Result<(), String>,
) -> Result<Option<String>, ConfigError> {
    let (value, error): (&String, &dyn Fn(String) -> ConfigError) = match (env.get(var), given) {
        (Some(v), _) => (v, &|p| env_error(var, p)),
        (None, Some(v)) => (v, &|p| at.error(key, p)),
        (None, None) => return Ok(None),
    };
    let value = value.trim();
    if value.is_empty() {
        return Err(error("is empty; give a value or leave the key out".into()));
    }
    check(value).map_err(error)?;
    Ok(Some(value.to_string()))
}

/// `sender`: `CORPMSG_YOUDU_SENDER`, else the profile's, if given; one account.
fn sender(raw: &RawYoudu, at: &Place<'_>, env: &Overrides) -> Result<Option<String>, ConfigError> {
    let check = |s: &str| {
        if s.contains(['|', ',']) {
            return Err(
                "holds `|` or `,`; it is one account, the one session messages come from".into(),
            );
        }
        let n = s.chars().count();
        if n > ACCOUNT_LIMIT {
            return Err(format!(
                "is {n} characters; an account is at most {ACCOUNT_LIMIT} (the Youdu limit for a session's creator and sender)"
            ));
        }
        Ok(())
    };
    let var = env_vars::CORPMSG_YOUDU_SENDER;
    optional_text(raw.sender.as_ref(), "sender", var, at, env, check)
}

/// `session_id`: `CORPMSG_YOUDU_SESSION_ID`, else the profile's, if given.
fn session_id(
    raw: &RawYoudu,
    at: &Place<'_>,
    env: &Overrides,
) -> Result<Option<String>, ConfigError> {
    let check = |s: &str| {
        if s.chars().any(char::is_control) {
            return Err(
                "holds a control character; a session id is one line, such as {8AD595F3-73B3-4B56-90AF-F336F9222FC5}"
                    .into(),
            );
        }
        Ok(())
    };
    let var = env_vars::CORPMSG_YOUDU_SESSION_ID;
    optional_text(raw.session_id.as_ref(), "session_id", var, at, env, check)
}

/// Whether `b` is a buin: positive, and within 32 bits.
fn valid_buin(b: i64) -> bool {
    (1..=i64::from(i32::MAX)).contains(&b)
}
