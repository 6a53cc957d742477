//! The on-disk access-token cache: one JSON file per provider, URL and app, mode 0600 in a 0700
//! folder, written atomically (temp file + rename), and fetched under a lock so that processes
//! running at once fetch one token, not one each.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::secret::Secret;

/// Tokens are reused until this many seconds before they expire.
pub const EARLY_REFRESH: u64 = 60;

/// An access token and when it stops being reused (Unix seconds).
#[derive(Debug, Clone)]
pub struct Token {
    pub value: Secret,
    pub fetched_at: u64,
    pub expire_in: u64,
}

impl Token {
    fn fresh(&self, now: u64) -> bool {
        now >= self.fetched_at
            && now + EARLY_REFRESH < self.fetched_at.saturating_add(self.expire_in)
    }
}

#[derive(Serialize, Deserialize)]
struct Entry {
    access_token: String,
    fetched_at: u64,
    expire_in: u64,
}

/// One cache slot. With no folder (no `CORPMSG_CACHE_DIR` and no home), nothing is cached.
pub struct TokenCache {
    file: Option<PathBuf>,
}

impl TokenCache {
    /// The slot for `provider`, base `url` and the identity parts (buin, app id).
    pub fn new(dir: Option<PathBuf>, provider: &str, url: &str, ids: &[&str]) -> Self {
        let mut name = format!("{provider}-{url}");
        for id in ids {
            name.push('-');
            name.push_str(id);
        }
        let stem: String = name
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' || c == '.' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        TokenCache {
            file: dir.map(|d| d.join(format!("{stem}.json"))),
        }
    }

    pub fn path(&self) -> Option<&Path> {
        self.file.as_deref()
    }

    /// A cached token still fresh at `now`, unless it is `reject` (a token the server refused).
    fn cached(&self, now: u64, reject: Option<&Secret>) -> Option<Token> {
        let text = fs::read(self.file.as_ref()?).ok()?;
        let entry: Entry = serde_json::from_slice(&text).ok()?;
        let token = Token {
            value: Secret::new(entry.access_token),
            fetched_at: entry.fetched_at,
            expire_in: entry.expire_in,
        };
        (token.fresh(now) && Some(&token.value) != reject && !token.value.expose().is_empty())
            .then_some(token)
    }

    /// The cached token, or a new one from `fetch`, stored for the next run. A cache that
    /// cannot be read or written is passed over (`on_problem` hears why); it never fails a send.
    pub fn get_or_fetch<E>(
        &self,
        now: impl Fn() -> u64,
        reject: Option<&Secret>,
        on_problem: impl Fn(&str),
        fetch: impl FnOnce() -> Result<Token, E>,
    ) -> Result<Token, E> {
        if let Some(token) = self.cached(now(), reject) {
            return Ok(token);
        }
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

fn lock(file: &Path) -> std::io::Result<fs::File> {
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

fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Writes the entry to a temp file (mode 0600) in the same folder and renames it into place.
fn store(file: &Path, token: &Token) -> std::io::Result<()> {
    let dir = file.parent().expect("cache files live in a folder");
    create_private_dir(dir)?;
    let entry = Entry {
        access_token: token.value.expose().to_string(),
        fetched_at: token.fetched_at,
        expire_in: token.expire_in,
    };
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file()
            .set_permissions(fs::Permissions::from_mode(0o600))?;
    }
    tmp.write_all(&serde_json::to_vec(&entry).map_err(std::io::Error::other)?)?;
    tmp.as_file().sync_all()?;
    tmp.persist(file).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    fn token(v: &str, at: u64) -> Token {
        Token {
            value: Secret::new(v),
            fetched_at: at,
            expire_in: 7200,
        }
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
