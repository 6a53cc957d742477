//! Choosing the profile a command uses, and the profiles `send` and `run` notify.

use super::*;

/// Picks the profile for a command of `provider`: `--profile`, else `default_profile` if it is of
/// that provider, else the only profile of that provider.
pub(super) fn choose<'a>(
    file: &'a ConfigFile,
    provider: Provider,
    wanted: Option<&str>,
) -> Result<Option<&'a Profile>, ConfigError> {
    let origin = file.path.display();
    if let Some(name) = wanted {
        let profile = file.profiles.get(name).ok_or_else(|| {
            ConfigError::Choice(format!(
                "{origin} has no profile `{name}` (have: {})",
                list(file.profiles.keys())
            ))
        })?;
        if profile.provider() != provider {
            return Err(ConfigError::Choice(format!(
                "profile `{name}` in {origin} is a {} profile; this command needs a {provider} profile",
                profile.provider()
            )));
        }
        return Ok(Some(profile));
    }
    if let Some(default) = &file.default_profile
        && let Some(profile) = file.profiles.get(default)
        && profile.provider() == provider
    {
        return Ok(Some(profile));
    }
    let mut of_provider = file
        .profiles
        .iter()
        .filter(|(_, p)| p.provider() == provider);
    match (of_provider.next(), of_provider.next()) {
        (None, _) => Ok(None),
        (Some((_, only)), None) => Ok(Some(only)),
        (Some(_), Some(_)) => {
            let names = file
                .profiles
                .iter()
                .filter(|(_, p)| p.provider() == provider)
                .map(|(n, _)| n);
            Err(ConfigError::Choice(format!(
                "{origin} has several {provider} profiles ({}); choose one with --profile or set default_profile",
                list(names)
            )))
        }
    }
}

/// The profile of `provider` for a command, as its provider's own type `P` ([`resolve`]):
/// what each provider's own function (`config::youdu`, `config::fxiaoke`) gives.
pub(super) fn resolve_as<P: ProfileKind + Clone>(
    req: &Request,
    provider: Provider,
    optional: bool,
) -> Result<Option<Loaded<P>>, ConfigError> {
    let Some(Loaded {
        profile,
        warnings,
        outbox,
    }) = resolve(req, provider, optional)?
    else {
        return Ok(None);
    };
    let profile = profile
        .get::<P>()
        .expect("a profile of the provider asked for is of its type")
        .clone();
    Ok(Some(Loaded {
        profile,
        warnings,
        outbox,
    }))
}

/// The profile of `provider` for a command: the file's chosen profile with the environment
/// applied, else the one its variables make up. With `optional` (a dry run) and no profile in
/// the file, the environment's profile is used only if [`Schema::env_shapes_dry_run`]; else
/// none is. The warnings are the file's, then the profile's.
fn resolve(
    req: &Request,
    provider: Provider,
    optional: bool,
) -> Result<Option<Loaded<Profile>>, ConfigError> {
    let Sources {
        env,
        path,
        file,
        mut warnings,
    } = load(req)?;
    let profile = match named_env(req, provider, file.as_ref(), &env)? {
        Some(profile) => Some(profile),
        None => chosen(
            req,
            provider,
            file.as_ref(),
            path.as_deref(),
            optional,
            &env,
        )?,
    };
    let Some(profile) = profile else {
        if optional {
            return Ok(None);
        }
        return Err(match file {
            Some(file) => ConfigError::Choice(format!(
                "{} has no {provider} profile (have: {}); add one or set the {} variables",
                file.path.display(),
                list(file.profiles.keys()),
                provider.schema().env_family()
            )),
            None => ConfigError::NotFound {
                path: path.unwrap_or_else(|| PathBuf::from("<config dir>/corpmsg/config.toml")),
            },
        });
    };
    warnings.extend(profile.warnings());
    let outbox = file.as_ref().is_some_and(|f| f.outbox);
    Ok(Some(Loaded {
        profile,
        warnings,
        outbox,
    }))
}

