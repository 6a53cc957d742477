//! The one delivery engine that every provider and message type goes through: check
//! everything (with dry-run ids for what is not known yet) → dry run → connect → look up
//! recipients → upload each distinct file once → send each request → report (`--json`,
//! warnings, exit code). A provider command supplies only what differs: how its requests are
//! built, its client, its lookups and its hints.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::value::RawValue;

use super::Settings;
use super::input::{self, file_name};
use super::outbox::{self as kept, Flush};
use super::output::Printer;
use super::output::diagnostic;
use crate::exit::{Exit, Reported};
use crate::outbox::Outbox;
use crate::payload::PayloadError;
use crate::payload::recipients::Recipients;
use crate::transport::{
    Accepted, Client, Later, Outcome, Outgoing, Request, TraceIds, TransportError,
};

/// A file a message needs uploaded before it is sent.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Upload {
    pub path: PathBuf,
    /// The media type it is uploaded as (`image`, `file`, …).
    pub kind: &'static str,
    /// The flag that named the file (`--cover`), or `FILE`, for errors.
    pub flag: &'static str,
    /// The provider's upload endpoint, for dry runs and `--json`.
    pub endpoint: &'static str,
}

/// What a message's requests are built with besides the command's input: each upload's media
/// id and the recipients looked up on the server, or their dry-run stand-ins while checking.
pub(crate) struct Ids<'a> {
    media: &'a dyn Fn(&Path) -> String,
    /// Recipients found by the lookup step (Fxiaoke phone numbers), in the order asked.
    pub found: &'a [String],
}

impl Ids<'_> {
    /// The media id of an uploaded file.
    pub(crate) fn media(&self, path: &Path) -> String {
        (self.media)(path)
    }
}

/// One message as a provider command hands it to the engine.
pub(crate) struct Delivery<'a> {
    /// The distinct files to upload first.
    pub uploads: Vec<Upload>,
    /// What the lookup step stands for in a dry run (`dry-run:mobile:…`).
    pub found: Vec<String>,
    /// Builds the requests; called once with dry-run ids to check everything, then again with
    /// the real ones.
    pub build: &'a dyn Fn(&Ids) -> Result<Outgoing, PayloadError>,
    /// Warnings printed after the build's own (a Youdu built-in app the profile is not).
    pub notes: Vec<String>,
    /// A hint after a failed request, beside the client's own.
    pub hint: &'a dyn Fn(&TransportError) -> Option<String>,
}

impl<'a> Delivery<'a> {
    /// A message with no upload, no lookup and no hint of its own.
    pub(crate) fn of(build: &'a dyn Fn(&Ids) -> Result<Outgoing, PayloadError>) -> Self {
        Delivery {
            uploads: Vec::new(),
            found: Vec::new(),
            build,
            notes: Vec::new(),
            hint: &|_| None,
        }
    }
}

/// One run of a provider's command for one profile.
pub(crate) struct Engine<'a> {
    pub settings: &'a Settings,
    pub provider: &'static str,
    /// The profile's name; none in a dry run without a profile.
    pub profile: Option<&'a str>,
}

