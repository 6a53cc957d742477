//! The Youdu encryption envelope (youdu-protocol.md §4-5).
//!
//! `Base64(AES-256-CBC(key, iv = key[0..16], pad32(prefix16 ‖ be32(len) ‖ msg ‖ appId)))`, where
//! `pad32` is PKCS#7-style padding to a multiple of **32** bytes (1..=32 bytes of value n). The
//! cipher runs without padding of its own; the padding is added and checked here.

use aes::Aes256;
use aes::cipher::{BlockDecryptMut, BlockEncryptMut, KeyIvInit, block_padding::NoPadding};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;

/// Youdu pads to 32-byte blocks, not AES's 16.
const PAD_BLOCK: usize = 32;
const PREFIX_LEN: usize = 16;
/// The app id that organisation-API answers may be encrypted for (youdu-protocol.md §5.4).
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
        let mut prefix = [0u8; PREFIX_LEN];
        getrandom::fill(&mut prefix).expect("the operating system's random source failed");
        self.encrypt_with_prefix(msg, &prefix)
    }

    /// Encrypts `msg` with the given 16-byte prefix; [`Cipher::encrypt`] draws it at random.
    pub fn encrypt_with_prefix(&self, msg: &[u8], prefix: &[u8; PREFIX_LEN]) -> String {
        let unpadded = PREFIX_LEN + 4 + msg.len() + self.app_id.len();
        let pad = PAD_BLOCK - unpadded % PAD_BLOCK;
        let mut buf = Vec::with_capacity(unpadded + pad);
        buf.extend_from_slice(prefix);
        let len = u32::try_from(msg.len()).expect("Youdu cannot carry a message over 4 GiB");
        buf.extend_from_slice(&len.to_be_bytes());
        buf.extend_from_slice(msg);
        buf.extend_from_slice(self.app_id.as_bytes());
        buf.resize(unpadded + pad, pad as u8);
        let n = buf.len();
        cbc::Encryptor::<Aes256>::new(&self.key.0.into(), &self.key.iv().into())
            .encrypt_padded_mut::<NoPadding>(&mut buf, n)
            .expect("the buffer is a whole number of blocks");
        STANDARD.encode(&buf)
    }

    /// Decrypts Base64 `text`, checks the padding, the length and the app id, and returns the
    /// message bytes. The prefix is never checked: some SDKs use another IV, which only garbles it.
    pub fn decrypt(&self, text: &str) -> Result<Vec<u8>, CryptoError> {
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
        if trailer != self.app_id.as_bytes() && trailer != ORG_APP_ID.as_bytes() {
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

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
    fn organisation_app_id_is_accepted() {
        let key = AesKey::decode("COdaZysb0+xJlFZHIFuohJE/FCW0Mf6ZopttvE8W0LE=").unwrap();
        let org = Cipher::new(key.clone(), ORG_APP_ID);
        let mine = Cipher::new(key, "ydAPP");
        assert_eq!(mine.decrypt(&org.encrypt(b"{}")).unwrap(), b"{}");
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
