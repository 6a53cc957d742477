//! The README's cron and CI recipes and its group-chat cron line, run as they are written
//! against the emulators: each command of the cron recipe in order, the crontab lines under
//! cron's minimal environment, and the GitHub Actions and GitLab steps with their variables. A README change that breaks a
//! recipe fails here.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::fx_support::{self, Auth, Fx};
use crate::support::{APP, BUIN, Env, KEY, Youdu, stderr, stdout};

fn readme() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap()
}

/// The text of the `## heading` section, up to the next `## `.
fn section<'a>(text: &'a str, heading: &str) -> &'a str {
    let start = text
        .find(&format!("\n## {heading}\n"))
        .unwrap_or_else(|| panic!("README has no section {heading}"));
    let rest = &text[start + 1..];
    let end = rest[3..].find("\n## ").map_or(rest.len(), |i| i + 3);
    &rest[..end]
}

/// The fenced code blocks of `lang` in `text`.
fn blocks(text: &str, lang: &str) -> Vec<String> {
    let fence = format!("```{lang}\n");
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find(&fence) {
        let body = &rest[i + fence.len()..];
        let end = body.find("```").expect("a fence is closed");
        out.push(body[..end].to_string());
        rest = &body[end..];
    }
    out
}

/// The folder of the binary under test, to put first on PATH.
fn bin_dir() -> PathBuf {
    Path::new(assert_cmd::cargo::cargo_bin!("corpmsg"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// `sh -c script` in `env`'s clean environment, with corpmsg on PATH and `vars` set.
fn shell(env: &Env, script: &str, vars: &[(&str, String)], dir: &Path) -> Output {
    let mut cmd = Command::new("sh");
    cmd.arg("-c").arg(script).current_dir(dir);
    cmd.env_clear()
        .env("PATH", format!("{}:/usr/bin:/bin", bin_dir().display()))
        .env("HOME", env.dir.path().join("home"));
    for (k, v) in vars {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

/// A script that fails like a job would: a line on stderr and exit status 2.
fn failing_script(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(
        &path,
        "#!/bin/sh\necho 'disk full on /backup' >&2\nexit 2\n",
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    path
}

#[test]
fn the_cron_recipe_works_as_written() {
    let text = readme();
    let cron = section(&text, "Cron");
    let env = Env::new();
    let home = env.dir.path().join("home");
    std::fs::create_dir_all(&home).unwrap();
    let yd = Youdu::start();
    let _token = yd.token("cron-token");
    let (_send, got) = yd.send_ok("cron-token");
    let steps: Vec<String> = blocks(cron, "sh")[0]
        .lines()
        .map(|l| l.split("  #").next().unwrap().trim().to_string())
        .filter(|l| !l.is_empty() && !l.starts_with("crontab"))
        .collect();
    assert!(steps[0].starts_with("corpmsg config init"), "{steps:?}");
    for (i, step) in steps.iter().enumerate() {
        let out = shell(&env, step, &[], &home);
        assert_eq!(out.status.code(), Some(0), "{step}: {}", stderr(&out));
        if i == 0 {
            // "then fill in url, buin, app_id, aes_key, to_user"
            let path = home.join(".config/corpmsg/config.toml");
            let filled = std::fs::read_to_string(&path)
                .unwrap()
                .replace("http://youdu.example.com:7080", &yd.url())
                .replace("buin = 0", &format!("buin = {BUIN}"))
                .replace("app_id = \"\"", &format!("app_id = \"{APP}\""))
                .replace("aes_key = \"\"", &format!("aes_key = \"{KEY}\""))
                .replace("to_user = []", "to_user = [\"alice\"]");
            std::fs::write(&path, filled).unwrap();
        }
        if step.contains("config check") {
            // The comment beside it says what it prints.
            assert_eq!(stdout(&out), "ops (youdu): ok, token fetched\n", "{step}");
        }
    }
    assert_eq!(got.lock().unwrap().len(), 1, "the first message");
    // The crontab line, under cron's environment: HOME, a short PATH, /bin/sh.
    let line = blocks(cron, "cron")[0].trim().to_string();
    let command: Vec<&str> = line.split_whitespace().skip(5).collect();
    let command = command.join(" ");
    std::fs::create_dir_all(home.join(".cargo/bin")).unwrap();
    std::os::unix::fs::symlink(
        assert_cmd::cargo::cargo_bin!("corpmsg"),
        home.join(".cargo/bin/corpmsg"),
    )
    .unwrap();
    let backup = failing_script(env.dir.path(), "backup.sh");
    let command = command.replace("/usr/local/bin/backup.sh", backup.to_str().unwrap());
    let out = Command::new("/bin/sh")
        .arg("-c")
        .arg(&command)
        .env_clear()
        .env("HOME", &home)
        .env("PATH", "/usr/bin:/bin")
        .env("SHELL", "/bin/sh")
        .env("LOGNAME", "root")
        .current_dir(&home)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "the backup's status: {}",
        stderr(&out)
    );
    let sent = got.lock().unwrap();
    assert_eq!(sent.len(), 2, "the failure was notified: {}", stderr(&out));
    let content = sent[1]["text"]["content"].as_str().unwrap();
    assert!(
        content.contains("failed") && content.contains("disk full on /backup"),
        "{content}"
    );
}

/// `${{ name }}` expressions of a GitHub workflow replaced by `values`; an unknown one fails
/// the test, so a new one in the README is noticed.
fn github_expand(text: &str, values: &HashMap<&str, String>) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find("${{ ") {
        out.push_str(&rest[..i]);
        let end = rest[i..].find(" }}").unwrap() + i;
        let name = &rest[i + 4..end];
        out.push_str(
            values
                .get(name)
                .unwrap_or_else(|| panic!("the test has no value for {name}")),
        );
        rest = &rest[end + 3..];
    }
    out.push_str(rest);
    out
}

/// `key: value` lines indented under `parent:` in a YAML snippet (comments skipped).
fn yaml_map(text: &str, parent: &str) -> Vec<(String, String)> {
    let mut lines = text
        .lines()
        .skip_while(|l| l.trim() != format!("{parent}:"));
    let head = lines.next().expect("the parent key");
    let indent = head.len() - head.trim_start().len();
    lines
        .take_while(|l| l.len() - l.trim_start().len() > indent)
        .map(str::trim)
        .filter(|l| !l.starts_with('#'))
        .map(|l| {
            let (k, v) = l.split_once(':').unwrap();
            (k.trim().to_string(), v.trim().trim_matches('"').to_string())
        })
        .collect()
}

#[test]
fn the_github_actions_step_works_as_written() {
    let text = readme();
    let ci = section(&text, "CI");
    let yaml = blocks(ci, "yaml")
        .into_iter()
        .find(|b| b.contains("GitHub Actions"))
        .unwrap();
    let env = Env::new();
    let yd = Youdu::start();
    let _token = yd.token("ci-token");
    let (_send, got) = yd.send_ok("ci-token");
    let values: HashMap<&str, String> = [
        ("vars.YOUDU_URL", yd.url()),
        ("vars.YOUDU_BUIN", BUIN.to_string()),
        ("vars.YOUDU_APP_ID", APP.to_string()),
        ("secrets.YOUDU_AES_KEY", KEY.to_string()),
        ("vars.ONCALL", "alice|bob".to_string()),
        ("github.repository", "acme/billing".to_string()),
        ("github.workflow", "build".to_string()),
        ("github.ref_name", "main".to_string()),
        ("github.server_url", "https://github.example".to_string()),
        ("github.run_id", "42".to_string()),
    ]
    .into_iter()
    .collect();
    let yaml = github_expand(&yaml, &values);
    let vars: Vec<(String, String)> = yaml_map(&yaml, "env");
    assert!(vars.iter().any(|(k, _)| k == "CORPMSG_YOUDU_AES_KEY"));
    let script: String = yaml
        .split("run: |\n")
        .nth(1)
        .unwrap()
        .lines()
        .map(str::trim)
        .collect::<Vec<_>>()
        .join("\n");
    let vars: Vec<(&str, String)> = vars.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    let out = shell(&env, &script, &vars, env.dir.path());
    assert_eq!(out.status.code(), Some(0), "{script}\n{}", stderr(&out));
    let sent = got.lock().unwrap();
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0]["toUser"], "alice|bob");
    assert!(
        sent[0]["text"]["content"]
            .as_str()
            .unwrap()
            .starts_with("acme/billing: build failed on main: https://github.example/acme/billing/actions/runs/42"),
        "{:?}",
        sent[0]
    );
}

#[test]
fn the_gitlab_job_works_as_written() {
    let text = readme();
    let ci = section(&text, "CI");
    let yaml = blocks(ci, "yaml")
        .into_iter()
        .find(|b| b.contains("GitLab"))
        .unwrap();
    let env = Env::new();
    let fx = Fx::start(Auth::Oauth);
    // The snippet's placeholders, and what its comment leaves to masked CI/CD variables.
    let mut vars: Vec<(String, String)> = yaml_map(&yaml, "variables")
        .into_iter()
        .map(|(k, v)| (k, v.replace("FSAID_xxxxx", fx_support::APP_ID)))
        .collect();
    vars.extend([
        ("CORPMSG_FXIAOKE_URL".to_string(), fx.server.base_url()),
        (
            "CORPMSG_FXIAOKE_APP_SECRET".to_string(),
            fx_support::SECRET.to_string(),
        ),
        (
            "CORPMSG_FXIAOKE_PERMANENT_CODE".to_string(),
            fx_support::CODE.to_string(),
        ),
        ("ONCALL_FSUID".to_string(), "FSUID_AAA1".to_string()),
        ("CI_PROJECT_PATH".to_string(), "acme/billing".to_string()),
    ]);
    let script: Vec<String> = yaml
        .split("script:\n")
        .nth(1)
        .unwrap()
        .lines()
        .filter_map(|l| l.trim().strip_prefix("- ").map(String::from))
        .collect();
    assert_eq!(script.len(), 1, "{script:?}");
    let dir = env.dir.path();
    failing_script(dir, "deploy.sh");
    let vars: Vec<(&str, String)> = vars.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    let out = shell(&env, &script[0], &vars, dir);
    assert_eq!(
        out.status.code(),
        Some(2),
        "the deploy's status: {}",
        stderr(&out)
    );
    let sends = fx.seen_at(fx_support::SEND);
    assert_eq!(sends.len(), 1, "{}", stderr(&out));
    let body = sends[0].body.to_string();
    assert!(
        body.contains("deploy acme/billing failed") && body.contains("disk full on /backup"),
        "{body}"
    );
}

#[test]
fn the_group_chat_cron_line_posts_a_failing_jobs_log() {
    let text = readme();
    let part = section(&text, "Other Youdu message types");
    let env = Env::new();
    let home = env.dir.path().join("home");
    let yd = Youdu::start();
    let _token = yd.token("chat-token");
    let (_send, got) = yd.session_send(
        "chat-token",
        serde_json::json!({"errcode": 0, "errmsg": "ok"}),
    );
    // The README's profile, pointed at the emulator (its app and key stand for sysOrgAssistant's).
    let block = blocks(part, "toml")
        .into_iter()
        .find(|b| b.contains("[profiles.ops-chat]"))
        .expect("the README shows the ops-chat profile");
    let readme_config: toml::Table = toml::from_str(&block).unwrap();
    let profile = &readme_config["profiles"]["ops-chat"];
    let (sender, session) = (
        profile["sender"].as_str().unwrap(),
        profile["session_id"].as_str().unwrap(),
    );
    env.write_config(&crate::support::youdu_profile(
        "ops-chat",
        &yd.url(),
        &format!("sender = {sender:?}\nsession_id = {session:?}"),
    ));
    std::fs::create_dir_all(home.join(".cargo/bin")).unwrap();
    std::os::unix::fs::symlink(
        assert_cmd::cargo::cargo_bin!("corpmsg"),
        home.join(".cargo/bin/corpmsg"),
    )
    .unwrap();
    let line = blocks(part, "cron")[0].trim().to_string();
    let command: Vec<&str> = line.split_whitespace().skip(5).collect();
    let backup = failing_script(env.dir.path(), "backup.sh");
    let log = env.dir.path().join("backup.log");
    let command = command
        .join(" ")
        .replace("/usr/local/bin/backup.sh", backup.to_str().unwrap())
        .replace("/var/tmp/backup.log", log.to_str().unwrap());
    let out = Command::new("/bin/sh")
        .arg("-c")
        .arg(&command)
        .env_clear()
        .env("HOME", &home)
        .env("PATH", "/usr/bin:/bin")
        .env("CORPMSG_CACHE_DIR", env.cache_dir())
        .current_dir(&home)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{command}: {}", stderr(&out));
    let sent = got.lock().unwrap();
    assert_eq!(sent.len(), 1, "{}", stderr(&out));
    assert_eq!(sent[0]["sessionId"], session);
    assert_eq!(sent[0]["sender"], sender);
    let content = sent[0]["text"]["content"].as_str().unwrap();
    assert!(content.contains("disk full on /backup"), "{content}");
}

#[test]
fn the_sandbox_ci_steps_work_as_written() {
    let text = readme();
    let sandbox = section(
        &text,
        "The sandbox: every provider's server on your machine",
    );
    let yaml = blocks(sandbox, "yaml");
    assert_eq!(yaml.len(), 2, "a GitHub Actions and a GitLab example");
    let commands: Vec<String> = yaml
        .iter()
        .map(|b| {
            b.lines()
                .find_map(|l| {
                    let l = l.trim();
                    l.strip_prefix("run: ")
                        .or_else(|| l.strip_prefix("- "))
                        .filter(|c| c.starts_with("corpmsg sandbox"))
                })
                .unwrap_or_else(|| panic!("no corpmsg sandbox step in {b}"))
                .to_string()
        })
        .collect();
    let shown = sandbox
        .split("\n$ ")
        .nth(1)
        .expect("the example output")
        .split("```")
        .next()
        .unwrap();
    let (shown_command, shown_output) = shown.split_once('\n').unwrap();
    for command in &commands {
        let env = Env::new();
        let dir = env.dir.path();
        let deploy = dir.join("deploy.sh");
        std::fs::write(&deploy, "#!/bin/sh\necho deployed\n").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&deploy, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
        let out = shell(&env, command, &[], dir);
        assert!(out.status.success(), "{command}: {}", stderr(&out));
        assert_eq!(stdout(&out), shown_output, "{command}");
        assert_eq!(
            command.replace('"', ""),
            shown_command.replace('"', ""),
            "the shown run is the steps' command"
        );
    }
}
