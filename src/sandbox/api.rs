//! The JSON API under `/api/`, for scripts, tests and the inbox page.

use serde_json::{Value, json};

use super::{Reply, Req, Side, Store};

pub(super) fn handle(req: &Req, store: &mut Store, sides: &[&dyn Side]) -> Reply {
    let path = req.path.trim_end_matches('/');
    let rest = path.strip_prefix("/api/").unwrap_or("");
    match (
        req.method.as_str(),
        rest.split_once('/').unwrap_or((rest, "")),
    ) {
        ("GET", ("messages", "")) => {
            let provider = req.param("provider");
            let to = req.param("to");
            let list: Vec<Value> = store
                .messages()
                .rev()
                .filter(|m| provider.is_none_or(|p| m.provider == p))
                .filter(|m| to.is_none_or(|t| m.to.iter().any(|r| r.contains(t))))
                .map(|m| m.to_json())
                .collect();
            Reply::json(&Value::Array(list))
        }
        ("GET", ("messages", id)) => match id.parse().ok().and_then(|id| store.message(id)) {
            Some(m) => Reply::json(&m.to_json()),
            None => not_found(&format!("no message {id}")),
        },
        ("DELETE", ("messages", "")) => {
            store.clear();
            Reply {
                status: 204,
                content_type: "text/plain".into(),
                body: Vec::new(),
            }
        }
        ("GET", ("media", id)) => match store.media(id) {
            Some(media) => Reply {
                status: 200,
                content_type: content_type(&media.bytes, &media.name).into(),
                body: media.bytes.clone(),
            },
            None => not_found(&format!("no media {id}")),
        },
        ("POST", ("faults", "")) => fault(req, store, sides),
        _ => not_found(&format!("no API {} {}", req.method, req.path)),
    }
}

/// `POST /api/faults` `{"provider","endpoint","errcode","count"}`: the next `count` (1 if not
/// given) requests of `provider` to `endpoint` are refused with `errcode`.
fn fault(req: &Req, store: &mut Store, sides: &[&dyn Side]) -> Reply {
    let Some(body) = req.json_object() else {
        return bad(r#"the body must be a JSON object {"provider","endpoint","errcode","count"}"#);
    };
    let provider = body.get("provider").and_then(Value::as_str).unwrap_or("");
    let Some(side) = sides.iter().find(|s| s.provider() == provider) else {
        let names: Vec<&str> = sides.iter().map(|s| s.provider()).collect();
        return bad(&format!(
            "provider {provider:?} is not one of {}",
            names.join(", ")
        ));
    };
    let endpoint = body.get("endpoint").and_then(Value::as_str).unwrap_or("");
    if !side.paths().contains(&endpoint) {
        return bad(&format!(
            "endpoint {endpoint:?} is not one of {provider}'s: {}",
            side.paths().join(", ")
        ));
    }
    let Some(errcode) = body
        .get("errcode")
        .and_then(Value::as_i64)
        .filter(|c| *c != 0)
    else {
        return bad("errcode must be a non-zero integer");
    };
    let count = match body.get("count") {
        None => 1,
        Some(c) => match c.as_u64().filter(|c| *c > 0) {
            Some(c) => c,
            None => return bad("count must be a positive integer"),
        },
    };
    store.add_fault(provider, endpoint, errcode, count);
    Reply::with_status(
        201,
        &json!({"provider": provider, "endpoint": endpoint, "errcode": errcode, "count": count}),
    )
}

/// The content type of an upload, from its first bytes, else its name.
fn content_type(bytes: &[u8], name: &str) -> &'static str {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        "image/png"
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        "image/jpeg"
    } else if bytes.starts_with(b"GIF8") {
        "image/gif"
    } else if bytes.starts_with(b"BM") && name.to_ascii_lowercase().ends_with(".bmp") {
        "image/bmp"
    } else if bytes.starts_with(b"%PDF") {
        "application/pdf"
    } else {
        "application/octet-stream"
    }
}

fn not_found(text: &str) -> Reply {
    Reply::with_status(404, &json!({ "error": text }))
}

fn bad(text: &str) -> Reply {
    Reply::with_status(400, &json!({ "error": text }))
}
