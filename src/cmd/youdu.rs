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

#[derive(Debug, Subcommand)]
pub(crate) enum YouduCommand {
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

    /// Send an image (a local FILE is uploaded first)
    ///
    /// FILE is uploaded as media of type image (jpg, png or gif), then sent; --media-id sends
    /// an image uploaded before. Recipients as for `youdu text`.
    ///
    /// Examples:
    ///   corpmsg youdu image -d 12 dashboard.png
    ///   corpmsg youdu image -u alice --media-id 6b3c…
    #[command(verbatim_doc_comment)]
    Image(MediaArgs),

    /// Send a file (a local FILE is uploaded first)
    ///
    /// FILE is uploaded as media of type file, then sent; --media-id sends a file uploaded
    /// before. The whole file is held in memory while it is encrypted.
    ///
    /// Examples:
    ///   corpmsg youdu file -u alice report.pdf
    ///   corpmsg youdu file -d 12 --media-id 6b3c…
    #[command(verbatim_doc_comment)]
    File(MediaArgs),

    /// Send 1 to 5 image-text articles (mpnews)
    ///
    /// One article from flags, or 1 to 5 from --articles FILE: a JSON array of objects, or
    /// TOML [[article]] tables, with the keys title, content, digest, cover (a local image,
    /// relative to the file) or media_id, and show_front (true/false).
    ///
    /// Limits: every article needs a cover. Title 64, content 600 and digest 120 characters:
    /// longer values are cut with a warning, as the server would. More than 5 articles: exit 2,
    /// and nothing is uploaded or sent. Each distinct cover file is uploaded once.
    ///
    /// Examples:
    ///   corpmsg youdu mpnews -d 12 --title "Release 1.4" --content-file notes.txt --cover logo.png
    ///   corpmsg youdu mpnews -u alice --articles digest.toml
    #[command(verbatim_doc_comment)]
    Mpnews(MpnewsArgs),

    /// Send a link that opens a URL (with --sso, the client appends the user's credentials)
    ///
    /// Limits: --title at most 64 characters (a hard limit: exit 2 over it).
    ///
    /// Examples:
    ///   corpmsg youdu link -d 12 --title "Build #512 failed" --url https://ci.example.com/512
    ///   corpmsg youdu link -u alice --title "Approve leave" --url https://oa.example.com/a/7 --sso
    #[command(verbatim_doc_comment)]
    Link(LinkArgs),

    /// Send 1 to 5 external links (exlink)
    ///
    /// One item from flags, or 1 to 5 from --items FILE (JSON array, or TOML [[item]] tables)
    /// with the keys title, url, digest, cover (a local image) or media_id.
    ///
    /// Limits: title at most 64 characters (exit 2 over it); digest 120 (cut with a warning);
    /// at most 5 items. A cover is optional (sent as an empty media_id without one).
    ///
    /// Examples:
    ///   corpmsg youdu exlink -d 12 --title Dashboard --url https://grafana.example.com --digest "p95 up"
    ///   corpmsg youdu exlink -u alice --items links.json
    #[command(verbatim_doc_comment)]
    Exlink(ExlinkArgs),

    /// Send a system message (needs the sysMsgAssistant app)
    ///
    /// --text and --link items appear in the order given. --to-all sends to every member
    /// (with --only-online, only to those online now); recipients are then optional.
    /// Use a profile whose app_id is sysMsgAssistant, with that app's EncodingAESKey
    /// (管理后台 → 管理工具 → 系统消息).
    ///
    /// Limits: --title at most 64 characters; at least one --text or --link.
    ///
    /// Examples:
    ///   corpmsg -p sys youdu sysmsg --title "Maintenance tonight" --text "22:00-23:00" --to-all
    ///   corpmsg -p sys youdu sysmsg -d 12 --title Release --text "1.4 is out" --link "Notes=https://x/1.4"
    #[command(verbatim_doc_comment)]
    Sysmsg(SysmsgArgs),

    /// Send an SMS notice (needs the sysSmsAssistant app)
    ///
    /// Shows an SMS reply from --from PHONE. Content as for `youdu text` (600 characters,
    /// --on-long). Use a profile whose app_id is sysSmsAssistant.
    ///
    /// Example:
    ///   corpmsg -p sms youdu sms -u alice --from 13800000000 "OK, received"
    #[command(verbatim_doc_comment)]
    Sms(SmsArgs),

