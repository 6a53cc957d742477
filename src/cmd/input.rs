//! Reading what the user gave: content from the argument, standard input or a file, recipient
//! lists from files, the content and cover flags every provider's commands share, article
//! files, and the checks of local files before anything is uploaded. Input is read with a cap
//! so a runaway pipe cannot exhaust memory.

use std::io::{self, IsTerminal, Read};
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum, ValueHint};

use super::engine::Ids;
use super::output::Printer;
use crate::payload::PayloadError;
use crate::payload::files;
use crate::payload::text::OnLong;
use crate::small_file;

/// The most content read; the rest is drained and dropped with a warning.
pub(crate) const MAX_INPUT: usize = 1 << 20;

/// Input that cannot be used (exit 2). Messages name the flag or file.
#[derive(Debug, thiserror::Error)]
pub(crate) enum InputError {
    #[error(
        "no content: give CONTENT as an argument, pipe it into standard input, or use --content-file FILE"
    )]
    NoContent,
    /// `flag` is the flag that named the file, or a positional argument's placeholder (`FILE`),
    /// which is not shown: see [`named`].
    #[error("{}", named(flag, path))]
    ReadFile {
        flag: &'static str,
        path: PathBuf,
        source: io::Error,
    },
    #[error("{}: is not valid UTF-8 text", named(flag, path))]
    NotText { flag: &'static str, path: PathBuf },
    #[error("{}: is not a regular file", named(flag, path))]
    NotAFile { flag: &'static str, path: PathBuf },
    #[error("{}: {problem}", named(flag, path))]
    BadFile {
        flag: &'static str,
        path: PathBuf,
        problem: String,
    },
    #[error("cannot read standard input: {0}")]
    Stdin(io::Error),
    #[error("{0}")]
    Usage(String),
}

/// A file as the user gave it: `--cover a.png` when a flag named it, `a.png` when it was a
/// positional argument (whose placeholder, `FILE`, is not a name the user typed).
pub(crate) fn named(flag: &str, path: &Path) -> String {
    if flag.starts_with('-') {
        format!("{flag} {}", path.display())
    } else {
        path.display().to_string()
    }
}

/// Text read from somewhere, with the warnings reading it raised.
#[derive(Debug)]
pub(crate) struct Input {
    pub text: String,
    pub warnings: Vec<String>,
}

/// Where the content comes from.
pub(crate) enum Source<'a> {
    Arg(&'a str),
    Stdin,
    File(&'a Path),
}

/// Chooses the content source: CONTENT (`-` is standard input), `--content-file`, or standard
/// input when it is not a terminal. A terminal with no content is an error, never a wait.
pub(crate) fn content_source<'a>(
    arg: Option<&'a str>,
    file: Option<&'a Path>,
    stdin_is_terminal: bool,
) -> Result<Source<'a>, InputError> {
    match (arg, file) {
        (Some("-"), _) => Ok(Source::Stdin),
        (Some(text), _) => Ok(Source::Arg(text)),
        (None, Some(path)) if path == Path::new("-") => Ok(Source::Stdin),
        (None, Some(path)) => Ok(Source::File(path)),
        (None, None) if stdin_is_terminal => Err(InputError::NoContent),
        (None, None) => Ok(Source::Stdin),
    }
}

/// Reads the content from its source.
pub(crate) fn read_content(arg: Option<&str>, file: Option<&Path>) -> Result<Input, InputError> {
    match content_source(arg, file, io::stdin().is_terminal())? {
        Source::Arg(text) => Ok(Input {
            text: text.to_string(),
            warnings: Vec::new(),
        }),
        Source::Stdin => {
            read_capped(io::stdin().lock(), "standard input").map_err(InputError::Stdin)
        }
        Source::File(path) => {
            let f = std::fs::File::open(path).map_err(|source| InputError::ReadFile {
                flag: "--content-file",
                path: path.to_path_buf(),
                source,
            })?;
            read_capped(f, &path.display().to_string()).map_err(|source| InputError::ReadFile {
                flag: "--content-file",
                path: path.to_path_buf(),
                source,
            })
        }
    }
}

