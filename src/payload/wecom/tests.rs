use super::*;
use crate::payload::files::{Syntax, parse};
use serde_json::{Value, json};

fn ids(prefix: &str, n: usize) -> Vec<String> {
    (0..n).map(|i| format!("{prefix}{i}")).collect()
}

fn to(users: &[&str], depts: &[&str], tags: &[&str]) -> Addressing {
    let v = |l: &[&str]| l.iter().map(|s| s.to_string()).collect();
    Addressing {
        agent_id: 1000002,
        to: Recipients {
            users: v(users),
            depts: v(depts),
            tags: v(tags),
            ..Recipients::default()
        },
        split: true,
        ..Addressing::default()
    }
}

fn alice() -> Addressing {
    to(&["alice"], &[], &[])
}

fn json_of(b: &Built) -> Vec<Value> {
    b.messages
        .iter()
        .map(|m| serde_json::to_value(m).unwrap())
        .collect()
}

fn n(c: char, count: usize) -> String {
    std::iter::repeat_n(c, count).collect()
}

fn article(title: &str) -> ArticleInput {
    ArticleInput {
        title: title.into(),
        url: "https://e.com/a".into(),
        ..ArticleInput::default()
    }
}

// ---- app messages: exact JSON ----

#[test]
fn text_serialises_as_documented() {
    let b = text(
        "hello\n",
        OnLong::Fail,
        &to(&["alice", "bob"], &["2"], &["7", "8"]),
    )
    .unwrap();
    assert_eq!(
        json_of(&b),
        [
            json!({"touser":"alice|bob","toparty":"2","totag":"7|8","agentid":1000002,
                "msgtype":"text","text":{"content":"hello"}})
        ]
    );
    assert!(b.warnings.is_empty());
}

#[test]
fn empty_recipient_fields_are_left_out_and_to_all_is_at_all() {
    let b = text("hi", OnLong::Fail, &to(&[], &[], &["3"])).unwrap();
    assert_eq!(
        json_of(&b),
        [json!({"totag":"3","agentid":1000002,"msgtype":"text","text":{"content":"hi"}})]
    );
    let all = Addressing {
        agent_id: 5,
        to_all: true,
        ..Addressing::default()
    };
    let b = text("hi", OnLong::Fail, &all).unwrap();
    assert_eq!(
        json_of(&b),
        [json!({"touser":"@all","agentid":5,"msgtype":"text","text":{"content":"hi"}})]
    );
    assert_eq!(b.messages[0].recipients().users, ["@all"]);
}

#[test]
fn markdown_image_file_serialise_as_documented() {
    let b = markdown("# Hi\n**bold**", OnLong::Fail, &alice()).unwrap();
    assert_eq!(
        json_of(&b),
        [
            json!({"touser":"alice","agentid":1000002,"msgtype":"markdown",
                "markdown":{"content":"# Hi\n**bold**"}})
        ]
    );
    let b = media(MediaKind::Image, " MID ", &alice()).unwrap();
    assert_eq!(
        json_of(&b),
        [json!({"touser":"alice","agentid":1000002,"msgtype":"image","image":{"media_id":"MID"}})]
    );
    let b = media(MediaKind::File, "F", &alice()).unwrap();
    assert_eq!(
        json_of(&b),
        [json!({"touser":"alice","agentid":1000002,"msgtype":"file","file":{"media_id":"F"}})]
    );
    assert!(matches!(
        media(MediaKind::File, " ", &alice()),
        Err(PayloadError::Empty { .. })
    ));
}

#[test]
fn textcard_serialises_as_documented() {
    let input = TextcardInput {
        title: "领奖通知".into(),
        description: "<div class=\"gray\">2016年9月26日</div>".into(),
        url: "https://work.weixin.qq.com".into(),
        button: Some("更多".into()),
    };
    let b = textcard(&input, &alice()).unwrap();
    assert_eq!(
        json_of(&b),
        [
            json!({"touser":"alice","agentid":1000002,"msgtype":"textcard","textcard":{
            "title":"领奖通知","description":"<div class=\"gray\">2016年9月26日</div>",
            "url":"https://work.weixin.qq.com","btntxt":"更多"}})
        ]
    );
    let plain = TextcardInput {
        button: None,
        ..input
    };
    let v = &json_of(&textcard(&plain, &alice()).unwrap())[0];
    assert!(v["textcard"].get("btntxt").is_none());
}

