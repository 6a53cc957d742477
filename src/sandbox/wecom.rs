//! WeCom's side of the sandbox (wecom-protocol.md): an app's token, message and upload, and a
//! group robot's webhook send and upload, each answered HTTP 200 with an `errcode`, errors
//! included. Limits count UTF-8 bytes, as WeCom's do. A robot is held to 20 messages a minute,
//! and an app message with `enable_duplicate_check` sent again within its interval is answered
//! as the first was and not delivered again, as the real server does.

use std::time::{Duration, Instant};

use base64::Engine as _;
use md5::{Digest, Md5};
use serde_json::{Map, Value, json};

use super::{
    Bad, Emulator, Incoming, Media, Req, Side, Store, Window, bad, field, form, fresh_id, split_ids,
};
use crate::payload::wecom::robot::is_png_or_jpeg;
use crate::transport::{hex, unix_now};

pub(crate) const GETTOKEN: &str = "/cgi-bin/gettoken";
pub(crate) const SEND: &str = "/cgi-bin/message/send";
pub(crate) const UPLOAD: &str = "/cgi-bin/media/upload";
pub(crate) const WEBHOOK_SEND: &str = "/cgi-bin/webhook/send";
pub(crate) const WEBHOOK_UPLOAD: &str = "/cgi-bin/webhook/upload_media";

/// The sandbox's corp, app and robot.
pub(crate) const CORP_ID: &str = "wwsandbox0000000a";
pub(crate) const CORP_SECRET: &str = "sandbox-corp-secret";
pub(crate) const AGENT_ID: i64 = 1000002;
pub(crate) const ROBOT_KEY: &str = "5a4d0b0c-0000-4000-8000-000000000001";

// The limits of the protocol note, written again on purpose (see `sandbox`). MB is 1024 × 1024.
const MB: usize = 1024 * 1024;
const TEXT: usize = 2048;
const ROBOT_MARKDOWN: usize = 4096;
const TITLE: usize = 128;
const DESCRIPTION: usize = 512;
const URL: usize = 2048;
const BUTTON: usize = 4;
const ARTICLES: usize = 8;
const DEFAULT_DEDUPE: u64 = 1800;
const MAX_DEDUPE: u64 = 4 * 3600;
const ROBOT_IMAGE: usize = 2 * MB;
const ROBOT_PER_MINUTE: usize = 20;
const MINUTE: Duration = Duration::from_secs(60);
const MPNEWS_CONTENT: usize = 666 * 1024;
const AUTHOR: usize = 64;
const PAGEPATH: usize = 128;

/// Whether the sandbox's directory lacks user `id`: every account exists but those whose name
/// begins with `nobody` (any case), so that a script can try an unknown recipient.
fn unknown_user(id: &str) -> bool {
    id.get(..6)
        .is_some_and(|p| p.eq_ignore_ascii_case("nobody"))
}

pub(crate) struct WecomSide;

pub(crate) static SIDE: WecomSide = WecomSide;

impl Side for WecomSide {
    fn provider(&self) -> &'static str {
        "wecom"
    }

    fn paths(&self) -> &'static [&'static str] {
        &[GETTOKEN, SEND, UPLOAD, WEBHOOK_SEND, WEBHOOK_UPLOAD]
    }

    fn profiles(&self, url: &str) -> String {
        format!(
            "[profiles.sandbox-wecom]\nprovider = \"wecom\"\nurl = \"{url}\"\ncorp_id = \"{CORP_ID}\"\ncorp_secret = \"{CORP_SECRET}\"\nagent_id = {AGENT_ID}\nto_user = [\"alice\"]\n\n[profiles.sandbox-wecom-bot]\nprovider = \"wecom\"\nurl = \"{url}\"\nwebhook_key = \"{ROBOT_KEY}\"\n\n"
        )
    }

    fn start(&self, token_lifetime: Duration) -> Box<dyn Emulator> {
        Box::new(Wecom {
            token_lifetime,
            tokens: Vec::new(),
            robot_window: Window::default(),
            checked: Vec::new(),
        })
    }

    /// The real errmsg's shape (§2): the text, a hint id, the caller's address, the help link.
    fn refusal(&self, code: i64, text: &str) -> Value {
        let hint = uuid::Uuid::new_v4().as_u128() % 1_000_000_000_000;
        json!({"errcode": code, "errmsg": format!(
            "{text}, hint: [{}{hint:012}], from ip: 127.0.0.1, more info at https://open.work.weixin.qq.com/devtool/query?e={code}",
            unix_now()
        )})
    }
}

