//! The outbox's commands (`corpmsg outbox list | flush | drop`), and its part of every send:
//! keeping what could not reach its server ([`keep`]) and sending what waits ([`Flush`]),
//! each request marked in flight first so that nothing is ever sent twice.

use std::path::Path;
use std::time::Duration;

use clap::{Args, Subcommand};
use serde::Serialize;

use super::Settings;
use super::engine::{Reporter, Upload, dry_run_id};
use super::input::{self, file_name};
use crate::config::{self, Profile};
use crate::exit::{Exit, Reported};
use crate::outbox::{self, Entry, File, InFlight, Outbox, State};
use crate::transport::token_cache::Report;
use crate::transport::{Client, Later, Request, TransportError, unix_now};

/// What stands for the media id of upload `n` in a kept request.
pub(crate) fn placeholder(n: usize) -> String {
    format!("corpmsg-outbox-media:{n}")
}

/// The default `--max-age`.
const MAX_AGE: Duration = Duration::from_secs(24 * 3600);

#[derive(Debug, Subcommand)]
pub(crate) enum OutboxCommand {
    /// List the messages that wait in the outbox, and the dead ones
    ///
    /// One line per message: id, profile, provider, state (waiting or dead), age, attempts
    /// and the last error; --json prints one object per message.
    ///
    /// Example:
    ///   corpmsg outbox list --json | jq -r 'select(.state == "dead") | .id'
    #[command(verbatim_doc_comment)]
    List,

    /// Send every message that waits, oldest first
    ///
    /// One flush at a time (a lock). A message is removed once its server accepted it; one
    /// refused, or found in flight (a corpmsg stopped while sending it), or older than
    /// --max-age moves to dead/ and is never sent. Exit 0 when the outbox is empty
    /// afterwards, 8 when messages still wait, 5 or 7 when some were refused.
    ///
    /// Examples:
    ///   corpmsg outbox flush
    ///   corpmsg -q outbox flush --max-age 6h
    #[command(verbatim_doc_comment)]
    Flush(FlushArgs),

    /// Delete messages from the outbox (waiting or dead)
    ///
    /// Example:
    ///   corpmsg outbox drop 001795649108-141406923-21239e6b
    #[command(verbatim_doc_comment)]
    Drop(DropArgs),
}

#[derive(Debug, Args)]
pub(crate) struct FlushArgs {
    /// Messages queued longer ago than this move to dead/ unsent (90s, 30m, 24h, 2d)
    #[arg(long, value_name = "AGE", default_value = "24h", value_parser = parse_age)]
    pub max_age: Duration,
}

#[derive(Debug, Args)]
pub(crate) struct DropArgs {
    /// The ids of the messages, as `outbox list` shows them
    #[arg(
        value_name = "ID",
        required_unless_present = "all",
        conflicts_with = "all"
    )]
    pub ids: Vec<String>,

    /// Every message, waiting or dead
    #[arg(long)]
    pub all: bool,
}

/// Whether a failure says the profile's credentials are refused: its messages all wait for a
/// fixed profile rather than go to dead/ one by one (and repeated wrong secrets get an IP
/// blocked).
fn later_for_profile(e: &TransportError) -> bool {
    e.exit() == Exit::Auth
}

/// `90s`, `30m`, `24h`, `2d` (a bare number is seconds).
fn parse_age(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    let (number, unit) = match s.find(|c: char| !c.is_ascii_digit()) {
        Some(i) => s.split_at(i),
        None => (s, "s"),
    };
    let n: u64 = number
        .parse()
        .map_err(|_| format!("{s:?} is not an age such as 90s, 30m, 24h or 2d"))?;
    let unit = match unit {
        "s" => 1,
        "m" => 60,
        "h" => 3600,
        "d" => 86_400,
        _ => return Err(format!("{s:?}: the unit is s, m, h or d")),
    };
    Ok(Duration::from_secs(n.saturating_mul(unit)))
}

pub(crate) fn run(cmd: OutboxCommand, settings: &Settings) -> anyhow::Result<()> {
    let outbox = settings.outbox_store()?;
    if settings.dry_run && !matches!(cmd, OutboxCommand::List) {
        return Err(input::InputError::Usage(
            "--dry-run does not apply to `outbox flush` and `outbox drop`, which send and delete; `outbox list` shows what waits".into(),
        )
        .into());
    }
    match cmd {
        OutboxCommand::List => list(&outbox, settings),
        OutboxCommand::Flush(args) => flush_all(&outbox, settings, args.max_age),
        OutboxCommand::Drop(args) => drop_entries(&outbox, settings, &args),
    }
}