/// How much of an over-long input is read and thrown away, so that the program writing it
/// is not killed by SIGPIPE; an endless one (`yes |`) is left unread after this.
const MAX_DRAIN: u64 = 256 << 20;

/// Reads at most [`MAX_INPUT`] bytes, drains the rest (up to [`MAX_DRAIN`]), decodes lossily
/// and removes NUL bytes, warning about each. Memory stays bounded whatever the input's size.
pub(crate) fn read_capped(mut r: impl Read, name: &str) -> io::Result<Input> {
    let mut buf = Vec::new();
    (&mut r).take(MAX_INPUT as u64).read_to_end(&mut buf)?;
    let mut warnings = Vec::new();
    let dropped = io::copy(&mut (&mut r).take(MAX_DRAIN), &mut io::sink())?;
    if dropped > 0 {
        // Do not cut a UTF-8 sequence in two.
        while !buf.is_empty() && std::str::from_utf8(&buf).is_err_and(|e| e.error_len().is_none()) {
            buf.pop();
        }
        let rest = if dropped == MAX_DRAIN {
            format!("over {} MiB dropped, the rest left unread", MAX_DRAIN >> 20)
        } else {
            format!("{dropped} bytes dropped")
        };
        warnings.push(format!(
            "{name} is over {} MiB; only the first {} MiB is used ({rest})",
            MAX_INPUT >> 20,
            MAX_INPUT >> 20
        ));
    }
    let mut text = match String::from_utf8(buf) {
        Ok(s) => s,
        Err(e) => {
            warnings.push(format!(
                "{name} is not valid UTF-8; invalid bytes were replaced with U+FFFD"
            ));
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    };
    let nuls = text.bytes().filter(|&b| b == 0).count();
    if nuls > 0 {
        text.retain(|c| c != '\0');
        warnings.push(format!(
            "{name} holds {nuls} NUL byte{}; removed (is it a binary file?)",
            if nuls == 1 { "" } else { "s" }
        ));
    }
    Ok(Input { text, warnings })
}

/// Reads a recipient file: one entry a line, blank lines and `#` comments skipped.
pub(crate) fn read_list_file(path: &Path, flag: &'static str) -> Result<Vec<String>, InputError> {
    let bytes =
        small_file::read(path, small_file::LIST).map_err(|source| InputError::ReadFile {
            flag,
            path: path.to_path_buf(),
            source,
        })?;
    let text = String::from_utf8(bytes).map_err(|_| InputError::NotText {
        flag,
        path: path.to_path_buf(),
    })?;
    if let Some(line) = text.lines().position(|l| l.contains('\0')) {
        return Err(InputError::BadFile {
            flag,
            path: path.to_path_buf(),
            problem: format!("line {} holds a NUL byte (is it a binary file?)", line + 1),
        });
    }
    Ok(text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect())
}

/// Content flags of text messages.
#[derive(Debug, Args)]
pub(crate) struct ContentArgs {
    /// Message text; `-` reads standard input
    #[arg(value_name = "CONTENT")]
    pub content: Option<String>,

    /// Read the message text from FILE (`-` for standard input)
    #[arg(long, value_name = "FILE", conflicts_with = "content", value_hint = ValueHint::FilePath)]
    pub content_file: Option<PathBuf>,

    /// What to do with text over the length limit (Youdu 600, Fxiaoke 4000 characters or the
    /// profile's text_limit, WeCom 2048 bytes)
    #[arg(long, value_enum, value_name = "MODE", default_value_t)]
    pub on_long: OnLong,
}

impl ContentArgs {
    /// The content from the argument, standard input or the file; warnings are printed.
    pub(crate) fn read(&self, printer: &Printer) -> anyhow::Result<String> {
        read_text(
            self.content.as_deref(),
            self.content_file.as_deref(),
            printer,
        )
    }
}

/// `--on-long`'s values, with their help: the payload layer's [`OnLong`] knows nothing of clap.
impl clap::ValueEnum for OnLong {
    fn value_variants<'a>() -> &'a [Self] {
        &[OnLong::Truncate, OnLong::Split, OnLong::Fail]
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        use clap::builder::PossibleValue;
        Some(match self {
            OnLong::Truncate => {
                PossibleValue::new("truncate").help("Cut at the limit and warn how much was cut")
            }
            OnLong::Split => PossibleValue::new("split").help(
                "Send consecutive messages numbered `(1/3)`, split at line breaks where possible",
            ),
            OnLong::Fail => PossibleValue::new("fail").help("Refuse with exit code 2"),
        })
    }
}

/// The text that `send` and `run` send to each profile, and its `--on-long` rule.
#[derive(Debug, Clone)]
pub(crate) struct Text {
    pub content: String,
    pub on_long: OnLong,
}

/// Text from an argument (`-` is standard input), a file, or a piped standard input, with the
/// warnings reading it raised printed.
pub(crate) fn read_text(
    arg: Option<&str>,
    file: Option<&Path>,
    printer: &Printer,
) -> anyhow::Result<String> {
    let content = read_content(arg, file)?;
    for w in &content.warnings {
        printer.warn(w);
    }
    Ok(content.text)
}

/// The profile a command loaded, if any, with the warnings loading it raised printed.
pub(crate) fn with_warnings<P>(
    loaded: Option<crate::config::Loaded<P>>,
    settings: &super::Settings,
) -> Option<P> {
    loaded.map(|l| {
        for w in &l.warnings {
            settings.printer.warn(w);
        }
        settings.loaded_outbox(l.outbox);
        l.profile
    })
}

/// A cover: a local image or a media id.
#[derive(Debug, Args)]
pub(crate) struct CoverArgs {
    /// Cover image to upload
    #[arg(long, value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub cover: Option<PathBuf>,

    /// Cover image uploaded before
    #[arg(long, value_name = "ID", conflicts_with = "cover")]
    pub cover_media_id: Option<String>,
}

impl CoverArgs {
    pub(crate) fn cover(&self) -> Result<Cover, PayloadError> {
        match (&self.cover, &self.cover_media_id) {
            (Some(p), _) => Ok(Cover::File(p.clone())),
            (None, Some(id)) if id.trim().is_empty() => Err(PayloadError::Empty {
                what: "--cover-media-id".into(),
            }),
            (None, Some(id)) => Ok(Cover::Id(id.trim().to_string())),
            (None, None) => Ok(Cover::None),
        }
    }
}

/// A cover as given: a file to upload, or a media id.
#[derive(Debug, Clone)]
pub(crate) enum Cover {
    None,
    File(PathBuf),
    Id(String),
}

impl Cover {
    /// The media id: `ids` gives it for a file (a dry-run id, or the uploaded one).
    pub(crate) fn id(&self, ids: &Ids) -> String {
        match self {
            Cover::None => String::new(),
            Cover::File(p) => ids.media(p),
            Cover::Id(id) => id.clone(),
        }
    }
}

/// Entries of an article or item file (JSON, or TOML `[[table]]`s), each with its cover:
/// `convert` splits an entry into the item, its `cover` path (relative to the file) and its
/// `media_id`.
pub(crate) fn file_entries<T: serde::de::DeserializeOwned, I>(
    path: &Path,
    flag: &'static str,
    table: &str,
    convert: impl Fn(T) -> (I, Option<String>, Option<String>),
) -> anyhow::Result<Vec<(I, Cover)>> {
    let bad = |problem: String| InputError::BadFile {
        flag,
        path: path.to_path_buf(),
        problem,
    };
    let text = small_file::read_text(path, small_file::DOCUMENT).map_err(|source| {
        InputError::ReadFile {
            flag,
            path: path.to_path_buf(),
            source,
        }
    })?;
    let syntax = files::Syntax::guess(path.extension().and_then(|e| e.to_str()), &text);
    let entries: Vec<T> = files::parse(&text, syntax, table).map_err(bad)?;
    let base = path.parent().unwrap_or(Path::new("."));
    let mut out = Vec::with_capacity(entries.len());
    for (i, entry) in entries.into_iter().enumerate() {
        let index = i + 1;
        let (item, cover, media_id) = convert(entry);
        let cover = match (cover.as_deref(), media_id.as_deref()) {
            (Some(_), Some(_)) => {
                return Err(bad(format!(
                    "entry {index} has both cover and media_id; give one"
                ))
                .into());
            }
            (Some(c), _) if c.trim().is_empty() => {
                return Err(bad(format!("entry {index} has an empty cover")).into());
            }
            (_, Some(id)) if id.trim().is_empty() => {
                return Err(bad(format!("entry {index} has an empty media_id")).into());
            }
            (Some(c), None) => Cover::File(base.join(c)),
            (None, Some(id)) => Cover::Id(id.trim().to_string()),
            (None, None) => Cover::None,
        };
        out.push((item, cover));
    }
    Ok(out)
}

/// Checks that a file to upload is a readable regular file, before any network call. Returns
/// its size.
pub(crate) fn check_file(path: &Path, flag: &'static str) -> Result<u64, InputError> {
    let meta = std::fs::metadata(path).map_err(|source| InputError::ReadFile {
        flag,
        path: path.to_path_buf(),
        source,
    })?;
    if !meta.is_file() {
        return Err(InputError::NotAFile {
            flag,
            path: path.to_path_buf(),
        });
    }
    std::fs::File::open(path).map_err(|source| InputError::ReadFile {
        flag,
        path: path.to_path_buf(),
        source,
    })?;
    Ok(meta.len())
}

/// Opens a file to upload and reads it with `read`, which gets the file and its length. `flag`
/// names where the file came from in errors (`--cover`; a positional `FILE` is not shown).
pub(crate) fn read_file<T>(
    path: &Path,
    flag: &'static str,
    read: impl FnOnce(std::fs::File, u64) -> std::io::Result<T>,
) -> Result<T, InputError> {
    let err = |source| InputError::ReadFile {
        flag,
        path: path.to_path_buf(),
        source,
    };
    let file = std::fs::File::open(path).map_err(err)?;
    let len = file.metadata().map_err(err)?.len();
    read(file, len).map_err(err)
}

/// The distinct cover files of `items`, however each path is spelt (`a.png`, `./a.png`): every
/// cover is rewritten to the first spelling seen for its file, so each file is uploaded once.
pub(crate) fn distinct_covers<I>(items: &mut [(I, Cover)]) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = Vec::new();
    let mut seen: Vec<(PathBuf, PathBuf)> = Vec::new();
    for (_, cover) in items {
        if let Cover::File(path) = cover {
            let real = std::fs::canonicalize(&*path).unwrap_or_else(|_| path.clone());
            match seen.iter().find(|(r, _)| *r == real) {
                Some((_, first)) => *path = first.clone(),
                None => {
                    seen.push((real, path.clone()));
                    files.push(path.clone());
                }
            }
        }
    }
    files
}