#[test]
fn news_serialises_as_documented() {
    let items = [
        ArticleInput {
            title: "中秋节礼品领取".into(),
            description: Some("今年中秋节公司有豪礼相送".into()),
            url: "https://e.com/1".into(),
            picurl: Some("https://e.com/1.png".into()),
        },
        article("second"),
    ];
    let b = news(&items, &alice()).unwrap();
    assert_eq!(
        json_of(&b),
        [
            json!({"touser":"alice","agentid":1000002,"msgtype":"news","news":{"articles":[
            {"title":"中秋节礼品领取","description":"今年中秋节公司有豪礼相送",
             "url":"https://e.com/1","picurl":"https://e.com/1.png"},
            {"title":"second","url":"https://e.com/a"}]}})
        ]
    );
}

// ---- duplicate check ----

#[test]
fn dedupe_fields_only_with_an_interval() {
    let off = &json_of(&text("hi", OnLong::Fail, &alice()).unwrap())[0];
    assert!(off.get("enable_duplicate_check").is_none());
    assert!(off.get("duplicate_check_interval").is_none());
    let how = Addressing {
        dedupe: 600,
        ..alice()
    };
    let on = &json_of(&text("hi", OnLong::Fail, &how).unwrap())[0];
    assert_eq!(on["enable_duplicate_check"], json!(1));
    assert_eq!(on["duplicate_check_interval"], json!(600));
    let max = Addressing {
        dedupe: MAX_DEDUPE,
        ..alice()
    };
    assert!(text("hi", OnLong::Fail, &max).is_ok());
    let over = Addressing {
        dedupe: MAX_DEDUPE + 1,
        ..alice()
    };
    let e = text("hi", OnLong::Fail, &over).unwrap_err();
    assert!(e.to_string().contains("--dedupe") && e.to_string().contains("14400"));
}

#[test]
fn the_same_input_builds_the_same_bytes() {
    // The duplicate check needs a retry to be byte-identical (protocol §4.5).
    let how = Addressing {
        dedupe: 60,
        ..to(&["b", "a"], &["1"], &[])
    };
    let body = || {
        serde_json::to_string(&text(&n('字', 1000), OnLong::Split, &how).unwrap().messages).unwrap()
    };
    assert_eq!(body(), body());
}

// ---- recipients ----

#[test]
fn batching_at_each_recipient_limit() {
    for (users, depts, tags, requests) in [
        (1000, 100, 100, 1),
        (1001, 0, 0, 2),
        (0, 101, 0, 2),
        (0, 0, 101, 2),
        (2500, 150, 250, 3),
    ] {
        let how = Addressing {
            agent_id: 1,
            to: Recipients {
                users: ids("u", users),
                depts: (0..depts).map(|i| i.to_string()).collect(),
                tags: (0..tags).map(|i| (i + 1000).to_string()).collect(),
                ..Recipients::default()
            },
            split: true,
            ..Addressing::default()
        };
        let b = text("hi", OnLong::Fail, &how).unwrap();
        assert_eq!(b.messages.len(), requests, "{users}/{depts}/{tags}");
        let mut all = Recipients::default();
        for m in &b.messages {
            let r = m.recipients();
            assert!(r.users.len() <= 1000 && r.depts.len() <= 100 && r.tags.len() <= 100);
            all.users.extend(r.users);
            all.depts.extend(r.depts);
            all.tags.extend(r.tags);
        }
        assert_eq!(all, how.to);
        if requests > 1 {
            let no_split = Addressing {
                split: false,
                ..how.clone()
            };
            assert!(matches!(
                text("hi", OnLong::Fail, &no_split),
                Err(PayloadError::NeedsSplit { .. })
            ));
        }
    }
}

