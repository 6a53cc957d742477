//! The command line: clap definitions, and one `run` function per command that turns flags,
//! files and standard input into plain values, calls the payload builders, hands the result to
//! the transport and decides what to print.

pub mod fxiaoke;
pub mod input;
pub mod meta;
pub mod output;
pub mod send;
pub mod youdu;

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueHint};

use crate::env_vars;
use crate::transport::http::NetOptions;
use output::Printer;

/// Send Youdu (有度) and Fxiaoke (纷享销客) enterprise notifications from a shell, cron or CI.
///
/// Silent on success; on failure one `error:` line on stderr and a documented exit code:
/// 0 sent, 2 usage, 3 config, 4 auth, 5 refused by the API, 6 network, 7 partly sent.
/// A message is never sent twice: only requests that certainly did not reach the server are
/// retried.
///
/// Examples:
///   corpmsg youdu text -u alice "Backup finished"
///   tail -n 20 /var/log/backup.log | corpmsg youdu text -d 12 --on-long split
///   corpmsg youdu text --dry-run -u alice "hello"
///   corpmsg fxiaoke text --to-mobile 13800000000 "Deploy failed"
#[derive(Debug, Parser)]
#[command(
    name = "corpmsg",
    verbatim_doc_comment,
    version,
    propagate_version = true,
    after_long_help = env_vars::HELP,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

/// Options that every command takes, before or after the command name.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct Global {
    /// Config file [default: <config dir>/corpmsg/config.toml]
    #[arg(short, long, global = true, env = env_vars::CORPMSG_CONFIG, value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub config: Option<String>,

    /// Profile to use (default: default_profile, or the only profile of the provider)
    #[arg(short, long, global = true, env = env_vars::CORPMSG_PROFILE, value_name = "NAME")]
    pub profile: Option<String>,

    /// Build and validate, print the requests as JSON lines, send nothing
    ///
    /// Needs no credentials and no network: the quickest way to see what would be sent.
    #[arg(short = 'n', long, global = true)]
    pub dry_run: bool,

    /// Print one JSON result object per request on stdout
    #[arg(long, global = true)]
    pub json: bool,

    /// Print no warnings, only errors
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,

    /// Say what was sent; -vv also shows each request (secrets masked)
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// Per-request timeout (connect and total)
    #[arg(long, global = true, env = env_vars::CORPMSG_TIMEOUT, value_name = "SECS", default_value = "10", value_parser = parse_secs)]
    pub timeout: Duration,

    /// Retries of a request that certainly did not reach the server (refused, DNS, TLS)
    #[arg(long, global = true, value_name = "N", default_value_t = 2)]
    pub retries: u32,

    /// Proxy for all requests (HTTPS_PROXY, HTTP_PROXY and NO_PROXY are honoured without it)
    #[arg(long, global = true, value_name = "URL")]
    pub proxy: Option<String>,

    /// Extra CA certificates (PEM) to trust, for servers with a private CA
    #[arg(long, global = true, value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub ca_cert: Option<PathBuf>,

    /// Accept any TLS certificate (insecure; prefer --ca-cert)
    #[arg(long, global = true)]
    pub insecure: bool,
}

impl Global {
    pub fn net(&self) -> NetOptions {
        NetOptions {
            timeout: self.timeout,
            retries: self.retries,
            proxy: self.proxy.clone(),
            ca_cert: self.ca_cert.clone(),
            insecure: self.insecure,
        }
    }

    pub fn printer(&self) -> Printer {
        Printer::new(self.quiet, self.verbose, self.json)
    }

    pub fn config_request(&self) -> crate::config::Request {
        crate::config::Request {
            // An empty variable (`CORPMSG_CONFIG=`) counts as unset, as in most tools.
            config: self
                .config
                .clone()
                .filter(|c| !c.is_empty())
                .map(PathBuf::from),
            profile: self.profile.clone().filter(|p| !p.is_empty()),
        }
    }
}

/// The default `--timeout`.
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

/// Seconds, fractions allowed; empty (`CORPMSG_TIMEOUT=`) means the default.
fn parse_secs(s: &str) -> Result<Duration, String> {
    if s.trim().is_empty() {
        return Ok(DEFAULT_TIMEOUT);
    }
    let secs: f64 = s
        .trim()
        .parse()
        .map_err(|_| format!("{s:?} is not a number of seconds"))?;
    if !(secs > 0.0 && secs <= 86_400.0) {
        return Err(format!("{s} is out of range (more than 0, at most 86400)"));
    }
    Ok(Duration::from_secs_f64(secs))
}

#[derive(Debug, Subcommand)]
#[allow(clippy::large_enum_variant)] // parsed once per run; boxing buys nothing
pub enum Command {
    /// Send Youdu (有度) messages
    #[command(subcommand)]
    Youdu(youdu::YouduCommand),

    /// Send Fxiaoke (纷享销客) messages
    #[command(subcommand)]
    Fxiaoke(fxiaoke::FxiaokeCommand),

    /// Print a shell completion script
    ///
    /// Shells: bash, zsh, fish, powershell, elvish.
    ///
    /// Examples:
    ///   corpmsg completions bash > ~/.local/share/bash-completion/completions/corpmsg
    ///   corpmsg completions zsh > ~/.zfunc/_corpmsg
    ///   corpmsg completions fish > ~/.config/fish/completions/corpmsg.fish
    #[command(verbatim_doc_comment)]
    Completions(meta::CompletionsArgs),

    /// Print the man page (roff)
    ///
    /// Example:
    ///   corpmsg man > ~/.local/share/man/man1/corpmsg.1
    #[command(verbatim_doc_comment)]
    Man,
}

/// Runs the parsed command line. `matches` gives the order of repeated flags where it matters
/// (`youdu sysmsg --text … --link …`); without it, each flag's values are taken in turn.
pub fn run(cli: Cli, matches: Option<&clap::ArgMatches>) -> anyhow::Result<()> {
    match cli.command {
        Command::Youdu(cmd) => youdu::run(cmd, &cli.global, matches),
        Command::Fxiaoke(cmd) => fxiaoke::run(cmd, &cli.global),
        Command::Completions(args) => Ok(meta::completions(&args, &mut std::io::stdout().lock())?),
        Command::Man => Ok(meta::man(&mut std::io::stdout().lock())?),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn clap_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn global_options_go_before_or_after_the_command() {
        let a = Cli::try_parse_from(["corpmsg", "-n", "youdu", "text", "-u", "a", "hi"]).unwrap();
        let b = Cli::try_parse_from(["corpmsg", "youdu", "text", "--dry-run", "-u", "a", "hi"])
            .unwrap();
        assert!(a.global.dry_run && b.global.dry_run);
    }

    #[test]
    fn timeouts_must_be_positive() {
        for bad in ["0", "-1", "abc", "1e9"] {
            assert!(
                Cli::try_parse_from(["corpmsg", "--timeout", bad, "youdu", "text", "x"]).is_err(),
                "{bad}"
            );
        }
        let ok =
            Cli::try_parse_from(["corpmsg", "--timeout", "2.5", "youdu", "text", "x"]).unwrap();
        assert_eq!(ok.global.timeout, Duration::from_millis(2500));
    }

    #[test]
    fn quiet_and_verbose_conflict() {
        assert!(Cli::try_parse_from(["corpmsg", "-q", "-v", "youdu", "text", "x"]).is_err());
    }
}
