//! The WeCom (企业微信) client, for both kinds of profile: an **app** (a token from
//! `/cgi-bin/gettoken` in the query of every call, refreshed once on 42001/40014) and a **group
//! robot** (its key in the query, no token). Every answer is judged by `errcode` alone, since
//! errors come with HTTP 200 too (WeCom protocol §2). A rate-limit refusal (45009, 45033) is
//! retried after the block ends; a robot's own messages are paced to 20 a minute, so that a
//! split message arrives whole and in order. An app message sent with the server's duplicate
//! check may also be resent, byte for byte, when its answer was lost (protocol §4.5).

use std::cell::RefCell;
use std::collections::VecDeque;
use std::fs::File;
use std::io;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use serde_json::{Map, Value};

use super::http::{Answer, Http};
use super::token::Tokens;
use super::token_cache::{Token, TokenCache, token_problem};
use super::{
    Accepted, ApiCall, Later, Online, Outcome, Request, TransportError, describe_body,
    encode_query, unix_now,
};
use crate::exit::Exit;
use crate::payload::recipients;
use crate::payload::text::printable;
use crate::payload::wecom::robot::PER_MINUTE;
use crate::secret::Secret;

/// The public API host (protocol §2); a profile may name another (a proxy, the sandbox).
pub(crate) const DEFAULT_URL: &str = "https://qyapi.weixin.qq.com";
pub(crate) const GET_TOKEN: &str = "/cgi-bin/gettoken";
pub(crate) const MESSAGE_SEND: &str = "/cgi-bin/message/send";
pub(crate) const MEDIA_UPLOAD: &str = "/cgi-bin/media/upload";
pub(crate) const WEBHOOK_SEND: &str = "/cgi-bin/webhook/send";
pub(crate) const WEBHOOK_UPLOAD: &str = "/cgi-bin/webhook/upload_media";

/// "Token expired" (42001) and "token invalid" (40014): refresh and retry once (protocol §3.3);
/// never 40001, a wrong secret.
const EXPIRED: [i64; 2] = [42001, 40014];
/// Frequency limit (45009) and too many concurrent calls (45033): the server did nothing, so
/// the request is retried after a wait (protocol §4.6, §6.3).
const RATE_CODES: [i64; 2] = [45009, 45033];
/// "System busy": retried only for a token request, since for a message it does not prove
/// that nothing was delivered.
const BUSY: i64 = -1;
/// The caller's IP is not among the app's trusted IPs (protocol §9).
pub(crate) const UNTRUSTED_IP: i64 = 60020;
/// Every recipient unknown or outside the app's visible range (protocol §4.2).
const ALL_INVALID: i64 = 81013;
/// A minute-level block lasts 60 s (protocol §4.6): the first wait after 45009; then 120 s.
const RATE_WAIT: Duration = Duration::from_secs(60);
const RATE_WAIT_MAX: Duration = Duration::from_secs(120);
/// 45033 and a busy token request clear quickly: 1 s, 2 s, 4 s.
const SHORT_WAIT: Duration = Duration::from_secs(1);
const SHORT_WAIT_MAX: Duration = Duration::from_secs(8);
/// The window of a robot's limit of [`PER_MINUTE`] messages.
const ROBOT_WINDOW: Duration = Duration::from_secs(60);
/// How much of a server's `errmsg` is shown.
const ERRMSG_MAX: usize = 500;
/// How much of a payload `-vv` shows (a robot image is megabytes of Base64).
const TRACE_MAX: usize = 4096;

/// Whose credentials the client calls with.
pub(crate) enum Auth {
    /// A self-built app (自建应用): a token fetched with the corp id and the app's secret.
    App { corp_id: String, secret: Secret },
    /// A group robot (群机器人): the key of its webhook URL.
    Robot { key: Secret },
}

/// What a client needs to know of the profile.
pub(crate) struct Endpoint {
    pub url: String,
    pub auth: Auth,
}

/// A request body.
enum Body<'a> {
    /// None: the token request is a GET.
    Get,
    Json(&'a [u8]),
    /// A file of `len` bytes, read from its start by each try.
    Media {
        file: &'a File,
        len: u64,
        name: &'a str,
        mime: &'static str,
    },
}

