//! A raw HTTP/1.1 server on 127.0.0.1 that misbehaves on request: it answers, hangs, closes,
//! cuts or floods as its handler says, and counts what reached it. httpmock always answers
//! properly, so the fault tests need this.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// What the server does with one request.
pub enum Reply {
    /// A whole answer with this status, content type and body.
    Body(u16, &'static str, Vec<u8>),
    /// Close the connection without answering.
    Close,
    /// Say nothing for this long, then close.
    Hang(Duration),
    /// Declare `declared` bytes of body, send `body`, then close.
    Cut { declared: usize, body: Vec<u8> },
    /// A 200 answer with no length whose body never ends.
    Endless,
    /// A 200 answer whose headers come at once and whose body then comes one byte every
    /// 200 ms (for at most a minute).
    Trickle,
}

impl Reply {
    pub fn json(status: u16, body: serde_json::Value) -> Reply {
        Reply::Body(status, "application/json", body.to_string().into_bytes())
    }
}

/// One request as it arrived: its path, without the query, its head (request line and
/// headers) as text, and its body.
pub struct Request {
    pub path: String,
    pub head: String,
    pub body: Vec<u8>,
}

/// `handler(request, n)` answers the `n`-th request (1-based) to that path.
pub type Handler = Arc<dyn Fn(&Request, u32) -> Reply + Send + Sync>;

#[derive(Default)]
struct Counts {
    connections: u32,
    paths: HashMap<String, u32>,
}

pub struct RawServer {
    pub port: u16,
    counts: Arc<Mutex<Counts>>,
    /// Set by [`RawServer::stop`]: the listener closes at its next connection.
    stopped: Arc<std::sync::atomic::AtomicBool>,
}

impl RawServer {
    /// A server that reads HTTP requests and answers each as `handler` says.
    pub fn start(handler: impl Fn(&Request, u32) -> Reply + Send + Sync + 'static) -> Self {
        Self::start_at(0, handler)
    }

    /// [`RawServer::start`] on `port` (0: any free one), so that a stopped server can come
    /// back at the same address.
    pub fn start_at(
        port: u16,
        handler: impl Fn(&Request, u32) -> Reply + Send + Sync + 'static,
    ) -> Self {
        let handler: Handler = Arc::new(handler);
        Self::listen_at(port, move |stream, counts| {
            serve(&stream, counts, &handler);
            let _ = stream.shutdown(Shutdown::Both);
        })
    }

