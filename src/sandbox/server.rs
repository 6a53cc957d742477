//! The sandbox's HTTP server: hyper's HTTP/1 server on a single-threaded tokio runtime of its
//! own thread (both already in the binary for reqwest), routing each request to the inbox, the
//! JSON API or the provider side that serves its path.

use std::convert::Infallible;
use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll};
use std::thread::JoinHandle;
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use http_body::Frame;
use http_body_util::{BodyExt, Limited};
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use serde_json::{Value, json};
use tokio::sync::mpsc;

use super::store::rfc3339;
use super::{Bad, Emulator, Message, Reply, Req, Side, Store, api};

/// The largest request body read: above WeCom's 20 MB and Youdu's Base64 of a large file.
const BODY_LIMIT: usize = 512 * 1024 * 1024;

/// How the sandbox runs.
pub(crate) struct Options {
    /// Print one line per provider request.
    pub log: bool,
    /// How long the tokens it issues live.
    pub token_lifetime: Duration,
    /// Where messages and media go: memory, or a file (`Store::open`).
    pub store: Store,
}

/// A provider side and its running emulator.
struct Route {
    side: &'static dyn Side,
    emulator: Box<dyn Emulator>,
}

struct State {
    store: Store,
    routes: Vec<Route>,
}

struct Shared {
    state: Mutex<State>,
    log: bool,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        // A panicking handler leaves the store as consistent as any single step left it.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// A sandbox serving on its own thread.
pub(crate) struct Running {
    pub addr: SocketAddr,
    shared: Arc<Shared>,
    thread: JoinHandle<io::Result<()>>,
}

impl Running {
    /// Every message received so far, oldest first.
    pub fn messages(&self) -> Vec<Message> {
        self.shared.lock().store.messages().cloned().collect()
    }

    /// Serves until the server fails (it does not stop on its own).
    pub fn wait(self) -> io::Result<()> {
        self.thread
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("the sandbox's server thread panicked")))
    }
}

/// Starts serving on `listener`, on a thread of its own.
pub(crate) fn start(listener: std::net::TcpListener, options: Options) -> io::Result<Running> {
    let addr = listener.local_addr()?;
    listener.set_nonblocking(true)?;
    let routes = super::SIDES
        .iter()
        .map(|&side| Route {
            side,
            emulator: side.start(options.token_lifetime),
        })
        .collect();
    let shared = Arc::new(Shared {
        state: Mutex::new(State {
            store: options.store,
            routes,
        }),
        log: options.log,
    });
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .enable_time()
        .build()?;
    let serving = shared.clone();
    let thread = std::thread::Builder::new()
        .name("sandbox".into())
        .spawn(move || runtime.block_on(accept(listener, serving)))?;
    Ok(Running {
        addr,
        shared,
        thread,
    })
}

