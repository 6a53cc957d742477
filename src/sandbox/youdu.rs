//! Youdu's side of the sandbox (youdu-protocol.md): the token, app messages, uploads, pop-ups,
//! badges and chat sessions of a server whose enterprise is [`BUIN`], each app with its own
//! key. It decrypts every body as the server does (32-byte padding, the length, the app id) and
//! answers with the codes of §10.

use std::collections::{HashMap, HashSet};
use std::time::{Duration, Instant};

use serde_json::{Map, Value, json};

use super::{
    Bad, Emulator, Incoming, Media, Req, Side, Store, bad, field, form, fresh_id, split_ids,
};
use crate::transport::unix_now;
use crate::transport::youdu::crypto::{AesKey, Cipher, CryptoError};

pub(crate) const GETTOKEN: &str = "/cgi/gettoken";
pub(crate) const MSG_SEND: &str = "/cgi/msg/send";
pub(crate) const MEDIA_UPLOAD: &str = "/cgi/media/upload";
pub(crate) const POPWINDOW: &str = "/cgi/popwindow";
pub(crate) const SET_NOTICE: &str = "/cgi/set.ent.notice";
pub(crate) const SESSION_CREATE: &str = "/cgi/session/create";
pub(crate) const SESSION_SEND: &str = "/cgi/session/send";

/// The sandbox's enterprise number.
pub(crate) const BUIN: i64 = 707168;
/// The sandbox's own app, and its key.
pub(crate) const APP: &str = "ydC0FFEE000000000000000000000000A1";
pub(crate) const KEY: &str = "Y29ycG1zZyBzYW5kYm94OiB5b3VkdSBhcHAga2V5Li4=";

/// What an app may do.
#[derive(Clone, Copy, PartialEq)]
enum Role {
    /// A custom app: app messages (not sysMsg, mail, sms), pop-ups, badges.
    Custom,
    /// A built-in app that sends the one message type named.
    Sends(&'static str),
    /// `sysOrgAssistant`: sessions.
    Org,
}

/// The apps the sandbox knows: each its id, its key and what it may do.
const APPS: &[(&str, &str, Role)] = &[
    (APP, KEY, Role::Custom),
    (
        "sysMsgAssistant",
        "Y29ycG1zZyBzYW5kYm94OiBzeXNNc2dBc3Npc3RhbnQ=",
        Role::Sends("sysMsg"),
    ),
    (
        "sysExmailAssistant",
        "Y29ycG1zZyBzYW5kYm94OiBzeXNFeG1haWxBc3Npc3Q=",
        Role::Sends("mail"),
    ),
    (
        "sysSmsAssistant",
        "Y29ycG1zZyBzYW5kYm94OiBzeXNTbXNBc3Npc3RhbnQ=",
        Role::Sends("sms"),
    ),
    (
        "sysOrgAssistant",
        "Y29ycG1zZyBzYW5kYm94OiBzeXNPcmdBc3Npc3RhbnQ=",
        Role::Org,
    ),
];

// The limits of the protocol note, written again on purpose (see the module above).
const USERS: usize = 1000;
const DEPTS: usize = 100;
const TEXT: usize = 600;
const TITLE: usize = 64;
const DIGEST: usize = 120;
const ARTICLES: usize = 5;
/// How far gettoken's time may be from the server's.
const CLOCK_SKEW: u64 = 300;

pub(crate) struct YouduSide;

pub(crate) static SIDE: YouduSide = YouduSide;

impl Side for YouduSide {
    fn provider(&self) -> &'static str {
        "youdu"
    }

