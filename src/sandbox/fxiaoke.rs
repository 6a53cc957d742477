//! Fxiaoke's side of the sandbox (fxiaoke-protocol.md): both token styles (OAuth headers, or
//! the legacy `corpAccessToken` and `corpId` in the body or an upload's query), the two sends,
//! the cover-image upload and the phone-number lookups, each answered HTTP 200 with an
//! `errorCode`, errors included.

use std::collections::{HashMap, HashSet};
use std::time::{Duration, Instant};

use serde_json::{Map, Value, json};

use super::{Bad, Emulator, Incoming, Media, Req, Side, Store, Window, bad, field, form, fresh_id};

pub(crate) const TOKEN: &str = "/oauth2.0/token";
pub(crate) const LEGACY_TOKEN: &str = "/cgi/corpAccessToken/get/V2";
pub(crate) const SEND: &str = "/cgi/message/send";
pub(crate) const SERVICE_SEND: &str = "/cgi/app/message/send";
pub(crate) const UPLOAD: &str = "/media/upload/message";
pub(crate) const BY_MOBILE: &str = "/cgi/user/getByMobile";
pub(crate) const USER_LIST: &str = "/cgi/user/list";

/// The sandbox's app and enterprise.
pub(crate) const APP_ID: &str = "FSAID_sandbox";
pub(crate) const APP_SECRET: &str = "sandbox-app-secret";
pub(crate) const PERMANENT_CODE: &str = "sandbox-permanent-code";
pub(crate) const EA: &str = "sandbox";
pub(crate) const CORP_ID: &str = "FSCID_sandbox";

/// The open id of employee 1001, the sandbox profile's default recipient.
const OPEN_1001: &str = "FSUID_5A4D0B0C000000000000000000001001";

/// The people of the sandbox's enterprise: employee id, open id, mobile, active.
/// An employee of the sandbox's enterprise.
struct Person {
    id: &'static str,
    open: &'static str,
    name: &'static str,
    mobile: &'static str,
    active: bool,
}

/// The sandbox's enterprise: four employees, the last one stopped.
const PEOPLE: &[Person] = &[
    Person {
        id: "1000",
        open: "FSUID_5A4D0B0C000000000000000000001000",
        name: "Sandbox Admin",
        mobile: "13800001000",
        active: true,
    },
    Person {
        id: "1001",
        open: OPEN_1001,
        name: "Alice",
        mobile: "13800001001",
        active: true,
    },
    Person {
        id: "1002",
        open: "FSUID_5A4D0B0C000000000000000000001002",
        name: "Bob",
        mobile: "13800001002",
        active: true,
    },
    Person {
        id: "1003",
        open: "FSUID_5A4D0B0C000000000000000000001003",
        name: "Carol (left)",
        mobile: "13800001003",
        active: false,
    },
];

/// The text of 10006, as the live probe saw it (F6).
const SECRET_REFUSED: &str = "the parameter appSecret is missing or illegal";

// The limits of the protocol note, written again on purpose (see `sandbox`).
const USERS: usize = 500;
const FORM_ROWS: usize = 6;
const ARTICLES: usize = 7;
const IMAGE_LIMIT: usize = 5 * 1024 * 1024;
/// The token endpoints: 10 calls a minute (§3.4).
const TOKENS_PER_MINUTE: usize = 10;
/// Any other endpoint: 100 calls in 20 s, as the official rate page is quoted (§13; a blog says
/// 60, and the sandbox takes the higher, so as not to refuse what the server may take).
const CALLS_PER_WINDOW: usize = 100;
const WINDOW: Duration = Duration::from_secs(20);
const MINUTE: Duration = Duration::from_secs(60);

pub(crate) struct FxiaokeSide;

pub(crate) static SIDE: FxiaokeSide = FxiaokeSide;

