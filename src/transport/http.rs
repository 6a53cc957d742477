//! The HTTP client: one reqwest client per run, its runtime driven by a thread of its own while
//! the calling thread waits for each request, retries only for requests that certainly did not
//! reach the server, bounded reads of the answers, and upload bodies made from a file as they
//! are sent.

use std::cell::RefCell;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use base64::Engine;
use bytes::{Bytes, BytesMut};
use hyper_util::client::proxy::matcher;
use reqwest::ClientBuilder;

use super::TransportError;
use crate::secret::SecretSet;

/// The largest answer read; anything longer is a malformed answer. API answers are small, but
/// a Fxiaoke directory listing of a large company runs to megabytes.
const MAX_ANSWER: u64 = 32 << 20;
/// First retry delay; it doubles per retry, with jitter.
const BACKOFF: Duration = Duration::from_millis(200);

/// Network options from the command line.
#[derive(Debug, Clone)]
pub(crate) struct NetOptions {
    pub timeout: Duration,
    pub retries: u32,
    pub proxy: Option<String>,
    pub ca_cert: Option<PathBuf>,
    pub insecure: bool,
    /// Whether to load the built-in root certificates: see [`needs_tls`].
    pub tls_roots: bool,
    /// The proxy variables, as the command line read them.
    pub proxy_env: ProxyEnv,
}

/// The proxy variables in force, each the first set of its pair as reqwest reads them
/// (`HTTP_PROXY`, then `http_proxy`; likewise `HTTPS_PROXY`, `ALL_PROXY`, `NO_PROXY`). The
/// command line reads them once; this layer never reads the environment. Its `Debug` shows
/// which are set, not their values (a proxy URL may hold a password).
#[derive(Clone, Default)]
pub(crate) struct ProxyEnv {
    pub http: Option<String>,
    pub https: Option<String>,
    pub all: Option<String>,
    pub no: Option<String>,
}

impl ProxyEnv {
    /// The variables as `get` gives them.
    pub(crate) fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Self {
        let first = |a: &str, b: &str| get(a).or_else(|| get(b));
        ProxyEnv {
            http: first("HTTP_PROXY", "http_proxy"),
            https: first("HTTPS_PROXY", "https_proxy"),
            all: first("ALL_PROXY", "all_proxy"),
            no: first("NO_PROXY", "no_proxy"),
        }
    }

    /// The proxy URLs set, for the scheme-specific proxies first.
    fn proxies(&self) -> impl Iterator<Item = &String> {
        [&self.http, &self.https, &self.all].into_iter().flatten()
    }

    /// curl's `*` in NO_PROXY: no proxy for any host.
    fn no_proxy_at_all(&self) -> bool {
        self.no
            .as_deref()
            .is_some_and(|v| v.split(',').any(|h| h.trim() == "*"))
    }
}

impl std::fmt::Debug for ProxyEnv {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let set = |v: &Option<String>| if v.is_some() { "set" } else { "unset" };
        write!(
            f,
            "ProxyEnv {{ http: {}, https: {}, all: {}, no: {} }}",
            set(&self.http),
            set(&self.https),
            set(&self.all),
            set(&self.no)
        )
    }
}

impl Default for NetOptions {
    fn default() -> Self {
        NetOptions {
            timeout: Duration::from_secs(10),
            retries: 2,
            proxy: None,
            ca_cert: None,
            insecure: false,
            tls_roots: true,
            proxy_env: ProxyEnv::default(),
        }
    }
}

/// Why the client could not be built: a bad `--proxy` or `--ca-cert` (usage errors).
#[derive(Debug, thiserror::Error)]
pub(crate) enum ClientError {
    /// The URL with any password masked.
    #[error(
        "--proxy {0} is not a valid proxy URL (give http://host[:port], https://host[:port] or host:port; SOCKS is not supported)"
    )]
    Proxy(String),
    #[error("--ca-cert {path}: {problem}")]
    CaCert { path: String, problem: String },
    #[error("cannot set up the HTTP client: {0}")]
    Build(String),
}

/// Whether requests to `url` may use TLS: an https URL, or an https proxy from `--proxy` or
/// from the variables. Without it the built-in root certificates are not loaded.
pub(crate) fn needs_tls(url: &str, proxy: Option<&str>, env: &ProxyEnv) -> bool {
    let https = |s: &str| {
        s.trim()
            .get(..8)
            .is_some_and(|p| p.eq_ignore_ascii_case("https://"))
    };
    https(url) || proxy.is_some_and(https) || env.proxies().any(|p| https(p))
}

/// A diagnostic sink: `-vv` request lines, or warnings.
pub(crate) type Trace = Box<dyn Fn(&str)>;

/// Where a client's diagnostics go: `-vv` lines, warnings and upload progress (each may be
/// absent).
#[derive(Default)]
pub(crate) struct Sinks {
    pub trace: Option<Trace>,
    pub warn: Option<Trace>,
    pub meters: Option<Meters>,
}

/// Follows the bytes of one upload body as they are handed to the connection (a progress bar).
/// It ends when it is dropped, with the try of the request it belongs to (see [`Upload`]).
pub(crate) trait Meter: Send + Sync {
    fn advance(&self, bytes: u64);
}

/// Makes the meter of an upload body (named, of so many bytes), or none (a small upload, no
/// terminal).
pub(crate) type Meters = Box<dyn Fn(&str, u64) -> Option<Box<dyn Meter>>>;

/// An answer read in full (up to [`MAX_ANSWER`]).
#[derive(Debug)]
pub(crate) struct Answer {
    pub status: u16,
    pub body: Vec<u8>,
}