/// Where the outbox reports a file it could not use.
struct Notes<'a>(&'a Settings);

impl Report for Notes<'_> {
    fn trace(&self, line: &str) {
        if self.0.printer.debug_enabled() {
            super::output::diagnostic(format_args!("debug: {line}"));
        }
    }
    fn warn(&self, line: &str) {
        self.0.printer.warn(line);
    }
    fn seen(&self, _token: &crate::secret::Secret) {}
}

/// One line of `outbox list --json`.
#[derive(Serialize)]
struct Listed<'a> {
    id: &'a str,
    profile: &'a str,
    provider: &'a str,
    state: State,
    queued_at: u64,
    age_secs: u64,
    attempts: u32,
    last_error: &'a str,
    requests: usize,
    dead_because: Option<&'a str>,
}

fn list(outbox: &Outbox, settings: &Settings) -> anyhow::Result<()> {
    let printer = &settings.printer;
    let now = unix_now();
    for state in [State::Waiting, State::Dead] {
        for id in outbox.ids(state)? {
            let entry = match outbox.load(state, &id, &Notes(settings)) {
                Ok(e) => e,
                Err(problem) => {
                    printer.warn(&problem);
                    continue;
                }
            };
            let row = Listed {
                id: &entry.id,
                profile: &entry.profile,
                provider: &entry.provider,
                state,
                queued_at: entry.queued_at,
                age_secs: now.saturating_sub(entry.queued_at),
                attempts: entry.attempts,
                last_error: &entry.last_error,
                requests: entry.requests.len(),
                dead_because: entry.dead_because.as_deref(),
            };
            if printer.json {
                printer.json_line(&row)?;
            } else {
                let state = match state {
                    State::Waiting => "waiting",
                    State::Dead => "dead",
                };
                let why = entry.dead_because.as_deref().unwrap_or(&entry.last_error);
                printer.line(&format!(
                    "{}  {} ({})  {state}  {} old  {} attempt(s)  {why}",
                    row.id,
                    row.profile,
                    row.provider,
                    age(row.age_secs),
                    row.attempts
                ))?;
            }
        }
    }
    Ok(())
}

/// `75` → `1m15s`.
fn age(secs: u64) -> String {
    match secs {
        0..60 => format!("{secs}s"),
        60..3600 => format!("{}m{}s", secs / 60, secs % 60),
        3600..86_400 => format!("{}h{}m", secs / 3600, secs % 3600 / 60),
        _ => format!("{}d{}h", secs / 86_400, secs % 86_400 / 3600),
    }
}

fn drop_entries(outbox: &Outbox, settings: &Settings, args: &DropArgs) -> anyhow::Result<()> {
    // Not while a flush sends them: its next write would bring a dropped message back.
    let Some(_lock) = outbox.lock(settings.net.timeout, &Notes(settings))? else {
        anyhow::bail!(
            "another corpmsg is sending the outbox ({}); drop again when it is done",
            outbox.dir().display()
        );
    };
    let ids = match args.all {
        true => [State::Waiting, State::Dead]
            .into_iter()
            .map(|s| outbox.ids(s))
            .collect::<std::io::Result<Vec<_>>>()?
            .concat(),
        false => args.ids.clone(),
    };
    let mut unknown = Vec::new();
    for id in &ids {
        if id.contains(['/', '\\']) || !outbox.drop_entry(id)? {
            unknown.push(id.as_str());
        } else {
            settings.printer.info(&format!("dropped {id}"));
        }
    }
    if !unknown.is_empty() {
        return Err(input::InputError::Usage(format!(
            "no message {} in the outbox ({})",
            unknown.join(", "),
            outbox.dir().display()
        ))
        .into());
    }
    Ok(())
}

/// What sending the waiting messages came to.
#[derive(Debug, Default)]
pub(crate) struct Flushed {
    pub delivered: usize,
    /// Messages still waiting (their server is still unreachable).
    pub waiting: usize,
    /// The class of each message moved to dead/.
    pub dead: Vec<Exit>,
}

