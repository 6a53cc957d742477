//! The `CORPMSG_YOUDU_*` and `CORPMSG_FXIAOKE_*` variables: overrides of a profile's fields, and
//! the profiles `env-youdu` and `env-fxiaoke` that they make up on their own.

use super::*;

/// Environment values that override profile fields (`CORPMSG_YOUDU_*`, `CORPMSG_FXIAOKE_*`).
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub youdu: YouduEnv,
    pub fxiaoke: FxiaokeEnv,
}

/// `CORPMSG_YOUDU_*`. Its `Debug` says which are set, never a value (the key is one).
#[derive(Clone, Default)]
pub struct YouduEnv {
    pub(super) url: Option<String>,
    pub(super) buin: Option<String>,
    pub(super) app_id: Option<String>,
    pub(super) aes_key: Option<String>,
    pub(super) to_user: Option<String>,
    pub(super) to_dept: Option<String>,
}

/// `CORPMSG_FXIAOKE_*`. Its `Debug` says which are set, never a value.
#[derive(Clone, Default)]
pub struct FxiaokeEnv {
    pub(super) url: Option<String>,
    pub(super) app_id: Option<String>,
    pub(super) app_secret: Option<String>,
    pub(super) permanent_code: Option<String>,
    pub(super) user_id: Option<String>,
    pub(super) auth: Option<String>,
    pub(super) to_user: Option<String>,
}

impl fmt::Debug for YouduEnv {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let set = [
            ("url", &self.url),
            ("buin", &self.buin),
            ("app_id", &self.app_id),
            ("aes_key", &self.aes_key),
            ("to_user", &self.to_user),
            ("to_dept", &self.to_dept),
        ];
        debug_set(f, "YouduEnv", &set)
    }
}

impl fmt::Debug for FxiaokeEnv {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let set = [
            ("url", &self.url),
            ("app_id", &self.app_id),
            ("app_secret", &self.app_secret),
            ("permanent_code", &self.permanent_code),
            ("user_id", &self.user_id),
            ("auth", &self.auth),
            ("to_user", &self.to_user),
        ];
        debug_set(f, "FxiaokeEnv", &set)
    }
}

/// `Name { url, app_id }`: the names of the variables that are set, no value.
fn debug_set(
    f: &mut fmt::Formatter<'_>,
    name: &str,
    fields: &[(&str, &Option<String>)],
) -> fmt::Result {
    let set: Vec<&str> = fields
        .iter()
        .filter(|(_, v)| v.is_some())
        .map(|(k, _)| *k)
        .collect();
    write!(f, "{name} {{ {} }}", set.join(", "))
}

impl Overrides {
    /// The variables that are set and not empty.
    pub(crate) fn from_env() -> Self {
        let get = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        Overrides {
            youdu: YouduEnv {
                url: get(env_vars::CORPMSG_YOUDU_URL),
                buin: get(env_vars::CORPMSG_YOUDU_BUIN),
                app_id: get(env_vars::CORPMSG_YOUDU_APP_ID),
                aes_key: get(env_vars::CORPMSG_YOUDU_AES_KEY),
                to_user: get(env_vars::CORPMSG_YOUDU_TO_USER),
                to_dept: get(env_vars::CORPMSG_YOUDU_TO_DEPT),
            },
            fxiaoke: FxiaokeEnv {
                url: get(env_vars::CORPMSG_FXIAOKE_URL),
                app_id: get(env_vars::CORPMSG_FXIAOKE_APP_ID),
                app_secret: get(env_vars::CORPMSG_FXIAOKE_APP_SECRET),
                permanent_code: get(env_vars::CORPMSG_FXIAOKE_PERMANENT_CODE),
                user_id: get(env_vars::CORPMSG_FXIAOKE_USER_ID),
                auth: get(env_vars::CORPMSG_FXIAOKE_AUTH),
                to_user: get(env_vars::CORPMSG_FXIAOKE_TO_USER),
            },
        }
    }
}

impl Overrides {
    /// The families of variables that are set and would make up profiles (`CORPMSG_YOUDU_*`,
    /// `CORPMSG_FXIAOKE_*`), for messages; empty when none is.
    pub(super) fn families(&self) -> String {
        let mut set = Vec::new();
        if self.youdu.any() {
            set.push("CORPMSG_YOUDU_*");
        }
        if self.fxiaoke.any() {
            set.push("CORPMSG_FXIAOKE_*");
        }
        set.join(" and ")
    }
}

