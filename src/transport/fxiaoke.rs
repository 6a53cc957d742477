//! The Fxiaoke Open API client: both auth styles behind one client, a fresh
//! `thirdTraceId` on every request, answers judged by `errorCode` alone (HTTP 200 carries errors
//! too), one token refresh on 20016/20005/11014, backoff on the rate-limit codes, and the phone
//! number lookups with their day-long cache.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::fs::File;
use std::io;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::http::{Answer, Http};
use super::token::Tokens;
use super::token_cache::{self, Report, Token, TokenCache, token_problem};
use super::{Accepted, Later, Online, Request};
use super::{ApiCall, Outcome, TraceIds, TransportError, describe_body, encode_query, unix_now};
use crate::exit::Exit;
use crate::payload::fxiaoke::FxiaokeAuth;
use crate::payload::fxiaoke::is_open_id;
use crate::payload::mobile::Employee;
use crate::payload::text::printable;
use crate::secret::Secret;

/// The Fxiaoke API host unless the profile names another cloud (protocol, "Cloud hosts").
pub(crate) const DEFAULT_URL: &str = "https://open.fxiaoke.com";
pub(crate) const OAUTH_TOKEN: &str = "/oauth2.0/token";
pub(crate) const LEGACY_TOKEN: &str = "/cgi/corpAccessToken/get/V2";
pub(crate) const MESSAGE_SEND: &str = "/cgi/message/send";
pub(crate) const SERVICE_SEND: &str = "/cgi/app/message/send";
pub(crate) const MEDIA_UPLOAD: &str = "/media/upload/message";
pub(crate) const GET_BY_MOBILE: &str = "/cgi/user/getByMobile";
pub(crate) const USER_LIST: &str = "/cgi/user/list";

/// Codes meaning "token missing, expired or invalid": refresh and retry once (Fxiaoke API: token lifetime and caching).
const TOKEN_CODES: [i64; 3] = [20016, 20005, 11014];
/// Refusals for rate limiting: nothing was done, so retried with backoff (Fxiaoke API: rate limits and retries).
const RATE_CODES: [i64; 2] = [14001, 30004];
/// "System busy": retried like a rate limit where nothing can be delivered (a token request,
/// a lookup), but not for a send or an upload, since it does not prove that nothing was done.
const BUSY: i64 = -1;
/// Quota refusals: never retried (Fxiaoke API: rate limits and retries).
const QUOTA_CODES: [i64; 2] = [30002, 30003];
/// A token is refreshed when less than this many seconds remain (Fxiaoke API: token lifetime and caching).
const REFRESH_MARGIN: u64 = 500;
/// First wait after a rate-limit refusal; it doubles up to [`RATE_BACKOFF_MAX`].
const RATE_BACKOFF: Duration = Duration::from_secs(2);
const RATE_BACKOFF_MAX: Duration = Duration::from_secs(20);
/// At most 3 requests a second to one endpoint (Fxiaoke API: rate limits and retries: plan for 60 per 20 s).
const MIN_GAP: Duration = Duration::from_millis(334);
/// Phone number lookups are reused for a day (Fxiaoke API: phone number lookups).
const MOBILE_TTL: u64 = 24 * 60 * 60;
const MESSAGE_MAX: usize = 500;

/// What a client needs to know of the profile.
pub(crate) struct Endpoint {
    pub url: String,
    pub app_id: String,
    pub app_secret: Secret,
    pub permanent_code: Secret,
    pub auth: FxiaokeAuth,
    /// `x-fs-userid` (oauth).
    pub user_id: Option<String>,
}

impl Endpoint {
    /// Everything that decides which token (and so which tenant) the server issues: the token
    /// cache and the phone-number cache are keyed by a hash of these.
    fn identity(&self) -> [&str; 6] {
        [
            &self.url,
            &self.app_id,
            self.app_secret.expose(),
            self.permanent_code.expose(),
            self.auth.name(),
            self.user_id.as_deref().unwrap_or_default(),
        ]
    }
}

