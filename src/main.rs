use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};
use corpmsg::cmd::{self, Cli};
use corpmsg::exit::{Exit, exit_code};

fn main() -> ExitCode {
    let matches = Cli::command().get_matches();
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    match cmd::run(cli, Some(&matches)) {
        Ok(status) => ExitCode::from(status),
        Err(err) => {
            let exit = exit_code(&err);
            if exit != Exit::Sent {
                eprintln!("error: {err:#}");
            }
            ExitCode::from(exit.code())
        }
    }
}
