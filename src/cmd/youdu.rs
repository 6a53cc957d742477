//! `corpmsg youdu …`: every Youdu (有度) message type, and media upload.
//!
//! Each command turns its flags into plain inputs, names the files it must upload, and gives a
//! builder closure to [`Job::run`], which validates the whole message before anything is
//! uploaded or sent, then prints (dry run) or uploads and sends.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use clap::{ArgMatches, Args, Subcommand, ValueEnum, ValueHint};

use super::Global;
use super::deliver::{
    self, ContentArgs, Cover, CoverArgs, DryRun, DryRunUpload, Sender, Text, TextJob, dry_run_id,
    file_entries, file_name,
};
use super::input::{self, InputError};
use super::output::{Printer, diagnostic};
use crate::config::{self, YouduProfile};
use crate::payload::PayloadError;
use crate::payload::files::{ArticleEntry, ItemEntry};
use crate::payload::recipients::{self, Recipients};
use crate::payload::youdu::{
    self as builder, Addressing, ArticleInput, Built, Content, ExlinkInput, Link, Mail, MailAction,
    MediaKind, Message, SysItem, ToAll,
};
use crate::transport::TransportError;
use crate::transport::youdu::crypto::Cipher;
use crate::transport::youdu::{self as api, Client, Endpoint};

mod args;
pub(crate) use args::*;

pub(crate) fn run(
    cmd: YouduCommand,
    global: &Global,
    matches: Option<&ArgMatches>,
) -> anyhow::Result<()> {
    let printer = global.printer();
    match cmd {
        YouduCommand::Text(args) => {
            let content = args.content.read(&printer)?;
            let job = Job::new(global, &args.to)?;
            job.run(&[], None, |_, how| {
                builder::text(&content, args.content.on_long, how)
            })
        }
        YouduCommand::Image(args) => media(args, MediaKind::Image, global),
        YouduCommand::File(args) => media(args, MediaKind::File, global),
        YouduCommand::Mpnews(args) => mpnews(args, global, &printer),
        YouduCommand::Link(args) => {
            let job = Job::new(global, &args.to)?;
            job.run(&[], None, |_, how| {
                builder::link(&args.title, &args.url, args.sso, how)
            })
        }
        YouduCommand::Exlink(args) => exlink(args, global),
        YouduCommand::Sysmsg(args) => {
            let items = sysmsg_items(&args, matches);
            // With --to-all, only recipients the user names are sent: the profile's defaults
            // would narrow a broadcast (Youdu API: toAll for system messages).
            let given = recipients_from_flags(&args.to)?;
            let given = if args.to_all {
                Some(given.unwrap_or_default())
            } else {
                given
            };
            let mut job = Job::with(global, given, !args.to.no_split)?;
            job.to_all = args.to_all.then_some(ToAll {
                only_online: args.only_online,
                only_online_typo: args.only_online,
            });
            job.run(&[], Some(BuiltIn::SysMsg), |_, how| {
                builder::sysmsg(&args.title, items.clone(), args.pop_duration, how)
            })
        }
        YouduCommand::Sms(args) => {
            let content = args.content.read(&printer)?;
            let job = Job::new(global, &args.to)?;
            job.run(&[], Some(BuiltIn::Sms), |_, how| {
                builder::sms(&args.from, &content, args.content.on_long, how)
            })
        }
        YouduCommand::Mail(args) => mail(args, global),
        YouduCommand::Upload(args) => upload(args, global),
    }
}

/// A text to `profile` for `send` and `run`: `users` replace its default recipients.
pub(crate) fn text_job<'g>(
    global: &'g Global,
    profile: YouduProfile,
    users: Option<Vec<String>>,
    depts: Vec<String>,
    split: bool,
) -> Box<dyn TextJob + 'g> {
    // Either flag replaces both of the profile's defaults, as for `youdu text`.
    let given = (users.is_some() || !depts.is_empty()).then(|| Recipients {
        users: users.unwrap_or_default(),
        depts: recipients::dedup(depts),
        ..Recipients::default()
    });
    Box::new(Job::for_profile(global, Some(profile), given, split))
}

