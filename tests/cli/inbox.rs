//! The sandbox's inbox page in a real headless Chromium: messages that corpmsg sends appear on
//! the open page (server-sent events, no reload), the image decodes, the filter and the Clear
//! button work, and a screenshot lands in `target/test-artifacts/inbox.png`.
//!
//! Chromium is driven over the Chrome DevTools Protocol by the small client below (HTTP and
//! WebSocket over a `TcpStream`, loopback only). It is Debian's `chromium` from PATH; without
//! it the test notes that it was skipped, unless `CORPMSG_BROWSER_TESTS=1` (CI sets it), which
//! makes a missing browser a failure.

use std::io::{self, BufRead as _, BufReader, Read as _, Write as _};
use std::net::TcpStream;
use std::os::unix::fs::PermissionsExt as _;
use std::os::unix::process::CommandExt as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine as _;
use serde_json::{Value, json};

use crate::sandbox::Sandbox;

/// How long anything the page does may take: generous, for a loaded 2-core CI machine.
const DEADLINE: Duration = Duration::from_secs(30);

/// The cards on the page, the live status and the mark set once the page was up (gone if the
/// page reloaded).
const STATE: &str = r#"(() => ({
  status: document.querySelector('#status')?.textContent,
  cards: [...document.querySelectorAll('#messages article.msg')]
    .map((a) => [a.dataset.provider, a.dataset.type]),
  count: document.querySelector('#count')?.textContent,
  empty: getComputedStyle(document.querySelector('#empty')).display !== 'none',
  mark: window.corpmsgTestMark ?? null,
}))()"#;

