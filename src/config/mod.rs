//! The profiles, and the provider registry: resolves the TOML config file and the environment
//! into profiles, and gives each profile what generic code needs of its provider (its client,
//! its text message for `send` and `run`, its `config init`/`check`/`show` parts).
//!
//! The file holds `[profiles.NAME]` tables, each naming its `provider`. Secrets may be given as the
//! value, as `KEY_env` (a variable name) or as `KEY_file` (a path); they are read only when a command
//! needs credentials, so `--dry-run` works without them.
//!
//! One file per concern. The generic ones go through `PROVIDERS`, the registry, and name no
//! provider: `file` (reading and parsing the TOML), `env` (the `CORPMSG_*` overrides and the
//! environment's profiles), `select` (which profile a command uses), `show` (`config show`),
//! `secrets` and `messages` (error texts that never show a value). Each provider's own file
//! (`youdu`, `fxiaoke`, `wecom`) holds all that is its own: its registry entry (`Schema`: keys, checks,
//! variables, starter config) and its resolved profile (`ProfileKind`: show, secrets, text
//! target, client).

use std::any::Any;
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Deserialize;

use crate::env_vars;
use crate::payload::PayloadError;
use crate::payload::text::{Measure, OnLong};
use crate::secret::Secret;
use crate::small_file;
use crate::transport::http::Http;
use crate::transport::{Client, Outgoing};

mod env;
mod file;
mod fxiaoke;
mod messages;
mod secrets;
mod select;
mod show;
#[cfg(test)]
mod tests;
mod wecom;
mod youdu;

pub use env::*;
pub use file::*;
pub use fxiaoke::*;
use messages::*;
pub(crate) use secrets::*;
pub(crate) use select::*;
pub(crate) use show::*;
pub use wecom::*;
pub use youdu::*;

/// Why the config could not be used. Every message names the file (or variable), the profile and
/// the key concerned, and never a secret's value.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error(
        "no config file at {path}; create it with `corpmsg config init --provider youdu` (or fxiaoke, or wecom), or set the CORPMSG_YOUDU_*, CORPMSG_FXIAOKE_* or CORPMSG_WECOM_* variables"
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

/// One provider's part of the config: its registry entry, which generic code asks instead of
/// naming the provider.
pub(crate) trait Schema: Sync {
    /// Its name, the value of a profile's `provider` (`youdu`).
    fn name(&self) -> &'static str;
    /// The name of the profile its variables make up on their own (`env-youdu`).
    fn env_profile(&self) -> String {
        format!("env-{}", self.name())
    }
    /// Its variables as a family (`CORPMSG_YOUDU_*`), for messages.
    fn env_family(&self) -> String {
        format!("CORPMSG_{}_*", self.name().to_ascii_uppercase())
    }
    /// Every `CORPMSG_<P>_*` variable it reads, which [`Overrides`] looks up.
    fn env_vars(&self) -> &'static [&'static str];
    /// The keys a profile of it takes beside `provider`.
    fn keys(&self) -> &'static [&'static str];
    /// The other words of its vocabulary (the values its keys take, such as `oauth`), which
    /// error messages may quote: they are not values to hide ([`without_values`]).
    fn words(&self) -> &'static [&'static str] {
        &[]
    }
    /// Its section of `config init`: the lines under the `[profiles.NAME]` header.
    fn starter(&self) -> &'static str;
    /// Whether a dry run uses the profile that `env` makes up when the file has none of this
    /// provider: only if its settings shape the request body (Fxiaoke's auth style does,
    /// Youdu's session sender and session do).
    fn env_shapes_dry_run(&self, env: &Overrides) -> bool;
    /// Whether a variable that makes up a profile of its own is set (default recipients alone
    /// do not: they only fill one).
    fn makes_profile(&self, env: &Overrides) -> bool;
    /// Parses one table (`provider` and unknown keys taken out), or an empty table for the
    /// environment's profile, with the overrides. Every problem of the profile is found, not
    /// only the first.
    fn parse(
        &self,
        table: toml::Table,
        at: &Place<'_>,
        env: &Overrides,
    ) -> Result<Profile, Vec<ConfigError>>;
}

/// Every provider corpmsg knows: adding one is one line here.
pub(crate) static PROVIDERS: &[&dyn Schema] = &[&youdu::YOUDU, &fxiaoke::FXIAOKE, &wecom::WECOM];

/// The names of the providers corpmsg knows, in the registry's order: the end-to-end tests
/// iterate them, so that a provider without a test fixture fails them.
pub fn provider_names() -> impl Iterator<Item = &'static str> {
    PROVIDERS.iter().map(|p| p.name())
}

/// A provider, as a handle on its registry entry. Shown (and compared) by its name.
#[derive(Clone, Copy)]
pub struct Provider(&'static dyn Schema);

impl Provider {
    pub(crate) fn name(self) -> &'static str {
        self.0.name()
    }

    /// Its registry entry.
    pub(crate) fn schema(self) -> &'static dyn Schema {
        self.0
    }

    /// The provider called `name`, if corpmsg knows one.
    pub(crate) fn parse(name: &str) -> Option<Self> {
        PROVIDERS
            .iter()
            .find(|p| p.name() == name)
            .map(|p| Provider(*p))
    }
}

impl fmt::Display for Provider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl fmt::Debug for Provider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl PartialEq for Provider {
    fn eq(&self, other: &Self) -> bool {
        self.name() == other.name()
    }
}

impl Eq for Provider {}

