//! `corpmsg run`: runs a command with its output passed through live, keeps the last lines of
//! that output in bounded memory, and notifies the profiles when the command fails (or always).

use std::collections::VecDeque;
use std::ffi::OsString;
use std::io::{self, Read, Write};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use clap::{Args, ValueEnum};

use super::Settings;
use super::exit_code;
use super::input::Text;
use super::output::Printer;
use super::send::{FanOutArgs, Targets};
use crate::exit::Exit;
use crate::payload::text::{Measure, OnLong};
use crate::secret::{Secret, SecretSet};

/// The most lines `--tail` keeps.
const MAX_TAIL: usize = 1000;
/// The most bytes kept of one line (its end); longer lines lose their start.
const MAX_LINE: usize = 4096;
/// How long to wait for the output pipes to close after the command exits (a background
/// process it started may hold them open).
const DRAIN_GRACE: Duration = Duration::from_secs(2);
/// Exit status when the command could not be started, as shells use.
const NOT_STARTED: u8 = 127;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum When {
    /// Only when the command fails (exits non-zero, is killed, or cannot start)
    Failure,
    /// Whatever the command's result
    Always,
}

#[derive(Debug, Args)]
pub(crate) struct RunArgs {
    /// When to notify
    #[arg(long, value_enum, value_name = "WHEN", default_value = "failure")]
    pub when: When,

    /// Lines of output to keep and send (the last N; 0 sends none)
    #[arg(long, value_name = "N", default_value_t = 20, value_parser = clap::value_parser!(u16).range(0..=MAX_TAIL as i64))]
    pub tail: u16,

    /// First line of the notification [default: "NAME failed on HOST" or "NAME succeeded on HOST"]
    #[arg(long, value_name = "TITLE")]
    pub title: Option<String>,

    #[command(flatten)]
    pub to: FanOutArgs,

    /// The command to run, and its arguments (put them after `--`)
    #[arg(
        value_name = "CMD",
        required = true,
        trailing_var_arg = true,
        allow_hyphen_values = true
    )]
    pub command: Vec<OsString>,
}

/// Runs the command and returns the exit status corpmsg should end with: the command's own
/// (128 + N when killed by signal N, 127 when it could not be started), or, when the command
/// succeeded and the notification failed, the notification's exit code.
pub(crate) fn run(args: RunArgs, settings: &Settings) -> anyhow::Result<u8> {
    let printer = settings.printer;
    let (targets, config_failure) = load_targets(&args, settings);
    // What the command prints may hold the profiles' secrets (a step that echoes its
    // environment): they are masked in what is sent, though passed through as they are.
    let secrets = Masker::new(targets.as_ref().map(Targets::secrets).unwrap_or_default());

    let started = Instant::now();
    let outcome = execute(&args.command, usize::from(args.tail));
    if outcome.held_open {
        printer.warn(&format!(
            "{} exited, but a process it started still holds its output open; corpmsg stopped reading it (redirect that process's output to keep it running after corpmsg exits)",
            display_command(&args.command[..1])
        ));
    }
    let name = std::path::Path::new(&args.command[0])
        .file_name()
        .map_or_else(
            || args.command[0].to_string_lossy(),
            |n| n.to_string_lossy(),
        )
        .into_owned();
    let report = Report {
        title: args.title.clone().filter(|t| !t.trim().is_empty()),
        name,
        command: display_command(&args.command),
        host: hostname(),
        result: outcome.result,
        duration: started.elapsed(),
        tail: outcome.tail,
        tail_wanted: usize::from(args.tail),
    }
    .masked(&secrets);
    if let CmdResult::NotStarted(e) = &report.result {
        printer.error(&format!("cannot run {}: {e}", report.command));
    }
    let status = report.result.exit_status();
    // Whether any profile was notified, and the notification's failure.
    let (notified_any, notified) = match targets {
        Some(targets) if args.when == When::Always || status != 0 => {
            notify(targets, &report, &printer)
        }
        _ => (false, None),
    };
    if status != 0 {
        return Ok(status);
    }
    // The command succeeded: a notification problem is the exit code, partial (7) when some
    // profiles were notified and some not.
    let failures: Vec<Exit> = config_failure.into_iter().chain(notified).collect();
    if failures.is_empty() {
        return Ok(0);
    }
    // The same rule as `send`'s.
    Ok(Exit::merge(usize::from(notified_any), &failures).code())
}

