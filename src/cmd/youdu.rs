//! `corpmsg youdu …`: every Youdu (有度) message type, and media upload.
//!
//! Each command turns its flags into plain inputs, names the files it must upload, and gives a
//! builder closure to [`Target::send`], whose engine validates the whole message before anything is
//! uploaded or sent, then prints (dry run) or uploads and sends.

use std::path::{Path, PathBuf};

use clap::{ArgMatches, Args, Subcommand, ValueEnum, ValueHint};

use super::Settings;
use super::engine::{Delivery, Engine, Ids, Upload};
use super::input::{
    self, ContentArgs, Cover, CoverArgs, InputError, MediaType, UploadArgs, file_entries,
};
use super::output::Printer;
use crate::config::{self, YouduProfile, youdu_requests};
use crate::payload::PayloadError;
use crate::payload::recipients::{self, Recipients};
use crate::payload::youdu::{
    self as builder, Addressing, ArticleInput, Badge, Built, Chat, Content, ExlinkInput, Link,
    Mail, MailAction, MediaKind, MediaRef, PopWindow, Popup, SessionCreate, SessionMedia,
    SessionMessage, SysItem, ToAll,
};
use crate::transport::youdu::{self as api, Client};
use crate::transport::{Outgoing, TransportError};

mod args;
pub(crate) use args::*;

pub(crate) fn run(
    cmd: YouduCommand,
    settings: &Settings,
    matches: Option<&ArgMatches>,
) -> anyhow::Result<()> {
    let printer = settings.printer;
    match cmd {
        YouduCommand::Text(args) => {
            let content = args.content.read(&printer)?;
            let target = Target::new(settings, &args.to)?;
            target.send(Vec::new(), None, |_, how| {
                builder::text(&content, args.content.on_long, how)
            })
        }
        YouduCommand::Image(args) => media(args, MediaKind::Image, settings),
        YouduCommand::File(args) => media(args, MediaKind::File, settings),
        YouduCommand::Mpnews(args) => mpnews(args, settings, &printer),
        YouduCommand::Link(args) => {
            let target = Target::new(settings, &args.to)?;
            target.send(Vec::new(), None, |_, how| {
                builder::link(&args.title, &args.url, args.sso, how)
            })
        }
        YouduCommand::Exlink(args) => exlink(args, settings),
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
            let mut target = Target::with(settings, given, !args.to.no_split)?;
            target.to_all = args.to_all.then_some(ToAll {
                only_online: args.only_online,
                only_online_typo: args.only_online,
            });
            target.send(Vec::new(), Some(BuiltIn::SysMsg), |_, how| {
                builder::sysmsg(&args.title, items.clone(), args.pop_duration, how)
            })
        }
        YouduCommand::Sms(args) => {
            let content = args.content.read(&printer)?;
            let target = Target::new(settings, &args.to)?;
            target.send(Vec::new(), Some(BuiltIn::Sms), |_, how| {
                builder::sms(&args.from, &content, args.content.on_long, how)
            })
        }
        YouduCommand::Mail(args) => mail(args, settings),
        YouduCommand::Upload(args) => upload(args, settings),
        YouduCommand::Popup(args) => popup(args, settings),
        YouduCommand::Badge(args) => badge(args, settings),
        YouduCommand::Session(cmd) => session(cmd, settings),
    }
}

/// The built-in apps that some message types need (Youdu API: global parameters and built-in apps).
#[derive(Debug, Clone, Copy)]
enum BuiltIn {
    SysMsg,
    Sms,
    Mail,
    Session,
}

impl BuiltIn {
    fn app_id(self) -> &'static str {
        match self {
            BuiltIn::SysMsg => "sysMsgAssistant",
            BuiltIn::Sms => "sysSmsAssistant",
            BuiltIn::Mail => "sysExmailAssistant",
            BuiltIn::Session => "sysOrgAssistant",
        }
    }

    fn what(self) -> &'static str {
        match self {
            BuiltIn::SysMsg => "system messages",
            BuiltIn::Sms => "sms messages",
            BuiltIn::Mail => "mail messages",
            BuiltIn::Session => "session messages",
        }
    }
}

/// A file to upload before sending, as `kind`; checked to be a readable regular file before
/// any network call.
fn upload_of(path: &Path, kind: MediaType, flag: &'static str) -> Result<Upload, InputError> {
    input::check_file(path, flag)?;
    Ok(Upload {
        path: path.to_path_buf(),
        kind: kind.name(),
        flag,
        endpoint: api::MEDIA_UPLOAD,
    })
}

/// Whom a command's message goes to, through which profile.
struct Target<'g> {
    settings: &'g Settings,
    profile: Option<YouduProfile>,
    to: Recipients,
    split: bool,
    to_all: Option<ToAll>,
}

