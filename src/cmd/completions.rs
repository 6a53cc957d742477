//! `corpmsg completions`: scripts generated from the clap definition, with profile names
//! completed from the config in use (`corpmsg __complete-profiles`). The scripts are committed
//! under `completions/`; a test fails when they are stale.

use std::io::{self, Write};
use std::path::PathBuf;

use clap::Args;
use clap_complete::Shell;

use super::Cli;

#[derive(Debug, Args)]
pub(crate) struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum)]
    pub shell: Shell,
}

/// Writes the completion script for `shell`. It is generated into memory first, since
/// `clap_complete::generate` panics when a write fails; a closed `out` is then an error of
/// kind [`io::ErrorKind::BrokenPipe`], which ends the run quietly.
pub(crate) fn completions(args: &CompletionsArgs, out: &mut impl Write) -> io::Result<()> {
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::full_command(), "corpmsg", &mut script);
    let script = with_profile_names(args.shell, String::from_utf8_lossy(&script).into_owned());
    out.write_all(script.as_bytes())?;
    out.flush()
}

/// The first argument with which the completion scripts ask for profile names:
/// `corpmsg __complete-profiles -- WORDS...`. It is answered before clap parses anything, so
/// that it is in no help, no completion and no man page, and no variable can make it fail.
pub(crate) const COMPLETE_PROFILES: &str = "__complete-profiles";

/// The words of the command line being completed when corpmsg was called as
/// `corpmsg __complete-profiles -- WORDS...`; `None` for any other call.
pub fn profile_completion_words() -> Option<Vec<String>> {
    let mut args = std::env::args_os().skip(1);
    if args.next()? != COMPLETE_PROFILES {
        return None;
    }
    let mut words: Vec<String> = args.map(|a| a.to_string_lossy().into_owned()).collect();
    if words.first().is_some_and(|w| w == "--") {
        words.remove(0);
    }
    Some(words)
}

/// Answers `corpmsg __complete-profiles -- WORDS...`, called by the completion scripts for
/// `-p`: the profile names of the config that the command line being completed would use (its
/// `-c` or `--config`, else `CORPMSG_CONFIG`, else the default path), and those the
/// `CORPMSG_YOUDU_*` / `CORPMSG_FXIAOKE_*` variables make up, one a line. It prints
/// nothing else: a config that cannot be read or parsed completes nothing, and no secret is
/// read.
pub fn complete_profiles(words: &[String], out: &mut impl Write) -> io::Result<()> {
    let from_env = std::env::var_os(crate::env_vars::CORPMSG_CONFIG)
        .filter(|v| !v.is_empty())
        .map(PathBuf::from);
    let req = crate::config::Request {
        config: config_flag(words).or(from_env),
        profile: None,
        env: crate::config::Overrides::default(),
    };
    let mut listed = profile_names(&req);
    // The profiles that CORPMSG_YOUDU_* and CORPMSG_FXIAOKE_* make up, when they are set.
    let env = crate::config::Overrides::from_lookup(|name| std::env::var(name).ok());
    for name in env.profile_names() {
        if !listed.contains(&name) {
            listed.push(name);
        }
    }
    let mut names = String::new();
    for name in listed {
        names.push_str(&name);
        names.push('\n');
    }
    out.write_all(names.as_bytes())?;
    out.flush()
}

