//! `corpmsg man`: the man pages, generated from the clap definition; `--dir` writes one page per
//! command and subcommand. They are committed under `completions/man/`; a test fails when they
//! are stale.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, ValueHint};

use super::Cli;
use super::input::InputError;
use super::output::Printer;

#[derive(Debug, Args)]
pub(crate) struct ManArgs {
    /// Write one page per command into DIR (created if needed) instead of printing the top page
    ///
    /// The pages are named as their SUBCOMMANDS sections name them: corpmsg.1, corpmsg-youdu.1,
    /// corpmsg-youdu-text.1, ... Nothing is printed on success; -v lists the files written.
    #[arg(long, value_name = "DIR", value_hint = ValueHint::DirPath)]
    pub dir: Option<PathBuf>,
}

/// `corpmsg man`: the top page on `out`, or with `--dir` one page per command in that folder.
pub(crate) fn man(args: &ManArgs, printer: &Printer, out: &mut impl Write) -> anyhow::Result<()> {
    match &args.dir {
        None => {
            let mut page = Vec::new();
            clap_mangen::Man::new(man_command()).render(&mut page)?;
            out.write_all(&page)?;
            out.flush()?;
        }
        Some(dir) => {
            for name in write_man_pages(dir)? {
                printer.info(&format!("wrote {}", dir.join(name).display()));
            }
        }
    }
    Ok(())
}

/// Writes the page of every command and subcommand into `dir`, creating it, and returns the
/// file names written. Each page is written to a temporary file in `dir` and renamed into
/// place, so a reader never sees half a page.
pub(crate) fn write_man_pages(dir: &Path) -> Result<Vec<String>, InputError> {
    let fail = |problem: String| InputError::BadFile {
        flag: "--dir",
        path: dir.to_path_buf(),
        problem,
    };
    std::fs::create_dir_all(dir).map_err(|e| fail(format!("cannot create it: {e}")))?;
    let mut written = Vec::new();
    for page in man_pages() {
        let name = page.get_filename();
        let mut text = Vec::new();
        page.render(&mut text)
            .map_err(|e| fail(format!("cannot render {name}: {e}")))?;
        let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
        std::fs::write(&tmp, &text)
            .and_then(|()| std::fs::rename(&tmp, dir.join(&name)))
            .map_err(|e| {
                let _ = std::fs::remove_file(&tmp);
                fail(format!("cannot write {name}: {e}"))
            })?;
        written.push(name);
    }
    Ok(written)
}

/// The man page of every command, parents before their subcommands, named as clap_mangen
/// names them in a SUBCOMMANDS section: the command's path joined with `-`
/// (`corpmsg-youdu-text`).
pub(crate) fn man_pages() -> Vec<clap_mangen::Man> {
    fn walk(cmd: &clap::Command, out: &mut Vec<clap_mangen::Man>) {
        let source = format!("corpmsg {}", env!("CARGO_PKG_VERSION"));
        out.push(clap_mangen::Man::new(cmd.clone()).source(source));
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            walk(sub, out);
        }
    }
    let mut cmd = man_command();
    cmd.build();
    let mut pages = Vec::new();
    walk(&cmd, &mut pages);
    pages
}

/// The command line as the man pages describe it. clap_mangen leaves out the short help of an
/// argument hidden from `-h` (the global options) when it has no long help, so such an
/// argument's help is given as its long help too. clap's `help` subcommands are left out: they
/// have no page.
fn man_command() -> clap::Command {
    Cli::full_command()
        .disable_help_subcommand(true)
        .mut_args(|arg| match arg.get_help().cloned() {
            Some(help) if arg.is_hide_short_help_set() && arg.get_long_help().is_none() => {
                arg.long_help(help)
            }
            _ => arg,
        })
}
