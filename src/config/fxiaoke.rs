//! A Fxiaoke profile: its keys, and their checks with the environment's overrides.

use super::*;

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
        let source = source.ok_or_else(|| ConfigError::Field {
            origin: self.origin.clone(),
            profile: self.name.clone(),
            key: key.into(),
            problem: format!("is missing (set {key}, {key}_env or {key}_file, or {var})"),
        })?;
        let secret = source.read(&self.origin, &self.name, key)?;
        if secret.expose().is_empty() {
            return Err(ConfigError::Field {
                origin: self.origin.clone(),
                profile: self.name.clone(),
                key: key.into(),
                problem: "is empty".into(),
            });
        }
        Ok(secret)
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

/// The `CORPMSG_FXIAOKE_*` variables, which [`Overrides`] reads.
pub(super) const FXIAOKE_VARS: &[&str] = &[
    env_vars::CORPMSG_FXIAOKE_URL,
    env_vars::CORPMSG_FXIAOKE_APP_ID,
    env_vars::CORPMSG_FXIAOKE_APP_SECRET,
    env_vars::CORPMSG_FXIAOKE_PERMANENT_CODE,
    env_vars::CORPMSG_FXIAOKE_USER_ID,
    env_vars::CORPMSG_FXIAOKE_AUTH,
    env_vars::CORPMSG_FXIAOKE_TO_USER,
];

/// Whether a variable that makes up a profile is set (the default recipients alone do not:
/// they only fill one).
pub(super) fn fxiaoke_any(env: &Overrides) -> bool {
    env.any(&[
        env_vars::CORPMSG_FXIAOKE_URL,
        env_vars::CORPMSG_FXIAOKE_APP_ID,
        env_vars::CORPMSG_FXIAOKE_APP_SECRET,
        env_vars::CORPMSG_FXIAOKE_PERMANENT_CODE,
        env_vars::CORPMSG_FXIAOKE_USER_ID,
        env_vars::CORPMSG_FXIAOKE_AUTH,
    ])
}

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

pub(super) fn fxiaoke_profile(
    raw: RawFxiaoke,
    name: &str,
    origin: &str,
    base: &Path,
    env: &Overrides,
) -> Result<FxiaokeProfile, Vec<ConfigError>> {
    let field = field_error(origin, name);
    let env_field = env_error;
    // Every field is checked, so that one run reports every problem of the profile.
    let mut problems = Vec::new();
    let url = keep(&mut problems, || {
        Ok(match (env.get(env_vars::CORPMSG_FXIAOKE_URL), &raw.url) {
            (Some(url), _) => {
                check_url(url).map_err(|p| env_field(env_vars::CORPMSG_FXIAOKE_URL, p))?
            }
            (None, Some(url)) => check_url(url).map_err(|p| field("url", p))?,
            (None, None) => FXIAOKE_DEFAULT_URL.to_string(),
        })
    });
    let app_id = keep(&mut problems, || {
        match env
            .get(env_vars::CORPMSG_FXIAOKE_APP_ID)
            .cloned()
            .or(raw.app_id.clone())
        {
            Some(id) if !id.trim().is_empty() => Ok(id.trim().to_string()),
            _ => Err(field(
                "app_id",
                format!(
                    "is missing (the FSAID_… id of the app; set it in the profile or in {})",
                    env_vars::CORPMSG_FXIAOKE_APP_ID
                ),
            )),
        }
    });
    let auth = keep(&mut problems, || {
        match env.get(env_vars::CORPMSG_FXIAOKE_AUTH) {
            Some(a) => match a.trim() {
                "oauth" => Ok(FxiaokeAuth::Oauth),
                "legacy" => Ok(FxiaokeAuth::Legacy),
                other => Err(env_field(
                    env_vars::CORPMSG_FXIAOKE_AUTH,
                    format!("is {other:?}; expected \"oauth\" or \"legacy\""),
                )),
            },
            None => Ok(raw.auth.unwrap_or_default()),
        }
    });
    let user_id = env
        .get(env_vars::CORPMSG_FXIAOKE_USER_ID)
        .cloned()
        .or(raw.user_id.clone())
        .map(|u| u.trim().to_string())
        .filter(|u| !u.is_empty());
    if let Some(u) = &user_id
        && !u.bytes().all(|b| b.is_ascii_graphic())
    {
        let problem =
            "holds a space, a control or a non-ASCII character; it travels in the x-fs-userid header (an employee id such as \"1000\")".to_string();
        problems.push(match env.get(env_vars::CORPMSG_FXIAOKE_USER_ID) {
            Some(_) => env_field(env_vars::CORPMSG_FXIAOKE_USER_ID, problem),
            None => field("user_id", problem),
        });
    }
    if auth == Some(FxiaokeAuth::Oauth) && user_id.is_none() {
        problems.push(field(
            "user_id",
            format!(
                "is missing: oauth calls name an employee id (x-fs-userid, e.g. \"1000\"); set it in the profile or in {}, or use auth = \"legacy\"",
                env_vars::CORPMSG_FXIAOKE_USER_ID
            ),
        ));
    }
    let secret = |key: &'static str, var: Option<&String>, value, env_name, file| match var {
        Some(v) => Ok(Some(SecretSource::Value(Secret::new(v.trim())))),
        None => secret_source((key, value, env_name, file), base, &field),
    };
    let app_secret = keep(&mut problems, || {
        secret(
            "app_secret",
            env.get(env_vars::CORPMSG_FXIAOKE_APP_SECRET),
            raw.app_secret.clone(),
            raw.app_secret_env.clone(),
            raw.app_secret_file.clone(),
        )
    });
    let permanent_code = keep(&mut problems, || {
        secret(
            "permanent_code",
            env.get(env_vars::CORPMSG_FXIAOKE_PERMANENT_CODE),
            raw.permanent_code.clone(),
            raw.permanent_code_env.clone(),
            raw.permanent_code_file.clone(),
        )
    });
    let id_kind = raw.user_id_kind.unwrap_or_default();
    let to_user = keep(&mut problems, || {
        let (to_user, to_user_key): (Vec<String>, &dyn Fn(String) -> ConfigError) =
            match env_list(env, env_vars::CORPMSG_FXIAOKE_TO_USER)? {
                Some(users) => (users, &|p| env_error(env_vars::CORPMSG_FXIAOKE_TO_USER, p)),
                None => (user_list(&raw.to_user, &field)?, &|p| field("to_user", p)),
            };
        if let Err(crate::payload::PayloadError::BadUserId { value, problem }) =
            crate::payload::fxiaoke::check_ids(&to_user, id_kind)
        {
            return Err(to_user_key(format!("holds {value:?}, which {problem}")));
        }
        Ok(to_user)
    });
    let range = crate::payload::fxiaoke::TEXT_LIMIT_RANGE;
    let text_limit = keep(&mut problems, || match raw.text_limit {
        None => Ok(crate::payload::fxiaoke::TEXT_LIMIT),
        Some(n) => usize::try_from(n)
            .ok()
            .filter(|n| range.contains(n))
            .ok_or_else(|| {
                field(
                    "text_limit",
                    format!(
                        "is {n}; give a number of characters from {} to {}",
                        range.start(),
                        range.end()
                    ),
                )
            }),
    });
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
            name: name.to_string(),
            origin: origin.to_string(),
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
