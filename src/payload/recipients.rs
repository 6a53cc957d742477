//! Recipient lists: parsing `a|b,c`, removing duplicates, and batching over per-request limits.

use serde::{Deserialize, Serialize};

use super::PayloadError;

/// Accounts, departments, e-mail addresses (Youdu mail), sessions (Youdu chats) and tags (WeCom)
/// of one message. Serialised (in `--json` results) with the empty lists left out.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Recipients {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub users: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub depts: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub emails: Vec<String>,
    /// Youdu chat sessions (a session message goes to one).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sessions: Vec<String>,
    /// WeCom tags (`totag`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
}

impl Recipients {
    pub fn is_empty(&self) -> bool {
        self.users.is_empty()
            && self.depts.is_empty()
            && self.emails.is_empty()
            && self.sessions.is_empty()
            && self.tags.is_empty()
    }

    /// How many accounts, departments, addresses, sessions and tags in all.
    pub fn count(&self) -> usize {
        self.users.len()
            + self.depts.len()
            + self.emails.len()
            + self.sessions.len()
            + self.tags.len()
    }
}

/// The values of a `|`-joined recipient list (Youdu's `toUser`, WeCom's `touser`), empty ones
/// left out.
pub fn joined(list: &str) -> Vec<String> {
    list.split('|')
        .filter(|v| !v.is_empty())
        .map(String::from)
        .collect()
}

/// Per-request limits of a provider.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub users: usize,
    pub depts: usize,
    pub emails: usize,
    /// WeCom tags; providers without tags never fill the list.
    pub tags: usize,
    /// The flags and profile keys that name recipients, for the "no recipient" error.
    pub flags: &'static str,
}

/// Splits the values of a repeatable flag on `|` and `,`, trims them and drops empty ones. A flag
/// given only separators is an error naming it.
pub fn split_list(values: &[String], flag: &str, what: &str) -> Result<Vec<String>, PayloadError> {
    let out: Vec<String> = values
        .iter()
        .flat_map(|v| v.split(['|', ',']))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect();
    if out.is_empty() && !values.is_empty() {
        return Err(PayloadError::EmptyList {
            flag: flag.into(),
            what: what.into(),
        });
    }
    Ok(out)
}

/// Checks that every value is a department id (digits only).
pub fn check_depts(depts: &[String], flag: &str) -> Result<(), PayloadError> {
    match depts
        .iter()
        .find(|d| d.is_empty() || !d.bytes().all(|b| b.is_ascii_digit()))
    {
        Some(bad) => Err(PayloadError::BadDept {
            flag: flag.into(),
            value: bad.clone(),
        }),
        None => Ok(()),
    }
}

/// Removes repeated entries, keeping the first occurrence's place.
pub fn dedup(list: Vec<String>) -> Vec<String> {
    let mut seen = std::collections::HashSet::with_capacity(list.len());
    list.into_iter()
        .filter(|x| seen.insert(x.clone()))
        .collect()
}

