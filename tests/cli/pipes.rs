//! Closed or full standard output and error (issue 14, item 3): a diagnostic that cannot be
//! written is dropped, the sends go on and the exit code reports them; data on a closed stdout
//! ends quietly with exit 0.
//!
//! The pipes here have no reader from the start, so every write fails with EPIPE at once
//! (Rust ignores SIGPIPE), whatever the timing of the run.

use std::fs::{File, OpenOptions};
use std::io::{PipeWriter, pipe};
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use serde_json::json;

use crate::support::*;

/// The write end of a pipe whose read end is already closed.
fn closed_pipe() -> PipeWriter {
    let (reader, writer) = pipe().unwrap();
    drop(reader);
    writer
}

/// `/dev/full`, where every write fails with ENOSPC.
fn dev_full() -> File {
    OpenOptions::new().write(true).open("/dev/full").unwrap()
}

/// A file of 2500 accounts in `env`: three requests of at most 1000 recipients.
fn users_2500(env: &Env) -> PathBuf {
    let path = env.dir.path().join("users.txt");
    let users: String = (0..2500).map(|i| format!("user{i}\n")).collect();
    std::fs::write(&path, users).unwrap();
    path
}

/// Runs `cmd` with no standard input; what is not redirected is captured.
fn output(mut cmd: Command) -> Output {
    cmd.stdin(Stdio::null()).output().unwrap()
}

/// A Youdu text to 2500 accounts, with `flags` before the command.
fn text_to_2500(env: &Env, flags: &[&str]) -> Command {
    let mut cmd = env.std_cmd();
    cmd.args(flags)
        .args(["youdu", "text", "--to-user-file"])
        .arg(users_2500(env))
        .arg("deploy done");
    cmd
}

#[test]
fn a_closed_stderr_drops_the_diagnostics_and_every_batch_is_sent() {
    let (env, yd) = youdu_env();
    let token = yd.token("t");
    let (send, got) = yd.send_ok("t");
    let mut cmd = text_to_2500(&env, &["-v"]);
    cmd.stderr(closed_pipe());
    let out = output(cmd);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout(&out), "");
    token.assert_calls(1);
    send.assert_calls(3);
    assert!(
        got.lock().unwrap()[2]["toUser"]
            .as_str()
            .unwrap()
            .ends_with("user2499")
    );
}

#[test]
fn a_full_stderr_drops_the_debug_lines_and_every_batch_is_sent() {
    // -vv: the request trace and the payloads too.
    let (env, yd) = youdu_env();
    let token = yd.token("t");
    let (send, _) = yd.send_ok("t");
    let mut cmd = text_to_2500(&env, &["-vv"]);
    cmd.stderr(dev_full());
    let out = output(cmd);
    assert_eq!(out.status.code(), Some(0));
    token.assert_calls(1);
    send.assert_calls(3);
}

#[test]
fn a_refused_batch_with_a_closed_stderr_is_still_exit_7_after_every_batch() {
    let (env, yd) = youdu_env();
    let _token = yd.token("t");
    let (bad, _) = yd.send(
        "t",
        |m| m["toUser"].as_str().unwrap().starts_with("user1000|"),
        json!({"errcode": 200007, "errmsg": "invalid toUser"}),
    );
    let (ok, _) = yd.send_ok("t");
    let mut cmd = text_to_2500(&env, &[]);
    cmd.stderr(closed_pipe());
    let out = output(cmd);
    assert_eq!(out.status.code(), Some(7));
    bad.assert_calls(1);
    ok.assert_calls(2);
}

#[test]
fn a_json_send_into_a_closed_pipe_sends_every_batch() {
    // `corpmsg -v --json … 2>&1 | head -n1` after head has gone: both streams closed.
    let (env, yd) = youdu_env();
    let token = yd.token("t");
    let (send, _) = yd.send_ok("t");
    let pipe = closed_pipe();
    let mut cmd = text_to_2500(&env, &["-v", "--json"]);
    cmd.stderr(pipe.try_clone().unwrap()).stdout(pipe);
    let out = output(cmd);
    assert_eq!(out.status.code(), Some(0));
    token.assert_calls(1);
    send.assert_calls(3);
}

