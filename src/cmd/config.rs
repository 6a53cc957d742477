//! `corpmsg config init | check | show | path`: write a starter config, validate it (and fetch
//! a token with each profile), print it with secrets masked, and say which file is in use.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::builder::PossibleValuesParser;
use clap::{Args, Subcommand};
use serde::Serialize;

use super::Settings;
use super::exit_code;
use super::input::InputError;
use super::output::Printer;
use crate::config::{self, ConfigError, Profile, Provider};
use crate::exit::{Exit, Reported};
use crate::transport::token_cache::write_private;
use crate::transport::{Client, Online};

#[derive(Debug, Subcommand)]
pub(crate) enum ConfigCommand {
    /// Write a commented starter config (mode 600) for one provider or several
    ///
    /// Writes to --config / CORPMSG_CONFIG, else <config dir>/corpmsg/config.toml; never
    /// overwrites an existing file without --force. The profile is named after the provider,
    /// or after --profile. Fill in the empty values, then run `corpmsg config check --online`.
    ///
    /// Examples:
    ///   corpmsg config init --provider youdu
    ///   corpmsg config init --provider youdu,fxiaoke
    ///   corpmsg config init --provider wecom
    ///   corpmsg -c ./corpmsg.toml -p ops config init --provider youdu --force
    #[command(verbatim_doc_comment)]
    Init(InitArgs),

    /// Validate every profile; with --online, also check its credentials with the server
    ///
    /// Offline, each profile's fields are checked and its secrets read (from the value, the
    /// variable or the file); the Youdu key must decode to 32 bytes. One line per profile on
    /// stdout (one JSON object with --json). Exit 0 when every profile is usable, else the
    /// class of the failures: 3 config, 4 credentials refused, 6 network. With -p, only the
    /// named profiles.
    ///
    /// --online fetches a new access token with each profile (nothing is sent); a WeCom group
    /// robot has no call that sends nothing, so only its key's shape is checked.
    ///
    /// Examples:
    ///   corpmsg config check
    ///   corpmsg config check --online
    #[command(verbatim_doc_comment)]
    Check(CheckArgs),

    /// Print the config in use, with the environment's overrides and every secret masked
    ///
    /// A value that a CORPMSG_* variable set is marked with a comment naming it. A secret
    /// given as a value prints as "***"; one given by variable or file prints the name.
    /// With -p, only the named profiles.
    ///
    /// Example:
    ///   corpmsg config show
    #[command(verbatim_doc_comment)]
    Show,

    /// Print the path of the config file in use (whether or not it exists)
    ///
    /// --config, else CORPMSG_CONFIG, else <config dir>/corpmsg/config.toml.
    ///
    /// Example:
    ///   $EDITOR "$(corpmsg config path)"
    #[command(verbatim_doc_comment)]
    Path,
}

#[derive(Debug, Args)]
pub(crate) struct InitArgs {
    /// The provider(s) to write a profile for; several separated by `,`
    #[arg(
        long,
        value_parser = provider_names(),
        value_name = "PROVIDER",
        required = true,
        value_delimiter = ','
    )]
    pub provider: Vec<String>,

    /// Overwrite an existing file
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub(crate) struct CheckArgs {
    /// Also fetch a new access token with each profile (network; nothing is sent; a WeCom
    /// group robot's key is only checked for its shape)
    #[arg(long)]
    pub online: bool,
}

pub(crate) fn run(cmd: ConfigCommand, settings: &Settings) -> anyhow::Result<()> {
    let printer = settings.printer;
    match cmd {
        ConfigCommand::Init(args) => init(&args, settings, &printer),
        ConfigCommand::Check(args) => check(&args, settings, &printer),
        ConfigCommand::Show => show(settings, &printer),
        ConfigCommand::Path => {
            let path = in_use(settings)?;
            if !path.exists() {
                printer.warn(&format!(
                    "{} does not exist yet; create it with `corpmsg config init --provider youdu`",
                    path.display()
                ));
            }
            Ok(printer.line(&path.display().to_string())?)
        }
    }
}