/// A request body.
enum Body<'a> {
    Json(Map<String, Value>),
    /// A file of `len` bytes, read from its start by each try.
    Media {
        file: &'a File,
        len: u64,
        name: &'a str,
    },
}

pub(crate) struct Client {
    http: Http,
    endpoint: Endpoint,
    tokens: Tokens,
    cache_dir: Option<PathBuf>,
    /// The trace ids of the last request made.
    last_trace: RefCell<Option<TraceIds>>,
    /// When each endpoint was last called, to keep under the rate limit.
    last_call: RefCell<HashMap<&'static str, Instant>>,
}

impl Client {
    pub(crate) fn new(http: Http, endpoint: Endpoint, cache_dir: Option<PathBuf>) -> Self {
        let cache = TokenCache::new(
            cache_dir.clone(),
            "fxiaoke",
            &endpoint.identity(),
            http.timeout(),
        )
        .with_margin(REFRESH_MARGIN);
        http.add_secret(endpoint.app_secret.expose());
        http.add_secret(endpoint.permanent_code.expose());
        Client {
            http,
            endpoint,
            tokens: Tokens::new(cache, &TOKEN_CODES),
            cache_dir,
            last_trace: RefCell::new(None),
            last_call: RefCell::new(HashMap::new()),
        }
    }

    /// Server text with every secret of this run masked, escaped and shortened.
    fn clean(&self, text: &str) -> String {
        printable(&self.http.mask(text), MESSAGE_MAX)
    }

    /// Waits so that one endpoint gets at most 3 requests a second.
    fn pace(&self, path: &'static str) {
        let now = Instant::now();
        let mut last = self.last_call.borrow_mut();
        if let Some(at) = last.get(path) {
            let since = now.duration_since(*at);
            if since < MIN_GAP {
                std::thread::sleep(MIN_GAP - since);
            }
        }
        last.insert(path, Instant::now());
    }

    /// One request and its answer's fields; a rate-limit refusal is retried with backoff up to
    /// `--retries` times. Returns the number of HTTP requests made.
    fn call(
        &self,
        path: &'static str,
        token: Option<&Token>,
        body: &Body,
        what: ApiCall,
    ) -> (u32, Result<Map<String, Value>, TransportError>) {
        let mut attempts = 0;
        let mut refusals = 0;
        loop {
            let (n, result) = self.call_once(path, token, body, what);
            attempts += n;
            match result {
                Err(TransportError::Refused { code, .. })
                    if retried(code, what) && refusals < self.http.retries() =>
                {
                    refusals += 1;
                    let delay = rate_backoff(refusals);
                    self.http.trace(&format!(
                        "rate limited (errorCode {code}); retrying in {} ms",
                        delay.as_millis()
                    ));
                    std::thread::sleep(delay);
                }
                other => return (attempts, other),
            }
        }
    }

