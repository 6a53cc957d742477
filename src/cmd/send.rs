//! `corpmsg send`, and the notification of `corpmsg run`: one text to each of several profiles,
//! whatever their provider. A profile that fails does not stop the others.

use clap::Args;

use super::Settings;
use super::engine::{Delivery, Engine, Ids};
use super::exit_code;
use super::input::{self, ContentArgs, Text};
use crate::config::{self, ConfigError, Profile, TextTo};
use crate::exit::{Exit, Reported};
use crate::payload::recipients;
use crate::payload::text::OnLong;
use crate::secret::Secret;

/// Recipient flags of `send` and `run`.
#[derive(Debug, Args)]
#[command(next_help_heading = "Recipients")]
pub(crate) struct FanOutArgs {
    /// Recipients for every profile, separated by `|` or `,`; repeatable. Youdu accounts,
    /// Fxiaoke or WeCom user ids, so mostly useful with profiles of one provider (a profile
    /// whose provider cannot take them, such as a WeCom group robot, is reported and not
    /// notified)
    /// [default: each profile's to_user and to_dept]
    #[arg(short = 'u', long = "to-user", value_name = "USERS")]
    pub to_user: Vec<String>,

    /// Department ids for every profile, separated by `|` or `,`; repeatable (Youdu: 0 is the
    /// whole organisation; WeCom: party ids). A Fxiaoke profile or a WeCom group robot given -d
    /// is reported and not notified
    #[arg(short = 'd', long = "to-dept", value_name = "DEPTS")]
    pub to_dept: Vec<String>,

    /// Refuse (exit 2) instead of sending several requests when a list exceeds one request
    #[arg(long)]
    pub no_split: bool,
}

#[derive(Debug, Args)]
pub(crate) struct SendArgs {
    #[command(flatten)]
    pub content: ContentArgs,
    #[command(flatten)]
    pub to: FanOutArgs,
}

pub(crate) fn send(args: SendArgs, settings: &Settings) -> anyhow::Result<()> {
    let printer = settings.printer;
    let content = args.content.read(&printer)?;
    let text = Text {
        content,
        on_long: args.content.on_long,
    };
    let targets = Targets::load(settings, &args.to)?;
    targets.send(|_| text.clone())
}

/// A profile that will not be notified, and why.
pub(crate) struct Problem {
    pub name: String,
    pub error: anyhow::Error,
}

/// The profiles a `send` or `run` notifies.
pub(crate) struct Targets<'g> {
    settings: &'g Settings,
    profiles: Vec<Profile>,
    /// The profiles found unusable (missing, broken, recipients that do not fit, secrets that
    /// cannot be read), not yet reported.
    problems: Vec<Problem>,
    /// The exit codes of the problems already reported (by [`Targets::take_problems`]).
    reported: Vec<(String, Exit)>,
    users: Option<Vec<String>>,
    depts: Vec<String>,
    split: bool,
}

impl<'g> Targets<'g> {
    /// The profiles named by `-p` (or the default one), with the profiles' warnings printed,
    /// each checked before there is anything to say ([`Targets::preflight`]). A broken config
    /// file (bad TOML, no profile to choose) is an error here; a profile that is missing or
    /// broken is one of the problems, and the others are still notified.
    pub(crate) fn load(settings: &'g Settings, to: &FanOutArgs) -> anyhow::Result<Self> {
        let users = recipients::split_list(&to.to_user, "--to-user", "recipient")?;
        let depts = recipients::split_list(&to.to_dept, "--to-dept", "department")?;
        recipients::check_depts(&depts, "--to-dept")?;
        let loaded = config::fan_out(&settings.config.clone(), &settings.profiles.clone())?;
        let fan_out = input::with_warnings(Some(loaded), settings).unwrap_or_default();
        let problems = fan_out
            .problems
            .into_iter()
            .map(|(name, e)| Problem {
                error: profile_error(&name, e),
                name,
            })
            .collect();
        let mut targets = Targets {
            settings,
            profiles: fan_out.profiles,
            problems,
            reported: Vec::new(),
            users: (!users.is_empty()).then_some(users),
            depts,
            split: !to.no_split,
        };
        targets.preflight();
        Ok(targets)
    }

    /// Whom the text goes to in every profile.
    fn to(&self) -> TextTo {
        TextTo {
            users: self.users.clone(),
            depts: self.depts.clone(),
            split: self.split,
        }
    }

    fn engine<'a>(&'a self, profile: &'a Profile) -> Engine<'a> {
        Engine {
            settings: self.settings,
            provider: profile.provider().name(),
            profile: Some(profile.name()),
        }
    }

    /// Checks the text to `profile`, its recipients and limits; sends nothing.
    fn check(&self, profile: &Profile, text: &Text) -> anyhow::Result<()> {
        let to = self.to();
        let build = |_: &Ids| profile.kind().text(&text.content, text.on_long, &to);
        self.engine(profile).check(&Delivery::of(&build))?;
        Ok(())
    }