pub(crate) struct Client {
    http: Http,
    endpoint: Endpoint,
    /// The app's tokens (a robot has none).
    tokens: Option<Tokens>,
    /// When this run's robot messages went out, within the last [`ROBOT_WINDOW`].
    robot_sends: RefCell<VecDeque<Instant>>,
    /// When the first try of the current send whose answer was lost started: from then on, the
    /// send may have arrived.
    first_lost: std::cell::Cell<Option<Instant>>,
}

impl Client {
    pub(crate) fn new(http: Http, endpoint: Endpoint, cache_dir: Option<PathBuf>) -> Self {
        let tokens = match &endpoint.auth {
            Auth::App { corp_id, secret } => {
                http.add_secret(secret.expose());
                let identity = [endpoint.url.as_str(), corp_id, secret.expose()];
                let cache = TokenCache::new(cache_dir, "wecom", &identity, http.timeout());
                Some(Tokens::new(cache, &EXPIRED))
            }
            Auth::Robot { key } => {
                http.add_secret(key.expose());
                None
            }
        };
        Client {
            http,
            endpoint,
            tokens,
            robot_sends: RefCell::new(VecDeque::new()),
            first_lost: std::cell::Cell::new(None),
        }
    }

    /// Server text with every secret of this run masked, escaped and shortened.
    fn clean(&self, text: &str) -> String {
        printable(&self.http.mask(text), ERRMSG_MAX)
    }

    /// The query that authorises a call to `path`, and the same with its secrets masked.
    fn auth_query(&self, path: &str, token: Option<&Token>) -> (String, String) {
        match (&self.endpoint.auth, token) {
            (Auth::App { corp_id, secret }, _) if path == GET_TOKEN => {
                let id = encode_query(corp_id);
                (
                    format!("corpid={id}&corpsecret={}", encode_query(secret.expose())),
                    format!("corpid={id}&corpsecret=***"),
                )
            }
            (Auth::App { .. }, Some(t)) => (
                format!("access_token={}", encode_query(t.value.expose())),
                "access_token=***".into(),
            ),
            (Auth::App { .. }, None) => unreachable!("an app call other than gettoken has a token"),
            (Auth::Robot { key }, _) => (
                format!("key={}", encode_query(key.expose())),
                "key=***".into(),
            ),
        }
    }

    /// One logical call: retried after a rate-limit refusal (up to `--retries` times), and,
    /// for a body sent with the server's duplicate check (`resend_within`, its interval), after
    /// a lost answer. Once a try may have arrived (its answer was lost), no later try starts
    /// unless the server's duplicate check still covers it, counted from that try: so a rate
    /// limit after a lost answer never sends a second copy the server would deliver. Returns
    /// the number of HTTP requests made and the answer's fields.
    fn call(
        &self,
        path: &'static str,
        token: Option<&Token>,
        extra_query: &str,
        body: &Body,
        what: ApiCall,
        resend_within: Option<Duration>,
    ) -> (u32, Result<Map<String, Value>, TransportError>) {
        let (mut attempts, mut retries) = (0, 0);
        loop {
            let try_started = Instant::now();
            let (n, result) = self.call_once(path, token, extra_query, body, what);
            attempts += n;
            if let Err(e) = &result
                && lost(e)
                && self.first_lost.get().is_none()
            {
                self.first_lost.set(Some(try_started));
            }
            let wait = match &result {
                Err(TransportError::Refused { code, .. }) if retried(*code, what) => {
                    rate_wait(*code, retries + 1)
                }
                Err(e) if lost(e) && resend_within.is_some() => Duration::ZERO,
                _ => return (attempts, result),
            };
            if retries >= self.http.retries() || !self.may_try_again(wait, resend_within) {
                return (attempts, result);
            }
            retries += 1;
            if let Err(e) = &result {
                self.http.trace(&format!(
                    "{e}; retrying in {} ms (retry {retries})",
                    wait.as_millis()
                ));
            }
            std::thread::sleep(wait);
        }
    }

    /// Whether another try may start after `wait`: always while no try of this send may have
    /// arrived; after one, only while the server's duplicate check over `resend_within` still
    /// covers a copy, counted from that try, allowing for the wait and one more timeout.
    fn may_try_again(&self, wait: Duration, resend_within: Option<Duration>) -> bool {
        match (self.first_lost.get(), resend_within) {
            (None, _) => true,
            (Some(first), Some(window)) => first.elapsed() + wait + self.http.timeout() < window,
            (Some(_), None) => false,
        }
    }