fn in_use(settings: &Settings) -> anyhow::Result<PathBuf> {
    config::path_in_use(&settings.config.clone()).ok_or_else(|| {
        InputError::Usage(
            "cannot find a config folder (no HOME or XDG_CONFIG_HOME); give --config FILE".into(),
        )
        .into()
    })
}

const HEADER: &str = "\
# corpmsg config, written by `corpmsg config init`. Keep it private: chmod 600.
# Fill in the empty values, then check with `corpmsg config check --online`.
# Every key is described in config.example.toml in corpmsg's sources.
";

/// The values `config init --provider` takes: every provider's name.
fn provider_names() -> PossibleValuesParser {
    PossibleValuesParser::new(config::PROVIDERS.iter().map(|p| p.name()))
}

fn init(args: &InitArgs, settings: &Settings, printer: &Printer) -> anyhow::Result<()> {
    let path = in_use(settings)?;
    if path.exists() && !args.force {
        return Err(InputError::Usage(format!(
            "{} exists; not overwritten (add --force to replace it)",
            path.display()
        ))
        .into());
    }
    let mut providers: Vec<Provider> = Vec::new();
    for name in &args.provider {
        let p = Provider::parse(name).expect("clap takes only the registry's names");
        if !providers.contains(&p) {
            providers.push(p);
        }
    }
    let names = settings.profiles.clone();
    if names.len() > 1 || (!names.is_empty() && providers.len() > 1) {
        return Err(InputError::Usage(
            "--profile (or CORPMSG_PROFILE) names the one profile of a single --provider; without it, profiles are named after their provider".into(),
        )
        .into());
    }
    let mut text = HEADER.to_string();
    for p in &providers {
        let name = names.first().map_or(p.name(), String::as_str);
        let body = p.schema().starter();
        text.push_str(&format!("\n[profiles.{}]\n{body}", config::table_key(name)));
    }
    write_private(&path, text.as_bytes()).map_err(|e| {
        anyhow::Error::new(InputError::Usage(format!(
            "cannot write {}: {e}",
            path.display()
        )))
    })?;
    printer.note(&format!(
        "wrote {}: fill in the empty values, then run `corpmsg config check --online`",
        path.display()
    ));
    Ok(())
}

/// One profile's line of `config check`.
#[derive(Serialize)]
struct Checked {
    profile: String,
    provider: Option<&'static str>,
    ok: bool,
    /// The first problem (kept for scripts that read it); all of them are in `problems`.
    problem: Option<String>,
    problems: Vec<String>,
    warnings: Vec<String>,
    /// With --online: whether a token was fetched.
    #[serde(skip_serializing_if = "Option::is_none")]
    token: Option<bool>,
    /// With --online, for a provider with no call that sends nothing (a WeCom robot): what
    /// was checked instead of fetching a token.
    #[serde(skip_serializing_if = "Option::is_none")]
    online: Option<&'static str>,
    #[serde(skip)]
    exit: Exit,
}

fn check(args: &CheckArgs, settings: &Settings, printer: &Printer) -> anyhow::Result<()> {
    let req = settings.config.clone();
    let env = req.env.clone();
    let path = in_use(settings)?;
    let mut results = Vec::new();
    let mut file_warnings = Vec::new();
    let mut file_problem = None;
    let profiles = match config::read_in_use(&req, Some(&path), &env, &mut file_warnings)? {
        Some(each) => {
            if let Some(default) = &each.default_profile
                && !each.profiles.iter().any(|(n, _)| n == default)
            {
                // Reported after the profiles' lines, so that one run shows every problem.
                file_problem = Some(ConfigError::Choice(format!(
                    "{}: default_profile = {default:?} names no profile",
                    path.display()
                )));
            }
            if each.profiles.is_empty() {
                file_warnings.push(format!("{} has no profile", path.display()));
            }
            each.profiles
        }
        None => {
            let from_env = config::env_profiles(&env);
            if from_env.is_empty() {
                return Err(ConfigError::NotFound { path }.into());
            }
            from_env
        }
    };
    for w in &file_warnings {
        printer.warn(w);
    }
    let names = settings.profiles.clone();
    if let Some(missing) = names
        .iter()
        .find(|n| !profiles.iter().any(|(p, _)| p == *n))
    {
        return Err(
            ConfigError::Choice(format!("{} has no profile `{missing}`", path.display())).into(),
        );
    }
    let profiles = profiles
        .into_iter()
        .filter(|(name, _)| names.is_empty() || names.contains(name));
    for (name, profile) in profiles {
        results.push(check_one(name, profile, args.online, settings));
    }
    for r in &results {
        if printer.json {
            printer.json_line(r)?;
        } else {
            printer.line(&r.line())?;
        }
    }
    let failed: Vec<&Checked> = results.iter().filter(|r| !r.ok).collect();
    if let Some(e) = file_problem {
        if failed.is_empty() {
            return Err(e.into());
        }
        printer.error(&e.to_string());
    }
    match failed.is_empty() {
        true => Ok(()),
        false => Err(not_usable(&failed, results.len()).into()),
    }
}

