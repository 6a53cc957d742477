use super::*;

#[test]
fn codes_map_to_their_classes() {
    assert_eq!(classify(10006, ApiCall::Token).0, Exit::Auth);
    assert_eq!(
        classify(30002, ApiCall::Token),
        (Exit::Auth, DAILY_QUOTA_HINT)
    );
    assert_eq!(classify(14001, ApiCall::Token).0, Exit::Refused);
    assert_eq!(classify(20016, ApiCall::Send).0, Exit::Auth);
    assert_eq!(classify(20006, ApiCall::Send).0, Exit::Auth);
    assert_eq!(classify(20017, ApiCall::Send).0, Exit::Auth);
    for refused in [
        30002, 30003, 14001, 11016, 20012, 20014, 15003, -2, 50009, 12005, 99,
    ] {
        assert_eq!(
            classify(refused, ApiCall::Send).0,
            Exit::Refused,
            "{refused}"
        );
    }
    assert!(classify(30003, ApiCall::Send).1.contains("resource pack"));
    assert!(classify(11016, ApiCall::Send).1.contains("user_id_kind"));
}

#[test]
fn system_busy_is_retried_only_where_nothing_can_be_delivered() {
    assert!(retried(BUSY, ApiCall::Token) && retried(BUSY, ApiCall::Lookup));
    assert!(!retried(BUSY, ApiCall::Send) && !retried(BUSY, ApiCall::Upload));
    assert!(retried(14001, ApiCall::Send));
    assert_eq!(classify(BUSY, ApiCall::Send), (Exit::Refused, BUSY_HINT));
    let busy = TransportError::Refused {
        call: ApiCall::Lookup,
        key: "errorCode",
        code: BUSY,
        message: "busy".into(),
        hint: "",
        exit: Exit::Refused,
    };
    assert!(
        !lookup_unsupported(&busy),
        "a busy server is not an API that is not served"
    );
}

#[test]
fn rate_backoff_doubles_to_twenty_seconds() {
    for (retry, base) in [
        (1, 2.0),
        (2, 4.0),
        (3, 8.0),
        (4, 16.0),
        (5, 20.0),
        (9, 20.0),
    ] {
        let d = rate_backoff(retry).as_secs_f64();
        assert!(d >= base * 0.75 && d <= base * 1.25, "{retry}: {d}");
    }
}

#[test]
fn employees_are_active_unless_stopped_or_inactive() {
    let e = |v: Value| employee(&v).map(|e| e.active);
    assert_eq!(
        e(serde_json::json!({"openUserId":"FSUID_1","mobile":"1"})),
        Some(true)
    );
    assert_eq!(
        e(serde_json::json!({"openUserId":"FSUID_1","isStop":true})),
        Some(false)
    );
    assert_eq!(
        e(serde_json::json!({"openUserId":"FSUID_1","isActive":false})),
        Some(false)
    );
    assert_eq!(
        e(serde_json::json!({"openUserId":"FSUID_1","status":"STOPPED"})),
        Some(false)
    );
    assert_eq!(e(serde_json::json!({"name":"no id"})), None);
}

#[test]
fn mobile_lookups_are_kept_for_a_day() {
    let dir = tempfile::tempdir().unwrap();
    let http = Http::new(
        &super::super::http::NetOptions::default(),
        Default::default(),
    )
    .unwrap();
    let cache = MobileCache {
        file: Some(dir.path().join("m.json")),
        report: &http,
        lock_wait: Duration::from_secs(5),
    };
    cache
        .put(&[("13800000001".into(), "FSUID_A".into())], 1000)
        .unwrap();
    assert_eq!(
        cache.get("13800000001", 1000 + MOBILE_TTL - 1).as_deref(),
        Some("FSUID_A")
    );
    assert_eq!(cache.get("13800000001", 1000 + MOBILE_TTL), None);
    assert_eq!(cache.get("13800000002", 1000), None);
}
