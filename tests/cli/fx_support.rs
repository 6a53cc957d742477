//! A Fxiaoke emulator on httpmock: one handler per endpoint that checks the trace id, the
//! credentials of the profile's auth style and the documented body shape, records what it got,
//! and answers as the real server does (HTTP 200 with an `errorCode`, errors included). Tests
//! queue answers per endpoint to make it refuse.

use std::collections::HashSet;
use std::sync::{Arc, Mutex};

use httpmock::prelude::*;
use httpmock::{HttpMockRequest, HttpMockResponse};
use serde_json::{Value, json};

use crate::emulator::{Script, header, serve, unmatched};
use crate::support::form_parts;

pub const APP_ID: &str = "FSAID_test";
pub const SECRET: &str = "secret-123";
pub const CODE: &str = "perm-456";
pub const EA: &str = "fs1";
pub const CORP_ID: &str = "FSCID_1";

pub const TOKEN: &str = "/oauth2.0/token";
pub const LEGACY_TOKEN: &str = "/cgi/corpAccessToken/get/V2";
pub const SEND: &str = "/cgi/message/send";
pub const SERVICE_SEND: &str = "/cgi/app/message/send";
pub const UPLOAD: &str = "/media/upload/message";
pub const BY_MOBILE: &str = "/cgi/user/getByMobile";
pub const USER_LIST: &str = "/cgi/user/list";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Auth {
    Oauth,
    Legacy,
}

/// One request as the emulator saw it.
#[derive(Debug, Clone)]
pub struct Seen {
    pub path: &'static str,
    pub trace: String,
    /// The JSON body without credentials (uploads: the file name and bytes as JSON).
    pub body: Value,
    /// Why it was rejected, if it was.
    pub rejected: Option<String>,
}

#[derive(Default)]
struct State {
    tokens: HashSet<String>,
    issued: usize,
    media: usize,
    seen: Vec<Seen>,
    uploads: Vec<(String, Vec<u8>)>,
    /// Answers queued per endpoint, each used once.
    script: Script<(), Value>,
}

/// The one place that writes a Fxiaoke test profile: `name` for the server at `url`, with the
/// test app's credentials in `auth`'s style, and `extra` lines.
pub fn fxiaoke_profile(name: &str, url: &str, auth: Auth, extra: &str) -> String {
    let auth = match auth {
        Auth::Oauth => "user_id = \"1000\"",
        Auth::Legacy => "auth = \"legacy\"",
    };
    format!(
        "[profiles.{name}]\nprovider = \"fxiaoke\"\nurl = \"{url}\"\napp_id = \"{APP_ID}\"\napp_secret = \"{SECRET}\"\npermanent_code = \"{CODE}\"\n{auth}\n{extra}\n"
    )
}

pub struct Fx {
    pub server: MockServer,
    pub auth: Auth,
    state: Arc<Mutex<State>>,
}

/// The people the directory knows: (mobile, open id, active).
const PEOPLE: [(&str, &str, bool); 3] = [
    ("13800000001", "FSUID_AAA1", true),
    ("+86 13800000002", "FSUID_AAA2", true),
    ("13900000003", "FSUID_AAA3", false),
];

impl Fx {
    pub fn start(auth: Auth) -> Self {
        let fx = Fx {
            server: MockServer::start(),
            auth,
            state: Arc::default(),
        };
        let paths = [
            TOKEN,
            LEGACY_TOKEN,
            SEND,
            SERVICE_SEND,
            UPLOAD,
            BY_MOBILE,
            USER_LIST,
        ];
        serve(&fx.server, &fx.state, &paths, move |state, path, req| {
            if req.method() != POST {
                return unmatched();
            }
            handle(state, auth, path, req)
        });
        fx
    }

    /// A profile `crm` for this server, with `extra` lines.
    pub fn config(&self, extra: &str) -> String {
        fxiaoke_profile("crm", &self.server.base_url(), self.auth, extra)
    }

    /// Makes the next requests to `path` answer these envelopes, in order.
    pub fn answer(&self, path: &'static str, answers: impl IntoIterator<Item = Value>) {
        let script = &mut self.state.lock().unwrap().script;
        for answer in answers {
            script.add(path, |_| true, answer, Some(1));
        }
    }

    /// Forgets every token issued, so the next call with one gets 20016.
    pub fn expire_tokens(&self) {
        self.state.lock().unwrap().tokens.clear();
    }

    /// Every token the emulator issued and still honours.
    pub fn issued_tokens(&self) -> Vec<String> {
        self.state.lock().unwrap().tokens.iter().cloned().collect()
    }

    pub fn seen(&self) -> Vec<Seen> {
        self.state.lock().unwrap().seen.clone()
    }

    /// The requests to `path`.
    pub fn seen_at(&self, path: &str) -> Vec<Seen> {
        self.seen().into_iter().filter(|s| s.path == path).collect()
    }

    pub fn uploads(&self) -> Vec<(String, Vec<u8>)> {
        self.state.lock().unwrap().uploads.clone()
    }