/// Splits `KEY=VALUE` at the first `=` (for clap value parsers); both sides trimmed and
/// non-empty. `shape` names the form in the error (`TITLE=URL`).
pub(crate) fn split_pair(s: &str, shape: &str) -> Result<(String, String), String> {
    match s.split_once('=') {
        Some((k, v)) if !k.trim().is_empty() && !v.trim().is_empty() => {
            Ok((k.trim().to_string(), v.trim().to_string()))
        }
        _ => Err(format!("{s:?} is not {shape}")),
    }
}

pub(crate) fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_are_chosen_as_documented() {
        assert!(matches!(
            content_source(Some("-"), None, true),
            Ok(Source::Stdin)
        ));
        assert!(matches!(
            content_source(Some("hi"), None, false),
            Ok(Source::Arg("hi"))
        ));
        assert!(matches!(
            content_source(None, Some(Path::new("f")), true),
            Ok(Source::File(_))
        ));
        assert!(matches!(
            content_source(None, None, false),
            Ok(Source::Stdin)
        ));
        assert!(matches!(
            content_source(None, None, true),
            Err(InputError::NoContent)
        ));
    }

    #[test]
    fn invalid_utf8_is_decoded_lossily_with_a_warning() {
        let r = read_capped(&b"ok \xff\xfe end"[..], "standard input").unwrap();
        assert_eq!(r.text, "ok \u{fffd}\u{fffd} end");
        assert_eq!(r.warnings.len(), 1);
    }

    #[test]
    fn nul_bytes_are_removed_with_a_warning() {
        let r = read_capped(&b"a\0b\0"[..], "standard input").unwrap();
        assert_eq!(r.text, "ab");
        assert_eq!(
            r.warnings,
            ["standard input holds 2 NUL bytes; removed (is it a binary file?)"]
        );
    }

    #[test]
    fn an_endless_input_is_left_unread_after_the_drain_limit() {
        let r = read_capped(io::repeat(b'y'), "standard input").unwrap();
        assert_eq!(r.text.len(), MAX_INPUT);
        assert!(r.warnings[0].ends_with("(over 256 MiB dropped, the rest left unread)"));
    }

    #[test]
    fn input_over_the_cap_is_cut_on_a_character_boundary() {
        let mut big = vec![b'a'; MAX_INPUT - 1];
        big.extend_from_slice("é and more".as_bytes());
        let r = read_capped(&big[..], "standard input").unwrap();
        assert_eq!(r.text.len(), MAX_INPUT - 1);
        assert_eq!(r.warnings.len(), 1, "{:?}", r.warnings);
        assert!(r.warnings[0].contains("dropped"));
    }

    #[test]
    fn list_files_skip_blanks_and_comments() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("users.txt");
        std::fs::write(&p, "# team\nalice\n\n  bob  \n#carol\n").unwrap();
        assert_eq!(
            read_list_file(&p, "--to-user-file").unwrap(),
            ["alice", "bob"]
        );
        let missing = read_list_file(&dir.path().join("nope"), "--to-user-file").unwrap_err();
        assert!(missing.to_string().starts_with("--to-user-file "));
    }
}

