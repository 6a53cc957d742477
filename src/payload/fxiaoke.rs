//! Fxiaoke message bodies (Fxiaoke API: sending messages): the JSON posted to `/cgi/message/send` (or,
//! with a service id, `/cgi/app/message/send`) and printed by `--dry-run`, without credentials.
//! One builder per message type; the documented maxima are hard limits (the docs never say
//! "truncated"), the text length limit is corpmsg's own, as the API documents none.

use serde::{Deserialize, Serialize};

use super::PayloadError;
use super::recipients::{self, Limits, Recipients};
use super::text::{self, OnLong, optional, required};

/// How Fxiaoke calls are authorised (Fxiaoke API: authorization styles).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FxiaokeAuth {
    /// `/oauth2.0/token`, then `authorization`, `x-fs-ea` and `x-fs-userid` headers.
    #[default]
    Oauth,
    /// `/cgi/corpAccessToken/get/V2`, then `corpAccessToken` and `corpId` in every body.
    Legacy,
}

impl FxiaokeAuth {
    pub(crate) fn name(self) -> &'static str {
        match self {
            FxiaokeAuth::Oauth => "oauth",
            FxiaokeAuth::Legacy => "legacy",
        }
    }
}

/// What `toUser` ids are (Fxiaoke API: the toUser id kinds).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum UserIdKind {
    /// Open user ids, `FSUID_…`.
    #[default]
    Open,
    /// Numeric CRM employee ids.
    Employee,
}

const PROVIDER: &str = "Fxiaoke";

/// At most 500 `toUser` ids per request.
pub(crate) const LIMITS: Limits = Limits {
    users: 500,
    // Fxiaoke messages have no departments, addresses or tags; these lists are always empty.
    depts: 1,
    emails: 1,
    tags: 1,
    flags: "--to-user or --to-mobile, or set to_user in the profile",
};
/// Text content limit: not documented; corpmsg's own conservative default (Fxiaoke API: text messages),
/// which a profile changes with `text_limit`.
pub(crate) const TEXT_LIMIT: usize = 4000;
/// The bounds of a profile's `text_limit`.
pub(crate) const TEXT_LIMIT_RANGE: std::ops::RangeInclusive<usize> = 1..=100_000;
/// Composite form rows (Fxiaoke API: composite cards: a third-party SDK's cap, kept as a hard maximum).
pub(crate) const MAX_FORM_ROWS: usize = 6;
/// Articles per message (Fxiaoke API: image-text articles).
pub(crate) const MAX_ARTICLES: usize = 7;
pub(crate) const ARTICLE_TITLE_LIMIT: usize = 45;
pub(crate) const ARTICLE_AUTHOR_LIMIT: usize = 8;
pub(crate) const ARTICLE_DESCRIPTION_LIMIT: usize = 140;

/// One request body, credentials left out.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Message {
    /// The service account (`--service-id`), sent through `/cgi/app/message/send`.
    #[serde(rename = "serviceId", skip_serializing_if = "Option::is_none")]
    pub service_id: Option<String>,
    #[serde(rename = "toUser")]
    pub to_user: Vec<String>,
    #[serde(rename = "convertUserId", skip_serializing_if = "Option::is_none")]
    pub convert_user_id: Option<bool>,
    #[serde(rename = "convertMediaId", skip_serializing_if = "Option::is_none")]
    pub convert_media_id: Option<bool>,
    #[serde(flatten)]
    pub body: Body,
}

