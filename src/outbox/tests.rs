use super::*;

struct Quiet;

impl Report for Quiet {
    fn trace(&self, _line: &str) {}
    fn warn(&self, _line: &str) {}
    fn seen(&self, _token: &crate::secret::Secret) {}
}

fn request(body: &str) -> Request {
    Request {
        endpoint: "/cgi/msg/send",
        body: RawValue::from_string(body.to_string()).unwrap(),
        to: Recipients {
            users: vec!["alice".into()],
            ..Recipients::default()
        },
    }
}

#[test]
fn entries_are_kept_privately_and_listed_oldest_first() {
    let dir = tempfile::tempdir().unwrap();
    let outbox = Outbox::new(dir.path());
    assert!(outbox.ids(State::Waiting).unwrap().is_empty());
    // Made one after the other: their ids sort in that order.
    let older = Entry::new(
        "ops",
        "youdu",
        &[request("{\"a\":1}")],
        Vec::new(),
        "down",
        100,
    );
    let newer = Entry::new(
        "ops",
        "youdu",
        &[request("{\"a\":2}")],
        Vec::new(),
        "down",
        200,
    );
    outbox.save(&newer).unwrap();
    outbox.save(&older).unwrap();
    assert_eq!(
        outbox.ids(State::Waiting).unwrap(),
        [older.id.clone(), newer.id.clone()]
    );
    let back = outbox.load(State::Waiting, &older.id, &Quiet).unwrap();
    assert_eq!(back.requests[0].body.get(), "{\"a\":1}");
    let again = back.requests[0].request().unwrap();
    assert_eq!(
        (again.endpoint, again.to.users.as_slice()),
        ("/cgi/msg/send", &["alice".to_string()][..])
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(outbox.dir()), 0o700);
        assert_eq!(
            mode(&outbox.dir().join(format!("{}.json", older.id))),
            0o600
        );
    }
    let mut dead = back;
    outbox.bury(&mut dead, "refused").unwrap();
    assert_eq!(outbox.ids(State::Waiting).unwrap(), [newer.id.as_str()]);
    assert_eq!(outbox.ids(State::Dead).unwrap(), [older.id.as_str()]);
    let buried = outbox.load(State::Dead, &older.id, &Quiet).unwrap();
    assert_eq!(buried.dead_because.as_deref(), Some("refused"));
    assert!(outbox.drop_entry(&older.id).unwrap());
    assert!(!outbox.drop_entry(&older.id).unwrap());
}

#[test]
fn media_placeholders_are_filled_with_the_uploaded_ids() {
    let body = r#"{"msgType":"image","image":{"media_id":"corpmsg-outbox-media:0"},"note":"corpmsg-outbox-media:0 as text"}"#;
    let mut e = Entry::new("ops", "youdu", &[request(body)], Vec::new(), "down", 1);
    e.fill_media(&[("corpmsg-outbox-media:0".into(), "M-1".into())])
        .unwrap();
    let filled = e.requests[0].body.get();
    assert!(filled.contains("\"media_id\":\"M-1\""), "{filled}");
    // Only a whole string is a placeholder.
    assert!(
        filled.contains("corpmsg-outbox-media:0 as text"),
        "{filled}"
    );
}

#[test]
fn a_changed_file_is_noticed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.png");
    fs::write(&path, b"first").unwrap();
    let (size, sha256) = fingerprint(&path).unwrap();
    let file = File {
        path: path.clone(),
        kind: "image".into(),
        endpoint: "/cgi/media/upload".into(),
        size,
        sha256,
        placeholder: "p".into(),
    };
    assert_eq!(changed(&file), None);
    fs::write(&path, b"other").unwrap();
    assert!(changed(&file).unwrap().contains("changed"));
    fs::remove_file(&path).unwrap();
    assert!(changed(&file).unwrap().contains("cannot be read"));
}

#[test]
fn a_file_of_another_format_is_not_used() {
    let dir = tempfile::tempdir().unwrap();
    let outbox = Outbox::new(dir.path());
    fs::create_dir_all(outbox.dir()).unwrap();
    fs::write(outbox.dir().join("x.json"), "{}").unwrap();
    assert!(outbox.load(State::Waiting, "x", &Quiet).is_err());
}