#[test]
fn parts_times_batches_in_order() {
    let how = Addressing {
        agent_id: 1,
        to: Recipients {
            users: ids("u", 1500),
            ..Recipients::default()
        },
        split: true,
        ..Addressing::default()
    };
    let b = text(&"x".repeat(3000), OnLong::Split, &how).unwrap();
    assert_eq!(b.messages.len(), 4);
    let Body::Text { text } = &b.messages[1].body else {
        panic!("not text")
    };
    assert!(text.content.starts_with("(1/2) "));
    assert_eq!(b.messages[1].recipients().users.len(), 500);
}

#[test]
fn recipients_are_checked_and_deduplicated() {
    let b = text(
        "hi",
        OnLong::Fail,
        &to(&["Bob", "alice", "bob"], &["2", "2"], &[]),
    )
    .unwrap();
    assert_eq!(b.messages[0].touser, "Bob|alice");
    assert_eq!(b.messages[0].toparty, "2");
    assert!(matches!(
        text("hi", OnLong::Fail, &to(&[], &[], &[])),
        Err(PayloadError::NoRecipients(_))
    ));
    let e = text("hi", OnLong::Fail, &to(&[], &["sales"], &[])).unwrap_err();
    assert!(e.to_string().contains("--to-dept") && e.to_string().contains("\"sales\""));
    let e = text("hi", OnLong::Fail, &to(&[], &[], &["x"])).unwrap_err();
    assert!(e.to_string().contains("--to-tag"));
    let e = text("hi", OnLong::Fail, &to(&["@all"], &[], &[])).unwrap_err();
    assert!(e.to_string().contains("--to-all"));
    let both = Addressing {
        to_all: true,
        ..alice()
    };
    assert!(matches!(
        text("hi", OnLong::Fail, &both),
        Err(PayloadError::NotFor { .. })
    ));
    let no_agent = Addressing {
        agent_id: 0,
        ..alice()
    };
    assert!(
        text("hi", OnLong::Fail, &no_agent)
            .unwrap_err()
            .to_string()
            .contains("agent_id")
    );
}

// ---- content limits in bytes ----

#[test]
fn text_and_markdown_at_2048_bytes() {
    for build in [text, markdown] {
        let exact = format!("{}ab", n('字', 682));
        assert_eq!(exact.len(), 2048);
        assert!(build(&exact, OnLong::Fail, &alice()).is_ok());
        let over = format!("{exact}c");
        assert_eq!(
            build(&over, OnLong::Fail, &alice()),
            Err(PayloadError::TooLongBytes {
                what: "content".into(),
                len: 2049,
                limit: 2048
            })
        );
        let t = build(&over, OnLong::Truncate, &alice()).unwrap();
        assert_eq!(
            t.warnings,
            [
                "content is 2049 bytes; WeCom allows 2048: the last 1 were cut (--on-long split sends it all)"
            ]
        );
        let s = build(&over, OnLong::Split, &alice()).unwrap();
        assert_eq!(s.messages.len(), 2);
    }
}

fn text_content(b: &Built) -> Vec<String> {
    b.messages
        .iter()
        .map(|m| match &m.body {
            Body::Text { text } | Body::Markdown { markdown: text } => text.content.clone(),
            _ => panic!("not text"),
        })
        .collect()
}

#[test]
fn a_character_straddling_the_limit_is_never_cut() {
    // 3-byte CJK: 2047 + 3 bytes.
    let s = format!("{}字", n('a', 2047));
    let t = text(&s, OnLong::Truncate, &alice()).unwrap();
    assert_eq!(text_content(&t), [n('a', 2047)]);
    assert!(t.warnings[0].contains("the last 3 were cut"));
    // 4-byte emoji: 2046 + 4 bytes.
    let s = format!("{}😀", n('a', 2046));
    let t = text(&s, OnLong::Truncate, &alice()).unwrap();
    assert_eq!(text_content(&t), [n('a', 2046)]);
    let p = text(&s, OnLong::Split, &alice()).unwrap();
    for part in text_content(&p) {
        assert!(part.len() <= TEXT_LIMIT);
    }
}

