//! Desktop pop-up windows and app badges (Youdu API: badge and pop-up). Both go to their own
//! endpoints in the other outer body (`{"app_id", "msg_encrypt"}`, no token), which the
//! transport adds; these are the inner JSON objects.

use serde::Serialize;

use super::{Addressing, LIMITS};
use crate::payload::PayloadError;
use crate::payload::recipients::{self, Recipients};
use crate::payload::text::required;

/// The window of a pop-up: unset fields are left out (an empty string counts as absent).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PopWindow {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tip: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub width: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub height: Option<u32>,
    /// Seconds the window stays; -1 keeps it until it is closed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration: Option<i64>,
    /// 1 top-left, 2 top-right, 3 bottom-right, 4 bottom-left; unset is the centre.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub position: Option<u8>,
    /// Pop-ups with the same id share one window, the later replacing the earlier.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notice_id: Option<String>,
    /// 1 opens a browser, 2 a window; unset is the app's default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pop_mode: Option<u8>,
}

/// One `/cgi/popwindow` request: recipients joined by `|`, as in `msg/send`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Popup {
    #[serde(rename = "toUser", skip_serializing_if = "String::is_empty")]
    pub to_user: String,
    #[serde(rename = "toDept", skip_serializing_if = "String::is_empty")]
    pub to_dept: String,
    #[serde(rename = "popWindow")]
    pub pop_window: PopWindow,
}

impl Popup {
    /// Whom this request goes to.
    pub fn recipients(&self) -> Recipients {
        Recipients {
            users: recipients::joined(&self.to_user),
            depts: recipients::joined(&self.to_dept),
            ..Recipients::default()
        }
    }
}

/// Pop-up requests, and the warnings about what they hold.
pub type Popups = crate::payload::Built<Popup>;

/// The pop-up `window` to every recipient batch (1000 accounts, 100 departments a request).
/// It needs a URL or a tip; with both, the server shows the URL, so a warning says the tip
/// will not show.
pub fn popup(window: &PopWindow, how: &Addressing) -> Result<Popups, PayloadError> {
    let mut window = window.clone();
    window.url = given(window.url, "--url")?;
    window.tip = given(window.tip, "--tip")?;
    window.title = given(window.title, "--title")?;
    window.notice_id = given(window.notice_id, "--notice-id")?;
    let mut warnings = Vec::new();
    match (&window.url, &window.tip) {
        (None, None) => {
            return Err(PayloadError::Invalid {
                what: "a pop-up".into(),
                problem: "needs --url or --tip (what its window shows)".into(),
            });
        }
        (Some(_), Some(_)) => warnings
            .push("both --url and --tip are given: the window shows the URL, not the tip".into()),
        _ => {}
    }
    let batches = recipients::batches(&how.to, LIMITS, how.split)?;
    let messages: Vec<Popup> = batches
        .iter()
        .map(|r| Popup {
            to_user: r.users.join("|"),
            to_dept: r.depts.join("|"),
            pop_window: window.clone(),
        })
        .collect();
    if messages.is_empty() {
        return Err(PayloadError::NoRecipients(LIMITS.flags));
    }
    Ok(Popups { messages, warnings })
}

/// A value given with `flag`, trimmed; given but empty is an error naming the flag.
fn given(value: Option<String>, flag: &str) -> Result<Option<String>, PayloadError> {
    value.map(|v| required(&v, flag)).transpose()
}

/// One `/cgi/set.ent.notice` request: the app's badge (to-do count) for one account.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Badge {
    pub account: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tip: Option<String>,
    pub count: u32,
}

impl Badge {
    /// Whom this request is for.
    pub fn recipients(&self) -> Recipients {
        Recipients {
            users: vec![self.account.clone()],
            ..Recipients::default()
        }
    }
}

/// The flags that name a badge's accounts, for the "no recipient" error.
const BADGE_FLAGS: &str = "-u/--to-user";

