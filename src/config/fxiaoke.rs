//! The Fxiaoke provider's part of the config: its registry entry ([`FXIAOKE`]), its keys and
//! their checks with the environment's overrides, its resolved profile and its starter config.

use super::*;
use crate::payload::fxiaoke::{self as builder, Addressing, Message};
pub use crate::payload::fxiaoke::{FxiaokeAuth, UserIdKind};
use crate::payload::recipients;
pub(crate) use crate::transport::fxiaoke::DEFAULT_URL as FXIAOKE_DEFAULT_URL;
use crate::transport::fxiaoke::{self as api, Endpoint};

/// Fxiaoke's entry in the registry ([`PROVIDERS`]).
pub(crate) struct Fxiaoke;

/// Fxiaoke's entry in the registry.
pub(crate) static FXIAOKE: Fxiaoke = Fxiaoke;

impl Schema for Fxiaoke {
    fn name(&self) -> &'static str {
        "fxiaoke"
    }

    fn env_vars(&self) -> &'static [&'static str] {
        FXIAOKE_VARS
    }

    fn keys(&self) -> &'static [&'static str] {
        FXIAOKE_KEYS
    }

    /// The values of `auth` and `user_id_kind`.
    fn words(&self) -> &'static [&'static str] {
        &["oauth", "legacy", "open", "employee"]
    }

    fn starter(&self) -> &'static str {
        STARTER
    }

    /// The auth style changes the request body.
    fn env_shapes_dry_run(&self, _env: &Overrides) -> bool {
        true
    }

    fn makes_profile(&self, env: &Overrides) -> bool {
        env.any(&[
            env_vars::CORPMSG_FXIAOKE_URL,
            env_vars::CORPMSG_FXIAOKE_APP_ID,
            env_vars::CORPMSG_FXIAOKE_APP_SECRET,
            env_vars::CORPMSG_FXIAOKE_PERMANENT_CODE,
            env_vars::CORPMSG_FXIAOKE_USER_ID,
            env_vars::CORPMSG_FXIAOKE_AUTH,
        ])
    }

    fn parse(
        &self,
        table: toml::Table,
        at: &Place<'_>,
        env: &Overrides,
    ) -> Result<Profile, Vec<ConfigError>> {
        // A bad `auth` leaves the default, oauth, whose `user_id` may not be needed.
        let depends = [("auth", "user_id")];
        parse_table(table, at, FXIAOKE_KEYS, &depends, |raw| {
            fxiaoke_profile(raw, at, env)
        })
        .map(Profile::new)
    }
}

/// Resolves the Fxiaoke profile for a command, as [`youdu`] does with `CORPMSG_FXIAOKE_*`.
pub(crate) fn fxiaoke(
    req: &Request,
    optional: bool,
) -> Result<Option<Loaded<FxiaokeProfile>>, ConfigError> {
    resolve_as(req, Provider(&FXIAOKE), optional)
}

/// Fxiaoke's section of `config init`.
const STARTER: &str = r#"provider = "fxiaoke"
# API host of the tenant's cloud (never www.fxiaoke.com).
url = "https://open.fxiaoke.com"
# The self-built app's id (FSAID_…), app secret and permanent code (永久授权码), from
# 企业自建应用 → developer mode. For the secrets, app_secret_env = "VARIABLE" or
# app_secret_file = "path" (and the same for permanent_code) keep them out of this file.
app_id = ""
app_secret = ""
permanent_code = ""
# "oauth" (default) or "legacy".
auth = "oauth"
# With oauth, the employee id the calls run as (CRM → 人员 → 账号信息 "员工ID").
user_id = ""
# Default recipients: open user ids (FSUID_…).
to_user = []
"#;

