//! The outbox: messages that certainly did not reach their server, kept on disk and sent later,
//! exactly once (the contract's "Outbox").
//!
//! One JSON file per message under `<state dir>/outbox/`, written atomically, 0600 in a 0700
//! folder, named so that names sort oldest first. A file holds the profile's name (never a
//! secret: credentials are read from the profile when it is sent), the requests left to send
//! as they were built, and the local files still to upload with their size and SHA-256. Before a
//! request is sent the file is marked in flight; a file found in flight later (the process
//! died between sending and recording) is moved to `dead/`, never sent again. This module
//! stores and moves files; `cmd::outbox` sends.

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use sha2::{Digest, Sha256};

use crate::payload::recipients::Recipients;
use crate::transport::Request;
use crate::transport::token_cache::{self, Report};

/// What the files say they are, so that a later corpmsg can refuse a format it does not know.
const VERSION: u32 = 1;
/// Where a message that will not be sent goes, inside the outbox folder.
const DEAD: &str = "dead";
/// The lock that makes one flush at a time, inside the outbox folder (`flush.lock`).
const LOCK: &str = "flush";

/// The outbox folder: `<state dir>/outbox`.
#[derive(Debug, Clone)]
pub(crate) struct Outbox {
    dir: PathBuf,
}

/// A request as kept in the outbox: where it goes, its body as built, whom it names.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct Kept {
    pub endpoint: String,
    pub body: Box<RawValue>,
    #[serde(default)]
    pub to: Recipients,
}

/// A local file the message needs uploaded first, as it was when the message was queued.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct File {
    pub path: PathBuf,
    /// The media type it is uploaded as.
    pub kind: String,
    /// The provider's upload endpoint.
    pub endpoint: String,
    pub size: u64,
    pub sha256: String,
    /// The text that stands for its media id in the kept requests.
    pub placeholder: String,
}

/// A request being sent: since when, and by which process.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct InFlight {
    pub since: u64,
    pub pid: u32,
}

/// One kept message.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct Entry {
    pub version: u32,
    pub id: String,
    pub profile: String,
    pub provider: String,
    /// Unix seconds.
    pub queued_at: u64,
    /// Deliveries tried (the first run's included).
    pub attempts: u32,
    pub last_error: String,
    #[serde(default)]
    pub in_flight: Option<InFlight>,
    /// The files to upload before the requests, whose media ids replace their placeholders.
    #[serde(default)]
    pub files: Vec<File>,
    /// The requests left, in order.
    pub requests: Vec<Kept>,
    /// Why it is dead, for one in `dead/`.
    #[serde(default)]
    pub dead_because: Option<String>,
}

impl Kept {
    pub(crate) fn of(request: &Request) -> Self {
        Kept {
            endpoint: request.endpoint.to_string(),
            body: request.body.clone(),
            to: request.to.clone(),
        }
    }

    /// The request to send, or `None` for an endpoint that is not a path. The endpoint's text
    /// lives as long as the process (requests name `'static` endpoints); a run sends a few.
    pub(crate) fn request(&self) -> Option<Request> {
        if !self.endpoint.starts_with('/') {
            return None;
        }
        Some(Request {
            endpoint: Box::leak(self.endpoint.clone().into_boxed_str()),
            body: self.body.clone(),
            to: self.to.clone(),
        })
    }
}

impl Entry {
    /// A new entry for `profile`'s requests, with the files they need uploaded.
    pub(crate) fn new(
        profile: &str,
        provider: &str,
        requests: &[Request],
        files: Vec<File>,
        error: &str,
        now: u64,
    ) -> Self {
        Entry {
            version: VERSION,
            id: new_id(),
            profile: profile.to_string(),
            provider: provider.to_string(),
            queued_at: now,
            attempts: 1,
            last_error: error.to_string(),
            in_flight: None,
            files,
            requests: requests.iter().map(Kept::of).collect(),
            dead_because: None,
        }
    }

    /// Puts each file's media id in place of its placeholder in every request body (a whole
    /// JSON string equal to the placeholder), and forgets the files.
    pub(crate) fn fill_media(&mut self, ids: &[(String, String)]) -> serde_json::Result<()> {
        for kept in &mut self.requests {
            let mut body: serde_json::Value = serde_json::from_str(kept.body.get())?;
            replace_strings(&mut body, ids);
            kept.body = RawValue::from_string(serde_json::to_string(&body)?)?;
        }
        self.files.clear();
        Ok(())
    }
}

/// Replaces every string of `value` that equals a placeholder with its id.
fn replace_strings(value: &mut serde_json::Value, ids: &[(String, String)]) {
    match value {
        serde_json::Value::String(s) => {
            if let Some((_, id)) = ids.iter().find(|(p, _)| p == s) {
                *s = id.clone();
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(|v| replace_strings(v, ids)),
        serde_json::Value::Object(map) => map.values_mut().for_each(|v| replace_strings(v, ids)),
        _ => {}
    }
}

/// A sortable, unique id: the time, in seconds and their nanoseconds from one reading of the
/// clock (zero-padded, so that messages queued in one second sort in order too), then a
/// random part.
fn new_id() -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let random = uuid::Uuid::new_v4().simple().to_string();
    format!(
        "{:012}-{:09}-{}",
        now.as_secs(),
        now.subsec_nanos(),
        &random[..8]
    )
}

/// Makes the folder's entries (a rename, a removal) durable, where the system allows it.
fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    fs::File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// The SHA-256 (hex) and size of a file, read in pieces.
pub(crate) fn fingerprint(path: &Path) -> io::Result<(u64, String)> {
    let mut file = fs::File::open(path)?;
    let mut hash = Sha256::new();
    let mut buf = vec![0u8; 64 * 1024];
    let mut size = 0u64;
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            break;
        }
        size += n as u64;
        hash.update(&buf[..n]);
    }
    let hex = crate::transport::hex(&hash.finalize());
    Ok((size, hex))
}

