//! The documented exit codes, and the one function that maps an error to them.

use std::io;

use crate::cmd::input::InputError;
use crate::config::ConfigError;
use crate::payload::PayloadError;
use crate::transport::TransportError;
use crate::transport::http::ClientError;

/// Exit codes of the command-line contract (`cli.md`, Exit codes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Everything was sent.
    Sent = 0,
    /// Unexpected internal error.
    Internal = 1,
    /// Usage or input error: bad flags, empty content, unreadable file, too long with `fail`.
    Usage = 2,
    /// Config error: no config or profile, bad TOML, missing or malformed field.
    Config = 3,
    /// The token request was refused.
    Auth = 4,
    /// The API refused the message; nothing was delivered.
    Refused = 5,
    /// Connect, timeout, TLS, HTTP error status or a non-JSON answer.
    Network = 6,
    /// Some requests of a split message were accepted and some failed.
    Partial = 7,
}

impl Exit {
    pub fn code(self) -> u8 {
        self as u8
    }

    /// Of two failures, the one with the higher code (for a single exit status that must
    /// stand for both).
    pub fn max_by_code(self, other: Exit) -> Exit {
        if other.code() > self.code() {
            other
        } else {
            self
        }
    }
}

/// An error whose details were already printed (one `error:` line per failed request); it only
/// carries the summary and the exit code the run ends with.
#[derive(Debug, thiserror::Error)]
#[error("{summary}")]
pub struct Reported {
    pub summary: String,
    pub exit: Exit,
}

/// Maps an error to its exit code by the first cause in its chain that has a known class.
pub fn exit_code(err: &anyhow::Error) -> Exit {
    for cause in err.chain() {
        if let Some(e) = cause.downcast_ref::<Reported>() {
            return e.exit;
        }
        if let Some(e) = cause.downcast_ref::<TransportError>() {
            return e.exit();
        }
        if cause.is::<ConfigError>() {
            return Exit::Config;
        }
        if cause.is::<PayloadError>() || cause.is::<InputError>() || cause.is::<ClientError>() {
            return Exit::Usage;
        }
        if let Some(e) = cause.downcast_ref::<clap::Error>() {
            return if e.use_stderr() {
                Exit::Usage
            } else {
                Exit::Sent
            };
        }
        if let Some(e) = cause.downcast_ref::<io::Error>()
            && e.kind() == io::ErrorKind::BrokenPipe
        {
            return Exit::Sent;
        }
    }
    Exit::Internal
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::transport::ApiCall;
    use anyhow::Context;

    fn code(err: impl Into<anyhow::Error>) -> u8 {
        exit_code(&err.into()).code()
    }

    #[test]
    fn every_class_maps_to_its_documented_code() {
        assert_eq!(code(anyhow::anyhow!("a bug")), 1);
        assert_eq!(code(InputError::NoContent), 2);
        assert_eq!(
            code(PayloadError::TooLong {
                what: "content".into(),
                len: 601,
                limit: 600
            }),
            2
        );
        assert_eq!(
            code(ConfigError::NotFound {
                path: "c.toml".into()
            }),
            3
        );
        assert_eq!(
            code(TransportError::Refused {
                call: ApiCall::Token,
                key: "errcode",
                code: 100006,
                message: "x".into(),
                hint: "",
                exit: Exit::Auth,
            }),
            4
        );
        assert_eq!(
            code(TransportError::Refused {
                call: ApiCall::Send,
                key: "errcode",
                code: 200007,
                message: "x".into(),
                hint: "",
                exit: Exit::Refused,
            }),
            5
        );
        assert_eq!(
            code(TransportError::HttpStatus {
                url: "http://h/cgi/msg/send".into(),
                status: 502
            }),
            6
        );
        assert_eq!(
            code(Reported {
                summary: "1 of 3 failed".into(),
                exit: Exit::Partial
            }),
            7
        );
        assert_eq!(code(io::Error::from(io::ErrorKind::BrokenPipe)), 0);
        assert_eq!(code(io::Error::from(io::ErrorKind::Other)), 1);
    }

    #[test]
    fn context_does_not_hide_the_class() {
        let err = Err::<(), _>(InputError::NoContent)
            .context("reading --content-file x")
            .unwrap_err();
        assert_eq!(exit_code(&err), Exit::Usage);
    }
}
