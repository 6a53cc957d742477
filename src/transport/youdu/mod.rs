//! The Youdu server API client: the encrypted envelope, `gettoken` with the
//! token cache, and `msg/send` with one token refresh on 100001/100002.

pub mod crypto;

use std::fs::File;
use std::io::{self, Read};
use std::path::PathBuf;

use serde::Deserialize;

use super::Request;
use super::http::{Answer, Http, from_start};
use super::token::Tokens;
use super::token_cache::{Token, TokenCache, token_problem};
use super::{ApiCall, Outcome, TransportError, describe_body, encode_query, unix_now};
use crate::exit::Exit;
use crate::payload::text::printable;
use crate::secret::Secret;
use crypto::{Cipher, SealingReader};

pub(crate) const GETTOKEN: &str = "/cgi/gettoken";
pub(crate) const MSG_SEND: &str = "/cgi/msg/send";
pub(crate) const MEDIA_UPLOAD: &str = "/cgi/media/upload";
/// Pop-up windows and badges: the other outer body, no token (Youdu API: badge and pop-up).
pub(crate) const POPWINDOW: &str = "/cgi/popwindow";
pub(crate) const SET_NOTICE: &str = "/cgi/set.ent.notice";
/// Chat sessions, through the built-in app `sysOrgAssistant` (Youdu API: session messages).
pub(crate) const SESSION_CREATE: &str = "/cgi/session/create";
pub(crate) const SESSION_SEND: &str = "/cgi/session/send";

/// Errcodes meaning "token unknown or expired": refresh and retry once.
const TOKEN_CODES: [i64; 2] = [100001, 100002];
/// How much of a server's `errmsg` is shown.
const ERRMSG_MAX: usize = 500;

/// Connection details of one Youdu app.
pub(crate) struct Endpoint {
    pub url: String,
    pub buin: i64,
    pub cipher: Cipher,
    /// The EncodingAESKey, to key the token cache by it and mask any echo of it.
    pub key: Secret,
}

/// One Youdu app on one server.
pub(crate) struct Client {
    http: Http,
    endpoint: Endpoint,
    tokens: Tokens,
}