pub(crate) struct Http {
    /// Declared before the runtime, so dropped first.
    client: reqwest::Client,
    runtime: Driver,
    retries: u32,
    timeout: Duration,
    sinks: Sinks,
    /// Every secret of this run in every form it may come back in, for [`Http::mask`].
    secrets: RefCell<SecretSet>,
    /// The proxy rules of the client (`None`: no proxy at all), to name the proxy of a request
    /// that could not connect.
    proxies: Option<matcher::Matcher>,
    /// The upload under way, shared with its body.
    upload: Arc<Mutex<Upload>>,
}

impl Http {
    pub(crate) fn new(opts: &NetOptions, sinks: Sinks) -> Result<Self, ClientError> {
        // The deadline of a whole request is set on each (see `Http::post`).
        let builder = reqwest::Client::builder()
            .connect_timeout(opts.timeout)
            // A connection whose sent data goes unacknowledged this long is dead: the one
            // guard on an upload's body while it is sent (see `Upload::deadline`).
            .tcp_user_timeout(opts.timeout)
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("corpmsg/", env!("CARGO_PKG_VERSION")));
        let (mut builder, proxies) = with_proxies(builder, opts)?;
        let mut proxies = Some(proxies);
        if let Some(path) = &opts.ca_cert {
            for cert in ca_certs(path)? {
                builder = builder.add_root_certificate(cert);
            }
        }
        // curl's `*` in NO_PROXY (no proxy for any host), which reqwest matches against host
        // names only.
        if opts.proxy_env.no_proxy_at_all() {
            builder = builder.no_proxy();
            proxies = None;
        }
        if opts.insecure {
            builder = builder.danger_accept_invalid_certs(true);
        }
        if !opts.tls_roots {
            // A plain-HTTP run (a LAN Youdu server) never checks a certificate.
            builder = builder.tls_built_in_root_certs(false);
        }
        let runtime = Driver::start().map_err(|e| ClientError::Build(e.to_string()))?;
        let client = {
            let _in_runtime = runtime.handle.enter();
            builder
                .build()
                .map_err(|e| ClientError::Build(e.without_url().to_string()))?
        };
        let http = Http {
            client,
            runtime,
            retries: opts.retries,
            timeout: opts.timeout,
            sinks,
            secrets: RefCell::new(SecretSet::default()),
            proxies,
            upload: Arc::default(),
        };
        for proxy in opts.proxy.iter().chain(opts.proxy_env.proxies()) {
            http.add_proxy_credentials(proxy);
        }
        Ok(http)
    }

    /// Writes a `-vv` line.
    pub(crate) fn trace(&self, line: &str) {
        if let Some(t) = &self.sinks.trace {
            t(line);
        }
    }

    /// Writes a warning.
    pub(crate) fn warn(&self, line: &str) {
        if let Some(w) = &self.sinks.warn {
            w(line);
        }
    }

    /// The `--timeout` of one request, which also bounds the wait for another process's
    /// token-cache lock.
    pub(crate) fn timeout(&self) -> Duration {
        self.timeout
    }

    /// Adds a secret (a key, an app secret, a token) to those masked in server text, in each
    /// form it may come back in ([`SecretSet::add`]).
    pub(crate) fn add_secret(&self, value: &str) {
        self.secrets.borrow_mut().add(value);
    }

    /// The password of a proxy URL, percent-decoded or not, and the `Basic` credentials that
    /// carry it in `Proxy-Authorization`.
    fn add_proxy_credentials(&self, proxy: &str) {
        let with_scheme = if proxy.contains("://") {
            proxy.to_string()
        } else {
            format!("http://{proxy}")
        };
        let Ok(url) = reqwest::Url::parse(&with_scheme) else {
            return;
        };
        let Some(password) = url.password() else {
            return;
        };
        let decode = |s: &str| {
            percent_encoding::percent_decode_str(s)
                .decode_utf8_lossy()
                .into_owned()
        };
        let user = url.username();
        for (u, p) in [
            (user.to_string(), password.to_string()),
            (decode(user), decode(password)),
        ] {
            self.add_secret(&p);
            let basic = base64::engine::general_purpose::STANDARD.encode(format!("{u}:{p}"));
            self.add_secret(&basic);
        }
    }

    /// Server (or proxy) text with every secret of the run masked: see [`super::mask_secrets`].
    pub(crate) fn mask(&self, text: &str) -> String {
        let secrets = self.secrets.borrow();
        let forms: Vec<&str> = secrets.forms().collect();
        super::mask_secrets(text, &forms)
    }

    /// How many times a request that did not reach the server is retried.
    pub(crate) fn retries(&self) -> u32 {
        self.retries
    }

    /// Sends the request that `build` makes (a POST, or a GET for WeCom's token) to the URL
    /// that `url` gives (both called again for each retry). `url` returns the URL and the same with its secrets masked: `-vv` shows the
    /// masked one whole, error messages show it without the query. Returns the number of
    /// attempts with the result.
    pub(crate) fn post(
        &self,
        url: impl Fn() -> (String, String),
        build: impl Fn(&reqwest::Client, &str) -> reqwest::RequestBuilder,
    ) -> (u32, Result<Answer, TransportError>) {
        let mut attempts = 0;
        loop {
            attempts += 1;
            let (real, masked) = url();
            let shown = masked.split('?').next().unwrap_or(&masked);
            // A body made by `build` belongs to this try (see `Upload::attempt`).
            self.lock_upload().begin();
            let mut request = match build(&self.client, &real).build() {
                Ok(r) => r,
                Err(e) => return (attempts, Err(classify(e, shown, None))),
            };
            // An upload's body is streamed: it has no bytes until it is sent.
            let upload = request.body().is_some_and(|b| b.as_bytes().is_none());
            if !upload {
                // A total deadline (connect, send, headers and answer): a deadline for each
                // read would let a server trickling its answer hold the run forever.
                *request.timeout_mut() = Some(self.timeout);
            }
            self.trace(&format!(
                "{} {masked} (attempt {attempts})",
                request.method()
            ));
            self.lock_upload().deadline = Instant::now() + self.timeout;
            // On the driving thread, after the connection's own work: a connection the last
            // request left is back in the pool before the next one looks for it.
            let client = self.client.clone();
            let url = shown.to_string();
            let mut exchange = self.runtime.handle.spawn(async move {
                let resp = client.execute(request).await?;
                Ok::<_, reqwest::Error>(read_answer(resp, &url).await)
            });
            let done = if upload {
                // An upload takes as long as its size: see `Upload::deadline`.
                let done = self.runtime.block_on(self.until_deadline(&mut exchange));
                if done.is_none() {
                    exchange.abort();
                }
                done
            } else {
                Some(self.runtime.block_on(&mut exchange))
            };
            // The try is over: its body, should the connection still hold it, sends no more,
            // and its progress bar goes before anything else is printed.
            self.lock_upload().begin();
            let Some(done) = done else {
                let url = shown.to_string();
                return (attempts, Err(TransportError::Timeout { url }));
            };
            // Only an abort, above, cancels it; a panic in it goes on here.
            let result = done.unwrap_or_else(|e| std::panic::resume_unwind(e.into_panic()));
            match result {
                Ok(answer) => return (attempts, answer),
                Err(e) if e.is_connect() && attempts <= self.retries => {
                    let delay = backoff(attempts);
                    self.trace(&format!(
                        "cannot connect ({}); retrying in {} ms",
                        root_cause(&e),
                        delay.as_millis()
                    ));
                    std::thread::sleep(delay);
                }
                Err(e) => return (attempts, Err(classify(e, shown, self.proxy_for(&real)))),
            }
        }
    }

    /// A multipart part of `len` bytes read from `source` as it is sent, in pieces of
    /// [`PIECE`] bytes, followed by this run's meter (a progress bar `label`led). Each try of a
    /// request makes its own, so nothing of it is held in memory; a source that fails to open
    /// fails the body, and with it the request, so nothing goes out whole.
    pub(crate) fn streamed_part(
        &self,
        source: io::Result<Box<dyn Read + Send + Sync>>,
        len: u64,
        label: &str,
    ) -> reqwest::multipart::Part {
        let source = source.unwrap_or_else(|e| Box::new(FailedRead(Some(e))));
        let mut upload = self.lock_upload();
        upload.meter = self.sinks.meters.as_ref().and_then(|make| make(label, len));
        let body = ReadBody {
            source: Some(source),
            pieces: None,
            left: len,
            attempt: upload.attempt,
            upload: Arc::clone(&self.upload),
            timeout: self.timeout,
            started: None,
        };
        reqwest::multipart::Part::stream_with_length(reqwest::Body::wrap(body), len)
    }

    /// A multipart part that reads `file` (`len` bytes, as it was checked) from its start as
    /// it is sent (see [`Http::streamed_part`]). A file that is no longer `len` bytes fails
    /// the body, so nothing goes out with a wrong length.
    pub(crate) fn file_part(
        &self,
        file: &std::fs::File,
        len: u64,
        name: &str,
        mime: &str,
    ) -> reqwest::multipart::Part {
        let source = from_start(file).map(|f| {
            Box::new(Exact {
                inner: f,
                left: len,
            }) as Box<dyn Read + Send + Sync>
        });
        self.streamed_part(source, len, name)
            .file_name(name.to_string())
            .mime_str(mime)
            .expect("the media MIME types are valid")
    }

    /// `work`'s output, or `None` once the upload's deadline has passed (see
    /// [`Upload::deadline`], which its body moves on).
    async fn until_deadline<T>(&self, work: impl Future<Output = T>) -> Option<T> {
        let mut work = std::pin::pin!(work);
        loop {
            let deadline = self.lock_upload().deadline;
            let left = deadline
                .checked_duration_since(Instant::now())
                .filter(|d| !d.is_zero())?;
            if let Ok(done) = tokio::time::timeout(left, work.as_mut()).await {
                return Some(done);
            }
        }
    }

    fn lock_upload(&self) -> std::sync::MutexGuard<'_, Upload> {
        self.upload.lock().expect("never poisoned")
    }

    /// The proxy a request to `url` goes through, as `scheme://host:port` (no credentials), if
    /// any: reqwest's own rules, NO_PROXY included.
    fn proxy_for(&self, url: &str) -> Option<String> {
        let uri: http::Uri = url.parse().ok()?;
        let intercept = self.proxies.as_ref()?.intercept(&uri)?;
        let proxy = intercept.uri();
        let authority = proxy.authority()?.as_str();
        // The matcher keeps credentials apart; should one remain, it is not shown.
        let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
        Some(format!("{}://{host}", proxy.scheme_str().unwrap_or("http")))
    }
}