/// The profiles to notify, if any is usable, and the exit code of the problems found with
/// them. Problems are reported before the command starts (so they show on the first run, not
/// on the night it fails), but never stop it: the command runs whatever happens to its
/// notification.
fn load_targets<'g>(args: &RunArgs, settings: &'g Settings) -> (Option<Targets<'g>>, Option<Exit>) {
    let printer = settings.printer;
    let mut config_failure = None;
    let mut report_problem = |e: &anyhow::Error, what: &str| {
        printer.error(&format!("{e:#}; {what}"));
        let exit = exit_code(e);
        config_failure = Some(config_failure.map_or(exit, |seen: Exit| seen.max_by_code(exit)));
    };
    let targets = match Targets::load(settings, &args.to) {
        Ok(mut targets) => {
            for problem in targets.take_problems() {
                report_problem(&problem.error, "it will not be notified");
            }
            Some(targets).filter(|t| !t.is_empty())
        }
        Err(e) => {
            report_problem(&e, "nobody will be notified");
            None
        }
    };
    (targets, config_failure)
}

/// Sends the report to the profiles: whether any was notified, and the notification's exit
/// code if it failed.
fn notify(targets: Targets, report: &Report, printer: &Printer) -> (bool, Option<Exit>) {
    match targets.send(|profile| Text {
        content: report.message(profile.kind().text_limit(), profile.kind().text_measure()),
        on_long: OnLong::Truncate,
    }) {
        Ok(()) => (true, None),
        Err(e) => {
            let exit = exit_code(&e);
            // Kept in the outbox (the warning said so): the command's own status stands.
            if exit == Exit::Queued {
                return (true, None);
            }
            // Exit 0 is a closed stdout under --dry-run: the output ended, nothing failed.
            if exit != Exit::Sent {
                printer.error(&format!("could not notify: {e:#}"));
            }
            (exit == Exit::Partial, Some(exit))
        }
    }
}

/// How the command ended.
#[derive(Debug)]
pub(crate) enum CmdResult {
    Exited(i32),
    Signalled(i32),
    NotStarted(io::Error),
}

impl CmdResult {
    pub(crate) fn from_status(status: ExitStatus) -> Self {
        #[cfg(unix)]
        {
            use std::os::unix::process::ExitStatusExt;
            if let Some(signal) = status.signal() {
                return CmdResult::Signalled(signal);
            }
        }
        CmdResult::Exited(status.code().unwrap_or(1))
    }

    /// The status a shell would report.
    pub(crate) fn exit_status(&self) -> u8 {
        match self {
            CmdResult::Exited(code) => (*code & 0xff) as u8,
            CmdResult::Signalled(signal) => (128 + signal).clamp(0, 255) as u8,
            CmdResult::NotStarted(_) => NOT_STARTED,
        }
    }
}

struct Executed {
    result: CmdResult,
    tail: Vec<String>,
    /// The command exited but something it started still held its output open.
    held_open: bool,
}

