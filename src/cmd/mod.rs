//! The command line: clap definitions, `Settings` (the global flags and the environment,
//! resolved once), and one `run` function per command that turns flags, files and standard
//! input into plain values and hands the message to the one delivery engine (`engine.rs`),
//! which checks, prints or sends it and reports the result.

pub mod completions;
pub(crate) mod config;
mod engine;
mod exit_code;
pub(crate) mod fxiaoke;
pub(crate) mod input;
pub(crate) mod man;
pub(crate) mod outbox;
pub mod output;
mod progress;
pub(crate) mod run;
mod sandbox;
pub(crate) mod send;
mod settings;
pub(crate) mod wecom;
pub(crate) mod youdu;

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueHint};

use crate::env_vars;
pub use exit_code::exit_code;
pub use sandbox::SandboxHost;
pub(crate) use settings::Settings;

/// Send Youdu (有度), Fxiaoke (纷享销客) and WeCom (企业微信) enterprise notifications from a shell,
/// cron or CI.
///
/// Silent on success; on failure one `error:` line on stderr and a documented exit code:
/// 0 sent, 2 usage, 3 config, 4 auth, 5 refused by the API, 6 network, 7 partly sent,
/// 8 queued in the outbox (--outbox).
/// A message is never sent twice: only requests that certainly did not reach the server are
/// retried.
///
/// Examples:
///   corpmsg youdu text -u alice "Backup finished"
///   tail -n 20 /var/log/backup.log | corpmsg youdu text -d 12 --on-long split
///   corpmsg youdu text --dry-run -u alice "hello"
///   corpmsg fxiaoke text --to-mobile 13800000000 "Deploy failed"
///   corpmsg wecom text -u zhangsan "Deploy failed"
#[derive(Debug, Parser)]
#[command(
    name = "corpmsg",
    verbatim_doc_comment,
    version,
    propagate_version = true,
    after_help = SHORT_HELP_FOOTER,
    after_long_help = env_vars::HELP,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub(crate) global: Global,
    #[command(subcommand)]
    pub(crate) command: Command,
}

impl Cli {
    /// The whole command tree with every provider's subcommands built in, for what shows the
    /// whole tree at once: completion scripts and man pages (whose `help` subcommands list
    /// the providers' commands only if these are there before the tree is built).
    pub fn full_command() -> clap::Command {
        use clap::CommandFactory;
        fn eager(sub: clap::Command) -> clap::Command {
            // Augmented now, and its deferral replaced by one that does nothing.
            match sub.get_name() {
                "youdu" => youdu::YouduCommand::augment_subcommands(sub).defer(|c| c),
                "fxiaoke" => fxiaoke::FxiaokeCommand::augment_subcommands(sub).defer(|c| c),
                "wecom" => wecom::WecomCommand::augment_subcommands(sub).defer(|c| c),
                _ => sub,
            }
        }
        let mut cmd = Cli::command();
        // `mut_subcommand` moves a subcommand to the end: each in turn keeps their order.
        let names: Vec<String> = cmd
            .get_subcommands()
            .map(|s| s.get_name().to_string())
            .collect();
        for name in &names {
            cmd = cmd.mut_subcommand(name, eager);
        }
        cmd
    }
}

/// The end of `corpmsg -h`, which leaves the global options out as every `-h` does.
const SHORT_HELP_FOOTER: &str = "\
Global options, before or after the command: -c FILE, -p NAME, -n (dry run), --json, -q, -v,
--timeout SECS, --retries N, --proxy URL, --ca-cert FILE, --insecure, --outbox (see --help).
'corpmsg COMMAND --help' shows a command's limits and examples.";

