//! Secrets in a profile: the value itself, `KEY_env` (a variable name) or `KEY_file` (a path),
//! read only when a command needs credentials.

use super::*;

/// Where a secret comes from. Reading it is deferred to [`SecretSource::read`].
#[derive(Debug, Clone)]
pub(crate) enum SecretSource {
    Value(Secret),
    Env(String),
    File(PathBuf),
}

impl SecretSource {
    pub(super) fn read(
        &self,
        origin: &str,
        profile: &str,
        key: &str,
    ) -> Result<Secret, ConfigError> {
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

pub(super) type SecretKeys = (
    &'static str,
    Option<String>,
    Option<String>,
    Option<PathBuf>,
);

/// `KEY`, `KEY_env` or `KEY_file`: at most one may be given.
pub(super) fn secret_source(
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

/// A secret from variable `var` (it wins, trimmed), else from the profile's `KEY`, `KEY_env`
/// or `KEY_file`.
pub(super) fn secret_or_var(
    keys: SecretKeys,
    at: &Place<'_>,
    env: &Overrides,
    var: &str,
) -> Result<Option<SecretSource>, ConfigError> {
    match env.get(var) {
        Some(v) => Ok(Some(SecretSource::Value(Secret::new(v.trim())))),
        None => secret_source(keys, at.base, &at.field()),
    }
}

/// Reads secret `key` of profile `profile` (from `origin`), which sending needs: missing
/// (no `KEY`, `KEY_env`, `KEY_file` nor variable `var`) or empty is an error naming it.
pub(super) fn required_secret(
    source: Option<&SecretSource>,
    origin: &str,
    profile: &str,
    key: &str,
    var: &str,
) -> Result<Secret, ConfigError> {
    let field = |problem: String| ConfigError::Field {
        origin: origin.to_string(),
        profile: profile.to_string(),
        key: key.into(),
        problem,
    };
    let source = source.ok_or_else(|| {
        field(format!(
            "is missing (set {key}, {key}_env or {key}_file, or {var})"
        ))
    })?;
    let secret = source.read(origin, profile, key)?;
    if secret.expose().is_empty() {
        return Err(field("is empty".into()));
    }
    Ok(secret)
}

/// `~/x` is under the home folder; a relative path is relative to the config file's folder.
pub(super) fn expand_path(path: &Path, base: &Path) -> PathBuf {
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