    fn call_once(
        &self,
        path: &'static str,
        token: Option<&Token>,
        body: &Body,
        what: ApiCall,
    ) -> (u32, Result<Map<String, Value>, TransportError>) {
        self.pace(path);
        let shown = format!("{}{path}", self.endpoint.url);
        let legacy = self.endpoint.auth == FxiaokeAuth::Legacy;
        let corp_id = token.and_then(|t| t.extra.clone()).unwrap_or_default();
        let (json, legacy_query) = self.encode(token, &corp_id, body);
        let trace_ids = RefCell::new(TraceIds::default());
        let (attempts, answer) = self.http.post(
            || {
                // A retry is a new request, and gets a new trace id (Fxiaoke API: common request rules).
                let id = uuid::Uuid::new_v4().to_string();
                trace_ids.borrow_mut().sent = id.clone();
                let (query, masked) = legacy_query.clone().unwrap_or_default();
                (
                    format!("{shown}?thirdTraceId={id}{query}"),
                    format!("{shown}?thirdTraceId={id}{masked}"),
                )
            },
            |client, url| {
                let mut req = client.post(url);
                if let (false, Some(t)) = (legacy, token) {
                    req = req
                        .header("authorization", format!("Bearer {}", t.value.expose()))
                        .header("x-fs-ea", corp_id.as_str())
                        .header(
                            "x-fs-userid",
                            self.endpoint.user_id.as_deref().unwrap_or_default(),
                        );
                }
                match (body, &json) {
                    (_, Some(json)) => req
                        .header("content-type", "application/json")
                        .body(json.clone()),
                    (Body::Media { file, len, name }, None) => {
                        let part = self.http.file_part(file, *len, name, image_mime(name));
                        req.multipart(reqwest::multipart::Form::new().part("media", part))
                    }
                    (Body::Json(_), None) => unreachable!("JSON bodies are serialised above"),
                }
            },
        );
        let mut ids = trace_ids.into_inner();
        let result = answer.and_then(|a| {
            let (trace, fields) = self.check(a, &shown, what);
            ids.answer = trace;
            fields
        });
        *self.last_trace.borrow_mut() = Some(ids);
        (attempts, result)
    }

    /// The JSON body (none for an upload) and the legacy credentials' query and its masked
    /// form (an upload with legacy auth): legacy credentials go in the JSON body, or in the
    /// query of an upload.
    fn encode(
        &self,
        token: Option<&Token>,
        corp_id: &str,
        body: &Body,
    ) -> (Option<Vec<u8>>, Option<(String, String)>) {
        let legacy = self.endpoint.auth == FxiaokeAuth::Legacy;
        let json = match body {
            Body::Json(fields) => {
                let mut fields = fields.clone();
                if let (true, Some(t)) = (legacy, token) {
                    fields.insert(
                        "corpAccessToken".into(),
                        Value::String(t.value.expose().to_string()),
                    );
                    fields.insert("corpId".into(), Value::String(corp_id.to_string()));
                }
                Some(serde_json::to_vec(&fields).expect("a JSON object serialises"))
            }
            Body::Media { .. } => None,
        };
        let legacy_query = match (legacy, token, body) {
            (true, Some(t), Body::Media { .. }) => Some((
                format!(
                    "&corpAccessToken={}&corpId={}",
                    encode_query(t.value.expose()),
                    encode_query(corp_id)
                ),
                format!("&corpAccessToken=***&corpId={}", encode_query(corp_id)),
            )),
            _ => None,
        };
        (json, legacy_query)
    }

    /// Judges an answer by its `errorCode` alone (Fxiaoke API: response envelope: errors come with HTTP 200 too),
    /// except that a 5xx is always a transport error: the request may have been processed, so
    /// it is neither retried nor refreshed (the contract's retry rules). Returns the answer's `traceId` beside the
    /// verdict.
    fn check(
        &self,
        a: Answer,
        shown: &str,
        what: ApiCall,
    ) -> (Option<String>, Result<Map<String, Value>, TransportError>) {
        let bad = |problem: String| TransportError::BadAnswer {
            url: shown.to_string(),
            problem,
        };
        let parsed = match serde_json::from_slice::<Value>(&a.body) {
            Ok(Value::Object(fields)) => Some(fields),
            _ => None,
        };
        let trace = parsed.as_ref().and_then(trace_of);
        if a.status >= 500 {
            return (
                trace,
                Err(TransportError::HttpStatus {
                    url: shown.to_string(),
                    status: a.status,
                }),
            );
        }
        let Some(fields) = parsed else {
            let problem = if (300..400).contains(&a.status) {
                format!("HTTP {} redirect instead of an API answer", a.status)
            } else {
                let body = self.clean(&String::from_utf8_lossy(&a.body));
                format!(
                    "HTTP {}, {}",
                    a.status,
                    describe_body(body.as_bytes(), "Fxiaoke", "")
                )
            };
            return (
                None,
                Err(bad(format!(
                    "{problem}; is url the API host ({} or your cloud's open-… host), not www.fxiaoke.com?",
                    DEFAULT_URL
                ))),
            );
        };
        let Some(code) = fields.get("errorCode").and_then(Value::as_i64) else {
            return (
                trace,
                Err(bad("the answer has no integer errorCode".into())),
            );
        };
        if code == 0 {
            if !(200..300).contains(&a.status) {
                return (
                    trace,
                    Err(TransportError::HttpStatus {
                        url: shown.to_string(),
                        status: a.status,
                    }),
                );
            }
            return (trace, Ok(fields));
        }
        let message = fields
            .get("errorMessage")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let (exit, hint) = classify(code, what);
        (
            trace,
            Err(TransportError::Refused {
                call: what,
                key: "errorCode",
                code,
                message: self.clean(message),
                hint,
                exit,
            }),
        )
    }

