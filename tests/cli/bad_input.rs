//! Bad input of every kind: the documented exit code, one error line naming the culprit, and
//! nothing sent. Content problems that only warn (invalid UTF-8, NUL bytes, over-long input)
//! are checked on what would be sent.

use std::io::Write;
use std::process::Stdio;

use crate::faults::Provider;
use crate::raw::RawServer;
use crate::support::{Env, KEY, json_lines, stderr};

/// One bad input: what to change, the exit code and a part of the error line.
struct Case {
    what: &'static str,
    config: Option<String>,
    args: Vec<String>,
    exit: i32,
    says: String,
}

fn case(what: &'static str, args: &[&str], exit: i32, says: &str) -> Case {
    Case {
        what,
        config: None,
        args: args.iter().map(|s| s.to_string()).collect(),
        exit,
        says: says.to_string(),
    }
}

/// The Youdu profile with `from` replaced by `to`.
fn config_case(what: &'static str, from: &str, to: &str, exit: i32, says: &str) -> Case {
    Case {
        config: Some(format!("{from}\u{0}{to}")),
        ..case(what, &["youdu", "text", "-u", "alice", "hi"], exit, says)
    }
}

#[test]
fn bad_input_is_named_with_its_exit_code_and_nothing_is_sent() {
    let server = RawServer::start(crate::faults::healthy(Provider::Youdu));
    let env = Env::new();
    let dir = env.dir.path().to_path_buf();
    let good_config = Provider::Youdu.config(&server.url());
    let file = dir.join("plain.txt");
    std::fs::write(&file, "alice\n").unwrap();
    let not_dir = format!("{}/x", file.display());
    let nul_list = dir.join("users.txt");
    std::fs::write(&nul_list, "alice\nbob\0carol\n").unwrap();
    let nul_list = nul_list.display().to_string();
    let d = dir.display().to_string();
    let key_line = format!("aes_key = \"{KEY}\"");
    let cases = vec![
        // Files that are not files, or cannot be read.
        case(
            "content file is a directory",
            &["youdu", "text", "-u", "a", "--content-file", &d],
            2,
            &format!("--content-file {d}: Is a directory"),
        ),
        case(
            "content file under a file",
            &["youdu", "text", "-u", "a", "--content-file", &not_dir],
            2,
            &format!("--content-file {not_dir}: Not a directory"),
        ),
        case(
            "recipient file with a NUL byte",
            &["youdu", "text", "--to-user-file", &nul_list, "hi"],
            2,
            &format!("--to-user-file {nul_list}: line 2 holds a NUL byte"),
        ),
        case(
            "recipient file is a directory",
            &["youdu", "text", "--to-user-file", &d, "hi"],
            2,
            &format!("--to-user-file {d}: Is a directory"),
        ),
        case(
            "endless recipient file",
            &["youdu", "text", "--to-user-file", "/dev/zero", "hi"],
            2,
            "--to-user-file /dev/zero: is over 16 MiB",
        ),
        case(
            "articles file is a directory",
            &["youdu", "mpnews", "-u", "a", "--articles", &d],
            2,
            &format!("--articles {d}: Is a directory"),
        ),
        case(
            "endless articles file",
            &["youdu", "mpnews", "-u", "a", "--articles", "/dev/zero"],
            2,
            "--articles /dev/zero: is over 4 MiB",
        ),
        case(
            "file to upload is a directory",
            &["youdu", "file", "-u", "a", &d],
            2,
            &format!("{d}: is not a regular file"),
        ),
        case(
            "file to upload is a device",
            &["youdu", "file", "-u", "a", "/dev/zero"],
            2,
            "/dev/zero: is not a regular file",
        ),
        // Files named by a flag are named with it; a positional FILE by its path alone.
        case(
            "file to upload does not exist",
            &["youdu", "image", "-u", "a", &format!("{d}/nope.png")],
            2,
            &format!("error: {d}/nope.png: No such file or directory"),
        ),
        case(
            "Fxiaoke file to upload does not exist",
            &["fxiaoke", "upload", &format!("{d}/nope.png")],
            2,
            &format!("error: {d}/nope.png: No such file or directory"),
        ),
        case(
            "cover does not exist",
            &[
                "youdu",
                "mpnews",
                "-u",
                "a",
                "--title",
                "t",
                "--content",
                "c",
                "--cover",
                &format!("{d}/nope.png"),
            ],
            2,
            &format!("error: --cover {d}/nope.png: No such file or directory"),
        ),
        case(
            "no cover at all",
            &[
                "youdu",
                "mpnews",
                "-u",
                "a",
                "--title",
                "t",
                "--content",
                "c",
            ],
            2,
            "error: cover is missing: give --cover FILE or --cover-media-id ID",
        ),
        case(
            "config is a directory",
            &["-c", &d, "youdu", "text", "-u", "a", "hi"],
            3,
            &format!("cannot read config file {d}: Is a directory"),
        ),
        case(
            "endless config",
            &["-c", "/dev/zero", "youdu", "text", "-u", "a", "hi"],
            3,
            "cannot read config file /dev/zero: is over 4 MiB",
        ),
        // Recipient lists of separators only, and ids that are not ids.
        case(
            "users of separators only",
            &["youdu", "text", "-u", ", |,", "hi"],
            2,
            "--to-user holds no account (only separators)",
        ),
        case(
            "departments of separators only",
            &["youdu", "text", "-d", "|", "hi"],
            2,
            "--to-dept holds no department (only separators)",
        ),
        case(
            "negative department",
            &["youdu", "text", "-d=-3", "hi"],
            2,
            "--to-dept: \"-3\" is not a department id",
        ),
        case(
            "Fxiaoke users of separators only",
            &["fxiaoke", "text", "-u", ",,", "hi"],
            2,
            "--to-user holds no user id (only separators)",
        ),
        case(
            "phones of separators only",
            &["fxiaoke", "text", "--to-mobile", " , ", "hi"],
            2,
            "--to-mobile holds no phone number (only separators)",
        ),
        // Numbers that make no sense.
        case(
            "zero timeout",
            &["--timeout", "0", "youdu", "text", "-u", "a", "hi"],
            2,
            "--timeout",
        ),
        case(
            "negative retries",
            &["--retries=-1", "youdu", "text", "-u", "a", "hi"],
            2,
            "--retries",
        ),
        case(
            "endless retries",
            &["--retries", "1000", "youdu", "text", "-u", "a", "hi"],
            2,
            "--retries",
        ),
        case(
            "negative mail time",
            &["youdu", "mail", "--action", "new", "-u", "a", "--time=-5"],
            2,
            "--time",
        ),
        case(
            "negative tail",
            &["run", "--tail=-1", "--", "true"],
            2,
            "--tail",
        ),
        case(
            "empty content",
            &["youdu", "text", "-u", "a", " \n\t "],
            2,
            "empty",
        ),
        // The config: types, values and keys.
        config_case(
            "zero buin",
            "buin = 707168",
            "buin = 0",
            3,
            "profile `p`: `buin`",
        ),
        config_case(
            "negative buin",
            "buin = 707168",
            "buin = -5",
            3,
            "profile `p`: `buin`",
        ),
        config_case(
            "buin as text",
            "buin = 707168",
            "buin = \"707168\"",
            3,
            "profile `p`: `buin`",
        ),
        config_case(
            "provider as a number",
            "provider = \"youdu\"",
            "provider = 1",
            3,
            "profile `p`",
        ),
        config_case(
            "empty url",
            "url = \"http",
            "url = \"\" #",
            3,
            "profile `p`: `url`",
        ),
        config_case(
            "key of 16 bytes",
            &key_line,
            "aes_key = \"c2hvcnRrZXlzaG9ydGtleQ==\"",
            3,
            "profile `p`: `aes_key` decodes to 16 bytes",
        ),
        config_case(
            "key that is not Base64",
            &key_line,
            "aes_key = \"not base64!\"",
            3,
            "profile `p`: `aes_key` is not standard Base64",
        ),
        config_case(
            "key file is a directory",
            &key_line,
            &format!("aes_key_file = \"{d}\""),
            3,
            &format!("`aes_key_file` cannot read {d}: Is a directory"),
        ),
        config_case(
            "endless key file",
            &key_line,
            "aes_key_file = \"/dev/zero\"",
            3,
            "`aes_key_file` cannot read /dev/zero: is over 64 KiB",
        ),
        config_case(
            "default recipients of separators only",
            "[profiles.p]",
            "[profiles.p]\nto_user = [\",\"]",
            3,
            "profile `p`: `to_user`",
        ),
        config_case(
            "malformed TOML",
            "[profiles.p]",
            "[profiles.p",
            3,
            "config.toml:1:",
        ),
        config_case(
            "a list where text belongs",
            "provider = \"youdu\"",
            "provider = [\"youdu\"]",
            3,
            "profile `p`",
        ),
    ];
    let mut wrong = Vec::new();
    for c in &cases {
        let config = match &c.config {
            Some(change) => {
                let (from, to) = change.split_once('\u{0}').unwrap();
                assert!(good_config.contains(from), "{}", c.what);
                good_config.replacen(from, to, 1)
            }
            None => good_config.clone(),
        };
        env.write_config(&config);
        let out = env.cmd().args(&c.args).write_stdin("").output().unwrap();
        let err = stderr(&out);
        let line = err.lines().find(|l| l.starts_with("error: ")).unwrap_or("");
        if out.status.code() != Some(c.exit) || !line.contains(&c.says) || !out.stdout.is_empty() {
            wrong.push(format!("{}: exit {:?}: {err}", c.what, out.status.code()));
        }
    }
    assert!(wrong.is_empty(), "wrong handling:\n{}", wrong.join("\n"));
    assert_eq!(
        server.hits("/cgi/gettoken") + server.hits("/cgi/msg/send"),
        0
    );
}

