//! `corpmsg fxiaoke …`: text, composite and article messages, and image upload.
//!
//! Every command checks the whole message (with dry-run ids for covers and phone numbers)
//! before anything goes out; then it resolves phone numbers, uploads covers and sends.

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand, ValueHint};

use super::Settings;
use super::engine::{Delivery, Engine, Ids, Reporter, Upload};
use super::input::{self, ContentArgs, Cover, CoverArgs, InputError, file_entries};
use super::output::{Printer, diagnostic};
use crate::config::{self, FxiaokeProfile, fxiaoke_requests};
use crate::payload::PayloadError;
use crate::payload::fxiaoke::{
    self as builder, Addressing, ArticleBody, ArticleInput, Built, CompositeInput,
};
use crate::payload::mobile::{self, Employee};
use crate::payload::recipients;
use crate::transport::fxiaoke::{self as api, Client};
use crate::transport::{Outcome, Outgoing, TransportError, unix_now};

mod args;
pub(crate) use args::*;

/// Image types and size the upload API takes (Fxiaoke API: media upload).
const IMAGE_EXTENSIONS: [&str; 5] = ["jpg", "jpeg", "png", "gif", "bmp"];
const MAX_IMAGE: u64 = 5 * 1024 * 1024;
/// Over this many numbers not in the cache, one directory listing replaces the lookups.
const LOOKUPS_BEFORE_LISTING: usize = 10;

pub(crate) fn run(cmd: FxiaokeCommand, settings: &Settings) -> anyhow::Result<()> {
    let printer = settings.printer;
    match cmd {
        FxiaokeCommand::Text(args) => {
            let content = args.content.read(&printer)?;
            let target = Target::new(settings, &args.to)?;
            let limit = target.text_limit();
            target.send(Vec::new(), |_, how| {
                builder::text(&content, args.content.on_long, limit, how)
            })
        }
        FxiaokeCommand::Composite(args) => {
            let card = CompositeInput {
                title: args.title.clone(),
                first: args.first.clone(),
                form: args.field.clone(),
                remark: args.remark.clone(),
                link_title: args.link_title.clone(),
                link_url: args.link_url.clone(),
            };
            Target::new(settings, &args.to)?
                .send(Vec::new(), |_, how| builder::composite(&card, how))
        }
        FxiaokeCommand::Articles(args) => articles(args, settings, &printer),
        FxiaokeCommand::Upload(args) => upload(args, settings),
    }
}

/// Checks an image for upload: a readable regular file of a type and size the API takes.
fn check_image(path: &Path, flag: &'static str) -> Result<(), InputError> {
    let size = input::check_file(path, flag)?;
    let bad = |problem: String| InputError::BadFile {
        flag,
        path: path.to_path_buf(),
        problem,
    };
    if !IMAGE_EXTENSIONS.contains(&input::extension(path).as_str()) {
        return Err(bad(
            "is not an image Fxiaoke takes (by its extension: jpg, jpeg, png, gif or bmp)".into(),
        ));
    }
    if size == 0 {
        return Err(bad("is empty".into()));
    }
    if size > MAX_IMAGE {
        return Err(bad(format!(
            "is {size} bytes; Fxiaoke takes images of at most 5 MB ({MAX_IMAGE} bytes)"
        )));
    }
    Ok(())
}

/// A cover to upload, once it passed [`check_image`].
fn upload_of(path: PathBuf, flag: &'static str) -> Upload {
    Upload {
        path,
        kind: "image",
        flag,
        endpoint: api::MEDIA_UPLOAD,
    }
}

/// Whom a command's message goes to, through which profile.
struct Target<'g> {
    settings: &'g Settings,
    profile: Option<FxiaokeProfile>,
    users: Vec<String>,
    /// Normalised phone numbers.
    mobiles: Vec<String>,
    split: bool,
    service_id: Option<String>,
}

