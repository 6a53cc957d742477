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

/// Writes the completion script for `shell`.
pub fn completions(args: &CompletionsArgs, out: &mut impl Write) -> io::Result<()> {
    clap_complete::generate(args.shell, &mut Cli::command(), "corpmsg", out);
    Ok(())
}

/// Writes the man page (roff).
pub fn man(out: &mut impl Write) -> io::Result<()> {
    clap_mangen::Man::new(Cli::command()).render(out)
}