impl TextJob for Job<'_> {
    fn check_text(&self, text: &Text) -> anyhow::Result<()> {
        self.check(&|_, how| builder::text(&text.content, text.on_long, how))?;
        Ok(())
    }

    fn send_text(&self, text: &Text) -> anyhow::Result<()> {
        self.run(&[], None, |_, how| {
            builder::text(&text.content, text.on_long, how)
        })
    }

    fn credentials(&self) -> anyhow::Result<()> {
        if let Some(p) = &self.profile {
            p.aes_key()?;
        }
        Ok(())
    }
}

/// The built-in apps that some message types need (Youdu API: global parameters and built-in apps).
#[derive(Debug, Clone, Copy)]
enum BuiltIn {
    SysMsg,
    Sms,
    Mail,
}

impl BuiltIn {
    fn app_id(self) -> &'static str {
        match self {
            BuiltIn::SysMsg => "sysMsgAssistant",
            BuiltIn::Sms => "sysSmsAssistant",
            BuiltIn::Mail => "sysExmailAssistant",
        }
    }

    fn what(self) -> &'static str {
        match self {
            BuiltIn::SysMsg => "system messages",
            BuiltIn::Sms => "sms messages",
            BuiltIn::Mail => "mail messages",
        }
    }
}

/// A file to upload before sending, and the type to upload it as.
#[derive(Debug, Clone, PartialEq)]
struct Upload {
    path: PathBuf,
    kind: MediaType,
    /// The flag that named the file (`--cover`), or `FILE`, for errors.
    flag: &'static str,
}

impl Upload {
    /// The dry-run line that stands for this upload.
    fn print_dry_run(&self, printer: &Printer) -> std::io::Result<()> {
        printer.json_line(&DryRunUpload {
            provider: "youdu",
            endpoint: api::MEDIA_UPLOAD,
            file: &self.path.display().to_string(),
            kind: self.kind.name(),
        })
    }
}

/// Checks that an upload's file is a readable regular file, before any network call.
fn upload_of(path: &Path, kind: MediaType, flag: &'static str) -> Result<Upload, InputError> {
    deliver::check_file(path, flag)?;
    Ok(Upload {
        path: path.to_path_buf(),
        kind,
        flag,
    })
}

/// One command's work: the profile and recipients, then validate, upload, send.
struct Job<'g> {
    global: &'g Global,
    printer: Printer,
    profile: Option<YouduProfile>,
    to: Recipients,
    split: bool,
    to_all: Option<ToAll>,
}

impl<'g> Job<'g> {
    fn new(global: &'g Global, args: &RecipientArgs) -> anyhow::Result<Self> {
        let given = recipients_from_flags(args)?;
        Self::with(global, given, !args.no_split)
    }

    fn with(global: &'g Global, given: Option<Recipients>, split: bool) -> anyhow::Result<Self> {
        let profile = load_profile(global, &global.printer())?;
        Ok(Self::for_profile(global, profile, given, split))
    }

    /// A job for `profile` (none in a dry run without one): `given` recipients, else the
    /// profile's defaults.
    fn for_profile(
        global: &'g Global,
        profile: Option<YouduProfile>,
        given: Option<Recipients>,
        split: bool,
    ) -> Self {
        let printer = global.printer();
        let to = match (given, &profile) {
            (Some(r), _) => r,
            (None, Some(p)) => Recipients {
                users: recipients::dedup(p.to_user.clone()),
                depts: recipients::dedup(p.to_dept.clone()),
                emails: Vec::new(),
            },
            (None, None) => Recipients::default(),
        };
        Job {
            global,
            printer,
            profile,
            to,
            split,
            to_all: None,
        }
    }

    fn addressing(&self) -> Addressing {
        Addressing {
            to: self.to.clone(),
            split: self.split,
            to_all: self.to_all,
        }
    }

    /// Builds the messages with dry-run media ids: every limit is checked before anything is
    /// uploaded or sent.
    fn check(
        &self,
        build: &impl Fn(&dyn Fn(&Path) -> String, &Addressing) -> Result<Built, PayloadError>,
    ) -> Result<Built, PayloadError> {
        build(&|p: &Path| dry_run_id(p), &self.addressing())
    }

