//! Hermetic environments and a Youdu emulator on httpmock that decrypts and checks every request.

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use corpmsg::transport::youdu::crypto::{AesKey, Cipher};
use httpmock::prelude::*;
use httpmock::{HttpMockRequest, HttpMockResponse};
use serde_json::{Value, json};
use tempfile::TempDir;

use crate::emulator::{Script, header, serve, unmatched};

pub const KEY: &str = "COdaZysb0+xJlFZHIFuohJE/FCW0Mf6ZopttvE8W0LE=";
pub const APP: &str = "yd06AB76EC519B4130A802224B4C60F689";
pub const BUIN: i64 = 707168;

/// A temp HOME with config and cache folders; commands see nothing of the real environment.
pub struct Env {
    pub dir: TempDir,
}

impl Env {
    pub fn new() -> Self {
        Env {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    /// The default config path under the temp XDG_CONFIG_HOME.
    pub fn config_path(&self) -> PathBuf {
        self.dir.path().join("home/.config/corpmsg/config.toml")
    }

    pub fn cache_dir(&self) -> PathBuf {
        self.dir.path().join("cache")
    }

    /// Writes the config file with mode 0600.
    pub fn write_config(&self, text: &str) {
        let path = self.config_path();
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
    }

    /// The binary with a cleared environment: HOME and XDG folders in the temp dir (so the
    /// default config path is [`Env::config_path`]), the cache there too, and no other
    /// CORPMSG_* or proxy variables.
    pub fn cmd(&self) -> assert_cmd::Command {
        let mut cmd = assert_cmd::Command::from_std(self.std_cmd());
        cmd.timeout(std::time::Duration::from_secs(60));
        cmd
    }

    /// [`Env::cmd`] as a `std::process::Command`, for tests that need the child's pipes.
    pub fn std_cmd(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin!("corpmsg"));
        let home = self.dir.path().join("home");
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", &home)
            .env("XDG_CONFIG_HOME", home.join(".config"))
            .env("XDG_CACHE_HOME", home.join(".cache"))
            .env("CORPMSG_CACHE_DIR", self.cache_dir());
        cmd
    }
}

/// The one place that writes a Youdu test profile: `name` for the server at `url`, with the
/// test key and app, and `extra` lines.
pub fn youdu_profile(name: &str, url: &str, extra: &str) -> String {
    youdu_app_profile(name, url, APP, extra)
}

/// [`youdu_profile`] for the app `app` (the test key stands for its key).
pub fn youdu_app_profile(name: &str, url: &str, app: &str, extra: &str) -> String {
    format!(
        "[profiles.{name}]\nprovider = \"youdu\"\nurl = \"{url}\"\nbuin = {BUIN}\napp_id = \"{app}\"\naes_key = \"{KEY}\"\n{extra}\n"
    )
}

/// A fresh [`Env`] whose config has one Youdu profile `ops` for a fresh emulator.
pub fn youdu_env() -> (Env, Youdu) {
    let env = Env::new();
    let yd = Youdu::start();
    env.write_config(&yd.config(""));
    (env, yd)
}

pub fn cipher() -> Cipher {
    cipher_for(APP)
}

/// The test key with `app` as the trailer of what it encrypts.
fn cipher_for(app: &str) -> Cipher {
    Cipher::new(AesKey::decode(KEY).unwrap(), app)
}

pub const GETTOKEN: &str = "/cgi/gettoken";
pub const MSG_SEND: &str = "/cgi/msg/send";
pub const MEDIA_UPLOAD: &str = "/cgi/media/upload";
pub const POPWINDOW: &str = "/cgi/popwindow";
pub const SET_NOTICE: &str = "/cgi/set.ent.notice";
pub const SESSION_CREATE: &str = "/cgi/session/create";
pub const SESSION_SEND: &str = "/cgi/session/send";

/// A Youdu server emulator: one handler per endpoint that checks the envelope, decrypts the
/// body with the test key, records what it got, and answers like the real server (encrypted
/// where the API returns data) with the first of the answers the test set up that takes the
/// request. A request none takes gets what httpmock answers an unmatched one: HTTP 404.
pub struct Youdu {
    server: MockServer,
    state: Arc<Mutex<State>>,
}

/// The decrypted inner JSON of every send a handle answered, in arrival order.
pub type Received = Arc<Mutex<Vec<Value>>>;

/// What an upload handle answered: the decrypted `{"type","name"}` and the decrypted file.
pub type Uploads = Arc<Mutex<Vec<(Value, Vec<u8>)>>>;

#[derive(Default)]
struct State {
    /// The app whose envelopes the emulator takes (the test app, or a built-in one).
    app: &'static str,
    /// Every token a token handle answered with; sends and uploads must carry one.
    issued: HashSet<String>,
    script: Script<Call, Answer>,
    /// One line per request: what it held and what answered it.
    log: Vec<String>,
    /// When the server's thread is free again after a delayed answer.
    busy_until: Option<Instant>,
}

/// What the handler made of a request, for the answers to match on.
struct Call {
    post: bool,
    /// The `accessToken` query parameter.
    token: Option<String>,
    /// Whether the emulator issued that token.
    issued: bool,
    /// The endpoint's checks of the body, or the first that failed.
    body: Result<Body, String>,
}

enum Body {
    /// gettoken: a JSON envelope for the test app whose plaintext is this Unix time, within
    /// 300 s of now.
    Time(u64),
    /// send: an envelope for the test app holding this valid message.
    Message(Value),
    /// upload: a right form for the test app, with the decrypted meta and file.
    Upload(Value, Vec<u8>),
    /// popwindow, set.ent.notice: the app body `{"app_id","msg_encrypt"}` (no buin) for the
    /// test app, holding this valid pop-up or badge.
    App(Value),
    /// session create and send: an envelope for the test app holding this valid request.
    Session(Value),
}

impl Call {
    fn takes_message(&self, token: &str, accept: impl Fn(&Value) -> bool) -> bool {
        self.post
            && self.token.as_deref() == Some(token)
            && self.issued
            && matches!(&self.body, Ok(Body::Message(m)) if accept(m))
    }

