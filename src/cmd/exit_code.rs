//! The one function that maps an error to the documented exit code, by the first cause in its
//! chain whose class is known. It lives in `cmd`, the layer that knows every error type, so
//! that `exit` imports nothing.

use std::io;

use super::input::InputError;
use crate::config::ConfigError;
use crate::exit::{Exit, Reported};
use crate::payload::PayloadError;
use crate::transport::TransportError;
use crate::transport::http::ClientError;

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
        assert_eq!(
            code(Reported {
                summary: "1 message(s) queued in the outbox".into(),
                exit: Exit::Queued
            }),
            8
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