impl Side for FxiaokeSide {
    fn provider(&self) -> &'static str {
        "fxiaoke"
    }

    fn paths(&self) -> &'static [&'static str] {
        &[
            TOKEN,
            LEGACY_TOKEN,
            SEND,
            SERVICE_SEND,
            UPLOAD,
            BY_MOBILE,
            USER_LIST,
        ]
    }

    fn profiles(&self, url: &str) -> String {
        format!(
            "[profiles.sandbox-fxiaoke]\nprovider = \"fxiaoke\"\nurl = \"{url}\"\napp_id = \"{APP_ID}\"\napp_secret = \"{APP_SECRET}\"\npermanent_code = \"{PERMANENT_CODE}\"\nuser_id = \"1000\"\nto_user = [\"{OPEN_1001}\"]\n\n"
        )
    }

    fn start(&self, token_lifetime: Duration) -> Box<dyn Emulator> {
        Box::new(Fxiaoke {
            token_lifetime,
            tokens: Vec::new(),
            traces: HashSet::new(),
            token_window: Window::default(),
            windows: HashMap::new(),
        })
    }

    fn refusal(&self, code: i64, text: &str) -> Value {
        envelope(code, text)
    }
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Style {
    Oauth,
    Legacy,
}

struct Token {
    value: String,
    style: Style,
    issued: Instant,
}

struct Fxiaoke {
    token_lifetime: Duration,
    tokens: Vec<Token>,
    /// Every thirdTraceId seen: a new request needs a new one (§4).
    traces: HashSet<String>,
    /// The calls of both token endpoints in this minute.
    token_window: Window,
    /// Each other endpoint's calls in its 20 s.
    windows: HashMap<String, Window>,
}

/// The envelope of every answer (§6), a fresh `traceId` in it.
fn envelope(code: i64, text: &str) -> Value {
    json!({"errorCode": code, "errorMessage": text, "errorDescription": text,
           "traceId": fresh_id("E-O.sandbox-")})
}

fn ok(extra: Value) -> Value {
    let mut v = envelope(0, "OK");
    v["errorDescription"] = "success".into();
    if let (Value::Object(v), Value::Object(extra)) = (&mut v, extra) {
        v.extend(extra);
    }
    v
}