    fn call_once(
        &self,
        path: &'static str,
        token: Option<&Token>,
        extra_query: &str,
        body: &Body,
        what: ApiCall,
    ) -> (u32, Result<Map<String, Value>, TransportError>) {
        if path == WEBHOOK_SEND {
            self.pace_robot();
        }
        let shown = format!("{}{path}", self.endpoint.url);
        let (query, masked) = self.auth_query(path, token);
        let (attempts, answer) = self.http.post(
            || {
                (
                    format!("{shown}?{query}{extra_query}"),
                    format!("{shown}?{masked}{extra_query}"),
                )
            },
            |client, url| match body {
                Body::Get => client.get(url),
                Body::Json(json) => client
                    .post(url)
                    .header("content-type", "application/json")
                    .body(json.to_vec()),
                Body::Media {
                    file,
                    len,
                    name,
                    mime,
                } => {
                    let part = self.http.file_part(file, *len, name, mime);
                    client
                        .post(url)
                        .multipart(reqwest::multipart::Form::new().part("media", part))
                }
            },
        );
        (attempts, answer.and_then(|a| self.check(a, &shown, what)))
    }

    /// Waits, if need be, so that this run sends a robot at most [`PER_MINUTE`] messages in
    /// any [`ROBOT_WINDOW`] (protocol §6.3), and notes the send.
    fn pace_robot(&self) {
        let mut sends = self.robot_sends.borrow_mut();
        let now = Instant::now();
        while sends
            .front()
            .is_some_and(|t| now.duration_since(*t) >= ROBOT_WINDOW)
        {
            sends.pop_front();
        }
        if sends.len() >= PER_MINUTE
            && let Some(oldest) = sends.pop_front()
        {
            let wait = ROBOT_WINDOW.saturating_sub(now.duration_since(oldest));
            self.http.trace(&format!(
                "a robot takes {PER_MINUTE} messages a minute; waiting {} ms",
                wait.as_millis()
            ));
            std::thread::sleep(wait);
        }
        sends.push_back(Instant::now());
    }

    /// Judges an answer by its `errcode` (protocol §2: HTTP 200 carries errors too), except that a
    /// 5xx is always a transport error: the request may have been processed.
    fn check(
        &self,
        a: Answer,
        shown: &str,
        what: ApiCall,
    ) -> Result<Map<String, Value>, TransportError> {
        let status = |status| TransportError::HttpStatus {
            url: shown.to_string(),
            status,
        };
        if a.status >= 500 {
            return Err(status(a.status));
        }
        let Ok(Value::Object(fields)) = serde_json::from_slice::<Value>(&a.body) else {
            let body = self.clean(&String::from_utf8_lossy(&a.body));
            let hint = format!("is url the API host, {DEFAULT_URL}?");
            return Err(TransportError::BadAnswer {
                url: shown.to_string(),
                problem: format!(
                    "HTTP {}, {}",
                    a.status,
                    describe_body(body.as_bytes(), "WeCom", &hint)
                ),
            });
        };
        // Some calls leave errcode out on success (protocol §2).
        let code = match fields.get("errcode") {
            None => 0,
            Some(v) => v.as_i64().ok_or_else(|| TransportError::BadAnswer {
                url: shown.to_string(),
                problem: "the answer's errcode is not an integer".into(),
            })?,
        };
        if code == 0 {
            return match a.status {
                200..=299 => Ok(fields),
                other => Err(status(other)),
            };
        }
        let message = fields
            .get("errmsg")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let (exit, hint) = classify(code, what);
        Err(TransportError::Refused {
            call: what,
            key: "errcode",
            code,
            message: self.clean(message),
            hint,
            exit,
        })
    }

    /// Fetches a new app token (`GET /cgi-bin/gettoken`, protocol §3.1).
    fn fetch_token(&self) -> Result<Token, TransportError> {
        let now = unix_now();
        let (_, answer) = self.call(GET_TOKEN, None, "", &Body::Get, ApiCall::Token, None);
        let fields = answer?;
        let bad = |problem: String| TransportError::BadAnswer {
            url: format!("{}{GET_TOKEN}", self.endpoint.url),
            problem,
        };
        let value = fields
            .get("access_token")
            .and_then(Value::as_str)
            .ok_or_else(|| bad("the token answer has no access_token".into()))?;
        self.http.add_secret(value);
        if let Some(problem) = token_problem(value) {
            return Err(bad(format!("the access_token in the answer {problem}")));
        }
        let expires_in = fields
            .get("expires_in")
            .and_then(Value::as_u64)
            .filter(|e| *e > 0)
            .ok_or_else(|| bad("the token answer has no positive expires_in".into()))?;
        self.http
            .trace(&format!("fetched an access token valid for {expires_in} s"));
        Ok(Token::new(Secret::new(value), None, now, expires_in))
    }

