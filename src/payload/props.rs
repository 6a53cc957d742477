//! Property tests of the payload builders: whatever the input, they never panic, every message
//! they build is within the provider's limits, splitting loses no character, and recipient
//! batches are within the limits and lose or repeat no one.

use proptest::prelude::*;

use super::recipients::{self, Recipients};
use super::text::{self, Measure, OnLong};
use super::{fxiaoke, wecom, youdu};

/// Text with the characters that matter for fitting: line breaks, spaces, wide and multi-byte
/// characters, and separators.
fn content() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => prop::char::range('a', 'z'),
            1 => Just('\n'),
            1 => Just(' '),
            1 => Just('度'),
            1 => Just('😀'),
            1 => Just('\r'),
            1 => any::<char>(),
        ],
        0..2500,
    )
    .prop_map(|c| c.into_iter().collect())
}

fn on_long() -> impl Strategy<Value = OnLong> {
    prop_oneof![
        Just(OnLong::Truncate),
        Just(OnLong::Split),
        Just(OnLong::Fail)
    ]
}

/// A part's body without its `(i/n) ` label.
fn body(part: &str, i: usize, n: usize) -> &str {
    part.strip_prefix(&format!("({i}/{n}) "))
        .unwrap_or_else(|| panic!("part {i} of {n} lacks its label: {part:?}"))
}

fn chars(s: &str) -> usize {
    s.chars().count()
}

/// Whether a text builder may refuse `content`: empty after trimming, or over `limit` with
/// `fail`.
fn may_refuse(content: &str, on_long: OnLong, limit: usize) -> bool {
    let trimmed = content.trim_end();
    trimmed.trim_start().is_empty() || (on_long == OnLong::Fail && chars(trimmed) > limit)
}

/// [`may_refuse`] for a limit in bytes (WeCom).
fn may_refuse_bytes(content: &str, on_long: OnLong, limit: usize) -> bool {
    let trimmed = content.trim_end();
    trimmed.trim_start().is_empty() || (on_long == OnLong::Fail && trimmed.len() > limit)
}

/// A short field: mostly plain, sometimes blank or long.
fn field(max: usize) -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::collection::vec(prop::char::range('a', 'z'), 1..max),
        1 => prop::collection::vec(any::<char>(), 0..max * 2),
        1 => Just(vec![' ']),
    ]
    .prop_map(|c| c.into_iter().collect())
}

