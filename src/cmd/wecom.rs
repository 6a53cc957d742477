//! `corpmsg wecom …`: text, markdown, image, file, text card and news messages, and uploads,
//! through an app or a group robot, as the profile says.
//!
//! Every command builds its message for the profile's kind (app messages to recipients, robot
//! messages to the robot's group), checks it whole with dry-run media ids, then uploads and
//! sends through the engine.

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand, ValueHint};
use md5::{Digest, Md5};

use super::Settings;
use super::engine::{Delivery, Engine, Ids, Upload};
use super::input::{self, ContentArgs, InputError, MediaType, UploadArgs, extension, file_entries};
use crate::config::{
    self, WecomKind, WecomProfile, robot_has_no_recipients, robot_requests, wecom_requests,
};
use crate::payload::PayloadError;
use crate::payload::recipients::{self, Recipients};
use crate::payload::wecom::robot::{self, IMAGE_LIMIT, Mentions};
use crate::payload::wecom::{
    self as builder, Addressing, ArticleEntry, ArticleInput, MediaKind, TextcardInput,
};
use crate::transport::wecom::{self as api, Client};
use crate::transport::{Outgoing, hex};

mod args;
pub(crate) use args::*;

/// Every upload is more than this many bytes (protocol §5, §7).
const MIN_MEDIA: u64 = 5;

pub(crate) fn run(cmd: WecomCommand, settings: &Settings) -> anyhow::Result<()> {
    let printer = settings.printer;
    match cmd {
        WecomCommand::Text(args) => {
            let content = args.content.read(&printer)?;
            let target = Target::new(settings, &args.to)?;
            let mentions = Mentions {
                users: args.mention.mention,
                mobiles: args.mention.mention_mobile,
            };
            if target.via.is_app() && mentions != Mentions::default() {
                return Err(PayloadError::NotFor {
                    what: "--mention/--mention-mobile".into(),
                    message: "an app message (mentions are for a group robot's text)".into(),
                }
                .into());
            }
            let on_long = args.content.on_long;
            target.send(Vec::new(), &|_| match &target.via {
                Via::App(how) => builder::text(&content, on_long, how).map(wecom_requests),
                Via::Robot => robot::text(&content, on_long, &mentions).map(robot_requests),
            })
        }
        WecomCommand::Markdown(args) => {
            let content = args.content.read(&printer)?;
            let target = Target::new(settings, &args.to)?;
            let on_long = args.content.on_long;
            target.send(Vec::new(), &|_| match &target.via {
                Via::App(how) => builder::markdown(&content, on_long, how).map(wecom_requests),
                Via::Robot => robot::markdown(&content, on_long).map(robot_requests),
            })
        }
        WecomCommand::Image(args) => image(args, settings),
        WecomCommand::File(args) => file(args, settings),
        WecomCommand::Textcard(args) => {
            let card = TextcardInput {
                title: args.title,
                description: args.description,
                url: args.url,
                button: args.button,
            };
            let target = Target::new(settings, &args.to)?;
            let Via::App(how) = &target.via else {
                return Err(PayloadError::NotFor {
                    what: "wecom textcard".into(),
                    message: "a WeCom group robot (a text card is an app message; send `wecom news` instead)".into(),
                }
                .into());
            };
            target.send(Vec::new(), &|_| {
                builder::textcard(&card, how).map(wecom_requests)
            })
        }
        WecomCommand::News(args) => {
            let items = news_items(&args)?;
            let target = Target::new(settings, &args.to)?;
            target.send(Vec::new(), &|_| match &target.via {
                Via::App(how) => builder::news(&items, how).map(wecom_requests),
                Via::Robot => robot::news(&items).map(robot_requests),
            })
        }
        WecomCommand::Upload(args) => upload(args, settings),
    }
}

/// How a message goes: an app's to its recipients, or a robot's to its group.
enum Via {
    App(Addressing),
    Robot,
}

impl Via {
    fn is_app(&self) -> bool {
        matches!(self, Via::App(_))
    }
}