#[test]
fn split_labels_fit_in_the_byte_limit() {
    let s = n('😀', 3000); // 12 000 bytes
    let parts = text_content(&text(&s, OnLong::Split, &alice()).unwrap());
    let total = parts.len();
    assert_eq!(total, 6);
    let mut joined = String::new();
    for (i, p) in parts.iter().enumerate() {
        assert!(p.len() <= TEXT_LIMIT, "part {i}: {} bytes", p.len());
        joined.push_str(p.strip_prefix(&format!("({}/{total}) ", i + 1)).unwrap());
    }
    assert_eq!(joined, s);
}

#[test]
fn empty_content_is_refused() {
    assert!(matches!(
        text(" \n ", OnLong::Fail, &alice()),
        Err(PayloadError::Empty { .. })
    ));
    assert!(matches!(
        markdown("", OnLong::Fail, &alice()),
        Err(PayloadError::Empty { .. })
    ));
}

// ---- textcard limits ----

fn card(title: &str, description: &str, url: &str, button: Option<&str>) -> TextcardInput {
    TextcardInput {
        title: title.into(),
        description: description.into(),
        url: url.into(),
        button: button.map(String::from),
    }
}

#[test]
fn textcard_title_and_description_are_cut_at_their_byte_limits() {
    // Exactly 128 and 512 bytes pass untouched.
    let title = format!("{}ab", n('字', 42));
    let description = format!("{}ab", n('字', 170));
    assert_eq!((title.len(), description.len()), (128, 512));
    let b = textcard(&card(&title, &description, "https://u", None), &alice()).unwrap();
    assert!(b.warnings.is_empty());
    // One byte more: a 3-byte character at the end goes whole.
    let b = textcard(
        &card(
            &format!("{title}字"),
            &format!("{description}字"),
            "https://u",
            None,
        ),
        &alice(),
    )
    .unwrap();
    let Body::Textcard { textcard: tc } = &b.messages[0].body else {
        panic!()
    };
    assert_eq!(tc.title, title);
    assert_eq!(tc.description, description);
    assert_eq!(
        b.warnings,
        [
            "--title is 131 bytes; WeCom allows 128: the last 3 bytes were cut",
            "--description is 515 bytes; WeCom allows 512: the last 3 bytes were cut"
        ]
    );
    // A straddling emoji: 127 + 4 bytes.
    let b = textcard(
        &card(&format!("{}😀", n('a', 127)), "d", "https://u", None),
        &alice(),
    )
    .unwrap();
    let Body::Textcard { textcard: tc } = &b.messages[0].body else {
        panic!()
    };
    assert_eq!(tc.title, n('a', 127));
}

#[test]
fn textcard_url_is_a_hard_maximum_and_the_button_is_cut_at_4_characters() {
    let url = format!("https://{}", n('a', URL_LIMIT - 8));
    assert!(textcard(&card("t", "d", &url, None), &alice()).is_ok());
    let e = textcard(&card("t", "d", &format!("{url}a"), None), &alice()).unwrap_err();
    assert_eq!(
        e,
        PayloadError::OverMaxBytes {
            provider: "WeCom",
            what: "--url".into(),
            len: 2049,
            limit: 2048
        }
    );
    let b = textcard(&card("t", "d", "https://u", Some("查看详情")), &alice()).unwrap();
    assert!(b.warnings.is_empty());
    let b = textcard(&card("t", "d", "https://u", Some("查看详情了")), &alice()).unwrap();
    let Body::Textcard { textcard: tc } = &b.messages[0].body else {
        panic!()
    };
    assert_eq!(tc.btntxt.as_deref(), Some("查看详情"));
    assert_eq!(
        b.warnings,
        ["--button is 5 characters; WeCom allows 4: the last 1 characters were cut"]
    );
    for (input, flag) in [
        (card(" ", "d", "https://u", None), "--title"),
        (card("t", " ", "https://u", None), "--description"),
        (card("t", "d", "", None), "--url"),
    ] {
        let e = textcard(&input, &alice()).unwrap_err();
        assert_eq!(e, PayloadError::Empty { what: flag.into() });
    }
}

