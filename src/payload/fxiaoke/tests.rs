use super::*;
use serde_json::json;

fn open(users: &[&str]) -> Addressing {
    Addressing {
        users: users.iter().map(|u| u.to_string()).collect(),
        split: true,
        ..Addressing::default()
    }
}

fn ids(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("FSUID_{i:04}")).collect()
}

#[test]
fn text_under_oauth_with_open_ids_asks_to_convert_them() {
    let b = text(
        "Backup failed",
        OnLong::Fail,
        TEXT_LIMIT,
        &open(&["FSUID_1"]),
    )
    .unwrap();
    assert_eq!(
        serde_json::to_value(&b.messages).unwrap(),
        json!([{"toUser":["FSUID_1"],"convertUserId":true,"msgType":"text","text":{"content":"Backup failed"}}])
    );
}

#[test]
fn the_id_kind_table_of_section_11() {
    let body = |auth, kind, users: &[&str]| {
        let how = Addressing {
            auth,
            kind,
            ..open(users)
        };
        text("x", OnLong::Fail, TEXT_LIMIT, &how).unwrap().messages[0].convert_user_id
    };
    use FxiaokeAuth::*;
    use UserIdKind::*;
    assert_eq!(body(Oauth, Open, &["FSUID_1"]), Some(true));
    assert_eq!(body(Oauth, Employee, &["1000"]), None);
    assert_eq!(body(Legacy, Open, &["FSUID_1"]), None);
    assert_eq!(body(Legacy, Employee, &["1000"]), Some(false));
}

#[test]
fn ids_of_the_wrong_kind_are_refused_with_a_hint() {
    let e = text("x", OnLong::Fail, TEXT_LIMIT, &open(&["FSUID_1", "alice"])).unwrap_err();
    assert!(e.to_string().contains("\"alice\" is not an open user id"));
    assert!(e.to_string().contains("user_id_kind"));
    let how = Addressing {
        kind: UserIdKind::Employee,
        ..open(&["1000", "FSUID_1"])
    };
    assert!(matches!(
        text("x", OnLong::Fail, TEXT_LIMIT, &how),
        Err(PayloadError::BadUserId { .. })
    ));
}

#[test]
fn phone_resolved_ids_go_apart_in_employee_mode() {
    let how = Addressing {
        kind: UserIdKind::Employee,
        resolved: vec!["FSUID_9".into()],
        ..open(&["1000"])
    };
    let b = text("x", OnLong::Fail, TEXT_LIMIT, &how).unwrap();
    assert_eq!(b.messages.len(), 2);
    assert_eq!(b.messages[0].to_user, ["1000"]);
    assert_eq!(b.messages[0].convert_user_id, None);
    assert_eq!(b.messages[1].to_user, ["FSUID_9"]);
    assert_eq!(b.messages[1].convert_user_id, Some(true));
    // In open mode they join the others, once each.
    let how = Addressing {
        resolved: vec!["FSUID_1".into(), "FSUID_2".into()],
        ..open(&["FSUID_1"])
    };
    let b = text("x", OnLong::Fail, TEXT_LIMIT, &how).unwrap();
    assert_eq!(b.messages.len(), 1);
    assert_eq!(b.messages[0].to_user, ["FSUID_1", "FSUID_2"]);
}

#[test]
fn recipients_go_in_requests_of_500() {
    let how = Addressing {
        users: ids(1200),
        ..open(&[])
    };
    let b = text("x", OnLong::Fail, TEXT_LIMIT, &how).unwrap();
    let sizes: Vec<usize> = b.messages.iter().map(|m| m.to_user.len()).collect();
    assert_eq!(sizes, [500, 500, 200]);
    let all: Vec<String> = b.messages.iter().flat_map(|m| m.to_user.clone()).collect();
    assert_eq!(all, how.users);
    let at_limit = Addressing {
        users: ids(500),
        split: false,
        ..open(&[])
    };
    assert_eq!(
        text("x", OnLong::Fail, TEXT_LIMIT, &at_limit)
            .unwrap()
            .messages
            .len(),
        1
    );
    let over = Addressing {
        users: ids(501),
        split: false,
        ..open(&[])
    };
    assert!(matches!(
        text("x", OnLong::Fail, TEXT_LIMIT, &over),
        Err(PayloadError::NeedsSplit { count: 501, .. })
    ));
}

