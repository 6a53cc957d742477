//! The Youdu encryption envelope (Youdu API: key handling and encryption).
//!
//! `Base64(AES-256-CBC(key, iv = key[0..16], pad32(prefix16 ‖ be32(len) ‖ msg ‖ appId)))`, where
//! `pad32` is PKCS#7-style padding to a multiple of **32** bytes (1..=32 bytes of value n). The
//! cipher runs without padding of its own; the padding is added and checked here.

use std::io::{self, Read};

use aes::Aes256;
use aes::cipher::{BlockDecryptMut, BlockEncryptMut, KeyIvInit, block_padding::NoPadding};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;

/// Youdu pads to 32-byte blocks, not AES's 16.
const PAD_BLOCK: usize = 32;
const PREFIX_LEN: usize = 16;
/// The app id that organisation-API answers may be encrypted for (Youdu API: decrypt).
const ORG_APP_ID: &str = "sysOrgAssistant";
/// The longest trailer taken for another app's id.
const APP_ID_MAX: usize = 64;

/// Why a key or a ciphertext was rejected. None of these carry key material.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum CryptoError {
    #[error("is not standard Base64")]
    KeyNotBase64,
    #[error("decodes to {0} bytes; an EncodingAESKey decodes to 32 (44 characters ending in '=')")]
    KeyLength(usize),
    #[error("encrypted data is not valid Base64")]
    NotBase64,
    #[error("encrypted data is {0} bytes, not a positive multiple of 16")]
    BlockLength(usize),
    #[error("encrypted data has invalid padding (wrong aes_key?)")]
    Padding,
    #[error("encrypted data is too short or its length field is wrong (wrong aes_key?)")]
    Length,
    #[error("answer was encrypted for app {found:?}, expected {expected:?}")]
    AppId { found: String, expected: String },
}

/// A decoded 32-byte EncodingAESKey. It has no `Debug` and no `Display`.
#[derive(Clone)]
pub struct AesKey([u8; 32]);

impl AesKey {
    /// Decodes an EncodingAESKey: surrounding white space trimmed, 44 characters of standard
    /// Base64, or 43 with the final `=` left off.
    pub fn decode(encoded: &str) -> Result<Self, CryptoError> {
        let trimmed = encoded.trim();
        let padded;
        let text = if trimmed.len() % 4 == 3 {
            padded = format!("{trimmed}=");
            padded.as_str()
        } else {
            trimmed
        };
        let bytes = STANDARD
            .decode(text)
            .map_err(|_| CryptoError::KeyNotBase64)?;
        let key: [u8; 32] = bytes
            .as_slice()
            .try_into()
            .map_err(|_| CryptoError::KeyLength(bytes.len()))?;
        Ok(AesKey(key))
    }

    /// The key in its canonical 44-character Base64 form, so that an echo of it can be masked.
    pub fn encoded(&self) -> crate::secret::Secret {
        crate::secret::Secret::new(STANDARD.encode(self.0))
    }

    fn iv(&self) -> [u8; 16] {
        let mut iv = [0u8; 16];
        iv.copy_from_slice(&self.0[..16]);
        iv
    }
}

/// Encrypts and decrypts for one app: its key and its app id.
#[derive(Clone)]
pub struct Cipher {
    key: AesKey,
    app_id: String,
}

impl Cipher {
    pub fn new(key: AesKey, app_id: impl Into<String>) -> Self {
        Cipher {
            key,
            app_id: app_id.into(),
        }
    }

    pub fn app_id(&self) -> &str {
        &self.app_id
    }

    /// Encrypts `msg` with a fresh random prefix.
    pub fn encrypt(&self, msg: &[u8]) -> String {
        self.encrypt_with_prefix(msg, &random_prefix())
    }

