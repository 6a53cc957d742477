//! Pure builders for the message bodies the APIs document, with every limit applied.
//!
//! Nothing here does I/O, reads the clock or knows about HTTP: the functions take plain values and
//! return the JSON-serialisable messages (or a [`PayloadError`] naming the flag and the limit), so
//! every limit is unit-tested here.

pub mod files;
pub mod fxiaoke;
pub(crate) mod mobile;
pub mod recipients;
pub mod text;
pub mod wecom;
pub mod youdu;

#[cfg(test)]
mod props;

/// Requests ready to send, in sending order (every part goes to every recipient batch before
/// the next part), and the warnings about what was cut. Each provider names its own:
/// `youdu::Built` is `Built<youdu::Message>`.
#[derive(Debug, Clone, PartialEq)]
pub struct Built<M> {
    pub messages: Vec<M>,
    pub warnings: Vec<String>,
}

/// Input that breaks a documented limit. Each message names the flag and the limit.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PayloadError {
    #[error("{what} is empty")]
    Empty { what: String },
    #[error("{what} is {len} characters; the limit is {limit} (use --on-long truncate or split)")]
    TooLong {
        what: String,
        len: usize,
        limit: usize,
    },
    #[error("{what} is {len} characters; {provider} allows at most {limit}")]
    OverMax {
        provider: &'static str,
        what: String,
        len: usize,
        limit: usize,
    },
    /// [`PayloadError::TooLong`] for limits in bytes of UTF-8 (WeCom).
    #[error(
        "{what} is {len} bytes of UTF-8; the limit is {limit} (use --on-long truncate or split)"
    )]
    TooLongBytes {
        what: String,
        len: usize,
        limit: usize,
    },
    /// [`PayloadError::OverMax`] for limits in bytes of UTF-8 (WeCom).
    #[error("{what} is {len} bytes of UTF-8; {provider} allows at most {limit}")]
    OverMaxBytes {
        provider: &'static str,
        what: String,
        len: usize,
        limit: usize,
    },
    #[error("{count} {what} given; at most {limit} fit in one message")]
    TooMany {
        what: String,
        count: usize,
        limit: usize,
    },
    #[error("{what} does not apply to {message}")]
    NotFor { what: String, message: String },
    /// `.0` names the flags and profile keys that give recipients.
    #[error("no recipient: give {0}")]
    NoRecipients(&'static str),
    #[error("{what} {problem}")]
    Invalid { what: String, problem: String },
    #[error("recipient {value:?} {problem}")]
    BadUserId {
        value: String,
        problem: &'static str,
    },
    #[error(
        "--to-mobile: {value:?} is not a mainland China phone number (digits, optionally +86); name others with --to-user"
    )]
    BadMobile { value: String },
    #[error("--to-mobile: no active employee has the phone number {value}; nothing was sent")]
    UnknownMobile { value: String },
    #[error(
        "--to-mobile: {count} employees have the phone number {value}; nothing was sent (name them with --to-user)"
    )]
    AmbiguousMobile { value: String, count: usize },
    #[error("{flag} holds no {what} (only separators)")]
    EmptyList { flag: String, what: String },
    #[error(
        "{flag}: {value:?} is not a department id (a whole number; 0 is the whole organisation)"
    )]
    BadDept { flag: String, value: String },
    #[error(
        "{count} {what} exceed the {limit} a single request allows; drop --no-split to send several requests"
    )]
    NeedsSplit {
        what: String,
        count: usize,
        limit: usize,
    },
}
