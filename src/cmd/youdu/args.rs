//! The clap definitions of `corpmsg youdu …`: every subcommand's flags, their help and examples.

use super::*;

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
    /// before. The file is encrypted as it is sent, in pieces: memory does not grow with it.
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

    /// Open a desktop pop-up window on the recipients' Youdu clients
    ///
    /// The window shows --url (a web page) or --tip (a line of text); given both, it shows the
    /// URL, and corpmsg warns. Recipients and their limits as for `youdu text` (1000 accounts,
    /// 100 departments a request). Only the Windows desktop client shows pop-ups. Sent to
    /// /cgi/popwindow in the app body, with no access token.
    ///
    /// Examples:
    ///   corpmsg youdu popup -d 12 --tip "db-1: disk 95% full" --duration forever --position bottom-right
    ///   corpmsg youdu popup -u alice --url https://ops.example.com/i/42 --notice-id inc-42
    #[command(verbatim_doc_comment)]
    Popup(PopupArgs),

    /// Set the app's badge (to-do count) for each account; --count 0 clears it
    ///
    /// One request per account (-u, repeatable, or `a|b` lists), each setting the badge of this
    /// profile's app to --count, with --tip as its notice. Sent to /cgi/set.ent.notice in the
    /// app body, with no access token.
    ///
    /// Examples:
    ///   corpmsg youdu badge -u alice -u bob --count 3 --tip "3 approvals waiting"
    ///   corpmsg youdu badge -u alice --count 0
    #[command(verbatim_doc_comment)]
    Badge(BadgeArgs),

    /// Post into a group chat session or a one-to-one chat, or create a session
    ///
    /// Session messages come from a member (--sender, or the profile's sender), through the
    /// built-in app sysOrgAssistant: use a profile whose app_id is sysOrgAssistant, with that
    /// app's own EncodingAESKey.
    ///
    /// Examples:
    ///   id=$(corpmsg -p chat youdu session create --title "Release 1.4" --creator alice -m bob -m carol)
    ///   corpmsg -p chat youdu session text --session "$id" --sender robot "Build #512 is green"
    #[command(subcommand, verbatim_doc_comment)]
    Session(SessionCommand),

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

#[derive(Debug, Args)]
pub(crate) struct PopupArgs {
    /// Web page the window opens
    #[arg(long, value_name = "URL", required_unless_present = "tip")]
    pub url: Option<String>,

    /// Text the window shows (when there is no --url)
    #[arg(long, value_name = "TEXT")]
    pub tip: Option<String>,

    /// Window title
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,

    /// Window width in pixels
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub width: Option<u32>,

    /// Window height in pixels
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub height: Option<u32>,

    /// Seconds the window stays, or `forever` until it is closed [default: the server's 5]
    #[arg(long, value_name = "SECS|forever", value_parser = parse_duration)]
    pub duration: Option<i64>,

    /// Where on the screen the window opens [default: center]
    #[arg(long, value_enum, value_name = "WHERE")]
    pub position: Option<Position>,

    /// Open the URL in a browser or in a window [default: the app's setting]
    #[arg(long, value_enum, value_name = "HOW")]
    pub open: Option<OpenIn>,

    /// Pop-ups with the same id share one window; a later one replaces an earlier one
    #[arg(long, value_name = "ID")]
    pub notice_id: Option<String>,

    #[command(flatten)]
    pub to: RecipientArgs,
}

/// `--duration`: whole seconds, or `forever` (-1 to the API).
fn parse_duration(s: &str) -> Result<i64, String> {
    if s.trim() == "forever" {
        return Ok(-1);
    }
    s.trim()
        .parse::<u32>()
        .map(i64::from)
        .map_err(|_| format!("{s:?} is not a number of seconds (0 or more) or `forever`"))
}

/// Where a pop-up opens (the API's `position`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Position {
    Center,
    TopLeft,
    TopRight,
    BottomRight,
    BottomLeft,
}

impl Position {
    /// The documented integer: 0 centre, 1 top-left, 2 top-right, 3 bottom-right, 4 bottom-left.
    pub(super) fn code(self) -> u8 {
        match self {
            Position::Center => 0,
            Position::TopLeft => 1,
            Position::TopRight => 2,
            Position::BottomRight => 3,
            Position::BottomLeft => 4,
        }
    }
}

/// How a pop-up opens its URL (the API's `pop_mode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum OpenIn {
    Browser,
    Window,
}

impl OpenIn {
    /// The documented integer: 1 a browser, 2 a window.
    pub(super) fn code(self) -> u8 {
        match self {
            OpenIn::Browser => 1,
            OpenIn::Window => 2,
        }
    }
}

#[derive(Debug, Args)]
pub(crate) struct BadgeArgs {
    /// Accounts, separated by `|` or `,`; repeatable; one request each
    #[arg(short = 'u', long = "to-user", value_name = "USERS", required = true)]
    pub to_user: Vec<String>,

