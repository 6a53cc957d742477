//! Fitting text into a provider's length limit: truncate, split or fail (`--on-long`).
//!
//! Lengths are counted in Unicode scalar values (`char`s), as the contract says for Youdu and
//! Fxiaoke, or in bytes of UTF-8 for WeCom: one piece of code, parameterised by a [`Measure`].
//! Either way a cut falls between characters.

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

/// How a provider counts a length.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Measure {
    /// Unicode scalar values (Youdu, Fxiaoke).
    #[default]
    Chars,
    /// Bytes of UTF-8 (WeCom).
    Bytes,
}

impl Measure {
    /// The length of `s`.
    pub fn len(self, s: &str) -> usize {
        match self {
            Measure::Chars => s.chars().count(),
            Measure::Bytes => s.len(),
        }
    }

    /// The longest prefix of `s` at most `limit` long, ending between characters.
    pub fn prefix(self, s: &str, limit: usize) -> &str {
        match self {
            Measure::Chars => match s.char_indices().nth(limit) {
                Some((i, _)) => &s[..i],
                None => s,
            },
            Measure::Bytes => {
                let mut i = limit.min(s.len());
                while !s.is_char_boundary(i) {
                    i -= 1;
                }
                &s[..i]
            }
        }
    }

    /// The longest suffix of `s` at most `limit` long, starting between characters.
    pub fn suffix(self, s: &str, limit: usize) -> &str {
        let len = self.len(s);
        if len <= limit {
            return s;
        }
        match self {
            Measure::Chars => match s.char_indices().nth(len - limit) {
                Some((i, _)) => &s[i..],
                None => "",
            },
            Measure::Bytes => {
                let mut i = s.len() - limit;
                while !s.is_char_boundary(i) {
                    i += 1;
                }
                &s[i..]
            }
        }
    }

    /// The unit's name in messages.
    pub fn unit(self) -> &'static str {
        match self {
            Measure::Chars => "characters",
            Measure::Bytes => "bytes",
        }
    }

    fn too_long(self, what: &str, len: usize, limit: usize) -> PayloadError {
        let what = what.into();
        match self {
            Measure::Chars => PayloadError::TooLong { what, len, limit },
            Measure::Bytes => PayloadError::TooLongBytes { what, len, limit },
        }
    }

    fn over_max(
        self,
        provider: &'static str,
        what: &str,
        len: usize,
        limit: usize,
    ) -> PayloadError {
        let what = what.into();
        match self {
            Measure::Chars => PayloadError::OverMax {
                provider,
                what,
                len,
                limit,
            },
            Measure::Bytes => PayloadError::OverMaxBytes {
                provider,
                what,
                len,
                limit,
            },
        }
    }
}

/// Content fitted into the limit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fitted {
    /// One message body per part; a single part unless split.
    pub parts: Vec<String>,
    /// `(original length, length cut)` when truncated, in the measure's unit.
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
    fit_in(Measure::Chars, content, limit, on_long, what)
}

