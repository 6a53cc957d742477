//! `corpmsg sandbox`: the binary's own server, driven by corpmsg for every message type of every
//! provider, by hand-built bad requests that it must refuse with the real codes, and through
//! `-- CMD` with `--expect`.

use std::io::Read as _;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use aes::cipher::{BlockEncrypt, KeyInit};
use base64::Engine as _;
use corpmsg::transport::youdu::crypto::{AesKey, Cipher};
use serde_json::{Value, json};

use crate::support::{Env, closed_port, stderr, stdout};

/// The sandbox's Youdu app and key (its `--print-config`).
const YD_APP: &str = "ydC0FFEE000000000000000000000000A1";
const YD_KEY: &str = "Y29ycG1zZyBzYW5kYm94OiB5b3VkdSBhcHAga2V5Li4=";
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0sandbox";

/// A `corpmsg sandbox` serving on a port of its own, killed on drop, with an [`Env`] whose
/// config is its `--print-config`.
pub(crate) struct Sandbox {
    child: Child,
    pub(crate) url: String,
    pub(crate) env: Env,
}

impl Sandbox {
    pub(crate) fn start(extra: &[&str]) -> Self {
        let env = Env::new();
        let listen = format!("127.0.0.1:{}", closed_port());
        let config = env
            .cmd()
            .args(["sandbox", "--print-config", "--listen", &listen])
            .output()
            .unwrap();
        assert!(config.status.success(), "{}", stderr(&config));
        env.write_config(&stdout(&config));
        let child = env
            .std_cmd()
            .args(["sandbox", "--listen", &listen])
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(&listen).is_err() {
            assert!(Instant::now() < deadline, "the sandbox did not start");
            std::thread::sleep(Duration::from_millis(20));
        }
        Sandbox {
            child,
            url: format!("http://{listen}"),
            env,
        }
    }

    /// Writes `bytes` to the file `name` in its temporary folder: its path, for a command line.
    pub(crate) fn file(&self, name: &str, bytes: &[u8]) -> String {
        let path = self.env.dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path.display().to_string()
    }

    /// corpmsg with the sandbox's config.
    pub(crate) fn corpmsg(&self, args: &[&str]) -> std::process::Output {
        self.env.cmd().args(args).output().unwrap()
    }

    /// Runs corpmsg and fails the test unless it succeeded.
    pub(crate) fn ok(&self, args: &[&str]) -> String {
        let out = self.corpmsg(args);
        assert!(
            out.status.success(),
            "{args:?}: exit {:?}: {}",
            out.status.code(),
            stderr(&out)
        );
        stdout(&out)
    }

    fn get(&self, path: &str) -> reqwest::blocking::Response {
        reqwest::blocking::get(format!("{}{path}", self.url)).unwrap()
    }

    /// The JSON answer to a GET of `path`.
    fn get_json(&self, path: &str) -> Value {
        serde_json::from_slice(&self.get(path).bytes().unwrap()).unwrap()
    }

    /// The messages it received, newest first.
    pub(crate) fn messages(&self) -> Vec<Value> {
        serde_json::from_value(self.get_json("/api/messages")).unwrap()
    }

    /// POSTs `body` as JSON to `path`: the status and the JSON answer.
    fn post_status(&self, path: &str, body: &Value) -> (u16, Value) {
        let r = reqwest::blocking::Client::new()
            .post(format!("{}{path}", self.url))
            .header("content-type", "application/json")
            .body(body.to_string())
            .send()
            .unwrap();
        let status = r.status().as_u16();
        (status, serde_json::from_slice(&r.bytes().unwrap()).unwrap())
    }

    fn post(&self, path: &str, body: &Value) -> Value {
        self.post_status(path, body).1
    }