// ---- news limits ----

#[test]
fn news_takes_1_to_8_articles() {
    let eight: Vec<ArticleInput> = (0..8).map(|i| article(&format!("t{i}"))).collect();
    assert!(news(&eight, &alice()).is_ok());
    let nine: Vec<ArticleInput> = (0..9).map(|i| article(&format!("t{i}"))).collect();
    assert_eq!(
        news(&nine, &alice()),
        Err(PayloadError::TooMany {
            what: "articles".into(),
            count: 9,
            limit: 8
        })
    );
    assert!(matches!(
        news(&[], &alice()),
        Err(PayloadError::Empty { .. })
    ));
}

#[test]
fn news_fields_at_their_limits() {
    let exact = ArticleInput {
        title: n('a', 128),
        description: Some(n('b', 512)),
        url: format!("https://{}", n('c', 2040)),
        picurl: Some(format!("https://{}", n('d', 2040))),
    };
    let b = news(std::slice::from_ref(&exact), &alice()).unwrap();
    assert!(b.warnings.is_empty());
    let over = ArticleInput {
        title: format!("{}😀", n('a', 125)),
        description: Some(format!("{}字", n('b', 510))),
        ..exact.clone()
    };
    let b = news(&[article("first"), over], &alice()).unwrap();
    let Body::News { news: built } = &b.messages[0].body else {
        panic!()
    };
    assert_eq!(built.articles[1].title, n('a', 125));
    assert_eq!(
        built.articles[1].description.as_deref(),
        Some(n('b', 510).as_str())
    );
    assert_eq!(
        b.warnings,
        [
            "article 2 title is 129 bytes; WeCom allows 128: the last 4 bytes were cut",
            "article 2 description is 513 bytes; WeCom allows 512: the last 3 bytes were cut"
        ]
    );
    let long_pic = ArticleInput {
        picurl: Some(format!("https://{}", n('d', 2041))),
        ..exact.clone()
    };
    let e = news(&[long_pic], &alice()).unwrap_err();
    assert!(
        e.to_string()
            .starts_with("--picurl is 2049 bytes of UTF-8; WeCom allows at most 2048")
    );
    let no_url = ArticleInput {
        url: " ".into(),
        ..exact
    };
    assert_eq!(
        news(&[article("a"), no_url], &alice()),
        Err(PayloadError::Empty {
            what: "article 2 url".into()
        })
    );
}

// ---- article files ----