    /// Fails the test if any request broke the protocol.
    pub fn assert_none_rejected(&self) {
        let bad: Vec<Seen> = self
            .seen()
            .into_iter()
            .filter(|s| s.rejected.is_some())
            .collect();
        assert!(bad.is_empty(), "rejected requests: {bad:#?}");
    }
}

fn envelope(code: i64, extra: Value) -> Value {
    let mut v = json!({"errorCode": code, "errorMessage": if code == 0 { "OK" } else { "refused" },
                        "traceId": format!("E-O.test-{}", uuid::Uuid::new_v4().simple())});
    if let (Value::Object(v), Value::Object(extra)) = (&mut v, extra) {
        v.extend(extra);
    }
    v
}

fn respond(v: &Value) -> HttpMockResponse {
    HttpMockResponse::builder()
        .status(200)
        .header("content-type", "application/json")
        .body(v.to_string())
        .build()
}

fn handle(
    state: &Mutex<State>,
    auth: Auth,
    path: &'static str,
    req: &HttpMockRequest,
) -> HttpMockResponse {
    let mut st = state.lock().unwrap();
    let query = req.query_params_map();
    let trace = query.get("thirdTraceId").cloned().unwrap_or_default();
    let reject = |why: String, code: i64, body: Value, st: &mut State| {
        st.seen.push(Seen {
            path,
            trace: trace.clone(),
            body,
            rejected: Some(why),
        });
        respond(&envelope(code, json!({})))
    };
    let trace_ok = uuid::Uuid::parse_str(&trace).is_ok_and(|u| u.get_version_num() == 4)
        && !st.seen.iter().any(|s| s.trace == trace);
    if !trace_ok {
        return reject(
            format!("thirdTraceId {trace:?}"),
            15002,
            Value::Null,
            &mut st,
        );
    }
    // Uploads are multipart; everything else is a JSON object.
    let mut body = if path == UPLOAD {
        let Some(parts) = form_parts(req) else {
            return reject("not multipart".into(), 15002, Value::Null, &mut st);
        };
        match parts.as_slice() {
            [p] if p.name == "media" => {
                let name = p.filename.clone().unwrap_or_default();
                let ext = name
                    .rsplit('.')
                    .next()
                    .unwrap_or_default()
                    .to_ascii_lowercase();
                if !["jpg", "jpeg", "png", "gif", "bmp"].contains(&ext.as_str()) {
                    return reject(format!("file name {name:?}"), 15002, Value::Null, &mut st);
                }
                st.uploads.push((name.clone(), p.data.clone()));
                json!({"file": name})
            }
            _ => return reject("parts".into(), 15002, Value::Null, &mut st),
        }
    } else {
        if header(req, "content-type").as_deref() != Some("application/json") {
            return reject("content-type".into(), 15002, Value::Null, &mut st);
        }
        match serde_json::from_slice::<Value>(req.body().as_ref()) {
            Ok(v @ Value::Object(_)) => v,
            _ => {
                return reject(
                    "body is not a JSON object".into(),
                    12004,
                    Value::Null,
                    &mut st,
                );
            }
        }
    };
    let is_token = path == TOKEN || path == LEGACY_TOKEN;
    if is_token {
        let mut expected = json!({"appId": APP_ID, "appSecret": SECRET, "permanentCode": CODE});
        let wanted = match auth {
            Auth::Oauth => {
                expected["grantType"] = "app_secret".into();
                TOKEN
            }
            Auth::Legacy => LEGACY_TOKEN,
        };
        if path != wanted || header(req, "authorization").is_some() {
            return reject("wrong token endpoint".into(), 15002, Value::Null, &mut st);
        }
        let ok = body == expected;
        st.seen.push(Seen {
            path,
            trace,
            body: json!({"credentials_ok": ok}),
            rejected: None,
        });
        if let Some((_, answer)) = st.script.answer(path, &()) {
            return respond(&answer);
        }
        if !ok {
            return respond(&envelope(10006, json!({})));
        }
        st.issued += 1;
        let token = format!("tok-{}", st.issued);
        st.tokens.insert(token.clone());
        return respond(&match auth {
            Auth::Oauth => envelope(
                0,
                json!({"accessToken": token, "expiresIn": 7084, "ea": EA, "openUserId": "FSCID_x", "appId": APP_ID}),
            ),
            Auth::Legacy => envelope(
                0,
                json!({"corpAccessToken": token, "corpId": CORP_ID, "expiresIn": 7200}),
            ),
        });
    }
    // Credentials: oauth headers, or legacy fields in the body (the query for uploads).
    let token = match auth {
        Auth::Oauth => {
            if body.get("corpAccessToken").is_some()
                || header(req, "x-fs-ea").as_deref() != Some(EA)
                || header(req, "x-fs-userid").as_deref() != Some("1000")
            {
                return reject("oauth headers".into(), 20017, body, &mut st);
            }
            header(req, "authorization")
                .and_then(|a| a.strip_prefix("Bearer ").map(String::from))
                .unwrap_or_default()
        }
        Auth::Legacy => {
            if header(req, "authorization").is_some() {
                return reject(
                    "authorization header under legacy".into(),
                    15002,
                    body,
                    &mut st,
                );
            }
            let (token, corp) = if path == UPLOAD {
                (
                    query.get("corpAccessToken").cloned(),
                    query.get("corpId").cloned(),
                )
            } else {
                let obj = body.as_object_mut().unwrap();
                (
                    obj.remove("corpAccessToken")
                        .and_then(|v| v.as_str().map(String::from)),
                    obj.remove("corpId")
                        .and_then(|v| v.as_str().map(String::from)),
                )
            };
            if corp.as_deref() != Some(CORP_ID) {
                return reject("corpId".into(), 11015, body, &mut st);
            }
            token.unwrap_or_default()
        }
    };
    let scripted = st.script.answer(path, &()).map(|(_, answer)| answer);
    if !st.tokens.contains(&token) && scripted.is_none() {
        st.seen.push(Seen {
            path,
            trace,
            body,
            rejected: None,
        });
        return respond(&envelope(20016, json!({})));
    }
    if (path == SEND || path == SERVICE_SEND)
        && let Some(why) = check_message(&body, path, auth)
    {
        return reject(why, 15002, body, &mut st);
    }
    st.seen.push(Seen {
        path,
        trace,
        body: body.clone(),
        rejected: None,
    });
    if let Some(answer) = scripted {
        return respond(&answer);
    }
    let extra = match path {
        UPLOAD => {
            st.media += 1;
            json!({"mediaId": format!("media-{}", st.media)})
        }
        BY_MOBILE => {
            let wanted = body["mobile"].as_str().unwrap_or_default();
            let list: Vec<Value> = PEOPLE
                .iter()
                .filter(|(m, _, _)| m.chars().filter(char::is_ascii_digit).collect::<String>().ends_with(wanted))
                .map(|(m, id, active)| json!({"openUserId": id, "mobile": m, "status": if *active { "NORMAL" } else { "STOPPED" }, "isActive": active}))
                .collect();
            json!({"empList": list})
        }
        USER_LIST => {
            let list: Vec<Value> = PEOPLE
                .iter()
                .map(|(m, id, active)| json!({"openUserId": id, "mobile": m, "isStop": !active}))
                .collect();
            json!({"userList": list})
        }
        _ => json!({}),
    };
    respond(&envelope(0, extra))
}

