//! The global flags and the environment, resolved once when a command starts into the one
//! value every command receives. Commands never see clap's [`Global`]; the layers below get
//! only the part they need (a `config::Request`, `NetOptions`, the cache folder) and never read
//! the environment themselves, except a secret given as `KEY_env`, read when it is needed.

use std::path::PathBuf;

use super::Global;
use super::input::InputError;
use super::output::{Printer, diagnostic};
use crate::config::{self, Connect, Overrides, Request};
use crate::env_vars;
use crate::outbox::Outbox;
use crate::transport::http::{Http, NetOptions, ProxyEnv, Sinks, Trace, needs_tls};

/// Everything a command needs of the global flags and the environment.
#[derive(Debug)]
pub(crate) struct Settings {
    /// `-n`: build and print, send nothing.
    pub dry_run: bool,
    /// `-q`, `-v`, `--json`.
    pub printer: Printer,
    /// `--config` / `CORPMSG_CONFIG` and the `CORPMSG_<PROVIDER>_*` overrides; no profile named.
    pub config: Request,
    /// `-p` / `CORPMSG_PROFILE`, empty names left out.
    pub profiles: Vec<String>,
    /// `--timeout`, `--retries`, `--proxy`, `--ca-cert`, `--insecure` and the proxy variables.
    pub net: NetOptions,
    /// The token cache folder: `CORPMSG_CACHE_DIR`, else `<cache dir>/corpmsg`; `None` when
    /// neither can be found (then tokens are fetched every run).
    pub cache_dir: Option<PathBuf>,
    /// `--outbox` / `CORPMSG_OUTBOX` (the config's top-level `outbox` is read when needed).
    pub outbox_flag: bool,
    /// The outbox's folder: `CORPMSG_STATE_DIR`, else `<state dir>/corpmsg`.
    pub state_dir: Option<PathBuf>,
    /// Whether the outbox is on, once known.
    outbox_on: std::cell::OnceCell<bool>,
}

impl Settings {
    /// The settings of a run: the flags (clap has already merged their `env = …` variables),
    /// then what `env` says of the other variables (and the
    /// process environment of the cache folder).
    pub(crate) fn resolve(global: &Global, env: impl Fn(&str) -> Option<String>) -> Self {
        let profiles = global
            .profile
            .iter()
            .filter(|p| !p.trim().is_empty())
            .cloned()
            .collect();
        let config = Request {
            // An empty variable (`CORPMSG_CONFIG=`) counts as unset, as in most tools.
            config: global
                .config
                .clone()
                .filter(|c| !c.is_empty())
                .map(PathBuf::from),
            profile: None,
            env: Overrides::from_lookup(&env),
        };
        let net = NetOptions {
            timeout: global.timeout,
            retries: global.retries,
            proxy: global.proxy.clone(),
            ca_cert: global.ca_cert.clone(),
            insecure: global.insecure,
            tls_roots: true,
            proxy_env: ProxyEnv::from_lookup(&env),
        };
        // Read as an OS string: a cache folder's path need not be UTF-8.
        let cache_dir = match std::env::var_os(env_vars::CORPMSG_CACHE_DIR) {
            Some(dir) if !dir.is_empty() => Some(PathBuf::from(dir)),
            _ => dirs::cache_dir().map(|d| d.join("corpmsg")),
        };
        let state_dir = match std::env::var_os(env_vars::CORPMSG_STATE_DIR) {
            Some(dir) if !dir.is_empty() => Some(PathBuf::from(dir)),
            _ => dirs::state_dir()
                .or_else(dirs::data_local_dir)
                .map(|d| d.join("corpmsg")),
        };
        Settings {
            dry_run: global.dry_run,
            printer: Printer::new(global.quiet, global.verbose, global.json),
            config,
            profiles,
            net,
            cache_dir,
            outbox_flag: global.outbox,
            state_dir,
            outbox_on: std::cell::OnceCell::new(),
        }
    }

    /// The outbox, when this run keeps what it cannot send (`--outbox`, `CORPMSG_OUTBOX=1` or
    /// `outbox = true` in the config) and is not a dry run.
    pub(crate) fn outbox(&self) -> Option<Outbox> {
        let on = *self
            .outbox_on
            .get_or_init(|| self.outbox_flag || config::outbox_wanted(&self.config));
        match (on && !self.dry_run, &self.state_dir) {
            (true, Some(dir)) => Some(Outbox::new(dir)),
            (true, None) => {
                self.printer.warn(&format!(
                    "the outbox is on but has no folder (no home folder was found): set {}",
                    env_vars::CORPMSG_STATE_DIR
                ));
                None
            }
            _ => None,
        }
    }

    /// Notes the loaded config file's `outbox = true`, so that [`Settings::outbox`] need not read
    /// the file again.
    pub(crate) fn loaded_outbox(&self, in_file: bool) {
        let _ = self.outbox_on.set(self.outbox_flag || in_file);
    }

    /// The outbox's folder, whether or not the outbox is on (`outbox` commands).
    pub(crate) fn outbox_store(&self) -> anyhow::Result<Outbox> {
        match &self.state_dir {
            Some(dir) => Ok(Outbox::new(dir)),
            None => anyhow::bail!(
                "no folder for the outbox: set {} (no home folder was found)",
                env_vars::CORPMSG_STATE_DIR
            ),
        }
    }

    /// The network options for requests to `url`: the built-in root certificates are loaded
    /// only when a request may use TLS ([`needs_tls`]).
    pub(crate) fn net_for(&self, url: &str) -> NetOptions {
        NetOptions {
            tls_roots: needs_tls(url, self.net.proxy.as_deref(), &self.net.proxy_env),
            ..self.net.clone()
        }
    }

    /// The config file and the one profile a provider command asks for.
    pub(crate) fn config_request(&self) -> Result<Request, InputError> {
        if self.profiles.len() > 1 {
            return Err(InputError::Usage(format!(
                "--profile is given {} times; only `send` and `run` notify several profiles",
                self.profiles.len()
            )));
        }
        Ok(Request {
            profile: self.profiles.first().cloned(),
            ..self.config.clone()
        })
    }

    /// The HTTP client of a run to `url`, with `-vv` request lines and the `--insecure`
    /// warning.
    fn http(&self, url: &str) -> anyhow::Result<Http> {
        let printer = self.printer;
        let trace: Option<Trace> = printer
            .debug_enabled()
            .then(|| Box::new(|line: &str| diagnostic(format_args!("debug: {line}"))) as _);
        let warn: Option<Trace> = Some(Box::new(move |line: &str| printer.warn(line)));
        if self.net.insecure {
            printer.warn("--insecure: TLS certificates are not checked");
        }
        Ok(Http::new(
            &self.net_for(url),
            Sinks {
                trace,
                warn,
                meters: super::progress::meters(printer),
            },
        )?)
    }

    /// A provider's client, made by `make` from this run's HTTP client (for the URL it asks)
    /// and token cache folder; see `config::ProfileKind::client`, which reads the profile's
    /// secrets before it connects.
    pub(crate) fn client<C>(
        &self,
        make: impl FnOnce(Connect, Option<PathBuf>) -> anyhow::Result<C>,
    ) -> anyhow::Result<C> {
        make(&|url: &str| self.http(url), self.cache_dir.clone())
    }
}
