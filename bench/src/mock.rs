//! A fast mock Youdu (and WeCom upload) server for `bench/run`: HTTP/1.1 with keep-alive on 127.0.0.1, one thread
//! per connection, every answer prepared before the first request, so that the client's cost is
//! what gets measured.
//!
//! Usage: `corpmsg-bench-mock AES_KEY APP_ID`. Prints the port on the first line of stdout.
//!
//! - `POST /cgi/gettoken`: a token valid for two hours, encrypted as Youdu does;
//! - `POST /cgi/msg/send`: `{"errcode":0}`;
//! - `POST /cgi/media/upload`: the body is read and counted, the answer is an encrypted media id;
//! - `GET /cgi-bin/gettoken` and `POST /cgi-bin/media/upload`: WeCom's token and upload (the
//!   body counted), for an upload without encryption;
//! - `POST /_bench/reset`: forgets the counters and kept bodies;
//! - `GET /_bench/stats`: `{"requests":…,"connections":…,"bytes":…}` since the reset, not
//!   counting the `/_bench/` requests;
//! - `GET /_bench/body/N`: the body of the N-th request since the reset (the first 64, uploads
//!   excepted), for curl to replay;
//! - anything else (Apprise's `json://`): `{}`.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use corpmsg::transport::youdu::crypto::{AesKey, Cipher};

/// How many request bodies are kept for replay.
const KEEP: usize = 64;
const TOKEN: &str = "bench-token";

#[derive(Default)]
struct State {
    requests: AtomicU64,
    connections: AtomicU64,
    bytes: AtomicU64,
    bodies: Mutex<Vec<Vec<u8>>>,
}

/// The answers, prepared once.
struct Answers {
    token: Vec<u8>,
    sent: Vec<u8>,
    media: Vec<u8>,
    wecom_token: Vec<u8>,
    wecom_media: Vec<u8>,
    other: Vec<u8>,
}

