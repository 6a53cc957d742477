//! Phone numbers for `--to-mobile`: normalising them and picking the one active employee that
//! has a number from a lookup's answer (Fxiaoke API: phone number lookups).

use super::PayloadError;

/// An employee as the user lookup APIs describe one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Employee {
    pub open_user_id: String,
    pub mobile: Option<String>,
    /// Not stopped, not inactive, status NORMAL (when the answer says).
    pub active: bool,
}

/// The digits of a phone number, without a `+86` / `86` country code in front of an 11-digit
/// mobile number. Spaces, dashes and brackets are allowed; anything else is an error.
pub(crate) fn normalize(number: &str) -> Result<String, PayloadError> {
    let bad = || PayloadError::BadMobile {
        value: number.to_string(),
    };
    let trimmed = number.trim();
    // Only +86 is taken off: another country code would leave a number that may well be a
    // different person's mainland one.
    let rest = match trimmed.strip_prefix('+') {
        Some(rest) if rest.trim_start().starts_with("86") => rest,
        Some(_) => return Err(bad()),
        None => trimmed,
    };
    if rest
        .chars()
        .any(|c| !(c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')')))
    {
        return Err(bad());
    }
    let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
    let digits = match digits.strip_prefix("86") {
        Some(local) if digits.len() == 13 => local.to_string(),
        _ => digits,
    };
    if !(5..=15).contains(&digits.len()) {
        return Err(bad());
    }
    Ok(digits)
}

/// The open user id of the one active employee whose number is `number` (normalised). None
/// found and several found are both input errors naming the number.
///
/// `looked_up`: the list is the server's answer for this number (`getByMobile`), so an entry
/// without a readable number (absent, or masked as `138****0001`) counts as a match; in a
/// directory listing only entries whose number matches count.
pub(crate) fn pick(
    number: &str,
    employees: &[Employee],
    looked_up: bool,
) -> Result<String, PayloadError> {
    let mut ids: Vec<&str> = employees
        .iter()
        .filter(|e| e.active && !e.open_user_id.is_empty())
        .filter(
            |e| match e.mobile.as_deref().and_then(|m| normalize(m).ok()) {
                Some(m) => m == number,
                None => looked_up,
            },
        )
        .map(|e| e.open_user_id.as_str())
        .collect();
    ids.sort_unstable();
    ids.dedup();
    match ids.as_slice() {
        [] => Err(PayloadError::UnknownMobile {
            value: number.to_string(),
        }),
        [one] => Ok(one.to_string()),
        many => Err(PayloadError::AmbiguousMobile {
            value: number.to_string(),
            count: many.len(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn emp(id: &str, mobile: &str, active: bool) -> Employee {
        Employee {
            open_user_id: id.into(),
            mobile: Some(mobile.into()),
            active,
        }
    }

    #[test]
    fn numbers_are_compared_by_digits_without_the_country_code() {
        assert_eq!(normalize("138 0000 0001").unwrap(), "13800000001");
        assert_eq!(normalize("+86 138-0000-0001").unwrap(), "13800000001");
        assert_eq!(normalize("8613800000001").unwrap(), "13800000001");
        assert_eq!(normalize("010-12345678").unwrap(), "01012345678");
        for bad in [
            "",
            "abc",
            "1380000000x",
            "12",
            "+86",
            "1234567890123456",
            "+1 (555) 123-4567",
        ] {
            assert!(normalize(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_one_active_match_wins() {
        let people = [
            emp("FSUID_A", "+86 13800000001", true),
            emp("FSUID_B", "13800000002", true),
            emp("FSUID_C", "13800000002", false),
        ];
        assert_eq!(pick("13800000001", &people, false).unwrap(), "FSUID_A");
        assert_eq!(pick("13800000002", &people, false).unwrap(), "FSUID_B");
        assert!(matches!(
            pick("13900000000", &people, false),
            Err(PayloadError::UnknownMobile { .. })
        ));
        let twice = [
            emp("FSUID_A", "13800000001", true),
            emp("FSUID_A", "13800000001", true),
            emp("FSUID_D", "13800000001", true),
        ];
        assert!(matches!(
            pick("13800000001", &twice, false),
            Err(PayloadError::AmbiguousMobile { count: 2, .. })
        ));
    }

    #[test]
    fn a_lookup_answer_without_a_readable_number_still_counts() {
        let masked = [
            emp("FSUID_A", "138****0001", true),
            Employee {
                open_user_id: "FSUID_B".into(),
                mobile: None,
                active: false,
            },
        ];
        assert_eq!(pick("13800000001", &masked, true).unwrap(), "FSUID_A");
        assert!(pick("13800000001", &masked, false).is_err());
        let other = [emp("FSUID_C", "13900000000", true)];
        assert!(pick("13800000001", &other, true).is_err());
    }
}
