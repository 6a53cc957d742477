//! A WeCom (企业微信) emulator on httpmock, both ways in on one server (wecom-protocol.md): an
//! app's token, message and upload endpoints, and a group robot's webhook send and upload. Each
//! handler checks the request as the protocol note says the real server does, records what it
//! got, and answers as the real server does: HTTP 200 with an `errcode`, errors included. Tests
//! set the directory, the rate limits and the trusted IP, expire tokens, and queue answers per
//! endpoint to make it refuse.
//!
//! A request that breaks the protocol (a client bug) is *rejected*: answered with the code the
//! note gives and listed by [`Wx::assert_none_rejected`]. A well-formed request the server
//! refuses for its own reasons (credentials, an expired token, the rate limit, unknown
//! recipients, an unknown robot key, an untrusted IP) is answered the same way but is no
//! rejection.
//!
//! Where the note marks a behaviour unverified, the emulator takes the strict reading:
//! - 60020 (untrusted IP) answers `message/send` and `media/upload`, not `gettoken` (the note
//!   says "app calls" without listing them; a test then sees the refusal on the call that
//!   carries the message or file) nor robots (§9).
//! - A robot `key` that is missing or holds a URL (`://`, `?`, `key=`: the client passed the
//!   whole webhook URL) is a rejection answered 93000; a key the server does not know is its
//!   refusal, 93000 too.
//! - Unknown JSON keys, at the top or inside a message's object, are rejected with 40058 (the
//!   real server is assumed to ignore them), so that a client's typo shows.
//! - Duplicate check (§4.5): only a byte-identical body with `enable_duplicate_check` 1 is a
//!   copy, counted from the delivery of the first one over the copy's interval (a fixed window,
//!   not sliding); the copy gets the first answer again (same `msgid`, errcode 0) and is not
//!   delivered. It counts against the rate limit.
//! - Rate limits (§4.6, §6.3): a fixed 60-second window of real time from the first message
//!   counted; past the limit every message is answered 45009 until the window ends; a refused
//!   message does not count. The limit is checked after the body's checks, so a malformed
//!   message is a rejection, not a 45009. Robots: 20 by default; apps: none unless set.
//! - Empty `invaliduser`/`invalidparty`/`invalidtag` are answered as `""`, not left out (§4.4).
//! - Codes the note only suggests: 82001 for no recipient, 40056 with "Warning: wrong json
//!   format." for a string `agentid`, 40008 for a missing `msgtype`, 40058 for robot text over
//!   2048 bytes and for bad Base64, 40009 for a robot image over 2 MB, 40004 for an image that is
//!   not PNG/JPEG or a video that is not MP4, 301017 for a voice that is not AMR, 44001 for a
//!   form that is not exactly one `media` part with a file name, 40006 for 5 bytes or less,
//!   45001 over the type's size (image uploads 10 MB), 45009 for a robot over its rate, 40058
//!   for a POST to `gettoken` or a GET to the others. MB is 1024 × 1024 bytes.
//! - A media message needs a media id of its own type (`image` an image upload, `file` a file
//!   upload) issued to the same caller (the app, or that robot): 40007 otherwise.
//! - Message types corpmsg does not send (voice, video, mpnews, markdown_v2, template cards) are
//!   rejected with 40008, though the real server takes them.
//! - `safe` on a news message is 40074 even when it is 0; a textcard's `description` is
//!   required (bold in §4.3) and its limits count bytes; a news article needs a `url` (the
//!   mini-program `appid`/`pagepath` alternative is refused as unknown keys).
//! - Tokens live 7200 s; a new one never revokes the old (§3.4).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use base64::Engine as _;
use httpmock::prelude::*;
use httpmock::{HttpMockRequest, HttpMockResponse};
use md5::{Digest, Md5};
use serde_json::{Value, json};

use crate::emulator::{Script, serve};
use crate::support::{Canned, form_parts};

pub const CORP_ID: &str = "ww0123456789abcdef";
pub const SECRET: &str = "wecom-secret-123";
pub const AGENT_ID: i64 = 1000002;
pub const ROBOT_KEY: &str = "693a91f6-7a5b-4c1d-9e2f-0123456789ab";
/// The caller's public address, as the server names it in its errmsg (60020's above all).
pub const FROM_IP: &str = "203.0.113.7";

pub const GETTOKEN: &str = "/cgi-bin/gettoken";
pub const SEND: &str = "/cgi-bin/message/send";
pub const UPLOAD: &str = "/cgi-bin/media/upload";
pub const WEBHOOK_SEND: &str = "/cgi-bin/webhook/send";
pub const WEBHOOK_UPLOAD: &str = "/cgi-bin/webhook/upload_media";

const MB: usize = 1024 * 1024;
const MINUTE: Duration = Duration::from_secs(60);
const TOKEN_LIFETIME: Duration = Duration::from_secs(7200);
/// Text and an app's markdown, in bytes (§4.3, §6.2).
const TEXT_LIMIT: usize = 2048;
const ROBOT_MARKDOWN_LIMIT: usize = 4096;
const TITLE_LIMIT: usize = 128;
const DESCRIPTION_LIMIT: usize = 512;
const URL_LIMIT: usize = 2048;
/// A textcard's button, in characters.
const BUTTON_LIMIT: usize = 4;
const MAX_ARTICLES: usize = 8;
const DEFAULT_DEDUPE: u64 = 1800;
const MAX_DEDUPE: u64 = 4 * 3600;
const ROBOT_IMAGE_LIMIT: usize = 2 * MB;
const ROBOT_PER_MINUTE: usize = 20;

/// One request as the emulator saw it.
#[derive(Debug, Clone)]
pub struct Seen {
    pub path: &'static str,
    /// The query's parameters, `corpsecret` masked as `***`.
    pub query: BTreeMap<String, String>,
    /// The JSON body; uploads: `{"type","name","size"}`; gettoken and what is not JSON: null.
    pub body: Value,
    /// The `errcode` answered; `None` for a scripted answer that has none.
    pub errcode: Option<i64>,
    /// Why the request broke the protocol, if it did.
    pub rejected: Option<String>,
    /// An app message taken but dropped by the duplicate check.
    pub duplicate: bool,
}

/// A message the server delivered: taken, and not a dropped duplicate.
#[derive(Debug, Clone)]
pub struct Delivery {
    /// [`SEND`] (the app) or [`WEBHOOK_SEND`] (a robot).
    pub path: &'static str,
    /// The robot's key; `None` for the app.
    pub robot: Option<String>,
    pub body: Value,
}

/// A file the emulator took, and the media id it answered.
#[derive(Debug, Clone)]
pub struct Upload {
    /// [`UPLOAD`] (the app) or [`WEBHOOK_UPLOAD`] (a robot).
    pub path: &'static str,
    /// The `type` of the query: image, voice, video or file.
    pub kind: String,
    /// The part's file name.
    pub name: String,
    pub bytes: Vec<u8>,
    pub media_id: String,
}

struct Token {
    value: String,
    issued: Instant,
    /// Made stale by [`Wx::expire_tokens`].
    expired: bool,
}

/// Who may send a media id: the app (any app of the corp), or the one robot that uploaded it.
#[derive(Clone, PartialEq, Debug)]
enum Owner {
    App,
    Robot(String),
}

/// A fixed rate window: when it opened and how many messages it counted.
#[derive(Default)]
struct Window {
    start: Option<Instant>,
    count: usize,
}

impl Window {
    /// Opens a new window if there is none or it is over.
    fn roll(&mut self, now: Instant) {
        if self.start.is_none_or(|s| now.duration_since(s) >= MINUTE) {
            self.start = Some(now);
            self.count = 0;
        }
    }

    /// Counts one more message, unless `limit` are counted already: then `false` (45009).
    fn admit(&mut self, limit: usize) -> bool {
        self.roll(Instant::now());
        if self.count >= limit {
            return false;
        }
        self.count += 1;
        true
    }
}

/// An app message delivered with the duplicate check on: its bytes, when, the check's
/// interval, and what it was answered.
struct Checked {
    raw: Vec<u8>,
    at: Instant,
    interval: Duration,
    answer: Value,
}

/// The ids the directory knows, lower-cased; `None`: every id.
#[derive(Default)]
struct Directory {
    users: Option<HashSet<String>>,
    parties: Option<HashSet<String>>,
    tags: Option<HashSet<String>>,
}

struct State {
    tokens: Vec<Token>,
    media: HashMap<String, (Owner, String)>,
    /// The robots' keys and their rate windows.
    robots: HashMap<String, Window>,
    robot_limit: usize,
    app_limit: Option<usize>,
    app_window: Window,
    directory: Directory,
    untrusted_ip: bool,
    checked: Vec<Checked>,
    seen: Vec<Seen>,
    delivered: Vec<Delivery>,
    uploads: Vec<Upload>,
    /// Answers the tests queued, per endpoint, over the request's recorded body.
    script: Script<Value, Canned>,
    /// When the server's thread is free again after a delayed answer.
    busy_until: Option<Instant>,
}

impl Default for State {
    fn default() -> Self {
        State {
            tokens: Vec::new(),
            media: HashMap::new(),
            robots: HashMap::from([(ROBOT_KEY.to_string(), Window::default())]),
            robot_limit: ROBOT_PER_MINUTE,
            app_limit: None,
            app_window: Window::default(),
            directory: Directory::default(),
            untrusted_ip: false,
            checked: Vec::new(),
            seen: Vec::new(),
            delivered: Vec::new(),
            uploads: Vec::new(),
            script: Script::default(),
            busy_until: None,
        }
    }
}