impl<'g> Target<'g> {
    fn new(settings: &'g Settings, args: &RecipientArgs) -> anyhow::Result<Self> {
        let users = recipients::split_list(&args.to_user, "--to-user", "user id")?;
        let mut mobiles = Vec::new();
        for number in recipients::split_list(&args.to_mobile, "--to-mobile", "phone number")? {
            mobiles.push(mobile::normalize(&number)?);
        }
        let service_id = match &args.service_id {
            Some(id) if id.trim().is_empty() => {
                return Err(PayloadError::Empty {
                    what: "--service-id".into(),
                }
                .into());
            }
            Some(id) if !id.trim().starts_with("FSAID_") => {
                return Err(PayloadError::Invalid {
                    what: "--service-id".into(),
                    problem: format!("{id:?} is not a service account id (FSAID_…)"),
                }
                .into());
            }
            other => other.as_ref().map(|id| id.trim().to_string()),
        };
        let profile = input::with_warnings(
            config::fxiaoke(&settings.config_request()?, settings.dry_run)?,
            settings,
        );
        let given = !(args.to_user.is_empty() && args.to_mobile.is_empty());
        let mut target =
            Self::for_profile(settings, profile, given.then_some(users), !args.no_split);
        target.mobiles = recipients::dedup(mobiles);
        target.service_id = service_id;
        Ok(target)
    }

    /// Where text is cut or split: the profile's `text_limit`, or corpmsg's default.
    fn text_limit(&self) -> usize {
        self.profile
            .as_ref()
            .map_or(builder::TEXT_LIMIT, |p| p.text_limit)
    }

    /// A target through `profile` (none in a dry run without one): the `given` user ids, else the
    /// profile's defaults.
    fn for_profile(
        settings: &'g Settings,
        profile: Option<FxiaokeProfile>,
        given: Option<Vec<String>>,
        split: bool,
    ) -> Self {
        let users = match (given, &profile) {
            (Some(users), _) => users,
            (None, Some(p)) => p.to_user.clone(),
            (None, None) => Vec::new(),
        };
        Target {
            settings,
            profile,
            users: recipients::dedup(users),
            mobiles: Vec::new(),
            split,
            service_id: None,
        }
    }

    fn addressing(&self, resolved: Vec<String>) -> Addressing {
        Addressing {
            auth: self.profile.as_ref().map(|p| p.auth).unwrap_or_default(),
            kind: self.profile.as_ref().map(|p| p.id_kind).unwrap_or_default(),
            users: self.users.clone(),
            resolved,
            split: self.split,
            service_id: self.service_id.clone(),
        }
    }

    fn endpoint(&self) -> &'static str {
        if self.service_id.is_some() {
            api::SERVICE_SEND
        } else {
            api::MESSAGE_SEND
        }
    }

    fn engine(&self) -> Engine<'_> {
        Engine {
            settings: self.settings,
            provider: "fxiaoke",
            profile: self.profile.as_ref().map(|p| p.name.as_str()),
        }
    }

    /// The message that `build` makes, with the dry-run stand-ins of the phone numbers.
    fn delivery<'a>(
        &self,
        uploads: Vec<Upload>,
        build: &'a dyn Fn(&Ids) -> Result<Outgoing, PayloadError>,
    ) -> Delivery<'a> {
        let mut delivery = Delivery::of(build);
        delivery.uploads = uploads;
        delivery.found = self
            .mobiles
            .iter()
            .map(|m| format!("dry-run:mobile:{m}"))
            .collect();
        delivery
    }

    /// Sends the message that `build` makes through the engine (see [`Engine::run`]), after
    /// looking the phone numbers up.
    fn send(
        &self,
        uploads: Vec<Upload>,
        build: impl Fn(&Ids, &Addressing) -> Result<Built, PayloadError>,
    ) -> anyhow::Result<()> {
        let endpoint = self.endpoint();
        let build = |ids: &Ids| {
            build(ids, &self.addressing(ids.found.to_vec()))
                .map(|built| fxiaoke_requests(built, endpoint))
        };
        self.engine().run(
            self.delivery(uploads, &build),
            || self.client(),
            |client, reporter| resolve_mobiles(client, &self.mobiles, reporter),
        )
    }

    fn client(&self) -> anyhow::Result<Client> {
        let profile = self
            .profile
            .as_ref()
            .expect("a profile is loaded when not a dry run");
        self.settings
            .client(|connect, cache| profile.fxiaoke_client(connect, cache))
    }
}

