//! Youdu message bodies (Youdu API: sending app messages): the inner JSON that is encrypted and sent to
//! `/cgi/msg/send`, and that `--dry-run` prints. One builder per message type; each applies the
//! documented limits (truncating with a warning where the API says "truncated automatically",
//! refusing where it documents a hard maximum) and batches the recipients.

use serde::{Deserialize, Serialize};

use super::PayloadError;
use super::recipients::{self, Limits, Recipients};
use super::text::{self, OnLong, optional, required};

/// Per-request recipient limits: 1000 accounts, 100 departments, 1000 e-mail addresses.
pub const LIMITS: Limits = Limits {
    users: 1000,
    depts: 100,
    emails: 1000,
    // Youdu has no tags; the list is always empty.
    tags: 1,
    flags: "--to-user or --to-dept, or set to_user / to_dept in the profile",
};
/// Text, sms and mpnews content limit in characters.
pub const TEXT_LIMIT: usize = 600;
/// Title limit of mpnews (truncated), link, exlink and sysMsg (hard maximum).
pub const TITLE_LIMIT: usize = 64;
/// Digest limit of mpnews and exlink (truncated).
pub const DIGEST_LIMIT: usize = 120;
/// At most this many mpnews articles or exlink items in one message.
pub const MAX_ITEMS: usize = 5;

/// One message: recipients joined by `|`, and the body under its `msgType`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Message {
    #[serde(rename = "toUser", skip_serializing_if = "String::is_empty")]
    pub to_user: String,
    #[serde(rename = "toDept", skip_serializing_if = "String::is_empty")]
    pub to_dept: String,
    #[serde(rename = "toEmail", skip_serializing_if = "String::is_empty")]
    pub to_email: String,
    #[serde(rename = "toAll", skip_serializing_if = "Option::is_none")]
    pub to_all: Option<ToAll>,
    #[serde(flatten)]
    pub body: Body,
}

/// `toAll` of a system message. The docs' table spells the key `onlyOnline`, their example
/// `onliyOnline`; no source shows which the server reads, so both are sent (Youdu API: toAll for system messages).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ToAll {
    #[serde(rename = "onlyOnline")]
    pub only_online: bool,
    #[serde(rename = "onliyOnline")]
    pub only_online_typo: bool,
}