/// The one place that writes a WeCom app test profile: `name` for the server at `url`, with the
/// test corp, secret and agent id, and `extra` lines.
pub fn wecom_app_profile(name: &str, url: &str, extra: &str) -> String {
    format!(
        "[profiles.{name}]\nprovider = \"wecom\"\nurl = \"{url}\"\ncorp_id = \"{CORP_ID}\"\ncorp_secret = \"{SECRET}\"\nagent_id = {AGENT_ID}\n{extra}\n"
    )
}

/// The one place that writes a WeCom robot test profile: `name` for the server at `url`, with
/// the test robot's key, and `extra` lines.
pub fn wecom_robot_profile(name: &str, url: &str, extra: &str) -> String {
    format!(
        "[profiles.{name}]\nprovider = \"wecom\"\nurl = \"{url}\"\nwebhook_key = \"{ROBOT_KEY}\"\n{extra}\n"
    )
}

/// The server's answer to a refusal: `errcode` and an errmsg of the real shape, `text` then the
/// hint, the caller's address and the help link (§2).
pub fn wx_error(errcode: i64, text: &str) -> Value {
    let hint = uuid::Uuid::new_v4().as_u128() % 1_000_000_000_000;
    json!({
        "errcode": errcode,
        "errmsg": format!(
            "{text}, hint: [{}{hint:012}], from ip: {FROM_IP}, more info at https://open.work.weixin.qq.com/devtool/query?e={errcode}",
            unix_now()
        ),
    })
}

/// A WeCom server emulator: app and robot endpoints on one httpmock server.
pub struct Wx {
    server: MockServer,
    state: Arc<Mutex<State>>,
}

/// A test's hold on one queued answer: it counts the requests given it, and can be withdrawn.
pub struct Scripted {
    state: Arc<Mutex<State>>,
    id: usize,
}

impl Scripted {
    /// How many requests got this answer.
    pub fn calls(&self) -> usize {
        self.state.lock().unwrap().script.calls(self.id)
    }

    /// Withdraws the answer: later requests go to the next that takes them, or the emulator.
    pub fn delete(&self) {
        self.state.lock().unwrap().script.delete(self.id);
    }
}

impl Wx {
    pub fn start() -> Self {
        let wx = Wx {
            server: MockServer::start(),
            state: Arc::default(),
        };
        let paths = [GETTOKEN, SEND, UPLOAD, WEBHOOK_SEND, WEBHOOK_UPLOAD];
        serve(&wx.server, &wx.state, &paths, handle);
        wx
    }

    pub fn url(&self) -> String {
        self.server.base_url()
    }

    /// A profile `wx` for the test app on this server, with `extra` lines.
    pub fn app_config(&self, extra: &str) -> String {
        wecom_app_profile("wx", &self.url(), extra)
    }

    /// A profile `wxbot` for the test robot on this server, with `extra` lines.
    pub fn robot_config(&self, extra: &str) -> String {
        wecom_robot_profile("wxbot", &self.url(), extra)
    }

    /// Answers `canned` to the next requests to `path` (all of them with `uses` `None`) that
    /// pass the protocol's checks, instead of what the emulator would; first queued, first
    /// used. A malformed request is still rejected.
    pub fn answer(&self, path: &'static str, canned: Canned, uses: Option<usize>) -> Scripted {
        self.answer_when(path, |_| true, canned, uses)
    }

    /// [`Wx::answer`] for the requests whose recorded body (see [`Seen::body`]) `takes`.
    pub fn answer_when(
        &self,
        path: &'static str,
        takes: impl Fn(&Value) -> bool + Send + 'static,
        canned: Canned,
        uses: Option<usize>,
    ) -> Scripted {
        let id = self
            .state
            .lock()
            .unwrap()
            .script
            .add(path, takes, canned, uses);
        Scripted {
            state: self.state.clone(),
            id,
        }
    }

    /// Makes every token issued so far stale: a call with one gets 42001.
    pub fn expire_tokens(&self) {
        for t in &mut self.state.lock().unwrap().tokens {
            t.expired = true;
        }
    }

    /// Every token issued, oldest first, stale ones included.
    pub fn issued_tokens(&self) -> Vec<String> {
        let st = self.state.lock().unwrap();
        st.tokens.iter().map(|t| t.value.clone()).collect()
    }

    /// The user ids the directory knows (any case); the others come back in `invaliduser`.
    pub fn known_users(&self, ids: &[&str]) {
        self.state.lock().unwrap().directory.users = Some(lower_set(ids));
    }

    /// The department ids the directory knows; the others come back in `invalidparty`.
    pub fn known_parties(&self, ids: &[&str]) {
        self.state.lock().unwrap().directory.parties = Some(lower_set(ids));
    }

    /// The tag ids the directory knows; the others come back in `invalidtag`.
    pub fn known_tags(&self, ids: &[&str]) {
        self.state.lock().unwrap().directory.tags = Some(lower_set(ids));
    }

    /// At most `per_minute` app messages a window; the rest of it is answered 45009.
    pub fn app_rate_limit(&self, per_minute: usize) {
        self.state.lock().unwrap().app_limit = Some(per_minute);
    }

    /// At most `per_minute` messages a window for every robot (20 unless set).
    pub fn robot_rate_limit(&self, per_minute: usize) {
        self.state.lock().unwrap().robot_limit = per_minute;
    }

    /// Counts `sent` messages of robot `key` (the test robot's, or one added) in its current
    /// window (opening one now if none is open), as if someone else had sent them.
    pub fn preload_robot(&self, key: &str, sent: usize) {
        let mut st = self.state.lock().unwrap();
        let window = st
            .robots
            .get_mut(key)
            .expect("preload_robot: a robot the emulator knows (add_robot)");
        window.roll(Instant::now());
        window.count += sent;
    }

    /// Another robot the server knows, besides [`ROBOT_KEY`].
    pub fn add_robot(&self, key: &str) {
        let mut st = self.state.lock().unwrap();
        st.robots.entry(key.to_string()).or_default();
    }

    /// Whether this machine is outside the app's trusted IPs: app sends and uploads get 60020.
    pub fn untrusted_ip(&self, on: bool) {
        self.state.lock().unwrap().untrusted_ip = on;
    }

    /// Every request, in arrival order.
    pub fn seen(&self) -> Vec<Seen> {
        self.state.lock().unwrap().seen.clone()
    }

    /// The requests to `path`.
    pub fn seen_at(&self, path: &str) -> Vec<Seen> {
        self.seen().into_iter().filter(|s| s.path == path).collect()
    }

    /// The messages delivered (app and robots), in arrival order.
    pub fn delivered(&self) -> Vec<Delivery> {
        self.state.lock().unwrap().delivered.clone()
    }

    /// The files taken (app and robots), in arrival order.
    pub fn uploads(&self) -> Vec<Upload> {
        self.state.lock().unwrap().uploads.clone()
    }

    /// Fails the test, listing every rejected request and why, if any request broke the
    /// protocol.
    pub fn assert_none_rejected(&self) {
        let bad: Vec<String> = self
            .seen()
            .into_iter()
            .filter_map(|s| {
                let code = s.errcode.unwrap_or_default();
                s.rejected
                    .map(|why| format!("{} answered {code}: {why}\n  body: {}", s.path, s.body))
            })
            .collect();
        assert!(
            bad.is_empty(),
            "the WeCom emulator rejected {} request(s):\n{}",
            bad.len(),
            bad.join("\n")
        );
    }
}

impl Drop for Wx {
    /// A delayed answer holds the server's thread: wait for it, so that httpmock's pool hands
    /// the server on idle.
    fn drop(&mut self) {
        let until = self.state.lock().ok().and_then(|st| st.busy_until);
        if let Some(until) = until {
            std::thread::sleep(until.saturating_duration_since(Instant::now()));
        }
    }
}

fn lower_set(ids: &[&str]) -> HashSet<String> {
    ids.iter().map(|id| id.to_lowercase()).collect()
}

fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

/// A fresh opaque id: `prefix` and 32 hex digits.
fn fresh_id(prefix: &str) -> String {
    format!("{prefix}{}", uuid::Uuid::new_v4().simple())
}

// ---------------------------------------------------------------------------------------------
// The handler: read and check the request, then a scripted answer or the server's own.
// ---------------------------------------------------------------------------------------------

/// A request that broke the protocol: the code and errmsg text answered, and why (for the
/// test's failure message).
#[derive(Debug)]
struct Bad {
    code: i64,
    text: String,
    why: String,
}

impl Bad {
    fn new(code: i64, text: impl Into<String>) -> Self {
        let text = text.into();
        Bad {
            code,
            why: text.clone(),
            text,
        }
    }

    /// The same refusal, explained otherwise to the test.
    fn because(self, why: impl Into<String>) -> Self {
        Bad {
            why: why.into(),
            ..self
        }
    }
}

/// A value of the wrong JSON type: the server half-parses the request and says so.
fn wrong_type(what: &str, got: &Value, wanted: &str) -> Bad {
    Bad::new(
        40058,
        format!("invalid {what}, Warning: wrong json format."),
    )
    .because(format!("{what} is {got}, not {wanted}"))
}