#[test]
fn the_inbox_shows_what_corpmsg_sends_live_in_a_real_browser() {
    let Some(chromium) = chromium_or_skip() else {
        return;
    };
    let started = Instant::now();
    let sb = Sandbox::start(&[]);
    let mut browser = Browser::launch(&chromium);
    let nav = browser.call("Page.navigate", json!({ "url": format!("{}/", sb.url) }));
    assert!(nav.get("errorText").is_none(), "navigation failed: {nav}");
    browser.wait("the page is live with no messages", STATE, |s| {
        s["status"] == "live" && s["cards"] == json!([]) && s["empty"] == true
    });
    browser.js("window.corpmsgTestMark = 'never reloaded'");

    let png = solid_png(16, [0xE8, 0x62, 0x0F]);
    let png_path = sb.file("dot.png", &png);
    // Chinese, as most of these messengers' messages are: the screenshot shows whether a CJK font
    // drew it (.ci/run installs one).
    sb.ok(&[
        "youdu",
        "text",
        "-u",
        "alice",
        "备份完成 first line\nsecond line",
    ]);
    sb.ok(&["youdu", "image", "-u", "alice", &png_path]);
    sb.ok(&[
        "-p",
        "sandbox-wecom",
        "wecom",
        "textcard",
        "--title",
        "Build",
        "--description",
        "green",
        "--url",
        "https://ci.example.com",
    ]);

    let all = json!([["wecom", "textcard"], ["youdu", "image"], ["youdu", "text"]]);
    let state = browser.wait("three cards, newest first", STATE, |s| {
        s["cards"].as_array().is_some_and(|c| c.len() >= 3)
    });
    assert_eq!(state["cards"], all, "{state}");
    assert_eq!(state["mark"], "never reloaded", "{state}");
    assert_eq!(state["status"], "live", "{state}");
    assert_eq!(state["count"], "3 messages", "{state}");

    let text = browser.js(
        r#"document.querySelector('article.msg[data-provider="youdu"][data-type="text"] .content').innerText"#,
    );
    assert!(
        text.as_str()
            .unwrap()
            .contains("备份完成 first line\nsecond line"),
        "the two lines on lines of their own: {text}"
    );

    let img = browser.wait(
        "the image finished loading",
        r#"(() => {
          const i = document.querySelector('article.msg[data-provider="youdu"][data-type="image"] .content img');
          if (!i) return null;
          const r = { src: i.getAttribute('src'), url: i.src, complete: i.complete,
            width: i.naturalWidth, height: i.naturalHeight, broken: i.classList.contains('broken') };
          if (i.complete && i.naturalWidth > 0) {
            const c = document.createElement('canvas');
            c.width = i.naturalWidth; c.height = i.naturalHeight;
            const g = c.getContext('2d');
            g.drawImage(i, 0, 0);
            r.pixel = [...g.getImageData(8, 8, 1, 1).data];
          }
          return r;
        })()"#,
        |i| i["complete"] == true,
    );
    assert!(
        img["width"].as_u64() > Some(0) && img["broken"] == false,
        "the image did not decode: {img}"
    );
    assert_eq!(
        (&img["width"], &img["height"]),
        (&json!(16), &json!(16)),
        "{img}"
    );
    assert!(
        img["src"].as_str().unwrap().starts_with("/api/media/"),
        "{img}"
    );
    assert!(
        img["url"]
            .as_str()
            .unwrap()
            .starts_with(&format!("{}/api/media/", sb.url)),
        "{img}"
    );
    assert_eq!(
        img["pixel"],
        json!([0xE8, 0x62, 0x0F, 255]),
        "its colour: {img}"
    );

    let card = browser.js(
        r#"(() => {
          const c = document.querySelector('article.msg[data-provider="wecom"][data-type="textcard"] .card');
          return c && { title: c.querySelector('.card-title')?.textContent, text: c.innerText,
            link: c.querySelector('.card-foot a')?.href };
        })()"#,
    );
    assert_eq!(card["title"], "Build", "{card}");
    assert!(card["text"].as_str().unwrap().contains("green"), "{card}");
    assert_eq!(card["link"], "https://ci.example.com/", "{card}");

    let shot = browser.full_page_png();
    let dir = artifacts_dir();
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("inbox.png");
    std::fs::write(&path, &shot).unwrap();
    eprintln!("inbox screenshot: {}", path.display());
    let written = std::fs::read(&path).unwrap();
    assert!(written.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    assert!(
        written.len() > 10_000,
        "a {}-byte screenshot",
        written.len()
    );
    assert_eq!(&written[12..16], b"IHDR");
    let width = u32::from_be_bytes(written[16..20].try_into().unwrap());
    let height = u32::from_be_bytes(written[20..24].try_into().unwrap());
    assert!(
        width == 1200 && height >= 400,
        "a {width}x{height} screenshot"
    );

    browser.choose_provider("wecom");
    let state = browser.wait("only the WeCom card", STATE, |s| {
        s["cards"] == json!([["wecom", "textcard"]])
    });
    assert_eq!(state["count"], "1 of 3 shown", "{state}");
    assert_eq!(browser.js("location.search"), "?provider=wecom");
    browser.choose_provider("");
    browser.wait("all three cards again", STATE, |s| s["cards"] == all);

    browser.js("document.querySelector('#clear').click()");
    let state = browser.wait("no cards after Clear", STATE, |s| {
        s["cards"] == json!([]) && s["empty"] == true
    });
    assert_eq!(state["mark"], "never reloaded", "{state}");
    assert_eq!(state["status"], "live", "{state}");
    assert_eq!(sb.messages(), Vec::<Value>::new(), "GET /api/messages");

    let problems = browser.problems();
    assert!(problems.is_empty(), "the page reported: {problems:#?}");
    eprintln!(
        "inbox browser test: {:.1} s",
        started.elapsed().as_secs_f64()
    );
}

/// The page fetches the list, then opens the event stream: a message that arrives between the
/// two must still show. The stream's request is held (DevTools' Fetch domain) while corpmsg
/// sends one.
#[test]
fn a_message_sent_while_the_inbox_connects_is_not_lost() {
    let Some(chromium) = chromium_or_skip() else {
        return;
    };
    let sb = Sandbox::start(&[]);
    let mut browser = Browser::launch(&chromium);
    browser.call(
        "Fetch.enable",
        json!({"patterns": [{"urlPattern": "*/api/events*", "requestStage": "Request"}]}),
    );
    let nav = browser.call("Page.navigate", json!({ "url": format!("{}/", sb.url) }));
    assert!(nav.get("errorText").is_none(), "navigation failed: {nav}");
    let paused = browser
        .cdp
        .event("Fetch.requestPaused")
        .unwrap_or_else(|e| panic!("the page never asked for /api/events: {e}"));
    let loaded = browser.js(STATE);
    assert_eq!(loaded["cards"], json!([]), "{loaded}");
    sb.ok(&[
        "youdu",
        "text",
        "-u",
        "alice",
        "sent while the page connects",
    ]);
    browser.call(
        "Fetch.continueRequest",
        json!({"requestId": paused["params"]["requestId"]}),
    );
    browser.call("Fetch.disable", json!({}));
    browser.wait("the message on the live page", STATE, |s| {
        s["status"] == "live" && s["cards"] == json!([["youdu", "text"]])
    });
    let problems = browser.problems();
    assert!(problems.is_empty(), "the page reported: {problems:#?}");
}