    /// A POST with no access token whose app body holds a valid request.
    fn takes_app_body(&self) -> bool {
        self.post && self.token.is_none() && matches!(self.body, Ok(Body::App(_)))
    }

    /// A POST with `token`, issued, whose envelope holds a valid session request.
    fn takes_session(&self, token: &str) -> bool {
        self.post
            && self.token.as_deref() == Some(token)
            && self.issued
            && matches!(self.body, Ok(Body::Session(_)))
    }
}

#[derive(Clone)]
enum Answer {
    /// Issues the token and answers with it, encrypted.
    Token(String),
    /// HTTP 200 with this JSON; a send's message goes to the list, if there is one.
    Json(Value, Option<Received>),
    /// The media id, encrypted; the upload goes to the list.
    Upload(String, Uploads),
    /// The session object of a new session with this id, encrypted; the request goes to the
    /// list.
    Session(String, Received),
    Canned(Canned),
}

/// An answer of the test's own, whatever the request held, for what the client makes of odd
/// answers: HTTP `status` with `body` and no content type (as httpmock's `body` and
/// `json_body` answered), after a delay.
#[derive(Clone)]
pub struct Canned {
    status: u16,
    body: String,
    delay: Duration,
}

impl Canned {
    pub fn new(status: u16, body: impl Into<String>) -> Self {
        Canned {
            status,
            body: body.into(),
            delay: Duration::ZERO,
        }
    }

    /// HTTP 200 with `body`.
    pub fn json(body: Value) -> Self {
        Canned::new(200, body.to_string())
    }

    /// Answers after `delay`. The server's thread sleeps meanwhile: it answers nothing else
    /// until then, and [`Youdu`]'s drop waits for it.
    pub fn after(self, delay: Duration) -> Self {
        Canned { delay, ..self }
    }

    /// How long the answer waits, for the other emulators that play it.
    pub fn delay(&self) -> Duration {
        self.delay
    }

    /// The answer itself, without its delay, for the other emulators that play it.
    pub fn response(&self) -> HttpMockResponse {
        respond(self.status, self.body.clone())
    }
}

/// A test's hold on one answer of the Youdu emulator (what httpmock's `Mock` was): it counts
/// the requests given that answer, and can be withdrawn.
pub struct Handle {
    state: Arc<Mutex<State>>,
    id: usize,
}

impl Handle {
    /// How many requests got this answer.
    pub fn calls(&self) -> usize {
        self.state.lock().unwrap().script.calls(self.id)
    }

    /// Fails the test, showing every request the emulator saw, unless `n` requests got this
    /// answer.
    pub fn assert_calls(&self, n: usize) {
        let (calls, log) = {
            let st = self.state.lock().unwrap();
            (st.script.calls(self.id), st.log.join("\n"))
        };
        assert_eq!(
            calls, n,
            "answer #{} was given {calls} time(s), not {n}; the emulator saw:\n{log}",
            self.id
        );
    }