/// A resolved Fxiaoke profile.
#[derive(Debug, Clone)]
pub struct FxiaokeProfile {
    /// The profile's name, or `env-fxiaoke` for a profile made of `CORPMSG_FXIAOKE_*` variables.
    pub name: String,
    /// The config file it came from, or `environment`.
    pub origin: String,
    pub url: String,
    pub app_id: String,
    pub(super) app_secret: Option<SecretSource>,
    pub(super) permanent_code: Option<SecretSource>,
    pub auth: FxiaokeAuth,
    /// The employee id sent as `x-fs-userid` (required with oauth).
    pub user_id: Option<String>,
    pub id_kind: UserIdKind,
    pub to_user: Vec<String>,
    /// Where `fxiaoke text`, `send` and `run` cut or split text, in characters: corpmsg's own
    /// limit (the API documents none), `text_limit` in the profile.
    pub text_limit: usize,
}

impl FxiaokeProfile {
    /// Reads the app secret (from the value, the variable or the file).
    pub(crate) fn app_secret(&self) -> Result<Secret, ConfigError> {
        self.secret(
            "app_secret",
            self.app_secret.as_ref(),
            env_vars::CORPMSG_FXIAOKE_APP_SECRET,
        )
    }

    /// Reads the permanent code (永久授权码).
    pub(crate) fn permanent_code(&self) -> Result<Secret, ConfigError> {
        self.secret(
            "permanent_code",
            self.permanent_code.as_ref(),
            env_vars::CORPMSG_FXIAOKE_PERMANENT_CODE,
        )
    }

    pub(super) fn secret(
        &self,
        key: &str,
        source: Option<&SecretSource>,
        var: &str,
    ) -> Result<Secret, ConfigError> {
        required_secret(source, &self.origin, &self.name, key, var)
    }

    /// A warning for a host that answers with a web page rather than the API (Fxiaoke API: hosts).
    pub(super) fn host_warning(&self) -> Option<String> {
        let host = url_host(&self.url)?;
        (host == "www.fxiaoke.com" || host == "fxiaoke.com").then(|| {
            format!(
                "profile `{}`: url {} is the Fxiaoke web site, not the API; use {FXIAOKE_DEFAULT_URL} or your cloud's open-… host",
                self.name, self.url
            )
        })
    }
}

impl FxiaokeProfile {
    /// The Fxiaoke client of this profile: the secrets are read first, then `connect` makes
    /// the HTTP client.
    pub(crate) fn fxiaoke_client(
        &self,
        connect: Connect,
        cache_dir: Option<PathBuf>,
    ) -> anyhow::Result<api::Client> {
        let endpoint = Endpoint {
            url: self.url.clone(),
            app_id: self.app_id.clone(),
            app_secret: self.app_secret()?,
            permanent_code: self.permanent_code()?,
            auth: self.auth,
            user_id: self.user_id.clone(),
        };
        Ok(api::Client::new(connect(&self.url)?, endpoint, cache_dir))
    }
}

/// Messages of the Fxiaoke payload layer as requests to `endpoint` (the message or the
/// service-account send).
pub(crate) fn fxiaoke_requests(built: builder::Built, endpoint: &'static str) -> Outgoing {
    Outgoing::new(
        endpoint,
        &built.messages,
        Message::recipients,
        built.warnings,
    )
}

impl ProfileKind for FxiaokeProfile {
    fn provider(&self) -> Provider {
        Provider(&FXIAOKE)
    }

    fn name(&self) -> &str {
        &self.name
    }

    fn url(&self) -> &str {
        &self.url
    }

    fn warnings(&self) -> Vec<String> {
        self.host_warning().into_iter().collect()
    }

    /// The profile's `text_limit`: corpmsg's own safety limit, 4000 unless the profile says.
    fn text_limit(&self) -> usize {
        self.text_limit
    }

