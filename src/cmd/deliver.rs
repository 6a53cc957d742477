//! What every provider's send commands share before the engine: content and cover flags,
//! article files, and the checks of local files before anything is uploaded.

use std::path::{Path, PathBuf};

use clap::{Args, ValueHint};

use super::engine::Ids;
use super::input::{self, InputError};
use super::output::Printer;
use crate::payload::PayloadError;
use crate::payload::files;
use crate::payload::text::OnLong;
use crate::small_file;

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
    /// profile's text_limit)
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
    let content = input::read_content(arg, file)?;
    for w in &content.warnings {
        printer.warn(w);
    }
    Ok(content.text)
}

/// The profile a command loaded, if any, with the warnings loading it raised printed.
pub(crate) fn with_warnings<P>(
    loaded: Option<crate::config::Loaded<P>>,
    printer: &Printer,
) -> Option<P> {
    loaded.map(|l| {
        for w in &l.warnings {
            printer.warn(w);
        }
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