/// A value of the wrong JSON type: the server half-parses the request and says so.
fn wrong_type(what: &str) -> Bad {
    bad(
        40058,
        format!("invalid {what}, Warning: wrong json format."),
    )
}

/// An app message delivered with the duplicate check on: its bytes, when, its interval, and
/// what it was answered.
struct Checked {
    raw: Vec<u8>,
    at: Instant,
    interval: Duration,
    answer: Value,
}

struct Wecom {
    token_lifetime: Duration,
    /// The tokens issued, and when.
    tokens: Vec<(String, Instant)>,
    robot_window: Window,
    checked: Vec<Checked>,
}

/// The owner of the app's media ids; a robot's are owned by [`ROBOT_OWNER`].
const APP_OWNER: &str = "app";

impl Emulator for Wecom {
    fn handle(&mut self, req: &Req, store: &mut Store) -> Result<Value, Bad> {
        let method_ok = if req.path == GETTOKEN {
            req.method == "GET"
        } else {
            req.is_post()
        };
        if !method_ok {
            return Err(bad(40058, "invalid Request Method"));
        }
        match req.path.as_str() {
            GETTOKEN => self.token(req),
            SEND => {
                self.app_gate(req)?;
                let m = json_body(req)?;
                self.send_app(req, &m, store)
            }
            UPLOAD => {
                self.app_gate(req)?;
                take_upload(
                    req,
                    store,
                    &["image", "voice", "video", "file"],
                    APP_OWNER,
                    "",
                )
            }
            WEBHOOK_SEND => {
                robot_gate(req)?;
                let m = json_body(req)?;
                let kind = check_robot_message(&m, store)?;
                if !self.robot_window.admit(ROBOT_PER_MINUTE, MINUTE) {
                    return Err(bad(45009, "api freq out of limit"));
                }
                let mut to = vec!["group".to_string()];
                let body = field(&m, kind);
                for key in ["mentioned_list", "mentioned_mobile_list"] {
                    if let Some(list) = body.get(key).and_then(Value::as_array) {
                        to.extend(
                            list.iter()
                                .filter_map(Value::as_str)
                                .map(|x| format!("@{x}")),
                        );
                    }
                }
                store.deliver(Incoming {
                    provider: "wecom",
                    endpoint: WEBHOOK_SEND,
                    app: format!("robot {}…", &ROBOT_KEY[..8]),
                    kind: kind.to_string(),
                    to,
                    summary: super::summary(body),
                    payload: Value::Object(m.clone()),
                });
                Ok(json!({"errcode": 0, "errmsg": "ok"}))
            }
            _ => {
                robot_gate(req)?;
                take_upload(req, store, &["file", "voice"], ROBOT_OWNER, "ok")
            }
        }
    }
}

impl Wecom {
    /// gettoken: both parameters (41002, 41004), the corp (40013) and secret (40001).
    fn token(&mut self, req: &Req) -> Result<Value, Bad> {
        let corp = req
            .param("corpid")
            .ok_or_else(|| bad(41002, "corpid missing"))?;
        let secret = req
            .param("corpsecret")
            .ok_or_else(|| bad(41004, "corpsecret missing"))?;
        if corp != CORP_ID {
            return Err(bad(40013, "invalid corpid"));
        }
        if secret != CORP_SECRET {
            return Err(bad(40001, "invalid credential"));
        }
        let value = format!("{}{}", fresh_id(""), uuid::Uuid::new_v4().simple());
        self.tokens.push((value.clone(), Instant::now()));
        let expires = self.token_lifetime.as_secs().max(1);
        Ok(json!({"errcode": 0, "errmsg": "ok", "access_token": value, "expires_in": expires}))
    }