/// What a well-formed request asks for.
enum Request {
    Token {
        corpid: String,
        secret: String,
    },
    AppMessage {
        token: String,
        to: Recipients,
        /// The duplicate check's interval, when it is on.
        dedupe: Option<Duration>,
        raw: Vec<u8>,
    },
    RobotMessage {
        key: String,
    },
    Upload {
        /// The app's token, or the robot's key.
        caller: Caller,
        file: File,
    },
}

enum Caller {
    App(String),
    Robot(String),
}

struct File {
    kind: String,
    name: String,
    bytes: Vec<u8>,
}

/// The one handler of every WeCom endpoint.
fn handle(state: &Mutex<State>, path: &'static str, req: &HttpMockRequest) -> HttpMockResponse {
    let mut st = state.lock().unwrap();
    let query = req.query_params_map();
    let mut seen = Seen {
        path,
        query: query
            .iter()
            .map(|(k, v)| {
                let v = if k == "corpsecret" { "***" } else { v };
                (k.clone(), v.to_string())
            })
            .collect(),
        body: Value::Null,
        errcode: None,
        rejected: None,
        duplicate: false,
    };
    let answer = match read(&st, path, req, &query, &mut seen) {
        Err(bad) => {
            seen.rejected = Some(bad.why);
            wx_error(bad.code, &bad.text)
        }
        Ok(request) => match st.script.answer(path, &seen.body) {
            Some((_, canned)) => return play(st, seen, &canned),
            None => answer(&mut st, request, &mut seen),
        },
    };
    seen.errcode = answer["errcode"].as_i64();
    st.seen.push(seen);
    HttpMockResponse::builder()
        .status(200)
        .header("content-type", "application/json; charset=UTF-8")
        .body(answer.to_string())
        .build()
}

/// Answers a scripted `canned`, after its delay (the lock released meanwhile).
fn play(
    mut st: std::sync::MutexGuard<'_, State>,
    mut seen: Seen,
    canned: &Canned,
) -> HttpMockResponse {
    let response = canned.response();
    seen.errcode = response
        .body
        .as_ref()
        .and_then(|b| serde_json::from_slice::<Value>(b.as_ref()).ok())
        .and_then(|v| v["errcode"].as_i64());
    st.seen.push(seen);
    let delay = canned.delay();
    if !delay.is_zero() {
        let until = Instant::now() + delay;
        st.busy_until = Some(st.busy_until.map_or(until, |b| b.max(until)));
        drop(st);
        std::thread::sleep(delay);
    }
    response
}

/// Checks a request as the server would; records its body in `seen` as soon as it is read.
fn read(
    st: &State,
    path: &'static str,
    req: &HttpMockRequest,
    query: &HashMap<String, String>,
    seen: &mut Seen,
) -> Result<Request, Bad> {
    let method_ok = if path == GETTOKEN {
        req.method() == GET
    } else {
        req.method() == POST
    };
    if !method_ok {
        return Err(Bad::new(40058, "invalid Request Method").because(format!(
            "{} is the wrong method for {path}",
            req.method_str()
        )));
    }
    match path {
        GETTOKEN => read_token(query),
        SEND => {
            let token = access_token(query)?;
            seen.body = json_body(req)?;
            let (to, dedupe) = check_app_message(st, &seen.body)?;
            Ok(Request::AppMessage {
                token,
                to,
                dedupe,
                raw: req.body_vec(),
            })
        }
        UPLOAD => {
            let token = access_token(query)?;
            let file = read_file(req, query, seen, &["image", "voice", "video", "file"])?;
            Ok(Request::Upload {
                caller: Caller::App(token),
                file,
            })
        }
        WEBHOOK_SEND => {
            let key = webhook_key(query)?;
            seen.body = json_body(req)?;
            check_robot_message(st, &key, &seen.body)?;
            Ok(Request::RobotMessage { key })
        }
        _ => {
            let key = webhook_key(query)?;
            let file = read_file(req, query, seen, &["file", "voice"])?;
            Ok(Request::Upload {
                caller: Caller::Robot(key),
                file,
            })
        }
    }
}

/// gettoken's checks: both parameters there (41002, 41004).
fn read_token(query: &HashMap<String, String>) -> Result<Request, Bad> {
    let corpid = query.get("corpid").filter(|v| !v.is_empty());
    let secret = query.get("corpsecret").filter(|v| !v.is_empty());
    match (corpid, secret) {
        (None, _) => Err(Bad::new(41002, "corpid missing")),
        (_, None) => Err(Bad::new(41004, "corpsecret missing")),
        (Some(corpid), Some(secret)) => Ok(Request::Token {
            corpid: corpid.clone(),
            secret: secret.clone(),
        }),
    }
}

/// The `access_token` of an app call's query (41001 without one).
fn access_token(query: &HashMap<String, String>) -> Result<String, Bad> {
    query
        .get("access_token")
        .filter(|t| !t.is_empty())
        .cloned()
        .ok_or_else(|| Bad::new(41001, "access_token missing"))
}

/// The `key` of a robot call's query: there, and a key rather than the whole webhook URL.
fn webhook_key(query: &HashMap<String, String>) -> Result<String, Bad> {
    let key = query.get("key").cloned().unwrap_or_default();
    if key.is_empty() || key.contains("://") || key.contains("key=") || key.contains('?') {
        return Err(Bad::new(93000, "invalid webhook url")
            .because(format!("the key {key:?} is not a robot's key")));
    }
    Ok(key)
}

/// A JSON object body (40058 otherwise).
fn json_body(req: &HttpMockRequest) -> Result<Value, Bad> {
    match serde_json::from_slice::<Value>(req.body_ref()) {
        Ok(v @ Value::Object(_)) => Ok(v),
        _ => Err(Bad::new(40058, "invalid json").because(format!(
            "the body is not a JSON object: {:?}",
            String::from_utf8_lossy(req.body_ref())
        ))),
    }
}

/// The server's answer to a well-formed request, and what it records of it.
fn answer(st: &mut State, request: Request, seen: &mut Seen) -> Value {
    match request {
        Request::Token { corpid, secret } => issue_token(st, &corpid, &secret),
        Request::AppMessage {
            token,
            to,
            dedupe,
            raw,
        } => app_gate(st, &token).unwrap_or_else(|| send_app(st, &to, dedupe, raw, seen)),
        Request::RobotMessage { key } => robot_gate(st, &key).unwrap_or_else(|| {
            if !st.robots.get_mut(&key).unwrap().admit(st.robot_limit) {
                return wx_error(45009, "api freq out of limit");
            }
            st.delivered.push(Delivery {
                path: WEBHOOK_SEND,
                robot: Some(key),
                body: seen.body.clone(),
            });
            json!({"errcode": 0, "errmsg": "ok"})
        }),
        Request::Upload {
            caller: Caller::App(token),
            file,
        } => app_gate(st, &token).unwrap_or_else(|| take_upload(st, UPLOAD, Owner::App, file)),
        Request::Upload {
            caller: Caller::Robot(key),
            file,
        } => robot_gate(st, &key)
            .unwrap_or_else(|| take_upload(st, WEBHOOK_UPLOAD, Owner::Robot(key), file)),
    }
}

/// gettoken: the test corp (40013) and secret (40001), then a fresh token.
fn issue_token(st: &mut State, corpid: &str, secret: &str) -> Value {
    if corpid != CORP_ID {
        return wx_error(40013, "invalid corpid");
    }
    if secret != SECRET {
        return wx_error(40001, "invalid credential");
    }
    let value = format!(
        "{}{}",
        fresh_id(&format!("wxtok{}-", st.tokens.len() + 1)),
        uuid::Uuid::new_v4().simple()
    );
    st.tokens.push(Token {
        value: value.clone(),
        issued: Instant::now(),
        expired: false,
    });
    json!({"errcode": 0, "errmsg": "ok", "access_token": value, "expires_in": 7200})
}

/// An app call's refusals before its body: the trusted IP (60020), the token (40014, 42001).
fn app_gate(st: &State, token: &str) -> Option<Value> {
    if st.untrusted_ip {
        return Some(wx_error(60020, "not allow to access from your ip"));
    }
    match st.tokens.iter().find(|t| t.value == token) {
        None => Some(wx_error(40014, "invalid access_token")),
        Some(t) if t.expired || t.issued.elapsed() >= TOKEN_LIFETIME => {
            Some(wx_error(42001, "access_token expired"))
        }
        Some(_) => None,
    }
}

/// A robot call's refusal before its body: a key the server does not know (93000).
fn robot_gate(st: &State, key: &str) -> Option<Value> {
    (!st.robots.contains_key(key)).then(|| wx_error(93000, "invalid webhook url"))
}