    /// Builds the messages with dry-run media ids (so every limit is checked before anything
    /// is uploaded), then prints them, or uploads the files and sends the messages built with
    /// the real ids.
    fn run(
        &self,
        uploads: &[Upload],
        built_in: Option<BuiltIn>,
        build: impl Fn(&dyn Fn(&Path) -> String, &Addressing) -> Result<Built, PayloadError>,
    ) -> anyhow::Result<()> {
        let how = self.addressing();
        let checked = self.check(&build)?;
        for w in &checked.warnings {
            self.printer.warn(w);
        }
        if let (Some(b), Some(p)) = (built_in, &self.profile)
            && p.app_id != b.app_id()
        {
            self.printer.warn(&format!(
                "{} normally need app_id = {} (profile `{}` has {})",
                b.what(),
                b.app_id(),
                p.name,
                p.app_id
            ));
        }
        if self.global.dry_run {
            for u in uploads {
                u.print_dry_run(&self.printer)?;
            }
            for m in &checked.messages {
                self.printer.json_line(&DryRun {
                    provider: "youdu",
                    endpoint: api::MSG_SEND,
                    payload: m,
                })?;
            }
            return Ok(());
        }
        let profile = self
            .profile
            .as_ref()
            .expect("a profile is loaded when not a dry run");
        let client = client(profile, self.global, &self.printer)?;
        let mut ids = HashMap::new();
        for u in uploads {
            let id = upload_one(&client, profile, u, &self.printer)?;
            ids.insert(u.path.clone(), id);
        }
        let built = build(&|p: &Path| ids[p].clone(), &how)?;
        deliver(&built.messages, &client, profile, &self.printer, built_in)
    }
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
        emails: Vec::new(),
    }))
}

/// The Youdu profile; optional for a dry run, which needs no credentials.
fn load_profile(global: &Global, printer: &Printer) -> anyhow::Result<Option<YouduProfile>> {
    Ok(deliver::with_warnings(
        config::youdu(&global.config_request()?, global.dry_run)?,
        printer,
    ))
}

pub(crate) fn client(
    profile: &YouduProfile,
    global: &Global,
    printer: &Printer,
) -> anyhow::Result<Client> {
    let key = profile.aes_key()?;
    let encoded = key.encoded();
    let cipher = Cipher::new(key, profile.app_id.clone());
    Ok(Client::new(
        deliver::http(global, printer, &profile.url)?,
        Endpoint {
            url: profile.url.clone(),
            buin: profile.buin,
            cipher,
            key: encoded,
        },
        deliver::cache_dir(),
    ))
}

fn sender<'a>(profile: &'a YouduProfile, printer: &'a Printer) -> Sender<'a> {
    Sender {
        provider: "youdu",
        profile: &profile.name,
        printer,
    }
}

/// Reads and uploads one file; prints its `--json` result.
fn upload_one(
    client: &Client,
    profile: &YouduProfile,
    u: &Upload,
    printer: &Printer,
) -> anyhow::Result<String> {
    let file = deliver::read_file(&u.path, u.flag, |file, len| client.seal(file, len))?;
    let outcome = client.upload(&file, &file_name(&u.path), u.kind.name());
    sender(profile, printer).upload_done(api::MEDIA_UPLOAD, &u.path, outcome)
}

/// Sends the messages in order (see [`Sender::deliver`]), with the built-in app hint.
fn deliver(
    messages: &[Message],
    client: &Client,
    profile: &YouduProfile,
    printer: &Printer,
    built_in: Option<BuiltIn>,
) -> anyhow::Result<()> {
    sender(profile, printer).deliver(
        messages,
        Message::recipients,
        |m| {
            let json = serde_json::to_vec(m).expect("a message serialises");
            if printer.debug_enabled() {
                diagnostic(format_args!(
                    "debug: payload {}",
                    String::from_utf8_lossy(&json)
                ));
            }
            (api::MSG_SEND, client.send(&json))
        },
        |_, e| {
            if let (
                Some(b),
                TransportError::Refused {
                    code: 3 | 100005, ..
                },
            ) = (built_in, e)
            {
                printer.hint(&format!(
                    "{} need a profile whose app_id is {}, with that app's aes_key",
                    b.what(),
                    b.app_id()
                ));
            }
        },
    )
}