    /// The trace ids of the last request made.
    fn take_trace(&self) -> Option<TraceIds> {
        self.last_trace.borrow_mut().take()
    }

    /// Fetches a new token from the endpoint of the profile's auth style.
    pub(crate) fn fetch_token(&self) -> Result<Token, TransportError> {
        let now = unix_now();
        let mut body = Map::new();
        body.insert("appId".into(), self.endpoint.app_id.clone().into());
        body.insert(
            "appSecret".into(),
            self.endpoint.app_secret.expose().to_string().into(),
        );
        body.insert(
            "permanentCode".into(),
            self.endpoint.permanent_code.expose().to_string().into(),
        );
        let (path, token_key, extra_key) = match self.endpoint.auth {
            FxiaokeAuth::Oauth => {
                body.insert("grantType".into(), "app_secret".into());
                (OAUTH_TOKEN, "accessToken", "ea")
            }
            FxiaokeAuth::Legacy => (LEGACY_TOKEN, "corpAccessToken", "corpId"),
        };
        let (_, answer) = self.call(path, None, &Body::Json(body), ApiCall::Token);
        let fields = answer?;
        let text = |key: &str| {
            fields
                .get(key)
                .and_then(Value::as_str)
                .filter(|v| !v.is_empty())
                .map(String::from)
        };
        let bad = |problem: String| TransportError::BadAnswer {
            url: format!("{}{path}", self.endpoint.url),
            problem,
        };
        let value =
            text(token_key).ok_or_else(|| bad(format!("the token answer has no {token_key}")))?;
        self.http.add_secret(&value);
        let extra =
            text(extra_key).ok_or_else(|| bad(format!("the token answer has no {extra_key}")))?;
        for (key, v) in [(token_key, &value), (extra_key, &extra)] {
            if let Some(problem) = token_problem(v) {
                return Err(bad(format!("the {key} in the token answer {problem}")));
            }
        }
        let expires_in = fields
            .get("expiresIn")
            .and_then(Value::as_u64)
            .filter(|e| *e > 0)
            .ok_or_else(|| bad("the token answer has no positive expiresIn".into()))?;
        self.http
            .trace(&format!("fetched an access token valid for {expires_in} s"));
        Ok(Token::new(Secret::new(value), Some(extra), now, expires_in))
    }

    /// A call that needs a token, refreshed once when the server refuses it.
    fn with_token(
        &self,
        path: &'static str,
        body: &Body,
        what: ApiCall,
    ) -> Outcome<Map<String, Value>> {
        let (attempts, result) = self.tokens.call(
            &self.http,
            || self.fetch_token(),
            |token| self.call(path, Some(token), body, what),
        );
        Outcome {
            attempts,
            result,
            trace: self.take_trace(),
        }
    }

    /// Sends one message (its JSON body, credentials left out) to `path`: [`MESSAGE_SEND`], or
    /// [`SERVICE_SEND`] with a service id.
    fn send_body(&self, path: &'static str, message: &Value) -> Outcome {
        let Value::Object(fields) = message else {
            panic!("a message is a JSON object");
        };
        let outcome = self.with_token(path, &Body::Json(fields.clone()), ApiCall::Send);
        Outcome {
            attempts: outcome.attempts,
            result: outcome.result.map(drop),
            trace: outcome.trace,
        }
    }