#[test]
fn no_recipient_names_the_fxiaoke_flags() {
    let e = text("x", OnLong::Fail, TEXT_LIMIT, &open(&[])).unwrap_err();
    assert!(e.to_string().contains("--to-mobile"), "{e}");
}

#[test]
fn text_is_fitted_to_the_default_or_the_profiles_limit() {
    let how = open(&["FSUID_1"]);
    assert!(text(&"a".repeat(TEXT_LIMIT), OnLong::Fail, TEXT_LIMIT, &how).is_ok());
    assert!(matches!(
        text(&"a".repeat(TEXT_LIMIT + 1), OnLong::Fail, TEXT_LIMIT, &how),
        Err(PayloadError::TooLong { .. })
    ));
    let cut = text(
        &"a".repeat(TEXT_LIMIT + 5),
        OnLong::Truncate,
        TEXT_LIMIT,
        &how,
    )
    .unwrap();
    assert_eq!(
        cut.warnings[0],
        "content is 4005 characters; corpmsg cuts Fxiaoke text at 4000 (its own safety limit; raise it with text_limit in the profile): the last 5 were cut (--on-long split sends it all)"
    );
    // A profile's own limit.
    assert!(text(&"a".repeat(4500), OnLong::Fail, 5000, &how).is_ok());
    let cut = text(&"a".repeat(12), OnLong::Truncate, 10, &how).unwrap();
    assert!(cut.warnings[0].contains("cuts Fxiaoke text at 10 ("));
    let split = text(&"a".repeat(TEXT_LIMIT + 5), OnLong::Split, TEXT_LIMIT, &how).unwrap();
    assert_eq!(split.messages.len(), 2);
    assert!(matches!(
        text(" \n ", OnLong::Fail, TEXT_LIMIT, &how),
        Err(PayloadError::Empty { .. })
    ));
}

#[test]
fn a_service_id_rides_along() {
    let how = Addressing {
        service_id: Some("FSAID_svc".into()),
        ..open(&["FSUID_1"])
    };
    let v = serde_json::to_value(&text("x", OnLong::Fail, TEXT_LIMIT, &how).unwrap().messages[0])
        .unwrap();
    assert_eq!(v["serviceId"], "FSAID_svc");
}

fn card() -> CompositeInput {
    CompositeInput {
        title: "Deployment report".into(),
        first: Some("2024-05-21 02:00".into()),
        form: vec![
            ("Service".into(), "billing-api".into()),
            ("Result".into(), "failed".into()),
        ],
        remark: Some("Rolled back".into()),
        link_title: "View details".into(),
        link_url: "https://ci.example.com/runs/512".into(),
    }
}

#[test]
fn composite_nests_every_part_and_keeps_row_order() {
    let b = composite(&card(), &open(&["FSUID_1"])).unwrap();
    assert_eq!(
        serde_json::to_value(&b.messages[0]).unwrap(),
        json!({"toUser":["FSUID_1"],"convertUserId":true,"msgType":"composite","composite":{
            "head":{"title":"Deployment report"},"first":{"content":"2024-05-21 02:00"},
            "form":[{"label":"Service","value":"billing-api"},{"label":"Result","value":"failed"}],
            "remark":{"content":"Rolled back"},
            "link":{"title":"View details","url":"https://ci.example.com/runs/512"}}})
    );
    let bare = CompositeInput {
        first: None,
        form: vec![],
        remark: None,
        ..card()
    };
    let v =
        serde_json::to_value(&composite(&bare, &open(&["FSUID_1"])).unwrap().messages[0]).unwrap();
    assert!(v["composite"].get("form").is_none() && v["composite"].get("first").is_none());
}

#[test]
fn composite_limits() {
    let how = open(&["FSUID_1"]);
    let rows = |n: usize| CompositeInput {
        form: (0..n).map(|i| (format!("l{i}"), format!("v{i}"))).collect(),
        ..card()
    };
    assert!(composite(&rows(6), &how).is_ok());
    let e = composite(&rows(7), &how).unwrap_err();
    assert!(
        e.to_string().contains("--field") && e.to_string().contains('6'),
        "{e}"
    );
    let empty_value = CompositeInput {
        form: vec![("Service".into(), " ".into())],
        ..card()
    };
    assert!(
        composite(&empty_value, &how)
            .unwrap_err()
            .to_string()
            .contains("--field 1 value")
    );
    let no_link = CompositeInput {
        link_url: String::new(),
        ..card()
    };
    assert!(
        composite(&no_link, &how)
            .unwrap_err()
            .to_string()
            .contains("--link-url")
    );
}

