//! `corpmsg send`, and the notification of `corpmsg run`: one text to each of several profiles,
//! whatever their provider. A profile that fails does not stop the others.

use clap::Args;

use super::Global;
use super::fxiaoke;
use super::output::Printer;
use super::send::{self, ContentArgs, Text, TextJob};
use super::youdu;
use crate::config::{self, Profile, Provider};
use crate::exit::{Exit, Reported, exit_code};
use crate::payload::recipients;
use crate::payload::text::OnLong;
use crate::secret::Secret;

/// Recipient flags of `send` and `run`.
#[derive(Debug, Args)]
#[command(next_help_heading = "Recipients")]
pub struct FanOutArgs {
    /// Recipients for every profile, separated by `|` or `,`; repeatable. Youdu accounts or
    /// Fxiaoke user ids, so mostly useful with profiles of one provider
    /// [default: each profile's to_user and to_dept]
    #[arg(short = 'u', long = "to-user", value_name = "USERS")]
    pub to_user: Vec<String>,

    /// Refuse (exit 2) instead of sending several requests when a list exceeds one request
    #[arg(long)]
    pub no_split: bool,
}

#[derive(Debug, Args)]
pub struct SendArgs {
    #[command(flatten)]
    pub content: ContentArgs,
    #[command(flatten)]
    pub to: FanOutArgs,
}

/// The text limit of a provider's messages, in characters.
pub fn text_limit(provider: Provider) -> usize {
    match provider {
        Provider::Youdu => crate::payload::youdu::TEXT_LIMIT,
        Provider::Fxiaoke => crate::payload::fxiaoke::TEXT_LIMIT,
    }
}

pub fn send(args: SendArgs, global: &Global) -> anyhow::Result<()> {
    let printer = global.printer();
    let content = args.content.read(&printer)?;
    let text = Text {
        content,
        on_long: args.content.on_long,
    };
    let targets = Targets::load(global, &args.to)?;
    targets.send(|_| text.clone())
}

/// The profiles a `send` or `run` notifies.
pub struct Targets<'g> {
    global: &'g Global,
    printer: Printer,
    profiles: Vec<Profile>,
    users: Option<Vec<String>>,
    split: bool,
}

impl<'g> Targets<'g> {
    /// The profiles named by `-p` (or the default one), with the profiles' warnings printed.
    /// An unknown profile name or a broken config file is an error here, before anything.
    pub fn load(global: &'g Global, to: &FanOutArgs) -> anyhow::Result<Self> {
        let printer = global.printer();
        let users = recipients::split_list(&to.to_user, "--to-user", "recipient")?;
        let loaded = config::fan_out(&global.config_file(), &global.profiles())?;
        let profiles = send::with_warnings(Some(loaded), &printer).unwrap_or_default();
        Ok(Targets {
            global,
            printer,
            profiles,
            users: (!users.is_empty()).then_some(users),
            split: !to.no_split,
        })
    }

