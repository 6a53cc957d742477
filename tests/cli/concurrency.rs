//! Twenty processes sending at once with an empty token cache: each provider's token is
//! fetched once (the others wait on the cache lock and reuse it), every message goes out, and
//! the cache is left whole, private and usable. A corrupted cache file is replaced, not fatal.

use std::process::Stdio;

use crate::fx_support::{Auth, Fx, TOKEN};
use crate::support::{Env, Youdu, stderr};

const PROCESSES: usize = 20;

/// Starts all the commands, then waits for all of them.
fn all_at_once(env: &Env, args: impl Fn(usize) -> Vec<String>) {
    let children: Vec<_> = (0..PROCESSES)
        .map(|i| {
            env.std_cmd()
                .args(args(i))
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
    }
}

/// Every cache file is valid JSON with mode 0600, in a 0700 folder, with no temp files left.
fn assert_cache_whole(env: &Env) {
    use std::os::unix::fs::PermissionsExt;
    let dir = env.cache_dir();
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir), 0o700);
    let files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    assert!(!files.is_empty());
    for f in &files {
        assert_eq!(mode(f), 0o600, "{}", f.display());
        let text = std::fs::read_to_string(f).unwrap();
        serde_json::from_str::<serde_json::Value>(&text)
            .unwrap_or_else(|e| panic!("{} is not JSON ({e}): {text}", f.display()));
    }
    let strays: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.ends_with(".json") && !n.ends_with(".lock"))
        .collect();
    assert!(strays.is_empty(), "left in the cache: {strays:?}");
}

#[test]
fn twenty_processes_on_an_empty_cache_fetch_one_token_per_provider() {
    let env = Env::new();
    let yd = Youdu::start();
    let fx = Fx::start(Auth::Oauth);
    let token = yd.token("shared");
    let (send, _) = yd.send_ok("shared");
    env.write_config(&format!("{}\n{}", yd.config(""), fx.config("")));

    all_at_once(&env, |i| {
        let provider = if i % 2 == 0 { "youdu" } else { "fxiaoke" };
        let user = if i % 2 == 0 { "alice" } else { "FSUID_AAA1" };
        [provider, "text", "-u", user, &format!("message {i}")]
            .map(String::from)
            .to_vec()
    });
    token.assert_calls(1);
    send.assert_calls(PROCESSES / 2);
    assert_eq!(fx.seen_at(TOKEN).len(), 1);
    assert_eq!(fx.seen_at(crate::fx_support::SEND).len(), PROCESSES / 2);
    fx.assert_none_rejected();
    assert_cache_whole(&env);

    // The cache they left is used as it is.
    all_at_once(&env, |i| {
        ["send", "-p", if i % 2 == 0 { "ops" } else { "crm" }, "-u"]
            .into_iter()
            .map(String::from)
            .chain([
                if i % 2 == 0 { "alice" } else { "FSUID_AAA1" }.to_string(),
                "again".to_string(),
            ])
            .collect()
    });
    token.assert_calls(1);
    assert_eq!(fx.seen_at(TOKEN).len(), 1);
}

#[test]
fn a_corrupted_cache_file_is_ignored_and_replaced() {
    let env = Env::new();
    let yd = Youdu::start();
    let token = yd.token("fresh");
    let (send, _) = yd.send_ok("fresh");
    env.write_config(&yd.config(""));
    let send_one = || {
        env.cmd()
            .args(["youdu", "text", "-u", "alice", "hi"])
            .assert()
            .success()
            .stderr("");
    };
    send_one();
    let cache: Vec<_> = std::fs::read_dir(env.cache_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    assert_eq!(cache.len(), 1);
    for garbage in [&b"{\"accessToken\": \"fre"[..], b"\0\0\xff", b""] {
        std::fs::write(&cache[0], garbage).unwrap();
        send_one();
    }
    token.assert_calls(4);
    send.assert_calls(4);
    assert_cache_whole(&env);
}
