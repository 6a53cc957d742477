use super::*;
use serde_json::{Value, json};

fn to(users: &[&str], depts: &[&str]) -> Addressing {
    Addressing {
        to: Recipients {
            users: users.iter().map(|s| s.to_string()).collect(),
            depts: depts.iter().map(|s| s.to_string()).collect(),
            ..Recipients::default()
        },
        split: true,
        to_all: None,
    }
}

fn json_of(b: &Built) -> Vec<Value> {
    b.messages
        .iter()
        .map(|m| serde_json::to_value(m).unwrap())
        .collect()
}

fn article(title: &str, content: &str) -> ArticleInput {
    ArticleInput {
        title: title.into(),
        content: content.into(),
        media_id: "m1".into(),
        ..ArticleInput::default()
    }
}

#[test]
fn text_serialises_as_documented() {
    let b = text("hello\n", OnLong::Fail, &to(&["alice", "bob"], &["12"])).unwrap();
    assert_eq!(
        json_of(&b),
        [json!({"toUser":"alice|bob","toDept":"12","msgType":"text","text":{"content":"hello"}})]
    );
}

#[test]
fn empty_recipient_fields_are_left_out() {
    let b = text("hi", OnLong::Fail, &to(&[], &["0"])).unwrap();
    assert_eq!(
        json_of(&b),
        [json!({"toDept":"0","msgType":"text","text":{"content":"hi"}})]
    );
}

#[test]
fn text_parts_times_batches() {
    let users: Vec<String> = (0..1500).map(|i| format!("u{i}")).collect();
    let how = Addressing {
        to: Recipients {
            users,
            ..Recipients::default()
        },
        split: true,
        to_all: None,
    };
    let b = text(&"x".repeat(1000), OnLong::Split, &how).unwrap();
    assert_eq!(b.messages.len(), 4);
    assert_eq!(b.messages[0].recipients().count(), 1000);
    assert_eq!(b.messages[1].recipients().count(), 500);
    for m in &b.messages {
        let Body::Text { text } = &m.body else {
            panic!("not text")
        };
        assert!(text.content.chars().count() <= TEXT_LIMIT);
    }
}

#[test]
fn text_limits() {
    let a = to(&["a"], &[]);
    assert!(matches!(
        text("  ", OnLong::Fail, &a),
        Err(PayloadError::Empty { .. })
    ));
    assert!(matches!(
        text("hi", OnLong::Fail, &to(&[], &[])),
        Err(PayloadError::NoRecipients(_))
    ));
    assert!(text(&"y".repeat(600), OnLong::Fail, &a).is_ok());
    assert!(matches!(
        text(&"y".repeat(601), OnLong::Fail, &a),
        Err(PayloadError::TooLong { len: 601, .. })
    ));
    let t = text(&"y".repeat(601), OnLong::Truncate, &a).unwrap();
    assert_eq!(t.warnings.len(), 1);
}

#[test]
fn image_and_file_carry_the_media_id() {
    let a = to(&["a"], &[]);
    let i = media(MediaKind::Image, "img1", &a).unwrap();
    assert_eq!(
        json_of(&i),
        [json!({"toUser":"a","msgType":"image","image":{"media_id":"img1"}})]
    );
    let f = media(MediaKind::File, "f1", &a).unwrap();
    assert_eq!(json_of(&f)[0]["file"], json!({"media_id":"f1"}));
    assert!(media(MediaKind::File, " ", &a).is_err());
}

#[test]
fn mpnews_serialises_with_the_documented_keys() {
    let mut a = article("Release 1.4", "Full notes");
    a.digest = Some("What changed".into());
    a.show_front = Some(true);
    let b = mpnews(&[a], &to(&["a"], &[])).unwrap();
    assert_eq!(
        json_of(&b)[0],
        json!({"toUser":"a","msgType":"mpnews","mpnews":[{"title":"Release 1.4","media_id":"m1",
               "content":"Full notes","digest":"What changed","showFront":1}]})
    );
}

#[test]
fn mpnews_truncates_at_its_limits_with_warnings() {
    let mut at = article(&"t".repeat(64), &"c".repeat(600));
    at.digest = Some("d".repeat(120));
    let b = mpnews(&[at], &to(&["a"], &[])).unwrap();
    assert!(b.warnings.is_empty());

    let mut over = article(&"t".repeat(65), &"c".repeat(601));
    over.digest = Some("d".repeat(121));
    let b = mpnews(&[over], &to(&["a"], &[])).unwrap();
    assert_eq!(b.warnings.len(), 3, "{:?}", b.warnings);
    let Body::Mpnews { mpnews } = &b.messages[0].body else {
        panic!("not mpnews")
    };
    assert_eq!(mpnews[0].title.chars().count(), 64);
    assert_eq!(mpnews[0].content.chars().count(), 600);
    assert_eq!(mpnews[0].digest.as_ref().unwrap().chars().count(), 120);
}

#[test]
fn mpnews_takes_one_to_five_articles_with_covers() {
    let a = to(&["a"], &[]);
    let five: Vec<_> = (0..5).map(|i| article(&format!("t{i}"), "c")).collect();
    assert!(mpnews(&five, &a).is_ok());
    let six: Vec<_> = (0..6).map(|i| article(&format!("t{i}"), "c")).collect();
    assert_eq!(
        mpnews(&six, &a).unwrap_err().to_string(),
        "6 articles given; at most 5 fit in one message"
    );
    assert!(mpnews(&[], &a).is_err());
    let mut no_cover = article("t", "c");
    no_cover.media_id.clear();
    assert_eq!(
        mpnews(&[no_cover], &a).unwrap_err().to_string(),
        "cover is missing: give --cover FILE or --cover-media-id ID (in an --articles file: cover or media_id)"
    );
    assert!(mpnews(&[article("t", " ")], &a).is_err());
}

