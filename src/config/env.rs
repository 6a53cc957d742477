//! The `CORPMSG_YOUDU_*` and `CORPMSG_FXIAOKE_*` variables: overrides of a profile's fields, and
//! the profiles `env-youdu` and `env-fxiaoke` that they make up on their own.

use super::*;

/// The `CORPMSG_YOUDU_*` and `CORPMSG_FXIAOKE_*` variables that are set and not empty, by name:
/// overrides of a profile's fields. Its `Debug` names the variables that are set, never a value
/// (a secret may be one).
#[derive(Clone, Default)]
pub struct Overrides {
    set: BTreeMap<&'static str, String>,
}

impl Overrides {
    /// Every override variable that `get` finds set; one that is empty (or only white space)
    /// counts as unset, as in most tools. The caller looks the names up (the command line in
    /// the process environment, tests in a list), so that config never reads the environment
    /// for them.
    pub(crate) fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Self {
        let set = [YOUDU_VARS, FXIAOKE_VARS]
            .into_iter()
            .flatten()
            .filter_map(|&var| Some((var, get(var).filter(|v| !v.trim().is_empty())?)))
            .collect();
        Overrides { set }
    }

    /// The value of variable `var`, if it is set.
    pub(crate) fn get(&self, var: &str) -> Option<&String> {
        self.set.get(var)
    }

    /// Whether any of `vars` is set.
    pub(super) fn any(&self, vars: &[&str]) -> bool {
        vars.iter().any(|v| self.set.contains_key(v))
    }
}

/// `Overrides { CORPMSG_YOUDU_URL, ... }`: the names of the variables that are set, no value.
impl fmt::Debug for Overrides {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let set: Vec<&str> = self.set.keys().copied().collect();
        write!(f, "Overrides {{ {} }}", set.join(", "))
    }
}

impl Overrides {
    /// The families of variables that are set and would make up profiles (`CORPMSG_YOUDU_*`,
    /// `CORPMSG_FXIAOKE_*`), for messages; empty when none is.
    pub(super) fn families(&self) -> String {
        let mut set = Vec::new();
        if youdu_any(self) {
            set.push("CORPMSG_YOUDU_*");
        }
        if fxiaoke_any(self) {
            set.push("CORPMSG_FXIAOKE_*");
        }
        set.join(" and ")
    }
}

/// A list of recipients from variable `var`: values separated by `|` or `,`; a value of
/// separators only is an error naming the variable (it would silently clear the defaults).
pub(super) fn env_list(env: &Overrides, var: &str) -> Result<Option<Vec<String>>, ConfigError> {
    let Some(v) = env.get(var) else {
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
        if youdu_any(self) {
            names.push(ENV_YOUDU);
        }
        if fxiaoke_any(self) {
            names.push(ENV_FXIAOKE);
        }
        names
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
    youdu_any(env).then(|| {
        youdu_profile(
            RawYoudu::default(),
            ENV_YOUDU,
            ENV_ORIGIN,
            Path::new("."),
            env,
        )
        .map_err(|problems| ConfigError::Broken {
            provider: Some(Provider::Youdu),
            problems,
        })
    })
}

/// The profile `CORPMSG_FXIAOKE_*` makes up, named `env-fxiaoke`; `None` when none is set.
pub(super) fn env_fxiaoke(env: &Overrides) -> Option<Result<FxiaokeProfile, ConfigError>> {
    fxiaoke_any(env).then(|| {
        fxiaoke_profile(
            RawFxiaoke::default(),
            ENV_FXIAOKE,
            ENV_ORIGIN,
            Path::new("."),
            env,
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
