//! Everything that talks to a server: HTTP with retries, the Youdu envelope and crypto, access
//! tokens and their on-disk cache. Errors keep an API refusal (code and message) apart from an HTTP
//! status, a malformed answer and a network failure, because each has its own exit code.

mod client;
pub(crate) mod fxiaoke;
pub(crate) mod http;
pub(crate) mod token;
pub(crate) mod token_cache;
pub(crate) mod wecom;
pub mod youdu;

use std::fmt;

use crate::exit::Exit;
use crate::payload::text::printable;
pub(crate) use client::{Accepted, Client, Later, Online, Outgoing, Request};

/// Which call an API refusal answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ApiCall {
    /// The access-token request: a refusal means wrong credentials (exit 4).
    Token,
    /// A message send: a refusal means nothing was delivered (exit 5).
    Send,
    /// A media upload: a refusal means nothing was sent (exit 5).
    Upload,
    /// A user lookup (Fxiaoke phone numbers): nothing was sent.
    Lookup,
}

impl fmt::Display for ApiCall {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ApiCall::Token => "the server refused the access token request",
            ApiCall::Send => "the server refused the message",
            ApiCall::Upload => "the server refused the upload",
            ApiCall::Lookup => "the server refused the user lookup",
        })
    }
}

/// A failed request. No variant carries a token or a key; URLs are shown without their query.
#[derive(Debug, thiserror::Error)]
pub(crate) enum TransportError {
    #[error("cannot connect to {url}: {reason}")]
    Connect { url: String, reason: String },
    /// The proxy (`scheme://host:port`, never its credentials) could not be reached.
    #[error("cannot connect to the proxy {proxy} (for {url}): {reason}")]
    ProxyConnect {
        proxy: String,
        url: String,
        reason: String,
    },
    /// The proxy was reached, but not the server through it (a refused tunnel, a failed TLS
    /// handshake).
    #[error("cannot connect to {url} through the proxy {proxy}: {reason}")]
    ThroughProxy {
        proxy: String,
        url: String,
        reason: String,
    },
    #[error(
        "no answer from {url} within the timeout; the request may have arrived, so it was not retried"
    )]
    Timeout { url: String },
    #[error(
        "connection to {url} failed after the request was sent ({reason}); it may have arrived, so it was not retried"
    )]
    Broken { url: String, reason: String },
    /// reqwest could not build the request (a header value it refuses): nothing left.
    #[error("cannot build the request to {url} ({reason}); nothing was sent")]
    Unsendable { url: String, reason: String },
    #[error("{url} answered HTTP {status}{}", status_hint(*status))]
    HttpStatus { url: String, status: u16 },
    #[error("{url} gave an unexpected answer: {problem}")]
    BadAnswer { url: String, problem: String },
    /// A non-zero error code. `key` is the answer's name for it (`errcode`, `errorCode`), `hint`
    /// a suggestion (may be empty), `exit` the class the provider gives the code.
    #[error("{call}: {key} {code}: {message}{hint}")]
    Refused {
        call: ApiCall,
        key: &'static str,
        code: i64,
        message: String,
        hint: &'static str,
        exit: Exit,
    },
    #[error("the server rejected a freshly fetched access token as well: {key} {code}: {message}")]
    TokenRejected {
        key: &'static str,
        code: i64,
        message: String,
    },
}

/// What an HTTP error status tells the user to do.
fn status_hint(status: u16) -> &'static str {
    match status {
        300..=399 => {
            " (a redirect, which is not followed: check the profile's url, perhaps https://)"
        }
        404 => " (is the URL right?)",
        500..=599 => "; the request may have arrived, so it was not retried",
        _ => "",
    }
}

impl TransportError {
    /// The exit code of the contract for this failure.
    pub(crate) fn exit(&self) -> Exit {
        match self {
            TransportError::Connect { .. }
            | TransportError::ProxyConnect { .. }
            | TransportError::ThroughProxy { .. }
            | TransportError::Timeout { .. }
            | TransportError::Broken { .. }
            | TransportError::HttpStatus { .. }
            | TransportError::BadAnswer { .. } => Exit::Network,
            TransportError::Unsendable { .. } => Exit::Internal,
            TransportError::Refused { exit, .. } => *exit,
            TransportError::TokenRejected { .. } => Exit::Auth,
        }
    }

