//! `corpmsg sandbox`: every provider's server on this machine, as Mailpit is for mail.
//!
//! One HTTP server serves the APIs of every provider in the registry at their real paths, the
//! inbox page at `/` and a JSON API under `/api/`. Each provider brings its side ([`Side`]),
//! listed in [`SIDES`] in the registry's order (a test in `cmd::sandbox` fails while a
//! provider of the registry has none): the paths it serves, its
//! fixed sandbox credentials as profiles (`--print-config`), and an [`Emulator`] that checks
//! each request as the real server does and answers with the real error codes. What a side
//! accepts it hands to the [`Store`] as a [`Message`] (or a [`Media`] upload), which the inbox
//! and the API show.
//!
//! The checks are written from the protocol notes, not from the client's payload builders:
//! the sandbox checks corpmsg, so it must not share corpmsg's limits (it shares only a file
//! format's signature, PNG's and JPEG's).

mod api;
#[cfg(feature = "sandbox-db")]
mod db;
mod form;
mod fxiaoke;
mod server;
mod store;
mod wecom;
mod youdu;

use std::collections::HashMap;
use std::time::{Duration, Instant};

use serde_json::Value;

pub(crate) use server::{Options, Running, start};
pub(crate) use store::{Message, Store};

/// Every provider's side, in the order of the registry (`config::PROVIDERS`). The registry does
/// not name them itself: only the `corpmsg-sandbox` binary links the sandbox, and a registry
/// entry that named its side would pull every emulator into `corpmsg` too.
pub(crate) static SIDES: &[&dyn Side] = &[&youdu::SIDE, &fxiaoke::SIDE, &wecom::SIDE];

/// A provider's side of the sandbox.
pub(crate) trait Side: Sync {
    /// The provider's name in the registry (`youdu`).
    fn provider(&self) -> &'static str;
    /// The API paths it serves (`/cgi/msg/send`).
    fn paths(&self) -> &'static [&'static str];
    /// Its profiles for `--print-config`, pointing at `url`: TOML tables, secrets inline.
    fn profiles(&self, url: &str) -> String;
    /// A fresh emulator of its server, whose tokens live `token_lifetime`.
    fn start(&self, token_lifetime: Duration) -> Box<dyn Emulator>;
    /// The body of a refusal with `code`, as its server writes one (`POST /api/faults`).
    fn refusal(&self, code: i64, text: &str) -> Value;
}

/// One provider's server, with its own state (tokens, rate windows): it checks a request and
/// answers it (HTTP 200 with this JSON, as every provider answers), handing what it accepts to
/// the store. A refusal is written as its server writes one by [`Side::refusal`].
pub(crate) trait Emulator: Send {
    fn handle(&mut self, req: &Req, store: &mut Store) -> Result<Value, Bad>;
}

/// A refusal: the provider's error code and the text of its message.
pub(crate) struct Bad(pub i64, pub String);

pub(crate) fn bad(code: i64, text: impl Into<String>) -> Bad {
    Bad(code, text.into())
}

/// A fixed rate window: when it opened and how many calls it counted.
#[derive(Default)]
pub(crate) struct Window {
    start: Option<Instant>,
    count: usize,
}

impl Window {
    /// Counts one more call, unless `limit` are counted already in this window of `length`.
    pub fn admit(&mut self, limit: usize, length: Duration) -> bool {
        let now = Instant::now();
        if self.start.is_none_or(|s| now.duration_since(s) >= length) {
            self.start = Some(now);
            self.count = 0;
        }
        if self.count >= limit {
            return false;
        }
        self.count += 1;
        true
    }
}

/// A request as the emulators see it: everything read, the body whole.
pub(crate) struct Req {
    pub method: String,
    pub path: String,
    pub query: HashMap<String, String>,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Req {
    /// The value of header `name` (any case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The query parameter `name`, if given and not empty.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.query
            .get(name)
            .map(String::as_str)
            .filter(|v| !v.is_empty())
    }

