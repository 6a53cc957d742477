//! Fitting text into a provider's length limit: truncate, split or fail (`--on-long`).
//!
//! Lengths are counted in Unicode scalar values (`char`s), as the contract says.

use super::PayloadError;

/// What to do with content over the limit (`--on-long`; the command line's values are defined
/// in `cmd`, so that this layer knows nothing of clap).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OnLong {
    /// Cut at the limit and warn how much was cut.
    #[default]
    Truncate,
    /// Send consecutive messages numbered `(1/3)`, split at line breaks where possible.
    Split,
    /// Refuse with exit code 2.
    Fail,
}

/// Content fitted into the limit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fitted {
    /// One message body per part; a single part unless split.
    pub parts: Vec<String>,
    /// `(original length, characters cut)` when truncated.
    pub truncated: Option<(usize, usize)>,
}

/// Trims trailing white space and refuses empty content.
pub fn normalize(content: &str, what: &str) -> Result<String, PayloadError> {
    let trimmed = content.trim_end();
    if trimmed.trim_start().is_empty() {
        return Err(PayloadError::Empty { what: what.into() });
    }
    Ok(trimmed.to_string())
}

/// Fits `content` into `limit` characters. `what` names the input in errors.
pub fn fit(
    content: &str,
    limit: usize,
    on_long: OnLong,
    what: &str,
) -> Result<Fitted, PayloadError> {
    let len = content.chars().count();
    if len <= limit {
        return Ok(Fitted {
            parts: vec![content.to_string()],
            truncated: None,
        });
    }
    match on_long {
        OnLong::Fail => Err(PayloadError::TooLong {
            what: what.into(),
            len,
            limit,
        }),
        OnLong::Truncate => Ok(Fitted {
            parts: vec![truncate(content, limit).to_string()],
            truncated: Some((len, len - limit)),
        }),
        OnLong::Split => Ok(Fitted {
            parts: split(content, limit),
            truncated: None,
        }),
    }
}

/// Content normalised and fitted into `limit` characters, with a warning when it was cut;
/// `rule` says whose limit it is ("Youdu allows 600").
pub fn fit_content(
    content: &str,
    limit: usize,
    on_long: OnLong,
    rule: &str,
    warnings: &mut Vec<String>,
) -> Result<Vec<String>, PayloadError> {
    let content = normalize(content, "content")?;
    let Fitted { parts, truncated } = fit(&content, limit, on_long, "content")?;
    if let Some((len, cut)) = truncated {
        warnings.push(format!(
            "content is {len} characters; {rule}: the last {cut} were cut (--on-long split sends it all)"
        ));
    }
    Ok(parts)
}

/// A field with a hard maximum: refused over it, and refused empty.
pub fn bounded(
    value: &str,
    limit: usize,
    what: &str,
    provider: &'static str,
) -> Result<String, PayloadError> {
    let value = required(value, what)?;
    let len = value.chars().count();
    if len > limit {
        return Err(PayloadError::OverMax {
            provider,
            what: what.into(),
            len,
            limit,
        });
    }
    Ok(value)
}

/// A field that must not be empty, trimmed.
pub fn required(value: &str, what: &str) -> Result<String, PayloadError> {
    let value = value.trim();
    if value.is_empty() {
        return Err(PayloadError::Empty { what: what.into() });
    }
    Ok(value.to_string())
}

/// An optional field, trimmed; empty counts as not given.
pub fn optional(value: Option<&str>) -> Option<String> {
    value
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(String::from)
}

