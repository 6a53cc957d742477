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
    let known: &[&str] = provider
        .and_then(Provider::parse)
        .map_or(&[], |p| p.schema().keys());
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
        if is_secret(known, key) {
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
        lines.extend(self.kind().masked_lines(env));
        lines.join("\n") + "\n"
    }
}

/// `line`, with a comment naming variable `var` when it is set: the value is the variable's.
pub(super) fn marked(line: String, env: &Overrides, var: &str) -> String {
    match env.get(var) {
        Some(_) => format!("{line}  # from {var}"),
        None => line,
    }
}

/// A list of strings as a TOML array.
pub(super) fn string_array(items: &[String]) -> toml::Value {
    toml::Value::Array(items.iter().map(|s| s.as_str().into()).collect())
}
