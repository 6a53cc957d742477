use super::*;

fn tail_of(keep: usize, chunks: &[(usize, &[u8])]) -> Vec<String> {
    let mut t = Tail::new(keep);
    for (stream, bytes) in chunks {
        t.feed(*stream, bytes);
    }
    t.finish(0);
    t.finish(1);
    t.lines()
}

#[test]
fn the_tail_keeps_the_last_lines_across_chunks_and_streams() {
    let lines = tail_of(
        3,
        &[(0, b"one\ntw"), (1, b"err\n"), (0, b"o\n\nfour"), (1, b"")],
    );
    assert_eq!(lines, ["two", "", "four"]);
    assert_eq!(tail_of(2, &[(0, b"a\nb\nc\n")]), ["b", "c"]);
    assert!(tail_of(0, &[(0, b"a\nb\n")]).is_empty());
}

#[test]
fn a_huge_line_keeps_its_end_in_bounded_memory() {
    let mut t = Tail::new(2);
    for _ in 0..1000 {
        t.feed(0, &[b'x'; 1000]);
        assert!(t.partial[0].0.len() <= 2 * MAX_LINE);
    }
    t.feed(0, b"END\n");
    let lines = t.lines();
    assert_eq!(lines.len(), 1);
    assert!(lines[0].starts_with('…') && lines[0].ends_with("xEND"));
    assert_eq!(lines[0].chars().count(), MAX_LINE + 1);
}

#[test]
fn lines_lose_escapes_and_carriage_returns() {
    assert_eq!(clean(b"\x1b[1;31mred\x1b[0m\tok\r"), "red\tok");
    assert_eq!(clean(b"10%\r50%\r100%"), "100%");
    assert_eq!(clean(b"bell\x07 \xff"), "bell \u{fffd}");
    assert_eq!(clean(b"\x1b]0;title\x07a\x1b]8;;http://x\x1b\\b"), "ab");
}

#[test]
fn the_tail_is_cut_from_the_front() {
    let lines: Vec<String> = ["first line", "second line", "third"]
        .map(String::from)
        .into();
    assert_eq!(
        tail_within(&lines, 100, Measure::Chars),
        "\nfirst line\nsecond line\nthird"
    );
    assert_eq!(
        tail_within(&lines, 18, Measure::Chars),
        "\nsecond line\nthird"
    );
    assert_eq!(
        tail_within(&lines, 16, Measure::Chars),
        "\n…ond line\nthird"
    );
    assert_eq!(tail_within(&lines, 7, Measure::Chars), "\nthird");
    assert_eq!(tail_within(&lines, 3, Measure::Chars), "");
}

#[test]
fn a_byte_limit_keeps_the_end_of_the_output_whole_characters() {
    // WeCom counts bytes: 700 Chinese characters are 2100 bytes, over its 2048.
    let line = "错".repeat(700);
    let r = report(CmdResult::Exited(1), vec![line.clone(), "最后一行".into()]);
    let m = r.message(2048, Measure::Bytes);
    assert!(m.len() <= 2048, "{}", m.len());
    assert!(m.ends_with("\n最后一行"), "{m}");
    assert!(m.contains("\n…错"), "{m}");
    // Counted in characters, the same report is not cut at all.
    assert!(r.message(2048, Measure::Chars).contains(&line));
}

fn report(result: CmdResult, tail: Vec<String>) -> Report {
    Report {
        title: None,
        name: "backup.sh".into(),
        command: "/usr/bin/backup.sh --full".into(),
        host: "db-3".into(),
        result,
        duration: Duration::from_secs(125),
        tail,
        tail_wanted: 20,
    }
}

#[test]
fn the_message_has_the_header_then_the_end_of_the_output() {
    let r = report(CmdResult::Exited(2), vec!["a".into(), "b".into()]);
    assert_eq!(
        r.message(600, Measure::Chars),
        "backup.sh failed on db-3\ncommand: /usr/bin/backup.sh --full\nhost: db-3\n\
         result: exit status 2\nduration: 2m 05s\nlast 2 line(s) of output:\na\nb"
    );
    let r = report(CmdResult::Signalled(9), Vec::new());
    assert!(
        r.message(600, Measure::Chars)
            .contains("result: killed by signal 9 (SIGKILL)")
    );
    assert!(r.message(600, Measure::Chars).ends_with("(no output)"));
}