/// The documented message shape (Fxiaoke API: sending messages, service-account send, the toUser id kinds); `None` when it is right.
fn check_message(m: &Value, path: &str, auth: Auth) -> Option<String> {
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
    let obj = m.as_object()?;
    if let Some(k) = obj.keys().find(|k| !allowed.contains(&k.as_str())) {
        return Some(format!("unknown key {k}"));
    }
    if (path == SERVICE_SEND) != obj.contains_key("serviceId") {
        return Some("serviceId".into());
    }
    let users: Vec<&str> = m["toUser"]
        .as_array()?
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let distinct: HashSet<&&str> = users.iter().collect();
    if users.is_empty() || users.len() > 500 || distinct.len() != users.len() {
        return Some(format!("toUser of {}", users.len()));
    }
    let open = users.iter().all(|u| u.starts_with("FSUID_"));
    let employee = users.iter().all(|u| u.bytes().all(|b| b.is_ascii_digit()));
    let convert = m.get("convertUserId").and_then(Value::as_bool);
    let ids_ok = match auth {
        Auth::Oauth => (open && convert == Some(true)) || (employee && convert.is_none()),
        Auth::Legacy => (open && convert.is_none()) || (employee && convert == Some(false)),
    };
    if !ids_ok {
        return Some("id kind / convertUserId".into());
    }
    let ok = match m["msgType"].as_str()? {
        "text" => m["text"]["content"]
            .as_str()
            .is_some_and(|c| !c.trim().is_empty()),
        "composite" => {
            let c = &m["composite"];
            c["head"]["title"].is_string()
                && c["link"]["title"].is_string()
                && c["link"]["url"].is_string()
                && c.get("form").is_none_or(|f| {
                    f.as_array().is_some_and(|rows| {
                        rows.len() <= 6
                            && rows
                                .iter()
                                .all(|r| r["label"].is_string() && r["value"].is_string())
                    })
                })
        }
        "articles" => {
            let list = m["articles"].as_array()?;
            let media_ok = match auth {
                Auth::Oauth => m["convertMediaId"] == true,
                Auth::Legacy => m.get("convertMediaId").is_none(),
            };
            media_ok
                && (1..=7).contains(&list.len())
                && list.iter().all(|a| {
                    a["title"].as_str().is_some_and(|t| t.chars().count() <= 45)
                        && a.get("author")
                            .is_none_or(|x| x.as_str().is_some_and(|x| x.chars().count() <= 8))
                        && a.get("description")
                            .is_none_or(|x| x.as_str().is_some_and(|x| x.chars().count() <= 140))
                        && a["coverImage"].as_str().is_some_and(|c| !c.is_empty())
                        && (a["type"] == "TEXT" || a["type"] == "URL")
                        && a["content"].as_str().is_some_and(|c| !c.is_empty())
                })
        }
        other => return Some(format!("msgType {other}")),
    };
    (!ok).then(|| "message body".into())
}