/// Runs the command with standard input inherited and its standard output and error passed
/// through as they come, keeping their last `keep` lines.
fn execute(command: &[OsString], keep: usize) -> Executed {
    let mut child = match Command::new(&command[0])
        .args(&command[1..])
        .stdin(Stdio::inherit())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(child) => child,
        Err(e) => {
            return Executed {
                result: CmdResult::NotStarted(e),
                tail: Vec::new(),
                held_open: false,
            };
        }
    };
    let tail = Arc::new(Mutex::new(Tail::new(keep)));
    let (done, finished) = mpsc::channel();
    let stdout = child.stdout.take().expect("stdout is piped");
    let stderr = child.stderr.take().expect("stderr is piped");
    pump(stdout, io::stdout(), 0, &tail, &done);
    pump(stderr, io::stderr(), 1, &tail, &done);
    drop(done);
    let result = match child.wait() {
        Ok(status) => CmdResult::from_status(status),
        Err(e) => CmdResult::NotStarted(e),
    };
    // Both pumps end at end of file; a background process that keeps a pipe open is not
    // waited for beyond the grace period.
    let deadline = Instant::now() + DRAIN_GRACE;
    let mut open = 2;
    while open > 0 {
        let left = deadline.saturating_duration_since(Instant::now());
        if finished.recv_timeout(left).is_err() {
            break;
        }
        open -= 1;
    }
    let tail = tail
        .lock()
        .map(|mut t| {
            // A line still unfinished when the wait ended is kept as it is.
            t.finish(0);
            t.finish(1);
            t.lines()
        })
        .unwrap_or_default();
    Executed {
        result,
        tail,
        held_open: open > 0,
    }
}

/// Copies `from` to `to` as it arrives and feeds stream `stream` of the tail; says on `done`
/// when `from` ends or `to` fails (a closed pipe).
fn pump(
    mut from: impl Read + Send + 'static,
    mut to: impl Write + Send + 'static,
    stream: usize,
    tail: &Arc<Mutex<Tail>>,
    done: &mpsc::Sender<()>,
) {
    let tail = Arc::clone(tail);
    let done = done.clone();
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        loop {
            let n = match from.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(_) => break,
            };
            if let Ok(mut t) = tail.lock() {
                t.feed(stream, &buf[..n]);
            }
            // When our reader has gone (`corpmsg run … | head`), stop reading: the command
            // then gets SIGPIPE, as it would without corpmsg in between.
            if to.write_all(&buf[..n]).and_then(|()| to.flush()).is_err() {
                break;
            }
        }
        if let Ok(mut t) = tail.lock() {
            t.finish(stream);
        }
        let _ = done.send(());
    });
}

/// The last lines of two streams, in the order their lines ended. Memory is bounded by
/// `keep` lines of at most [`MAX_LINE`] bytes each, whatever the command prints.
struct Tail {
    keep: usize,
    lines: VecDeque<Vec<u8>>,
    /// The unfinished line of each stream, and whether its start was dropped.
    partial: [(Vec<u8>, bool); 2],
}

impl Tail {
    fn new(keep: usize) -> Self {
        Tail {
            keep,
            lines: VecDeque::with_capacity(keep.min(64)),
            partial: Default::default(),
        }
    }

    fn feed(&mut self, stream: usize, mut bytes: &[u8]) {
        if self.keep == 0 {
            return;
        }
        while let Some(i) = bytes.iter().position(|&b| b == b'\n') {
            self.append(stream, &bytes[..i]);
            self.end_line(stream);
            bytes = &bytes[i + 1..];
        }
        self.append(stream, bytes);
    }

    fn append(&mut self, stream: usize, bytes: &[u8]) {
        let (line, cut) = &mut self.partial[stream];
        line.extend_from_slice(bytes);
        if line.len() > 2 * MAX_LINE {
            line.drain(..line.len() - MAX_LINE);
            *cut = true;
        }
    }

    /// Ends the stream's current line (which may be empty).
    fn end_line(&mut self, stream: usize) {
        let (line, mut cut) = std::mem::take(&mut self.partial[stream]);
        let mut kept = if line.len() > MAX_LINE {
            cut = true;
            line[line.len() - MAX_LINE..].to_vec()
        } else {
            line
        };
        if cut {
            // Start at a character, not inside one.
            let start = kept.iter().take_while(|&&b| b & 0xc0 == 0x80).count();
            kept.splice(0..start, "…".bytes());
        }
        if self.lines.len() == self.keep {
            self.lines.pop_front();
        }
        self.lines.push_back(kept);
    }

    /// At the end of a stream: ends its last line if it did not end with a line break.
    fn finish(&mut self, stream: usize) {
        let (line, cut) = &self.partial[stream];
        if self.keep > 0 && (!line.is_empty() || *cut) {
            self.end_line(stream);
        }
    }