    /// Encrypts `msg` with the given 16-byte prefix; [`Cipher::encrypt`] draws it at random.
    pub fn encrypt_with_prefix(&self, msg: &[u8], prefix: &[u8; PREFIX_LEN]) -> String {
        let len = u32::try_from(msg.len()).expect("a message in memory is under 4 GiB");
        let (head, tail) = self.around(prefix, len);
        let mut buf = Vec::with_capacity(head.len() + msg.len() + tail.len());
        buf.extend_from_slice(&head);
        buf.extend_from_slice(msg);
        buf.extend_from_slice(&tail);
        let n = buf.len();
        cbc::Encryptor::<Aes256>::new(&self.key.0.into(), &self.key.iv().into())
            .encrypt_padded_mut::<NoPadding>(&mut buf, n)
            .expect("the buffer is a whole number of blocks");
        STANDARD.encode(buf)
    }

    /// What goes around a message of `msg_len` bytes in its envelope, `prefix ‖ be32(len) ‖
    /// msg ‖ appId ‖ pad32`: the bytes before it and the bytes after it.
    fn around(&self, prefix: &[u8; PREFIX_LEN], msg_len: u32) -> (Vec<u8>, Vec<u8>) {
        let mut head = prefix.to_vec();
        head.extend_from_slice(&msg_len.to_be_bytes());
        let mut tail = self.app_id.as_bytes().to_vec();
        let total = head.len() + msg_len as usize + tail.len();
        let pad = PAD_BLOCK - total % PAD_BLOCK;
        tail.resize(tail.len() + pad, pad as u8);
        (head, tail)
    }

    /// Decrypts Base64 `text`, checks the padding, the length and the app id (this app's, or
    /// `sysOrgAssistant`'s, which servers put on organisation answers), and returns the message
    /// bytes. The prefix is never checked: some SDKs use another IV, which only garbles it.
    pub fn decrypt(&self, text: &str) -> Result<Vec<u8>, CryptoError> {
        self.open(text, Some(ORG_APP_ID))
    }

    /// [`Cipher::decrypt`] for what a client sent, as a server checks it: the app id must be
    /// this app's.
    pub fn decrypt_sent(&self, text: &str) -> Result<Vec<u8>, CryptoError> {
        self.open(text, None)
    }

    fn open(&self, text: &str, also: Option<&str>) -> Result<Vec<u8>, CryptoError> {
        let mut buf = STANDARD
            .decode(text.trim())
            .map_err(|_| CryptoError::NotBase64)?;
        if buf.is_empty() || buf.len() % 16 != 0 {
            return Err(CryptoError::BlockLength(buf.len()));
        }
        let plain_len = cbc::Decryptor::<Aes256>::new(&self.key.0.into(), &self.key.iv().into())
            .decrypt_padded_mut::<NoPadding>(&mut buf)
            .map_err(|_| CryptoError::BlockLength(text.len()))?
            .len();
        buf.truncate(plain_len);

        let pad = usize::from(*buf.last().ok_or(CryptoError::Padding)?);
        if pad == 0 || pad > PAD_BLOCK || pad > buf.len() {
            return Err(CryptoError::Padding);
        }
        if buf[buf.len() - pad..]
            .iter()
            .any(|&b| usize::from(b) != pad)
        {
            return Err(CryptoError::Padding);
        }
        buf.truncate(buf.len() - pad);

        if buf.len() < PREFIX_LEN + 4 {
            return Err(CryptoError::Length);
        }
        let len_bytes: [u8; 4] = buf[PREFIX_LEN..PREFIX_LEN + 4].try_into().expect("4 bytes");
        let len = u32::from_be_bytes(len_bytes) as usize;
        let start = PREFIX_LEN + 4;
        let end = start.checked_add(len).ok_or(CryptoError::Length)?;
        if end > buf.len() {
            return Err(CryptoError::Length);
        }
        let trailer = &buf[end..];
        if trailer != self.app_id.as_bytes() && also.is_none_or(|id| trailer != id.as_bytes()) {
            // Name the other app only when the trailer looks like an app id: otherwise it is
            // the wrong key's noise, or the message itself (a token) after a short length field.
            let looks_like_app_id = !trailer.is_empty()
                && trailer.len() <= APP_ID_MAX
                && trailer
                    .iter()
                    .all(|b| b.is_ascii_alphanumeric() || *b == b'_' || *b == b'-');
            if !looks_like_app_id {
                return Err(CryptoError::Length);
            }
            return Err(CryptoError::AppId {
                found: String::from_utf8_lossy(trailer).into_owned(),
                expected: self.app_id.clone(),
            });
        }
        buf.truncate(end);
        buf.drain(..start);
        Ok(buf)
    }
}

