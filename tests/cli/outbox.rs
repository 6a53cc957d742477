//! The outbox (issue 19, cli.md § Outbox): with `--outbox`, a message that certainly did not
//! reach its server is kept in `$CORPMSG_STATE_DIR/outbox/` and sent later, exactly once.
//!
//! A server goes "down" by pointing the profile at a closed port, and comes back "up" by
//! rewriting the config with a live server's URL: the outbox keeps only the profile's name.
//! Every test asserts what the server received, and that it received it once.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::faults::{Provider, healthy};
use crate::fx_support::{self, Auth, Fx, fxiaoke_profile};
use crate::raw::{RawServer, Reply};
use crate::support::{
    Canned, Env, KEY, MSG_SEND, Received, Youdu, cipher, closed_port, json_lines, stderr, stdout,
    youdu_profile,
};
use crate::wx_support::{self, Wx, wecom_app_profile, wecom_robot_profile};

const TOKEN: &str = "outbox-token-4e1a";
const ALICE: &str = "to_user = [\"alice\"]";

/// What no outbox file may hold: every credential of the test profiles and servers.
const SECRETS: &[&str] = &[
    KEY,
    TOKEN,
    fx_support::SECRET,
    fx_support::CODE,
    wx_support::SECRET,
    wx_support::ROBOT_KEY,
];

// ---------------------------------------------------------------------------------------------
// Helpers.
// ---------------------------------------------------------------------------------------------

fn state_dir(env: &Env) -> PathBuf {
    env.dir.path().join("state")
}

fn outbox_dir(env: &Env) -> PathBuf {
    state_dir(env).join("outbox")
}

/// [`Env::cmd`] with `CORPMSG_STATE_DIR` in the temp dir.
fn cmd(env: &Env) -> assert_cmd::Command {
    let mut cmd = env.cmd();
    cmd.env("CORPMSG_STATE_DIR", state_dir(env));
    cmd
}

fn run(env: &Env, args: &[&str]) -> Output {
    cmd(env).args(args).output().unwrap()
}

/// [`run`] started in the background, its stderr piped.
fn spawn(env: &Env, args: &[&str]) -> Child {
    env.std_cmd()
        .env("CORPMSG_STATE_DIR", state_dir(env))
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn assert_exit(out: &Output, code: i32) {
    assert_exit_in(out, &[code]);
}

/// The exit of a flush that moved messages to dead/ for a reason other than a refusal (in
/// flight, a changed file, too old) and left none waiting. The contract names no code for it:
/// 0 (none waits afterwards), or the code of the reason (2 an input error, 5, 6 an uncertain
/// network failure); never 8 (none waits), 7 (none delivered) or 1.
fn assert_dead_exit(out: &Output) {
    assert_exit_in(out, &[0, 2, 5, 6]);
}

fn assert_exit_in(out: &Output, codes: &[i32]) {
    let code = out.status.code().unwrap_or(-1);
    assert!(
        codes.contains(&code),
        "exit {code}, not one of {codes:?}\nstdout: {}\nstderr: {}",
        stdout(out),
        stderr(out)
    );
}

/// The N of the one `warning: queued N message(s) in the outbox …` line.
fn queued_count(out: &Output) -> usize {
    let err = stderr(out);
    let lines: Vec<&str> = err
        .lines()
        .filter_map(|l| l.strip_prefix("warning: queued "))
        .collect();
    assert_eq!(lines.len(), 1, "one queued warning:\n{err}");
    let (n, rest) = lines[0].split_once(' ').unwrap_or_default();
    assert!(rest.starts_with("message(s) in the outbox"), "{err}");
    n.parse().unwrap()
}

/// Exit 8 with the warning that `n` messages were queued.
fn assert_queued(out: &Output, n: usize) {
    assert_exit(out, 8);
    assert_eq!(queued_count(out), n, "{}", stderr(out));
}

/// The messages of `dir` (`<id>.json`), in the order of their ids: oldest first.
fn messages(dir: &Path) -> Vec<Value> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|f| serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap())
        .collect()
}

fn waiting(env: &Env) -> Vec<Value> {
    messages(&outbox_dir(env))
}

fn dead(env: &Env) -> Vec<Value> {
    messages(&outbox_dir(env).join("dead"))
}

fn ids(messages: &[Value]) -> Vec<String> {
    messages.iter().map(|m| m["id"].to_string()).collect()
}

fn assert_outbox_empty(env: &Env) {
    assert!(
        waiting(env).is_empty() && dead(env).is_empty(),
        "waiting: {:?}\ndead: {:?}",
        waiting(env),
        dead(env)
    );
}

/// The outbox is private, whole and free of secrets: folders 0700; every file JSON of mode 0600
/// named after its id; no temp file left behind (a lock file may stay); none of [`SECRETS`]
/// nor of `more_secrets` in any file.
fn assert_outbox_sound(env: &Env, more_secrets: &[&str]) {
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let outbox = outbox_dir(env);
    for dir in [outbox.clone(), outbox.join("dead")] {
        if dir != outbox && !dir.exists() {
            continue;
        }
        assert_eq!(mode(&dir), 0o700, "{}", dir.display());
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if path.is_dir() && name == "dead" || name.contains("lock") {
                continue;
            }
            assert!(name.ends_with(".json"), "left in the outbox: {name}");
            assert_eq!(mode(&path), 0o600, "{}", path.display());
            let text = std::fs::read_to_string(&path).unwrap();
            let m: Value = serde_json::from_str(&text)
                .unwrap_or_else(|e| panic!("{name} is not JSON ({e}): {text}"));
            assert_eq!(m["id"].as_str(), name.strip_suffix(".json"), "{text}");
            for secret in SECRETS.iter().chain(more_secrets) {
                assert!(!text.contains(secret), "{name} holds {secret}: {text}");
            }
        }
    }
}

