//! The committed completion scripts and man pages match what the binary generates.
//!
//! To refresh them after changing the command line: `CORPMSG_BLESS=1 cargo test --test cli completions`.

use std::path::Path;

use crate::support::*;

const FILES: [(&str, &[&str]); 5] = [
    ("corpmsg.bash", &["completions", "bash"]),
    ("_corpmsg", &["completions", "zsh"]),
    ("corpmsg.fish", &["completions", "fish"]),
    ("_corpmsg.ps1", &["completions", "powershell"]),
    ("corpmsg.elv", &["completions", "elvish"]),
];

#[test]
fn committed_completions_and_man_page_are_fresh() {
    let env = Env::new();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    let bless = std::env::var_os("CORPMSG_BLESS").is_some();
    let mut stale: Vec<&str> = Vec::new();
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
    // Every man page, as `man --dir` writes them, in completions/man.
    let pages = env.dir.path().join("man");
    let out = env
        .cmd()
        .args(["man", "--dir", pages.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success(), "man --dir: {}", stderr(&out));
    let committed = dir.join("man");
    let names = |d: &Path| -> Vec<String> {
        let mut n: Vec<String> = std::fs::read_dir(d)
            .map(|r| {
                r.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        n.sort();
        n
    };
    if bless {
        let _ = std::fs::remove_dir_all(&committed);
        std::fs::create_dir_all(&committed).unwrap();
    }
    let generated = names(&pages);
    assert!(generated.len() > 20, "{generated:?}");
    for name in &generated {
        let page = std::fs::read(pages.join(name)).unwrap();
        if bless {
            std::fs::write(committed.join(name), &page).unwrap();
        } else if std::fs::read(committed.join(name)).ok() != Some(page) {
            stale.push(name);
        }
    }
    for name in names(&committed) {
        if !generated.contains(&name) {
            stale.push("a man page no command has any more");
        }
    }
    assert!(
        stale.is_empty(),
        "stale files in completions/: {stale:?}; regenerate with CORPMSG_BLESS=1 cargo test --test cli completions"
    );
}

/// Completes the last word of `line` (`''` for an empty one) with the bash script that
/// `corpmsg completions bash` prints, in `env`'s hermetic environment plus `vars`, with the
/// binary first on PATH as `corpmsg`. Returns the offered words, sorted, and bash's stderr.
fn bash_complete(env: &Env, line: &[&str], vars: &[(&str, &str)]) -> (Vec<String>, String) {
    let script = env.dir.path().join("corpmsg.bash");
    let out = env.cmd().args(["completions", "bash"]).output().unwrap();
    std::fs::write(&script, &out.stdout).unwrap();
    let base = env.std_cmd();
    let bin = Path::new(base.get_program())
        .parent()
        .unwrap()
        .to_path_buf();
    let mut bash = std::process::Command::new("bash");
    bash.env_clear();
    for (key, value) in base.get_envs() {
        if let Some(value) = value {
            bash.env(key, value);
        }
    }
    let path = std::env::join_paths(
        std::iter::once(bin).chain(std::env::split_paths(&std::env::var_os("PATH").unwrap())),
    )
    .unwrap();
    bash.env("PATH", path).envs(vars.iter().copied());
    // _corpmsg is called as bash calls it: the command, the word being completed, the one
    // before it.
    let words: Vec<String> = line.iter().map(|w| format!("'{w}'")).collect();
    let program = format!(
        "source {}\nCOMP_WORDS=({})\nCOMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 ))\n\
         _corpmsg corpmsg \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"\n\
         printf '%s\\n' \"${{COMPREPLY[@]}}\"\n",
        script.display(),
        words.join(" ")
    );
    let out = bash.arg("-c").arg(program).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let mut offered: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect();
    offered.sort();
    (offered, stderr(&out))
}

const TWO_PROFILES: &str = "default_profile = \"ops\"\n\
    [profiles.ops]\nprovider = \"youdu\"\nurl = \"http://127.0.0.1:9\"\nbuin = 707168\n\
    app_id = \"yd06AB76EC519B4130A802224B4C60F689\"\naes_key = \"COdaZysb0+xJlFZHIFuohJE/FCW0Mf6ZopttvE8W0LE=\"\n\
    [profiles.crm]\nprovider = \"fxiaoke\"\napp_id = \"FSAID_1\"\napp_secret = \"s3cr3t-value\"\n\
    permanent_code = \"PC-secret\"\n";

#[test]
fn bash_completes_profile_names_from_the_config_in_use() {
    let env = Env::new();
    env.write_config(TWO_PROFILES);
    let both = vec!["crm".to_string(), "ops".to_string()];
    for line in [
        &["corpmsg", "-p", ""][..],
        &["corpmsg", "--profile", ""],
        &["corpmsg", "youdu", "text", "-p", ""],
        &["corpmsg", "send", "-p", "ops", "--profile", ""],
        &["corpmsg", "run", "-p", ""],
    ] {
        let (offered, err) = bash_complete(&env, line, &[]);
        assert_eq!(offered, both, "{line:?}");
        assert!(err.is_empty(), "{line:?}: {err}");
    }
    let (offered, _) = bash_complete(&env, &["corpmsg", "fxiaoke", "text", "-p", "c"], &[]);
    assert_eq!(offered, ["crm"]);

    // The config the line names with -c or --config, else CORPMSG_CONFIG, is the one read.
    let other = env.dir.path().join("other.toml");
    std::fs::write(&other, "[profiles.alt]\nprovider = \"youdu\"\n").unwrap();
    let other = other.to_str().unwrap();
    for line in [
        &["corpmsg", "-c", other, "youdu", "text", "-p", ""][..],
        &["corpmsg", "youdu", "text", "--config", other, "-p", ""],
    ] {
        assert_eq!(bash_complete(&env, line, &[]).0, ["alt"], "{line:?}");
    }
    let line = ["corpmsg", "send", "-p", ""];
    let from_var = bash_complete(&env, &line, &[("CORPMSG_CONFIG", other)]);
    assert_eq!(from_var.0, ["alt"]);
    // The profiles the environment makes up are offered too, when their variables are set.
    let with_env = bash_complete(
        &env,
        &line,
        &[
            ("CORPMSG_YOUDU_URL", "http://youdu.example:7080"),
            ("CORPMSG_FXIAOKE_APP_ID", "FSAID_1"),
        ],
    );
    assert_eq!(with_env.0, ["crm", "env-fxiaoke", "env-youdu", "ops"]);
    assert!(with_env.1.is_empty(), "{}", with_env.1);

    // Other values are completed as before.
    let (offered, _) = bash_complete(&env, &["corpmsg", "you"], &[]);
    assert_eq!(offered, ["youdu"]);
}

#[test]
fn a_broken_or_missing_config_completes_no_profile_and_says_nothing() {
    let env = Env::new();
    let line = ["corpmsg", "youdu", "text", "-p", ""];
    // No config at all.
    let (offered, err) = bash_complete(&env, &line, &[]);
    assert!(offered.is_empty() && err.is_empty(), "{offered:?} {err}");
    // Not TOML, or a top-level key that is not corpmsg's: nothing. A file whose profile has a
    // bad field still names the profile.
    for (broken, names) in [
        ("[profiles.ops\nprovider = \"youdu\"\n", &[][..]),
        (
            "aes_key = 123456789012345678901234567890\n[profiles.ops]\n",
            &[],
        ),
        (
            "[profiles.ops]\nprovider = 7\naes_key = \"COdaZysb0+xJlFZHIFuohJE/FCW0Mf6ZopttvE8W0LE=\"\n",
            &["ops"],
        ),
    ] {
        env.write_config(broken);
        let (offered, err) = bash_complete(&env, &line, &[]);
        assert_eq!(offered, names, "{broken}");
        assert!(err.is_empty(), "{broken}: {err}");
        // Called directly, as the scripts call it: nothing on stderr, exit 0, no secret.
        let out = env
            .cmd()
            .args(["__complete-profiles", "--", "corpmsg", "-p"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        assert!(out.stderr.is_empty(), "{}", stderr(&out));
        let printed = String::from_utf8(out.stdout).unwrap();
        assert!(
            !printed.contains("COdaZ") && !printed.contains("1234"),
            "{printed}"
        );
    }
    // A config that is a folder, or names a file that does not exist, or a bad variable.
    for config in [
        env.dir.path().to_str().unwrap(),
        "/nonexistent/corpmsg.toml",
    ] {
        let out = env
            .cmd()
            .args(["__complete-profiles", "--", "corpmsg", "-c", config, "-p"])
            .env("CORPMSG_TIMEOUT", "soon")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        assert!(
            out.stdout.is_empty() && out.stderr.is_empty(),
            "{}",
            stderr(&out)
        );
    }
}

#[cfg(unix)]
#[test]
fn a_fifo_or_stdin_as_config_completes_nothing_without_blocking() {
    let env = Env::new();
    let fifo = env.dir.path().join("config.fifo");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    for config in [fifo.to_str().unwrap(), "/dev/stdin"] {
        // The harness kills a run after 60 s; reading the FIFO would block until then.
        let out = env
            .cmd()
            .args(["__complete-profiles", "--", "corpmsg", "-c", config, "-p"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{config}: {}", stderr(&out));
        assert!(out.stdout.is_empty() && out.stderr.is_empty(), "{config}");
    }
}
