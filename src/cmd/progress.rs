//! The progress bar of a long upload: on stderr, and only when a person is watching it (stderr
//! is a terminal that can redraw a line), never with `-q`, `--json` or `-vv`, whose lines it
//! would break into. Cron jobs and pipelines see nothing of it.
//!
//! Written here rather than with indicatif: indicatif's rate estimate calls `f64::powf`, which
//! links libm into the binary, and loading libm costs 0.37 MiB in every run (measured: the
//! binary before the bar, started with libm preloaded), bar or not. This bar needs one line,
//! `\r` and "erase line".

use std::io::{IsTerminal, Write};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use unicode_width::UnicodeWidthChar;

use super::output::Printer;
use crate::transport::http::{Meter, Meters};

/// Uploads smaller than this are over before a bar is worth drawing.
const BAR_FROM: u64 = 4 << 20;
/// The widest line drawn, in terminal columns (a Chinese character takes two): one line of an
/// 80-column terminal, so that `\r` goes back to its start.
const LINE: usize = 79;
/// How often the line is redrawn at most.
const EVERY: Duration = Duration::from_millis(100);
/// The width of the bar itself.
const BAR: usize = 12;
/// Erases the line the cursor is on and goes back to its start.
const ERASE: &str = "\r\x1b[2K";

/// The meters of this run's uploads: none unless [`wants_bars`].
pub(crate) fn meters(printer: Printer) -> Option<Meters> {
    let term = std::env::var_os("TERM");
    let redraws = term.is_some_and(|t| !t.is_empty() && t != "dumb");
    wants_bars(printer, std::io::stderr().is_terminal() && redraws)
        .then(|| Box::new(|label: &str, total: u64| bar(label, total)) as Meters)
}

/// Whether a run shows progress bars: on a terminal that can redraw a line (`redraws`), and
/// only when nothing else is written to stderr meanwhile.
fn wants_bars(printer: Printer, redraws: bool) -> bool {
    redraws && !printer.quiet() && !printer.json && !printer.debug_enabled()
}

/// A bar for a body of `total` bytes, if it is large enough.
fn bar(label: &str, total: u64) -> Option<Box<dyn Meter>> {
    (total >= BAR_FROM).then(|| {
        Box::new(Bar {
            label: label.to_string(),
            total,
            started: Instant::now(),
            state: Mutex::new(State::default()),
        }) as Box<dyn Meter>
    })
}

struct Bar {
    label: String,
    total: u64,
    started: Instant,
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    done: u64,
    drawn: Option<Instant>,
}

impl Meter for Bar {
    fn advance(&self, bytes: u64) {
        let mut state = self.state.lock().expect("never poisoned");
        state.done = (state.done + bytes).min(self.total);
        let now = Instant::now();
        if state.drawn.is_some_and(|at| now - at < EVERY) {
            return;
        }
        state.drawn = Some(now);
        let line = render(&self.label, state.done, self.total, now - self.started);
        draw(&format!("{ERASE}{line}"));
    }
}

impl Drop for Bar {
    /// The bar goes when its body does: what follows (an error, the media id) starts on a
    /// clean line.
    fn drop(&mut self) {
        let drawn = self.state.lock().map(|s| s.drawn.is_some()).unwrap_or(true);
        if drawn {
            draw(ERASE);
        }
    }
}

/// Writes to stderr in one write, ignoring a failure (a bar never stops an upload).
fn draw(text: &str) {
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(text.as_bytes());
    let _ = err.flush();
}

/// `uploading NAME [===>        ] 12.5/50.0 MiB 41.7 MiB/s, 1 s left`, at most [`LINE`]
/// columns: a long name is shortened in its middle, and control characters in it show as `?`.
fn render(label: &str, done: u64, total: u64, elapsed: Duration) -> String {
    let mib = |b: u64| b as f64 / f64::from(1 << 20);
    let filled = (done as u128 * BAR as u128 / total.max(1) as u128) as usize;
    let mut bar = "=".repeat(filled);
    if filled < BAR {
        bar.push('>');
        bar.push_str(&" ".repeat(BAR - filled - 1));
    }
    let secs = elapsed.as_secs_f64();
    let rate = if secs > 0.0 { mib(done) / secs } else { 0.0 };
    let left = if done > 0 && done < total {
        let eta = secs * (total - done) as f64 / done as f64;
        format!(", {} left", clock(eta.ceil() as u64))
    } else {
        String::new()
    };
    let rest = format!(
        " [{bar}] {:.1}/{:.1} MiB {rate:.1} MiB/s{left}",
        mib(done),
        mib(total)
    );
    let room = LINE.saturating_sub("uploading ".len() + rest.len());
    format!("uploading {}{rest}", shorten(label, room))
}