/// How much plaintext a [`SealingReader`] encrypts and encodes at a time: a multiple of the
/// AES block (16) and of a Base64 group (3), so that neither carries anything between pieces.
const SEAL_CHUNK: usize = 48 * 1024;

/// The Base64 text of a message's envelope, made while it is read from `source`: the
/// message is read once, in pieces, so memory stays the same whatever its length. `msg_len`
/// is the length the envelope declares; a source that ends sooner or goes on longer (a file
/// that changed while it was read) is an error, so no text of a wrong length is produced.
pub struct SealingReader<R> {
    source: R,
    msg_len: u64,
    /// Message bytes read so far.
    read: u64,
    encryptor: cbc::Encryptor<Aes256>,
    /// The bytes that go before the message (prefix, length) and after it (app id, padding),
    /// and how far each has gone.
    head: Vec<u8>,
    head_pos: usize,
    tail: Vec<u8>,
    tail_pos: usize,
    /// Plaintext gathered for the next piece.
    plain: Vec<u8>,
    /// The Base64 text of the last piece, and how much of it was read.
    text: Vec<u8>,
    text_pos: usize,
}

impl<R: Read> SealingReader<R> {
    /// The envelope's text for a message of `msg_len` bytes read from `source`.
    pub fn new(cipher: &Cipher, source: R, msg_len: u64) -> io::Result<Self> {
        let len = u32::try_from(msg_len).map_err(|_| too_long())?;
        let (head, tail) = cipher.around(&random_prefix(), len);
        Ok(SealingReader {
            source,
            msg_len,
            read: 0,
            encryptor: cbc::Encryptor::<Aes256>::new(&cipher.key.0.into(), &cipher.key.iv().into()),
            head,
            head_pos: 0,
            tail,
            tail_pos: 0,
            plain: Vec::with_capacity(SEAL_CHUNK),
            text: Vec::with_capacity(SEAL_CHUNK / 3 * 4),
            text_pos: 0,
        })
    }

    /// The length of the whole text, for a message of `msg_len` bytes.
    pub fn text_len(cipher: &Cipher, msg_len: u64) -> u64 {
        let total = (PREFIX_LEN + 4 + cipher.app_id.len()) as u64 + msg_len;
        let padded = (total / PAD_BLOCK as u64 + 1) * PAD_BLOCK as u64;
        padded.div_ceil(3) * 4
    }