#[derive(Deserialize)]
struct Envelope {
    errcode: i64,
    #[serde(default)]
    errmsg: String,
    encrypt: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct UploadAnswer {
    media_id: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct TokenAnswer {
    access_token: String,
    expire_in: i64,
}

impl Client {
    pub(crate) fn new(http: Http, endpoint: Endpoint, cache_dir: Option<PathBuf>) -> Self {
        let buin = endpoint.buin.to_string();
        // A token is the server's answer to these: a wrong key never gets a right key's token.
        let cache = TokenCache::new(
            cache_dir,
            "youdu",
            &[
                &endpoint.url,
                &buin,
                endpoint.cipher.app_id(),
                endpoint.key.expose(),
            ],
            http.timeout(),
        );
        http.add_secret(endpoint.key.expose());
        Client {
            http,
            endpoint,
            tokens: Tokens::new(cache, &TOKEN_CODES),
        }
    }

    /// `{"buin":…,"appId":…,"encrypt":E(plain)}`.
    fn envelope(&self, plain: &[u8]) -> Vec<u8> {
        serde_json::to_vec(&serde_json::json!({
            "buin": self.endpoint.buin,
            "appId": self.endpoint.cipher.app_id(),
            "encrypt": self.endpoint.cipher.encrypt(plain),
        }))
        .expect("a JSON object serialises")
    }

    /// POSTs the other outer body, `{"app_id":…,"msg_encrypt":E(plain)}` with no `buin` and no
    /// token (pop-ups and badges), and checks the answer as [`Client::call`] does.
    fn call_without_token(
        &self,
        path: &str,
        plain: &[u8],
    ) -> (u32, Result<Accepted, TransportError>) {
        let body = serde_json::to_vec(&serde_json::json!({
            "app_id": self.endpoint.cipher.app_id(),
            "msg_encrypt": self.endpoint.cipher.encrypt(plain),
        }))
        .expect("a JSON object serialises");
        self.http
            .trace(&format!("{path}: app body of {} bytes", body.len()));
        self.post(path, None, ApiCall::Send, |req| {
            req.header("content-type", "application/json; charset=UTF-8")
                .body(body.clone())
        })
    }

    /// Creates a group session (its inner JSON) and returns the new session's id.
    pub(crate) fn create_session(&self, request: &Request) -> Outcome<String> {
        let json = request.body.get();
        self.http.trace(&format!("payload {json}"));
        let shown = format!("{}{SESSION_CREATE}", self.endpoint.url);
        self.with_token(|token| {
            let (n, answer) =
                self.call(SESSION_CREATE, Some(token), json.as_bytes(), ApiCall::Send);
            let id = answer.and_then(|a| {
                let plain = self.decrypt_answer(a, &shown, "the answer")?;
                let session: SessionAnswer = serde_json::from_slice(&plain).map_err(|_| {
                    bad_answer(&shown, "the answer is not a session object {sessionId, …}")
                })?;
                match session.session_id.trim() {
                    "" => Err(bad_answer(&shown, "the answer has an empty sessionId")),
                    id => Ok(id.to_string()),
                }
            });
            (n, id)
        })
    }

    /// The plain text of the `encrypt` of `which` answer (`the answer`, `the token answer`).
    fn decrypt_answer(
        &self,
        a: Accepted,
        shown: &str,
        which: &str,
    ) -> Result<Vec<u8>, TransportError> {
        let encrypted = a
            .encrypt
            .ok_or_else(|| bad_answer(shown, &format!("no `encrypt` in {which}")))?;
        self.endpoint
            .cipher
            .decrypt(&encrypted)
            .map_err(|e| bad_answer(shown, &e.to_string()))
    }

    /// POSTs an envelope and checks the answer in the documented order: HTTP 200, JSON with an
    /// integer errcode, errcode 0.
    fn call(
        &self,
        path: &str,
        token: Option<&Secret>,
        plain: &[u8],
        what: ApiCall,
    ) -> (u32, Result<Accepted, TransportError>) {
        let body = self.envelope(plain);
        self.http
            .trace(&format!("{path}: envelope of {} bytes", body.len()));
        self.post(path, token, what, |req| {
            req.header("content-type", "application/json; charset=UTF-8")
                .body(body.clone())
        })
    }

    /// POSTs to `path` (with `?accessToken=` when a token is given) the body that `body` adds,
    /// and checks the answer. `body` is called again for each retry.
    fn post(
        &self,
        path: &str,
        token: Option<&Secret>,
        what: ApiCall,
        body: impl Fn(reqwest::RequestBuilder) -> reqwest::RequestBuilder,
    ) -> (u32, Result<Accepted, TransportError>) {
        let shown = format!("{}{path}", self.endpoint.url);
        let url = match token {
            Some(t) => format!("{shown}?accessToken={}", encode_query(t.expose())),
            None => shown.clone(),
        };
        let masked = match token {
            Some(_) => format!("{shown}?accessToken=***"),
            None => shown.clone(),
        };
        let (attempts, answer) = self
            .http
            .post(|| (url.clone(), masked.clone()), |c, url| body(c.post(url)));
        (
            attempts,
            answer.and_then(|a| check(a, &shown, what, |t| self.http.mask(t))),
        )
    }

    /// Fetches a new access token (`POST /cgi/gettoken` with the encrypted Unix time).
    pub(crate) fn fetch_token(&self) -> Result<Token, TransportError> {
        let now = unix_now();
        let (_, answer) = self.call(GETTOKEN, None, now.to_string().as_bytes(), ApiCall::Token);
        let shown = format!("{}{GETTOKEN}", self.endpoint.url);
        let plain = self.decrypt_answer(answer?, &shown, "the token answer")?;
        let t: TokenAnswer = serde_json::from_slice(&plain)
            .map_err(|_| bad_answer(&shown, "the token answer is not {accessToken, expireIn}"))?;
        self.http.add_secret(&t.access_token);
        if let Some(problem) = token_problem(&t.access_token) {
            return Err(bad_answer(
                &shown,
                &format!("the access token in the answer {problem}"),
            ));
        }
        if t.expire_in <= 0 {
            return Err(bad_answer(
                &shown,
                "the token answer has no positive expireIn",
            ));
        }
        self.http.trace(&format!(
            "fetched an access token valid for {} s",
            t.expire_in
        ));
        Ok(Token::new(
            Secret::new(t.access_token),
            None,
            now,
            t.expire_in as u64,
        ))
    }

    /// Runs a call that needs a token; on 100001/100002 fetches a new token and calls once
    /// more, since the server refused the first request and nothing took effect.
    fn with_token<T>(
        &self,
        call: impl Fn(&Secret) -> (u32, Result<T, TransportError>),
    ) -> Outcome<T> {
        let (attempts, result) = self.tokens.call(
            &self.http,
            || self.fetch_token(),
            |token| call(&token.value),
        );
        Outcome {
            attempts,
            result,
            trace: None,
        }
    }

    /// Uploads `file` (`len` bytes, `POST /cgi/media/upload`, multipart) and returns its media
    /// id. The `file` part is the Base64 ciphertext of the whole file, not the raw bytes (Youdu
    /// API: media upload), encrypted and encoded as it is sent: each try reads the file again
    /// from its start, in pieces, so memory stays the same whatever its size.
    fn upload_file(&self, file: &File, len: u64, name: &str, kind: &str) -> Outcome<String> {
        let meta = serde_json::json!({"type": kind, "name": name}).to_string();
        let meta = self.endpoint.cipher.encrypt(meta.as_bytes());
        let cipher = &self.endpoint.cipher;
        let text_len = SealingReader::<File>::text_len(cipher, len);
        let shown = format!("{}{MEDIA_UPLOAD}", self.endpoint.url);
        self.http.trace(&format!(
            "{MEDIA_UPLOAD}: {name} ({len} bytes, {text_len} encrypted)"
        ));
        self.with_token(|token| {
            let (n, answer) = self.post(MEDIA_UPLOAD, Some(token), ApiCall::Upload, |req| {
                let text = from_start(file)
                    .and_then(|f| SealingReader::new(cipher, f, len))
                    .map(|reader| Box::new(reader) as Box<dyn Read + Send + Sync>);
                let part = self
                    .http
                    .streamed_part(text, text_len, name)
                    .file_name("file")
                    .mime_str("text/plain")
                    .expect("text/plain is a valid MIME type");
                let form = reqwest::multipart::Form::new()
                    .text("buin", self.endpoint.buin.to_string())
                    .text("appId", self.endpoint.cipher.app_id().to_string())
                    .text("encrypt", meta.clone())
                    .part("file", part);
                req.multipart(form)
            });
            let media_id = answer.and_then(|a| {
                let plain = self.decrypt_answer(a, &shown, "the answer")?;
                let a: UploadAnswer = serde_json::from_slice(&plain)
                    .map_err(|_| bad_answer(&shown, "the answer is not {mediaId}"))?;
                if a.media_id.is_empty() {
                    return Err(bad_answer(&shown, "the answer has an empty mediaId"));
                }
                Ok(a.media_id)
            });
            (n, media_id)
        })
    }
}

impl super::Client for Client {
    /// Sends one message (its inner JSON, encrypted): an app message or a session message in
    /// the envelope with a token, a pop-up or a badge in the other body without one.
    fn send(&self, request: &Request) -> Outcome<super::Accepted> {
        let json = request.body.get();
        self.http.trace(&format!("payload {json}"));
        if matches!(request.endpoint, POPWINDOW | SET_NOTICE) {
            let (attempts, r) = self.call_without_token(request.endpoint, json.as_bytes());
            return Outcome {
                attempts,
                result: r.map(|a| super::Accepted::saying(a.said)),
                trace: None,
            };
        }
        self.with_token(|token| {
            let (n, r) = self.call(
                request.endpoint,
                Some(token),
                json.as_bytes(),
                ApiCall::Send,
            );
            (n, r.map(|a| super::Accepted::saying(a.said)))
        })
    }

    /// Encrypts and encodes the file as it is sent (see [`Client::upload_file`]).
    fn upload(&self, file: File, len: u64, name: &str, kind: &str) -> io::Result<Outcome<String>> {
        if u32::try_from(len).is_err() {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "is over 4 GiB, more than Youdu can carry",
            ));
        }
        Ok(self.upload_file(&file, len, name, kind))
    }

