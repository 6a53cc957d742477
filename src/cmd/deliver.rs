//! What every provider's send commands share: content and cover flags, article files, the
//! checks of local files before anything is uploaded, the HTTP client set-up, and the delivery
//! loop with its `--json` results and exit-code rules.

use std::path::{Path, PathBuf};

use clap::{Args, ValueHint};
use serde::Serialize;

use super::Global;
use super::input::{self, InputError};
use super::output::{Printer, diagnostic};
use crate::exit::{Exit, Reported};
use crate::payload::PayloadError;
use crate::payload::files;
use crate::payload::recipients::Recipients;
use crate::payload::text::OnLong;
use crate::small_file;
use crate::transport::http::{Http, Sinks, Trace};
use crate::transport::{Outcome, TraceIds, TransportError};

/// Content flags of text messages.
#[derive(Debug, Args)]
pub(crate) struct ContentArgs {
    /// Message text; `-` reads standard input
    #[arg(value_name = "CONTENT")]
    pub content: Option<String>,

    /// Read the message text from FILE (`-` for standard input)
    #[arg(long, value_name = "FILE", conflicts_with = "content", value_hint = ValueHint::FilePath)]
    pub content_file: Option<PathBuf>,

    /// What to do with text over the length limit (Youdu 600, Fxiaoke 4000 characters or the
    /// profile's text_limit)
    #[arg(long, value_enum, value_name = "MODE", default_value_t)]
    pub on_long: OnLong,
}

impl ContentArgs {
    /// The content from the argument, standard input or the file; warnings are printed.
    pub(crate) fn read(&self, printer: &Printer) -> anyhow::Result<String> {
        read_text(
            self.content.as_deref(),
            self.content_file.as_deref(),
            printer,
        )
    }
}

/// `--on-long`'s values, with their help: the payload layer's [`OnLong`] knows nothing of clap.
impl clap::ValueEnum for OnLong {
    fn value_variants<'a>() -> &'a [Self] {
        &[OnLong::Truncate, OnLong::Split, OnLong::Fail]
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        use clap::builder::PossibleValue;
        Some(match self {
            OnLong::Truncate => {
                PossibleValue::new("truncate").help("Cut at the limit and warn how much was cut")
            }
            OnLong::Split => PossibleValue::new("split").help(
                "Send consecutive messages numbered `(1/3)`, split at line breaks where possible",
            ),
            OnLong::Fail => PossibleValue::new("fail").help("Refuse with exit code 2"),
        })
    }
}

/// The text that `send` and `run` send to each profile, and its `--on-long` rule.
#[derive(Debug, Clone)]
pub(crate) struct Text {
    pub content: String,
    pub on_long: OnLong,
}

/// A text message to one profile, as `send` and `run` deliver it; each provider's job is one.
pub(crate) trait TextJob {
    /// Checks recipients and limits with `text`; sends nothing.
    fn check_text(&self, text: &Text) -> anyhow::Result<()>;
    /// Prints (dry run) or sends `text`.
    fn send_text(&self, text: &Text) -> anyhow::Result<()>;
    /// Checks that the profile's secrets can be read (and the Youdu key decoded).
    fn credentials(&self) -> anyhow::Result<()>;
}

/// Text from an argument (`-` is standard input), a file, or a piped standard input, with the
/// warnings reading it raised printed.
pub(crate) fn read_text(
    arg: Option<&str>,
    file: Option<&Path>,
    printer: &Printer,
) -> anyhow::Result<String> {
    let content = input::read_content(arg, file)?;
    for w in &content.warnings {
        printer.warn(w);
    }
    Ok(content.text)
}

/// The profile a command loaded, if any, with the warnings loading it raised printed.
pub(crate) fn with_warnings<P>(
    loaded: Option<crate::config::Loaded<P>>,
    printer: &Printer,
) -> Option<P> {
    loaded.map(|l| {
        for w in &l.warnings {
            printer.warn(w);
        }
        l.profile
    })
}

