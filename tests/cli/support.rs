//! Hermetic environments and a Youdu emulator on httpmock that decrypts and checks every request.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use corpmsg::transport::youdu::crypto::{AesKey, Cipher};
use httpmock::prelude::*;
use httpmock::{HttpMockRequest, Mock};
use serde_json::{Value, json};
use tempfile::TempDir;

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
    format!(
        "[profiles.{name}]\nprovider = \"youdu\"\nurl = \"{url}\"\nbuin = {BUIN}\napp_id = \"{APP}\"\naes_key = \"{KEY}\"\n{extra}\n"
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
    Cipher::new(AesKey::decode(KEY).unwrap(), APP)
}

/// A Youdu server emulator: checks the envelope, decrypts the body with the test key, and
/// answers like the real server (encrypted where the API returns data).
pub struct Youdu {
    pub server: MockServer,
}

/// The decrypted inner JSON of every matched send, in arrival order.
pub type Received = Arc<Mutex<Vec<Value>>>;

/// Decrypts a request's envelope; `None` if it is not a valid one for the test app.
pub fn open_envelope(req: &HttpMockRequest) -> Option<Vec<u8>> {
    let body: Value = serde_json::from_slice(req.body().as_ref()).ok()?;
    if body["buin"].as_i64() != Some(BUIN) || body["appId"] != APP {
        return None;
    }
    cipher().decrypt(body["encrypt"].as_str()?).ok()
}

impl Youdu {
    pub fn start() -> Self {
        Youdu {
            server: MockServer::start(),
        }
    }

    pub fn url(&self) -> String {
        self.server.base_url()
    }

    /// A config with one Youdu profile `ops` for this server.
    pub fn config(&self, extra: &str) -> String {
        youdu_profile("ops", &self.url(), extra)
    }

    /// `/cgi/gettoken`: accepts an envelope whose plaintext is the current Unix time and
    /// answers with `token`.
    pub fn token(&self, token: &str) -> Mock<'_> {
        let answer = json!({"accessToken": token, "expireIn": 7200}).to_string();
        let encrypted = cipher().encrypt(answer.as_bytes());
        self.server.mock(|when, then| {
            when.method(POST)
                .path("/cgi/gettoken")
                .header("content-type", "application/json; charset=UTF-8")
                .is_true(|req| {
                    let Some(plain) = open_envelope(req) else {
                        return false;
                    };
                    let Ok(ts) = String::from_utf8(plain).unwrap_or_default().parse::<u64>() else {
                        return false;
                    };
                    let now = std::time::SystemTime::now()
                        .duration_since(std::time::UNIX_EPOCH)
                        .unwrap()
                        .as_secs();
                    now.abs_diff(ts) < 300
                });
            then.status(200)
                .json_body(json!({"errcode": 0, "errmsg": "ok", "encrypt": encrypted}));
        })
    }

    /// `/cgi/gettoken` refusing with `errcode`.
    pub fn token_refused(&self, errcode: i64) -> Mock<'_> {
        self.server.mock(|when, then| {
            when.method(POST).path("/cgi/gettoken");
            then.status(200)
                .json_body(json!({"errcode": errcode, "errmsg": "invalid encrypt"}));
        })
    }

    /// `/cgi/msg/send` for `token`: matches requests whose decrypted inner JSON satisfies
    /// `accept`, records it, and answers `answer`.
    pub fn send(
        &self,
        token: &str,
        accept: impl Fn(&Value) -> bool + Send + Sync + 'static,
        answer: Value,
    ) -> (Mock<'_>, Received) {
        let received: Received = Arc::default();
        let sink = received.clone();
        let token = token.to_string();
        let mock = self.server.mock(|when, then| {
            when.method(POST).path("/cgi/msg/send").is_true(move |req| {
                if req.query_params_map().get("accessToken") != Some(&token) {
                    return false;
                }
                let Some(plain) = open_envelope(req) else {
                    return false;
                };
                let Ok(inner) = serde_json::from_slice::<Value>(&plain) else {
                    return false;
                };
                if !valid_message(&inner) || !accept(&inner) {
                    return false;
                }
                sink.lock().unwrap().push(inner);
                true
            });
            then.status(200).json_body(answer);
        });
        (mock, received)
    }

    /// A send for `token` that accepts any valid message and answers ok.
    pub fn send_ok(&self, token: &str) -> (Mock<'_>, Received) {
        self.send(token, |_| true, json!({"errcode": 0, "errmsg": "ok"}))
    }
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
    let ctype = req
        .headers_vec()
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-type"))?
        .1
        .clone();
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

/// What the upload emulator saw: the decrypted `{"type","name"}` and the decrypted file.
pub type Uploads = Arc<Mutex<Vec<(Value, Vec<u8>)>>>;

impl Youdu {
    /// `/cgi/media/upload` for `token`: checks the form (buin, appId, encrypted meta, a `file`
    /// part named "file" of type text/plain holding the Base64 ciphertext of the file), records
    /// it, and answers with `media_id`, encrypted.
    pub fn upload(&self, token: &str, media_id: &str) -> (Mock<'_>, Uploads) {
        let seen: Uploads = Arc::default();
        let sink = seen.clone();
        let token = token.to_string();
        let answer = cipher().encrypt(json!({ "mediaId": media_id }).to_string().as_bytes());
        let mock = self.server.mock(|when, then| {
            when.method(POST)
                .path("/cgi/media/upload")
                .is_true(move |req| {
                    if req.query_params_map().get("accessToken") != Some(&token) {
                        return false;
                    }
                    let Some(parts) = form_parts(req) else {
                        return false;
                    };
                    let get = |n: &str| parts.iter().find(|p| p.name == n);
                    let (Some(buin), Some(app), Some(meta), Some(file)) =
                        (get("buin"), get("appId"), get("encrypt"), get("file"))
                    else {
                        return false;
                    };
                    if buin.data != BUIN.to_string().as_bytes() || app.data != APP.as_bytes() {
                        return false;
                    }
                    if file.filename.as_deref() != Some("file")
                        || file.content_type.as_deref() != Some("text/plain")
                    {
                        return false;
                    }
                    let c = cipher();
                    let Ok(meta) = c.decrypt(&String::from_utf8_lossy(&meta.data)) else {
                        return false;
                    };
                    let Ok(meta) = serde_json::from_slice::<Value>(&meta) else {
                        return false;
                    };
                    if !["image", "file", "voice", "video"]
                        .contains(&meta["type"].as_str().unwrap_or(""))
                        || !meta["name"].is_string()
                    {
                        return false;
                    }
                    let Ok(bytes) = c.decrypt(&String::from_utf8_lossy(&file.data)) else {
                        return false;
                    };
                    sink.lock().unwrap().push((meta, bytes));
                    true
                });
            then.status(200)
                .json_body(json!({"errcode": 0, "errmsg": "ok", "encrypt": answer}));
        });
        (mock, seen)
    }
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