    /// A call to `path` with the app's token (refreshed once when refused), or with the
    /// robot's key.
    fn authorised(
        &self,
        path: &'static str,
        extra_query: &str,
        body: &Body,
        what: ApiCall,
        resend_within: Option<Duration>,
    ) -> Outcome<Map<String, Value>> {
        let (attempts, result) = match &self.tokens {
            Some(tokens) => tokens.call(
                &self.http,
                || self.fetch_token(),
                |token| self.call(path, Some(token), extra_query, body, what, resend_within),
            ),
            None => self.call(path, None, extra_query, body, what, resend_within),
        };
        Outcome {
            attempts,
            result,
            trace: None,
        }
    }

    fn is_robot(&self) -> bool {
        matches!(self.endpoint.auth, Auth::Robot { .. })
    }
}

impl super::Client for Client {
    /// Sends an app message to `/cgi-bin/message/send`, or a robot's to `/cgi-bin/webhook/send`
    /// (the request's endpoint says which).
    fn send(&self, request: &Request) -> Outcome<Accepted> {
        let json = request.body.get();
        self.first_lost.set(None);
        self.http
            .trace(&format!("payload {}", printable(json, TRACE_MAX)));
        let outcome = self.authorised(
            request.endpoint,
            "",
            &Body::Json(json.as_bytes()),
            ApiCall::Send,
            duplicate_check(json),
        );
        let app = !self.is_robot();
        outcome.map(|fields| {
            if app {
                unreached(&fields)
            } else {
                Accepted::default()
            }
        })
    }

    /// Uploads the file (at most 20 MB, checked before) as `kind` to the app's or the robot's
    /// upload endpoint, read as it is sent.
    fn upload(&self, file: File, len: u64, name: &str, kind: &str) -> io::Result<Outcome<String>> {
        self.first_lost.set(None);
        let path = if self.is_robot() {
            WEBHOOK_UPLOAD
        } else {
            MEDIA_UPLOAD
        };
        self.http.trace(&format!("{path}: {name} ({len} bytes)"));
        let body = Body::Media {
            file: &file,
            len,
            name,
            mime: mime(kind, name),
        };
        let query = format!("&type={}", encode_query(kind));
        let outcome = self.authorised(path, &query, &body, ApiCall::Upload, None);
        let url = format!("{}{path}", self.endpoint.url);
        let result = outcome.result.and_then(|fields| {
            fields
                .get("media_id")
                .and_then(Value::as_str)
                .filter(|id| !id.is_empty())
                .map(String::from)
                .ok_or(TransportError::BadAnswer {
                    url,
                    problem: "the upload answer has no media_id".into(),
                })
        });
        Ok(Outcome {
            attempts: outcome.attempts,
            result,
            trace: None,
        })
    }

    /// An app fetches a token; a robot has no call that sends nothing (protocol §6), so its
    /// key's shape was all that could be checked (when the profile was read).
    fn check_online(&self) -> Result<Online, TransportError> {
        match self.endpoint.auth {
            Auth::App { .. } => self.fetch_token().map(|_| Online::TokenFetched),
            Auth::Robot { .. } => Ok(Online::Offline(
                "webhook key's shape checked (a robot has no call that sends nothing)",
            )),
        }
    }

    /// The recipients of a request none of whom could be reached, and the hints of
    /// [`Client::upload_hint`](super::Client::upload_hint).
    fn hint(&self, request: &Request, error: &TransportError) -> Option<String> {
        match error {
            TransportError::Refused {
                code: ALL_INVALID, ..
            } => Some(format!(
                "the refused request was addressed to: {}",
                named(&request.to)
            )),
            _ => self.upload_hint(error),
        }
    }

