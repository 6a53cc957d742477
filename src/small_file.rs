//! Reading the small files a run needs (config, secrets, recipient lists, article files, CA
//! certificates, caches) with a size limit, so that a wrong path such as `/dev/zero` or a log
//! file is a clear error instead of a hang or an exhausted memory.

use std::io::{self, Read};
use std::path::Path;

/// Config files, CA bundles, article and item files.
pub(crate) const DOCUMENT: u64 = 4 << 20;
/// Recipient lists and caches.
pub(crate) const LIST: u64 = 16 << 20;
/// A key or secret in a file.
pub(crate) const SECRET: u64 = 64 << 10;

/// The whole file at `path` if it holds at most `max` bytes; a longer file is an error
/// (`FileTooLarge`, "is over N KiB/MiB"), never a silent truncation.
pub(crate) fn read(path: &Path, max: u64) -> io::Result<Vec<u8>> {
    let file = std::fs::File::open(path)?;
    let mut buf = Vec::new();
    file.take(max + 1).read_to_end(&mut buf)?;
    if buf.len() as u64 > max {
        return Err(io::Error::new(
            io::ErrorKind::FileTooLarge,
            format!("is over {}", size(max)),
        ));
    }
    Ok(buf)
}

/// [`read`] as UTF-8 text (`InvalidData` if it is not).
pub(crate) fn read_text(path: &Path, max: u64) -> io::Result<String> {
    String::from_utf8(read(path, max)?)
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "is not valid UTF-8 text"))
}

/// `max` in the largest whole unit: "4 MiB", "64 KiB".
fn size(max: u64) -> String {
    match max {
        m if m >= 1 << 20 && m % (1 << 20) == 0 => format!("{} MiB", m >> 20),
        m if m >= 1 << 10 && m % (1 << 10) == 0 => format!("{} KiB", m >> 10),
        m => format!("{m} bytes"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_over_the_limit_and_endless_ones_are_errors() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        std::fs::write(&path, b"12345").unwrap();
        assert_eq!(read(&path, 5).unwrap(), b"12345");
        let e = read(&path, 4).unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::FileTooLarge);
        assert_eq!(e.to_string(), "is over 4 bytes");
        let e = read(Path::new("/dev/zero"), SECRET).unwrap_err();
        assert_eq!(e.to_string(), "is over 64 KiB");
        assert!(read(dir.path(), LIST).is_err(), "a directory");
        std::fs::write(&path, b"\xff").unwrap();
        assert_eq!(
            read_text(&path, 5).unwrap_err().to_string(),
            "is not valid UTF-8 text"
        );
    }
}