#[test]
fn the_message_always_fits_the_limit_and_ends_with_the_last_line() {
    let tail: Vec<String> = (0..1000)
        .map(|i| format!("line {i} {}", "x".repeat(i % 90)))
        .collect();
    for limit in [600, 4000] {
        let m = report(CmdResult::Exited(1), tail.clone()).message(limit, Measure::Chars);
        assert!(m.chars().count() <= limit, "{limit}: {}", m.chars().count());
        assert!(m.ends_with(&tail[999]), "{limit}");
    }
    let mut r = report(CmdResult::Exited(1), tail.clone());
    r.title = Some("t".repeat(5000));
    r.command = "c".repeat(5000);
    let m = r.message(600, Measure::Chars);
    assert!(m.chars().count() <= 600);
    assert!(m.ends_with(&tail[999]), "{m}");
}

const KEY: &str = "COdaZysb0+xJlFZHIFuohJE/FCW0Mf6ZopttvE8W0LE=";

fn masker() -> Masker {
    let secrets = [&KEY[..43], KEY, "secret-123", "abc", "secret-123"];
    Masker::new(secrets.map(Secret::new).into())
}

#[test]
fn secrets_are_masked_whole_in_every_form() {
    let m = masker();
    // The key and its 43-character form (each as is, percent-encoded and `/` escaped) and
    // the secret: short and repeated values dropped.
    assert_eq!(m.secrets.forms().count(), 7);
    assert_eq!(
        m.mask(&format!("key={KEY} bare={} s=secret-123 abc", &KEY[..43])),
        "key=*** bare=*** s=*** abc"
    );
    assert_eq!(m.mask("nothing here"), "nothing here");
    // A line whose start was cut inside a secret loses the secret's end too.
    assert_eq!(m.mask("…cret-123 tail"), "…*** tail");
    assert_eq!(m.mask(&format!("…{} x", &KEY[30..])), "…*** x");
    assert_eq!(
        m.mask("…123 x"),
        "…123 x",
        "too little to be a secret's end"
    );
}

#[test]
fn a_masked_report_never_shows_part_of_a_secret_at_any_limit() {
    let m = masker();
    let mut r = report(
        CmdResult::Exited(1),
        vec![
            format!("AES_KEY={KEY}"),
            format!("…{}", &KEY[10..]),
            "token secret-123".into(),
        ],
    );
    r.command = format!("sh -c 'echo {KEY} secret-123'");
    r.title = Some(format!("deploy {}", &KEY[..43]));
    let r = r.masked(&m);
    for limit in 60..400 {
        let message = r.message(limit, Measure::Chars);
        for window in [KEY.as_bytes(), b"secret-123"] {
            for piece in window.windows(5) {
                let piece = std::str::from_utf8(piece).unwrap();
                assert!(!message.contains(piece), "{limit}: {piece} in {message}");
            }
        }
    }
    let message = r.message(600, Measure::Chars);
    assert!(
        message.starts_with("deploy ***\ncommand: sh -c 'echo *** ***'\n"),
        "{message}"
    );
    assert!(
        message.ends_with("\nAES_KEY=***\n…***\ntoken ***"),
        "{message}"
    );
}

#[test]
fn statuses_are_what_a_shell_reports() {
    assert_eq!(CmdResult::Exited(3).exit_status(), 3);
    assert_eq!(CmdResult::Signalled(15).exit_status(), 143);
    let missing = io::Error::from(io::ErrorKind::NotFound);
    assert_eq!(CmdResult::NotStarted(missing).exit_status(), 127);
}

#[test]
fn commands_and_durations_read_as_typed() {
    let cmd: Vec<OsString> = ["sh", "-c", "echo 'hi' && exit 3"]
        .map(OsString::from)
        .into();
    assert_eq!(display_command(&cmd), r"sh -c 'echo '\''hi'\'' && exit 3'");
    assert_eq!(format_duration(Duration::from_millis(3240)), "3.2s");
    assert_eq!(format_duration(Duration::from_secs(3723)), "1h 02m 03s");
}