/// Why a file to upload is no longer the one queued, if it is not.
pub(crate) fn changed(file: &File) -> Option<String> {
    match fingerprint(&file.path) {
        Err(e) => Some(format!("{} cannot be read: {e}", file.path.display())),
        Ok((size, sha)) if size != file.size || sha != file.sha256 => Some(format!(
            "{} changed since it was queued (size or SHA-256); a different file is never sent",
            file.path.display()
        )),
        Ok(_) => None,
    }
}

/// How an entry is listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum State {
    Waiting,
    Dead,
}

impl Outbox {
    /// The outbox of `state_dir`.
    pub(crate) fn new(state_dir: &Path) -> Self {
        Outbox {
            dir: state_dir.join("outbox"),
        }
    }

    pub(crate) fn dir(&self) -> &Path {
        &self.dir
    }

    fn path(&self, state: State, id: &str) -> PathBuf {
        match state {
            State::Waiting => self.dir.join(format!("{id}.json")),
            State::Dead => self.dir.join(DEAD).join(format!("{id}.json")),
        }
    }

    /// Writes `entry` (a new one, or one whose state changed) atomically, 0600 in 0700, and
    /// makes the rename durable: an in-flight mark must survive a power cut.
    pub(crate) fn save(&self, entry: &Entry) -> io::Result<()> {
        let bytes = serde_json::to_vec_pretty(entry).map_err(io::Error::other)?;
        token_cache::write_private(&self.path(State::Waiting, &entry.id), &bytes)?;
        sync_dir(&self.dir)
    }

    /// Moves `entry` to `dead/` with the reason, and removes it from the waiting ones.
    pub(crate) fn bury(&self, entry: &mut Entry, because: &str) -> io::Result<()> {
        entry.dead_because = Some(because.to_string());
        entry.in_flight = None;
        let bytes = serde_json::to_vec_pretty(entry).map_err(io::Error::other)?;
        token_cache::write_private(&self.path(State::Dead, &entry.id), &bytes)?;
        sync_dir(&self.dir.join(DEAD))?;
        self.remove(&entry.id)
    }

    /// Moves a waiting file that cannot be read as an entry to `dead/` as it is.
    pub(crate) fn bury_raw(&self, id: &str) -> io::Result<()> {
        let dead = self.dir.join(DEAD);
        let mut builder = fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder.create(&dead)?;
        fs::rename(self.path(State::Waiting, id), self.path(State::Dead, id))?;
        sync_dir(&self.dir)
    }

    /// Removes a waiting entry (delivered); one already gone is fine.
    pub(crate) fn remove(&self, id: &str) -> io::Result<()> {
        match fs::remove_file(self.path(State::Waiting, id)) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
            _ => sync_dir(&self.dir),
        }
    }

    /// Deletes an entry, waiting or dead; whether there was one.
    pub(crate) fn drop_entry(&self, id: &str) -> io::Result<bool> {
        let mut found = false;
        for state in [State::Waiting, State::Dead] {
            match fs::remove_file(self.path(state, id)) {
                Ok(()) => found = true,
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => return Err(e),
            }
        }
        Ok(found)
    }

    /// The ids of the entries in `state`, oldest first.
    pub(crate) fn ids(&self, state: State) -> io::Result<Vec<String>> {
        let dir = match state {
            State::Waiting => self.dir.clone(),
            State::Dead => self.dir.join(DEAD),
        };
        let mut ids = match fs::read_dir(&dir) {
            Ok(entries) => entries
                .filter_map(Result::ok)
                .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
                .filter_map(|e| {
                    let name = e.file_name().into_string().ok()?;
                    name.strip_suffix(".json").map(String::from)
                })
                .collect(),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Vec::new(),
            Err(e) => return Err(e),
        };
        ids.sort();
        Ok(ids)
    }

    /// Reads an entry; `Err` with why it cannot be used (unreadable, not ours).
    pub(crate) fn load(
        &self,
        state: State,
        id: &str,
        report: &dyn Report,
    ) -> Result<Entry, String> {
        let path = self.path(state, id);
        let bytes = token_cache::read_private(&path, report)
            .ok_or_else(|| format!("{} cannot be read", path.display()))?;
        let entry: Entry = serde_json::from_slice(&bytes)
            .map_err(|e| format!("{} is not an outbox message: {e}", path.display()))?;
        if entry.version != VERSION || entry.id != id {
            return Err(format!(
                "{} is of another corpmsg version or was renamed",
                path.display()
            ));
        }
        Ok(entry)
    }

    /// Takes the flush lock, waiting at most `wait`; `None` when another process holds it.
    pub(crate) fn lock(&self, wait: Duration, report: &dyn Report) -> io::Result<Option<fs::File>> {
        token_cache::lock(&self.dir.join(LOCK), wait, report)
    }
}

#[cfg(test)]
mod tests;