/// The names of the profiles in the config file `req` names (or the default one); none when
/// it cannot be read or is not TOML. Names a shell could not offer as one word are left out.
fn profile_names(req: &crate::config::Request) -> Vec<String> {
    let path = crate::config::path_in_use(req);
    // Only a regular file: a FIFO or /dev/stdin (a terminal while completing) would block the
    // shell at every TAB.
    if path
        .as_ref()
        .is_some_and(|p| std::fs::metadata(p).is_ok_and(|m| !m.is_file()))
    {
        return Vec::new();
    }
    let env = crate::config::Overrides::default();
    match crate::config::read_in_use(req, path.as_deref(), &env, &mut Vec::new()) {
        Ok(Some(each)) => each
            .profiles
            .into_iter()
            .map(|(name, _)| name)
            .filter(|name| {
                !name.is_empty() && !name.chars().any(|c| c.is_whitespace() || c.is_control())
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// The config file named by `-c FILE`, `-cFILE`, `--config FILE` or `--config=FILE` (which bash
/// hands over as three words) among the words of a command line, the last one winning; the
/// first word is the program, and the words after `--` are another command's. A value keeps
/// the shell's quotes in bash, so a quoted value loses them, and `~/` is the home folder.
fn config_flag(words: &[String]) -> Option<PathBuf> {
    let mut found = None;
    let mut words = words.iter().skip(1).map(String::as_str);
    while let Some(word) = words.next() {
        found = match word {
            "--" => break,
            "-c" | "--config" => match words.next() {
                Some("=") => words.next(),
                value => value,
            },
            _ => match word.strip_prefix("--config=") {
                Some(value) => Some(value),
                None if word.starts_with("-c") => Some(&word[2..]),
                None => continue,
            },
        }
        .or(found);
    }
    let value = unquote(found?);
    if value.is_empty() {
        return None;
    }
    match value.strip_prefix("~/") {
        Some(rest) => dirs::home_dir().map(|home| home.join(rest)),
        None => Some(PathBuf::from(value)),
    }
}

/// `value` without one pair of surrounding quotes.
fn unquote(value: &str) -> &str {
    for quote in ['"', '\''] {
        if let Some(inner) = value
            .strip_prefix(quote)
            .and_then(|v| v.strip_suffix(quote))
        {
            return inner;
        }
    }
    value
}

/// The generated completion script of `shell` with the values of `-p`/`--profile` completed
/// from the config in use (through `corpmsg __complete-profiles`) instead of as file names:
/// bash, zsh and fish; the other shells' scripts are left as generated.
fn with_profile_names(shell: Shell, script: String) -> String {
    match shell {
        Shell::Bash => {
            let mut out = String::from(BASH_PROFILES);
            let mut after_profile_flag = false;
            for line in script.lines() {
                let text = line.trim();
                if after_profile_flag && text == r#"COMPREPLY=($(compgen -f "${cur}"))"# {
                    let indent = &line[..line.len() - line.trim_start().len()];
                    out.push_str(indent);
                    out.push_str(r#"COMPREPLY=($(compgen -W "$(_corpmsg_profiles)" -- "${cur}"))"#);
                } else {
                    out.push_str(line);
                }
                out.push('\n');
                after_profile_flag = text == "--profile)" || text == "-p)";
            }
            out
        }
        Shell::Zsh => {
            let mut out = String::new();
            for line in script.lines() {
                if line.starts_with("autoload -U is-at-least") {
                    out.push_str(line);
                    out.push('\n');
                    out.push_str(ZSH_PROFILES);
                    continue;
                }
                if line.starts_with("'*-p+[") || line.starts_with("'*--profile=[") {
                    out.push_str(&line.replace(":NAME:_default'", ":NAME:_corpmsg_profiles'"));
                } else {
                    out.push_str(line);
                }
                out.push('\n');
            }
            out
        }
        Shell::Fish => {
            let mut out = String::from(FISH_PROFILES);
            for line in script.lines() {
                out.push_str(line);
                if line.starts_with("complete -c corpmsg ")
                    && line.contains(" -s p -l profile ")
                    && line.ends_with(" -r")
                {
                    out.push_str(r#" -f -a "(__fish_corpmsg_profiles)""#);
                }
                out.push('\n');
            }
            out
        }
        _ => script,
    }
}

/// Bash: the profile names for the words before the cursor.
const BASH_PROFILES: &str = r#"# Profile names for -p: those of the config the command line uses (corpmsg __complete-profiles).
_corpmsg_profiles() {
    corpmsg __complete-profiles -- "${COMP_WORDS[@]:0:COMP_CWORD}" </dev/null 2>/dev/null
}

"#;

/// Zsh: `$words` holds only the subcommand's words here, so the whole line left of the cursor
/// is split instead, to find a `-c` given before the subcommand.
const ZSH_PROFILES: &str = r#"
# Profile names for -p: those of the config the command line uses (corpmsg __complete-profiles).
(( $+functions[_corpmsg_profiles] )) ||
_corpmsg_profiles() {
    local -a profiles
    profiles=(${(f)"$(corpmsg __complete-profiles -- ${(Q)${(z)LBUFFER}} </dev/null 2>/dev/null)"})
    _describe -t profiles 'profile' profiles
}
"#;

/// Fish: the tokens before the cursor. Before a subcommand, the generated conditions are
/// false while `-p` waits for its value (their argparse fails), so a value after `-p` or
/// `--profile` there is completed by a rule of its own.
const FISH_PROFILES: &str = r#"# Profile names for -p: those of the config the command line uses (corpmsg __complete-profiles).
function __fish_corpmsg_profiles
    corpmsg __complete-profiles -- (commandline -opc) </dev/null 2>/dev/null
end

function __fish_corpmsg_profile_value_wanted
    set -l cmd (commandline -opc)
    contains -- $cmd[-1] -p --profile
end

complete -c corpmsg -n "__fish_corpmsg_profile_value_wanted" -f -a "(__fish_corpmsg_profiles)"

"#;

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> Vec<String> {
        line.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn the_config_of_the_line_being_completed() {
        let flag = |line: &str| config_flag(&words(line));
        assert_eq!(flag("corpmsg -p"), None);
        assert_eq!(
            flag("corpmsg -c a.toml youdu text -p"),
            Some("a.toml".into())
        );
        assert_eq!(
            flag("corpmsg youdu text --config b.toml -p"),
            Some("b.toml".into())
        );
        assert_eq!(flag("corpmsg --config=c.toml -p"), Some("c.toml".into()));
        assert_eq!(flag("corpmsg --config = d.toml -p"), Some("d.toml".into()));
        assert_eq!(flag("corpmsg -ce.toml -p"), Some("e.toml".into()));
        assert_eq!(flag("corpmsg -c 'f.toml' -p"), Some("f.toml".into()));
        assert_eq!(flag("corpmsg -c \"h.toml\" -p"), Some("h.toml".into()));
        assert_eq!(
            flag("corpmsg -c a.toml -c i.toml -p"),
            Some("i.toml".into())
        );
        assert_eq!(
            flag("corpmsg -c a.toml run -p x -- sh -c j"),
            Some("a.toml".into())
        );
        assert_eq!(flag("corpmsg -c"), None);
        assert_eq!(flag("corpmsg --config= -p"), None);
        // `-c` as the program's own name is not a flag.
        assert_eq!(flag("-c -p"), None);
        let home = dirs::home_dir().unwrap();
        assert_eq!(flag("corpmsg -c ~/k.toml -p"), Some(home.join("k.toml")));
    }

    fn script(shell: Shell) -> String {
        let mut out = Vec::new();
        completions(&CompletionsArgs { shell }, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// Every place the generated scripts complete `-p` or `--profile` asks corpmsg for the
    /// profile names instead of offering file names.
    #[test]
    fn the_scripts_complete_profile_names_for_every_profile_flag() {
        let bash = script(Shell::Bash);
        let flags = bash
            .lines()
            .filter(|l| matches!(l.trim(), "--profile)" | "-p)"))
            .count();
        let hooked = bash.matches(r#"compgen -W "$(_corpmsg_profiles)""#).count();
        assert!(
            flags >= 40 && hooked == flags,
            "{flags} flags, {hooked} hooked"
        );
        assert!(bash.contains("corpmsg __complete-profiles -- \"${COMP_WORDS[@]:0:COMP_CWORD}\""));

        let zsh = script(Shell::Zsh);
        let lines: Vec<&str> = zsh
            .lines()
            .filter(|l| l.starts_with("'*-p+[") || l.starts_with("'*--profile=["))
            .collect();
        assert!(lines.len() >= 40, "{}", lines.len());
        for line in lines {
            assert!(line.ends_with(":NAME:_corpmsg_profiles' \\"), "{line}");
        }
        assert!(zsh.starts_with("#compdef corpmsg\n"));
        assert!(zsh.contains("_corpmsg_profiles() {"));

        let fish = script(Shell::Fish);
        let lines: Vec<&str> = fish
            .lines()
            .filter(|l| l.contains(" -s p -l profile "))
            .collect();
        assert!(lines.len() >= 20, "{}", lines.len());
        for line in lines {
            assert!(
                line.ends_with(r#" -r -f -a "(__fish_corpmsg_profiles)""#),
                "{line}"
            );
        }
        assert!(fish.contains("function __fish_corpmsg_profiles"));

        for shell in [Shell::PowerShell, Shell::Elvish] {
            assert!(!script(shell).contains("__complete-profiles"));
        }
    }
}
