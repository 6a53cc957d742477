use std::process::ExitCode;

use clap::Parser;
use corpmsg::cmd::{self, Cli};
use corpmsg::exit::{Exit, exit_code};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cmd::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            let exit = exit_code(&err);
            if exit != Exit::Sent {
                eprintln!("error: {err:#}");
            }
            ExitCode::from(exit.code())
        }
    }
}
