//! The clap definitions of `corpmsg wecom …`: every subcommand's flags, their help and examples.

use super::*;

#[derive(Debug, Subcommand)]
pub(crate) enum WecomCommand {
    /// Send a text message (2048 bytes), from an app or a group robot
    ///
    /// The content is the CONTENT argument, standard input (`-`, or piped with no CONTENT)
    /// or --content-file. Trailing white space is trimmed; empty content is an error.
    ///
    /// The profile decides the sender: an app (corp_id, agent_id) messages the recipients
    /// (-u, -d, -t, --to-all, or the profile's to_user, to_dept, to_tag); a group robot
    /// (webhook_key) posts into its group, and --mention / --mention-mobile notify members.
    ///
    /// Limits: 2048 bytes of UTF-8 per message (a Chinese character is 3), handled by
    /// --on-long: truncate (default, with a warning), split (numbered messages) or fail
    /// (exit 2); never cut inside a character. An app sends to at most 1000 users, 100
    /// departments and 100 tags per request: more go out in several requests, unless
    /// --no-split. A robot takes 20 messages a minute: a longer split waits for the limit.
    ///
    /// Examples:
    ///   corpmsg wecom text -u zhangsan "Backup finished"
    ///   corpmsg -p wxbot wecom text --mention @all "Deploy of 1.4 starts in 5 minutes"
    ///   tail -n 30 build.log | corpmsg wecom text -d 2 --on-long split
    #[command(verbatim_doc_comment)]
    Text(TextArgs),

    /// Send a markdown message (app 2048 bytes, robot 4096)
    ///
    /// The WeCom subset of markdown: headings, bold, links, `> quotes`, inline code, and three
    /// font colours (<font color="info|comment|warning">). In a robot's markdown, mention a
    /// member with <@userid> in the text. Content and --on-long as for `wecom text`. The old
    /// 微工作台 client does not show markdown.
    ///
    /// Examples:
    ///   corpmsg wecom markdown -t 3 "**Release 1.4** is out: [notes](https://example.com/1.4)"
    ///   corpmsg -p wxbot wecom markdown --content-file report.md
    #[command(verbatim_doc_comment)]
    Markdown(MarkdownArgs),

    /// Send an image (an app uploads FILE first; a robot sends it inline)
    ///
    /// An app uploads FILE (JPG or PNG, at most 10 MB) through /cgi-bin/media/upload, then
    /// sends it; --media-id sends an image uploaded before (media ids live 3 days). A robot
    /// sends FILE inline (JPG or PNG, at most 2 MB, Base64 with its MD5), and takes no
    /// --media-id.
    ///
    /// Examples:
    ///   corpmsg wecom image -d 2 dashboard.png
    ///   corpmsg -p wxbot wecom image cpu.png
    #[command(verbatim_doc_comment)]
    Image(MediaArgs),

    /// Send a file (uploaded first)
    ///
    /// FILE (any kind, more than 5 bytes and at most 20 MB) is uploaded, by an app through
    /// /cgi-bin/media/upload and by a robot through its own upload_media, then sent.
    /// --media-id sends a file uploaded before (a robot's media serve only that robot).
    ///
    /// Examples:
    ///   corpmsg wecom file -u zhangsan report.pdf
    ///   corpmsg -p wxbot wecom file build.log
    #[command(verbatim_doc_comment)]
    File(MediaArgs),

    /// Send a text card: a title, a description and a link (app only)
    ///
    /// Limits: --title 128 and --description 512 bytes (longer is cut with a warning, as the
    /// server would), --url at most 2048 bytes (exit 2 over it), --button at most 4
    /// characters (cut with a warning; the server shows 详情 without one). A group robot
    /// cannot send cards: use `wecom news`.
    ///
    /// Example:
    ///   corpmsg wecom textcard -u zhangsan --title "Build #512 failed" \
    ///     --description "billing-api: 3 tests failed" --url https://ci.example.com/512 --button 查看
    #[command(verbatim_doc_comment)]
    Textcard(TextcardArgs),

    /// Send 1 to 8 news articles (links with a title, description and picture)
    ///
    /// One article from flags, or 1 to 8 from --articles FILE: a JSON array of objects, or
    /// TOML [[article]] tables, with the keys title, description, url and picurl (a picture's
    /// URL, JPG or PNG).
    ///
    /// Limits: title 128 and description 512 bytes (longer is cut with a warning); url and
    /// picurl at most 2048 bytes; at most 8 articles (exit 2 over them).
    ///
    /// Examples:
    ///   corpmsg wecom news -d 2 --title "Release 1.4" --url https://example.com/1.4 \
    ///     --picurl https://example.com/1.4.png --description "What is new"
    ///   corpmsg -p wxbot wecom news --articles digest.toml
    #[command(verbatim_doc_comment)]
    News(NewsArgs),

    /// Upload a file and print its media id (valid 3 days)
    ///
    /// The type is guessed from the extension unless --type is given: jpg, jpeg, png are
    /// images; amr is voice; mp4 is video; anything else is a file. Sizes: image 10 MB,
    /// voice 2 MB (AMR), video 10 MB (MP4), file 20 MB, each more than 5 bytes. A group robot
    /// uploads only files and voice, and its media ids serve only that robot.
    ///
    /// Example:
    ///   id=$(corpmsg wecom upload chart.png) && corpmsg wecom image -d 2 --media-id "$id"
    #[command(verbatim_doc_comment)]
    Upload(UploadArgs),
}

