//! Group robot messages (WeCom protocol §6): the JSON posted to `/cgi-bin/webhook/send?key=KEY`.
//! No recipients (the message goes to the robot's group), no duplicate check; mentions only on
//! text.

use base64::Engine as _;
use serde::Serialize;

pub use super::ArticleInput;
use super::{
    Content, Media, News, PROVIDER, ROBOT_MARKDOWN_LIMIT, TEXT_LIMIT, articles, fit_content,
};
use crate::payload::PayloadError;
use crate::payload::recipients;
use crate::payload::text::{self, OnLong, required};

/// The largest image, in bytes before Base64 (2 MB, protocol §6.2).
pub const IMAGE_LIMIT: usize = 2 * 1024 * 1024;
/// A robot accepts at most this many messages a minute (protocol §6.3).
pub const PER_MINUTE: usize = 20;

/// One robot message, tagged by `msgtype`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "msgtype", rename_all = "lowercase")]
pub enum Message {
    Text { text: Text },
    Markdown { markdown: Content },
    Image { image: Image },
    File { file: Media },
    News { news: News },
}

/// Text with its mentions (arrays, unlike an app's `|`-joined lists), left out when empty.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Text {
    pub content: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub mentioned_list: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub mentioned_mobile_list: Vec<String>,
}

/// An image inline: the file in Base64 and the MD5 (lower-case hex) of the bytes before it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Image {
    pub base64: String,
    pub md5: String,
}

/// Robot messages ready to send, and the warnings about what was cut or may be dropped.
pub type Built = crate::payload::Built<Message>;

/// Whom a text message mentions: user ids (`--mention`) and mobile numbers
/// (`--mention-mobile`), either may be `@all`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Mentions {
    pub users: Vec<String>,
    pub mobiles: Vec<String>,
}

impl Mentions {
    /// Trimmed, repeats removed; a blank value or a mobile number of other than digits (with an
    /// optional leading `+`) is refused.
    fn checked(&self) -> Result<Mentions, PayloadError> {
        let list = |values: &[String], flag: &str| -> Result<Vec<String>, PayloadError> {
            let mut out = Vec::with_capacity(values.len());
            for v in values {
                out.push(required(v, flag)?);
            }
            Ok(recipients::dedup(out))
        };
        let users = list(&self.users, "--mention")?;
        let mobiles = list(&self.mobiles, "--mention-mobile")?;
        if let Some(bad) = mobiles.iter().find(|m| {
            let digits = m.strip_prefix('+').unwrap_or(m);
            *m != "@all" && (digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()))
        }) {
            return Err(PayloadError::Invalid {
                what: "--mention-mobile".into(),
                problem: format!(
                    "{:?} is not a mobile number (digits, optionally after +) or @all",
                    text::printable(bad, 64)
                ),
            });
        }
        Ok(Mentions { users, mobiles })
    }
}

/// A warning when split parts exceed what a robot accepts in a minute.
fn rate_warning(parts: usize, warnings: &mut Vec<String>) {
    if parts > PER_MINUTE {
        warnings.push(format!(
            "the content makes {parts} messages; a {PROVIDER} robot accepts {PER_MINUTE} a minute, so the rest wait for the rate limit"
        ));
    }
}

/// `text`: content fitted to 2048 bytes per `on_long`. The mentions go with the first part only,
/// so that a split message notifies once.
pub fn text(content: &str, on_long: OnLong, mentions: &Mentions) -> Result<Built, PayloadError> {
    let mentions = mentions.checked()?;
    let mut warnings = Vec::new();
    let parts = fit_content(content, TEXT_LIMIT, on_long, &mut warnings)?;
    rate_warning(parts.len(), &mut warnings);
    let messages = parts
        .into_iter()
        .enumerate()
        .map(|(i, content)| {
            let (mentioned_list, mentioned_mobile_list) = if i == 0 {
                (mentions.users.clone(), mentions.mobiles.clone())
            } else {
                (Vec::new(), Vec::new())
            };
            Message::Text {
                text: Text {
                    content,
                    mentioned_list,
                    mentioned_mobile_list,
                },
            }
        })
        .collect();
    Ok(Built { messages, warnings })
}

/// `markdown`: content fitted to 4096 bytes per `on_long`; mention with `<@userid>` in the
/// content (the mention arrays work on text only).
pub fn markdown(content: &str, on_long: OnLong) -> Result<Built, PayloadError> {
    let mut warnings = Vec::new();
    let parts = fit_content(content, ROBOT_MARKDOWN_LIMIT, on_long, &mut warnings)?;
    rate_warning(parts.len(), &mut warnings);
    let messages = parts
        .into_iter()
        .map(|content| Message::Markdown {
            markdown: Content { content },
        })
        .collect();
    Ok(Built { messages, warnings })
}

/// Whether `bytes` start as a PNG or a JPEG file does (also the sandbox's check of what WeCom
/// takes as an image).
pub(crate) fn is_png_or_jpeg(bytes: &[u8]) -> bool {
    bytes.starts_with(b"\x89PNG\r\n\x1a\n") || bytes.starts_with(&[0xFF, 0xD8, 0xFF])
}

/// `image`: the file's bytes, at most 2 MB, JPG or PNG, sent in Base64 with `md5`, the MD5 of
/// the same bytes in hex (computed by the caller: the crate has no MD5 of its own). The hex is
/// sent in lower case.
pub fn image(bytes: &[u8], md5: &str) -> Result<Built, PayloadError> {
    if bytes.is_empty() {
        return Err(PayloadError::Empty {
            what: "the image".into(),
        });
    }
    if bytes.len() > IMAGE_LIMIT {
        return Err(PayloadError::Invalid {
            what: "the image".into(),
            problem: format!(
                "is {} bytes; a {PROVIDER} robot accepts at most {IMAGE_LIMIT} (2 MB)",
                bytes.len()
            ),
        });
    }
    if !is_png_or_jpeg(bytes) {
        return Err(PayloadError::Invalid {
            what: "the image".into(),
            problem: format!("is not a JPG or PNG file, the only kinds a {PROVIDER} robot shows"),
        });
    }
    let md5 = md5.trim().to_ascii_lowercase();
    if md5.len() != 32 || !md5.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(PayloadError::Invalid {
            what: "the image's MD5".into(),
            problem: "must be 32 hexadecimal digits".into(),
        });
    }
    let image = Image {
        base64: base64::engine::general_purpose::STANDARD.encode(bytes),
        md5,
    };
    Ok(Built {
        messages: vec![Message::Image { image }],
        warnings: Vec::new(),
    })
}

/// `file`: a media id uploaded by this robot (`/cgi-bin/webhook/upload_media`).
pub fn file(media_id: &str) -> Result<Built, PayloadError> {
    Ok(Built {
        messages: vec![Message::File {
            file: Media {
                media_id: required(media_id, "--media-id")?,
            },
        }],
        warnings: Vec::new(),
    })
}

/// `news`: 1 to 8 articles, as for an app.
pub fn news(items: &[ArticleInput]) -> Result<Built, PayloadError> {
    let mut warnings = Vec::new();
    let news = articles(items, &mut warnings)?;
    Ok(Built {
        messages: vec![Message::News { news }],
        warnings,
    })
}