impl<'g> Target<'g> {
    fn new(settings: &'g Settings, args: &RecipientArgs) -> anyhow::Result<Self> {
        let given = recipients_from_flags(args)?;
        Self::with(settings, given, !args.no_split)
    }

    fn with(
        settings: &'g Settings,
        given: Option<Recipients>,
        split: bool,
    ) -> anyhow::Result<Self> {
        let profile = load_profile(settings)?;
        Ok(Self::for_profile(settings, profile, given, split))
    }

    /// A target through `profile` (none in a dry run without one): `given` recipients, else the
    /// profile's defaults.
    fn for_profile(
        settings: &'g Settings,
        profile: Option<YouduProfile>,
        given: Option<Recipients>,
        split: bool,
    ) -> Self {
        let to = match (given, &profile) {
            (Some(r), _) => r,
            (None, Some(p)) => p.default_recipients(),
            (None, None) => Recipients::default(),
        };
        Target {
            settings,
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

    fn engine(&self) -> Engine<'_> {
        Engine {
            settings: self.settings,
            provider: "youdu",
            profile: self.profile.as_ref().map(|p| p.name.as_str()),
        }
    }

    /// Sends the app message that `build` makes (see [`Target::deliver`]).
    fn send(
        &self,
        uploads: Vec<Upload>,
        built_in: Option<BuiltIn>,
        build: impl Fn(&Ids, &Addressing) -> Result<Built, PayloadError>,
    ) -> anyhow::Result<()> {
        let how = self.addressing();
        self.deliver(uploads, built_in, |ids| {
            build(ids, &how).map(youdu_requests)
        })
    }

    /// Sends the requests that `build` makes, through the engine (see [`Engine::run`]).
    fn deliver(
        &self,
        uploads: Vec<Upload>,
        built_in: Option<BuiltIn>,
        build: impl Fn(&Ids) -> Result<Outgoing, PayloadError>,
    ) -> anyhow::Result<()> {
        let hint = |e: &TransportError| built_in_hint(built_in, e);
        let mut delivery = self.delivery(&build, &hint, built_in);
        delivery.uploads = uploads;
        self.engine()
            .run(delivery, || self.client(), |_, _| Ok(Vec::new()))
    }

    /// The message `build` makes, with `hint`: a message of a built-in app warns when the
    /// profile is not that app.
    fn delivery<'a>(
        &self,
        build: &'a dyn Fn(&Ids) -> Result<Outgoing, PayloadError>,
        hint: &'a dyn Fn(&TransportError) -> Option<String>,
        built_in: Option<BuiltIn>,
    ) -> Delivery<'a> {
        let mut delivery = Delivery::of(build);
        delivery.hint = hint;
        if let (Some(b), Some(p)) = (built_in, &self.profile)
            && p.app_id != b.app_id()
        {
            delivery.notes.push(format!(
                "{} normally need app_id = {} (profile `{}` has {})",
                b.what(),
                b.app_id(),
                p.name,
                p.app_id
            ));
        }
        delivery
    }

    /// Where a session message goes (`--session`, `--to`, else the profile's session_id) and
    /// who sends it (`--sender`, else the profile's sender).
    fn chat(&self, args: &ChatArgs) -> Result<(Chat, String), PayloadError> {
        let profile = self.profile.as_ref();
        let missing = |problem: &str| PayloadError::Invalid {
            what: "a session message".into(),
            problem: problem.into(),
        };
        let chat = match (&args.session, &args.to) {
            (Some(id), _) => Chat::Session(id.clone()),
            (None, Some(to)) => Chat::Receiver(to.clone()),
            (None, None) => match profile.and_then(|p| p.session_id.clone()) {
                Some(id) => Chat::Session(id),
                None => {
                    return Err(missing(
                        "needs --session ID or --to ACCOUNT (or session_id in the profile)",
                    ));
                }
            },
        };
        let sender = match (&args.sender, profile.and_then(|p| p.sender.clone())) {
            (Some(s), _) => s.clone(),
            (None, Some(s)) => s,
            (None, None) => {
                return Err(missing("needs --sender ACCOUNT (or sender in the profile)"));
            }
        };
        Ok((chat, sender))
    }

    fn client(&self) -> anyhow::Result<Client> {
        let profile = self
            .profile
            .as_ref()
            .expect("a profile is loaded when not a dry run");
        self.settings
            .client(|connect, cache| profile.youdu_client(connect, cache))
    }
}