fn media(args: MediaArgs, kind: MediaKind, global: &Global) -> anyhow::Result<()> {
    let media_type = match kind {
        MediaKind::Image => MediaType::Image,
        MediaKind::File => MediaType::File,
    };
    let uploads = match &args.file {
        Some(path) => vec![upload_of(path, media_type, "FILE")?],
        None => Vec::new(),
    };
    let job = Job::new(global, &args.to)?;
    job.run(&uploads, None, |ids, how| {
        let id = match (&args.file, &args.media_id) {
            (Some(path), _) => ids(path),
            (None, Some(id)) => id.clone(),
            (None, None) => String::new(),
        };
        builder::media(kind, &id, how)
    })
}

/// Sends items that each have a cover (mpnews articles, exlink items): refuses more than 5
/// before any file is touched, checks the distinct cover files, then uploads each once and
/// builds the message with `set_id` filling in each item's media id.
fn send_with_covers<I: Clone>(
    items: Vec<(I, Cover)>,
    what: &str,
    flag: &'static str,
    to: &RecipientArgs,
    global: &Global,
    set_id: impl Fn(&I, String) -> I,
    build: impl Fn(&[I], &Addressing) -> Result<Built, PayloadError>,
) -> anyhow::Result<()> {
    if items.len() > builder::MAX_ITEMS {
        return Err(PayloadError::TooMany {
            what: what.into(),
            count: items.len(),
            limit: builder::MAX_ITEMS,
        }
        .into());
    }
    let mut items = items;
    let uploads = deliver::distinct_covers(&mut items)
        .iter()
        .map(|path| upload_of(path, MediaType::Image, flag))
        .collect::<Result<Vec<_>, _>>()?;
    let job = Job::new(global, to)?;
    job.run(&uploads, None, |ids, how| {
        let resolved: Vec<I> = items
            .iter()
            .map(|(item, cover)| set_id(item, cover.id(ids)))
            .collect();
        build(&resolved, how)
    })
}

fn mpnews(args: MpnewsArgs, global: &Global, printer: &Printer) -> anyhow::Result<()> {
    let articles = match &args.articles {
        Some(path) => file_entries(path, "--articles", "article", |e: ArticleEntry| {
            let article = ArticleInput {
                title: e.title,
                content: e.content,
                digest: e.digest,
                media_id: String::new(),
                show_front: e.show_front,
            };
            (article, e.cover, e.media_id)
        })?,
        None => {
            let content = match &args.content {
                Some(c) => c.clone(),
                None => deliver::read_text(None, args.content_file.as_deref(), printer)?,
            };
            let article = ArticleInput {
                title: args.title.clone().unwrap_or_default(),
                content,
                digest: args.digest.clone(),
                media_id: String::new(),
                show_front: args.show_front.then_some(true),
            };
            vec![(article, args.cover.cover()?)]
        }
    };
    let flag = if args.articles.is_some() {
        "--articles"
    } else {
        "--cover"
    };
    send_with_covers(
        articles,
        "articles",
        flag,
        &args.to,
        global,
        |a, media_id| ArticleInput {
            media_id,
            ..a.clone()
        },
        builder::mpnews,
    )
}

fn exlink(args: ExlinkArgs, global: &Global) -> anyhow::Result<()> {
    let items = match &args.items {
        Some(path) => file_entries(path, "--items", "item", |e: ItemEntry| {
            let item = ExlinkInput {
                title: e.title,
                url: e.url,
                digest: e.digest,
                media_id: String::new(),
            };
            (item, e.cover, e.media_id)
        })?,
        None => {
            let item = ExlinkInput {
                title: args.title.clone().unwrap_or_default(),
                url: args.url.clone().unwrap_or_default(),
                digest: args.digest.clone(),
                media_id: String::new(),
            };
            vec![(item, args.cover.cover()?)]
        }
    };
    let flag = if args.items.is_some() {
        "--items"
    } else {
        "--cover"
    };
    send_with_covers(
        items,
        "items",
        flag,
        &args.to,
        global,
        |i, media_id| ExlinkInput {
            media_id,
            ..i.clone()
        },
        builder::exlink,
    )
}