/// The open user ids of the phone numbers: from the day-long cache, else one lookup per
/// number, or one directory listing when there are many numbers or the lookup API is not
/// served (Fxiaoke API: phone number lookups). An unknown or ambiguous number stops the command (exit 2).
fn resolve_mobiles(
    client: &Client,
    numbers: &[String],
    reporter: &Reporter,
) -> anyhow::Result<Vec<String>> {
    let printer = reporter.printer;
    let cache = client.mobile_cache();
    let now = unix_now();
    let mut resolved = Vec::with_capacity(numbers.len());
    let mut missing = Vec::new();
    for n in numbers {
        match cache.get(n, now) {
            Some(id) => {
                printer.info(&format!("--to-mobile {n} is {id} (cached)"));
                resolved.push(id);
            }
            None => missing.push(n),
        }
    }
    // A few numbers: one lookup each. Many, or a lookup API that is not served: one listing.
    // What was found is cached even when a later number fails.
    let mut fresh = Vec::new();
    let outcome = lookup_all(client, &missing, reporter, &mut fresh);
    if let Err(e) = cache.put(&fresh, now)
        && printer.debug_enabled()
    {
        diagnostic(format_args!("debug: phone number cache: {e}"));
    }
    outcome?;
    for (n, id) in &fresh {
        printer.info(&format!("--to-mobile {n} is {id}"));
    }
    resolved.extend(fresh.into_iter().map(|(_, id)| id));
    Ok(resolved)
}

/// Looks up the numbers not cached, adding each one found to `found`.
fn lookup_all(
    client: &Client,
    numbers: &[&String],
    reporter: &Reporter,
    found: &mut Vec<(String, String)>,
) -> anyhow::Result<()> {
    let listing_only = numbers.len() > LOOKUPS_BEFORE_LISTING;
    let mut directory: Option<Vec<Employee>> = None;
    for &n in numbers {
        if !listing_only && directory.is_none() {
            match report(reporter, api::GET_BY_MOBILE, client.by_mobile(n)) {
                Ok(answer) => {
                    found.push((n.clone(), mobile::pick(n, &answer, true)?));
                    continue;
                }
                Err(e) if api::lookup_unsupported(&e) => reporter.printer.info(&format!(
                    "{} refused ({e}); listing the directory instead",
                    api::GET_BY_MOBILE
                )),
                Err(e) => return Err(e.into()),
            }
        }
        let everyone = match &directory {
            Some(list) => list,
            None => directory.insert(report(reporter, api::USER_LIST, client.all_users())?),
        };
        found.push((n.clone(), mobile::pick(n, everyone, false)?));
    }
    Ok(())
}

/// Prints a lookup's `--json` result and returns its result.
fn report<T>(
    reporter: &Reporter,
    endpoint: &'static str,
    outcome: Outcome<T>,
) -> Result<T, TransportError> {
    if reporter.printer.json {
        let _ = reporter
            .printer
            .json_line(&reporter.json_result(endpoint, &outcome, None));
    }
    outcome.result
}

fn articles(args: ArticlesArgs, settings: &Settings, printer: &Printer) -> anyhow::Result<()> {
    let mut items = article_items(&args, printer)?;
    if items.len() > builder::MAX_ARTICLES {
        return Err(PayloadError::TooMany {
            what: "articles".into(),
            count: items.len(),
            limit: builder::MAX_ARTICLES,
        }
        .into());
    }
    let flag = if args.articles.is_some() {
        "--articles"
    } else {
        "--cover"
    };
    let uploads: Vec<Upload> = input::distinct_covers(&mut items)
        .into_iter()
        .map(|path| upload_of(path, flag))
        .collect();
    for u in &uploads {
        check_image(&u.path, u.flag)?;
    }
    Target::new(settings, &args.to)?.send(uploads, |ids, how| {
        let resolved: Vec<ArticleInput> = items
            .iter()
            .map(|(a, cover)| ArticleInput {
                cover: cover.id(ids),
                ..a.clone()
            })
            .collect();
        builder::articles(&resolved, how)
    })
}