    /// Send a mail notice (needs the sysExmailAssistant app)
    ///
    /// --action new announces a mail (--subject, --from-user or --from-email, --time, --link);
    /// --action unread shows the unread count (--unread-count). Recipients are accounts
    /// (--to-user) and/or e-mail addresses (--to-email); they go in separate requests, since
    /// the server ignores addresses when accounts are given. Use a profile whose app_id is
    /// sysExmailAssistant (管理后台 → 企业应用 → 企业邮 → 其他邮箱).
    ///
    /// Limits: 1000 accounts and 1000 addresses per request.
    ///
    /// Examples:
    ///   corpmsg -p mail youdu mail --action new --to-email a@example.com --subject Invoice \
    ///     --from-email billing@example.com
    ///   corpmsg -p mail youdu mail --action unread -u alice --unread-count 3
    #[command(verbatim_doc_comment)]
    Mail(MailArgs),

    /// Upload a file and print its media id
    ///
    /// The type is guessed from the extension unless --type is given: jpg, jpeg, png, gif,
    /// bmp, webp are images; amr, mp3, wav, silk, ogg are voice; mp4, mov, avi, mkv are video;
    /// anything else is a file.
    ///
    /// Example:
    ///   id=$(corpmsg youdu upload chart.png) && corpmsg youdu image -d 12 --media-id "$id"
    #[command(verbatim_doc_comment)]
    Upload(UploadArgs),
}

/// Recipient flags of Youdu messages.
#[derive(Debug, Args)]
#[command(next_help_heading = "Recipients")]
pub(crate) struct RecipientArgs {
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
pub(crate) struct TextArgs {
    #[command(flatten)]
    pub content: ContentArgs,
    #[command(flatten)]
    pub to: RecipientArgs,
}

#[derive(Debug, Args)]
pub(crate) struct MediaArgs {
    /// Local file to upload and send
    #[arg(value_name = "FILE", required_unless_present = "media_id", value_hint = ValueHint::FilePath)]
    pub file: Option<PathBuf>,

    /// Send media uploaded before instead of a file
    #[arg(long, value_name = "ID", conflicts_with = "file")]
    pub media_id: Option<String>,

    #[command(flatten)]
    pub to: RecipientArgs,
}

#[derive(Debug, Args)]
pub(crate) struct MpnewsArgs {
    /// Article title (64 characters; longer is cut)
    #[arg(long, value_name = "TEXT", required_unless_present = "articles")]
    pub title: Option<String>,

    /// Article body (600 characters; longer is cut)
    #[arg(long, value_name = "TEXT", conflicts_with = "content_file",
          required_unless_present_any = ["articles", "content_file"])]
    pub content: Option<String>,

    /// Read the article body from FILE (`-` for standard input)
    #[arg(long, value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub content_file: Option<PathBuf>,

    /// Summary shown in the list (120 characters; longer is cut)
    #[arg(long, value_name = "TEXT")]
    pub digest: Option<String>,

    #[command(flatten)]
    pub cover: CoverArgs,

    /// Show the cover at the top of the article body
    #[arg(long)]
    pub show_front: bool,

    /// Read 1 to 5 articles from FILE (JSON or TOML) instead of the flags above
    #[arg(long, value_name = "FILE", value_hint = ValueHint::FilePath,
          conflicts_with_all = ["title", "content", "content_file", "digest", "cover", "cover_media_id", "show_front"])]
    pub articles: Option<PathBuf>,

    #[command(flatten)]
    pub to: RecipientArgs,
}

#[derive(Debug, Args)]
pub(crate) struct LinkArgs {
    /// Link title (at most 64 characters)
    #[arg(long, value_name = "TEXT")]
    pub title: String,

    /// The URL to open
    #[arg(long, value_name = "URL", value_hint = ValueHint::Url)]
    pub url: String,

    /// Append the user's name and token to the URL for single sign-on (action 1)
    #[arg(long)]
    pub sso: bool,

    #[command(flatten)]
    pub to: RecipientArgs,
}

#[derive(Debug, Args)]
pub(crate) struct ExlinkArgs {
    /// Link title (at most 64 characters)
    #[arg(long, value_name = "TEXT", required_unless_present = "items")]
    pub title: Option<String>,

    /// The URL to open
    #[arg(long, value_name = "URL", value_hint = ValueHint::Url, required_unless_present = "items")]
    pub url: Option<String>,

    /// Summary (120 characters; longer is cut)
    #[arg(long, value_name = "TEXT")]
    pub digest: Option<String>,

    #[command(flatten)]
    pub cover: CoverArgs,

    /// Read 1 to 5 items from FILE (JSON or TOML) instead of the flags above
    #[arg(long, value_name = "FILE", value_hint = ValueHint::FilePath,
          conflicts_with_all = ["title", "url", "digest", "cover", "cover_media_id"])]
    pub items: Option<PathBuf>,

    #[command(flatten)]
    pub to: RecipientArgs,
}

