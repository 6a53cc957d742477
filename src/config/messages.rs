//! Error messages about the file that never show a value: toml's and serde's texts lose what
//! they quote, and an unknown key is named only when it is a near miss of a known one.

use super::*;

/// The error of a file that does not read as the top level of a config: bad TOML (with a hint
/// when the value at fault looks like an unquoted secret), an unknown top-level key, or a
/// top-level value of the wrong type. `e` is the error of reading it as a config.
pub(super) fn file_error(text: &str, path: &Path, e: &toml::de::Error) -> ConfigError {
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
pub(super) fn syntax_error(text: &str, path: &Path, e: &toml::de::Error) -> ConfigError {
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
pub(super) fn floor_char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Whether byte `at` of `text` lies in the value of a `key = value` line whose value starts
/// like a number (a digit, which covers `0x`, `0o` and `0b`, or a sign): a secret written
/// without quotes.
pub(super) fn at_number(text: &str, at: usize) -> bool {
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

/// The keys of the file's top level, as [`RawFile`] names them.
pub(super) const FILE_KEYS: &[&str] = &["default_profile", "outbox", "profiles"];

/// The other word of the config's own vocabulary that toml and serde messages quote: the
/// `provider` key. The values it takes, and each provider's keys and words, are in
/// [`PROVIDERS`].
pub(super) const SCHEMA_WORDS: &[&str] = &["provider"];

/// `message`, from toml or serde, without the values it quotes, which may be secrets. A
/// segment in backticks stays only when it is a key or word of the config's own vocabulary or
/// a little punctuation (`=`, `.`); any other (a number in "invalid type: integer `…`", the
/// name in "unknown field `…`") is dropped, as is a string in double quotes (serde's
/// `string "…"`) and the rest of a message after a quote that does not end.
pub(super) fn without_values(message: &str) -> String {
    // toml's own list of unexpected keys is not quoted at all.
    if let Some(i) = message.find("unexpected keys in table") {
        return message[..i + "unexpected keys in table".len()].to_string();
    }
    let keep = |inner: &str| {
        [FILE_KEYS, SCHEMA_WORDS]
            .iter()
            .any(|words| words.contains(&inner))
            || PROVIDERS.iter().any(|p| {
                p.name() == inner || p.keys().contains(&inner) || p.words().contains(&inner)
            })
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
pub(super) fn closing_quote(text: &str) -> Option<usize> {
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
pub(super) enum Unknown {
    /// Near enough to a known key to be a misspelling of it, so shown.
    Near { key: String, problem: String },
    /// Not shown, since it may be a secret written as a key.
    Hidden { problem: String },
}

/// The first of `keys` that is not in `known`, if any. Its name is shown only when it is a
/// near miss of a known key (then "did you mean"); else the problem names its line, which
/// `line_of` finds (best effort), and the keys expected.
pub(super) fn unknown_key<'a>(
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
pub(super) fn near_key<'k>(key: &str, known: &[&'k str]) -> Option<&'k str> {
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
pub(super) fn key_line(text: &str, path: &[&str]) -> Option<usize> {
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
pub(super) fn parse_key(line: &str) -> Option<(Vec<String>, &str)> {
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