impl super::token_cache::Report for Http {
    fn trace(&self, line: &str) {
        Http::trace(self, line);
    }
    fn warn(&self, line: &str) {
        Http::warn(self, line);
    }
    fn seen(&self, token: &crate::secret::Secret) {
        self.add_secret(token.expose());
    }
}
/// How much of an upload's body is read at a time: large enough that the connection writes
/// few times, small enough that memory stays low.
const PIECE: usize = 256 * 1024;

/// The client's runtime, driven by a thread of its own for the whole run (as reqwest's blocking
/// client does): a connection that the server closes while the run waits (a rate limit, a
/// backoff) is seen closed and never reused, and one that a request leaves is back in the pool
/// before the next request looks. The calling thread waits for each request in turn. A
/// single-threaded scheduler: tokio's multi-threaded one would also link libm (its task
/// statistics call `powf`), 0.4 MiB more in every run.
struct Driver {
    handle: tokio::runtime::Handle,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Driver {
    fn start() -> io::Result<Driver> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let handle = runtime.handle().clone();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::Builder::new()
            .name("corpmsg-http".into())
            .spawn(move || {
                runtime.block_on(async {
                    let _ = stopped.await;
                });
            })?;
        Ok(Driver {
            handle,
            stop: Some(stop),
            thread: Some(thread),
        })
    }

