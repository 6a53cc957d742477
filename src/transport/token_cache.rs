//! The on-disk access-token cache: one JSON file per provider, URL and app, mode 0600 in a 0700
//! folder, written atomically (temp file + rename), and fetched under a lock so that processes
//! running at once fetch one token, not one each.

use std::cell::RefCell;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::secret::Secret;

/// Tokens are reused until at least this many seconds before they expire.
pub const EARLY_REFRESH: u64 = 60;

/// An access token, with the value that goes with it (Fxiaoke's `ea` or `corpId`), and when it
/// stops being reused (Unix seconds).
#[derive(Debug, Clone)]
pub struct Token {
    pub value: Secret,
    /// Not a secret: the enterprise account or corp id that every call names beside the token.
    pub extra: Option<String>,
    pub fetched_at: u64,
    pub expire_in: u64,
    /// When a new token is fetched instead; set by the cache from its refresh margin.
    pub refresh_at: u64,
}

impl Token {
    pub fn new(value: Secret, extra: Option<String>, fetched_at: u64, expire_in: u64) -> Self {
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

#[derive(Serialize, Deserialize)]
struct Entry {
    access_token: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    extra: Option<String>,
    fetched_at: u64,
    expire_in: u64,
    refresh_at: u64,
}

/// One cache slot. With no folder (no `CORPMSG_CACHE_DIR` and no home), nothing is cached.
pub struct TokenCache {
    file: Option<PathBuf>,
    margin: u64,
    /// The token in use this run, so a run of several requests reads the file once.
    memory: RefCell<Option<Token>>,
}

impl TokenCache {
    /// The slot for `provider`, base `url` and the identity parts (buin, app id).
    pub fn new(dir: Option<PathBuf>, provider: &str, url: &str, ids: &[&str]) -> Self {
        TokenCache {
            file: dir.map(|d| d.join(format!("{}.json", file_stem(provider, url, ids)))),
            margin: EARLY_REFRESH,
            memory: RefCell::new(None),
        }
    }

    /// Fetches a new token `margin` seconds before the old one expires. A token handed out with
    /// less time left than that (a server that returns the same token until it expires) is
    /// still used until [`EARLY_REFRESH`] seconds before its expiry, so that every run does not
    /// fetch one.
    pub fn with_margin(mut self, margin: u64) -> Self {
        self.margin = margin.max(EARLY_REFRESH);
        self
    }

    pub fn path(&self) -> Option<&Path> {
        self.file.as_deref()
    }

    /// A cached token still fresh at `now`, unless it is `reject` (a token the server refused).
    fn cached(&self, now: u64, reject: Option<&Secret>) -> Option<Token> {
        let text = crate::small_file::read(self.file.as_ref()?, crate::small_file::LIST).ok()?;
        let entry: Entry = serde_json::from_slice(&text).ok()?;
        let token = Token {
            value: Secret::new(entry.access_token),
            extra: entry.extra,
            fetched_at: entry.fetched_at,
            expire_in: entry.expire_in,
            refresh_at: entry.refresh_at,
        };
        (token.fresh(now) && Some(&token.value) != reject && !token.value.expose().is_empty())
            .then_some(token)
    }

    /// The token of this run while it is fresh, else the cached one, else a new one from
    /// `fetch`, stored for the next run. `reject` is a token the server just refused. A cache that
    /// cannot be read or written is passed over (`on_problem` hears why); it never fails a send.
    pub fn get_or_fetch<E>(
        &self,
        now: impl Fn() -> u64,
        reject: Option<&Secret>,
        on_problem: impl Fn(&str),
        fetch: impl FnOnce() -> Result<Token, E>,
    ) -> Result<Token, E> {
        if let Some(t) = self.memory.borrow().as_ref()
            && t.fresh(now())
            && Some(&t.value) != reject
        {
            return Ok(t.clone());
        }
        let token = self.load_or_fetch(&now, reject, on_problem, fetch)?;
        *self.memory.borrow_mut() = Some(token.clone());
        Ok(token)
    }

    fn load_or_fetch<E>(
        &self,
        now: &impl Fn() -> u64,
        reject: Option<&Secret>,
        on_problem: impl Fn(&str),
        fetch: impl FnOnce() -> Result<Token, E>,
    ) -> Result<Token, E> {
        if let Some(token) = self.cached(now(), reject) {
            return Ok(token);
        }
        let fetch = || {
            fetch().map(|mut t| {
                let margin = if t.expire_in > self.margin {
                    self.margin
                } else {
                    EARLY_REFRESH
                };
                t.refresh_at = t.fetched_at + t.expire_in.saturating_sub(margin);
                t
            })
        };
        let Some(file) = &self.file else {
            return fetch();
        };
        // Take the lock, then look again: another process may have fetched meanwhile.
        let _lock = match lock(file) {
            Ok(lock) => Some(lock),
            Err(e) => {
                on_problem(&format!("token cache lock {}: {e}", file.display()));
                None
            }
        };
        if let Some(token) = self.cached(now(), reject) {
            return Ok(token);
        }
        let token = fetch()?;
        if let Err(e) = store(file, &token) {
            on_problem(&format!("token cache {}: {e}", file.display()));
        }
        Ok(token)
    }
}

/// Takes an exclusive lock beside `file` (`NAME.lock`), creating the private folder; released
/// when the returned file is dropped.
pub fn lock(file: &Path) -> std::io::Result<fs::File> {
    let dir = file.parent().expect("cache files live in a folder");
    create_private_dir(dir)?;
    let lock = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(file.with_extension("lock"))?;
    lock.lock()?;
    Ok(lock)
}

/// A safe file name made of a kind, a URL and identity parts: `youdu-http___h_7080-707168-yd…`.
pub fn file_stem(kind: &str, url: &str, ids: &[&str]) -> String {
    let mut name = format!("{kind}-{url}");
    for id in ids {
        name.push('-');
        name.push_str(id);
    }
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '.' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

fn store(file: &Path, token: &Token) -> std::io::Result<()> {
    let entry = Entry {
        access_token: token.value.expose().to_string(),
        extra: token.extra.clone(),
        fetched_at: token.fetched_at,
        expire_in: token.expire_in,
        refresh_at: token.refresh_at,
    };
    write_private(
        file,
        &serde_json::to_vec(&entry).map_err(std::io::Error::other)?,
    )
}

/// Writes `bytes` to a temp file (mode 0600) in the same private folder and renames it into
/// place, so a reader sees the old content or the new, never a part.
pub fn write_private(file: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = file.parent().expect("cache files live in a folder");
    create_private_dir(dir)?;
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

    fn token(v: &str, at: u64) -> Token {
        Token::new(Secret::new(v), None, at, 7200)
    }

    #[test]
    fn reuses_until_a_minute_before_expiry() {
        let dir = tempfile::tempdir().unwrap();
        let cache = TokenCache::new(
            Some(dir.path().into()),
            "youdu",
            "http://h:7080",
            &["1", "app"],
        );
        let fetches = Cell::new(0);
        let get = |now: u64| {
            cache
                .get_or_fetch(
                    || now,
                    None,
                    |_| {},
                    || {
                        fetches.set(fetches.get() + 1);
                        Ok::<_, ()>(token(&format!("t{}", fetches.get()), now))
                    },
                )
                .unwrap()
        };
        assert_eq!(get(1000).value.expose(), "t1");
        assert_eq!(get(1000 + 7200 - 61).value.expose(), "t1");
        assert_eq!(get(1000 + 7200 - 60).value.expose(), "t2");
        assert_eq!(fetches.get(), 2);
    }

    #[test]
    fn a_wider_margin_refreshes_earlier_but_not_in_a_loop() {
        let dir = tempfile::tempdir().unwrap();
        let cache =
            TokenCache::new(Some(dir.path().into()), "fxiaoke", "u", &["a"]).with_margin(500);
        let fetches = Cell::new(0);
        let get = |now: u64, expire_in: u64| {
            cache
                .get_or_fetch(
                    || now,
                    None,
                    |_| {},
                    || {
                        fetches.set(fetches.get() + 1);
                        Ok::<_, ()>(Token::new(
                            Secret::new("t"),
                            Some("ea".into()),
                            now,
                            expire_in,
                        ))
                    },
                )
                .unwrap()
        };
        let first = get(1000, 7084);
        assert_eq!(first.refresh_at, 1000 + 7084 - 500);
        assert_eq!(first.extra.as_deref(), Some("ea"));
        get(1000 + 7084 - 501, 7084);
        assert_eq!(fetches.get(), 1);
        // Past the margin: fetched again; the server hands back the same token with 400 s
        // left, which is then used until a minute before it expires.
        let late = 1000 + 7084 - 400;
        assert_eq!(get(late, 400).refresh_at, late + 340);
        get(late + 339, 400);
        assert_eq!(fetches.get(), 2);
    }

    #[test]
    fn a_rejected_token_is_fetched_anew() {
        let dir = tempfile::tempdir().unwrap();
        let cache = TokenCache::new(Some(dir.path().into()), "youdu", "u", &[]);
        let first = cache
            .get_or_fetch(|| 5, None, |_| {}, || Ok::<_, ()>(token("old", 5)))
            .unwrap();
        let second = cache
            .get_or_fetch(
                || 6,
                Some(&first.value),
                |_| {},
                || Ok::<_, ()>(token("new", 6)),
            )
            .unwrap();
        assert_eq!(second.value.expose(), "new");
    }

    #[test]
    fn corrupt_file_is_replaced_and_modes_are_private() {
        let dir = tempfile::tempdir().unwrap();
        let sub = dir.path().join("cache");
        let cache = TokenCache::new(Some(sub.clone()), "youdu", "u", &["a"]);
        fs::create_dir_all(&sub).unwrap();
        fs::write(cache.path().unwrap(), b"{not json").unwrap();
        let t = cache
            .get_or_fetch(|| 5, None, |_| {}, || Ok::<_, ()>(token("fresh", 5)))
            .unwrap();
        assert_eq!(t.value.expose(), "fresh");
        let again = cache
            .get_or_fetch(|| 6, None, |_| {}, || Err::<Token, _>("no fetch expected"))
            .unwrap();
        assert_eq!(again.value.expose(), "fresh");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(cache.path().unwrap())
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn names_are_safe_file_names() {
        let c = TokenCache::new(
            Some("/c".into()),
            "youdu",
            "http://h:7080/a b",
            &["707168", "ydAB"],
        );
        assert_eq!(
            c.path().unwrap(),
            Path::new("/c/youdu-http___h_7080_a_b-707168-ydAB.json")
        );
    }
}