    fn paths(&self) -> &'static [&'static str] {
        &[
            GETTOKEN,
            MSG_SEND,
            MEDIA_UPLOAD,
            POPWINDOW,
            SET_NOTICE,
            SESSION_CREATE,
            SESSION_SEND,
        ]
    }

    fn profiles(&self, url: &str) -> String {
        let profile = |name: &str, app: &str, key: &str, extra: &str| {
            format!(
                "[profiles.{name}]\nprovider = \"youdu\"\nurl = \"{url}\"\nbuin = {BUIN}\napp_id = \"{app}\"\naes_key = \"{key}\"\n{extra}\n"
            )
        };
        let key_of = |app: &str| APPS.iter().find(|a| a.0 == app).map_or("", |a| a.1);
        let mut out = profile("sandbox-youdu", APP, KEY, "to_user = [\"alice\"]\n");
        out.push_str("# The built-in apps, each with its own key: `youdu sysmsg`, `mail`, `sms`, `session`.\n");
        for (name, app) in [
            ("sandbox-youdu-sysmsg", "sysMsgAssistant"),
            ("sandbox-youdu-mail", "sysExmailAssistant"),
            ("sandbox-youdu-sms", "sysSmsAssistant"),
        ] {
            out.push_str(&profile(name, app, key_of(app), "to_user = [\"alice\"]\n"));
        }
        out.push_str(&profile(
            "sandbox-youdu-session",
            "sysOrgAssistant",
            key_of("sysOrgAssistant"),
            "sender = \"alice\"\n",
        ));
        out
    }

    fn start(&self, token_lifetime: Duration) -> Box<dyn Emulator> {
        Box::new(Youdu {
            token_lifetime,
            tokens: Vec::new(),
            sessions: HashMap::new(),
        })
    }

    fn refusal(&self, code: i64, text: &str) -> Value {
        json!({"errcode": code, "errmsg": text})
    }
}

struct Token {
    value: String,
    app: &'static str,
    issued: Instant,
}

struct Youdu {
    token_lifetime: Duration,
    tokens: Vec<Token>,
    /// The sessions created: their members.
    sessions: HashMap<String, Vec<String>>,
}

/// An app the sandbox knows.
struct App {
    id: &'static str,
    cipher: Cipher,
    role: Role,
}

fn app(id: &str) -> Option<App> {
    let (id, key, role) = *APPS.iter().find(|a| a.0 == id)?;
    let key = AesKey::decode(key).expect("the sandbox's keys are valid");
    Some(App {
        id,
        cipher: Cipher::new(key, id),
        role,
    })
}

impl Emulator for Youdu {
    fn handle(&mut self, req: &Req, store: &mut Store) -> Result<Value, Bad> {
        if req.is_post() {
            match req.path.as_str() {
                GETTOKEN => self.token(req),
                MSG_SEND => self.send(req, store),
                MEDIA_UPLOAD => self.upload(req, store),
                POPWINDOW | SET_NOTICE => app_call(req, store),
                SESSION_CREATE => self.session_create(req),
                _ => self.session_send(req, store),
            }
        } else {
            Err(bad(5, format!("invalid request: {} takes POST", req.path)))
        }
    }
}

impl Youdu {
    /// gettoken: an envelope whose plaintext is the current Unix time.
    fn token(&mut self, req: &Req) -> Result<Value, Bad> {
        let json = req.header("content-type").is_some_and(|t| {
            let media = t.split(';').next().unwrap_or("").trim();
            media.eq_ignore_ascii_case("application/json")
        });
        if !json {
            return Err(bad(
                5,
                "invalid request: gettoken takes Content-Type: application/json; charset=UTF-8",
            ));
        }
        let (app, plain) = envelope(req)?;
        let time = String::from_utf8(plain)
            .ok()
            .and_then(|t| t.parse::<u64>().ok())
            .ok_or_else(|| {
                bad(
                    100006,
                    "invalid encrypt: the plaintext is not a Unix timestamp",
                )
            })?;
        let now = unix_now();
        if now.abs_diff(time) >= CLOCK_SKEW {
            return Err(bad(
                100006,
                format!(
                    "invalid encrypt: the timestamp {time} is {CLOCK_SKEW} s or more from now ({now}); check the clock"
                ),
            ));
        }
        let value = fresh_id("");
        self.tokens.push(Token {
            value: value.clone(),
            app: app.id,
            issued: Instant::now(),
        });
        let expire = self.token_lifetime.as_secs().max(1);
        Ok(sealed(
            &app,
            &json!({"accessToken": value, "expireIn": expire}),
        ))
    }