    /// Prints (dry run) or sends the text to `profile`, through the engine.
    fn send_one(&self, profile: &Profile, text: &Text) -> anyhow::Result<()> {
        let to = self.to();
        let build = |_: &Ids| profile.kind().text(&text.content, text.on_long, &to);
        self.engine(profile).run(
            Delivery::of(&build),
            || {
                self.settings
                    .client(|connect, cache| profile.kind().client(connect, cache))
            },
            |_, _| Ok(Vec::new()),
        )
    }

    /// Checks what can be checked before there is anything to say: each profile's recipients
    /// and limits (with a sample text), and, unless a dry run, that its secrets can be read.
    /// Profiles that fail are moved to the problems, with errors naming them.
    fn preflight(&mut self) {
        let sample = Text {
            content: "corpmsg".into(),
            on_long: OnLong::Truncate,
        };
        let profiles = std::mem::take(&mut self.profiles);
        for profile in profiles {
            let checked =
                self.check(&profile, &sample)
                    .and_then(|()| match self.settings.dry_run {
                        true => Ok(()),
                        false => Ok(profile.check_secrets()?),
                    });
            match checked {
                Ok(()) => self.profiles.push(profile),
                Err(e) => self.problems.push(Problem {
                    name: profile.name().to_string(),
                    error: e.context(about(&profile)),
                }),
            }
        }
    }

    /// The problems not reported yet, for the caller to report (`run` does before the
    /// command starts); [`Targets::send`] then counts them among the failures.
    pub(crate) fn take_problems(&mut self) -> Vec<Problem> {
        let problems = std::mem::take(&mut self.problems);
        self.reported.extend(
            problems
                .iter()
                .map(|p| (p.name.clone(), exit_code(&p.error))),
        );
        problems
    }

    /// The secret values of every profile to notify ([`Profile::secret_values`]), for `run`
    /// to mask in what it sends.
    pub(crate) fn secrets(&self) -> Vec<Secret> {
        self.profiles
            .iter()
            .flat_map(Profile::secret_values)
            .collect()
    }

    /// Whether any profile is left to notify.
    pub(crate) fn is_empty(&self) -> bool {
        self.profiles.is_empty()
    }

    /// Sends `text_for(profile)` to each usable profile in turn, after reporting each problem
    /// not reported yet (one `error:` line each). One failing does not stop the others: each
    /// failure is printed, and the result is partial (exit 7) when any profile was notified,
    /// else the failures' class. With one profile named, its error is returned as is.
    pub(crate) fn send(mut self, text_for: impl Fn(&Profile) -> Text) -> anyhow::Result<()> {
        // Every message is checked first: bad input (a limit with --on-long fail) is exit 2
        // with nothing sent to anyone.
        for profile in &self.profiles {
            self.check(profile, &text_for(profile))
                .map_err(|e| e.context(about(profile)))?;
        }
        let alone = self.profiles.len() + self.problems.len() + self.reported.len() == 1;
        if alone {
            if let Some(problem) = self.problems.pop() {
                return Err(problem.error);
            }
            if let [profile] = self.profiles.as_slice() {
                return self.send_one(profile, &text_for(profile));
            }
        }
        let mut failed = std::mem::take(&mut self.reported);
        for problem in self.take_problems() {
            self.settings.printer.error(&format!("{:#}", problem.error));
        }
        failed.append(&mut self.reported);
        let mut notified = 0;
        for profile in &self.profiles {
            match self.send_one(profile, &text_for(profile)) {
                Ok(()) => notified += 1,
                Err(e) => {
                    let exit = exit_code(&e);
                    match exit {
                        Exit::Internal => return Err(e),
                        // Stdout was closed while a dry run printed: the output ended, which
                        // is no failure to report; the other profiles go on.
                        Exit::Sent => notified += 1,
                        // Kept in the outbox: the warning said so.
                        Exit::Queued => failed.push((profile.name().to_string(), exit)),
                        _ => {
                            self.settings
                                .printer
                                .error(&format!("{}: {e:#}", about(profile)));
                            failed.push((profile.name().to_string(), exit));
                        }
                    }
                }
            }
        }
        if failed.is_empty() {
            return Ok(());
        }
        let exits: Vec<Exit> = failed.iter().map(|(_, e)| *e).collect();
        let names: Vec<&str> = failed.iter().map(|(n, _)| n.as_str()).collect();
        let queued = exits.iter().filter(|e| **e == Exit::Queued).count();
        let what = match queued {
            0 => "failed",
            n if n == exits.len() => "queued",
            _ => "failed or queued",
        };
        Err(Reported {
            summary: format!(
                "{notified} of {} profiles notified; {what}: {}",
                notified + failed.len(),
                names.join(", ")
            ),
            exit: Exit::merge(notified, &exits),
        }
        .into())
    }
}

/// A fan-out profile's config error, naming the profile if the error does not.
fn profile_error(name: &str, e: ConfigError) -> anyhow::Error {
    if e.names_profile() {
        e.into()
    } else {
        anyhow::Error::new(e).context(format!("profile `{name}`"))
    }
}

/// `profile `ops` (youdu)`, for errors about one profile of several.
fn about(profile: &Profile) -> String {
    format!("profile `{}` ({})", profile.name(), profile.provider())
}