/// The articles of `--articles FILE`, or the one the flags describe, each with its cover.
fn article_items(
    args: &ArticlesArgs,
    printer: &Printer,
) -> anyhow::Result<Vec<(ArticleInput, Cover)>> {
    Ok(match &args.articles {
        Some(path) => {
            let entries =
                file_entries(path, "--articles", "article", |e: builder::ArticleEntry| {
                    let body = match (e.content, e.url) {
                        (Some(text), None) => Ok(ArticleBody::Text(text)),
                        (None, Some(url)) => Ok(ArticleBody::Url(url)),
                        (Some(_), Some(_)) => Err("has both content and url; give one"),
                        (None, None) => Err("has neither content nor url"),
                    };
                    let article = ArticleInput {
                        title: e.title,
                        author: e.author,
                        description: e.description,
                        cover: String::new(),
                        cover_in_content: e.cover_in_content,
                        body: ArticleBody::default(),
                    };
                    ((article, body), e.cover, e.media_id)
                })?;
            let mut items = Vec::with_capacity(entries.len());
            for (i, ((article, body), cover)) in entries.into_iter().enumerate() {
                let body = body.map_err(|problem| InputError::BadFile {
                    flag: "--articles",
                    path: path.clone(),
                    problem: format!("entry {} {problem}", i + 1),
                })?;
                items.push((ArticleInput { body, ..article }, cover));
            }
            items
        }
        None => {
            let body = match (&args.url, &args.content) {
                (Some(url), _) => ArticleBody::Url(url.clone()),
                (None, Some(text)) => ArticleBody::Text(text.clone()),
                (None, None) => ArticleBody::Text(input::read_text(
                    None,
                    args.content_file.as_deref(),
                    printer,
                )?),
            };
            let article = ArticleInput {
                title: args.title.clone().unwrap_or_default(),
                author: args.author.clone(),
                description: args.description.clone(),
                cover: String::new(),
                cover_in_content: args.cover_in_content.then_some(true),
                body,
            };
            vec![(article, args.cover.cover()?)]
        }
    })
}

fn upload(args: UploadArgs, settings: &Settings) -> anyhow::Result<()> {
    check_image(&args.file, "FILE")?;
    let profile = match settings.dry_run {
        true => None,
        false => input::with_warnings(
            config::fxiaoke(&settings.config_request()?, false)?,
            settings,
        ),
    };
    let target = Target::for_profile(settings, profile, None, true);
    target
        .engine()
        .upload_only(&upload_of(args.file.clone(), "FILE"), || target.client())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_parse_as_label_equals_value() {
        assert_eq!(
            parse_field("Result=ok=fine").unwrap(),
            ("Result".to_string(), "ok=fine".to_string())
        );
        assert!(parse_field("Result").is_err());
        assert!(parse_field("=x").is_err());
        assert!(parse_field("x= ").is_err());
    }

    #[test]
    fn images_are_checked_before_upload() {
        let dir = tempfile::tempdir().unwrap();
        let png = dir.path().join("a.PNG");
        std::fs::write(&png, b"x").unwrap();
        assert!(check_image(&png, "FILE").is_ok());
        let pdf = dir.path().join("a.pdf");
        std::fs::write(&pdf, b"x").unwrap();
        assert!(
            check_image(&pdf, "FILE")
                .unwrap_err()
                .to_string()
                .contains("jpg, jpeg, png, gif or bmp")
        );
        let big = dir.path().join("big.jpg");
        std::fs::File::create(&big)
            .unwrap()
            .set_len(MAX_IMAGE + 1)
            .unwrap();
        assert!(
            check_image(&big, "--cover")
                .unwrap_err()
                .to_string()
                .contains("at most 5 MB")
        );
    }
}
