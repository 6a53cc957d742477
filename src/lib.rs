//! corpmsg: send Youdu (有度) and Fxiaoke (纷享销客) enterprise notifications from a shell, a cron
//! job or a CI script.
//!
//! The crate has three layers that depend in one direction:
//! - [`cmd`]: the command line (clap definitions, reading input, printing results);
//! - [`payload`]: pure builders for the JSON bodies the APIs document, with every limit applied;
//! - [`transport`]: HTTP, Youdu encryption, access tokens and their on-disk cache.
//!
//! [`config`] resolves flags, environment and the TOML file into one profile, and [`exit`] maps
//! every error to the documented exit code.

pub mod cmd;
pub mod config;
pub mod env_vars;
pub mod exit;
pub mod payload;
pub mod secret;
pub mod small_file;
pub mod transport;