#[test]
fn link_title_is_a_hard_maximum() {
    let a = to(&["a"], &[]);
    let b = link(&"t".repeat(64), "https://x", true, &a).unwrap();
    assert_eq!(json_of(&b)[0]["link"]["action"], 1);
    assert_eq!(
        link(&"t".repeat(65), "https://x", false, &a)
            .unwrap_err()
            .to_string(),
        "--title is 65 characters; Youdu allows at most 64"
    );
    assert!(link("", "https://x", false, &a).is_err());
    assert!(link("t", "", false, &a).is_err());
}

#[test]
fn exlink_items_and_limits() {
    let a = to(&["a"], &[]);
    let item = |t: &str| ExlinkInput {
        title: t.into(),
        url: "https://x".into(),
        digest: Some("d".repeat(121)),
        media_id: String::new(),
    };
    let b = exlink(&[item("Dashboard")], &a).unwrap();
    assert_eq!(
        json_of(&b)[0]["exlink"][0],
        json!({"title":"Dashboard","url":"https://x","digest":"d".repeat(120),"media_id":""})
    );
    assert_eq!(b.warnings.len(), 1);
    let five: Vec<_> = (0..5).map(|_| item("t")).collect();
    assert!(exlink(&five, &a).is_ok());
    let six: Vec<_> = (0..6).map(|_| item("t")).collect();
    assert!(matches!(
        exlink(&six, &a),
        Err(PayloadError::TooMany { count: 6, .. })
    ));
    assert!(exlink(&[item(&"t".repeat(65))], &a).is_err());
}

#[test]
fn sysmsg_keeps_item_order_and_sends_both_to_all_spellings() {
    let items = vec![
        SysItem::Text(Content {
            content: "22:00".into(),
        }),
        SysItem::Link(Link {
            title: "Plan".into(),
            url: "https://p".into(),
            action: 0,
        }),
        SysItem::Text(Content {
            content: "thanks".into(),
        }),
    ];
    let how = Addressing {
        to_all: Some(ToAll {
            only_online: true,
            only_online_typo: true,
        }),
        ..Addressing::default()
    };
    let b = sysmsg("Maintenance", items, Some(10), &how).unwrap();
    assert_eq!(
        json_of(&b),
        [
            json!({"toAll":{"onlyOnline":true,"onliyOnline":true},"msgType":"sysMsg",
                "sysMsg":{"title":"Maintenance","popDuration":10,"msg":[
                    {"text":{"content":"22:00"}},
                    {"link":{"title":"Plan","url":"https://p","action":0}},
                    {"text":{"content":"thanks"}}]}})
        ]
    );
    assert!(sysmsg("t", vec![], None, &how).is_err());
    let one = vec![SysItem::Text(Content {
        content: "x".into(),
    })];
    assert!(sysmsg(&"t".repeat(64), one.clone(), None, &how).is_ok());
    assert!(matches!(
        sysmsg(&"t".repeat(65), one, None, &how),
        Err(PayloadError::OverMax {
            len: 65,
            limit: 64,
            ..
        })
    ));
    // Without --to-all, recipients are required and toAll is left out.
    let items = vec![SysItem::Text(Content {
        content: "x".into(),
    })];
    assert!(sysmsg("t", items.clone(), None, &Addressing::default()).is_err());
    let b = sysmsg("t", items, None, &to(&["a"], &[])).unwrap();
    assert!(json_of(&b)[0].get("toAll").is_none());
}

#[test]
fn sms_is_fitted_like_text() {
    let b = sms(
        "13800000000",
        "OK, received",
        OnLong::Fail,
        &to(&["a"], &[]),
    )
    .unwrap();
    assert_eq!(
        json_of(&b)[0],
        json!({"toUser":"a","msgType":"sms","sms":{"from":"13800000000","content":"OK, received"}})
    );
    let b = sms("1", &"x".repeat(601), OnLong::Split, &to(&["a"], &[])).unwrap();
    assert_eq!(b.messages.len(), 2);
    assert!(sms(" ", "x", OnLong::Fail, &to(&["a"], &[])).is_err());
}

#[test]
fn mail_sends_accounts_and_addresses_apart() {
    let m = Mail {
        action: MailAction::New,
        subject: Some("Invoice".into()),
        from_user: None,
        from_email: Some("billing@example.com".into()),
        time: Some(1_700_000_000),
        link: None,
        unread_count: None,
    };
    let how = Addressing {
        to: Recipients {
            users: vec!["alice".into()],
            emails: vec!["a@example.com".into(), "b@example.com".into()],
            ..Recipients::default()
        },
        split: true,
        to_all: None,
    };
    let b = mail(m.clone(), &how).unwrap();
    assert_eq!(
        json_of(&b),
        [
            json!({"toUser":"alice","msgType":"mail","mail":{"action":"new","subject":"Invoice",
                   "fromEmail":"billing@example.com","time":1700000000}}),
            json!({"toEmail":"a@example.com|b@example.com","msgType":"mail","mail":{"action":"new",
                   "subject":"Invoice","fromEmail":"billing@example.com","time":1700000000}}),
        ]
    );
    let depts = to(&[], &["1"]);
    assert_eq!(
        mail(m.clone(), &depts).unwrap_err().to_string(),
        "--to-dept does not apply to mail messages"
    );
    let mut wrong = m.clone();
    wrong.unread_count = Some(3);
    assert_eq!(
        mail(wrong, &how).unwrap_err().to_string(),
        "--unread-count does not apply to --action new"
    );
    let unread = Mail {
        action: MailAction::Unread,
        ..m
    };
    assert_eq!(
        mail(unread, &how).unwrap_err().to_string(),
        "--subject does not apply to --action unread"
    );
}