/// `chromium` on PATH; else None after a note, or a failure when CORPMSG_BROWSER_TESTS=1.
fn chromium_or_skip() -> Option<PathBuf> {
    let found = std::env::var_os("PATH").and_then(|path| {
        std::env::split_paths(&path)
            .map(|dir| dir.join("chromium"))
            .find(|p| {
                p.metadata()
                    .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
            })
    });
    if found.is_none() {
        assert!(
            std::env::var_os("CORPMSG_BROWSER_TESTS").is_none_or(|v| v != "1"),
            "CORPMSG_BROWSER_TESTS=1 but chromium is not on PATH (apt-get install chromium)"
        );
        eprintln!("inbox browser test skipped: chromium not installed (apt-get install chromium)");
    }
    found
}

/// The target dir as cargo resolved it (CARGO_TARGET_DIR, build.target-dir or ./target):
/// CARGO_TARGET_TMPDIR is its `tmp` folder.
fn artifacts_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("CARGO_TARGET_TMPDIR is inside the target dir")
        .join("test-artifacts")
}

/// A headless Chromium on a profile of its own, driven through its first tab. Dropping it
/// closes the browser, and kills its process group if it does not go.
struct Browser {
    child: Child,
    cdp: Cdp,
    /// The profile, HOME and the browser's log.
    dir: tempfile::TempDir,
}