    /// A request that never arrived, or is still refused for rate limiting, may be sent any
    /// time, unless an earlier try of the same send lost its answer: that one may have
    /// arrived, and a later copy could be delivered once the duplicate check is over, so it is
    /// never kept.
    fn later(&self, _request: Option<&Request>, error: &TransportError) -> Later {
        let limited =
            matches!(error, TransportError::Refused { code, .. } if RATE_CODES.contains(code));
        match (error.never_arrived() || limited) && self.first_lost.get().is_none() {
            true => Later::Yes,
            false => Later::No,
        }
    }

    /// The trusted-IP hint with the address the server saw, and what a refused webhook key
    /// means: for an upload as for a message, since an upload is the first call of
    /// `wecom image` and `wecom file`.
    fn upload_hint(&self, error: &TransportError) -> Option<String> {
        let TransportError::Refused { code, message, .. } = error else {
            return None;
        };
        match *code {
            UNTRUSTED_IP => Some(trusted_ip_hint(message)),
            93000 => Some(
                "webhook_key must be the key=… value of the robot's webhook URL, or the whole URL; a robot removed from its group answers this too".into(),
            ),
            _ => None,
        }
    }
}

/// The interval of a body sent with `"enable_duplicate_check": 1`, during which the server
/// drops an identical copy, so that a lost answer may be resent (protocol §4.5).
fn duplicate_check(json: &str) -> Option<Duration> {
    let body: Value = serde_json::from_str(json).ok()?;
    (body.get("enable_duplicate_check")?.as_u64()? == 1).then_some(())?;
    let secs = body
        .get("duplicate_check_interval")
        .and_then(Value::as_u64)
        .unwrap_or(1800);
    Some(Duration::from_secs(secs))
}

/// A failure after which the request may have arrived: only a resend that the server's
/// duplicate check drops may follow it.
fn lost(e: &TransportError) -> bool {
    match e {
        TransportError::Timeout { .. } | TransportError::Broken { .. } => true,
        TransportError::HttpStatus { status, .. } => *status >= 500,
        _ => false,
    }
}

/// What an accepted app message did not reach: the `invaliduser`, `invalidparty` and
/// `invalidtag` lists (errcode 0 is a delivery to the others, protocol §4.4) and the users
/// without an interface licence, as a warning and as `--json` fields.
fn unreached(fields: &Map<String, Value>) -> Accepted {
    let list = |key: &str| -> Vec<String> {
        let values = match fields.get(key) {
            Some(Value::String(s)) => recipients::joined(s),
            Some(Value::Array(a)) => a
                .iter()
                .filter_map(|v| {
                    v.as_str()
                        .map(String::from)
                        .or_else(|| v.as_i64().map(|n| n.to_string()))
                })
                .collect(),
            _ => Vec::new(),
        };
        values
            .iter()
            .map(|v| printable(v.trim(), 128))
            .filter(|v| !v.is_empty())
            .collect()
    };
    let lists = [
        ("invalid_users", "users", list("invaliduser")),
        ("invalid_depts", "departments", list("invalidparty")),
        ("invalid_tags", "tags", list("invalidtag")),
        (
            "unlicensed_users",
            "users without an interface licence (基础接口许可):",
            list("unlicenseduser"),
        ),
    ];
    let mut accepted = Accepted::default();
    // The invalid lists share one reason; unlicensed users are in range, and have their own.
    let (mut invalid, mut unlicensed) = (Vec::new(), None);
    for (key, what, values) in lists {
        if !values.is_empty() {
            let named = format!("{what} {}", super::at_most(&values, 20));
            match key {
                "unlicensed_users" => unlicensed = Some(named),
                _ => invalid.push(named),
            }
        }
        accepted.details.insert(key.into(), values.into());
    }
    let mut parts = Vec::new();
    if !invalid.is_empty() {
        parts.push(format!(
            "{} (unknown, or outside the app's visible range)",
            invalid.join("; ")
        ));
    }
    parts.extend(unlicensed);
    if !parts.is_empty() {
        accepted.said = Some(format!(
            "not delivered to {}; the others got it",
            parts.join("; ")
        ));
    }
    accepted
}

/// The recipients of a request, for a hint.
fn named(to: &recipients::Recipients) -> String {
    let all: Vec<String> = to
        .users
        .iter()
        .cloned()
        .chain(to.depts.iter().map(|d| format!("department {d}")))
        .chain(to.tags.iter().map(|t| format!("tag {t}")))
        .collect();
    super::at_most(&all, 20)
}