/// Options that every command takes, before or after the command name. They are listed under
/// their own heading in `--help` and left out of `-h`, which shows what is particular to a
/// command.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub(crate) struct Global {
    /// Config file [default: <config dir>/corpmsg/config.toml]
    #[arg(short, long, global = true, hide_short_help = true, env = env_vars::CORPMSG_CONFIG, value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub config: Option<String>,

    /// Profile to use (default: default_profile, or the only profile of the provider);
    /// `send` and `run` take several: -p ops -p crm
    #[arg(short, long, global = true, hide_short_help = true, env = env_vars::CORPMSG_PROFILE, value_name = "NAME", action = clap::ArgAction::Append)]
    pub profile: Vec<String>,

    /// Build and validate, print the requests as JSON lines, send nothing
    ///
    /// Needs no credentials and no network: the quickest way to see what would be sent.
    #[arg(short = 'n', long, global = true, hide_short_help = true)]
    pub dry_run: bool,

    /// Print one JSON result object per request on stdout
    #[arg(long, global = true, hide_short_help = true)]
    pub json: bool,

    /// Print no warnings, only errors
    #[arg(
        short,
        long,
        global = true,
        hide_short_help = true,
        conflicts_with = "verbose"
    )]
    pub quiet: bool,

    /// Say what was sent; -vv also shows each request (secrets masked)
    #[arg(short, long, global = true, hide_short_help = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// Per-request timeout (connect and total)
    #[arg(long, global = true, hide_short_help = true, env = env_vars::CORPMSG_TIMEOUT, value_name = "SECS", default_value = "10", value_parser = parse_secs)]
    pub timeout: Duration,

    /// Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10
    #[arg(long, global = true, hide_short_help = true, value_name = "N", default_value_t = 2, value_parser = clap::value_parser!(u32).range(0..=10))]
    pub retries: u32,

    /// HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY
    /// are honoured without it)
    #[arg(long, global = true, hide_short_help = true, value_name = "URL")]
    pub proxy: Option<String>,

    /// Extra CA certificates (PEM) to trust, for servers with a private CA
    #[arg(long, global = true, hide_short_help = true, value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub ca_cert: Option<PathBuf>,

    /// Accept any TLS certificate (insecure; prefer --ca-cert)
    #[arg(long, global = true, hide_short_help = true)]
    pub insecure: bool,

    /// Keep what could not reach its server in the outbox and send it later, exactly once
    /// (exit 8 when something was queued); also top-level `outbox = true` in the config
    #[arg(long, global = true, hide_short_help = true, env = env_vars::CORPMSG_OUTBOX,
          action = clap::ArgAction::SetTrue,
          value_parser = clap::builder::FalseyValueParser::new())]
    pub outbox: bool,
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
pub(crate) enum Command {
    /// Send Youdu (有度) messages
    #[command(subcommand)]
    Youdu(Deferred<youdu::YouduCommand>),

    /// Send Fxiaoke (纷享销客) messages
    #[command(subcommand)]
    Fxiaoke(Deferred<fxiaoke::FxiaokeCommand>),

    /// Send WeCom (企业微信) messages, from an app or a group robot
    #[command(subcommand)]
    Wecom(Deferred<wecom::WecomCommand>),

    /// List, send or drop the messages kept in the outbox
    #[command(subcommand)]
    Outbox(outbox::OutboxCommand),

    /// Send a text to each profile given by -p (any provider): fan-out
    ///
    /// The content is read once (CONTENT, `-` or piped standard input, or --content-file) and
    /// sent to every profile named with -p, or to the default profile (default_profile, the
    /// file's only profile, or the CORPMSG_* variables' profiles). Each profile's to_user and
    /// to_dept are the recipients unless -u is given.
    ///
    /// Limits: each provider's own (Youdu 600 characters and 1000 accounts per request,
    /// Fxiaoke 4000 characters and 500 ids, WeCom 2048 bytes and 1000 users), with --on-long
    /// and --no-split as for `youdu text`.
    ///
    /// Every message is checked first (limits, recipients): a problem there is exit 2 and
    /// nothing is sent. Then a profile that fails does not stop the others. Exit 0 when every
    /// profile was notified, 7 when some were, else the failures' class (3, 4, 5 or 6).
    ///
    /// Examples:
    ///   corpmsg send -p ops -p crm "Deploy of billing-api 1.4 finished"
    ///   df -h / | corpmsg send -p ops
    #[command(verbatim_doc_comment)]
    Send(send::SendArgs),

