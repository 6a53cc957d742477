//! WeCom (企业微信) message bodies (WeCom protocol §4, §6): the JSON posted to
//! `/cgi-bin/message/send` by an app and to `/cgi-bin/webhook/send` by a group robot
//! ([`robot`]), and printed by `--dry-run`, without credentials (the token and the robot's key
//! travel in the URL).
//!
//! Every limit is in bytes of UTF-8 (protocol §10.7), except the button text's 4 characters; a
//! cut always falls between characters. Where the docs say the server cuts a field ("超过将截断":
//! titles, descriptions, the button text) it is cut here with a warning, so that corpmsg never
//! relies on the server to cut; where they give a bare maximum (URLs, the number of articles)
//! more is refused; the message contents follow `--on-long`.

use serde::{Deserialize, Serialize};

use super::PayloadError;
use super::recipients::{self, Limits, Recipients};
use super::text::{self, Measure, OnLong, optional, required};

pub mod robot;

pub(crate) const PROVIDER: &str = "WeCom";

/// Per-request recipient limits (protocol §4.1, §4.2): 1000 users, 100 parties, 100 tags.
pub const LIMITS: Limits = Limits {
    users: 1000,
    depts: 100,
    // WeCom has no e-mail recipients; the list is always empty.
    emails: 1,
    tags: 100,
    flags: "--to-user, --to-dept, --to-tag or --to-all, or set to_user / to_dept / to_tag in the profile",
};
/// Text content, in bytes (app and robot).
pub const TEXT_LIMIT: usize = 2048;
/// An app's markdown content, in bytes.
pub const APP_MARKDOWN_LIMIT: usize = 2048;
/// A robot's markdown content, in bytes.
pub const ROBOT_MARKDOWN_LIMIT: usize = 4096;
/// Textcard and news titles, in bytes (truncated).
pub const TITLE_LIMIT: usize = 128;
/// Textcard and news descriptions, in bytes (truncated).
pub const DESCRIPTION_LIMIT: usize = 512;
/// Textcard and news `url`, news `picurl`, in bytes, scheme included (a hard maximum).
pub const URL_LIMIT: usize = 2048;
/// A textcard's button text, in **characters** (truncated).
pub const BUTTON_LIMIT: usize = 4;
/// News articles per message.
pub const MAX_ARTICLES: usize = 8;
/// The longest server-side duplicate check, in seconds (4 hours).
pub const MAX_DEDUPE: u32 = 4 * 3600;

/// One app message (`/cgi-bin/message/send`): recipients joined by `|`, the app, the body under
/// its `msgtype`, and the duplicate check when asked for. No `safe`: corpmsg sends the
/// default (0, shareable), and `safe` on news is an error (40074).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Message {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub touser: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub toparty: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub totag: String,
    pub agentid: i64,
    #[serde(flatten)]
    pub body: Body,
    /// 1 with a dedupe interval, else left out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enable_duplicate_check: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duplicate_check_interval: Option<u32>,
}

