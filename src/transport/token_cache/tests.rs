use super::*;
use std::cell::Cell;

const WAIT: Duration = Duration::from_secs(5);

fn token(v: &str, at: u64) -> Token {
    Token::new(Secret::new(v), None, at, 7200)
}

/// Keeps the warnings.
#[derive(Default)]
struct Notes(RefCell<Vec<String>>);

impl Report for Notes {
    fn trace(&self, _: &str) {}
    fn warn(&self, line: &str) {
        self.0.borrow_mut().push(line.to_string());
    }
    fn seen(&self, _: &Secret) {}
}

fn quiet() -> Notes {
    Notes::default()
}

fn cache_in(dir: &Path, identity: &[&str]) -> TokenCache {
    TokenCache::new(Some(dir.into()), "youdu", identity, WAIT)
}

fn file_of(cache: &TokenCache) -> PathBuf {
    cache.file.clone().unwrap()
}

/// `get_or_fetch` at `now`, where a fetch returns `fetched`: the token, and whether it was
/// fetched.
fn get(cache: &TokenCache, now: u64, reject: Option<&Secret>, fetched: Token) -> (Token, bool) {
    let did = Cell::new(false);
    let t = cache
        .get_or_fetch(
            || now,
            reject,
            &quiet(),
            || {
                did.set(true);
                Ok::<_, ()>(fetched)
            },
        )
        .unwrap();
    (t, did.get())
}

/// [`get`] of a token `value` valid for two hours: its value, and whether it was fetched.
fn fetch_count(cache: &TokenCache, now: u64, value: &str) -> (String, u32) {
    let (t, fetched) = get(cache, now, None, token(value, now));
    (t.value.expose().to_string(), u32::from(fetched))
}

#[test]
fn reuses_until_a_minute_before_expiry() {
    let dir = tempfile::tempdir().unwrap();
    let cache = cache_in(dir.path(), &["http://h:7080", "1", "app", "key"]);
    assert_eq!(fetch_count(&cache, 1000, "t1"), ("t1".into(), 1));
    assert_eq!(
        fetch_count(&cache, 1000 + 7200 - 61, "t2"),
        ("t1".into(), 0)
    );
    assert_eq!(
        fetch_count(&cache, 1000 + 7200 - 60, "t2"),
        ("t2".into(), 1)
    );
}

#[test]
fn a_wider_margin_refreshes_earlier_but_not_in_a_loop() {
    let dir = tempfile::tempdir().unwrap();
    let cache =
        TokenCache::new(Some(dir.path().into()), "fxiaoke", &["u", "a"], WAIT).with_margin(500);
    let at = |now: u64, expire_in: u64| {
        get(
            &cache,
            now,
            None,
            Token::new(Secret::new("t"), Some("ea".into()), now, expire_in),
        )
    };
    let (first, fetched) = at(1000, 7084);
    assert!(fetched);
    assert_eq!(first.refresh_at, 1000 + 7084 - 500);
    assert_eq!(first.extra.as_deref(), Some("ea"));
    assert!(!at(1000 + 7084 - 501, 7084).1);
    // Past the margin: fetched again; the server hands back the same token with 400 s
    // left, which is then used until a minute before it expires.
    let late = 1000 + 7084 - 400;
    let (again, fetched) = at(late, 400);
    assert!(fetched);
    assert_eq!(again.refresh_at, late + 340);
    assert!(!at(late + 339, 400).1);
}

#[test]
fn a_huge_expiry_saturates_instead_of_wrapping() {
    let dir = tempfile::tempdir().unwrap();
    let cache = cache_in(dir.path(), &["u"]).with_margin(500);
    let forever = || Token::new(Secret::new("t"), None, 1000, u64::MAX);
    for (now, fetch) in [(1000, true), (2000, false), (1 << 40, false)] {
        let (t, fetched) = get(&cache, now, None, forever());
        assert_eq!((t.refresh_at, fetched), (u64::MAX, fetch), "{now}");
    }
}

#[test]
fn a_rejected_token_is_fetched_anew() {
    let dir = tempfile::tempdir().unwrap();
    let cache = cache_in(dir.path(), &[]);
    let (first, _) = get(&cache, 5, None, token("old", 5));
    let (second, fetched) = get(&cache, 6, Some(&first.value), token("new", 6));
    assert_eq!((second.value.expose(), fetched), ("new", true));
}

#[test]
fn corrupt_file_is_replaced_and_modes_are_private() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("cache");
    let cache = cache_in(&sub, &["a"]);
    fs::create_dir_all(&sub).unwrap();
    fs::write(file_of(&cache), b"{not json").unwrap();
    assert_eq!(fetch_count(&cache, 5, "fresh"), ("fresh".into(), 1));
    assert_eq!(
        fetch_count(&cache_in(&sub, &["a"]), 6, "unused"),
        ("fresh".into(), 0)
    );
    #[cfg(unix)]
    assert_eq!(mode(&file_of(&cache)), 0o600);
}