    /// Withdraws the answer: later requests go to the next that takes them.
    pub fn delete(&mut self) {
        self.state.lock().unwrap().script.delete(self.id);
    }
}

/// Decrypts a request's envelope; `None` if it is not a valid one for the test app.
fn open_envelope(req: &HttpMockRequest, app: &str) -> Option<Vec<u8>> {
    let body: Value = serde_json::from_slice(req.body().as_ref()).ok()?;
    if body["buin"].as_i64() != Some(BUIN) || body["appId"] != app {
        return None;
    }
    cipher_for(app).decrypt(body["encrypt"].as_str()?).ok()
}

impl Youdu {
    pub fn start() -> Self {
        Self::start_app(APP)
    }

    /// An emulator that takes the envelopes of `app` (a built-in app such as
    /// `sysOrgAssistant`) instead of the test app's.
    pub fn start_app(app: &'static str) -> Self {
        let yd = Youdu {
            server: MockServer::start(),
            state: Arc::new(Mutex::new(State {
                app,
                ..State::default()
            })),
        };
        serve(
            &yd.server,
            &yd.state,
            &[
                GETTOKEN,
                MSG_SEND,
                MEDIA_UPLOAD,
                POPWINDOW,
                SET_NOTICE,
                SESSION_CREATE,
                SESSION_SEND,
            ],
            handle,
        );
        yd
    }

    pub fn url(&self) -> String {
        self.server.base_url()
    }

    /// A config with one Youdu profile `ops` for this server and its app.
    pub fn config(&self, extra: &str) -> String {
        let app = self.state.lock().unwrap().app;
        youdu_app_profile("ops", &self.url(), app, extra)
    }

    /// Adds an answer for `path` after the others.
    fn add(
        &self,
        path: &'static str,
        takes: impl Fn(&Call) -> bool + Send + 'static,
        answer: Answer,
    ) -> Handle {
        let id = self
            .state
            .lock()
            .unwrap()
            .script
            .add(path, takes, answer, None);
        Handle {
            state: self.state.clone(),
            id,
        }
    }

    /// `/cgi/gettoken`: takes a POST whose envelope's plaintext is the current Unix time, and
    /// issues `token`.
    pub fn token(&self, token: &str) -> Handle {
        self.add(
            GETTOKEN,
            |c| c.post && matches!(c.body, Ok(Body::Time(_))),
            Answer::Token(token.to_string()),
        )
    }

    /// `/cgi/gettoken` refusing any POST with `errcode`.
    pub fn token_refused(&self, errcode: i64) -> Handle {
        self.add(
            GETTOKEN,
            |c| c.post,
            Answer::Json(
                json!({"errcode": errcode, "errmsg": "invalid encrypt"}),
                None,
            ),
        )
    }

    /// `/cgi/msg/send` for `token`, which the emulator must have issued: takes requests whose
    /// decrypted inner JSON is a valid message that `accept` takes, records it, and answers
    /// `answer`.
    pub fn send(
        &self,
        token: &str,
        accept: impl Fn(&Value) -> bool + Send + Sync + 'static,
        answer: Value,
    ) -> (Handle, Received) {
        let received: Received = Arc::default();
        let token = token.to_string();
        let handle = self.add(
            MSG_SEND,
            move |c| c.takes_message(&token, &accept),
            Answer::Json(answer, Some(received.clone())),
        );
        (handle, received)
    }

    /// A send for `token` that accepts any valid message and answers ok.
    pub fn send_ok(&self, token: &str) -> (Handle, Received) {
        self.send(token, |_| true, json!({"errcode": 0, "errmsg": "ok"}))
    }

    /// `/cgi/media/upload` for `token`, which the emulator must have issued: takes a right
    /// form (buin, appId, encrypted meta, a `file` part named "file" of type text/plain holding
    /// the Base64 ciphertext of the file), records it, and answers with `media_id`, encrypted.
    pub fn upload(&self, token: &str, media_id: &str) -> (Handle, Uploads) {
        let seen: Uploads = Arc::default();
        let token = token.to_string();
        let handle = self.add(
            MEDIA_UPLOAD,
            move |c| {
                c.post
                    && c.token.as_deref() == Some(token.as_str())
                    && c.issued
                    && matches!(c.body, Ok(Body::Upload(..)))
            },
            Answer::Upload(media_id.to_string(), seen.clone()),
        );
        (handle, seen)
    }