    /// Uploads an image (`multipart/form-data`, part `media`), read from the file as it is
    /// sent, and returns its media id.
    fn upload_file(&self, file: &File, len: u64, name: &str) -> Outcome<String> {
        self.http
            .trace(&format!("{MEDIA_UPLOAD}: {name} ({len} bytes)"));
        let body = Body::Media { file, len, name };
        let outcome = self.with_token(MEDIA_UPLOAD, &body, ApiCall::Upload);
        let url = format!("{}{MEDIA_UPLOAD}", self.endpoint.url);
        Outcome {
            attempts: outcome.attempts,
            result: outcome.result.and_then(|fields| {
                fields
                    .get("mediaId")
                    .and_then(Value::as_str)
                    .filter(|id| !id.is_empty())
                    .map(String::from)
                    .ok_or(TransportError::BadAnswer {
                        url,
                        problem: "the upload answer has no mediaId".into(),
                    })
            }),
            trace: outcome.trace,
        }
    }

    /// The employees with this phone number (`/cgi/user/getByMobile`); an unknown number gives
    /// an empty list.
    pub(crate) fn by_mobile(&self, mobile: &str) -> Outcome<Vec<Employee>> {
        let mut body = Map::new();
        body.insert("mobile".into(), mobile.into());
        let outcome = self.with_token(GET_BY_MOBILE, &Body::Json(body), ApiCall::Lookup);
        self.employees(outcome, GET_BY_MOBILE, "empList")
    }

    /// Every employee of the company (`/cgi/user/list` of department 999999 with children).
    pub(crate) fn all_users(&self) -> Outcome<Vec<Employee>> {
        let mut body = Map::new();
        body.insert("departmentId".into(), 999_999.into());
        body.insert("fetchChild".into(), true.into());
        let outcome = self.with_token(USER_LIST, &Body::Json(body), ApiCall::Lookup);
        self.employees(outcome, USER_LIST, "userList")
    }

    fn employees(
        &self,
        outcome: Outcome<Map<String, Value>>,
        path: &str,
        key: &str,
    ) -> Outcome<Vec<Employee>> {
        let url = format!("{}{path}", self.endpoint.url);
        let result = outcome.result.and_then(|fields| {
            let list = match fields.get(key) {
                None | Some(Value::Null) => return Ok(Vec::new()),
                Some(Value::Array(list)) => list.clone(),
                Some(_) => {
                    return Err(TransportError::BadAnswer {
                        url,
                        problem: format!("{key} is not a list"),
                    });
                }
            };
            let people: Vec<Employee> = list.iter().filter_map(employee).collect();
            match people.iter().find(|e| !is_open_id(&e.open_user_id)) {
                Some(e) => Err(TransportError::BadAnswer {
                    url,
                    problem: format!(
                        "{key} holds {:?}, which is not an open user id",
                        printable(&e.open_user_id, 80)
                    ),
                }),
                None => Ok(people),
            }
        });
        Outcome {
            attempts: outcome.attempts,
            result,
            trace: outcome.trace,
        }
    }

    /// The mobile-number cache of this tenant and app, if there is a cache folder: keyed like
    /// the token cache, so one tenant's lookups never serve another.
    pub(crate) fn mobile_cache(&self) -> MobileCache<'_> {
        MobileCache {
            file: self.cache_dir.as_ref().map(|d| {
                d.join(token_cache::slot_name(
                    "fxiaoke-mobiles",
                    &self.endpoint.identity(),
                ))
            }),
            report: &self.http,
            lock_wait: self.http.timeout(),
        }
    }
}

