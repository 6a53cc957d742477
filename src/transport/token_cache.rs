//! The on-disk access-token cache: one JSON file per provider and set of credentials, mode 0600
//! in a 0700 folder, written atomically (temp file + rename), and fetched under a lock so that
//! processes running at once fetch one token, not one each.
//!
//! Nothing found on disk is trusted: a file that is not a regular file (a FIFO, a link) is never
//! opened in a way that could block and is replaced; a file or folder that others could read is
//! made private again; a token that could not travel in a header or a URL is discarded.

use std::cell::RefCell;
use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::secret::Secret;

/// Tokens are reused until at least this many seconds before they expire.
pub(crate) const EARLY_REFRESH: u64 = 60;
/// The longest token (or `ea`, corp id) accepted from a server or a cache file.
const TOKEN_MAX: usize = 2048;
/// How often a process waiting for another one's lock tries again.
const LOCK_POLL: Duration = Duration::from_millis(25);

/// An access token, with the value that goes with it (Fxiaoke's `ea` or `corpId`), and when it
/// stops being reused (Unix seconds).
#[derive(Debug, Clone)]
pub(crate) struct Token {
    pub value: Secret,
    /// Not a secret: the enterprise account or corp id that every call names beside the token.
    pub extra: Option<String>,
    pub fetched_at: u64,
    pub expire_in: u64,
    /// When a new token is fetched instead; set by the cache from its refresh margin.
    pub refresh_at: u64,
}

impl Token {
    pub(crate) fn new(
        value: Secret,
        extra: Option<String>,
        fetched_at: u64,
        expire_in: u64,
    ) -> Self {
        Token {
            value,
            extra,
            fetched_at,
            expire_in,
            refresh_at: fetched_at.saturating_add(expire_in.saturating_sub(EARLY_REFRESH)),
        }
    }

    fn fresh(&self, now: u64) -> bool {
        now >= self.fetched_at && now < self.refresh_at
    }
}

/// Why a token (or the value beside it) cannot be used: it would not survive a trip in an HTTP
/// header or URL, so every request made with it would fail after nothing was sent.
pub(crate) fn token_problem(value: &str) -> Option<&'static str> {
    if value.is_empty() {
        Some("is empty")
    } else if value.len() > TOKEN_MAX {
        Some("is over 2048 bytes")
    } else if !value.bytes().all(|b| b.is_ascii_graphic()) {
        Some("holds a control character, a space or a non-ASCII character")
    } else {
        None
    }
}

#[derive(Serialize, Deserialize)]
struct Entry {
    access_token: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    extra: Option<String>,
    fetched_at: u64,
    expire_in: u64,
    refresh_at: u64,
}

/// Where the cache reports (the HTTP client of the run implements it).
pub(crate) trait Report {
    /// What `-vv` shows: a cache that cannot be read or written is no failure.
    fn trace(&self, line: &str);
    /// What the user should know: a file made private again, a lock not waited for.
    fn warn(&self, line: &str);
    /// Every token value read or fetched, so that an echo of it can be masked.
    fn seen(&self, token: &Secret);
}

/// One cache slot. With no folder (no `CORPMSG_CACHE_DIR` and no home), nothing is cached.
pub(crate) struct TokenCache {
    file: Option<PathBuf>,
    margin: u64,
    lock_wait: Duration,
    /// The token in use this run, so a run of several requests reads the file once.
    memory: RefCell<Option<Token>>,
}

impl TokenCache {
    /// The slot for `kind` (`youdu`, `fxiaoke`) and `identity`: everything that decides which
    /// token the server issues (URL, tenant ids, app id, secrets, auth style, user id). The
    /// file is named by a hash of them, so one set of credentials never gets another's token
    /// and no value appears in the name. Waits at most `lock_wait` for another process's lock.
    pub(crate) fn new(
        dir: Option<PathBuf>,
        kind: &str,
        identity: &[&str],
        lock_wait: Duration,
    ) -> Self {
        TokenCache {
            file: dir.map(|d| d.join(slot_name(kind, identity))),
            margin: EARLY_REFRESH,
            lock_wait,
            memory: RefCell::new(None),
        }
    }

    /// Fetches a new token `margin` seconds before the old one expires. A token handed out with
    /// less time left than that (a server that returns the same token until it expires) is
    /// still used until [`EARLY_REFRESH`] seconds before its expiry, so that every run does not
    /// fetch one.
    pub(crate) fn with_margin(mut self, margin: u64) -> Self {
        self.margin = margin.max(EARLY_REFRESH);
        self
    }

