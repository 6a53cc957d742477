//! `corpmsg youdu …`: Youdu (有度) messages.

use std::path::PathBuf;

use anyhow::Context;
use clap::{Args, Subcommand, ValueHint};
use serde::Serialize;

use super::Global;
use super::input;
use super::output::Printer;
use crate::config::{self, YouduProfile};
use crate::exit::{Exit, Reported};
use crate::payload::PayloadError;
use crate::payload::recipients::{self, Recipients};
use crate::payload::text::OnLong;
use crate::payload::youdu::{self as builder, Message};
use crate::transport::TransportError;
use crate::transport::http::Http;
use crate::transport::youdu::crypto::Cipher;
use crate::transport::youdu::{self as api, Client, Endpoint};

#[derive(Debug, Subcommand)]
pub enum YouduCommand {
    /// Send a text message (600 characters)
    ///
    /// The content is the CONTENT argument, standard input (`-`, or piped with no CONTENT)
    /// or --content-file. Trailing white space is trimmed; empty content is an error.
    ///
    /// Limits: 600 characters (Unicode scalar values) per message, handled by --on-long:
    /// truncate (default, with a warning), split (numbered messages) or fail (exit 2).
    /// At most 1000 accounts and 100 departments per request: larger lists go out in
    /// several requests, unless --no-split.
    ///
    /// Examples:
    ///   corpmsg youdu text -u alice "Backup finished"
    ///   corpmsg youdu text -u "alice|bob" -d 12 --content-file report.txt
    ///   tail -n 30 build.log | corpmsg youdu text -d 0 --on-long split
    #[command(verbatim_doc_comment)]
    Text(TextArgs),
}

/// Recipient flags of Youdu messages.
#[derive(Debug, Args)]
#[command(next_help_heading = "Recipients")]
pub struct RecipientArgs {
    /// Accounts, separated by `|` or `,`; repeatable [default: the profile's to_user]
    #[arg(short = 'u', long = "to-user", value_name = "USERS")]
    pub to_user: Vec<String>,

    /// Department ids, separated by `|` or `,`; repeatable; 0 is the whole organisation
    /// [default: the profile's to_dept]
    #[arg(short = 'd', long = "to-dept", value_name = "DEPTS")]
    pub to_dept: Vec<String>,

    /// File with one account a line (blank lines and # comments skipped)
    #[arg(long, value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub to_user_file: Option<PathBuf>,

    /// Refuse (exit 2) instead of sending several requests when the lists exceed one request
    #[arg(long)]
    pub no_split: bool,
}

#[derive(Debug, Args)]
pub struct TextArgs {
    /// Message text; `-` reads standard input
    #[arg(value_name = "CONTENT")]
    pub content: Option<String>,

    /// Read the message text from FILE
    #[arg(long, value_name = "FILE", conflicts_with = "content", value_hint = ValueHint::FilePath)]
    pub content_file: Option<PathBuf>,

    /// What to do with text over 600 characters
    #[arg(long, value_enum, value_name = "MODE", default_value_t)]
    pub on_long: OnLong,

    #[command(flatten)]
    pub to: RecipientArgs,
}

pub fn run(cmd: YouduCommand, global: &Global) -> anyhow::Result<()> {
    match cmd {
        YouduCommand::Text(args) => text(args, global),
    }
}

fn text(args: TextArgs, global: &Global) -> anyhow::Result<()> {
    let printer = global.printer();
    let content = input::read_content(args.content.as_deref(), args.content_file.as_deref())?;
    for w in &content.warnings {
        printer.warn(w);
    }
    let given = recipients_from_flags(&args.to)?;
    let loaded = load_profile(global, &printer)?;
    let to = recipients_or_defaults(given, loaded.as_ref())?;

    let built = builder::text(&content.text, &to, args.on_long, !args.to.no_split)?;
    if let Some((len, cut)) = built.fitted.truncated {
        printer.warn(&format!(
            "content is {len} characters; Youdu allows {}: the last {cut} were cut (--on-long split sends it all)",
            builder::TEXT_LIMIT
        ));
    }
    deliver(&built.messages, loaded.as_ref(), global, &printer)
}

/// The recipients the flags name, deduplicated; `None` when no recipient flag was given.
fn recipients_from_flags(args: &RecipientArgs) -> anyhow::Result<Option<Recipients>> {
    if args.to_user.is_empty() && args.to_dept.is_empty() && args.to_user_file.is_none() {
        return Ok(None);
    }
    let mut users = recipients::split_list(&args.to_user, "--to-user", "account")?;
    if let Some(path) = &args.to_user_file {
        let flag = format!("--to-user-file {}", path.display());
        let lines = input::read_list_file(path, "--to-user-file")?;
        let listed = recipients::split_list(&lines, &flag, "account")?;
        if listed.is_empty() {
            return Err(PayloadError::EmptyList {
                flag,
                what: "account".into(),
            }
            .into());
        }
        users.extend(listed);
    }
    let depts = recipients::split_list(&args.to_dept, "--to-dept", "department")?;
    recipients::check_depts(&depts, "--to-dept")?;
    Ok(Some(Recipients {
        users: recipients::dedup(users),
        depts: recipients::dedup(depts),
    }))
}