    /// The app that `accessToken` was issued to: 100000 without one, 100001 unknown, 100002
    /// expired.
    fn token_app(&self, req: &Req) -> Result<&'static str, Bad> {
        let Some(token) = req.param("accessToken") else {
            return Err(bad(100000, "miss accessToken"));
        };
        match self.tokens.iter().find(|t| t.value == token) {
            None => Err(bad(100001, "accessToken not exist")),
            Some(t) if t.issued.elapsed() >= self.token_lifetime => {
                Err(bad(100002, "accessToken expired"))
            }
            Some(t) => Ok(t.app),
        }
    }

    /// An envelope of the app the token was issued to.
    fn authorised(&self, req: &Req) -> Result<(App, Vec<u8>), Bad> {
        let token_app = self.token_app(req)?;
        let (app, plain) = envelope(req)?;
        if app.id != token_app {
            return Err(bad(
                100005,
                format!(
                    "invalid appId: the accessToken is {token_app}'s, the body {}'s",
                    app.id
                ),
            ));
        }
        Ok((app, plain))
    }

    /// msg/send: a valid app message of a type the app may send.
    fn send(&mut self, req: &Req, store: &mut Store) -> Result<Value, Bad> {
        let (app, plain) = self.authorised(req)?;
        let m = inner_json(&plain)?;
        let kind = check_message(&m)?;
        match app.role {
            Role::Sends(only) if only == kind => {}
            Role::Custom if !["sysMsg", "mail", "sms"].contains(&kind) => {}
            _ => {
                return Err(bad(
                    3,
                    format!("no right: app {} may not send {kind} messages", app.id),
                ));
            }
        }
        check_media_ids(field(&m, kind), store)?;
        let mut to = split_ids(m.get("toUser"), "");
        if to.is_empty() {
            // toEmail counts only without toUser (§7.1).
            to.extend(split_ids(m.get("toEmail"), ""));
        }
        to.extend(split_ids(m.get("toDept"), "dept:"));
        if m.get("toAll").is_some() {
            to.push("@all".into());
        }
        store.deliver(Incoming {
            provider: "youdu",
            endpoint: MSG_SEND,
            app: app.id.to_string(),
            kind: kind.to_string(),
            to,
            summary: super::summary(field(&m, kind)),
            payload: Value::Object(m.clone()),
        });
        Ok(ok())
    }

    /// media/upload: the form of buin, appId, the encrypted meta and the encrypted file.
    fn upload(&mut self, req: &Req, store: &mut Store) -> Result<Value, Bad> {
        let token_app = self.token_app(req)?;
        let parts = form::parts(req).ok_or_else(|| bad(200008, "invalid multipart form"))?;
        let get = |n: &str| parts.iter().find(|p| p.name == n);
        let (Some(buin), Some(app_id), Some(meta), Some(file)) =
            (get("buin"), get("appId"), get("encrypt"), get("file"))
        else {
            return Err(bad(
                200008,
                "invalid multipart form: it needs the parts buin, appId, encrypt and file",
            ));
        };
        if buin.data != BUIN.to_string().as_bytes() {
            return Err(bad(100009, "invalid buin"));
        }
        let app = app(&String::from_utf8_lossy(&app_id.data))
            .ok_or_else(|| bad(100005, "invalid appId"))?;
        if app.id != token_app {
            return Err(bad(
                100005,
                "invalid appId: the accessToken is another app's",
            ));
        }
        let decrypt = |data: &[u8], what: &str| open(&app, &String::from_utf8_lossy(data), what);
        let meta: Value = serde_json::from_slice(&decrypt(&meta.data, "meta")?)
            .map_err(|_| bad(100004, "invalid json: the meta is not JSON"))?;
        let kind = meta["type"].as_str().unwrap_or("");
        if !["image", "file", "voice", "video"].contains(&kind) {
            return Err(bad(200009, format!("invalid file type {kind:?}")));
        }
        let name = meta["name"]
            .as_str()
            .ok_or_else(|| shape("the meta's name must be a string"))?
            .to_string();
        let bytes = decrypt(&file.data, "file")?;
        let id = fresh_id("");
        store.add_media(
            id.clone(),
            Media {
                provider: "youdu".into(),
                owner: String::new(),
                kind: kind.to_string(),
                name,
                bytes,
            },
        );
        Ok(sealed(&app, &json!({ "mediaId": id })))
    }

    /// session/create (sysOrgAssistant): a title, a creator, "multi", 3 or more members.
    fn session_create(&mut self, req: &Req) -> Result<Value, Bad> {
        let (app, plain) = self.org(req)?;
        let m = inner_json(&plain)?;
        only_keys(&m, "session", &["title", "creator", "type", "member"])?;
        let body = Value::Object(m);
        chars(&body, "title", "session", 1, 64)?;
        chars(&body, "creator", "session", 1, 64)?;
        if !matches!(body.get("type"), None | Some(Value::Null)) && body["type"] != "multi" {
            return Err(shape("session.type must be \"multi\""));
        }
        let creator = body["creator"].as_str().unwrap_or("");
        let members: Vec<String> = body["member"]
            .as_array()
            .and_then(|a| {
                a.iter()
                    .map(|v| v.as_str().filter(|s| !s.is_empty()).map(String::from))
                    .collect()
            })
            .ok_or_else(|| shape("session.member must be an array of accounts"))?;
        let distinct: HashSet<&String> = members.iter().collect();
        if distinct.len() != members.len()
            || members.len() < 3
            || !members.iter().any(|x| x == creator)
        {
            return Err(shape(
                "session.member needs 3 or more distinct accounts, the creator among them",
            ));
        }
        let id = format!("{{{}}}", uuid::Uuid::new_v4().hyphenated()).to_uppercase();
        self.sessions.insert(id.clone(), members.clone());
        Ok(sealed(
            &app,
            &json!({"sessionId": id, "title": body["title"], "owner": creator, "version": 1,
                    "type": "multi", "member": members}),
        ))
    }

    /// session/send (sysOrgAssistant): a message to a session it created, or to one account.
    fn session_send(&mut self, req: &Req, store: &mut Store) -> Result<Value, Bad> {
        let (app, plain) = self.org(req)?;
        let m = inner_json(&plain)?;
        let kind = check_session_message(&m)?;
        check_media_ids(field(&m, kind), store)?;
        let sender = field(&m, "sender").as_str().unwrap_or("");
        let to = match (
            field(&m, "sessionId").as_str(),
            field(&m, "receiver").as_str(),
        ) {
            (Some(id), _) => match self.sessions.get(id) {
                Some(members) => members.iter().filter(|x| *x != sender).cloned().collect(),
                None => return Err(bad(100003, format!("invalid request: no session {id}"))),
            },
            (None, Some(receiver)) => vec![receiver.to_string()],
            (None, None) => Vec::new(),
        };
        store.deliver(Incoming {
            provider: "youdu",
            endpoint: SESSION_SEND,
            app: format!("{} (from {sender})", app.id),
            kind: kind.to_string(),
            to,
            summary: super::summary(field(&m, kind)),
            payload: Value::Object(m.clone()),
        });
        Ok(ok())
    }

    /// A token and envelope of `sysOrgAssistant`, the only app with sessions (100005).
    fn org(&self, req: &Req) -> Result<(App, Vec<u8>), Bad> {
        let (app, plain) = self.authorised(req)?;
        if app.role != Role::Org {
            return Err(bad(
                100005,
                format!(
                    "invalid appId: sessions are sysOrgAssistant's, not {}'s",
                    app.id
                ),
            ));
        }
        Ok((app, plain))
    }
}

