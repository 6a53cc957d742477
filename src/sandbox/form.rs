//! multipart/form-data, as the upload endpoints read it.

use super::Req;

/// One part of a form.
pub(crate) struct Part {
    pub name: String,
    pub filename: Option<String>,
    pub data: Vec<u8>,
}

/// The parts of a multipart/form-data body; `None` if it is not one (no boundary, a part
/// without its blank line or name, no closing delimiter).
pub(crate) fn parts(req: &Req) -> Option<Vec<Part>> {
    let ctype = req.header("content-type")?;
    if !ctype
        .trim_start()
        .to_ascii_lowercase()
        .starts_with("multipart/form-data")
    {
        return None;
    }
    let boundary = ctype
        .split(';')
        .map(str::trim)
        .find_map(|a| a.strip_prefix("boundary="))?
        .trim_matches('"');
    if boundary.is_empty() {
        return None;
    }
    let delim = format!("--{boundary}");
    let mut rest = req.body.as_slice();
    let start = find(rest, delim.as_bytes())?;
    rest = &rest[start + delim.len()..];
    let mut parts = Vec::new();
    loop {
        if rest.starts_with(b"--") {
            return Some(parts);
        }
        rest = rest.strip_prefix(b"\r\n")?;
        let next = find(rest, format!("\r\n{delim}").as_bytes())?;
        let piece = &rest[..next];
        rest = &rest[next + 2 + delim.len()..];
        let split = find(piece, b"\r\n\r\n")?;
        let head = String::from_utf8_lossy(&piece[..split]);
        let data = piece[split + 4..].to_vec();
        let (mut name, mut filename) = (None, None);
        for line in head.split("\r\n") {
            let Some((key, value)) = line.split_once(':') else {
                continue;
            };
            if key.trim().eq_ignore_ascii_case("content-disposition") {
                for attr in value.split(';').map(str::trim) {
                    if let Some(v) = attr.strip_prefix("name=") {
                        name = Some(v.trim_matches('"').to_string());
                    }
                    if let Some(v) = attr.strip_prefix("filename=") {
                        filename = Some(v.trim_matches('"').to_string());
                    }
                }
            }
        }
        parts.push(Part {
            name: name?,
            filename,
            data,
        });
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(ctype: &str, body: &[u8]) -> Req {
        Req {
            method: "POST".into(),
            path: "/".into(),
            query: Default::default(),
            headers: vec![("Content-Type".into(), ctype.into())],
            body: body.to_vec(),
        }
    }

    #[test]
    fn reads_each_part_with_its_name_file_name_type_and_bytes() {
        let body = b"--XyZ\r\nContent-Disposition: form-data; name=\"buin\"\r\n\r\n707168\r\n--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n--X\r\n--XyZ--\r\n";
        let parts = parts(&req("multipart/form-data; boundary=XyZ", body)).unwrap();
        assert_eq!(parts.len(), 2);
        assert_eq!(parts[0].name, "buin");
        assert_eq!(parts[0].data, b"707168");
        assert_eq!(parts[1].filename.as_deref(), Some("a.png"));
        assert_eq!(parts[1].data, b"\x89PNG\r\n--X");
    }

    #[test]
    fn a_body_that_is_not_a_whole_form_is_none() {
        let whole = b"--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--b--\r\n";
        assert!(parts(&req("multipart/form-data; boundary=b", whole)).is_some());
        assert!(parts(&req("application/json", whole)).is_none());
        assert!(parts(&req("multipart/form-data", whole)).is_none());
        let cut = b"--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1";
        assert!(parts(&req("multipart/form-data; boundary=b", cut)).is_none());
    }
}