/// A cover: a local image or a media id.
#[derive(Debug, Args)]
pub(crate) struct CoverArgs {
    /// Cover image to upload
    #[arg(long, value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub cover: Option<PathBuf>,

    /// Cover image uploaded before
    #[arg(long, value_name = "ID", conflicts_with = "cover")]
    pub cover_media_id: Option<String>,
}

impl CoverArgs {
    pub(crate) fn cover(&self) -> Result<Cover, PayloadError> {
        match (&self.cover, &self.cover_media_id) {
            (Some(p), _) => Ok(Cover::File(p.clone())),
            (None, Some(id)) if id.trim().is_empty() => Err(PayloadError::Empty {
                what: "--cover-media-id".into(),
            }),
            (None, Some(id)) => Ok(Cover::Id(id.trim().to_string())),
            (None, None) => Ok(Cover::None),
        }
    }
}

/// A cover as given: a file to upload, or a media id.
#[derive(Debug, Clone)]
pub(crate) enum Cover {
    None,
    File(PathBuf),
    Id(String),
}

impl Cover {
    /// The media id: `ids` gives it for a file (a dry-run id, or the uploaded one).
    pub(crate) fn id(&self, ids: &dyn Fn(&Path) -> String) -> String {
        match self {
            Cover::None => String::new(),
            Cover::File(p) => ids(p),
            Cover::Id(id) => id.clone(),
        }
    }
}

/// Entries of an article or item file (JSON, or TOML `[[table]]`s), each with its cover:
/// `convert` splits an entry into the item, its `cover` path (relative to the file) and its
/// `media_id`.
pub(crate) fn file_entries<T: serde::de::DeserializeOwned, I>(
    path: &Path,
    flag: &'static str,
    table: &str,
    convert: impl Fn(T) -> (I, Option<String>, Option<String>),
) -> anyhow::Result<Vec<(I, Cover)>> {
    let bad = |problem: String| InputError::BadFile {
        flag,
        path: path.to_path_buf(),
        problem,
    };
    let text = small_file::read_text(path, small_file::DOCUMENT).map_err(|source| {
        InputError::ReadFile {
            flag,
            path: path.to_path_buf(),
            source,
        }
    })?;
    let syntax = files::Syntax::guess(path.extension().and_then(|e| e.to_str()), &text);
    let entries: Vec<T> = files::parse(&text, syntax, table).map_err(bad)?;
    let base = path.parent().unwrap_or(Path::new("."));
    let mut out = Vec::with_capacity(entries.len());
    for (i, entry) in entries.into_iter().enumerate() {
        let index = i + 1;
        let (item, cover, media_id) = convert(entry);
        let cover = match (cover.as_deref(), media_id.as_deref()) {
            (Some(_), Some(_)) => {
                return Err(bad(format!(
                    "entry {index} has both cover and media_id; give one"
                ))
                .into());
            }
            (Some(c), _) if c.trim().is_empty() => {
                return Err(bad(format!("entry {index} has an empty cover")).into());
            }
            (_, Some(id)) if id.trim().is_empty() => {
                return Err(bad(format!("entry {index} has an empty media_id")).into());
            }
            (Some(c), None) => Cover::File(base.join(c)),
            (None, Some(id)) => Cover::Id(id.trim().to_string()),
            (None, None) => Cover::None,
        };
        out.push((item, cover));
    }
    Ok(out)
}

/// Checks that a file to upload is a readable regular file, before any network call. Returns
/// its size.
pub(crate) fn check_file(path: &Path, flag: &'static str) -> Result<u64, InputError> {
    let meta = std::fs::metadata(path).map_err(|source| InputError::ReadFile {
        flag,
        path: path.to_path_buf(),
        source,
    })?;
    if !meta.is_file() {
        return Err(InputError::NotAFile {
            flag,
            path: path.to_path_buf(),
        });
    }
    std::fs::File::open(path).map_err(|source| InputError::ReadFile {
        flag,
        path: path.to_path_buf(),
        source,
    })?;
    Ok(meta.len())
}