impl Flushed {
    /// The exit code of `outbox flush`, as the contract lists them: 0 when nothing waits, 8
    /// when some still wait, 5 when every message tried went to dead/ (refused, found in
    /// flight, changed, too old), 7 when some did and others were sent or still wait.
    fn exit(&self) -> Exit {
        match (self.dead.len(), self.delivered + self.waiting, self.waiting) {
            (0, _, 0) => Exit::Sent,
            (0, _, _) => Exit::Queued,
            (_, 0, _) => Exit::Refused,
            _ => Exit::Partial,
        }
    }
}

/// Sends what waits in the outbox for one profile, oldest first, through `client`.
pub(crate) struct Flush<'a> {
    pub outbox: &'a Outbox,
    pub settings: &'a Settings,
    pub reporter: &'a Reporter<'a>,
    pub max_age: Duration,
}

/// How one message ended.
enum Step {
    Delivered,
    Waiting,
    Dead(Exit),
}

impl Flush<'_> {
    /// Sends the waiting messages of `profile` under the flush lock; skips them, saying so, when
    /// another corpmsg holds the lock past `--timeout`.
    pub(crate) fn profile(&self, profile: &str, client: &dyn Client) -> anyhow::Result<Flushed> {
        let notes = Notes(self.settings);
        let Some(_lock) = self.outbox.lock(self.settings.net.timeout, &notes)? else {
            self.settings.printer.info(
                "another corpmsg is sending the outbox; its messages for this profile wait for it",
            );
            return Ok(Flushed::default());
        };
        self.profile_locked(profile, client)
    }

    fn profile_locked(&self, profile: &str, client: &dyn Client) -> anyhow::Result<Flushed> {
        let mut flushed = Flushed::default();
        for id in self.outbox.ids(State::Waiting)? {
            let mut entry = match self.outbox.load(State::Waiting, &id, &Notes(self.settings)) {
                Ok(entry) => entry,
                Err(problem) => {
                    self.settings
                        .printer
                        .warn(&format!("{problem}; moved to dead/"));
                    self.outbox.bury_raw(&id)?;
                    continue;
                }
            };
            if entry.profile != profile {
                continue;
            }
            if entry.provider != self.reporter.provider {
                let why = format!(
                    "profile `{profile}` is now a {} profile, not {}; not sent",
                    self.reporter.provider, entry.provider
                );
                bury_said(self.outbox, self.settings, &mut entry, &why)?;
                flushed.dead.push(Exit::Config);
                continue;
            }
            match self.entry(&mut entry, client)? {
                Step::Delivered => flushed.delivered += 1,
                Step::Waiting => {
                    flushed.waiting += 1;
                    // The server is still unreachable: the later ones would fail alike.
                    flushed.waiting += self.count_left(profile, &id)?;
                    break;
                }
                Step::Dead(exit) => flushed.dead.push(exit),
            }
        }
        Ok(flushed)
    }

    /// How many messages of `profile` wait after `after`.
    fn count_left(&self, profile: &str, after: &str) -> anyhow::Result<usize> {
        let notes = Notes(self.settings);
        Ok(self
            .outbox
            .ids(State::Waiting)?
            .into_iter()
            .filter(|id| id.as_str() > after)
            .filter_map(|id| self.outbox.load(State::Waiting, &id, &notes).ok())
            .filter(|e| e.profile == profile)
            .count())
    }

    /// Sends one message: its files, then its requests, each marked in flight first.
    fn entry(&self, entry: &mut Entry, client: &dyn Client) -> anyhow::Result<Step> {
        let now = unix_now();
        let printer = &self.settings.printer;
        if let Some(InFlight { since, pid }) = entry.in_flight.clone() {
            let why = format!(
                "a request was being sent (by process {pid}, {} ago) when that corpmsg stopped; it may have arrived, so it is never sent again",
                age(now.saturating_sub(since))
            );
            bury_said(self.outbox, self.settings, entry, &why)?;
            return Ok(Step::Dead(Exit::Network));
        }
        if let Some(why) = too_old(entry, self.max_age, now) {
            bury_said(self.outbox, self.settings, entry, &why)?;
            return Ok(Step::Dead(Exit::Refused));
        }
        if entry.requests.is_empty() {
            // Nothing left to send (a file from an interrupted removal).
            self.outbox.remove(&entry.id)?;
            return Ok(Step::Delivered);
        }
        if let Some(step) = self.files(entry, client)? {
            return Ok(step);
        }
        while let Some(kept) = entry.requests.first() {
            let Some(request) = kept.request() else {
                self.outbox.bury(entry, "a request names no endpoint")?;
                return Ok(Step::Dead(Exit::Internal));
            };
            entry.in_flight = Some(InFlight {
                since: unix_now(),
                pid: std::process::id(),
            });
            self.outbox.save(entry)?;
            let outcome = client.send(&request);
            entry.in_flight = None;
            entry.attempts += 1;
            match outcome.result {
                Ok(_) => {
                    entry.requests.remove(0);
                    match entry.requests.is_empty() {
                        true => self.outbox.remove(&entry.id)?,
                        false => self.outbox.save(entry)?,
                    }
                    self.reporter.json_queued(&request, &entry.id, None);
                }
                Err(e) => return self.failed(entry, &request, client, &e),
            }
        }
        printer.info(&format!(
            "sent outbox message {} via profile `{}`",
            entry.id, entry.profile
        ));
        Ok(Step::Delivered)
    }

    /// Uploads the message's files (each checked against what was queued) and puts their ids
    /// in its requests; a step when that ends the message's turn.
    fn files(&self, entry: &mut Entry, client: &dyn Client) -> anyhow::Result<Option<Step>> {
        let mut ids = Vec::with_capacity(entry.files.len());
        // A file that is not the one queued makes the message dead, never different.
        let changed = |entry: &mut Entry, file: &File| -> anyhow::Result<Option<Step>> {
            let Some(why) = outbox::changed(file) else {
                return Ok(None);
            };
            bury_said(self.outbox, self.settings, entry, &why)?;
            Ok(Some(Step::Dead(Exit::Usage)))
        };
        for file in entry.files.clone() {
            if let Some(step) = changed(entry, &file)? {
                return Ok(Some(step));
            }
            let outcome = input::read_file(&file.path, "FILE", |f, len| {
                client.upload(f, len, &file_name(&file.path), &file.kind)
            })?;
            // Checked again after: a file rewritten while it was read is never sent.
            if let Some(step) = changed(entry, &file)? {
                return Ok(Some(step));
            }
            match outcome.result {
                Ok(id) => ids.push((file.placeholder.clone(), id)),
                Err(e) => {
                    entry.attempts += 1;
                    // Only a refusal of the file itself kills the message: it was never sent,
                    // so anything else (unreachable, lost, credentials) lets it wait.
                    let refused = e.exit() == Exit::Refused && client.later(None, &e) == Later::No;
                    return match refused {
                        true => {
                            self.settings.printer.error(&format!(
                                "outbox message {}: uploading {}: {e}",
                                entry.id,
                                file.path.display()
                            ));
                            self.outbox.bury(entry, &e.to_string())?;
                            Ok(Some(Step::Dead(e.exit())))
                        }
                        false => {
                            entry.last_error = e.to_string();
                            self.outbox.save(entry)?;
                            Ok(Some(Step::Waiting))
                        }
                    };
                }
            }
        }
        if !ids.is_empty() {
            entry.fill_media(&ids)?;
            self.outbox.save(entry)?;
        }
        Ok(None)
    }

    /// A request of a kept message failed: it waits on, or goes to dead/.
    fn failed(
        &self,
        entry: &mut Entry,
        request: &Request,
        client: &dyn Client,
        e: &TransportError,
    ) -> anyhow::Result<Step> {
        self.reporter.json_queued(request, &entry.id, Some(e));
        entry.last_error = e.to_string();
        // Credentials refused: the profile's other messages would be refused alike, and
        // repeated wrong secrets get an IP blocked; they all wait for a fixed profile.
        if later_for_profile(e) {
            self.outbox.save(entry)?;
            return Ok(Step::Waiting);
        }
        match client.later(Some(request), e) {
            Later::Yes => {
                self.outbox.save(entry)?;
                Ok(Step::Waiting)
            }
            Later::No => {
                self.settings
                    .printer
                    .error(&format!("outbox message {}: {e}", entry.id));
                self.outbox.bury(entry, &e.to_string())?;
                Ok(Step::Dead(e.exit()))
            }
        }
    }
}