/// `label` in at most `room` columns, its middle replaced by `…` if it is wider.
fn shorten(label: &str, room: usize) -> String {
    let shown: Vec<(char, usize)> = label
        .chars()
        .map(|c| if c.is_control() { '?' } else { c })
        .map(|c| (c, c.width().unwrap_or(0)))
        .collect();
    let width: usize = shown.iter().map(|(_, w)| w).sum();
    if width <= room {
        return shown.iter().map(|(c, _)| c).collect();
    }
    // Half the room before the `…` (one column), the rest after it.
    let before = room.saturating_sub(1) / 2;
    let after = room.saturating_sub(1) - before;
    let mut head = String::new();
    let mut used = 0;
    for &(c, w) in &shown {
        if used + w > before {
            break;
        }
        head.push(c);
        used += w;
    }
    let mut tail = Vec::new();
    let mut used = 0;
    for &(c, w) in shown.iter().rev() {
        if used + w > after {
            break;
        }
        tail.push(c);
        used += w;
    }
    let tail: String = tail.into_iter().rev().collect();
    if room == 0 {
        return String::new();
    }
    format!("{head}…{tail}")
}

/// The columns `text` takes on a terminal.
#[cfg(test)]
fn columns(text: &str) -> usize {
    text.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// `42 s`, `3:07`, `1:02:03`.
fn clock(secs: u64) -> String {
    match secs {
        0..60 => format!("{secs} s"),
        60..3600 => format!("{}:{:02}", secs / 60, secs % 60),
        _ => format!("{}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_only_for_a_person_at_a_terminal_and_nothing_else_on_stderr() {
        let plain = Printer::new(false, 0, false);
        assert!(wants_bars(plain, true));
        assert!(wants_bars(Printer::new(false, 1, false), true));
        assert!(
            !wants_bars(plain, false),
            "not a terminal: cron, CI, 2>file"
        );
        assert!(!wants_bars(Printer::new(true, 0, false), true), "-q");
        assert!(!wants_bars(Printer::new(false, 0, true), true), "--json");
        assert!(!wants_bars(Printer::new(false, 2, false), true), "-vv");
    }

    #[test]
    fn small_uploads_get_no_bar() {
        assert!(bar("a.png", BAR_FROM - 1).is_none());
        assert!(bar("big.tar.gz", BAR_FROM).is_some());
    }

    #[test]
    fn the_line_shows_the_share_sent_the_rate_and_the_time_left() {
        let line = render("logs.tar.gz", 25 << 20, 100 << 20, Duration::from_secs(2));
        assert_eq!(
            line,
            "uploading logs.tar.gz [===>        ] 25.0/100.0 MiB 12.5 MiB/s, 6 s left"
        );
        let line = render("logs.tar.gz", 100 << 20, 100 << 20, Duration::from_secs(8));
        assert!(
            line.ends_with("[============] 100.0/100.0 MiB 12.5 MiB/s"),
            "{line}"
        );
        let line = render("x", 0, 100 << 20, Duration::ZERO);
        assert!(
            line.ends_with("[>           ] 0.0/100.0 MiB 0.0 MiB/s"),
            "{line}"
        );
    }

    #[test]
    fn a_long_name_is_shortened_in_its_middle_to_keep_one_line() {
        let name = format!("{}-report.tar.gz", "quarterly".repeat(12));
        let line = render(&name, 1 << 20, 5 << 30, Duration::from_secs(1));
        assert_eq!(columns(&line), LINE, "{line}");
        assert!(line.starts_with("uploading quarter"), "{line}");
        assert!(line.contains("….tar.gz [>"), "{line}");
        // Chinese names take two columns a character.
        let line = render(
            "销售数据汇总报告-第三季度-华东区.xlsx",
            1 << 20,
            5 << 30,
            Duration::from_secs(1),
        );
        assert!(columns(&line) <= LINE, "{line}");
        assert!(line.starts_with("uploading 销售数"), "{line}");
        assert_eq!(shorten("東京-報告書.pdf", 7), "東…pdf");
        assert_eq!(shorten("東京", 3), "…");
        assert_eq!(shorten("a\x1b[2Jb", 10), "a?[2Jb");
        assert_eq!(shorten("abc", 0), "");
    }

    #[test]
    fn the_time_left_reads_as_a_clock() {
        assert_eq!(clock(0), "0 s");
        assert_eq!(clock(59), "59 s");
        assert_eq!(clock(187), "3:07");
        assert_eq!(clock(3723), "1:02:03");
    }
}