    /// Whether the request certainly never reached the server: it could not connect (to the
    /// server, or through the proxy). A request failed so may be sent later.
    pub(crate) fn never_arrived(&self) -> bool {
        matches!(
            self,
            TransportError::Connect { .. }
                | TransportError::ProxyConnect { .. }
                | TransportError::ThroughProxy { .. }
        )
    }

    /// The server's code and message of a refusal, for `--json`.
    pub(crate) fn code(&self) -> Option<(i64, &str)> {
        match self {
            TransportError::Refused { code, message, .. }
            | TransportError::TokenRejected { code, message, .. } => Some((*code, message)),
            _ => None,
        }
    }
}

/// The result of one logical request: how many HTTP requests it took, how it ended, and the
/// trace ids of its last attempt (Fxiaoke).
#[derive(Debug)]
pub(crate) struct Outcome<T = ()> {
    pub attempts: u32,
    pub result: Result<T, TransportError>,
    pub trace: Option<TraceIds>,
}

impl<T> Outcome<T> {
    /// The same outcome with its value changed by `f`.
    pub(crate) fn map<U>(self, f: impl FnOnce(T) -> U) -> Outcome<U> {
        Outcome {
            attempts: self.attempts,
            result: self.result.map(f),
            trace: self.trace,
        }
    }
}

/// The `thirdTraceId` a request carried and the `traceId` its answer gave.
#[derive(Debug, Clone, Default)]
pub(crate) struct TraceIds {
    pub sent: String,
    pub answer: Option<String>,
}

/// Percent-encodes a query value (tokens are usually hex, but may hold anything).
pub(crate) fn encode_query(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, crate::secret::QUERY_VALUE).to_string()
}

/// Lower-case hex of `bytes` (digests, never secrets).
pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// At most the first `shown` of `values`, joined, and how many more there are: the recipients
/// a hint names.
pub(crate) fn at_most(values: &[String], shown: usize) -> String {
    let mut text = values[..values.len().min(shown)].join(", ");
    if values.len() > shown {
        text.push_str(&format!(" and {} more", values.len() - shown));
    }
    text
}

/// Seconds since the Unix epoch (0 if the clock is before it).
pub(crate) fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// What an answer that is not the API's JSON looked like, for the error message: `what` names
/// the API, `hint` (may be empty) says what to check.
pub(crate) fn describe_body(body: &[u8], what: &str, hint: &str) -> String {
    let hint = if hint.is_empty() {
        String::new()
    } else {
        format!(" ({hint})")
    };
    if body.is_empty() {
        return format!("an empty body, not a {what} JSON answer{hint}");
    }
    let start = printable(&String::from_utf8_lossy(body), 80);
    format!("not a {what} JSON answer{hint}: {start}")
}

/// Server text with secrets masked: each of `secrets` itself (values under 4 characters would
/// match ordinary words and are left alone), and whatever follows a credential's name, in
/// any case, as `name=value`, `name: value` or `"name": "value"` (a server may echo the request
/// into its error message: `accessToken=`, `corpAccessToken=`, `appSecret=`, `permanentCode=`).
///
/// Only the first [`MASK_SCAN`] bytes (plus the longest secret's length) are kept: callers show
/// far less, and a 32 MiB answer must not cost seconds.
pub(crate) fn mask_secrets(s: &str, secrets: &[&str]) -> String {
    let longest = secrets.iter().map(|v| v.len()).max().unwrap_or(0);
    let mut out = head(s, MASK_SCAN + longest).to_string();
    for secret in secrets
        .iter()
        .filter(|v| v.len() >= crate::secret::SecretSet::MIN)
    {
        out = out.replace(secret, "***");
    }
    for name in CREDENTIAL_NAMES {
        out = mask_after(&out, name);
    }
    out
}

/// Names (lower case) after which a value is a credential.
const CREDENTIAL_NAMES: [&str; 8] = [
    "accesstoken",
    "access_token",
    "appsecret",
    "app_secret",
    "permanentcode",
    "permanent_code",
    "aeskey",
    "aes_key",
];