    /// Stops listening: connections are refused from then on (requests already read are
    /// still answered).
    pub fn stop(self) {
        self.stopped
            .store(true, std::sync::atomic::Ordering::SeqCst);
        // Wakes the accepting thread, which then closes the listener.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
        // Until the listener is closed, connections would still be accepted.
        while TcpStream::connect(("127.0.0.1", self.port)).is_ok() {
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// A server that answers whatever arrives with a line of plain text: no TLS peer.
    pub fn not_tls() -> Self {
        Self::listen(|mut stream, _| {
            let mut buf = [0u8; 512];
            let _ = stream.read(&mut buf);
            let _ = stream.write_all(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
        })
    }

    /// [`RawServer::start`] behind TLS, with the certificate in `tests/data/tls` (for
    /// 127.0.0.1, signed by `ca.pem`).
    pub fn start_tls(handler: impl Fn(&Request, u32) -> Reply + Send + Sync + 'static) -> Self {
        use rustls::pki_types::pem::PemObject;
        use rustls::pki_types::{CertificateDer, PrivateKeyDer};
        let dir = tls_dir();
        let certs = CertificateDer::pem_file_iter(dir.join("server.pem"))
            .unwrap()
            .collect::<Result<Vec<_>, _>>()
            .unwrap();
        let key = PrivateKeyDer::from_pem_file(dir.join("server.key")).unwrap();
        let config = rustls::ServerConfig::builder_with_provider(Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .unwrap();
        let config = Arc::new(config);
        let handler: Handler = Arc::new(handler);
        Self::listen(move |stream, counts| {
            let Ok(conn) = rustls::ServerConnection::new(config.clone()) else {
                return;
            };
            serve(rustls::StreamOwned::new(conn, stream), counts, &handler);
        })
    }

    fn listen(on_connection: impl Fn(TcpStream, &Mutex<Counts>) + Send + Sync + 'static) -> Self {
        Self::listen_at(0, on_connection)
    }

    fn listen_at(
        port: u16,
        on_connection: impl Fn(TcpStream, &Mutex<Counts>) + Send + Sync + 'static,
    ) -> Self {
        let listener = TcpListener::bind(("127.0.0.1", port)).unwrap();
        let port = listener.local_addr().unwrap().port();
        let counts: Arc<Mutex<Counts>> = Arc::default();
        let stopped: Arc<std::sync::atomic::AtomicBool> = Arc::default();
        let shared = counts.clone();
        let stop = stopped.clone();
        let on_connection = Arc::new(on_connection);
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stop.load(std::sync::atomic::Ordering::SeqCst) {
                    return;
                }
                let Ok(stream) = stream else { return };
                let _ = stream.set_read_timeout(Some(Duration::from_secs(30)));
                shared.lock().unwrap().connections += 1;
                let (counts, on_connection) = (shared.clone(), on_connection.clone());
                std::thread::spawn(move || on_connection(stream, &counts));
            }
        });
        RawServer {
            port,
            counts,
            stopped,
        }
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// The URL of a [`RawServer::start_tls`] server.
    pub fn https_url(&self) -> String {
        format!("https://127.0.0.1:{}", self.port)
    }

    /// How many requests reached `path`.
    pub fn hits(&self, path: &str) -> u32 {
        self.counts
            .lock()
            .unwrap()
            .paths
            .get(path)
            .copied()
            .unwrap_or(0)
    }

    pub fn connections(&self) -> u32 {
        self.counts.lock().unwrap().connections
    }
}

/// `tests/data/tls`: a test CA and a server certificate it signed (valid until 2126).
pub fn tls_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/tls")
}

fn serve(mut stream: impl Read + Write, counts: &Mutex<Counts>, handler: &Handler) {
    // Requests on one kept-alive connection, until the client closes it.
    while let Some(request) = read_request(&mut stream) {
        let n = {
            let mut c = counts.lock().unwrap();
            let n = c.paths.entry(request.path.clone()).or_default();
            *n += 1;
            *n
        };
        let keep = match handler(&request, n) {
            Reply::Body(status, content_type, body) => {
                let head = format!(
                    "HTTP/1.1 {status} {}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
                    reason(status),
                    body.len()
                );
                stream.write_all(head.as_bytes()).is_ok() && stream.write_all(&body).is_ok()
            }
            Reply::Close => false,
            Reply::Hang(d) => {
                std::thread::sleep(d);
                false
            }
            Reply::Cut { declared, body } => {
                let head = format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {declared}\r\n\r\n"
                );
                let _ = stream.write_all(head.as_bytes());
                let _ = stream.write_all(&body);
                false
            }
            Reply::Trickle => {
                let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n";
                if stream.write_all(head.as_bytes()).is_ok() {
                    for _ in 0..300 {
                        if stream.write_all(b" ").is_err() || stream.flush().is_err() {
                            break;
                        }
                        std::thread::sleep(Duration::from_millis(200));
                    }
                }
                false
            }
            Reply::Endless => {
                let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n{\"errcode\":0,\"errmsg\":\"";
                let chunk = vec![b'x'; 64 * 1024];
                if stream.write_all(head.as_bytes()).is_ok() {
                    while stream.write_all(&chunk).is_ok() {}
                }
                false
            }
        };
        let _ = stream.flush();
        if !keep {
            break;
        }
    }
}

/// Reads one request (head and a Content-Length body); `None` when the client closed.
fn read_request(stream: &mut impl Read) -> Option<Request> {
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        if stream.read(&mut byte).ok()? == 0 {
            return None;
        }
        head.push(byte[0]);
    }
    let head = String::from_utf8_lossy(&head);
    let target = head.split(' ').nth(1)?;
    // A proxy is sent the absolute form: http://host/path?query.
    let target = match target.find("://") {
        Some(i) => {
            &target[target[i + 3..]
                .find('/')
                .map_or(target.len(), |j| i + 3 + j)..]
        }
        None => target,
    };
    let path = target.split('?').next().unwrap_or(target);
    let length = head
        .lines()
        .find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case("content-length")
                .then(|| v.trim().parse::<usize>().ok())?
        })
        .unwrap_or(0);
    let mut body = vec![0u8; length];
    stream.read_exact(&mut body).ok()?;
    Some(Request {
        path: path.to_string(),
        head: head.to_string(),
        body,
    })
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        302 => "Found",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        _ => "Whatever",
    }
}