/// A list of recipients from variable `var`: values separated by `|` or `,`; a value of
/// separators only is an error naming the variable (it would silently clear the defaults).
pub(super) fn env_list(
    value: &Option<String>,
    var: &str,
) -> Result<Option<Vec<String>>, ConfigError> {
    let Some(v) = value else {
        return Ok(None);
    };
    crate::payload::recipients::split_list(std::slice::from_ref(v), var, "recipient")
        .map(Some)
        .map_err(|_| {
            env_error(
                var,
                "holds no recipient (only separators); unset it to use the profile's defaults"
                    .into(),
            )
        })
}

/// An error about the value of environment variable `var`.
pub(super) fn env_error(var: &str, problem: String) -> ConfigError {
    ConfigError::Env {
        var: var.to_string(),
        problem,
    }
}

impl Overrides {
    /// The names of the profiles these variables make up (`env-youdu`, `env-fxiaoke`), without
    /// building them.
    pub(crate) fn profile_names(&self) -> Vec<&'static str> {
        let mut names = Vec::new();
        if self.youdu.any() {
            names.push(ENV_YOUDU);
        }
        if self.fxiaoke.any() {
            names.push(ENV_FXIAOKE);
        }
        names
    }
}

impl YouduEnv {
    /// Whether a variable that makes up a profile is set (the default recipients alone do
    /// not: they only fill one).
    pub(super) fn any(&self) -> bool {
        self.url.is_some() || self.buin.is_some() || self.app_id.is_some() || self.aes_key.is_some()
    }
}

impl FxiaokeEnv {
    pub(super) fn any(&self) -> bool {
        self.url.is_some()
            || self.app_id.is_some()
            || self.app_secret.is_some()
            || self.permanent_code.is_some()
            || self.user_id.is_some()
            || self.auth.is_some()
    }
}

/// The name of the profile that `CORPMSG_YOUDU_*` makes up.
pub(crate) const ENV_YOUDU: &str = "env-youdu";

/// The name of the profile that `CORPMSG_FXIAOKE_*` makes up.
pub(crate) const ENV_FXIAOKE: &str = "env-fxiaoke";

/// Where the environment's profiles come from, in messages.
pub(super) const ENV_ORIGIN: &str = "environment";

/// The profile `CORPMSG_YOUDU_*` makes up, named `env-youdu`; `None` when none is set.
pub(super) fn env_youdu(env: &Overrides) -> Option<Result<YouduProfile, ConfigError>> {
    env.youdu.any().then(|| {
        youdu_profile(
            RawYoudu::default(),
            ENV_YOUDU,
            ENV_ORIGIN,
            Path::new("."),
            &env.youdu,
        )
        .map_err(|problems| ConfigError::Broken {
            provider: Some(Provider::Youdu),
            problems,
        })
    })
}

/// The profile `CORPMSG_FXIAOKE_*` makes up, named `env-fxiaoke`; `None` when none is set.
pub(super) fn env_fxiaoke(env: &Overrides) -> Option<Result<FxiaokeProfile, ConfigError>> {
    env.fxiaoke.any().then(|| {
        fxiaoke_profile(
            RawFxiaoke::default(),
            ENV_FXIAOKE,
            ENV_ORIGIN,
            Path::new("."),
            &env.fxiaoke,
        )
        .map_err(|problems| ConfigError::Broken {
            provider: Some(Provider::Fxiaoke),
            problems,
        })
    })
}

/// The profiles the environment makes up, each with its name: none, one or both.
pub(crate) fn env_profiles(env: &Overrides) -> Vec<(String, Result<Profile, ConfigError>)> {
    let youdu = env_youdu(env).map(|p| (ENV_YOUDU.to_string(), p.map(Profile::Youdu)));
    let fxiaoke = env_fxiaoke(env).map(|p| (ENV_FXIAOKE.to_string(), p.map(Profile::Fxiaoke)));
    youdu.into_iter().chain(fxiaoke).collect()
}

/// The environment's profile called `name` (`env-youdu`, `env-fxiaoke`), if its variables
/// are set.
pub(crate) fn env_profile(env: &Overrides, name: &str) -> Option<Result<Profile, ConfigError>> {
    env_profiles(env)
        .into_iter()
        .find(|(n, _)| n == name)
        .map(|(_, p)| p)
}