    fn lines(&self) -> Vec<String> {
        self.lines.iter().map(|l| clean(l)).collect()
    }
}

/// A line fit for a chat message: decoded lossily, without the carriage return at its end,
/// terminal escape sequences or other control characters (tabs are kept).
fn clean(line: &[u8]) -> String {
    let text = String::from_utf8_lossy(line);
    // Of a line redrawn with carriage returns (progress bars), the last state.
    let text = text.trim_end_matches('\r');
    let text = text.rsplit('\r').next().unwrap_or_default();
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => {
                // CSI: ESC [ parameters… final byte (@ to ~); OSC: ESC ] … BEL or ESC \;
                // other escapes: ESC and one character.
                if chars.next_if_eq(&'[').is_some() {
                    for c in chars.by_ref() {
                        if ('@'..='~').contains(&c) {
                            break;
                        }
                    }
                } else if chars.next_if_eq(&']').is_some() {
                    while let Some(c) = chars.next() {
                        if c == '\u{7}' || c == '\u{1b}' && chars.next_if_eq(&'\\').is_some() {
                            break;
                        }
                    }
                } else {
                    chars.next();
                }
            }
            '\t' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// What the notification says.
struct Report {
    title: Option<String>,
    /// The program's file name, for the default title.
    name: String,
    command: String,
    host: String,
    result: CmdResult,
    duration: Duration,
    tail: Vec<String>,
    tail_wanted: usize,
}

/// The most characters of the command line shown.
const MAX_COMMAND: usize = 300;

/// Replaces secret values, in each form they may be printed in, with `***`.
struct Masker {
    secrets: SecretSet,
}

impl Masker {
    /// A masker of `secrets` (those shorter than [`SecretSet::MIN`] are left alone).
    fn new(secrets: Vec<Secret>) -> Self {
        let mut set = SecretSet::default();
        for s in &secrets {
            set.add(s.expose());
        }
        Masker { secrets: set }
    }

    /// `text` with every secret replaced by `***`. A line whose start was cut off (it begins
    /// with `…`, see [`Tail`]) also loses the end of a secret that the cut left there.
    fn mask(&self, text: &str) -> String {
        let mut out = self.secrets.mask(text);
        if let Some(rest) = out.strip_prefix('…') {
            let cut = self
                .secrets
                .forms()
                .filter_map(|s| {
                    (SecretSet::MIN..s.len())
                        .rev()
                        .filter(|&n| s.is_char_boundary(s.len() - n))
                        .find(|&n| rest.starts_with(&s[s.len() - n..]))
                })
                .max();
            if let Some(n) = cut {
                out = format!("…***{}", &rest[n..]);
            }
        }
        out
    }
}

impl Report {
    /// The report with the secrets masked in everything the message shows from the command:
    /// its name, the title, the command line and the output. Done before the message is cut
    /// to a limit, so a secret is `***` whole and never half shown.
    fn masked(self, secrets: &Masker) -> Report {
        if secrets.secrets.is_empty() {
            return self;
        }
        Report {
            title: self.title.map(|t| secrets.mask(&t)),
            name: secrets.mask(&self.name),
            command: secrets.mask(&self.command),
            tail: self.tail.iter().map(|l| secrets.mask(l)).collect(),
            ..self
        }
    }

    /// The message, within `limit` (characters, or bytes for WeCom, as `measure` says): a
    /// header (title, command, host, result, duration), then as much of the end of the output
    /// as fits.
    fn message(&self, limit: usize, measure: Measure) -> String {
        let (verb, result) = match &self.result {
            CmdResult::Exited(0) => ("succeeded", "exit status 0".to_string()),
            CmdResult::Exited(code) => ("failed", format!("exit status {code}")),
            CmdResult::Signalled(signal) => (
                "failed",
                format!("killed by signal {signal}{}", signal_name(*signal)),
            ),
            CmdResult::NotStarted(e) => ("could not be started", format!("not started: {e}")),
        };
        let title = match &self.title {
            Some(t) => t.trim().to_string(),
            None => format!("{} {verb} on {}", self.name, self.host),
        };
        let cut = |text: &str, limit| cut_end(text, limit, measure);
        // The output matters most: the title and command line get at most a fifth each.
        let short = MAX_COMMAND.min(limit / 5);
        let mut message = format!(
            "{}\ncommand: {}\nhost: {}\nresult: {result}\nduration: {}",
            cut(&title, short),
            cut(&self.command, short),
            self.host,
            format_duration(self.duration)
        );
        if self.tail_wanted == 0 {
            return cut(&message, limit);
        }
        if self.tail.is_empty() {
            message.push_str("\n(no output)");
            return cut(&message, limit);
        }
        let heading = format!("\nlast {} line(s) of output:", self.tail.len());
        message.push_str(&heading);
        let used = measure.len(&message);
        let room = limit.saturating_sub(used);
        message.push_str(&tail_within(&self.tail, room, measure));
        cut(&message, limit)
    }
}

/// The end of `lines`, each after a line break, in at most `room` (in `measure`): whole lines
/// from the last back, and the end of the first that does not fit whole, after a `…`.
fn tail_within(lines: &[String], room: usize, measure: Measure) -> String {
    let mut kept: Vec<String> = Vec::new();
    let mut used = 0;
    let ellipsis = measure.len("\n…");
    for line in lines.iter().rev() {
        let len = measure.len(line) + 1;
        if used + len <= room {
            kept.push(format!("\n{line}"));
            used += len;
            continue;
        }
        // "\n…" and at least a few characters of the line, or nothing.
        let left = room.saturating_sub(used + ellipsis);
        if left >= 8 {
            kept.push(format!("\n…{}", measure.suffix(line, left)));
        }
        break;
    }
    kept.reverse();
    kept.concat()
}

/// `text` cut to `limit` (in `measure`), ending in `…` when cut.
fn cut_end(text: &str, limit: usize, measure: Measure) -> String {
    if measure.len(text) <= limit {
        return text.to_string();
    }
    let mut out = measure
        .prefix(text, limit.saturating_sub(measure.len("…")))
        .to_string();
    out.push('…');
    out
}

/// The command line as a user would type it: arguments with spaces or quotes are quoted.
fn display_command(command: &[OsString]) -> String {
    command
        .iter()
        .map(|a| {
            let a = a.to_string_lossy();
            if !a.is_empty()
                && a.chars()
                    .all(|c| c.is_alphanumeric() || "-_./=:,+@%^".contains(c))
            {
                a.into_owned()
            } else {
                format!("'{}'", a.replace('\'', r"'\''"))
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// This machine's name: the kernel's hostname, else `$HOSTNAME`, else `/etc/hostname`.
fn hostname() -> String {
    let from_file = |p: &str| std::fs::read_to_string(p).ok();
    from_file("/proc/sys/kernel/hostname")
        .or_else(|| std::env::var("HOSTNAME").ok())
        .or_else(|| from_file("/etc/hostname"))
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "unknown host".into())
}

/// ` (SIGTERM)` for the signals whose numbers POSIX systems share.
fn signal_name(signal: i32) -> &'static str {
    match signal {
        1 => " (SIGHUP)",
        2 => " (SIGINT)",
        3 => " (SIGQUIT)",
        4 => " (SIGILL)",
        6 => " (SIGABRT)",
        8 => " (SIGFPE)",
        9 => " (SIGKILL)",
        11 => " (SIGSEGV)",
        13 => " (SIGPIPE)",
        14 => " (SIGALRM)",
        15 => " (SIGTERM)",
        _ => "",
    }
}

/// `3.2s`, `2m 05s`, `1h 02m 03s`.
fn format_duration(d: Duration) -> String {
    let secs = d.as_secs();
    match secs {
        0..60 => format!("{:.1}s", d.as_secs_f64()),
        60..3600 => format!("{}m {:02}s", secs / 60, secs % 60),
        _ => format!("{}h {:02}m {:02}s", secs / 3600, secs / 60 % 60, secs % 60),
    }
}

#[cfg(test)]
mod tests;