impl Browser {
    fn launch(chromium: &Path) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let profile = dir.path().join("profile");
        let home = dir.path().join("home");
        let log = std::fs::File::create(dir.path().join("chromium.log")).unwrap();
        let child = Command::new(chromium)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                // Port 0: Chromium takes a free port and writes it to DevToolsActivePort.
                "--remote-debugging-port=0",
                "--window-size=1200,1400",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--hide-scrollbars",
                "--mute-audio",
                "--force-color-profile=srgb",
            ])
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg("about:blank")
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", &home)
            .env("XDG_CONFIG_HOME", home.join(".config"))
            .env("XDG_CACHE_HOME", home.join(".cache"))
            .stdin(Stdio::null())
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            // Its own process group, so that its helper processes can be ended with it.
            .process_group(0)
            .spawn()
            .unwrap();
        let mut browser = Browser {
            child,
            cdp: Cdp::default(),
            dir,
        };
        let port = browser.devtools_port(&profile);
        let deadline = Instant::now() + DEADLINE;
        let ws = loop {
            let tabs = http_get(port, "/json/list").unwrap_or_else(|e| panic!("/json/list: {e}"));
            let tabs: Value = serde_json::from_str(&tabs).unwrap();
            let page = tabs
                .as_array()
                .and_then(|t| t.iter().find(|t| t["type"] == "page"));
            if let Some(url) = page.and_then(|p| p["webSocketDebuggerUrl"].as_str()) {
                break url.to_string();
            }
            assert!(Instant::now() < deadline, "no page in /json/list: {tabs}");
            std::thread::sleep(Duration::from_millis(50));
        };
        // ws://127.0.0.1:PORT/devtools/page/ID
        let path = ws
            .strip_prefix("ws://")
            .and_then(|rest| rest.find('/').map(|i| &rest[i..]))
            .unwrap_or_else(|| panic!("webSocketDebuggerUrl {ws}"));
        browser.cdp = Cdp::connect(port, path).unwrap_or_else(|e| panic!("WebSocket {ws}: {e}"));
        browser.call("Runtime.enable", json!({}));
        browser.call("Log.enable", json!({}));
        browser
    }

    /// The port Chromium wrote to DevToolsActivePort in its profile.
    fn devtools_port(&mut self, profile: &Path) -> u16 {
        let deadline = Instant::now() + DEADLINE;
        loop {
            let text =
                std::fs::read_to_string(profile.join("DevToolsActivePort")).unwrap_or_default();
            // Written as "PORT\n/devtools/browser/ID": a whole first line is a whole number.
            if let Some((port, _)) = text.split_once('\n')
                && let Ok(port) = port.parse()
            {
                return port;
            }
            if let Some(status) = self.child.try_wait().unwrap() {
                panic!("chromium exited at start: {status}");
            }
            assert!(
                Instant::now() < deadline,
                "chromium did not open its DevTools port"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn call(&mut self, method: &str, params: Value) -> Value {
        self.cdp
            .call(method, params)
            .unwrap_or_else(|e| panic!("{method}: {e}"))
    }

    /// The value of a JavaScript expression in the page (promises awaited).
    fn try_js(&mut self, expr: &str) -> Result<Value, String> {
        let params = json!({"expression": expr, "returnByValue": true, "awaitPromise": true});
        let r = self.cdp.call("Runtime.evaluate", params)?;
        match r.get("exceptionDetails") {
            Some(e) => Err(format!("{e}")),
            None => Ok(r["result"]["value"].clone()),
        }
    }

    fn js(&mut self, expr: &str) -> Value {
        self.try_js(expr)
            .unwrap_or_else(|e| panic!("{expr}\nthrew {e}"))
    }

    /// Evaluates `expr` until `done` holds for its value (or DEADLINE passes): that value.
    fn wait(&mut self, what: &str, expr: &str, done: impl Fn(&Value) -> bool) -> Value {
        let deadline = Instant::now() + DEADLINE;
        loop {
            let last = self.try_js(expr);
            if let Ok(v) = &last
                && done(v)
            {
                return v.clone();
            }
            if Instant::now() > deadline {
                let page = self.try_js(STATE);
                panic!(
                    "waited {DEADLINE:?} for {what}: last {last:?}; the page: {page:?}; it reported: {:#?}",
                    self.problems()
                );
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Chooses `value` in the #provider select as a user would: the page acts on "change".
    fn choose_provider(&mut self, value: &str) {
        self.js(&format!(
            "(() => {{ const p = document.querySelector('#provider'); p.value = {}; \
             p.dispatchEvent(new Event('change', {{ bubbles: true }})); }})()",
            json!(value)
        ));
    }

    /// A PNG of the whole page, however long, as it looks once its animations (the fading
    /// highlight of a new card) are over.
    fn full_page_png(&mut self) -> Vec<u8> {
        self.js("document.getAnimations().forEach((a) => a.finish())");
        let height = self.js("document.documentElement.scrollHeight");
        self.call(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": 1200, "height": height, "deviceScaleFactor": 1, "mobile": false}),
        );
        let shot = self.call(
            "Page.captureScreenshot",
            json!({"format": "png", "captureBeyondViewport": true}),
        );
        self.call("Emulation.clearDeviceMetricsOverride", json!({}));
        base64::engine::general_purpose::STANDARD
            .decode(shot["data"].as_str().expect("screenshot data"))
            .unwrap()
    }

    /// Uncaught exceptions, console errors and warnings, and the browser's error log entries
    /// (failed loads among them) of the page so far.
    fn problems(&self) -> Vec<String> {
        self.cdp
            .events
            .iter()
            .filter_map(|e| {
                let p = &e["params"];
                match e["method"].as_str()? {
                    "Runtime.exceptionThrown" => {
                        Some(format!("exception: {}", p["exceptionDetails"]))
                    }
                    "Runtime.consoleAPICalled"
                        if p["type"] == "error"
                            || p["type"] == "warning"
                            || p["type"] == "assert" =>
                    {
                        Some(format!("console.{}: {}", p["type"].as_str()?, p["args"]))
                    }
                    "Log.entryAdded" if p["entry"]["level"] == "error" => {
                        Some(format!("log: {}", p["entry"]))
                    }
                    _ => None,
                }
            })
            .collect()
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.cdp.send(0x1, br#"{"id":0,"method":"Browser.close"}"#);
        let deadline = Instant::now() + Duration::from_secs(10);
        while matches!(self.child.try_wait(), Ok(None)) && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
        }
        // Whatever of its group is left: the browser and its helpers, all started here.
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", self.child.id())])
            .stderr(Stdio::null())
            .status();
        let _ = self.child.kill();
        let _ = self.child.wait();
        if std::thread::panicking() {
            let log =
                std::fs::read_to_string(self.dir.path().join("chromium.log")).unwrap_or_default();
            // Without the noise of a machine with no D-Bus.
            let tail: Vec<&str> = log
                .lines()
                .filter(|l| !l.contains(":ERROR:dbus/"))
                .rev()
                .take(40)
                .collect();
            eprintln!("chromium's log, last lines:");
            for line in tail.iter().rev() {
                eprintln!("  {line}");
            }
        }
    }
}

/// A GET of `path` from the DevTools HTTP server on 127.0.0.1:`port`: the body.
fn http_get(port: u16, path: &str) -> io::Result<String> {
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    stream.set_read_timeout(Some(DEADLINE))?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"
    )?;
    let mut reader = BufReader::new(stream);
    let mut status = String::new();
    reader.read_line(&mut status)?;
    let mut length = None;
    loop {
        let mut line = String::new();
        reader.read_line(&mut line)?;
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':')
            && name.eq_ignore_ascii_case("content-length")
        {
            length = value.trim().parse().ok();
        }
    }
    let mut body = Vec::new();
    match length {
        Some(n) => {
            body.resize(n, 0);
            reader.read_exact(&mut body)?;
        }
        None => {
            reader.read_to_end(&mut body)?;
        }
    }
    if status.split(' ').nth(1) != Some("200") {
        return Err(io::Error::other(format!(
            "GET {path}: {}",
            status.trim_end()
        )));
    }
    String::from_utf8(body).map_err(io::Error::other)
}

/// A Chrome DevTools Protocol connection: JSON-RPC over a WebSocket (RFC 6455), client side.
#[derive(Default)]
struct Cdp {
    conn: Option<(BufReader<TcpStream>, TcpStream)>,
    next_id: u64,
    /// The events that came while waiting for answers.
    events: Vec<Value>,
}

impl Cdp {
    fn connect(port: u16, path: &str) -> io::Result<Self> {
        let stream = TcpStream::connect(("127.0.0.1", port))?;
        // An answer that never comes fails the test instead of hanging it.
        stream.set_read_timeout(Some(Duration::from_secs(60)))?;
        stream.set_nodelay(true)?;
        let mut writer = stream.try_clone()?;
        // A fixed key (RFC 6455's sample): the handshake's nonce guards against caches, and
        // there is none between this test and the browser on loopback.
        write!(
            writer,
            "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n\
             Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\
             Sec-WebSocket-Version: 13\r\n\r\n"
        )?;
        let mut reader = BufReader::new(stream);
        let mut status = String::new();
        reader.read_line(&mut status)?;
        if status.split(' ').nth(1) != Some("101") {
            return Err(io::Error::other(format!(
                "handshake: {}",
                status.trim_end()
            )));
        }
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line)? == 0 || line.trim_end().is_empty() {
                break;
            }
        }
        Ok(Cdp {
            conn: Some((reader, writer)),
            ..Cdp::default()
        })
    }

    fn conn(&mut self) -> io::Result<&mut (BufReader<TcpStream>, TcpStream)> {
        self.conn
            .as_mut()
            .ok_or_else(|| io::Error::other("not connected"))
    }

    /// Sends one frame of `opcode`, masked as a client's must be.
    fn send(&mut self, opcode: u8, data: &[u8]) -> io::Result<()> {
        // A fixed mask: masking keeps proxies from reading a client's frames as HTTP, and
        // there is no proxy on loopback.
        const MASK: [u8; 4] = [0x37, 0xFA, 0x21, 0x3D];
        let mut frame = vec![0x80 | opcode];
        match data.len() {
            n if n < 126 => frame.push(0x80 | n as u8),
            n if n <= 0xFFFF => {
                frame.push(0x80 | 126);
                frame.extend((n as u16).to_be_bytes());
            }
            n => {
                frame.push(0x80 | 127);
                frame.extend((n as u64).to_be_bytes());
            }
        }
        frame.extend(MASK);
        frame.extend(data.iter().zip(MASK.iter().cycle()).map(|(b, m)| b ^ m));
        self.conn()?.1.write_all(&frame)
    }

    /// The next whole message (continuation frames joined), as JSON; answers pings.
    fn receive(&mut self) -> io::Result<Value> {
        let mut message = Vec::new();
        loop {
            let reader = &mut self.conn()?.0;
            let mut head = [0u8; 2];
            reader.read_exact(&mut head)?;
            let (fin, opcode) = (head[0] & 0x80 != 0, head[0] & 0x0F);
            let length = match head[1] & 0x7F {
                126 => {
                    let mut n = [0u8; 2];
                    reader.read_exact(&mut n)?;
                    u64::from(u16::from_be_bytes(n))
                }
                127 => {
                    let mut n = [0u8; 8];
                    reader.read_exact(&mut n)?;
                    u64::from_be_bytes(n)
                }
                n => u64::from(n),
            };
            let mask = if head[1] & 0x80 != 0 {
                let mut m = [0u8; 4];
                reader.read_exact(&mut m)?;
                Some(m)
            } else {
                None
            };
            let mut payload = vec![0u8; usize::try_from(length).map_err(io::Error::other)?];
            reader.read_exact(&mut payload)?;
            if let Some(m) = mask {
                payload
                    .iter_mut()
                    .zip(m.iter().cycle())
                    .for_each(|(b, m)| *b ^= m);
            }
            match opcode {
                0x0..=0x2 => {
                    message.extend(payload);
                    if fin {
                        return serde_json::from_slice(&message).map_err(io::Error::other);
                    }
                }
                0x8 => return Err(io::Error::other("the browser closed the WebSocket")),
                0x9 => self.send(0xA, &payload)?,
                0xA => {}
                other => return Err(io::Error::other(format!("WebSocket opcode {other:#x}"))),
            }
        }
    }

    /// Calls `method`: its result, or its error. Events that come first are kept or skipped
    /// (see [`Cdp::keep`]).
    fn call(&mut self, method: &str, params: Value) -> Result<Value, String> {
        self.next_id += 1;
        let id = self.next_id;
        let request = json!({"id": id, "method": method, "params": params});
        self.send(0x1, request.to_string().as_bytes())
            .map_err(|e| e.to_string())?;
        loop {
            let m = self.receive().map_err(|e| e.to_string())?;
            if m["id"] == id {
                return match m.get("error") {
                    Some(e) => Err(e.to_string()),
                    None => Ok(m["result"].clone()),
                };
            }
            self.keep(m);
        }
    }

    /// The first event `method` not yet taken, waiting for it if need be.
    fn event(&mut self, method: &str) -> io::Result<Value> {
        loop {
            if let Some(i) = self.events.iter().position(|e| e["method"] == method) {
                return Ok(self.events.remove(i));
            }
            let m = self.receive()?;
            self.keep(m);
        }
    }

    /// Keeps an event that tells of a problem or that a test waits for; skips the others.
    fn keep(&mut self, m: Value) {
        if let Some(event) = m["method"].as_str()
            && matches!(
                event,
                "Runtime.exceptionThrown"
                    | "Runtime.consoleAPICalled"
                    | "Log.entryAdded"
                    | "Fetch.requestPaused"
            )
        {
            self.events.push(m);
        }
    }
}

/// A `side`×`side` PNG of one colour, written by hand: one IDAT of zlib stored blocks.
fn solid_png(side: u32, rgb: [u8; 3]) -> Vec<u8> {
    let mut row = vec![0]; // filter: none
    for _ in 0..side {
        row.extend(rgb);
    }
    let raw = row.repeat(side as usize);
    let len = u16::try_from(raw.len()).expect("one stored block");
    let mut zlib = vec![0x78, 0x01, 0x01]; // zlib header; final stored block
    zlib.extend(len.to_le_bytes());
    zlib.extend((!len).to_le_bytes());
    zlib.extend(&raw);
    zlib.extend(adler32(&raw).to_be_bytes());
    let mut ihdr = Vec::new();
    ihdr.extend(side.to_be_bytes());
    ihdr.extend(side.to_be_bytes());
    ihdr.extend([8, 2, 0, 0, 0]); // 8-bit RGB, deflate, no filter choice, not interlaced
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    for (kind, data) in [(b"IHDR", &ihdr), (b"IDAT", &zlib), (b"IEND", &Vec::new())] {
        png.extend(u32::try_from(data.len()).unwrap().to_be_bytes());
        let start = png.len();
        png.extend(kind);
        png.extend(data);
        let crc = crc32(&png[start..]);
        png.extend(crc.to_be_bytes());
    }
    // IEND's CRC is the same in every PNG.
    assert!(png.ends_with(&[0xAE, 0x42, 0x60, 0x82]));
    png
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                0xEDB8_8320 ^ (crc >> 1)
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn adler32(bytes: &[u8]) -> u32 {
    let (mut a, mut b) = (1u32, 0u32);
    for &x in bytes {
        a = (a + u32::from(x)) % 65521;
        b = (b + a) % 65521;
    }
    (b << 16) | a
}