impl Emulator for Fxiaoke {
    fn handle(&mut self, req: &Req, store: &mut Store) -> Result<Value, Bad> {
        if !req.is_post() {
            return Err(bad(
                15002,
                format!("invalid parameter: {} takes POST", req.path),
            ));
        }
        let trace = req.param("thirdTraceId").unwrap_or("");
        if uuid::Uuid::parse_str(trace).map_or(true, |u| u.get_version_num() != 4) {
            return Err(bad(
                15002,
                format!("invalid parameter: thirdTraceId {trace:?} is not a UUID v4"),
            ));
        }
        let admitted = if req.path == TOKEN || req.path == LEGACY_TOKEN {
            self.token_window.admit(TOKENS_PER_MINUTE, MINUTE)
        } else {
            let window = self.windows.entry(req.path.clone()).or_default();
            window.admit(CALLS_PER_WINDOW, WINDOW)
        };
        if !admitted {
            return Err(bad(14001, "接口调用超过限制 (call limit exceeded)"));
        }
        // Counted before any other check: a refused request used its id too.
        if !self.traces.insert(trace.to_string()) {
            return Err(bad(
                15002,
                format!(
                    "invalid parameter: thirdTraceId {trace} was used before; a request (a retry too) needs a new one"
                ),
            ));
        }
        if req.path == UPLOAD {
            let style = self.caller(req, None)?;
            return upload(req, store, style);
        }
        let json = req.header("content-type").is_some_and(|c| {
            let media = c.split(';').next().unwrap_or("").trim();
            media.eq_ignore_ascii_case("application/json")
        });
        if !json {
            return Err(bad(
                15002,
                "invalid parameter: the content type must be application/json",
            ));
        }
        if req.path == TOKEN || req.path == LEGACY_TOKEN {
            return self.token(req);
        }
        let mut body = req
            .json_object()
            .ok_or_else(|| bad(12004, "the body is not a JSON object"))?;
        let style = self.caller(req, Some(&mut body))?;
        match req.path.as_str() {
            BY_MOBILE => {
                let wanted = body
                    .get("mobile")
                    .and_then(Value::as_str)
                    .filter(|m| !m.is_empty())
                    .ok_or_else(|| {
                        bad(15002, "invalid parameter: mobile must be a phone number")
                    })?;
                let wanted = wanted
                    .strip_prefix("+86")
                    .or_else(|| wanted.strip_prefix("86").filter(|w| w.len() == 11))
                    .unwrap_or(wanted);
                let list: Vec<Value> = PEOPLE
                    .iter()
                    .filter(|p| p.mobile == wanted)
                    .map(|p| {
                        json!({"openUserId": p.open, "name": p.name, "mobile": p.mobile,
                        "status": if p.active { "NORMAL" } else { "STOPPED" }, "isActive": p.active})
                    })
                    .collect();
                Ok(ok(json!({ "empList": list })))
            }
            USER_LIST => {
                match body.get("departmentId").and_then(Value::as_i64) {
                    // 999999 is the whole company.
                    Some(999_999) => {}
                    Some(id) => return Err(bad(30007, format!("department {id} does not exist"))),
                    None => {
                        return Err(bad(
                            15002,
                            "invalid parameter: departmentId must be a number",
                        ));
                    }
                }
                let list: Vec<Value> = PEOPLE
                    .iter()
                    .map(|p| {
                        json!({"openUserId": p.open, "name": p.name, "mobile": p.mobile,
                               "departmentIds": [999_999], "isStop": !p.active})
                    })
                    .collect();
                Ok(ok(json!({ "userList": list })))
            }
            _ => {
                let kind = check_message(&body, &req.path, style, store)?;
                let kind = kind.to_string();
                let to: Vec<String> = field(&body, "toUser")
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .filter_map(Value::as_str)
                            .map(String::from)
                            .collect()
                    })
                    .unwrap_or_default();
                let app = match body.get("serviceId").and_then(Value::as_str) {
                    Some(service) => format!("{APP_ID} service {service}"),
                    None => APP_ID.to_string(),
                };
                let endpoint = if req.path == SEND { SEND } else { SERVICE_SEND };
                store.deliver(Incoming {
                    provider: "fxiaoke",
                    endpoint,
                    app,
                    summary: super::summary(field(&body, kind.as_str())),
                    kind,
                    to,
                    payload: Value::Object(body),
                });
                Ok(ok(json!({})))
            }
        }
    }
}

