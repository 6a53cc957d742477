//! Every environment variable corpmsg reads, in one place.
//!
//! The names are part of the command-line contract; clap's `env = ...` attributes and the long help
//! refer to these constants.

/// Config file to use instead of `<config dir>/corpmsg/config.toml`.
pub(crate) const CORPMSG_CONFIG: &str = "CORPMSG_CONFIG";
/// Profile to use (same as `--profile`).
pub(crate) const CORPMSG_PROFILE: &str = "CORPMSG_PROFILE";
/// Folder for cached access tokens (default `<cache dir>/corpmsg`).
pub(crate) const CORPMSG_CACHE_DIR: &str = "CORPMSG_CACHE_DIR";
/// `1` keeps what could not be sent and sends it later (same as `--outbox`).
pub(crate) const CORPMSG_OUTBOX: &str = "CORPMSG_OUTBOX";
/// Folder for the outbox (default `<state dir>/corpmsg`).
pub(crate) const CORPMSG_STATE_DIR: &str = "CORPMSG_STATE_DIR";
/// Per-request timeout in seconds (same as `--timeout`).
pub(crate) const CORPMSG_TIMEOUT: &str = "CORPMSG_TIMEOUT";
/// Not for users: the corpmsg that handed `sandbox` to `corpmsg-sandbox`, which CMD then runs.
pub(crate) const CORPMSG_SANDBOX_CLIENT: &str = "CORPMSG_SANDBOX_CLIENT";

/// Youdu server base URL, e.g. `http://youdu.example.com:7080`.
pub(crate) const CORPMSG_YOUDU_URL: &str = "CORPMSG_YOUDU_URL";
/// Youdu enterprise number (buin).
pub(crate) const CORPMSG_YOUDU_BUIN: &str = "CORPMSG_YOUDU_BUIN";
/// Youdu app id.
pub(crate) const CORPMSG_YOUDU_APP_ID: &str = "CORPMSG_YOUDU_APP_ID";
/// Youdu EncodingAESKey (secret).
pub(crate) const CORPMSG_YOUDU_AES_KEY: &str = "CORPMSG_YOUDU_AES_KEY";
/// Youdu default recipients (accounts, separated by `|` or `,`): replace the profile's `to_user`.
pub(crate) const CORPMSG_YOUDU_TO_USER: &str = "CORPMSG_YOUDU_TO_USER";
/// Youdu default departments (ids, separated by `|` or `,`): replace the profile's `to_dept`.
pub(crate) const CORPMSG_YOUDU_TO_DEPT: &str = "CORPMSG_YOUDU_TO_DEPT";
/// Youdu account that session messages come from by default: replaces the profile's `sender`.
pub(crate) const CORPMSG_YOUDU_SENDER: &str = "CORPMSG_YOUDU_SENDER";
/// Youdu session that session messages go to by default: replaces the profile's `session_id`.
pub(crate) const CORPMSG_YOUDU_SESSION_ID: &str = "CORPMSG_YOUDU_SESSION_ID";

/// Fxiaoke API base URL.
pub(crate) const CORPMSG_FXIAOKE_URL: &str = "CORPMSG_FXIAOKE_URL";
/// Fxiaoke app id.
pub(crate) const CORPMSG_FXIAOKE_APP_ID: &str = "CORPMSG_FXIAOKE_APP_ID";
/// Fxiaoke app secret (secret).
pub(crate) const CORPMSG_FXIAOKE_APP_SECRET: &str = "CORPMSG_FXIAOKE_APP_SECRET";
/// Fxiaoke permanent code (secret).
pub(crate) const CORPMSG_FXIAOKE_PERMANENT_CODE: &str = "CORPMSG_FXIAOKE_PERMANENT_CODE";
/// Fxiaoke employee id sent as `x-fs-userid` (oauth).
pub(crate) const CORPMSG_FXIAOKE_USER_ID: &str = "CORPMSG_FXIAOKE_USER_ID";
/// Fxiaoke auth style: `oauth` or `legacy`.
pub(crate) const CORPMSG_FXIAOKE_AUTH: &str = "CORPMSG_FXIAOKE_AUTH";
/// Fxiaoke default recipients (user ids, separated by `|` or `,`): replace the profile's `to_user`.
pub(crate) const CORPMSG_FXIAOKE_TO_USER: &str = "CORPMSG_FXIAOKE_TO_USER";

/// WeCom API base URL (default `https://qyapi.weixin.qq.com`).
pub(crate) const CORPMSG_WECOM_URL: &str = "CORPMSG_WECOM_URL";
/// WeCom corp id (企业ID) of an app profile.
pub(crate) const CORPMSG_WECOM_CORP_ID: &str = "CORPMSG_WECOM_CORP_ID";
/// WeCom app secret (secret).
pub(crate) const CORPMSG_WECOM_CORP_SECRET: &str = "CORPMSG_WECOM_CORP_SECRET";
/// WeCom app's AgentId (an integer).
pub(crate) const CORPMSG_WECOM_AGENT_ID: &str = "CORPMSG_WECOM_AGENT_ID";
/// WeCom group robot's webhook key, or its whole webhook URL (secret).
pub(crate) const CORPMSG_WECOM_WEBHOOK_KEY: &str = "CORPMSG_WECOM_WEBHOOK_KEY";

/// The environment section of the top-level long help.
pub(crate) const HELP: &str = "\
Environment:
  CORPMSG_CONFIG          config file (same as --config)
  CORPMSG_PROFILE         profile to use (same as --profile)
  CORPMSG_TIMEOUT         per-request timeout in seconds (same as --timeout)
  CORPMSG_CACHE_DIR       folder for cached access tokens
  CORPMSG_OUTBOX          1: keep what could not be sent, send it later (same as --outbox)
  CORPMSG_STATE_DIR       folder of the outbox (default ~/.local/state/corpmsg)
  CORPMSG_YOUDU_URL, CORPMSG_YOUDU_BUIN, CORPMSG_YOUDU_APP_ID, CORPMSG_YOUDU_AES_KEY
                          override the Youdu profile's fields; with no config file they make up
                          a profile of their own, `env-youdu` (for CI)
  CORPMSG_YOUDU_TO_USER, CORPMSG_YOUDU_TO_DEPT
                          default recipients (lists separated by | or ,), replacing the
                          profile's to_user and to_dept
  CORPMSG_YOUDU_SENDER, CORPMSG_YOUDU_SESSION_ID
                          default sender and session of `youdu session` messages, replacing
                          the profile's sender and session_id
  CORPMSG_FXIAOKE_URL, CORPMSG_FXIAOKE_APP_ID, CORPMSG_FXIAOKE_APP_SECRET,
  CORPMSG_FXIAOKE_PERMANENT_CODE, CORPMSG_FXIAOKE_USER_ID, CORPMSG_FXIAOKE_AUTH,
  CORPMSG_FXIAOKE_TO_USER the same for Fxiaoke profiles (`env-fxiaoke`)
  CORPMSG_WECOM_URL, CORPMSG_WECOM_CORP_ID, CORPMSG_WECOM_CORP_SECRET,
  CORPMSG_WECOM_AGENT_ID  the same for WeCom app profiles (`env-wecom`)
  CORPMSG_WECOM_WEBHOOK_KEY
                          a WeCom group robot's key (or webhook URL): a robot profile
  HTTPS_PROXY, HTTP_PROXY, NO_PROXY
                          proxy settings, honoured as usual";