    /// `/cgi/popwindow` or `/cgi/set.ent.notice` (`path`): takes a POST with no token whose
    /// app body holds a valid pop-up or badge, records it, and answers `answer`.
    pub fn app_call(&self, path: &'static str, answer: Value) -> (Handle, Received) {
        let received: Received = Arc::default();
        let handle = self.add(
            path,
            |c| c.takes_app_body(),
            Answer::Json(answer, Some(received.clone())),
        );
        (handle, received)
    }

    /// `/cgi/session/send` for `token`: takes a valid session message, records it, answers
    /// `answer`.
    pub fn session_send(&self, token: &str, answer: Value) -> (Handle, Received) {
        let received: Received = Arc::default();
        let token = token.to_string();
        let handle = self.add(
            SESSION_SEND,
            move |c| c.takes_session(&token),
            Answer::Json(answer, Some(received.clone())),
        );
        (handle, received)
    }

    /// `/cgi/session/create` for `token`: takes a valid create, records it, and answers with
    /// the session object of `session_id`, encrypted.
    pub fn session_create(&self, token: &str, session_id: &str) -> (Handle, Received) {
        let received: Received = Arc::default();
        let token = token.to_string();
        let handle = self.add(
            SESSION_CREATE,
            move |c| c.takes_session(&token),
            Answer::Session(session_id.to_string(), received.clone()),
        );
        (handle, received)
    }