    /// An app call's token: there (41001), issued (40014), not expired (42001).
    fn app_gate(&self, req: &Req) -> Result<(), Bad> {
        let token = req
            .param("access_token")
            .ok_or_else(|| bad(41001, "access_token missing"))?;
        match self.tokens.iter().find(|(t, _)| t == token) {
            None => Err(bad(40014, "invalid access_token")),
            Some((_, issued)) if issued.elapsed() >= self.token_lifetime => {
                Err(bad(42001, "access_token expired"))
            }
            Some(_) => Ok(()),
        }
    }

    /// An app message: its checks, the duplicate check, then delivered.
    fn send_app(
        &mut self,
        req: &Req,
        m: &Map<String, Value>,
        store: &mut Store,
    ) -> Result<Value, Bad> {
        let (kind, dedupe) = check_app_message(m, store)?;
        if dedupe.is_some() {
            let now = Instant::now();
            if let Some(earlier) = self
                .checked
                .iter()
                .find(|c| c.raw == req.body && now.duration_since(c.at) < c.interval)
            {
                return Ok(earlier.answer.clone());
            }
        }
        // Unknown users come back lower-cased in invaliduser; none known is 81013 (§4.4, §4.2).
        let (unknown, mut to): (Vec<String>, Vec<String>) = split_ids(m.get("touser"), "")
            .into_iter()
            .partition(|u| unknown_user(u));
        to.extend(split_ids(m.get("toparty"), "dept:"));
        to.extend(split_ids(m.get("totag"), "tag:"));
        // The message has a recipient (82001 otherwise), so none left means all unknown.
        if to.is_empty() {
            return Err(bad(81013, "user & party & tag all invalid"));
        }
        let unknown = unknown.join("|").to_lowercase();
        let answer = json!({"errcode": 0, "errmsg": "ok", "invaliduser": unknown, "invalidparty": "",
                            "invalidtag": "", "msgid": fresh_id("")});
        store.deliver(Incoming {
            provider: "wecom",
            endpoint: SEND,
            app: format!("agent {AGENT_ID}"),
            kind: kind.to_string(),
            to,
            summary: super::summary(field(m, kind)),
            payload: Value::Object(m.clone()),
        });
        if let Some(interval) = dedupe {
            self.checked.push(Checked {
                raw: req.body.clone(),
                at: Instant::now(),
                interval,
                answer: answer.clone(),
            });
        }
        Ok(answer)
    }
}

/// The owner of the sandbox robot's media ids.
const ROBOT_OWNER: &str = "robot";

/// A robot call's key: there, a key and not the whole webhook URL, and the sandbox robot's
/// (93000 otherwise).
fn robot_gate(req: &Req) -> Result<(), Bad> {
    let key = req.param("key").unwrap_or("");
    if key != ROBOT_KEY {
        return Err(bad(93000, "invalid webhook url"));
    }
    Ok(())
}

/// A JSON object body (40058 otherwise).
fn json_body(req: &Req) -> Result<Map<String, Value>, Bad> {
    req.json_object().ok_or_else(|| bad(40058, "invalid json"))
}

/// Allows only `allowed` keys in `v`, an object (40058).
fn only_keys(v: &Value, allowed: &[&str], what: &str) -> Result<(), Bad> {
    let obj = v.as_object().ok_or_else(|| wrong_type(what))?;
    match obj.keys().find(|k| !allowed.contains(&k.as_str())) {
        Some(k) => Err(bad(40058, format!("invalid parameter {k}"))),
        None => Ok(()),
    }
}

/// A string field named `at.key` in errors: one that is `required` must be there and not
/// empty; at most `limit` UTF-8 bytes (40058 "… exceed max length N").
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
        Some(_) => return Err(wrong_type(&what)),
    };
    match value {
        None | Some("") if required => Err(bad(40058, format!("{what} can't be empty"))),
        Some(s) if s.len() > limit => Err(bad(40058, format!("{what} exceed max length {limit}"))),
        value => Ok(value),
    }
}