    /// A cached token still fresh at `now`, unless it is `reject` (a token the server refused).
    /// A file holding an unusable token is passed over (and replaced after the next fetch).
    fn cached(&self, now: u64, reject: Option<&Secret>, report: &dyn Report) -> Option<Token> {
        let file = self.file.as_ref()?;
        let text = read_private(file, report)?;
        let entry: Entry = serde_json::from_slice(&text).ok()?;
        let value = Secret::new(entry.access_token);
        report.seen(&value);
        if let Some(problem) =
            token_problem(value.expose()).or_else(|| entry.extra.as_deref().and_then(token_problem))
        {
            report.trace(&format!(
                "token cache {}: the cached token {problem}; fetching a new one",
                file.display()
            ));
            return None;
        }
        let token = Token {
            value,
            extra: entry.extra,
            fetched_at: entry.fetched_at,
            expire_in: entry.expire_in,
            refresh_at: entry.refresh_at,
        };
        (token.fresh(now) && Some(&token.value) != reject).then_some(token)
    }

    /// The token of this run while it is fresh, else the cached one, else a new one from
    /// `fetch`, stored for the next run. `reject` is a token the server just refused. A cache that
    /// cannot be read or written is passed over (`report` hears why); it never fails a send.
    pub(crate) fn get_or_fetch<E>(
        &self,
        now: impl Fn() -> u64,
        reject: Option<&Secret>,
        report: &dyn Report,
        fetch: impl FnOnce() -> Result<Token, E>,
    ) -> Result<Token, E> {
        if let Some(t) = self.memory.borrow().as_ref()
            && t.fresh(now())
            && Some(&t.value) != reject
        {
            return Ok(t.clone());
        }
        let token = self.load_or_fetch(&now, reject, report, fetch)?;
        *self.memory.borrow_mut() = Some(token.clone());
        Ok(token)
    }

    fn load_or_fetch<E>(
        &self,
        now: &impl Fn() -> u64,
        reject: Option<&Secret>,
        report: &dyn Report,
        fetch: impl FnOnce() -> Result<Token, E>,
    ) -> Result<Token, E> {
        if let Some(token) = self.cached(now(), reject, report) {
            return Ok(token);
        }
        let fetch = || {
            // The client registered the fetched token for masking before it checked it.
            fetch().map(|mut t| {
                let margin = if t.expire_in > self.margin {
                    self.margin
                } else {
                    EARLY_REFRESH
                };
                t.refresh_at = t
                    .fetched_at
                    .saturating_add(t.expire_in.saturating_sub(margin));
                t
            })
        };
        let Some(file) = &self.file else {
            return fetch();
        };
        // Take the lock, then look again: another process may have fetched meanwhile.
        let _lock = match lock(file, self.lock_wait, report) {
            Ok(Some(lock)) => Some(lock),
            Ok(None) => {
                report.warn(&format!(
                    "another corpmsg has held the token cache lock {} for {} s; fetching a token without waiting longer",
                    file.with_extension("lock").display(),
                    self.lock_wait.as_secs_f64()
                ));
                None
            }
            Err(e) => {
                report.trace(&format!("token cache lock {}: {e}", file.display()));
                None
            }
        };
        if let Some(token) = self.cached(now(), reject, report) {
            return Ok(token);
        }
        let token = fetch()?;
        if let Err(e) = store(file, &token) {
            report.trace(&format!("token cache {}: {e}", file.display()));
        }
        Ok(token)
    }
}

/// The file name of a cache slot: `youdu-<32 hex digits>.json`, the digits a SHA-256 of the
/// identity parts (each prefixed by its length, so parts cannot run into each other).
pub(crate) fn slot_name(kind: &str, identity: &[&str]) -> String {
    let mut hash = Sha256::new();
    for part in identity {
        hash.update((part.len() as u64).to_le_bytes());
        hash.update(part.as_bytes());
    }
    let digest = hash.finalize();
    let hex: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
    format!("{kind}-{hex}.json")
}

/// Takes an exclusive lock beside `file` (`NAME.lock`), creating the private folder; released
/// when the returned file is dropped. Waits at most `wait` for another holder: `None` when it
/// still holds the lock then. Whatever is at the lock path and is not a regular file (a FIFO)
/// is removed first, since opening it could block.
pub(crate) fn lock(
    file: &Path,
    wait: Duration,
    report: &dyn Report,
) -> io::Result<Option<fs::File>> {
    let dir = file.parent().expect("cache files live in a folder");
    create_private_dir(dir, report)?;
    let path = file.with_extension("lock");
    replace_if_special(&path, report)?;
    let mut options = fs::OpenOptions::new();
    options.create(true).truncate(false).write(true);
    let lock = open_nonblocking(&mut options, &path)?;
    if !lock.metadata()?.is_file() {
        return Err(io::Error::other("the lock is not a regular file"));
    }
    let deadline = Instant::now() + wait;
    loop {
        match lock.try_lock() {
            Ok(()) => return Ok(Some(lock)),
            Err(fs::TryLockError::WouldBlock) if Instant::now() < deadline => {
                std::thread::sleep(LOCK_POLL.min(deadline - Instant::now()));
            }
            Err(fs::TryLockError::WouldBlock) => return Ok(None),
            Err(fs::TryLockError::Error(e)) => return Err(e),
        }
    }
}