    /// `-u` replaces the profile's `to_user`; `-d` does not apply (Fxiaoke has no departments).
    fn text(&self, text: &str, on_long: OnLong, to: &TextTo) -> Result<Outgoing, PayloadError> {
        if !to.depts.is_empty() {
            return Err(PayloadError::Invalid {
                what: "-d/--to-dept".into(),
                problem: "names Youdu departments; a Fxiaoke profile has none".into(),
            });
        }
        let how = Addressing {
            auth: self.auth,
            kind: self.id_kind,
            users: recipients::dedup(to.users.clone().unwrap_or_else(|| self.to_user.clone())),
            resolved: Vec::new(),
            split: to.split,
            service_id: None,
        };
        builder::text(text, on_long, self.text_limit, &how)
            .map(|built| fxiaoke_requests(built, api::MESSAGE_SEND))
    }

    fn client(
        &self,
        connect: Connect,
        cache_dir: Option<PathBuf>,
    ) -> anyhow::Result<Box<dyn Client>> {
        Ok(Box::new(self.fxiaoke_client(connect, cache_dir)?))
    }

    /// The app secret and the permanent code.
    fn secret_values(&self) -> Vec<Secret> {
        [self.app_secret(), self.permanent_code()]
            .into_iter()
            .flatten()
            .map(|s| Secret::new(s.expose().trim()))
            .collect()
    }

    fn check_secrets(&self) -> Result<(), ConfigError> {
        self.app_secret()
            .and_then(|_| self.permanent_code())
            .map(drop)
    }

    fn masked_lines(&self, env: &Overrides) -> Vec<String> {
        let mut lines = vec![
            marked(
                toml_line("url", self.url.as_str()),
                env,
                env_vars::CORPMSG_FXIAOKE_URL,
            ),
            marked(
                toml_line("app_id", self.app_id.as_str()),
                env,
                env_vars::CORPMSG_FXIAOKE_APP_ID,
            ),
        ];
        if let Some(s) = &self.app_secret {
            let line = s.masked_line("app_secret");
            lines.push(marked(line, env, env_vars::CORPMSG_FXIAOKE_APP_SECRET));
        }
        if let Some(s) = &self.permanent_code {
            let line = s.masked_line("permanent_code");
            lines.push(marked(line, env, env_vars::CORPMSG_FXIAOKE_PERMANENT_CODE));
        }
        lines.push(marked(
            toml_line("auth", self.auth.name()),
            env,
            env_vars::CORPMSG_FXIAOKE_AUTH,
        ));
        if let Some(u) = &self.user_id {
            let line = toml_line("user_id", u.as_str());
            lines.push(marked(line, env, env_vars::CORPMSG_FXIAOKE_USER_ID));
        }
        let kind = match self.id_kind {
            UserIdKind::Open => "open",
            UserIdKind::Employee => "employee",
        };
        lines.push(toml_line("user_id_kind", kind));
        let limit = i64::try_from(self.text_limit).unwrap_or(i64::MAX);
        lines.push(toml_line("text_limit", limit));
        lines.push(marked(
            toml_line("to_user", string_array(&self.to_user)),
            env,
            env_vars::CORPMSG_FXIAOKE_TO_USER,
        ));
        lines
    }
}

/// The `CORPMSG_FXIAOKE_*` variables, which [`Overrides`] reads.
const FXIAOKE_VARS: &[&str] = &[
    env_vars::CORPMSG_FXIAOKE_URL,
    env_vars::CORPMSG_FXIAOKE_APP_ID,
    env_vars::CORPMSG_FXIAOKE_APP_SECRET,
    env_vars::CORPMSG_FXIAOKE_PERMANENT_CODE,
    env_vars::CORPMSG_FXIAOKE_USER_ID,
    env_vars::CORPMSG_FXIAOKE_AUTH,
    env_vars::CORPMSG_FXIAOKE_TO_USER,
];

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFxiaoke {
    pub(super) url: Option<String>,
    pub(super) app_id: Option<String>,
    pub(super) app_secret: Option<String>,
    pub(super) app_secret_env: Option<String>,
    pub(super) app_secret_file: Option<PathBuf>,
    pub(super) permanent_code: Option<String>,
    pub(super) permanent_code_env: Option<String>,
    pub(super) permanent_code_file: Option<PathBuf>,
    pub(super) auth: Option<FxiaokeAuth>,
    pub(super) user_id: Option<String>,
    pub(super) user_id_kind: Option<UserIdKind>,
    #[serde(default)]
    pub(super) to_user: Vec<String>,
    pub(super) text_limit: Option<i64>,
}

