//! Network options: proxies (flag and variables, with NO_PROXY), private CAs, --insecure,
//! --retries and --timeout. Proxies are raw servers on 127.0.0.1; the profile URLs that go
//! through them name `.invalid` hosts, which only a proxy can reach.

use crate::faults::{Call, Provider, healthy};
use crate::raw::{RawServer, Reply, tls_dir};
use crate::support::{Env, closed_port, stderr};

const FAR_AWAY: &str = "http://youdu.corpmsg-test.invalid:7080";

/// An env whose Youdu profile points at `url`.
fn youdu_at(url: &str) -> Env {
    let env = Env::new();
    env.write_config(&Provider::Youdu.config(url));
    env
}

fn send(env: &Env) -> assert_cmd::Command {
    let mut cmd = env.cmd();
    cmd.args(["youdu", "text", "-u", "alice", "through the network"]);
    cmd
}

fn hits(server: &RawServer) -> (u32, u32) {
    let p = Provider::Youdu;
    (
        server.hits(p.path(Call::Token)),
        server.hits(p.path(Call::Send)),
    )
}

#[test]
fn the_proxy_flag_carries_every_request() {
    let proxy = RawServer::start(healthy(Provider::Youdu));
    let env = youdu_at(FAR_AWAY);
    send(&env)
        .args(["--proxy", &proxy.url()])
        .assert()
        .success()
        .stderr("");
    assert_eq!(hits(&proxy), (1, 1));
}

#[test]
fn proxy_variables_are_honoured_in_either_case() {
    for var in ["HTTP_PROXY", "http_proxy", "ALL_PROXY"] {
        let proxy = RawServer::start(healthy(Provider::Youdu));
        let env = youdu_at(FAR_AWAY);
        let out = send(&env).env(var, proxy.url()).output().unwrap();
        assert!(out.status.success(), "{var}: {}", stderr(&out));
        assert_eq!(hits(&proxy), (1, 1), "{var}");
    }
}

#[test]
fn https_proxy_tunnels_https_urls() {
    // The proxy refuses the tunnel; what matters is that the CONNECT reached it.
    let proxy = RawServer::start(|_, _| Reply::Body(403, "text/plain", b"denied".to_vec()));
    let env = Env::new();
    env.write_config(&Provider::Fxiaoke.config("https://open.corpmsg-test.invalid"));
    let out = env
        .cmd()
        .env("HTTPS_PROXY", proxy.url())
        .args(["--retries", "0", "fxiaoke", "text", "-u", "FSUID_A", "hi"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6));
    assert_eq!(proxy.hits("open.corpmsg-test.invalid:443"), 1);
    // The proxy answered: the error says that the server was not reached through it.
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "error: cannot connect to https://open.corpmsg-test.invalid/oauth2.0/token through the proxy {}: ",
            proxy.url()
        )),
        "{err}"
    );
}

#[test]
fn an_unreachable_proxy_is_named_without_its_password() {
    let dead = format!("127.0.0.1:{}", closed_port());
    let env = youdu_at(FAR_AWAY);
    let wanted = format!(
        "error: cannot connect to the proxy http://{dead} (for {FAR_AWAY}/cgi/gettoken): Connection refused"
    );
    let flag = format!("http://bob:pw-9931@{dead}");
    for (var, value) in [
        ("--proxy", flag.as_str()),
        ("HTTP_PROXY", &flag),
        ("--proxy", &dead),
    ] {
        let mut cmd = send(&env);
        cmd.args(["--retries", "0"]);
        if var == "--proxy" {
            cmd.args([var, value]);
        } else {
            cmd.env(var, value);
        }
        let out = cmd.output().unwrap();
        assert_eq!(out.status.code(), Some(6), "{var}");
        let err = stderr(&out);
        assert!(
            err.starts_with(&wanted) && !err.contains("pw-9931"),
            "{var}={value}: {err}"
        );
    }
    // A server that NO_PROXY keeps direct is named itself, with no proxy.
    let server = format!("http://127.0.0.1:{}", closed_port());
    let env = youdu_at(&server);
    let out = send(&env)
        .args(["--retries", "0", "--proxy", &flag])
        .env("NO_PROXY", "127.0.0.1")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6));
    let err = stderr(&out);
    assert!(
        err.starts_with(&format!(
            "error: cannot connect to {server}/cgi/gettoken: Connection refused"
        )),
        "{err}"
    );
}