impl Fxiaoke {
    /// A token endpoint: the app's credentials (10001, 10002, 10012 missing; 10006 wrong, as
    /// the live probe saw), then a token of that endpoint's style.
    fn token(&mut self, req: &Req) -> Result<Value, Bad> {
        if req.header("authorization").is_some() {
            return Err(bad(
                15002,
                "invalid parameter: a token request carries no authorization header",
            ));
        }
        let body = req
            .json_object()
            .ok_or_else(|| bad(12004, "the body is not a JSON object"))?;
        let field = |k: &str| {
            body.get(k)
                .and_then(Value::as_str)
                .filter(|v| !v.is_empty())
        };
        let style = if req.path == TOKEN {
            Style::Oauth
        } else {
            Style::Legacy
        };
        let (Some(app), Some(secret), Some(code)) =
            (field("appId"), field("appSecret"), field("permanentCode"))
        else {
            // A missing appSecret is 10006, as a wrong one (the live probe, §3.4).
            return Err(if field("appId").is_none() {
                bad(10001, "appId is missing")
            } else if field("appSecret").is_none() {
                bad(10006, SECRET_REFUSED)
            } else {
                bad(10012, "permanentCode is missing")
            });
        };
        if style == Style::Oauth && field("grantType") != Some("app_secret") {
            return Err(bad(10006, "grantType is missing or illegal"));
        }
        if app != APP_ID || secret != APP_SECRET || code != PERMANENT_CODE {
            return Err(bad(10006, SECRET_REFUSED));
        }
        // The legacy endpoint answers the same token until 600 s before it expires (§3.4).
        let reuse = self.token_lifetime.saturating_sub(Duration::from_secs(600));
        if style == Style::Legacy
            && let Some(t) = self
                .tokens
                .iter()
                .rev()
                .find(|t| t.style == Style::Legacy && t.issued.elapsed() < reuse)
        {
            let left = self.token_lifetime.saturating_sub(t.issued.elapsed());
            return Ok(ok(json!({"corpAccessToken": t.value, "corpId": CORP_ID,
                                "expiresIn": left.as_secs().max(1)})));
        }
        let value = fresh_id("");
        self.tokens.push(Token {
            value: value.clone(),
            style,
            issued: Instant::now(),
        });
        let expires = self.token_lifetime.as_secs().max(1);
        Ok(ok(match style {
            Style::Oauth => json!({"accessToken": value, "expiresIn": expires, "ea": EA,
                                   "openUserId": "FSCID_sandbox-admin", "appId": APP_ID}),
            Style::Legacy => {
                json!({"corpAccessToken": value, "corpId": CORP_ID, "expiresIn": expires})
            }
        }))
    }

    /// Who calls: OAuth headers (a Bearer token, `x-fs-ea`, `x-fs-userid`), or the legacy token
    /// and corp id in the JSON body (taken out of it) or, for an upload, the query.
    fn caller(&self, req: &Req, body: Option<&mut Map<String, Value>>) -> Result<Style, Bad> {
        let (style, token) = match req.header("authorization") {
            Some(auth) => {
                if req.header("x-fs-ea") != Some(EA) {
                    return Err(bad(20017, "corpId not found: x-fs-ea is missing or wrong"));
                }
                let user = req.header("x-fs-userid").unwrap_or("");
                if !PEOPLE.iter().any(|p| p.id == user && p.active) {
                    return Err(bad(
                        20017,
                        format!("x-fs-userid {user:?} is not an active employee id such as 1000"),
                    ));
                }
                // One style a call: OAuth headers with legacy credentials are refused (§3.2).
                let legacy_body = body
                    .as_ref()
                    .is_some_and(|b| b.contains_key("corpAccessToken") || b.contains_key("corpId"));
                if legacy_body || req.param("corpAccessToken").is_some() {
                    return Err(bad(
                        20017,
                        "corpAccessToken and corpId go with legacy auth, not the authorization header",
                    ));
                }
                let token = auth.strip_prefix("Bearer ").unwrap_or("").to_string();
                (Style::Oauth, token)
            }
            None => {
                let (token, corp) = match body {
                    Some(body) => (
                        body.remove("corpAccessToken")
                            .and_then(|v| v.as_str().map(String::from)),
                        body.remove("corpId")
                            .and_then(|v| v.as_str().map(String::from)),
                    ),
                    None => (
                        req.param("corpAccessToken").map(String::from),
                        req.param("corpId").map(String::from),
                    ),
                };
                let Some(token) = token.filter(|t| !t.is_empty()) else {
                    return Err(bad(20017, "corpAccessToken为必填项，不能为空"));
                };
                match corp.as_deref() {
                    None | Some("") => return Err(bad(10014, "corpId is missing")),
                    Some(CORP_ID) => {}
                    Some(_) => return Err(bad(11015, "invalid corpId")),
                }
                (Style::Legacy, token)
            }
        };
        match self
            .tokens
            .iter()
            .find(|t| t.value == token && t.style == style)
        {
            Some(t) if t.issued.elapsed() < self.token_lifetime => Ok(style),
            _ => Err(bad(
                20016,
                "the cropId,cropAccessToken or authorization is error",
            )),
        }
    }
}