/// The profile a command sends through, and how.
struct Target<'g> {
    settings: &'g Settings,
    profile: WecomProfile,
    via: Via,
}

impl<'g> Target<'g> {
    /// The WeCom profile (needed for a dry run too: an app and a robot send different
    /// requests) and the recipients: the flags, else the app's defaults. Recipient flags
    /// (and --dedupe) on a robot are an error.
    fn new(settings: &'g Settings, args: &RecipientArgs) -> anyhow::Result<Self> {
        let loaded = config::wecom(&settings.config_request()?, false)?;
        let profile = input::with_warnings(loaded, settings)
            .expect("a profile is resolved when it is not optional");
        let via = match &profile.kind {
            WecomKind::Robot { .. } => {
                let given = [
                    (!args.to_user.is_empty(), "-u/--to-user"),
                    (!args.to_dept.is_empty(), "-d/--to-dept"),
                    (!args.to_tag.is_empty(), "-t/--to-tag"),
                    (args.to_all, "--to-all"),
                    (args.no_split, "--no-split"),
                ];
                if let Some((_, flag)) = given.iter().find(|(g, _)| *g) {
                    return Err(robot_has_no_recipients(flag).into());
                }
                if args.dedupe.is_some() {
                    return Err(PayloadError::NotFor {
                        what: "--dedupe".into(),
                        message: "a WeCom group robot, which has no duplicate check".into(),
                    }
                    .into());
                }
                Via::Robot
            }
            WecomKind::App(app) => {
                let to = Recipients {
                    users: recipients::split_list(&args.to_user, "--to-user", "user id")?,
                    depts: recipients::split_list(&args.to_dept, "--to-dept", "department id")?,
                    tags: recipients::split_list(&args.to_tag, "--to-tag", "tag id")?,
                    ..Recipients::default()
                };
                let given = args.to_all || !to.is_empty();
                Via::App(Addressing {
                    agent_id: app.agent_id,
                    to: if given { to } else { app.default_recipients() },
                    to_all: args.to_all,
                    split: !args.no_split,
                    dedupe: args.dedupe.unwrap_or(app.dedupe),
                })
            }
        };
        Ok(Target {
            settings,
            profile,
            via,
        })
    }

    fn engine(&self) -> Engine<'_> {
        Engine {
            settings: self.settings,
            provider: "wecom",
            profile: Some(&self.profile.name),
        }
    }

    /// Where a file of this profile is uploaded.
    fn upload_endpoint(&self) -> &'static str {
        match self.via {
            Via::App(_) => api::MEDIA_UPLOAD,
            Via::Robot => api::WEBHOOK_UPLOAD,
        }
    }

    /// Sends what `build` makes (after uploading `uploads`) through the engine.
    fn send(
        &self,
        uploads: Vec<Upload>,
        build: &dyn Fn(&Ids) -> Result<Outgoing, PayloadError>,
    ) -> anyhow::Result<()> {
        let mut delivery = Delivery::of(build);
        delivery.uploads = uploads;
        self.engine()
            .run(delivery, || self.client(), |_, _| Ok(Vec::new()))
    }

    fn client(&self) -> anyhow::Result<Client> {
        self.settings
            .client(|connect, cache| self.profile.wecom_client(connect, cache))
    }
}

/// Checks a file to upload as `kind`: a readable regular file of more than 5 bytes, within the
/// type's size, of an extension the type takes.
fn check_media(path: &Path, flag: &'static str, kind: MediaType) -> Result<(), InputError> {
    let size = input::check_file(path, flag)?;
    let bad = |problem: String| InputError::BadFile {
        flag,
        path: path.to_path_buf(),
        problem,
    };
    let (max, extensions, shown) = limits(kind);
    let name = kind.name();
    if !extensions.is_empty() && !extensions.contains(&extension(path).as_str()) {
        return Err(bad(format!(
            "is not a file WeCom takes as {name} (by its extension: {shown})"
        )));
    }
    if size <= MIN_MEDIA {
        return Err(bad(format!(
            "is {size} bytes; WeCom takes media of more than {MIN_MEDIA}"
        )));
    }
    if size > max {
        return Err(bad(format!(
            "is {size} bytes; WeCom takes {name} of at most {} MB ({max} bytes)",
            max >> 20
        )));
    }
    Ok(())
}

