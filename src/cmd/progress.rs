//! The progress bar of a long upload: on stderr, and only when a person is watching it (stderr
//! is a terminal that can redraw a line), never with `-q`, `--json` or `-vv`, whose lines it
//! would break into. Cron jobs and pipelines see nothing of it.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::output::Printer;
use crate::transport::http::{Meter, Meters};

/// Uploads smaller than this are over before a bar is worth drawing.
const BAR_FROM: u64 = 4 << 20;

/// The meters of this run's uploads: none unless [`wants_bars`].
pub(crate) fn meters(printer: Printer) -> Option<Meters> {
    let dumb = std::env::var_os("TERM").is_some_and(|t| t == "dumb");
    wants_bars(printer, std::io::stderr().is_terminal() && !dumb)
        .then(|| Box::new(|label: &str, total: u64| bar(label, total)) as Meters)
}

/// Whether a run shows progress bars: on a terminal that can redraw a line (`redraws`), and
/// only when nothing else is written to stderr meanwhile.
fn wants_bars(printer: Printer, redraws: bool) -> bool {
    redraws && !printer.quiet() && !printer.json && !printer.debug_enabled()
}

/// A bar for a body of `total` bytes, if it is large enough.
fn bar(label: &str, total: u64) -> Option<Box<dyn Meter>> {
    if total < BAR_FROM {
        return None;
    }
    let style = ProgressStyle::with_template(
        "{msg} [{bar:30}] {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec} {eta}",
    )
    .expect("the template is valid")
    .progress_chars("=> ");
    let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr())
        .with_style(style)
        .with_message(format!("uploading {label}"));
    Some(Box::new(Bar(bar)))
}

struct Bar(ProgressBar);

impl Meter for Bar {
    fn advance(&self, bytes: u64) {
        self.0.inc(bytes);
    }
}

impl Drop for Bar {
    /// The bar goes when its body does: what follows (an error, the media id) starts on a
    /// clean line.
    fn drop(&mut self) {
        self.0.finish_and_clear();
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
}
