//! The config file: reading it (with a size limit), its TOML, and each `[profiles.NAME]` table
//! checked on its own.

use super::*;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFile {
    pub(super) default_profile: Option<String>,
    #[serde(default)]
    pub(super) outbox: bool,
    #[serde(default)]
    pub(super) profiles: BTreeMap<String, toml::Table>,
}

/// A parsed config file.
#[derive(Debug)]
pub struct ConfigFile {
    pub path: PathBuf,
    pub default_profile: Option<String>,
    /// The top-level `outbox = true`.
    pub outbox: bool,
    pub profiles: BTreeMap<String, Profile>,
}

/// The text of the config file at `path`.
pub(super) fn read_text(path: &Path) -> Result<String, ConfigError> {
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

/// Whether the config file in use says `outbox = true` at its top level, read on its own: for
/// a command that loaded no profile (a command that did gets it in [`Loaded::outbox`]). A file
/// that cannot be read or parsed says no: the command that uses it reports why.
pub(crate) fn outbox_wanted(req: &Request) -> bool {
    #[derive(Deserialize)]
    struct Top {
        #[serde(default)]
        outbox: bool,
    }
    path_in_use(req)
        .and_then(|p| read_text(&p).ok())
        .and_then(|text| toml::from_str::<Top>(&text).ok())
        .is_some_and(|top| top.outbox)
}

/// Parses config text; `path` names it in errors and anchors relative `KEY_file` paths; `env`
/// overrides the profiles' fields. The first broken profile makes it fail.
pub fn parse(text: &str, path: &Path, env: &Overrides) -> Result<ConfigFile, ConfigError> {
    strict(parse_each(text, path, env)?)
}

/// The whole file, or the first broken profile's error, or an error for a `default_profile`
/// that names no profile.
pub(super) fn strict(each: EachProfile) -> Result<ConfigFile, ConfigError> {
    let mut profiles = BTreeMap::new();
    for (name, profile) in each.profiles {
        profiles.insert(name, profile?);
    }
    let file = ConfigFile {
        path: each.path,
        default_profile: each.default_profile,
        outbox: each.outbox,
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
    /// The top-level `outbox = true`.
    pub outbox: bool,
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
        outbox: raw.outbox,
        profiles,
        tables,
    })
}

/// One `[profiles.NAME]` table, with the environment's overrides for its provider; `text` is
/// the file's, to find the line of an unknown key. Every problem of the profile is found, not
/// only the first: the error is [`ConfigError::Broken`].
pub(super) fn profile_of(
    name: &str,
    mut table: toml::Table,
    text: &str,
    origin: &str,
    base: &Path,
    env: &Overrides,
) -> Result<Profile, ConfigError> {
    let at = Place { name, origin, base };
    let field = |key: &str, problem| at.error(key, problem);
    let broken = |provider, problems| ConfigError::Broken { provider, problems };
    let provider = match table.remove("provider") {
        Some(toml::Value::String(p)) => Provider::parse(&p).ok_or_else(|| {
            field(
                "provider",
                format!("is {p:?}; expected {}", provider_names()),
            )
        }),
        Some(_) => Err(field("provider", "must be a string".into())),
        None => Err(field(
            "provider",
            format!("is missing ({})", provider_names()),
        )),
    }
    .map_err(|e| broken(None, vec![e]))?;
    let mut problems = unknown_keys(&mut table, provider.schema().keys(), text, &at);
    match provider.schema().parse(table, &at, env) {
        Ok(p) if problems.is_empty() => Ok(p),
        Ok(_) => Err(broken(Some(provider), problems)),
        Err(more) => {
            problems.extend(more);
            Err(broken(Some(provider), problems))
        }
    }
}

/// The values `provider` takes (`"youdu" or "fxiaoke"`), for messages.
fn provider_names() -> String {
    let names: Vec<String> = PROVIDERS
        .iter()
        .map(|p| format!("{:?}", p.name()))
        .collect();
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => names.concat(),
    }
}