/// The first `limit` characters of `s`.
pub fn truncate(s: &str, limit: usize) -> &str {
    match s.char_indices().nth(limit) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// Splits into numbered parts of at most `limit` characters each, the `(i/n) ` label included.
/// Parts end after a line break where one falls in the second half of the part; the bodies,
/// concatenated, are exactly the input. The limit must exceed the label's width: true for the
/// providers' 600 and 4000 with at most 1 MiB of content (under 2000 parts, 12-character
/// labels); a smaller limit gives parts of the label and one character.
fn split(content: &str, limit: usize) -> Vec<String> {
    // The label's width depends on the number of parts, which depends on the label's width:
    // start from one digit and widen until the count fits.
    let mut digits = 1;
    loop {
        let label = 2 * digits + 4; // "(" i "/" n ") "
        let budget = limit.saturating_sub(label).max(1);
        let bodies = chunks(content, budget);
        let n = bodies.len();
        if n.to_string().len() <= digits {
            return bodies
                .iter()
                .enumerate()
                .map(|(i, body)| format!("({}/{n}) {body}", i + 1))
                .collect();
        }
        digits = n.to_string().len();
    }
}

fn chunks(content: &str, budget: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = content;
    while !rest.is_empty() {
        let head = truncate(rest, budget);
        let cut = if head.len() == rest.len() {
            head.len()
        } else {
            // Prefer to end after a line break in the second half of the chunk.
            let half = head.char_indices().nth(budget / 2).map_or(0, |(i, _)| i);
            match head[half..].rfind('\n') {
                Some(i) => half + i + 1,
                None => head.len(),
            }
        };
        out.push(&rest[..cut]);
        rest = &rest[cut..];
    }
    out
}

/// Text from outside (a server's message, a field name in a user's file) made safe to print
/// on one line: control characters escaped, at most `max` characters shown (escapes
/// included), then `…`.
pub fn printable(s: &str, max: usize) -> String {
    let mut out = String::new();
    let mut shown = 0;
    for c in s.chars() {
        let piece: String = if c.is_control() {
            c.escape_default().collect()
        } else {
            c.to_string()
        };
        let width = piece.chars().count();
        if shown + width > max {
            out.push('…');
            break;
        }
        out.push_str(&piece);
        shown += width;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(c: char, count: usize) -> String {
        std::iter::repeat_n(c, count).collect()
    }

    #[test]
    fn at_the_limit_is_untouched() {
        let s = n('字', 600);
        let f = fit(&s, 600, OnLong::Fail, "content").unwrap();
        assert_eq!(f.parts, vec![s]);
        assert_eq!(f.truncated, None);
    }

    #[test]
    fn one_over_fails_truncates_or_splits() {
        let s = n('a', 601);
        assert_eq!(
            fit(&s, 600, OnLong::Fail, "content"),
            Err(PayloadError::TooLong {
                what: "content".into(),
                len: 601,
                limit: 600
            })
        );
        let t = fit(&s, 600, OnLong::Truncate, "content").unwrap();
        assert_eq!(t.parts, vec![n('a', 600)]);
        assert_eq!(t.truncated, Some((601, 1)));
        let p = fit(&s, 600, OnLong::Split, "content").unwrap();
        assert_eq!(p.parts.len(), 2);
        assert!(p.parts[0].starts_with("(1/2) "));
        assert!(p.parts[1].starts_with("(2/2) "));
    }

    #[test]
    fn truncation_counts_characters_not_bytes() {
        let s = format!("{}{}", n('😀', 599), "ab");
        let t = fit(&s, 600, OnLong::Truncate, "content").unwrap();
        assert_eq!(t.parts[0].chars().count(), 600);
        assert!(t.parts[0].ends_with("😀a"));
    }

    #[test]
    fn split_parts_fit_and_lose_nothing() {
        for len in [601, 1200, 5999, 60_000] {
            let s: String = (0..len)
                .map(|i| if i % 97 == 0 { '\n' } else { 'é' })
                .collect();
            let parts = fit(&s, 600, OnLong::Split, "content").unwrap().parts;
            let total = parts.len();
            let mut joined = String::new();
            for (i, p) in parts.iter().enumerate() {
                assert!(p.chars().count() <= 600, "part {i} of {len}");
                let label = format!("({}/{total}) ", i + 1);
                joined.push_str(p.strip_prefix(&label).expect("numbered"));
            }
            assert_eq!(joined, s);
        }
    }

    #[test]
    fn split_prefers_line_breaks() {
        let line = format!("{}\n", n('x', 399));
        let s = line.repeat(3);
        let parts = fit(&s, 600, OnLong::Split, "content").unwrap().parts;
        assert_eq!(parts.len(), 3);
        assert_eq!(parts[0], format!("(1/3) {line}"));
    }

    #[test]
    fn empty_and_blank_content_is_refused() {
        assert!(normalize("", "content").is_err());
        assert!(normalize(" \n\t ", "content").is_err());
        assert_eq!(normalize("  hi\n\n", "content").unwrap(), "  hi");
    }
}