/// Opens with `O_NONBLOCK` (a FIFO never blocks the open) and `O_NOFOLLOW` (a planted link is
/// not followed), with mode 0600 for a file it creates.
fn open_nonblocking(options: &mut fs::OpenOptions, path: &Path) -> io::Result<fs::File> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options
            .custom_flags(libc::O_NONBLOCK | libc::O_NOFOLLOW)
            .mode(0o600);
    }
    options.open(path)
}

/// Removes what stands at `path` when it is neither absent nor a regular file (a FIFO, a
/// socket, a link), saying so.
fn replace_if_special(path: &Path, report: &dyn Report) -> io::Result<()> {
    match fs::symlink_metadata(path) {
        Ok(meta) if !meta.file_type().is_file() => {
            report.warn(&format!(
                "{} is not a regular file; replacing it",
                path.display()
            ));
            fs::remove_file(path)
        }
        _ => Ok(()),
    }
}

/// A private cache file's content (at most [`crate::small_file::LIST`] bytes), or `None` when
/// there is none to use. Never blocks on a FIFO; a file that others may read or write is made
/// private again (or passed over if it cannot be).
pub(crate) fn read_private(file: &Path, report: &dyn Report) -> Option<Vec<u8>> {
    let mut options = fs::OpenOptions::new();
    options.read(true);
    let opened = match open_nonblocking(&mut options, file) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return None,
        Err(e) => {
            report.trace(&format!("token cache {}: {e}", file.display()));
            return None;
        }
    };
    let meta = opened.metadata().ok()?;
    if !meta.is_file() {
        report.warn(&format!(
            "{} is not a regular file; it will be replaced",
            file.display()
        ));
        return None;
    }
    if !make_private(&opened, &meta, 0o600, file, report) {
        return None;
    }
    let max = crate::small_file::LIST;
    let mut buf = Vec::new();
    opened.take(max + 1).read_to_end(&mut buf).ok()?;
    (buf.len() as u64 <= max).then_some(buf)
}

/// Sets `mode` on a file or folder whose permissions let others in; false (with a warning)
/// when that fails, so that the caller does not trust it.
fn make_private(
    file: &fs::File,
    meta: &fs::Metadata,
    mode: u32,
    path: &Path,
    report: &dyn Report,
) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let current = meta.permissions().mode() & 0o777;
        if current & 0o077 == 0 {
            return true;
        }
        match file.set_permissions(fs::Permissions::from_mode(mode)) {
            Ok(()) => {
                report.warn(&format!(
                    "{} was open to other users (mode {current:04o}); set to {mode:04o}",
                    path.display()
                ));
                true
            }
            Err(e) => {
                report.warn(&format!(
                    "{} is open to other users (mode {current:04o}) and cannot be made private ({e}); not using it",
                    path.display()
                ));
                false
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = (file, meta, mode, path, report);
        true
    }
}

/// Creates the cache folder with mode 0700, or makes an existing one private again (unless it
/// is a shared folder with the sticky bit, such as /tmp).
fn create_private_dir(dir: &Path, report: &dyn Report) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)?;
    let handle = fs::File::open(dir)?;
    let meta = handle.metadata()?;
    if !meta.is_dir() {
        return Err(io::Error::other("the cache folder is not a folder"));
    }
    #[cfg(unix)]
    {
        // A shared folder with the sticky bit (`CORPMSG_CACHE_DIR=/tmp`) is left as it is:
        // others cannot replace the files in it, which are private themselves.
        use std::os::unix::fs::PermissionsExt;
        if meta.permissions().mode() & 0o1000 != 0 {
            return Ok(());
        }
    }
    if make_private(&handle, &meta, 0o700, dir, report) {
        Ok(())
    } else {
        Err(io::Error::other("the cache folder is open to other users"))
    }
}

fn store(file: &Path, token: &Token) -> io::Result<()> {
    let entry = Entry {
        access_token: token.value.expose().to_string(),
        extra: token.extra.clone(),
        fetched_at: token.fetched_at,
        expire_in: token.expire_in,
        refresh_at: token.refresh_at,
    };
    // Taking the lock made the folder private (or failed, and this creates it with 0700).
    write_private(file, &serde_json::to_vec(&entry).map_err(io::Error::other)?)
}

/// Writes `bytes` to a temp file (mode 0600) in the same folder (created with mode 0700 if
/// missing) and renames it into place, so a reader sees the old content or the new, never a
/// part; whatever stood at `file` (a FIFO, a link) is replaced, not written through.
pub(crate) fn write_private(file: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = file.parent().expect("files live in a folder");
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file()
            .set_permissions(fs::Permissions::from_mode(0o600))?;
    }
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(file).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
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
}
