//! `corpmsg fxiaoke …` against the Fxiaoke emulator: both auth styles, trace ids, the token
//! cache, splitting, phone lookups, uploads and every error class's exit code.

use serde_json::{Value, json};

use crate::fx_support::*;
use crate::support::{Env, json_lines, stderr, stdout};

fn setup(auth: Auth, extra: &str) -> (Env, Fx) {
    let env = Env::new();
    let fx = Fx::start(auth);
    env.write_config(&fx.config(extra));
    (env, fx)
}

fn run(env: &Env, args: &[&str]) -> std::process::Output {
    env.cmd().args(args).output().unwrap()
}

fn sends(fx: &Fx) -> Vec<Value> {
    fx.seen_at(SEND).into_iter().map(|s| s.body).collect()
}

#[test]
fn oauth_sends_headers_and_converts_open_ids() {
    let (env, fx) = setup(Auth::Oauth, "");
    let out = run(&env, &["fxiaoke", "text", "-u", "FSUID_1", "Backup failed"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        out.stdout.is_empty() && out.stderr.is_empty(),
        "silent on success"
    );
    fx.assert_none_rejected();
    assert_eq!(
        sends(&fx),
        [
            json!({"toUser":["FSUID_1"],"convertUserId":true,"msgType":"text","text":{"content":"Backup failed"}})
        ]
    );
    assert_eq!(fx.seen_at(TOKEN)[0].body, json!({"credentials_ok": true}));
}

#[test]
fn legacy_puts_the_token_and_corp_id_in_the_body() {
    let (env, fx) = setup(Auth::Legacy, "to_user = [\"FSUID_1|FSUID_2\"]");
    let out = run(&env, &["fxiaoke", "text", "hello"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    fx.assert_none_rejected();
    // The emulator took corpAccessToken and corpId out of the body and checked them.
    assert_eq!(
        sends(&fx),
        [json!({"toUser":["FSUID_1","FSUID_2"],"msgType":"text","text":{"content":"hello"}})]
    );
    assert_eq!(fx.seen_at(LEGACY_TOKEN).len(), 1);
}

#[test]
fn twelve_hundred_recipients_go_in_three_requests_with_distinct_trace_ids() {
    let (env, fx) = setup(Auth::Oauth, "");
    let users: Vec<String> = (0..1200).map(|i| format!("FSUID_{i:04}")).collect();
    let out = run(
        &env,
        &["--json", "fxiaoke", "text", "-u", &users.join(","), "x"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    fx.assert_none_rejected();
    let sizes: Vec<usize> = sends(&fx)
        .iter()
        .map(|b| b["toUser"].as_array().unwrap().len())
        .collect();
    assert_eq!(sizes, [500, 500, 200]);
    let traces: Vec<String> = fx.seen().into_iter().map(|s| s.trace).collect();
    assert_eq!(traces.len(), 4, "one token request and three sends");
    for t in &traces {
        let u = uuid::Uuid::parse_str(t).unwrap();
        assert_eq!(u.get_version_num(), 4, "{t}");
        assert_eq!(t, &u.hyphenated().to_string(), "lower-case hyphenated form");
    }
    let distinct: std::collections::HashSet<&String> = traces.iter().collect();
    assert_eq!(distinct.len(), 4);
    let results = json_lines(&stdout(&out));
    assert_eq!(results.len(), 3);
    for r in &results {
        assert_eq!(r["provider"], "fxiaoke");
        assert_eq!(r["ok"], true);
        assert!(r["trace_id"].as_str().unwrap().starts_with("E-O.test-"));
    }
    assert_eq!(results[2]["recipients"], 200);
}

#[test]
fn no_split_refuses_over_500_before_any_request() {
    let (env, fx) = setup(Auth::Oauth, "");
    let users: Vec<String> = (0..501).map(|i| format!("FSUID_{i}")).collect();
    let out = run(
        &env,
        &["fxiaoke", "text", "--no-split", "-u", &users.join("|"), "x"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("501 recipients exceed the 500"));
    assert!(fx.seen().is_empty());
}

#[test]
fn the_token_is_cached_and_refreshed_once_when_refused() {
    let (env, fx) = setup(Auth::Oauth, "");
    for _ in 0..2 {
        let out = run(&env, &["fxiaoke", "text", "-u", "FSUID_1", "x"]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    }
    assert_eq!(fx.seen_at(TOKEN).len(), 1, "the second run used the cache");
    // The server forgets the token: 20016, a new token, the same message once more.
    fx.expire_tokens();
    let out = run(&env, &["--json", "fxiaoke", "text", "-u", "FSUID_1", "x"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(fx.seen_at(TOKEN).len(), 2);
    assert_eq!(fx.seen_at(SEND).len(), 4);
    assert_eq!(json_lines(&stdout(&out))[0]["attempts"], 2);
    // A fresh token refused as well: exit 4, and no third try.
    fx.answer(
        SEND,
        [
            json!({"errorCode": 20005, "errorMessage": "expired"}),
            json!({"errorCode": 20005, "errorMessage": "expired"}),
        ],
    );
    let out = run(&env, &["fxiaoke", "text", "-u", "FSUID_1", "x"]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(stderr(&out).contains("freshly fetched access token as well: errorCode 20005"));
    assert_eq!(fx.seen_at(SEND).len(), 6);
}

#[test]
fn a_token_refusal_is_exit_4_with_the_code() {
    let (env, fx) = setup(Auth::Legacy, "");
    env.write_config(&fx.config("").replace("secret-123", "wrong"));
    let out = run(&env, &["fxiaoke", "text", "-u", "FSUID_1", "x"]);
    assert_eq!(out.status.code(), Some(4));
    let err = stderr(&out);
    assert!(
        err.contains("access token request: errorCode 10006"),
        "{err}"
    );
    assert!(!err.contains("wrong"), "the secret is not echoed: {err}");
    assert!(fx.seen_at(SEND).is_empty());
}

#[test]
fn phone_numbers_resolve_once_a_day_and_unknown_ones_stop_the_send() {
    let (env, fx) = setup(Auth::Oauth, "");
    let out = run(
        &env,
        &[
            "-v",
            "fxiaoke",
            "text",
            "--to-mobile",
            "+86 138-0000-0002",
            "x",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("--to-mobile 13800000002 is FSUID_AAA2"));
    assert_eq!(
        fx.seen_at(BY_MOBILE)[0].body,
        json!({"mobile": "13800000002"})
    );
    assert_eq!(sends(&fx)[0]["toUser"], json!(["FSUID_AAA2"]));
    let again = run(
        &env,
        &["fxiaoke", "text", "--to-mobile", "13800000002", "x"],
    );
    assert_eq!(again.status.code(), Some(0));
    assert_eq!(fx.seen_at(BY_MOBILE).len(), 1, "cached");
    // An unknown number and a stopped employee: exit 2 naming it, nothing sent.
    for number in ["13700000000", "13900000003"] {
        let out = run(
            &env,
            &[
                "fxiaoke",
                "text",
                "-u",
                "FSUID_1",
                "--to-mobile",
                number,
                "x",
            ],
        );
        assert_eq!(out.status.code(), Some(2), "{number}");
        assert!(stderr(&out).contains(number) && stderr(&out).contains("nothing was sent"));
    }
    assert_eq!(sends(&fx).len(), 2);
    let bad = run(&env, &["fxiaoke", "text", "--to-mobile", "call me", "x"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("\"call me\" is not a mainland China phone number"));
    fx.assert_none_rejected();
}

#[test]
fn the_directory_listing_stands_in_when_the_lookup_is_not_served() {
    let (env, fx) = setup(Auth::Legacy, "");
    fx.answer(
        BY_MOBILE,
        [json!({"errorCode": 15002, "errorMessage": "no such api"})],
    );
    let out = run(
        &env,
        &[
            "fxiaoke",
            "text",
            "--to-mobile",
            "13800000001,13800000002",
            "x",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(fx.seen_at(USER_LIST).len(), 1);
    assert_eq!(fx.seen_at(BY_MOBILE).len(), 1);
    assert_eq!(sends(&fx)[0]["toUser"], json!(["FSUID_AAA1", "FSUID_AAA2"]));
}

#[test]
fn employee_ids_and_phone_numbers_go_in_separate_requests() {
    let (env, fx) = setup(Auth::Oauth, "user_id_kind = \"employee\"");
    let out = run(
        &env,
        &[
            "fxiaoke",
            "text",
            "-u",
            "1001",
            "--to-mobile",
            "13800000001",
            "x",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    fx.assert_none_rejected();
    let bodies = sends(&fx);
    assert_eq!(bodies[0]["toUser"], json!(["1001"]));
    assert!(bodies[0].get("convertUserId").is_none());
    assert_eq!(bodies[1]["toUser"], json!(["FSUID_AAA1"]));
    assert_eq!(bodies[1]["convertUserId"], true);
    let wrong = run(&env, &["fxiaoke", "text", "-u", "FSUID_1", "x"]);
    assert_eq!(wrong.status.code(), Some(2));
    assert!(stderr(&wrong).contains("user_id_kind"));
}

fn png(dir: &std::path::Path, name: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, b"\x89PNG\r\n\x1a\nnot really").unwrap();
    path
}

#[test]
fn articles_upload_each_cover_once_then_send() {
    for auth in [Auth::Oauth, Auth::Legacy] {
        let (env, fx) = setup(auth, "");
        let dir = env.dir.path();
        png(dir, "cover.png");
        std::fs::write(
            dir.join("a.toml"),
            "[[article]]\ntitle = \"One\"\ncontent = \"body\"\ncover = \"cover.png\"\n\n\
             [[article]]\ntitle = \"Two\"\nurl = \"https://x.example.com\"\ncover = \"./cover.png\"\nauthor = \"Ops\"\n",
        )
        .unwrap();
        let articles = dir.join("a.toml");
        let out = run(
            &env,
            &[
                "fxiaoke",
                "articles",
                "-u",
                "FSUID_1",
                "--articles",
                articles.to_str().unwrap(),
            ],
        );
        assert_eq!(out.status.code(), Some(0), "{auth:?}: {}", stderr(&out));
        fx.assert_none_rejected();
        let uploads = fx.uploads();
        assert_eq!(uploads.len(), 1, "{auth:?}");
        assert_eq!(uploads[0].0, "cover.png");
        assert_eq!(uploads[0].1, std::fs::read(dir.join("cover.png")).unwrap());
        let body = &sends(&fx)[0];
        assert_eq!(body["articles"][0]["coverImage"], "media-1");
        assert_eq!(body["articles"][1]["coverImage"], "media-1");
        assert_eq!(body["articles"][1]["type"], "URL");
        assert_eq!(body["convertMediaId"] == true, auth == Auth::Oauth);
    }
}

#[test]
fn upload_prints_the_media_id_and_image_sends_one_article() {
    let (env, fx) = setup(Auth::Oauth, "");
    let pic = png(env.dir.path(), "chart.PNG");
    let out = run(&env, &["fxiaoke", "upload", pic.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), "media-1\n");
    let out = run(
        &env,
        &[
            "fxiaoke",
            "image",
            "-u",
            "FSUID_1",
            "--title",
            "Chart",
            "--cover-media-id",
            "media-1",
            "--content",
            "See the chart",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(sends(&fx)[0]["articles"][0]["coverImage"], "media-1");
    // Not an image, or too long a title: exit 2 before any request.
    let txt = env.dir.path().join("notes.txt");
    std::fs::write(&txt, "x").unwrap();
    let out = run(&env, &["fxiaoke", "upload", txt.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("jpg, jpeg, png, gif or bmp"));
    let title = "t".repeat(46);
    let out = run(
        &env,
        &[
            "fxiaoke",
            "image",
            "-u",
            "FSUID_1",
            "--title",
            &title,
            "--cover",
            pic.to_str().unwrap(),
            "--content",
            "x",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--title is 46 characters; Fxiaoke allows at most 45"));
    assert_eq!(fx.uploads().len(), 1);
    fx.assert_none_rejected();
}

#[test]
fn composite_keeps_the_rows_in_order() {
    let (env, fx) = setup(Auth::Legacy, "");
    let out = run(
        &env,
        &[
            "fxiaoke",
            "composite",
            "-u",
            "FSUID_1",
            "--title",
            "Deploy",
            "--first",
            "02:00",
            "--field",
            "Service=billing",
            "--field",
            "Result=failed",
            "--remark",
            "Rolled back",
            "--link-title",
            "Details",
            "--link-url",
            "https://ci.example.com/512",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    fx.assert_none_rejected();
    assert_eq!(
        sends(&fx)[0]["composite"]["form"],
        json!([{"label":"Service","value":"billing"},{"label":"Result","value":"failed"}])
    );
    let mut seven = vec![
        "fxiaoke",
        "composite",
        "-u",
        "FSUID_1",
        "--title",
        "T",
        "--link-title",
        "L",
        "--link-url",
        "u",
    ];
    for _ in 0..7 {
        seven.extend(["--field", "a=b"]);
    }
    let out = run(&env, &seven);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("7 --field rows given; at most 6"));
}

#[test]
fn a_service_id_sends_through_the_service_endpoint() {
    let (env, fx) = setup(Auth::Oauth, "");
    let out = run(
        &env,
        &[
            "fxiaoke",
            "text",
            "-u",
            "FSUID_1",
            "--service-id",
            "FSAID_svc",
            "x",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    fx.assert_none_rejected();
    assert_eq!(fx.seen_at(SERVICE_SEND)[0].body["serviceId"], "FSAID_svc");
    assert!(fx.seen_at(SEND).is_empty());
}

/// Each class of refusal (Fxiaoke API: error codes) to its exit code, by code alone.
#[test]
fn error_codes_map_to_exit_codes() {
    let cases: [(i64, i32, &str, usize); 8] = [
        (20006, 4, "check app_id, app_secret and permanent_code", 1),
        (20017, 4, "credentials missing or wrong", 1),
        (30002, 5, "daily Open API quota", 1),
        (30003, 5, "resource pack", 1),
        (11016, 5, "addressed to: FSUID_1", 1),
        (20014, 5, "lacks a permission", 1),
        (-2, 5, "errorCode -2", 1),
        (99999, 5, "errorCode 99999", 1),
    ];
    for (code, exit, text, requests) in cases {
        let (env, fx) = setup(Auth::Oauth, "");
        fx.answer(
            SEND,
            [json!({"errorCode": code, "errorMessage": "就是不行"})],
        );
        let out = run(&env, &["fxiaoke", "text", "-u", "FSUID_1", "x"]);
        assert_eq!(out.status.code(), Some(exit), "{code}: {}", stderr(&out));
        assert!(stderr(&out).contains(text), "{code}: {}", stderr(&out));
        assert_eq!(fx.seen_at(SEND).len(), requests, "{code}: not retried");
    }
}

#[test]
fn a_rate_limit_refusal_is_retried_with_backoff() {
    let (env, fx) = setup(Auth::Oauth, "");
    fx.answer(SEND, [json!({"errorCode": 14001, "errorMessage": "limit"})]);
    let out = run(
        &env,
        &["--retries", "1", "fxiaoke", "text", "-u", "FSUID_1", "x"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(fx.seen_at(SEND).len(), 2);
    let (env, fx) = setup(Auth::Oauth, "");
    fx.answer(SEND, [json!({"errorCode": 30004, "errorMessage": "limit"})]);
    let out = run(
        &env,
        &["--retries", "0", "fxiaoke", "text", "-u", "FSUID_1", "x"],
    );
    assert_eq!(out.status.code(), Some(5));
    assert!(stderr(&out).contains("rate limited"));
    assert_eq!(fx.seen_at(SEND).len(), 1);
}

#[test]
fn a_web_page_or_redirect_is_exit_6_with_a_host_hint() {
    let env = Env::new();
    let server = httpmock::MockServer::start();
    server.mock(|when, then| {
        when.any_request();
        then.status(302)
            .header("location", "https://www.fxiaoke.com/")
            .body("<html>moved</html>");
    });
    env.write_config(&format!(
        "[profiles.crm]\nprovider = \"fxiaoke\"\nurl = \"{}\"\napp_id = \"{APP_ID}\"\napp_secret = \"s\"\npermanent_code = \"p\"\nauth = \"legacy\"\n",
        server.base_url()
    ));
    let out = run(&env, &["fxiaoke", "text", "-u", "FSUID_1", "x"]);
    assert_eq!(out.status.code(), Some(6));
    assert!(
        stderr(&out).contains("redirect instead of an API answer"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("www.fxiaoke.com"));
}

#[test]
fn verbose_shows_both_trace_ids() {
    let (env, fx) = setup(Auth::Oauth, "");
    let out = run(&env, &["-v", "fxiaoke", "text", "-u", "FSUID_1", "x"]);
    assert_eq!(out.status.code(), Some(0));
    let sent = &fx.seen_at(SEND)[0].trace;
    let err = stderr(&out);
    assert!(err.contains(&format!("thirdTraceId {sent}")), "{err}");
    assert!(err.contains("traceId E-O.test-"), "{err}");
}

#[test]
fn environment_variables_make_a_profile_of_their_own() {
    let env = Env::new();
    let fx = Fx::start(Auth::Legacy);
    let out = env
        .cmd()
        .env("CORPMSG_FXIAOKE_URL", fx.server.base_url())
        .env("CORPMSG_FXIAOKE_APP_ID", APP_ID)
        .env("CORPMSG_FXIAOKE_APP_SECRET", SECRET)
        .env("CORPMSG_FXIAOKE_PERMANENT_CODE", CODE)
        .env("CORPMSG_FXIAOKE_AUTH", "legacy")
        .args(["fxiaoke", "text", "-u", "FSUID_1", "from CI"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    fx.assert_none_rejected();
    assert_eq!(fx.seen_at(SEND).len(), 1);
}

#[test]
fn oauth_without_user_id_is_a_config_error() {
    let env = Env::new();
    env.write_config(
        "[profiles.crm]\nprovider = \"fxiaoke\"\napp_id = \"FSAID_1\"\napp_secret = \"s\"\npermanent_code = \"p\"\n",
    );
    let out = run(&env, &["fxiaoke", "text", "-u", "FSUID_1", "x"]);
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr(&out).contains("profile `crm`: `user_id` is missing"));
}

#[test]
fn dry_run_needs_no_config_and_shows_placeholders() {
    let env = Env::new();
    let pic = png(env.dir.path(), "c.png");
    let out = run(
        &env,
        &[
            "-n",
            "fxiaoke",
            "image",
            "--to-mobile",
            "13800000001",
            "--title",
            "T",
            "--cover",
            pic.to_str().unwrap(),
            "--content",
            "x",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let lines = json_lines(&stdout(&out));
    assert_eq!(
        lines[0],
        json!({"provider":"fxiaoke","endpoint":"/media/upload/message","file":pic.display().to_string(),"type":"image"})
    );
    assert_eq!(lines[1]["endpoint"], "/cgi/message/send");
    assert_eq!(
        lines[1]["payload"]["toUser"],
        json!(["dry-run:mobile:13800000001"])
    );
    assert_eq!(
        lines[1]["payload"]["articles"][0]["coverImage"],
        "dry-run:c.png"
    );
}

#[test]
fn secrets_never_reach_the_output() {
    for auth in [Auth::Oauth, Auth::Legacy] {
        let (env, fx) = setup(auth, "");
        let pic = png(env.dir.path(), "c.png");
        fx.expire_tokens();
        let out = run(
            &env,
            &[
                "-vv",
                "--json",
                "fxiaoke",
                "image",
                "-u",
                "FSUID_1",
                "--to-mobile",
                "13800000001",
                "--title",
                "T",
                "--cover",
                pic.to_str().unwrap(),
                "--content",
                "x",
            ],
        );
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let all = format!("{}{}", stdout(&out), stderr(&out));
        assert!(all.contains("debug: POST"), "-vv shows the requests");
        for secret in [SECRET, CODE, "tok-1"] {
            assert!(!all.contains(secret), "{auth:?} printed {secret}: {all}");
        }
    }
}

#[test]
fn a_5xx_is_exit_6_and_never_retried_whatever_its_body_says() {
    let (env, fx) = setup(Auth::Oauth, "");
    let out = run(
        &env,
        &["fxiaoke", "text", "-u", "FSUID_1", "warm the cache"],
    );
    assert_eq!(out.status.code(), Some(0));
    // A gateway in front of the API answers 502 with a rate-limit body: it may have passed
    // the message on, so it is neither retried nor refreshed.
    let server = httpmock::MockServer::start();
    let send = server.mock(|when, then| {
        when.path(SEND);
        then.status(502)
            .json_body(json!({"errorCode": -1, "errorMessage": "busy"}));
    });
    let text = fx
        .config("")
        .replace(&fx.server.base_url(), &server.base_url());
    env.write_config(&text);
    // The cache is keyed by URL among others: the new server issues its own token.
    let token = server.mock(|when, then| {
        when.path(TOKEN);
        then.status(200)
            .json_body(json!({"errorCode": 0, "errorMessage": "OK",
            "accessToken": "tok-502", "expiresIn": 7200, "ea": EA}));
    });
    let out = run(
        &env,
        &["--retries", "2", "fxiaoke", "text", "-u", "FSUID_1", "x"],
    );
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("answered HTTP 502"),
        "{}",
        stderr(&out)
    );
    send.assert_calls(1);
    token.assert_calls(1);
}

#[test]
fn local_checks_refuse_before_any_request() {
    let (env, fx) = setup(Auth::Oauth, "");
    let empty = env.dir.path().join("empty.png");
    std::fs::write(&empty, b"").unwrap();
    let out = run(&env, &["fxiaoke", "upload", empty.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("is empty"));
    let out = run(
        &env,
        &[
            "fxiaoke",
            "text",
            "-u",
            "FSUID_1",
            "--service-id",
            "svc",
            "x",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--service-id \"svc\" is not a service account id"));
    let out = run(
        &env,
        &["fxiaoke", "text", "--to-mobile", "+1 555 123 4567", "x"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(fx.seen().is_empty());
    env.write_config(&fx.config("to_user = [\"1000\"]"));
    let out = run(&env, &["fxiaoke", "text", "x"]);
    assert_eq!(out.status.code(), Some(3));
    assert!(
        stderr(&out)
            .contains("profile `crm`: `to_user` holds \"1000\", which is not an open user id"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_quota_refusal_of_the_token_request_is_exit_4() {
    let (env, fx) = setup(Auth::Oauth, "");
    fx.answer(
        TOKEN,
        [json!({"errorCode": 30002, "errorMessage": "quota"})],
    );
    let out = run(&env, &["fxiaoke", "text", "-u", "FSUID_1", "x"]);
    assert_eq!(out.status.code(), Some(4));
    assert!(stderr(&out).contains("daily Open API quota"));
}

#[test]
fn a_dry_run_follows_the_environment_profile_auth_style() {
    let env = Env::new();
    let out = env
        .cmd()
        .env("CORPMSG_FXIAOKE_APP_ID", APP_ID)
        .env("CORPMSG_FXIAOKE_AUTH", "legacy")
        .args(["-n", "fxiaoke", "text", "-u", "FSUID_1", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let line = &json_lines(&stdout(&out))[0];
    assert!(line["payload"].get("convertUserId").is_none(), "{line}");
}

#[test]
fn text_is_cut_at_corpmsgs_own_limit_unless_the_profile_sets_text_limit() {
    let long = "a".repeat(4500);
    // The default: cut at 4000, with a warning that says whose limit it is.
    let (env, fx) = setup(Auth::Oauth, "");
    let out = run(&env, &["fxiaoke", "text", "-u", "FSUID_1", &long]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "warning: content is 4500 characters; corpmsg cuts Fxiaoke text at 4000 (its own safety limit; raise it with text_limit in the profile): the last 500 were cut (--on-long split sends it all)\n"
    );
    assert_eq!(sends(&fx)[0]["text"]["content"], "a".repeat(4000));

    // A profile's text_limit: 4500 characters go out whole, with fxiaoke text and with send.
    let (env, fx) = setup(Auth::Oauth, "text_limit = 5000");
    let out = run(&env, &["fxiaoke", "text", "-u", "FSUID_1", &long]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
    let out = run(&env, &["send", "-p", "crm", "-u", "FSUID_1", &long]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
    let sent = sends(&fx);
    assert_eq!(sent.len(), 2);
    assert!(sent.iter().all(|m| m["text"]["content"] == long.as_str()));
    // `run` fits its report to the same limit: 4500 characters of output are all kept.
    let out = run(
        &env,
        &[
            "run",
            "-p",
            "crm",
            "-u",
            "FSUID_1",
            "--tail",
            "50",
            "--",
            "sh",
            "-c",
            "for i in $(seq 45); do printf '%099d\\n' $i; done; exit 3",
        ],
    );
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let report = sends(&fx)[2]["text"]["content"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        report.chars().count() > 4000 && report.chars().count() <= 5000,
        "{}",
        report.chars().count()
    );
    assert!(
        report.contains(&format!("{:099}\n", 1)),
        "the first line is kept: {report}"
    );
    // config show says what is in force.
    let out = run(&env, &["config", "show"]);
    assert!(
        stdout(&out).contains("text_limit = 5000\n"),
        "{}",
        stdout(&out)
    );

    // Lower, with split: two messages of at most 3000.
    let (env, fx) = setup(Auth::Oauth, "text_limit = 3000");
    let out = run(
        &env,
        &[
            "fxiaoke",
            "text",
            "--on-long",
            "split",
            "-u",
            "FSUID_1",
            &long,
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let sent = sends(&fx);
    assert_eq!(sent.len(), 2);
    assert!(
        sent.iter()
            .all(|m| m["text"]["content"].as_str().unwrap().chars().count() <= 3000)
    );
}

#[test]
fn a_user_id_that_cannot_travel_in_a_header_is_a_config_error() {
    let env = Env::new();
    let fx = Fx::start(Auth::Oauth);
    env.write_config(
        &fx.config("")
            .replace("user_id = \"1000\"", "user_id = \"10\\u007F00\""),
    );
    // It was exit 1, "cannot build the request", after the token request.
    let out = run(&env, &["fxiaoke", "text", "-u", "FSUID_1", "hi"]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("profile `crm`: `user_id` holds a space, a control"),
        "{}",
        stderr(&out)
    );
    env.write_config(&fx.config(""));
    let out = env
        .cmd()
        .env("CORPMSG_FXIAOKE_USER_ID", "10 00")
        .args(["fxiaoke", "text", "-u", "FSUID_1", "hi"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("CORPMSG_FXIAOKE_USER_ID"),
        "{}",
        stderr(&out)
    );
    assert!(fx.seen().is_empty());
}

#[test]
fn a_bad_text_limit_is_a_config_error_naming_the_key() {
    for bad in ["0", "-1", "100001", "\"5000\"", "4000.5"] {
        let (env, fx) = setup(Auth::Oauth, &format!("text_limit = {bad}"));
        let out = run(&env, &["fxiaoke", "text", "-u", "FSUID_1", "hi"]);
        assert_eq!(out.status.code(), Some(3), "{bad}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(
            err.starts_with("error: ") && err.contains("profile `crm`: `text_limit`"),
            "{bad}: {err}"
        );
        assert!(fx.seen().is_empty(), "{bad}");
    }
    let (env, _fx) = setup(Auth::Oauth, "text_limit = 0");
    let out = run(&env, &["fxiaoke", "text", "-u", "FSUID_1", "hi"]);
    assert!(
        stderr(&out).contains("`text_limit` is 0; give a number of characters from 1 to 100000"),
        "{}",
        stderr(&out)
    );
}
