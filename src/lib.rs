//! corpmsg: send Youdu (有度), Fxiaoke (纷享销客) and WeCom (企业微信) enterprise notifications
//! from a shell, a cron job or a CI script.
//!
//! The crate has three layers that depend in one direction (no cycle between the top-level
//! modules; `../shared/tools/module-graph` checks it):
//! - [`cmd`]: the command line (clap definitions, reading input, printing results), and the
//!   one function that maps an error to its exit code (`cmd::exit_code`);
//! - [`payload`]: pure builders for the JSON bodies the APIs document, with every limit applied;
//!   it imports nothing from the crate (no config, transport, clap or I/O);
//! - [`transport`]: HTTP, Youdu encryption, access tokens and their on-disk cache.
//!
//! [`config`] resolves the environment and the TOML file into profiles and holds the provider
//! registry (it uses the payload's and the transport's types); `docs/ARCHITECTURE.md` has the
//! whole map. [`exit`] holds the documented exit codes and the
//! rule that merges several outcomes into one; it imports nothing from the crate.
//!
//! Items are `pub(crate)` unless the binary, the tests in `tests/cli`, the fuzz targets or the
//! benchmarks use them, so that the compiler finds dead code.

pub mod cmd;
pub mod config;
mod env_vars;
pub mod exit;
mod outbox;
pub mod payload;
mod sandbox;
pub mod secret;
mod small_file;
pub mod transport;