#[test]
fn article_files_parse_in_json_and_toml() {
    let json = r#"[{"title":"A","url":"https://a","picurl":"https://a.png"},{"title":"B","description":"d","url":"https://b"}]"#;
    let toml = "[[article]]\ntitle = \"A\"\nurl = \"https://a\"\npicurl = \"https://a.png\"\n\n[[article]]\ntitle = \"B\"\ndescription = \"d\"\nurl = \"https://b\"\n";
    let a: Vec<ArticleEntry> = parse(json, Syntax::guess(None, json), "article").unwrap();
    let b: Vec<ArticleEntry> = parse(toml, Syntax::guess(None, toml), "article").unwrap();
    assert_eq!(a, b);
    let inputs: Vec<ArticleInput> = a.into_iter().map(ArticleInput::from).collect();
    assert_eq!(inputs[0].picurl.as_deref(), Some("https://a.png"));
    assert_eq!(inputs[1].description.as_deref(), Some("d"));
    let e = parse::<ArticleEntry>(
        r#"[{"title":"A","url":"u","cover":"x.png"}]"#,
        Syntax::Json,
        "article",
    )
    .unwrap_err();
    assert!(e.contains("unknown field `cover`"), "{e}");
    let e = parse::<ArticleEntry>(r#"[{"title":"A"}]"#, Syntax::Json, "article").unwrap_err();
    assert!(e.contains("missing field `url`"), "{e}");
}

// ---- robot messages ----

fn robot_json(b: &robot::Built) -> Vec<Value> {
    b.messages
        .iter()
        .map(|m| serde_json::to_value(m).unwrap())
        .collect()
}

fn robot_contents(b: &robot::Built) -> Vec<String> {
    b.messages
        .iter()
        .map(|m| match m {
            robot::Message::Text { text } => text.content.clone(),
            robot::Message::Markdown { markdown } => markdown.content.clone(),
            _ => panic!("not text"),
        })
        .collect()
}

const MD5: &str = "0123456789ABCDEF0123456789abcdef";

fn png(len: usize) -> Vec<u8> {
    let mut v = b"\x89PNG\r\n\x1a\n".to_vec();
    v.resize(len, 0);
    v
}

#[test]
fn robot_text_serialises_with_its_mentions() {
    let mentions = robot::Mentions {
        users: vec!["wangqing".into(), "@all".into(), "wangqing".into()],
        mobiles: vec![" 13800001111 ".into(), "@all".into()],
    };
    let b = robot::text("广州今日天气：29度", OnLong::Fail, &mentions).unwrap();
    assert_eq!(
        robot_json(&b),
        [
            json!({"msgtype":"text","text":{"content":"广州今日天气：29度",
            "mentioned_list":["wangqing","@all"],"mentioned_mobile_list":["13800001111","@all"]}})
        ]
    );
    let b = robot::text("hi", OnLong::Fail, &robot::Mentions::default()).unwrap();
    assert_eq!(
        robot_json(&b),
        [json!({"msgtype":"text","text":{"content":"hi"}})]
    );
    let bad = robot::Mentions {
        mobiles: vec!["138-0000".into()],
        ..robot::Mentions::default()
    };
    let e = robot::text("hi", OnLong::Fail, &bad).unwrap_err();
    assert!(e.to_string().contains("--mention-mobile"), "{e}");
    let blank = robot::Mentions {
        users: vec![" ".into()],
        ..robot::Mentions::default()
    };
    assert_eq!(
        robot::text("hi", OnLong::Fail, &blank),
        Err(PayloadError::Empty {
            what: "--mention".into()
        })
    );
}

#[test]
fn robot_mentions_go_with_the_first_part_only() {
    let mentions = robot::Mentions {
        users: vec!["a".into()],
        ..robot::Mentions::default()
    };
    let b = robot::text(&"x".repeat(3000), OnLong::Split, &mentions).unwrap();
    let v = robot_json(&b);
    assert_eq!(v.len(), 2);
    assert_eq!(v[0]["text"]["mentioned_list"], json!(["a"]));
    assert!(v[1]["text"].get("mentioned_list").is_none());
}

#[test]
fn robot_text_at_2048_bytes_and_markdown_at_4096() {
    let none = robot::Mentions::default();
    let exact = format!("{}ab", n('字', 682));
    assert!(robot::text(&exact, OnLong::Fail, &none).is_ok());
    assert!(matches!(
        robot::text(&format!("{exact}c"), OnLong::Fail, &none),
        Err(PayloadError::TooLongBytes {
            len: 2049,
            limit: 2048,
            ..
        })
    ));
    let md = format!("{}a", n('字', 1365));
    assert_eq!(md.len(), 4096);
    let b = robot::markdown(&md, OnLong::Fail).unwrap();
    assert_eq!(
        robot_json(&b),
        [json!({"msgtype":"markdown","markdown":{"content":md}})]
    );
    let over = format!("{md}字");
    assert!(matches!(
        robot::markdown(&over, OnLong::Fail),
        Err(PayloadError::TooLongBytes {
            len: 4099,
            limit: 4096,
            ..
        })
    ));
    let t = robot::markdown(&over, OnLong::Truncate).unwrap();
    assert_eq!(robot_contents(&t), [md]);
    assert!(t.warnings[0].contains("WeCom allows 4096: the last 3 were cut"));
    // 4-byte emoji straddling 4096.
    let emoji = format!("{}😀", n('a', 4094));
    let t = robot::markdown(&emoji, OnLong::Truncate).unwrap();
    assert_eq!(robot_contents(&t), [n('a', 4094)]);
    let s = robot::markdown(&n('😀', 3000), OnLong::Split).unwrap();
    let parts = robot_contents(&s);
    assert_eq!(parts.len(), 3);
    assert!(parts.iter().all(|p| p.len() <= ROBOT_MARKDOWN_LIMIT));
    assert!(parts[2].starts_with("(3/3) 😀"));
}

#[test]
fn robot_split_over_20_parts_warns_of_the_rate_limit() {
    let none = robot::Mentions::default();
    let b = robot::text(&"x".repeat(2040 * 20), OnLong::Split, &none).unwrap();
    assert_eq!(b.messages.len(), 20);
    assert!(b.warnings.is_empty());
    let b = robot::text(&"x".repeat(2040 * 21), OnLong::Split, &none).unwrap();
    assert_eq!(b.messages.len(), 21);
    assert!(b.warnings[0].contains("20 a minute"), "{:?}", b.warnings);
}

#[test]
fn robot_image_is_base64_with_the_md5_in_lower_case() {
    let bytes = png(12);
    let b = robot::image(&bytes, MD5).unwrap();
    assert_eq!(
        robot_json(&b),
        [
            json!({"msgtype":"image","image":{"base64":"iVBORw0KGgoAAAAA",
            "md5":"0123456789abcdef0123456789abcdef"}})
        ]
    );
    let jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 1, 2];
    assert!(robot::image(&jpeg, MD5).is_ok());
    let e = robot::image(b"GIF89a......", MD5).unwrap_err();
    assert!(e.to_string().contains("JPG or PNG"), "{e}");
    let e = robot::image(&bytes, "abc").unwrap_err();
    assert!(e.to_string().contains("MD5"), "{e}");
    assert!(matches!(
        robot::image(&[], MD5),
        Err(PayloadError::Empty { .. })
    ));
}