/// An app's `content`: there and not empty (44004), at most `limit` bytes (45002).
fn content(body: &Value, kind: &str, limit: usize) -> Result<(), Bad> {
    match string_field(body, "content", kind, false, usize::MAX)? {
        None | Some("") => Err(bad(44004, "empty content")),
        Some(c) if c.len() > limit => Err(bad(
            45002,
            format!(
                "content size out of limit: {} bytes; at most {limit}",
                c.len()
            ),
        )),
        Some(_) => Ok(()),
    }
}

/// A robot's `content`: at most `limit` bytes (40058 "… exceed max length", as §6.2 saw),
/// there and not empty (44004).
fn robot_content(body: &Value, kind: &str, limit: usize) -> Result<(), Bad> {
    match string_field(body, "content", kind, false, limit)? {
        None | Some("") => Err(bad(44004, "empty content")),
        Some(_) => Ok(()),
    }
}

/// `keys` of which `media_id` names an upload of `owner` and of type `kind` (41006 missing,
/// 40007 otherwise).
fn check_media(
    body: &Value,
    kind: &str,
    keys: &[&str],
    owner: &str,
    store: &Store,
) -> Result<(), Bad> {
    only_keys(body, keys, kind)?;
    media_id(body, "media_id", kind, "", owner, store)
}

/// `at.key`, a media id of an upload of `owner` of type `kind`.
fn media_id(
    body: &Value,
    key: &str,
    kind: &str,
    at: &str,
    owner: &str,
    store: &Store,
) -> Result<(), Bad> {
    let Some(id) = string_field(body, key, at, false, usize::MAX)? else {
        return Err(bad(41006, format!("{key} missing")));
    };
    match store.media(id) {
        Some(m) if m.provider == "wecom" && m.owner == owner && m.kind == kind => Ok(()),
        _ => Err(bad(40007, format!("invalid {key}"))),
    }
}

/// The `articles` of a news or mpnews object, its only key: 1 to 8 (45008).
fn articles<'a>(obj: &'a Value, kind: &str) -> Result<&'a Vec<Value>, Bad> {
    only_keys(obj, &["articles"], kind)?;
    let articles = obj
        .get("articles")
        .and_then(Value::as_array)
        .ok_or_else(|| wrong_type(&format!("{kind}.articles")))?;
    if !(1..=ARTICLES).contains(&articles.len()) {
        return Err(bad(45008, "article size out of limit"));
    }
    Ok(articles)
}

/// An mpnews object (§4.3): 1 to 8 articles, each a title, an uploaded image as its thumb,
/// HTML content of at most 666 K bytes (45002), an optional author, digest and source link.
fn check_mpnews(mpnews: &Value, store: &Store) -> Result<(), Bad> {
    for (i, a) in articles(mpnews, "mpnews")?.iter().enumerate() {
        let at = format!("mpnews.articles[{i}]");
        let keys = [
            "title",
            "thumb_media_id",
            "author",
            "content_source_url",
            "content",
            "digest",
        ];
        only_keys(a, &keys, &at)?;
        string_field(a, "title", &at, true, TITLE)?;
        media_id(a, "thumb_media_id", "image", &at, APP_OWNER, store)?;
        string_field(a, "author", &at, false, AUTHOR)?;
        string_field(a, "content_source_url", &at, false, URL)?;
        string_field(a, "digest", &at, false, DESCRIPTION)?;
        match string_field(a, "content", &at, false, usize::MAX)? {
            None | Some("") => return Err(bad(44004, "empty content")),
            Some(c) if c.len() > MPNEWS_CONTENT => {
                return Err(bad(45002, "content size out of limit"));
            }
            Some(_) => {}
        }
    }
    Ok(())
}

