//! A Youdu profile: its keys, and their checks with the environment's overrides.

use super::*;

/// A resolved Youdu profile.
#[derive(Debug, Clone)]
pub struct YouduProfile {
    /// The profile's name, or `env-youdu` for a profile made of `CORPMSG_YOUDU_*` variables.
    pub name: String,
    /// The config file it came from, or `environment`.
    pub origin: String,
    pub url: String,
    pub buin: i64,
    pub app_id: String,
    /// `None` when neither the profile nor the environment gives it: fine for a dry run.
    pub(super) aes_key: Option<SecretSource>,
    pub to_user: Vec<String>,
    pub to_dept: Vec<String>,
}

impl YouduProfile {
    /// Reads and decodes the EncodingAESKey (from the value, the variable or the file).
    pub(crate) fn aes_key(&self) -> Result<AesKey, ConfigError> {
        let field = |problem: String| ConfigError::Field {
            origin: self.origin.clone(),
            profile: self.name.clone(),
            key: "aes_key".into(),
            problem,
        };
        let source = self.aes_key.as_ref().ok_or_else(|| {
            field(format!(
                "is missing (set aes_key, aes_key_env or aes_key_file, or {})",
                env_vars::CORPMSG_YOUDU_AES_KEY
            ))
        })?;
        let secret = source.read(&self.origin, &self.name, "aes_key")?;
        AesKey::decode(secret.expose()).map_err(|e| field(e.to_string()))
    }
}

/// The `CORPMSG_YOUDU_*` variables, which [`Overrides`] reads.
pub(super) const YOUDU_VARS: &[&str] = &[
    env_vars::CORPMSG_YOUDU_URL,
    env_vars::CORPMSG_YOUDU_BUIN,
    env_vars::CORPMSG_YOUDU_APP_ID,
    env_vars::CORPMSG_YOUDU_AES_KEY,
    env_vars::CORPMSG_YOUDU_TO_USER,
    env_vars::CORPMSG_YOUDU_TO_DEPT,
];