/// `outbox flush`: every waiting message, profile by profile, each through its profile's
/// client; exit 0 when none waits afterwards, 8 when some still wait, 5 or 7 when some were
/// refused.
fn flush_all(outbox: &Outbox, settings: &Settings, max_age: Duration) -> anyhow::Result<()> {
    let notes = Notes(settings);
    let Some(_lock) = outbox.lock(settings.net.timeout, &notes)? else {
        // Its messages still wait, for the other flush: exit 8, which prints no error.
        settings.printer.warn(&format!(
            "another corpmsg is sending the outbox ({}); its messages wait for it",
            outbox.dir().display()
        ));
        return Err(Reported {
            summary: "another corpmsg is sending the outbox".into(),
            exit: Exit::Queued,
        }
        .into());
    };
    let mut total = Flushed::default();
    let mut profiles: Vec<String> = Vec::new();
    for id in outbox.ids(State::Waiting)? {
        match outbox.load(State::Waiting, &id, &notes) {
            Ok(e) if !profiles.contains(&e.profile) => profiles.push(e.profile),
            Ok(_) => {}
            // A file that is not a message of this corpmsg is set aside, said, never sent.
            Err(problem) => {
                settings.printer.warn(&format!("{problem}; moved to dead/"));
                outbox.bury_raw(&id)?;
                total.dead.push(Exit::Usage);
            }
        }
    }
    for name in &profiles {
        let flushed = match profile_named(settings, name) {
            Ok(profile) => flush_with(outbox, settings, &profile, max_age)?,
            Err(e) => {
                // Its messages wait until the profile is usable again, unless too old.
                settings
                    .printer
                    .error(&format!("outbox messages of profile `{name}` wait: {e:#}"));
                too_old_of(outbox, settings, name, max_age)?
            }
        };
        total.delivered += flushed.delivered;
        total.waiting += flushed.waiting;
        total.dead.extend(flushed.dead);
    }
    let exit = total.exit();
    if exit == Exit::Queued {
        // Exit 8 prints no error: this says what it means.
        settings.printer.warn(&format!(
            "{} message(s) still wait in the outbox (their server is unreachable or limits the rate, or their profile cannot be used; `outbox list` says which)",
            total.waiting
        ));
    }
    match exit {
        Exit::Sent => Ok(()),
        exit => Err(Reported {
            summary: format!(
                "{} message(s) sent from the outbox, {} still wait, {} moved to dead/",
                total.delivered,
                total.waiting,
                total.dead.len()
            ),
            exit,
        }
        .into()),
    }
}

