//! Youdu answers are untrusted input: whatever arrives in `encrypt` must give a message or a
//! short one-line error, never a panic, and what we encrypt must decrypt back.
#![no_main]

use aes::Aes256;
use aes::cipher::{BlockEncryptMut, KeyIvInit, block_padding::NoPadding};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use corpmsg::transport::youdu::crypto::{AesKey, Cipher};
use libfuzzer_sys::fuzz_target;

const KEY: &str = "COdaZysb0+xJlFZHIFuohJE/FCW0Mf6ZopttvE8W0LE=";
const APP: &str = "yd06AB76EC519B4130A802224B4C60F689";

fn check_error(e: &impl std::fmt::Display) {
    let msg = e.to_string();
    assert!(!msg.contains('\n') && msg.chars().count() < 300, "{msg:?}");
}

fuzz_target!(|data: &[u8]| {
    let cipher = Cipher::new(AesKey::decode(KEY).unwrap(), APP);

    // The `encrypt` field as it arrives: any text.
    if let Ok(text) = std::str::from_utf8(data)
        && let Err(e) = cipher.decrypt(text)
    {
        check_error(&e);
    }

    // Any plaintext under a valid encryption, so that the padding, length and app-id checks
    // see the fuzzer's bytes rather than AES noise.
    if !data.is_empty() {
        let key = STANDARD.decode(KEY).unwrap();
        let mut buf = data.to_vec();
        buf.resize(data.len().div_ceil(16) * 16, 0);
        let n = buf.len();
        cbc::Encryptor::<Aes256>::new(key[..].into(), key[..16].into())
            .encrypt_padded_mut::<NoPadding>(&mut buf, n)
            .unwrap();
        match cipher.decrypt(&STANDARD.encode(&buf)) {
            Ok(msg) => assert!(msg.len() + 20 <= n),
            Err(e) => check_error(&e),
        }
    }

    // Round trip.
    assert_eq!(cipher.decrypt(&cipher.encrypt(data)).unwrap(), data);
});