/// The host of a URL, lower-cased.
pub(crate) fn url_host(url: &str) -> Option<String> {
    Some(
        reqwest::Url::parse(url)
            .ok()?
            .host_str()?
            .to_ascii_lowercase(),
    )
}

/// What every provider's resolved profile offers to generic code.
pub(crate) trait ProfileKind: fmt::Debug + Send + Sync + Any {
    /// The provider it is of.
    fn provider(&self) -> Provider;
    /// The profile's name (`env-youdu` or `env-fxiaoke` for one made of variables).
    fn name(&self) -> &str;
    /// The base URL of its API.
    fn url(&self) -> &str;
    /// Warnings about the profile's settings.
    fn warnings(&self) -> Vec<String>;
    /// The values of the profile's secrets that can be read (from the value, the variable or
    /// the file), for masking them in text that is sent; each without surrounding white space,
    /// which covers it with any. A secret that cannot be read is left out.
    fn secret_values(&self) -> Vec<Secret>;
    /// Reads every secret the profile needs to send, and checks what can be checked (the
    /// Youdu key is decoded).
    fn check_secrets(&self) -> Result<(), ConfigError>;
    /// Its lines of `config show` after `provider`: secrets masked, each value that a variable
    /// of `env` set marked with a comment naming it ([`marked`]).
    fn masked_lines(&self, env: &Overrides) -> Vec<String>;
    /// The longest text of one message, in [`ProfileKind::text_measure`]: what `run` cuts its
    /// report to.
    fn text_limit(&self) -> usize;
    /// What [`ProfileKind::text_limit`] counts: characters, or bytes of UTF-8 (WeCom).
    fn text_measure(&self) -> Measure {
        Measure::Chars
    }
    /// The requests of a text message to `to`: the text that `send` and `run` send, with
    /// every limit checked.
    fn text(&self, text: &str, on_long: OnLong, to: &TextTo) -> Result<Outgoing, PayloadError>;
    /// The provider's client for this profile: its secrets are read first, then `connect`
    /// makes the HTTP client for its URL.
    fn client(
        &self,
        connect: Connect,
        cache_dir: Option<PathBuf>,
    ) -> anyhow::Result<Box<dyn Client>>;
}

/// Makes the HTTP client of a run to a URL (the global network flags, the `-vv` trace).
pub(crate) type Connect<'a> = &'a dyn Fn(&str) -> anyhow::Result<Http>;

/// Whom the text of `send` and `run` goes to: the recipients given for every profile (`-u`,
/// `-d`), else each profile's defaults.
#[derive(Debug, Clone, Default)]
pub(crate) struct TextTo {
    pub users: Option<Vec<String>>,
    pub depts: Vec<String>,
    /// Several requests when a list exceeds one request (else an error).
    pub split: bool,
}

/// One profile of the file, of any provider.
#[derive(Clone, Debug)]
pub struct Profile(Arc<dyn ProfileKind>);

impl Profile {
    pub(crate) fn new(profile: impl ProfileKind) -> Self {
        Profile(Arc::new(profile))
    }

    /// The profile as its provider's own type, when it is a `P`: for the code of that provider.
    pub(crate) fn get<P: ProfileKind>(&self) -> Option<&P> {
        let any: &dyn Any = self.kind();
        any.downcast_ref()
    }

    /// What the profile offers whatever its provider.
    pub(crate) fn kind(&self) -> &dyn ProfileKind {
        &*self.0
    }

    pub(crate) fn provider(&self) -> Provider {
        self.kind().provider()
    }

    /// The profile's name (`env-youdu` or `env-fxiaoke` for one made of variables).
    pub(crate) fn name(&self) -> &str {
        self.kind().name()
    }

    /// The base URL of its API.
    pub(crate) fn url(&self) -> &str {
        self.kind().url()
    }

    /// Warnings about the profile's settings.
    pub(crate) fn warnings(&self) -> Vec<String> {
        self.kind().warnings()
    }

    /// See [`ProfileKind::secret_values`].
    pub(crate) fn secret_values(&self) -> Vec<Secret> {
        self.kind().secret_values()
    }

    /// Reads every secret the profile needs to send ([`ProfileKind::check_secrets`]).
    pub(crate) fn check_secrets(&self) -> Result<(), ConfigError> {
        self.kind().check_secrets()
    }
}

/// Where a profile's table is: the profile's name, where it came from (the config file, or
/// `environment`) and the folder that relative `KEY_file` paths start from.
pub(crate) struct Place<'a> {
    pub name: &'a str,
    pub origin: &'a str,
    pub base: &'a Path,
}

impl Place<'_> {
    /// An error about `key` of this profile.
    pub(super) fn error(&self, key: &str, problem: String) -> ConfigError {
        ConfigError::Field {
            origin: self.origin.to_string(),
            profile: self.name.to_string(),
            key: key.to_string(),
            problem,
        }
    }

    /// [`Place::error`] as a function, for the checks that take one.
    pub(super) fn field(&self) -> impl Fn(&str, String) -> ConfigError + '_ {
        |key, problem| self.error(key, problem)
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

/// A chosen profile plus the warnings that loading it raised (printed by the caller), and
/// whether the file it came from says `outbox = true`.
#[derive(Debug)]
pub(crate) struct Loaded<P> {
    pub profile: P,
    pub warnings: Vec<String>,
    pub outbox: bool,
}

/// The default config path: `<config dir>/corpmsg/config.toml`.
pub(crate) fn default_path() -> Option<PathBuf> {
    dirs::config_dir().map(|d| d.join("corpmsg").join("config.toml"))
}
