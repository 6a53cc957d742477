//! What corpmsg prints: data on stdout (dry-run requests, `--json` results), diagnostics on stderr
//! prefixed `warning:` / `error:`. Success prints nothing unless asked to.

use std::io::{self, Write};

use serde::Serialize;

/// Decides what to print from `-q`, `-v` and `--json`.
#[derive(Debug, Clone, Copy)]
pub struct Printer {
    quiet: bool,
    verbose: u8,
    pub json: bool,
}

impl Printer {
    pub fn new(quiet: bool, verbose: u8, json: bool) -> Self {
        Printer {
            quiet,
            verbose,
            json,
        }
    }

    pub fn warn(&self, msg: &str) {
        if !self.quiet {
            eprintln!("warning: {msg}");
        }
    }

    /// A message for the user on stderr, unless `-q` (what `config init` wrote).
    pub fn note(&self, msg: &str) {
        if !self.quiet {
            eprintln!("{msg}");
        }
    }

    /// A suggestion after an error; shown even with `-q`, like the error itself.
    pub fn hint(&self, msg: &str) {
        eprintln!("hint: {msg}");
    }

    /// One line of data on stdout (a media id).
    pub fn line(&self, text: &str) -> io::Result<()> {
        let mut out = io::stdout().lock();
        writeln!(out, "{text}")?;
        out.flush()
    }

    pub fn error(&self, msg: &str) {
        eprintln!("error: {msg}");
    }

    /// `-v`: what was sent.
    pub fn info(&self, msg: &str) {
        if self.verbose >= 1 {
            eprintln!("{msg}");
        }
    }

    /// `-v` or more.
    pub fn verbose(&self) -> bool {
        self.verbose >= 1
    }

    /// `-vv`: each request.
    pub fn debug_enabled(&self) -> bool {
        self.verbose >= 2
    }

    /// One JSON object on one line of stdout, flushed at once so a reader sees it as it happens.
    pub fn json_line(&self, value: &impl Serialize) -> io::Result<()> {
        let mut out = io::stdout().lock();
        serde_json::to_writer(&mut out, value).map_err(io::Error::other)?;
        out.write_all(b"\n")?;
        out.flush()
    }
}
