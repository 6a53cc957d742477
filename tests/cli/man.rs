//! `corpmsg man --dir`: one page per command, each naming its own options, and every page that
//! a SUBCOMMANDS list names exists.

use std::collections::BTreeSet;
use std::path::Path;

use clap::CommandFactory;
use corpmsg::cmd::Cli;

use crate::support::*;

/// The page names the command line calls for: `corpmsg`, `corpmsg-youdu`, `corpmsg-youdu-text`,
/// ..., with each command's long options. clap's own `help` subcommands have no page.
fn expected_pages() -> Vec<(String, Vec<String>)> {
    fn walk(cmd: &clap::Command, name: String, out: &mut Vec<(String, Vec<String>)>) {
        let longs = cmd
            .get_arguments()
            .filter_map(|a| a.get_long())
            .map(str::to_string)
            .collect();
        for sub in cmd.get_subcommands() {
            if sub.get_name() != "help" {
                walk(sub, format!("{name}-{}", sub.get_name()), out);
            }
        }
        out.push((name, longs));
    }
    let mut cmd = Cli::command();
    cmd.build();
    let mut out = Vec::new();
    walk(&cmd, "corpmsg".into(), &mut out);
    out
}

/// How roff (clap_mangen) writes a dash: `\-`.
fn roff(text: &str) -> String {
    text.replace('-', "\\-")
}

#[test]
fn man_dir_writes_a_page_per_command_and_every_reference_exists() {
    let env = Env::new();
    let dir = env.dir.path().join("share/man/man1"); // created by corpmsg
    let out = env
        .cmd()
        .arg("man")
        .arg("--dir")
        .arg(&dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        out.stdout.is_empty() && out.stderr.is_empty(),
        "{}",
        stderr(&out)
    );

    let expected = expected_pages();
    assert!(expected.len() >= 25, "{}", expected.len());
    let written: BTreeSet<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    let wanted: BTreeSet<String> = expected.iter().map(|(n, _)| format!("{n}.1")).collect();
    assert_eq!(written, wanted, "no other files (no temporary ones left)");
    assert!(written.contains("corpmsg-youdu-text.1") && written.contains("corpmsg-youdu.1"));

    for (name, longs) in &expected {
        let page = std::fs::read_to_string(dir.join(format!("{name}.1"))).unwrap();
        assert!(
            page.contains(&format!(".TH {name} 1")),
            "{name}.1 has another title"
        );
        for long in longs {
            assert!(
                page.contains(&roff(&format!("--{long}"))),
                "{name}.1 does not name --{long}"
            );
        }
        // Every page another page refers to (`corpmsg\-youdu\-text(1)`) exists.
        for line in page.lines() {
            if let Some(reference) = line.strip_suffix("(1)") {
                let target = reference.replace("\\-", "-");
                assert!(
                    written.contains(&format!("{target}.1")),
                    "{name}.1 refers to {target}(1), which has no page"
                );
            }
        }
    }
    let text = std::fs::read_to_string(dir.join("corpmsg-youdu-text.1")).unwrap();
    assert!(text.contains("\\-\\-on\\-long") && text.contains("\\-\\-to\\-user"));
    let top = std::fs::read_to_string(dir.join("corpmsg.1")).unwrap();
    assert!(top.contains("corpmsg\\-youdu(1)") && !top.contains("corpmsg\\-help(1)"));

    // The top page is the one `corpmsg man` prints.
    let printed = env.cmd().arg("man").output().unwrap();
    assert_eq!(printed.stdout, top.as_bytes());

    // Again, over the pages already there, with -v: each file is named on stderr.
    let out = env
        .cmd()
        .args(["man", "-v", "--dir"])
        .arg(&dir)
        .output()
        .unwrap();
    assert!(out.status.success() && out.stdout.is_empty());
    let listed = stderr(&out);
    assert_eq!(listed.lines().count(), expected.len(), "{listed}");
    assert!(listed.contains(&format!("{}", dir.join("corpmsg-youdu-text.1").display())));
}

#[test]
fn man_dir_that_cannot_be_created_is_a_usage_error() {
    let env = Env::new();
    let file = env.dir.path().join("a-file");
    std::fs::write(&file, "").unwrap();
    let dir = file.join("man1");
    let out = env
        .cmd()
        .arg("man")
        .arg("--dir")
        .arg(&dir)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.starts_with("error: --dir "), "{err}");
    assert!(err.contains(&dir.display().to_string()), "{err}");
    assert!(out.stdout.is_empty());
    assert!(!Path::new(&dir).exists());
}
