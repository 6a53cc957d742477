//! Chat sessions (Youdu API: session messages): creating a group session, and posting into a
//! group session or a one-to-one chat as a named member. They go through the built-in app
//! `sysOrgAssistant`, in the usual envelope, to `/cgi/session/create` and `/cgi/session/send`.

use serde::Serialize;

use super::{Content, Media, TITLE_LIMIT, bounded, fit_content};
use crate::payload::recipients::{self, Recipients};
use crate::payload::text::{OnLong, required};
use crate::payload::{Built, PayloadError};

/// The longest account name the API takes for a creator or sender.
pub const ACCOUNT_LIMIT: usize = 64;
/// A group session has at least this many members, its creator included.
pub const MIN_MEMBERS: usize = 3;

/// A `/cgi/session/create` request.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SessionCreate {
    pub title: String,
    pub creator: String,
    /// Always `multi`: a one-to-one chat is never created.
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub member: Vec<String>,
}

impl SessionCreate {
    /// Its members, for `--json` results.
    pub fn recipients(&self) -> Recipients {
        Recipients {
            users: self.member.clone(),
            ..Recipients::default()
        }
    }
}

/// A new group session titled `title` (at most 64 characters), created by `creator`, with
/// `members`: the creator is added if missing and duplicates dropped; then there must be at
/// least 3.
pub fn session_create(
    title: &str,
    creator: &str,
    members: &[String],
) -> Result<SessionCreate, PayloadError> {
    let title = bounded(title, TITLE_LIMIT, "--title")?;
    let creator = account(creator, "--creator")?;
    let mut member = vec![creator.clone()];
    for m in members {
        member.push(account(m, "--member")?);
    }
    let member = recipients::dedup(member);
    if member.len() < MIN_MEMBERS {
        return Err(PayloadError::Invalid {
            what: "a session".into(),
            problem: format!(
                "needs at least {MIN_MEMBERS} members, the creator included; {} given (add them with -m)",
                member.len()
            ),
        });
    }
    Ok(SessionCreate {
        title,
        creator,
        kind: "multi",
        member,
    })
}

/// An account name (creator, sender, receiver): not empty, at most 64 characters.
fn account(value: &str, flag: &str) -> Result<String, PayloadError> {
    bounded(value, ACCOUNT_LIMIT, flag)
}

/// Where a session message goes.
#[derive(Debug, Clone, PartialEq)]
pub enum Chat {
    /// A group session, by its id (`--session`).
    Session(String),
    /// The one-to-one chat between the sender and this account (`--to`).
    Receiver(String),
}

/// One `/cgi/session/send` request: exactly one of `sessionId` and `receiver`, the sender, and
/// the body under its `msgType`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SessionMessage {
    #[serde(rename = "sessionId", skip_serializing_if = "Option::is_none")]
    pub session_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub receiver: Option<String>,
    pub sender: String,
    #[serde(flatten)]
    pub body: SessionBody,
}

impl SessionMessage {
    /// The session or the account it goes to.
    pub fn recipients(&self) -> Recipients {
        Recipients {
            users: self.receiver.iter().cloned().collect(),
            sessions: self.session_id.iter().cloned().collect(),
            ..Recipients::default()
        }
    }
}

/// The session message types, tagged by `msgType`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "msgType", rename_all = "lowercase")]
pub enum SessionBody {
    Text { text: Content },
    Image { image: Media },
    File { file: SessionFile },
    Voice { voice: Media },
    Video { video: Media },
}

/// A file in a session message: its media id, with the name and size of the file uploaded
/// (the API's example carries them; a media id given as is has neither).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SessionFile {
    pub media_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<u64>,
}

/// Which media a session message carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionMedia {
    Image,
    File,
    Voice,
    Video,
}

/// What a file in a session message is known by: its media id, and for an uploaded file its
/// name and size.
#[derive(Debug, Clone, PartialEq)]
pub struct MediaRef {
    pub media_id: String,
    pub name: Option<String>,
    pub size: Option<u64>,
}

/// Where the message goes and who sends it, checked.
fn addressed(
    chat: &Chat,
    sender: &str,
) -> Result<(Option<String>, Option<String>, String), PayloadError> {
    let sender = account(sender, "--sender")?;
    Ok(match chat {
        Chat::Session(id) => (Some(required(id, "--session")?), None, sender),
        Chat::Receiver(to) => (None, Some(account(to, "--to")?), sender),
    })
}

