//! The token cache on disk, as a run meets it: keyed by every credential, never poisoned,
//! always private, never blocked by what is planted in its folder.

use std::path::PathBuf;
use std::time::Duration;

use crate::fx_support::{Auth, Fx, SECRET};
use crate::support::{Env, KEY, stderr, youdu_env};

/// The cache files of one kind (`.json` or `.lock`).
fn files(env: &Env, ext: &str) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(env.cache_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    found.sort();
    found
}

/// The one token cache file after a first run.
fn the_cache_file(env: &Env) -> PathBuf {
    let json = files(env, "json");
    assert_eq!(json.len(), 1, "{json:?}");
    json.into_iter().next().unwrap()
}

fn send(env: &Env, args: &[&str]) -> std::process::Output {
    env.cmd()
        .args(["youdu", "text", "-u", "alice"])
        .args(args)
        .arg("hi")
        .output()
        .unwrap()
}

#[test]
fn a_profile_with_a_wrong_secret_never_uses_another_profiles_cached_token() {
    let env = Env::new();
    let fx = Fx::start(Auth::Oauth);
    let right = fx.config("");
    let wrong = right
        .replace("[profiles.crm]", "[profiles.wrong]")
        .replace(SECRET, "secret-wrong");
    env.write_config(&format!("{right}\n{wrong}"));
    let run = |profile: &str| {
        env.cmd()
            .args(["-p", profile, "fxiaoke", "text", "-u", "FSUID_1", "hi"])
            .output()
            .unwrap()
    };
    let ok = run("crm");
    assert_eq!(ok.status.code(), Some(0), "{}", stderr(&ok));
    // Same url and app id: it once got `crm`'s token from the cache and sent with it.
    let out = run("wrong");
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("the server refused the access token request"),
        "{}",
        stderr(&out)
    );
    assert_eq!(fx.seen_at(crate::fx_support::SEND).len(), 1);
    // Each set of credentials has its own file, named by a hash: no value in the name.
    for f in files(&env, "json") {
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            !name.contains("FSAID") && !name.contains("secret"),
            "{name}"
        );
    }
}