/// Recipient flags of app messages; a group robot takes none.
#[derive(Debug, Args)]
#[command(next_help_heading = "Recipients (app)")]
pub(crate) struct RecipientArgs {
    /// User ids, separated by `|` or `,`; repeatable [default: the profile's to_user]
    #[arg(short = 'u', long = "to-user", value_name = "USERS")]
    pub to_user: Vec<String>,

    /// Department (party) ids, separated by `|` or `,`; repeatable [default: the profile's
    /// to_dept]
    #[arg(short = 'd', long = "to-dept", value_name = "DEPTS")]
    pub to_dept: Vec<String>,

    /// Tag ids, separated by `|` or `,`; repeatable [default: the profile's to_tag]
    #[arg(short = 't', long = "to-tag", value_name = "TAGS")]
    pub to_tag: Vec<String>,

    /// Everyone the app may message (its visible range): touser "@all"
    #[arg(long)]
    pub to_all: bool,

    /// Refuse (exit 2) instead of sending several requests over 1000 users, 100 departments
    /// or 100 tags
    #[arg(long)]
    pub no_split: bool,

    /// Seconds of the server's duplicate check (0 off, at most 14400): an identical message
    /// within them is dropped, so a request whose answer was lost may be sent again
    /// [default: the profile's dedupe]
    #[arg(long, value_name = "SECS")]
    pub dedupe: Option<u32>,
}

#[derive(Debug, Args)]
pub(crate) struct TextArgs {
    #[command(flatten)]
    pub content: ContentArgs,
    #[command(flatten)]
    pub to: RecipientArgs,
    #[command(flatten)]
    pub mention: MentionArgs,
}

/// A robot's mentions (text only).
#[derive(Debug, Args)]
#[command(next_help_heading = "Mentions (group robot)")]
pub(crate) struct MentionArgs {
    /// Mention this member by user id (@all for everyone); repeatable
    #[arg(long, value_name = "USERID")]
    pub mention: Vec<String>,

    /// Mention the member with this mobile number (@all for everyone); repeatable
    #[arg(long, value_name = "PHONE")]
    pub mention_mobile: Vec<String>,
}

#[derive(Debug, Args)]
pub(crate) struct MarkdownArgs {
    #[command(flatten)]
    pub content: ContentArgs,
    #[command(flatten)]
    pub to: RecipientArgs,
}

#[derive(Debug, Args)]
pub(crate) struct MediaArgs {
    /// Local file to send
    #[arg(value_name = "FILE", required_unless_present = "media_id", value_hint = ValueHint::FilePath)]
    pub file: Option<PathBuf>,

    /// Send media uploaded before (`wecom upload`) instead of a file
    #[arg(long, value_name = "ID", conflicts_with = "file")]
    pub media_id: Option<String>,

    #[command(flatten)]
    pub to: RecipientArgs,
}

#[derive(Debug, Args)]
pub(crate) struct TextcardArgs {
    /// Card title (128 bytes; longer is cut)
    #[arg(long, value_name = "TEXT")]
    pub title: String,

    /// Card text (512 bytes; longer is cut)
    #[arg(long, value_name = "TEXT")]
    pub description: String,

    /// The page the card opens (at most 2048 bytes)
    #[arg(long, value_name = "URL", value_hint = ValueHint::Url)]
    pub url: String,

    /// The button's text (4 characters; longer is cut) [default: 详情]
    #[arg(long, value_name = "TEXT")]
    pub button: Option<String>,

    #[command(flatten)]
    pub to: RecipientArgs,
}

#[derive(Debug, Args)]
pub(crate) struct NewsArgs {
    /// Article title (128 bytes; longer is cut)
    #[arg(long, value_name = "TEXT", required_unless_present = "articles")]
    pub title: Option<String>,

    /// Summary under the title (512 bytes; longer is cut)
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,

    /// The page the article opens
    #[arg(long, value_name = "URL", value_hint = ValueHint::Url, required_unless_present = "articles")]
    pub url: Option<String>,

    /// The picture's URL (JPG or PNG)
    #[arg(long, value_name = "URL", value_hint = ValueHint::Url)]
    pub picurl: Option<String>,

    /// Read 1 to 8 articles from FILE (JSON or TOML) instead of the flags above
    #[arg(long, value_name = "FILE", value_hint = ValueHint::FilePath,
          conflicts_with_all = ["title", "description", "url", "picurl"])]
    pub articles: Option<PathBuf>,

    #[command(flatten)]
    pub to: RecipientArgs,
}

/// The extensions `wecom upload` takes for each media type; anything else is a file.
pub(super) const MEDIA_EXTENSIONS: &[(MediaType, &[&str])] = &[
    (MediaType::Image, &["jpg", "jpeg", "png"]),
    (MediaType::Voice, &["amr"]),
    (MediaType::Video, &["mp4"]),
];

/// The largest file of type `kind` WeCom takes, in bytes, the extensions it takes (none: any)
/// and their names for messages (protocol §5).
pub(super) fn limits(kind: MediaType) -> (u64, &'static [&'static str], &'static str) {
    const MB: u64 = 1024 * 1024;
    match kind {
        MediaType::Image => (10 * MB, &["jpg", "jpeg", "png"], "JPG or PNG"),
        MediaType::Voice => (2 * MB, &["amr"], "AMR"),
        MediaType::Video => (10 * MB, &["mp4"], "MP4"),
        MediaType::File => (20 * MB, &[], "any kind"),
    }
}
