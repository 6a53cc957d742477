use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};
use corpmsg::cmd::completions;
use corpmsg::cmd::exit_code;
use corpmsg::cmd::output::diagnostic;
use corpmsg::cmd::{self, Cli};
use corpmsg::exit::Exit;

fn main() -> ExitCode {
    // The completion scripts' call for profile names: quiet whatever happens.
    if let Some(words) = completions::profile_completion_words() {
        let _ = completions::complete_profiles(&words, &mut std::io::stdout().lock());
        return ExitCode::SUCCESS;
    }
    let matches = Cli::command().get_matches();
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    match cmd::run(cli, Some(&matches)) {
        Ok(status) => ExitCode::from(status),
        Err(err) => {
            let exit = exit_code(&err);
            // An error with exit 0 (a closed stdout: the output just ended) has nothing to say,
            // nor exit 8: its warning said what was queued.
            if exit != Exit::Sent && exit != Exit::Queued {
                diagnostic(format_args!("error: {err:#}"));
            }
            ExitCode::from(exit.code())
        }
    }
}