impl super::Client for Client {
    fn send(&self, request: &Request) -> Outcome<Accepted> {
        let json: Value = serde_json::from_str(request.body.get()).expect("a request is JSON");
        self.http.trace(&format!("payload {json}"));
        self.send_body(request.endpoint, &json)
            .map(|()| Accepted::default())
    }

    /// Reads the whole image (at most 5 MB, checked before), then uploads it.
    /// Sends the image as it is read (at most 5 MB, checked before).
    fn upload(&self, file: File, len: u64, name: &str, _kind: &str) -> io::Result<Outcome<String>> {
        Ok(self.upload_file(&file, len, name))
    }

    fn check_online(&self) -> Result<Online, TransportError> {
        self.fetch_token().map(|_| Online::TokenFetched)
    }

    /// A request that never arrived, or still refused for rate limiting after the retries:
    /// the server did nothing with it.
    fn later(&self, _request: Option<&Request>, error: &TransportError) -> Later {
        let limited =
            matches!(error, TransportError::Refused { code, .. } if RATE_CODES.contains(code));
        match error.never_arrived() || limited {
            true => Later::Yes,
            false => Later::No,
        }
    }

    /// After a bad-recipient refusal, the ids of that request (Fxiaoke API: error codes: print
    /// the ids).
    fn hint(&self, request: &Request, error: &TransportError) -> Option<String> {
        let TransportError::Refused {
            code: 11008 | 11016 | 20012 | 30027,
            ..
        } = error
        else {
            return None;
        };
        Some(format!(
            "the refused request was addressed to: {}",
            super::at_most(&request.to.users, 20)
        ))
    }
}

/// Whether a failed phone lookup means "this API is not served here" (any refusal but a
/// token, rate-limit or quota one), so that the directory listing is worth trying.
pub(crate) fn lookup_unsupported(e: &TransportError) -> bool {
    matches!(e, TransportError::Refused { code, .. }
        if !TOKEN_CODES.contains(code) && !RATE_CODES.contains(code) && !QUOTA_CODES.contains(code) && *code != BUSY)
}

/// An employee entry of a lookup answer; entries without an open user id are skipped.
fn employee(v: &Value) -> Option<Employee> {
    let open_user_id = v.get("openUserId")?.as_str()?.to_string();
    let flag = |key: &str| v.get(key).and_then(Value::as_bool);
    let active = flag("isStop") != Some(true)
        && flag("isActive") != Some(false)
        && v.get("status")
            .and_then(Value::as_str)
            .is_none_or(|s| s == "NORMAL");
    Some(Employee {
        open_user_id,
        mobile: v.get("mobile").and_then(Value::as_str).map(String::from),
        active,
    })
}

/// Phone number → open user id, reused for a day. A cache that cannot be read or written is
/// passed over.
pub(crate) struct MobileCache<'a> {
    file: Option<PathBuf>,
    report: &'a dyn Report,
    lock_wait: Duration,
}

#[derive(Serialize, Deserialize)]
struct MobileEntry {
    open_user_id: String,
    at: u64,
}

impl MobileCache<'_> {
    fn read(&self) -> BTreeMap<String, MobileEntry> {
        self.file
            .as_ref()
            .and_then(|f| token_cache::read_private(f, self.report))
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default()
    }

    /// The cached open id of a (normalised) number, if looked up within the last day.
    pub(crate) fn get(&self, number: &str, now: u64) -> Option<String> {
        self.read()
            .remove(number)
            .filter(|e| e.at <= now && now - e.at < MOBILE_TTL)
            .map(|e| e.open_user_id)
    }

    /// Adds lookups, dropping entries older than a day.
    pub(crate) fn put(&self, found: &[(String, String)], now: u64) -> std::io::Result<()> {
        let Some(file) = self.file.as_ref().filter(|_| !found.is_empty()) else {
            return Ok(());
        };
        let Some(_lock) = token_cache::lock(file, self.lock_wait, self.report)? else {
            return Err(std::io::Error::other(
                "another corpmsg holds its lock; not written this time",
            ));
        };
        let mut map = self.read();
        map.retain(|_, e| e.at <= now && now - e.at < MOBILE_TTL);
        for (number, id) in found {
            map.insert(
                number.clone(),
                MobileEntry {
                    open_user_id: id.clone(),
                    at: now,
                },
            );
        }
        token_cache::write_private(
            file,
            &serde_json::to_vec(&map).map_err(std::io::Error::other)?,
        )
    }
}