/// A file to upload, once it passed [`check_media`].
fn upload_of(target: &Target, path: PathBuf, flag: &'static str, kind: MediaType) -> Upload {
    Upload {
        path,
        kind: kind.name(),
        flag,
        endpoint: target.upload_endpoint(),
    }
}

/// A media id given with `--media-id`, trimmed; blank is an error.
fn media_id(id: &str) -> Result<String, PayloadError> {
    match id.trim() {
        "" => Err(PayloadError::Empty {
            what: "--media-id".into(),
        }),
        id => Ok(id.to_string()),
    }
}

fn image(args: MediaArgs, settings: &Settings) -> anyhow::Result<()> {
    let target = Target::new(settings, &args.to)?;
    match (&target.via, &args.file, &args.media_id) {
        (Via::Robot, _, Some(_)) => Err(PayloadError::NotFor {
            what: "--media-id".into(),
            message: "a WeCom group robot, which sends images inline (give FILE)".into(),
        }
        .into()),
        (Via::Robot, Some(path), None) => {
            let bytes = robot_image(path)?;
            let md5 = hex(&Md5::digest(&bytes));
            target.send(Vec::new(), &|_| {
                robot::image(&bytes, &md5).map(robot_requests)
            })
        }
        (Via::App(how), Some(path), _) => {
            check_media(path, "FILE", MediaType::Image)?;
            let upload = upload_of(&target, path.clone(), "FILE", MediaType::Image);
            target.send(vec![upload], &|ids| {
                builder::media(MediaKind::Image, &ids.media(path), how).map(wecom_requests)
            })
        }
        (Via::App(how), None, Some(id)) => {
            let id = media_id(id)?;
            target.send(Vec::new(), &|_| {
                builder::media(MediaKind::Image, &id, how).map(wecom_requests)
            })
        }
        (_, None, None) => unreachable!("clap requires FILE or --media-id"),
    }
}

/// Reads a robot's image: a regular file of at most 2 MB (protocol §6.2), checked before it is
/// read; its kind is checked by the payload layer.
fn robot_image(path: &Path) -> Result<Vec<u8>, InputError> {
    let size = input::check_file(path, "FILE")?;
    if size > IMAGE_LIMIT as u64 {
        return Err(InputError::BadFile {
            flag: "FILE",
            path: path.to_path_buf(),
            problem: format!(
                "is {size} bytes; a WeCom robot sends images of at most 2 MB ({IMAGE_LIMIT} bytes)"
            ),
        });
    }
    input::read_file(path, "FILE", |mut file, len| {
        let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
        std::io::Read::read_to_end(&mut file, &mut bytes)?;
        Ok(bytes)
    })
}

fn file(args: MediaArgs, settings: &Settings) -> anyhow::Result<()> {
    let target = Target::new(settings, &args.to)?;
    let build = |id: &str| match &target.via {
        Via::App(how) => builder::media(MediaKind::File, id, how).map(wecom_requests),
        Via::Robot => robot::file(id).map(robot_requests),
    };
    match (&args.file, &args.media_id) {
        (Some(path), _) => {
            check_media(path, "FILE", MediaType::File)?;
            let upload = upload_of(&target, path.clone(), "FILE", MediaType::File);
            target.send(vec![upload], &|ids| build(&ids.media(path)))
        }
        (None, Some(id)) => {
            let id = media_id(id)?;
            target.send(Vec::new(), &|_| build(&id))
        }
        (None, None) => unreachable!("clap requires FILE or --media-id"),
    }
}