    fn job(&self, profile: &Profile) -> Box<dyn TextJob + 'g> {
        let users = self.users.clone();
        match profile {
            Profile::Youdu(p) => youdu::text_job(self.global, p.clone(), users, self.split),
            Profile::Fxiaoke(p) => fxiaoke::text_job(self.global, p.clone(), users, self.split),
        }
    }

    /// Checks what can be checked before there is anything to say: each profile's recipients
    /// and limits (with a sample text), and, unless a dry run, that its secrets can be read.
    /// Profiles that fail are dropped; their errors, naming them, are returned.
    pub fn preflight(&mut self) -> Vec<anyhow::Error> {
        let sample = Text {
            content: "corpmsg".into(),
            on_long: OnLong::Truncate,
        };
        let mut problems = Vec::new();
        let profiles = std::mem::take(&mut self.profiles);
        for profile in profiles {
            let job = self.job(&profile);
            let checked = job
                .check_text(&sample)
                .and_then(|()| match self.global.dry_run {
                    true => Ok(()),
                    false => job.credentials(),
                });
            match checked {
                Ok(()) => self.profiles.push(profile),
                Err(e) => problems.push(e.context(about(&profile))),
            }
        }
        problems
    }

    /// The secret values of every profile to notify ([`Profile::secret_values`]), for `run`
    /// to mask in what it sends.
    pub fn secrets(&self) -> Vec<Secret> {
        self.profiles
            .iter()
            .flat_map(Profile::secret_values)
            .collect()
    }

    /// Whether any profile is left to notify.
    pub fn is_empty(&self) -> bool {
        self.profiles.is_empty()
    }

    /// Sends `text_for(provider)` to each profile in turn. One failing does not stop the
    /// others: each failure is printed, and the result is partial (exit 7) when any profile
    /// was notified, else the failures' class. With one profile, its error is returned as is.
    pub fn send(&self, text_for: impl Fn(Provider) -> Text) -> anyhow::Result<()> {
        // Every message is checked first: bad input (a limit with --on-long fail, an id that
        // one provider cannot take) is exit 2 with nothing sent to anyone.
        for profile in &self.profiles {
            self.job(profile)
                .check_text(&text_for(profile.provider()))
                .map_err(|e| e.context(about(profile)))?;
        }
        if let [profile] = self.profiles.as_slice() {
            return self.job(profile).send_text(&text_for(profile.provider()));
        }
        let mut notified = 0;
        let mut failed: Vec<(String, Exit)> = Vec::new();
        for profile in &self.profiles {
            match self.job(profile).send_text(&text_for(profile.provider())) {
                Ok(()) => notified += 1,
                Err(e) => {
                    let exit = exit_code(&e);
                    match exit {
                        Exit::Internal => return Err(e),
                        // Stdout was closed while a dry run printed: the output ended, which
                        // is no failure to report; the other profiles go on.
                        Exit::Sent => notified += 1,
                        _ => {
                            self.printer.error(&format!("{}: {e:#}", about(profile)));
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
        Err(Reported {
            summary: format!(
                "{notified} of {} profiles notified; failed: {}",
                self.profiles.len(),
                names.join(", ")
            ),
            exit: combined(notified, &exits),
        }
        .into())
    }
}

/// `profile `ops` (youdu)`, for errors about one profile of several.
fn about(profile: &Profile) -> String {
    format!("profile `{}` ({})", profile.name(), profile.provider())
}

/// The exit code of a fan-out in which some profiles failed: partial (7) when any profile was
/// notified or partly notified; else the one class of all failures, or the most uncertain one.
pub fn combined(notified: usize, failures: &[Exit]) -> Exit {
    if notified > 0 || failures.contains(&Exit::Partial) {
        return Exit::Partial;
    }
    match failures {
        [first, rest @ ..] if rest.iter().all(|e| e == first) => *first,
        _ => match send::worst(failures) {
            Exit::Internal => failures
                .iter()
                .copied()
                .reduce(Exit::max_by_code)
                .unwrap_or(Exit::Internal),
            worst => worst,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_profile_notified_makes_a_partial_failure() {
        assert_eq!(combined(1, &[Exit::Network]), Exit::Partial);
        assert_eq!(combined(0, &[Exit::Partial, Exit::Refused]), Exit::Partial);
    }

    #[test]
    fn when_all_fail_the_class_is_theirs_or_the_most_uncertain() {
        assert_eq!(combined(0, &[Exit::Refused, Exit::Refused]), Exit::Refused);
        assert_eq!(combined(0, &[Exit::Config, Exit::Config]), Exit::Config);
        assert_eq!(combined(0, &[Exit::Refused, Exit::Network]), Exit::Network);
        assert_eq!(combined(0, &[Exit::Usage, Exit::Auth]), Exit::Auth);
        assert_eq!(combined(0, &[Exit::Usage, Exit::Config]), Exit::Config);
    }
}