fn article(title: &str) -> ArticleInput {
    ArticleInput {
        title: title.into(),
        cover: "m1".into(),
        body: ArticleBody::Text("body".into()),
        ..ArticleInput::default()
    }
}

#[test]
fn articles_match_the_documented_shape() {
    let items = vec![
        ArticleInput {
            author: Some("Ops".into()),
            description: Some("A sample".into()),
            cover_in_content: Some(true),
            ..article("Title")
        },
        ArticleInput {
            body: ArticleBody::Url("https://x.example.com".into()),
            ..article("Link")
        },
    ];
    let b = articles(&items, &open(&["FSUID_1"])).unwrap();
    assert_eq!(
        serde_json::to_value(&b.messages[0]).unwrap(),
        json!({"toUser":["FSUID_1"],"convertUserId":true,"convertMediaId":true,"msgType":"articles","articles":[
            {"title":"Title","author":"Ops","description":"A sample","coverImage":"m1","coverImageInContent":true,"type":"TEXT","content":"body"},
            {"title":"Link","coverImage":"m1","type":"URL","content":"https://x.example.com"}]})
    );
    let legacy = Addressing {
        auth: FxiaokeAuth::Legacy,
        ..open(&["FSUID_1"])
    };
    assert_eq!(
        articles(&items, &legacy).unwrap().messages[0].convert_media_id,
        None
    );
}

#[test]
fn article_limits_are_hard() {
    let how = open(&["FSUID_1"]);
    assert!(articles(&[article(&"t".repeat(45))], &how).is_ok());
    let e = articles(&[article(&"t".repeat(46))], &how).unwrap_err();
    assert_eq!(
        e.to_string(),
        "--title is 46 characters; Fxiaoke allows at most 45"
    );
    let author = ArticleInput {
        author: Some("a".repeat(9)),
        ..article("t")
    };
    assert!(matches!(
        articles(&[author], &how),
        Err(PayloadError::OverMax { limit: 8, .. })
    ));
    let description = ArticleInput {
        description: Some("d".repeat(141)),
        ..article("t")
    };
    assert!(matches!(
        articles(&[description], &how),
        Err(PayloadError::OverMax { limit: 140, .. })
    ));
    let seven: Vec<ArticleInput> = (0..7).map(|i| article(&format!("a{i}"))).collect();
    assert!(articles(&seven, &how).is_ok());
    let eight: Vec<ArticleInput> = (0..8).map(|i| article(&format!("a{i}"))).collect();
    assert!(matches!(
        articles(&eight, &how),
        Err(PayloadError::TooMany {
            count: 8,
            limit: 7,
            ..
        })
    ));
    let no_cover = ArticleInput {
        cover: String::new(),
        ..article("t")
    };
    assert_eq!(
        articles(&[no_cover], &how).unwrap_err().to_string(),
        "a cover is required: give --cover FILE or --cover-media-id ID (in a file: cover or media_id)"
    );
    for bad in ["FSUID_", "FSUID_a b", "fsuid_1"] {
        assert!(!is_open_id(bad), "{bad}");
    }
    assert!(is_open_id("FSUID_39E2B0A1"));
    let url_not_in_content = ArticleInput {
        body: ArticleBody::Url("https://x".into()),
        cover_in_content: Some(false),
        ..article("t")
    };
    let ok = articles(&[url_not_in_content], &how).unwrap();
    let v = serde_json::to_value(&ok.messages[0]).unwrap();
    assert!(v["articles"][0].get("coverImageInContent").is_none());
    let url_in_content = ArticleInput {
        body: ArticleBody::Url("https://x".into()),
        cover_in_content: Some(true),
        ..article("t")
    };
    assert!(matches!(
        articles(&[url_in_content], &how),
        Err(PayloadError::NotFor { .. })
    ));
    let second_bad: Vec<ArticleInput> = vec![article("ok"), article(&"t".repeat(46))];
    assert!(
        articles(&second_bad, &how)
            .unwrap_err()
            .to_string()
            .starts_with("article 2 title")
    );
}
