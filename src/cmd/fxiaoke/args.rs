//! The clap definitions of `corpmsg fxiaoke …`: every subcommand's flags, their help and examples.

use super::*;

#[derive(Debug, Subcommand)]
pub(crate) enum FxiaokeCommand {
    /// Send a text message
    ///
    /// The content is the CONTENT argument, standard input (`-`, or piped with no CONTENT)
    /// or --content-file. Trailing white space is trimmed; empty content is an error.
    ///
    /// Limits: 4000 characters per message, corpmsg's own safety limit (the API documents
    /// none; a profile's text_limit changes it), handled by --on-long: truncate (default, with a warning), split (numbered messages)
    /// or fail (exit 2). At most 500 recipients per request: more go out in several
    /// requests, unless --no-split.
    ///
    /// Examples:
    ///   corpmsg fxiaoke text -u FSUID_39E2B… "Nightly backup failed on db-3"
    ///   corpmsg fxiaoke text --to-mobile 13800000000 --content-file report.txt
    ///   tail -n 30 build.log | corpmsg fxiaoke text --on-long split
    #[command(verbatim_doc_comment)]
    Text(TextArgs),

    /// Send a composite card: title, first line, labelled rows, remark and a link
    ///
    /// --field rows appear in the order given.
    ///
    /// Limits: at most 6 --field rows (exit 2 over it); --title, --link-title and --link-url
    /// are required.
    ///
    /// Example:
    ///   corpmsg fxiaoke composite -u FSUID_… --title "Deployment report" --first "02:00" \
    ///     --field Service=billing-api --field Result=failed --remark "Rolled back" \
    ///     --link-title "View details" --link-url https://ci.example.com/runs/512
    #[command(verbatim_doc_comment)]
    Composite(CompositeArgs),

    /// Send 1 to 7 image-text articles (also the way to send a picture)
    ///
    /// One article from flags, or 1 to 7 from --articles FILE: a JSON array of objects, or
    /// TOML [[article]] tables, with the keys title, author, description, content (body text)
    /// or url (a link), cover (a local image, relative to the file) or media_id, and
    /// cover_in_content (true/false).
    ///
    /// Every article needs a cover: a local jpg, jpeg, png, gif or bmp of at most 5 MB
    /// (uploaded first, each distinct file once) or a media id from `fxiaoke upload`.
    ///
    /// Limits (hard, exit 2 over them): title 45, author 8, description 140 characters;
    /// at most 7 articles.
    ///
    /// Examples:
    ///   corpmsg fxiaoke image -u FSUID_… --title "CPU last 24 h" --cover cpu.png \
    ///     --content "db-3 peaked at 97%"
    ///   corpmsg fxiaoke articles -u FSUID_… --title "Release 1.4" \
    ///     --url https://example.com/1.4 --cover logo.png
    ///   corpmsg fxiaoke articles --to-mobile 13800000000 --articles digest.toml
    #[command(verbatim_doc_comment, visible_alias = "image")]
    Articles(ArticlesArgs),

    /// Upload an image and print its media id
    ///
    /// jpg, jpeg, png, gif or bmp, at most 5 MB. The id can be used as a cover many times.
    ///
    /// Example:
    ///   id=$(corpmsg fxiaoke upload chart.png) && corpmsg fxiaoke image -u FSUID_… \
    ///     --title Chart --cover-media-id "$id" --content "See above"
    #[command(verbatim_doc_comment)]
    Upload(UploadArgs),
}

/// Recipient flags of Fxiaoke messages.
#[derive(Debug, Args)]
#[command(next_help_heading = "Recipients")]
pub(crate) struct RecipientArgs {
    /// Open user ids (FSUID_…; numeric employee ids when the profile has
    /// user_id_kind = "employee"), separated by `|` or `,`; repeatable
    /// [default: the profile's to_user]
    #[arg(short = 'u', long = "to-user", value_name = "USERS")]
    pub to_user: Vec<String>,

    /// Phone numbers, separated by `|` or `,`; repeatable. Looked up as open user ids (cached
    /// for a day); an unknown number stops the command before anything is sent
    #[arg(long = "to-mobile", value_name = "PHONES")]
    pub to_mobile: Vec<String>,

    /// Refuse (exit 2) instead of sending several requests over 500 recipients
    #[arg(long)]
    pub no_split: bool,

    /// Send through the service account (服务号) with this id (FSAID_…), via
    /// /cgi/app/message/send
    #[arg(long, value_name = "ID")]
    pub service_id: Option<String>,
}

#[derive(Debug, Args)]
pub(crate) struct TextArgs {
    #[command(flatten)]
    pub content: ContentArgs,
    #[command(flatten)]
    pub to: RecipientArgs,
}

#[derive(Debug, Args)]
pub(crate) struct CompositeArgs {
    /// Card title
    #[arg(long, value_name = "TEXT")]
    pub title: String,

    /// First line, under the title
    #[arg(long, value_name = "TEXT")]
    pub first: Option<String>,

    /// A labelled row as LABEL=VALUE; repeatable (at most 6), kept in order
    #[arg(long, value_name = "LABEL=VALUE", value_parser = parse_field)]
    pub field: Vec<(String, String)>,

    /// Remark at the bottom
    #[arg(long, value_name = "TEXT")]
    pub remark: Option<String>,

    /// Text of the link
    #[arg(long, value_name = "TEXT")]
    pub link_title: String,

    /// The URL the link opens (web or an fs:// deep link, passed through unchanged)
    #[arg(long, value_name = "URL", value_hint = ValueHint::Url)]
    pub link_url: String,

    #[command(flatten)]
    pub to: RecipientArgs,
}

pub(super) fn parse_field(s: &str) -> Result<(String, String), String> {
    input::split_pair(s, "LABEL=VALUE")
}

#[derive(Debug, Args)]
pub(crate) struct ArticlesArgs {
    /// Article title (at most 45 characters)
    #[arg(long, value_name = "TEXT", required_unless_present = "articles")]
    pub title: Option<String>,

    /// Author (at most 8 characters)
    #[arg(long, value_name = "TEXT")]
    pub author: Option<String>,

    /// Summary shown in the list (at most 140 characters)
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,

    /// Article body text
    #[arg(long, value_name = "TEXT", conflicts_with_all = ["content_file", "url"],
          required_unless_present_any = ["articles", "content_file", "url"])]
    pub content: Option<String>,

    /// Read the article body from FILE (`-` for standard input)
    #[arg(long, value_name = "FILE", conflicts_with = "url", value_hint = ValueHint::FilePath)]
    pub content_file: Option<PathBuf>,

    /// Make the article a link to URL instead of body text
    #[arg(long, value_name = "URL", value_hint = ValueHint::Url)]
    pub url: Option<String>,

    #[command(flatten)]
    pub cover: CoverArgs,

    /// Show the cover at the top of the body text too
    #[arg(long, conflicts_with = "url")]
    pub cover_in_content: bool,

    /// Read 1 to 7 articles from FILE (JSON or TOML) instead of the flags above
    #[arg(long, value_name = "FILE", value_hint = ValueHint::FilePath,
          conflicts_with_all = ["title", "author", "description", "content", "content_file", "url",
                                "cover", "cover_media_id", "cover_in_content"])]
    pub articles: Option<PathBuf>,

    #[command(flatten)]
    pub to: RecipientArgs,
}

#[derive(Debug, Args)]
pub(crate) struct UploadArgs {
    /// The image to upload (jpg, jpeg, png, gif or bmp, at most 5 MB)
    #[arg(value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub file: PathBuf,
}