/// A robot's template card (§6.2): a `text_notice` or `news_notice` card; its other fields are
/// the card's own and not checked here.
fn check_robot_card(card: &Value) -> Result<(), Bad> {
    match card.get("card_type").and_then(Value::as_str) {
        Some("text_notice" | "news_notice") => Ok(()),
        _ => Err(bad(40058, "invalid template_card.card_type")),
    }
}

/// A news object: 1 to 8 articles (45008), each a title and url, an optional description and
/// picurl, within their byte limits. An app's article may open a mini program (`appid` and
/// `pagepath`, both or neither) instead of the url; a robot's needs the url.
fn check_news(news: &Value, app: bool) -> Result<(), Bad> {
    for (i, a) in articles(news, "news")?.iter().enumerate() {
        let at = format!("news.articles[{i}]");
        let keys: &[&str] = if app {
            &["title", "description", "url", "picurl", "appid", "pagepath"]
        } else {
            &["title", "description", "url", "picurl"]
        };
        only_keys(a, keys, &at)?;
        string_field(a, "title", &at, true, TITLE)?;
        string_field(a, "description", &at, false, DESCRIPTION)?;
        let appid = string_field(a, "appid", &at, false, PAGEPATH)?;
        let pagepath = string_field(a, "pagepath", &at, false, PAGEPATH)?;
        if appid.is_some() != pagepath.is_some() {
            return Err(bad(
                40058,
                format!("{at}.appid and {at}.pagepath go together"),
            ));
        }
        string_field(a, "url", &at, appid.is_none(), URL)?;
        string_field(a, "picurl", &at, false, URL)?;
    }
    Ok(())
}

/// An app message (§4): the keys, the agent, the recipients, the flags, the body. Its type, and
/// the duplicate check's interval if it is on.
fn check_app_message<'a>(
    m: &'a Map<String, Value>,
    store: &Store,
) -> Result<(&'a str, Option<Duration>), Bad> {
    let types = [
        "text",
        "markdown",
        "image",
        "voice",
        "video",
        "file",
        "textcard",
        "news",
        "mpnews",
        "miniprogram_notice",
        "template_card",
    ];
    let kind = match m.get("msgtype") {
        Some(Value::String(k)) if types.contains(&k.as_str()) => k.as_str(),
        Some(other) => return Err(bad(40008, format!("invalid message type {other}"))),
        None => return Err(bad(40008, "invalid message type: msgtype is missing")),
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
    if let Some(k) = m.keys().find(|k| !allowed.contains(&k.as_str())) {
        return Err(bad(40058, format!("invalid parameter {k}")));
    }
    match m.get("agentid") {
        None => return Err(bad(41011, "missing agentid")),
        Some(Value::Number(n)) if n.as_i64() == Some(AGENT_ID) => {}
        Some(Value::Number(_)) => return Err(bad(40056, "invalid agentid")),
        Some(_) => return Err(bad(40056, "invalid agentid, Warning: wrong json format.")),
    }
    let users = id_list(m, "touser", 1000, 40032)?;
    let parties = id_list(m, "toparty", 100, 82002)?;
    let tags = id_list(m, "totag", 100, 82003)?;
    if users.contains(&"@all") && users.len() > 1 {
        return Err(bad(40058, "invalid touser"));
    }
    if users.is_empty() && parties.is_empty() && tags.is_empty() {
        return Err(bad(82001, "All touser & toparty & totag invalid"));
    }
    let dedupe = flags(m, kind)?;
    let body = m
        .get(kind)
        .ok_or_else(|| bad(40058, format!("{kind} is empty")))?;
    match kind {
        "text" | "markdown" => {
            only_keys(body, &["content"], kind)?;
            content(body, kind, TEXT)?;
        }
        "image" | "voice" | "file" => check_media(body, kind, &["media_id"], APP_OWNER, store)?,
        "video" => {
            let keys = ["media_id", "title", "description"];
            check_media(body, kind, &keys, APP_OWNER, store)?;
            string_field(body, "title", kind, false, TITLE)?;
            string_field(body, "description", kind, false, DESCRIPTION)?;
        }
        "mpnews" => check_mpnews(body, store)?,
        // Documented, with fields of their own that the notes do not list (§4.3): an object.
        "miniprogram_notice" | "template_card" => {
            body.as_object().ok_or_else(|| wrong_type(kind))?;
        }
        "textcard" => {
            only_keys(body, &["title", "description", "url", "btntxt"], kind)?;
            string_field(body, "title", kind, true, TITLE)?;
            string_field(body, "description", kind, true, DESCRIPTION)?;
            string_field(body, "url", kind, true, URL)?;
            if let Some(b) = string_field(body, "btntxt", kind, false, usize::MAX)?
                && b.chars().count() > BUTTON
            {
                return Err(bad(
                    40058,
                    format!("textcard.btntxt exceed max length {BUTTON}"),
                ));
            }
        }
        _ => check_news(body, true)?,
    }
    Ok((kind, dedupe))
}

/// One recipient list: ids joined by `|`, at most `limit` (`code` past it).
fn id_list<'a>(
    m: &'a Map<String, Value>,
    key: &str,
    limit: usize,
    code: i64,
) -> Result<Vec<&'a str>, Bad> {
    let list = match m.get(key) {
        None => return Ok(Vec::new()),
        Some(Value::String(s)) => s,
        Some(_) => return Err(wrong_type(key)),
    };
    if list.trim().is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<&str> = list.split('|').map(str::trim).collect();
    if ids.iter().any(|id| id.is_empty()) {
        return Err(bad(40058, format!("invalid {key}")));
    }
    if ids.len() > limit {
        return Err(bad(code, format!("invalid {key} size")));
    }
    Ok(ids)
}