/// An app message past its token: the rate limit, the duplicate check, the recipients.
fn send_app(
    st: &mut State,
    to: &Recipients,
    dedupe: Option<Duration>,
    raw: Vec<u8>,
    seen: &mut Seen,
) -> Value {
    if let Some(limit) = st.app_limit
        && !st.app_window.admit(limit)
    {
        return wx_error(45009, "api freq out of limit");
    }
    if dedupe.is_some() {
        // A byte-identical body carries the same interval.
        let now = Instant::now();
        let earlier = st
            .checked
            .iter()
            .find(|c| c.raw == raw && now.duration_since(c.at) < c.interval);
        if let Some(earlier) = earlier {
            seen.duplicate = true;
            return earlier.answer.clone();
        }
    }
    let (invalid, all_invalid) = st.directory.invalid(to);
    if all_invalid {
        let mut refusal = wx_error(81013, "user & party & tag all invalid");
        refusal.as_object_mut().unwrap().extend(invalid);
        return refusal;
    }
    let mut answer = json!({"errcode": 0, "errmsg": "ok"});
    let fields = answer.as_object_mut().unwrap();
    fields.extend(invalid);
    fields.insert("msgid".into(), fresh_id("").into());
    st.delivered.push(Delivery {
        path: SEND,
        robot: None,
        body: seen.body.clone(),
    });
    if let Some(interval) = dedupe {
        st.checked.push(Checked {
            raw,
            at: Instant::now(),
            interval,
            answer: answer.clone(),
        });
    }
    answer
}

/// Records an upload and answers its new media id, which only `owner` may send.
fn take_upload(st: &mut State, path: &'static str, owner: Owner, file: File) -> Value {
    let media_id = fresh_id(if owner == Owner::App { "3a" } else { "3r" });
    st.media
        .insert(media_id.clone(), (owner, file.kind.clone()));
    let errmsg = if path == UPLOAD { "" } else { "ok" };
    let answer = json!({"errcode": 0, "errmsg": errmsg, "type": file.kind, "media_id": media_id,
                        "created_at": unix_now().to_string()});
    st.uploads.push(Upload {
        path,
        kind: file.kind,
        name: file.name,
        bytes: file.bytes,
        media_id,
    });
    answer
}

// ---------------------------------------------------------------------------------------------
// App messages (§4).
// ---------------------------------------------------------------------------------------------

/// The recipients of an app message: everyone (`touser` "@all"), or the ids of each list.
#[derive(Default)]
struct Recipients {
    all: bool,
    users: Vec<String>,
    parties: Vec<String>,
    tags: Vec<String>,
}

impl Directory {
    /// The `invaliduser`/`invalidparty`/`invalidtag` fields for `to` (user ids lower-cased,
    /// `""` when none), and whether every recipient is invalid.
    fn invalid(&self, to: &Recipients) -> (serde_json::Map<String, Value>, bool) {
        let unknown = |known: &Option<HashSet<String>>, ids: &[String], lower: bool| {
            ids.iter()
                .filter(|id| {
                    known
                        .as_ref()
                        .is_some_and(|k| !k.contains(&id.to_lowercase()))
                })
                .map(|id| if lower { id.to_lowercase() } else { id.clone() })
                .collect::<Vec<String>>()
        };
        let (users, parties, tags) = if to.all {
            (Vec::new(), Vec::new(), Vec::new())
        } else {
            (
                unknown(&self.users, &to.users, true),
                unknown(&self.parties, &to.parties, false),
                unknown(&self.tags, &to.tags, false),
            )
        };
        let named = to.users.len() + to.parties.len() + to.tags.len();
        let all_invalid = !to.all && users.len() + parties.len() + tags.len() == named;
        let mut fields = serde_json::Map::new();
        fields.insert("invaliduser".into(), users.join("|").into());
        fields.insert("invalidparty".into(), parties.join("|").into());
        fields.insert("invalidtag".into(), tags.join("|").into());
        (fields, all_invalid)
    }
}

/// The checks of `/cgi-bin/message/send` (§4): the keys, the app, the recipients, the flags and
/// the body under its `msgtype`. The recipients and the duplicate check's interval, if on.
fn check_app_message(st: &State, m: &Value) -> Result<(Recipients, Option<Duration>), Bad> {
    let kind = match m.get("msgtype") {
        Some(Value::String(k))
            if ["text", "markdown", "image", "file", "textcard", "news"].contains(&k.as_str()) =>
        {
            k.as_str()
        }
        other => {
            return Err(Bad::new(40008, "invalid message type")
                .because(format!("msgtype {other:?} is not one corpmsg sends")));
        }
    };
    let allowed = [
        "touser",
        "toparty",
        "totag",
        "msgtype",
        "agentid",
        "safe",
        "enable_id_trans",
        "enable_duplicate_check",
        "duplicate_check_interval",
        kind,
    ];
    only_keys(m, &allowed, "the message")?;
    match m.get("agentid") {
        None => return Err(Bad::new(41011, "missing agentid")),
        Some(Value::Number(n)) if n.as_i64() == Some(AGENT_ID) => {}
        Some(v @ Value::Number(_)) => {
            return Err(Bad::new(40056, "invalid agentid")
                .because(format!("agentid {v} is not the app's {AGENT_ID}")));
        }
        Some(v) => {
            return Err(
                Bad::new(40056, "invalid agentid, Warning: wrong json format.")
                    .because(format!("agentid is {v}, not an integer")),
            );
        }
    }
    let to = recipients(m)?;
    let dedupe = flags(m, kind)?;
    let body = m.get(kind).ok_or_else(|| {
        Bad::new(40058, format!("{kind} is empty")).because(format!("no {kind} object"))
    })?;
    check_app_body(st, kind, body)?;
    Ok((to, dedupe))
}

/// Refuses any key of `v` not in `allowed` (the emulator's choice: the real server is assumed
/// to ignore them).
fn only_keys(v: &Value, allowed: &[&str], what: &str) -> Result<(), Bad> {
    let Some(obj) = v.as_object() else {
        return Err(wrong_type(what, v, "an object"));
    };
    match obj.keys().find(|k| !allowed.contains(&k.as_str())) {
        Some(k) => Err(Bad::new(40058, format!("invalid parameter {k}"))
            .because(format!("unknown key {k:?} in {what}"))),
        None => Ok(()),
    }
}

/// `touser`, `toparty`, `totag` (§4.1, §4.2): `|`-joined strings within 1000, 100 and 100
/// (40032, 82002, 82003), not all empty (82001); `touser` "@all" alone is everyone.
fn recipients(m: &Value) -> Result<Recipients, Bad> {
    let users = id_list(m, "touser", 1000, 40032)?;
    let parties = id_list(m, "toparty", 100, 82002)?;
    let tags = id_list(m, "totag", 100, 82003)?;
    if users.iter().any(|u| u == "@all") {
        if users.len() > 1 {
            return Err(
                Bad::new(40058, "invalid touser").because("touser holds @all among other ids")
            );
        }
        return Ok(Recipients {
            all: true,
            ..Recipients::default()
        });
    }
    if users.is_empty() && parties.is_empty() && tags.is_empty() {
        return Err(Bad::new(82001, "All touser & toparty & totag invalid")
            .because("touser, toparty and totag are all empty"));
    }
    Ok(Recipients {
        all: false,
        users,
        parties,
        tags,
    })
}

/// One recipient list: a string of ids joined by `|` (spaces around them allowed), at most
/// `limit` of them (`code` past it); absent or "" is none.
fn id_list(m: &Value, key: &str, limit: usize, code: i64) -> Result<Vec<String>, Bad> {
    let list = match m.get(key) {
        None => return Ok(Vec::new()),
        Some(Value::String(s)) => s,
        Some(other) => return Err(wrong_type(key, other, "a |-joined string")),
    };
    if list.trim().is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<String> = list.split('|').map(|id| id.trim().to_string()).collect();
    if ids.iter().any(String::is_empty) {
        return Err(Bad::new(40058, format!("invalid {key}"))
            .because(format!("{key} {list:?} holds an empty id")));
    }
    if ids.len() > limit {
        return Err(Bad::new(code, format!("invalid {key} size"))
            .because(format!("{key} holds {} ids; at most {limit}", ids.len())));
    }
    Ok(ids)
}

/// An integer flag of the message, if present (40058 with the JSON warning otherwise).
fn int_flag(m: &Value, key: &str) -> Result<Option<i64>, Bad> {
    match m.get(key) {
        None => Ok(None),
        Some(v) => v
            .as_i64()
            .map(Some)
            .ok_or_else(|| wrong_type(key, v, "an integer")),
    }
}

/// `safe`, `enable_id_trans`, `enable_duplicate_check` (0 or 1) and `duplicate_check_interval`
/// (at most 4 hours): integers. No `safe` on news (40074). The check's interval, when it is on.
fn flags(m: &Value, kind: &str) -> Result<Option<Duration>, Bad> {
    for key in ["safe", "enable_id_trans", "enable_duplicate_check"] {
        if let Some(v) = int_flag(m, key)?
            && v != 0
            && v != 1
        {
            return Err(Bad::new(40058, format!("invalid {key}"))
                .because(format!("{key} is {v}, not 0 or 1")));
        }
    }
    if kind == "news" && m.get("safe").is_some() {
        return Err(Bad::new(40074, "news消息不支持保密消息类型"));
    }
    let interval = match int_flag(m, "duplicate_check_interval")? {
        None => DEFAULT_DEDUPE,
        Some(s) if (0..=MAX_DEDUPE as i64).contains(&s) => s as u64,
        Some(s) => {
            return Err(Bad::new(
                40058,
                format!("duplicate_check_interval exceed max {MAX_DEDUPE}"),
            )
            .because(format!("duplicate_check_interval is {s}")));
        }
    };
    let on = int_flag(m, "enable_duplicate_check")? == Some(1);
    Ok(on.then(|| Duration::from_secs(interval)))
}