impl Engine<'_> {
    /// Builds the requests with dry-run ids: every limit is checked before anything is
    /// uploaded or sent.
    pub(crate) fn check(&self, delivery: &Delivery) -> Result<Outgoing, PayloadError> {
        (delivery.build)(&Ids {
            media: &|p: &Path| dry_run_id(p),
            found: &delivery.found,
        })
    }

    fn reporter(&self) -> Reporter<'_> {
        Reporter {
            provider: self.provider,
            profile: self
                .profile
                .expect("a profile is loaded when not a dry run"),
            printer: &self.settings.printer,
        }
    }

    /// Checks the message, then prints it (dry run), or connects with `connect`, looks
    /// recipients up with `lookup`, uploads each file and sends the requests built with the
    /// real ids.
    pub(crate) fn run<C: Client>(
        &self,
        delivery: Delivery,
        connect: impl FnOnce() -> anyhow::Result<C>,
        lookup: impl FnOnce(&C, &Reporter) -> anyhow::Result<Vec<String>>,
    ) -> anyhow::Result<()> {
        if self.checked(&delivery)?.is_none() {
            return Ok(());
        }
        let client = connect()?;
        let reporter = self.reporter();
        let mut outbox = self.settings.outbox();
        // What waits in the outbox for this profile goes first. An outbox that cannot be used
        // (its folder unwritable, a full disk) never stops the message itself.
        let earlier = match &outbox {
            Some(ob) => {
                let flush = Flush {
                    outbox: ob,
                    settings: self.settings,
                    reporter: &reporter,
                    max_age: kept::default_max_age(),
                };
                match flush.profile(reporter.profile, &client) {
                    Ok(flushed) => Some(flushed),
                    Err(e) => {
                        self.settings.printer.warn(&format!(
                            "the outbox ({}) cannot be used: {e:#}; sending without it",
                            ob.dir().display()
                        ));
                        None
                    }
                }
            }
            None => Some(kept::Flushed::default()),
        };
        let earlier = earlier.unwrap_or_else(|| {
            outbox = None;
            kept::Flushed::default()
        });
        let found = lookup(&client, &reporter)?;
        let mut ids = HashMap::new();
        for u in &delivery.uploads {
            match upload_or_keep(&client, u, &reporter, outbox.is_some())? {
                Ok(id) => {
                    ids.insert(u.path.clone(), id);
                }
                Err(e) => {
                    // A file did not get its media id (the message itself was never sent):
                    // the whole message is kept, with stand-ins for the media ids that the
                    // flush's uploads give.
                    let ob = outbox.as_ref().expect("kept only with an outbox");
                    let stand_in = |p: &Path| kept::stand_in(&delivery.uploads, p);
                    let built = (delivery.build)(&Ids {
                        media: &stand_in,
                        found: &found,
                    })?;
                    let n = match kept::keep(ob, &reporter, &built.requests, &delivery.uploads, &e)
                    {
                        Ok(n) => n,
                        Err(k) => {
                            reporter
                                .printer
                                .warn(&format!("could not keep the message in the outbox: {k:#}"));
                            return Err(anyhow::Error::from(e)
                                .context(format!("uploading {}", u.path.display())));
                        }
                    };
                    let tally = Tally {
                        queued: n,
                        ..Tally::default()
                    };
                    return reporter.finish(tally, earlier, Some(ob));
                }
            }
        }
        let built = (delivery.build)(&Ids {
            media: &|p: &Path| ids[p].clone(),
            found: &found,
        })?;
        let keep = |rest: &[Request], e: &TransportError| -> anyhow::Result<Option<usize>> {
            let Some(ob) = &outbox else {
                return Ok(None);
            };
            if client.later(rest.first(), e) == Later::No {
                return Ok(None);
            }
            match kept::keep(ob, &reporter, rest, &[], e) {
                Ok(n) => Ok(Some(n)),
                Err(k) => {
                    // The failure itself is reported as it would be without an outbox.
                    reporter
                        .printer
                        .warn(&format!("could not keep the message in the outbox: {k:#}"));
                    Ok(None)
                }
            }
        };
        let tally = reporter.deliver(
            &built.requests,
            |r| client.send(r),
            |r, e| {
                if let Some(h) = (delivery.hint)(e).or_else(|| client.hint(r, e)) {
                    self.settings.printer.hint(&h);
                }
            },
            &keep,
        )?;
        reporter.finish(tally, earlier, outbox.as_ref())
    }

    /// Checks the message and prints its warnings; in a dry run prints its uploads and requests
    /// and gives `None`, else the checked requests.
    fn checked(&self, delivery: &Delivery) -> anyhow::Result<Option<Outgoing>> {
        let checked = self.check(delivery)?;
        for w in checked.warnings.iter().chain(&delivery.notes) {
            self.settings.printer.warn(w);
        }
        if !self.settings.dry_run {
            return Ok(Some(checked));
        }
        for u in &delivery.uploads {
            self.print_dry_upload(u)?;
        }
        for r in &checked.requests {
            self.settings.printer.json_line(&DryRun {
                provider: self.provider,
                endpoint: r.endpoint,
                payload: &r.body,
            })?;
        }
        Ok(None)
    }

    /// Checks and sends a message of one request whose answer names what it made (a new
    /// session), with `call`; prints that id on stdout (with `--json`, in the result object
    /// as `session_id`), or in a dry run the request.
    pub(crate) fn create<C: Client>(
        &self,
        delivery: Delivery,
        connect: impl FnOnce() -> anyhow::Result<C>,
        call: impl FnOnce(&C, &Request) -> Outcome<String>,
    ) -> anyhow::Result<()> {
        let Some(checked) = self.checked(&delivery)? else {
            return Ok(());
        };
        let [request] = checked.requests.as_slice() else {
            panic!("a create is one request");
        };
        let client = connect()?;
        let outcome = call(&client, request);
        if let Err(e) = &outcome.result
            && let Some(h) = (delivery.hint)(e).or_else(|| client.hint(request, e))
        {
            self.settings.printer.hint(&h);
        }
        let id = self.reporter().created(request, outcome)?;
        if !self.settings.printer.json {
            self.settings.printer.line(&id)?;
        }
        Ok(())
    }

    /// Uploads one file on its own (`upload` commands) and prints its media id, or prints the
    /// dry-run line.
    pub(crate) fn upload_only<C: Client>(
        &self,
        file: &Upload,
        connect: impl FnOnce() -> anyhow::Result<C>,
    ) -> anyhow::Result<()> {
        if self.settings.dry_run {
            return Ok(self.print_dry_upload(file)?);
        }
        let client = connect()?;
        let id = upload(&client, file, &self.reporter())?;
        if !self.settings.printer.json {
            self.settings.printer.line(&id)?;
        }
        Ok(())
    }

    /// The dry-run line that stands for an upload.
    fn print_dry_upload(&self, u: &Upload) -> std::io::Result<()> {
        self.settings.printer.json_line(&DryRunUpload {
            provider: self.provider,
            endpoint: u.endpoint,
            file: &u.path.display().to_string(),
            kind: u.kind,
        })
    }
}