    /// What it printed, once killed.
    fn log(mut self) -> String {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
        let mut out = String::new();
        self.child
            .stdout
            .take()
            .unwrap()
            .read_to_string(&mut out)
            .unwrap();
        out
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn cipher() -> Cipher {
    Cipher::new(AesKey::decode(YD_KEY).unwrap(), YD_APP)
}

/// The newest message, checked to be of `provider` and `kind`.
fn newest(sb: &Sandbox, provider: &str, kind: &str) -> Value {
    let m = sb.messages().remove(0);
    assert_eq!(
        (m["provider"].as_str(), m["type"].as_str()),
        (Some(provider), Some(kind)),
        "{m}"
    );
    m
}

/// The bytes of the upload `id`, through the API.
fn media(sb: &Sandbox, id: &str) -> Vec<u8> {
    let r = sb.get(&format!("/api/media/{id}"));
    assert_eq!(r.status(), 200, "media {id}");
    r.bytes().unwrap().to_vec()
}

#[test]
fn every_youdu_message_type_arrives_decrypted_with_its_media() {
    let sb = Sandbox::start(&[]);
    let png = sb.file("a.png", PNG);
    let notes = sb.file("notes.txt", b"the notes");

    sb.ok(&["youdu", "text", "-u", "alice", "line one\nline two"]);
    let m = newest(&sb, "youdu", "text");
    assert_eq!(m["payload"]["text"]["content"], "line one\nline two");
    assert_eq!(m["to"], json!(["alice"]));
    assert_eq!(m["summary"], "line one");
    assert_eq!(m["app"], YD_APP);

    sb.ok(&["youdu", "image", "-u", "alice", &png]);
    let id = newest(&sb, "youdu", "image")["payload"]["image"]["media_id"].clone();
    assert_eq!(media(&sb, id.as_str().unwrap()), PNG);

    sb.ok(&["youdu", "file", "-d", "12", &notes]);
    let m = newest(&sb, "youdu", "file");
    assert_eq!(m["to"], json!(["dept:12"]));
    assert_eq!(
        media(&sb, m["payload"]["file"]["media_id"].as_str().unwrap()),
        b"the notes"
    );

    sb.ok(&[
        "youdu",
        "mpnews",
        "--title",
        "Release",
        "--content",
        "notes",
        "--cover",
        &png,
    ]);
    let m = newest(&sb, "youdu", "mpnews");
    assert_eq!(m["summary"], "Release");
    assert_eq!(
        media(&sb, m["payload"]["mpnews"][0]["media_id"].as_str().unwrap()),
        PNG
    );

    sb.ok(&[
        "youdu",
        "link",
        "--title",
        "CI",
        "--url",
        "https://ci.example.com/1",
    ]);
    newest(&sb, "youdu", "link");
    sb.ok(&[
        "youdu",
        "exlink",
        "--title",
        "Dash",
        "--url",
        "https://example.com",
        "--digest",
        "p95",
    ]);
    newest(&sb, "youdu", "exlink");
    sb.ok(&["youdu", "popup", "-u", "alice", "--tip", "disk full"]);
    assert_eq!(newest(&sb, "youdu", "popup")["summary"], "disk full");
    sb.ok(&[
        "youdu",
        "badge",
        "-u",
        "alice",
        "--count",
        "3",
        "--tip",
        "3 waiting",
    ]);
    assert_eq!(
        newest(&sb, "youdu", "badge")["summary"],
        "badge 3: 3 waiting"
    );

    sb.ok(&[
        "-p",
        "sandbox-youdu-sysmsg",
        "youdu",
        "sysmsg",
        "--title",
        "Maintenance",
        "--text",
        "at 22:00",
    ]);
    assert_eq!(newest(&sb, "youdu", "sysMsg")["app"], "sysMsgAssistant");
    sb.ok(&[
        "-p",
        "sandbox-youdu-sms",
        "youdu",
        "sms",
        "--from",
        "10086",
        "code 1234",
    ]);
    newest(&sb, "youdu", "sms");
    sb.ok(&[
        "-p",
        "sandbox-youdu-mail",
        "youdu",
        "mail",
        "--action",
        "new",
        "--subject",
        "Invoice",
    ]);
    assert_eq!(newest(&sb, "youdu", "mail")["summary"], "Invoice");

    let id = sb.ok(&[
        "-p",
        "sandbox-youdu-session",
        "youdu",
        "session",
        "create",
        "--title",
        "Release",
        "--creator",
        "alice",
        "-m",
        "bob",
        "-m",
        "carol",
    ]);
    let id = id.trim();
    sb.ok(&[
        "-p",
        "sandbox-youdu-session",
        "youdu",
        "session",
        "text",
        "--session",
        id,
        "green",
    ]);
    let m = newest(&sb, "youdu", "text");
    assert_eq!(m["endpoint"], "/cgi/session/send");
    assert_eq!(m["to"], json!(["bob", "carol"]));
    assert_eq!(sb.messages().len(), 12);
}

#[test]
fn a_custom_app_may_not_send_what_a_built_in_app_sends() {
    let sb = Sandbox::start(&[]);
    let out = sb.corpmsg(&["youdu", "sysmsg", "--title", "T", "--text", "x"]);
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    assert!(stderr(&out).contains("errcode 3"), "{}", stderr(&out));
    let out = sb.corpmsg(&[
        "youdu",
        "session",
        "create",
        "--title",
        "T",
        "--creator",
        "a",
        "-m",
        "b",
        "-m",
        "c",
    ]);
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    assert!(sb.messages().is_empty());
}

#[test]
fn every_fxiaoke_and_wecom_message_type_arrives() {
    let sb = Sandbox::start(&[]);
    let png = sb.file("a.png", PNG);
    let notes = sb.file("notes.txt", b"the notes");
    let fx = |args: &[&str]| {
        let mut all = vec!["-p", "sandbox-fxiaoke", "fxiaoke"];
        all.extend(args);
        sb.ok(&all)
    };
    fx(&["text", "hello"]);
    newest(&sb, "fxiaoke", "text");
    fx(&[
        "composite",
        "--title",
        "Deal",
        "--field",
        "Amount=5",
        "--link-title",
        "Open",
        "--link-url",
        "https://crm.example.com",
    ]);
    assert_eq!(newest(&sb, "fxiaoke", "composite")["summary"], "Deal");
    fx(&[
        "articles",
        "--title",
        "CPU",
        "--content",
        "97%",
        "--cover",
        &png,
    ]);
    let m = newest(&sb, "fxiaoke", "articles");
    assert_eq!(
        media(
            &sb,
            m["payload"]["articles"][0]["coverImage"].as_str().unwrap()
        ),
        PNG
    );
    fx(&["text", "--to-mobile", "13800001002", "by phone"]);
    let m = newest(&sb, "fxiaoke", "text");
    assert_eq!(m["to"], json!(["FSUID_5A4D0B0C000000000000000000001002"]));

    let wx = |args: &[&str]| {
        let mut all = vec!["-p", "sandbox-wecom", "wecom"];
        all.extend(args);
        sb.ok(&all)
    };
    wx(&["text", "hello"]);
    newest(&sb, "wecom", "text");
    wx(&["markdown", "# Title\n**bold**"]);
    newest(&sb, "wecom", "markdown");
    wx(&["image", &png]);
    let m = newest(&sb, "wecom", "image");
    assert_eq!(
        media(&sb, m["payload"]["image"]["media_id"].as_str().unwrap()),
        PNG
    );
    wx(&["file", &notes]);
    newest(&sb, "wecom", "file");
    wx(&[
        "textcard",
        "--title",
        "Build",
        "--description",
        "green",
        "--url",
        "https://ci.example.com",
    ]);
    newest(&sb, "wecom", "textcard");
    wx(&[
        "news",
        "-d",
        "2",
        "--title",
        "Release",
        "--url",
        "https://example.com",
    ]);
    assert_eq!(newest(&sb, "wecom", "news")["to"], json!(["dept:2"]));

    let bot = |args: &[&str]| {
        let mut all = vec!["-p", "sandbox-wecom-bot", "wecom"];
        all.extend(args);
        sb.ok(&all)
    };
    bot(&["text", "hello"]);
    assert_eq!(newest(&sb, "wecom", "text")["to"], json!(["group"]));
    bot(&["markdown", "**hi**"]);
    newest(&sb, "wecom", "markdown");
    bot(&["image", &png]);
    newest(&sb, "wecom", "image");
    bot(&["file", &notes]);
    newest(&sb, "wecom", "file");
    bot(&["news", "--title", "Release", "--url", "https://example.com"]);
    newest(&sb, "wecom", "news");
    assert_eq!(sb.messages().len(), 15);
    let log = sb.log();
    assert!(
        log.contains("wecom POST /cgi-bin/webhook/send -> 0 ok"),
        "{log}"
    );
    assert!(
        log.contains("fxiaoke POST /oauth2.0/token -> 0 OK"),
        "{log}"
    );
}

/// A Youdu envelope for the sandbox's app, encrypted with `cipher`.
fn envelope(cipher: &Cipher, inner: &Value) -> Value {
    json!({"buin": 707168, "appId": YD_APP, "encrypt": cipher.encrypt(inner.to_string().as_bytes())})
}

/// A token from the sandbox's gettoken.
fn youdu_token(sb: &Sandbox) -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let answer = sb.post(
        "/cgi/gettoken",
        &json!({"buin": 707168, "appId": YD_APP, "encrypt": cipher().encrypt(now.to_string().as_bytes())}),
    );
    assert_eq!(answer["errcode"], 0, "{answer}");
    let plain = cipher()
        .decrypt(answer["encrypt"].as_str().unwrap())
        .unwrap();
    let inner: Value = serde_json::from_slice(&plain).unwrap();
    inner["accessToken"].as_str().unwrap().to_string()
}

/// The envelope layout of youdu-protocol.md §5 with 16-byte PKCS#7 padding: what a client
/// with a standard padder sends.
fn padded_to_16(inner: &[u8]) -> String {
    let key = base64::engine::general_purpose::STANDARD
        .decode(YD_KEY)
        .unwrap();
    let mut buf = b"0123456789abcdef".to_vec();
    buf.extend((inner.len() as u32).to_be_bytes());
    buf.extend(inner);
    buf.extend(YD_APP.as_bytes());
    let pad = 16 - buf.len() % 16;
    buf.extend(std::iter::repeat_n(pad as u8, pad));
    let aes = aes::Aes256::new_from_slice(&key).unwrap();
    let mut prev: [u8; 16] = key[..16].try_into().unwrap();
    for block in buf.chunks_mut(16) {
        for (b, p) in block.iter_mut().zip(prev) {
            *b ^= p;
        }
        aes.encrypt_block(block.into());
        prev.copy_from_slice(block);
    }
    base64::engine::general_purpose::STANDARD.encode(buf)
}

#[test]
fn malformed_youdu_requests_get_the_real_codes() {
    let sb = Sandbox::start(&[]);
    let token = youdu_token(&sb);
    let send = |body: &Value| sb.post(&format!("/cgi/msg/send?accessToken={token}"), body);
    let text = json!({"toUser": "alice", "msgType": "text", "text": {"content": "hi"}});

    let other_key = Cipher::new(
        AesKey::decode(&base64::engine::general_purpose::STANDARD.encode([7u8; 32])).unwrap(),
        YD_APP,
    );
    assert_eq!(
        send(&envelope(&other_key, &text))["errcode"],
        100006,
        "wrong key"
    );
    // A content whose envelope pads to an odd number of 16-byte blocks: 32-byte padding never
    // makes that.
    let odd = (0..32)
        .map(|n| json!({"toUser": "alice", "msgType": "text", "text": {"content": "x".repeat(n + 1)}}))
        .find(|m| (20 + m.to_string().len() + YD_APP.len()) % 32 < 16)
        .unwrap();
    let padded = json!({"buin": 707168, "appId": YD_APP, "encrypt": padded_to_16(odd.to_string().as_bytes())});
    let answer = send(&padded);
    assert_eq!(answer["errcode"], 100006, "16-byte padding: {answer}");
    assert!(
        answer["errmsg"].as_str().unwrap().contains("32-byte"),
        "{answer}"
    );
    let for_other_app = Cipher::new(
        AesKey::decode(YD_KEY).unwrap(),
        "ydFFFF000000000000000000000000FFFF",
    );
    assert_eq!(
        send(&envelope(&for_other_app, &text))["errcode"],
        100006,
        "wrong app id inside"
    );
    let mut unknown_app = envelope(&cipher(), &text);
    unknown_app["appId"] = json!("ydFFFF000000000000000000000000FFFF");
    assert_eq!(send(&unknown_app)["errcode"], 100005, "unknown app");
    let mut string_buin = envelope(&cipher(), &text);
    string_buin["buin"] = json!("707168");
    assert_eq!(send(&string_buin)["errcode"], 100012, "buin as a string");

    let many: Vec<String> = (0..1001).map(|i| format!("u{i}")).collect();
    let over = json!({"toUser": many.join("|"), "msgType": "text", "text": {"content": "hi"}});
    assert_eq!(
        send(&envelope(&cipher(), &over))["errcode"],
        200001,
        "1001 users"
    );
    let long = json!({"toUser": "alice", "msgType": "text", "text": {"content": "字".repeat(601)}});
    let answer = send(&envelope(&cipher(), &long));
    assert_eq!(answer["errcode"], 100004, "601 characters");
    assert!(
        answer["errmsg"].as_str().unwrap().contains("601"),
        "{answer}"
    );
    let image =
        json!({"toUser": "alice", "msgType": "image", "image": {"media_id": "never-uploaded"}});
    assert_eq!(
        send(&envelope(&cipher(), &image))["errcode"],
        200010,
        "unknown media"
    );

    let no_token = sb.post("/cgi/msg/send", &envelope(&cipher(), &text));
    assert_eq!(no_token["errcode"], 100000);
    let bad_token = sb.post(
        "/cgi/msg/send?accessToken=nope",
        &envelope(&cipher(), &text),
    );
    assert_eq!(bad_token["errcode"], 100001);
    assert_eq!(
        send(&envelope(&cipher(), &text))["errcode"],
        0,
        "the right request"
    );
    assert_eq!(sb.messages().len(), 1);
}

#[test]
fn an_expired_youdu_token_is_refused_and_corpmsg_refreshes_it() {
    let sb = Sandbox::start(&["--token-lifetime", "1"]);
    let token = youdu_token(&sb);
    std::thread::sleep(Duration::from_millis(1100));
    let text = json!({"toUser": "alice", "msgType": "text", "text": {"content": "hi"}});
    let answer = sb.post(
        &format!("/cgi/msg/send?accessToken={token}"),
        &envelope(&cipher(), &text),
    );
    assert_eq!(answer["errcode"], 100002, "{answer}");
    // corpmsg caches the token it got, finds it expired at the server, and fetches another.
    sb.ok(&["youdu", "text", "first"]);
    std::thread::sleep(Duration::from_millis(1100));
    sb.ok(&["youdu", "text", "second"]);
    assert_eq!(sb.messages().len(), 2);
}

#[test]
fn malformed_fxiaoke_and_wecom_requests_get_the_real_codes() {
    let sb = Sandbox::start(&[]);
    let trace = || uuid::Uuid::new_v4().to_string();
    let token = sb.post(
        &format!("/oauth2.0/token?thirdTraceId={}", trace()),
        &json!({"appId": "FSAID_sandbox", "appSecret": "sandbox-app-secret",
                "permanentCode": "sandbox-permanent-code", "grantType": "app_secret"}),
    );
    assert_eq!(token["errorCode"], 0, "{token}");
    let wrong = sb.post(
        &format!("/oauth2.0/token?thirdTraceId={}", trace()),
        &json!({"appId": "FSAID_sandbox", "appSecret": "guess", "permanentCode": "sandbox-permanent-code", "grantType": "app_secret"}),
    );
    assert_eq!(wrong["errorCode"], 10006);
    let client = reqwest::blocking::Client::new();
    let send = |headers: &[(&str, &str)]| -> Value {
        let mut req = client
            .post(format!(
                "{}/cgi/message/send?thirdTraceId={}",
                sb.url,
                trace()
            ))
            .header("content-type", "application/json")
            .body(
                json!({"toUser": ["1001"], "msgType": "text", "text": {"content": "hi"}})
                    .to_string(),
            );
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        serde_json::from_slice(&req.send().unwrap().bytes().unwrap()).unwrap()
    };
    let bearer = format!("Bearer {}", token["accessToken"].as_str().unwrap());
    assert_eq!(
        send(&[("authorization", &bearer), ("x-fs-userid", "1000")])["errorCode"],
        20017,
        "no x-fs-ea"
    );
    assert_eq!(
        send(&[
            ("authorization", "Bearer nope"),
            ("x-fs-ea", "sandbox"),
            ("x-fs-userid", "1000")
        ])["errorCode"],
        20016
    );
    assert_eq!(send(&[])["errorCode"], 20017, "no credentials at all");
    assert_eq!(
        send(&[
            ("authorization", &bearer),
            ("x-fs-ea", "sandbox"),
            ("x-fs-userid", "1000")
        ])["errorCode"],
        0
    );

    let wx =
        sb.get_json("/cgi-bin/gettoken?corpid=wwsandbox0000000a&corpsecret=sandbox-corp-secret");
    let at = wx["access_token"].as_str().unwrap();
    let text = |content: String| json!({"touser": "alice", "msgtype": "text", "agentid": 1000002, "text": {"content": content}});
    let over = sb.post(
        &format!("/cgi-bin/message/send?access_token={at}"),
        &text("字".repeat(683)),
    );
    assert_eq!(over["errcode"], 45002, "2049 bytes: {over}");
    let within = sb.post(
        &format!("/cgi-bin/message/send?access_token={at}"),
        &text(format!("{}ab", "字".repeat(682))),
    );
    assert_eq!(within["errcode"], 0, "2048 bytes: {within}");
    let mut agent = text("hi".into());
    agent["agentid"] = json!("1000002");
    assert_eq!(
        sb.post(&format!("/cgi-bin/message/send?access_token={at}"), &agent)["errcode"],
        40056
    );
    let image = json!({"touser": "alice", "msgtype": "image", "agentid": 1000002, "image": {"media_id": "3anope"}});
    assert_eq!(
        sb.post(&format!("/cgi-bin/message/send?access_token={at}"), &image)["errcode"],
        40007
    );
    assert_eq!(
        sb.post(
            "/cgi-bin/message/send?access_token=nope",
            &text("hi".into())
        )["errcode"],
        40014
    );
    let hook = sb.post(
        "/cgi-bin/webhook/send?key=not-the-key",
        &json!({"msgtype": "text", "text": {"content": "hi"}}),
    );
    assert_eq!(hook["errcode"], 93000);
    assert_eq!(sb.messages().len(), 2);
}

#[test]
fn a_fault_refuses_the_next_requests_with_its_code_and_corpmsg_reports_it() {
    let sb = Sandbox::start(&[]);
    let fault = json!({"provider": "wecom", "endpoint": "/cgi-bin/message/send", "errcode": 60020, "count": 1});
    assert_eq!(sb.post_status("/api/faults", &fault).0, 201);
    let out = sb.corpmsg(&["-p", "sandbox-wecom", "wecom", "text", "hi"]);
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    assert!(stderr(&out).contains("60020"), "{}", stderr(&out));
    sb.ok(&["-p", "sandbox-wecom", "wecom", "text", "hi"]);
    assert_eq!(sb.messages().len(), 1);
    let bad = sb.post(
        "/api/faults",
        &json!({"provider": "wecom", "endpoint": "/nope", "errcode": 1}),
    );
    assert!(
        bad["error"]
            .as_str()
            .unwrap()
            .contains("/cgi-bin/message/send"),
        "{bad}"
    );
}

#[test]
fn the_api_lists_gets_and_clears_messages() {
    let sb = Sandbox::start(&[]);
    sb.ok(&["youdu", "text", "-u", "alice", "one"]);
    sb.ok(&["-p", "sandbox-wecom", "wecom", "text", "-u", "bob", "two"]);
    let all = sb.messages();
    assert_eq!(all[0]["summary"], "two", "newest first");
    let only = sb.get_json("/api/messages?provider=youdu");
    assert_eq!(only.as_array().unwrap().len(), 1);
    let to_bob = sb.get_json("/api/messages?to=bob");
    assert_eq!(to_bob[0]["summary"], "two");
    let one = sb.get_json(&format!("/api/messages/{}", all[1]["id"]));
    assert_eq!(one["summary"], "one");
    assert_eq!(sb.get("/api/messages/999").status(), 404);
    let r = reqwest::blocking::Client::new()
        .delete(format!("{}/api/messages", sb.url))
        .send()
        .unwrap();
    assert_eq!(r.status(), 204);
    assert!(sb.messages().is_empty());
    let page = sb.get("/").text().unwrap();
    assert!(
        page.contains("/api/events"),
        "the inbox page listens for events"
    );
}

#[test]
fn a_command_runs_against_a_sandbox_and_its_messages_are_printed() {
    let env = Env::new();
    let out = env
        .cmd()
        .args([
            "sandbox",
            "--",
            "corpmsg",
            "youdu",
            "text",
            "-u",
            "alice",
            "hello\nsecond line",
        ])
        .env("CORPMSG_YOUDU_URL", "http://192.0.2.1:7080")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "sandbox: youdu text to alice: hello\n");
}

