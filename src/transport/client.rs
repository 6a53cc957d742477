//! What the delivery engine needs of any provider's client, and the requests it sends: a
//! provider's client implements [`Client`], and its payload builders' messages become
//! [`Request`]s.

use std::fs::File;
use std::io;

use serde::Serialize;
use serde_json::value::RawValue;

use super::{Outcome, TransportError};
use crate::payload::recipients::Recipients;

/// One request of any provider, ready to send: where it goes, its JSON body as the payload
/// layer serialised it (so that a dry run shows the bytes that would be sent), and whom it
/// names.
#[derive(Debug)]
pub(crate) struct Request {
    pub endpoint: &'static str,
    pub body: Box<RawValue>,
    pub to: Recipients,
}

impl Request {
    pub(crate) fn new(endpoint: &'static str, message: &impl Serialize, to: Recipients) -> Self {
        let json = serde_json::to_string(message).expect("a message serialises");
        Request {
            endpoint,
            body: RawValue::from_string(json).expect("serde_json writes valid JSON"),
            to,
        }
    }
}

/// The requests of one message, in sending order, and the warnings about what was cut.
#[derive(Debug)]
pub(crate) struct Outgoing {
    pub requests: Vec<Request>,
    pub warnings: Vec<String>,
}

impl Outgoing {
    /// `messages` as requests to `endpoint`, each addressed to what `to` gives.
    pub(crate) fn new<M: Serialize>(
        endpoint: &'static str,
        messages: &[M],
        to: impl Fn(&M) -> Recipients,
        warnings: Vec<String>,
    ) -> Self {
        Outgoing {
            requests: messages
                .iter()
                .map(|m| Request::new(endpoint, m, to(m)))
                .collect(),
            warnings,
        }
    }
}

/// What the server said on accepting a request, beyond "ok".
#[derive(Debug, Default)]
pub(crate) struct Accepted {
    /// A note for a warning: a Youdu `errmsg` listing invalid accounts, the WeCom recipients
    /// that were not reached.
    pub said: Option<String>,
    /// Fields added to the request's `--json` result (WeCom's `invalid_users`, …).
    pub details: serde_json::Map<String, serde_json::Value>,
}

impl Accepted {
    /// Accepted with a note, or with nothing to say.
    pub(crate) fn saying(said: Option<String>) -> Self {
        Accepted {
            said,
            details: serde_json::Map::new(),
        }
    }
}

/// What `config check --online` could check of a profile's credentials.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Online {
    /// A new access token was fetched with them.
    TokenFetched,
    /// The provider has no call that changes nothing (a WeCom group robot): what was
    /// checked instead.
    Offline(&'static str),
}

/// Whether a failed request may be sent later (the outbox).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Later {
    /// No: it was refused, or it may have arrived.
    No,
    /// Yes, any time: it certainly took no effect.
    Yes,
}

/// A provider's client for one profile, as the engine drives it.
pub(crate) trait Client {
    /// Sends one request; on success, what the server said beyond "ok".
    fn send(&self, request: &Request) -> Outcome<Accepted>;

    /// Reads `file` (`len` bytes) and uploads it as `name` of media type `kind`; returns its
    /// media id. An error reading the file is the `io::Error`.
    fn upload(&self, file: File, len: u64, name: &str, kind: &str) -> io::Result<Outcome<String>>;

    /// Checks the profile's credentials with the server where that sends nothing: fetches a
    /// new access token, neither from the cache nor stored (`config check --online`).
    fn check_online(&self) -> Result<Online, TransportError>;

    /// Whether `request` (an upload when `None`), failed with `error`, may be sent later:
    /// when it never reached the server; a provider adds its rate-limit refusals.
    fn later(&self, _request: Option<&Request>, error: &TransportError) -> Later {
        match error.never_arrived() {
            true => Later::Yes,
            false => Later::No,
        }
    }

    /// What to tell the user after `request` failed with `error`, beyond the error itself.
    fn hint(&self, _request: &Request, _error: &TransportError) -> Option<String> {
        None
    }

    /// What to tell the user after an upload failed with `error`, beyond the error itself.
    fn upload_hint(&self, _error: &TransportError) -> Option<String> {
        None
    }
}

impl<C: Client + ?Sized> Client for Box<C> {
    fn send(&self, request: &Request) -> Outcome<Accepted> {
        (**self).send(request)
    }

    fn upload(&self, file: File, len: u64, name: &str, kind: &str) -> io::Result<Outcome<String>> {
        (**self).upload(file, len, name, kind)
    }

    fn check_online(&self) -> Result<Online, TransportError> {
        (**self).check_online()
    }

    fn hint(&self, request: &Request, error: &TransportError) -> Option<String> {
        (**self).hint(request, error)
    }

    fn later(&self, request: Option<&Request>, error: &TransportError) -> Later {
        (**self).later(request, error)
    }

    fn upload_hint(&self, error: &TransportError) -> Option<String> {
        (**self).upload_hint(error)
    }
}