/// The articles of `--articles FILE`, or the one the flags describe.
fn news_items(args: &NewsArgs) -> anyhow::Result<Vec<ArticleInput>> {
    Ok(match &args.articles {
        Some(path) => file_entries(path, "--articles", "article", |e: ArticleEntry| {
            (ArticleInput::from(e), None, None)
        })?
        .into_iter()
        .map(|(article, _)| article)
        .collect(),
        None => vec![ArticleInput {
            title: args.title.clone().unwrap_or_default(),
            description: args.description.clone(),
            url: args.url.clone().unwrap_or_default(),
            picurl: args.picurl.clone(),
        }],
    })
}

fn upload(args: UploadArgs, settings: &Settings) -> anyhow::Result<()> {
    let kind = args
        .kind
        .unwrap_or_else(|| MediaType::by_extension(&args.file, MEDIA_EXTENSIONS));
    let target = Target::new(settings, &RecipientArgs::none())?;
    if !target.via.is_app() && !matches!(kind, MediaType::File | MediaType::Voice) {
        return Err(PayloadError::NotFor {
            what: format!("--type {}", kind.name()),
            message: "a WeCom group robot, which uploads only files and voice (send images with `wecom image`)".into(),
        }
        .into());
    }
    check_media(&args.file, "FILE", kind)?;
    let upload = upload_of(&target, args.file.clone(), "FILE", kind);
    target.engine().upload_only(&upload, || target.client())
}

impl RecipientArgs {
    /// No recipient flag (for `upload`).
    fn none() -> Self {
        RecipientArgs {
            to_user: Vec::new(),
            to_dept: Vec::new(),
            to_tag: Vec::new(),
            to_all: false,
            no_split: false,
            dedupe: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn media_is_checked_by_type_before_upload() {
        let dir = tempfile::tempdir().unwrap();
        let write = |name: &str, len: usize| {
            let p = dir.path().join(name);
            std::fs::write(&p, vec![b'x'; len]).unwrap();
            p
        };
        assert!(check_media(&write("a.PNG", 6), "FILE", MediaType::Image).is_ok());
        let err = check_media(&write("a.gif", 6), "FILE", MediaType::Image).unwrap_err();
        assert!(err.to_string().contains("JPG or PNG"), "{err}");
        let err = check_media(&write("b.png", 5), "FILE", MediaType::Image).unwrap_err();
        assert!(err.to_string().contains("more than 5"), "{err}");
        let err = check_media(&write("v.mp3", 10), "FILE", MediaType::Voice).unwrap_err();
        assert!(err.to_string().contains("AMR"), "{err}");
        assert!(check_media(&write("r.pdf", 10), "FILE", MediaType::File).is_ok());
        let big = dir.path().join("big.amr");
        std::fs::File::create(&big)
            .unwrap()
            .set_len(2 * 1024 * 1024 + 1)
            .unwrap();
        let err = check_media(&big, "--x", MediaType::Voice).unwrap_err();
        assert!(err.to_string().contains("at most 2 MB"), "{err}");
    }

    #[test]
    fn types_are_guessed_from_the_extension() {
        assert_eq!(
            MediaType::by_extension(Path::new("a.JPG"), MEDIA_EXTENSIONS),
            MediaType::Image
        );
        assert_eq!(
            MediaType::by_extension(Path::new("a.amr"), MEDIA_EXTENSIONS),
            MediaType::Voice
        );
        assert_eq!(
            MediaType::by_extension(Path::new("a.mp4"), MEDIA_EXTENSIONS),
            MediaType::Video
        );
        assert_eq!(
            MediaType::by_extension(Path::new("a.gif"), MEDIA_EXTENSIONS),
            MediaType::File
        );
        assert_eq!(
            MediaType::by_extension(Path::new("Makefile"), MEDIA_EXTENSIONS),
            MediaType::File
        );
    }

    #[test]
    fn md5_is_lower_case_hex() {
        assert_eq!(hex(&Md5::digest(b"")), "d41d8cd98f00b204e9800998ecf8427e");
    }
}