/// One badge request per account (deduplicated), each setting `count` (0 clears it) with an
/// optional `tip`.
pub fn badges(
    accounts: &[String],
    count: u32,
    tip: Option<&str>,
) -> Result<Vec<Badge>, PayloadError> {
    let tip = given(tip.map(String::from), "--tip")?;
    let accounts = recipients::dedup(accounts.to_vec());
    if accounts.is_empty() {
        return Err(PayloadError::NoRecipients(BADGE_FLAGS));
    }
    Ok(accounts
        .into_iter()
        .map(|account| Badge {
            account,
            tip: tip.clone(),
            count,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn to(users: &[&str], depts: &[&str]) -> Addressing {
        Addressing {
            to: Recipients {
                users: users.iter().map(|s| s.to_string()).collect(),
                depts: depts.iter().map(|s| s.to_string()).collect(),
                ..Recipients::default()
            },
            split: true,
            to_all: None,
        }
    }

    #[test]
    fn a_popup_leaves_unset_fields_out() {
        let window = PopWindow {
            tip: Some(" Disk full on db-1 ".into()),
            duration: Some(-1),
            position: Some(3),
            ..PopWindow::default()
        };
        let built = popup(&window, &to(&["alice", "bob"], &["12"])).unwrap();
        assert!(built.warnings.is_empty());
        assert_eq!(
            serde_json::to_value(&built.messages[0]).unwrap(),
            serde_json::json!({"toUser": "alice|bob", "toDept": "12",
                "popWindow": {"tip": "Disk full on db-1", "duration": -1, "position": 3}})
        );
    }

    #[test]
    fn a_popup_needs_a_url_or_a_tip_and_warns_with_both() {
        let none = popup(&PopWindow::default(), &to(&["a"], &[])).unwrap_err();
        assert_eq!(
            none.to_string(),
            "a pop-up needs --url or --tip (what its window shows)"
        );
        let empty = PopWindow {
            tip: Some(" ".into()),
            ..PopWindow::default()
        };
        assert_eq!(
            popup(&empty, &to(&["a"], &[])).unwrap_err().to_string(),
            "--tip is empty"
        );
        let both = PopWindow {
            url: Some("https://ops/x".into()),
            tip: Some("x".into()),
            ..PopWindow::default()
        };
        let built = popup(&both, &to(&["a"], &[])).unwrap();
        assert_eq!(built.warnings.len(), 1, "{:?}", built.warnings);
        let window = &built.messages[0].pop_window;
        assert!(window.url.is_some() && window.tip.is_some());
    }

    #[test]
    fn popup_recipients_are_split_at_the_limits() {
        let users: Vec<String> = (0..2500).map(|i| format!("u{i}")).collect();
        let users: Vec<&str> = users.iter().map(String::as_str).collect();
        let window = PopWindow {
            url: Some("https://ops/x".into()),
            ..PopWindow::default()
        };
        let built = popup(&window, &to(&users, &[])).unwrap();
        assert_eq!(built.messages.len(), 3);
        assert_eq!(built.messages[2].recipients().users.len(), 500);
        let mut one = to(&users, &[]);
        one.split = false;
        assert!(popup(&window, &one).is_err());
        assert!(matches!(
            popup(&window, &to(&[], &[])),
            Err(PayloadError::NoRecipients(_))
        ));
    }

    #[test]
    fn badges_go_one_per_account() {
        let list = vec!["alice".to_string(), "bob".into(), "alice".into()];
        let b = badges(&list, 3, Some("3 approvals waiting")).unwrap();
        assert_eq!(b.len(), 2);
        assert_eq!(
            serde_json::to_value(&b[0]).unwrap(),
            serde_json::json!({"account": "alice", "tip": "3 approvals waiting", "count": 3})
        );
        let cleared = badges(&list[..1], 0, None).unwrap();
        assert_eq!(
            serde_json::to_value(&cleared[0]).unwrap(),
            serde_json::json!({"account": "alice", "count": 0})
        );
        assert!(badges(&[], 1, None).is_err());
        assert!(badges(&list, 1, Some("")).is_err());
    }
}
