use super::*;
use serde_json::json;

fn fields(v: Value) -> Map<String, Value> {
    match v {
        Value::Object(m) => m,
        _ => unreachable!(),
    }
}

#[test]
fn only_a_body_with_the_duplicate_check_may_be_resent() {
    assert_eq!(duplicate_check(r#"{"msgtype":"text"}"#), None);
    assert_eq!(
        duplicate_check(r#"{"enable_duplicate_check":0,"duplicate_check_interval":600}"#),
        None
    );
    assert_eq!(
        duplicate_check(r#"{"enable_duplicate_check":1,"duplicate_check_interval":600}"#),
        Some(Duration::from_secs(600))
    );
    // The server's default interval.
    assert_eq!(
        duplicate_check(r#"{"enable_duplicate_check":1}"#),
        Some(Duration::from_secs(1800))
    );
}

#[test]
fn only_failures_after_sending_count_as_lost() {
    let url = "u".to_string();
    assert!(lost(&TransportError::Timeout { url: url.clone() }));
    assert!(lost(&TransportError::HttpStatus {
        url: url.clone(),
        status: 502
    }));
    assert!(!lost(&TransportError::HttpStatus {
        url: url.clone(),
        status: 404
    }));
    assert!(!lost(&TransportError::Connect {
        url,
        reason: "refused".into()
    }));
}

#[test]
fn invalid_recipients_are_named_and_listed() {
    let a = unreached(&fields(json!({
        "errcode": 0, "errmsg": "ok",
        "invaliduser": "bob|carol", "invalidparty": "", "invalidtag": "7",
    })));
    let said = a.said.unwrap();
    assert!(said.contains("users bob, carol"), "{said}");
    assert!(
        said.contains("tags 7") && !said.contains("departments"),
        "{said}"
    );
    assert_eq!(a.details["invalid_users"], json!(["bob", "carol"]));
    assert_eq!(a.details["invalid_depts"], json!([]));
    assert_eq!(a.details["invalid_tags"], json!(["7"]));
    assert_eq!(a.details["unlicensed_users"], json!([]));
    // Unlicensed users are in the visible range: their own reason.
    let a = unreached(&fields(json!({
        "errcode": 0, "errmsg": "ok", "invaliduser": "bob", "unlicenseduser": "carol|dave",
    })));
    assert_eq!(
        a.said.unwrap(),
        "not delivered to users bob (unknown, or outside the app's visible range); users without an interface licence (基础接口许可): carol, dave; the others got it"
    );
    assert_eq!(a.details["unlicensed_users"], json!(["carol", "dave"]));
    // Nothing unreached: nothing to say, but the lists are there for scripts.
    let a = unreached(&fields(json!({"errcode": 0, "errmsg": "ok"})));
    assert_eq!(a.said, None);
    assert_eq!(a.details["invalid_users"], json!([]));
    // Server text is escaped.
    let a = unreached(&fields(json!({"invaliduser": "x\u{1b}[31m"})));
    assert!(!a.said.unwrap().contains('\u{1b}'));
}

#[test]
fn the_trusted_ip_hint_names_the_address_the_server_saw() {
    let h = trusted_ip_hint(
        "not allow to access from your ip, hint: [1], from ip: 203.0.113.7, more info at https://x",
    );
    assert!(h.contains("203.0.113.7"), "{h}");
    assert!(h.contains("trusted IPs"), "{h}");
    let h = trusted_ip_hint("no ip here");
    assert!(h.starts_with("add this machine's public IP to"), "{h}");
}

#[test]
fn refusals_are_classed_as_the_contract_says() {
    assert_eq!(classify(40001, ApiCall::Token).0, Exit::Auth);
    assert_eq!(classify(UNTRUSTED_IP, ApiCall::Send).0, Exit::Refused);
    assert_eq!(classify(ALL_INVALID, ApiCall::Send).0, Exit::Refused);
    assert_eq!(classify(93000, ApiCall::Send).0, Exit::Auth);
    assert!(retried(45009, ApiCall::Send));
    assert!(retried(45033, ApiCall::Upload));
    assert!(retried(BUSY, ApiCall::Token));
    assert!(!retried(BUSY, ApiCall::Send));
    assert!(!retried(40001, ApiCall::Token));
    // A minute-level block is waited out.
    assert!(rate_wait(45009, 1) >= Duration::from_secs(60));
    assert!(rate_wait(45033, 1) < Duration::from_secs(2));
}

#[test]
fn uploads_carry_their_media_type() {
    assert_eq!(mime("image", "a.PNG"), "image/png");
    assert_eq!(mime("image", "a.jpg"), "image/jpeg");
    assert_eq!(mime("voice", "a.amr"), "audio/amr");
    assert_eq!(mime("file", "a.pdf"), "application/octet-stream");
}