#[test]
fn a_wrong_youdu_key_with_a_cached_token_is_an_auth_error_naming_the_key() {
    let (env, yd) = youdu_env();
    let _token = yd.token("t");
    let (sent, _) = yd.send_ok("t");
    assert_eq!(send(&env, &[]).status.code(), Some(0));
    // Another valid key: the server cannot decrypt its envelope.
    let other = "A0aWSqDL5SV4fafQl3OavoVPUn6sx7xNnD+1hOoTeWk=";
    assert_ne!(other, KEY);
    env.write_config(&yd.config("").replace(KEY, other));
    let _refused = yd.token_refused(100006);
    let out = send(&env, &[]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(stderr(&out).contains("check aes_key"), "{}", stderr(&out));
    sent.assert_calls(1);
}

/// Rewrites the cached token's file with `edit` applied to its JSON.
fn plant(file: &PathBuf, edit: impl Fn(&mut serde_json::Value)) {
    let mut entry: serde_json::Value =
        serde_json::from_slice(&std::fs::read(file).unwrap()).unwrap();
    edit(&mut entry);
    std::fs::write(file, entry.to_string()).unwrap();
}

#[test]
fn a_planted_token_with_a_control_character_is_replaced_not_used() {
    let (env, yd) = youdu_env();
    let token = yd.token("good-token");
    let (sent, _) = yd.send_ok("good-token");
    assert_eq!(send(&env, &[]).status.code(), Some(0));
    let file = the_cache_file(&env);
    plant(&file, |e| e["access_token"] = "bad\ntoken".into());
    // It was reused and every run failed with "may have arrived" although nothing left.
    let out = send(&env, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    token.assert_calls(2);
    sent.assert_calls(2);
    // The fresh token replaced it.
    assert_eq!(send(&env, &[]).status.code(), Some(0));
    token.assert_calls(2);
}

#[test]
fn a_token_answer_with_a_control_character_is_refused_and_never_cached() {
    let env = Env::new();
    let fx = Fx::start(Auth::Oauth);
    env.write_config(&fx.config(""));
    fx.answer(
        crate::fx_support::TOKEN,
        [serde_json::json!({"errorCode": 0, "errorMessage": "OK",
            "accessToken": "tok\r\nX-Evil: 1", "expiresIn": 7200, "ea": "fs1"})],
    );
    let out = env
        .cmd()
        .args(["fxiaoke", "text", "-u", "FSUID_1", "hi"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("holds a control character"),
        "{}",
        stderr(&out)
    );
    assert!(
        files(&env, "json").is_empty(),
        "nothing cached: {:?}",
        files(&env, "json")
    );
    assert!(fx.seen_at(crate::fx_support::SEND).is_empty());
}

#[cfg(unix)]
fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[cfg(unix)]
#[test]
fn a_cache_open_to_others_is_made_private_again_with_a_warning() {
    use std::os::unix::fs::PermissionsExt;
    let (env, yd) = youdu_env();
    let token = yd.token("t");
    let _sent = yd.send_ok("t");
    assert_eq!(send(&env, &[]).status.code(), Some(0));
    let file = the_cache_file(&env);
    std::fs::set_permissions(env.cache_dir(), std::fs::Permissions::from_mode(0o777)).unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = send(&env, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("was open to other users (mode 0644); set to 0600"),
        "{err}"
    );
    assert_eq!(mode(&file), 0o600);
    token.assert_calls(1);
    // The folder is checked whenever the lock is taken.
    std::fs::remove_file(&file).unwrap();
    let out = send(&env, &[]);
    assert!(
        stderr(&out).contains("(mode 0777); set to 0700"),
        "{}",
        stderr(&out)
    );
    assert_eq!(mode(&env.cache_dir()), 0o700);
    // Nothing more to say once it is private.
    let out = send(&env, &[]);
    assert_eq!(stderr(&out), "");
}

#[cfg(unix)]
#[test]
fn fifos_at_the_cache_and_lock_paths_never_hang_a_run() {
    let (env, yd) = youdu_env();
    let token = yd.token("t");
    let (sent, _) = yd.send_ok("t");
    assert_eq!(send(&env, &[]).status.code(), Some(0));
    let json = the_cache_file(&env);
    let lock = json.with_extension("lock");
    for path in [&json, &lock] {
        let _ = std::fs::remove_file(path);
        assert!(
            std::process::Command::new("mkfifo")
                .arg(path)
                .status()
                .unwrap()
                .success()
        );
    }
    // The harness kills a run after 60 s; before, this run never ended.
    let out = send(&env, &["--timeout", "5"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("is not a regular file"),
        "{}",
        stderr(&out)
    );
    for path in [&json, &lock] {
        assert!(
            std::fs::symlink_metadata(path).unwrap().is_file(),
            "{path:?}"
        );
    }
    token.assert_calls(2);
    sent.assert_calls(2);
}

#[test]
fn a_stopped_lock_holder_delays_a_run_by_at_most_the_timeout() {
    let (env, yd) = youdu_env();
    let token = yd.token("t");
    let (sent, _) = yd.send_ok("t");
    assert_eq!(send(&env, &[]).status.code(), Some(0));
    let lock = the_cache_file(&env).with_extension("lock");
    std::fs::remove_file(the_cache_file(&env)).unwrap();
    // Another process holds the lock and never lets go (as one stopped with kill -STOP).
    // -o: flock itself holds the lock, so killing it lets go (sleep would keep it).
    let mut holder = std::process::Command::new("flock")
        .arg("-o")
        .arg(&lock)
        .args(["sleep", "60"])
        .spawn()
        .unwrap();
    // Held once a non-blocking attempt fails.
    let start = std::time::Instant::now();
    while std::process::Command::new("flock")
        .args(["-n"])
        .arg(&lock)
        .arg("true")
        .status()
        .unwrap()
        .success()
    {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "flock never held it"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = send(&env, &["--timeout", "1"]);
    let _ = holder.kill();
    let _ = holder.wait();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("held the token cache lock"),
        "{}",
        stderr(&out)
    );
    token.assert_calls(2);
    sent.assert_calls(2);
}