    /// The body as a JSON object.
    pub fn json_object(&self) -> Option<serde_json::Map<String, Value>> {
        match serde_json::from_slice(&self.body) {
            Ok(Value::Object(o)) => Some(o),
            _ => None,
        }
    }

    pub fn is_post(&self) -> bool {
        self.method == "POST"
    }
}

/// An answer: a status, a content type and the body.
pub(crate) struct Reply {
    pub status: u16,
    pub content_type: String,
    pub body: Vec<u8>,
}

impl Reply {
    /// HTTP 200 with `value`, as every provider answers, errors included.
    pub fn json(value: &Value) -> Self {
        Reply::with_status(200, value)
    }

    pub fn with_status(status: u16, value: &Value) -> Self {
        Reply {
            status,
            content_type: "application/json; charset=utf-8".into(),
            body: value.to_string().into_bytes(),
        }
    }
}

/// A message a side accepted, for the store.
pub(crate) struct Incoming {
    pub provider: &'static str,
    pub endpoint: &'static str,
    /// The app or robot that sent it, as the inbox names it.
    pub app: String,
    /// The message type as the API names it (`text`, `mpnews`, `popup`).
    pub kind: String,
    /// Its recipients: users as they are, `dept:N`, `tag:N`, `@all`, `group`.
    pub to: Vec<String>,
    /// The first line of its content.
    pub summary: String,
    /// The request's JSON as the API documents it (Youdu: decrypted).
    pub payload: Value,
}

/// An upload a side accepted.
pub(crate) struct Media {
    pub provider: String,
    /// Who may send it: the app, or one robot (a WeCom robot's media serves only it).
    pub owner: String,
    /// Its type as the API names it (`image`, `file`).
    pub kind: String,
    pub name: String,
    pub bytes: Vec<u8>,
}

/// A fresh opaque id: `prefix` and 32 hex digits.
pub(crate) fn fresh_id(prefix: &str) -> String {
    format!("{prefix}{}", uuid::Uuid::new_v4().simple())
}

/// The first non-empty line of `text`, at most 120 characters.
pub(crate) fn first_line(text: &str) -> String {
    let line = text.lines().map(str::trim).find(|l| !l.is_empty());
    let line = line.unwrap_or("");
    match line.char_indices().nth(120) {
        Some((i, _)) => format!("{}…", &line[..i]),
        None => line.to_string(),
    }
}

/// The first line of a message body's telling text: its title, subject or content, found
/// first at its top, then inside (the first article, a card's head); empty if it has none (an
/// image).
pub(crate) fn summary(body: &Value) -> String {
    fn find(v: &Value) -> Option<&str> {
        match v {
            Value::Array(items) => items.iter().find_map(find),
            Value::Object(o) => {
                let named = ["title", "subject", "content", "tip", "description", "name"]
                    .iter()
                    .filter_map(|k| o.get(*k).and_then(Value::as_str))
                    .find(|s| !s.trim().is_empty());
                named.or_else(|| o.values().find_map(find))
            }
            _ => None,
        }
    }
    first_line(find(body).unwrap_or(""))
}

/// A `|`-joined list of ids (Youdu, WeCom), each with `prefix`.
pub(crate) fn split_ids(list: Option<&Value>, prefix: &str) -> Vec<String> {
    list.and_then(Value::as_str)
        .unwrap_or("")
        .split('|')
        .map(str::trim)
        .filter(|id| !id.is_empty())
        .map(|id| format!("{prefix}{id}"))
        .collect()
}

/// The value of `key` in `m`, null if it is not there (a `Map`'s index would panic, and a
/// panic ends the whole sandbox).
pub(crate) fn field<'a>(m: &'a serde_json::Map<String, Value>, key: &str) -> &'a Value {
    static NULL: Value = Value::Null;
    m.get(key).unwrap_or(&NULL)
}

/// The inbox page (`/`).
const INBOX: &str = include_str!("inbox.html");
