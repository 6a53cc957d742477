//! What the provider emulators share: an httpmock server whose every endpoint is one handler
//! over the emulator's state, and the scripts of answers those handlers consult.

use std::sync::{Arc, Mutex};

use httpmock::{HttpMockRequest, HttpMockResponse, MockServer};

/// Serves each of `paths` on `server` with `handle` over `state`: one mock per endpoint, for
/// any method, whose answer is whatever the handler makes of the request and the state.
pub fn serve<S, H>(server: &MockServer, state: &Arc<Mutex<S>>, paths: &[&'static str], handle: H)
where
    S: Send + 'static,
    H: Fn(&Mutex<S>, &'static str, &HttpMockRequest) -> HttpMockResponse
        + Clone
        + Send
        + Sync
        + 'static,
{
    for &path in paths {
        let state = state.clone();
        let handle = handle.clone();
        server.mock(|when, then| {
            when.path(path);
            then.respond_with(move |req| handle(&state, path, req));
        });
    }
}

/// What httpmock 0.8 answers a request that no mock matches: HTTP 404 with its JSON message.
pub fn unmatched() -> HttpMockResponse {
    HttpMockResponse::builder()
        .status(404)
        .header("content-type", "application/json")
        .body(r#"{"message":"Request did not match any route or mock"}"#)
        .build()
}

/// The value of a request's header `name` (any case).
pub fn header(req: &HttpMockRequest, name: &str) -> Option<String> {
    req.headers_vec()
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.clone())
}

/// One scripted answer: for requests to `path` that `accepts` takes, at most `uses` times
/// (`None`: until deleted).
struct Rule<C, A> {
    path: &'static str,
    accepts: Box<dyn Fn(&C) -> bool + Send>,
    answer: A,
    uses: Option<usize>,
    calls: usize,
    deleted: bool,
}

/// The answers a test scripted, per endpoint, over what a handler made of a request (`C`).
///
/// httpmock's rule: rules are tried in the order they were added and the first that takes a
/// request answers it; a rule counts only the requests it answered. A rule used up or deleted
/// takes no more requests but keeps its count.
pub struct Script<C, A> {
    rules: Vec<Rule<C, A>>,
}

impl<C, A> Default for Script<C, A> {
    fn default() -> Self {
        Script { rules: Vec::new() }
    }
}

impl<C, A: Clone> Script<C, A> {
    /// Adds a rule after the others; returns its id.
    pub fn add(
        &mut self,
        path: &'static str,
        accepts: impl Fn(&C) -> bool + Send + 'static,
        answer: A,
        uses: Option<usize>,
    ) -> usize {
        self.rules.push(Rule {
            path,
            accepts: Box::new(accepts),
            answer,
            uses,
            calls: 0,
            deleted: false,
        });
        self.rules.len() - 1
    }

    /// The first live rule for `path` that takes `call`, counted as used: its id and answer.
    pub fn answer(&mut self, path: &str, call: &C) -> Option<(usize, A)> {
        let (id, rule) = self.rules.iter_mut().enumerate().find(|(_, r)| {
            r.path == path && !r.deleted && r.uses != Some(0) && (r.accepts)(call)
        })?;
        rule.calls += 1;
        if let Some(n) = &mut rule.uses {
            *n -= 1;
        }
        Some((id, rule.answer.clone()))
    }

    /// How many requests rule `id` answered.
    pub fn calls(&self, id: usize) -> usize {
        self.rules[id].calls
    }

    /// Stops rule `id` taking requests.
    pub fn delete(&mut self, id: usize) {
        self.rules[id].deleted = true;
    }
}