#[test]
fn robot_image_at_2_mb() {
    assert!(robot::image(&png(robot::IMAGE_LIMIT), MD5).is_ok());
    let e = robot::image(&png(robot::IMAGE_LIMIT + 1), MD5).unwrap_err();
    assert_eq!(
        e.to_string(),
        "the image is 2097153 bytes; a WeCom robot accepts at most 2097152 (2 MB)"
    );
}

#[test]
fn robot_file_and_news_serialise_as_documented() {
    let b = robot::file(" M ").unwrap();
    assert_eq!(
        robot_json(&b),
        [json!({"msgtype":"file","file":{"media_id":"M"}})]
    );
    assert!(robot::file("").is_err());
    let items = [ArticleInput {
        title: "中秋节礼品领取".into(),
        description: Some("今年中秋节公司有豪礼相送".into()),
        url: "www.qq.com".into(),
        picurl: Some(
            "http://res.mail.qq.com/node/ww/wwopenmng/images/independent/doc/test_pic_msg1.png"
                .into(),
        ),
    }];
    let b = robot::news(&items).unwrap();
    assert_eq!(
        robot_json(&b),
        [
            json!({"msgtype":"news","news":{"articles":[{"title":"中秋节礼品领取",
            "description":"今年中秋节公司有豪礼相送","url":"www.qq.com",
            "picurl":"http://res.mail.qq.com/node/ww/wwopenmng/images/independent/doc/test_pic_msg1.png"}]}})
        ]
    );
    let nine: Vec<ArticleInput> = (0..9).map(|i| article(&format!("t{i}"))).collect();
    assert!(matches!(
        robot::news(&nine),
        Err(PayloadError::TooMany {
            count: 9,
            limit: 8,
            ..
        })
    ));
    let long = [ArticleInput {
        title: n('字', 43),
        ..article("x")
    }];
    let b = robot::news(&long).unwrap();
    assert_eq!(
        b.warnings,
        ["--title is 129 bytes; WeCom allows 128: the last 3 bytes were cut"]
    );
}
