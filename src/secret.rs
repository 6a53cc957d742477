//! A string that must never be printed, and the set of a run's secrets to mask in text.

use std::fmt;

use percent_encoding::AsciiSet;

/// What a query value escapes: everything but letters, digits and `-_.~`.
pub(crate) const QUERY_VALUE: &AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// A key, secret or token. `Debug` and `Display` print `***`; the value is only reachable through
/// [`Secret::expose`], so it cannot end up in a log line or an error message by accident.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The value itself, for the one place that has to send it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// The secrets of a run, each in every form it may be printed in: as it is, without Base64
/// padding, percent-encoded (as in a query) and with `/` escaped (as some JSON encoders write
/// it). Values shorter than [`SecretSet::MIN`] are left out: they would match ordinary words.
#[derive(Default, Clone)]
pub(crate) struct SecretSet {
    /// Longest first, so that a longer form is masked whole before a shorter one inside it.
    forms: Vec<String>,
}

impl fmt::Debug for SecretSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SecretSet({} forms)", self.forms.len())
    }
}

impl SecretSet {
    /// The shortest value masked.
    pub(crate) const MIN: usize = 4;

    /// Adds `value` in each of its forms.
    pub(crate) fn add(&mut self, value: &str) {
        let forms = [
            value.to_string(),
            value.trim_end_matches('=').to_string(),
            percent_encoding::utf8_percent_encode(value, QUERY_VALUE).to_string(),
            value.replace('/', "\\/"),
        ];
        for form in forms {
            if form.len() >= Self::MIN && !self.forms.contains(&form) {
                self.forms.push(form);
            }
        }
        self.forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
    }

    /// Every form of every secret, longest first.
    pub(crate) fn forms(&self) -> impl Iterator<Item = &str> {
        self.forms.iter().map(String::as_str)
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }

    /// `text` with every form of every secret replaced by `***`.
    pub(crate) fn mask(&self, text: &str) -> String {
        let mut out = text.to_string();
        for form in &self.forms {
            if out.contains(form.as_str()) {
                out = out.replace(form.as_str(), "***");
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_formats_the_value() {
        let s = Secret::new("hunter2");
        assert_eq!(format!("{s} {s:?} {:?}", Some(&s)), "*** *** Some(***)");
        assert_eq!(s.expose(), "hunter2");
    }

    #[test]
    fn every_form_of_a_secret_is_masked() {
        let mut set = SecretSet::default();
        set.add("ab/c+d=");
        set.add("xyz");
        let text = "ab/c+d= ab/c+d ab%2Fc%2Bd%3D ab\\/c+d= xyz";
        assert_eq!(set.mask(text), "*** *** *** *** xyz");
        assert_eq!(set.forms().count(), 4);
        assert!(SecretSet::default().is_empty());
        assert_eq!(
            format!("{set:?}"),
            "SecretSet(4 forms)",
            "Debug shows no value"
        );
    }
}