/// The environment's profile when `--profile` names it (`-p env-youdu`) and the file has no
/// profile of that name; an error when it names another provider's.
fn named_env(
    req: &Request,
    provider: Provider,
    file: Option<&ConfigFile>,
    env: &Overrides,
) -> Result<Option<Profile>, ConfigError> {
    let Some(name) = req.profile.as_deref() else {
        return Ok(None);
    };
    if file.is_some_and(|f| f.profiles.contains_key(name)) {
        return Ok(None);
    }
    // Another provider's environment profile.
    if PROVIDERS
        .iter()
        .any(|p| p.name() != provider.name() && p.env_profile() == name)
    {
        return Err(ConfigError::Choice(format!(
            "profile `{name}` (the CORPMSG_* variables') is not a {provider} profile; this command needs a {provider} profile"
        )));
    }
    if name != provider.schema().env_profile() {
        return Ok(None);
    }
    env_profile_of(provider.schema(), env).transpose()
}

/// The file's profile of `provider` for a command ([`choose`]), else the one the environment
/// makes up; `None` when there is neither, or when a dry run needs none.
fn chosen(
    req: &Request,
    provider: Provider,
    file: Option<&ConfigFile>,
    path: Option<&Path>,
    optional: bool,
    env: &Overrides,
) -> Result<Option<Profile>, ConfigError> {
    if let Some(file) = file
        && let Some(chosen) = choose(file, provider, req.profile.as_deref())?
    {
        return Ok(Some(chosen.clone()));
    }
    if let Some(name) = &req.profile {
        return Err(ConfigError::Choice(format!(
            "no config file at {} to hold profile `{name}`",
            path.map_or_else(|| "(unknown)".into(), |p| p.display().to_string()),
        )));
    }
    // A dry run of a provider whose environment profile does not shape the request needs
    // neither the file nor the variables.
    if optional && !provider.schema().env_shapes_dry_run(env) {
        return Ok(None);
    }
    env_profile_of(provider.schema(), env).transpose()
}

/// What a command's profiles come from: the environment's overrides, the config file (if
/// there is one) and the warnings reading it raised.
pub(crate) struct Sources {
    pub env: Overrides,
    /// The file in use, whether or not it exists.
    pub path: Option<PathBuf>,
    pub file: Option<ConfigFile>,
    pub warnings: Vec<String>,
}

/// The config file in use: `--config` / `CORPMSG_CONFIG`, else the default path.
pub(crate) fn path_in_use(req: &Request) -> Option<PathBuf> {
    req.config.clone().or_else(default_path)
}

/// Reads the config file in use, with the environment's overrides. A missing file is an error
/// only when it was named (`--config`); else there is simply no file.
pub(crate) fn load(req: &Request) -> Result<Sources, ConfigError> {
    let env = req.env.clone();
    let path = path_in_use(req);
    let mut warnings = Vec::new();
    let file = read_in_use(req, path.as_deref(), &env, &mut warnings)?
        .map(strict)
        .transpose()?;
    Ok(Sources {
        env,
        path,
        file,
        warnings,
    })
}

/// Reads the config file at `path` (the one in use) and parses it profile by profile, adding
/// the permission warning to `warnings`. `Ok(None)` when there is no path or the default file
/// does not exist; a file named by `--config` must exist.
pub(crate) fn read_in_use(
    req: &Request,
    path: Option<&Path>,
    env: &Overrides,
    warnings: &mut Vec<String>,
) -> Result<Option<EachProfile>, ConfigError> {
    let Some(path) = path else {
        return Ok(None);
    };
    match read_text(path) {
        Ok(text) => {
            warnings.extend(permission_warning(path));
            parse_each(&text, path, env).map(Some)
        }
        Err(ConfigError::NotFound { .. }) if req.config.is_none() => Ok(None),
        Err(ConfigError::NotFound { path }) if !env.families().is_empty() => {
            Err(ConfigError::NamedNotFound {
                path,
                vars: env.families(),
            })
        }
        Err(e) => Err(e),
    }
}

/// The profiles of a fan-out: those that loaded, and the named ones that did not (a name the
/// file does not hold, or a broken profile), each with its error.
#[derive(Debug, Default)]
pub(crate) struct FanOut {
    pub profiles: Vec<Profile>,
    pub problems: Vec<(String, ConfigError)>,
}

