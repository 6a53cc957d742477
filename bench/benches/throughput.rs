//! Throughput of the work a run does besides the network: encrypting files and messages the
//! Youdu way, and building payloads. `bench/run` runs these and reports them in BENCHMARKS.md.

use std::hint::black_box;
use std::io;

use corpmsg::payload::recipients::Recipients;
use corpmsg::payload::text::OnLong;
use corpmsg::payload::youdu::{self, Addressing};
use corpmsg::transport::youdu::crypto::{AesKey, Cipher, SealingReader};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const KEY: &str = "COdaZysb0+xJlFZHIFuohJE/FCW0Mf6ZopttvE8W0LE=";
const APP_ID: &str = "yd06AB76EC519B4130A802224B4C60F689";
const FILE: usize = 10_000_000;

fn cipher() -> Cipher {
    Cipher::new(AesKey::decode(KEY).expect("the key decodes"), APP_ID)
}

/// A 10 MB file as `youdu upload` sends it: read, encrypted and Base64-encoded a piece at a
/// time (the reading thread's work before the bytes reach the socket), and decrypted back.
fn upload(c: &mut Criterion) {
    let cipher = cipher();
    let file: Vec<u8> = (0..FILE).map(|i| (i * 7 + i / 251) as u8).collect();
    let mut g = c.benchmark_group("youdu_upload_10MB");
    g.sample_size(20);
    g.throughput(Throughput::Bytes(FILE as u64));
    g.bench_function("encrypt_and_base64", |b| {
        b.iter(|| {
            let mut text = SealingReader::new(&cipher, black_box(file.as_slice()), FILE as u64)
                .expect("under 4 GiB");
            io::copy(&mut text, &mut io::sink()).expect("memory reads")
        })
    });
    let mut text = Vec::new();
    io::copy(
        &mut SealingReader::new(&cipher, file.as_slice(), FILE as u64).expect("under 4 GiB"),
        &mut text,
    )
    .expect("memory reads");
    let text = String::from_utf8(text).expect("Base64 is ASCII");
    g.bench_function("decrypt", |b| b.iter(|| cipher.decrypt(black_box(&text))));
    g.finish();
}

/// One text message's envelope, and the token answer read back.
fn envelope(c: &mut Criterion) {
    let cipher = cipher();
    let message = br#"{"toUser":"alice","msgType":"text","text":{"content":"Backup finished on db-1: 42 GiB in 318 s"}}"#;
    let mut g = c.benchmark_group("youdu_envelope");
    g.throughput(Throughput::Bytes(message.len() as u64));
    g.bench_function("encrypt_text_message", |b| {
        b.iter(|| cipher.encrypt(black_box(message)))
    });
    let answer = cipher.encrypt(br#"{"accessToken":"bench-token","expireIn":7200}"#);
    g.bench_function("decrypt_token_answer", |b| {
        b.iter(|| cipher.decrypt(black_box(&answer)))
    });
    g.finish();
}

/// `youdu text` payloads: 10000 recipients in ten messages, and a long text split in parts.
fn payload(c: &mut Criterion) {
    let how = Addressing {
        to: Recipients {
            users: (0..10_000).map(|i| format!("user{i:05}")).collect(),
            ..Recipients::default()
        },
        split: true,
        to_all: None,
    };
    let mut g = c.benchmark_group("youdu_text_payload");
    g.throughput(Throughput::Elements(10_000));
    g.bench_function("10000_recipients_built_and_serialised", |b| {
        b.iter(|| {
            let built = youdu::text(black_box("Backup finished"), OnLong::Truncate, &how)
                .expect("within limits");
            built
                .messages
                .iter()
                .map(|m| serde_json::to_vec(m).expect("serialises").len())
                .sum::<usize>()
        })
    });
    let one = Addressing {
        to: Recipients {
            users: vec!["alice".into()],
            ..Recipients::default()
        },
        split: true,
        to_all: None,
    };
    let long = "A log line of a failed job, with some detail in it.\n".repeat(1_000);
    g.throughput(Throughput::Bytes(long.len() as u64));
    g.bench_function("52KB_text_split_in_600_character_parts", |b| {
        b.iter(|| youdu::text(black_box(&long), OnLong::Split, &one).expect("splits"))
    });
    g.finish();
}

criterion_group!(benches, upload, envelope, payload);
criterion_main!(benches);