/// popwindow and set.ent.notice: the app body `{"app_id","msg_encrypt"}`, no token.
fn app_call(req: &Req, store: &mut Store) -> Result<Value, Bad> {
    let body = req
        .json_object()
        .ok_or_else(|| bad(100004, "invalid json: the body is not a JSON object"))?;
    let id = match body.get("app_id") {
        None => return Err(bad(100010, "miss app_id")),
        Some(Value::String(s)) => s,
        Some(_) => return Err(bad(100013, "invalid app_id: not a string")),
    };
    let app = app(id).ok_or_else(|| bad(100005, "invalid appId"))?;
    if app.role != Role::Custom {
        // Pop-ups and badges are an enterprise app's (§9, §12.10).
        return Err(bad(
            100005,
            format!("invalid appId: {} cannot send pop-ups or badges", app.id),
        ));
    }
    let text = match body.get("msg_encrypt") {
        None => return Err(bad(100011, "miss msg_encrypt")),
        Some(Value::String(s)) => s,
        Some(_) => return Err(bad(100014, "invalid msg_encrypt: not a string")),
    };
    if let Some(k) = body.keys().find(|k| *k != "app_id" && *k != "msg_encrypt") {
        return Err(bad(5, format!("invalid request: unknown key {k}")));
    }
    let plain = open(&app, text, "msg_encrypt")?;
    let m = inner_json(&plain)?;
    let incoming = if req.path == POPWINDOW {
        check_popup(&m)?;
        let mut to = split_ids(m.get("toUser"), "");
        to.extend(split_ids(m.get("toDept"), "dept:"));
        Incoming {
            provider: "youdu",
            endpoint: POPWINDOW,
            app: app.id.to_string(),
            kind: "popup".into(),
            to,
            summary: super::summary(field(&m, "popWindow")),
            payload: Value::Object(m.clone()),
        }
    } else {
        check_badge(&m)?;
        Incoming {
            provider: "youdu",
            endpoint: SET_NOTICE,
            app: app.id.to_string(),
            kind: "badge".into(),
            to: vec![field(&m, "account").as_str().unwrap_or("").to_string()],
            summary: format!(
                "badge {}{}",
                field(&m, "count"),
                field(&m, "tip")
                    .as_str()
                    .map(|t| format!(": {t}"))
                    .unwrap_or_default()
            ),
            payload: Value::Object(m.clone()),
        }
    };
    store.deliver(incoming);
    Ok(ok())
}

