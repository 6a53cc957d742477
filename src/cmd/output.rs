//! What corpmsg prints: data on stdout (dry-run requests, `--json` results), diagnostics on stderr
//! prefixed `warning:` / `error:`. Success prints nothing unless asked to.

use std::fmt;
use std::io::{self, Write};

use serde::Serialize;

/// Writes one diagnostic line (`line` and a line break) to stderr in one write, and ignores a
/// failure: a diagnostic that cannot be shown (stderr closed, as in `2>&1 | head -n1`, or full)
/// is dropped, so that it never stops a send or changes the exit code.
pub fn diagnostic(line: fmt::Arguments<'_>) {
    let mut text = line.to_string();
    text.push('\n');
    let _ = io::stderr().lock().write_all(text.as_bytes());
}

/// Decides what to print from `-q`, `-v` and `--json`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Printer {
    quiet: bool,
    verbose: u8,
    pub json: bool,
}

impl Printer {
    pub(crate) fn new(quiet: bool, verbose: u8, json: bool) -> Self {
        Printer {
            quiet,
            verbose,
            json,
        }
    }

    pub(crate) fn warn(&self, msg: &str) {
        if !self.quiet {
            diagnostic(format_args!("warning: {msg}"));
        }
    }

    /// A message for the user on stderr, unless `-q` (what `config init` wrote).
    pub(crate) fn note(&self, msg: &str) {
        if !self.quiet {
            diagnostic(format_args!("{msg}"));
        }
    }

    /// A suggestion after an error; shown even with `-q`, like the error itself.
    pub(crate) fn hint(&self, msg: &str) {
        diagnostic(format_args!("hint: {msg}"));
    }

    /// One line of data on stdout (a media id).
    pub(crate) fn line(&self, text: &str) -> io::Result<()> {
        let mut out = io::stdout().lock();
        writeln!(out, "{text}")?;
        out.flush()
    }

    pub(crate) fn error(&self, msg: &str) {
        diagnostic(format_args!("error: {msg}"));
    }

    /// `-v`: what was sent.
    pub(crate) fn info(&self, msg: &str) {
        if self.verbose >= 1 {
            diagnostic(format_args!("{msg}"));
        }
    }

    /// `-q`.
    pub(crate) fn quiet(&self) -> bool {
        self.quiet
    }

    /// `-v` or more.
    pub(crate) fn verbose(&self) -> bool {
        self.verbose >= 1
    }

    /// `-vv`: each request.
    pub(crate) fn debug_enabled(&self) -> bool {
        self.verbose >= 2
    }

    /// One JSON object on one line of stdout, flushed at once so a reader sees it as it happens.
    /// The line is serialised first, so a failed write keeps its kind (a closed stdout is a
    /// [`io::ErrorKind::BrokenPipe`], a quiet end of the output).
    pub(crate) fn json_line(&self, value: &impl Serialize) -> io::Result<()> {
        let mut line = serde_json::to_vec(value).map_err(io::Error::other)?;
        line.push(b'\n');
        let mut out = io::stdout().lock();
        out.write_all(&line)?;
        out.flush()
    }
}
