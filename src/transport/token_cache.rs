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
    let hex = super::hex(&digest[..16]);
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
mod tests;