/// The envelope `{"buin","appId","encrypt"}` of a known app, decrypted with its key.
fn envelope(req: &Req) -> Result<(App, Vec<u8>), Bad> {
    let body = req
        .json_object()
        .ok_or_else(|| bad(100004, "invalid json: the body is not a JSON object"))?;
    match body.get("buin") {
        None => return Err(bad(100008, "miss buin")),
        Some(v) if !v.is_i64() => return Err(bad(100012, "invalid buin: not an integer")),
        Some(v) if v.as_i64() != Some(BUIN) => return Err(bad(100009, "invalid buin")),
        Some(_) => {}
    }
    let app = match body.get("appId") {
        None => return Err(bad(100010, "miss appId")),
        Some(Value::String(id)) => app(id).ok_or_else(|| bad(100005, "invalid appId"))?,
        Some(_) => return Err(bad(100013, "invalid appId: not a string")),
    };
    let text = match body.get("encrypt") {
        None => return Err(bad(100011, "miss encrypt")),
        Some(Value::String(s)) => s,
        Some(_) => return Err(bad(100014, "invalid encrypt: not a string")),
    };
    let plain = open(&app, text, "encrypt")?;
    Ok((app, plain))
}

/// Decrypts `text` as the server does (youdu-protocol.md §5): Base64 of whole 32-byte blocks
/// (a 16-byte padder's odd count of blocks is refused, §5.2), then the padding, the length and
/// the app id.
fn open(app: &App, text: &str, what: &str) -> Result<Vec<u8>, Bad> {
    let bytes = text.trim_end_matches('=').len() * 3 / 4;
    if !bytes.is_multiple_of(32) {
        return Err(bad(
            100006,
            format!(
                "invalid encrypt: the {what} is {bytes} bytes, not whole 32-byte blocks (pad to 32 bytes)"
            ),
        ));
    }
    app.cipher.decrypt_sent(text).map_err(|e| match e {
        CryptoError::AppId { found, .. } => bad(
            100006,
            format!(
                "invalid encrypt: the {what} was encrypted for app {found:?}, not {:?}",
                app.id
            ),
        ),
        e => bad(100006, format!("invalid encrypt: the {what} {e}")),
    })
}

fn inner_json(plain: &[u8]) -> Result<Map<String, Value>, Bad> {
    match serde_json::from_slice(plain) {
        Ok(Value::Object(o)) => Ok(o),
        _ => Err(bad(
            100004,
            "invalid json: the decrypted body is not a JSON object",
        )),
    }
}

fn ok() -> Value {
    json!({"errcode": 0, "errmsg": "ok"})
}

/// A success whose data is encrypted for `app`.
fn sealed(app: &App, data: &Value) -> Value {
    json!({"errcode": 0, "errmsg": "ok", "encrypt": app.cipher.encrypt(data.to_string().as_bytes())})
}

// ---------------------------------------------------------------------------------------------
// The documented shapes (Youdu API: app messages, pop-ups, badges, sessions). A shape broken is
// 100004 (bad message format) with the place named; a list over its limit is 200001 for users.
// ---------------------------------------------------------------------------------------------

fn shape(text: impl Into<String>) -> Bad {
    Bad(100004, format!("invalid message format: {}", text.into()))
}

/// Allows only `allowed` keys in `v`, an object.
fn keys(v: &Value, at: &str, allowed: &[&str]) -> Result<(), Bad> {
    let o = v
        .as_object()
        .ok_or_else(|| shape(format!("{at} is not an object")))?;
    only_keys(o, at, allowed)
}

/// Allows only `allowed` keys in `o`, named `at` in the error ("" for the decrypted body).
fn only_keys(o: &Map<String, Value>, at: &str, allowed: &[&str]) -> Result<(), Bad> {
    match o.keys().find(|k| !allowed.contains(&k.as_str())) {
        Some(k) if at.is_empty() => Err(shape(format!("unknown key {k}"))),
        Some(k) => Err(shape(format!("unknown key {at}.{k}"))),
        None => Ok(()),
    }
}

