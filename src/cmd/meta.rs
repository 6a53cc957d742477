//! `corpmsg completions` and `corpmsg man`: generated from the clap definition. The generated
//! files are committed under `completions/`; a test fails when they are stale.

use std::io::{self, Write};

use clap::{Args, CommandFactory};
use clap_complete::Shell;

use super::Cli;

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum)]
    pub shell: Shell,
}

/// Writes the completion script for `shell`. It is generated into memory first, since
/// `clap_complete::generate` panics when a write fails; a closed `out` is then an error of
/// kind [`io::ErrorKind::BrokenPipe`], which ends the run quietly.
pub fn completions(args: &CompletionsArgs, out: &mut impl Write) -> io::Result<()> {
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), "corpmsg", &mut script);
    out.write_all(&script)?;
    out.flush()
}

/// Writes the man page (roff).
pub fn man(out: &mut impl Write) -> io::Result<()> {
    clap_mangen::Man::new(man_command()).render(out)
}

/// The command line as the man pages describe it. clap_mangen leaves out the short help of an
/// argument hidden from `-h` (the global options) when it has no long help, so such an
/// argument's help is given as its long help too.
fn man_command() -> clap::Command {
    Cli::command().mut_args(|arg| match arg.get_help().cloned() {
        Some(help) if arg.is_hide_short_help_set() && arg.get_long_help().is_none() => {
            arg.long_help(help)
        }
        _ => arg,
    })
}