/// `safe`, `enable_id_trans`, `enable_duplicate_check` (0 or 1), `duplicate_check_interval`
/// (at most 4 hours), no `safe` on news (40074). The check's interval, when it is on.
fn flags(m: &Map<String, Value>, kind: &str) -> Result<Option<Duration>, Bad> {
    let int = |key: &str| match m.get(key) {
        None => Ok(None),
        Some(v) => v.as_i64().map(Some).ok_or_else(|| wrong_type(key)),
    };
    for key in ["safe", "enable_id_trans", "enable_duplicate_check"] {
        // safe 2 (shared only within the company) is mpnews's alone (§4.1).
        let two = key == "safe" && kind == "mpnews";
        if let Some(v) = int(key)?
            && v != 0
            && v != 1
            && !(two && v == 2)
        {
            return Err(bad(40058, format!("invalid {key}")));
        }
    }
    if kind == "news" && m.contains_key("safe") {
        return Err(bad(40074, "news消息不支持保密消息类型"));
    }
    let interval = match int("duplicate_check_interval")? {
        None => DEFAULT_DEDUPE,
        Some(s) if (0..=MAX_DEDUPE as i64).contains(&s) => s as u64,
        Some(_) => {
            return Err(bad(
                40058,
                format!("duplicate_check_interval exceed max {MAX_DEDUPE}"),
            ));
        }
    };
    let on = int("enable_duplicate_check")? == Some(1);
    Ok(on.then(|| Duration::from_secs(interval)))
}