/// Reads and uploads one file; prints its `--json` result and `-v` line; returns its media id.
fn upload(client: &impl Client, u: &Upload, reporter: &Reporter) -> anyhow::Result<String> {
    upload_or_keep(client, u, reporter, false)?.map_err(anyhow::Error::from)
}

/// [`upload`], but a failure that may be sent later, with an outbox, is given back (`Err`)
/// for the caller to keep the message, its `--json` result printed.
fn upload_or_keep(
    client: &impl Client,
    u: &Upload,
    reporter: &Reporter,
    outbox: bool,
) -> anyhow::Result<Result<String, TransportError>> {
    let outcome = input::read_file(&u.path, u.flag, |file, len| {
        client.upload(file, len, &file_name(&u.path), u.kind)
    })?;
    // An upload that failed without a refusal is kept: at worst the file is uploaded twice,
    // and no message went out.
    match &outcome.result {
        Err(e) if outbox && (client.later(None, e) == Later::Yes || e.exit() == Exit::Network) => {
            if reporter.printer.json {
                let _ = reporter
                    .printer
                    .json_line(&reporter.json_result(u.endpoint, &outcome, None));
            }
            Ok(Err(outcome.result.unwrap_err()))
        }
        Err(e) => {
            if let Some(h) = client.upload_hint(e) {
                reporter.printer.hint(&h);
            }
            reporter.upload_done(u.endpoint, &u.path, outcome).map(Ok)
        }
        Ok(_) => reporter.upload_done(u.endpoint, &u.path, outcome).map(Ok),
    }
}

/// The media id a dry run shows for a file.
pub(crate) fn dry_run_id(path: &Path) -> String {
    format!("dry-run:{}", file_name(path))
}

/// A dry-run line for a request.
#[derive(Serialize)]
struct DryRun<'a> {
    provider: &'static str,
    endpoint: &'static str,
    payload: &'a RawValue,
}