    /// Gathers the next piece of plaintext (a whole [`SEAL_CHUNK`], or the last, shorter one),
    /// encrypts it and encodes it into `text`. False when everything was made.
    fn next_piece(&mut self) -> io::Result<bool> {
        self.plain.clear();
        while self.plain.len() < SEAL_CHUNK {
            let room = SEAL_CHUNK - self.plain.len();
            if self.head_pos < self.head.len() {
                let n = room.min(self.head.len() - self.head_pos);
                self.plain
                    .extend_from_slice(&self.head[self.head_pos..self.head_pos + n]);
                self.head_pos += n;
            } else if self.read < self.msg_len {
                let want = room.min(usize::try_from(self.msg_len - self.read).unwrap_or(room));
                let start = self.plain.len();
                self.plain.resize(start + want, 0);
                let n = self.source.read(&mut self.plain[start..])?;
                self.plain.truncate(start + n);
                if n == 0 {
                    return Err(changed("ended", self.read, self.msg_len));
                }
                self.read += n as u64;
                if self.read == self.msg_len {
                    // The whole message is read: there must be nothing more.
                    let mut probe = [0u8; 1];
                    if self.source.read(&mut probe)? != 0 {
                        return Err(changed("grew", self.msg_len + 1, self.msg_len));
                    }
                }
            } else if self.tail_pos < self.tail.len() {
                let n = room.min(self.tail.len() - self.tail_pos);
                self.plain
                    .extend_from_slice(&self.tail[self.tail_pos..self.tail_pos + n]);
                self.tail_pos += n;
            } else {
                break;
            }
        }
        if self.plain.is_empty() {
            return Ok(false);
        }
        let n = self.plain.len();
        encrypt_blocks(&mut self.encryptor, &mut self.plain[..n]);
        self.text.resize(n.div_ceil(3) * 4, 0);
        // SIMD Base64: a third of the time of a byte-at-a-time encoder, on the largest body.
        let written = base64_simd::STANDARD
            .encode(&self.plain, base64_simd::Out::from_slice(&mut self.text))
            .len();
        self.text.truncate(written);
        self.text_pos = 0;
        Ok(true)
    }
}

/// Encrypts whole blocks in place, the chain going on from the previous call.
fn encrypt_blocks(encryptor: &mut cbc::Encryptor<Aes256>, buf: &mut [u8]) {
    for block in buf.chunks_exact_mut(16) {
        encryptor.encrypt_block_mut(block.into());
    }
}

/// The error of a message source that did not give the length declared.
fn changed(how: &str, at: u64, declared: u64) -> io::Error {
    io::Error::new(
        io::ErrorKind::UnexpectedEof,
        format!(
            "changed while it was read: it {how} at byte {at}, but was {declared} bytes when the upload began; nothing was sent with a wrong length"
        ),
    )
}

impl<R: Read> Read for SealingReader<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if self.text_pos == self.text.len() && !self.next_piece()? {
            return Ok(0);
        }
        let n = out.len().min(self.text.len() - self.text_pos);
        out[..n].copy_from_slice(&self.text[self.text_pos..self.text_pos + n]);
        self.text_pos += n;
        Ok(n)
    }
}

/// A message whose length does not fit the envelope's 32 bits.
fn too_long() -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidInput,
        "is over 4 GiB, more than Youdu can carry",
    )
}