/// The cover-image upload (§8.1): one part `media` whose file name has an image extension,
/// at most 5 MB.
fn upload(req: &Req, store: &mut Store, _style: Style) -> Result<Value, Bad> {
    let parts =
        form::parts(req).ok_or_else(|| bad(15002, "invalid parameter: not multipart/form-data"))?;
    let [part] = parts.as_slice() else {
        return Err(bad(
            15002,
            "invalid parameter: the form must hold one part, media",
        ));
    };
    let name = part.filename.clone().unwrap_or_default();
    if part.name != "media" || name.is_empty() {
        return Err(bad(
            15002,
            "invalid parameter: the part must be media, with a file name",
        ));
    }
    let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
    if !ext.is_some_and(|e| ["jpg", "jpeg", "png", "gif", "bmp"].contains(&e.as_str())) {
        return Err(bad(
            15002,
            format!("invalid parameter: {name:?} is not a JPG, JPEG, PNG, GIF or BMP file"),
        ));
    }
    if part.data.is_empty() || part.data.len() > IMAGE_LIMIT {
        return Err(bad(
            15002,
            format!(
                "invalid parameter: the image is {} bytes; 1 to {IMAGE_LIMIT}",
                part.data.len()
            ),
        ));
    }
    let id = fresh_id("");
    store.add_media(
        id.clone(),
        Media {
            provider: "fxiaoke".into(),
            owner: String::new(),
            kind: "image".into(),
            name,
            bytes: part.data.clone(),
        },
    );
    Ok(ok(json!({ "mediaId": id })))
}