/// The keys a Fxiaoke profile takes beside `provider`, as [`RawFxiaoke`] names them.
pub(super) const FXIAOKE_KEYS: &[&str] = &[
    "url",
    "app_id",
    "app_secret",
    "app_secret_env",
    "app_secret_file",
    "permanent_code",
    "permanent_code_env",
    "permanent_code_file",
    "auth",
    "user_id",
    "user_id_kind",
    "to_user",
    "text_limit",
];

/// The profile that `raw` and the overrides give, or every problem they have.
fn fxiaoke_profile(
    raw: RawFxiaoke,
    at: &Place<'_>,
    env: &Overrides,
) -> Result<FxiaokeProfile, Vec<ConfigError>> {
    // Every field is checked, so that one run reports every problem of the profile.
    let mut problems = Vec::new();
    let url = keep(&mut problems, || url(&raw, at, env));
    let app_id = keep(&mut problems, || app_id(&raw, at, env));
    let auth = keep(&mut problems, || auth(&raw, env));
    let user_id = user_id(&raw, at, env, auth, &mut problems);
    let app_secret = keep(&mut problems, || {
        let keys = (
            "app_secret",
            raw.app_secret.clone(),
            raw.app_secret_env.clone(),
            raw.app_secret_file.clone(),
        );
        secret_or_var(keys, at, env, env_vars::CORPMSG_FXIAOKE_APP_SECRET)
    });
    let permanent_code = keep(&mut problems, || {
        let keys = (
            "permanent_code",
            raw.permanent_code.clone(),
            raw.permanent_code_env.clone(),
            raw.permanent_code_file.clone(),
        );
        secret_or_var(keys, at, env, env_vars::CORPMSG_FXIAOKE_PERMANENT_CODE)
    });
    let id_kind = raw.user_id_kind.unwrap_or_default();
    let to_user = keep(&mut problems, || to_user(&raw, at, env, id_kind));
    let text_limit = keep(&mut problems, || text_limit(&raw, at));
    match (
        url,
        app_id,
        auth,
        app_secret,
        permanent_code,
        to_user,
        text_limit,
    ) {
        (
            Some(url),
            Some(app_id),
            Some(auth),
            Some(app_secret),
            Some(permanent_code),
            Some(to_user),
            Some(text_limit),
        ) if problems.is_empty() => Ok(FxiaokeProfile {
            name: at.name.to_string(),
            origin: at.origin.to_string(),
            url,
            app_id,
            app_secret,
            permanent_code,
            auth,
            user_id,
            id_kind,
            to_user,
            text_limit,
        }),
        _ => Err(problems),
    }
}

/// `url`: `CORPMSG_FXIAOKE_URL`, else the profile's, else the default API host.
fn url(raw: &RawFxiaoke, at: &Place<'_>, env: &Overrides) -> Result<String, ConfigError> {
    let var = env_vars::CORPMSG_FXIAOKE_URL;
    match (env.get(var), &raw.url) {
        (Some(url), _) => check_url(url).map_err(|p| env_error(var, p)),
        (None, Some(url)) => check_url(url).map_err(|p| at.error("url", p)),
        (None, None) => Ok(FXIAOKE_DEFAULT_URL.to_string()),
    }
}

/// `app_id`: `CORPMSG_FXIAOKE_APP_ID`, else the profile's; required.
fn app_id(raw: &RawFxiaoke, at: &Place<'_>, env: &Overrides) -> Result<String, ConfigError> {
    let var = env_vars::CORPMSG_FXIAOKE_APP_ID;
    match env.get(var).or(raw.app_id.as_ref()) {
        Some(id) if !id.trim().is_empty() => Ok(id.trim().to_string()),
        _ => Err(at.error(
            "app_id",
            format!("is missing (the FSAID_… id of the app; set it in the profile or in {var})"),
        )),
    }
}