/// The longest start of `s` of at most `max` bytes that ends on a character boundary.
fn head(s: &str, max: usize) -> &str {
    let mut end = max.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// How much server text [`mask_secrets`] looks at.
const MASK_SCAN: usize = 4096;

/// `s` with the value after each `name` (matched in any ASCII case) replaced by `***`, in one
/// pass: `name=v`, `name = v`, `name: v`, `"name":"v"`, `"name": "v"`. A name not followed by
/// `=` or `:` is left alone.
fn mask_after(s: &str, name: &str) -> String {
    // ASCII lower-casing keeps byte offsets, so positions found in `lower` fit `s`.
    let lower = s.to_ascii_lowercase();
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut pos = 0;
    let mut from = 0;
    while let Some(i) = lower[from..].find(name) {
        let mut at = from + i + name.len();
        from = at;
        let skip = |at: &mut usize, set: &[u8]| {
            while *at < bytes.len() && set.contains(&bytes[*at]) {
                *at += 1;
            }
        };
        skip(&mut at, b"\"'");
        skip(&mut at, b" \t");
        if at >= bytes.len() || !matches!(bytes[at], b'=' | b':') {
            continue;
        }
        at += 1;
        skip(&mut at, b" \t");
        skip(&mut at, b"\"'");
        let end = s[at..]
            .find(|c: char| matches!(c, '&' | '"' | '\'' | ',' | '}') || c.is_whitespace())
            .map_or(s.len(), |j| at + j);
        if end == at {
            continue;
        }
        out.push_str(&s[pos..at]);
        out.push_str("***");
        pos = end;
        from = end;
    }
    out.push_str(&s[pos..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_masked_in_server_text() {
        assert_eq!(
            mask_secrets(
                "bad url /cgi/msg/send?accessToken=abc12345&x=1 (abc12345)",
                &["abc12345"]
            ),
            "bad url /cgi/msg/send?accessToken=***&x=1 (***)"
        );
        assert_eq!(
            mask_secrets("accessToken=old-one", &["new"]),
            "accessToken=***"
        );
        assert_eq!(mask_secrets("plain", &[""]), "plain");
        // Linear and bounded: a flood of names costs next to nothing (it was quadratic).
        let flood = "accessToken=x&".repeat(1 << 20);
        let masked = mask_secrets(&flood, &["tok-123"]);
        assert!(masked.len() < 2 * MASK_SCAN && masked.starts_with("accessToken=***&"));
        assert_eq!(
            mask_secrets(
                "corpAccessToken=OLD_1 appSecret=s3cr3t {\"permanentCode\":\"p-9\"} s3cr3t",
                &["s3cr3t"]
            ),
            "corpAccessToken=*** appSecret=*** {\"permanentCode\":\"***\"} ***"
        );
        // With spaces, colons and snake case, as servers and proxies echo them.
        assert_eq!(
            mask_secrets(
                "{\"accessToken\": \"abc\", \"access_token\" : 'def', aes_key = ghi} accessToken is bad",
                &[]
            ),
            "{\"accessToken\": \"***\", \"access_token\" : '***', aes_key = ***} accessToken is bad"
        );
    }

    #[test]
    fn query_values_are_encoded() {
        assert_eq!(encode_query("ab12-_.~"), "ab12-_.~");
        assert_eq!(encode_query("a+b/c=&"), "a%2Bb%2Fc%3D%26");
    }

    #[test]
    fn server_text_is_escaped_and_shortened() {
        assert_eq!(printable("a\nb\x1b[31m", 100), "a\\nb\\u{1b}[31m");
        assert_eq!(printable("abcdef", 3), "abc…");
        assert_eq!(printable("无效用户", 10), "无效用户");
        // Escapes count: 100 NULs do not become 600 characters (found by fuzzing).
        assert_eq!(printable(&"\0".repeat(100), 12), "\\u{0}\\u{0}…");
    }

    #[test]
    fn refusals_show_their_code_and_hint() {
        let e = TransportError::Refused {
            call: ApiCall::Token,
            key: "errcode",
            code: 100006,
            message: "invalid encrypt".into(),
            hint: " (check aes_key and app_id)",
            exit: Exit::Auth,
        };
        assert_eq!(
            e.to_string(),
            "the server refused the access token request: errcode 100006: invalid encrypt (check aes_key and app_id)"
        );
        assert_eq!(e.exit(), Exit::Auth);
        assert_eq!(e.code(), Some((100006, "invalid encrypt")));
    }
}