#[test]
fn each_set_of_credentials_has_its_own_slot_named_by_a_hash() {
    let dir = tempfile::tempdir().unwrap();
    let right = [
        "http://h",
        "FSAID_1",
        "secret-right",
        "code",
        "oauth",
        "1000",
    ];
    let wrong = [
        "http://h",
        "FSAID_1",
        "secret-wrong",
        "code",
        "oauth",
        "1000",
    ];
    assert_eq!(
        fetch_count(&cache_in(dir.path(), &right), 5, "t-right"),
        ("t-right".into(), 1)
    );
    // Same URL and app id, other secret: never the first tenant's token.
    assert_eq!(
        fetch_count(&cache_in(dir.path(), &wrong), 6, "t-wrong"),
        ("t-wrong".into(), 1)
    );
    assert_eq!(
        fetch_count(&cache_in(dir.path(), &right), 7, "unused"),
        ("t-right".into(), 0)
    );
    let name = slot_name("fxiaoke", &right);
    assert!(
        name.starts_with("fxiaoke-") && name.ends_with(".json"),
        "{name}"
    );
    assert_eq!(name.len(), "fxiaoke-".len() + 32 + ".json".len());
    for part in right {
        assert!(!name.contains(part), "{name} shows {part}");
    }
    // Parts cannot run into each other.
    assert_ne!(slot_name("k", &["ab", "c"]), slot_name("k", &["a", "bc"]));
}

#[test]
fn a_poisoned_token_is_discarded_and_fetched_anew() {
    for (bad, extra) in [
        ("tok\nen", None),
        ("tok\u{1b}[31m", None),
        ("", None),
        ("tok en", None),
        ("good", Some("ea\r\nX-Injected: 1")),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let cache = cache_in(dir.path(), &["a"]);
        let entry = serde_json::json!({"access_token": bad, "extra": extra,
            "fetched_at": 5, "expire_in": 7200, "refresh_at": 7000});
        fs::write(file_of(&cache), entry.to_string()).unwrap();
        let (value, fetches) = fetch_count(&cache, 6, "clean");
        assert_eq!((value.as_str(), fetches), ("clean", 1), "{bad:?}");
        // The fresh token replaced the poisoned one on disk.
        assert_eq!(fetch_count(&cache_in(dir.path(), &["a"]), 7, "x").1, 0);
    }
    assert!(token_problem("0123abcDEF-_.~+/=").is_none());
    assert!(token_problem(&"a".repeat(TOKEN_MAX + 1)).is_some());
    assert!(token_problem("tök").is_some());
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[cfg(unix)]
#[test]
fn loose_modes_are_repaired_with_a_warning() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("cache");
    let cache = cache_in(&sub, &["a"]);
    fetch_count(&cache, 5, "t");
    fs::set_permissions(&sub, fs::Permissions::from_mode(0o777)).unwrap();
    fs::set_permissions(file_of(&cache), fs::Permissions::from_mode(0o666)).unwrap();
    let report = Notes::default();
    let again = cache_in(&sub, &["a"]);
    let t = again
        .get_or_fetch(|| 6, None, &report, || Err::<Token, _>("no fetch"))
        .unwrap();
    assert_eq!(t.value.expose(), "t");
    assert_eq!(mode(&file_of(&cache)), 0o600);
    let warnings = report.0.into_inner();
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("mode 0666") && w.contains("set to 0600")),
        "{warnings:?}"
    );
    // The folder is made private when the lock is taken (a fetch).
    fetch_count(&cache_in(&sub, &["b"]), 6, "t");
    assert_eq!(mode(&sub), 0o700);
}

#[cfg(unix)]
#[test]
fn a_shared_sticky_folder_is_left_as_it_is() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let shared = dir.path().join("tmp");
    fs::create_dir(&shared).unwrap();
    fs::set_permissions(&shared, fs::Permissions::from_mode(0o1777)).unwrap();
    let notes = Notes::default();
    create_private_dir(&shared, &notes).unwrap();
    assert_eq!(mode(&shared), 0o777);
    assert!(notes.0.into_inner().is_empty());
    fetch_count(&cache_in(&shared, &["a"]), 5, "t");
    assert_eq!(mode(&file_of(&cache_in(&shared, &["a"]))), 0o600);
}

/// Runs `f` on another thread and fails (instead of hanging) if it takes over 30 s.
fn within_30s<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(Duration::from_secs(30))
        .expect("the cache blocked")
}

#[cfg(unix)]
#[test]
fn a_fifo_at_a_cache_or_lock_path_never_blocks_and_is_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().to_path_buf();
    let cache = cache_in(&root, &["a"]);
    let json = file_of(&cache);
    for path in [json.clone(), json.with_extension("lock")] {
        let status = std::process::Command::new("mkfifo")
            .arg(&path)
            .status()
            .unwrap();
        assert!(status.success());
    }
    let (value, fetches) = within_30s(move || fetch_count(&cache_in(&root, &["a"]), 5, "t"));
    assert_eq!((value.as_str(), fetches), ("t", 1));
    assert!(fs::symlink_metadata(&json).unwrap().is_file());
    assert!(
        fs::symlink_metadata(json.with_extension("lock"))
            .unwrap()
            .is_file()
    );
}

#[test]
fn a_held_lock_is_waited_for_at_most_the_timeout() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().to_path_buf();
    let json = file_of(&cache_in(&root, &["a"]));
    let held = lock(&json, WAIT, &quiet()).unwrap().unwrap();
    let warned = within_30s(move || {
        let cache = TokenCache::new(Some(root), "youdu", &["a"], Duration::from_millis(200));
        let report = Notes::default();
        let t = cache
            .get_or_fetch(|| 5, None, &report, || Ok::<_, ()>(token("own", 5)))
            .unwrap();
        assert_eq!(t.value.expose(), "own");
        report.0.into_inner()
    });
    drop(held);
    assert!(
        warned
            .iter()
            .any(|w| w.contains("held the token cache lock")),
        "{warned:?}"
    );
}