/// Fits `content` into `limit` of `measure` (characters or bytes); a cut never falls inside
/// a character, nor inside a split part's label.
pub fn fit_in(
    measure: Measure,
    content: &str,
    limit: usize,
    on_long: OnLong,
    what: &str,
) -> Result<Fitted, PayloadError> {
    let len = measure.len(content);
    if len <= limit {
        return Ok(Fitted {
            parts: vec![content.to_string()],
            truncated: None,
        });
    }
    match on_long {
        OnLong::Fail => Err(measure.too_long(what, len, limit)),
        OnLong::Truncate => {
            let kept = measure.prefix(content, limit);
            Ok(Fitted {
                parts: vec![kept.to_string()],
                truncated: Some((len, len - measure.len(kept))),
            })
        }
        OnLong::Split => Ok(Fitted {
            parts: split(measure, content, limit),
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
    fit_content_in(Measure::Chars, content, limit, on_long, rule, warnings)
}

/// [`fit_content`] in `measure`'s unit ("content is 2100 bytes; WeCom allows 2048: …").
pub fn fit_content_in(
    measure: Measure,
    content: &str,
    limit: usize,
    on_long: OnLong,
    rule: &str,
    warnings: &mut Vec<String>,
) -> Result<Vec<String>, PayloadError> {
    let content = normalize(content, "content")?;
    let Fitted { parts, truncated } = fit_in(measure, &content, limit, on_long, "content")?;
    if let Some((len, cut)) = truncated {
        let unit = measure.unit();
        warnings.push(format!(
            "content is {len} {unit}; {rule}: the last {cut} were cut (--on-long split sends it all)"
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
    bounded_in(Measure::Chars, value, limit, what, provider)
}

/// [`bounded`] in `measure`'s unit.
pub fn bounded_in(
    measure: Measure,
    value: &str,
    limit: usize,
    what: &str,
    provider: &'static str,
) -> Result<String, PayloadError> {
    let value = required(value, what)?;
    let len = measure.len(&value);
    if len > limit {
        return Err(measure.over_max(provider, what, len, limit));
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
    Measure::Chars.prefix(s, limit)
}

/// The longest prefix of `s` within `limit` bytes that ends between characters.
pub fn truncate_bytes(s: &str, limit: usize) -> &str {
    Measure::Bytes.prefix(s, limit)
}

/// Splits into numbered parts of at most `limit` (in `measure`) each, the `(i/n) ` label
/// included (its characters are ASCII: as many bytes as characters). Parts end after a line
/// break where one falls in the second half of the part; the bodies, concatenated, are exactly
/// the input. The limit must exceed the label's width and one character: true for the
/// providers' 600 and 4000 characters or 2048 bytes with at most 1 MiB of content (under 2000
/// parts, 12-character labels); a smaller limit gives parts of the label and one character.
fn split(measure: Measure, content: &str, limit: usize) -> Vec<String> {
    // The label's width depends on the number of parts, which depends on the label's width:
    // start from one digit and widen until the count fits.
    let mut digits = 1;
    loop {
        let label = 2 * digits + 4; // "(" i "/" n ") "
        let budget = limit.saturating_sub(label).max(1);
        let bodies = chunks(measure, content, budget);
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

fn chunks(measure: Measure, content: &str, budget: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = content;
    while !rest.is_empty() {
        let mut head = measure.prefix(rest, budget);
        if head.is_empty() {
            // A budget of fewer bytes than the next character: take it whole, never half.
            head = &rest[..rest.chars().next().map_or(0, char::len_utf8)];
        }
        let cut = if head.len() == rest.len() {
            head.len()
        } else {
            // Prefer to end after a line break in the second half of the chunk.
            let half = measure.prefix(head, budget / 2).len();
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

    #[test]
    fn suffixes_start_between_characters() {
        assert_eq!(Measure::Bytes.suffix("a错b", 2), "b");
        assert_eq!(Measure::Bytes.suffix("a错b", 4), "错b");
        assert_eq!(Measure::Bytes.suffix("a错b", 9), "a错b");
        assert_eq!(Measure::Chars.suffix("a错b", 2), "错b");
        assert_eq!(Measure::Chars.suffix("a错b", 0), "");
    }

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

    #[test]
    fn bytes_at_the_limit_are_untouched_and_one_over_is_fitted() {
        // 682 CJK characters and two ASCII: 2048 bytes.
        let s = format!("{}ab", n('字', 682));
        assert_eq!(s.len(), 2048);
        let f = fit_in(Measure::Bytes, &s, 2048, OnLong::Fail, "content").unwrap();
        assert_eq!(f.parts, vec![s.clone()]);
        let over = format!("{s}c");
        assert_eq!(
            fit_in(Measure::Bytes, &over, 2048, OnLong::Fail, "content"),
            Err(PayloadError::TooLongBytes {
                what: "content".into(),
                len: 2049,
                limit: 2048
            })
        );
        let t = fit_in(Measure::Bytes, &over, 2048, OnLong::Truncate, "content").unwrap();
        assert_eq!(t.parts, vec![s]);
        assert_eq!(t.truncated, Some((2049, 1)));
    }

    #[test]
    fn bytes_never_cut_a_character() {
        // A 3-byte character straddling the limit goes whole.
        let s = format!("{}{}", n('a', 2047), '字');
        let t = fit_in(Measure::Bytes, &s, 2048, OnLong::Truncate, "content").unwrap();
        assert_eq!(t.parts, vec![n('a', 2047)]);
        assert_eq!(t.truncated, Some((2050, 3)));
        // A 4-byte emoji too, from each of its inner byte offsets.
        for pad in 2045..=2047 {
            let s = format!("{}😀", n('a', pad));
            let t = fit_in(Measure::Bytes, &s, 2048, OnLong::Truncate, "content").unwrap();
            if pad + 4 <= 2048 {
                assert_eq!(t.parts, vec![s.clone()]);
            } else {
                assert_eq!(t.parts, vec![n('a', pad)], "pad {pad}");
            }
        }
        assert_eq!(truncate_bytes("a字", 3), "a");
        assert_eq!(truncate_bytes("a字", 4), "a字");
        assert_eq!(truncate_bytes("😀", 3), "");
    }

    #[test]
    fn byte_split_parts_fit_with_their_labels() {
        let s: String = (0..5000)
            .map(|i| match i % 5 {
                0 => '😀',
                1 => '字',
                _ if i % 301 == 0 => '\n',
                _ => 'x',
            })
            .collect();
        let parts = fit_in(Measure::Bytes, &s, 2048, OnLong::Split, "content")
            .unwrap()
            .parts;
        let total = parts.len();
        assert!(total >= 4);
        let mut joined = String::new();
        for (i, p) in parts.iter().enumerate() {
            assert!(p.len() <= 2048, "part {i} is {} bytes", p.len());
            let label = format!("({}/{total}) ", i + 1);
            joined.push_str(p.strip_prefix(&label).expect("numbered"));
        }
        assert_eq!(joined, s);
    }

    #[test]
    fn byte_split_prefers_line_breaks() {
        let line = format!("{}\n", n('字', 300)); // 901 bytes
        let s = line.repeat(3);
        let parts = fit_in(Measure::Bytes, &s, 2048, OnLong::Split, "content")
            .unwrap()
            .parts;
        assert_eq!(parts.len(), 2);
        assert_eq!(parts[0], format!("(1/2) {line}{line}"));
        assert_eq!(parts[1], format!("(2/2) {line}"));
    }

    #[test]
    fn a_byte_budget_below_one_character_still_takes_it_whole() {
        let parts = fit_in(Measure::Bytes, "😀😀", 7, OnLong::Split, "content")
            .unwrap()
            .parts;
        assert_eq!(parts, ["(1/2) 😀", "(2/2) 😀"]);
    }

    #[test]
    fn byte_warnings_and_maxima_name_bytes() {
        let mut w = Vec::new();
        let parts = fit_content_in(
            Measure::Bytes,
            "字字",
            4,
            OnLong::Truncate,
            "WeCom allows 4",
            &mut w,
        )
        .unwrap();
        assert_eq!(parts, ["字"]);
        assert_eq!(
            w,
            [
                "content is 6 bytes; WeCom allows 4: the last 3 were cut (--on-long split sends it all)"
            ]
        );
        let e = bounded_in(Measure::Bytes, "字字", 5, "--title", "WeCom").unwrap_err();
        assert_eq!(
            e.to_string(),
            "--title is 6 bytes of UTF-8; WeCom allows at most 5"
        );
        assert_eq!(
            bounded_in(Measure::Bytes, " 字 ", 3, "--title", "WeCom").unwrap(),
            "字"
        );
    }
}