/// A string field of `min..=max` characters; absent (not null) when `min` is 0.
fn chars(v: &Value, key: &str, at: &str, min: usize, max: usize) -> Result<(), Bad> {
    match v.get(key) {
        None if min == 0 => Ok(()),
        Some(Value::String(s)) => {
            let n = s.chars().count();
            if (min..=max).contains(&n) {
                Ok(())
            } else {
                Err(shape(format!(
                    "{at}.{key} has {n} characters; {min} to {max}"
                )))
            }
        }
        _ => Err(shape(format!("{at}.{key} must be a string"))),
    }
}

/// A `|`-joined list of at most `limit` ids: how many.
fn id_list(m: &Map<String, Value>, key: &str, limit: usize) -> Result<usize, Bad> {
    let list = match m.get(key) {
        // The Java SDK sends "" for a list it has not (§7.1).
        None => return Ok(0),
        Some(Value::String(s)) if s.is_empty() => return Ok(0),
        Some(Value::String(s)) => s,
        Some(_) => return Err(shape(format!("{key} must be a |-joined string"))),
    };
    let ids: Vec<&str> = list.split('|').collect();
    if ids.iter().any(|id| id.is_empty()) {
        return Err(shape(format!("{key} holds an empty id")));
    }
    if ids.len() > limit {
        let code = if key == "toUser" { 200001 } else { 100004 };
        return Err(bad(
            code,
            format!("{key} over limit: {} ids; at most {limit}", ids.len()),
        ));
    }
    Ok(ids.len())
}

/// An app message (§7): its type, once its recipients and body are right.
fn check_message(m: &Map<String, Value>) -> Result<&str, Bad> {
    let kind = m
        .get("msgType")
        .and_then(Value::as_str)
        .ok_or_else(|| shape("msgType is missing"))?;
    let known = [
        "text", "image", "file", "mpnews", "link", "exlink", "sysMsg", "sms", "mail",
    ];
    if !known.contains(&kind) {
        return Err(shape(format!("unknown msgType {kind:?}")));
    }
    only_keys(
        m,
        "",
        &["toUser", "toDept", "toEmail", "toAll", "msgType", kind],
    )?;
    if m.contains_key("toEmail") && kind != "mail" {
        return Err(shape(format!("toEmail is for mail, not {kind}")));
    }
    let named =
        id_list(m, "toUser", USERS)? + id_list(m, "toDept", DEPTS)? + id_list(m, "toEmail", USERS)?;
    match m.get("toAll") {
        Some(all) if kind != "sysMsg" => {
            return Err(shape(format!("toAll is for sysMsg, not {kind}: {all}")));
        }
        Some(all) => check_to_all(all)?,
        None if named == 0 => return Err(bad(200007, "invalid toUser: no recipient")),
        _ => {}
    }
    let body = m
        .get(kind)
        .ok_or_else(|| shape(format!("the {kind} object is missing")))?;
    check_body(m, kind, body)?;
    Ok(kind)
}

/// `toAll` (§7.3): `onlyOnline`, and the misspelt `onliyOnline` that the server reads, both
/// booleans and equal when both are given.
fn check_to_all(all: &Value) -> Result<(), Bad> {
    keys(all, "toAll", &["onlyOnline", "onliyOnline"])?;
    let flags: Vec<&Value> = ["onlyOnline", "onliyOnline"]
        .iter()
        .filter_map(|k| all.get(*k))
        .collect();
    if flags.is_empty() || !flags.iter().all(|v| v.is_boolean()) {
        return Err(shape("toAll.onlyOnline must be a boolean"));
    }
    if flags.windows(2).any(|w| w[0] != w[1]) {
        return Err(shape("toAll.onlyOnline and toAll.onliyOnline differ"));
    }
    Ok(())
}