/// A fresh random 16-byte prefix.
fn random_prefix() -> [u8; PREFIX_LEN] {
    let mut prefix = [0u8; PREFIX_LEN];
    getrandom::fill(&mut prefix).expect("the operating system's random source failed");
    prefix
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    /// The streamed text decrypts to the message, for lengths around every boundary (a
    /// block, a Base64 group, a piece), and has the length announced.
    #[test]
    fn a_sealing_reader_streams_an_envelope_that_decrypts_to_the_message() {
        let key = AesKey::decode("COdaZysb0+xJlFZHIFuohJE/FCW0Mf6ZopttvE8W0LE=").unwrap();
        let cipher = Cipher::new(key, "yd06AB76EC519B4130A802224B4C60F689");
        for len in [
            0,
            1,
            15,
            16,
            31,
            47,
            48,
            SEAL_CHUNK - 21,
            SEAL_CHUNK,
            SEAL_CHUNK + 5,
            3 * SEAL_CHUNK + 7,
        ] {
            let msg: Vec<u8> = (0..len).map(|i| (i % 251) as u8).collect();
            let mut text = String::new();
            let mut reader = SealingReader::new(&cipher, msg.as_slice(), len as u64).unwrap();
            // Small reads cross every piece.
            let mut buf = [0u8; 1000];
            loop {
                let n = reader.read(&mut buf).unwrap();
                if n == 0 {
                    break;
                }
                text.push_str(std::str::from_utf8(&buf[..n]).unwrap());
            }
            assert_eq!(
                text.len() as u64,
                SealingReader::<&[u8]>::text_len(&cipher, len as u64),
                "{len}"
            );
            assert_eq!(cipher.decrypt(&text).unwrap(), msg, "{len}");
        }
    }

    #[test]
    fn a_source_that_is_not_the_length_declared_is_an_error() {
        let key = AesKey::decode("COdaZysb0+xJlFZHIFuohJE/FCW0Mf6ZopttvE8W0LE=").unwrap();
        let cipher = Cipher::new(key, "app");
        let short = vec![7u8; 100];
        let mut r = SealingReader::new(&cipher, short.as_slice(), 101).unwrap();
        let e = io::copy(&mut r, &mut io::sink()).unwrap_err();
        assert!(e.to_string().contains("changed while it was read"), "{e}");
        let mut r = SealingReader::new(&cipher, short.as_slice(), 99).unwrap();
        let e = io::copy(&mut r, &mut io::sink()).unwrap_err();
        assert!(e.to_string().contains("grew"), "{e}");
    }

    fn vectors() -> Value {
        let text = include_str!("../../../tests/data/youdu-vectors.json");
        serde_json::from_str(text).unwrap()
    }

    fn hex(s: &str) -> Vec<u8> {
        (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
            .collect()
    }

    fn cipher(v: &Value) -> Cipher {
        let key = AesKey::decode(v["encoding_aes_key"].as_str().unwrap()).unwrap();
        Cipher::new(key, v["app_id"].as_str().unwrap())
    }

    #[test]
    fn encrypt_vectors_are_reproduced_byte_for_byte_and_decrypt_back() {
        let all = vectors();
        let list = all["encrypt_vectors"].as_array().unwrap();
        assert_eq!(list.len(), 4);
        for v in list {
            let c = cipher(v);
            let prefix: [u8; 16] = hex(v["random_prefix_hex"].as_str().unwrap())
                .try_into()
                .unwrap();
            let msg = hex(v["plaintext_hex"].as_str().unwrap());
            let out = c.encrypt_with_prefix(&msg, &prefix);
            assert_eq!(out, v["ciphertext_base64"].as_str().unwrap(), "{}", v["id"]);
            assert_eq!(c.decrypt(&out).unwrap(), msg, "{}", v["id"]);
        }
    }

    #[test]
    fn every_decrypt_only_vector_decrypts() {
        let all = vectors();
        let list = all["decrypt_only_vectors"].as_array().unwrap();
        assert_eq!(list.len(), 10);
        for v in list {
            let c = cipher(v);
            let plain = c.decrypt(v["ciphertext_base64"].as_str().unwrap());
            let want = hex(v["expected_plaintext_hex"].as_str().unwrap());
            assert_eq!(plain.as_deref(), Ok(want.as_slice()), "{}", v["id"]);
        }
    }

    #[test]
    fn every_negative_vector_fails() {
        let all = vectors();
        let list = all["negative_vectors"].as_array().unwrap();
        assert_eq!(list.len(), 3);
        for v in list {
            let c = cipher(v);
            let result = c.decrypt(v["ciphertext_base64"].as_str().unwrap());
            assert!(result.is_err(), "{} decrypted", v["id"]);
        }
        let wrong = list.iter().find(|v| v["id"] == "wrong_app_id").unwrap();
        let err = cipher(wrong)
            .decrypt(wrong["ciphertext_base64"].as_str().unwrap())
            .unwrap_err();
        assert!(matches!(err, CryptoError::AppId { .. }), "{err:?}");
    }

    #[test]
    fn key_of_43_characters_equals_44() {
        let k44 = "COdaZysb0+xJlFZHIFuohJE/FCW0Mf6ZopttvE8W0LE=";
        let a = AesKey::decode(k44).unwrap();
        let b = AesKey::decode(&k44[..43]).unwrap();
        let c = AesKey::decode(&format!("  {k44}\n")).unwrap();
        assert_eq!(a.0, b.0);
        assert_eq!(a.0, c.0);
    }

    #[test]
    fn wrong_keys_are_rejected_without_echoing_them() {
        assert_eq!(
            AesKey::decode("c2hvcnQ=").err(),
            Some(CryptoError::KeyLength(5))
        );
        assert_eq!(
            AesKey::decode("not base64 at all!!").err(),
            Some(CryptoError::KeyNotBase64)
        );
        let msg = AesKey::decode("c2hvcnQ=").err().unwrap().to_string();
        assert!(!msg.contains("c2hvcnQ"));
    }

    #[test]
    fn every_pad_length_round_trips() {
        let key = AesKey::decode("COdaZysb0+xJlFZHIFuohJE/FCW0Mf6ZopttvE8W0LE=").unwrap();
        let c = Cipher::new(key, "yd06AB76EC519B4130A802224B4C60F689");
        for n in 0..70 {
            let msg = vec![b'x'; n];
            let out = c.encrypt(&msg);
            assert_eq!(STANDARD.decode(&out).unwrap().len() % 32, 0);
            assert_eq!(c.decrypt(&out).unwrap(), msg);
        }
    }

    #[test]
    fn a_read_error_is_passed_on() {
        struct Failing;
        impl Read for Failing {
            fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
                Err(io::Error::other("disk gone"))
            }
        }
        let key = AesKey::decode("COdaZysb0+xJlFZHIFuohJE/FCW0Mf6ZopttvE8W0LE=").unwrap();
        let c = Cipher::new(key, "ydAPP");
        let mut r = SealingReader::new(&c, Failing, 10).unwrap();
        let err = io::copy(&mut r, &mut io::sink()).unwrap_err();
        assert_eq!(err.to_string(), "disk gone");
        let err = SealingReader::new(&c, Failing, 5 << 30).err().unwrap();
        assert!(err.to_string().contains("over 4 GiB"), "{err}");
    }

    #[test]
    fn organisation_app_id_is_accepted() {
        let key = AesKey::decode("COdaZysb0+xJlFZHIFuohJE/FCW0Mf6ZopttvE8W0LE=").unwrap();
        let org = Cipher::new(key.clone(), ORG_APP_ID);
        let mine = Cipher::new(key, "ydAPP");
        assert_eq!(mine.decrypt(&org.encrypt(b"{}")).unwrap(), b"{}");
        // A server takes from a client only the client's own app id.
        let err = mine.decrypt_sent(&org.encrypt(b"{}")).unwrap_err();
        assert!(matches!(err, CryptoError::AppId { .. }), "{err:?}");
        assert_eq!(mine.decrypt_sent(&mine.encrypt(b"{}")).unwrap(), b"{}");
    }

    /// fuzz/seeds/youdu_decrypt/regression-long-app-id: a trailer of control characters made
    /// an error message of hundreds of characters.
    #[test]
    fn a_garbled_app_id_gives_a_short_error() {
        let key = || AesKey::decode("COdaZysb0+xJlFZHIFuohJE/FCW0Mf6ZopttvE8W0LE=").unwrap();
        let garbled = Cipher::new(key(), "\0".repeat(200)).encrypt(b"{}");
        let err = Cipher::new(key(), "yd1").decrypt(&garbled).unwrap_err();
        let msg = err.to_string();
        assert!(msg.chars().count() < 150 && !msg.contains('\n'), "{msg}");
    }

    #[test]
    fn garbage_is_rejected() {
        let key = AesKey::decode("COdaZysb0+xJlFZHIFuohJE/FCW0Mf6ZopttvE8W0LE=").unwrap();
        let c = Cipher::new(key, "ydAPP");
        assert_eq!(c.decrypt("").err(), Some(CryptoError::BlockLength(0)));
        assert_eq!(c.decrypt("%%%").err(), Some(CryptoError::NotBase64));
        assert!(c.decrypt(&STANDARD.encode([7u8; 32])).is_err());
    }
}