/// The messages of `profile`, which cannot be used: those older than `max_age` go to dead/,
/// the others wait.
fn too_old_of(
    outbox: &Outbox,
    settings: &Settings,
    profile: &str,
    max_age: Duration,
) -> anyhow::Result<Flushed> {
    let notes = Notes(settings);
    let now = unix_now();
    let mut flushed = Flushed::default();
    for id in outbox.ids(State::Waiting)? {
        let Ok(mut entry) = outbox.load(State::Waiting, &id, &notes) else {
            continue;
        };
        if entry.profile != profile {
            continue;
        }
        if let Some(why) = too_old(&entry, max_age, now) {
            bury_said(outbox, settings, &mut entry, &why)?;
            flushed.dead.push(Exit::Refused);
        } else {
            flushed.waiting += 1;
        }
    }
    Ok(flushed)
}

/// The profile called `name`, as `send -p NAME` would load it.
fn profile_named(settings: &Settings, name: &str) -> anyhow::Result<Profile> {
    let loaded = config::fan_out(&settings.config, &[name.to_string()])?;
    for w in &loaded.warnings {
        settings.printer.warn(w);
    }
    let mut fan = loaded.profile;
    if let Some((_, problem)) = fan.problems.pop() {
        return Err(problem.into());
    }
    fan.profiles
        .pop()
        .ok_or_else(|| anyhow::anyhow!("no profile `{name}`"))
}

/// Sends the waiting messages of `profile` with the lock held.
fn flush_with(
    outbox: &Outbox,
    settings: &Settings,
    profile: &Profile,
    max_age: Duration,
) -> anyhow::Result<Flushed> {
    let client = settings.client(|connect, cache| profile.kind().client(connect, cache))?;
    let reporter = Reporter {
        provider: profile.provider().name(),
        profile: profile.name(),
        printer: &settings.printer,
    };
    let flush = Flush {
        outbox,
        settings,
        reporter: &reporter,
        max_age,
    };
    flush.profile_locked(profile.name(), &client)
}

