//! `corpmsg`: everything but the sandbox's server, which `corpmsg sandbox` hands to
//! `corpmsg-sandbox` beside it (`src/bin/corpmsg-sandbox.rs`).

fn main() -> std::process::ExitCode {
    corpmsg::cmd::main(corpmsg::cmd::SandboxHost::BESIDE)
}
