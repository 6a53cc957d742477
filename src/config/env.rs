//! The `CORPMSG_<PROVIDER>_*` variables (`CORPMSG_YOUDU_*`, `CORPMSG_FXIAOKE_*`): overrides of a
//! profile's fields, and the profiles (`env-youdu`, `env-fxiaoke`) that they make up on their own.

use super::*;

/// Every provider's `CORPMSG_<PROVIDER>_*` variables that are set and not empty, by name:
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
        let set = PROVIDERS
            .iter()
            .flat_map(|p| p.env_vars())
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

    /// The providers whose variables that are set would make up profiles of their own.
    fn making(&self) -> impl Iterator<Item = &'static dyn Schema> + '_ {
        PROVIDERS.iter().copied().filter(|p| p.makes_profile(self))
    }

    /// The families of variables that are set and would make up profiles (`CORPMSG_YOUDU_*
    /// and CORPMSG_FXIAOKE_*`), for messages; empty when none is.
    pub(super) fn families(&self) -> String {
        let set: Vec<String> = self.making().map(|p| p.env_family()).collect();
        set.join(" and ")
    }

    /// The names of the profiles these variables make up (`env-youdu`, `env-fxiaoke`), without
    /// building them.
    pub(crate) fn profile_names(&self) -> Vec<String> {
        self.making().map(|p| p.env_profile()).collect()
    }
}

/// `Overrides { CORPMSG_YOUDU_URL, ... }`: the names of the variables that are set, no value.
impl fmt::Debug for Overrides {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let set: Vec<&str> = self.set.keys().copied().collect();
        write!(f, "Overrides {{ {} }}", set.join(", "))
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

/// Where the environment's profiles come from, in messages.
pub(super) const ENV_ORIGIN: &str = "environment";

/// The profile that the variables of `schema` make up, named after it (`env-youdu`); `None`
/// when none of them is set.
pub(super) fn env_profile_of(
    schema: &'static dyn Schema,
    env: &Overrides,
) -> Option<Result<Profile, ConfigError>> {
    schema.makes_profile(env).then(|| {
        let name = schema.env_profile();
        let at = Place {
            name: &name,
            origin: ENV_ORIGIN,
            base: Path::new("."),
        };
        schema
            .parse(toml::Table::new(), &at, env)
            .map_err(|problems| ConfigError::Broken {
                provider: Some(Provider(schema)),
                problems,
            })
    })
}

/// The profiles the environment makes up, each with its name: none, one or several, in the
/// order of [`PROVIDERS`].
pub(crate) fn env_profiles(env: &Overrides) -> Vec<(String, Result<Profile, ConfigError>)> {
    PROVIDERS
        .iter()
        .filter_map(|p| Some((p.env_profile(), env_profile_of(*p, env)?)))
        .collect()
}

/// The environment's profile called `name` (`env-youdu`, `env-fxiaoke`), if its variables
/// are set.
pub(crate) fn env_profile(env: &Overrides, name: &str) -> Option<Result<Profile, ConfigError>> {
    let schema = PROVIDERS.iter().find(|p| p.env_profile() == name)?;
    env_profile_of(*schema, env)
}
