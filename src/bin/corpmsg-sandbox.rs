//! `corpmsg-sandbox`: corpmsg with the sandbox's server compiled in. `corpmsg sandbox` runs it;
//! `cargo run` runs it too (the package's `default-run`), so that the README's first command
//! builds one binary. Every other command works in it as in `corpmsg`.

fn main() -> std::process::ExitCode {
    corpmsg::cmd::main(corpmsg::cmd::SandboxHost::here())
}
