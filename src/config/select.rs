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

/// Resolves the Youdu profile for a command: the chosen profile with `CORPMSG_YOUDU_*` applied,
/// or a profile made of those variables when the file has no Youdu profile (or there is no file).
///
/// Returns `Ok(None)` only when `optional` is set (dry runs) and there is neither a file nor a
/// Youdu profile nor any variable.
pub(crate) fn youdu(
    req: &Request,
    optional: bool,
) -> Result<Option<Loaded<YouduProfile>>, ConfigError> {
    resolve(
        req,
        Provider::Youdu,
        optional,
        false,
        |p| match p {
            Profile::Youdu(p) => Some(p.clone()),
            _ => None,
        },
        env_youdu,
    )
}

/// Resolves the Fxiaoke profile for a command, as [`youdu`] does with `CORPMSG_FXIAOKE_*`.
pub(crate) fn fxiaoke(
    req: &Request,
    optional: bool,
) -> Result<Option<Loaded<FxiaokeProfile>>, ConfigError> {
    let loaded = resolve(
        req,
        Provider::Fxiaoke,
        optional,
        true,
        |p| match p {
            Profile::Fxiaoke(p) => Some(p.clone()),
            _ => None,
        },
        env_fxiaoke,
    )?;
    Ok(loaded.map(|mut l| {
        l.warnings.extend(l.profile.host_warning());
        l
    }))
}

/// The profile of `provider` for a command: the file's chosen profile (`pick` takes it out of
/// [`Profile`]) with the environment applied, else one made of the environment (`from_env`
/// gives `None` when no variable is set). With `optional` (a dry run) and no profile in the
/// file, the environment's profile is used only if `env_shapes_payload` (its settings change
/// the request body, as Fxiaoke's auth style does); else none is.
pub(super) fn resolve<P>(
    req: &Request,
    provider: Provider,
    optional: bool,
    env_shapes_payload: bool,
    pick: impl Fn(&Profile) -> Option<P>,
    from_env: impl Fn(&Overrides) -> Option<Result<P, ConfigError>>,
) -> Result<Option<Loaded<P>>, ConfigError> {
    let Sources {
        env,
        path,
        file,
        warnings,
    } = load(req)?;
    let env_name = match provider {
        Provider::Youdu => ENV_YOUDU,
        Provider::Fxiaoke => ENV_FXIAOKE,
    };
    // `-p env-youdu` picks the environment's profile, unless the file has one of that name.
    let in_file = |name: &str| file.as_ref().is_some_and(|f| f.profiles.contains_key(name));
    if let Some(name) = req.profile.as_deref()
        && !in_file(name)
    {
        let other = match provider {
            Provider::Youdu => ENV_FXIAOKE,
            Provider::Fxiaoke => ENV_YOUDU,
        };
        if name == other {
            return Err(ConfigError::Choice(format!(
                "profile `{name}` (the CORPMSG_* variables') is not a {provider} profile; this command needs a {provider} profile"
            )));
        }
        if name == env_name
            && let Some(profile) = from_env(&env)
        {
            return Ok(Some(Loaded {
                profile: profile?,
                warnings,
            }));
        }
    }
    let chosen = match &file {
        Some(file) => choose(file, provider, req.profile.as_deref())?,
        None => None,
    };
    if let Some(chosen) = chosen {
        let profile = pick(chosen).expect("choose returns a profile of the asked provider");
        return Ok(Some(Loaded { profile, warnings }));
    }
    if let Some(name) = &req.profile {
        return Err(ConfigError::Choice(format!(
            "no config file at {} to hold profile `{name}`",
            path.map_or_else(|| "(unknown)".into(), |p| p.display().to_string()),
        )));
    }
    // A Youdu dry run uses a profile only for its default recipients, which an
    // environment-only profile does not have: it needs neither the file nor the variables.
    if optional && !env_shapes_payload {
        return Ok(None);
    }
    if let Some(profile) = from_env(&env) {
        return Ok(Some(Loaded {
            profile: profile?,
            warnings,
        }));
    }
    if optional {
        return Ok(None);
    }
    Err(match file {
        Some(file) => ConfigError::Choice(format!(
            "{} has no {provider} profile (have: {}); add one or set the CORPMSG_{}_* variables",
            file.path.display(),
            list(file.profiles.keys()),
            provider.name().to_ascii_uppercase()
        )),
        None => ConfigError::NotFound {
            path: path.unwrap_or_else(|| PathBuf::from("<config dir>/corpmsg/config.toml")),
        },
    })
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
    let origin = || {
        path.as_ref()
            .map_or_else(|| "(unknown)".into(), |p| p.display().to_string())
    };
    let mut out = FanOut::default();
    match file {
        Some(each) if !names.is_empty() || !each.profiles.is_empty() => {
            let have = list(each.profiles.iter().map(|(n, _)| n));
            let mut by_name: BTreeMap<String, Result<Profile, ConfigError>> =
                each.profiles.into_iter().collect();
            let wanted: Vec<String> = match (&each.default_profile, names.is_empty()) {
                (_, false) => names.to_vec(),
                (Some(default), true) => vec![default.clone()],
                (None, true) if by_name.len() == 1 => by_name.keys().cloned().collect(),
                (None, true) => {
                    return Err(ConfigError::Choice(format!(
                        "{} has several profiles ({have}); name them with -p (several: -p a -p b) or set default_profile",
                        origin()
                    )));
                }
            };
            let mut seen: Vec<String> = Vec::new();
            for name in wanted {
                if seen.contains(&name) {
                    continue;
                }
                seen.push(name.clone());
                match by_name.remove(&name).or_else(|| env_profile(&env, &name)) {
                    Some(Ok(profile)) => out.profiles.push(profile),
                    Some(Err(e)) => out.problems.push((name, e)),
                    None => {
                        let e = ConfigError::Choice(format!(
                            "{} has no profile `{name}` (have: {have})",
                            origin()
                        ));
                        out.problems.push((name, e));
                    }
                }
            }
        }
        file => {
            let made: Vec<(String, Result<Profile, ConfigError>)> = env_profiles(&env);
            let have = list(made.iter().map(|(n, _)| n));
            let wanted: Vec<String> = match names.is_empty() {
                true => made.iter().map(|(n, _)| n.clone()).collect(),
                false => names.to_vec(),
            };
            let mut made: BTreeMap<String, Result<Profile, ConfigError>> =
                made.into_iter().collect();
            for name in wanted {
                match made.remove(&name) {
                    Some(Ok(p)) => out.profiles.push(p),
                    Some(Err(e)) => out.problems.push((name, e)),
                    None if out.profiles.iter().any(|p| p.name() == name)
                        || out.problems.iter().any(|(n, _)| *n == name) => {}
                    None => {
                        let e = ConfigError::Choice(format!(
                            "no config file at {} to hold profile `{name}` (the environment's profiles: {have})",
                            origin()
                        ));
                        out.problems.push((name, e));
                    }
                }
            }
            if out.profiles.is_empty() && out.problems.is_empty() {
                return Err(match file {
                    Some(_) => ConfigError::Choice(format!(
                        "{} has no profile; add one or set the CORPMSG_YOUDU_* or CORPMSG_FXIAOKE_* variables",
                        origin()
                    )),
                    None => ConfigError::NotFound {
                        path: path
                            .unwrap_or_else(|| PathBuf::from("<config dir>/corpmsg/config.toml")),
                    },
                });
            }
        }
    }
    for p in &out.profiles {
        warnings.extend(p.warnings());
    }
    Ok(Loaded {
        profile: out,
        warnings,
    })
}
