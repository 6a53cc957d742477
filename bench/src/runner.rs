//! Runs commands many times and reports each run's wall time and peak resident set size, for
//! `bench/measure.py`. Each run is a child reaped with `wait4`, whose `ru_maxrss` is the child's
//! own peak as long as it is above this runner's (reported as `floor_kib`): the kernel counts
//! the memory of the process that started the child too, which is why a Python driver cannot
//! measure this itself.
//!
//! Reads a plan on stdin:
//! `{"runs":N,"warmup":W,"commands":[{"seq":[[argv…],…],"env":{…},"fresh_dir":"VAR"?}]}`
//! and runs the commands in turn, round after round, so that all see the same machine. A
//! command is a sequence of processes run one after another (ten curl runs, say); its time is
//! their sum and its peak the largest. `fresh_dir` names a variable set to a new, empty folder
//! for every run (an empty token cache). Writes `{"floor_kib":…,"samples":[[[ms,kib],…],…]}`.

use std::process::{Command, Stdio};
use std::time::Instant;

use serde_json::{Value, json};

struct Plan {
    runs: usize,
    warmup: usize,
    commands: Vec<Cmd>,
}

struct Cmd {
    seq: Vec<Vec<String>>,
    env: Vec<(String, String)>,
    fresh_dir: Option<String>,
}

fn main() {
    let plan: Value = serde_json::from_reader(std::io::stdin()).unwrap_or_else(|e| fail(&e));
    let plan = parse(&plan).unwrap_or_else(|| fail(&"the plan is not {runs, warmup, commands}"));
    let scratch = std::env::temp_dir().join(format!("corpmsg-runner-{}", std::process::id()));
    let mut fresh = 0usize;
    let mut samples: Vec<Vec<(f64, i64)>> = vec![Vec::new(); plan.commands.len()];
    for round in 0..plan.warmup + plan.runs {
        for (i, cmd) in plan.commands.iter().enumerate() {
            let dir = cmd.fresh_dir.as_ref().map(|var| {
                fresh += 1;
                (var.clone(), scratch.join(fresh.to_string()))
            });
            let sample = run(cmd, dir.as_ref());
            if round >= plan.warmup {
                samples[i].push(sample);
            }
        }
    }
    let _ = std::fs::remove_dir_all(&scratch);
    println!(
        "{}",
        json!({"floor_kib": own_peak_kib(), "samples": samples})
    );
}

fn parse(v: &Value) -> Option<Plan> {
    let commands = v["commands"]
        .as_array()?
        .iter()
        .map(|c| {
            Some(Cmd {
                seq: c["seq"]
                    .as_array()?
                    .iter()
                    .map(|argv| {
                        argv.as_array()?
                            .iter()
                            .map(|a| a.as_str().map(String::from))
                            .collect::<Option<Vec<_>>>()
                    })
                    .collect::<Option<Vec<_>>>()?,
                env: c["env"]
                    .as_object()?
                    .iter()
                    .map(|(k, v)| Some((k.clone(), v.as_str()?.to_string())))
                    .collect::<Option<Vec<_>>>()?,
                fresh_dir: c["fresh_dir"].as_str().map(String::from),
            })
        })
        .collect::<Option<Vec<_>>>()?;
    Some(Plan {
        runs: usize::try_from(v["runs"].as_u64()?).ok()?,
        warmup: usize::try_from(v["warmup"].as_u64()?).ok()?,
        commands,
    })
}

/// Runs one command's sequence: total milliseconds and the largest peak RSS in KiB.
fn run(cmd: &Cmd, fresh: Option<&(String, std::path::PathBuf)>) -> (f64, i64) {
    let (mut ms, mut kib) = (0.0, 0);
    for argv in &cmd.seq {
        let mut c = Command::new(&argv[0]);
        c.args(&argv[1..])
            .env_clear()
            .envs(cmd.env.iter().map(|(k, v)| (k, v)))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        if let Some((var, dir)) = fresh {
            c.env(var, dir);
        }
        let start = Instant::now();
        // Reaped by wait4 below, which std's wait cannot do: it gives no resource usage.
        #[allow(clippy::zombie_processes)]
        let child = c
            .spawn()
            .unwrap_or_else(|e| fail(&format!("{}: {e}", argv[0])));
        let (status, rss) = wait4(child.id());
        ms += start.elapsed().as_secs_f64() * 1e3;
        kib = kib.max(rss);
        if status != 0 {
            // Once more with its stderr shown, to say why.
            c.stderr(Stdio::inherit());
            let _ = c.status();
            fail(&format!("`{}` exited with {status}", argv.join(" ")));
        }
    }
    (ms, kib)
}

/// Reaps the child; returns its exit code (or 128 + signal) and its peak RSS in KiB.
fn wait4(pid: u32) -> (i32, i64) {
    let mut status = 0;
    // SAFETY: rusage is plain integers, for which all zeroes is a valid value.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: the pointers are to live locals; the pid is our own unreaped child.
    let r = unsafe { libc::wait4(pid as libc::pid_t, &mut status, 0, &mut usage) };
    if r < 0 {
        fail(&std::io::Error::last_os_error());
    }
    let code = if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else {
        128 + libc::WTERMSIG(status)
    };
    (code, usage.ru_maxrss)
}

/// This runner's own peak RSS in KiB (VmHWM).
fn own_peak_kib() -> i64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

fn fail(e: &dyn std::fmt::Display) -> ! {
    eprintln!("bench: {e}");
    std::process::exit(1);
}