/// A URL where nothing listens: the server is down.
fn down() -> String {
    format!("http://127.0.0.1:{}", closed_port())
}

/// The config: one Youdu profile `ops` for `url`, to alice by default.
fn youdu_at(env: &Env, url: &str) {
    env.write_config(&youdu_profile("ops", url, ALICE));
}

/// A Youdu emulator that issues [`TOKEN`] and takes every send; what it was sent.
fn youdu_up() -> (Youdu, Received) {
    let yd = Youdu::start();
    yd.token(TOKEN);
    let (_, got) = yd.send_ok(TOKEN);
    (yd, got)
}

/// The text contents of the messages a server received, in order.
fn texts(got: &Received) -> Vec<String> {
    got.lock()
        .unwrap()
        .iter()
        .map(|m| {
            m["text"]["content"]
                .as_str()
                .unwrap_or("(not text)")
                .to_string()
        })
        .collect()
}

/// Runs `args` with `--outbox --retries 0` while the profile's server is down: one message
/// more must wait. The warning counts the one queued (or, if this reading is the
/// implementation's, every message now waiting). Returns the new message.
fn queue(env: &Env, args: &[&str]) -> Value {
    let earlier = ids(&waiting(env));
    let before = earlier.len();
    let out = cmd(env)
        .args(["--outbox", "--retries", "0"])
        .args(args)
        .output()
        .unwrap();
    assert_exit(&out, 8);
    let n = queued_count(&out);
    assert!(n == 1 || n == before + 1, "queued {n}: {}", stderr(&out));
    let now = waiting(env);
    assert_eq!(now.len(), before + 1, "{}", stderr(&out));
    now.into_iter()
        .find(|m| !earlier.contains(&m["id"].to_string()))
        .unwrap()
}

/// What a [`raw_youdu`] server does with the `n`-th send.
type SendHook = fn(u32) -> Option<Reply>;

/// A raw Youdu server that works, except that the `n`-th send is answered `send(n)` when that
/// is `Some` (a hook may also just sleep); the decrypted messages of every send, in order.
fn raw_youdu(send: impl Fn(u32) -> Option<Reply> + Send + Sync + 'static) -> (RawServer, Received) {
    let got: Received = Default::default();
    (raw_youdu_at(0, got.clone(), send), got)
}

/// [`raw_youdu`] on `port`, adding what it receives to `got` (which outlives the server, so
/// that a server stopped and started again keeps one record).
fn raw_youdu_at(
    port: u16,
    got: Received,
    send: impl Fn(u32) -> Option<Reply> + Send + Sync + 'static,
) -> RawServer {
    let sink = got;
    let fine = healthy(Provider::Youdu);
    RawServer::start_at(port, move |req, n| {
        if req.path == MSG_SEND {
            let outer: Value = serde_json::from_slice(&req.body).unwrap_or_default();
            let plain = cipher()
                .decrypt(outer["encrypt"].as_str().unwrap_or_default())
                .unwrap_or_default();
            let inner = serde_json::from_slice(&plain).unwrap_or_default();
            sink.lock().unwrap().push(inner);
            if let Some(reply) = send(n) {
                return reply;
            }
        }
        fine(req, n)
    })
}