/// Session text messages: the content fitted to 600 characters per `on_long`, as `youdu
/// text` does, one request per part.
pub fn session_text(
    chat: &Chat,
    sender: &str,
    content: &str,
    on_long: OnLong,
) -> Result<Built<SessionMessage>, PayloadError> {
    let (session_id, receiver, sender) = addressed(chat, sender)?;
    let mut warnings = Vec::new();
    let parts = fit_content(content, on_long, &mut warnings)?;
    let messages = parts
        .into_iter()
        .map(|content| SessionMessage {
            session_id: session_id.clone(),
            receiver: receiver.clone(),
            sender: sender.clone(),
            body: SessionBody::Text {
                text: Content { content },
            },
        })
        .collect();
    Ok(Built { messages, warnings })
}

/// A session message carrying a media file.
pub fn session_media(
    chat: &Chat,
    sender: &str,
    kind: SessionMedia,
    media: MediaRef,
) -> Result<SessionMessage, PayloadError> {
    let (session_id, receiver, sender) = addressed(chat, sender)?;
    let media_id = required(&media.media_id, "--media-id")?;
    let plain = || Media {
        media_id: media_id.clone(),
    };
    let body = match kind {
        SessionMedia::Image => SessionBody::Image { image: plain() },
        SessionMedia::Voice => SessionBody::Voice { voice: plain() },
        SessionMedia::Video => SessionBody::Video { video: plain() },
        SessionMedia::File => SessionBody::File {
            file: SessionFile {
                media_id: media_id.clone(),
                name: media.name,
                size: media.size,
            },
        },
    };
    Ok(SessionMessage {
        session_id,
        receiver,
        sender,
        body,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn create_adds_the_creator_and_needs_three_members() {
        let m = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let c = session_create(" Release 1.4 ", "alice", &m(&["bob", "carol", "bob"])).unwrap();
        assert_eq!(
            serde_json::to_value(&c).unwrap(),
            json!({"title": "Release 1.4", "creator": "alice", "type": "multi",
                   "member": ["alice", "bob", "carol"]})
        );
        let two = session_create("t", "alice", &m(&["bob", "alice"])).unwrap_err();
        assert!(two.to_string().contains("at least 3 members"), "{two}");
        let long = session_create(&"x".repeat(65), "alice", &m(&["b", "c"])).unwrap_err();
        assert!(long.to_string().contains("--title"), "{long}");
        let member = session_create("t", "alice", &m(&["b", &"m".repeat(65)])).unwrap_err();
        assert!(member.to_string().contains("--member"), "{member}");
        assert!(session_create("t", " ", &m(&["b", "c"])).is_err());
    }

    #[test]
    fn a_message_goes_to_a_session_or_to_one_account() {
        let group = Chat::Session("{8AD595F3}".into());
        let built = session_text(&group, "robot", "Build #512 is green", OnLong::Fail).unwrap();
        assert!(built.warnings.is_empty());
        assert_eq!(
            serde_json::to_string(&built.messages[0]).unwrap(),
            r#"{"sessionId":"{8AD595F3}","sender":"robot","msgType":"text","text":{"content":"Build #512 is green"}}"#
        );
        let one = Chat::Receiver("bob".into());
        let file = MediaRef {
            media_id: "m-1".into(),
            name: Some("report.pdf".into()),
            size: Some(48213),
        };
        let msg = session_media(&one, "alice", SessionMedia::File, file).unwrap();
        assert_eq!(
            serde_json::to_value(&msg).unwrap(),
            json!({"receiver": "bob", "sender": "alice", "msgType": "file",
                   "file": {"media_id": "m-1", "name": "report.pdf", "size": 48213}})
        );
        assert_eq!(msg.recipients().users, vec!["bob".to_string()]);
        let voice = MediaRef {
            media_id: "v-1".into(),
            name: None,
            size: None,
        };
        let msg = session_media(&group, "alice", SessionMedia::Voice, voice).unwrap();
        assert_eq!(
            serde_json::to_value(&msg).unwrap()["voice"],
            json!({"media_id": "v-1"})
        );
        assert_eq!(msg.recipients().sessions, vec!["{8AD595F3}".to_string()]);
    }

    #[test]
    fn long_session_text_follows_on_long_and_the_sender_is_checked() {
        let group = Chat::Session("s".into());
        let text = "x".repeat(1300);
        let parts = session_text(&group, "a", &text, OnLong::Split).unwrap();
        assert_eq!(parts.messages.len(), 3);
        assert!(session_text(&group, "a", &text, OnLong::Fail).is_err());
        assert!(session_text(&group, "", "hi", OnLong::Fail).is_err());
        assert!(session_text(&group, &"a".repeat(65), "hi", OnLong::Fail).is_err());
        assert!(session_text(&Chat::Session(" ".into()), "a", "hi", OnLong::Fail).is_err());
    }
}
