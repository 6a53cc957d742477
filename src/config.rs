//! Resolves the TOML config file, the environment and the flags into one profile, once.
//!
//! The file holds `[profiles.NAME]` tables, each naming its `provider`. Secrets may be given as the
//! value, as `KEY_env` (a variable name) or as `KEY_file` (a path); they are read only when a command
//! needs credentials, so `--dry-run` works without them.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::env_vars;
use crate::secret::Secret;
use crate::small_file;
use crate::transport::youdu::crypto::AesKey;

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
    pub fn names_profile(&self) -> bool {
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
    pub fn short(&self) -> String {
        match self {
            ConfigError::Field { key, problem, .. } => format!("`{key}` {problem}"),
            ConfigError::Profile { problem, .. } => problem.clone(),
            other => other.to_string(),
        }
    }

    /// Each problem this error stands for: those of a broken profile, else itself.
    pub fn problems(&self) -> Vec<&ConfigError> {
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
    pub fn name(self) -> &'static str {
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

/// Where a secret comes from. Reading it is deferred to [`SecretSource::read`].
#[derive(Debug, Clone)]
pub enum SecretSource {
    Value(Secret),
    Env(String),
    File(PathBuf),
}

impl SecretSource {
    fn read(&self, origin: &str, profile: &str, key: &str) -> Result<Secret, ConfigError> {
        let field = |problem: String, key: String| ConfigError::Field {
            origin: origin.to_string(),
            profile: profile.to_string(),
            key,
            problem,
        };
        match self {
            SecretSource::Value(s) => Ok(s.clone()),
            SecretSource::Env(var) => match std::env::var(var) {
                Ok(v) if !v.trim().is_empty() => Ok(Secret::new(v.trim())),
                _ => Err(field(
                    format!("names the environment variable {var}, which is not set"),
                    format!("{key}_env"),
                )),
            },
            SecretSource::File(path) => match small_file::read_text(path, small_file::SECRET) {
                Ok(v) => Ok(Secret::new(v.trim_end_matches(['\n', '\r']))),
                Err(e) => Err(field(
                    format!("cannot read {}: {e}", path.display()),
                    format!("{key}_file"),
                )),
            },
        }
    }
}

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
    aes_key: Option<SecretSource>,
    pub to_user: Vec<String>,
    pub to_dept: Vec<String>,
}

impl YouduProfile {
    /// Reads and decodes the EncodingAESKey (from the value, the variable or the file).
    pub fn aes_key(&self) -> Result<AesKey, ConfigError> {
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

pub use crate::payload::fxiaoke::{FxiaokeAuth, UserIdKind};
pub use crate::transport::fxiaoke::DEFAULT_URL as FXIAOKE_DEFAULT_URL;

/// A resolved Fxiaoke profile.
#[derive(Debug, Clone)]
pub struct FxiaokeProfile {
    /// The profile's name, or `env-fxiaoke` for a profile made of `CORPMSG_FXIAOKE_*` variables.
    pub name: String,
    /// The config file it came from, or `environment`.
    pub origin: String,
    pub url: String,
    pub app_id: String,
    app_secret: Option<SecretSource>,
    permanent_code: Option<SecretSource>,
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
    pub fn app_secret(&self) -> Result<Secret, ConfigError> {
        self.secret(
            "app_secret",
            self.app_secret.as_ref(),
            env_vars::CORPMSG_FXIAOKE_APP_SECRET,
        )
    }

    /// Reads the permanent code (永久授权码).
    pub fn permanent_code(&self) -> Result<Secret, ConfigError> {
        self.secret(
            "permanent_code",
            self.permanent_code.as_ref(),
            env_vars::CORPMSG_FXIAOKE_PERMANENT_CODE,
        )
    }

    fn secret(
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

    /// A warning for a host that answers with a web page rather than the API (protocol §5).
    fn host_warning(&self) -> Option<String> {
        let host = url_host(&self.url)?;
        (host == "www.fxiaoke.com" || host == "fxiaoke.com").then(|| {
            format!(
                "profile `{}`: url {} is the Fxiaoke web site, not the API; use {FXIAOKE_DEFAULT_URL} or your cloud's open-… host",
                self.name, self.url
            )
        })
    }
}

/// The host of a URL, lower-cased.
pub fn url_host(url: &str) -> Option<String> {
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
    pub fn provider(&self) -> Provider {
        match self {
            Profile::Youdu(_) => Provider::Youdu,
            Profile::Fxiaoke(_) => Provider::Fxiaoke,
        }
    }
}

/// What a command asks for.
#[derive(Debug, Clone, Default)]
pub struct Request {
    /// `--config` / `CORPMSG_CONFIG`.
    pub config: Option<PathBuf>,
    /// `--profile` / `CORPMSG_PROFILE`.
    pub profile: Option<String>,
}

/// A chosen profile plus the warnings that loading it raised (printed by the caller).
#[derive(Debug)]
pub struct Loaded<P> {
    pub profile: P,
    pub warnings: Vec<String>,
}

/// The default config path: `<config dir>/corpmsg/config.toml`.
pub fn default_path() -> Option<PathBuf> {
    dirs::config_dir().map(|d| d.join("corpmsg").join("config.toml"))
}

/// The token cache folder: `CORPMSG_CACHE_DIR`, else `<cache dir>/corpmsg`; `None` when neither
/// can be found (then tokens are fetched every run).
pub fn cache_dir() -> Option<PathBuf> {
    match std::env::var_os(env_vars::CORPMSG_CACHE_DIR) {
        Some(dir) if !dir.is_empty() => Some(PathBuf::from(dir)),
        _ => dirs::cache_dir().map(|d| d.join("corpmsg")),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    default_profile: Option<String>,
    #[serde(default)]
    profiles: BTreeMap<String, toml::Table>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawYoudu {
    url: Option<String>,
    buin: Option<i64>,
    app_id: Option<String>,
    aes_key: Option<String>,
    aes_key_env: Option<String>,
    aes_key_file: Option<PathBuf>,
    #[serde(default)]
    to_user: Vec<String>,
    #[serde(default)]
    to_dept: Vec<DeptId>,
}

#[derive(Deserialize, Clone)]
#[serde(untagged)]
enum DeptId {
    Number(i64),
    Text(String),
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawFxiaoke {
    url: Option<String>,
    app_id: Option<String>,
    app_secret: Option<String>,
    app_secret_env: Option<String>,
    app_secret_file: Option<PathBuf>,
    permanent_code: Option<String>,
    permanent_code_env: Option<String>,
    permanent_code_file: Option<PathBuf>,
    auth: Option<FxiaokeAuth>,
    user_id: Option<String>,
    user_id_kind: Option<UserIdKind>,
    #[serde(default)]
    to_user: Vec<String>,
    text_limit: Option<i64>,
}

/// A parsed config file.
#[derive(Debug)]
pub struct ConfigFile {
    pub path: PathBuf,
    pub default_profile: Option<String>,
    pub profiles: BTreeMap<String, Profile>,
}

/// Reads and validates the file at `path`: every profile, not just the one in use, with the
/// environment's overrides applied.
pub fn read_file(path: &Path) -> Result<ConfigFile, ConfigError> {
    read_file_with(path, &Overrides::from_env())
}

fn read_file_with(path: &Path, env: &Overrides) -> Result<ConfigFile, ConfigError> {
    parse(&read_text(path)?, path, env)
}

/// The text of the config file at `path`.
fn read_text(path: &Path) -> Result<String, ConfigError> {
    small_file::read_text(path, small_file::DOCUMENT).map_err(|source| {
        if source.kind() == std::io::ErrorKind::NotFound {
            ConfigError::NotFound {
                path: path.to_path_buf(),
            }
        } else {
            ConfigError::Read {
                path: path.to_path_buf(),
                source,
            }
        }
    })
}

/// Parses config text; `path` names it in errors and anchors relative `KEY_file` paths; `env`
/// overrides the profiles' fields. The first broken profile makes it fail.
pub fn parse(text: &str, path: &Path, env: &Overrides) -> Result<ConfigFile, ConfigError> {
    strict(parse_each(text, path, env)?)
}

/// The whole file, or the first broken profile's error, or an error for a `default_profile`
/// that names no profile.
fn strict(each: EachProfile) -> Result<ConfigFile, ConfigError> {
    let mut profiles = BTreeMap::new();
    for (name, profile) in each.profiles {
        profiles.insert(name, profile?);
    }
    let file = ConfigFile {
        path: each.path,
        default_profile: each.default_profile,
        profiles,
    };
    if let Some(default) = &file.default_profile
        && !file.profiles.contains_key(default)
    {
        return Err(ConfigError::Choice(format!(
            "{}: default_profile = {default:?} names no profile (have: {})",
            file.path.display(),
            list(file.profiles.keys())
        )));
    }
    Ok(file)
}

/// A config file whose profiles were validated one by one (for `config check`).
#[derive(Debug)]
pub struct EachProfile {
    pub path: PathBuf,
    pub default_profile: Option<String>,
    pub profiles: Vec<(String, Result<Profile, ConfigError>)>,
    /// Each profile's table as written, for showing a broken one.
    pub tables: BTreeMap<String, toml::Table>,
}

/// Parses config text as [`parse`] does, but validates every profile on its own: a broken
/// profile gives its error and the others are still checked. Only bad TOML fails the whole.
pub fn parse_each(text: &str, path: &Path, env: &Overrides) -> Result<EachProfile, ConfigError> {
    let raw: RawFile = toml::from_str(text).map_err(|e| file_error(text, path, &e))?;
    let origin = path.display().to_string();
    let base = path.parent().unwrap_or(Path::new("."));
    let tables = raw.profiles.clone();
    let profiles = raw
        .profiles
        .into_iter()
        .map(|(name, table)| {
            let profile = profile_of(&name, table, text, &origin, base, env);
            (name, profile)
        })
        .collect();
    Ok(EachProfile {
        path: path.to_path_buf(),
        default_profile: raw.default_profile,
        profiles,
        tables,
    })
}

/// One `[profiles.NAME]` table, with the environment's overrides for its provider; `text` is
/// the file's, to find the line of an unknown key. Every problem of the profile is found, not
/// only the first: the error is [`ConfigError::Broken`].
fn profile_of(
    name: &str,
    mut table: toml::Table,
    text: &str,
    origin: &str,
    base: &Path,
    env: &Overrides,
) -> Result<Profile, ConfigError> {
    let field = |key: &str, problem: String| ConfigError::Field {
        origin: origin.to_string(),
        profile: name.to_string(),
        key: key.to_string(),
        problem,
    };
    let broken = |provider, problems| ConfigError::Broken { provider, problems };
    let provider = match table.remove("provider") {
        Some(toml::Value::String(p)) => Provider::parse(&p).ok_or_else(|| {
            field(
                "provider",
                format!("is {p:?}; expected \"youdu\" or \"fxiaoke\""),
            )
        }),
        Some(_) => Err(field("provider", "must be a string".into())),
        None => Err(field(
            "provider",
            "is missing (\"youdu\" or \"fxiaoke\")".into(),
        )),
    }
    .map_err(|e| broken(None, vec![e]))?;
    let known = match provider {
        Provider::Youdu => YOUDU_KEYS,
        Provider::Fxiaoke => FXIAOKE_KEYS,
    };
    let line_of = |key: &str| key_line(text, &["profiles", name, key]);
    let mut problems = Vec::new();
    let unknown: Vec<String> = table
        .keys()
        .filter(|k| !known.contains(&k.as_str()))
        .cloned()
        .collect();
    for key in &unknown {
        table.remove(key);
        problems.push(match unknown_key(std::iter::once(key), known, line_of) {
            Some(Unknown::Near { key, problem }) => field(&key, problem),
            Some(Unknown::Hidden { problem }) => ConfigError::Profile {
                origin: origin.to_string(),
                profile: name.to_string(),
                problem,
            },
            None => continue,
        });
    }
    // A key whose value is bad is reported once: not again as missing.
    let fields = |problems: Vec<ConfigError>, mut more: Vec<ConfigError>, bad: &[String]| {
        // A bad `auth` leaves the default, oauth, whose `user_id` may not be needed.
        let unsure = |key: &str| {
            bad.iter()
                .any(|b| b == key || (b == "auth" && key == "user_id"))
        };
        more.retain(|e| !matches!(e, ConfigError::Field { key, .. } if unsure(key)));
        problems.into_iter().chain(more).collect::<Vec<_>>()
    };
    let (profile, bad) = match provider {
        Provider::Youdu => {
            let (raw, bad) = deserialize_table::<RawYoudu>(table, &field, &mut problems);
            let profile = youdu_profile(raw, name, origin, base, &env.youdu);
            (profile.map(Profile::Youdu), bad)
        }
        Provider::Fxiaoke => {
            let (raw, bad) = deserialize_table::<RawFxiaoke>(table, &field, &mut problems);
            let profile = fxiaoke_profile(raw, name, origin, base, &env.fxiaoke);
            (profile.map(Profile::Fxiaoke), bad)
        }
    };
    match profile {
        Ok(p) if problems.is_empty() => Ok(p),
        Ok(_) => Err(broken(Some(provider), problems)),
        Err(more) => Err(broken(Some(provider), fields(problems, more, &bad))),
    }
}

/// The keys whose values are secrets.
const SECRET_KEYS: [&str; 3] = ["aes_key", "app_secret", "permanent_code"];

/// Deserializes a profile table. Each key at fault (every field of the profile structs is
/// optional, so each entry can be tried alone) is a problem added to `problems`, and left out;
/// returns what the rest gives, and the keys left out.
fn deserialize_table<T: serde::de::DeserializeOwned + Default>(
    mut table: toml::Table,
    field: &dyn Fn(&str, String) -> ConfigError,
    problems: &mut Vec<ConfigError>,
) -> (T, Vec<String>) {
    let message = |e: toml::de::Error| without_values(e.message().trim());
    let err = match toml::Value::Table(table.clone()).try_into::<T>() {
        Ok(v) => return (v, Vec::new()),
        Err(e) => message(e),
    };
    let mut bad = Vec::new();
    for (key, value) in &table {
        let single = toml::Table::from_iter([(key.clone(), value.clone())]);
        if let Err(e) = toml::Value::Table(single).try_into::<T>() {
            // The message would quote the value, which here is a secret.
            if SECRET_KEYS.contains(&key.as_str()) {
                problems.push(field(key, "must be a string (in quotes)".into()));
            } else {
                problems.push(field(key, message(e)));
            }
            bad.push(key.clone());
        }
    }
    for key in &bad {
        table.remove(key);
    }
    match toml::Value::Table(table).try_into::<T>() {
        Ok(v) => (v, bad),
        Err(_) => {
            if bad.is_empty() {
                problems.push(field("?", err));
            }
            (T::default(), bad)
        }
    }
}

/// The error of a file that does not read as the top level of a config: bad TOML (with a hint
/// when the value at fault looks like an unquoted secret), an unknown top-level key, or a
/// top-level value of the wrong type. `e` is the error of reading it as a config.
fn file_error(text: &str, path: &Path, e: &toml::de::Error) -> ConfigError {
    // Only the error path reads the file a second time, to tell these apart.
    let table = match toml::from_str::<toml::Table>(text) {
        Ok(table) => table,
        Err(bad) => {
            let mut error = syntax_error(text, path, &bad);
            if let (ConfigError::Syntax { message, .. }, Some(span)) = (&mut error, bad.span())
                && at_number(text, span.start)
            {
                message.push_str("; secrets and other text must be in quotes (key = \"…\")");
            }
            return error;
        }
    };
    let line_of = |key: &str| key_line(text, &[key]);
    let problem = match unknown_key(table.keys(), FILE_KEYS, line_of) {
        Some(Unknown::Near { key, problem }) => format!("`{key}` {problem}"),
        Some(Unknown::Hidden { problem }) => problem,
        None => return syntax_error(text, path, e),
    };
    ConfigError::TopLevel {
        path: path.to_path_buf(),
        problem,
    }
}

/// A TOML error as `file:line:column: message`, without the source line and with the values
/// the message quotes removed ([`without_values`]), since either may hold a secret.
fn syntax_error(text: &str, path: &Path, e: &toml::de::Error) -> ConfigError {
    let (line, column) = match e.span() {
        Some(span) => {
            let before = &text[..floor_char_boundary(text, span.start)];
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            (line, column)
        }
        None => (1, 1),
    };
    ConfigError::Syntax {
        path: path.to_path_buf(),
        line,
        column,
        message: without_values(e.message().trim()),
    }
}

/// The largest character boundary of `text` at or before `at`.
fn floor_char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Whether byte `at` of `text` lies in the value of a `key = value` line whose value starts
/// like a number (a digit, which covers `0x`, `0o` and `0b`, or a sign): a secret written
/// without quotes.
fn at_number(text: &str, at: usize) -> bool {
    let at = floor_char_boundary(text, at);
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line = &text[start..];
    let line = &line[..line.find('\n').unwrap_or(line.len())];
    let Some((_, rest)) = parse_key(line) else {
        return false;
    };
    let Some(value) = rest.trim_start().strip_prefix('=') else {
        return false;
    };
    let value_start = line.len() - value.len();
    value
        .trim_start()
        .starts_with(|c: char| c.is_ascii_digit() || c == '+' || c == '-')
        && at - start >= value_start
}

/// The keys a Youdu profile takes beside `provider`, as [`RawYoudu`] names them.
const YOUDU_KEYS: &[&str] = &[
    "url",
    "buin",
    "app_id",
    "aes_key",
    "aes_key_env",
    "aes_key_file",
    "to_user",
    "to_dept",
];

/// The keys a Fxiaoke profile takes beside `provider`, as [`RawFxiaoke`] names them.
const FXIAOKE_KEYS: &[&str] = &[
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

/// The keys of the file's top level, as [`RawFile`] names them.
const FILE_KEYS: &[&str] = &["default_profile", "profiles"];

/// The other words of the config's own vocabulary that toml and serde messages quote: the
/// `provider` key and the values of `provider`, `auth` and `user_id_kind`.
const SCHEMA_WORDS: &[&str] = &[
    "provider", "youdu", "fxiaoke", "oauth", "legacy", "open", "employee",
];

/// `message`, from toml or serde, without the values it quotes, which may be secrets. A
/// segment in backticks stays only when it is a key or word of the config's own vocabulary or
/// a little punctuation (`=`, `.`); any other (a number in "invalid type: integer `…`", the
/// name in "unknown field `…`") is dropped, as is a string in double quotes (serde's
/// `string "…"`) and the rest of a message after a quote that does not end.
fn without_values(message: &str) -> String {
    // toml's own list of unexpected keys is not quoted at all.
    if let Some(i) = message.find("unexpected keys in table") {
        return message[..i + "unexpected keys in table".len()].to_string();
    }
    let keep = |inner: &str| {
        [YOUDU_KEYS, FXIAOKE_KEYS, FILE_KEYS, SCHEMA_WORDS]
            .iter()
            .any(|words| words.contains(&inner))
            || (!inner.is_empty()
                && inner.chars().count() <= 3
                && !inner.chars().any(char::is_alphanumeric))
    };
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(i) = rest.find(['`', '"']) {
        out.push_str(&rest[..i]);
        let backtick = rest[i..].starts_with('`');
        let after = &rest[i + 1..];
        let end = if backtick {
            after.find('`')
        } else {
            closing_quote(after)
        };
        let Some(end) = end else {
            rest = "";
            break;
        };
        let inner = &after[..end];
        rest = &after[end + 1..];
        if backtick && keep(inner) {
            out.push('`');
            out.push_str(inner);
            out.push('`');
        } else if out.ends_with(' ')
            && (rest.is_empty() || rest.starts_with([' ', ',', ';', ':', ')']))
        {
            out.pop();
        }
    }
    out.push_str(rest);
    out.trim_end().to_string()
}

/// Where the string that `text` is the rest of (after its opening `"`) ends: the first `"`
/// not escaped by a backslash.
fn closing_quote(text: &str) -> Option<usize> {
    let mut escaped = false;
    for (i, c) in text.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => return Some(i),
            _ => {}
        }
    }
    None
}

/// A key that a table holds but its kind of table does not take.
enum Unknown {
    /// Near enough to a known key to be a misspelling of it, so shown.
    Near { key: String, problem: String },
    /// Not shown, since it may be a secret written as a key.
    Hidden { problem: String },
}

/// The first of `keys` that is not in `known`, if any. Its name is shown only when it is a
/// near miss of a known key (then "did you mean"); else the problem names its line, which
/// `line_of` finds (best effort), and the keys expected.
fn unknown_key<'a>(
    mut keys: impl Iterator<Item = &'a String>,
    known: &[&str],
    line_of: impl Fn(&str) -> Option<usize>,
) -> Option<Unknown> {
    let key = keys.find(|k| !known.contains(&k.as_str()))?;
    let on_line = line_of(key).map_or_else(String::new, |n| format!(" on line {n}"));
    if let Some(near) = near_key(key, known) {
        return Some(Unknown::Near {
            key: key.clone(),
            problem: format!("unknown field{on_line}; did you mean `{near}`?"),
        });
    }
    let quoted: Vec<String> = known.iter().map(|k| format!("`{k}`")).collect();
    let expected = match quoted.as_slice() {
        [a, b] => format!("{a} or {b}"),
        all => format!("one of {}", all.join(", ")),
    };
    Some(Unknown::Hidden {
        problem: format!(
            "an unknown key{on_line} (its name is not shown: it may be a secret); expected {expected}"
        ),
    })
}

/// The known key that `key` is likely a misspelling of: the nearest (ignoring case) within an
/// edit distance of 3 and of a third of the known key's length (so `x` is not taken for `url`).
fn near_key<'k>(key: &str, known: &[&'k str]) -> Option<&'k str> {
    let key = key.to_lowercase();
    known
        .iter()
        .map(|k| (strsim::levenshtein(&key, k), *k))
        .filter(|(d, k)| *d <= 3 && *d <= (k.len() / 3).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// The number of the first line of `text` that gives the key at `path` (`["profiles", "ops",
/// "url"]`): a `key = value` line whose dotted key, under the table header above it, starts
/// with `path`, or a table header that does. Best effort: keys inside inline tables are not
/// found, and multi-line strings are skipped only roughly.
fn key_line(text: &str, path: &[&str]) -> Option<usize> {
    let starts_with =
        |full: &[String]| full.len() >= path.len() && full.iter().zip(path).all(|(a, b)| a == b);
    let mut table: Vec<String> = Vec::new();
    let mut in_string: Option<&str> = None;
    for (i, line) in text.lines().enumerate() {
        if let Some(delim) = in_string {
            if line.contains(delim) {
                in_string = None;
            }
            continue;
        }
        let trimmed = line.trim_start();
        if let Some(header) = trimmed.strip_prefix('[') {
            let header = header.strip_prefix('[').unwrap_or(header);
            if let Some((keys, _)) = parse_key(header) {
                if starts_with(&keys) {
                    return Some(i + 1);
                }
                table = keys;
            }
            continue;
        }
        let Some((keys, rest)) = parse_key(trimmed) else {
            continue;
        };
        let full: Vec<String> = table.iter().cloned().chain(keys).collect();
        if starts_with(&full) {
            return Some(i + 1);
        }
        let value = rest.trim_start().trim_start_matches('=').trim_start();
        for delim in ["\"\"\"", "'''"] {
            if let Some(after) = value.strip_prefix(delim)
                && !after.contains(delim)
            {
                in_string = Some(delim);
            }
        }
    }
    None
}

/// The dotted key at the start of `line` (bare or quoted parts; a basic string's escapes other
/// than `\"` and `\\` are left as written), and what follows it.
fn parse_key(line: &str) -> Option<(Vec<String>, &str)> {
    let mut parts = Vec::new();
    let mut rest = line.trim_start();
    loop {
        let (part, after) = if let Some(quoted) = rest.strip_prefix('"') {
            let end = closing_quote(quoted)?;
            let part = quoted[..end].replace("\\\"", "\"").replace("\\\\", "\\");
            (part, &quoted[end + 1..])
        } else if let Some(quoted) = rest.strip_prefix('\'') {
            let end = quoted.find('\'')?;
            (quoted[..end].to_string(), &quoted[end + 1..])
        } else {
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
                .unwrap_or(rest.len());
            if end == 0 {
                return None;
            }
            (rest[..end].to_string(), &rest[end..])
        };
        parts.push(part);
        let after = after.trim_start();
        match after.strip_prefix('.') {
            Some(next) => rest = next.trim_start(),
            None => return Some((parts, after)),
        }
    }
}

/// Environment values that override profile fields (`CORPMSG_YOUDU_*`, `CORPMSG_FXIAOKE_*`).
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub youdu: YouduEnv,
    pub fxiaoke: FxiaokeEnv,
}

/// `CORPMSG_YOUDU_*`.
#[derive(Debug, Clone, Default)]
pub struct YouduEnv {
    url: Option<String>,
    buin: Option<String>,
    app_id: Option<String>,
    aes_key: Option<String>,
    to_user: Option<String>,
    to_dept: Option<String>,
}

/// `CORPMSG_FXIAOKE_*`.
#[derive(Debug, Clone, Default)]
pub struct FxiaokeEnv {
    url: Option<String>,
    app_id: Option<String>,
    app_secret: Option<String>,
    permanent_code: Option<String>,
    user_id: Option<String>,
    auth: Option<String>,
    to_user: Option<String>,
}

impl Overrides {
    /// The variables that are set and not empty.
    pub fn from_env() -> Self {
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
    fn families(&self) -> String {
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
fn env_list(value: &Option<String>, var: &str) -> Result<Option<Vec<String>>, ConfigError> {
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
fn env_error(var: &str, problem: String) -> ConfigError {
    ConfigError::Env {
        var: var.to_string(),
        problem,
    }
}

impl Overrides {
    /// The names of the profiles these variables make up (`env-youdu`, `env-fxiaoke`), without
    /// building them.
    pub fn profile_names(&self) -> Vec<&'static str> {
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
    fn any(&self) -> bool {
        self.url.is_some() || self.buin.is_some() || self.app_id.is_some() || self.aes_key.is_some()
    }
}

impl FxiaokeEnv {
    fn any(&self) -> bool {
        self.url.is_some()
            || self.app_id.is_some()
            || self.app_secret.is_some()
            || self.permanent_code.is_some()
            || self.user_id.is_some()
            || self.auth.is_some()
    }
}

fn youdu_profile(
    raw: RawYoudu,
    name: &str,
    origin: &str,
    base: &Path,
    env: &YouduEnv,
) -> Result<YouduProfile, Vec<ConfigError>> {
    let field = field_error(origin, name);
    let env_field = env_error;
    let missing = |key: &str, var: &str| {
        field(
            key,
            format!("is missing (set it in the profile or in {var})"),
        )
    };
    // Every field is checked, so that one run reports every problem of the profile.
    let mut problems = Vec::new();

    let url = keep(&mut problems, || {
        Ok(match &env.url {
            Some(url) => check_url(url).map_err(|p| env_field(env_vars::CORPMSG_YOUDU_URL, p))?,
            None => match &raw.url {
                Some(url) => check_url(url).map_err(|p| field("url", p))?,
                None => return Err(missing("url", env_vars::CORPMSG_YOUDU_URL)),
            },
        })
    });
    let buin = keep(&mut problems, || {
        Ok(match &env.buin {
            Some(b) => b
                .trim()
                .parse::<i64>()
                .ok()
                .filter(|b| valid_buin(*b))
                .ok_or_else(|| {
                    env_field(
                        env_vars::CORPMSG_YOUDU_BUIN,
                        "must be a positive whole number".into(),
                    )
                })?,
            None => match raw.buin {
                Some(b) if valid_buin(b) => b,
                Some(b) => {
                    return Err(field(
                        "buin",
                        format!("is {b}; it must be a positive 32-bit number"),
                    ));
                }
                None => return Err(missing("buin", env_vars::CORPMSG_YOUDU_BUIN)),
            },
        })
    });
    let app_id = keep(&mut problems, || {
        match env.app_id.clone().or(raw.app_id.clone()) {
            Some(id) if !id.trim().is_empty() => Ok(id.trim().to_string()),
            _ => Err(missing("app_id", env_vars::CORPMSG_YOUDU_APP_ID)),
        }
    });
    // A key given as a value is checked now, so a dry run validates it too; one behind a
    // variable or a file is read only when sending.
    let aes_key = keep(&mut problems, || match &env.aes_key {
        Some(key) => {
            AesKey::decode(key)
                .map_err(|e| env_field(env_vars::CORPMSG_YOUDU_AES_KEY, e.to_string()))?;
            Ok(Some(SecretSource::Value(Secret::new(key.as_str()))))
        }
        None => {
            let source = secret_source(
                (
                    "aes_key",
                    raw.aes_key.clone(),
                    raw.aes_key_env.clone(),
                    raw.aes_key_file.clone(),
                ),
                base,
                &field,
            )?;
            if let Some(SecretSource::Value(key)) = &source {
                AesKey::decode(key.expose()).map_err(|e| field("aes_key", e.to_string()))?;
            }
            Ok(source)
        }
    });
    let to_user = keep(&mut problems, || {
        match env_list(&env.to_user, env_vars::CORPMSG_YOUDU_TO_USER)? {
            Some(users) => Ok(users),
            None => user_list(&raw.to_user, &field),
        }
    });
    let to_dept = keep(&mut problems, || {
        let raw_depts: Vec<DeptId> = match env_list(&env.to_dept, env_vars::CORPMSG_YOUDU_TO_DEPT)?
        {
            Some(depts) => {
                if let Some(bad) = depts
                    .iter()
                    .find(|d| !d.bytes().all(|b| b.is_ascii_digit()))
                {
                    return Err(env_error(
                        env_vars::CORPMSG_YOUDU_TO_DEPT,
                        format!("holds {bad:?}; department ids are whole numbers ≥ 0"),
                    ));
                }
                depts.into_iter().map(DeptId::Text).collect()
            }
            None => raw.to_dept.clone(),
        };
        let mut to_dept = Vec::with_capacity(raw_depts.len());
        for d in raw_depts {
            let text = match d {
                DeptId::Number(n) if n >= 0 => n.to_string(),
                DeptId::Text(t) if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) => t,
                DeptId::Number(n) => {
                    return Err(field(
                        "to_dept",
                        format!("holds {n}; department ids are whole numbers ≥ 0"),
                    ));
                }
                DeptId::Text(t) => {
                    return Err(field(
                        "to_dept",
                        format!("holds {t:?}; department ids are whole numbers ≥ 0"),
                    ));
                }
            };
            to_dept.push(text);
        }
        Ok(to_dept)
    });
    match (url, buin, app_id, aes_key, to_user, to_dept) {
        (Some(url), Some(buin), Some(app_id), Some(aes_key), Some(to_user), Some(to_dept))
            if problems.is_empty() =>
        {
            Ok(YouduProfile {
                name: name.to_string(),
                origin: origin.to_string(),
                url,
                buin,
                app_id,
                aes_key,
                to_user,
                to_dept,
            })
        }
        _ => Err(problems),
    }
}

/// The value `check` gives, or `None` with its error added to `problems`.
fn keep<T>(
    problems: &mut Vec<ConfigError>,
    check: impl FnOnce() -> Result<T, ConfigError>,
) -> Option<T> {
    check().map_err(|e| problems.push(e)).ok()
}

/// `to_user` entries, each of which may hold several ids separated by `|` or `,`.
fn user_list(
    entries: &[String],
    field: &dyn Fn(&str, String) -> ConfigError,
) -> Result<Vec<String>, ConfigError> {
    let mut users = Vec::with_capacity(entries.len());
    for entry in entries {
        let ids: Vec<&str> = entry
            .split(['|', ','])
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .collect();
        if ids.is_empty() {
            return Err(field(
                "to_user",
                format!("holds {entry:?}, which names no account"),
            ));
        }
        users.extend(ids.into_iter().map(String::from));
    }
    Ok(users)
}

fn fxiaoke_profile(
    raw: RawFxiaoke,
    name: &str,
    origin: &str,
    base: &Path,
    env: &FxiaokeEnv,
) -> Result<FxiaokeProfile, Vec<ConfigError>> {
    let field = field_error(origin, name);
    let env_field = env_error;
    // Every field is checked, so that one run reports every problem of the profile.
    let mut problems = Vec::new();
    let url = keep(&mut problems, || {
        Ok(match (&env.url, &raw.url) {
            (Some(url), _) => {
                check_url(url).map_err(|p| env_field(env_vars::CORPMSG_FXIAOKE_URL, p))?
            }
            (None, Some(url)) => check_url(url).map_err(|p| field("url", p))?,
            (None, None) => FXIAOKE_DEFAULT_URL.to_string(),
        })
    });
    let app_id = keep(&mut problems, || {
        match env.app_id.clone().or(raw.app_id.clone()) {
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
    let auth = keep(&mut problems, || match &env.auth {
        Some(a) => match a.trim() {
            "oauth" => Ok(FxiaokeAuth::Oauth),
            "legacy" => Ok(FxiaokeAuth::Legacy),
            other => Err(env_field(
                env_vars::CORPMSG_FXIAOKE_AUTH,
                format!("is {other:?}; expected \"oauth\" or \"legacy\""),
            )),
        },
        None => Ok(raw.auth.unwrap_or_default()),
    });
    let user_id = env
        .user_id
        .clone()
        .or(raw.user_id.clone())
        .map(|u| u.trim().to_string())
        .filter(|u| !u.is_empty());
    if let Some(u) = &user_id
        && !u.bytes().all(|b| b.is_ascii_graphic())
    {
        let problem =
            "holds a space, a control or a non-ASCII character; it travels in the x-fs-userid header (an employee id such as \"1000\")".to_string();
        problems.push(match env.user_id {
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
    let secret = |key: &'static str, var: &Option<String>, value, env_name, file| match var {
        Some(v) => Ok(Some(SecretSource::Value(Secret::new(v.trim())))),
        None => secret_source((key, value, env_name, file), base, &field),
    };
    let app_secret = keep(&mut problems, || {
        secret(
            "app_secret",
            &env.app_secret,
            raw.app_secret.clone(),
            raw.app_secret_env.clone(),
            raw.app_secret_file.clone(),
        )
    });
    let permanent_code = keep(&mut problems, || {
        secret(
            "permanent_code",
            &env.permanent_code,
            raw.permanent_code.clone(),
            raw.permanent_code_env.clone(),
            raw.permanent_code_file.clone(),
        )
    });
    let id_kind = raw.user_id_kind.unwrap_or_default();
    let to_user = keep(&mut problems, || {
        let (to_user, to_user_key): (Vec<String>, &dyn Fn(String) -> ConfigError) =
            match env_list(&env.to_user, env_vars::CORPMSG_FXIAOKE_TO_USER)? {
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

/// A function that makes errors about `key` of profile `name` in `origin`.
fn field_error<'a>(origin: &'a str, name: &'a str) -> impl Fn(&str, String) -> ConfigError + 'a {
    move |key, problem| ConfigError::Field {
        origin: origin.to_string(),
        profile: name.to_string(),
        key: key.to_string(),
        problem,
    }
}

fn valid_buin(b: i64) -> bool {
    (1..=i64::from(i32::MAX)).contains(&b)
}

/// Checks a base URL: http or https with a host. Returns it without a trailing slash.
fn check_url(url: &str) -> Result<String, String> {
    let parsed = reqwest::Url::parse(url.trim()).map_err(|e| {
        format!("is not a URL ({e}); expected http://HOST[:PORT] or https://HOST[:PORT], such as http://host:7080")
    })?;
    // Checked before the URL is ever echoed: a password must not reach a message.
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err("must not hold a user name or password".into());
    }
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
        return Err(format!(
            "is {url:?}; expected http://HOST[:PORT] or https://HOST[:PORT]"
        ));
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err("must not have a query or fragment".into());
    }
    Ok(url.trim().trim_end_matches('/').to_string())
}

type SecretKeys = (
    &'static str,
    Option<String>,
    Option<String>,
    Option<PathBuf>,
);

/// `KEY`, `KEY_env` or `KEY_file`: at most one may be given.
fn secret_source(
    (key, value, env, file): SecretKeys,
    base: &Path,
    field: &dyn Fn(&str, String) -> ConfigError,
) -> Result<Option<SecretSource>, ConfigError> {
    let given = [value.is_some(), env.is_some(), file.is_some()];
    if given.iter().filter(|g| **g).count() > 1 {
        return Err(field(
            key,
            format!("is given more than once; use one of `{key}`, `{key}_env` or `{key}_file`"),
        ));
    }
    Ok(if let Some(v) = value {
        Some(SecretSource::Value(Secret::new(v)))
    } else if let Some(var) = env {
        Some(SecretSource::Env(var))
    } else {
        file.map(|f| SecretSource::File(expand_path(&f, base)))
    })
}

/// `~/x` is under the home folder; a relative path is relative to the config file's folder.
fn expand_path(path: &Path, base: &Path) -> PathBuf {
    if let Ok(rest) = path.strip_prefix("~")
        && let Some(home) = dirs::home_dir()
    {
        return home.join(rest);
    }
    if path.is_relative() {
        base.join(path)
    } else {
        path.to_path_buf()
    }
}

fn list<'a>(names: impl Iterator<Item = &'a String>) -> String {
    let names: Vec<&str> = names.map(String::as_str).collect();
    if names.is_empty() {
        "none".into()
    } else {
        names.join(", ")
    }
}

/// Picks the profile for a command of `provider`: `--profile`, else `default_profile` if it is of
/// that provider, else the only profile of that provider.
fn choose<'a>(
    file: &'a ConfigFile,
    provider: Provider,
    wanted: Option<&str>,
) -> Result<Option<&'a Profile>, ConfigError> {
    let origin = file.path.display();
    if let Some(name) = wanted {
        let profile = file.profiles.get(name).ok_or_else(|| {
            ConfigError::Choice(format!(
                "{origin} has no profile `{name}` (have: {})",
                list(file.profiles.keys())
            ))
        })?;
        if profile.provider() != provider {
            return Err(ConfigError::Choice(format!(
                "profile `{name}` in {origin} is a {} profile; this command needs a {provider} profile",
                profile.provider()
            )));
        }
        return Ok(Some(profile));
    }
    if let Some(default) = &file.default_profile
        && let Some(profile) = file.profiles.get(default)
        && profile.provider() == provider
    {
        return Ok(Some(profile));
    }
    let mut of_provider = file
        .profiles
        .iter()
        .filter(|(_, p)| p.provider() == provider);
    match (of_provider.next(), of_provider.next()) {
        (None, _) => Ok(None),
        (Some((_, only)), None) => Ok(Some(only)),
        (Some(_), Some(_)) => {
            let names = file
                .profiles
                .iter()
                .filter(|(_, p)| p.provider() == provider)
                .map(|(n, _)| n);
            Err(ConfigError::Choice(format!(
                "{origin} has several {provider} profiles ({}); choose one with --profile or set default_profile",
                list(names)
            )))
        }
    }
}

/// Resolves the Youdu profile for a command: the chosen profile with `CORPMSG_YOUDU_*` applied,
/// or a profile made of those variables when the file has no Youdu profile (or there is no file).
///
/// Returns `Ok(None)` only when `optional` is set (dry runs) and there is neither a file nor a
/// Youdu profile nor any variable.
pub fn youdu(req: &Request, optional: bool) -> Result<Option<Loaded<YouduProfile>>, ConfigError> {
    resolve(
        req,
        Provider::Youdu,
        optional,
        false,
        |p| match p {
            Profile::Youdu(p) => Some(p.clone()),
            _ => None,
        },
        env_youdu,
    )
}

/// Resolves the Fxiaoke profile for a command, as [`youdu`] does with `CORPMSG_FXIAOKE_*`.
pub fn fxiaoke(
    req: &Request,
    optional: bool,
) -> Result<Option<Loaded<FxiaokeProfile>>, ConfigError> {
    let loaded = resolve(
        req,
        Provider::Fxiaoke,
        optional,
        true,
        |p| match p {
            Profile::Fxiaoke(p) => Some(p.clone()),
            _ => None,
        },
        env_fxiaoke,
    )?;
    Ok(loaded.map(|mut l| {
        l.warnings.extend(l.profile.host_warning());
        l
    }))
}

/// The profile of `provider` for a command: the file's chosen profile (`pick` takes it out of
/// [`Profile`]) with the environment applied, else one made of the environment (`from_env`
/// gives `None` when no variable is set). With `optional` (a dry run) and no profile in the
/// file, the environment's profile is used only if `env_shapes_payload` (its settings change
/// the request body, as Fxiaoke's auth style does); else none is.
fn resolve<P>(
    req: &Request,
    provider: Provider,
    optional: bool,
    env_shapes_payload: bool,
    pick: impl Fn(&Profile) -> Option<P>,
    from_env: impl Fn(&Overrides) -> Option<Result<P, ConfigError>>,
) -> Result<Option<Loaded<P>>, ConfigError> {
    let Sources {
        env,
        path,
        file,
        warnings,
    } = load(req)?;
    let env_name = match provider {
        Provider::Youdu => ENV_YOUDU,
        Provider::Fxiaoke => ENV_FXIAOKE,
    };
    // `-p env-youdu` picks the environment's profile, unless the file has one of that name.
    let in_file = |name: &str| file.as_ref().is_some_and(|f| f.profiles.contains_key(name));
    if let Some(name) = req.profile.as_deref()
        && !in_file(name)
    {
        let other = match provider {
            Provider::Youdu => ENV_FXIAOKE,
            Provider::Fxiaoke => ENV_YOUDU,
        };
        if name == other {
            return Err(ConfigError::Choice(format!(
                "profile `{name}` (the CORPMSG_* variables') is not a {provider} profile; this command needs a {provider} profile"
            )));
        }
        if name == env_name
            && let Some(profile) = from_env(&env)
        {
            return Ok(Some(Loaded {
                profile: profile?,
                warnings,
            }));
        }
    }
    let chosen = match &file {
        Some(file) => choose(file, provider, req.profile.as_deref())?,
        None => None,
    };
    if let Some(chosen) = chosen {
        let profile = pick(chosen).expect("choose returns a profile of the asked provider");
        return Ok(Some(Loaded { profile, warnings }));
    }
    if let Some(name) = &req.profile {
        return Err(ConfigError::Choice(format!(
            "no config file at {} to hold profile `{name}`",
            path.map_or_else(|| "(unknown)".into(), |p| p.display().to_string()),
        )));
    }
    // A Youdu dry run uses a profile only for its default recipients, which an
    // environment-only profile does not have: it needs neither the file nor the variables.
    if optional && !env_shapes_payload {
        return Ok(None);
    }
    if let Some(profile) = from_env(&env) {
        return Ok(Some(Loaded {
            profile: profile?,
            warnings,
        }));
    }
    if optional {
        return Ok(None);
    }
    Err(match file {
        Some(file) => ConfigError::Choice(format!(
            "{} has no {provider} profile (have: {}); add one or set the CORPMSG_{}_* variables",
            file.path.display(),
            list(file.profiles.keys()),
            provider.name().to_ascii_uppercase()
        )),
        None => ConfigError::NotFound {
            path: path.unwrap_or_else(|| PathBuf::from("<config dir>/corpmsg/config.toml")),
        },
    })
}

/// What a command's profiles come from: the environment's overrides, the config file (if
/// there is one) and the warnings reading it raised.
pub struct Sources {
    pub env: Overrides,
    /// The file in use, whether or not it exists.
    pub path: Option<PathBuf>,
    pub file: Option<ConfigFile>,
    pub warnings: Vec<String>,
}

/// The config file in use: `--config` / `CORPMSG_CONFIG`, else the default path.
pub fn path_in_use(req: &Request) -> Option<PathBuf> {
    req.config.clone().or_else(default_path)
}

/// Reads the config file in use, with the environment's overrides. A missing file is an error
/// only when it was named (`--config`); else there is simply no file.
pub fn load(req: &Request) -> Result<Sources, ConfigError> {
    let env = Overrides::from_env();
    let path = path_in_use(req);
    let mut warnings = Vec::new();
    let file = read_in_use(req, path.as_deref(), &env, &mut warnings)?
        .map(strict)
        .transpose()?;
    Ok(Sources {
        env,
        path,
        file,
        warnings,
    })
}

/// Reads the config file at `path` (the one in use) and parses it profile by profile, adding
/// the permission warning to `warnings`. `Ok(None)` when there is no path or the default file
/// does not exist; a file named by `--config` must exist.
pub fn read_in_use(
    req: &Request,
    path: Option<&Path>,
    env: &Overrides,
    warnings: &mut Vec<String>,
) -> Result<Option<EachProfile>, ConfigError> {
    let Some(path) = path else {
        return Ok(None);
    };
    match read_text(path) {
        Ok(text) => {
            warnings.extend(permission_warning(path));
            parse_each(&text, path, env).map(Some)
        }
        Err(ConfigError::NotFound { .. }) if req.config.is_none() => Ok(None),
        Err(ConfigError::NotFound { path }) if !env.families().is_empty() => {
            Err(ConfigError::NamedNotFound {
                path,
                vars: env.families(),
            })
        }
        Err(e) => Err(e),
    }
}

impl Profile {
    /// The profile's name (`env-youdu` or `env-fxiaoke` for one made of variables).
    pub fn name(&self) -> &str {
        match self {
            Profile::Youdu(p) => &p.name,
            Profile::Fxiaoke(p) => &p.name,
        }
    }

    /// Warnings about the profile's settings.
    pub fn warnings(&self) -> Vec<String> {
        match self {
            Profile::Youdu(_) => Vec::new(),
            Profile::Fxiaoke(p) => p.host_warning().into_iter().collect(),
        }
    }
}

/// The name of the profile that `CORPMSG_YOUDU_*` makes up.
pub const ENV_YOUDU: &str = "env-youdu";
/// The name of the profile that `CORPMSG_FXIAOKE_*` makes up.
pub const ENV_FXIAOKE: &str = "env-fxiaoke";
/// Where the environment's profiles come from, in messages.
const ENV_ORIGIN: &str = "environment";

/// The profile `CORPMSG_YOUDU_*` makes up, named `env-youdu`; `None` when none is set.
fn env_youdu(env: &Overrides) -> Option<Result<YouduProfile, ConfigError>> {
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
fn env_fxiaoke(env: &Overrides) -> Option<Result<FxiaokeProfile, ConfigError>> {
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
pub fn env_profiles(env: &Overrides) -> Vec<(String, Result<Profile, ConfigError>)> {
    let youdu = env_youdu(env).map(|p| (ENV_YOUDU.to_string(), p.map(Profile::Youdu)));
    let fxiaoke = env_fxiaoke(env).map(|p| (ENV_FXIAOKE.to_string(), p.map(Profile::Fxiaoke)));
    youdu.into_iter().chain(fxiaoke).collect()
}

/// The environment's profile called `name` (`env-youdu`, `env-fxiaoke`), if its variables
/// are set.
pub fn env_profile(env: &Overrides, name: &str) -> Option<Result<Profile, ConfigError>> {
    env_profiles(env)
        .into_iter()
        .find(|(n, _)| n == name)
        .map(|(_, p)| p)
}

/// The profiles of a fan-out: those that loaded, and the named ones that did not (a name the
/// file does not hold, or a broken profile), each with its error.
#[derive(Debug, Default)]
pub struct FanOut {
    pub profiles: Vec<Profile>,
    pub problems: Vec<(String, ConfigError)>,
}

/// The profiles `send` and `run` notify, of any provider: those named (`-p a -p b`); with
/// none named, `default_profile`, else the file's only profile, else (no file, or a file with
/// no profile) the ones the environment makes up. A profile that is missing or broken is one
/// of the [`FanOut::problems`], not an error of the whole: the others are still notified.
pub fn fan_out(req: &Request, names: &[String]) -> Result<Loaded<FanOut>, ConfigError> {
    // Each profile is validated on its own: a broken profile that is not used stops nothing.
    let env = Overrides::from_env();
    let path = path_in_use(req);
    let mut warnings = Vec::new();
    let file = read_in_use(req, path.as_deref(), &env, &mut warnings)?;
    let origin = || {
        path.as_ref()
            .map_or_else(|| "(unknown)".into(), |p| p.display().to_string())
    };
    let mut out = FanOut::default();
    match file {
        Some(each) if !names.is_empty() || !each.profiles.is_empty() => {
            let have = list(each.profiles.iter().map(|(n, _)| n));
            let mut by_name: BTreeMap<String, Result<Profile, ConfigError>> =
                each.profiles.into_iter().collect();
            let wanted: Vec<String> = match (&each.default_profile, names.is_empty()) {
                (_, false) => names.to_vec(),
                (Some(default), true) => vec![default.clone()],
                (None, true) if by_name.len() == 1 => by_name.keys().cloned().collect(),
                (None, true) => {
                    return Err(ConfigError::Choice(format!(
                        "{} has several profiles ({have}); name them with -p (several: -p a -p b) or set default_profile",
                        origin()
                    )));
                }
            };
            let mut seen: Vec<String> = Vec::new();
            for name in wanted {
                if seen.contains(&name) {
                    continue;
                }
                seen.push(name.clone());
                match by_name.remove(&name).or_else(|| env_profile(&env, &name)) {
                    Some(Ok(profile)) => out.profiles.push(profile),
                    Some(Err(e)) => out.problems.push((name, e)),
                    None => {
                        let e = ConfigError::Choice(format!(
                            "{} has no profile `{name}` (have: {have})",
                            origin()
                        ));
                        out.problems.push((name, e));
                    }
                }
            }
        }
        file => {
            let made: Vec<(String, Result<Profile, ConfigError>)> = env_profiles(&env);
            let have = list(made.iter().map(|(n, _)| n));
            let wanted: Vec<String> = match names.is_empty() {
                true => made.iter().map(|(n, _)| n.clone()).collect(),
                false => names.to_vec(),
            };
            let mut made: BTreeMap<String, Result<Profile, ConfigError>> =
                made.into_iter().collect();
            for name in wanted {
                match made.remove(&name) {
                    Some(Ok(p)) => out.profiles.push(p),
                    Some(Err(e)) => out.problems.push((name, e)),
                    None if out.profiles.iter().any(|p| p.name() == name)
                        || out.problems.iter().any(|(n, _)| *n == name) => {}
                    None => {
                        let e = ConfigError::Choice(format!(
                            "no config file at {} to hold profile `{name}` (the environment's profiles: {have})",
                            origin()
                        ));
                        out.problems.push((name, e));
                    }
                }
            }
            if out.profiles.is_empty() && out.problems.is_empty() {
                return Err(match file {
                    Some(_) => ConfigError::Choice(format!(
                        "{} has no profile; add one or set the CORPMSG_YOUDU_* or CORPMSG_FXIAOKE_* variables",
                        origin()
                    )),
                    None => ConfigError::NotFound {
                        path: path
                            .unwrap_or_else(|| PathBuf::from("<config dir>/corpmsg/config.toml")),
                    },
                });
            }
        }
    }
    for p in &out.profiles {
        warnings.extend(p.warnings());
    }
    Ok(Loaded {
        profile: out,
        warnings,
    })
}

/// A name as a TOML key: bare when it can be, else quoted.
pub fn table_key(name: &str) -> String {
    let bare = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    if !name.is_empty() && name.chars().all(bare) {
        name.to_string()
    } else {
        toml::Value::from(name).to_string()
    }
}

/// `KEY = "VALUE"` as TOML writes it.
fn toml_line(key: &str, value: impl Into<toml::Value>) -> String {
    format!("{key} = {}", value.into())
}

impl SecretSource {
    /// The TOML line that gives this secret, with a value masked.
    fn masked_line(&self, key: &str) -> String {
        match self {
            SecretSource::Value(_) => toml_line(key, "***"),
            SecretSource::Env(var) => toml_line(&format!("{key}_env"), var.as_str()),
            SecretSource::File(path) => {
                toml_line(&format!("{key}_file"), path.display().to_string())
            }
        }
    }
}

/// A profile that does not resolve, as a TOML table: each problem as a `# problem: …` comment
/// above it, then what the file gives for each known key that has no problem, secrets masked.
/// Unknown keys (whose names may be secrets) and keys with a problem are left out, so no value
/// at fault is shown and the output stays valid TOML.
pub fn broken_to_masked_toml(name: &str, table: &toml::Table, error: &ConfigError) -> String {
    let mut lines: Vec<String> = error
        .problems()
        .iter()
        .map(|p| format!("# problem: {}", p.short().replace(['\n', '\r'], " ")))
        .collect();
    lines.push(format!("[profiles.{}]", table_key(name)));
    let at_fault: Vec<&str> = error
        .problems()
        .iter()
        .filter_map(|p| match p {
            ConfigError::Field { key, .. } => Some(key.as_str()),
            _ => None,
        })
        .collect();
    let provider = table.get("provider").and_then(toml::Value::as_str);
    let known: &[&str] = match provider.and_then(Provider::parse) {
        Some(Provider::Youdu) => YOUDU_KEYS,
        Some(Provider::Fxiaoke) => FXIAOKE_KEYS,
        None => &[],
    };
    if let Some(p) = provider.filter(|_| !at_fault.contains(&"provider")) {
        lines.push(toml_line("provider", p));
    }
    for key in known {
        let Some(value) = table.get(*key) else {
            continue;
        };
        if at_fault.contains(key) {
            continue;
        }
        if SECRET_KEYS.contains(key) {
            lines.push(toml_line(key, "***"));
        } else {
            lines.push(toml_line(key, value.clone()));
        }
    }
    lines.join("\n") + "\n"
}

impl Profile {
    /// The resolved profile as a TOML table, secrets masked, each value that an environment
    /// variable set marked with a comment naming it.
    pub fn to_masked_toml(&self, env: &Overrides) -> String {
        let mut lines = vec![
            format!("[profiles.{}]", table_key(self.name())),
            toml_line("provider", self.provider().name()),
        ];
        let mut push = |line: String, var: Option<(&Option<String>, &str)>| match var {
            Some((Some(_), name)) => lines.push(format!("{line}  # from {name}")),
            _ => lines.push(line),
        };
        let list = |items: &[String]| {
            toml::Value::Array(items.iter().map(|s| s.as_str().into()).collect())
        };
        match self {
            Profile::Youdu(p) => {
                let e = &env.youdu;
                push(
                    toml_line("url", p.url.as_str()),
                    Some((&e.url, env_vars::CORPMSG_YOUDU_URL)),
                );
                push(
                    toml_line("buin", p.buin),
                    Some((&e.buin, env_vars::CORPMSG_YOUDU_BUIN)),
                );
                push(
                    toml_line("app_id", p.app_id.as_str()),
                    Some((&e.app_id, env_vars::CORPMSG_YOUDU_APP_ID)),
                );
                if let Some(s) = &p.aes_key {
                    push(
                        s.masked_line("aes_key"),
                        Some((&e.aes_key, env_vars::CORPMSG_YOUDU_AES_KEY)),
                    );
                }
                push(
                    toml_line("to_user", list(&p.to_user)),
                    Some((&e.to_user, env_vars::CORPMSG_YOUDU_TO_USER)),
                );
                let depts: Vec<toml::Value> = p
                    .to_dept
                    .iter()
                    .map(|d| {
                        d.parse::<i64>()
                            .map_or_else(|_| d.as_str().into(), Into::into)
                    })
                    .collect();
                push(
                    toml_line("to_dept", depts),
                    Some((&e.to_dept, env_vars::CORPMSG_YOUDU_TO_DEPT)),
                );
            }
            Profile::Fxiaoke(p) => {
                let e = &env.fxiaoke;
                push(
                    toml_line("url", p.url.as_str()),
                    Some((&e.url, env_vars::CORPMSG_FXIAOKE_URL)),
                );
                push(
                    toml_line("app_id", p.app_id.as_str()),
                    Some((&e.app_id, env_vars::CORPMSG_FXIAOKE_APP_ID)),
                );
                if let Some(s) = &p.app_secret {
                    push(
                        s.masked_line("app_secret"),
                        Some((&e.app_secret, env_vars::CORPMSG_FXIAOKE_APP_SECRET)),
                    );
                }
                if let Some(s) = &p.permanent_code {
                    push(
                        s.masked_line("permanent_code"),
                        Some((&e.permanent_code, env_vars::CORPMSG_FXIAOKE_PERMANENT_CODE)),
                    );
                }
                push(
                    toml_line("auth", p.auth.name()),
                    Some((&e.auth, env_vars::CORPMSG_FXIAOKE_AUTH)),
                );
                if let Some(u) = &p.user_id {
                    push(
                        toml_line("user_id", u.as_str()),
                        Some((&e.user_id, env_vars::CORPMSG_FXIAOKE_USER_ID)),
                    );
                }
                let kind = match p.id_kind {
                    UserIdKind::Open => "open",
                    UserIdKind::Employee => "employee",
                };
                push(toml_line("user_id_kind", kind), None);
                let limit = i64::try_from(p.text_limit).unwrap_or(i64::MAX);
                push(toml_line("text_limit", limit), None);
                push(
                    toml_line("to_user", list(&p.to_user)),
                    Some((&e.to_user, env_vars::CORPMSG_FXIAOKE_TO_USER)),
                );
            }
        }
        lines.join("\n") + "\n"
    }

    /// The values of the profile's secrets that can be read (from the value, the variable or
    /// the file), for masking them in text that is sent: the Youdu key with its final `=` and
    /// without it, the Fxiaoke app secret and permanent code; each without surrounding white
    /// space, which covers it with any. A secret that cannot be read is left out.
    pub fn secret_values(&self) -> Vec<Secret> {
        match self {
            Profile::Youdu(p) => {
                let Some(Ok(key)) = p
                    .aes_key
                    .as_ref()
                    .map(|s| s.read(&p.origin, &p.name, "aes_key"))
                else {
                    return Vec::new();
                };
                let bare = key.expose().trim().trim_end_matches('=');
                vec![Secret::new(format!("{bare}=")), Secret::new(bare)]
            }
            Profile::Fxiaoke(p) => [p.app_secret(), p.permanent_code()]
                .into_iter()
                .flatten()
                .map(|s| Secret::new(s.expose().trim()))
                .collect(),
        }
    }

    /// Reads every secret the profile needs to send (and decodes the Youdu key).
    pub fn check_secrets(&self) -> Result<(), ConfigError> {
        match self {
            Profile::Youdu(p) => p.aes_key().map(drop),
            Profile::Fxiaoke(p) => p.app_secret().and_then(|_| p.permanent_code()).map(drop),
        }
    }
}

/// A warning when the config file can be read by group or others, as ssh gives.
#[cfg(unix)]
pub fn permission_warning(path: &Path) -> Option<String> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path).ok()?.permissions().mode() & 0o777;
    (mode & 0o077 != 0).then(|| {
        format!(
            "config file {} is accessible by group or others (mode {mode:03o}); it holds secrets: chmod 600 {}",
            path.display(),
            path.display()
        )
    })
}

#[cfg(not(unix))]
pub fn permission_warning(_path: &Path) -> Option<String> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "COdaZysb0+xJlFZHIFuohJE/FCW0Mf6ZopttvE8W0LE=";

    fn parse_str(text: &str) -> Result<ConfigFile, ConfigError> {
        parse(text, Path::new("/etc/c.toml"), &Overrides::default())
    }

    fn youdu_text(extra: &str) -> String {
        format!(
            "[profiles.ops]\nprovider = \"youdu\"\nurl = \"http://h:7080/\"\nbuin = 7\napp_id = \"yd1\"\n{extra}\n"
        )
    }

    fn err(text: &str) -> String {
        parse_str(text).unwrap_err().to_string()
    }

    #[test]
    fn the_example_config_parses() {
        let file = parse_str(include_str!("../config.example.toml")).unwrap();
        assert_eq!(file.default_profile.as_deref(), Some("ops"));
        assert_eq!(file.profiles["ops"].provider(), Provider::Youdu);
        assert_eq!(file.profiles["crm"].provider(), Provider::Fxiaoke);
    }

    #[test]
    fn a_youdu_profile_resolves() {
        let file = parse_str(&youdu_text(&format!("aes_key = \"{}\"", &KEY[..43]))).unwrap();
        let Profile::Youdu(p) = &file.profiles["ops"] else {
            panic!("not youdu")
        };
        assert_eq!(p.url, "http://h:7080");
        assert_eq!(p.buin, 7);
        assert!(p.aes_key().is_ok());
        assert!(!format!("{p:?}").contains(&KEY[..20]));
    }

    #[test]
    fn a_secret_given_twice_is_an_error() {
        let e = err(&youdu_text(&format!(
            "aes_key = \"{KEY}\"\naes_key_env = \"K\""
        )));
        assert_eq!(
            e,
            "/etc/c.toml, profile `ops`: `aes_key` is given more than once; use one of `aes_key`, `aes_key_env` or `aes_key_file`"
        );
    }

    #[test]
    fn field_errors_name_the_key() {
        assert!(
            err(&youdu_text("aes_key_env = \"K\"\nto_dept = [-1]")).contains("`to_dept` holds -1")
        );
        assert!(
            err(&youdu_text("aes_key_env = \"K\"\nto_user = \"alice\""))
                .contains("`to_user` invalid type")
        );
        assert!(
            err(&youdu_text("aes_key_env = \"K\"").replace("buin = 7", "buin = 0"))
                .contains("`buin` is 0")
        );
        assert!(err("[profiles.x]\nprovider = \"slack\"\n").contains("`provider` is \"slack\""));
        assert!(
            err("[profiles.x]\nprovider = \"fxiaoke\"\nauth = \"basic\"\n")
                .contains("profile `x`: `auth`")
        );
        assert!(err("default_profile = \"nope\"\n").contains("names no profile"));
        // An unknown top-level key far from any known one is not named: it may be a secret.
        assert_eq!(
            err("colour = 1\n"),
            "/etc/c.toml: an unknown key on line 1 (its name is not shown: it may be a secret); expected `default_profile` or `profiles`"
        );
    }

    /// Asserts that `e` holds none of `hidden` and all of `shown`.
    fn shows(e: &str, hidden: &[&str], shown: &[&str]) {
        for h in hidden {
            assert!(!e.contains(h), "{h:?} in {e}");
        }
        for s in shown {
            assert!(e.contains(s), "no {s:?} in {e}");
        }
    }

    #[test]
    fn toml_and_serde_messages_lose_the_values_they_quote() {
        let cases = [
            (
                "invalid type: integer `98765432109876543210987654321` as i128, expected any valid TOML value",
                "invalid type: integer as i128, expected any valid TOML value",
            ),
            (
                "invalid type: integer `3735928559`, expected a string",
                "invalid type: integer, expected a string",
            ),
            (
                "invalid type: string \"s3cr\\\"et\", expected a sequence",
                "invalid type: string, expected a sequence",
            ),
            (
                "unknown field `SUPERSECRET`, expected `default_profile` or `profiles`",
                "unknown field, expected `default_profile` or `profiles`",
            ),
            (
                "unknown variant `basic99`, expected `oauth` or `legacy`",
                "unknown variant, expected `oauth` or `legacy`",
            ),
            (
                "invalid value: floating point `1.5`, expected i64",
                "invalid value: floating point, expected i64",
            ),
            (
                "`_` may only go between digits, expected `=`, `.`",
                "`_` may only go between digits, expected `=`, `.`",
            ),
            ("invalid type: boolean `true`", "invalid type: boolean"),
            ("duplicate field `url`", "duplicate field `url`"),
            ("unexpected `abc", "unexpected"),
            (
                "unexpected keys in table: SECRET, available keys: a",
                "unexpected keys in table",
            ),
        ];
        for (message, want) in cases {
            assert_eq!(without_values(message), want, "{message}");
        }
    }

    #[test]
    fn an_unquoted_number_too_large_is_a_hint_without_the_number() {
        let big = "98765432109876543210987654321";
        let e = err(&youdu_text(&format!("aes_key = {big}")));
        shows(
            &e,
            &[big, "98765"],
            &["/etc/c.toml:6:11: ", "invalid type: integer", "in quotes"],
        );
    }

    #[test]
    fn an_unquoted_hex_secret_is_shown_neither_as_written_nor_in_decimal() {
        let text = "[profiles.crm]\nprovider = \"fxiaoke\"\napp_id = \"FSAID_1\"\nuser_id = \"1000\"\napp_secret = 0xffffffffffffffffffffffff\n";
        let e = err(text);
        shows(
            &e,
            &["ffffffff", "79228162514264337593543950335"],
            &["/etc/c.toml:5:14: ", "in quotes"],
        );
        // Small enough to be a number: the key is named, the number is not.
        let e = err(&text.replace("0xffffffffffffffffffffffff", "0xdeadbeef"));
        shows(
            &e,
            &["deadbeef", "3735928559"],
            &["profile `crm`: `app_secret` must be a string (in quotes)"],
        );
    }

    #[test]
    fn a_value_of_the_wrong_type_in_a_plain_field_is_not_shown() {
        let e = err(&youdu_text("aes_key_env = \"K\"")
            .replace("url = \"http://h:7080/\"", "url = 0xdeadbeef"));
        assert_eq!(
            e,
            "/etc/c.toml, profile `ops`: `url` invalid type: integer, expected a string"
        );
        let e = err(&youdu_text(
            "aes_key_env = \"K\"\nto_user = \"hunter2-token\"",
        ));
        shows(
            &e,
            &["hunter2"],
            &["`to_user` invalid type: string, expected a sequence"],
        );
        let e = err("[profiles.crm]\nprovider = \"fxiaoke\"\nauth = \"hunter2\"\n");
        shows(
            &e,
            &["hunter2"],
            &["`auth` unknown variant, expected `oauth` or `legacy`"],
        );
    }

    #[test]
    fn an_unknown_key_far_from_any_is_named_by_its_line_only() {
        let e = err(&youdu_text(
            "aes_key_env = \"K\"\nSUPERSECRETVALUE99 = \"x\"",
        ));
        shows(
            &e,
            &["SUPERSECRET"],
            &[
                "/etc/c.toml, profile `ops`: an unknown key on line 7 (its name is not shown: it may be a secret); expected one of `url`, `buin`, ",
                "`to_dept`",
            ],
        );
        // Quoted, dotted, or a table of its own: still found.
        for (extra, line) in [
            ("\"SUPER SECRET\" = 1", 7),
            ("SUPERSECRET.x = 1", 7),
            ("\n[profiles.ops.SUPERSECRET]\nx = 1", 8),
        ] {
            let e = err(&youdu_text(&format!("aes_key_env = \"K\"\n{extra}")));
            shows(
                &e,
                &["SUPER"],
                &[&format!("an unknown key on line {line} ")],
            );
        }
        // In an inline table the line is not looked for.
        let e = err("[profiles]\nops = { provider = \"youdu\", SUPERSECRET = 1 }\n");
        shows(
            &e,
            &["SUPERSECRET"],
            &["profile `ops`: an unknown key (its name"],
        );
    }

    #[test]
    fn an_unknown_key_near_a_known_one_is_named_with_a_suggestion() {
        let e = err(&youdu_text("aes_key_env = \"K\"\naes_kee = 1"));
        assert_eq!(
            e,
            "/etc/c.toml, profile `ops`: `aes_kee` unknown field on line 7; did you mean `aes_key`?"
        );
        let e = err("[profiles.crm]\nprovider = \"fxiaoke\"\nAppSecret = \"x\"\n");
        assert!(
            e.contains("`AppSecret` unknown field on line 3; did you mean `app_secret`?"),
            "{e}"
        );
        assert_eq!(near_key("URL", YOUDU_KEYS), Some("url"));
        assert_eq!(
            near_key("x", YOUDU_KEYS),
            None,
            "too short to be a misspelling"
        );
        assert_eq!(near_key("abc", YOUDU_KEYS), None);
    }

    #[test]
    fn an_unknown_top_level_key_is_named_only_near_a_known_one() {
        let e = err(&format!("TOPSECRET77 = 1\n{}", youdu_text("")));
        shows(
            &e,
            &["TOPSECRET77"],
            &["/etc/c.toml: an unknown key on line 1 (its name is not shown"],
        );
        let e = err(&format!("{}\n[TOPSECRET77]\nx = 1\n", youdu_text("")));
        shows(&e, &["TOPSECRET77"], &["an unknown key on line 8 "]);
        let e = err("default_profil = \"ops\"\n");
        assert_eq!(
            e,
            "/etc/c.toml: `default_profil` unknown field on line 1; did you mean `default_profile`?"
        );
    }

    #[test]
    fn a_syntax_error_in_a_value_like_a_number_hints_at_quotes() {
        for value in ["1234abcd", "-5e", "0x12zz", "+1_"] {
            let e = err(&youdu_text(&format!("aes_key = {value}")));
            shows(&e, &[value], &["/etc/c.toml:6:", "in quotes"]);
        }
        // Not at a value, or a value that is not number-like: no hint.
        for text in ["[profiles.ops\n", "a b = 1\n", "x = abc\n"] {
            assert!(!err(text).contains("in quotes"), "{text}: {}", err(text));
        }
    }

    #[test]
    fn the_key_lists_are_the_ones_serde_expects() {
        fn expected<T: serde::de::DeserializeOwned>() -> String {
            let table = toml::Table::from_iter([("zz".to_string(), toml::Value::from(1))]);
            let e = toml::Value::Table(table).try_into::<T>().err().unwrap();
            e.message().to_string()
        }
        let list = |keys: &[&str]| {
            let quoted: Vec<String> = keys.iter().map(|k| format!("`{k}`")).collect();
            match quoted.as_slice() {
                [a, b] => format!("unknown field `zz`, expected {a} or {b}"),
                all => format!("unknown field `zz`, expected one of {}", all.join(", ")),
            }
        };
        assert_eq!(expected::<RawYoudu>(), list(YOUDU_KEYS));
        assert_eq!(expected::<RawFxiaoke>(), list(FXIAOKE_KEYS));
        assert_eq!(expected::<RawFile>(), list(FILE_KEYS));
    }

    #[test]
    fn key_lines_are_found_under_headers_and_dotted_keys() {
        let text = "a = 1\ns = \"\"\"\nk = in a string\n\"\"\"\n[profiles.ops]\nurl = 1\n\"k\" = 2\n[profiles]\nops.z = 3\n[profiles.'ops'.t]\n";
        assert_eq!(key_line(text, &["a"]), Some(1));
        assert_eq!(key_line(text, &["k"]), None, "inside a multi-line string");
        assert_eq!(key_line(text, &["profiles", "ops", "url"]), Some(6));
        assert_eq!(key_line(text, &["profiles", "ops", "k"]), Some(7));
        assert_eq!(key_line(text, &["profiles", "ops", "z"]), Some(9));
        assert_eq!(key_line(text, &["profiles", "ops", "t"]), Some(10));
        assert_eq!(key_line(text, &["profiles", "dev", "url"]), None);
    }

    #[test]
    fn a_syntax_error_gives_a_position_but_not_the_line() {
        let e = err(&youdu_text(&format!("aes_key = \"{KEY}")));
        assert!(e.starts_with("/etc/c.toml:6:"), "{e}");
        assert!(!e.contains(&KEY[..10]), "{e}");
    }

    #[test]
    fn every_problem_of_a_profile_is_collected_and_the_first_shown() {
        let text = youdu_text("aes_key = \"c2hvcnQ=\"\nto_dept = [-1]\naes_kee = 1")
            .replace("buin = 7", "buin = \"7\"");
        let e = parse_str(&text).unwrap_err();
        let ConfigError::Broken { provider, problems } = &e else {
            panic!("{e:?}")
        };
        assert_eq!(*provider, Some(Provider::Youdu));
        let keys: Vec<String> = problems.iter().map(ConfigError::short).collect();
        assert_eq!(keys.len(), 4, "{keys:?}");
        assert!(keys[0].starts_with("`aes_kee` unknown field"), "{keys:?}");
        assert!(keys[1].starts_with("`buin` invalid type"), "{keys:?}");
        assert!(
            keys[2].starts_with("`aes_key` decodes to 5 bytes"),
            "{keys:?}"
        );
        assert!(keys[3].starts_with("`to_dept` holds -1"), "{keys:?}");
        assert!(
            e.to_string().ends_with(
                "(and 3 more problem(s) in this profile; `corpmsg config check` lists them all)"
            ),
            "{e}"
        );
    }

    #[test]
    fn a_fxiaoke_profile_resolves_with_defaults() {
        let file = parse_str(
            "[profiles.crm]\nprovider = \"fxiaoke\"\napp_id = \"FSAID_1\"\nuser_id = \"1000\"\napp_secret = \"s3cret\"\npermanent_code_env = \"NOPE_NOT_SET\"\nto_user = [\"FSUID_1|FSUID_2\"]\n",
        )
        .unwrap();
        let Profile::Fxiaoke(p) = &file.profiles["crm"] else {
            panic!("not fxiaoke")
        };
        assert_eq!(p.url, FXIAOKE_DEFAULT_URL);
        assert_eq!(p.auth, FxiaokeAuth::Oauth);
        assert_eq!(p.id_kind, UserIdKind::Open);
        assert_eq!(p.to_user, ["FSUID_1", "FSUID_2"]);
        assert_eq!(p.app_secret().unwrap().expose(), "s3cret");
        assert!(!format!("{p:?}").contains("s3cret"));
        let e = p.permanent_code().unwrap_err().to_string();
        assert!(
            e.contains("`permanent_code_env` names the environment variable NOPE_NOT_SET"),
            "{e}"
        );
        assert!(p.host_warning().is_none());
        let www = FxiaokeProfile {
            url: "https://www.fxiaoke.com".into(),
            ..p.clone()
        };
        assert!(www.host_warning().unwrap().contains("not the API"));
    }

    #[test]
    fn fxiaoke_environment_overrides_replace_fields() {
        let env = Overrides {
            fxiaoke: FxiaokeEnv {
                auth: Some("legacy".into()),
                app_secret: Some("from-env".into()),
                ..FxiaokeEnv::default()
            },
            ..Overrides::default()
        };
        let text = "[profiles.crm]\nprovider = \"fxiaoke\"\napp_id = \"FSAID_1\"\n";
        let file = parse(text, Path::new("/c.toml"), &env).unwrap();
        let Profile::Fxiaoke(p) = &file.profiles["crm"] else {
            panic!("not fxiaoke")
        };
        assert_eq!(p.auth, FxiaokeAuth::Legacy);
        assert_eq!(p.app_secret().unwrap().expose(), "from-env");
        // oauth needs user_id; legacy does not.
        assert!(err(text).contains("`user_id` is missing"));
        let bad = Overrides {
            fxiaoke: FxiaokeEnv {
                auth: Some("basic".into()),
                ..FxiaokeEnv::default()
            },
            ..Overrides::default()
        };
        let e = parse(text, Path::new("/c.toml"), &bad)
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("CORPMSG_FXIAOKE_AUTH") && e.contains("\"basic\""),
            "{e}"
        );
    }

    #[test]
    fn secret_values_are_every_readable_secret_in_each_form() {
        let file = parse_str(&youdu_text(&format!("aes_key = \"{}\"", &KEY[..43]))).unwrap();
        let values: Vec<String> = file.profiles["ops"]
            .secret_values()
            .iter()
            .map(|s| s.expose().to_string())
            .collect();
        assert_eq!(values, [KEY, &KEY[..43]]);
        let file = parse_str(&youdu_text("aes_key_env = \"NOPE_NOT_SET\"")).unwrap();
        assert!(file.profiles["ops"].secret_values().is_empty());
        let file = parse_str(
            "[profiles.crm]\nprovider = \"fxiaoke\"\napp_id = \"FSAID_1\"\nuser_id = \"1000\"\napp_secret = \" s3cret \"\npermanent_code = \"p3rm\"\n",
        )
        .unwrap();
        let values: Vec<String> = file.profiles["crm"]
            .secret_values()
            .iter()
            .map(|s| s.expose().to_string())
            .collect();
        assert_eq!(values, ["s3cret", "p3rm"]);
    }

    #[test]
    fn environment_overrides_fill_and_replace_fields() {
        let env = Overrides {
            youdu: YouduEnv {
                url: Some("https://other:7443".into()),
                aes_key: Some(KEY.into()),
                ..YouduEnv::default()
            },
            ..Overrides::default()
        };
        let file = parse(&youdu_text(""), Path::new("/c.toml"), &env).unwrap();
        let Profile::Youdu(p) = &file.profiles["ops"] else {
            panic!("not youdu")
        };
        assert_eq!(p.url, "https://other:7443");
        assert!(p.aes_key().is_ok());
    }
}
