//! Decoding a 2xx response body into the operation's response type, and the
//! strict decoding contract tests use.
//!
//! Generated types are lenient by default, so that a client keeps working
//! when the API grows: a string enum keeps a value it does not know as
//! `Unknown(String)`, an untagged union keeps a value that fits none of its
//! variants as `Other(serde_json::Value)`, and a tagged union maps an
//! unknown tag to `Unknown`. [`UndecodedResponse::decode_strict`] turns the
//! first two fallbacks into decode errors (with the JSON path of the value),
//! which is how a contract test proves that a response matched the spec's
//! types exactly.

use std::cell::Cell;
use std::fmt;
use std::marker::PhantomData;

use bytes::Bytes;
use reqwest::header::HeaderMap;
use reqwest::StatusCode;
use serde::de::{DeserializeOwned, Error as _};
use serde::{Deserialize, Deserializer};

use super::error::{Error, Result};
use super::request::{OperationMeta, ResponseFormat};

thread_local! {
    /// Set while a strict decode runs on this thread (decoding is
    /// synchronous, so the flag covers exactly one decode).
    static STRICT: Cell<bool> = const { Cell::new(false) };
}

/// A successful (2xx) response whose body has not been decoded yet: from
/// [`RequestBuilder::send_undecoded`](super::RequestBuilder::send_undecoded).
///
/// `T` is the operation's response type. Decode with [`Self::decode`]
/// (exactly what `send` does) or [`Self::decode_strict`].
///
/// ```ignore
/// // `builder` is what a generated method returns.
/// let response = builder.send_undecoded().await?;
/// println!("{} bytes of JSON", response.body().len());
/// let value = response.decode_strict()?;
/// ```
pub struct UndecodedResponse<T> {
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
    meta: &'static OperationMeta,
    _response: PhantomData<fn() -> T>,
}

impl<T> UndecodedResponse<T> {
    pub(super) fn new(status: StatusCode, headers: HeaderMap, body: Bytes, meta: &'static OperationMeta) -> Self {
        UndecodedResponse { status, headers, body, meta, _response: PhantomData }
    }

    /// HTTP status (2xx).
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// Response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The body as received.
    pub fn body(&self) -> &Bytes {
        &self.body
    }
}

impl<T: DeserializeOwned> UndecodedResponse<T> {
    /// Decodes the body as [`RequestBuilder::send`](super::RequestBuilder::send)
    /// does.
    ///
    /// # Errors
    ///
    /// [`Error::Decode`] when the body does not match `T`.
    pub fn decode(&self) -> Result<T> {
        decode(self.status, &self.body, self.meta)
    }

    /// Decodes the body, failing where a lenient decode would fall back: a
    /// string enum value the spec does not list, or a union value that fits
    /// none of its variants.
    ///
    /// # Errors
    ///
    /// [`Error::Decode`] with the JSON path of the first such value, or when
    /// the body does not match `T` at all.
    pub fn decode_strict(&self) -> Result<T> {
        let previous = STRICT.with(|s| s.replace(true));
        let decoded = decode(self.status, &self.body, self.meta);
        STRICT.with(|s| s.set(previous));
        decoded
    }
}

impl<T> fmt::Debug for UndecodedResponse<T> {
    /// Shows the operation, status and body length; never headers or the
    /// body itself.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UndecodedResponse")
            .field("operation_id", &self.meta.operation_id)
            .field("status", &self.status)
            .field("body_len", &self.body.len())
            .finish()
    }
}

/// Called by a generated string enum's `Deserialize` for a value it does not
/// list: `Ok` (the value is kept as `Unknown`) unless a strict decode runs.
///
/// # Errors
///
/// In a strict decode, an error naming the value and the known ones.
pub fn unknown_enum_value<E: serde::de::Error>(type_name: &str, value: &str, known: &[&str]) -> std::result::Result<(), E> {
    if STRICT.with(Cell::get) {
        return Err(E::custom(format_args!("`{value}` is not a value of {type_name} (known: {})", known.join(", "))));
    }
    Ok(())
}

/// `deserialize_with` of a generated untagged union's `Other` variant: the
/// value as JSON, unless a strict decode runs.
///
/// # Errors
///
/// In a strict decode, always (so the union fails where no variant fits).
pub fn union_fallback<'de, D: Deserializer<'de>>(deserializer: D) -> std::result::Result<serde_json::Value, D::Error> {
    let value = serde_json::Value::deserialize(deserializer)?;
    if STRICT.with(Cell::get) {
        return Err(D::Error::custom("the value fits none of the union's variants"));
    }
    Ok(value)
}