/// The body under an app message's `msgtype` (§4.3).
fn check_app_body(st: &State, kind: &str, body: &Value) -> Result<(), Bad> {
    match kind {
        "text" | "markdown" => {
            only_keys(body, &["content"], kind)?;
            let content = string_field(body, "content", kind, false, usize::MAX)?;
            match content.unwrap_or("") {
                "" => Err(Bad::new(44004, "empty content")
                    .because(format!("{kind}.content is missing or empty"))),
                c if c.len() > TEXT_LIMIT => Err(Bad::new(45002, "content size out of limit")
                    .because(format!(
                        "{kind}.content is {} bytes; at most {TEXT_LIMIT}",
                        c.len()
                    ))),
                _ => Ok(()),
            }
        }
        "image" | "file" => {
            only_keys(body, &["media_id"], kind)?;
            let Some(id) = string_field(body, "media_id", kind, false, usize::MAX)? else {
                return Err(Bad::new(41006, "media_id missing"));
            };
            check_media(st, id, kind, &Owner::App)
        }
        "textcard" => {
            only_keys(body, &["title", "description", "url", "btntxt"], kind)?;
            string_field(body, "title", kind, true, TITLE_LIMIT)?;
            string_field(body, "description", kind, true, DESCRIPTION_LIMIT)?;
            string_field(body, "url", kind, true, URL_LIMIT)?;
            match string_field(body, "btntxt", kind, false, usize::MAX)? {
                Some(b) if b.chars().count() > BUTTON_LIMIT => Err(Bad::new(
                    40058,
                    format!("textcard.btntxt exceed max length {BUTTON_LIMIT}"),
                )),
                _ => Ok(()),
            }
        }
        _ => check_news(body),
    }
}

/// A string field of `obj` (named `at.key` in errors): one that is `required` must be there
/// and not empty; at most `limit` UTF-8 bytes (40058 "… exceed max length N").
fn string_field<'a>(
    obj: &'a Value,
    key: &str,
    at: &str,
    required: bool,
    limit: usize,
) -> Result<Option<&'a str>, Bad> {
    let what = format!("{at}.{key}");
    let value = match obj.get(key) {
        None => None,
        Some(Value::String(s)) => Some(s.as_str()),
        Some(other) => return Err(wrong_type(&what, other, "a string")),
    };
    match value {
        None | Some("") if required => Err(Bad::new(40058, format!("{what} can't be empty"))),
        Some(s) if s.len() > limit => {
            Err(Bad::new(40058, format!("{what} exceed max length {limit}"))
                .because(format!("{what} is {} bytes; at most {limit}", s.len())))
        }
        value => Ok(value),
    }
}

/// A media id issued by an upload of `owner`, of the message's type (40007 otherwise).
fn check_media(st: &State, id: &str, kind: &str, owner: &Owner) -> Result<(), Bad> {
    match st.media.get(id) {
        Some((o, k)) if o == owner && k == kind => Ok(()),
        found => Err(Bad::new(40007, "invalid media_id").because(format!(
            "{kind} media_id {id:?}: {}",
            match found {
                None => "never issued".to_string(),
                Some((o, k)) => format!("a {k} uploaded by {o:?}, not a {kind} of {owner:?}"),
            }
        ))),
    }
}