/// Whether a variable that makes up a profile is set (the default recipients alone do not:
/// they only fill one).
pub(super) fn youdu_any(env: &Overrides) -> bool {
    env.any(&[
        env_vars::CORPMSG_YOUDU_URL,
        env_vars::CORPMSG_YOUDU_BUIN,
        env_vars::CORPMSG_YOUDU_APP_ID,
        env_vars::CORPMSG_YOUDU_AES_KEY,
    ])
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawYoudu {
    pub(super) url: Option<String>,
    pub(super) buin: Option<i64>,
    pub(super) app_id: Option<String>,
    pub(super) aes_key: Option<String>,
    pub(super) aes_key_env: Option<String>,
    pub(super) aes_key_file: Option<PathBuf>,
    #[serde(default)]
    pub(super) to_user: Vec<String>,
    #[serde(default)]
    pub(super) to_dept: Vec<DeptId>,
}

#[derive(Deserialize, Clone)]
#[serde(untagged)]
pub(super) enum DeptId {
    Number(i64),
    Text(String),
}

/// The keys a Youdu profile takes beside `provider`, as [`RawYoudu`] names them.
pub(super) const YOUDU_KEYS: &[&str] = &[
    "url",
    "buin",
    "app_id",
    "aes_key",
    "aes_key_env",
    "aes_key_file",
    "to_user",
    "to_dept",
];

pub(super) fn youdu_profile(
    raw: RawYoudu,
    name: &str,
    origin: &str,
    base: &Path,
    env: &Overrides,
) -> Result<YouduProfile, Vec<ConfigError>> {
    let field = field_error(origin, name);
    let env_field = env_error;
    let missing = |key: &str, var: &str| {
        field(
            key,
            format!("is missing (set it in the profile or in {var})"),
        )
    };
    // Every field is checked, so that one run reports every problem of the profile.
    let mut problems = Vec::new();

    let url = keep(&mut problems, || {
        Ok(match env.get(env_vars::CORPMSG_YOUDU_URL) {
            Some(url) => check_url(url).map_err(|p| env_field(env_vars::CORPMSG_YOUDU_URL, p))?,
            None => match &raw.url {
                Some(url) => check_url(url).map_err(|p| field("url", p))?,
                None => return Err(missing("url", env_vars::CORPMSG_YOUDU_URL)),
            },
        })
    });
    let buin = keep(&mut problems, || {
        Ok(match env.get(env_vars::CORPMSG_YOUDU_BUIN) {
            Some(b) => b
                .trim()
                .parse::<i64>()
                .ok()
                .filter(|b| valid_buin(*b))
                .ok_or_else(|| {
                    env_field(
                        env_vars::CORPMSG_YOUDU_BUIN,
                        "must be a positive whole number".into(),
                    )
                })?,
            None => match raw.buin {
                Some(b) if valid_buin(b) => b,
                Some(b) => {
                    return Err(field(
                        "buin",
                        format!("is {b}; it must be a positive 32-bit number"),
                    ));
                }
                None => return Err(missing("buin", env_vars::CORPMSG_YOUDU_BUIN)),
            },
        })
    });
    let app_id = keep(&mut problems, || {
        match env
            .get(env_vars::CORPMSG_YOUDU_APP_ID)
            .cloned()
            .or(raw.app_id.clone())
        {
            Some(id) if !id.trim().is_empty() => Ok(id.trim().to_string()),
            _ => Err(missing("app_id", env_vars::CORPMSG_YOUDU_APP_ID)),
        }
    });
    // A key given as a value is checked now, so a dry run validates it too; one behind a
    // variable or a file is read only when sending.
    let aes_key = keep(&mut problems, || {
        match env.get(env_vars::CORPMSG_YOUDU_AES_KEY) {
            Some(key) => {
                AesKey::decode(key)
                    .map_err(|e| env_field(env_vars::CORPMSG_YOUDU_AES_KEY, e.to_string()))?;
                Ok(Some(SecretSource::Value(Secret::new(key.as_str()))))
            }
            None => {
                let source = secret_source(
                    (
                        "aes_key",
                        raw.aes_key.clone(),
                        raw.aes_key_env.clone(),
                        raw.aes_key_file.clone(),
                    ),
                    base,
                    &field,
                )?;
                if let Some(SecretSource::Value(key)) = &source {
                    AesKey::decode(key.expose()).map_err(|e| field("aes_key", e.to_string()))?;
                }
                Ok(source)
            }
        }
    });
    let to_user = keep(&mut problems, || {
        match env_list(env, env_vars::CORPMSG_YOUDU_TO_USER)? {
            Some(users) => Ok(users),
            None => user_list(&raw.to_user, &field),
        }
    });
    let to_dept = keep(&mut problems, || {
        let raw_depts: Vec<DeptId> = match env_list(env, env_vars::CORPMSG_YOUDU_TO_DEPT)? {
            Some(depts) => {
                if let Some(bad) = depts
                    .iter()
                    .find(|d| !d.bytes().all(|b| b.is_ascii_digit()))
                {
                    return Err(env_error(
                        env_vars::CORPMSG_YOUDU_TO_DEPT,
                        format!("holds {bad:?}; department ids are whole numbers ≥ 0"),
                    ));
                }
                depts.into_iter().map(DeptId::Text).collect()
            }
            None => raw.to_dept.clone(),
        };
        let mut to_dept = Vec::with_capacity(raw_depts.len());
        for d in raw_depts {
            let text = match d {
                DeptId::Number(n) if n >= 0 => n.to_string(),
                DeptId::Text(t) if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) => t,
                DeptId::Number(n) => {
                    return Err(field(
                        "to_dept",
                        format!("holds {n}; department ids are whole numbers ≥ 0"),
                    ));
                }
                DeptId::Text(t) => {
                    return Err(field(
                        "to_dept",
                        format!("holds {t:?}; department ids are whole numbers ≥ 0"),
                    ));
                }
            };
            to_dept.push(text);
        }
        Ok(to_dept)
    });
    match (url, buin, app_id, aes_key, to_user, to_dept) {
        (Some(url), Some(buin), Some(app_id), Some(aes_key), Some(to_user), Some(to_dept))
            if problems.is_empty() =>
        {
            Ok(YouduProfile {
                name: name.to_string(),
                origin: origin.to_string(),
                url,
                buin,
                app_id,
                aes_key,
                to_user,
                to_dept,
            })
        }
        _ => Err(problems),
    }
}

pub(super) fn valid_buin(b: i64) -> bool {
    (1..=i64::from(i32::MAX)).contains(&b)
}