/// The profiles `send` and `run` notify, of any provider: those named (`-p a -p b`); with
/// none named, `default_profile`, else the file's only profile, else (no file, or a file with
/// no profile) the ones the environment makes up. A profile that is missing or broken is one
/// of the [`FanOut::problems`], not an error of the whole: the others are still notified.
pub(crate) fn fan_out(req: &Request, names: &[String]) -> Result<Loaded<FanOut>, ConfigError> {
    // Each profile is validated on its own: a broken profile that is not used stops nothing.
    let env = req.env.clone();
    let path = path_in_use(req);
    let mut warnings = Vec::new();
    let file = read_in_use(req, path.as_deref(), &env, &mut warnings)?;
    let outbox = file.as_ref().is_some_and(|f| f.outbox);
    let origin = path
        .as_ref()
        .map_or_else(|| "(unknown)".into(), |p| p.display().to_string());
    let out = match file {
        Some(each) if !names.is_empty() || !each.profiles.is_empty() => {
            fan_out_of_file(each, names, &env, &origin)?
        }
        file => {
            let out = fan_out_of_env(names, &env, &origin);
            if out.profiles.is_empty() && out.problems.is_empty() {
                return Err(match file {
                    Some(_) => ConfigError::Choice(format!(
                        "{origin} has no profile; add one or set the {} variables",
                        families()
                    )),
                    None => ConfigError::NotFound {
                        path: path
                            .unwrap_or_else(|| PathBuf::from("<config dir>/corpmsg/config.toml")),
                    },
                });
            }
            out
        }
    };
    for p in &out.profiles {
        warnings.extend(p.warnings());
    }
    Ok(Loaded {
        profile: out,
        warnings,
        outbox,
    })
}

/// The fan-out of a file that has profiles, or of one named in `names`: those named, else
/// `default_profile`, else the file's only profile. A name the file does not hold may be one of
/// the environment's profiles.
fn fan_out_of_file(
    each: EachProfile,
    names: &[String],
    env: &Overrides,
    origin: &str,
) -> Result<FanOut, ConfigError> {
    let have = list(each.profiles.iter().map(|(n, _)| n));
    let mut by_name: BTreeMap<String, Result<Profile, ConfigError>> =
        each.profiles.into_iter().collect();
    let wanted: Vec<String> = match (&each.default_profile, names.is_empty()) {
        (_, false) => names.to_vec(),
        (Some(default), true) => vec![default.clone()],
        (None, true) if by_name.len() == 1 => by_name.keys().cloned().collect(),
        (None, true) => {
            return Err(ConfigError::Choice(format!(
                "{origin} has several profiles ({have}); name them with -p (several: -p a -p b) or set default_profile"
            )));
        }
    };
    let mut out = FanOut::default();
    let mut seen: Vec<String> = Vec::new();
    for name in wanted {
        if seen.contains(&name) {
            continue;
        }
        seen.push(name.clone());
        match by_name.remove(&name).or_else(|| env_profile(env, &name)) {
            Some(Ok(profile)) => out.profiles.push(profile),
            Some(Err(e)) => out.problems.push((name, e)),
            None => {
                let e =
                    ConfigError::Choice(format!("{origin} has no profile `{name}` (have: {have})"));
                out.problems.push((name, e));
            }
        }
    }
    Ok(out)
}

/// The fan-out with no file, or a file with no profile and none named: the profiles the
/// environment makes up, those named or all.
fn fan_out_of_env(names: &[String], env: &Overrides, origin: &str) -> FanOut {
    let made: Vec<(String, Result<Profile, ConfigError>)> = env_profiles(env);
    let have = list(made.iter().map(|(n, _)| n));
    let wanted: Vec<String> = match names.is_empty() {
        true => made.iter().map(|(n, _)| n.clone()).collect(),
        false => names.to_vec(),
    };
    let mut made: BTreeMap<String, Result<Profile, ConfigError>> = made.into_iter().collect();
    let mut out = FanOut::default();
    for name in wanted {
        match made.remove(&name) {
            Some(Ok(p)) => out.profiles.push(p),
            Some(Err(e)) => out.problems.push((name, e)),
            None if out.profiles.iter().any(|p| p.name() == name)
                || out.problems.iter().any(|(n, _)| *n == name) => {}
            None => {
                let e = ConfigError::Choice(format!(
                    "no config file at {origin} to hold profile `{name}` (the environment's profiles: {have})"
                ));
                out.problems.push((name, e));
            }
        }
    }
    out
}

/// Every provider's family of variables (`CORPMSG_YOUDU_* or CORPMSG_FXIAOKE_*`), for messages.
fn families() -> String {
    let families: Vec<String> = PROVIDERS.iter().map(|p| p.env_family()).collect();
    families.join(" or ")
}