    /// Waits on the calling thread for `work`, which the driving thread's I/O and timers move.
    fn block_on<F: Future>(&self, work: F) -> F::Output {
        self.handle.block_on(work)
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        // A dropped sender ends the driving thread's wait; the runtime goes with the thread.
        self.stop.take();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// A second handle on `file`, at its start: each try of an upload reads the file again.
pub(crate) fn from_start(file: &std::fs::File) -> io::Result<std::fs::File> {
    use std::io::{Seek, SeekFrom};
    let mut f = file.try_clone()?;
    f.seek(SeekFrom::Start(0))?;
    Ok(f)
}

/// The upload under way, shared by [`Http::post`] and the body of its try.
struct Upload {
    /// The number of the try under way: a body of an earlier try (one abandoned at its
    /// deadline, which the connection may still hold) fails at its next piece instead of
    /// sending on.
    attempt: u64,
    /// When the try times out. It moves with each piece handed to the connection, to
    /// `timeout` after it plus the time the body has taken so far: the socket buffers hold
    /// megabytes, so a slow link that never stops may take longer than `timeout` between two
    /// pieces, and the last piece leaves the buffers after the time it took to fill them at
    /// most. A connection that stops moving altogether is found by the kernel
    /// (`tcp_user_timeout`).
    deadline: Instant,
    /// The progress bar of the try's body, if any: dropped, and so erased, when the try ends.
    meter: Option<Box<dyn Meter>>,
}

impl Default for Upload {
    fn default() -> Self {
        Upload {
            attempt: 0,
            deadline: Instant::now(),
            meter: None,
        }
    }
}

impl Upload {
    /// Ends the try under way (its body sends no more, its bar goes) and starts the next.
    fn begin(&mut self) {
        self.attempt += 1;
        self.meter = None;
    }
}

/// An upload's body: `left` more bytes of `source`. A thread of its own reads them a [`PIECE`]
/// at a time (and, for Youdu, encrypts and encodes them), a few pieces ahead of the connection,
/// which writes them meanwhile: the two take turns on neither's time.
struct ReadBody {
    /// Until the first piece is asked for: a request that never connects reads nothing.
    source: Option<Box<dyn Read + Send + Sync>>,
    pieces: Option<tokio::sync::mpsc::Receiver<io::Result<Bytes>>>,
    left: u64,
    /// The try it belongs to, and the upload's state (see [`Upload`]).
    attempt: u64,
    upload: Arc<Mutex<Upload>>,
    timeout: Duration,
    /// When the first piece was asked for.
    started: Option<Instant>,
}

/// How many pieces the reading thread may be ahead of the connection.
const AHEAD: usize = 4;

impl http_body::Body for ReadBody {
    type Data = Bytes;
    type Error = io::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Bytes>, io::Error>>> {
        let this = self.get_mut();
        if this.left == 0 {
            return Poll::Ready(None);
        }
        if this.upload.lock().expect("never poisoned").attempt != this.attempt {
            return Poll::Ready(Some(Err(io::Error::other(
                "the upload was abandoned at its deadline",
            ))));
        }
        let started = *this.started.get_or_insert_with(Instant::now);
        let (left, source) = (this.left, &mut this.source);
        let pieces = this.pieces.get_or_insert_with(|| {
            read_ahead(source.take().expect("the source is taken once"), left)
        });
        let piece = match pieces.poll_recv(cx) {
            Poll::Pending => return Poll::Pending,
            Poll::Ready(Some(Ok(piece))) => piece,
            Poll::Ready(Some(Err(e))) => return Poll::Ready(Some(Err(e))),
            Poll::Ready(None) => return Poll::Ready(Some(Err(changed_file()))),
        };
        this.left -= piece.len() as u64;
        let mut upload = this.upload.lock().expect("never poisoned");
        if upload.attempt == this.attempt {
            let now = Instant::now();
            upload.deadline = now + this.timeout + (now - started);
            if let Some(meter) = &upload.meter {
                meter.advance(piece.len() as u64);
            }
        }
        Poll::Ready(Some(Ok(http_body::Frame::data(piece))))
    }

    fn is_end_stream(&self) -> bool {
        self.left == 0
    }

    fn size_hint(&self) -> http_body::SizeHint {
        http_body::SizeHint::with_exact(self.left)
    }
}

/// Starts a thread that reads `len` bytes of `source` in pieces of [`PIECE`] bytes, at most
/// [`AHEAD`] of them waiting, and stops at the first error (which it passes on) or when the
/// body is dropped.
fn read_ahead(
    mut source: Box<dyn Read + Send + Sync>,
    len: u64,
) -> tokio::sync::mpsc::Receiver<io::Result<Bytes>> {
    let (tx, rx) = tokio::sync::mpsc::channel(AHEAD);
    let reader = tx.clone();
    let spawned = std::thread::Builder::new()
        .name("upload-reader".into())
        .spawn(move || {
            let mut left = len;
            while left > 0 {
                let want = PIECE.min(usize::try_from(left).unwrap_or(PIECE));
                let mut piece = BytesMut::zeroed(want);
                let last = want as u64 == left;
                let piece = match read_full(&mut source, &mut piece) {
                    // The last piece goes only once the source is seen to end there: a file
                    // that grew fails the body before it is whole.
                    Ok(()) if last => match source.read(&mut [0u8; 1]) {
                        Ok(0) => Ok(piece.freeze()),
                        Ok(_) => Err(changed_file()),
                        Err(e) => Err(e),
                    },
                    Ok(()) => Ok(piece.freeze()),
                    Err(e) => Err(e),
                };
                let failed = piece.is_err();
                if reader.blocking_send(piece).is_err() || failed {
                    return;
                }
                left -= want as u64;
            }
        });
    if let Err(e) = spawned {
        let _ = tx.try_send(Err(e));
    }
    rx
}

/// Fills `buf` from `source`: a source that ends first is a file that changed size.
fn read_full(source: &mut dyn Read, buf: &mut [u8]) -> io::Result<()> {
    let mut filled = 0;
    while filled < buf.len() {
        match source.read(&mut buf[filled..]) {
            Ok(0) => return Err(changed_file()),
            Ok(n) => filled += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// Exactly `left` bytes of `inner`: fewer, or more after them, is an error.
struct Exact<R> {
    inner: R,
    left: u64,
}

impl<R: Read> Read for Exact<R> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        if self.left == 0 {
            let mut probe = [0u8; 1];
            return match self.inner.read(&mut probe)? {
                0 => Ok(0),
                _ => Err(changed_file()),
            };
        }
        let room = out
            .len()
            .min(usize::try_from(self.left).unwrap_or(usize::MAX));
        let n = self.inner.read(&mut out[..room])?;
        if n == 0 {
            return Err(changed_file());
        }
        self.left -= n as u64;
        Ok(n)
    }
}

/// A read that fails with the error that kept the source from being opened.
pub(crate) struct FailedRead(pub Option<std::io::Error>);

impl Read for FailedRead {
    fn read(&mut self, _out: &mut [u8]) -> std::io::Result<usize> {
        Err(self
            .0
            .take()
            .unwrap_or_else(|| std::io::Error::other("the file could not be read")))
    }
}

fn changed_file() -> std::io::Error {
    std::io::Error::new(
        std::io::ErrorKind::UnexpectedEof,
        "the file changed size while it was sent; nothing was sent with a wrong length",
    )
}

/// `builder` with the proxies of `opts`, and the same rules as a matcher that names the proxy
/// of a failed request.
fn with_proxies(
    mut builder: ClientBuilder,
    opts: &NetOptions,
) -> Result<(ClientBuilder, matcher::Matcher), ClientError> {
    // The proxies come from `opts`, not from reqwest's own reading of the environment: the
    // flag's proxy with NO_PROXY (as curl's -x: LAN servers stay direct), else the
    // variables. `proxies` holds the same rules, to name the proxy of a failed request.
    let env = &opts.proxy_env;
    let no = env.no.clone().unwrap_or_default();
    let no_proxy = || reqwest::NoProxy::from_string(&no);
    builder = builder.no_proxy();
    let mut proxies = matcher::Matcher::builder().no(no.clone());
    if let Some(proxy) = &opts.proxy {
        let url = proxy_url(proxy).ok_or_else(|| ClientError::Proxy(without_password(proxy)))?;
        let p = reqwest::Proxy::all(url.as_str())
            .map_err(|_| ClientError::Proxy(without_password(proxy)))?
            .no_proxy(no_proxy());
        builder = builder.proxy(p);
        proxies = proxies.all(url.to_string());
    } else {
        // As reqwest reads them: the scheme's own proxy first, then ALL_PROXY; a value
        // that is not a URL is passed over.
        type Make = fn(&str) -> reqwest::Result<reqwest::Proxy>;
        let each: [(&Option<String>, Make); 3] = [
            (&env.http, |u| reqwest::Proxy::http(u)),
            (&env.https, |u| reqwest::Proxy::https(u)),
            (&env.all, |u| reqwest::Proxy::all(u)),
        ];
        for (value, make) in each {
            // `host:port` is `http://host:port`, as reqwest reads the variables.
            let url = value
                .as_deref()
                .map(|v| proxy_url(v).map_or_else(|| v.to_string(), |u| u.to_string()));
            if let Some(Ok(p)) = url.as_deref().map(make) {
                builder = builder.proxy(p.no_proxy(no_proxy()));
            }
        }
        proxies = proxies
            .http(env.http.clone().unwrap_or_default())
            .https(env.https.clone().unwrap_or_default())
            .all(env.all.clone().unwrap_or_default());
    }
    Ok((builder, proxies.build()))
}

/// The certificates of a `--ca-cert` file: at least one.
fn ca_certs(path: &Path) -> Result<Vec<reqwest::Certificate>, ClientError> {
    let ca_err = |problem: String| ClientError::CaCert {
        path: path.display().to_string(),
        problem,
    };
    let pem = crate::small_file::read(path, crate::small_file::DOCUMENT)
        .map_err(|e| ca_err(e.to_string()))?;
    let certs = reqwest::Certificate::from_pem_bundle(&pem)
        .map_err(|_| ca_err("is not a PEM certificate".into()))?;
    if certs.is_empty() {
        return Err(ca_err("holds no PEM certificate".into()));
    }
    Ok(certs)
}

/// `url` quoted, with everything between the user name and the last `@` shown as `***`
/// (`http://user:pass@host` → `"http://user:***@host"`). A password may hold `/`, `?` or `#`,
/// so the last `@` anywhere counts: masking too much is harmless, too little is not.
fn without_password(url: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
    match rest.rsplit_once('@') {
        Some((user, host)) => {
            let user = user.split([':', '/', '?', '#']).next().unwrap_or_default();
            let scheme = if scheme.is_empty() {
                String::new()
            } else {
                format!("{scheme}://")
            };
            format!("\"{scheme}{user}:***@{host}\"")
        }
        None => format!("{url:?}"),
    }
}

/// Reads an answer whole, up to [`MAX_ANSWER`].
async fn read_answer(mut resp: reqwest::Response, shown: &str) -> Result<Answer, TransportError> {
    let status = resp.status().as_u16();
    let mut body = Vec::new();
    loop {
        match resp.chunk().await {
            Ok(Some(chunk)) => {
                if (body.len() + chunk.len()) as u64 > MAX_ANSWER {
                    return Err(TransportError::BadAnswer {
                        url: shown.to_string(),
                        problem: format!("the answer is over {} MiB", MAX_ANSWER >> 20),
                    });
                }
                body.extend_from_slice(&chunk);
            }
            Ok(None) => return Ok(Answer { status, body }),
            Err(e) if e.is_timeout() => {
                return Err(TransportError::Timeout {
                    url: shown.to_string(),
                });
            }
            Err(e) => {
                return Err(TransportError::Broken {
                    url: shown.to_string(),
                    reason: format!("reading the answer: {}", root_cause(&e)),
                });
            }
        }
    }
}

/// A `--proxy` value as a URL: `http://host[:port]` or `https://host[:port]` (a trailing `/`
/// allowed, credentials too), or `host:port` for `http://host:port`. Anything else is refused:
/// reqwest would take `notaurl` for the host `notaurl` and fail at the first request.
fn proxy_url(proxy: &str) -> Option<reqwest::Url> {
    let with_scheme = if proxy.contains("://") {
        proxy.to_string()
    } else {
        // Without a scheme, a port is needed: `host:port` (`[v6]:port`).
        let port = proxy.rsplit_once(':')?.1;
        if port.is_empty() || !port.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        format!("http://{proxy}")
    };
    let url = reqwest::Url::parse(&with_scheme).ok()?;
    let fine = matches!(url.scheme(), "http" | "https")
        && url.host_str().is_some_and(|h| !h.is_empty())
        && matches!(url.path(), "" | "/")
        && url.query().is_none()
        && url.fragment().is_none();
    fine.then_some(url)
}

/// Sorts a failed request: `proxy` is the proxy it went through, if any.
fn classify(e: reqwest::Error, shown: &str, proxy: Option<String>) -> TransportError {
    let url = shown.to_string();
    let mut reason = root_cause(&e);
    if e.is_connect() {
        // An https proxy is the first TLS peer: the server's TLS goes through its tunnel.
        let proxy_tls = proxy.as_ref().is_some_and(|p| p.starts_with("https://"));
        let no_tls = speaks_no_tls(&e);
        if no_tls {
            let (who, whose) = if proxy_tls {
                ("the proxy", "the proxy's URL")
            } else {
                ("the server", "the URL")
            };
            reason = format!(
                "{who} does not speak TLS ({reason}); if it serves plain HTTP, use http:// in {whose}"
            );
        }
        match proxy {
            Some(proxy) if reached_no_one(&e) || (no_tls && proxy_tls) => {
                TransportError::ProxyConnect { proxy, url, reason }
            }
            Some(proxy) => TransportError::ThroughProxy { proxy, url, reason },
            None => TransportError::Connect { url, reason },
        }
    } else if e.is_builder() {
        TransportError::Unsendable { url, reason }
    } else if e.is_timeout() {
        TransportError::Timeout { url }
    } else {
        TransportError::Broken { url, reason }
    }
}

/// The innermost cause's text ("Connection refused (os error 111)"): reqwest's own message names
/// the whole URL, token included, so it is never shown.
fn root_cause(e: &reqwest::Error) -> String {
    let mut cause: &dyn std::error::Error = e;
    while let Some(next) = cause.source() {
        cause = next;
    }
    if std::ptr::addr_eq(cause, e) {
        return "request failed".into();
    }
    cause.to_string()
}

/// Whether a TLS handshake failed because the other end answered in something else than TLS
/// (a plain-HTTP server: "received corrupt message of type InvalidContentType").
fn speaks_no_tls(e: &reqwest::Error) -> bool {
    causes(e).any(|c| {
        matches!(
            c.downcast_ref::<rustls::Error>(),
            Some(rustls::Error::InvalidMessage(
                rustls::InvalidMessage::InvalidContentType
            ))
        )
    })
}

/// Whether a connection failed before it reached anyone (name lookup, TCP connect): through a
/// proxy, that is the connection to the proxy. hyper-util's connector, which makes every TCP
/// connection, reports these as its `ConnectError` (not exported, so known by its name).
fn reached_no_one(e: &reqwest::Error) -> bool {
    causes(e).any(|c| format!("{c:?}").starts_with("ConnectError("))
}

/// `e` and every cause under it, including the errors that an `io::Error` wraps (tokio-rustls
/// wraps rustls's error in one, in another, and `io::Error::source` skips both).
fn causes<'a>(
    e: &'a (dyn std::error::Error + 'static),
) -> impl Iterator<Item = &'a (dyn std::error::Error + 'static)> {
    std::iter::successors(Some(e), |c| {
        match c
            .downcast_ref::<std::io::Error>()
            .and_then(std::io::Error::get_ref)
        {
            Some(inner) => Some(inner as &(dyn std::error::Error + 'static)),
            None => c.source(),
        }
    })
}

/// 200 ms, 400 ms, 800 ms … (at most 64×) with up to 50% jitter.
fn backoff(attempt: u32) -> Duration {
    doubling(BACKOFF, attempt, BACKOFF * 64, (1.0, 1.5))
}

/// The wait before retry `retry` (1, 2, …): `first` doubled per retry up to `max`, times a
/// random factor between `spread.0` and `spread.1` (the midpoint if no randomness is at hand).
pub(crate) fn doubling(first: Duration, retry: u32, max: Duration, spread: (f64, f64)) -> Duration {
    let base = first
        .saturating_mul(2u32.saturating_pow(retry.saturating_sub(1).min(16)))
        .min(max);
    let mut byte = [0u8; 1];
    let unit = if getrandom::fill(&mut byte).is_ok() {
        f64::from(byte[0]) / 255.0
    } else {
        0.5
    };
    base.mul_f64(spread.0 + unit * (spread.1 - spread.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use std::net::TcpListener;

    /// A server on loopback for one request: it reads the body at `rate` bytes a second, waits
    /// `pause`, answers `{}`, and reports how long the body took to read.
    fn slow_server(rate: usize, pause: Duration) -> (String, std::thread::JoinHandle<Duration>) {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}/upload", listener.local_addr().unwrap());
        let server = std::thread::spawn(move || {
            let (mut conn, _) = listener.accept().unwrap();
            let mut head = Vec::new();
            let mut byte = [0u8; 1];
            while !head.ends_with(b"\r\n\r\n") {
                conn.read_exact(&mut byte).unwrap();
                head.push(byte[0]);
            }
            let head = String::from_utf8(head).unwrap().to_ascii_lowercase();
            let len: usize = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length: "))
                .unwrap()
                .trim()
                .parse()
                .unwrap();
            let started = Instant::now();
            let mut buf = vec![0u8; rate / 100];
            let mut left = len;
            while left > 0 {
                let want = buf.len().min(left);
                let n = match conn.read(&mut buf[..want]) {
                    Ok(0) | Err(_) => return started.elapsed(),
                    Ok(n) => n,
                };
                left -= n;
                std::thread::sleep(Duration::from_millis(10));
            }
            let took = started.elapsed();
            std::thread::sleep(pause);
            let _ = conn.write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}");
            took
        });
        (url, server)
    }

    fn test_opts(timeout: Duration) -> NetOptions {
        NetOptions {
            timeout,
            retries: 0,
            tls_roots: false,
            ..NetOptions::default()
        }
    }

    fn upload_to(url: &str, len: u64, timeout: Duration) -> Result<Answer, TransportError> {
        let http = Http::new(&test_opts(timeout), Sinks::default()).unwrap();
        upload_with(&http, url, len)
    }

    /// A multipart POST of `len` bytes to `url`, the part streamed by `http`.
    fn upload_with(http: &Http, url: &str, len: u64) -> Result<Answer, TransportError> {
        let url = url.to_string();
        http.post(
            || (url.clone(), url.clone()),
            |client, url| {
                let source = Box::new(io::repeat(b'x').take(len)) as Box<dyn Read + Send + Sync>;
                let part = http.streamed_part(Ok(source), len, "big");
                client
                    .post(url)
                    .multipart(reqwest::multipart::Form::new().part("f", part))
            },
        )
        .1
    }

    #[test]
    fn an_upload_that_keeps_moving_may_take_longer_than_the_timeout() {
        // 24 MiB at 6 MiB/s: four seconds against a half-second timeout. The socket buffers
        // hold megabytes when the last piece is handed over, which take longer than the
        // timeout to drain at this rate: the deadline allows for it.
        let (url, server) = slow_server(6 << 20, Duration::ZERO);
        let answer = upload_to(&url, 24 << 20, Duration::from_millis(500)).expect("not timed out");
        assert_eq!((answer.status, answer.body.as_slice()), (200, &b"{}"[..]));
        let took = server.join().unwrap();
        assert!(took > Duration::from_secs(2), "the body took {took:?}");
    }

    #[test]
    fn a_file_that_grew_fails_the_body_before_its_last_piece() {
        let (url, server) = slow_server(64 << 20, Duration::ZERO);
        let mut file = tempfile::tempfile().unwrap();
        file.write_all(&[7u8; 1000]).unwrap();
        let http = Http::new(&test_opts(Duration::from_secs(5)), Sinks::default()).unwrap();
        let (_, result) = http.post(
            || (url.clone(), url.clone()),
            |client, url| {
                // Checked at 900 bytes; 1000 now.
                let part = http.file_part(&file, 900, "grew.bin", "application/octet-stream");
                client
                    .post(url)
                    .multipart(reqwest::multipart::Form::new().part("media", part))
            },
        );
        let err = result.unwrap_err();
        assert!(err.to_string().contains("changed size"), "{err}");
        let _ = server.join();
    }

    /// A meter that notes when it is dropped.
    struct Probe(Arc<Mutex<bool>>);
    impl Meter for Probe {
        fn advance(&self, _bytes: u64) {}
    }
    impl Drop for Probe {
        fn drop(&mut self) {
            *self.0.lock().unwrap() = true;
        }
    }

    #[test]
    fn an_abandoned_upload_loses_its_bar_when_the_error_is_reported() {
        // A server that takes the request and never reads its body nor answers.
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}/upload", listener.local_addr().unwrap());
        let _server = std::thread::spawn(move || {
            let conn = listener.accept().unwrap();
            std::thread::sleep(Duration::from_secs(10));
            drop(conn);
        });
        let dropped = Arc::new(Mutex::new(false));
        let seen = Arc::clone(&dropped);
        let sinks = Sinks {
            meters: Some(Box::new(move |_: &str, _: u64| {
                Some(Box::new(Probe(Arc::clone(&seen))) as Box<dyn Meter>)
            })),
            ..Sinks::default()
        };
        let http = Http::new(&test_opts(Duration::from_millis(300)), sinks).unwrap();
        let result = upload_with(&http, &url, 64 << 20);
        // The deadline, or the kernel's unacknowledged-data timeout: either way an error,
        // with the bar gone before it is printed, although the connection may live on.
        assert!(result.is_err());
        assert!(*dropped.lock().unwrap(), "the meter outlived its try");
    }

    #[test]
    fn an_upload_whose_answer_does_not_come_times_out() {
        let (url, _server) = slow_server(64 << 20, Duration::from_secs(4));
        let err = upload_to(&url, 1 << 20, Duration::from_millis(500)).unwrap_err();
        assert!(matches!(err, TransportError::Timeout { .. }), "{err:?}");
    }

    #[test]
    fn a_file_body_is_exactly_the_length_checked() {
        let exact = |data: &'static [u8], len| {
            let mut out = Vec::new();
            std::io::copy(
                &mut Exact {
                    inner: data,
                    left: len,
                },
                &mut out,
            )
            .map(|_| out)
        };
        assert_eq!(exact(b"abc", 3).unwrap(), b"abc");
        assert!(
            exact(b"ab", 3)
                .unwrap_err()
                .to_string()
                .contains("changed size")
        );
        assert!(
            exact(b"abcd", 3)
                .unwrap_err()
                .to_string()
                .contains("changed size")
        );
    }

    #[test]
    fn proxy_passwords_are_not_shown() {
        assert_eq!(
            without_password("http://bob:s3cret@proxy:3128/x"),
            "\"http://bob:***@proxy:3128/x\""
        );
        assert_eq!(without_password("proxy:3128"), "\"proxy:3128\"");
        for tricky in [
            "http://bob:pw/9931@h:9",
            "http://bob:pw#9931@h:9",
            "http://bob:pw?9931@h:9",
            "bob:pw9931@h:9",
        ] {
            let shown = without_password(tricky);
            assert!(
                !shown.contains("9931") && shown.contains("bob:***@h:9"),
                "{shown}"
            );
        }
        let opts = NetOptions {
            proxy: Some("http://bob:s3cret@[bad".into()),
            ..NetOptions::default()
        };
        let err = Http::new(&opts, Sinks::default())
            .err()
            .unwrap()
            .to_string();
        assert!(!err.contains("s3cret") && err.contains("bob:***@"), "{err}");
    }

    #[test]
    fn proxy_urls_need_a_host_and_an_http_scheme_or_a_port() {
        for good in [
            "http://proxy:3128",
            "https://proxy",
            "HTTP://proxy:3128/",
            "http://bob:pw@proxy:3128",
            "proxy:3128",
            "bob:pw@proxy:3128",
            "[::1]:3128",
        ] {
            assert!(proxy_url(good).is_some(), "{good}");
        }
        assert_eq!(
            proxy_url("proxy:3128").unwrap().as_str(),
            "http://proxy:3128/"
        );
        for bad in [
            "notaurl",
            "proxy:",
            "proxy:31x8",
            "http://",
            "socks5://proxy:1080",
            "ftp://proxy:21",
            "http://proxy:3128/path",
            "http://proxy:3128/?q",
            "::1",
        ] {
            assert!(proxy_url(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn tls_is_needed_for_https_urls_and_https_proxies() {
        let none = ProxyEnv::default();
        let vars = |pairs: &[(&str, &str)]| {
            let pairs: Vec<(String, String)> = pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect();
            ProxyEnv::from_lookup(|name| {
                pairs
                    .iter()
                    .find(|(k, _)| k == name)
                    .map(|(_, v)| v.clone())
            })
        };
        let https_proxy = vars(&[("all_proxy", "https://p:3128")]);
        let http_proxy = vars(&[
            ("HTTP_PROXY", "http://p:3128"),
            ("HTTPS_PROXY", "http://p:3128"),
        ]);
        assert!(needs_tls("https://open.fxiaoke.com", None, &none));
        assert!(needs_tls(" HTTPS://h:1", None, &none));
        assert!(needs_tls(
            "http://h:7080",
            Some("https://proxy:3128"),
            &none
        ));
        assert!(needs_tls(
            "http://h:7080",
            Some("HTTPS://proxy:3128"),
            &none
        ));
        assert!(needs_tls("http://h:7080", None, &https_proxy));
        assert!(!needs_tls("http://h:7080", None, &none));
        assert!(!needs_tls(
            "http://h:7080",
            Some("http://proxy:3128"),
            &none
        ));
        assert!(!needs_tls("http://h", Some("proxy:3128"), &http_proxy));
        // Upper case first, as reqwest reads them.
        let both = vars(&[
            ("HTTPS_PROXY", "http://a:1"),
            ("https_proxy", "https://b:2"),
        ]);
        assert_eq!(both.https.as_deref(), Some("http://a:1"));
        assert!(!needs_tls("http://h", None, &both));
        assert_eq!(
            format!("{both:?}"),
            "ProxyEnv { http: unset, https: set, all: unset, no: unset }"
        );
        assert!(vars(&[("no_proxy", "a, * ,b")]).no_proxy_at_all());
    }

    #[test]
    fn backoff_doubles_with_bounded_jitter() {
        for attempt in 1..5 {
            let d = backoff(attempt);
            let base = BACKOFF * 2u32.pow(attempt - 1);
            assert!(d >= base && d <= base.mul_f64(1.5), "{attempt}: {d:?}");
        }
    }
}