/// A message (§7, §9, §11): its keys, `serviceId` on the service send only, the recipients
/// and their id kind, and the body of its type. Its type.
fn check_message<'a>(
    m: &'a Map<String, Value>,
    path: &str,
    style: Style,
    store: &Store,
) -> Result<&'a str, Bad> {
    let allowed = [
        "toUser",
        "msgType",
        "text",
        "composite",
        "articles",
        "convertUserId",
        "convertMediaId",
        "serviceId",
    ];
    if let Some(k) = m.keys().find(|k| !allowed.contains(&k.as_str())) {
        return Err(bad(15002, format!("invalid parameter: unknown key {k}")));
    }
    if (path == SERVICE_SEND) != m.contains_key("serviceId") {
        return Err(bad(
            15002,
            "invalid parameter: serviceId goes with /cgi/app/message/send, and only there",
        ));
    }
    if let Some(service) = m.get("serviceId")
        && !service
            .as_str()
            .is_some_and(|s| s.len() > 6 && s.starts_with("FSAID_"))
    {
        return Err(bad(
            15002,
            format!("invalid parameter: serviceId {service} is not an FSAID_ id"),
        ));
    }
    for key in ["convertUserId", "convertMediaId"] {
        if m.get(key).is_some_and(|v| !v.is_boolean()) {
            return Err(bad(
                15002,
                format!("invalid parameter: {key} must be true or false"),
            ));
        }
    }
    if !m.contains_key("toUser") {
        return Err(bad(10015, "toUser is missing"));
    }
    let users: Vec<&str> = m
        .get("toUser")
        .and_then(Value::as_array)
        .ok_or_else(|| bad(11016, "invalid toUser: it must be an array of ids"))?
        .iter()
        .map(|u| u.as_str().unwrap_or(""))
        .collect();
    let distinct: HashSet<&&str> = users.iter().collect();
    if users.is_empty() || users.len() > USERS || distinct.len() != users.len() {
        return Err(bad(
            11016,
            format!(
                "invalid toUser: {} ids; 1 to {USERS}, each once",
                users.len()
            ),
        ));
    }
    let open = users.iter().all(|u| {
        u.strip_prefix("FSUID_")
            .is_some_and(|hex| !hex.is_empty() && hex.bytes().all(|b| b.is_ascii_hexdigit()))
    });
    let employee = users
        .iter()
        .all(|u| !u.is_empty() && u.bytes().all(|b| b.is_ascii_digit()));
    let convert = m.get("convertUserId").and_then(Value::as_bool);
    let ids_ok = match style {
        Style::Oauth => (open && convert == Some(true)) || (employee && convert.is_none()),
        Style::Legacy => (open && convert.is_none()) || (employee && convert == Some(false)),
    };
    if !ids_ok {
        return Err(bad(
            11016,
            format!(
                "invalid toUser: under {style:?} auth, ids are {} (employee ids need {})",
                match style {
                    Style::Oauth => "employee ids, or FSUID_ open ids with convertUserId true",
                    Style::Legacy => "FSUID_ open ids, or employee ids with convertUserId false",
                },
                match style {
                    Style::Oauth => "no convertUserId",
                    Style::Legacy => "convertUserId false",
                }
            ),
        ));
    }
    let kind = m.get("msgType").and_then(Value::as_str).unwrap_or("");
    let text = |v: &Value| v.as_str().is_some_and(|s| !s.trim().is_empty());
    let within =
        |v: &Value, max: usize| v.is_null() || v.as_str().is_some_and(|s| s.chars().count() <= max);
    match kind {
        "text" => {
            if !text(&field(m, "text")["content"]) {
                return Err(bad(12005, "文本消息内容为空: text.content is empty"));
            }
        }
        "composite" => {
            let c = field(m, "composite");
            let rows_ok = c.get("form").is_none_or(|f| {
                f.as_array().is_some_and(|rows| {
                    rows.len() <= FORM_ROWS
                        && rows
                            .iter()
                            .all(|r| r["label"].is_string() && r["value"].is_string())
                })
            });
            if !text(&c["head"]["title"]) || !text(&c["link"]["title"]) || !text(&c["link"]["url"])
            {
                return Err(bad(
                    15002,
                    "invalid parameter: composite needs head.title, link.title and link.url",
                ));
            }
            if !rows_ok {
                return Err(bad(
                    15002,
                    format!(
                        "invalid parameter: composite.form takes at most {FORM_ROWS} rows of label and value"
                    ),
                ));
            }
        }
        "articles" => {
            let list = field(m, "articles")
                .as_array()
                .map(Vec::as_slice)
                .unwrap_or(&[]);
            let media_ok = match style {
                Style::Oauth => m.get("convertMediaId") == Some(&Value::Bool(true)),
                Style::Legacy => !m.contains_key("convertMediaId"),
            };
            if !media_ok {
                return Err(bad(
                    15002,
                    "invalid parameter: convertMediaId is true under OAuth, absent under legacy",
                ));
            }
            if !(1..=ARTICLES).contains(&list.len()) {
                return Err(bad(
                    15002,
                    format!(
                        "invalid parameter: {} articles; 1 to {ARTICLES}",
                        list.len()
                    ),
                ));
            }
            for (i, a) in list.iter().enumerate() {
                let fields_ok = text(&a["title"])
                    && within(&a["title"], 45)
                    && within(&a["author"], 8)
                    && within(&a["description"], 140)
                    && (a["type"] == "TEXT" || a["type"] == "URL")
                    && text(&a["content"]);
                if !fields_ok {
                    return Err(bad(
                        15002,
                        format!(
                            "invalid parameter: articles[{i}]: title (45), author (8), description (140), type TEXT or URL, content"
                        ),
                    ));
                }
                let cover = a["coverImage"].as_str().unwrap_or("");
                if store.media(cover).is_none_or(|m| m.provider != "fxiaoke") {
                    return Err(bad(
                        15002,
                        format!(
                            "invalid parameter: articles[{i}].coverImage {cover:?} is no uploaded mediaId"
                        ),
                    ));
                }
            }
        }
        other => return Err(bad(11017, format!("invalid msgType {other:?}"))),
    }
    Ok(kind)
}