/// Opens a file to upload and reads it with `read`, which gets the file and its length. `flag`
/// names where the file came from in errors (`--cover`; a positional `FILE` is not shown).
pub(crate) fn read_file<T>(
    path: &Path,
    flag: &'static str,
    read: impl FnOnce(std::fs::File, u64) -> std::io::Result<T>,
) -> Result<T, InputError> {
    let err = |source| InputError::ReadFile {
        flag,
        path: path.to_path_buf(),
        source,
    };
    let file = std::fs::File::open(path).map_err(err)?;
    let len = file.metadata().map_err(err)?.len();
    read(file, len).map_err(err)
}

/// Reads a whole file into one buffer of its size (for [`read_file`]).
pub(crate) fn read_all(mut file: std::fs::File, len: u64) -> std::io::Result<bytes::Bytes> {
    let mut buf = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
    std::io::Read::read_to_end(&mut file, &mut buf)?;
    Ok(buf.into())
}

/// The distinct cover files of `items`, however each path is spelt (`a.png`, `./a.png`): every
/// cover is rewritten to the first spelling seen for its file, so each file is uploaded once.
pub(crate) fn distinct_covers<I>(items: &mut [(I, Cover)]) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = Vec::new();
    let mut seen: Vec<(PathBuf, PathBuf)> = Vec::new();
    for (_, cover) in items {
        if let Cover::File(path) = cover {
            let real = std::fs::canonicalize(&*path).unwrap_or_else(|_| path.clone());
            match seen.iter().find(|(r, _)| *r == real) {
                Some((_, first)) => *path = first.clone(),
                None => {
                    seen.push((real, path.clone()));
                    files.push(path.clone());
                }
            }
        }
    }
    files
}

/// Splits `KEY=VALUE` at the first `=` (for clap value parsers); both sides trimmed and
/// non-empty. `shape` names the form in the error (`TITLE=URL`).
pub(crate) fn split_pair(s: &str, shape: &str) -> Result<(String, String), String> {
    match s.split_once('=') {
        Some((k, v)) if !k.trim().is_empty() && !v.trim().is_empty() => {
            Ok((k.trim().to_string(), v.trim().to_string()))
        }
        _ => Err(format!("{s:?} is not {shape}")),
    }
}

pub(crate) fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// The media id a dry run shows for a file.
pub(crate) fn dry_run_id(path: &Path) -> String {
    format!("dry-run:{}", file_name(path))
}

/// A dry-run line for a request.
#[derive(Serialize)]
pub(crate) struct DryRun<'a, P: Serialize> {
    pub provider: &'static str,
    pub endpoint: &'static str,
    pub payload: &'a P,
}

/// A dry-run line for a file that would be uploaded.
#[derive(Serialize)]
pub(crate) struct DryRunUpload<'a> {
    pub provider: &'static str,
    pub endpoint: &'static str,
    pub file: &'a str,
    #[serde(rename = "type")]
    pub kind: &'static str,
}

/// The token cache folder: `CORPMSG_CACHE_DIR`, else `<cache dir>/corpmsg`; `None` when neither
/// can be found (then tokens are fetched every run). Read here, so that the transport never
/// reads the environment.
pub(crate) fn cache_dir() -> Option<PathBuf> {
    match std::env::var_os(crate::env_vars::CORPMSG_CACHE_DIR) {
        Some(dir) if !dir.is_empty() => Some(PathBuf::from(dir)),
        _ => dirs::cache_dir().map(|d| d.join("corpmsg")),
    }
}

/// The HTTP client of a run to `url`, with `-vv` request lines and the `--insecure` warning.
pub(crate) fn http(global: &Global, printer: &Printer, url: &str) -> anyhow::Result<Http> {
    let trace: Option<Trace> = printer
        .debug_enabled()
        .then(|| Box::new(|line: &str| diagnostic(format_args!("debug: {line}"))) as _);
    let shown = *printer;
    let warn: Option<Trace> = Some(Box::new(move |line: &str| shown.warn(line)));
    if global.insecure {
        printer.warn("--insecure: TLS certificates are not checked");
    }
    Ok(Http::new(&global.net(url), Sinks { trace, warn })?)
}