/// Waits (at most half a minute) until `done`.
fn wait_for(what: &str, done: impl Fn() -> bool) {
    let start = Instant::now();
    while !done() {
        assert!(start.elapsed() < Duration::from_secs(30), "never: {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// `v` sorted, where the order is not what a test is about.
fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

fn binary(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i * 7 % 251) as u8).collect()
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Every message is dead with a reason, and none waits.
fn assert_all_dead(env: &Env, n: usize) {
    assert!(waiting(env).is_empty(), "{:?}", waiting(env));
    let dead = dead(env);
    assert_eq!(dead.len(), n, "{dead:?}");
    for m in &dead {
        assert!(
            m["dead_because"].as_str().is_some_and(|s| !s.is_empty()),
            "{m}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Youdu: queued while down, delivered first when back.
// ---------------------------------------------------------------------------------------------

#[test]
fn a_message_queued_while_youdu_is_down_goes_first_when_it_is_back_exactly_once() {
    let env = Env::new();
    youdu_at(&env, &down());
    // The default --retries: refused three times, then queued.
    let out = run(&env, &["--outbox", "youdu", "text", "-u", "alice", "first"]);
    assert_queued(&out, 1);
    let queued = waiting(&env);
    assert_eq!(queued.len(), 1);
    let m = &queued[0];
    assert_eq!(m["profile"], "ops");
    assert_eq!(m["provider"], "youdu");
    assert!(m["queued_at"].is_u64() && m["attempts"].is_u64(), "{m}");
    assert!(m["in_flight"].is_null(), "{m}");
    assert!(
        m["last_error"].as_str().is_some_and(|e| !e.is_empty()),
        "{m}"
    );
    assert_eq!(m["requests"].as_array().map(Vec::len), Some(1), "{m}");
    assert_eq!(m["requests"][0]["endpoint"], MSG_SEND);
    assert!(
        m["requests"][0].to_string().contains("first"),
        "as built: {m}"
    );
    assert!(dead(&env).is_empty());
    assert_outbox_sound(&env, &[]);

    let (yd, got) = youdu_up();
    youdu_at(&env, &yd.url());
    let out = run(&env, &["youdu", "text", "--outbox", "-u", "bob", "second"]);
    assert_exit(&out, 0);
    assert_eq!(texts(&got), ["first", "second"], "the queued one first");
    let to: Vec<Value> = got
        .lock()
        .unwrap()
        .iter()
        .map(|m| m["toUser"].clone())
        .collect();
    assert_eq!(to, [json!("alice"), json!("bob")]);
    assert_outbox_empty(&env);

    assert_exit(&run(&env, &["--outbox", "youdu", "text", "third"]), 0);
    assert_eq!(texts(&got), ["first", "second", "third"], "nothing twice");
}

#[test]
fn flush_sends_what_waits_oldest_first_and_exits_8_while_the_server_is_still_down() {
    let env = Env::new();
    youdu_at(&env, &down());
    // Three within a second or so: ids that sort by the second alone would often misorder.
    let queued: Vec<Value> = ["one", "two", "three"]
        .iter()
        .map(|text| queue(&env, &["youdu", "text", text]))
        .collect();
    let before = waiting(&env);
    assert_eq!(ids(&before), ids(&queued), "ids sort oldest first");

    let out = run(&env, &["--retries", "0", "outbox", "flush"]);
    assert_exit(&out, 8);
    let after = waiting(&env);
    assert_eq!(ids(&after), ids(&before), "all still wait");
    assert!(
        after[0]["attempts"].as_u64() > before[0]["attempts"].as_u64(),
        "the attempt is counted: {:?} then {:?}",
        before[0],
        after[0]
    );
    assert!(after[0]["in_flight"].is_null(), "{}", after[0]);
    assert!(dead(&env).is_empty());
    assert_outbox_sound(&env, &[]);

    let (yd, got) = youdu_up();
    youdu_at(&env, &yd.url());
    assert_exit(&run(&env, &["outbox", "flush"]), 0);
    assert_eq!(texts(&got), ["one", "two", "three"]);
    assert_outbox_empty(&env);
    assert_exit(&run(&env, &["outbox", "flush"]), 0);
    assert_eq!(
        texts(&got),
        ["one", "two", "three"],
        "a second flush sends nothing"
    );
}

#[test]
fn refused_messages_move_to_dead_with_the_answer_and_flush_exits_5() {
    let env = Env::new();
    youdu_at(&env, &down());
    queue(&env, &["youdu", "text", "one"]);
    queue(&env, &["youdu", "text", "two"]);
    let yd = Youdu::start();
    yd.token(TOKEN);
    let refusal = json!({"errcode": 40009, "errmsg": "no such user"});
    let (_, got) = yd.send(TOKEN, |_| true, refusal);
    youdu_at(&env, &yd.url());

    let out = run(&env, &["outbox", "flush"]);
    assert_exit(&out, 5);
    assert_eq!(sorted(texts(&got)), ["one", "two"]);
    assert_all_dead(&env, 2);
    for m in dead(&env) {
        let why = m["dead_because"].as_str().unwrap();
        assert!(why.contains("40009") || why.contains("no such user"), "{m}");
    }
    assert_outbox_sound(&env, &[]);
    // Dead is dead: a later flush sends nothing, and with nothing waiting it is exit 0.
    assert_exit(&run(&env, &["outbox", "flush"]), 0);
    assert_eq!(texts(&got).len(), 2);
}

// ---------------------------------------------------------------------------------------------
// One flusher at a time; a message that may have gone out is never resent.
// ---------------------------------------------------------------------------------------------

#[test]
fn two_flushes_at_once_deliver_each_message_exactly_once() {
    let env = Env::new();
    youdu_at(&env, &down());
    for text in ["m1", "m2", "m3"] {
        queue(&env, &["youdu", "text", text]);
    }
    // Each send is answered after half a second: the two flushes overlap.
    let (server, got) = raw_youdu(|_| {
        std::thread::sleep(Duration::from_millis(500));
        None
    });
    youdu_at(&env, &server.url());
    let flushers = [
        spawn(&env, &["outbox", "flush"]),
        spawn(&env, &["outbox", "flush"]),
    ];
    let outs: Vec<Output> = flushers
        .into_iter()
        .map(|c| c.wait_with_output().unwrap())
        .collect();
    // The one that waited for the lock found nothing (0), or left the messages to the
    // other and said they still wait (8).
    for out in &outs {
        assert_exit_in(out, &[0, 8]);
    }
    assert!(outs.iter().any(|o| o.status.code() == Some(0)));
    assert_eq!(sorted(texts(&got)), ["m1", "m2", "m3"], "each once");
    assert_eq!(server.hits(MSG_SEND), 3);
    assert_outbox_empty(&env);
}

#[test]
fn a_flush_killed_during_the_request_leaves_it_in_flight_and_it_is_never_resent() {
    let env = Env::new();
    youdu_at(&env, &down());
    let id = queue(&env, &["youdu", "text", "maybe delivered"])["id"].clone();
    // The first send is never answered.
    let (server, got) = raw_youdu(|n| (n == 1).then_some(Reply::Hang(Duration::from_secs(60))));
    youdu_at(&env, &server.url());
    let mut flusher = spawn(&env, &["--timeout", "30", "outbox", "flush"]);
    wait_for("the send arrived", || server.hits(MSG_SEND) == 1);
    let marked = waiting(&env);
    assert_eq!(
        marked[0]["in_flight"]["pid"],
        json!(flusher.id()),
        "{}",
        marked[0]
    );
    assert!(!marked[0]["in_flight"]["since"].is_null(), "{}", marked[0]);
    flusher.kill().unwrap(); // SIGKILL: nothing recorded after the request
    flusher.wait().unwrap();
    assert!(!waiting(&env)[0]["in_flight"].is_null(), "still marked");

    let out = run(&env, &["outbox", "flush"]);
    assert_dead_exit(&out);
    assert!(
        stderr(&out).lines().any(|l| l.starts_with("warning:")),
        "{}",
        stderr(&out)
    );
    assert_all_dead(&env, 1);
    assert_eq!(dead(&env)[0]["id"], id);
    assert_eq!(server.hits(MSG_SEND), 1, "never sent again");
    assert_eq!(texts(&got), ["maybe delivered"]);
    assert_exit(&run(&env, &["outbox", "flush"]), 0);
    assert_eq!(server.hits(MSG_SEND), 1);
    assert_outbox_sound(&env, Provider::Youdu.secrets());
}

#[test]
fn uncertain_failures_and_refusals_are_never_queued() {
    let cases: [(&str, SendHook, i32); 5] = [
        (
            "no answer within --timeout",
            |_| Some(Reply::Hang(Duration::from_secs(5))),
            6,
        ),
        (
            "connection dropped after sending",
            |_| Some(Reply::Close),
            6,
        ),
        (
            "HTTP 500",
            |_| Some(Reply::json(500, json!({"errcode": 0, "errmsg": "ok"}))),
            6,
        ),
        (
            "answer cut short",
            |_| {
                Some(Reply::Cut {
                    declared: 100,
                    body: br#"{"errcode":0,"#.to_vec(),
                })
            },
            6,
        ),
        (
            "refused by the API",
            |_| Some(Provider::Youdu.code(40009, "no such user")),
            5,
        ),
    ];
    for (name, send, code) in cases {
        let env = Env::new();
        let (server, got) = raw_youdu(send);
        youdu_at(&env, &server.url());
        let out = run(&env, &["--outbox", "--timeout", "1", "youdu", "text", name]);
        assert_exit(&out, code);
        assert!(!stderr(&out).contains("queued"), "{name}: {}", stderr(&out));
        assert_outbox_empty(&env);
        assert_eq!(texts(&got), [name], "{name}: sent once");
    }
    // A refused token request (exit 4) is not queued either.
    let env = Env::new();
    let yd = Youdu::start();
    let refused = yd.token_refused(40001);
    youdu_at(&env, &yd.url());
    assert_exit(&run(&env, &["--outbox", "youdu", "text", "no token"]), 4);
    refused.assert_calls(1);
    assert_outbox_empty(&env);
}

// ---------------------------------------------------------------------------------------------
// Uploads, age, list and drop.
// ---------------------------------------------------------------------------------------------

#[test]
fn a_queued_image_keeps_the_files_path_size_and_sha256_and_is_uploaded_later() {
    let env = Env::new();
    youdu_at(&env, &down());
    let bytes = binary(20_000);
    std::fs::write(env.dir.path().join("shot.jpg"), &bytes).unwrap();
    // Queued with a path relative to the temp dir; flushed from another folder.
    let out = cmd(&env)
        .current_dir(env.dir.path())
        .args([
            "--outbox",
            "--retries",
            "0",
            "youdu",
            "image",
            "-u",
            "alice",
            "shot.jpg",
        ])
        .output()
        .unwrap();
    assert_queued(&out, 1);
    let m = &waiting(&env)[0];
    assert_eq!(m["files"].as_array().map(Vec::len), Some(1), "{m}");
    let file = &m["files"][0];
    let path = Path::new(file["path"].as_str().unwrap());
    assert!(path.is_absolute() && path.ends_with("shot.jpg"), "{file}");
    assert_eq!(file["size"], 20_000);
    let sha = file["sha256"].as_str().unwrap().to_ascii_lowercase();
    assert_eq!(sha, sha256_hex(&bytes));
    assert!(m.to_string().len() < bytes.len(), "a path, not the bytes");
    assert_outbox_sound(&env, &[]);

    let (yd, got) = youdu_up();
    let (up, uploads) = yd.upload(TOKEN, "img-7");
    youdu_at(&env, &yd.url());
    assert_exit(&run(&env, &["outbox", "flush"]), 0);
    up.assert_calls(1);
    assert!(uploads.lock().unwrap()[0].1 == bytes, "the same bytes");
    assert_eq!(
        *got.lock().unwrap(),
        [json!({"toUser": "alice", "msgType": "image", "image": {"media_id": "img-7"}})]
    );
    assert_outbox_empty(&env);
}

#[test]
fn a_file_changed_or_removed_since_queueing_makes_the_message_dead_unsent() {
    let env = Env::new();
    youdu_at(&env, &down());
    let changed = env.dir.path().join("changed.png");
    let removed = env.dir.path().join("removed.png");
    for f in [&changed, &removed] {
        std::fs::write(f, binary(5000)).unwrap();
        queue(
            &env,
            &["youdu", "image", "-u", "alice", f.to_str().unwrap()],
        );
    }
    // The same size, other bytes: only the SHA-256 tells.
    let mut other = binary(5000);
    other[0] ^= 0xff;
    std::fs::write(&changed, other).unwrap();
    std::fs::remove_file(&removed).unwrap();

    let (yd, got) = youdu_up();
    let (up, _) = yd.upload(TOKEN, "img-8");
    youdu_at(&env, &yd.url());
    let out = run(&env, &["outbox", "flush"]);
    assert_dead_exit(&out);
    up.assert_calls(0);
    assert!(got.lock().unwrap().is_empty(), "nothing sent");
    assert_all_dead(&env, 2);
    assert_outbox_sound(&env, &[]);
}

#[test]
fn a_message_older_than_max_age_moves_to_dead_unsent() {
    let env = Env::new();
    youdu_at(&env, &down());
    let stale = queue(&env, &["youdu", "text", "stale"]);
    std::thread::sleep(Duration::from_secs(2));
    let (yd, got) = youdu_up();
    youdu_at(&env, &yd.url());
    assert_exit(&run(&env, &["outbox", "flush", "--max-age", "soon"]), 2);
    assert_eq!(
        ids(&waiting(&env)),
        [stale["id"].to_string()],
        "a bad duration changes nothing"
    );

    let out = run(&env, &["outbox", "flush", "--max-age", "1s"]);
    assert_dead_exit(&out);
    assert!(got.lock().unwrap().is_empty(), "too old: not sent");
    assert_all_dead(&env, 1);
    assert_eq!(dead(&env)[0]["id"], stale["id"]);

    // Within the default 24 h, a message two seconds old goes.
    youdu_at(&env, &down());
    queue(&env, &["youdu", "text", "fresh"]);
    std::thread::sleep(Duration::from_secs(2));
    youdu_at(&env, &yd.url());
    assert_exit(&run(&env, &["outbox", "flush"]), 0);
    assert_eq!(texts(&got), ["fresh"]);
    assert!(waiting(&env).is_empty());
    assert_outbox_sound(&env, &[]);
}

/// Queues "refuse me" and "deliver me" while down, then flushes against a server that refuses
/// the first (exit 7), then queues "wait for me" while down: one waiting message and one dead.
fn one_waiting_one_dead(env: &Env) -> (Value, Value) {
    youdu_at(env, &down());
    queue(env, &["youdu", "text", "refuse me"]);
    queue(env, &["youdu", "text", "deliver me"]);
    let yd = Youdu::start();
    yd.token(TOKEN);
    let refusal = json!({"errcode": 40009, "errmsg": "no such user"});
    yd.send(TOKEN, |m| m["text"]["content"] == "refuse me", refusal);
    let (_, got) = yd.send_ok(TOKEN);
    youdu_at(env, &yd.url());
    assert_exit(&run(env, &["outbox", "flush"]), 7);
    assert_eq!(texts(&got), ["deliver me"]);
    youdu_at(env, &down());
    let waiting = queue(env, &["youdu", "text", "wait for me"]);
    let dead = dead(env);
    assert_eq!(dead.len(), 1);
    (waiting, dead[0].clone())
}

#[test]
fn list_shows_waiting_then_dead_messages() {
    let env = Env::new();
    let (w, d) = one_waiting_one_dead(&env);
    let out = run(&env, &["outbox", "list", "--json"]);
    assert_exit(&out, 0);
    let lines = json_lines(&stdout(&out));
    assert_eq!(lines.len(), 2, "{}", stdout(&out));
    for (line, file, state) in [(&lines[0], &w, "waiting"), (&lines[1], &d, "dead")] {
        assert_eq!(line["id"], file["id"]);
        assert_eq!(line["profile"], "ops");
        assert_eq!(line["provider"], "youdu");
        assert_eq!(line["state"], state);
        assert_eq!(line["queued_at"], file["queued_at"]);
        assert!(line["age_secs"].is_u64(), "{line}");
        assert_eq!(line["attempts"], file["attempts"]);
        assert_eq!(line["last_error"], file["last_error"]);
        assert_eq!(line["requests"], 1);
    }
    assert!(lines[0]["dead_because"].is_null());
    let why = lines[1]["dead_because"].as_str().unwrap_or_default();
    assert!(
        why.contains("40009") || why.contains("no such user"),
        "{why}"
    );

    let out = run(&env, &["outbox", "list"]);
    assert_exit(&out, 0);
    let text = stdout(&out);
    let rows: Vec<&str> = text.lines().collect();
    assert_eq!(rows.len(), 2, "{text}");
    for (row, file, state) in [(rows[0], &w, "waiting"), (rows[1], &d, "dead")] {
        for part in [file["id"].as_str().unwrap(), "ops", "youdu", state] {
            assert!(row.contains(part), "{part} not in {row}");
        }
    }
}

#[test]
fn drop_deletes_by_id_or_all_and_an_unknown_id_is_exit_2() {
    let env = Env::new();
    let (w, d) = one_waiting_one_dead(&env);
    let out = run(&env, &["outbox", "drop", "no-such-message"]);
    assert_exit(&out, 2);
    assert!(stderr(&out).contains("no-such-message"), "{}", stderr(&out));
    assert_eq!((waiting(&env).len(), dead(&env).len()), (1, 1));

    assert_exit(
        &run(&env, &["outbox", "drop", w["id"].as_str().unwrap()]),
        0,
    );
    assert!(waiting(&env).is_empty());
    assert_eq!(ids(&dead(&env)), ids(&[d]));
    queue(&env, &["youdu", "text", "another"]);
    assert_exit(&run(&env, &["outbox", "drop", "--all"]), 0);
    assert_outbox_empty(&env);
    let out = run(&env, &["outbox", "list"]);
    assert_exit(&out, 0);
    assert_eq!(stdout(&out), "");
    assert_outbox_sound(&env, &[]);
}

// ---------------------------------------------------------------------------------------------
// Every provider.
// ---------------------------------------------------------------------------------------------

#[test]
fn fxiaoke_queued_while_down_is_delivered_once_when_back() {
    let env = Env::new();
    env.write_config(&fxiaoke_profile("crm", &down(), Auth::Oauth, ""));
    let m = queue(&env, &["fxiaoke", "text", "-u", "FSUID_AAA1", "fx queued"]);
    assert_eq!(
        (&m["profile"], &m["provider"]),
        (&json!("crm"), &json!("fxiaoke"))
    );
    assert_eq!(m["requests"][0]["endpoint"], fx_support::SEND);
    assert_outbox_sound(&env, &[]);

    let fx = Fx::start(Auth::Oauth);
    env.write_config(&fx.config(""));
    assert_exit(&run(&env, &["outbox", "flush"]), 0);
    assert_exit(&run(&env, &["outbox", "flush"]), 0);
    fx.assert_none_rejected();
    let sent: Vec<Value> = fx
        .seen_at(fx_support::SEND)
        .into_iter()
        .map(|s| s.body)
        .collect();
    assert_eq!(
        sent,
        [
            json!({"toUser": ["FSUID_AAA1"], "convertUserId": true, "msgType": "text",
                "text": {"content": "fx queued"}})
        ]
    );
    assert_outbox_empty(&env);
}

#[test]
fn a_split_message_queues_only_the_part_still_rate_limited() {
    let env = Env::new();
    let fx = Fx::start(Auth::Oauth);
    env.write_config(&fx.config(""));
    let users: Vec<String> = (0..501).map(|i| format!("FSUID_{i:04}")).collect();
    // The first part is taken; the second is refused for the rate limit, no retry left.
    fx.answer(
        fx_support::SEND,
        [
            json!({"errorCode": 0, "errorMessage": "OK", "traceId": "E-O.first"}),
            json!({"errorCode": 14001, "errorMessage": "too many requests", "traceId": "E-O.2"}),
        ],
    );
    let m = queue(&env, &["fxiaoke", "text", "-u", &users.join(","), "to all"]);
    assert_eq!(
        m["requests"].as_array().map(Vec::len),
        Some(1),
        "only the rest: {m}"
    );
    assert!(m["last_error"].to_string().contains("14001"), "{m}");
    assert_outbox_sound(&env, &[]);

    assert_exit(&run(&env, &["outbox", "flush"]), 0);
    fx.assert_none_rejected();
    let sent: Vec<Value> = fx
        .seen_at(fx_support::SEND)
        .into_iter()
        .map(|s| s.body)
        .collect();
    let sizes: Vec<usize> = sent
        .iter()
        .map(|b| b["toUser"].as_array().unwrap().len())
        .collect();
    assert_eq!(sizes, [500, 1, 1], "the refused part, then its delivery");
    assert_eq!(sent[2]["toUser"], json!(["FSUID_0500"]));
    assert_eq!(sent[2]["text"]["content"], "to all");
    assert_outbox_empty(&env);
}

#[test]
fn wecom_app_and_robot_queued_while_down_are_delivered_once_when_back() {
    let env = Env::new();
    let both = |url: &str| {
        let app = wecom_app_profile("wx", url, "to_user = [\"zhangsan\"]");
        env.write_config(&format!("{app}{}", wecom_robot_profile("wxbot", url, "")));
    };
    both(&down());
    let app = queue(&env, &["-p", "wx", "wecom", "text", "app queued"]);
    let bot = queue(&env, &["-p", "wxbot", "wecom", "text", "robot queued"]);
    assert_eq!(
        (&app["profile"], &app["provider"]),
        (&json!("wx"), &json!("wecom"))
    );
    assert_eq!(app["requests"][0]["endpoint"], wx_support::SEND);
    assert_eq!(
        (&bot["profile"], &bot["provider"]),
        (&json!("wxbot"), &json!("wecom"))
    );
    assert_eq!(bot["requests"][0]["endpoint"], wx_support::WEBHOOK_SEND);
    assert_outbox_sound(&env, &[]);

    let wx = Wx::start();
    both(&wx.url());
    assert_exit(&run(&env, &["outbox", "flush"]), 0);
    assert_exit(&run(&env, &["outbox", "flush"]), 0);
    wx.assert_none_rejected();
    let mut delivered = wx.delivered();
    delivered.sort_by_key(|d| d.path); // the app's path first
    assert_eq!(delivered.len(), 2, "{delivered:?}");
    assert_eq!(delivered[0].path, wx_support::SEND);
    assert_eq!(delivered[0].body["touser"], "zhangsan");
    assert_eq!(delivered[0].body["text"]["content"], "app queued");
    assert_eq!(delivered[1].path, wx_support::WEBHOOK_SEND);
    assert_eq!(delivered[1].robot.as_deref(), Some(wx_support::ROBOT_KEY));
    assert_eq!(delivered[1].body["text"]["content"], "robot queued");
    assert_outbox_empty(&env);
}

#[test]
fn a_lost_wecom_answer_is_never_queued_even_with_dedupe() {
    // A lost answer may have arrived: a copy sent later, once WeCom's duplicate check is over,
    // would be delivered again, so it is never kept, with or without `dedupe`.
    let wx_cases = [
        ("wx", "dedupe = 600", wx_support::SEND),
        ("wx", "", wx_support::SEND),
        ("wxbot", "", wx_support::WEBHOOK_SEND),
    ];
    for (profile, extra, path) in wx_cases {
        let env = Env::new();
        let wx = Wx::start();
        let config = match profile {
            "wx" => wx.app_config(&format!("{ALICE}\n{extra}")),
            _ => wx.robot_config(extra),
        };
        env.write_config(&config);
        let ok = Canned::json(json!({"errcode": 0, "errmsg": "ok"}));
        let lost = wx.answer(path, ok.after(Duration::from_secs(3)), Some(1));
        let args = [
            "--outbox",
            "--retries",
            "0",
            "--timeout",
            "1",
            "-p",
            profile,
        ];
        let out = run(
            &env,
            &[&args[..], &["wecom", "text", "answer lost"]].concat(),
        );
        assert_eq!(lost.calls(), 1, "{profile} {extra}");
        assert_exit(&out, 6);
        assert!(!stderr(&out).contains("queued"), "{}", stderr(&out));
        assert_eq!(wx.seen_at(path).len(), 1, "{profile}: not resent");
        assert_outbox_empty(&env);
        wx.assert_none_rejected();
    }
}

// ---------------------------------------------------------------------------------------------
// send, run, and the ways to turn the outbox on.
// ---------------------------------------------------------------------------------------------

#[test]
fn send_queues_only_for_the_profile_that_is_down_and_run_keeps_its_own_status() {
    let env = Env::new();
    let (yd, got) = youdu_up();
    let profiles = |b: &str| {
        let a = youdu_profile("a", &yd.url(), ALICE);
        env.write_config(&format!("{a}{}", youdu_profile("b", b, ALICE)));
    };
    profiles(&down());
    let out = run(
        &env,
        &[
            "send",
            "-p",
            "a",
            "-p",
            "b",
            "--outbox",
            "--retries",
            "0",
            "fan",
        ],
    );
    assert_queued(&out, 1);
    assert_eq!(texts(&got), ["fan"], "a got it");
    assert_eq!(waiting(&env)[0]["profile"], "b");

    // A run whose notification is queued: the command's own status, and the warning.
    let failing = ["run", "-p", "b", "--", "sh", "-c", "echo disk full; exit 3"];
    let out = run(
        &env,
        &[&["--outbox", "--retries", "0"][..], &failing].concat(),
    );
    assert_exit(&out, 3);
    assert!([1, 2].contains(&queued_count(&out)), "{}", stderr(&out));
    assert_eq!(stdout(&out), "disk full\n");
    assert_eq!(waiting(&env).len(), 2);
    assert_outbox_sound(&env, &[]);

    // b is back. A command for a alone leaves b's messages waiting...
    profiles(&yd.url());
    assert_exit(&run(&env, &["--outbox", "send", "-p", "a", "only a"]), 0);
    assert_eq!(texts(&got), ["fan", "only a"]);
    assert_eq!(waiting(&env).len(), 2);
    // ... and one for b sends them first, oldest first.
    assert_exit(&run(&env, &["--outbox", "send", "-p", "b", "for b"]), 0);
    let sent = texts(&got);
    assert_eq!(sent.len(), 5, "{sent:?}");
    assert_eq!(sent[2], "fan");
    assert!(
        sent[3].contains("exit status 3") && sent[3].contains("disk full"),
        "{}",
        sent[3]
    );
    assert_eq!(sent[4], "for b");
    assert_outbox_empty(&env);
}

#[test]
fn corpmsg_outbox_1_and_outbox_true_in_the_config_work_like_the_flag() {
    // Without any of them, a server that is down is exit 6 and nothing is kept.
    let env = Env::new();
    youdu_at(&env, &down());
    assert_exit(&run(&env, &["--retries", "0", "youdu", "text", "lost"]), 6);
    assert_outbox_empty(&env);

    for by_env in [true, false] {
        let env = Env::new();
        let top = if by_env { "" } else { "outbox = true\n" };
        let write = |url: &str| {
            env.write_config(&format!("{top}{}", youdu_profile("ops", url, ALICE)));
        };
        let run_it = |text: &str| {
            let mut c = cmd(&env);
            if by_env {
                c.env("CORPMSG_OUTBOX", "1");
            }
            c.args(["--retries", "0", "youdu", "text", text])
                .output()
                .unwrap()
        };
        write(&down());
        assert_queued(&run_it("kept"), 1);
        assert_eq!(waiting(&env).len(), 1, "by_env {by_env}");
        assert_outbox_sound(&env, &[]);
        let (yd, got) = youdu_up();
        write(&yd.url());
        assert_exit(&run_it("then this"), 0);
        assert_eq!(texts(&got), ["kept", "then this"], "by_env {by_env}");
        assert_outbox_empty(&env);
    }
}

/// The issue's whole story against one server, stopped and started again on the same port
/// around a series of runs: messages kept while it is down, a flush killed while its request
/// hangs, commands that keep more while it is down again, then two flushes at once. The
/// server receives every kept message exactly once, and none twice.
#[test]
fn a_server_stopped_and_restarted_around_many_runs_gets_every_message_once() {
    let env = Env::new();
    let port = closed_port();
    let url = format!("http://127.0.0.1:{port}");
    youdu_at(&env, &url);
    let got: Received = Default::default();
    for m in ["m1", "m2", "m3"] {
        queue(&env, &["youdu", "text", m]);
    }
    // Up: the flush sends m1, then hangs on m2 and is killed there.
    let server = raw_youdu_at(port, got.clone(), |n| {
        (n == 2).then_some(Reply::Hang(Duration::from_secs(60)))
    });
    let mut flusher = spawn(&env, &["--timeout", "30", "outbox", "flush"]);
    wait_for("m2 arrived", || server.hits(MSG_SEND) == 2);
    flusher.kill().unwrap();
    flusher.wait().unwrap();
    server.stop();
    // Down again: m4 is kept; m2, found in flight, is never sent again.
    let out = run(&env, &["--outbox", "--retries", "0", "youdu", "text", "m4"]);
    assert_exit(&out, 8);
    assert_eq!(ids(&dead(&env)).len(), 1, "m2 is dead");
    assert_eq!(waiting(&env).len(), 2, "m3 and m4 wait");
    // Up again, slow: two flushes at once and a command that sends m5 (after what waits).
    let server = raw_youdu_at(port, got.clone(), |_| {
        std::thread::sleep(Duration::from_millis(300));
        None
    });
    let flushes = [
        spawn(&env, &["outbox", "flush"]),
        spawn(&env, &["outbox", "flush"]),
    ];
    let out = run(&env, &["--outbox", "youdu", "text", "m5"]);
    assert_exit_in(&out, &[0]);
    for f in flushes {
        let out = f.wait_with_output().unwrap();
        assert_exit_in(&out, &[0, 8]);
    }
    assert_eq!(
        sorted(texts(&got)),
        ["m1", "m2", "m3", "m4", "m5"],
        "each once, m2 as the request that hung"
    );
    assert!(waiting(&env).is_empty());
    assert_eq!(server.hits(MSG_SEND), 3, "m3, m4, m5 by the second server");
    assert_outbox_sound(&env, Provider::Youdu.secrets());
}

/// A try whose answer was lost may have arrived: a rate limit after it is not waited out past
/// WeCom's duplicate check, and the message is not kept (a later copy could be delivered).
#[test]
fn a_rate_limit_after_a_lost_answer_is_neither_waited_out_nor_kept() {
    let env = Env::new();
    // A raw server: the first send hangs past --timeout, the resend is rate-limited.
    let fine = healthy(Provider::Wecom);
    let server = RawServer::start(move |req, n| match (req.path.as_str(), n) {
        (wx_support::SEND, 1) => Reply::Hang(Duration::from_secs(3)),
        (wx_support::SEND, _) => Provider::Wecom.code(45009, "api freq out of limit"),
        _ => fine(req, n),
    });
    env.write_config(&wx_support::wecom_app_profile(
        "wx",
        &server.url(),
        &format!("{ALICE}\ndedupe = 20"),
    ));
    let args = [
        "--outbox",
        "--retries",
        "1",
        "--timeout",
        "1",
        "wecom",
        "text",
        "hi",
    ];
    let out = run(&env, &args);
    // Refused, not waited out for a minute: a copy after the duplicate check could arrive twice.
    assert_exit(&out, 5);
    assert_eq!(server.hits(wx_support::SEND), 2, "{}", stderr(&out));
    assert!(!stderr(&out).contains("queued"), "{}", stderr(&out));
    assert_outbox_empty(&env);
}

/// A file in the outbox that is not a message of this corpmsg is set aside, with a warning,
/// never sent; a dry run of `outbox flush` or `drop` is refused.
#[test]
fn a_file_that_is_not_a_message_is_set_aside_and_a_dry_flush_is_refused() {
    let env = Env::new();
    youdu_at(&env, &down());
    std::fs::create_dir_all(outbox_dir(&env)).unwrap();
    std::fs::write(outbox_dir(&env).join("000000000001-x.json"), "{broken").unwrap();
    let out = run(&env, &["outbox", "flush"]);
    assert_dead_exit(&out);
    assert!(stderr(&out).contains("moved to dead/"), "{}", stderr(&out));
    assert!(outbox_dir(&env).join("dead/000000000001-x.json").exists());
    for args in [
        &["-n", "outbox", "flush"][..],
        &["-n", "outbox", "drop", "--all"],
    ] {
        assert_exit(&run(&env, args), 2);
    }
}

/// Refused credentials stop a profile's flush and keep its messages waiting: they would all
/// be refused alike, and repeated wrong secrets get the caller blocked.
#[test]
fn refused_credentials_keep_the_messages_waiting() {
    let env = Env::new();
    youdu_at(&env, &down());
    queue(&env, &["youdu", "text", "one"]);
    queue(&env, &["youdu", "text", "two"]);
    let yd = Youdu::start();
    let refused = yd.token_refused(100006);
    youdu_at(&env, &yd.url());
    let out = run(&env, &["outbox", "flush"]);
    assert_exit(&out, 8);
    refused.assert_calls(1);
    assert_eq!(waiting(&env).len(), 2);
    assert!(dead(&env).is_empty());
}
