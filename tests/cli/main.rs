//! End-to-end tests: the binary through assert_cmd against mock servers on 127.0.0.1.
//!
//! One test crate, so the binary links once. Every command is built by [`support::Env::cmd`],
//! which clears the environment and points HOME, XDG folders, config and cache at a temp dir.

mod bad_input;
mod cache;
mod completions;
mod concurrency;
mod config;
mod echoes;
mod emulator;
mod everyday;
mod faults;
mod fx_support;
mod fxiaoke;
mod inbox;
mod man;
mod network;
mod outbox;
mod pipes;
mod raw;
mod readme;
mod sandbox;
mod secrets;
mod support;
mod wecom;
mod wecom_robot;
mod wx_support;
mod youdu_extras;
mod youdu_text;
mod youdu_types;
