//! What the sandbox received: messages and uploads, in memory; the faults a user asked for;
//! and the inbox pages listening for news (server-sent events).

use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::{Value, json};
use tokio::sync::mpsc::UnboundedSender;

use super::{Incoming, Media};

/// A message as the inbox and the API show it.
#[derive(Clone)]
pub(crate) struct Message {
    pub id: u64,
    /// RFC 3339, UTC, to the second.
    pub time: String,
    pub provider: String,
    pub endpoint: String,
    pub app: String,
    pub kind: String,
    pub to: Vec<String>,
    pub summary: String,
    pub payload: Value,
}

impl Message {
    pub fn to_json(&self) -> Value {
        json!({
            "id": self.id,
            "time": self.time,
            "provider": self.provider,
            "endpoint": self.endpoint,
            "app": self.app,
            "type": self.kind,
            "to": self.to,
            "summary": self.summary,
            "payload": self.payload,
        })
    }

    /// One line for a terminal: provider, type, recipients and the first line of its content.
    pub fn line(&self) -> String {
        let to = if self.to.is_empty() {
            "-".to_string()
        } else {
            self.to.join(",")
        };
        format!(
            "{} {} to {}: {}",
            self.provider, self.kind, to, self.summary
        )
    }
}

/// A refusal a user asked for: the next `count` requests of `provider` to `endpoint`.
struct Fault {
    provider: String,
    endpoint: String,
    errcode: i64,
    count: u64,
}

/// A stored upload and its id.
pub(crate) struct Stored {
    pub id: String,
    pub media: Media,
}

#[derive(Default)]
pub(crate) struct Store {
    /// Where the store writes through, with `--db`.
    #[cfg(feature = "sandbox-db")]
    db: Option<super::db::Db>,
    next_id: u64,
    /// Oldest first.
    messages: Vec<Message>,
    media: Vec<Stored>,
    faults: Vec<Fault>,
    listeners: Vec<UnboundedSender<String>>,
}

impl Store {
    /// A store in memory, or, given `db`, one that keeps what the file holds and writes each
    /// change to it.
    pub fn open(db: Option<&Path>) -> Result<Store, String> {
        let Some(path) = db else {
            return Ok(Store::default());
        };
        #[cfg(feature = "sandbox-db")]
        {
            let (db, messages, media) =
                super::db::Db::open(path).map_err(|e| format!("--db {}: {e}", path.display()))?;
            Ok(Store {
                db: Some(db),
                next_id: messages.last().map_or(0, |m| m.id),
                messages,
                media,
                ..Store::default()
            })
        }
        #[cfg(not(feature = "sandbox-db"))]
        Err(format!(
            "--db {}: this corpmsg was built without SQLite (cargo feature sandbox-db)",
            path.display()
        ))
    }

    /// Tells the user that the database failed to keep a change (the sandbox goes on in
    /// memory).
    #[cfg(feature = "sandbox-db")]
    fn kept(&self, result: rusqlite::Result<()>) {
        if let Err(e) = result {
            eprintln!("warning: corpmsg sandbox --db: {e}");
        }
    }

    /// Keeps a message a side accepted, and tells the listeners.
    pub fn deliver(&mut self, m: Incoming) -> u64 {
        self.next_id += 1;
        let summary = if m.summary.is_empty() {
            format!("({})", m.kind)
        } else {
            m.summary
        };
        let message = Message {
            id: self.next_id,
            time: rfc3339(SystemTime::now()),
            provider: m.provider.to_string(),
            endpoint: m.endpoint.to_string(),
            app: m.app,
            kind: m.kind,
            to: m.to,
            summary,
            payload: m.payload,
        };
        #[cfg(feature = "sandbox-db")]
        if let Some(db) = &self.db {
            self.kept(db.add_message(&message));
        }
        self.broadcast(&format!("event: message\ndata: {}\n\n", message.to_json()));
        self.messages.push(message);
        self.next_id
    }

    /// Every message, oldest first.
    pub fn messages(&self) -> impl DoubleEndedIterator<Item = &Message> {
        self.messages.iter()
    }

    pub fn message(&self, id: u64) -> Option<&Message> {
        self.messages.iter().find(|m| m.id == id)
    }

    /// Forgets every message and upload.
    pub fn clear(&mut self) {
        self.messages.clear();
        self.media.clear();
        #[cfg(feature = "sandbox-db")]
        if let Some(db) = &self.db {
            self.kept(db.clear());
        }
        self.broadcast("event: clear\ndata: {}\n\n");
    }

    /// Keeps an upload under the id the side chose.
    pub fn add_media(&mut self, id: String, media: Media) {
        #[cfg(feature = "sandbox-db")]
        if let Some(db) = &self.db {
            self.kept(db.add_media(&id, &media));
        }
        self.media.push(Stored { id, media });
    }

    pub fn media(&self, id: &str) -> Option<&Media> {
        self.media.iter().find(|s| s.id == id).map(|s| &s.media)
    }

    /// Refuses the next `count` requests of `provider` to `endpoint` with `errcode`.
    pub fn add_fault(&mut self, provider: &str, endpoint: &str, errcode: i64, count: u64) {
        self.faults.push(Fault {
            provider: provider.to_string(),
            endpoint: endpoint.to_string(),
            errcode,
            count,
        });
    }

    /// The code of the first fault that takes this request, counted.
    pub fn take_fault(&mut self, provider: &str, endpoint: &str) -> Option<i64> {
        let fault = self
            .faults
            .iter_mut()
            .find(|f| f.provider == provider && f.endpoint == endpoint && f.count > 0)?;
        fault.count -= 1;
        let code = fault.errcode;
        self.faults.retain(|f| f.count > 0);
        Some(code)
    }

    /// Adds an inbox page that listens for news.
    pub fn listen(&mut self, to: UnboundedSender<String>) {
        self.listeners.push(to);
    }

    fn broadcast(&mut self, event: &str) {
        self.listeners.retain(|l| l.send(event.to_string()).is_ok());
    }
}

/// `t` as RFC 3339 in UTC, to the second (`2026-11-26T02:13:07Z`).
pub(crate) fn rfc3339(t: SystemTime) -> String {
    let secs = t.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let (days, rest) = (secs / 86_400, secs % 86_400);
    // Howard Hinnant's days-to-civil, for days since 1970-01-01.
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest / 60 % 60,
        rest % 60
    )
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn times_are_rfc3339_in_utc() {
        let at = |s| rfc3339(UNIX_EPOCH + Duration::from_secs(s));
        assert_eq!(at(0), "1970-01-01T00:00:00Z");
        assert_eq!(at(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(at(1_795_659_187), "2026-11-26T02:13:07Z");
        assert_eq!(at(4_107_542_399), "2100-02-28T23:59:59Z");
    }

    #[test]
    fn a_fault_refuses_its_count_of_requests_then_lets_them_through() {
        let mut st = Store::default();
        st.add_fault("wecom", "/cgi-bin/message/send", 45009, 2);
        assert_eq!(st.take_fault("wecom", "/cgi-bin/gettoken"), None);
        assert_eq!(st.take_fault("youdu", "/cgi-bin/message/send"), None);
        assert_eq!(st.take_fault("wecom", "/cgi-bin/message/send"), Some(45009));
        assert_eq!(st.take_fault("wecom", "/cgi-bin/message/send"), Some(45009));
        assert_eq!(st.take_fault("wecom", "/cgi-bin/message/send"), None);
    }
}