    fn check_online(&self) -> Result<super::Online, TransportError> {
        self.fetch_token().map(|_| super::Online::TokenFetched)
    }
}

/// The session object that create answers with; only its id is kept.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct SessionAnswer {
    session_id: String,
}

/// A malformed answer from `shown`.
fn bad_answer(shown: &str, problem: &str) -> TransportError {
    TransportError::BadAnswer {
        url: shown.to_string(),
        problem: problem.to_string(),
    }
}

/// An answer with errcode 0.
#[derive(Debug, PartialEq)]
struct Accepted {
    /// The answer's `encrypt`, if any.
    encrypt: Option<String>,
    /// Its `errmsg` when that says more than "ok" or "success" (a server lists invalid
    /// accounts there), masked and escaped.
    said: Option<String>,
}

/// Checks an answer: HTTP 200, then a JSON envelope with an integer errcode, then errcode 0.
/// `mask` takes the run's secrets out of the server's text.
fn check(
    a: Answer,
    shown: &str,
    what: ApiCall,
    mask: impl Fn(&str) -> String,
) -> Result<Accepted, TransportError> {
    if a.status != 200 {
        return Err(TransportError::HttpStatus {
            url: shown.to_string(),
            status: a.status,
        });
    }
    let env: Envelope = serde_json::from_slice(&a.body).map_err(|_| TransportError::BadAnswer {
        url: shown.to_string(),
        problem: describe_body(
            mask(&String::from_utf8_lossy(&a.body)).as_bytes(),
            "Youdu",
            "is the URL right?",
        ),
    })?;
    if env.errcode != 0 {
        return Err(TransportError::Refused {
            call: what,
            key: "errcode",
            code: env.errcode,
            message: printable(&mask(&env.errmsg), ERRMSG_MAX),
            hint: hint(env.errcode, what),
            exit: match what {
                ApiCall::Token => Exit::Auth,
                ApiCall::Send | ApiCall::Upload | ApiCall::Lookup => Exit::Refused,
            },
        });
    }
    let said = env.errmsg.trim();
    let plain =
        said.is_empty() || said.eq_ignore_ascii_case("ok") || said.eq_ignore_ascii_case("success");
    Ok(Accepted {
        encrypt: env.encrypt.filter(|e| !e.is_empty()),
        said: (!plain).then(|| printable(&mask(said), ERRMSG_MAX)),
    })
}

