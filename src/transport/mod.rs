//! Everything that talks to a server: HTTP with retries, the Youdu envelope and crypto, access
//! tokens and their on-disk cache. Errors keep an API refusal (code and message) apart from an HTTP
//! status, a malformed answer and a network failure, because each has its own exit code.

pub mod http;
pub mod token_cache;
pub mod youdu;

use std::fmt;

use crate::exit::Exit;

/// Which call an API refusal answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApiCall {
    /// The access-token request: a refusal means wrong credentials (exit 4).
    Token,
    /// A message send: a refusal means nothing was delivered (exit 5).
    Send,
    /// A media upload: a refusal means nothing was sent (exit 5).
    Upload,
}

impl fmt::Display for ApiCall {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ApiCall::Token => "the server refused the access token request",
            ApiCall::Send => "the server refused the message",
            ApiCall::Upload => "the server refused the upload",
        })
    }
}

/// A failed request. No variant carries a token or a key; URLs are shown without their query.
#[derive(Debug, thiserror::Error)]
pub enum TransportError {
    #[error("cannot connect to {url}: {reason}")]
    Connect { url: String, reason: String },
    #[error(
        "no answer from {url} within the timeout; the request may have arrived, so it was not retried"
    )]
    Timeout { url: String },
    #[error(
        "connection to {url} failed after the request was sent ({reason}); it may have arrived, so it was not retried"
    )]
    Broken { url: String, reason: String },
    #[error("{url} answered HTTP {status}")]
    HttpStatus { url: String, status: u16 },
    #[error("{url} gave an unexpected answer: {problem}")]
    BadAnswer { url: String, problem: String },
    #[error("{call}: errcode {code}: {message}{}", hint(*code, *call))]
    Refused {
        call: ApiCall,
        code: i64,
        message: String,
    },
    #[error(
        "the server rejected a freshly fetched access token as well: errcode {code}: {message}"
    )]
    TokenRejected { code: i64, message: String },
}

impl TransportError {
    /// The exit code of the contract for this failure.
    pub fn exit(&self) -> Exit {
        match self {
            TransportError::Connect { .. }
            | TransportError::Timeout { .. }
            | TransportError::Broken { .. }
            | TransportError::HttpStatus { .. }
            | TransportError::BadAnswer { .. } => Exit::Network,
            TransportError::Refused {
                call: ApiCall::Token,
                ..
            }
            | TransportError::TokenRejected { .. } => Exit::Auth,
            TransportError::Refused {
                call: ApiCall::Send | ApiCall::Upload,
                ..
            } => Exit::Refused,
        }
    }
}

/// A hint for the refusals whose cause is easy to name (youdu-protocol.md §10).
fn hint(code: i64, call: ApiCall) -> &'static str {
    match (call, code) {
        (ApiCall::Token, 100005) => " (check app_id)",
        (ApiCall::Token, 100006) => " (check aes_key and app_id)",
        (ApiCall::Token, 100008 | 100009) => " (check buin)",
        (_, 3) => " (the app lacks permission for this API; check the app type)",
        (ApiCall::Send, 100005) => " (the app id may be of the wrong type for this message)",
        (ApiCall::Upload, 200009) => " (invalid media type; see --type)",
        (_, 200010) => " (no such media id)",
        (ApiCall::Send, 200007) => " (the message names the accounts the server does not know)",
        _ => "",
    }
}

/// Server text made safe to print: control characters escaped, at most `max` characters.
pub fn escape_server_text(s: &str, max: usize) -> String {
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i == max {
            out.push('…');
            break;
        }
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// Server text with the access token masked: the value itself (real tokens are 32 hex digits;
/// one under 8 characters would match ordinary words), and whatever follows an `accessToken=`
/// (a server may echo the request URL into its error message).
pub fn mask_token(s: &str, token: &str) -> String {
    let mut out = if token.len() < 8 {
        s.to_string()
    } else {
        s.replace(token, "***")
    };
    let mut from = 0;
    while let Some(i) = out[from..].find("accessToken=") {
        let start = from + i + "accessToken=".len();
        let end = out[start..]
            .find(|c: char| c == '&' || c == '"' || c == '\'' || c.is_whitespace())
            .map_or(out.len(), |j| start + j);
        out.replace_range(start..end, "***");
        from = start + 3;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_masked_in_server_text() {
        assert_eq!(
            mask_token(
                "bad url /cgi/msg/send?accessToken=abc12345&x=1 (abc12345)",
                "abc12345"
            ),
            "bad url /cgi/msg/send?accessToken=***&x=1 (***)"
        );
        assert_eq!(mask_token("accessToken=old-one", "new"), "accessToken=***");
        assert_eq!(mask_token("plain", ""), "plain");
    }

    #[test]
    fn server_text_is_escaped_and_shortened() {
        assert_eq!(escape_server_text("a\nb\x1b[31m", 100), "a\\nb\\u{1b}[31m");
        assert_eq!(escape_server_text("abcdef", 3), "abc…");
        assert_eq!(escape_server_text("无效用户", 10), "无效用户");
    }

    #[test]
    fn refusals_carry_hints() {
        let e = TransportError::Refused {
            call: ApiCall::Token,
            code: 100006,
            message: "invalid encrypt".into(),
        };
        assert_eq!(
            e.to_string(),
            "the server refused the access token request: errcode 100006: invalid encrypt (check aes_key and app_id)"
        );
    }
}
