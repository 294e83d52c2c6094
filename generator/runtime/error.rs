//! The error type returned by every API call.

use std::fmt;

use reqwest::header::HeaderMap;
use reqwest::{Method, StatusCode};

/// `Result` with the runtime's [`Error`] as the default error type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong while calling the API.
///
/// Neither `Display` nor `Debug` ever contains the API key.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The server answered with a non-2xx status (after any retries).
    /// Boxed to keep `Result<T, Error>` small.
    Api(Box<ApiError>),
    /// An attempt did not complete within the configured timeout (after any
    /// retries).
    Timeout,
    /// The request could not be sent or the response could not be read
    /// (DNS, TCP, TLS, connection reset, ...), after any retries.
    Connection(reqwest::Error),
    /// The server answered with a 2xx status but the body did not match the
    /// expected response type.
    Decode {
        /// HTTP status of the response.
        status: StatusCode,
        /// `operationId` of the call, e.g. `retrieveLead`.
        operation_id: &'static str,
        /// The response body (lossily converted to UTF-8).
        raw_body: String,
        /// JSON path of the value that failed to decode, e.g.
        /// `data[3].created_at` (`.` for the document root).
        path: String,
        /// The underlying `serde_json` error.
        source: serde_json::Error,
    },
    /// The request was rejected on the client side before (or instead of)
    /// being sent: an invalid header, a body that failed to serialize, a
    /// missing environment variable, an invalid base URL, a repeated
    /// pagination cursor, ... The message says which.
    InvalidRequest(String),
}

impl Error {
    /// HTTP status of an [`Error::Api`] or [`Error::Decode`], if any.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api(e) => Some(e.status.as_u16()),
            Error::Decode { status, .. } => Some(status.as_u16()),
            _ => None,
        }
    }

    /// The API error details, if the server answered with a non-2xx status.
    pub fn api_error(&self) -> Option<&ApiError> {
        match self {
            Error::Api(e) => Some(e),
            _ => None,
        }
    }

    /// Whether retrying the same call later could succeed: timeouts,
    /// connection errors, and statuses 408, 409, 429 and 5xx.
    ///
    /// This is a property of the error alone; the automatic retry logic
    /// additionally considers the HTTP method (see [`crate::runtime::request`]).
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Api(e) => super::retry::is_retryable_status(e.status),
            Error::Timeout | Error::Connection(_) => true,
            _ => false,
        }
    }

    /// `true` for a 404 response.
    pub fn is_not_found(&self) -> bool {
        self.status() == Some(404) && self.api_error().is_some()
    }

    /// `true` for a 401 response (missing, invalid or revoked API key).
    pub fn is_unauthorized(&self) -> bool {
        self.status() == Some(401) && self.api_error().is_some()
    }

    /// `true` for a 429 response.
    pub fn is_rate_limited(&self) -> bool {
        self.status() == Some(429) && self.api_error().is_some()
    }

    /// `true` when an attempt timed out, whether on the runtime's own
    /// per-attempt timer or inside the HTTP client.
    pub fn is_timeout(&self) -> bool {
        match self {
            Error::Timeout => true,
            Error::Connection(e) => e.is_timeout(),
            _ => false,
        }
    }

    /// The `x-request-id` of the failed response, when the server sent one;
    /// quote it when contacting the API's support.
    pub fn request_id(&self) -> Option<&str> {
        self.api_error().and_then(|e| e.request_id.as_deref())
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Api(e) => e.fmt(f),
            Error::Timeout => f.write_str("request timed out"),
            Error::Connection(e) => {
                write!(f, "connection error: {e}")?;
                // reqwest's own message is generic; the root cause (e.g.
                // "Connection refused") is what a human needs.
                let mut root: &dyn std::error::Error = e;
                while let Some(next) = root.source() {
                    root = next;
                }
                if !std::ptr::addr_eq(root, e as &dyn std::error::Error) {
                    write!(f, " ({root})")?;
                }
                Ok(())
            }
            Error::Decode {
                status,
                operation_id,
                path,
                source,
                ..
            } => write!(
                f,
                "could not decode the {status} response of {operation_id} at `{path}`: {source}"
            ),
            Error::InvalidRequest(msg) => write!(f, "invalid request: {msg}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Connection(e) => Some(e),
            Error::Decode { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl From<ApiError> for Error {
    fn from(e: ApiError) -> Self {
        Error::Api(Box::new(e))
    }
}

/// A non-2xx response from the API.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ApiError {
    /// HTTP status, e.g. `404 Not Found`.
    pub status: StatusCode,
    /// The decoded error document (`{"error": {"type", "message", ...}}`), or
    /// `None` when the body is not in that shape.
    pub body: Option<crate::ErrorBody>,
    /// Response headers.
    pub headers: HeaderMap,
    /// Value of the `x-request-id` response header.
    pub request_id: Option<String>,
    /// The response body (lossily converted to UTF-8).
    pub raw_body: String,
    /// HTTP method of the request.
    pub method: Method,
    /// Path template of the operation, e.g. `/leads/{id}`.
    pub path_template: &'static str,
    /// `operationId` of the operation, e.g. `retrieveLead`.
    pub operation_id: &'static str,
    message: Option<String>,
    error_type: Option<String>,
    code: Option<String>,
}

impl ApiError {
    /// Builds an API error from a response's parts.
    pub fn new(
        status: StatusCode,
        headers: HeaderMap,
        raw_body: &[u8],
        meta: &'static super::OperationMeta,
    ) -> Self {
        let body = serde_json::from_slice::<crate::ErrorBody>(raw_body).ok();
        let doc = serde_json::from_slice::<serde_json::Value>(raw_body).ok();
        let field = |name: &str| {
            doc.as_ref()
                .and_then(|d| d.get("error"))
                .and_then(|e| e.get(name))
                .and_then(|v| v.as_str())
                .map(str::to_owned)
        };
        let request_id = headers
            .get("x-request-id")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        ApiError {
            status,
            message: field("message"),
            error_type: field("type"),
            code: field("code"),
            body,
            headers,
            request_id,
            raw_body: String::from_utf8_lossy(raw_body).into_owned(),
            method: meta.method.clone(),
            path_template: meta.path_template,
            operation_id: meta.operation_id,
        }
    }

    /// The human-readable `error.message` from the body, if present.
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// The `error.type` from the body (e.g. `not_found`), if present.
    pub fn error_type(&self) -> Option<&str> {
        self.error_type.as_deref()
    }

    /// The machine-readable `error.code` from the body, if present.
    pub fn code(&self) -> Option<&str> {
        self.code.as_deref()
    }
}

/// At most this many characters of a non-JSON body are shown by `Display`.
const DISPLAY_BODY_LIMIT: usize = 200;

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} from {} {} ({})",
            self.status, self.method, self.path_template, self.operation_id
        )?;
        match (&self.message, self.raw_body.trim()) {
            (Some(message), _) => write!(f, ": {message}")?,
            (None, "") => {}
            (None, body) => {
                let shown: String = body.chars().take(DISPLAY_BODY_LIMIT).collect();
                let ellipsis = if shown.len() < body.len() { "..." } else { "" };
                write!(f, ": {shown}{ellipsis}")?;
            }
        }
        if let Some(id) = &self.request_id {
            write!(f, " (request id {id})")?;
        }
        Ok(())
    }
}

