//! `corpmsg sandbox`: serve every provider's API on this machine, print its profiles, or run a
//! command against it and count what arrived.
//!
//! The server, its emulators and SQLite are code that no other command runs, and a binary's
//! size shows in the memory of every run (BENCHMARKS.md). So `corpmsg` leaves them out and hands
//! `sandbox` to `corpmsg-sandbox` beside it ([`beside`]): corpmsg with the sandbox compiled in
//! ([`SandboxHost::here`]), the same command line, parsed again.

use std::ffi::OsString;
use std::net::{SocketAddr, TcpListener, ToSocketAddrs};
use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use anyhow::Context as _;
use clap::Args;

use super::Settings;
use super::input::InputError;
use super::output::Printer;
use super::run::CmdResult;
use crate::env_vars;
use crate::sandbox::{self, Options, SIDES, Store};
use crate::transport::token_cache::write_private;

#[derive(Args, Debug)]
pub(crate) struct SandboxArgs {
    /// The address to serve on (a port of 0 takes a free one)
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8025")]
    listen: String,

    /// Keep messages and uploads in this SQLite file across restarts (made if missing)
    #[arg(long, value_name = "FILE")]
    db: Option<PathBuf>,

    /// Print a config with one profile per provider kind, pointing at --listen, and exit
    #[arg(long, conflicts_with = "command")]
    print_config: bool,

    /// With CMD: exit 1 unless exactly N messages arrived
    #[arg(long, value_name = "N", requires = "command")]
    expect: Option<usize>,

    /// How long the tokens it issues live, in seconds: a short one tests a client's refresh
    #[arg(long, value_name = "SECONDS", default_value_t = 7200,
          value_parser = clap::value_parser!(u64).range(1..))]
    token_lifetime: u64,

    /// A command to run against a sandbox on a free loopback port, with a config for it
    #[arg(last = true, value_name = "CMD")]
    command: Vec<OsString>,
}

/// The profile a command run against the sandbox uses unless it names one.
const DEFAULT_PROFILE: &str = "sandbox-youdu";

/// Where this binary runs `corpmsg sandbox`.
#[derive(Clone, Copy)]
pub struct SandboxHost(Option<fn(SandboxArgs, &Settings) -> anyhow::Result<u8>>);

impl SandboxHost {
    /// In `corpmsg-sandbox` beside this binary ([`beside`]): what `corpmsg` does.
    pub const BESIDE: SandboxHost = SandboxHost(None);

    /// In this process: what `corpmsg-sandbox` does. Only it names this function, so only it
    /// links the server.
    pub fn here() -> SandboxHost {
        SandboxHost(Some(run))
    }

    pub(crate) fn run(self, args: SandboxArgs, settings: &Settings) -> anyhow::Result<u8> {
        match self.0 {
            Some(serve) => serve(args, settings),
            None => beside(),
        }
    }
}

/// The binary that runs the sandbox for `corpmsg`.
const COMPANION: &str = "corpmsg-sandbox";

/// Hands this command line to `corpmsg-sandbox` in this binary's folder, which replaces this
/// process (its output, signals and exit status are the command's), telling it which corpmsg
/// CMD should run.
fn beside() -> anyhow::Result<u8> {
    let exe = std::env::current_exe().context("cannot find the running corpmsg")?;
    let companion = exe.with_file_name(format!("{COMPANION}{}", std::env::consts::EXE_SUFFIX));
    if !companion.is_file() {
        anyhow::bail!(
            "corpmsg sandbox runs {}, which is missing: `cargo install --path .` installs it \
             beside corpmsg, and `cargo build --release` builds both",
            companion.display()
        );
    }
    let mut cmd = Command::new(&companion);
    cmd.args(std::env::args_os().skip(1))
        .env(env_vars::CORPMSG_SANDBOX_CLIENT, &exe);
    replace_process(cmd).with_context(|| format!("cannot run {}", companion.display()))
}

#[cfg(unix)]
fn replace_process(mut cmd: Command) -> std::io::Result<u8> {
    use std::os::unix::process::CommandExt as _;
    Err(cmd.exec())
}

#[cfg(not(unix))]
fn replace_process(mut cmd: Command) -> std::io::Result<u8> {
    Ok(CmdResult::from_status(cmd.status()?).exit_status())
}

/// Serves, prints the config, or runs CMD: `corpmsg-sandbox`'s `sandbox`.
fn run(args: SandboxArgs, settings: &Settings) -> anyhow::Result<u8> {
    let quiet = settings.printer.quiet();
    let options = |log| -> anyhow::Result<Options> {
        Ok(Options {
            log,
            token_lifetime: Duration::from_secs(args.token_lifetime),
            store: Store::open(args.db.as_deref()).map_err(InputError::Usage)?,
        })
    };
    if args.print_config {
        let addr = resolve(&args.listen)?;
        print!("{}", config_text(addr));
        return Ok(0);
    }
    if !args.command.is_empty() {
        let listener = TcpListener::bind("127.0.0.1:0").context("cannot listen on 127.0.0.1")?;
        let running = sandbox::start(listener, options(false)?)?;
        return with_command(&args, &running, &settings.printer);
    }
    let addr = resolve(&args.listen)?;
    let listener =
        TcpListener::bind(addr).with_context(|| format!("cannot listen on {addr} (--listen)"))?;
    let running = sandbox::start(listener, options(!quiet)?)?;
    settings.printer.note(&format!(
        "corpmsg sandbox: serving every provider's API on http://{} (the inbox is there too)\n\
         profiles: corpmsg sandbox --print-config{} > sandbox.toml; CORPMSG_CONFIG=sandbox.toml corpmsg youdu text -u alice hello",
        running.addr,
        if running.addr.port() == 8025 {
            String::new()
        } else {
            format!(" --listen {}", running.addr)
        }
    ));
    running.wait()?;
    Ok(0)
}