#[test]
fn nul_bytes_and_invalid_utf8_are_repaired_with_warnings() {
    let env = Env::new();
    let out = env
        .cmd()
        .args(["--dry-run", "youdu", "text", "-u", "a"])
        .write_stdin(&b"caf\xe9\0 ok\0"[..])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let sent = &json_lines(&String::from_utf8_lossy(&out.stdout))[0];
    assert_eq!(sent["payload"]["text"]["content"], "caf\u{fffd} ok");
    assert_eq!(
        stderr(&out),
        "warning: standard input is not valid UTF-8; invalid bytes were replaced with U+FFFD\n\
         warning: standard input holds 2 NUL bytes; removed (is it a binary file?)\n"
    );
}

/// Peak resident memory of a running process, from /proc.
fn peak_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches(" kB").trim().parse().ok())
}

#[test]
fn a_hundred_megabytes_on_stdin_is_cut_with_bounded_memory() {
    const TOTAL: usize = 100 << 20;
    let env = Env::new();
    let mut child = env
        .std_cmd()
        .args(["--dry-run", "youdu", "text", "-u", "a"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let line = [b"0123456789abcdef".repeat(63).as_slice(), b"\n"].concat();
        let mut left = TOTAL;
        while left > 0 {
            let n = left.min(line.len());
            // An early exit of corpmsg shows in its status and stderr, not as a broken pipe here.
            if stdin.write_all(&line[..n]).is_err() {
                return;
            }
            left -= n;
        }
    });
    // The high-water mark only grows; the last reading before the exit is the peak of the
    // reading phase, which is where the input would pile up.
    let mut peak = 0;
    while child.try_wait().unwrap().is_none() {
        if let Some(kib) = peak_kib(pid) {
            peak = peak.max(kib);
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    writer.join().unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "standard input is over 1 MiB; only the first 1 MiB is used ({} bytes dropped)",
            TOTAL - (1 << 20)
        )),
        "{err}"
    );
    assert!(
        err.contains("Youdu allows 600: the last 1047976 were cut"),
        "{err}"
    );
    let sent = &json_lines(&String::from_utf8_lossy(&out.stdout))[0];
    let content = sent["payload"]["text"]["content"].as_str().unwrap();
    assert_eq!(content.chars().count(), 600);
    assert!(peak > 0, "no memory reading");
    assert!(peak < 24 * 1024, "peak RSS {peak} KiB for 100 MiB of input");
}