/// What to do about 60020, with the address the server saw (its `errmsg` says `from ip: …`).
fn trusted_ip_hint(message: &str) -> String {
    let ip = message
        .split("from ip:")
        .nth(1)
        .and_then(|rest| rest.split([',', ' ']).find(|s| !s.is_empty()))
        .filter(|ip| {
            ip.bytes()
                .all(|b| b.is_ascii_hexdigit() || b == b'.' || b == b':')
        });
    let which = match ip {
        Some(ip) => format!("this machine's public IP, {ip},"),
        None => "this machine's public IP".into(),
    };
    format!(
        "add {which} to the app's trusted IPs (企业可信IP: admin console → 应用管理 → the app); it takes effect after a minute. Retrying does not help"
    )
}

/// Whether a refusal with `code` is retried after a wait: a rate limit always, "system busy"
/// only for a token request.
fn retried(code: i64, what: ApiCall) -> bool {
    RATE_CODES.contains(&code) || (code == BUSY && what == ApiCall::Token)
}

/// How long to wait before retry `retry` (from 1) of a refusal with `code`: a minute-level
/// block lasts 60 s, a concurrency refusal or busy server much less.
fn rate_wait(code: i64, retry: u32) -> Duration {
    match code {
        45009 => super::http::doubling(RATE_WAIT, retry, RATE_WAIT_MAX, (1.0, 1.1)),
        _ => super::http::doubling(SHORT_WAIT, retry, SHORT_WAIT_MAX, (0.75, 1.25)),
    }
}

const RATE_HINT: &str = " (over WeCom's frequency limit: an app may send a member 30 messages a minute and 1000 an hour, a robot 20 messages a minute; still refused after the --retries retries, so try later)";
const MALFORMED_HINT: &str =
    " (the server found the request malformed; please report it with --dry-run output)";

/// The class of a refusal by its code (protocol §8): the exit code and a hint.
fn classify(code: i64, what: ApiCall) -> (Exit, &'static str) {
    match (what, code) {
        (_, 45009 | 45033) => (Exit::Refused, RATE_HINT),
        (_, UNTRUSTED_IP) => (
            Exit::Refused,
            " (this machine's IP is not among the app's trusted IPs)",
        ),
        (ApiCall::Token, 40001) => (
            Exit::Auth,
            " (check corp_secret: wrong, reset, or the app is disabled; not retried, since repeated wrong-secret calls block the IP for an hour)",
        ),
        (ApiCall::Token, 40013) => (Exit::Auth, " (check corp_id)"),
        (ApiCall::Token, _) => (Exit::Auth, " (check corp_id and corp_secret)"),
        (_, 42001 | 40014 | 40001) => (Exit::Auth, ""),
        (_, 93000) => (Exit::Auth, " (the server refused the robot's webhook key)"),
        (_, 93004) => (Exit::Auth, " (the robot is disabled)"),
        (_, 93008) => (Exit::Auth, " (the robot is not in the group)"),
        (_, ALL_INVALID) => (
            Exit::Refused,
            " (every recipient is unknown or outside the app's visible range)",
        ),
        (_, 40056) => (
            Exit::Refused,
            " (check agent_id: the AgentId of an app of this corp)",
        ),
        (_, 301002) => (
            Exit::Refused,
            " (corp_secret and agent_id are of different apps)",
        ),
        (_, 48002) => (Exit::Refused, " (the app may not use this API)"),
        (_, 40007) => (
            Exit::Refused,
            " (unknown or expired media id: media ids live 3 days, and a robot's serve only that robot)",
        ),
        (_, 40004 | 40006 | 40009 | 40011 | 45001 | 301017) => (
            Exit::Refused,
            " (the server refused the file's type or size)",
        ),
        (_, BUSY) => (
            Exit::Refused,
            " (the server is busy; not retried, since \"system busy\" does not prove that nothing was delivered)",
        ),
        (_, 40008 | 40058 | 40074 | 41006 | 44001 | 44004 | 45002 | 45008 | 82001 | 301019) => {
            (Exit::Refused, MALFORMED_HINT)
        }
        _ => (Exit::Refused, ""),
    }
}

/// The content type of an upload of media type `kind`.
fn mime(kind: &str, name: &str) -> &'static str {
    let ext = name
        .rsplit('.')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    match (kind, ext.as_str()) {
        ("image", "png") => "image/png",
        ("image", _) => "image/jpeg",
        ("voice", _) => "audio/amr",
        ("video", _) => "video/mp4",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests;