/// The --text and --link items in command-line order (clap keeps each flag's values apart; the
/// indices put them back in order).
fn sysmsg_items(args: &SysmsgArgs, matches: Option<&ArgMatches>) -> Vec<SysItem> {
    let sub = matches
        .and_then(|m| m.subcommand_matches("youdu"))
        .and_then(|m| m.subcommand_matches("sysmsg"));
    let indices = |id: &str, n: usize| -> Vec<usize> {
        sub.and_then(|m| m.indices_of(id))
            .map(|i| i.collect())
            .unwrap_or_else(|| (0..n).collect())
    };
    let mut items: Vec<(usize, SysItem)> = Vec::new();
    for (i, text) in indices("text", args.text.len()).into_iter().zip(&args.text) {
        items.push((
            i,
            SysItem::Text(Content {
                content: text.clone(),
            }),
        ));
    }
    let offset = if sub.is_none() { args.text.len() } else { 0 };
    for (i, (title, url)) in indices("link", args.link.len()).into_iter().zip(&args.link) {
        items.push((
            i + offset,
            SysItem::Link(Link {
                title: title.clone(),
                url: url.clone(),
                action: 0,
            }),
        ));
    }
    items.sort_by_key(|(i, _)| *i);
    items.into_iter().map(|(_, item)| item).collect()
}

fn mail(args: MailArgs, global: &Global) -> anyhow::Result<()> {
    let given = if args.to_user.is_empty() && args.to_email.is_empty() {
        None
    } else {
        let users = recipients::split_list(&args.to_user, "--to-user", "account")?;
        let emails = recipients::split_list(&args.to_email, "--to-email", "address")?;
        Some(Recipients {
            users: recipients::dedup(users),
            depts: Vec::new(),
            emails: recipients::dedup(emails),
        })
    };
    let mut job = Job::with(global, given, !args.no_split)?;
    // Profile defaults may name departments, which mail cannot take.
    if !job.to.depts.is_empty() {
        job.printer.warn(&format!(
            "mail cannot go to departments: the profile's to_dept ({}) is not used",
            job.to.depts.join(", ")
        ));
        job.to.depts.clear();
    }
    let mail = Mail {
        action: args.action,
        subject: args.subject.clone(),
        from_user: args.from_user.clone(),
        from_email: args.from_email.clone(),
        time: args.time,
        link: args.link.clone(),
        unread_count: args.unread_count,
    };
    job.run(&[], Some(BuiltIn::Mail), |_, how| {
        builder::mail(mail.clone(), how)
    })
}

fn upload(args: UploadArgs, global: &Global) -> anyhow::Result<()> {
    let printer = global.printer();
    let kind = args.kind.unwrap_or_else(|| MediaType::guess(&args.file));
    let u = upload_of(&args.file, kind, "FILE")?;
    if global.dry_run {
        u.print_dry_run(&printer)?;
        return Ok(());
    }
    let profile = load_profile(global, &printer)?.expect("a profile is loaded when not a dry run");
    let client = client(&profile, global, &printer)?;
    let id = upload_one(&client, &profile, &u, &printer)?;
    if !printer.json {
        printer.line(&id)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn media_types_are_guessed_from_extensions() {
        assert_eq!(MediaType::guess(Path::new("a.PNG")), MediaType::Image);
        assert_eq!(MediaType::guess(Path::new("a.mp3")), MediaType::Voice);
        assert_eq!(MediaType::guess(Path::new("a.mp4")), MediaType::Video);
        assert_eq!(MediaType::guess(Path::new("report.pdf")), MediaType::File);
        assert_eq!(MediaType::guess(Path::new("README")), MediaType::File);
    }

    #[test]
    fn links_parse_as_title_equals_url() {
        assert_eq!(
            parse_link("Notes=https://x/?a=b").unwrap(),
            ("Notes".to_string(), "https://x/?a=b".to_string())
        );
        assert!(parse_link("no-url").is_err());
        assert!(parse_link("=https://x").is_err());
    }
}