/// A hint for the refusals whose cause is easy to name (Youdu API: error codes).
fn hint(code: i64, call: ApiCall) -> &'static str {
    match (call, code) {
        (ApiCall::Token, 100005) => " (check app_id)",
        (ApiCall::Token, 100006) => " (check aes_key and app_id)",
        (ApiCall::Token, 100008 | 100009) => " (check buin)",
        (_, 3) => " (the app lacks permission for this API; check the app type)",
        (ApiCall::Send, 100005) => " (the app id may be of the wrong type for this message)",
        (ApiCall::Upload, 200009) => " (invalid media type; see --type)",
        (_, 200010) => " (no such media id)",
        (ApiCall::Send, 200007) => " (the message names the accounts the server does not know)",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_checked_in_order() {
        let ok = |status, body: &str| Answer {
            status,
            body: body.as_bytes().to_vec(),
        };
        let c = |a| {
            check(a, "http://h/cgi/msg/send", ApiCall::Send, |t| {
                crate::transport::mask_secrets(t, &["tok"])
            })
        };
        assert!(matches!(
            c(ok(502, r#"{"errcode":0}"#)),
            Err(TransportError::HttpStatus { status: 502, .. })
        ));
        assert!(matches!(
            c(ok(200, "<html>")),
            Err(TransportError::BadAnswer { .. })
        ));
        assert!(matches!(
            c(ok(200, r#"{"errcode":"0"}"#)),
            Err(TransportError::BadAnswer { .. })
        ));
        assert!(matches!(
            c(ok(200, r#"{"errcode":200007,"errmsg":"bad\nuser"}"#)),
            Err(TransportError::Refused { code: 200007, ref message, .. }) if message == "bad\\nuser"
        ));
        let accepted = |said: Option<&str>| Accepted {
            encrypt: None,
            said: said.map(str::to_string),
        };
        for plain in [r#""ok""#, r#""OK""#, r#""Success""#, r#"" ""#] {
            let body = format!(r#"{{"errcode":0,"errmsg":{plain}}}"#);
            assert_eq!(c(ok(200, &body)).unwrap(), accepted(None), "{body}");
        }
        assert_eq!(c(ok(200, r#"{"errcode":0}"#)).unwrap(), accepted(None));
        // Anything else is the server's word on the message: kept, masked and escaped.
        assert_eq!(
            c(ok(
                200,
                r#"{"errcode":0,"errmsg":"invalid user: bob\naccessToken=x1"}"#
            ))
            .unwrap(),
            accepted(Some("invalid user: bob\\naccessToken=***"))
        );
        assert!(matches!(
            c(ok(200, r#"{"errcode":5,"errmsg":"?accessToken=tok"}"#)),
            Err(TransportError::Refused { ref message, .. }) if message == "?accessToken=***"
        ));
    }
}