/// Takes the keys that are not `known` out of the table of profile `at`, each a problem; `text`
/// is the file's, to find their lines.
fn unknown_keys(
    table: &mut toml::Table,
    known: &[&str],
    text: &str,
    at: &Place<'_>,
) -> Vec<ConfigError> {
    let line_of = |key: &str| key_line(text, &["profiles", at.name, key]);
    let unknown: Vec<String> = table
        .keys()
        .filter(|k| !known.contains(&k.as_str()))
        .cloned()
        .collect();
    let mut problems = Vec::new();
    for key in &unknown {
        table.remove(key);
        problems.push(match unknown_key(std::iter::once(key), known, line_of) {
            Some(Unknown::Near { key, problem }) => at.error(&key, problem),
            Some(Unknown::Hidden { problem }) => ConfigError::Profile {
                origin: at.origin.to_string(),
                profile: at.name.to_string(),
                problem,
            },
            None => continue,
        });
    }
    problems
}

/// Reads a provider's table as its raw form `T` ([`deserialize_table`]; `keys` are the keys it
/// takes) and checks that with `check`: every problem of both, in that order. A key whose value
/// could not be read is reported once, not again by `check` (as missing, say); nor is a key
/// that `depends` ties to it (`(bad, unsure)`: the check of `unsure` depends on `bad`'s value).
pub(super) fn parse_table<T: serde::de::DeserializeOwned + Default, P>(
    table: toml::Table,
    at: &Place<'_>,
    keys: &[&str],
    depends: &[(&str, &str)],
    check: impl FnOnce(T) -> Result<P, Vec<ConfigError>>,
) -> Result<P, Vec<ConfigError>> {
    let mut problems = Vec::new();
    let (raw, bad) = deserialize_table::<T>(table, keys, &at.field(), &mut problems);
    let unsure = |key: &str| {
        bad.iter()
            .any(|b| b == key || depends.contains(&(b.as_str(), key)))
    };
    match check(raw) {
        Ok(p) if problems.is_empty() => Ok(p),
        Ok(_) => Err(problems),
        Err(mut more) => {
            more.retain(|e| !matches!(e, ConfigError::Field { key, .. } if unsure(key)));
            problems.extend(more);
            Err(problems)
        }
    }
}

/// Whether `key`, of a table that takes `keys`, holds a secret: a key that may also be given as
/// `KEY_env` or `KEY_file`.
pub(super) fn is_secret(keys: &[&str], key: &str) -> bool {
    let also = |suffix: &str| keys.contains(&format!("{key}{suffix}").as_str());
    also("_env") && also("_file")
}

/// Deserializes a profile table, which takes `keys`. Each key at fault (every field of the
/// profile structs is optional, so each entry can be tried alone) is a problem added to
/// `problems`, and left out; returns what the rest gives, and the keys left out.
pub(super) fn deserialize_table<T: serde::de::DeserializeOwned + Default>(
    mut table: toml::Table,
    keys: &[&str],
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
            if is_secret(keys, key) {
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

/// The value `check` gives, or `None` with its error added to `problems`.
pub(super) fn keep<T>(
    problems: &mut Vec<ConfigError>,
    check: impl FnOnce() -> Result<T, ConfigError>,
) -> Option<T> {
    check().map_err(|e| problems.push(e)).ok()
}

/// `to_user` entries, each of which may hold several ids separated by `|` or `,`.
pub(super) fn user_list(
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

/// Checks a base URL: http or https with a host. Returns it without a trailing slash.
pub(super) fn check_url(url: &str) -> Result<String, String> {
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

pub(super) fn list<'a>(names: impl Iterator<Item = &'a String>) -> String {
    let names: Vec<&str> = names.map(String::as_str).collect();
    if names.is_empty() {
        "none".into()
    } else {
        names.join(", ")
    }
}

/// A warning when the config file can be read by group or others, as ssh gives.
#[cfg(unix)]
pub(crate) fn permission_warning(path: &Path) -> Option<String> {
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
pub(crate) fn permission_warning(_path: &Path) -> Option<String> {
    None
}