/// A news object (app and robot): 1 to 8 articles (45008), each with a title (128 bytes) and a
/// url (2048 bytes), an optional description (512 bytes) and picurl (2048 bytes).
fn check_news(news: &Value) -> Result<(), Bad> {
    only_keys(news, &["articles"], "news")?;
    let articles = match news.get("articles") {
        Some(Value::Array(a)) => a,
        other => {
            return Err(wrong_type(
                "news.articles",
                other.unwrap_or(&Value::Null),
                "an array",
            ));
        }
    };
    if !(1..=MAX_ARTICLES).contains(&articles.len()) {
        return Err(Bad::new(45008, "article size out of limit")
            .because(format!("{} articles; 1 to {MAX_ARTICLES}", articles.len())));
    }
    for (i, a) in articles.iter().enumerate() {
        let at = format!("news.articles[{i}]");
        only_keys(a, &["title", "description", "url", "picurl"], &at)?;
        string_field(a, "title", &at, true, TITLE_LIMIT)?;
        string_field(a, "description", &at, false, DESCRIPTION_LIMIT)?;
        string_field(a, "url", &at, true, URL_LIMIT)?;
        string_field(a, "picurl", &at, false, URL_LIMIT)?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Robot messages (§6).
// ---------------------------------------------------------------------------------------------

/// The checks of `/cgi-bin/webhook/send`: the keys, and the body under its `msgtype`.
fn check_robot_message(st: &State, key: &str, m: &Value) -> Result<(), Bad> {
    let kind = match m.get("msgtype") {
        Some(Value::String(k))
            if ["text", "markdown", "image", "file", "news"].contains(&k.as_str()) =>
        {
            k.as_str()
        }
        other => {
            return Err(Bad::new(40008, "invalid message type").because(format!(
                "msgtype {other:?} is not one corpmsg sends to a robot"
            )));
        }
    };
    only_keys(m, &["msgtype", kind], "the message")?;
    let body = m.get(kind).ok_or_else(|| {
        Bad::new(40058, format!("{kind} is empty")).because(format!("no {kind} object"))
    })?;
    match kind {
        "text" => check_robot_text(body),
        "markdown" => {
            only_keys(body, &["content"], "markdown (mentions go in the content)")?;
            required_content(body, kind, ROBOT_MARKDOWN_LIMIT)
        }
        "image" => check_robot_image(body),
        "file" => {
            only_keys(body, &["media_id"], kind)?;
            let Some(id) = string_field(body, "media_id", kind, false, usize::MAX)? else {
                return Err(Bad::new(41006, "media_id missing"));
            };
            // A key the server does not know is answered 93000 later.
            if !st.robots.contains_key(key) {
                return Ok(());
            }
            check_media(st, id, kind, &Owner::Robot(key.to_string()))
        }
        _ => check_news(body),
    }
}

/// `content` there and not empty (44004), at most `limit` bytes (40058).
fn required_content(body: &Value, kind: &str, limit: usize) -> Result<(), Bad> {
    match string_field(body, "content", kind, false, limit)? {
        None | Some("") => {
            Err(Bad::new(44004, "empty content")
                .because(format!("{kind}.content is missing or empty")))
        }
        Some(_) => Ok(()),
    }
}

/// Robot text: content (2048 bytes), and mention lists that are arrays of strings.
fn check_robot_text(body: &Value) -> Result<(), Bad> {
    only_keys(
        body,
        &["content", "mentioned_list", "mentioned_mobile_list"],
        "text",
    )?;
    required_content(body, "text", TEXT_LIMIT)?;
    for key in ["mentioned_list", "mentioned_mobile_list"] {
        match body.get(key) {
            None => {}
            Some(Value::Array(items)) if items.iter().all(Value::is_string) => {}
            Some(other) => return Err(wrong_type(key, other, "an array of strings")),
        }
    }
    Ok(())
}

/// Robot image: Base64 that decodes (40058) to at most 2 MB (40009) of PNG or JPEG (40004),
/// with the lower-case hex MD5 of those bytes (301019).
fn check_robot_image(body: &Value) -> Result<(), Bad> {
    only_keys(body, &["base64", "md5"], "image")?;
    let data = string_field(body, "base64", "image", true, usize::MAX)?.unwrap_or_default();
    let md5 = string_field(body, "md5", "image", true, usize::MAX)?.unwrap_or_default();
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(data)
        .map_err(|e| Bad::new(40058, "invalid base64").because(format!("image.base64: {e}")))?;
    if bytes.len() > ROBOT_IMAGE_LIMIT {
        return Err(Bad::new(40009, "invalid image size").because(format!(
            "the image is {} bytes; at most {ROBOT_IMAGE_LIMIT}",
            bytes.len()
        )));
    }
    if !is_png_or_jpeg(&bytes) {
        return Err(Bad::new(40004, "invalid media type").because("the image is not PNG or JPEG"));
    }
    let expected = hex_md5(&bytes);
    if md5 != expected {
        return Err(Bad::new(301019, "media md5 not match")
            .because(format!("md5 {md5:?}; the decoded bytes' is {expected:?}")));
    }
    Ok(())
}

fn is_png_or_jpeg(bytes: &[u8]) -> bool {
    bytes.starts_with(b"\x89PNG\r\n\x1a\n") || bytes.starts_with(&[0xFF, 0xD8, 0xFF])
}

/// The lower-case hex MD5 of `bytes`.
pub fn hex_md5(bytes: &[u8]) -> String {
    Md5::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Uploads (§5, §7).
// ---------------------------------------------------------------------------------------------

/// An upload's checks: `type` among `types` (40005); a multipart form of exactly one part named
/// `media` with a file name (44001); more than 5 bytes (40006) and within the type's size
/// (45001) and format (40004, 301017). Records `{"type","name","size"}` in `seen`.
fn read_file(
    req: &HttpMockRequest,
    query: &HashMap<String, String>,
    seen: &mut Seen,
    types: &[&str],
) -> Result<File, Bad> {
    let kind = query.get("type").cloned().unwrap_or_default();
    if !types.contains(&kind.as_str()) {
        return Err(Bad::new(40005, "invalid file type")
            .because(format!("type {kind:?}; one of {types:?}")));
    }
    let parts = form_parts(req).ok_or_else(|| {
        Bad::new(44001, "empty media data").because("not multipart/form-data with a boundary")
    })?;
    let (name, bytes) = match parts.as_slice() {
        [p] if p.name == "media" && p.filename.as_deref().is_some_and(|f| !f.is_empty()) => {
            (p.filename.clone().unwrap_or_default(), p.data.clone())
        }
        _ => {
            let names: Vec<_> = parts.iter().map(|p| (&p.name, &p.filename)).collect();
            return Err(Bad::new(44001, "empty media data").because(format!(
                "the form's parts (name, file name) are {names:?}; one \"media\" with a file name"
            )));
        }
    };
    seen.body = json!({"type": kind, "name": name, "size": bytes.len()});
    check_file(&kind, &bytes)?;
    Ok(File { kind, name, bytes })
}

/// A file's size and format for its `kind`.
fn check_file(kind: &str, bytes: &[u8]) -> Result<(), Bad> {
    let limit = match kind {
        "image" | "video" => 10 * MB,
        "voice" => 2 * MB,
        _ => 20 * MB,
    };
    if bytes.len() <= 5 {
        return Err(Bad::new(40006, "invalid file size")
            .because(format!("{} bytes; more than 5", bytes.len())));
    }
    if bytes.len() > limit {
        return Err(Bad::new(45001, "media size out of limit").because(format!(
            "a {kind} of {} bytes; at most {limit}",
            bytes.len()
        )));
    }
    let format_ok = match kind {
        "image" => is_png_or_jpeg(bytes),
        "video" => bytes.get(4..8) == Some(b"ftyp"),
        "voice" => bytes.starts_with(b"#!AMR"),
        _ => true,
    };
    match (format_ok, kind) {
        (true, _) => Ok(()),
        (false, "voice") => Err(Bad::new(301017, "voice file only support amr format")),
        (false, _) => Err(Bad::new(40004, "invalid media type").because(format!(
            "the {kind} is not {}",
            if kind == "image" { "JPG or PNG" } else { "MP4" }
        ))),
    }
}

// ---------------------------------------------------------------------------------------------
// The emulator's own tests: each check fires, driven over HTTP with reqwest.
// ---------------------------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use reqwest::blocking::{Client, multipart};
    use serde_json::{Value, json};

    use super::*;

    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR-not-a-real-picture";

    fn client() -> Client {
        Client::builder().no_proxy().build().unwrap()
    }

    fn parse(response: reqwest::blocking::Response) -> Value {
        serde_json::from_str(&response.text().unwrap()).unwrap()
    }

    fn get(wx: &Wx, path_and_query: &str) -> Value {
        parse(
            client()
                .get(format!("{}{path_and_query}", wx.url()))
                .send()
                .unwrap(),
        )
    }

    fn post(wx: &Wx, path_and_query: &str, body: &Value) -> Value {
        let response = client()
            .post(format!("{}{path_and_query}", wx.url()))
            .header("content-type", "application/json")
            .body(body.to_string())
            .send()
            .unwrap();
        parse(response)
    }

    /// Uploads `bytes` as the form part `part` named `file`.
    fn upload(wx: &Wx, path_and_query: &str, part: &str, file: &str, bytes: &[u8]) -> Value {
        let part_data = multipart::Part::bytes(bytes.to_vec()).file_name(file.to_string());
        let form = multipart::Form::new().part(part.to_string(), part_data);
        let url = format!("{}{path_and_query}", wx.url());
        parse(client().post(url).multipart(form).send().unwrap())
    }

    fn token(wx: &Wx) -> String {
        let answer = get(
            wx,
            &format!("{GETTOKEN}?corpid={CORP_ID}&corpsecret={SECRET}"),
        );
        answer["access_token"].as_str().unwrap().to_string()
    }

    fn send(wx: &Wx, token: &str, body: &Value) -> Value {
        post(wx, &format!("{SEND}?access_token={token}"), body)
    }

    fn robot(wx: &Wx, body: &Value) -> Value {
        post(wx, &format!("{WEBHOOK_SEND}?key={ROBOT_KEY}"), body)
    }

    /// An app message of `kind` to alice.
    fn app_message(kind: &str, body: Value) -> Value {
        json!({"touser": "alice", "msgtype": kind, "agentid": AGENT_ID, kind: body})
    }

    fn text_to(touser: &str, content: &str) -> Value {
        let mut m = app_message("text", json!({ "content": content }));
        m["touser"] = json!(touser);
        m
    }

    fn robot_text(content: &str) -> Value {
        json!({"msgtype": "text", "text": {"content": content}})
    }

    fn rejections(wx: &Wx) -> Vec<String> {
        wx.seen().into_iter().filter_map(|s| s.rejected).collect()
    }

    #[test]
    fn gettoken_checks_the_credentials_and_issues_fresh_tokens() {
        let wx = Wx::start();
        let wrong_corp = get(
            &wx,
            &format!("{GETTOKEN}?corpid=wwnope&corpsecret={SECRET}"),
        );
        assert_eq!(wrong_corp["errcode"], 40013);
        let wrong_secret = get(&wx, &format!("{GETTOKEN}?corpid={CORP_ID}&corpsecret=nope"));
        assert_eq!(wrong_secret["errcode"], 40001);
        assert!(
            wrong_secret["errmsg"]
                .as_str()
                .unwrap()
                .starts_with("invalid credential, hint: [")
        );
        // Wrong credentials are the server's refusal, not a client bug.
        wx.assert_none_rejected();
        assert_eq!(
            get(&wx, &format!("{GETTOKEN}?corpsecret={SECRET}"))["errcode"],
            41002
        );
        assert_eq!(
            get(&wx, &format!("{GETTOKEN}?corpid={CORP_ID}"))["errcode"],
            41004
        );
        let url = format!("{GETTOKEN}?corpid={CORP_ID}&corpsecret={SECRET}");
        assert_eq!(post(&wx, &url, &json!({}))["errcode"], 40058);
        let ok = get(&wx, &url);
        assert_eq!(
            (&ok["errcode"], &ok["errmsg"], &ok["expires_in"]),
            (&json!(0), &json!("ok"), &json!(7200))
        );
        let second = token(&wx);
        assert_ne!(ok["access_token"], second);
        assert_eq!(
            wx.issued_tokens(),
            [ok["access_token"].as_str().unwrap(), &second]
        );
        let seen = wx.seen_at(GETTOKEN);
        assert_eq!(seen[1].query["corpsecret"], "***");
        assert_eq!(seen[0].errcode, Some(40013));
        assert_eq!(rejections(&wx).len(), 3, "{:?}", rejections(&wx));
    }

    #[test]
    fn a_string_agentid_is_rejected_with_the_json_warning() {
        let wx = Wx::start();
        let t = token(&wx);
        let mut m = text_to("alice", "hi");
        m["agentid"] = json!("1000002");
        let answer = send(&wx, &t, &m);
        assert_eq!(answer["errcode"], 40056);
        assert!(
            answer["errmsg"]
                .as_str()
                .unwrap()
                .contains("Warning: wrong json format.")
        );
        m["agentid"] = json!(1000003);
        assert_eq!(send(&wx, &t, &m)["errcode"], 40056);
        assert!(wx.delivered().is_empty());
        assert!(rejections(&wx)[0].contains("agentid is \"1000002\", not an integer"));
    }

    #[test]
    fn text_over_2048_bytes_and_malformed_bodies_are_rejected() {
        let wx = Wx::start();
        let t = token(&wx);
        let full = "é".repeat(1024);
        assert_eq!(send(&wx, &t, &text_to("alice", &full))["errcode"], 0);
        wx.assert_none_rejected();
        assert_eq!(
            send(&wx, &t, &text_to("alice", &format!("{full}x")))["errcode"],
            45002
        );
        assert_eq!(send(&wx, &t, &text_to("alice", ""))["errcode"], 44004);
        let mut m = text_to("alice", "hi");
        m["touser"] = json!(["alice", "bob"]);
        assert_eq!(send(&wx, &t, &m)["errcode"], 40058);
        let mut m = text_to("alice", "hi");
        m["access_token"] = json!(t);
        assert_eq!(send(&wx, &t, &m)["errcode"], 40058);
        let mut m = text_to("alice", "hi");
        m["msgtype"] = json!("mpnews");
        assert_eq!(send(&wx, &t, &m)["errcode"], 40008);
        let m = json!({"msgtype": "text", "agentid": AGENT_ID, "text": {"content": "hi"}});
        assert_eq!(send(&wx, &t, &m)["errcode"], 82001);
        let many = vec!["u"; 1001].join("|");
        assert_eq!(send(&wx, &t, &text_to(&many, "hi"))["errcode"], 40032);
        assert_eq!(wx.delivered().len(), 1);
        assert_eq!(rejections(&wx).len(), 7, "{:?}", rejections(&wx));
    }

    #[test]
    fn unknown_recipients_come_back_lower_cased_and_the_others_get_it() {
        let wx = Wx::start();
        wx.known_users(&["Alice"]);
        wx.known_parties(&["1"]);
        wx.known_tags(&["7"]);
        let t = token(&wx);
        let mut m = text_to("alice | Bob|CAROL", "hi");
        m["toparty"] = json!("1|2");
        m["totag"] = json!("7|8");
        let answer = send(&wx, &t, &m);
        assert_eq!(answer["errcode"], 0);
        assert_eq!(answer["invaliduser"], "bob|carol");
        assert_eq!(answer["invalidparty"], "2");
        assert_eq!(answer["invalidtag"], "8");
        assert!(answer["msgid"].as_str().is_some_and(|id| !id.is_empty()));
        let everyone = send(&wx, &t, &text_to("@all", "hi all"));
        assert_eq!(
            (&everyone["errcode"], &everyone["invaliduser"]),
            (&json!(0), &json!(""))
        );
        let delivered = wx.delivered();
        assert_eq!(delivered.len(), 2);
        assert_eq!((delivered[0].path, &delivered[0].robot), (SEND, &None));
        assert_eq!(delivered[1].body["touser"], "@all");
        wx.assert_none_rejected();
    }

    #[test]
    fn every_recipient_invalid_is_81013_and_nothing_is_delivered() {
        let wx = Wx::start();
        wx.known_users(&["alice"]);
        let t = token(&wx);
        let answer = send(&wx, &t, &text_to("Nobody|ghost", "hi"));
        assert_eq!(answer["errcode"], 81013);
        assert_eq!(answer["invaliduser"], "nobody|ghost");
        assert!(wx.delivered().is_empty());
        wx.assert_none_rejected();
    }

    #[test]
    fn a_duplicate_within_the_interval_is_accepted_but_delivered_once() {
        let wx = Wx::start();
        let t = token(&wx);
        let mut m = text_to("alice", "backup done");
        m["enable_duplicate_check"] = json!(1);
        m["duplicate_check_interval"] = json!(600);
        let first = send(&wx, &t, &m);
        let again = send(&wx, &t, &m);
        assert_eq!(
            (&first["errcode"], &again["errcode"]),
            (&json!(0), &json!(0))
        );
        assert_eq!(first["msgid"], again["msgid"]);
        m["text"]["content"] = json!("backup done again");
        assert_eq!(send(&wx, &t, &m)["errcode"], 0);
        let contents: Vec<Value> = wx
            .delivered()
            .iter()
            .map(|d| d.body["text"]["content"].clone())
            .collect();
        assert_eq!(contents, [json!("backup done"), json!("backup done again")]);
        let duplicates: Vec<bool> = wx.seen_at(SEND).iter().map(|s| s.duplicate).collect();
        assert_eq!(duplicates, [false, true, false]);
        m["duplicate_check_interval"] = json!(14401);
        assert_eq!(send(&wx, &t, &m)["errcode"], 40058);
        m["duplicate_check_interval"] = json!("600");
        assert_eq!(send(&wx, &t, &m)["errcode"], 40058);
    }

    #[test]
    fn expired_unknown_and_missing_tokens_are_refused() {
        let wx = Wx::start();
        let old = token(&wx);
        wx.expire_tokens();
        assert_eq!(send(&wx, &old, &text_to("alice", "hi"))["errcode"], 42001);
        assert_eq!(
            send(&wx, "forged", &text_to("alice", "hi"))["errcode"],
            40014
        );
        wx.assert_none_rejected();
        let fresh = token(&wx);
        assert_eq!(send(&wx, &fresh, &text_to("alice", "hi"))["errcode"], 0);
        assert_eq!(post(&wx, SEND, &text_to("alice", "hi"))["errcode"], 41001);
        assert_eq!(rejections(&wx).len(), 1);
    }

    #[test]
    fn the_app_rate_limit_answers_45009_for_the_rest_of_the_window() {
        let wx = Wx::start();
        wx.app_rate_limit(3);
        let t = token(&wx);
        let codes: Vec<Value> = (0..5)
            .map(|i| send(&wx, &t, &text_to("alice", &format!("m{i}")))["errcode"].clone())
            .collect();
        assert_eq!(codes, [0, 0, 0, 45009, 45009]);
        assert_eq!(wx.delivered().len(), 3);
        wx.assert_none_rejected();
    }

    #[test]
    fn an_untrusted_ip_gets_60020_on_app_sends_and_uploads_only() {
        let wx = Wx::start();
        wx.untrusted_ip(true);
        let t = token(&wx);
        let refused = send(&wx, &t, &text_to("alice", "hi"));
        assert_eq!(refused["errcode"], 60020);
        let errmsg = refused["errmsg"].as_str().unwrap();
        assert!(
            errmsg.starts_with("not allow to access from your ip, hint: ["),
            "{errmsg}"
        );
        assert!(
            errmsg.contains(&format!("from ip: {FROM_IP}, more info at ")),
            "{errmsg}"
        );
        let up = upload(
            &wx,
            &format!("{UPLOAD}?access_token={t}&type=image"),
            "media",
            "a.png",
            PNG,
        );
        assert_eq!(up["errcode"], 60020);
        assert_eq!(robot(&wx, &robot_text("hi"))["errcode"], 0);
        wx.untrusted_ip(false);
        assert_eq!(send(&wx, &t, &text_to("alice", "hi"))["errcode"], 0);
        wx.assert_none_rejected();
    }

    #[test]
    fn app_uploads_are_checked_and_their_media_ids_sent() {
        let wx = Wx::start();
        let t = token(&wx);
        let url = |kind: &str| format!("{UPLOAD}?access_token={t}&type={kind}");
        let up = upload(&wx, &url("image"), "media", "chart.png", PNG);
        assert_eq!(
            (&up["errcode"], &up["errmsg"], &up["type"]),
            (&json!(0), &json!(""), &json!("image"))
        );
        assert!(up["created_at"].is_string());
        let id = up["media_id"].as_str().unwrap();
        let image = app_message("image", json!({ "media_id": id }));
        assert_eq!(send(&wx, &t, &image)["errcode"], 0);
        let as_file = app_message("file", json!({ "media_id": id }));
        assert_eq!(send(&wx, &t, &as_file)["errcode"], 40007);
        let forged = app_message("image", json!({"media_id": "3anope"}));
        assert_eq!(send(&wx, &t, &forged)["errcode"], 40007);
        assert_eq!(
            upload(&wx, &url("doc"), "media", "a.doc", b"hello world")["errcode"],
            40005
        );
        assert_eq!(
            upload(&wx, &url("file"), "media", "a.txt", b"tiny")["errcode"],
            40006
        );
        assert_eq!(
            upload(&wx, &url("file"), "file", "a.txt", b"hello world")["errcode"],
            44001
        );
        assert_eq!(
            upload(&wx, &url("image"), "media", "a.gif", b"GIF89a-----")["errcode"],
            40004
        );
        let voice = [b"#!AMR\n".as_slice(), &vec![0; 2 * MB]].concat();
        assert_eq!(
            upload(&wx, &url("voice"), "media", "v.amr", &voice)["errcode"],
            45001
        );
        let uploads = wx.uploads();
        assert_eq!(uploads.len(), 1);
        let u = &uploads[0];
        assert_eq!(
            (
                u.path,
                u.kind.as_str(),
                u.name.as_str(),
                u.bytes.as_slice(),
                u.media_id.as_str()
            ),
            (UPLOAD, "image", "chart.png", PNG, id)
        );
        assert_eq!(
            wx.seen_at(UPLOAD)[0].body,
            json!({"type": "image", "name": "chart.png", "size": PNG.len()})
        );
        assert_eq!(rejections(&wx).len(), 7, "{:?}", rejections(&wx));
    }

    #[test]
    fn textcard_and_news_limits_are_checked() {
        let wx = Wx::start();
        let t = token(&wx);
        let card = |btntxt: &str, title: &str| {
            let url = "https://x.example/";
            app_message(
                "textcard",
                json!({"title": title, "description": "d", "url": url, "btntxt": btntxt}),
            )
        };
        assert_eq!(send(&wx, &t, &card("查看详情", "标题"))["errcode"], 0);
        let long = send(&wx, &t, &card("查看详情啊", "t"));
        assert_eq!(long["errcode"], 40058);
        assert!(
            long["errmsg"]
                .as_str()
                .unwrap()
                .starts_with("textcard.btntxt exceed max length 4")
        );
        assert_eq!(
            send(&wx, &t, &card("ok", &"x".repeat(129)))["errcode"],
            40058
        );
        let article = json!({"title": "t", "url": "https://x.example/"});
        let news = |n: usize| app_message("news", json!({ "articles": vec![article.clone(); n] }));
        assert_eq!(send(&wx, &t, &news(8))["errcode"], 0);
        assert_eq!(send(&wx, &t, &news(9))["errcode"], 45008);
        let mut safe = news(1);
        safe["safe"] = json!(0);
        assert_eq!(send(&wx, &t, &safe)["errcode"], 40074);
        let mut no_url = news(1);
        no_url["news"]["articles"][0] = json!({"title": "t"});
        assert_eq!(send(&wx, &t, &no_url)["errcode"], 40058);
        assert_eq!(wx.delivered().len(), 2);
    }

    #[test]
    fn robot_text_markdown_and_keys_are_checked() {
        let wx = Wx::start();
        let mut text = robot_text("deploy done");
        text["text"]["mentioned_list"] = json!(["zhangsan", "@all"]);
        assert_eq!(robot(&wx, &text), json!({"errcode": 0, "errmsg": "ok"}));
        let too_long = robot(&wx, &robot_text(&"x".repeat(2049)));
        assert!(
            too_long["errmsg"]
                .as_str()
                .unwrap()
                .starts_with("text.content exceed max length 2048")
        );
        text["text"]["mentioned_list"] = json!("zhangsan");
        assert_eq!(robot(&wx, &text)["errcode"], 40058);
        let md = |content: String| json!({"msgtype": "markdown", "markdown": {"content": content}});
        assert_eq!(robot(&wx, &md("y".repeat(4096)))["errcode"], 0);
        assert_eq!(robot(&wx, &md("y".repeat(4097)))["errcode"], 40058);
        let mut mentions = md("<@zhangsan> hi".into());
        mentions["markdown"]["mentioned_list"] = json!(["zhangsan"]);
        assert_eq!(robot(&wx, &mentions)["errcode"], 40058);
        assert_eq!(
            robot(
                &wx,
                &json!({"msgtype": "voice", "voice": {"media_id": "x"}})
            )["errcode"],
            40008
        );
        let whole_url = format!(
            "{WEBHOOK_SEND}?key=https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key={ROBOT_KEY}"
        );
        assert_eq!(post(&wx, &whole_url, &robot_text("hi"))["errcode"], 93000);
        assert_eq!(rejections(&wx).len(), 6, "{:?}", rejections(&wx));
        let unknown = post(
            &wx,
            &format!("{WEBHOOK_SEND}?key=00000000-0000-0000-0000-000000000000"),
            &robot_text("hi"),
        );
        assert!(
            unknown["errmsg"]
                .as_str()
                .unwrap()
                .starts_with("invalid webhook url, hint: ")
        );
        assert_eq!(
            rejections(&wx).len(),
            6,
            "an unknown key is the server's refusal"
        );
        let delivered = wx.delivered();
        assert_eq!(delivered.len(), 2);
        assert_eq!(
            (delivered[0].path, delivered[0].robot.as_deref()),
            (WEBHOOK_SEND, Some(ROBOT_KEY))
        );
    }

    #[test]
    fn a_robot_image_needs_the_lower_case_md5_of_its_bytes() {
        let wx = Wx::start();
        let b64 = base64::engine::general_purpose::STANDARD.encode(PNG);
        let image = |md5: &str| json!({"msgtype": "image", "image": {"base64": b64, "md5": md5}});
        let md5 = hex_md5(PNG);
        assert_eq!(robot(&wx, &image(&md5))["errcode"], 0);
        let wrong = robot(&wx, &image(&hex_md5(b"something else")));
        assert_eq!(wrong["errcode"], 301019);
        assert!(
            wrong["errmsg"]
                .as_str()
                .unwrap()
                .starts_with("media md5 not match, ")
        );
        assert_eq!(robot(&wx, &image(&md5.to_uppercase()))["errcode"], 301019);
        let gif = base64::engine::general_purpose::STANDARD.encode(b"GIF89a----");
        let not_png =
            json!({"msgtype": "image", "image": {"base64": gif, "md5": hex_md5(b"GIF89a----")}});
        assert_eq!(robot(&wx, &not_png)["errcode"], 40004);
        assert_eq!(wx.delivered().len(), 1);
    }

    #[test]
    fn the_robot_rate_limit_answers_45009_after_20_a_minute() {
        let wx = Wx::start();
        let codes: Vec<i64> = (1..=25)
            .map(|i| {
                robot(&wx, &robot_text(&format!("({i}/25)")))["errcode"]
                    .as_i64()
                    .unwrap()
            })
            .collect();
        assert_eq!(codes, [vec![0; 20], vec![45009; 5]].concat());
        let parts: Vec<String> = wx
            .delivered()
            .iter()
            .map(|d| d.body["text"]["content"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(
            parts,
            (1..=20).map(|i| format!("({i}/25)")).collect::<Vec<_>>()
        );
        wx.assert_none_rejected();

        let wx = Wx::start();
        wx.robot_rate_limit(4);
        wx.preload_robot(ROBOT_KEY, 2);
        let codes: Vec<i64> = (0..3)
            .map(|_| robot(&wx, &robot_text("hi"))["errcode"].as_i64().unwrap())
            .collect();
        assert_eq!(codes, [0, 0, 45009]);
    }

    #[test]
    fn a_robot_media_id_serves_only_the_robot_that_uploaded_it() {
        let wx = Wx::start();
        let other = "0f0e0d0c-0b0a-4909-8807-060504030201";
        wx.add_robot(other);
        let url = |key: &str, kind: &str| format!("{WEBHOOK_UPLOAD}?key={key}&type={kind}");
        let up = upload(
            &wx,
            &url(other, "file"),
            "media",
            "report.pdf",
            b"%PDF-1.4 report",
        );
        assert_eq!(
            (&up["errcode"], &up["errmsg"], &up["type"]),
            (&json!(0), &json!("ok"), &json!("file"))
        );
        let file = json!({"msgtype": "file", "file": {"media_id": up["media_id"]}});
        assert_eq!(robot(&wx, &file)["errcode"], 40007);
        let by_other = post(&wx, &format!("{WEBHOOK_SEND}?key={other}"), &file);
        assert_eq!(by_other["errcode"], 0);
        let t = token(&wx);
        let in_app = app_message("file", json!({ "media_id": up["media_id"] }));
        assert_eq!(send(&wx, &t, &in_app)["errcode"], 40007);
        assert_eq!(
            upload(&wx, &url(ROBOT_KEY, "image"), "media", "a.png", PNG)["errcode"],
            40005
        );
        assert_eq!(wx.delivered()[0].robot.as_deref(), Some(other));
        assert_eq!(wx.uploads()[0].path, WEBHOOK_UPLOAD);
    }

    #[test]
    fn scripted_answers_come_first_are_counted_and_can_be_withdrawn() {
        let wx = Wx::start();
        let t = token(&wx);
        let once = wx.answer(
            SEND,
            Canned::json(wx_error(42001, "access_token expired")),
            Some(1),
        );
        assert_eq!(send(&wx, &t, &text_to("alice", "hi"))["errcode"], 42001);
        assert_eq!(send(&wx, &t, &text_to("alice", "hi"))["errcode"], 0);
        assert_eq!(once.calls(), 1);
        let boom = wx.answer_when(
            WEBHOOK_SEND,
            |b| b["text"]["content"] == "boom",
            Canned::new(500, "<html>busy</html>"),
            None,
        );
        let response = client()
            .post(format!("{}{WEBHOOK_SEND}?key={ROBOT_KEY}", wx.url()))
            .body(robot_text("boom").to_string())
            .send()
            .unwrap();
        assert_eq!(
            (response.status().as_u16(), response.text().unwrap()),
            (500, "<html>busy</html>".to_string())
        );
        assert_eq!(robot(&wx, &robot_text("fine"))["errcode"], 0);
        boom.delete();
        assert_eq!(robot(&wx, &robot_text("boom"))["errcode"], 0);
        assert_eq!(boom.calls(), 1);
        // A malformed request is still rejected, whatever is queued.
        wx.answer(
            SEND,
            Canned::json(json!({"errcode": 0, "errmsg": "ok"})),
            None,
        );
        assert_eq!(send(&wx, &t, &text_to("", "hi"))["errcode"], 82001);
        wx.answer(
            GETTOKEN,
            Canned::json(json!({"errcode": -1, "errmsg": "system busy"}))
                .after(Duration::from_millis(300)),
            Some(1),
        );
        let started = Instant::now();
        assert_eq!(
            get(
                &wx,
                &format!("{GETTOKEN}?corpid={CORP_ID}&corpsecret={SECRET}")
            )["errcode"],
            -1
        );
        assert!(started.elapsed() >= Duration::from_millis(300));
        assert_eq!(wx.seen_at(GETTOKEN).last().unwrap().errcode, Some(-1));
    }

    #[test]
    fn the_profiles_point_at_the_emulator() {
        let wx = Wx::start();
        let app: toml::Value = toml::from_str(&wx.app_config("dedupe = 600")).unwrap();
        let wxp = &app["profiles"]["wx"];
        assert_eq!(wxp["provider"].as_str(), Some("wecom"));
        assert_eq!(wxp["url"].as_str(), Some(wx.url().as_str()));
        assert_eq!(wxp["corp_id"].as_str(), Some(CORP_ID));
        assert_eq!(wxp["corp_secret"].as_str(), Some(SECRET));
        assert_eq!(wxp["agent_id"].as_integer(), Some(AGENT_ID));
        assert_eq!(wxp["dedupe"].as_integer(), Some(600));
        let bot: toml::Value = toml::from_str(&wx.robot_config("")).unwrap();
        assert_eq!(
            bot["profiles"]["wxbot"]["webhook_key"].as_str(),
            Some(ROBOT_KEY)
        );
        assert_eq!(
            bot["profiles"]["wxbot"]["url"].as_str(),
            Some(wx.url().as_str())
        );
    }

    #[test]
    #[should_panic(expected = "agentid is \"1000002\", not an integer")]
    fn assert_none_rejected_names_each_rejection_and_its_reason() {
        let wx = Wx::start();
        let t = token(&wx);
        let mut m = text_to("alice", "hi");
        m["agentid"] = json!("1000002");
        send(&wx, &t, &m);
        wx.assert_none_rejected();
    }
}
