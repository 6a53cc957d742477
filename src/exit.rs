//! The documented exit codes, and the one rule that merges the outcomes of several requests or
//! profiles into one. It imports nothing from the crate: every layer may name an [`Exit`], and
//! the command line maps its errors to one (`cmd::exit_code`).

/// Exit codes of the command-line contract (its "Exit codes" section).
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
    /// Nothing failed for good, but some messages wait in the outbox (`--outbox`).
    Queued = 8,
}

impl Exit {
    pub fn code(self) -> u8 {
        self as u8
    }

    /// Of two failures, the one with the higher code (for a single exit status that must
    /// stand for both).
    pub(crate) fn max_by_code(self, other: Exit) -> Exit {
        if other.code() > self.code() {
            other
        } else {
            self
        }
    }

    /// The exit code of a run in which `succeeded` requests or profiles went through and
    /// `failures` did not: partial (7) when anything went through (or a failure was partial
    /// itself); else the one class of all failures; else the most uncertain one, since exit 5
    /// promises that nothing was delivered: network (6, it may have arrived), then auth (4),
    /// then refused (5); else the highest code.
    pub(crate) fn merge(succeeded: usize, failures: &[Exit]) -> Exit {
        // Queued messages are not failures: they count with the others only beside a real one.
        let queued = failures.iter().filter(|e| **e == Exit::Queued).count();
        if queued > 0 {
            let failed: Vec<Exit> = failures
                .iter()
                .copied()
                .filter(|e| *e != Exit::Queued)
                .collect();
            return match failed.is_empty() {
                true => Exit::Queued,
                false => Exit::merge(succeeded + queued, &failed),
            };
        }
        if succeeded > 0 || failures.contains(&Exit::Partial) {
            return Exit::Partial;
        }
        if let [first, rest @ ..] = failures
            && rest.iter().all(|e| e == first)
        {
            return *first;
        }
        [Exit::Network, Exit::Auth, Exit::Refused]
            .into_iter()
            .find(|e| failures.contains(e))
            .or_else(|| failures.iter().copied().reduce(Exit::max_by_code))
            .unwrap_or(Exit::Internal)
    }
}

/// An error whose details were already printed (one `error:` line per failed request); it only
/// carries the summary and the exit code the run ends with.
#[derive(Debug, thiserror::Error)]
#[error("{summary}")]
pub(crate) struct Reported {
    pub summary: String,
    pub exit: Exit,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outcomes_merge_into_one_exit_code() {
        assert_eq!(Exit::merge(1, &[Exit::Network]), Exit::Partial);
        assert_eq!(
            Exit::merge(0, &[Exit::Partial, Exit::Refused]),
            Exit::Partial
        );
        assert_eq!(
            Exit::merge(0, &[Exit::Refused, Exit::Refused]),
            Exit::Refused
        );
        assert_eq!(Exit::merge(0, &[Exit::Config, Exit::Config]), Exit::Config);
        // An uncertain failure outranks a refusal, which promises nothing was delivered.
        assert_eq!(
            Exit::merge(0, &[Exit::Refused, Exit::Network]),
            Exit::Network
        );
        assert_eq!(Exit::merge(0, &[Exit::Refused, Exit::Auth]), Exit::Auth);
        assert_eq!(Exit::merge(0, &[Exit::Usage, Exit::Auth]), Exit::Auth);
        assert_eq!(Exit::merge(0, &[Exit::Usage, Exit::Config]), Exit::Config);
        assert_eq!(Exit::merge(0, &[]), Exit::Internal);
        // Queued is not a failure: alone (with sends or not) it is 8; beside a failure, the
        // queued ones count as gone through.
        assert_eq!(Exit::merge(2, &[Exit::Queued]), Exit::Queued);
        assert_eq!(Exit::merge(0, &[Exit::Queued, Exit::Queued]), Exit::Queued);
        assert_eq!(
            Exit::merge(0, &[Exit::Queued, Exit::Refused]),
            Exit::Partial
        );
    }
}