/// After a refusal that says the app is wrong (3, 100005), what a built-in app's message needs.
fn built_in_hint(built_in: Option<BuiltIn>, e: &TransportError) -> Option<String> {
    match (built_in, e) {
        (
            Some(b),
            TransportError::Refused {
                code: 3 | 100005, ..
            },
        ) => Some(format!(
            "{} need a profile whose app_id is {}, with that app's aes_key",
            b.what(),
            b.app_id()
        )),
        _ => None,
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
        ..Recipients::default()
    }))
}

/// The Youdu profile; optional for a dry run, which needs no credentials.
fn load_profile(settings: &Settings) -> anyhow::Result<Option<YouduProfile>> {
    Ok(input::with_warnings(
        config::youdu(&settings.config_request()?, settings.dry_run)?,
        settings,
    ))
}

fn media(args: MediaArgs, kind: MediaKind, settings: &Settings) -> anyhow::Result<()> {
    let media_type = match kind {
        MediaKind::Image => MediaType::Image,
        MediaKind::File => MediaType::File,
    };
    let uploads = match &args.file {
        Some(path) => vec![upload_of(path, media_type, "FILE")?],
        None => Vec::new(),
    };
    let target = Target::new(settings, &args.to)?;
    target.send(uploads, None, |ids, how| {
        let id = match (&args.file, &args.media_id) {
            (Some(path), _) => ids.media(path),
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
    settings: &Settings,
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
    let uploads = input::distinct_covers(&mut items)
        .iter()
        .map(|path| upload_of(path, MediaType::Image, flag))
        .collect::<Result<Vec<_>, _>>()?;
    let target = Target::new(settings, to)?;
    target.send(uploads, None, |ids, how| {
        let resolved: Vec<I> = items
            .iter()
            .map(|(item, cover)| set_id(item, cover.id(ids)))
            .collect();
        build(&resolved, how)
    })
}

fn mpnews(args: MpnewsArgs, settings: &Settings, printer: &Printer) -> anyhow::Result<()> {
    let articles = match &args.articles {
        Some(path) => file_entries(path, "--articles", "article", |e: builder::ArticleEntry| {
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
                None => input::read_text(None, args.content_file.as_deref(), printer)?,
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
        settings,
        |a, media_id| ArticleInput {
            media_id,
            ..a.clone()
        },
        builder::mpnews,
    )
}

fn exlink(args: ExlinkArgs, settings: &Settings) -> anyhow::Result<()> {
    let items = match &args.items {
        Some(path) => file_entries(path, "--items", "item", |e: builder::ItemEntry| {
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
        settings,
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

fn mail(args: MailArgs, settings: &Settings) -> anyhow::Result<()> {
    let given = if args.to_user.is_empty() && args.to_email.is_empty() {
        None
    } else {
        let users = recipients::split_list(&args.to_user, "--to-user", "account")?;
        let emails = recipients::split_list(&args.to_email, "--to-email", "address")?;
        Some(Recipients {
            users: recipients::dedup(users),
            emails: recipients::dedup(emails),
            ..Recipients::default()
        })
    };
    let mut target = Target::with(settings, given, !args.no_split)?;
    // Profile defaults may name departments, which mail cannot take.
    if !target.to.depts.is_empty() {
        target.settings.printer.warn(&format!(
            "mail cannot go to departments: the profile's to_dept ({}) is not used",
            target.to.depts.join(", ")
        ));
        target.to.depts.clear();
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
    target.send(Vec::new(), Some(BuiltIn::Mail), |_, how| {
        builder::mail(mail.clone(), how)
    })
}

fn upload(args: UploadArgs, settings: &Settings) -> anyhow::Result<()> {
    let kind = args
        .kind
        .unwrap_or_else(|| MediaType::by_extension(&args.file, MEDIA_EXTENSIONS));
    let u = upload_of(&args.file, kind, "FILE")?;
    let profile = match settings.dry_run {
        true => None,
        false => load_profile(settings)?,
    };
    let target = Target::for_profile(settings, profile, None, true);
    target.engine().upload_only(&u, || target.client())
}

fn popup(args: PopupArgs, settings: &Settings) -> anyhow::Result<()> {
    let window = PopWindow {
        url: args.url.clone(),
        tip: args.tip.clone(),
        title: args.title.clone(),
        width: args.width,
        height: args.height,
        duration: args.duration,
        position: args.position.map(Position::code),
        notice_id: args.notice_id.clone(),
        pop_mode: args.open.map(OpenIn::code),
    };
    let target = Target::new(settings, &args.to)?;
    let how = target.addressing();
    target.deliver(Vec::new(), None, |_| {
        let built = builder::popup(&window, &how)?;
        Ok(Outgoing::new(
            api::POPWINDOW,
            &built.messages,
            Popup::recipients,
            built.warnings,
        ))
    })
}

fn badge(args: BadgeArgs, settings: &Settings) -> anyhow::Result<()> {
    let accounts = recipients::split_list(&args.to_user, "--to-user", "account")?;
    let target = Target::with(settings, None, true)?;
    target.deliver(Vec::new(), None, |_| {
        let badges = builder::badges(&accounts, args.count, args.tip.as_deref())?;
        Ok(Outgoing::new(
            api::SET_NOTICE,
            &badges,
            Badge::recipients,
            Vec::new(),
        ))
    })
}

fn session(cmd: SessionCommand, settings: &Settings) -> anyhow::Result<()> {
    match cmd {
        SessionCommand::Create(args) => session_create(args, settings),
        SessionCommand::Text(args) => {
            let content = args.content.read(&settings.printer)?;
            let target = Target::with(settings, None, true)?;
            let (chat, sender) = target.chat(&args.chat)?;
            target.deliver(Vec::new(), Some(BuiltIn::Session), |_| {
                let built = builder::session_text(&chat, &sender, &content, args.content.on_long)?;
                Ok(Outgoing::new(
                    api::SESSION_SEND,
                    &built.messages,
                    SessionMessage::recipients,
                    built.warnings,
                ))
            })
        }
        SessionCommand::Image(args) => session_media(args, MediaType::Image, settings),
        SessionCommand::File(args) => session_media(args, MediaType::File, settings),
        SessionCommand::Voice(args) => session_media(args, MediaType::Voice, settings),
        SessionCommand::Video(args) => session_media(args, MediaType::Video, settings),
    }
}

/// A session message carrying a local FILE (uploaded first, as `kind`) or a media id.
fn session_media(
    args: SessionMediaArgs,
    kind: MediaType,
    settings: &Settings,
) -> anyhow::Result<()> {
    let (uploads, size) = match &args.file {
        Some(path) => {
            let size = input::check_file(path, "FILE")?;
            (vec![upload_of(path, kind, "FILE")?], Some(size))
        }
        None => (Vec::new(), None),
    };
    let session_kind = match kind {
        MediaType::Image => SessionMedia::Image,
        MediaType::File => SessionMedia::File,
        MediaType::Voice => SessionMedia::Voice,
        MediaType::Video => SessionMedia::Video,
    };
    let target = Target::with(settings, None, true)?;
    let (chat, sender) = target.chat(&args.chat)?;
    target.deliver(uploads, Some(BuiltIn::Session), |ids| {
        let media = match (&args.file, &args.media_id) {
            (Some(path), _) => MediaRef {
                media_id: ids.media(path),
                name: Some(input::file_name(path)),
                size,
            },
            (None, id) => MediaRef {
                media_id: id.clone().unwrap_or_default(),
                name: None,
                size: None,
            },
        };
        let message = builder::session_media(&chat, &sender, session_kind, media)?;
        Ok(Outgoing::new(
            api::SESSION_SEND,
            std::slice::from_ref(&message),
            SessionMessage::recipients,
            Vec::new(),
        ))
    })
}

fn session_create(args: SessionCreateArgs, settings: &Settings) -> anyhow::Result<()> {
    let members = recipients::split_list(&args.member, "--member", "account")?;
    let target = Target::with(settings, None, true)?;
    let build = |_: &Ids| {
        let create = builder::session_create(&args.title, &args.creator, &members)?;
        Ok(Outgoing::new(
            api::SESSION_CREATE,
            std::slice::from_ref(&create),
            SessionCreate::recipients,
            Vec::new(),
        ))
    };
    let hint = |e: &TransportError| built_in_hint(Some(BuiltIn::Session), e);
    let delivery = target.delivery(&build, &hint, Some(BuiltIn::Session));
    target.engine().create(
        delivery,
        || target.client(),
        |client, request| client.create_session(request),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn media_types_are_guessed_from_extensions() {
        assert_eq!(
            MediaType::by_extension(Path::new("a.PNG"), MEDIA_EXTENSIONS),
            MediaType::Image
        );
        assert_eq!(
            MediaType::by_extension(Path::new("a.mp3"), MEDIA_EXTENSIONS),
            MediaType::Voice
        );
        assert_eq!(
            MediaType::by_extension(Path::new("a.mp4"), MEDIA_EXTENSIONS),
            MediaType::Video
        );
        assert_eq!(
            MediaType::by_extension(Path::new("report.pdf"), MEDIA_EXTENSIONS),
            MediaType::File
        );
        assert_eq!(
            MediaType::by_extension(Path::new("README"), MEDIA_EXTENSIONS),
            MediaType::File
        );
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