#[test]
fn completions_and_the_man_page_into_a_closed_pipe_end_quietly() {
    let env = Env::new();
    for what in [
        &["completions", "bash"][..],
        &["completions", "zsh"],
        &["completions", "fish"],
        &["completions", "powershell"],
        &["completions", "elvish"],
        &["man"],
    ] {
        let mut cmd = env.std_cmd();
        cmd.args(what).stdout(closed_pipe());
        let out = output(cmd);
        assert_eq!(out.status.code(), Some(0), "{what:?}: {}", stderr(&out));
        assert_eq!(stderr(&out), "", "{what:?}");
    }
}

#[test]
fn a_long_dry_run_into_a_closed_pipe_ends_quietly() {
    // 5 parts to each of 3 batches: 15 lines of about 10 KB, more than a pipe buffer holds.
    let env = Env::new();
    let long = env.dir.path().join("long.txt");
    std::fs::write(&long, "x".repeat(3000)).unwrap();
    let mut cmd = env.std_cmd();
    cmd.args([
        "youdu",
        "text",
        "-n",
        "--on-long",
        "split",
        "--to-user-file",
    ])
    .arg(users_2500(&env))
    .arg("--content-file")
    .arg(&long)
    .stdout(closed_pipe());
    let out = output(cmd);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
}

/// A config with one Youdu profile `ops` (to_user alice) for a fresh emulator.
fn ops() -> (Env, Youdu) {
    let (env, yd) = youdu_env();
    env.write_config(&yd.config("to_user = [\"alice\"]"));
    (env, yd)
}

#[test]
fn run_notifies_and_passes_the_status_through_when_its_output_has_nowhere_to_go() {
    let (env, yd) = ops();
    let _token = yd.token("t");
    let (send, got) = yd.send_ok("t");
    let pipe = closed_pipe();
    let mut cmd = env.std_cmd();
    cmd.args([
        "-v",
        "run",
        "--",
        "sh",
        "-c",
        "echo out; echo err >&2; exit 3",
    ])
    .stderr(pipe.try_clone().unwrap())
    .stdout(pipe);
    let out = output(cmd);
    assert_eq!(out.status.code(), Some(3));
    send.assert_calls(1);
    let text = got.lock().unwrap()[0]["text"]["content"].to_string();
    assert!(text.contains("exit status 3"), "{text}");
}

#[test]
fn run_notifies_that_a_command_cannot_start_when_stderr_is_full() {
    let (env, yd) = ops();
    let _token = yd.token("t");
    let (send, _) = yd.send_ok("t");
    let mut cmd = env.std_cmd();
    cmd.args(["run", "--", "/nonexistent/backup.sh"])
        .stderr(dev_full());
    let out = output(cmd);
    assert_eq!(out.status.code(), Some(127));
    send.assert_calls(1);
}

#[test]
fn dry_runs_of_send_and_run_into_a_closed_pipe_end_quietly() {
    // Two profiles: the first one's output fails, which is no failure of that profile.
    let (env, yd) = ops();
    env.write_config(&format!(
        "{}{}",
        yd.config("to_user = [\"alice\"]"),
        yd.config("to_user = [\"bob\"]")
            .replace("[profiles.ops]", "[profiles.crm]")
    ));
    let cases = [
        (&["-n", "-p", "ops", "-p", "crm", "send", "hello"][..], 0),
        (
            &[
                "-n", "-p", "ops", "-p", "crm", "run", "--", "sh", "-c", "exit 2",
            ],
            2,
        ),
        // One profile: its error comes back as it is.
        (&["-n", "-p", "ops", "run", "--", "sh", "-c", "exit 2"], 2),
    ];
    for (args, code) in cases {
        let mut cmd = env.std_cmd();
        cmd.args(args).stdout(closed_pipe());
        let out = output(cmd);
        assert_eq!(out.status.code(), Some(code), "{args:?}: {}", stderr(&out));
        assert_eq!(stderr(&out), "", "{args:?}");
    }
}