    /// Run a command, pass its output and exit status through, notify when it fails
    ///
    /// CMD runs with standard input inherited; its standard output and error are passed
    /// through as they come (through pipes: a CMD that checks for a terminal sees none), and
    /// the last --tail lines are kept in bounded memory. When CMD fails (--when failure, the
    /// default) or always (--when always), each profile gets one text: the title, command,
    /// host, result (exit status or signal), duration, and the end of the output, cut from the
    /// front to fit the provider's limit (Youdu 600, Fxiaoke 4000 characters, WeCom 2048 bytes).
    ///
    /// corpmsg exits with CMD's status (128+N when killed by signal N, 127 when CMD cannot be
    /// started, after notifying). When CMD succeeded but the notification failed, the exit code
    /// is the notification's. The profiles, recipients and secrets are checked before CMD
    /// starts and a problem is reported at once, but CMD runs anyway (if it succeeds, the exit
    /// code is the problem's: 2 or 3). A CMD that keeps a background process writing to its
    /// output is waited for 2 s after it exits. With --dry-run, CMD runs and the notification
    /// is printed instead of sent.
    ///
    /// Examples:
    ///   corpmsg run -p ops -- /usr/local/bin/backup.sh --full
    ///   corpmsg run -p ops -p crm --when always --tail 50 --title "Nightly ETL" -- make etl
    ///   crontab: 0 2 * * * corpmsg run -p ops -- /usr/local/bin/backup.sh
    #[command(verbatim_doc_comment)]
    Run(run::RunArgs),

    /// Serve every provider's API on this machine, with a web inbox: try corpmsg, test in CI
    ///
    /// A local stand-in for the Youdu, Fxiaoke and WeCom servers, as Mailpit is for mail: it
    /// serves their APIs at their real paths with fixed sandbox credentials, checks every
    /// request as the real servers do (decryption and padding, tokens and their expiry, limits,
    /// media ids, headers, byte limits) and answers with their real error codes. What it
    /// accepts shows in the inbox at http://ADDR/ and at /api/messages. One line per request
    /// goes to standard output (-q: none).
    ///
    /// --print-config prints a config whose profiles (sandbox-youdu, sandbox-fxiaoke,
    /// sandbox-wecom, sandbox-wecom-bot, and the Youdu built-in apps) point at --listen, each
    /// with default recipients.
    ///
    /// With -- CMD, the sandbox serves on a free loopback port and CMD runs with CORPMSG_CONFIG
    /// naming a config for it (default profile sandbox-youdu), no other CORPMSG_* variable, and
    /// this corpmsg first on PATH. Then one line per message received is printed, and corpmsg
    /// exits with CMD's status; with --expect N, 1 unless exactly N messages arrived.
    ///
    /// JSON API: GET /api/messages (newest first; ?provider=P&to=R), GET /api/messages/ID,
    /// DELETE /api/messages, GET /api/media/ID, GET /api/events (server-sent events), and
    /// POST /api/faults {"provider","endpoint","errcode","count"}: the next COUNT requests to
    /// that endpoint are refused with ERRCODE.
    ///
    /// Examples:
    ///   corpmsg sandbox -- corpmsg youdu text -u alice "hello"
    ///   corpmsg sandbox --expect 1 -- ./deploy.sh
    ///   corpmsg sandbox & corpmsg sandbox --print-config > sandbox.toml
    #[command(verbatim_doc_comment)]
    Sandbox(sandbox::SandboxArgs),

    /// Write, check, show or locate the config file
    ///
    /// Examples:
    ///   corpmsg config init --provider youdu && $EDITOR "$(corpmsg config path)"
    ///   corpmsg config check --online
    ///   corpmsg config show
    #[command(subcommand, verbatim_doc_comment)]
    Config(config::ConfigCommand),