/// Decodes a 2xx body by the operation's [`ResponseFormat`]. JSON: empty
/// bodies and 204 decode from `null`, or from `{}` when `T` does not take
/// `null`; on failure the body is decoded again
/// to find the JSON path of the failing value. Text and binary bodies are
/// handed to `T` as a string or as bytes.
pub(super) fn decode<T: DeserializeOwned>(status: StatusCode, body: &[u8], meta: &'static OperationMeta) -> Result<T> {
    let decode_error = |path: String, source: serde_json::Error| Error::Decode {
        status,
        operation_id: meta.operation_id,
        raw_body: String::from_utf8_lossy(body).into_owned(),
        path,
        source,
    };
    match meta.response_format {
        ResponseFormat::Json | ResponseFormat::JsonMedia(_) => {}
        ResponseFormat::Text => {
            let text = String::from_utf8_lossy(body);
            let deserializer = serde::de::value::StrDeserializer::<serde_json::Error>::new(&text);
            return T::deserialize(deserializer).map_err(|e| decode_error(".".to_owned(), e));
        }
        ResponseFormat::Binary => {
            let deserializer = serde::de::value::BytesDeserializer::<serde_json::Error>::new(body);
            return T::deserialize(deserializer).map_err(|e| decode_error(".".to_owned(), e));
        }
    }
    if status == StatusCode::NO_CONTENT || body.iter().all(u8::is_ascii_whitespace) {
        // No body: `null`, or an empty object for a struct whose fields are
        // all optional (a 204 whose spec still names a response schema).
        return serde_json::from_slice(b"null")
            .or_else(|_| serde_json::from_slice(b"{}"))
            .map_err(|e| decode_error(".".to_owned(), e));
    }
    serde_json::from_slice(body).map_err(|first_error| {
        let mut deserializer = serde_json::Deserializer::from_slice(body);
        match serde_path_to_error::deserialize::<_, T>(&mut deserializer) {
            Err(e) => decode_error(e.path().to_string(), e.into_inner()),
            // Only trailing garbage fails the strict decode but not this one.
            Ok(_) => decode_error(".".to_owned(), first_error),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::test_support::{mock_client, TEST_SECURITY};
    use wiremock::matchers::method;
    use wiremock::{Mock, MockServer, ResponseTemplate};

    static GET_SHAPE: OperationMeta = OperationMeta {
        method: reqwest::Method::GET,
        path_template: "/shapes/{id}",
        operation_id: "getShape",
        idempotency_field: None,
        response_format: ResponseFormat::Json,
        security: TEST_SECURITY,
    };

    /// A string enum as the generator emits it.
    #[derive(Debug, PartialEq)]
    enum Color {
        Red,
        Unknown(String),
    }

    impl<'de> Deserialize<'de> for Color {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
            let value = String::deserialize(deserializer)?;
            if value == "red" {
                return Ok(Color::Red);
            }
            unknown_enum_value("Color", &value, &["red"])?;
            Ok(Color::Unknown(value))
        }
    }

    /// An untagged union as the generator emits it.
    #[derive(Debug, PartialEq, Deserialize)]
    #[serde(untagged)]
    enum Size {
        Number(u32),
        #[serde(deserialize_with = "union_fallback")]
        Other(serde_json::Value),
    }

    #[derive(Debug, PartialEq, Deserialize)]
    struct Shape {
        color: Color,
        size: Size,
    }

    fn response(body: &'static str) -> UndecodedResponse<Shape> {
        UndecodedResponse::new(StatusCode::OK, HeaderMap::new(), Bytes::from_static(body.as_bytes()), &GET_SHAPE)
    }

    #[test]
    fn decode_keeps_unknown_values_and_strict_decode_names_their_path() {
        let known = response(r#"{"color": "red", "size": 3}"#);
        assert_eq!(known.decode_strict().unwrap(), Shape { color: Color::Red, size: Size::Number(3) });

        let unknown_color = response(r#"{"color": "teal", "size": 3}"#);
        assert_eq!(unknown_color.decode().unwrap().color, Color::Unknown("teal".to_owned()));
        match unknown_color.decode_strict() {
            Err(Error::Decode { path, source, .. }) => {
                assert_eq!(path, "color");
                assert!(source.to_string().contains("`teal` is not a value of Color (known: red)"), "{source}");
            }
            other => panic!("expected a decode error, got {other:?}"),
        }

        let unknown_size = response(r#"{"color": "red", "size": "large"}"#);
        assert_eq!(unknown_size.decode().unwrap().size, Size::Other(serde_json::json!("large")));
        match unknown_size.decode_strict() {
            Err(Error::Decode { path, .. }) => assert_eq!(path, "size"),
            other => panic!("expected a decode error, got {other:?}"),
        }
        // A strict decode leaves the thread lenient again.
        assert!(unknown_size.decode().is_ok());
    }

    #[test]
    fn an_empty_body_decodes_as_null_or_as_an_empty_object() {
        #[derive(Debug, PartialEq, Deserialize)]
        struct Tags {
            tags: Option<Vec<String>>,
        }
        let empty = |status| decode::<Tags>(status, b"", &GET_SHAPE);
        assert_eq!(empty(StatusCode::NO_CONTENT).unwrap(), Tags { tags: None });
        assert_eq!(empty(StatusCode::OK).unwrap(), Tags { tags: None });
        assert_eq!(decode::<Option<Tags>>(StatusCode::NO_CONTENT, b"", &GET_SHAPE).unwrap(), None);
        // A type that needs a value still fails, at the root.
        match decode::<Shape>(StatusCode::OK, b" ", &GET_SHAPE) {
            Err(Error::Decode { path, .. }) => assert_eq!(path, "."),
            other => panic!("expected a decode error, got {other:?}"),
        }
    }

    #[tokio::test]
    async fn send_undecoded_returns_the_body_as_received() {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .respond_with(ResponseTemplate::new(200).set_body_raw(r#"{"color":"teal","size":3}"#, "application/json"))
            .mount(&server)
            .await;
        let client = mock_client(&server).build().unwrap();
        let response = client.request::<Shape>(&GET_SHAPE, "/shapes/1".to_owned()).send_undecoded().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(&response.body()[..], br#"{"color":"teal","size":3}"#);
        assert!(response.decode_strict().is_err());
        assert_eq!(response.decode().unwrap().color, Color::Unknown("teal".to_owned()));
    }
}