/// The message types, tagged by `msgType`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "msgType")]
pub enum Body {
    #[serde(rename = "text")]
    Text { text: Content },
    #[serde(rename = "image")]
    Image { image: Media },
    #[serde(rename = "file")]
    File { file: Media },
    #[serde(rename = "mpnews")]
    Mpnews { mpnews: Vec<Article> },
    #[serde(rename = "link")]
    Link { link: Link },
    #[serde(rename = "exlink")]
    Exlink { exlink: Vec<ExlinkItem> },
    #[serde(rename = "sysMsg")]
    SysMsg {
        #[serde(rename = "sysMsg")]
        sys_msg: SysMsg,
    },
    #[serde(rename = "sms")]
    Sms { sms: Sms },
    #[serde(rename = "mail")]
    Mail { mail: Mail },
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Content {
    pub content: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Media {
    pub media_id: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Article {
    pub title: String,
    pub media_id: String,
    pub content: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub digest: Option<String>,
    #[serde(rename = "showFront", skip_serializing_if = "Option::is_none")]
    pub show_front: Option<u8>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Link {
    pub title: String,
    pub url: String,
    pub action: u8,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExlinkItem {
    pub title: String,
    pub url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub digest: Option<String>,
    pub media_id: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SysMsg {
    pub title: String,
    #[serde(rename = "popDuration", skip_serializing_if = "Option::is_none")]
    pub pop_duration: Option<i64>,
    pub msg: Vec<SysItem>,
}

/// An item of a system message: text or a link, kept in command-line order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum SysItem {
    #[serde(rename = "text")]
    Text(Content),
    #[serde(rename = "link")]
    Link(Link),
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Sms {
    pub from: String,
    pub content: String,
}

/// `new` (a new mail) or `unread` (the unread count).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MailAction {
    New,
    Unread,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mail {
    pub action: MailAction,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    #[serde(rename = "fromUser", skip_serializing_if = "Option::is_none")]
    pub from_user: Option<String>,
    #[serde(rename = "fromEmail", skip_serializing_if = "Option::is_none")]
    pub from_email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    #[serde(rename = "unreadCount", skip_serializing_if = "Option::is_none")]
    pub unread_count: Option<u32>,
}

/// Messages ready to send, and the warnings about what was cut.
pub type Built = super::Built<Message>;

/// How to address a message.
#[derive(Debug, Clone, Default)]
pub struct Addressing {
    pub to: Recipients,
    /// Several requests when over the limits (else an error).
    pub split: bool,
    /// A system message to everyone (`--to-all`): recipients become optional.
    pub to_all: Option<ToAll>,
}

/// Every body to every recipient batch.
fn address(bodies: Vec<Body>, how: &Addressing) -> Result<Vec<Message>, PayloadError> {
    let batches = if how.to_all.is_some() && how.to.is_empty() {
        vec![Recipients::default()]
    } else {
        recipients::batches(&how.to, LIMITS, how.split)?
    };
    Ok(bodies
        .into_iter()
        .flat_map(|body| {
            batches.iter().map(move |r| Message {
                to_user: r.users.join("|"),
                to_dept: r.depts.join("|"),
                to_email: r.emails.join("|"),
                to_all: how.to_all,
                body: body.clone(),
            })
        })
        .collect())
}

/// Content fitted to 600 characters, with the truncation warning.
fn fit_content(
    content: &str,
    on_long: OnLong,
    warnings: &mut Vec<String>,
) -> Result<Vec<String>, PayloadError> {
    let rule = format!("Youdu allows {TEXT_LIMIT}");
    text::fit_content(content, TEXT_LIMIT, on_long, &rule, warnings)
}

/// A field the API truncates: cut with a warning naming it.
fn truncated(value: &str, limit: usize, what: &str, warnings: &mut Vec<String>) -> String {
    let len = value.chars().count();
    if len <= limit {
        return value.to_string();
    }
    warnings.push(format!(
        "{what} is {len} characters; Youdu keeps {limit}: the last {} were cut",
        len - limit
    ));
    text::truncate(value, limit).to_string()
}

/// A field with a hard maximum: refuse over it, and refuse it empty.
fn bounded(value: &str, limit: usize, what: &str) -> Result<String, PayloadError> {
    text::bounded(value, limit, what, "Youdu")
}

/// `text`: content fitted to 600 characters per `on_long`.
pub fn text(content: &str, on_long: OnLong, how: &Addressing) -> Result<Built, PayloadError> {
    let mut warnings = Vec::new();
    let parts = fit_content(content, on_long, &mut warnings)?;
    let bodies = parts
        .into_iter()
        .map(|content| Body::Text {
            text: Content { content },
        })
        .collect();
    Ok(Built {
        messages: address(bodies, how)?,
        warnings,
    })
}

/// `image` or `file` with a media id.
pub fn media(kind: MediaKind, media_id: &str, how: &Addressing) -> Result<Built, PayloadError> {
    let media = Media {
        media_id: required(media_id, "--media-id")?,
    };
    let body = match kind {
        MediaKind::Image => Body::Image { image: media },
        MediaKind::File => Body::File { file: media },
    };
    Ok(Built {
        messages: address(vec![body], how)?,
        warnings: Vec::new(),
    })
}

/// Which media message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaKind {
    Image,
    File,
}

/// An mpnews article as given; `media_id` is the cover's id (uploaded or given).
#[derive(Debug, Clone, Default)]
pub struct ArticleInput {
    pub title: String,
    pub content: String,
    pub digest: Option<String>,
    pub media_id: String,
    pub show_front: Option<bool>,
}

/// `mpnews`: 1 to 5 articles; title 64, content 600 and digest 120 truncated with warnings; a
/// cover is required.
pub fn mpnews(articles: &[ArticleInput], how: &Addressing) -> Result<Built, PayloadError> {
    count_items(articles.len(), "articles")?;
    let mut warnings = Vec::new();
    let mut out = Vec::with_capacity(articles.len());
    for (i, a) in articles.iter().enumerate() {
        let which = |field: &str| {
            if articles.len() == 1 {
                field.to_string()
            } else {
                format!("article {} {field}", i + 1)
            }
        };
        let title = required(&a.title, &which("title"))?;
        let content = text::normalize(&a.content, &which("content"))?;
        out.push(Article {
            title: truncated(&title, TITLE_LIMIT, &which("title"), &mut warnings),
            media_id: cover(&a.media_id, || which("cover"))?,
            content: truncated(&content, TEXT_LIMIT, &which("content"), &mut warnings),
            digest: optional(a.digest.as_deref())
                .map(|d| truncated(&d, DIGEST_LIMIT, &which("digest"), &mut warnings)),
            show_front: a.show_front.map(u8::from),
        });
    }
    Ok(Built {
        messages: address(vec![Body::Mpnews { mpnews: out }], how)?,
        warnings,
    })
}

/// An article's cover media id. Empty only when no cover was given at all: an empty
/// `--cover-media-id`, `cover` or `media_id` is refused where it is read.
fn cover(media_id: &str, which: impl Fn() -> String) -> Result<String, PayloadError> {
    let id = media_id.trim();
    if id.is_empty() {
        return Err(PayloadError::Invalid {
            what: which(),
            problem: "is missing: give --cover FILE or --cover-media-id ID (in an --articles file: cover or media_id)".into(),
        });
    }
    Ok(id.to_string())
}

fn count_items(n: usize, what: &str) -> Result<(), PayloadError> {
    if n == 0 {
        return Err(PayloadError::Empty { what: what.into() });
    }
    if n > MAX_ITEMS {
        return Err(PayloadError::TooMany {
            what: what.into(),
            count: n,
            limit: MAX_ITEMS,
        });
    }
    Ok(())
}

/// `link`: title at most 64 (hard), a URL, action 1 with SSO.
pub fn link(title: &str, url: &str, sso: bool, how: &Addressing) -> Result<Built, PayloadError> {
    let link = Link {
        title: bounded(title, TITLE_LIMIT, "--title")?,
        url: required(url, "--url")?,
        action: u8::from(sso),
    };
    Ok(Built {
        messages: address(vec![Body::Link { link }], how)?,
        warnings: Vec::new(),
    })
}

/// An exlink item as given; `media_id` is the cover's id, empty when there is none.
#[derive(Debug, Clone, Default)]
pub struct ExlinkInput {
    pub title: String,
    pub url: String,
    pub digest: Option<String>,
    pub media_id: String,
}

/// `exlink`: 1 to 5 items; title at most 64 (hard), digest 120 truncated.
pub fn exlink(items: &[ExlinkInput], how: &Addressing) -> Result<Built, PayloadError> {
    count_items(items.len(), "items")?;
    let mut warnings = Vec::new();
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let which = |field: &str| {
            if items.len() == 1 {
                field.to_string()
            } else {
                format!("item {} {field}", i + 1)
            }
        };
        out.push(ExlinkItem {
            title: bounded(&item.title, TITLE_LIMIT, &which("title"))?,
            url: required(&item.url, &which("url"))?,
            digest: optional(item.digest.as_deref())
                .map(|d| truncated(&d, DIGEST_LIMIT, &which("digest"), &mut warnings)),
            media_id: item.media_id.trim().to_string(),
        });
    }
    Ok(Built {
        messages: address(vec![Body::Exlink { exlink: out }], how)?,
        warnings,
    })
}

/// `sysMsg`: a title at most 64 (hard) and at least one text or link item, in order.
pub fn sysmsg(
    title: &str,
    items: Vec<SysItem>,
    pop_duration: Option<i64>,
    how: &Addressing,
) -> Result<Built, PayloadError> {
    let title = bounded(title, TITLE_LIMIT, "--title")?;
    if items.is_empty() {
        return Err(PayloadError::Empty {
            what: "the system message (give --text or --link)".into(),
        });
    }
    for item in &items {
        match item {
            SysItem::Text(t) => {
                required(&t.content, "--text")?;
            }
            SysItem::Link(l) => {
                required(&l.title, "--link title")?;
                required(&l.url, "--link url")?;
            }
        }
    }
    let body = Body::SysMsg {
        sys_msg: SysMsg {
            title,
            pop_duration,
            msg: items,
        },
    };
    Ok(Built {
        messages: address(vec![body], how)?,
        warnings: Vec::new(),
    })
}

/// `sms`: a phone number and content fitted to 600 characters.
pub fn sms(
    from: &str,
    content: &str,
    on_long: OnLong,
    how: &Addressing,
) -> Result<Built, PayloadError> {
    let from = required(from, "--from")?;
    let mut warnings = Vec::new();
    let parts = fit_content(content, on_long, &mut warnings)?;
    let bodies = parts
        .into_iter()
        .map(|content| Body::Sms {
            sms: Sms {
                from: from.clone(),
                content,
            },
        })
        .collect();
    Ok(Built {
        messages: address(bodies, how)?,
        warnings,
    })
}

/// `mail`: accounts and addresses go in separate requests, since the server ignores `toEmail`
/// when `toUser` is set; no departments.
pub fn mail(mail: Mail, how: &Addressing) -> Result<Built, PayloadError> {
    if !how.to.depts.is_empty() {
        return Err(PayloadError::NotFor {
            what: "--to-dept".into(),
            message: "mail messages".into(),
        });
    }
    let not_for = |what: &str, action: &str| PayloadError::NotFor {
        what: what.into(),
        message: format!("--action {action}"),
    };
    match mail.action {
        MailAction::New if mail.unread_count.is_some() => {
            return Err(not_for("--unread-count", "new"));
        }
        MailAction::Unread => {
            let given = [
                ("--subject", mail.subject.is_some()),
                ("--from-user", mail.from_user.is_some()),
                ("--from-email", mail.from_email.is_some()),
                ("--link", mail.link.is_some()),
            ];
            if let Some((flag, _)) = given.iter().find(|(_, g)| *g) {
                return Err(not_for(flag, "unread"));
            }
        }
        MailAction::New => {}
    }
    let body = Body::Mail { mail };
    let mut messages = Vec::new();
    if !how.to.users.is_empty() {
        let users = Addressing {
            to: Recipients {
                users: how.to.users.clone(),
                ..Recipients::default()
            },
            ..how.clone()
        };
        messages.extend(address(vec![body.clone()], &users)?);
    }
    if !how.to.emails.is_empty() {
        let emails = Addressing {
            to: Recipients {
                emails: how.to.emails.clone(),
                ..Recipients::default()
            },
            ..how.clone()
        };
        messages.extend(address(vec![body], &emails)?);
    }
    if messages.is_empty() {
        return Err(PayloadError::NoRecipients(LIMITS.flags));
    }
    Ok(Built {
        messages,
        warnings: Vec::new(),
    })
}

impl Message {
    /// Whom this request goes to (none for a system message to everyone).
    pub fn recipients(&self) -> Recipients {
        Recipients {
            users: recipients::joined(&self.to_user),
            depts: recipients::joined(&self.to_dept),
            emails: recipients::joined(&self.to_email),
            ..Recipients::default()
        }
    }
}

/// An mpnews article as written in a file.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ArticleEntry {
    pub title: String,
    pub content: String,
    pub digest: Option<String>,
    /// A local image, uploaded first.
    pub cover: Option<String>,
    /// An existing media id for the cover.
    pub media_id: Option<String>,
    pub show_front: Option<bool>,
}

/// An exlink item as written in a file.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ItemEntry {
    pub title: String,
    pub url: String,
    pub digest: Option<String>,
    pub cover: Option<String>,
    pub media_id: Option<String>,
}

mod popup;
mod session;

pub use popup::*;
pub use session::*;

#[cfg(test)]
mod tests;