    /// Print a shell completion script
    ///
    /// Shells: bash, zsh, fish, powershell, elvish.
    ///
    /// Examples:
    ///   corpmsg completions bash > ~/.local/share/bash-completion/completions/corpmsg
    ///   corpmsg completions zsh > ~/.zfunc/_corpmsg
    ///   corpmsg completions fish > ~/.config/fish/completions/corpmsg.fish
    #[command(verbatim_doc_comment)]
    Completions(completions::CompletionsArgs),

    /// Print the man page (roff); --dir writes one page per command
    ///
    /// Without --dir, the page of corpmsg itself goes to standard output. With --dir, every
    /// command and subcommand gets its own page (corpmsg.1, corpmsg-youdu.1,
    /// corpmsg-youdu-text.1, ...), so that `man corpmsg-youdu-text` finds the pages that
    /// corpmsg(1) lists under SUBCOMMANDS.
    ///
    /// Examples:
    ///   corpmsg man --dir ~/.local/share/man/man1 && man corpmsg-youdu-text
    ///   corpmsg man > ~/.local/share/man/man1/corpmsg.1
    #[command(verbatim_doc_comment)]
    Man(man::ManArgs),
}

/// A provider's subcommands, built only when the command line names that provider. clap
/// builds the parsed path of the tree, and the whole tree for help, completions and man pages;
/// without this, every run would build every provider's commands and flags (start-up time and
/// memory: BENCHMARKS.md).
#[derive(Debug)]
pub(crate) struct Deferred<T>(pub T);

impl<T: clap::FromArgMatches> clap::FromArgMatches for Deferred<T> {
    fn from_arg_matches(matches: &clap::ArgMatches) -> Result<Self, clap::Error> {
        T::from_arg_matches(matches).map(Deferred)
    }

    fn from_arg_matches_mut(matches: &mut clap::ArgMatches) -> Result<Self, clap::Error> {
        T::from_arg_matches_mut(matches).map(Deferred)
    }

    fn update_from_arg_matches(&mut self, matches: &clap::ArgMatches) -> Result<(), clap::Error> {
        self.0.update_from_arg_matches(matches)
    }

    fn update_from_arg_matches_mut(
        &mut self,
        matches: &mut clap::ArgMatches,
    ) -> Result<(), clap::Error> {
        self.0.update_from_arg_matches_mut(matches)
    }
}

impl<T: Subcommand> Subcommand for Deferred<T> {
    fn augment_subcommands(cmd: clap::Command) -> clap::Command {
        cmd.defer(T::augment_subcommands)
    }

    fn augment_subcommands_for_update(cmd: clap::Command) -> clap::Command {
        cmd.defer(T::augment_subcommands_for_update)
    }

    fn has_subcommand(name: &str) -> bool {
        T::has_subcommand(name)
    }
}

/// The whole of a corpmsg binary: parses the command line, runs it, prints the error, and gives
/// the exit code. `corpmsg` and `corpmsg-sandbox` differ only in `sandbox`.
pub fn main(sandbox: SandboxHost) -> std::process::ExitCode {
    use clap::{CommandFactory as _, FromArgMatches as _};

    use crate::exit::Exit;
    // The completion scripts' call for profile names: quiet whatever happens.
    if let Some(words) = completions::profile_completion_words() {
        let _ = completions::complete_profiles(&words, &mut std::io::stdout().lock());
        return std::process::ExitCode::SUCCESS;
    }
    let matches = Cli::command().get_matches();
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    match run(cli, Some(&matches), sandbox) {
        Ok(status) => std::process::ExitCode::from(status),
        Err(err) => {
            let exit = exit_code(&err);
            // An error with exit 0 (a closed stdout: the output just ended) has nothing to say,
            // nor exit 8: its warning said what was queued.
            if exit != Exit::Sent && exit != Exit::Queued {
                output::diagnostic(format_args!("error: {err:#}"));
            }
            std::process::ExitCode::from(exit.code())
        }
    }
}

