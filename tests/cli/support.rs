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
        format!(
            "[profiles.ops]\nprovider = \"youdu\"\nurl = \"{}\"\nbuin = {BUIN}\napp_id = \"{APP}\"\naes_key = \"{KEY}\"\n{extra}\n",
            self.url()
        )
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

/// The documented shape and limits of a text message (youdu-protocol.md §7).
pub fn valid_message(m: &Value) -> bool {
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
    if users + depts == 0 {
        return false;
    }
    match m["msgType"].as_str() {
        Some("text") => m["text"]["content"]
            .as_str()
            .is_some_and(|c| !c.is_empty() && c.chars().count() <= 600),
        _ => false,
    }
}

/// A port on 127.0.0.1 with nothing listening.
pub fn closed_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

pub fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}