async fn accept(listener: std::net::TcpListener, shared: Arc<Shared>) -> io::Result<()> {
    let listener = tokio::net::TcpListener::from_std(listener)?;
    loop {
        let (stream, _) = match listener.accept().await {
            Ok(conn) => conn,
            // Out of file descriptors, a connection reset before accept: wait, go on.
            Err(_) => {
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let shared = shared.clone();
        tokio::spawn(async move {
            let service = service_fn(move |req| handle(shared.clone(), req));
            // A client that goes away mid-request is its own business.
            let _ = hyper::server::conn::http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}

async fn handle(
    shared: Arc<Shared>,
    req: hyper::Request<Incoming>,
) -> Result<hyper::Response<Body>, Infallible> {
    let (parts, body) = req.into_parts();
    if parts.uri.path() == "/api/events" && parts.method == hyper::Method::GET {
        return Ok(events(&shared));
    }
    let body = match Limited::new(body, BODY_LIMIT).collect().await {
        Ok(collected) => collected.to_bytes().to_vec(),
        Err(_) => {
            let reply = Reply::with_status(
                413,
                &json!({"error": format!("the body is over {BODY_LIMIT} bytes, or was cut off")}),
            );
            return Ok(respond(reply));
        }
    };
    let uri = format!("http://sandbox{}", parts.uri);
    let query = reqwest::Url::parse(&uri)
        .map(|u| u.query_pairs().into_owned().collect())
        .unwrap_or_default();
    let req = Req {
        method: parts.method.as_str().to_string(),
        path: parts.uri.path().to_string(),
        query,
        headers: parts
            .headers
            .iter()
            .map(|(k, v)| {
                (
                    k.as_str().to_string(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect(),
        body,
    };
    let reply = dispatch(&shared, &req);
    Ok(respond(reply))
}

/// Routes a request: the inbox, the JSON API, or the side that serves its path.
fn dispatch(shared: &Shared, req: &Req) -> Reply {
    if req.path == "/" || req.path == "/index.html" {
        return Reply {
            status: 200,
            content_type: "text/html; charset=utf-8".into(),
            body: super::INBOX.as_bytes().to_vec(),
        };
    }
    let mut st = shared.lock();
    let State { store, routes } = &mut *st;
    if req.path.starts_with("/api/") {
        return api::handle(req, store, super::SIDES);
    }
    let Some(route) = routes
        .iter_mut()
        .find(|r| r.side.paths().contains(&req.path.as_str()))
    else {
        if shared.log && req.path != "/favicon.ico" {
            log(None, req, "HTTP 404");
        }
        return Reply::with_status(404, &json!({"error": format!("no API at {}", req.path)}));
    };
    let provider = route.side.provider();
    let answer = match store.take_fault(provider, &req.path) {
        Some(code) => Err(Bad(
            code,
            "refused by a fault of the sandbox (POST /api/faults)".into(),
        )),
        None => route.emulator.handle(req, store),
    };
    let answer = answer.unwrap_or_else(|Bad(code, text)| route.side.refusal(code, &text));
    if shared.log {
        log(Some(provider), req, &outcome(&answer));
    }
    Reply::json(&answer)
}

/// The provider's error code and text in an answer, for the request log.
fn outcome(answer: &Value) -> String {
    let code = answer.get("errcode").or_else(|| answer.get("errorCode"));
    let text = answer.get("errmsg").or_else(|| answer.get("errorMessage"));
    match (code, text.and_then(Value::as_str)) {
        (Some(c), Some(t)) if !t.is_empty() => format!("{c} {t}"),
        (Some(c), _) => c.to_string(),
        _ => "HTTP 200".to_string(),
    }
}

/// One line per request: time, provider, method, path and the answer's code.
fn log(provider: Option<&str>, req: &Req, outcome: &str) {
    let time = rfc3339(SystemTime::now());
    println!(
        "{} {} {} {} -> {}",
        &time[11..19],
        provider.unwrap_or("-"),
        req.method,
        req.path,
        outcome
    );
}

/// `/api/events`: a server-sent event stream of new messages and clears.
fn events(shared: &Shared) -> hyper::Response<Body> {
    let (tx, rx) = mpsc::unbounded_channel();
    // The first bytes make the browser's EventSource open at once.
    let _ = tx.send("retry: 1000\n\n".to_string());
    shared.lock().store.listen(tx);
    hyper::Response::builder()
        .header("content-type", "text/event-stream")
        .header("cache-control", "no-store")
        .body(Body::Events(rx))
        .expect("a response of fixed headers")
}

fn respond(reply: Reply) -> hyper::Response<Body> {
    hyper::Response::builder()
        .status(reply.status)
        .header("content-type", reply.content_type)
        .header("cache-control", "no-store")
        .body(Body::Full(Some(Bytes::from(reply.body))))
        .expect("a response of a valid status and content type")
}

/// A response body: all at once, or events as they come.
enum Body {
    Full(Option<Bytes>),
    Events(mpsc::UnboundedReceiver<String>),
}

impl http_body::Body for Body {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        match self.get_mut() {
            Body::Full(bytes) => Poll::Ready(bytes.take().map(|b| Ok(Frame::data(b)))),
            Body::Events(rx) => rx
                .poll_recv(cx)
                .map(|e| e.map(|e| Ok(Frame::data(Bytes::from(e))))),
        }
    }

    fn is_end_stream(&self) -> bool {
        matches!(self, Body::Full(None))
    }

    fn size_hint(&self) -> http_body::SizeHint {
        match self {
            Body::Full(Some(b)) => http_body::SizeHint::with_exact(b.len() as u64),
            Body::Full(None) => http_body::SizeHint::with_exact(0),
            Body::Events(_) => http_body::SizeHint::default(),
        }
    }
}