    /// Answers every request to `path`, whatever it holds, with `canned`.
    pub fn reply(&self, path: &'static str, canned: Canned) -> Handle {
        self.add(path, |_| true, Answer::Canned(canned))
    }
}

impl Drop for Youdu {
    /// A delayed answer holds the server's thread: wait for it, so that httpmock's pool hands
    /// the server on idle.
    fn drop(&mut self) {
        let until = self.state.lock().ok().and_then(|st| st.busy_until);
        if let Some(until) = until {
            std::thread::sleep(until.saturating_duration_since(Instant::now()));
        }
    }
}

/// The one handler of every Youdu endpoint.
fn handle(state: &Mutex<State>, path: &'static str, req: &HttpMockRequest) -> HttpMockResponse {
    let mut st = state.lock().unwrap();
    let app = st.app;
    let token = req.query_params_map().get("accessToken").cloned();
    let call = Call {
        post: req.method() == POST,
        issued: token.as_ref().is_some_and(|t| st.issued.contains(t)),
        token,
        body: match path {
            GETTOKEN => read_time(req, app).map(Body::Time),
            MSG_SEND => read_message(req, app).map(Body::Message),
            POPWINDOW | SET_NOTICE => read_app_body(req, path, app).map(Body::App),
            SESSION_CREATE | SESSION_SEND => read_session(req, path, app).map(Body::Session),
            _ => read_upload(req, app).map(|(meta, file)| Body::Upload(meta, file)),
        },
    };
    let answered = st.script.answer(path, &call);
    let line = log_line(req, path, &call, answered.as_ref().map(|(id, _)| *id));
    st.log.push(line);
    let Some((_, answer)) = answered else {
        return unmatched();
    };
    match (answer, call.body) {
        (Answer::Token(token), _) => {
            st.issued.insert(token.clone());
            let inner = json!({"accessToken": token, "expireIn": 7200}).to_string();
            let encrypted = cipher_for(app).encrypt(inner.as_bytes());
            answer_json(json!({"errcode": 0, "errmsg": "ok", "encrypt": encrypted}))
        }
        (Answer::Json(value, sink), body) => {
            if let (Some(sink), Ok(Body::Message(m) | Body::App(m) | Body::Session(m))) =
                (sink, body)
            {
                sink.lock().unwrap().push(m);
            }
            answer_json(value)
        }
        (Answer::Session(id, sink), body) => {
            let Ok(Body::Session(create)) = body else {
                unreachable!("a session answer takes only a create");
            };
            let inner = json!({"sessionId": id, "title": create["title"], "owner": create["creator"],
                "version": 1_700_000_000_123_456_i64, "type": "multi", "member": create["member"]});
            sink.lock().unwrap().push(create);
            let encrypted = cipher_for(app).encrypt(inner.to_string().as_bytes());
            answer_json(json!({"errcode": 0, "errmsg": "ok", "encrypt": encrypted}))
        }
        (Answer::Upload(media_id, sink), body) => {
            if let Ok(Body::Upload(meta, file)) = body {
                sink.lock().unwrap().push((meta, file));
            }
            let inner = json!({ "mediaId": media_id }).to_string();
            let encrypted = cipher_for(app).encrypt(inner.as_bytes());
            answer_json(json!({"errcode": 0, "errmsg": "ok", "encrypt": encrypted}))
        }
        (Answer::Canned(canned), _) => {
            if !canned.delay.is_zero() {
                let until = Instant::now() + canned.delay;
                st.busy_until = Some(st.busy_until.map_or(until, |b| b.max(until)));
                drop(st);
                std::thread::sleep(canned.delay);
            }
            respond(canned.status, canned.body)
        }
    }
}

/// HTTP `status` with `body` and no content type, as httpmock's `json_body` and `body`.
fn respond(status: u16, body: String) -> HttpMockResponse {
    HttpMockResponse::builder()
        .status(status)
        .body(body)
        .build()
}

fn answer_json(body: Value) -> HttpMockResponse {
    respond(200, body.to_string())
}

/// A line of the emulator's log: the request, what the checks made of it, what answered.
fn log_line(req: &HttpMockRequest, path: &str, call: &Call, answered: Option<usize>) -> String {
    let token = match &call.token {
        Some(t) if call.issued => format!(" accessToken {t:?}"),
        Some(t) => format!(" accessToken {t:?} (not issued)"),
        None => String::new(),
    };
    let body = match &call.body {
        Ok(Body::Time(t)) => format!("time {t}"),
        Ok(Body::Message(m)) => {
            let m = m.to_string();
            match m.char_indices().nth(300) {
                Some((i, _)) => format!("{}…", &m[..i]),
                None => m,
            }
        }
        Ok(Body::Upload(meta, file)) => format!("{meta} with {} bytes", file.len()),
        Ok(Body::App(m) | Body::Session(m)) => m.to_string(),
        Err(why) => format!("bad: {why}"),
    };
    let answer = answered.map_or("unmatched: 404".to_string(), |id| format!("answer #{id}"));
    format!("{} {path}{token}: {body} -> {answer}", req.method_str())
}

fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

/// gettoken's checks: JSON, an envelope for the test app, the current Unix time.
fn read_time(req: &HttpMockRequest, app: &str) -> Result<u64, String> {
    let json = req.headers_vec().iter().any(|(k, v)| {
        k.eq_ignore_ascii_case("content-type") && v == "application/json; charset=UTF-8"
    });
    if !json {
        return Err("content-type is not application/json; charset=UTF-8".into());
    }
    let plain = open_envelope(req, app).ok_or("not an envelope for the emulated app")?;
    let time = String::from_utf8(plain)
        .unwrap_or_default()
        .parse::<u64>()
        .map_err(|_| "the plaintext is not a Unix time")?;
    if unix_now().abs_diff(time) >= 300 {
        return Err(format!("time {time} is not now"));
    }
    Ok(time)
}

/// send's checks: an envelope for the test app holding a valid message.
fn read_message(req: &HttpMockRequest, app: &str) -> Result<Value, String> {
    let plain = open_envelope(req, app).ok_or("not an envelope for the emulated app")?;
    let inner: Value =
        serde_json::from_slice(&plain).map_err(|_| "the plaintext is not JSON".to_string())?;
    if !valid_message(&inner) {
        return Err(format!("not a valid message: {inner}"));
    }
    Ok(inner)
}

/// popwindow's and set.ent.notice's checks: a JSON object of exactly `app_id` (the test app)
/// and `msg_encrypt`, whose plaintext is a valid pop-up or badge (Youdu API: badge and pop-up).
fn read_app_body(req: &HttpMockRequest, path: &str, app: &str) -> Result<Value, String> {
    let body: Value =
        serde_json::from_slice(req.body().as_ref()).map_err(|_| "the body is not JSON")?;
    let keys: Vec<&String> = body.as_object().ok_or("not an object")?.keys().collect();
    if keys != ["app_id", "msg_encrypt"] || body["app_id"] != app {
        return Err(format!("not the app body of the test app: keys {keys:?}"));
    }
    let plain = cipher_for(app)
        .decrypt(body["msg_encrypt"].as_str().unwrap_or(""))
        .map_err(|_| "cannot decrypt msg_encrypt")?;
    let inner: Value = serde_json::from_slice(&plain).map_err(|_| "the plaintext is not JSON")?;
    let valid = match path {
        POPWINDOW => valid_popup(&inner),
        _ => valid_badge(&inner),
    };
    if !valid {
        return Err(format!("not a valid {path} request: {inner}"));
    }
    Ok(inner)
}

/// session create's and send's checks: an envelope for the test app holding a valid request.
fn read_session(req: &HttpMockRequest, path: &str, app: &str) -> Result<Value, String> {
    let plain = open_envelope(req, app).ok_or("not an envelope for the emulated app")?;
    let inner: Value = serde_json::from_slice(&plain).map_err(|_| "the plaintext is not JSON")?;
    let valid = match path {
        SESSION_CREATE => valid_session_create(&inner),
        _ => valid_session_message(&inner),
    };
    if !valid {
        return Err(format!("not a valid {path} request: {inner}"));
    }
    Ok(inner)
}

/// A pop-up as documented: `toUser`/`toDept` `|`-joined within 1000 and 100 (not both
/// empty), `popWindow` with `url` or `tip`, strings and integers where they belong, and
/// nothing else.
pub fn valid_popup(m: &Value) -> bool {
    let list = |key: &str, limit: usize| match m.get(key) {
        None => Some(0),
        Some(Value::String(s)) if !s.is_empty() => {
            let n = s.split('|').count();
            (n <= limit && s.split('|').all(|x| !x.is_empty())).then_some(n)
        }
        _ => None,
    };
    let (Some(users), Some(depts)) = (list("toUser", 1000), list("toDept", 100)) else {
        return false;
    };
    let Some(w) = m["popWindow"].as_object() else {
        return false;
    };
    let top = m
        .as_object()
        .unwrap()
        .keys()
        .all(|k| ["toUser", "toDept", "popWindow"].contains(&k.as_str()));
    let fields = w.iter().all(|(k, v)| match k.as_str() {
        "url" | "tip" | "title" | "notice_id" => v.as_str().is_some_and(|s| !s.is_empty()),
        "width" | "height" => v.as_u64().is_some_and(|n| n > 0),
        "duration" => v.as_i64().is_some_and(|n| n >= -1),
        "position" => v.as_u64().is_some_and(|n| n <= 4),
        "pop_mode" => v.as_u64().is_some_and(|n| n == 1 || n == 2),
        _ => false,
    });
    top && users + depts > 0 && fields && (w.contains_key("url") || w.contains_key("tip"))
}

/// A badge as documented: one `account`, an integer `count` of 0 or more, an optional
/// non-empty `tip`, nothing else.
pub fn valid_badge(m: &Value) -> bool {
    let Some(o) = m.as_object() else {
        return false;
    };
    o.keys()
        .all(|k| ["account", "count", "tip"].contains(&k.as_str()))
        && m["account"]
            .as_str()
            .is_some_and(|a| !a.is_empty() && !a.contains('|'))
        && m["count"].as_u64().is_some()
        && m.get("tip")
            .is_none_or(|t| t.as_str().is_some_and(|t| !t.is_empty()))
}

/// A session create as documented: title (1..=64 characters), creator, type "multi", and at
/// least 3 distinct members that include the creator.
pub fn valid_session_create(m: &Value) -> bool {
    let Some(members) = m["member"].as_array() else {
        return false;
    };
    let names: HashSet<&str> = members.iter().filter_map(Value::as_str).collect();
    let creator = m["creator"].as_str().unwrap_or("");
    m.as_object().unwrap().len() == 4
        && m["title"]
            .as_str()
            .is_some_and(|t| (1..=64).contains(&t.chars().count()))
        && !creator.is_empty()
        && m["type"] == "multi"
        && names.len() == members.len()
        && names.len() >= 3
        && names.contains(creator)
}

/// A session message as documented: exactly one of `sessionId` and `receiver`, a `sender`,
/// and the body under its `msgType` (text, image, file, voice, video).
pub fn valid_session_message(m: &Value) -> bool {
    let Some(o) = m.as_object() else {
        return false;
    };
    let Some(kind) = m["msgType"].as_str() else {
        return false;
    };
    let one_chat = o.contains_key("sessionId") != o.contains_key("receiver");
    let keys_ok = o
        .keys()
        .all(|k| ["sessionId", "receiver", "sender", "msgType"].contains(&k.as_str()) || k == kind);
    let text = |v: &Value| v.as_str().is_some_and(|s| !s.is_empty());
    let body = &m[kind];
    let body_ok = match kind {
        "text" => text(&body["content"]) && body.as_object().unwrap().len() == 1,
        "image" | "voice" | "video" => {
            text(&body["media_id"]) && body.as_object().unwrap().len() == 1
        }
        "file" => {
            text(&body["media_id"])
                && body.get("name").is_none_or(text)
                && body.get("size").is_none_or(|s| s.as_u64().is_some())
        }
        _ => false,
    };
    one_chat
        && keys_ok
        && body_ok
        && text(&m["sender"])
        && m.get("sessionId").is_none_or(text)
        && m.get("receiver").is_none_or(text)
}

/// upload's checks of the form; the decrypted meta and file.
fn read_upload(req: &HttpMockRequest, app: &str) -> Result<(Value, Vec<u8>), String> {
    let parts = form_parts(req).ok_or("not multipart/form-data")?;
    let get = |n: &str| parts.iter().find(|p| p.name == n);
    let (Some(buin), Some(app_part), Some(meta), Some(file)) =
        (get("buin"), get("appId"), get("encrypt"), get("file"))
    else {
        return Err("a part is missing".into());
    };
    if buin.data != BUIN.to_string().as_bytes() || app_part.data != app.as_bytes() {
        return Err("buin or appId is not the test app's".into());
    }
    if file.filename.as_deref() != Some("file")
        || file.content_type.as_deref() != Some("text/plain")
    {
        return Err("the file part is not \"file\" of type text/plain".into());
    }
    let c = cipher_for(app);
    let meta = c
        .decrypt(&String::from_utf8_lossy(&meta.data))
        .map_err(|_| "cannot decrypt the meta")?;
    let meta: Value =
        serde_json::from_slice(&meta).map_err(|_| "the meta is not JSON".to_string())?;
    if !["image", "file", "voice", "video"].contains(&meta["type"].as_str().unwrap_or(""))
        || !meta["name"].is_string()
    {
        return Err(format!("meta {meta}"));
    }
    let bytes = c
        .decrypt(&String::from_utf8_lossy(&file.data))
        .map_err(|_| "cannot decrypt the file")?;
    Ok((meta, bytes))
}

/// The documented shape and limits of every message type (Youdu API: sending app messages).
pub fn valid_message(m: &Value) -> bool {
    let list = |key: &str, limit: usize| match m.get(key) {
        None => Some(0),
        Some(Value::String(s)) if !s.is_empty() => {
            let n = s.split('|').count();
            (n <= limit && s.split('|').all(|x| !x.is_empty())).then_some(n)
        }
        _ => None,
    };
    let (Some(users), Some(depts), Some(emails)) = (
        list("toUser", 1000),
        list("toDept", 100),
        list("toEmail", 1000),
    ) else {
        return false;
    };
    let to_all = m.get("toAll");
    if let Some(t) = to_all
        && (!t["onlyOnline"].is_boolean() || t["onlyOnline"] != t["onliyOnline"])
    {
        return false;
    }
    if users + depts + emails == 0 && to_all.is_none() {
        return false;
    }
    let Some(kind) = m["msgType"].as_str() else {
        return false;
    };
    let top_ok = m.as_object().unwrap().keys().all(|k| {
        ["toUser", "toDept", "toEmail", "toAll", "msgType"].contains(&k.as_str()) || k == kind
    });
    let chars = |v: &Value, min: usize, max: usize| {
        v.as_str()
            .is_some_and(|s| (min..=max).contains(&s.chars().count()))
    };
    let keys = |v: &Value, allowed: &[&str]| {
        v.as_object()
            .is_some_and(|o| o.keys().all(|k| allowed.contains(&k.as_str())))
    };
    let body = &m[kind];
    let body_ok = match kind {
        "text" => keys(body, &["content"]) && chars(&body["content"], 1, 600),
        "image" | "file" => keys(body, &["media_id"]) && chars(&body["media_id"], 1, 1000),
        "mpnews" => body.as_array().is_some_and(|a| {
            (1..=5).contains(&a.len())
                && a.iter().all(|x| {
                    keys(x, &["title", "media_id", "content", "digest", "showFront"])
                        && chars(&x["title"], 1, 64)
                        && chars(&x["media_id"], 1, 1000)
                        && chars(&x["content"], 1, 600)
                        && (x.get("digest").is_none() || chars(&x["digest"], 0, 120))
                        && (x.get("showFront").is_none()
                            || x["showFront"] == 0
                            || x["showFront"] == 1)
                })
        }),
        "link" => {
            keys(body, &["title", "url", "action"])
                && chars(&body["title"], 1, 64)
                && chars(&body["url"], 1, 10_000)
                && (body["action"] == 0 || body["action"] == 1)
        }
        "exlink" => body.as_array().is_some_and(|a| {
            (1..=5).contains(&a.len())
                && a.iter().all(|x| {
                    keys(x, &["title", "url", "digest", "media_id"])
                        && chars(&x["title"], 1, 64)
                        && chars(&x["url"], 1, 10_000)
                        && (x.get("digest").is_none() || chars(&x["digest"], 0, 120))
                        && x["media_id"].is_string()
                })
        }),
        "sysMsg" => {
            keys(body, &["title", "popDuration", "msg"])
                && chars(&body["title"], 1, 64)
                && (body.get("popDuration").is_none() || body["popDuration"].is_i64())
                && body["msg"].as_array().is_some_and(|items| {
                    !items.is_empty()
                        && items.iter().all(|i| {
                            (keys(i, &["text"]) && chars(&i["text"]["content"], 1, 10_000))
                                || (keys(i, &["link"])
                                    && keys(&i["link"], &["title", "url", "action"])
                                    && chars(&i["link"]["title"], 1, 1000))
                        })
                })
        }
        "sms" => {
            keys(body, &["from", "content"])
                && chars(&body["from"], 1, 100)
                && chars(&body["content"], 1, 600)
        }
        "mail" => {
            depts == 0
                && keys(
                    body,
                    &[
                        "action",
                        "subject",
                        "fromUser",
                        "fromEmail",
                        "time",
                        "link",
                        "unreadCount",
                    ],
                )
                && (body["action"] == "new" || body["action"] == "unread")
        }
        _ => false,
    };
    // Text messages need a recipient; so does everything but a system message to all.
    let recipients_ok = if kind == "sysMsg" {
        true
    } else {
        to_all.is_none()
    };
    top_ok && body_ok && recipients_ok
}

/// One part of a multipart/form-data body.
pub struct FormPart {
    pub name: String,
    pub filename: Option<String>,
    pub content_type: Option<String>,
    pub data: Vec<u8>,
}

/// Splits a multipart/form-data request body into its parts.
pub fn form_parts(req: &HttpMockRequest) -> Option<Vec<FormPart>> {
    let ctype = header(req, "content-type")?;
    let boundary = ctype
        .split("boundary=")
        .nth(1)?
        .trim_matches('"')
        .to_string();
    let body: &[u8] = req.body().as_ref();
    let delim = format!("--{boundary}");
    let text = body;
    let mut parts = Vec::new();
    let mut pieces = split_bytes(text, delim.as_bytes());
    pieces.remove(0);
    for piece in pieces {
        if piece.starts_with(b"--") {
            break;
        }
        let piece = piece.strip_prefix(b"\r\n")?;
        let split = find(piece, b"\r\n\r\n")?;
        let head = String::from_utf8_lossy(&piece[..split]).into_owned();
        let data = piece[split + 4..].strip_suffix(b"\r\n")?.to_vec();
        let mut name = None;
        let mut filename = None;
        let mut content_type = None;
        for line in head.split("\r\n") {
            let lower = line.to_ascii_lowercase();
            if lower.starts_with("content-disposition:") {
                for attr in line.split(';').map(str::trim) {
                    if let Some(v) = attr.strip_prefix("name=") {
                        name = Some(v.trim_matches('"').to_string());
                    }
                    if let Some(v) = attr.strip_prefix("filename=") {
                        filename = Some(v.trim_matches('"').to_string());
                    }
                }
            } else if lower.starts_with("content-type:") {
                content_type = Some(line[13..].trim().to_string());
            }
        }
        parts.push(FormPart {
            name: name?,
            filename,
            content_type,
            data,
        });
    }
    Some(parts)
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn split_bytes<'a>(mut hay: &'a [u8], delim: &[u8]) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    while let Some(i) = find(hay, delim) {
        out.push(&hay[..i]);
        hay = &hay[i + delim.len()..];
    }
    out.push(hay);
    out
}

/// A port on 127.0.0.1 with nothing listening.
pub fn closed_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

/// Parses stdout of `--dry-run` or `--json`: one JSON object a line.
pub fn json_lines(s: &str) -> Vec<Value> {
    s.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

pub fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}
