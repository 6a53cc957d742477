//! Access tokens, as every provider uses them: from this run, the on-disk cache or the
//! provider's token request, and refreshed once when the server says a token expired. A
//! provider gives only how to fetch a token and which of its codes mean "expired".

use super::TransportError;
use super::http::Http;
use super::token_cache::{Token, TokenCache};
use super::unix_now;
use crate::secret::Secret;

/// One provider's tokens for one set of credentials.
pub(crate) struct Tokens {
    cache: TokenCache,
    /// The codes by which the server refuses a token that is unknown or expired.
    expired: &'static [i64],
}

impl Tokens {
    pub(crate) fn new(cache: TokenCache, expired: &'static [i64]) -> Self {
        Tokens { cache, expired }
    }

    /// Whether `code` means "this token is unknown or expired".
    pub(crate) fn is_expiry(&self, code: i64) -> bool {
        self.expired.contains(&code)
    }

    /// Runs `call` with a token (from this run, the cache, or `fetch`); when the server refuses
    /// the token with an expiry code, fetches a new one (passing the refused one, so the cache
    /// does not hand it back) and calls once more: the server refused the first request, so
    /// nothing took effect. A second refusal of a fresh token is an auth error. Returns the
    /// number of HTTP requests made and the result.
    pub(crate) fn call<T>(
        &self,
        http: &Http,
        fetch: impl Fn() -> Result<Token, TransportError>,
        call: impl Fn(&Token) -> (u32, Result<T, TransportError>),
    ) -> (u32, Result<T, TransportError>) {
        let token =
            |reject: Option<&Secret>| self.cache.get_or_fetch(unix_now, reject, http, &fetch);
        let first_token = match token(None) {
            Ok(t) => t,
            Err(e) => return (0, Err(e)),
        };
        let (first_attempts, first) = call(&first_token);
        match first {
            Err(TransportError::Refused { key, code, .. }) if self.is_expiry(code) => {
                http.trace(&format!(
                    "access token refused ({key} {code}); fetching a new one"
                ));
                let fresh = match token(Some(&first_token.value)) {
                    Ok(t) => t,
                    Err(e) => return (first_attempts, Err(e)),
                };
                let (n, second) = call(&fresh);
                let second = match second {
                    Err(TransportError::Refused {
                        key, code, message, ..
                    }) if self.is_expiry(code) => {
                        Err(TransportError::TokenRejected { key, code, message })
                    }
                    other => other,
                };
                (first_attempts + n, second)
            }
            other => (first_attempts, other),
        }
    }
}