/// A robot message (§6): its type and body. Its type.
fn check_robot_message<'a>(m: &'a Map<String, Value>, store: &Store) -> Result<&'a str, Bad> {
    let kind = match m.get("msgtype").and_then(Value::as_str) {
        Some(k)
            if [
                "text",
                "markdown",
                "markdown_v2",
                "image",
                "news",
                "file",
                "voice",
                "template_card",
            ]
            .contains(&k) =>
        {
            k
        }
        _ => return Err(bad(40008, "invalid message type")),
    };
    if let Some(k) = m.keys().find(|k| *k != "msgtype" && *k != kind) {
        return Err(bad(40058, format!("invalid parameter {k}")));
    }
    let body = m
        .get(kind)
        .ok_or_else(|| bad(40058, format!("{kind} is empty")))?;
    match kind {
        "text" => {
            only_keys(
                body,
                &["content", "mentioned_list", "mentioned_mobile_list"],
                kind,
            )?;
            robot_content(body, kind, TEXT)?;
            for key in ["mentioned_list", "mentioned_mobile_list"] {
                match body.get(key) {
                    None => {}
                    Some(Value::Array(items)) if items.iter().all(Value::is_string) => {}
                    Some(_) => return Err(wrong_type(key)),
                }
            }
        }
        "markdown" | "markdown_v2" => {
            only_keys(body, &["content"], kind)?;
            robot_content(body, kind, ROBOT_MARKDOWN)?;
        }
        "image" => check_robot_image(body)?,
        "file" | "voice" => check_media(body, kind, &["media_id"], ROBOT_OWNER, store)?,
        "template_card" => check_robot_card(body)?,
        _ => check_news(body, false)?,
    }
    Ok(kind)
}

/// A robot image: Base64 (40058) of at most 2 MB (40009) of PNG or JPEG (40004), with the
/// lower-case hex MD5 of those bytes (301019).
fn check_robot_image(body: &Value) -> Result<(), Bad> {
    only_keys(body, &["base64", "md5"], "image")?;
    let data = string_field(body, "base64", "image", true, usize::MAX)?.unwrap_or_default();
    let md5 = string_field(body, "md5", "image", true, usize::MAX)?.unwrap_or_default();
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(data)
        .map_err(|_| bad(40058, "invalid base64"))?;
    if bytes.len() > ROBOT_IMAGE {
        return Err(bad(40009, "invalid image size"));
    }
    if !is_png_or_jpeg(&bytes) {
        return Err(bad(40004, "invalid media type"));
    }
    let expected = hex(&Md5::digest(&bytes));
    if md5 != expected {
        return Err(bad(301019, "media md5 not match"));
    }
    Ok(())
}

/// An upload (§5, §7): `type` among `types` (40005); a form of one part `media` with a file
/// name (44001); more than 5 bytes (40006), within the type's size (45001) and format (40004,
/// 301017). Kept for `owner`; answered with its media id.
fn take_upload(
    req: &Req,
    store: &mut Store,
    types: &[&str],
    owner: &str,
    errmsg: &str,
) -> Result<Value, Bad> {
    let kind = req.param("type").unwrap_or("");
    if !types.contains(&kind) {
        return Err(bad(40005, "invalid file type"));
    }
    let parts = form::parts(req).ok_or_else(|| bad(44001, "empty media data"))?;
    let [part] = parts.as_slice() else {
        return Err(bad(44001, "empty media data"));
    };
    let name = part.filename.clone().unwrap_or_default();
    if part.name != "media" || name.is_empty() {
        return Err(bad(44001, "empty media data"));
    }
    let bytes = &part.data;
    let limit = match kind {
        "image" | "video" => 10 * MB,
        "voice" => 2 * MB,
        _ => 20 * MB,
    };
    if bytes.len() <= 5 {
        return Err(bad(40006, "invalid file size"));
    }
    if bytes.len() > limit {
        return Err(bad(45001, "media size out of limit"));
    }
    match kind {
        "image" if !is_png_or_jpeg(bytes) => return Err(bad(40004, "invalid media type")),
        "video" if bytes.get(4..8) != Some(b"ftyp") => {
            return Err(bad(40004, "invalid media type"));
        }
        "voice" if !bytes.starts_with(b"#!AMR") => {
            return Err(bad(301017, "voice file only support amr format"));
        }
        _ => {}
    }
    let id = fresh_id(if owner == APP_OWNER { "3a" } else { "3r" });
    store.add_media(
        id.clone(),
        Media {
            provider: "wecom".into(),
            owner: owner.to_string(),
            kind: kind.to_string(),
            name,
            bytes: bytes.clone(),
        },
    );
    let created = unix_now();
    Ok(
        json!({"errcode": 0, "errmsg": errmsg, "type": kind, "media_id": id,
              "created_at": created.to_string()}),
    )
}