/// The flags' recipients, else the profile's defaults.
fn recipients_or_defaults(
    given: Option<Recipients>,
    profile: Option<&YouduProfile>,
) -> Result<Recipients, PayloadError> {
    let to = match (given, profile) {
        (Some(r), _) => r,
        (None, Some(p)) => Recipients {
            users: recipients::dedup(p.to_user.clone()),
            depts: recipients::dedup(p.to_dept.clone()),
        },
        (None, None) => Recipients::default(),
    };
    if to.is_empty() {
        return Err(PayloadError::NoRecipients);
    }
    Ok(to)
}

/// The Youdu profile; optional for a dry run, which needs no credentials.
fn load_profile(global: &Global, printer: &Printer) -> anyhow::Result<Option<YouduProfile>> {
    let loaded = config::youdu(&global.config_request(), global.dry_run)?;
    Ok(loaded.map(|l| {
        for w in &l.warnings {
            printer.warn(w);
        }
        l.profile
    }))
}

#[derive(Serialize)]
struct DryRun<'a> {
    provider: &'static str,
    endpoint: &'static str,
    payload: &'a Message,
}

/// One `--json` result object.
#[derive(Serialize)]
struct JsonResult<'a> {
    provider: &'static str,
    profile: &'a str,
    endpoint: &'static str,
    ok: bool,
    code: Option<i64>,
    message: String,
    recipients: usize,
    attempts: u32,
}

/// Prints (dry run) or sends the messages in order. A refusal of one request does not stop the
/// others; a network or auth failure does, since the rest would fail the same way.
fn deliver(
    messages: &[Message],
    profile: Option<&YouduProfile>,
    global: &Global,
    printer: &Printer,
) -> anyhow::Result<()> {
    if global.dry_run {
        for m in messages {
            printer.json_line(&DryRun {
                provider: "youdu",
                endpoint: api::MSG_SEND,
                payload: m,
            })?;
        }
        return Ok(());
    }
    let profile = profile.expect("a profile is required when not a dry run");
    let cipher = Cipher::new(profile.aes_key()?, profile.app_id.clone());
    let trace: Option<crate::transport::http::Trace> = printer
        .debug_enabled()
        .then(|| Box::new(|line: &str| eprintln!("debug: {line}")) as _);
    let http = Http::new(&global.net(), trace)?;
    let client = Client::new(
        &http,
        Endpoint {
            url: profile.url.clone(),
            buin: profile.buin,
            cipher,
        },
        config::cache_dir(),
    );

    let total = messages.len();
    let mut sent = 0;
    let mut failures: Vec<Exit> = Vec::new();
    for (i, m) in messages.iter().enumerate() {
        let json = serde_json::to_vec(m).context("serialising the message")?;
        if printer.debug_enabled() {
            eprintln!("debug: payload {}", String::from_utf8_lossy(&json));
        }
        let outcome = client.send(&json);
        let (code, message) = match &outcome.result {
            Ok(()) => (Some(0), "ok".to_string()),
            Err(
                TransportError::Refused { code, message, .. }
                | TransportError::TokenRejected { code, message },
            ) => (Some(*code), message.clone()),
            Err(e) => (None, e.to_string()),
        };
        if printer.json {
            // Best effort: a closed stdout must not stop the remaining requests.
            let _ = printer.json_line(&JsonResult {
                provider: "youdu",
                profile: &profile.name,
                endpoint: api::MSG_SEND,
                ok: outcome.result.is_ok(),
                code,
                message,
                recipients: m.recipient_count(),
                attempts: outcome.attempts,
            });
        }
        match outcome.result {
            Ok(()) => {
                sent += 1;
                printer.info(&format!(
                    "sent request {}/{total} to {} recipient(s) via profile `{}`",
                    i + 1,
                    m.recipient_count(),
                    profile.name
                ));
            }
            Err(e) => {
                let exit = e.exit();
                failures.push(exit);
                if total == 1 {
                    return Err(e.into());
                }
                printer.error(&format!(
                    "request {}/{total} ({} recipient(s)): {e}",
                    i + 1,
                    m.recipient_count()
                ));
                if exit != Exit::Refused {
                    break;
                }
            }
        }
    }
    if failures.is_empty() {
        return Ok(());
    }
    let skipped = total - sent - failures.len();
    let mut summary = format!("{sent} of {total} requests sent, {} failed", failures.len());
    if skipped > 0 {
        summary.push_str(&format!(", {skipped} not attempted"));
    }
    Err(Reported {
        summary,
        exit: if sent > 0 {
            Exit::Partial
        } else {
            worst(&failures)
        },
    }
    .into())
}

/// The exit code of a run in which no request succeeded. Exit 5 promises that nothing was
/// delivered, so any failure that leaves delivery uncertain (timeout, broken connection, HTTP
/// error, odd answer) makes the run exit 6; then an auth failure (4); else 5.
fn worst(failures: &[Exit]) -> Exit {
    [Exit::Network, Exit::Auth, Exit::Refused]
        .into_iter()
        .find(|e| failures.contains(e))
        .unwrap_or(Exit::Internal)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_uncertain_failure_outranks_a_refusal() {
        assert_eq!(worst(&[Exit::Refused, Exit::Network]), Exit::Network);
        assert_eq!(worst(&[Exit::Refused, Exit::Auth]), Exit::Auth);
        assert_eq!(worst(&[Exit::Refused, Exit::Refused]), Exit::Refused);
    }
}