/// The media types of the upload APIs (Youdu's and WeCom's are the same four).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum MediaType {
    Image,
    File,
    Voice,
    Video,
}

impl MediaType {
    pub(crate) fn name(self) -> &'static str {
        match self {
            MediaType::Image => "image",
            MediaType::File => "file",
            MediaType::Voice => "voice",
            MediaType::Video => "video",
        }
    }

    /// The type of `path` by its extension: the first of `known` (a type and its extensions,
    /// in lower case) that lists it, else a file.
    pub(crate) fn by_extension(path: &Path, known: &[(MediaType, &[&str])]) -> MediaType {
        let ext = extension(path);
        known
            .iter()
            .find(|(_, exts)| exts.contains(&ext.as_str()))
            .map_or(MediaType::File, |(kind, _)| *kind)
    }
}

/// A file's extension, lower-cased (empty without one).
pub(crate) fn extension(path: &Path) -> String {
    path.extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default()
}

/// The arguments of `upload` (Youdu and WeCom).
#[derive(Debug, Args)]
pub(crate) struct UploadArgs {
    /// The file to upload
    #[arg(value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub file: PathBuf,

    /// Media type [default: guessed from the extension]
    #[arg(long = "type", value_enum, value_name = "TYPE")]
    pub kind: Option<MediaType>,
}