/// The summary of a `config check` where some of `total` profiles failed.
fn not_usable(failed: &[&Checked], total: usize) -> Reported {
    let exits: Vec<Exit> = failed.iter().map(|r| r.exit).collect();
    let names: Vec<&str> = failed.iter().map(|r| r.profile.as_str()).collect();
    Reported {
        summary: format!(
            "{} of {total} profiles not usable: {}",
            failed.len(),
            names.join(", ")
        ),
        exit: Exit::merge(0, &exits),
    }
}

fn check_one(
    name: String,
    profile: Result<Profile, ConfigError>,
    online: bool,
    settings: &Settings,
) -> Checked {
    let mut checked = Checked {
        profile: name,
        provider: None,
        ok: false,
        problem: None,
        problems: Vec::new(),
        warnings: Vec::new(),
        token: None,
        online: None,
        exit: Exit::Config,
    };
    let profile = match profile {
        Ok(p) => p,
        Err(e) => {
            if let ConfigError::Broken {
                provider: Some(p), ..
            } = &e
            {
                checked.provider = Some(p.name());
            }
            checked.set_problems(e.problems().into_iter().map(problem).collect());
            return checked;
        }
    };
    checked.provider = Some(profile.provider().name());
    checked.warnings = profile.warnings();
    checked.warnings.extend(placeholder_warning(&profile));
    if let Err(e) = profile.check_secrets() {
        checked.set_problems(vec![problem(&e)]);
        return checked;
    }
    if online {
        match check_online(&profile, settings) {
            Ok(Online::TokenFetched) => checked.token = Some(true),
            Ok(Online::Offline(what)) => checked.online = Some(what),
            Err(e) => {
                checked.token = Some(false);
                checked.exit = exit_code(&e);
                checked.set_problems(vec![format!("{e:#}")]);
                return checked;
            }
        }
    }
    checked.ok = true;
    checked.exit = Exit::Sent;
    checked
}

/// A config error without the file and profile, which the line already names.
fn problem(e: &ConfigError) -> String {
    e.short()
}

/// A warning for a URL still pointing at the starter config's example host.
fn placeholder_warning(profile: &Profile) -> Option<String> {
    let url = profile.url();
    let host = config::url_host(url)?;
    (host == "example.com" || host.ends_with(".example.com"))
        .then(|| format!("url {url} is an example host; put your server's address there"))
}

/// Checks the profile's credentials with its server: fetches a new token (not from the
/// cache, and not stored), or says what was checked instead.
fn check_online(profile: &Profile, settings: &Settings) -> anyhow::Result<Online> {
    let client = settings.client(|connect, cache| profile.kind().client(connect, cache))?;
    Ok(client.check_online()?)
}

impl Checked {
    fn set_problems(&mut self, problems: Vec<String>) {
        self.problem = problems.first().cloned();
        self.problems = problems;
    }