#[test]
fn https_to_a_plain_http_server_says_so() {
    let server = RawServer::not_tls();
    let url = format!("https://127.0.0.1:{}", server.port);
    let env = youdu_at(&url);
    let out = send(&env).args(["--retries", "0"]).output().unwrap();
    assert_eq!(out.status.code(), Some(6));
    assert_eq!(
        stderr(&out),
        format!(
            "error: cannot connect to {url}/cgi/gettoken: the server does not speak TLS (received corrupt message of type InvalidContentType); if it serves plain HTTP, use http:// in the URL\n"
        )
    );
    // The same through an https proxy that speaks no TLS: the proxy is named.
    let env = youdu_at(FAR_AWAY);
    let proxy = format!("https://127.0.0.1:{}", server.port);
    let out = send(&env)
        .args(["--retries", "0", "--proxy", &proxy])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6));
    assert!(
        stderr(&out).starts_with(&format!(
            "error: cannot connect to the proxy {proxy} (for {FAR_AWAY}/cgi/gettoken): the proxy does not speak TLS ("
        )),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_proxy_given_as_host_and_port_is_http() {
    let proxy = RawServer::start(healthy(Provider::Youdu));
    let env = youdu_at(FAR_AWAY);
    send(&env)
        .args(["--proxy", &format!("127.0.0.1:{}", proxy.port)])
        .assert()
        .success()
        .stderr("");
    assert_eq!(hits(&proxy), (1, 1));
}

#[test]
fn no_proxy_keeps_lan_servers_direct() {
    let server = RawServer::start(healthy(Provider::Youdu));
    let dead_proxy = format!("http://127.0.0.1:{}", closed_port());
    for no_proxy in ["127.0.0.1", "localhost,127.0.0.0/8", "*", "corp.example, *"] {
        let env = youdu_at(&server.url());
        let out = send(&env)
            .env("HTTP_PROXY", &dead_proxy)
            .env("NO_PROXY", no_proxy)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "NO_PROXY={no_proxy}: {}",
            stderr(&out)
        );
        // The flag's proxy too, as with curl -x.
        let out = send(&env)
            .args(["--proxy", &dead_proxy])
            .env("no_proxy", no_proxy)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "--proxy, no_proxy={no_proxy}: {}",
            stderr(&out)
        );
    }
    // Without NO_PROXY the dead proxy is used, and that is a network error.
    let env = youdu_at(&server.url());
    let out = send(&env)
        .env("HTTP_PROXY", &dead_proxy)
        .args(["--retries", "0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6));
    assert!(stderr(&out).contains("cannot connect"), "{}", stderr(&out));
    // Four configs, each fetching a token once and sending twice.
    assert_eq!(hits(&server), (4, 8));
}

#[test]
fn a_private_ca_is_trusted_with_ca_cert_and_only_then() {
    let server = RawServer::start_tls(healthy(Provider::Youdu));
    let env = youdu_at(&server.https_url());
    let out = send(&env).args(["--retries", "0"]).output().unwrap();
    assert_eq!(out.status.code(), Some(6));
    let err = stderr(&out);
    assert!(
        err.contains("cannot connect to https://127.0.0.1") && err.contains("certificate"),
        "{err}"
    );
    assert_eq!(hits(&server), (0, 0));

    send(&env)
        .arg("--ca-cert")
        .arg(tls_dir().join("ca.pem"))
        .assert()
        .success()
        .stderr("");
    assert_eq!(hits(&server), (1, 1));

    // --insecure works too, but says so; the token is cached by now.
    let out = send(&env).arg("--insecure").output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "warning: --insecure: TLS certificates are not checked\n"
    );
    assert_eq!(hits(&server), (1, 2));
}

#[test]
fn bad_ca_cert_and_proxy_values_are_usage_errors_before_any_request() {
    let server = RawServer::start(healthy(Provider::Youdu));
    let env = youdu_at(&server.url());
    let dir = env.dir.path();
    std::fs::write(dir.join("not.pem"), "hello").unwrap();
    let not_pem = dir.join("not.pem");
    let cases: [(&[&str], &str); 9] = [
        (
            &["--ca-cert", "/nonexistent/ca.pem"],
            "--ca-cert /nonexistent/ca.pem: ",
        ),
        (
            &["--ca-cert", not_pem.to_str().unwrap()],
            "holds no PEM certificate",
        ),
        (&["--ca-cert", dir.to_str().unwrap()], "--ca-cert"),
        (
            &["--proxy", "http://bob:pw-9931@[::1"],
            "--proxy \"http://bob:***@[::1\"",
        ),
        (
            &["--proxy", "socks5://bob:pw-9931@proxy:1080"],
            "SOCKS is not supported",
        ),
        // Not a URL: reqwest would take it for a host and fail with a lookup at the first request.
        (
            &["--proxy", "notaurl"],
            "--proxy \"notaurl\" is not a valid proxy URL (give http://host[:port], https://host[:port] or host:port",
        ),
        (&["--proxy", "proxy:31x8"], "--proxy \"proxy:31x8\" is not"),
        (&["--proxy", "http://"], "--proxy \"http://\" is not"),
        (
            &["--proxy", "ftp://bob:pw-9931@proxy:21"],
            "--proxy \"ftp://bob:***@proxy:21\" is not",
        ),
    ];
    for (args, wanted) in cases {
        let out = send(&env).args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr(&out);
        assert!(
            err.contains(wanted) && !err.contains("pw-9931"),
            "{args:?}: {err}"
        );
        assert_eq!(err.lines().count(), 1, "{err}");
    }
    assert_eq!(hits(&server), (0, 0));
}

#[test]
fn retries_count_only_requests_that_never_arrived() {
    let url = format!("http://127.0.0.1:{}", closed_port());
    for (retries, tries) in [("0", 1), ("1", 2), ("3", 4)] {
        let env = youdu_at(&url);
        let out = send(&env)
            .args(["-vv", "--retries", retries])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(6));
        let err = stderr(&out);
        assert_eq!(err.matches("POST ").count(), tries, "{err}");
        assert_eq!(err.matches("retrying in").count(), tries - 1, "{err}");
    }
}

#[test]
fn timeouts_must_be_positive() {
    let env = youdu_at(FAR_AWAY);
    for bad in ["0", "-1", "abc", "100000"] {
        let out = send(&env).arg(format!("--timeout={bad}")).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{bad}");
        assert!(
            stderr(&out).contains("--timeout"),
            "{bad}: {}",
            stderr(&out)
        );
    }
    let out = send(&env).env("CORPMSG_TIMEOUT", "0").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}