/// A dry-run line for a file that would be uploaded.
#[derive(Serialize)]
struct DryRunUpload<'a> {
    provider: &'static str,
    endpoint: &'static str,
    file: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
}

/// Reports a run's requests: `--json` objects, `-v` lines, errors and the exit code.
pub(crate) struct Reporter<'a> {
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
    /// What a create made (a new session).
    #[serde(skip_serializing_if = "Option::is_none")]
    session_id: Option<&'a str>,
    /// The outbox message the request was kept in and sent from.
    #[serde(skip_serializing_if = "Option::is_none")]
    outbox_id: Option<&'a str>,
    /// What the server added on accepting the request (WeCom's invalid recipients).
    #[serde(flatten)]
    details: serde_json::Map<String, serde_json::Value>,
}

/// The message of a request that was not made.
const NOT_ATTEMPTED: &str =
    "not attempted: an earlier request failed in a way that the rest would share";

impl<'a> Reporter<'a> {
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
            session_id: None,
            outbox_id: None,
            details: serde_json::Map::new(),
        }
    }

    /// Prints the `--json` result of a request sent from outbox message `id`: accepted, or
    /// failed with `error`.
    pub(crate) fn json_queued(&self, request: &Request, id: &str, error: Option<&TransportError>) {
        if !self.printer.json {
            return;
        }
        let (ok, code, message) = match error {
            None => (true, Some(0), "ok".to_string()),
            Some(e) => match e.code() {
                Some((code, message)) => (false, Some(code), message.to_string()),
                None => (false, None, e.to_string()),
            },
        };
        let _ = self.printer.json_line(&JsonResult {
            provider: self.provider,
            profile: self.profile,
            endpoint: request.endpoint,
            ok,
            code,
            message,
            recipients: request.to.count(),
            attempts: 1,
            attempted: true,
            to: Some(&request.to),
            trace_id: None,
            media_id: None,
            session_id: None,
            outbox_id: Some(id),
            details: serde_json::Map::new(),
        });
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

    /// Prints a create's `--json` result and `-v` line; returns the id of what it made.
    pub(crate) fn created(
        &self,
        request: &Request,
        outcome: Outcome<String>,
    ) -> anyhow::Result<String> {
        if self.printer.json {
            let mut result = self.json_result(request.endpoint, &outcome, Some(&request.to));
            result.session_id = outcome.result.as_ref().ok().map(String::as_str);
            let _ = self.printer.json_line(&result);
        }
        let id = outcome.result?;
        self.printer.info(&format!(
            "created session {id} via profile `{}`",
            self.profile
        ));
        Ok(id)
    }

    /// Sends the requests in order. A refusal of one request does not stop the others; a
    /// network or auth failure does, since the rest would fail the same way: each request left
    /// is reported (an `error:` line, and a `--json` object with `"attempted": false`) with its
    /// recipients. `send`'s outcome carries what the server said on accepting the request when
    /// that is more than "ok" (a warning, and the `--json` message); `on_error` may print hints
    /// for a failed request.
    pub(crate) fn deliver(
        &self,
        messages: &[Request],
        mut send: impl FnMut(&Request) -> Outcome<Accepted>,
        on_error: impl Fn(&Request, &TransportError),
        keep: &Keep,
    ) -> anyhow::Result<Tally> {
        let total = messages.len();
        let mut tally = Tally {
            total,
            ..Tally::default()
        };
        let mut stopped_at = None;
        for (i, m) in messages.iter().enumerate() {
            let outcome = send(m);
            let endpoint = m.endpoint;
            let to = &m.to;
            let count = to.count();
            if self.printer.json {
                let mut result = self.json_result(endpoint, &outcome, Some(to));
                if let Ok(accepted) = &outcome.result {
                    if let Some(said) = &accepted.said {
                        result.message = said.clone();
                    }
                    result.details = accepted.details.clone();
                }
                let _ = self.printer.json_line(&result);
            }
            match outcome.result {
                Ok(accepted) => {
                    tally.sent += 1;
                    self.sent(i + 1, total, count, accepted.said, outcome.trace.as_ref());
                }
                Err(e) => {
                    // With an outbox, what may be sent later is kept, with the rest.
                    if let Some(n) = keep(&messages[i..], &e)? {
                        self.printer
                            .info(&format!("request {}/{total} not sent now: {e}", i + 1));
                        tally.queued = n;
                        break;
                    }
                    on_error(m, &e);
                    let exit = e.exit();
                    tally.failures.push(exit);
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
                        listed(to),
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
                self.not_attempted(i + 1, total, endpoint, &m.to);
            }
        }
        Ok(tally)
    }

    /// The end of a run: `tally` of this message and `earlier`, the outbox's messages sent
    /// first. Prints the warning of what waits in `outbox`; the error carries the exit code
    /// (8 when what failed was only kept for later, or older messages still wait). An older
    /// message moved to dead/ was reported as it was and does not change the code:
    /// `outbox flush` counts those.
    pub(crate) fn finish(
        &self,
        tally: Tally,
        earlier: kept::Flushed,
        outbox: Option<&Outbox>,
    ) -> anyhow::Result<()> {
        let mut failures = tally.failures.clone();
        // Messages, as `outbox list` counts them: what this run kept is one.
        let waiting = usize::from(tally.queued > 0) + earlier.waiting;
        if let (true, Some(ob)) = (waiting > 0, outbox) {
            // Printed whatever -q says: it is what the exit code 8 means.
            diagnostic(format_args!(
                "warning: {}",
                kept::queued_warning(waiting, ob.dir())
            ));
        }
        let sent = tally.sent;
        if failures.is_empty() {
            return match waiting {
                0 => Ok(()),
                _ => Err(Reported {
                    summary: format!("{waiting} message(s) queued in the outbox"),
                    exit: Exit::Queued,
                }
                .into()),
            };
        }
        let mut summary = summary(tally.total, tally.sent, &tally.failures, tally.queued);
        if waiting > 0 {
            failures.push(Exit::Queued);
        }
        summary.exit = Exit::merge(sent, &failures);
        Err(summary.into())
    }

    /// Reports request `n` of `total`, which reached `count` recipients; `said` is what the
    /// server added on accepting it.
    fn sent(
        &self,
        n: usize,
        total: usize,
        count: usize,
        said: Option<String>,
        trace: Option<&TraceIds>,
    ) {
        if let Some(said) = said {
            self.printer.warn(&format!(
                "{} accepted request {n}/{total} but said: {said}",
                self.provider
            ));
        }
        // A request that names no recipient (a WeCom robot's group, everyone) says none.
        let to = match count {
            0 => String::new(),
            n => format!(" to {n} recipient(s)"),
        };
        self.printer.info(&format!(
            "sent request {n}/{total}{to} via profile `{}`{}",
            self.profile,
            traced(trace)
        ));
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
                session_id: None,
                outbox_id: None,
                details: serde_json::Map::new(),
            });
        }
    }
}

/// Keeps the requests left of a message, from one that failed with the error, when they may be
/// sent later (the outbox); how many were kept, or `None`.
pub(crate) type Keep<'a> =
    dyn Fn(&[Request], &TransportError) -> anyhow::Result<Option<usize>> + 'a;

/// What sending a message's requests came to.
#[derive(Debug, Default, Clone)]
pub(crate) struct Tally {
    pub total: usize,
    pub sent: usize,
    pub failures: Vec<Exit>,
    /// Requests kept in the outbox.
    pub queued: usize,
}

/// The last line of a run with failures, and its exit code.
fn summary(total: usize, sent: usize, failures: &[Exit], queued: usize) -> Reported {
    let skipped = total - sent - failures.len() - queued;
    let mut summary = format!("{sent} of {total} requests sent, {} failed", failures.len());
    if queued > 0 {
        summary.push_str(&format!(", {queued} queued in the outbox"));
    }
    if skipped > 0 {
        summary.push_str(&format!(", {skipped} not attempted"));
    }
    Reported {
        summary,
        exit: Exit::merge(sent, failures),
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
        .chain(to.sessions.iter().map(|s| format!("session {s}")))
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