/// The socket address of `--listen`.
fn resolve(listen: &str) -> anyhow::Result<SocketAddr> {
    let bad = || {
        InputError::Usage(format!(
            "--listen {listen:?} is not an address such as 127.0.0.1:8025"
        ))
    };
    listen
        .to_socket_addrs()
        .map_err(|_| bad())?
        .next()
        .ok_or_else(|| bad().into())
}

/// The sandbox's config: every provider's profiles, for a server at `addr`.
fn config_text(addr: SocketAddr) -> String {
    let host = if addr.ip().is_unspecified() {
        "127.0.0.1".to_string()
    } else if addr.is_ipv6() {
        format!("[{}]", addr.ip())
    } else {
        addr.ip().to_string()
    };
    let url = format!("http://{host}:{}", addr.port());
    let mut text = format!(
        "# corpmsg sandbox's profiles for its server at {url}: the secrets are the sandbox's own.\n\
         default_profile = \"{DEFAULT_PROFILE}\"\n\n"
    );
    for side in SIDES {
        text.push_str(&side.profiles(&url));
    }
    text
}

/// Runs CMD with a config for the running sandbox, prints what arrived, and gives CMD's exit
/// status (1 when `--expect` counted otherwise).
fn with_command(
    args: &SandboxArgs,
    running: &sandbox::Running,
    printer: &Printer,
) -> anyhow::Result<u8> {
    let dir = tempfile::Builder::new()
        .prefix("corpmsg-sandbox-")
        .tempdir()
        .context("cannot make a temporary folder for the sandbox's config")?;
    let config = dir.path().join("config.toml");
    write_private(&config, config_text(running.addr).as_bytes())
        .with_context(|| format!("cannot write {}", config.display()))?;
    let mut cmd = Command::new(&args.command[0]);
    cmd.args(&args.command[1..]);
    // Nothing of the caller's corpmsg settings may send CMD's messages elsewhere.
    for (name, _) in std::env::vars_os() {
        if name.to_string_lossy().starts_with("CORPMSG_") {
            cmd.env_remove(name);
        }
    }
    cmd.env(env_vars::CORPMSG_CONFIG, &config)
        .env(env_vars::CORPMSG_CACHE_DIR, dir.path().join("cache"))
        .env(env_vars::CORPMSG_STATE_DIR, dir.path().join("state"));
    cmd.env("PATH", path_with_corpmsg(dir.path())?);
    let result = match cmd.status() {
        Ok(status) => CmdResult::from_status(status),
        Err(e) => CmdResult::NotStarted(e),
    };
    if let CmdResult::NotStarted(e) = &result {
        printer.error(&format!(
            "cannot run {}: {e}",
            args.command[0].to_string_lossy()
        ));
    }
    let messages = running.messages();
    if !printer.quiet() {
        for m in &messages {
            printer.line(&format!("sandbox: {}", m.line()))?;
        }
    }
    if let Some(n) = args.expect
        && messages.len() != n
    {
        printer.error(&format!(
            "--expect {n}: the sandbox received {} message{}",
            messages.len(),
            if messages.len() == 1 { "" } else { "s" }
        ));
        return Ok(1);
    }
    Ok(result.exit_status())
}

/// `PATH` for CMD: first a folder in `tmp` holding `corpmsg`, a link to the corpmsg that ran
/// `sandbox` (or to this binary, run as `corpmsg-sandbox sandbox` or by `cargo run`), then that
/// corpmsg's folder, then the caller's `PATH`. The link makes CMD's `corpmsg` the one that
/// started the sandbox even when its folder holds another: `cargo run` builds only
/// `corpmsg-sandbox`, and target/release may keep an older `corpmsg`.
fn path_with_corpmsg(tmp: &std::path::Path) -> anyhow::Result<OsString> {
    let client = match std::env::var_os(env_vars::CORPMSG_SANDBOX_CLIENT) {
        Some(path) => PathBuf::from(path),
        None => std::env::current_exe().context("cannot find the running corpmsg")?,
    };
    let bin = tmp.join("bin");
    std::fs::create_dir(&bin).with_context(|| format!("cannot make {}", bin.display()))?;
    link(
        &client,
        &bin.join(format!("corpmsg{}", std::env::consts::EXE_SUFFIX)),
    )
    .with_context(|| format!("cannot link {} into {}", client.display(), bin.display()))?;
    let folders = [Some(bin), client.parent().map(PathBuf::from)];
    let rest = std::env::var_os("PATH").unwrap_or_default();
    std::env::join_paths(
        folders
            .into_iter()
            .flatten()
            .chain(std::env::split_paths(&rest)),
    )
    .context("cannot put the sandbox's folder on PATH")
}

#[cfg(unix)]
fn link(target: &std::path::Path, link: &std::path::Path) -> std::io::Result<()> {
    std::os::unix::fs::symlink(target, link)
}

#[cfg(not(unix))]
fn link(target: &std::path::Path, link: &std::path::Path) -> std::io::Result<()> {
    std::fs::copy(target, link).map(drop)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A provider added to the registry without its sandbox side (or out of order) fails here.
    #[test]
    fn every_provider_of_the_registry_has_its_sandbox_side() {
        let sides: Vec<&str> = SIDES.iter().map(|s| s.provider()).collect();
        let registry: Vec<&str> = crate::config::provider_names().collect();
        assert_eq!(sides, registry);
    }
}