/// Splits recipients into as few requests as the limits allow: request `i` takes the `i`-th chunk
/// of each list. With `split` false, over the limits is an error.
pub fn batches(
    r: &Recipients,
    limits: Limits,
    split: bool,
) -> Result<Vec<Recipients>, PayloadError> {
    if r.is_empty() {
        return Err(PayloadError::NoRecipients(limits.flags));
    }
    let lists = [
        (&r.users, limits.users, "accounts"),
        (&r.depts, limits.depts, "departments"),
        (&r.emails, limits.emails, "e-mail addresses"),
        (&r.tags, limits.tags, "tags"),
    ];
    if !split && let Some((list, limit, what)) = lists.iter().find(|(l, max, _)| l.len() > *max) {
        return Err(PayloadError::NeedsSplit {
            what: (*what).into(),
            count: list.len(),
            limit: *limit,
        });
    }
    let requests = lists
        .iter()
        .map(|(list, limit, _)| list.len().div_ceil(*limit))
        .max()
        .unwrap_or(0);
    let chunk = |list: &[String], limit: usize, i: usize| -> Vec<String> {
        list.chunks(limit)
            .nth(i)
            .map(<[String]>::to_vec)
            .unwrap_or_default()
    };
    Ok((0..requests)
        .map(|i| Recipients {
            users: chunk(&r.users, limits.users, i),
            depts: chunk(&r.depts, limits.depts, i),
            emails: chunk(&r.emails, limits.emails, i),
            tags: chunk(&r.tags, limits.tags, i),
            ..Recipients::default()
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    const YOUDU: Limits = Limits {
        users: 1000,
        depts: 100,
        emails: 1000,
        tags: 1,
        flags: "-u",
    };

    fn names(n: usize) -> Vec<String> {
        (0..n).map(|i| format!("u{i}")).collect()
    }

    #[test]
    fn lists_split_on_bar_and_comma() {
        let v = vec!["a|b".to_string(), " c , d ".into(), "e".into()];
        assert_eq!(
            split_list(&v, "-u", "account").unwrap(),
            ["a", "b", "c", "d", "e"]
        );
        assert_eq!(
            split_list(&[], "-u", "account").unwrap(),
            Vec::<String>::new()
        );
    }

    #[test]
    fn separators_only_is_an_error_naming_the_flag() {
        let err = split_list(&["|,|".into()], "--to-user", "account").unwrap_err();
        assert!(err.to_string().contains("--to-user"));
    }

    #[test]
    fn departments_must_be_numbers() {
        assert!(check_depts(&["0".into(), "12".into()], "-d").is_ok());
        let err = check_depts(&["12".into(), "sales".into()], "--to-dept").unwrap_err();
        assert!(err.to_string().contains("\"sales\""));
    }

    #[test]
    fn duplicates_are_dropped_in_order() {
        let v = vec!["b".into(), "a".into(), "b".into(), "c".into(), "a".into()];
        assert_eq!(dedup(v), ["b", "a", "c"]);
    }

    #[test]
    fn at_the_limits_is_one_request() {
        let r = Recipients {
            users: names(1000),
            depts: names(100),
            emails: names(1000),
            sessions: Vec::new(),
            tags: Vec::new(),
        };
        assert_eq!(batches(&r, YOUDU, false).unwrap(), vec![r]);
    }

    #[test]
    fn one_over_splits_or_fails() {
        let r = Recipients {
            users: names(1001),
            ..Recipients::default()
        };
        let b = batches(&r, YOUDU, true).unwrap();
        assert_eq!(b.len(), 2);
        assert_eq!(b[1].users, ["u1000"]);
        assert!(matches!(
            batches(&r, YOUDU, false),
            Err(PayloadError::NeedsSplit { count: 1001, .. })
        ));
        let d = Recipients {
            depts: names(101),
            ..Recipients::default()
        };
        assert_eq!(batches(&d, YOUDU, true).unwrap().len(), 2);
        assert!(batches(&d, YOUDU, false).is_err());
    }

    #[test]
    fn users_and_departments_share_requests() {
        let r = Recipients {
            users: names(2500),
            depts: names(150),
            ..Recipients::default()
        };
        let b = batches(&r, YOUDU, true).unwrap();
        assert_eq!(b.len(), 3);
        assert_eq!(
            b.iter()
                .map(|x| (x.users.len(), x.depts.len()))
                .collect::<Vec<_>>(),
            [(1000, 100), (1000, 50), (500, 0)]
        );
        let all: Vec<String> = b.iter().flat_map(|x| x.users.clone()).collect();
        assert_eq!(all, r.users);
    }

    #[test]
    fn no_recipient_is_an_error() {
        assert_eq!(
            batches(&Recipients::default(), YOUDU, true),
            Err(PayloadError::NoRecipients("-u"))
        );
    }
}