fn one_user() -> youdu::Addressing {
    youdu::Addressing {
        to: Recipients {
            users: vec!["alice".into()],
            ..Recipients::default()
        },
        split: true,
        to_all: None,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn fitting_keeps_the_limit_and_splitting_loses_nothing(
        content in content(),
        // A part must have room for its label and a character: with at most 2500 characters
        // and a limit of 20 there are at most 250 parts, whose labels take 10. (A limit of 11
        // with 1000 parts cannot hold "(1000/1000) x"; the real limits are 600 and 4000.)
        limit in 20usize..700,
        on_long in on_long(),
    ) {
        let len = chars(&content);
        match text::fit(&content, limit, on_long, "content") {
            Err(_) => prop_assert!(on_long == OnLong::Fail && len > limit),
            Ok(fitted) => {
                prop_assert!(fitted.parts.iter().all(|p| chars(p) <= limit));
                if len <= limit {
                    prop_assert_eq!(&fitted.parts, &vec![content.clone()]);
                    prop_assert_eq!(fitted.truncated, None);
                } else if on_long == OnLong::Truncate {
                    prop_assert_eq!(fitted.parts.len(), 1);
                    prop_assert!(content.starts_with(&fitted.parts[0]));
                    prop_assert_eq!(chars(&fitted.parts[0]), limit);
                    prop_assert_eq!(fitted.truncated, Some((len, len - limit)));
                } else {
                    let n = fitted.parts.len();
                    prop_assert!(n >= 2);
                    let joined: String = fitted
                        .parts
                        .iter()
                        .enumerate()
                        .map(|(i, p)| body(p, i + 1, n))
                        .collect();
                    prop_assert_eq!(joined, content);
                }
            }
        }
    }

    #[test]
    fn lists_split_on_separators_only(
        values in prop::collection::vec("[a-c|, ]{0,12}", 0..6),
    ) {
        let expected: Vec<String> = values
            .iter()
            .flat_map(|v| v.split(['|', ',']))
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect();
        match recipients::split_list(&values, "--to-user", "account") {
            Ok(list) => {
                prop_assert!(list.iter().all(|v| !v.is_empty() && !v.contains(['|', ',']) && v.trim() == v));
                prop_assert_eq!(list, expected);
            }
            Err(_) => prop_assert!(expected.is_empty() && !values.is_empty()),
        }
    }

    #[test]
    fn batches_keep_the_limits_and_everyone_once(
        users in 0usize..3500,
        depts in 0usize..350,
        split in any::<bool>(),
    ) {
        let r = Recipients {
            users: (0..users).map(|i| format!("u{i}")).collect(),
            depts: (0..depts).map(|i| i.to_string()).collect(),
            ..Recipients::default()
        };
        let limits = youdu::LIMITS;
        match recipients::batches(&r, limits, split) {
            Err(_) => prop_assert!(r.is_empty() || (!split && (users > limits.users || depts > limits.depts))),
            Ok(batches) => {
                let wanted = users.div_ceil(limits.users).max(depts.div_ceil(limits.depts));
                prop_assert_eq!(batches.len(), wanted);
                prop_assert!(batches.iter().all(|b| b.users.len() <= limits.users && b.depts.len() <= limits.depts && !b.is_empty()));
                let all_users: Vec<String> = batches.iter().flat_map(|b| b.users.clone()).collect();
                let all_depts: Vec<String> = batches.iter().flat_map(|b| b.depts.clone()).collect();
                prop_assert_eq!(all_users, r.users);
                prop_assert_eq!(all_depts, r.depts);
            }
        }
    }

    #[test]
    fn youdu_text_messages_are_within_limits(
        content in content(),
        on_long in on_long(),
        users in 1usize..2500,
    ) {
        let how = youdu::Addressing {
            to: Recipients {
                users: (0..users).map(|i| format!("u{i}")).collect(),
                ..Recipients::default()
            },
            split: true,
            to_all: None,
        };
        let built = match youdu::text(&content, on_long, &how) {
            Ok(built) => built,
            Err(e) => {
                prop_assert!(may_refuse(&content, on_long, youdu::TEXT_LIMIT), "{e}");
                return Ok(());
            }
        };
        let batches = users.div_ceil(youdu::LIMITS.users);
        prop_assert_eq!(built.messages.len() % batches, 0);
        for m in &built.messages {
            prop_assert!(m.to_user.split('|').count() <= youdu::LIMITS.users);
            let youdu::Body::Text { text } = &m.body else { unreachable!() };
            prop_assert!(chars(&text.content) <= youdu::TEXT_LIMIT);
            prop_assert!(!text.content.is_empty());
        }
    }

    #[test]
    fn fxiaoke_text_messages_are_within_limits(
        content in content(),
        on_long in on_long(),
        users in 1usize..1200,
    ) {
        let how = fxiaoke::Addressing {
            users: (0..users).map(|i| format!("FSUID_{i}")).collect(),
            split: true,
            ..fxiaoke::Addressing::default()
        };
        let built = match fxiaoke::text(&content, on_long, fxiaoke::TEXT_LIMIT, &how) {
            Ok(built) => built,
            Err(e) => {
                prop_assert!(may_refuse(&content, on_long, fxiaoke::TEXT_LIMIT), "{e}");
                return Ok(());
            }
        };
        for m in &built.messages {
            prop_assert!(m.to_user.len() <= fxiaoke::LIMITS.users && !m.to_user.is_empty());
            let fxiaoke::Body::Text { text } = &m.body else { unreachable!() };
            prop_assert!(chars(&text.content) <= fxiaoke::TEXT_LIMIT);
        }
    }

    #[test]
    fn wecom_text_messages_are_within_limits(
        content in content(),
        on_long in on_long(),
        users in 1usize..2500,
        tags in 0usize..250,
    ) {
        let how = wecom::Addressing {
            agent_id: 1000002,
            to: Recipients {
                users: (0..users).map(|i| format!("u{i}")).collect(),
                tags: (0..tags).map(|i| i.to_string()).collect(),
                ..Recipients::default()
            },
            split: true,
            ..wecom::Addressing::default()
        };
        let built = match wecom::text(&content, on_long, &how) {
            Ok(built) => built,
            Err(e) => {
                prop_assert!(may_refuse_bytes(&content, on_long, wecom::TEXT_LIMIT), "{e}");
                return Ok(());
            }
        };
        let batches = users.div_ceil(wecom::LIMITS.users).max(tags.div_ceil(wecom::LIMITS.tags));
        prop_assert_eq!(built.messages.len() % batches, 0);
        for m in &built.messages {
            let r = m.recipients();
            prop_assert!(r.users.len() <= wecom::LIMITS.users && r.tags.len() <= wecom::LIMITS.tags);
            let wecom::Body::Text { text } = &m.body else { unreachable!() };
            prop_assert!(text.content.len() <= wecom::TEXT_LIMIT && !text.content.is_empty());
        }
    }

    #[test]
    fn wecom_robot_markdown_is_within_limits_and_split_loses_nothing(
        content in content(),
        on_long in on_long(),
    ) {
        // Up to 2500 characters of up to 4 bytes: splitting happens at 4096 bytes.
        let doubled = format!("{content}{content}");
        let built = match wecom::robot::markdown(&doubled, on_long) {
            Ok(built) => built,
            Err(e) => {
                prop_assert!(may_refuse_bytes(&doubled, on_long, wecom::ROBOT_MARKDOWN_LIMIT), "{e}");
                return Ok(());
            }
        };
        let parts: Vec<&str> = built
            .messages
            .iter()
            .map(|m| match m {
                wecom::robot::Message::Markdown { markdown } => markdown.content.as_str(),
                _ => unreachable!(),
            })
            .collect();
        prop_assert!(parts.iter().all(|p| p.len() <= wecom::ROBOT_MARKDOWN_LIMIT));
        if parts.len() > 1 {
            let n = parts.len();
            let joined: String = parts.iter().enumerate().map(|(i, p)| body(p, i + 1, n)).collect();
            prop_assert_eq!(joined.as_str(), doubled.trim_end());
        }
    }

    #[test]
    fn wecom_news_fields_are_cut_or_refused_within_limits(
        articles in prop::collection::vec((field(200), prop::option::of(field(700))), 0..10),
    ) {
        let input: Vec<wecom::ArticleInput> = articles
            .iter()
            .map(|(title, description)| wecom::ArticleInput {
                title: title.clone(),
                description: description.clone(),
                url: "https://x".into(),
                picurl: None,
            })
            .collect();
        match wecom::robot::news(&input) {
            Err(_) => prop_assert!(
                input.is_empty()
                    || input.len() > wecom::MAX_ARTICLES
                    || input.iter().any(|a| a.title.trim().is_empty())
            ),
            Ok(built) => {
                let wecom::robot::Message::News { news } = &built.messages[0] else { unreachable!() };
                prop_assert_eq!(news.articles.len(), input.len());
                for a in &news.articles {
                    prop_assert!(a.title.len() <= wecom::TITLE_LIMIT && !a.title.is_empty());
                    prop_assert!(a.description.as_ref().is_none_or(|d| d.len() <= wecom::DESCRIPTION_LIMIT));
                }
            }
        }
    }

    #[test]
    fn youdu_articles_are_cut_or_refused_within_limits(
        articles in prop::collection::vec((field(80), content(), prop::option::of(field(150))), 0..7),
    ) {
        let input: Vec<youdu::ArticleInput> = articles
            .iter()
            .map(|(title, content, digest)| youdu::ArticleInput {
                title: title.clone(),
                content: content.clone(),
                digest: digest.clone(),
                media_id: "m".into(),
                show_front: None,
            })
            .collect();
        match youdu::mpnews(&input, &one_user()) {
            Err(_) => prop_assert!(
                input.is_empty()
                    || input.len() > youdu::MAX_ITEMS
                    || input.iter().any(|a| a.title.trim().is_empty() || a.content.trim().is_empty())
            ),
            Ok(built) => {
                let youdu::Body::Mpnews { mpnews } = &built.messages[0].body else { unreachable!() };
                prop_assert_eq!(mpnews.len(), input.len());
                for a in mpnews {
                    prop_assert!(chars(&a.title) <= youdu::TITLE_LIMIT && !a.title.is_empty());
                    prop_assert!(chars(&a.content) <= youdu::TEXT_LIMIT);
                    prop_assert!(a.digest.as_ref().is_none_or(|d| chars(d) <= youdu::DIGEST_LIMIT));
                }
            }
        }
    }

    #[test]
    fn youdu_exlinks_refuse_long_titles_and_cut_digests(
        items in prop::collection::vec((field(80), prop::option::of(field(150))), 0..7),
    ) {
        let input: Vec<youdu::ExlinkInput> = items
            .iter()
            .map(|(title, digest)| youdu::ExlinkInput {
                title: title.clone(),
                url: "https://x".into(),
                digest: digest.clone(),
                media_id: String::new(),
            })
            .collect();
        let title_ok = |t: &str| !t.trim().is_empty() && chars(t.trim()) <= youdu::TITLE_LIMIT;
        match youdu::exlink(&input, &one_user()) {
            Err(_) => prop_assert!(
                input.is_empty()
                    || input.len() > youdu::MAX_ITEMS
                    || input.iter().any(|i| !title_ok(&i.title))
            ),
            Ok(built) => {
                let youdu::Body::Exlink { exlink } = &built.messages[0].body else { unreachable!() };
                prop_assert_eq!(exlink.len(), input.len());
                prop_assert!(exlink.iter().all(|i| title_ok(&i.title)
                    && i.digest.as_ref().is_none_or(|d| chars(d) <= youdu::DIGEST_LIMIT)));
            }
        }
    }

    #[test]
    fn byte_fitting_keeps_the_limit_and_splitting_loses_nothing(
        content in content(),
        // Room for a label of up to 4 digits each side (14 bytes) and a 4-byte character:
        // with at most 2500 characters (10 000 bytes) and 20 bytes there are under 10 000 parts.
        limit in 20usize..2100,
        on_long in on_long(),
    ) {
        let len = content.len();
        match text::fit_in(Measure::Bytes, &content, limit, on_long, "content") {
            Err(_) => prop_assert!(on_long == OnLong::Fail && len > limit),
            Ok(fitted) => {
                // Every part is a String (valid UTF-8 by construction) within the byte limit.
                prop_assert!(fitted.parts.iter().all(|p| p.len() <= limit));
                if len <= limit {
                    prop_assert_eq!(&fitted.parts, &vec![content.clone()]);
                    prop_assert_eq!(fitted.truncated, None);
                } else if on_long == OnLong::Truncate {
                    prop_assert_eq!(fitted.parts.len(), 1);
                    let kept = &fitted.parts[0];
                    prop_assert!(content.starts_with(kept.as_str()));
                    // The longest prefix that fits: the next character would not.
                    let next = content[kept.len()..].chars().next().unwrap();
                    prop_assert!(kept.len() + next.len_utf8() > limit);
                    prop_assert_eq!(fitted.truncated, Some((len, len - kept.len())));
                } else {
                    let n = fitted.parts.len();
                    prop_assert!(n >= 2);
                    let joined: String = fitted
                        .parts
                        .iter()
                        .enumerate()
                        .map(|(i, p)| body(p, i + 1, n))
                        .collect();
                    prop_assert_eq!(joined, content);
                }
            }
        }
    }

    #[test]
    fn byte_truncating_never_cuts_a_character(s in "\\PC{0,50}", limit in 0usize..210) {
        let t = text::truncate_bytes(&s, limit);
        prop_assert!(s.starts_with(t) && t.len() <= limit);
        prop_assert!(t.len() == s.len() || t.len() + s[t.len()..].chars().next().unwrap().len_utf8() > limit);
    }

    #[test]
    fn truncating_never_cuts_a_character(s in "\\PC{0,50}", limit in 0usize..60) {
        let t = text::truncate(&s, limit);
        prop_assert!(s.starts_with(t));
        prop_assert_eq!(chars(t), limit.min(chars(&s)));
    }
}