/// `program` with the clean environment of `env` (no HOME, XDG_* or CORPMSG_* of the caller).
fn with_env_of(env: &Env, program: &std::path::Path) -> std::process::Command {
    let mut cmd = std::process::Command::new(program);
    cmd.env_clear();
    for (k, v) in env.std_cmd().get_envs() {
        if let Some(v) = v {
            cmd.env(k, v);
        }
    }
    cmd
}

/// What `cargo run --release -- sandbox -- corpmsg …` runs (the package's default-run): CMD's
/// `corpmsg` is a link to this very binary, not whatever `corpmsg` its folder may hold.
#[test]
fn corpmsg_sandbox_runs_the_readme_command_with_itself_as_cmds_corpmsg() {
    let env = Env::new();
    let sandbox_bin = std::path::Path::new(env!("CARGO_BIN_EXE_corpmsg-sandbox"));
    let out = with_env_of(&env, sandbox_bin)
        .args(["sandbox", "--", "sh", "-c"])
        .arg(r#"corpmsg youdu text -u alice "hello" && readlink "$(command -v corpmsg)""#)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let expected = std::fs::canonicalize(sandbox_bin).unwrap();
    assert_eq!(
        stdout(&out),
        format!(
            "{}\nsandbox: youdu text to alice: hello\n",
            expected.display()
        )
    );
}

/// `corpmsg sandbox` hands its command line to corpmsg-sandbox beside it; CMD's `corpmsg` is
/// the `corpmsg` that was run. Without corpmsg-sandbox beside it, it says which file is missing.
#[test]
fn corpmsg_hands_the_sandbox_to_its_companion_or_names_it_missing() {
    let env = Env::new();
    let out = env
        .cmd()
        .args([
            "-q",
            "sandbox",
            "--",
            "sh",
            "-c",
            r#"readlink "$(command -v corpmsg)""#,
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let corpmsg = std::fs::canonicalize(assert_cmd::cargo::cargo_bin!("corpmsg")).unwrap();
    assert_eq!(stdout(&out), format!("{}\n", corpmsg.display()));

    let alone = tempfile::tempdir().unwrap();
    let copy = alone.path().join("corpmsg");
    std::fs::hard_link(&corpmsg, &copy)
        .or_else(|_| std::fs::copy(&corpmsg, &copy).map(drop))
        .unwrap();
    let out = with_env_of(&env, &copy)
        .args(["sandbox", "--print-config"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.starts_with("error: corpmsg sandbox runs ")
            && err.contains("corpmsg-sandbox, which is missing")
            && err.lines().count() == 1,
        "{err}"
    );
}

#[test]
fn expect_counts_the_messages_and_the_command_status_passes_through() {
    let env = Env::new();
    let run = |expect: &str, script: &str| {
        env.cmd()
            .args(["sandbox", "--expect", expect, "--", "sh", "-c", script])
            .output()
            .unwrap()
    };
    let two = "corpmsg youdu text one && corpmsg -p sandbox-wecom-bot wecom text two";
    let out = run("2", two);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "sandbox: youdu text to alice: one\nsandbox: wecom text to group: two\n"
    );
    let out = run("3", two);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("--expect 3: the sandbox received 2 messages"),
        "{}",
        stderr(&out)
    );
    let out = run("0", "exit 4");
    assert_eq!(out.status.code(), Some(4), "CMD's own status");
    let out = env
        .cmd()
        .args(["sandbox", "--", "no-such-command-here"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(127));
}

#[test]
fn print_config_passes_config_check() {
    let env = Env::new();
    let out = env
        .cmd()
        .args(["sandbox", "--print-config"])
        .output()
        .unwrap();
    let text = stdout(&out);
    for profile in [
        "sandbox-youdu",
        "sandbox-fxiaoke",
        "sandbox-wecom",
        "sandbox-wecom-bot",
    ] {
        assert!(text.contains(&format!("[profiles.{profile}]")), "{text}");
    }
    assert!(text.contains("url = \"http://127.0.0.1:8025\""), "{text}");
    env.write_config(&text);
    let check = env.cmd().args(["config", "check"]).output().unwrap();
    assert!(
        check.status.success(),
        "{}{}",
        stdout(&check),
        stderr(&check)
    );
}

#[test]
fn db_keeps_messages_and_media_across_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("sandbox.db");
    let db_arg = db.display().to_string();
    let png = dir.path().join("a.png");
    std::fs::write(&png, PNG).unwrap();
    {
        let sb = Sandbox::start(&["--db", &db_arg]);
        sb.ok(&["youdu", "text", "-u", "alice", "kept"]);
        sb.ok(&["youdu", "image", "-u", "alice", &png.display().to_string()]);
    }
    let sb = Sandbox::start(&["--db", &db_arg]);
    let kept = sb.messages();
    assert_eq!(kept.len(), 2, "{kept:?}");
    assert_eq!(kept[1]["summary"], "kept");
    assert_eq!(kept[1]["payload"]["text"]["content"], "kept");
    assert_eq!(kept[1]["to"], json!(["alice"]));
    let id = kept[0]["payload"]["image"]["media_id"].as_str().unwrap();
    assert_eq!(media(&sb, id), PNG);
    // The media id stays valid for a send after the restart, and ids go on from the last.
    let message = json!({"toUser": "bob", "msgType": "image", "image": {"media_id": id}});
    let token = youdu_token(&sb);
    let answer = sb.post(
        &format!("/cgi/msg/send?accessToken={token}"),
        &envelope(&cipher(), &message),
    );
    assert_eq!(answer["errcode"], 0, "{answer}");
    assert_eq!(sb.messages()[0]["id"], 3);
    drop(sb);
    let out = Env::new()
        .cmd()
        .args([
            "sandbox",
            "--db",
            "/nonexistent-folder/x.db",
            "--listen",
            "127.0.0.1:0",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("--db /nonexistent-folder/x.db"),
        "{}",
        stderr(&out)
    );
}

/// The protocol notes' rules that the first sandbox missed (audited against them and the test
/// emulators): what a real Youdu server refuses, and what it takes that the sandbox refused.
#[test]
fn youdu_refuses_and_accepts_as_its_server_does() {
    let sb = Sandbox::start(&[]);
    let token = youdu_token(&sb);
    let send = |inner: Value| {
        sb.post(
            &format!("/cgi/msg/send?accessToken={token}"),
            &envelope(&cipher(), &inner),
        )
    };
    let code = |answer: Value| answer["errcode"].as_i64().unwrap();

    // gettoken takes JSON only.
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let plain = reqwest::blocking::Client::new()
        .post(format!("{}/cgi/gettoken", sb.url))
        .header("content-type", "text/plain")
        .body(
            json!({"buin": 707168, "appId": YD_APP, "encrypt": cipher().encrypt(now.to_string().as_bytes())})
                .to_string(),
        )
        .send()
        .unwrap();
    let answer: Value = serde_json::from_slice(&plain.bytes().unwrap()).unwrap();
    assert_eq!(answer["errcode"], 5, "{answer}");
    // A client's body must carry its own app id: sysOrgAssistant's is taken only in answers.
    let org_inside = Cipher::new(AesKey::decode(YD_KEY).unwrap(), "sysOrgAssistant");
    let text = json!({"toUser": "alice", "msgType": "text", "text": {"content": "hi"}});
    let answer = sb.post(
        &format!("/cgi/msg/send?accessToken={token}"),
        &envelope(&org_inside, &text),
    );
    assert_eq!(answer["errcode"], 100006, "{answer}");
    assert!(
        answer["errmsg"]
            .as_str()
            .unwrap()
            .contains("encrypted for app \"sysOrgAssistant\""),
        "{answer}"
    );
    // toEmail is mail's; an explicit null is not an absent field; exlink needs its media_id.
    let refused = [
        json!({"toEmail": "a@example.com", "msgType": "text", "text": {"content": "hi"}}),
        json!({"toUser": "alice", "msgType": "mpnews", "mpnews": [{"title": "t", "media_id": "m", "content": "c", "digest": null}]}),
        json!({"toUser": "alice", "msgType": "exlink", "exlink": [{"title": "t", "url": "https://example.com"}]}),
        json!({"toUser": "alice", "msgType": "sysMsg", "toAll": {"onlyOnline": true, "onliyOnline": false}, "sysMsg": {"title": "t", "msg": [{"text": {"content": "x"}}]}}),
        json!({"toUser": "alice", "msgType": "mail", "mail": {"action": "new", "time": "noon"}}),
    ];
    for inner in refused {
        assert_eq!(code(send(inner.clone())), 100004, "{inner}");
    }
    // What SDKs send: "" for an unused list, link without action, exlink with "" for no cover.
    let accepted = [
        json!({"toUser": "", "toDept": "1", "msgType": "text", "text": {"content": "hi"}}),
        json!({"toUser": "alice", "msgType": "link", "link": {"title": "t", "url": "https://example.com"}}),
        json!({"toUser": "alice", "msgType": "exlink", "exlink": [{"title": "t", "url": "https://example.com", "media_id": ""}]}),
    ];
    for inner in accepted {
        assert_eq!(code(send(inner.clone())), 0, "{inner}");
    }
    // Pop-ups as the C# SDK sends them (zeros, an unknown pop_mode), a badge with a null tip.
    let app_call = |path: &str, inner: Value| {
        sb.post(
            path,
            &json!({"app_id": YD_APP, "msg_encrypt": cipher().encrypt(inner.to_string().as_bytes())}),
        )
    };
    let popup = json!({"toUser": "alice", "popWindow": {"url": "https://example.com", "tip": "",
        "title": "t", "width": 0, "height": 0, "duration": 0, "position": 0, "pop_mode": 0}});
    assert_eq!(code(app_call("/cgi/popwindow", popup)), 0);
    let badge = json!({"account": "alice", "count": 3, "tip": null});
    assert_eq!(code(app_call("/cgi/set.ent.notice", badge)), 0);
    assert_eq!(sb.messages().len(), 5);
}

#[test]
fn fxiaoke_refuses_and_accepts_as_its_server_does() {
    let sb = Sandbox::start(&[]);
    let client = reqwest::blocking::Client::new();
    let call = |path: &str, trace: &str, headers: &[(&str, &str)], body: &Value| -> Value {
        let mut req = client
            .post(format!("{}{path}?thirdTraceId={trace}", sb.url))
            .header("content-type", "application/json")
            .body(body.to_string());
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        serde_json::from_slice(&req.send().unwrap().bytes().unwrap()).unwrap()
    };
    let trace = || uuid::Uuid::new_v4().to_string();
    let code = |answer: Value| answer["errorCode"].as_i64().unwrap();
    let creds = json!({"appId": "FSAID_sandbox", "appSecret": "sandbox-app-secret",
                       "permanentCode": "sandbox-permanent-code", "grantType": "app_secret"});
    let token = call("/oauth2.0/token", &trace(), &[], &creds);
    assert_eq!(token["errorCode"], 0, "{token}");
    assert_eq!(token["errorDescription"], "success");
    let bearer = format!("Bearer {}", token["accessToken"].as_str().unwrap());
    let oauth = [
        ("authorization", bearer.as_str()),
        ("x-fs-ea", "sandbox"),
        ("x-fs-userid", "1000"),
    ];
    let text = json!({"toUser": ["1001"], "msgType": "text", "text": {"content": "hi"}});

    // A thirdTraceId is used once, a refused request's too.
    let once = trace();
    assert_eq!(code(call("/cgi/message/send", &once, &oauth, &text)), 0);
    assert_eq!(code(call("/cgi/message/send", &once, &oauth, &text)), 15002);
    // Token requests: JSON, no authorization header, a missing secret is 10006.
    let mut no_secret = creds.clone();
    no_secret.as_object_mut().unwrap().remove("appSecret");
    assert_eq!(
        code(call("/oauth2.0/token", &trace(), &[], &no_secret)),
        10006
    );
    assert_eq!(
        code(call("/oauth2.0/token", &trace(), &oauth[..1], &creds)),
        15002
    );
    let as_text = client
        .post(format!(
            "{}/oauth2.0/token?thirdTraceId={}",
            sb.url,
            trace()
        ))
        .header("content-type", "text/plain")
        .body(creds.to_string())
        .send()
        .unwrap();
    let answer: Value = serde_json::from_slice(&as_text.bytes().unwrap()).unwrap();
    assert_eq!(answer["errorCode"], 15002, "{answer}");
    // One auth style a call; an active employee in x-fs-userid; the message's own rules.
    let mut mixed = text.clone();
    mixed["corpAccessToken"] = json!("x");
    assert_eq!(
        code(call("/cgi/message/send", &trace(), &oauth, &mixed)),
        20017
    );
    let stopped = [oauth[0], oauth[1], ("x-fs-userid", "1003")];
    assert_eq!(
        code(call("/cgi/message/send", &trace(), &stopped, &text)),
        20017
    );
    let no_to = json!({"msgType": "text", "text": {"content": "hi"}});
    assert_eq!(
        code(call("/cgi/message/send", &trace(), &oauth, &no_to)),
        10015
    );
    let mut as_string = text.clone();
    as_string["toUser"] = json!(["FSUID_5A4D0B0C000000000000000000001001"]);
    as_string["convertUserId"] = json!("true");
    assert_eq!(
        code(call("/cgi/message/send", &trace(), &oauth, &as_string)),
        15002
    );
    let mut service = text.clone();
    service["serviceId"] = json!("5");
    assert_eq!(
        code(call("/cgi/app/message/send", &trace(), &oauth, &service)),
        15002
    );
    // Lookups: an exact phone number (with +86 or not), the whole company's list only.
    let by_mobile = |mobile: &str| {
        call(
            "/cgi/user/getByMobile",
            &trace(),
            &oauth,
            &json!({"mobile": mobile}),
        )["empList"]
            .as_array()
            .unwrap()
            .len()
    };
    assert_eq!((by_mobile("1001"), by_mobile("+8613800001001")), (0, 1));
    let list = |dept: i64| {
        call(
            "/cgi/user/list",
            &trace(),
            &oauth,
            &json!({"departmentId": dept, "fetchChild": true}),
        )
    };
    assert_eq!(code(list(1)), 30007);
    assert_eq!(list(999_999)["userList"].as_array().unwrap().len(), 4);
    // The legacy endpoint answers the same token while it has over 600 s to live.
    let mut legacy = creds.clone();
    legacy.as_object_mut().unwrap().remove("grantType");
    let first = call("/cgi/corpAccessToken/get/V2", &trace(), &[], &legacy);
    let second = call("/cgi/corpAccessToken/get/V2", &trace(), &[], &legacy);
    assert_eq!(
        first["corpAccessToken"], second["corpAccessToken"],
        "{first} {second}"
    );
    // Ten token calls a minute, these six included (§3.4); the eleventh is refused.
    for _ in 0..4 {
        assert_eq!(
            code(call("/cgi/corpAccessToken/get/V2", &trace(), &[], &legacy)),
            0
        );
    }
    assert_eq!(
        code(call("/cgi/corpAccessToken/get/V2", &trace(), &[], &legacy)),
        14001
    );
    assert_eq!(sb.messages().len(), 1);
}

#[test]
fn wecom_refuses_and_accepts_as_its_server_does() {
    let sb = Sandbox::start(&[]);
    let wx =
        sb.get_json("/cgi-bin/gettoken?corpid=wwsandbox0000000a&corpsecret=sandbox-corp-secret");
    let at = wx["access_token"].as_str().unwrap().to_string();
    let send = |m: Value| sb.post(&format!("/cgi-bin/message/send?access_token={at}"), &m);
    let hook = |m: Value| {
        sb.post(
            "/cgi-bin/webhook/send?key=5a4d0b0c-0000-4000-8000-000000000001",
            &m,
        )
    };
    let upload = |kind: &str, name: &str, bytes: Vec<u8>| -> String {
        let form = reqwest::blocking::multipart::Form::new().part(
            "media",
            reqwest::blocking::multipart::Part::bytes(bytes).file_name(name.to_string()),
        );
        let r = reqwest::blocking::Client::new()
            .post(format!(
                "{}/cgi-bin/media/upload?access_token={at}&type={kind}",
                sb.url
            ))
            .multipart(form)
            .send()
            .unwrap();
        let answer: Value = serde_json::from_slice(&r.bytes().unwrap()).unwrap();
        assert_eq!(answer["errcode"], 0, "{answer}");
        answer["media_id"].as_str().unwrap().to_string()
    };
    let app = |to: &str, kind: &str, body: Value| json!({"touser": to, "msgtype": kind, "agentid": 1000002, kind: body});

    // Unknown users (the sandbox's directory lacks nobody*) come back lower-cased; none known
    // is 81013, whose errmsg has the real shape.
    let some = send(app("alice|NobodyHere", "text", json!({"content": "hi"})));
    assert_eq!(
        (some["errcode"].as_i64(), some["invaliduser"].as_str()),
        (Some(0), Some("nobodyhere")),
        "{some}"
    );
    let none = send(app("nobody", "text", json!({"content": "hi"})));
    assert_eq!(none["errcode"], 81013, "{none}");
    assert!(
        none["errmsg"].as_str().unwrap().contains(", hint: [")
            && none["errmsg"].as_str().unwrap().ends_with("?e=81013"),
        "{none}"
    );
    // The types the server takes beside corpmsg's: voice, video, mpnews (safe 2 is its own).
    let voice = upload("voice", "v.amr", b"#!AMR\n0123456789".to_vec());
    assert_eq!(
        send(app("alice", "voice", json!({"media_id": voice})))["errcode"],
        0
    );
    let video = upload("video", "v.mp4", b"\0\0\0\x18ftypmp42 0123456789".to_vec());
    assert_eq!(
        send(app(
            "alice",
            "video",
            json!({"media_id": video, "title": "t"})
        ))["errcode"],
        0
    );
    let thumb = upload("image", "t.png", PNG.to_vec());
    let article = |content: String| json!({"articles": [{"title": "t", "thumb_media_id": thumb, "content": content}]});
    let mut mpnews = app("alice", "mpnews", article("<p>hi</p>".into()));
    mpnews["safe"] = json!(2);
    assert_eq!(send(mpnews)["errcode"], 0);
    assert_eq!(
        send(app("alice", "mpnews", article("x".repeat(666 * 1024 + 1))))["errcode"],
        45002
    );
    let mut safe_text = app("alice", "text", json!({"content": "hi"}));
    safe_text["safe"] = json!(2);
    assert_eq!(send(safe_text)["errcode"], 40058);
    // An app's news may open a mini program instead of a url; a robot's may not.
    let mini = json!({"articles": [{"title": "t", "appid": "wx123", "pagepath": "pages/index"}]});
    assert_eq!(send(app("alice", "news", mini.clone()))["errcode"], 0);
    assert_eq!(
        hook(json!({"msgtype": "news", "news": mini}))["errcode"],
        40058
    );
    // Robots: markdown_v2, template cards; over-long text as the server words it.
    assert_eq!(
        hook(json!({"msgtype": "markdown_v2", "markdown_v2": {"content": "**hi**"}}))["errcode"],
        0
    );
    let card = |t: &str| json!({"msgtype": "template_card", "template_card": {"card_type": t}});
    assert_eq!(hook(card("text_notice"))["errcode"], 0);
    assert_eq!(hook(card("vote_interaction"))["errcode"], 40058);
    let long = hook(json!({"msgtype": "text", "text": {"content": "x".repeat(2049)}}));
    assert!(
        long["errmsg"]
            .as_str()
            .unwrap()
            .starts_with("text.content exceed max length 2048"),
        "{long}"
    );
    assert_eq!(sb.messages().len(), 7);
}

/// What the other tests of the sandbox leave out: Youdu session media, WeCom's upload command
/// (app and robot) and Fxiaoke's legacy auth, each through corpmsg.
#[test]
fn session_media_wecom_uploads_and_fxiaoke_legacy_auth_arrive() {
    let sb = Sandbox::start(&[]);
    let png = sb.file("chart.png", PNG);
    let report = sb.file("report.txt", b"all green\n");
    let voice = sb.file("note.amr", b"#!AMR\n0123456789");
    let video = sb.file("clip.mp4", b"\0\0\0\x18ftypmp42 0123456789");
    let session = |kind: &str, file: &str| {
        sb.ok(&[
            "-p",
            "sandbox-youdu-session",
            "youdu",
            "session",
            kind,
            "--to",
            "bob",
            file,
        ]);
        let m = newest(&sb, "youdu", kind);
        assert_eq!(
            (&m["endpoint"], &m["to"]),
            (&json!("/cgi/session/send"), &json!(["bob"]))
        );
        let id = m["payload"][kind]["media_id"].as_str().unwrap().to_string();
        media(&sb, &id)
    };
    assert_eq!(session("image", &png), PNG);
    assert_eq!(session("file", &report), b"all green\n");
    assert_eq!(session("voice", &voice), b"#!AMR\n0123456789");
    assert_eq!(session("video", &video), b"\0\0\0\x18ftypmp42 0123456789");

    // wecom upload prints a media id that the app's image message then takes.
    let id = sb.ok(&["-p", "sandbox-wecom", "wecom", "upload", &png]);
    assert_eq!(media(&sb, id.trim()), PNG);
    sb.ok(&[
        "-p",
        "sandbox-wecom",
        "wecom",
        "image",
        "--media-id",
        id.trim(),
    ]);
    assert_eq!(
        newest(&sb, "wecom", "image")["payload"]["image"]["media_id"],
        id.trim()
    );
    let id = sb.ok(&["-p", "sandbox-wecom-bot", "wecom", "upload", &voice]);
    assert_eq!(media(&sb, id.trim()), b"#!AMR\n0123456789");

    // Legacy auth: the token in the body, open ids as they are.
    let config = std::fs::read_to_string(sb.env.config_path()).unwrap();
    sb.env.write_config(&format!(
        "{config}\n[profiles.legacy]\nprovider = \"fxiaoke\"\nurl = \"{}\"\nauth = \"legacy\"\n\
         app_id = \"FSAID_sandbox\"\napp_secret = \"sandbox-app-secret\"\n\
         permanent_code = \"sandbox-permanent-code\"\n",
        sb.url
    ));
    sb.ok(&[
        "-p",
        "legacy",
        "fxiaoke",
        "text",
        "-u",
        "FSUID_5A4D0B0C000000000000000000001002",
        "legacy hello",
    ]);
    let m = newest(&sb, "fxiaoke", "text");
    assert_eq!(m["to"], json!(["FSUID_5A4D0B0C000000000000000000001002"]));
    sb.ok(&[
        "-p",
        "legacy",
        "fxiaoke",
        "text",
        "--to-mobile",
        "13800001001",
        "by phone",
    ]);
    let m = newest(&sb, "fxiaoke", "text");
    assert_eq!(m["to"], json!(["FSUID_5A4D0B0C000000000000000000001001"]));
}
