//! `config show`: a profile as TOML with its secrets masked and its overrides marked.

use super::*;

/// A name as a TOML key: bare when it can be, else quoted.
pub(crate) fn table_key(name: &str) -> String {
    let bare = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    if !name.is_empty() && name.chars().all(bare) {
        name.to_string()
    } else {
        toml::Value::from(name).to_string()
    }
}

/// `KEY = "VALUE"` as TOML writes it.
pub(super) fn toml_line(key: &str, value: impl Into<toml::Value>) -> String {
    format!("{key} = {}", value.into())
}

impl SecretSource {
    /// The TOML line that gives this secret, with a value masked.
    pub(super) fn masked_line(&self, key: &str) -> String {
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
pub(crate) fn broken_to_masked_toml(
    name: &str,
    table: &toml::Table,
    error: &ConfigError,
) -> String {
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
        let mut push = |line: String, var: Option<&str>| match var {
            Some(name) if env.get(name).is_some() => lines.push(format!("{line}  # from {name}")),
            _ => lines.push(line),
        };
        let list = |items: &[String]| {
            toml::Value::Array(items.iter().map(|s| s.as_str().into()).collect())
        };
        match self {
            Profile::Youdu(p) => {
                push(
                    toml_line("url", p.url.as_str()),
                    Some(env_vars::CORPMSG_YOUDU_URL),
                );
                push(
                    toml_line("buin", p.buin),
                    Some(env_vars::CORPMSG_YOUDU_BUIN),
                );
                push(
                    toml_line("app_id", p.app_id.as_str()),
                    Some(env_vars::CORPMSG_YOUDU_APP_ID),
                );
                if let Some(s) = &p.aes_key {
                    push(
                        s.masked_line("aes_key"),
                        Some(env_vars::CORPMSG_YOUDU_AES_KEY),
                    );
                }
                push(
                    toml_line("to_user", list(&p.to_user)),
                    Some(env_vars::CORPMSG_YOUDU_TO_USER),
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
                    Some(env_vars::CORPMSG_YOUDU_TO_DEPT),
                );
            }
            Profile::Fxiaoke(p) => {
                push(
                    toml_line("url", p.url.as_str()),
                    Some(env_vars::CORPMSG_FXIAOKE_URL),
                );
                push(
                    toml_line("app_id", p.app_id.as_str()),
                    Some(env_vars::CORPMSG_FXIAOKE_APP_ID),
                );
                if let Some(s) = &p.app_secret {
                    push(
                        s.masked_line("app_secret"),
                        Some(env_vars::CORPMSG_FXIAOKE_APP_SECRET),
                    );
                }
                if let Some(s) = &p.permanent_code {
                    push(
                        s.masked_line("permanent_code"),
                        Some(env_vars::CORPMSG_FXIAOKE_PERMANENT_CODE),
                    );
                }
                push(
                    toml_line("auth", p.auth.name()),
                    Some(env_vars::CORPMSG_FXIAOKE_AUTH),
                );
                if let Some(u) = &p.user_id {
                    push(
                        toml_line("user_id", u.as_str()),
                        Some(env_vars::CORPMSG_FXIAOKE_USER_ID),
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
                    Some(env_vars::CORPMSG_FXIAOKE_TO_USER),
                );
            }
        }
        lines.join("\n") + "\n"
    }

    /// The values of the profile's secrets that can be read (from the value, the variable or
    /// the file), for masking them in text that is sent: the Youdu key with its final `=` and
    /// without it, the Fxiaoke app secret and permanent code; each without surrounding white
    /// space, which covers it with any. A secret that cannot be read is left out.
    pub(crate) fn secret_values(&self) -> Vec<Secret> {
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
    pub(crate) fn check_secrets(&self) -> Result<(), ConfigError> {
        match self {
            Profile::Youdu(p) => p.aes_key().map(drop),
            Profile::Fxiaoke(p) => p.app_secret().and_then(|_| p.permanent_code()).map(drop),
        }
    }
}