/// `auth`: `CORPMSG_FXIAOKE_AUTH`, else the profile's, else oauth.
fn auth(raw: &RawFxiaoke, env: &Overrides) -> Result<FxiaokeAuth, ConfigError> {
    let var = env_vars::CORPMSG_FXIAOKE_AUTH;
    match env.get(var).map(|a| a.trim()) {
        Some("oauth") => Ok(FxiaokeAuth::Oauth),
        Some("legacy") => Ok(FxiaokeAuth::Legacy),
        Some(other) => Err(env_error(
            var,
            format!("is {other:?}; expected \"oauth\" or \"legacy\""),
        )),
        None => Ok(raw.auth.unwrap_or_default()),
    }
}

/// `user_id`: `CORPMSG_FXIAOKE_USER_ID`, else the profile's, if given; its problems (a
/// character that cannot travel in a header, or none given where `auth` needs one) are added
/// to `problems`.
fn user_id(
    raw: &RawFxiaoke,
    at: &Place<'_>,
    env: &Overrides,
    auth: Option<FxiaokeAuth>,
    problems: &mut Vec<ConfigError>,
) -> Option<String> {
    let var = env_vars::CORPMSG_FXIAOKE_USER_ID;
    let user_id = env
        .get(var)
        .or(raw.user_id.as_ref())
        .map(|u| u.trim().to_string())
        .filter(|u| !u.is_empty());
    if let Some(u) = &user_id
        && !u.bytes().all(|b| b.is_ascii_graphic())
    {
        let problem =
            "holds a space, a control or a non-ASCII character; it travels in the x-fs-userid header (an employee id such as \"1000\")".to_string();
        problems.push(match env.get(var) {
            Some(_) => env_error(var, problem),
            None => at.error("user_id", problem),
        });
    }
    if auth == Some(FxiaokeAuth::Oauth) && user_id.is_none() {
        problems.push(at.error(
            "user_id",
            format!(
                "is missing: oauth calls name an employee id (x-fs-userid, e.g. \"1000\"); set it in the profile or in {var}, or use auth = \"legacy\""
            ),
        ));
    }
    user_id
}

/// `to_user`: `CORPMSG_FXIAOKE_TO_USER`, else the profile's; ids of the kind `id_kind` says.
fn to_user(
    raw: &RawFxiaoke,
    at: &Place<'_>,
    env: &Overrides,
    id_kind: UserIdKind,
) -> Result<Vec<String>, ConfigError> {
    let var = env_vars::CORPMSG_FXIAOKE_TO_USER;
    let field = at.field();
    let (to_user, to_user_key): (Vec<String>, &dyn Fn(String) -> ConfigError) =
        match env_list(env, var)? {
            Some(users) => (users, &|p| env_error(var, p)),
            None => (user_list(&raw.to_user, &field)?, &|p| field("to_user", p)),
        };
    if let Err(crate::payload::PayloadError::BadUserId { value, problem }) =
        crate::payload::fxiaoke::check_ids(&to_user, id_kind)
    {
        return Err(to_user_key(format!("holds {value:?}, which {problem}")));
    }
    Ok(to_user)
}

/// `text_limit`: the profile's, else corpmsg's own limit.
fn text_limit(raw: &RawFxiaoke, at: &Place<'_>) -> Result<usize, ConfigError> {
    let range = crate::payload::fxiaoke::TEXT_LIMIT_RANGE;
    match raw.text_limit {
        None => Ok(crate::payload::fxiaoke::TEXT_LIMIT),
        Some(n) => usize::try_from(n)
            .ok()
            .filter(|n| range.contains(n))
            .ok_or_else(|| {
                at.error(
                    "text_limit",
                    format!(
                        "is {n}; give a number of characters from {} to {}",
                        range.start(),
                        range.end()
                    ),
                )
            }),
    }
}