/// Whether a refusal with `code` to a `what` call is retried with backoff.
fn retried(code: i64, what: ApiCall) -> bool {
    RATE_CODES.contains(&code) || (code == BUSY && matches!(what, ApiCall::Token | ApiCall::Lookup))
}

/// The class of a refusal by its code (Fxiaoke API: error codes): the exit code and a hint.
fn classify(code: i64, what: ApiCall) -> (Exit, &'static str) {
    if what == ApiCall::Token {
        return match code {
            14001 | 30004 | BUSY => (
                Exit::Refused,
                " (rate limited; still refused after the --retries retries)",
            ),
            30002 => (Exit::Auth, DAILY_QUOTA_HINT),
            30003 => (Exit::Auth, QUOTA_HINT),
            _ => (
                Exit::Auth,
                " (check app_id, app_secret and permanent_code, and the app's IP allow-list)",
            ),
        };
    }
    match code {
        20016 | 20005 | 11014 => (Exit::Auth, ""),
        11001 | 11002 | 11003 | 11013 | 12002 | 20006 | 20015 => (
            Exit::Auth,
            " (the server refused the credentials: check app_id, app_secret and permanent_code)",
        ),
        10001 | 10002 | 10012 | 11015 | 20017 => (
            Exit::Auth,
            " (the server found the credentials missing or wrong: check the profile)",
        ),
        14001 | 30004 => (
            Exit::Refused,
            " (rate limited; still refused after the --retries retries)",
        ),
        BUSY => (Exit::Refused, BUSY_HINT),
        30002 => (Exit::Refused, DAILY_QUOTA_HINT),
        30003 => (Exit::Refused, QUOTA_HINT),
        11008 | 11016 | 20012 | 30027 => (
            Exit::Refused,
            " (unknown recipients; if the ids are right, check the profile's user_id_kind, or try auth = \"legacy\" with open ids)",
        ),
        15003 | 20014 | 20020 | 20021 | 20022 | 20023 => (
            Exit::Refused,
            " (the app lacks a permission: an admin must enable it and grant it address-book visibility and this API)",
        ),
        12003 | 12005 | 11017 | 15002 | 32000 | 10015 => (
            Exit::Refused,
            " (the server found the request malformed; please report it with --dry-run output)",
        ),
        _ => (Exit::Refused, ""),
    }
}

const BUSY_HINT: &str = " (the server is busy; not retried, since \"system busy\" does not prove that nothing was delivered: check with the recipients before sending again)";
const DAILY_QUOTA_HINT: &str =
    " (the daily Open API quota is used up; it resets at 00:00 China time)";
const QUOTA_HINT: &str =
    " (the tenant has no Open API quota: an admin must buy an Open API resource pack)";

/// 2 s, 4 s, 8 s … up to 20 s, with ±25 % jitter.
fn rate_backoff(retry: u32) -> Duration {
    super::http::doubling(RATE_BACKOFF, retry, RATE_BACKOFF_MAX, (0.75, 1.25))
}

fn trace_of(fields: &Map<String, Value>) -> Option<String> {
    fields
        .get("traceId")
        .and_then(Value::as_str)
        .map(|t| printable(t, 200))
}

/// The MIME type of an image by its extension (checked before upload).
fn image_mime(name: &str) -> &'static str {
    let ext = name
        .rsplit('.')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    match ext.as_str() {
        "png" => "image/png",
        "gif" => "image/gif",
        "bmp" => "image/bmp",
        _ => "image/jpeg",
    }
}

#[cfg(test)]
mod tests;