/// The message types, tagged by `msgType`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "msgType")]
pub(crate) enum Body {
    #[serde(rename = "text")]
    Text { text: Content },
    #[serde(rename = "composite")]
    Composite { composite: Composite },
    #[serde(rename = "articles")]
    Articles { articles: Vec<Article> },
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Content {
    pub content: String,
}

/// A composite card (Fxiaoke API: composite cards): every part a nested object.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Composite {
    pub head: Head,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first: Option<Content>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub form: Vec<Row>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remark: Option<Content>,
    pub link: Link,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Head {
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Row {
    pub label: String,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Link {
    pub title: String,
    pub url: String,
}

/// An image-text article (Fxiaoke API: image-text articles).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Article {
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub cover_image: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cover_image_in_content: Option<bool>,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub content: String,
}

/// Messages ready to send, and the warnings about what was cut.
pub(crate) type Built = super::Built<Message>;

/// How to address a message.
#[derive(Debug, Clone, Default)]
pub(crate) struct Addressing {
    pub auth: FxiaokeAuth,
    /// What `users` hold.
    pub kind: UserIdKind,
    /// Ids as the user gave them (`--to-user` or the profile's `to_user`), deduplicated.
    pub users: Vec<String>,
    /// Open user ids resolved from phone numbers (not checked: they come from the server, or
    /// are dry-run placeholders).
    pub resolved: Vec<String>,
    /// Several requests when over 500 recipients (else an error).
    pub split: bool,
    pub service_id: Option<String>,
}

/// Recipients of one id kind, with the `convertUserId` they need.
type Group = (Vec<String>, Option<bool>);

impl Addressing {
    /// The recipient groups, each with the `convertUserId` its id kind needs (Fxiaoke API: the toUser id kinds):
    /// one request cannot mix id kinds, so phone-resolved open ids go apart in employee mode.
    fn groups(&self) -> Result<Vec<Group>, PayloadError> {
        check_ids(&self.users, self.kind)?;
        let convert = |kind| match (self.auth, kind) {
            (FxiaokeAuth::Oauth, UserIdKind::Open) => Some(true),
            (FxiaokeAuth::Oauth, UserIdKind::Employee) => None,
            (FxiaokeAuth::Legacy, UserIdKind::Open) => None,
            (FxiaokeAuth::Legacy, UserIdKind::Employee) => Some(false),
        };
        let groups = match self.kind {
            UserIdKind::Open => {
                let mut all = self.users.clone();
                all.extend(self.resolved.iter().cloned());
                vec![(recipients::dedup(all), convert(UserIdKind::Open))]
            }
            UserIdKind::Employee => vec![
                (self.users.clone(), convert(UserIdKind::Employee)),
                (
                    recipients::dedup(self.resolved.clone()),
                    convert(UserIdKind::Open),
                ),
            ],
        };
        Ok(groups.into_iter().filter(|(u, _)| !u.is_empty()).collect())
    }
}

/// Whether `id` has the shape of an open user id: `FSUID_` and letters, digits, `_` or `-`.
pub(crate) fn is_open_id(id: &str) -> bool {
    id.strip_prefix("FSUID_").is_some_and(|rest| {
        !rest.is_empty()
            && rest
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
    })
}

/// Checks that the ids given are of the profile's kind: open ids, or digits.
pub(crate) fn check_ids(users: &[String], kind: UserIdKind) -> Result<(), PayloadError> {
    let bad = match kind {
        UserIdKind::Open => users.iter().find(|u| !is_open_id(u)),
        UserIdKind::Employee => users
            .iter()
            .find(|u| u.is_empty() || !u.bytes().all(|b| b.is_ascii_digit())),
    };
    match (bad, kind) {
        (None, _) => Ok(()),
        (Some(id), UserIdKind::Open) => Err(PayloadError::BadUserId {
            value: id.clone(),
            problem: "is not an open user id (FSUID_…); for numeric employee ids set user_id_kind = \"employee\" in the profile",
        }),
        (Some(id), UserIdKind::Employee) => Err(PayloadError::BadUserId {
            value: id.clone(),
            problem: "is not an employee id (digits), which the profile's user_id_kind = \"employee\" asks for",
        }),
    }
}

/// Every body to every recipient batch, in batches of at most 500.
fn address(bodies: Vec<Body>, how: &Addressing) -> Result<Vec<Message>, PayloadError> {
    let groups = how.groups()?;
    if groups.is_empty() {
        return Err(PayloadError::NoRecipients(LIMITS.flags));
    }
    let total: usize = groups.iter().map(|(u, _)| u.len()).sum();
    if !how.split && total > LIMITS.users {
        return Err(PayloadError::NeedsSplit {
            what: "recipients".into(),
            count: total,
            limit: LIMITS.users,
        });
    }
    let mut batches = Vec::new();
    for (users, convert) in groups {
        let to = Recipients {
            users,
            ..Recipients::default()
        };
        for batch in recipients::batches(&to, LIMITS, true)? {
            batches.push((batch.users, convert));
        }
    }
    Ok(bodies
        .into_iter()
        .flat_map(|body| {
            batches.iter().map(move |(users, convert)| Message {
                service_id: how.service_id.clone(),
                to_user: users.clone(),
                convert_user_id: *convert,
                convert_media_id: None,
                body: body.clone(),
            })
        })
        .collect())
}

/// `text`: content fitted to `limit` characters (the profile's `text_limit`, by default
/// [`TEXT_LIMIT`]) per `on_long`. No Fxiaoke page documents a maximum: the limit is corpmsg's.
pub(crate) fn text(
    content: &str,
    on_long: OnLong,
    limit: usize,
    how: &Addressing,
) -> Result<Built, PayloadError> {
    let mut warnings = Vec::new();
    let rule = format!(
        "corpmsg cuts {PROVIDER} text at {limit} (its own safety limit; raise it with text_limit in the profile)"
    );
    let parts = text::fit_content(content, limit, on_long, &rule, &mut warnings)?;
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

/// A composite card as given.
#[derive(Debug, Clone, Default)]
pub(crate) struct CompositeInput {
    pub title: String,
    pub first: Option<String>,
    pub form: Vec<(String, String)>,
    pub remark: Option<String>,
    pub link_title: String,
    pub link_url: String,
}

/// `composite`: a title, optional first line, up to 6 form rows in order, a remark and a link.
pub(crate) fn composite(input: &CompositeInput, how: &Addressing) -> Result<Built, PayloadError> {
    if input.form.len() > MAX_FORM_ROWS {
        return Err(PayloadError::TooMany {
            what: "--field rows".into(),
            count: input.form.len(),
            limit: MAX_FORM_ROWS,
        });
    }
    let mut form = Vec::with_capacity(input.form.len());
    for (i, (label, value)) in input.form.iter().enumerate() {
        let which = |part: &str| format!("--field {} {part}", i + 1);
        form.push(Row {
            label: required(label, &which("label"))?,
            value: required(value, &which("value"))?,
        });
    }
    let composite = Composite {
        head: Head {
            title: required(&input.title, "--title")?,
        },
        first: optional(input.first.as_deref()).map(|content| Content { content }),
        form,
        remark: optional(input.remark.as_deref()).map(|content| Content { content }),
        link: Link {
            title: required(&input.link_title, "--link-title")?,
            url: required(&input.link_url, "--link-url")?,
        },
    };
    Ok(Built {
        messages: address(vec![Body::Composite { composite }], how)?,
        warnings: Vec::new(),
    })
}

/// What an article's content is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ArticleBody {
    /// Body text (`type: TEXT`).
    Text(String),
    /// A link (`type: URL`).
    Url(String),
}

impl Default for ArticleBody {
    fn default() -> Self {
        ArticleBody::Text(String::new())
    }
}

/// An article as given; `cover` is the media id (uploaded or given).
#[derive(Debug, Clone, Default)]
pub(crate) struct ArticleInput {
    pub title: String,
    pub author: Option<String>,
    pub description: Option<String>,
    pub cover: String,
    pub cover_in_content: Option<bool>,
    pub body: ArticleBody,
}

/// `articles`: 1 to 7 articles; title 45, author 8 and description 140 characters at most, a
/// cover image each.
pub(crate) fn articles(items: &[ArticleInput], how: &Addressing) -> Result<Built, PayloadError> {
    if items.is_empty() {
        return Err(PayloadError::Empty {
            what: "articles".into(),
        });
    }
    if items.len() > MAX_ARTICLES {
        return Err(PayloadError::TooMany {
            what: "articles".into(),
            count: items.len(),
            limit: MAX_ARTICLES,
        });
    }
    let mut out = Vec::with_capacity(items.len());
    for (i, a) in items.iter().enumerate() {
        let which = |field: &str| {
            if items.len() == 1 {
                format!("--{field}")
            } else {
                format!("article {} {field}", i + 1)
            }
        };
        let bounded_opt = |value: Option<&str>, limit, field: &str| {
            optional(value)
                .map(|v| text::bounded(&v, limit, &which(field), PROVIDER))
                .transpose()
        };
        let (kind, content) = match &a.body {
            ArticleBody::Text(t) => ("TEXT", text::normalize(t, &which("content"))?),
            ArticleBody::Url(u) => ("URL", required(u, &which("url"))?),
        };
        if kind == "URL" && a.cover_in_content == Some(true) {
            return Err(PayloadError::NotFor {
                what: which("cover-in-content"),
                message: "a URL article (it applies to body text only)".into(),
            });
        }
        if a.cover.trim().is_empty() {
            return Err(PayloadError::Invalid {
                what: if items.len() == 1 {
                    "a cover".into()
                } else {
                    format!("article {} cover", i + 1)
                },
                problem: "is required: give --cover FILE or --cover-media-id ID (in a file: cover or media_id)".into(),
            });
        }
        out.push(Article {
            title: text::bounded(&a.title, ARTICLE_TITLE_LIMIT, &which("title"), PROVIDER)?,
            author: bounded_opt(a.author.as_deref(), ARTICLE_AUTHOR_LIMIT, "author")?,
            description: bounded_opt(
                a.description.as_deref(),
                ARTICLE_DESCRIPTION_LIMIT,
                "description",
            )?,
            cover_image: a.cover.trim().to_string(),
            cover_image_in_content: a.cover_in_content.filter(|_| kind == "TEXT"),
            kind,
            content,
        });
    }
    let mut messages = address(vec![Body::Articles { articles: out }], how)?;
    // corpmsg always supplies media ids; under oauth the API wants to be told (Fxiaoke API: image-text articles).
    if how.auth == FxiaokeAuth::Oauth {
        for m in &mut messages {
            m.convert_media_id = Some(true);
        }
    }
    Ok(Built {
        messages,
        warnings: Vec::new(),
    })
}

impl Message {
    /// Whom this request goes to.
    pub(crate) fn recipients(&self) -> Recipients {
        Recipients {
            users: self.to_user.clone(),
            ..Default::default()
        }
    }
}

/// A Fxiaoke article as written in a file: `content` (body text) or `url`, not both.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ArticleEntry {
    pub title: String,
    pub author: Option<String>,
    pub description: Option<String>,
    pub content: Option<String>,
    pub url: Option<String>,
    pub cover: Option<String>,
    pub media_id: Option<String>,
    pub cover_in_content: Option<bool>,
}

#[cfg(test)]
mod tests;