/// Who a run sends as.
pub(crate) struct Sender<'a> {
    pub provider: &'static str,
    pub profile: &'a str,
    pub printer: &'a Printer,
}

/// One `--json` result object.
#[derive(Serialize)]
pub(crate) struct JsonResult<'a> {
    provider: &'static str,
    profile: &'a str,
    endpoint: &'static str,
    ok: bool,
    code: Option<i64>,
    message: String,
    recipients: usize,
    attempts: u32,
    /// Whether the request was made: false for those left after a failure that stopped the
    /// run, so that a script can resend exactly them.
    attempted: bool,
    /// The recipients of a message request, by kind.
    #[serde(skip_serializing_if = "Option::is_none")]
    to: Option<&'a Recipients>,
    /// Fxiaoke only: the answer's `traceId` (null when there was no answer).
    #[serde(skip_serializing_if = "Option::is_none")]
    trace_id: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    media_id: Option<&'a str>,
}

/// The message of a request that was not made.
const NOT_ATTEMPTED: &str =
    "not attempted: an earlier request failed in a way that the rest would share";

impl<'a> Sender<'a> {
    /// The `--json` object of one request.
    pub(crate) fn json_result<'s, T>(
        &'s self,
        endpoint: &'static str,
        outcome: &'s Outcome<T>,
        to: Option<&'s Recipients>,
    ) -> JsonResult<'s> {
        let (code, message) = match &outcome.result {
            Ok(_) => (Some(0), "ok".to_string()),
            Err(e) => match e.code() {
                Some((code, message)) => (Some(code), message.to_string()),
                None => (None, e.to_string()),
            },
        };
        JsonResult {
            provider: self.provider,
            profile: self.profile,
            endpoint,
            ok: outcome.result.is_ok(),
            code,
            message,
            recipients: to.map_or(0, Recipients::count),
            attempts: outcome.attempts,
            attempted: true,
            to,
            trace_id: outcome.trace.as_ref().map(|t| t.answer.clone()),
            media_id: None,
        }
    }

    /// Prints an upload's `--json` result and `-v` line; returns the media id.
    pub(crate) fn upload_done(
        &self,
        endpoint: &'static str,
        path: &Path,
        outcome: Outcome<String>,
    ) -> anyhow::Result<String> {
        if self.printer.json {
            let mut result = self.json_result(endpoint, &outcome, None);
            result.media_id = outcome.result.as_ref().ok().map(String::as_str);
            let _ = self.printer.json_line(&result);
        }
        let id = anyhow::Context::with_context(outcome.result, || {
            format!("uploading {}", path.display())
        })?;
        self.printer.info(&format!(
            "uploaded {} as media {id}{}",
            path.display(),
            traced(outcome.trace.as_ref())
        ));
        Ok(id)
    }

    /// Sends the requests in order. A refusal of one request does not stop the others; a
    /// network or auth failure does, since the rest would fail the same way: each request left
    /// is reported (an `error:` line, and a `--json` object with `"attempted": false`) with its
    /// recipients. `send` returns the endpoint used and the outcome, whose value is what the
    /// server said on accepting the request when that is more than "ok" (a warning, and the
    /// `--json` message); `on_error` may print hints for a failed request.
    pub(crate) fn deliver<M>(
        &self,
        messages: &[M],
        recipients: impl Fn(&M) -> Recipients,
        mut send: impl FnMut(&M) -> (&'static str, Outcome<Option<String>>),
        on_error: impl Fn(&M, &TransportError),
    ) -> anyhow::Result<()> {
        let total = messages.len();
        let mut sent = 0;
        let mut failures: Vec<Exit> = Vec::new();
        let mut stopped_at = None;
        for (i, m) in messages.iter().enumerate() {
            let (endpoint, outcome) = send(m);
            let to = recipients(m);
            let count = to.count();
            if self.printer.json {
                let mut result = self.json_result(endpoint, &outcome, Some(&to));
                if let Ok(Some(said)) = &outcome.result {
                    result.message = said.clone();
                }
                let _ = self.printer.json_line(&result);
            }
            match outcome.result {
                Ok(said) => {
                    sent += 1;
                    if let Some(said) = said {
                        self.printer.warn(&format!(
                            "{} accepted request {}/{total} but said: {said}",
                            self.provider,
                            i + 1
                        ));
                    }
                    self.printer.info(&format!(
                        "sent request {}/{total} to {count} recipient(s) via profile `{}`{}",
                        i + 1,
                        self.profile,
                        traced(outcome.trace.as_ref())
                    ));
                }
                Err(e) => {
                    on_error(m, &e);
                    let exit = e.exit();
                    failures.push(exit);
                    if total == 1 {
                        if let Some(t) = &outcome.trace {
                            self.printer
                                .info(&format!("the request{} failed", traced(Some(t))));
                        }
                        return Err(e.into());
                    }
                    self.printer.error(&format!(
                        "request {}/{total} ({}): {e}{}",
                        i + 1,
                        listed(&to),
                        if self.printer.verbose() {
                            traced(outcome.trace.as_ref())
                        } else {
                            String::new()
                        }
                    ));
                    if exit != Exit::Refused {
                        stopped_at = Some((i + 1, endpoint));
                        break;
                    }
                }
            }
        }
        if let Some((next, endpoint)) = stopped_at {
            for (i, m) in messages.iter().enumerate().skip(next) {
                self.not_attempted(i + 1, total, endpoint, &recipients(m));
            }
        }
        if failures.is_empty() {
            return Ok(());
        }
        let skipped = total - sent - failures.len();
        let mut summary = format!("{sent} of {total} requests sent, {} failed", failures.len());
        if skipped > 0 {
            summary.push_str(&format!(", {skipped} not attempted"));
        }
        Err(Reported {
            summary,
            exit: Exit::merge(sent, &failures),
        }
        .into())
    }

    /// Reports request `n` of `total`, which was not made.
    fn not_attempted(&self, n: usize, total: usize, endpoint: &'static str, to: &Recipients) {
        self.printer.error(&format!(
            "request {n}/{total} ({}) was not attempted",
            listed(to)
        ));
        if self.printer.json {
            let _ = self.printer.json_line(&JsonResult {
                provider: self.provider,
                profile: self.profile,
                endpoint,
                ok: false,
                code: None,
                message: NOT_ATTEMPTED.to_string(),
                recipients: to.count(),
                attempts: 0,
                attempted: false,
                to: Some(to),
                trace_id: None,
                media_id: None,
            });
        }
    }
}