/// An app message's types, tagged by `msgtype`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "msgtype", rename_all = "lowercase")]
pub enum Body {
    Text { text: Content },
    Markdown { markdown: Content },
    Image { image: Media },
    File { file: Media },
    Textcard { textcard: Textcard },
    News { news: News },
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
pub struct Textcard {
    pub title: String,
    pub description: String,
    pub url: String,
    /// Left out for the server's default, "详情".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub btntxt: Option<String>,
}

/// News articles (app and robot).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct News {
    pub articles: Vec<Article>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Article {
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub picurl: Option<String>,
}

/// App messages ready to send, and the warnings about what was cut.
pub type Built = super::Built<Message>;

/// How to address an app message.
#[derive(Debug, Clone, Default)]
pub struct Addressing {
    /// The app's id (`agent_id`), an integer.
    pub agent_id: i64,
    /// Users, parties (`depts`) and tags; e-mail addresses and sessions do not apply.
    pub to: Recipients,
    /// Everyone in the app's visible range (`--to-all`, `touser: "@all"`).
    pub to_all: bool,
    /// Several requests when over the limits (else an error).
    pub split: bool,
    /// Seconds of server-side duplicate check (`dedupe`, `--dedupe`); 0 is off.
    pub dedupe: u32,
}

/// Checks that every value of `flag` is a whole number (party and tag ids).
fn check_ids(ids: &[String], flag: &str, what: &str) -> Result<(), PayloadError> {
    match ids
        .iter()
        .find(|d| d.is_empty() || !d.bytes().all(|b| b.is_ascii_digit()))
    {
        Some(bad) => Err(PayloadError::Invalid {
            what: flag.into(),
            problem: format!(
                "{:?} is not a {what} id (a whole number)",
                text::printable(bad, 64)
            ),
        }),
        None => Ok(()),
    }
}

/// Removes repeated user ids; WeCom compares them without regard to case (protocol §4.4), so
/// the first spelling is kept.
fn dedup_users(users: &[String]) -> Vec<String> {
    let mut seen = std::collections::HashSet::with_capacity(users.len());
    users
        .iter()
        .filter(|u| seen.insert(u.to_lowercase()))
        .cloned()
        .collect()
}

impl Addressing {
    /// The recipient batches, each within [`LIMITS`]; one empty batch for `--to-all`.
    fn batches(&self) -> Result<Vec<Recipients>, PayloadError> {
        if self.agent_id <= 0 {
            return Err(PayloadError::Invalid {
                what: "agent_id".into(),
                problem: format!(
                    "is {}; it must be the app's AgentId, a positive whole number",
                    self.agent_id
                ),
            });
        }
        if self.dedupe > MAX_DEDUPE {
            return Err(PayloadError::Invalid {
                what: "--dedupe".into(),
                problem: format!(
                    "is {} seconds; WeCom checks duplicates over at most {MAX_DEDUPE} (4 hours)",
                    self.dedupe
                ),
            });
        }
        if let Some((flag, _)) = [
            ("--to-user", &self.to.users),
            ("--to-dept", &self.to.depts),
            ("--to-tag", &self.to.tags),
        ]
        .iter()
        .find(|(_, list)| self.to_all && !list.is_empty())
        {
            return Err(PayloadError::NotFor {
                what: (*flag).into(),
                message: "--to-all (which reaches everyone the app may message)".into(),
            });
        }
        if self.to_all {
            return Ok(vec![Recipients::default()]);
        }
        if self.to.users.iter().any(|u| u.eq_ignore_ascii_case("@all")) {
            return Err(PayloadError::Invalid {
                what: "--to-user".into(),
                problem: "holds \"@all\": use --to-all to message everyone".into(),
            });
        }
        check_ids(&self.to.depts, "--to-dept", "department")?;
        check_ids(&self.to.tags, "--to-tag", "tag")?;
        let to = Recipients {
            users: dedup_users(&self.to.users),
            depts: recipients::dedup(self.to.depts.clone()),
            tags: recipients::dedup(self.to.tags.clone()),
            ..Recipients::default()
        };
        recipients::batches(&to, LIMITS, self.split)
    }
}

/// Every body to every recipient batch.
fn address(bodies: Vec<Body>, how: &Addressing) -> Result<Vec<Message>, PayloadError> {
    let batches = how.batches()?;
    let dedupe = (how.dedupe > 0).then_some(how.dedupe);
    Ok(bodies
        .into_iter()
        .flat_map(|body| {
            batches.iter().map(move |r| Message {
                touser: if how.to_all {
                    "@all".into()
                } else {
                    r.users.join("|")
                },
                toparty: r.depts.join("|"),
                totag: r.tags.join("|"),
                agentid: how.agent_id,
                body: body.clone(),
                enable_duplicate_check: dedupe.map(|_| 1),
                duplicate_check_interval: dedupe,
            })
        })
        .collect())
}

/// Content fitted to `limit` bytes per `on_long`, with the truncation warning.
pub(crate) fn fit_content(
    content: &str,
    limit: usize,
    on_long: OnLong,
    warnings: &mut Vec<String>,
) -> Result<Vec<String>, PayloadError> {
    let rule = format!("{PROVIDER} allows {limit}");
    text::fit_content_in(Measure::Bytes, content, limit, on_long, &rule, warnings)
}

/// A field the server truncates: cut here at `limit` (in `measure`), with a warning naming it.
pub(crate) fn truncated(
    measure: Measure,
    value: &str,
    limit: usize,
    what: &str,
    warnings: &mut Vec<String>,
) -> String {
    let len = measure.len(value);
    if len <= limit {
        return value.to_string();
    }
    let kept = measure.prefix(value, limit);
    let unit = measure.unit();
    warnings.push(format!(
        "{what} is {len} {unit}; {PROVIDER} allows {limit}: the last {} {unit} were cut",
        len - measure.len(kept)
    ));
    kept.to_string()
}

/// A URL: required, at most 2048 bytes (a hard maximum).
pub(crate) fn url(value: &str, what: &str) -> Result<String, PayloadError> {
    text::bounded_in(Measure::Bytes, value, URL_LIMIT, what, PROVIDER)
}

/// `text`: content fitted to 2048 bytes per `on_long`.
pub fn text(content: &str, on_long: OnLong, how: &Addressing) -> Result<Built, PayloadError> {
    let mut warnings = Vec::new();
    let parts = fit_content(content, TEXT_LIMIT, on_long, &mut warnings)?;
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

/// `markdown`: content fitted to 2048 bytes per `on_long`.
pub fn markdown(content: &str, on_long: OnLong, how: &Addressing) -> Result<Built, PayloadError> {
    let mut warnings = Vec::new();
    let parts = fit_content(content, APP_MARKDOWN_LIMIT, on_long, &mut warnings)?;
    let bodies = parts
        .into_iter()
        .map(|content| Body::Markdown {
            markdown: Content { content },
        })
        .collect();
    Ok(Built {
        messages: address(bodies, how)?,
        warnings,
    })
}

/// Which media message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaKind {
    Image,
    File,
}

/// `image` or `file` with a media id (uploaded through `/cgi-bin/media/upload`).
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

/// A textcard as given.
#[derive(Debug, Clone, Default)]
pub struct TextcardInput {
    pub title: String,
    pub description: String,
    pub url: String,
    /// `--button`; the server shows "详情" without one.
    pub button: Option<String>,
}

/// `textcard`: title 128 and description 512 bytes (cut with a warning), a URL of at most 2048
/// bytes, a button text of at most 4 characters (cut with a warning).
pub fn textcard(input: &TextcardInput, how: &Addressing) -> Result<Built, PayloadError> {
    let mut warnings = Vec::new();
    let title = required(&input.title, "--title")?;
    let description = text::normalize(&input.description, "--description")?;
    let textcard = Textcard {
        title: truncated(
            Measure::Bytes,
            &title,
            TITLE_LIMIT,
            "--title",
            &mut warnings,
        ),
        description: truncated(
            Measure::Bytes,
            &description,
            DESCRIPTION_LIMIT,
            "--description",
            &mut warnings,
        ),
        url: url(&input.url, "--url")?,
        btntxt: optional(input.button.as_deref())
            .map(|b| truncated(Measure::Chars, &b, BUTTON_LIMIT, "--button", &mut warnings)),
    };
    Ok(Built {
        messages: address(vec![Body::Textcard { textcard }], how)?,
        warnings,
    })
}

/// A news article as given (app and robot).
#[derive(Debug, Clone, Default)]
pub struct ArticleInput {
    pub title: String,
    pub description: Option<String>,
    pub url: String,
    /// The cover: an image URL (JPG or PNG), not a media id.
    pub picurl: Option<String>,
}

/// 1 to 8 articles: titles 128 and descriptions 512 bytes (cut with warnings), `url` required
/// and, like `picurl`, at most 2048 bytes.
pub(crate) fn articles(
    items: &[ArticleInput],
    warnings: &mut Vec<String>,
) -> Result<News, PayloadError> {
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
        let title = required(&a.title, &which("title"))?;
        out.push(Article {
            title: truncated(
                Measure::Bytes,
                &title,
                TITLE_LIMIT,
                &which("title"),
                warnings,
            ),
            description: optional(a.description.as_deref()).map(|d| {
                truncated(
                    Measure::Bytes,
                    &d,
                    DESCRIPTION_LIMIT,
                    &which("description"),
                    warnings,
                )
            }),
            url: url(&a.url, &which("url"))?,
            picurl: optional(a.picurl.as_deref())
                .map(|p| url(&p, &which("picurl")))
                .transpose()?,
        });
    }
    Ok(News { articles: out })
}

/// `news`: 1 to 8 articles.
pub fn news(items: &[ArticleInput], how: &Addressing) -> Result<Built, PayloadError> {
    let mut warnings = Vec::new();
    let news = articles(items, &mut warnings)?;
    Ok(Built {
        messages: address(vec![Body::News { news }], how)?,
        warnings,
    })
}

impl Message {
    /// Whom this request goes to; a message to everyone shows the user `@all`.
    pub fn recipients(&self) -> Recipients {
        Recipients {
            users: recipients::joined(&self.touser),
            depts: recipients::joined(&self.toparty),
            tags: recipients::joined(&self.totag),
            ..Recipients::default()
        }
    }
}

/// A news article as written in an `--articles` file (app and robot).
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ArticleEntry {
    pub title: String,
    pub description: Option<String>,
    pub url: String,
    /// The cover image's URL.
    pub picurl: Option<String>,
}

impl From<ArticleEntry> for ArticleInput {
    fn from(e: ArticleEntry) -> Self {
        ArticleInput {
            title: e.title,
            description: e.description,
            url: e.url,
            picurl: e.picurl,
        }
    }
}

#[cfg(test)]
mod tests;
