//! `corpmsg sandbox --db FILE`: the messages and uploads kept in SQLite across restarts. The
//! store works in memory and writes each change through; at start it loads what the file holds.

use std::path::Path;

use rusqlite::{Connection, params};
use serde_json::Value;

use super::Media;
use super::store::{Message, Stored};

pub(super) struct Db(Connection);

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS messages (
    id INTEGER PRIMARY KEY, time TEXT NOT NULL, provider TEXT NOT NULL, endpoint TEXT NOT NULL,
    app TEXT NOT NULL, kind TEXT NOT NULL, recipients TEXT NOT NULL, summary TEXT NOT NULL,
    payload TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS media (
    id TEXT PRIMARY KEY, provider TEXT NOT NULL, owner TEXT NOT NULL, kind TEXT NOT NULL,
    name TEXT NOT NULL, bytes BLOB NOT NULL);
";

impl Db {
    /// Opens (or makes) the file, and reads its messages, oldest first, and its uploads.
    pub fn open(path: &Path) -> rusqlite::Result<(Db, Vec<Message>, Vec<Stored>)> {
        let conn = Connection::open(path)?;
        conn.execute_batch(SCHEMA)?;
        let messages = conn
            .prepare("SELECT id, time, provider, endpoint, app, kind, recipients, summary, payload FROM messages ORDER BY id")?
            .query_map([], |r| {
                let to: String = r.get(6)?;
                let payload: String = r.get(8)?;
                let id: i64 = r.get(0)?;
                Ok(Message {
                    id: id.unsigned_abs(),
                    time: r.get(1)?,
                    provider: r.get(2)?,
                    endpoint: r.get(3)?,
                    app: r.get(4)?,
                    kind: r.get(5)?,
                    to: serde_json::from_str(&to).unwrap_or_default(),
                    summary: r.get(7)?,
                    payload: serde_json::from_str(&payload).unwrap_or(Value::Null),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let media = conn
            .prepare("SELECT id, provider, owner, kind, name, bytes FROM media")?
            .query_map([], |r| {
                Ok(Stored {
                    id: r.get(0)?,
                    media: Media {
                        provider: r.get(1)?,
                        owner: r.get(2)?,
                        kind: r.get(3)?,
                        name: r.get(4)?,
                        bytes: r.get(5)?,
                    },
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok((Db(conn), messages, media))
    }

    pub fn add_message(&self, m: &Message) -> rusqlite::Result<()> {
        self.0.execute(
            "INSERT INTO messages (id, time, provider, endpoint, app, kind, recipients, summary, payload) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                m.id as i64,
                m.time,
                m.provider,
                m.endpoint,
                m.app,
                m.kind,
                Value::from(m.to.clone()).to_string(),
                m.summary,
                m.payload.to_string()
            ],
        )?;
        Ok(())
    }

    pub fn add_media(&self, id: &str, m: &Media) -> rusqlite::Result<()> {
        self.0.execute(
            "INSERT OR REPLACE INTO media (id, provider, owner, kind, name, bytes) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![id, m.provider, m.owner, m.kind, m.name, m.bytes],
        )?;
        Ok(())
    }

    pub fn clear(&self) -> rusqlite::Result<()> {
        self.0
            .execute_batch("DELETE FROM messages; DELETE FROM media;")
    }
}
