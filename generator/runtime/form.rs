//! Form bodies: `application/x-www-form-urlencoded` and `multipart/form-data`.
//!
//! Generated params of form operations implement [`ToForm`]; the request
//! builder's `form` and `multipart` methods encode what they write. Text
//! fields follow the same rules as `form`-style query parameters (see
//! [`QueryValue`]): `None` writes nothing, arrays repeat the name.

use bytes::Bytes;

use super::query::{QueryValue, QueryWriter};

/// Implemented by generated params whose operation takes a form body.
pub trait ToForm {
    /// Writes every body field, in declaration order.
    fn write_form(&self, w: &mut FormWriter);
}

/// Collects the fields of a form body: text pairs and file parts.
#[derive(Debug, Default)]
pub struct FormWriter {
    text: QueryWriter,
    files: Vec<(String, Bytes)>,
}

/// A file field's value: bytes, or an optional one.
pub trait FilePart {
    /// The bytes to send, if the field is set.
    fn bytes(&self) -> Option<Bytes>;
}

impl FilePart for Bytes {
    fn bytes(&self) -> Option<Bytes> {
        Some(self.clone())
    }
}

impl<T: FilePart> FilePart for Option<T> {
    fn bytes(&self) -> Option<Bytes> {
        self.as_ref().and_then(FilePart::bytes)
    }
}

impl FormWriter {
    /// An empty form.
    pub fn new() -> Self {
        Self::default()
    }

    /// A text field (or several, for arrays), encoded like a query parameter.
    pub fn field<V: QueryValue + ?Sized>(&mut self, name: &str, value: &V) {
        self.text.form(name, value);
    }

    /// A file field; nothing is written when it is `None`.
    pub fn file<F: FilePart + ?Sized>(&mut self, name: &str, value: &F) {
        if let Some(bytes) = value.bytes() {
            self.files.push((name.to_owned(), bytes));
        }
    }

    /// The urlencoded body and its media type. File fields are sent as
    /// their (lossily decoded) text, since the encoding has no file parts.
    pub fn into_urlencoded(self) -> (Bytes, String) {
        let mut pairs = self.text.into_pairs();
        pairs.extend(self.files.into_iter().map(|(n, b)| (n, String::from_utf8_lossy(&b).into_owned())));
        let body = pairs
            .iter()
            .map(|(n, v)| format!("{}={}", encode(n), encode(v)))
            .collect::<Vec<_>>()
            .join("&");
        (Bytes::from(body), "application/x-www-form-urlencoded".to_owned())
    }

    /// The multipart body and its media type (with a random boundary).
    pub fn into_multipart(self) -> (Bytes, String) {
        let boundary = format!("clientgen-{:016x}{:016x}", fastrand::u64(..), fastrand::u64(..));
        let mut body: Vec<u8> = Vec::new();
        for (name, value) in self.text.into_pairs() {
            body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
            body.extend_from_slice(format!("Content-Disposition: form-data; name=\"{}\"\r\n\r\n", quote(&name)).as_bytes());
            body.extend_from_slice(value.as_bytes());
            body.extend_from_slice(b"\r\n");
        }
        for (name, bytes) in self.files {
            body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
            body.extend_from_slice(
                format!(
                    "Content-Disposition: form-data; name=\"{0}\"; filename=\"{0}\"\r\nContent-Type: application/octet-stream\r\n\r\n",
                    quote(&name)
                )
                .as_bytes(),
            );
            body.extend_from_slice(&bytes);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        (Bytes::from(body), format!("multipart/form-data; boundary={boundary}"))
    }
}

/// Percent-encodes for `application/x-www-form-urlencoded` (space as `%20`).
fn encode(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC).to_string()
}

/// Escapes a part name for a quoted header parameter.
fn quote(name: &str) -> String {
    name.replace('\\', "\\\\").replace('"', "\\\"").replace(['\r', '\n'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Params {
        to: String,
        tags: Vec<String>,
        media: Option<Bytes>,
        note: Option<String>,
    }

    impl ToForm for Params {
        fn write_form(&self, w: &mut FormWriter) {
            w.field("To", &self.to);
            w.field("Tags", &self.tags);
            w.file("Media", &self.media);
            w.field("Note", &self.note);
        }
    }

    fn params() -> Params {
        Params { to: "+1 555".into(), tags: vec!["a".into(), "b&c".into()], media: Some(Bytes::from_static(b"\x00PNG")), note: None }
    }

    #[test]
    fn urlencoded_repeats_arrays_and_skips_none() {
        let mut w = FormWriter::new();
        params().write_form(&mut w);
        let (body, content_type) = w.into_urlencoded();
        assert_eq!(content_type, "application/x-www-form-urlencoded");
        assert_eq!(body, "To=%2B1%20555&Tags=a&Tags=b%26c&Media=%00PNG");
    }

    #[test]
    fn multipart_has_text_and_file_parts() {
        let mut w = FormWriter::new();
        params().write_form(&mut w);
        let (body, content_type) = w.into_multipart();
        let boundary = content_type.strip_prefix("multipart/form-data; boundary=").expect("boundary");
        let text = String::from_utf8_lossy(&body);
        assert!(text.starts_with(&format!("--{boundary}\r\nContent-Disposition: form-data; name=\"To\"\r\n\r\n+1 555\r\n")));
        assert_eq!(text.matches("name=\"Tags\"").count(), 2);
        assert!(text.contains("name=\"Media\"; filename=\"Media\"\r\nContent-Type: application/octet-stream\r\n\r\n\u{0}PNG\r\n"));
        assert!(!text.contains("Note"));
        assert!(text.ends_with(&format!("--{boundary}--\r\n")));
    }
}
