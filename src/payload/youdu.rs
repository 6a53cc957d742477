//! Youdu message bodies (youdu-protocol.md §7): the inner JSON that is encrypted and sent to
//! `/cgi/msg/send`, and that `--dry-run` prints.

use serde::Serialize;

use super::PayloadError;
use super::recipients::{self, Limits, Recipients};
use super::text::{self, Fitted, OnLong};

/// Per-request recipient limits: 1000 accounts, 100 departments.
pub const LIMITS: Limits = Limits {
    users: 1000,
    depts: 100,
};
/// Text content limit in characters.
pub const TEXT_LIMIT: usize = 600;

/// One message: recipients joined by `|`, and the body under its `msgType`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Message {
    #[serde(rename = "toUser", skip_serializing_if = "String::is_empty")]
    pub to_user: String,
    #[serde(rename = "toDept", skip_serializing_if = "String::is_empty")]
    pub to_dept: String,
    #[serde(flatten)]
    pub body: Body,
}

/// The message types, tagged by `msgType`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "msgType")]
pub enum Body {
    #[serde(rename = "text")]
    Text { text: Text },
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Text {
    pub content: String,
}

/// Messages ready to send, and what the builder cut.
#[derive(Debug, Clone, PartialEq)]
pub struct Built {
    /// Requests in sending order: every part goes to every recipient batch before the next part.
    pub messages: Vec<Message>,
    /// Number of recipient batches (requests per part).
    pub batches: usize,
    pub fitted: Fitted,
}

/// Builds `text` messages: content fitted to 600 characters per `on_long`, recipients batched
/// within 1000 accounts and 100 departments per request (or an error with `split` false).
pub fn text(
    content: &str,
    to: &Recipients,
    on_long: OnLong,
    split: bool,
) -> Result<Built, PayloadError> {
    let content = text::normalize(content, "content")?;
    let fitted = text::fit(&content, TEXT_LIMIT, on_long, "content")?;
    let batches = recipients::batches(to, LIMITS, split)?;
    let messages = fitted
        .parts
        .iter()
        .flat_map(|part| {
            batches.iter().map(move |r| Message {
                to_user: r.users.join("|"),
                to_dept: r.depts.join("|"),
                body: Body::Text {
                    text: Text {
                        content: part.clone(),
                    },
                },
            })
        })
        .collect();
    Ok(Built {
        messages,
        batches: batches.len(),
        fitted,
    })
}

impl Message {
    /// How many accounts and departments this request names.
    pub fn recipient_count(&self) -> usize {
        let count = |s: &str| {
            if s.is_empty() {
                0
            } else {
                s.split('|').count()
            }
        };
        count(&self.to_user) + count(&self.to_dept)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn to(users: &[&str], depts: &[&str]) -> Recipients {
        Recipients {
            users: users.iter().map(|s| s.to_string()).collect(),
            depts: depts.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn text_serialises_as_documented() {
        let b = text(
            "hello\n",
            &to(&["alice", "bob"], &["12"]),
            OnLong::Fail,
            true,
        )
        .unwrap();
        assert_eq!(b.messages.len(), 1);
        assert_eq!(
            serde_json::to_value(&b.messages[0]).unwrap(),
            json!({"toUser":"alice|bob","toDept":"12","msgType":"text","text":{"content":"hello"}})
        );
    }

    #[test]
    fn empty_recipient_fields_are_left_out() {
        let b = text("hi", &to(&[], &["0"]), OnLong::Fail, true).unwrap();
        assert_eq!(
            serde_json::to_value(&b.messages[0]).unwrap(),
            json!({"toDept":"0","msgType":"text","text":{"content":"hi"}})
        );
    }

    #[test]
    fn parts_times_batches() {
        let users: Vec<String> = (0..1500).map(|i| format!("u{i}")).collect();
        let r = Recipients {
            users,
            depts: vec![],
        };
        let long = "x".repeat(1000);
        let b = text(&long, &r, OnLong::Split, true).unwrap();
        assert_eq!(b.batches, 2);
        assert_eq!(b.messages.len(), 4);
        assert_eq!(b.messages[0].recipient_count(), 1000);
        assert_eq!(b.messages[1].recipient_count(), 500);
        for m in &b.messages {
            let Body::Text { text } = &m.body;
            assert!(text.content.chars().count() <= TEXT_LIMIT);
        }
    }

    #[test]
    fn limits_are_enforced() {
        assert!(matches!(
            text("  ", &to(&["a"], &[]), OnLong::Fail, true),
            Err(PayloadError::Empty { .. })
        ));
        assert!(matches!(
            text("hi", &to(&[], &[]), OnLong::Fail, true),
            Err(PayloadError::NoRecipients)
        ));
        assert!(matches!(
            text(&"y".repeat(601), &to(&["a"], &[]), OnLong::Fail, true),
            Err(PayloadError::TooLong { len: 601, .. })
        ));
    }
}
