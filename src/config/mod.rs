//! Resolves the TOML config file, the environment and the flags into one profile, once.
//!
//! The file holds `[profiles.NAME]` tables, each naming its `provider`. Secrets may be given as the
//! value, as `KEY_env` (a variable name) or as `KEY_file` (a path); they are read only when a command
//! needs credentials, so `--dry-run` works without them.
//!
//! One file per concern: `file` (reading and parsing the TOML), `youdu` and `fxiaoke` (each
//! provider's keys and checks), `secrets`, `env` (the `CORPMSG_*` overrides and environment
//! profiles), `select` (which profile a command uses), `show` (`config show`) and `messages`
//! (error texts that never show a value).

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::env_vars;
use crate::secret::Secret;
use crate::small_file;
use crate::transport::youdu::crypto::AesKey;

mod env;
mod file;
mod fxiaoke;
mod messages;
mod secrets;
mod select;
mod show;
#[cfg(test)]
mod tests;
mod youdu;

pub use env::*;
pub use file::*;
pub use fxiaoke::*;
use messages::*;
pub(crate) use secrets::*;
pub(crate) use select::*;
pub(crate) use show::*;
pub use youdu::*;

/// Why the config could not be used. Every message names the file (or variable), the profile and
/// the key concerned, and never a secret's value.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error(
        "no config file at {path}; create it with `corpmsg config init --provider youdu` (or fxiaoke), or set the CORPMSG_YOUDU_* or CORPMSG_FXIAOKE_* variables"
    )]
    NotFound { path: PathBuf },
    /// `--config` / `CORPMSG_CONFIG` names a file that does not exist, while `CORPMSG_*`
    /// variables that would make up profiles of their own are set.
    #[error(
        "--config or CORPMSG_CONFIG names {path}, which does not exist; the {vars} variables that are set would make up profiles of their own if no config file were named: create the file, or unset CORPMSG_CONFIG (and drop --config)"
    )]
    NamedNotFound { path: PathBuf, vars: String },
    /// An environment variable's value is not usable.
    #[error("environment variable {var} {problem}")]
    Env { var: String, problem: String },
    #[error("cannot read config file {path}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}:{line}:{column}: {message}")]
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{origin}, profile `{profile}`: `{key}` {problem}")]
    Field {
        origin: String,
        profile: String,
        key: String,
        problem: String,
    },
    /// A problem with a profile that names no key: an unknown key whose name is not shown.
    #[error("{origin}, profile `{profile}`: {problem}")]
    Profile {
        origin: String,
        profile: String,
        problem: String,
    },
    /// A problem with the file's top level, such as an unknown key.
    #[error("{path}: {problem}")]
    TopLevel { path: PathBuf, problem: String },
    #[error("{0}")]
    Choice(String),
    /// Every problem of one profile (at least one), and the provider it names, if it names
    /// one. Shown as its first problem, with the number of the others.
    #[error("{}", first_of(problems))]
    Broken {
        provider: Option<Provider>,
        problems: Vec<ConfigError>,
    },
}

/// The first of `problems`, and how many others there are.
fn first_of(problems: &[ConfigError]) -> String {
    match problems {
        [] => "broken profile".into(),
        [one] => one.to_string(),
        [first, rest @ ..] => format!(
            "{first} (and {} more problem(s) in this profile; `corpmsg config check` lists them all)",
            rest.len()
        ),
    }
}

impl ConfigError {
    /// Whether the message names the profile it is about.
    pub(crate) fn names_profile(&self) -> bool {
        match self {
            ConfigError::Field { .. } | ConfigError::Profile { .. } | ConfigError::Choice(_) => {
                true
            }
            ConfigError::Broken { problems, .. } => {
                problems.first().is_some_and(ConfigError::names_profile)
            }
            _ => false,
        }
    }

    /// The problem without the file and profile, which the context names.
    pub(crate) fn short(&self) -> String {
        match self {
            ConfigError::Field { key, problem, .. } => format!("`{key}` {problem}"),
            ConfigError::Profile { problem, .. } => problem.clone(),
            other => other.to_string(),
        }
    }

    /// Each problem this error stands for: those of a broken profile, else itself.
    pub(crate) fn problems(&self) -> Vec<&ConfigError> {
        match self {
            ConfigError::Broken { problems, .. } => problems.iter().collect(),
            other => vec![other],
        }
    }
}

/// The providers corpmsg knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Provider {
    Youdu,
    Fxiaoke,
}

impl Provider {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Provider::Youdu => "youdu",
            Provider::Fxiaoke => "fxiaoke",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        match s {
            "youdu" => Some(Provider::Youdu),
            "fxiaoke" => Some(Provider::Fxiaoke),
            _ => None,
        }
    }
}

impl fmt::Display for Provider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

pub use crate::payload::fxiaoke::{FxiaokeAuth, UserIdKind};

pub(crate) use crate::transport::fxiaoke::DEFAULT_URL as FXIAOKE_DEFAULT_URL;

/// The host of a URL, lower-cased.
pub(crate) fn url_host(url: &str) -> Option<String> {
    Some(
        reqwest::Url::parse(url)
            .ok()?
            .host_str()?
            .to_ascii_lowercase(),
    )
}

/// One profile of the file, of either provider.
#[derive(Debug, Clone)]
pub enum Profile {
    Youdu(YouduProfile),
    Fxiaoke(FxiaokeProfile),
}

impl Profile {
    pub(crate) fn provider(&self) -> Provider {
        match self {
            Profile::Youdu(_) => Provider::Youdu,
            Profile::Fxiaoke(_) => Provider::Fxiaoke,
        }
    }
}

/// What a command asks for.
#[derive(Debug, Clone, Default)]
pub(crate) struct Request {
    /// `--config` / `CORPMSG_CONFIG`.
    pub config: Option<PathBuf>,
    /// `--profile` / `CORPMSG_PROFILE`.
    pub profile: Option<String>,
    /// The `CORPMSG_YOUDU_*` / `CORPMSG_FXIAOKE_*` overrides, read once by the command line.
    pub env: Overrides,
}

/// A chosen profile plus the warnings that loading it raised (printed by the caller).
#[derive(Debug)]
pub(crate) struct Loaded<P> {
    pub profile: P,
    pub warnings: Vec<String>,
}

/// The default config path: `<config dir>/corpmsg/config.toml`.
pub(crate) fn default_path() -> Option<PathBuf> {
    dirs::config_dir().map(|d| d.join("corpmsg").join("config.toml"))
}

impl Profile {
    /// The profile's name (`env-youdu` or `env-fxiaoke` for one made of variables).
    pub(crate) fn name(&self) -> &str {
        match self {
            Profile::Youdu(p) => &p.name,
            Profile::Fxiaoke(p) => &p.name,
        }
    }

    /// Warnings about the profile's settings.
    pub(crate) fn warnings(&self) -> Vec<String> {
        match self {
            Profile::Youdu(_) => Vec::new(),
            Profile::Fxiaoke(p) => p.host_warning().into_iter().collect(),
        }
    }
}
