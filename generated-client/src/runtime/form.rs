//! Form bodies: `application/x-www-form-urlencoded` and `multipart/form-data`.
//!
//! Generated params of form operations implement [`ToForm`]; the request
//! builder's `form` and `multipart` methods encode what they write. Text
//! fields follow the same rules as query parameters (see [`super::query`]):
//! [`FormWriter::field`] for values with a native [`QueryValue`] (`None`
//! writes nothing, arrays repeat the name), [`FormWriter::serialized`] for
//! everything else, by the `style`/`explode` of the media type's `encoding`
//! entry, or [`Style::Nested`] when there is none: `items[0][price]=p`,
//! `address[city]=x`, `expand[]=a`, `tags=a&tags=b`. Multipart bodies name
//! their text parts the same way.

use bytes::Bytes;
use serde::Serialize;

use super::query::{QueryValue, QueryWriter, Style};

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

    /// A text field of any serializable type (objects, maps, lists of
    /// objects, unions), written by the rules of `style` (see
    /// [`QueryWriter::serialized`]).
    pub fn serialized<T: Serialize + ?Sized>(&mut self, name: &str, value: &T, style: Style) {
        self.text.serialized(name, value, style);
    }

    /// The first field that could not be encoded, if any.
    pub fn error(&self) -> Option<&str> {
        self.text.error()
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

/// Percent-encodes for `application/x-www-form-urlencoded`: everything but
/// the RFC 3986 unreserved characters, space as `%20` (as in query strings).
fn encode(s: &str) -> String {
    super::path::encode_path_segment(s)
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

    #[derive(serde::Serialize)]
    struct Item {
        price: String,
        quantity: u32,
        tax_rates: Vec<String>,
    }

    struct Nested {
        items: Vec<Item>,
        metadata: std::collections::BTreeMap<String, String>,
        expand: Vec<String>,
        tags: Vec<String>,
        shipping: serde_json::Value,
    }

    impl ToForm for Nested {
        fn write_form(&self, w: &mut FormWriter) {
            w.serialized("items", &self.items, Style::Nested);
            w.serialized("metadata", &self.metadata, Style::DeepObject);
            w.serialized("expand", &self.expand, Style::DeepObject);
            w.serialized("tags", &self.tags, Style::Form { explode: false });
            w.serialized("shipping", &self.shipping, Style::Nested);
        }
    }

    #[test]
    fn urlencoded_nested_objects_arrays_and_maps_use_brackets() {
        let p = Nested {
            items: vec![
                Item { price: "price_1".into(), quantity: 2, tax_rates: vec!["txr_1".into(), "txr_2".into()] },
                Item { price: "price_2".into(), quantity: 1, tax_rates: vec![] },
            ],
            metadata: [("order_id".to_owned(), "6735".to_owned())].into(),
            expand: vec!["customer".into(), "invoice.lines".into()],
            tags: vec!["a".into(), "b".into()],
            shipping: serde_json::json!({"address": {"city": "Paris"}, "name": "J D"}),
        };
        let mut w = FormWriter::new();
        p.write_form(&mut w);
        assert_eq!(w.error(), None);
        let (body, _) = w.into_urlencoded();
        assert_eq!(
            body,
            "items%5B0%5D%5Bprice%5D=price_1&items%5B0%5D%5Bquantity%5D=2\
             &items%5B0%5D%5Btax_rates%5D%5B%5D=txr_1&items%5B0%5D%5Btax_rates%5D%5B%5D=txr_2\
             &items%5B1%5D%5Bprice%5D=price_2&items%5B1%5D%5Bquantity%5D=1\
             &metadata%5Border_id%5D=6735\
             &expand%5B%5D=customer&expand%5B%5D=invoice.lines\
             &tags=a%2Cb\
             &shipping%5Baddress%5D%5Bcity%5D=Paris&shipping%5Bname%5D=J%20D"
        );
    }

    #[test]
    fn multipart_names_nested_text_parts_with_brackets() {
        let mut w = FormWriter::new();
        w.serialized("file_link_data", &serde_json::json!({"create": true}), Style::DeepObject);
        w.file("file", &Bytes::from_static(b"%PDF"));
        let (body, _) = w.into_multipart();
        let text = String::from_utf8_lossy(&body);
        assert!(text.contains("name=\"file_link_data[create]\"\r\n\r\ntrue\r\n"), "{text}");
    }
}