    /// The badge count: an integer, 0 or more (0 clears the badge)
    #[arg(long, value_name = "N", required = true)]
    pub count: u32,

    /// The notice shown with the badge
    #[arg(long, value_name = "TEXT")]
    pub tip: Option<String>,
}

#[derive(Debug, Subcommand)]
pub(crate) enum SessionCommand {
    /// Create a group session and print its id
    ///
    /// The creator is one of the members (added if missing); a session needs at least 3
    /// members. Prints the new session id on stdout (a JSON object with --json), for
    /// `youdu session text --session ID` or the profile's session_id.
    ///
    /// Limits: --title at most 64 characters; --creator and members at most 64.
    ///
    /// Example:
    ///   corpmsg -p chat youdu session create --title "Release 1.4" --creator alice -m bob -m carol
    #[command(verbatim_doc_comment)]
    Create(SessionCreateArgs),

    /// Post a text into a session or a one-to-one chat
    ///
    /// Content as for `youdu text`: CONTENT, `-` or piped standard input, or --content-file;
    /// 600 characters per message, handled by --on-long.
    ///
    /// Examples:
    ///   corpmsg -p chat youdu session text --session "{8AD595F3-…}" --sender robot "Build #512 is green"
    ///   tail -n 20 backup.log | corpmsg -p chat youdu session text --to alice --on-long split
    #[command(verbatim_doc_comment)]
    Text(SessionTextArgs),

    /// Post an image into a session or a one-to-one chat (FILE is uploaded first)
    ///
    /// Example:
    ///   corpmsg -p chat youdu session image --session "$id" dashboard.png
    #[command(verbatim_doc_comment)]
    Image(SessionMediaArgs),

    /// Post a file into a session or a one-to-one chat (FILE is uploaded first)
    ///
    /// The message carries the file's name and size beside its media id.
    ///
    /// Example:
    ///   corpmsg -p chat youdu session file --to alice report.pdf
    #[command(verbatim_doc_comment)]
    File(SessionMediaArgs),

    /// Post a voice message (FILE is uploaded first, as voice)
    ///
    /// Example:
    ///   corpmsg -p chat youdu session voice --session "$id" note.amr
    #[command(verbatim_doc_comment)]
    Voice(SessionMediaArgs),

    /// Post a video (FILE is uploaded first, as video)
    ///
    /// Example:
    ///   corpmsg -p chat youdu session video --session "$id" demo.mp4
    #[command(verbatim_doc_comment)]
    Video(SessionMediaArgs),
}

#[derive(Debug, Args)]
pub(crate) struct SessionCreateArgs {
    /// Session title (64 characters at most)
    #[arg(long, value_name = "TEXT")]
    pub title: String,

    /// The account that creates the session (one of its members)
    #[arg(long, value_name = "ACCOUNT")]
    pub creator: String,

    /// Members, separated by `|` or `,`; repeatable
    #[arg(short = 'm', long = "member", value_name = "ACCOUNTS", required = true)]
    pub member: Vec<String>,
}

/// Where a session message goes and who sends it.
#[derive(Debug, Args)]
#[command(next_help_heading = "Chat")]
pub(crate) struct ChatArgs {
    /// The group session to post into [default: the profile's session_id]
    #[arg(long, value_name = "ID", conflicts_with = "to")]
    pub session: Option<String>,

    /// The account whose one-to-one chat with the sender to post into
    #[arg(long, value_name = "ACCOUNT")]
    pub to: Option<String>,

    /// The account the message comes from [default: the profile's sender]
    #[arg(long, value_name = "ACCOUNT")]
    pub sender: Option<String>,
}

#[derive(Debug, Args)]
pub(crate) struct SessionTextArgs {
    #[command(flatten)]
    pub content: ContentArgs,
    #[command(flatten)]
    pub chat: ChatArgs,
}

#[derive(Debug, Args)]
pub(crate) struct SessionMediaArgs {
    /// Local file to upload and send
    #[arg(value_name = "FILE", required_unless_present = "media_id", value_hint = ValueHint::FilePath)]
    pub file: Option<PathBuf>,

    /// Send media uploaded before instead of a file
    #[arg(long, value_name = "ID", conflicts_with = "file")]
    pub media_id: Option<String>,

    #[command(flatten)]
    pub chat: ChatArgs,
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

pub(super) fn parse_link(s: &str) -> Result<(String, String), String> {
    input::split_pair(s, "TITLE=URL")
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

/// The extensions `youdu upload` takes for each media type; anything else is a file.
pub(super) const MEDIA_EXTENSIONS: &[(MediaType, &[&str])] = &[
    (
        MediaType::Image,
        &["jpg", "jpeg", "png", "gif", "bmp", "webp"],
    ),
    (MediaType::Voice, &["amr", "mp3", "wav", "silk", "ogg"]),
    (MediaType::Video, &["mp4", "mov", "avi", "mkv"]),
];

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