    /// `ops (youdu): ok`, `crm (fxiaoke): error: …` (one line per problem), with warnings
    /// after `; warning: `.
    fn line(&self) -> String {
        let head = match self.provider {
            Some(p) => format!("{} ({p}): ", self.profile),
            None => format!("{}: ", self.profile),
        };
        let mut lines: Vec<String> = match (self.problems.as_slice(), self.token) {
            ([], Some(true)) => vec![format!("{head}ok, token fetched")],
            ([], _) => match self.online {
                Some(what) => vec![format!("{head}ok, {what}")],
                None => vec![format!("{head}ok")],
            },
            (problems, _) => problems
                .iter()
                .map(|p| format!("{head}error: {p}"))
                .collect(),
        };
        if let Some(last) = lines.last_mut() {
            for w in &self.warnings {
                last.push_str(&format!("; warning: {w}"));
            }
        }
        lines.join("\n")
    }
}

fn show(settings: &Settings, printer: &Printer) -> anyhow::Result<()> {
    let req = &settings.config;
    let path = config::path_in_use(req);
    let mut warnings = Vec::new();
    // Each profile on its own: a broken one is shown as far as it can be, its problems marked.
    let file = config::read_in_use(req, path.as_deref(), &req.env, &mut warnings)?;
    let mut out = String::new();
    let failure = match &file {
        Some(file) => show_file(file, &settings.profiles, &req.env, &mut out)?,
        None => {
            let path = path.as_deref().unwrap_or(Path::new("(none)"));
            show_env(path, &settings.profiles, &req.env, &mut out)?;
            None
        }
    };
    for w in &warnings {
        printer.warn(w);
    }
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(out.as_bytes())?;
    stdout.flush()?;
    match failure {
        Some(failure) => Err(failure.into()),
        None => Ok(()),
    }
}

/// `config show` of a file's profiles (those in `names`, or all) into `out`; the failure to
/// report after printing when some are broken.
fn show_file(
    file: &config::EachProfile,
    names: &[String],
    env: &config::Overrides,
    out: &mut String,
) -> Result<Option<Reported>, ConfigError> {
    out.push_str(&format!(
        "# {} (environment overrides applied, secrets masked)\n",
        file.path.display()
    ));
    if let Some(d) = &file.default_profile {
        if !file.profiles.iter().any(|(n, _)| n == d) {
            out.push_str("# problem: default_profile names no profile\n");
        }
        out.push_str(&format!(
            "default_profile = {}\n",
            toml::Value::from(d.as_str())
        ));
    }
    if let Some(name) = names
        .iter()
        .find(|name| !file.profiles.iter().any(|(n, _)| n == *name))
    {
        return Err(ConfigError::Choice(format!(
            "{} has no profile `{name}`",
            file.path.display()
        )));
    }
    let mut broken = Vec::new();
    for (name, profile) in &file.profiles {
        if names.is_empty() || names.contains(name) {
            out.push('\n');
            match profile {
                Ok(profile) => out.push_str(&profile.to_masked_toml(env)),
                Err(e) => {
                    let table = file.tables.get(name).cloned().unwrap_or_default();
                    out.push_str(&config::broken_to_masked_toml(name, &table, e));
                    broken.push(name.as_str());
                }
            }
        }
    }
    Ok((!broken.is_empty()).then(|| Reported {
        summary: format!(
            "{}: profile(s) {} not usable; their problems are marked `# problem:` above each",
            file.path.display(),
            broken.join(", ")
        ),
        exit: Exit::Config,
    }))
}

/// `config show` of the profiles the environment makes up (those in `names`, or all), there
/// being no file at `path`, into `out`.
fn show_env(
    path: &Path,
    names: &[String],
    env: &config::Overrides,
    out: &mut String,
) -> Result<(), ConfigError> {
    out.push_str(&format!(
        "# no config file at {}; profiles from the environment (secrets masked)\n",
        path.display()
    ));
    let profiles = config::env_profiles(env);
    if profiles.is_empty() {
        return Err(ConfigError::NotFound {
            path: path.to_path_buf(),
        });
    }
    if let Some(missing) = names
        .iter()
        .find(|n| !profiles.iter().any(|(p, _)| p == *n))
    {
        return Err(ConfigError::Choice(format!(
            "no config file at {} to hold profile `{missing}`",
            path.display()
        )));
    }
    for (name, profile) in profiles {
        if names.is_empty() || names.contains(&name) {
            out.push('\n');
            out.push_str(&profile?.to_masked_toml(env));
        }
    }
    Ok(())
}
