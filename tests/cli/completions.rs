//! The committed completion scripts and man page match what the binary generates.
//!
//! To refresh them after changing the command line: `CORPMSG_BLESS=1 cargo test --test cli completions`.

use std::path::Path;

use crate::support::*;

const FILES: [(&str, &[&str]); 6] = [
    ("corpmsg.bash", &["completions", "bash"]),
    ("_corpmsg", &["completions", "zsh"]),
    ("corpmsg.fish", &["completions", "fish"]),
    ("_corpmsg.ps1", &["completions", "powershell"]),
    ("corpmsg.elv", &["completions", "elvish"]),
    ("corpmsg.1", &["man"]),
];

#[test]
fn committed_completions_and_man_page_are_fresh() {
    let env = Env::new();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    let bless = std::env::var_os("CORPMSG_BLESS").is_some();
    let mut stale = Vec::new();
    for (name, args) in FILES {
        let out = env.cmd().args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        assert!(!out.stdout.is_empty(), "{args:?} printed nothing");
        let path = dir.join(name);
        if bless {
            std::fs::write(&path, &out.stdout).unwrap();
        } else if std::fs::read(&path).ok().as_deref() != Some(out.stdout.as_slice()) {
            stale.push(name);
        }
    }
    assert!(
        stale.is_empty(),
        "stale files in completions/: {stale:?}; regenerate with CORPMSG_BLESS=1 cargo test --test cli completions"
    );
}