/// The body of an app message of type `kind`.
fn check_body(m: &Map<String, Value>, kind: &str, body: &Value) -> Result<(), Bad> {
    let articles = |allowed: &[&str], each: &dyn Fn(&Value, &str) -> Result<(), Bad>| {
        let list = body
            .as_array()
            .ok_or_else(|| shape(format!("{kind} must be an array")))?;
        if !(1..=ARTICLES).contains(&list.len()) {
            return Err(shape(format!(
                "{kind} has {} articles; 1 to {ARTICLES}",
                list.len()
            )));
        }
        for (i, a) in list.iter().enumerate() {
            let at = format!("{kind}[{i}]");
            keys(a, &at, allowed)?;
            each(a, &at)?;
        }
        Ok(())
    };
    match kind {
        "text" => {
            keys(body, kind, &["content"])?;
            chars(body, "content", kind, 1, TEXT)
        }
        "image" | "file" => {
            keys(body, kind, &["media_id"])?;
            chars(body, "media_id", kind, 1, 1000)
        }
        "mpnews" => articles(
            &["title", "media_id", "content", "digest", "showFront"],
            &|a, at| {
                chars(a, "title", at, 1, TITLE)?;
                chars(a, "media_id", at, 1, 1000)?;
                chars(a, "content", at, 1, TEXT)?;
                chars(a, "digest", at, 0, DIGEST)?;
                match a.get("showFront") {
                    None => Ok(()),
                    Some(v) if *v == 0 || *v == 1 => Ok(()),
                    Some(_) => Err(shape(format!("{at}.showFront must be 0 or 1"))),
                }
            },
        ),
        "link" => {
            keys(body, kind, &["title", "url", "action"])?;
            chars(body, "title", kind, 1, TITLE)?;
            chars(body, "url", kind, 1, 10_000)?;
            match body.get("action") {
                None => Ok(()),
                Some(v) if *v == 0 || *v == 1 => Ok(()),
                Some(_) => Err(shape("link.action must be 0 or 1")),
            }
        }
        "exlink" => articles(&["title", "url", "digest", "media_id"], &|a, at| {
            chars(a, "title", at, 1, TITLE)?;
            chars(a, "url", at, 1, 10_000)?;
            chars(a, "digest", at, 0, DIGEST)?;
            // Required by the docs; "" (no cover) is accepted (§12.7).
            match a.get("media_id") {
                Some(Value::String(_)) => chars(a, "media_id", at, 0, 1000),
                _ => Err(shape(format!("{at}.media_id must be a string"))),
            }
        }),
        "sysMsg" => {
            keys(body, kind, &["title", "popDuration", "msg"])?;
            chars(body, "title", kind, 1, TITLE)?;
            if !body.get("popDuration").is_none_or(Value::is_i64) {
                return Err(shape("sysMsg.popDuration must be an integer"));
            }
            let items = body["msg"]
                .as_array()
                .filter(|a| !a.is_empty())
                .ok_or_else(|| shape("sysMsg.msg must be a non-empty array"))?;
            for (i, item) in items.iter().enumerate() {
                let at = format!("sysMsg.msg[{i}]");
                if item.get("text").is_some() {
                    keys(item, &at, &["text"])?;
                    chars(&item["text"], "content", &at, 1, 10_000)?;
                } else {
                    keys(item, &at, &["link"])?;
                    keys(&item["link"], &at, &["title", "url", "action"])?;
                    chars(&item["link"], "title", &at, 1, 1000)?;
                }
            }
            Ok(())
        }
        "sms" => {
            keys(body, kind, &["from", "content"])?;
            chars(body, "from", kind, 1, 100)?;
            chars(body, "content", kind, 1, TEXT)
        }
        _ => {
            if m.contains_key("toDept") {
                return Err(shape("mail goes to toUser or toEmail, not toDept"));
            }
            keys(
                body,
                kind,
                &[
                    "action",
                    "subject",
                    "fromUser",
                    "fromEmail",
                    "time",
                    "link",
                    "unreadCount",
                ],
            )?;
            if body
                .get("action")
                .is_some_and(|a| a != "new" && a != "unread")
            {
                return Err(shape("mail.action must be \"new\" or \"unread\""));
            }
            for key in ["subject", "fromUser", "fromEmail", "link"] {
                chars(body, key, kind, 0, 10_000)?;
            }
            for key in ["time", "unreadCount"] {
                if !body.get(key).is_none_or(Value::is_u64) {
                    return Err(shape(format!("mail.{key} must be a whole number")));
                }
            }
            Ok(())
        }
    }
}

