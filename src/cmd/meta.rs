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
    clap_mangen::Man::new(Cli::command()).render(out)
}