#[derive(Debug, Args)]
pub(crate) struct SysmsgArgs {
    /// Title (at most 64 characters)
    #[arg(long, value_name = "TEXT")]
    pub title: String,

    /// A text item; repeatable, kept in order with --link
    #[arg(long, value_name = "TEXT")]
    pub text: Vec<String>,

    /// A link item as TITLE=URL; repeatable, kept in order with --text
    #[arg(long, value_name = "TITLE=URL", value_parser = parse_link)]
    pub link: Vec<(String, String)>,

    /// Seconds the pop-up stays; 0 or less keeps it until closed
    #[arg(long, value_name = "SECS", allow_negative_numbers = true)]
    pub pop_duration: Option<i64>,

    /// Send to every member (recipients become optional)
    #[arg(long)]
    pub to_all: bool,

    /// With --to-all: only members online now (offline members never get it)
    #[arg(long, requires = "to_all")]
    pub only_online: bool,

    #[command(flatten)]
    pub to: RecipientArgs,
}

fn parse_link(s: &str) -> Result<(String, String), String> {
    deliver::split_pair(s, "TITLE=URL")
}

#[derive(Debug, Args)]
pub(crate) struct SmsArgs {
    /// The phone number the SMS came from
    #[arg(long, value_name = "PHONE")]
    pub from: String,

    #[command(flatten)]
    pub content: ContentArgs,

    #[command(flatten)]
    pub to: RecipientArgs,
}

#[derive(Debug, Args)]
pub(crate) struct MailArgs {
    /// new: a new mail; unread: the unread count
    #[arg(long, value_enum)]
    pub action: MailAction,

    /// Subject (new)
    #[arg(long, value_name = "TEXT")]
    pub subject: Option<String>,

    /// Sender's account (new)
    #[arg(long, value_name = "USER", conflicts_with = "from_email")]
    pub from_user: Option<String>,

    /// Sender's address (new)
    #[arg(long, value_name = "EMAIL")]
    pub from_email: Option<String>,

    /// When the mail was sent, in Unix seconds [default: when the server receives it]
    #[arg(long, value_name = "UNIX", value_parser = clap::value_parser!(i64).range(1..))]
    pub time: Option<i64>,

    /// Link that opens the mail (new)
    #[arg(long, value_name = "URL", value_hint = ValueHint::Url)]
    pub link: Option<String>,

    /// Number of unread mails (unread)
    #[arg(long, value_name = "N")]
    pub unread_count: Option<u32>,

    /// Accounts, separated by `|` or `,`; repeatable [default: the profile's to_user]
    #[arg(
        short = 'u',
        long = "to-user",
        value_name = "USERS",
        help_heading = "Recipients"
    )]
    pub to_user: Vec<String>,

    /// E-mail addresses, separated by `|` or `,`; repeatable
    #[arg(long = "to-email", value_name = "EMAILS", help_heading = "Recipients")]
    pub to_email: Vec<String>,

    /// Refuse (exit 2) instead of sending several requests over 1000 recipients
    #[arg(long, help_heading = "Recipients")]
    pub no_split: bool,
}

#[derive(Debug, Args)]
pub(crate) struct UploadArgs {
    /// The file to upload
    #[arg(value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub file: PathBuf,

    /// Media type [default: guessed from the extension]
    #[arg(long = "type", value_enum, value_name = "TYPE")]
    pub kind: Option<MediaType>,
}

/// Youdu media types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum MediaType {
    Image,
    File,
    Voice,
    Video,
}

impl MediaType {
    fn name(self) -> &'static str {
        match self {
            MediaType::Image => "image",
            MediaType::File => "file",
            MediaType::Voice => "voice",
            MediaType::Video => "video",
        }
    }

    fn guess(path: &Path) -> MediaType {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("jpg" | "jpeg" | "png" | "gif" | "bmp" | "webp") => MediaType::Image,
            Some("amr" | "mp3" | "wav" | "silk" | "ogg") => MediaType::Voice,
            Some("mp4" | "mov" | "avi" | "mkv") => MediaType::Video,
            _ => MediaType::File,
        }
    }
}

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

/// `--action`'s values: the payload layer's [`MailAction`] knows nothing of clap.
impl clap::ValueEnum for MailAction {
    fn value_variants<'a>() -> &'a [Self] {
        &[MailAction::New, MailAction::Unread]
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(match self {
            MailAction::New => "new",
            MailAction::Unread => "unread",
        }))
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
        config::cache_dir(),
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