fn main() -> io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [key, app_id] = args.as_slice() else {
        eprintln!("usage: corpmsg-bench-mock AES_KEY APP_ID");
        std::process::exit(2);
    };
    let key = AesKey::decode(key).unwrap_or_else(|e| {
        eprintln!("error: AES_KEY {e}");
        std::process::exit(2);
    });
    let cipher = Cipher::new(key, app_id.as_str());
    let envelope = |plain: &str| {
        let encrypt = cipher.encrypt(plain.as_bytes());
        json_answer(&format!(
            r#"{{"errcode":0,"errmsg":"ok","encrypt":"{encrypt}"}}"#
        ))
    };
    let answers = Arc::new(Answers {
        token: envelope(&format!(r#"{{"accessToken":"{TOKEN}","expireIn":7200}}"#)),
        sent: json_answer(r#"{"errcode":0,"errmsg":"ok"}"#),
        media: envelope(r#"{"mediaId":"bench-media"}"#),
        wecom_token: json_answer(&format!(
            r#"{{"errcode":0,"errmsg":"ok","access_token":"{TOKEN}","expires_in":7200}}"#
        )),
        wecom_media: json_answer(
            r#"{"errcode":0,"errmsg":"ok","type":"file","media_id":"bench-media","created_at":"1700000000"}"#,
        ),
        other: json_answer("{}"),
    });

    let listener = TcpListener::bind("127.0.0.1:0")?;
    println!("{}", listener.local_addr()?.port());
    io::stdout().flush()?;
    let state = Arc::new(State::default());
    for stream in listener.incoming() {
        let stream = stream?;
        let (state, answers) = (Arc::clone(&state), Arc::clone(&answers));
        std::thread::spawn(move || {
            // A client that goes away mid-request is not the benchmark's concern.
            let _ = serve(stream, &state, &answers);
        });
    }
    Ok(())
}

fn json_answer(body: &str) -> Vec<u8> {
    format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

/// Serves the requests of one connection until the client closes it.
fn serve(stream: TcpStream, state: &State, answers: &Answers) -> io::Result<()> {
    stream.set_nodelay(true)?;
    let mut out = stream.try_clone()?;
    let mut input = BufReader::with_capacity(64 << 10, stream);
    let mut line = String::new();
    let mut counted = false;
    loop {
        line.clear();
        if input.read_line(&mut line)? == 0 {
            return Ok(());
        }
        let mut words = line.split_whitespace();
        let method = words.next().unwrap_or("").to_string();
        let path = words.next().unwrap_or("").to_string();
        let mut length = 0usize;
        let mut chunked = false;
        let mut close = false;
        loop {
            line.clear();
            input.read_line(&mut line)?;
            let header = line.trim_end();
            if header.is_empty() {
                break;
            }
            let (name, value) = header.split_once(':').unwrap_or((header, ""));
            let value = value.trim();
            match name.to_ascii_lowercase().as_str() {
                "content-length" => length = value.parse().unwrap_or(0),
                "transfer-encoding" => chunked = value.eq_ignore_ascii_case("chunked"),
                "connection" => close = value.eq_ignore_ascii_case("close"),
                "expect" if value.eq_ignore_ascii_case("100-continue") => {
                    out.write_all(b"HTTP/1.1 100 Continue\r\n\r\n")?;
                }
                _ => {}
            }
        }
        let route = path.split('?').next().unwrap_or("");
        // Upload bodies are only counted; the rest are read whole.
        let keep_body = !matches!(route, "/cgi/media/upload" | "/cgi-bin/media/upload");
        let (body, size) = if chunked {
            read_chunked(&mut input, keep_body)?
        } else {
            read_exact(&mut input, length, keep_body)?
        };
        // The benchmark's own requests are not counted, and neither are their connections.
        if !route.starts_with("/_bench/") {
            if !counted {
                state.connections.fetch_add(1, Ordering::Relaxed);
                counted = true;
            }
            state.requests.fetch_add(1, Ordering::Relaxed);
            state.bytes.fetch_add(size as u64, Ordering::Relaxed);
        }

        if method == "POST" && keep_body && !route.starts_with("/_bench/") {
            let mut kept = state.bodies.lock().expect("no thread panics holding it");
            if kept.len() < KEEP {
                kept.push(body);
            }
        }
        let dynamic;
        let answer: &[u8] = match (method.as_str(), route) {
            ("POST", "/cgi/gettoken") => &answers.token,
            ("POST", "/cgi/msg/send") => &answers.sent,
            ("POST", "/cgi/media/upload") => &answers.media,
            ("GET", "/cgi-bin/gettoken") => &answers.wecom_token,
            ("POST", "/cgi-bin/media/upload") => &answers.wecom_media,
            ("POST", "/_bench/reset") => {
                state.requests.store(0, Ordering::Relaxed);
                state.connections.store(0, Ordering::Relaxed);
                state.bytes.store(0, Ordering::Relaxed);
                state.bodies.lock().expect("no thread panics").clear();
                &answers.other
            }
            ("GET", "/_bench/stats") => {
                dynamic = json_answer(&format!(
                    r#"{{"requests":{},"connections":{},"bytes":{}}}"#,
                    state.requests.load(Ordering::Relaxed),
                    state.connections.load(Ordering::Relaxed),
                    state.bytes.load(Ordering::Relaxed)
                ));
                &dynamic
            }
            ("GET", r) if r.starts_with("/_bench/body/") => {
                let n: usize = r["/_bench/body/".len()..].parse().unwrap_or(usize::MAX);
                let kept = state.bodies.lock().expect("no thread panics");
                dynamic = match kept.get(n) {
                    Some(b) => {
                        let mut a = format!(
                            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
                            b.len()
                        )
                        .into_bytes();
                        a.extend_from_slice(b);
                        a
                    }
                    None => b"HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n".to_vec(),
                };
                &dynamic
            }
            _ => &answers.other,
        };
        out.write_all(answer)?;
        if close {
            return Ok(());
        }
    }
}

/// Reads `length` bytes, keeping them when `keep`. Returns them and the count.
fn read_exact(input: &mut impl Read, length: usize, keep: bool) -> io::Result<(Vec<u8>, usize)> {
    if keep {
        let mut body = vec![0; length];
        input.read_exact(&mut body)?;
        return Ok((body, length));
    }
    let copied = io::copy(&mut input.take(length as u64), &mut io::sink())?;
    if copied as usize != length {
        return Err(io::ErrorKind::UnexpectedEof.into());
    }
    Ok((Vec::new(), length))
}

/// Reads a chunked body.
fn read_chunked(input: &mut impl BufRead, keep: bool) -> io::Result<(Vec<u8>, usize)> {
    let mut body = Vec::new();
    let mut size = 0;
    let mut line = String::new();
    loop {
        line.clear();
        input.read_line(&mut line)?;
        let hex = line.trim().split(';').next().unwrap_or("");
        let n = usize::from_str_radix(hex, 16)
            .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "bad chunk size"))?;
        if n == 0 {
            // Trailers, then the empty line.
            loop {
                line.clear();
                if input.read_line(&mut line)? == 0 || line.trim().is_empty() {
                    return Ok((body, size));
                }
            }
        }
        let (chunk, _) = read_exact(input, n, keep)?;
        body.extend_from_slice(&chunk);
        size += n;
        line.clear();
        input.read_line(&mut line)?;
    }
}