impl std::error::Error for ApiError {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::OperationMeta;

    static RETRIEVE_LEAD: OperationMeta = OperationMeta {
        method: Method::GET,
        path_template: "/leads/{id}",
        operation_id: "retrieveLead",
        idempotency_field: None,
        response_format: crate::runtime::ResponseFormat::Json,
        security: crate::runtime::test_support::TEST_SECURITY,
    };

    fn api_error(status: u16, body: &str, request_id: Option<&str>) -> Error {
        let mut headers = HeaderMap::new();
        if let Some(id) = request_id {
            headers.insert("x-request-id", id.parse().unwrap());
        }
        let status = StatusCode::from_u16(status).unwrap();
        ApiError::new(status, headers, body.as_bytes(), &RETRIEVE_LEAD).into()
    }

    #[test]
    fn display_names_status_operation_and_message() {
        let e = api_error(
            404,
            r#"{"error":{"type":"not_found","message":"Resource not found"}}"#,
            Some("req_1"),
        );
        assert_eq!(
            e.to_string(),
            "404 Not Found from GET /leads/{id} (retrieveLead): Resource not found (request id req_1)"
        );
        let api = e.api_error().unwrap();
        // Whether the body decodes depends on the API's `ErrorBody` type
        // (checked by the generated crate's own tests); the raw body is always kept.
        assert!(!api.raw_body.is_empty());
        assert_eq!(api.error_type(), Some("not_found"));
        assert_eq!(e.request_id(), Some("req_1"));
    }

    #[test]
    fn display_falls_back_to_truncated_raw_body() {
        let long = "x".repeat(500);
        let e = api_error(502, &long, None);
        let text = e.to_string();
        assert!(text.starts_with("502 Bad Gateway from GET /leads/{id} (retrieveLead): xxx"));
        assert!(text.ends_with("..."));
        assert!(text.len() < 300);
        assert!(e.api_error().unwrap().body.is_none());
    }

    #[test]
    fn classification_helpers() {
        assert!(api_error(404, "", None).is_not_found());
        assert!(api_error(401, "", None).is_unauthorized());
        let limited = api_error(429, "", None);
        assert!(limited.is_rate_limited() && limited.is_retryable());
        assert_eq!(limited.status(), Some(429));
        assert!(api_error(503, "", None).is_retryable());
        assert!(!api_error(400, "", None).is_retryable());
        assert!(Error::Timeout.is_timeout() && Error::Timeout.is_retryable());
        let invalid = Error::InvalidRequest("bad header".into());
        assert!(!invalid.is_retryable());
        assert_eq!(invalid.status(), None);
        assert_eq!(invalid.to_string(), "invalid request: bad header");
    }
}