/// Moves `entry` to dead/ because of `why`, with a warning that says so.
fn bury_said(
    outbox: &Outbox,
    settings: &Settings,
    entry: &mut Entry,
    why: &str,
) -> anyhow::Result<()> {
    settings
        .printer
        .warn(&format!("outbox message {}: {why}", entry.id));
    Ok(outbox.bury(entry, why)?)
}

/// Why `entry` is not sent any more, when it was queued longer than `max_age` before `now`.
fn too_old(entry: &Entry, max_age: Duration, now: u64) -> Option<String> {
    (now.saturating_sub(entry.queued_at) > max_age.as_secs()).then(|| {
        format!(
            "older than --max-age ({}); not sent",
            age(max_age.as_secs())
        )
    })
}

/// The default age after which a kept message is not sent.
pub(crate) fn default_max_age() -> Duration {
    MAX_AGE
}

/// Keeps `requests` (those of one message not delivered) for later; `files` are the uploads
/// they need first (their media ids are placeholders in the requests). Prints the warning.
pub(crate) fn keep(
    outbox: &Outbox,
    reporter: &Reporter,
    requests: &[Request],
    files: &[Upload],
    error: &TransportError,
) -> anyhow::Result<usize> {
    let mut kept_files = Vec::with_capacity(files.len());
    for (n, u) in files.iter().enumerate() {
        let (size, sha256) =
            outbox::fingerprint(&u.path).map_err(|source| input::InputError::ReadFile {
                flag: u.flag,
                path: u.path.clone(),
                source,
            })?;
        kept_files.push(File {
            path: std::path::absolute(&u.path).unwrap_or_else(|_| u.path.clone()),
            kind: u.kind.to_string(),
            endpoint: u.endpoint.to_string(),
            size,
            sha256,
            placeholder: placeholder(n),
        });
    }
    let entry = Entry::new(
        reporter.profile,
        reporter.provider,
        requests,
        kept_files,
        &error.to_string(),
        unix_now(),
    );
    outbox.save(&entry)?;
    reporter.printer.info(&format!(
        "kept {} request(s) as outbox message {}",
        requests.len(),
        entry.id
    ));
    Ok(requests.len())
}

/// The warning of a run that kept messages.
pub(crate) fn queued_warning(count: usize, dir: &Path) -> String {
    format!(
        "queued {count} message(s) in the outbox ({}): the next corpmsg run with --outbox for the same profile sends them first, or `corpmsg outbox flush`",
        dir.display()
    )
}

/// The dry-run id of a file, for a message built before its files are uploaded.
pub(crate) fn stand_in(files: &[Upload], path: &Path) -> String {
    files
        .iter()
        .position(|u| u.path == path)
        .map_or_else(|| dry_run_id(path), placeholder)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_parse_with_their_unit() {
        assert_eq!(parse_age("90s").unwrap(), Duration::from_secs(90));
        assert_eq!(parse_age("30m").unwrap(), Duration::from_secs(1800));
        assert_eq!(parse_age("24h").unwrap(), Duration::from_secs(86_400));
        assert_eq!(parse_age("2d").unwrap(), Duration::from_secs(172_800));
        assert_eq!(parse_age("15").unwrap(), Duration::from_secs(15));
        assert!(parse_age("1w").is_err());
        assert!(parse_age("h").is_err());
        assert_eq!(age(75), "1m15s");
        assert_eq!(age(90_000), "1d1h");
    }

    #[test]
    fn flush_exit_codes_follow_the_contract() {
        let f = |delivered, waiting, dead: Vec<Exit>| {
            Flushed {
                delivered,
                waiting,
                dead,
            }
            .exit()
        };
        assert_eq!(f(3, 0, vec![]), Exit::Sent);
        assert_eq!(f(0, 0, vec![]), Exit::Sent);
        assert_eq!(f(1, 2, vec![]), Exit::Queued);
        assert_eq!(f(0, 0, vec![Exit::Refused]), Exit::Refused);
        assert_eq!(f(0, 0, vec![Exit::Network]), Exit::Refused);
        assert_eq!(f(1, 0, vec![Exit::Refused]), Exit::Partial);
        assert_eq!(f(0, 2, vec![Exit::Usage]), Exit::Partial);
    }
}