/// Every `media_id` in `body` (its articles included) names an upload of this server (200010).
fn check_media_ids(body: &Value, store: &Store) -> Result<(), Bad> {
    let items: Vec<&Value> = match body {
        Value::Array(a) => a.iter().collect(),
        other => vec![other],
    };
    for item in items {
        if let Some(id) = item.get("media_id").and_then(Value::as_str)
            && !id.is_empty()
            && store.media(id).is_none_or(|m| m.provider != "youdu")
        {
            return Err(bad(200010, format!("media {id} not exist")));
        }
    }
    Ok(())
}

/// A pop-up (§9): recipients, and `popWindow` with a `url` or a `tip`.
fn check_popup(m: &Map<String, Value>) -> Result<(), Bad> {
    only_keys(m, "", &["toUser", "toDept", "popWindow"])?;
    if id_list(m, "toUser", USERS)? + id_list(m, "toDept", DEPTS)? == 0 {
        return Err(bad(200007, "invalid toUser: no recipient"));
    }
    let w = m
        .get("popWindow")
        .and_then(Value::as_object)
        .ok_or_else(|| shape("popWindow must be an object"))?;
    // The C# SDK sends every field, 0 or "" when unset (§9).
    for (k, v) in w {
        let ok = match k.as_str() {
            "url" | "tip" | "title" | "notice_id" => v.is_string(),
            "width" | "height" => v.is_u64(),
            "duration" => v.as_i64().is_some_and(|n| n >= -1),
            "position" => v.as_u64().is_some_and(|n| n <= 4),
            // Any other value than 1 or 2 takes the app's default.
            "pop_mode" => v.is_i64(),
            _ => return Err(shape(format!("unknown key popWindow.{k}"))),
        };
        if !ok {
            return Err(shape(format!("popWindow.{k} is {v}")));
        }
    }
    let given = |k: &str| {
        w.get(k)
            .and_then(Value::as_str)
            .is_some_and(|s| !s.is_empty())
    };
    if !given("url") && !given("tip") {
        return Err(shape("popWindow needs a url or a tip"));
    }
    Ok(())
}

/// A badge (§8): one account, a count of 0 or more, an optional tip.
fn check_badge(m: &Map<String, Value>) -> Result<(), Bad> {
    only_keys(m, "", &["account", "count", "tip"])?;
    let account_ok = m
        .get("account")
        .and_then(Value::as_str)
        .is_some_and(|a| !a.is_empty() && !a.contains('|'));
    if !account_ok {
        return Err(shape("account must be one account"));
    }
    if !m.get("count").is_some_and(Value::is_u64) {
        return Err(shape("count must be an integer of 0 or more"));
    }
    // Java sends "tip": null, the PHP sample "" (§9): both mean none.
    if m.get("tip").is_some_and(|t| !t.is_null() && !t.is_string()) {
        return Err(shape("tip must be a string"));
    }
    Ok(())
}

/// A session message (§13.4): a sender, one of `sessionId` and `receiver`, the body under its
/// `msgType`. Its type.
fn check_session_message(m: &Map<String, Value>) -> Result<&str, Bad> {
    let kind = m
        .get("msgType")
        .and_then(Value::as_str)
        .filter(|k| ["text", "image", "file", "voice", "video"].contains(k))
        .ok_or_else(|| shape("msgType must be text, image, file, voice or video"))?;
    only_keys(m, "", &["sessionId", "receiver", "sender", "msgType", kind])?;
    if m.contains_key("sessionId") == m.contains_key("receiver") {
        return Err(shape("give one of sessionId and receiver"));
    }
    let text = |v: Option<&Value>| v.and_then(Value::as_str).is_some_and(|s| !s.is_empty());
    if !text(m.get("sender"))
        || !m.get("sessionId").is_none_or(|v| text(Some(v)))
        || !m.get("receiver").is_none_or(|v| text(Some(v)))
    {
        return Err(shape(
            "sender, sessionId and receiver must be non-empty strings",
        ));
    }
    let body = m.get(kind).unwrap_or(&Value::Null);
    match kind {
        "text" => {
            keys(body, kind, &["content"])?;
            chars(body, "content", kind, 1, usize::MAX)?;
        }
        "file" => {
            keys(body, kind, &["media_id", "name", "size"])?;
            chars(body, "media_id", kind, 1, 1000)?;
            chars(body, "name", kind, 0, 1000)?;
            if !body.get("size").is_none_or(Value::is_u64) {
                return Err(shape("file.size must be a whole number"));
            }
        }
        _ => {
            keys(body, kind, &["media_id"])?;
            chars(body, "media_id", kind, 1, 1000)?;
        }
    }
    Ok(kind)
}