/// Runs the parsed command line. `matches` gives the order of repeated flags where it matters
/// (`youdu sysmsg --text … --link …`); without it, each flag's values are taken in turn.
///
/// Returns the exit status: 0, or for `run`, the wrapped command's.
pub fn run(
    cli: Cli,
    matches: Option<&clap::ArgMatches>,
    sandbox: SandboxHost,
) -> anyhow::Result<u8> {
    let settings = &Settings::resolve(&cli.global, |name| std::env::var(name).ok());
    match cli.command {
        Command::Youdu(cmd) => youdu::run(cmd.0, settings, matches)?,
        Command::Fxiaoke(cmd) => fxiaoke::run(cmd.0, settings)?,
        Command::Wecom(cmd) => wecom::run(cmd.0, settings)?,
        Command::Send(args) => send::send(args, settings)?,
        Command::Run(args) => return run::run(args, settings),
        Command::Sandbox(args) => return sandbox.run(args, settings),
        Command::Config(cmd) => config::run(cmd, settings)?,
        Command::Outbox(cmd) => outbox::run(cmd, settings)?,
        Command::Completions(args) => {
            completions::completions(&args, &mut std::io::stdout().lock())?
        }
        Command::Man(args) => man::man(&args, &settings.printer, &mut std::io::stdout().lock())?,
    }
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn clap_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    /// Completions and man pages see every command: `full_command` builds in each deferred
    /// subcommand (a provider added to `Command` must be added to it too).
    #[test]
    fn the_full_tree_has_every_subcommand_before_it_is_built() {
        let full = Cli::full_command();
        let mut built = Cli::command();
        built.build();
        let order = |c: &clap::Command| -> Vec<String> {
            c.get_subcommands()
                .map(|s| s.get_name().to_string())
                .collect()
        };
        assert_eq!(order(&full), order(&Cli::command()));
        for sub in built
            .get_subcommands()
            .filter(|s| s.has_subcommands() && s.get_name() != "help")
        {
            let eager = full.find_subcommand(sub.get_name()).unwrap();
            assert!(eager.has_subcommands(), "{} is deferred", sub.get_name());
        }
    }

    /// A provider's commands are built only when clap enters it (or builds the whole tree).
    #[test]
    fn providers_subcommands_are_built_only_when_needed() {
        let cli = Cli::command();
        for provider in ["youdu", "fxiaoke", "wecom"] {
            let sub = cli.find_subcommand(provider).unwrap();
            assert!(!sub.has_subcommands(), "{provider} is built at start");
        }
        let mut built = Cli::command();
        built.build();
        let wecom = built.find_subcommand("wecom").unwrap();
        assert!(wecom.find_subcommand("textcard").is_some());
        let parsed = Cli::try_parse_from(["corpmsg", "wecom", "text", "-u", "a", "hi"]).unwrap();
        assert!(matches!(parsed.command, Command::Wecom(_)));
    }

    /// Every command a user can run says what it does and shows an example.
    #[test]
    fn every_command_has_a_summary_and_an_example() {
        fn leaves(cmd: &clap::Command, path: String, out: &mut Vec<(String, clap::Command)>) {
            // clap's own `help` subcommands (added by building) need no example.
            for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
                let path = format!("{path} {}", sub.get_name());
                if sub.has_subcommands() {
                    leaves(sub, path, out);
                } else {
                    out.push((path, sub.clone()));
                }
            }
        }
        // Built, so that the providers' deferred subcommands are there.
        let mut cli = Cli::command();
        cli.build();
        let mut all = Vec::new();
        leaves(&cli, "corpmsg".into(), &mut all);
        assert!(all.len() >= 20, "{}", all.len());
        for (path, cmd) in all {
            let about = cmd.get_about().map(|a| a.to_string()).unwrap_or_default();
            assert!(!about.is_empty(), "{path} has no summary");
            let long = cmd
                .get_long_about()
                .map(|a| a.to_string())
                .unwrap_or_default();
            assert!(long.contains("Example"), "{path} has no example");
        }
        let top = Cli::command().render_long_help().to_string();
        for var in [
            "CORPMSG_CONFIG",
            "CORPMSG_PROFILE",
            "CORPMSG_CACHE_DIR",
            "CORPMSG_YOUDU_AES_KEY",
            "CORPMSG_FXIAOKE_AUTH",
            "NO_PROXY",
        ] {
            assert!(top.contains(var), "{var} is not in the long help");
        }
    }

    /// Every command and its built clap definition (global options propagated), with its path.
    fn every_command() -> Vec<(String, clap::Command)> {
        fn walk(cmd: &clap::Command, path: String, out: &mut Vec<(String, clap::Command)>) {
            for sub in cmd.get_subcommands() {
                walk(sub, format!("{path} {}", sub.get_name()), out);
            }
            out.push((path, cmd.clone()));
        }
        let mut cli = Cli::command();
        cli.build();
        let mut all = Vec::new();
        walk(&cli, "corpmsg".into(), &mut all);
        all
    }

    /// `-h` fits a screen: it leaves the global options out, which `--help` lists under their
    /// own heading.
    #[test]
    fn global_options_are_in_long_help_only() {
        let globals: Vec<String> = Cli::command()
            .get_arguments()
            .filter(|a| a.is_global_set())
            .map(|a| format!("--{}", a.get_long().unwrap()))
            .collect();
        assert_eq!(globals.len(), 12, "{globals:?}");
        for (path, cmd) in every_command() {
            if path.split(' ').any(|word| word == "help") {
                continue; // clap's own `help` subcommands take no options
            }
            let short = cmd.clone().term_width(100).render_help().to_string();
            let long = cmd.clone().term_width(100).render_long_help().to_string();
            let (_, global_part) = long
                .split_once("\nGlobal options:\n")
                .unwrap_or_else(|| panic!("{path} --help has no Global options heading"));
            for flag in &globals {
                if path != "corpmsg" {
                    assert!(
                        !short.contains(flag.as_str()),
                        "{path} -h mentions {flag}:\n{short}"
                    );
                }
                assert!(
                    global_part.contains(flag.as_str()),
                    "{path} --help lacks {flag} under Global options"
                );
            }
            assert!(
                !short.contains("Global options:\n"),
                "{path} -h has the heading"
            );
        }
        // The top level's -h still names them, in one short paragraph.
        let top = Cli::command().term_width(100).render_help().to_string();
        assert!(
            top.contains("--timeout SECS") && top.contains("Commands:"),
            "{top}"
        );
    }

    /// An example can be pasted: every line of an Examples block in `--help` is a whole
    /// command (or the continuation of a line that ends in ` \`), never the wrapped end of
    /// one.
    #[test]
    fn examples_are_never_wrapped() {
        let mut checked = 0;
        let mut broken = Vec::new();
        for (path, cmd) in every_command() {
            let long = cmd.term_width(100).render_long_help().to_string();
            let mut in_block = false;
            let mut continued = false;
            for line in long.lines() {
                let text = line.trim();
                if text == "Examples:" || text == "Example:" {
                    in_block = true;
                    continue;
                }
                if text.is_empty() {
                    in_block = false;
                }
                if !in_block {
                    continue;
                }
                // A command line starts with corpmsg, or with a shell prefix that feeds it:
                // `tail … | corpmsg`, `id=$(corpmsg …`, `crontab: …`.
                let whole = text.starts_with("crontab: ")
                    || text.find("corpmsg ").is_some_and(|at| {
                        at == 0 || text[..at].ends_with("| ") || text[..at].ends_with("$(")
                    });
                if !(whole || continued) {
                    broken.push(format!("{path}: {text}"));
                }
                continued = text.ends_with(" \\");
                checked += 1;
            }
        }
        assert!(
            broken.is_empty(),
            "example lines that are not a whole command:\n{}",
            broken.join("\n")
        );
        assert!(checked >= 40, "only {checked} example lines found");
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
