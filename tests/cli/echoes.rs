//! Servers and proxies that echo what they were sent: no key, secret, token or proxy password
//! known to the run reaches the output, in any form it was sent in.

use base64::Engine;
use serde_json::json;

use crate::fx_support::{Auth, Fx, TOKEN};
use crate::raw::{RawServer, Reply};
use crate::support::{Canned, Env, GETTOKEN, KEY, stderr, stdout, youdu_env};

/// Both outputs of a run, checked for each of `secrets`.
fn assert_hidden(out: &std::process::Output, secrets: &[&str]) {
    let all = format!("{}{}", stdout(out), stderr(out));
    for s in secrets {
        assert!(!all.contains(s), "{s:?} is in the output:\n{all}");
    }
    assert!(all.contains("***"), "nothing was masked:\n{all}");
}

#[test]
fn a_youdu_errmsg_echoing_the_aes_key_is_masked() {
    let (env, yd) = youdu_env();
    let _token = yd.token("t");
    let short = &KEY[..43];
    let (send, _) = yd.send(
        "t",
        |_| true,
        json!({"errcode": 40009, "errmsg": format!("bad key {KEY}; as given: {short}; escaped: {}",
            KEY.replace('/', "\\/"))}),
    );
    let out = env
        .cmd()
        .args(["youdu", "text", "-u", "alice", "hi"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    send.assert_calls(1);
    assert_hidden(&out, &[short, &KEY.replace('/', "\\/")[..30]]);
}

#[test]
fn a_token_endpoint_echoing_a_still_valid_token_is_masked() {
    let env = Env::new();
    let fx = Fx::start(Auth::Oauth);
    env.write_config(&fx.config(""));
    let run = || {
        env.cmd()
            .args(["fxiaoke", "text", "-u", "FSUID_1", "hi"])
            .output()
            .unwrap()
    };
    assert_eq!(run().status.code(), Some(0));
    let issued = fx.issued_tokens();
    let [cached] = issued.as_slice() else {
        panic!("{issued:?}")
    };
    // The cached token is refused as expired; the token endpoint then echoes it, bare and as
    // a JSON field with a space after the colon.
    fx.expire_tokens();
    fx.answer(
        TOKEN,
        [json!({"errorCode": 10006, "traceId": "E-O.1",
            "errorMessage": format!("{cached} is still valid; {{\"accessToken\": \"{cached}\"}}")})],
    );
    let out = run();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert_hidden(&out, &[cached]);
}

#[test]
fn a_youdu_token_endpoint_echoing_the_refused_token_is_masked() {
    let (env, yd) = youdu_env();
    let mut first = yd.token("yd-still-valid-token");
    let (mut ok, _) = yd.send_ok("yd-still-valid-token");
    let run = || {
        env.cmd()
            .args(["youdu", "text", "-u", "alice", "hi"])
            .output()
            .unwrap()
    };
    assert_eq!(run().status.code(), Some(0));
    first.delete();
    ok.delete();
    let _expired = yd.send(
        "yd-still-valid-token",
        |_| true,
        json!({"errcode": 100001, "errmsg": "expired"}),
    );
    let _echo = yd.reply(
        GETTOKEN,
        Canned::json(json!({"errcode": 40001,
            "errmsg": "yd-still-valid-token is valid: \"accessToken\": \"yd-still-valid-token\""})),
    );
    let out = run();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert_hidden(&out, &["yd-still-valid-token"]);
}

/// A proxy that answers every request with an API error whose message is the request head,
/// its `Proxy-Authorization` line first.
fn echoing_proxy(field: &'static str, code: &'static str) -> RawServer {
    RawServer::start(move |req, _| {
        let auth = req
            .head
            .lines()
            .find(|l| l.to_ascii_lowercase().starts_with("proxy-authorization"))
            .unwrap_or("no proxy-authorization")
            .to_string();
        Reply::json(
            200,
            json!({code: 40001, field: format!("{auth} | {}", req.head)}),
        )
    })
}

#[test]
fn a_proxy_echoing_its_basic_credentials_never_shows_them() {
    let user_pass = "bob:pa/ss@w0rd";
    let basic = base64::engine::general_purpose::STANDARD.encode(user_pass);
    for (provider, field, code) in [
        ("youdu", "errmsg", "errcode"),
        ("fxiaoke", "errorMessage", "errorCode"),
    ] {
        let proxy = echoing_proxy(field, code);
        let env = Env::new();
        let (_yd_env, yd) = youdu_env();
        let config = match provider {
            "youdu" => yd.config(""),
            _ => Fx::start(Auth::Oauth).config(""),
        };
        // A host that only the proxy reaches.
        let url = config
            .lines()
            .find_map(|l| l.strip_prefix("url = "))
            .unwrap()
            .trim_matches('"')
            .to_string();
        env.write_config(&config.replace(&url, "http://corpmsg-api.invalid:7080"));
        let out = env
            .cmd()
            .args([
                "--proxy",
                &format!("http://bob:pa%2Fss%40w0rd@127.0.0.1:{}", proxy.port),
                provider,
                "text",
                "-u",
                "FSUID_1",
                "hi",
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(4), "{provider}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("Basic ***"),
            "{provider}: {}",
            stderr(&out)
        );
        assert_hidden(&out, &[&basic, "pa/ss@w0rd", "pa%2Fss%40w0rd"]);
    }
}