/// `3 recipient(s): alice, bob, dept 12` — at most [`LISTED`] of them named.
fn listed(to: &Recipients) -> String {
    let names: Vec<String> = to
        .users
        .iter()
        .cloned()
        .chain(to.depts.iter().map(|d| format!("dept {d}")))
        .chain(to.emails.iter().cloned())
        .collect();
    let mut text = format!("{} recipient(s)", names.len());
    if !names.is_empty() {
        text.push_str(": ");
        text.push_str(&names[..names.len().min(LISTED)].join(", "));
        if names.len() > LISTED {
            text.push_str(&format!(" and {} more", names.len() - LISTED));
        }
    }
    text
}

/// How many recipients an error line names.
const LISTED: usize = 5;

/// ` (traceId …, thirdTraceId …)` for a `-v` line, or nothing (Youdu has no trace ids).
fn traced(trace: Option<&TraceIds>) -> String {
    match trace {
        None => String::new(),
        Some(t) => format!(
            " (traceId {}, thirdTraceId {})",
            t.answer.as_deref().unwrap_or("none"),
            t.sent
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trace_ids_are_shown_when_there_are_some() {
        assert_eq!(traced(None), "");
        let t = TraceIds {
            sent: "u-1".into(),
            answer: Some("E-O.1".into()),
        };
        assert_eq!(traced(Some(&t)), " (traceId E-O.1, thirdTraceId u-1)");
    }
}
