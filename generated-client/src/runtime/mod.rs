//! Hand-written runtime shared by every generated operation of the API.
//!
//! The generator copies this directory verbatim into the generated crate as
//! `src/runtime/`. Generated code only talks to the items re-exported here:
//!
//! * [`Client`] / [`ClientBuilder`]: configuration, credentials and the
//!   shared HTTP connection pool.
//! * [`auth`]: the security schemes ([`SecurityScheme`], generated into
//!   `crate::SECURITY_SCHEMES`), [`Credential`]s and [`Secret`], and how a
//!   request carries them.
//! * [`RequestBuilder`]: one API call (query, body, per-call options), sent
//!   with [`RequestBuilder::send`], [`RequestBuilder::send_raw`] or
//!   [`RequestBuilder::send_undecoded`] (see [`decode`]). The retry
//!   policy, including the rules for non-idempotent requests, is documented in
//!   the [`request`] module.
//! * [`Error`] / [`ApiError`] / [`Result`]: the single error type.
//! * [`QueryWriter`] / [`ToQuery`] / [`QueryValue`] / [`Style`]: query-string
//!   (and form-body) encoding.
//! * [`Nullable`]: tri-state (absent / null / value) request fields.
//! * [`encode_path_segment`]: percent-encoding for path parameters.
//! * [`pagination`]: lazy streams over cursor-paginated list endpoints.
//! * [`webhooks`]: Standard Webhooks signature verification.
//! * [`upload`] / [`upload_presigned`]: uploading file contents to the
//!   presigned URL returned by `createFile`.
//!
//! The generated crate must define `pub type ErrorBody = ...;` at its root;
//! the runtime only requires it to be
//! `Debug + Clone + DeserializeOwned + Send + Sync + 'static`. It also
//! defines `SECURITY_SCHEMES: &[SecurityScheme]`, `CREDENTIALS_REQUIRED:
//! bool` (every operation needs a credential), `DEFAULT_BASE_URL`,
//! `ENV_BASE_URL`, `ENV_WEBHOOK_SECRET`, `USER_AGENT` and
//! `RETRY_COUNT_HEADER`.
//!
//! # Dependencies
//!
//! The generated `Cargo.toml` needs exactly these entries:
//!
//! ```toml
//! [dependencies]
//! reqwest = { version = "0.12", default-features = false, features = ["rustls-tls", "http2"] }
//! serde = { version = "1", features = ["derive"] }
//! serde_json = "1"
//! chrono = { version = "0.4", default-features = false, features = ["serde", "std", "clock"] }
//! tokio = { version = "1", features = ["time"] }
//! futures-core = "0.3"
//! futures-util = { version = "0.3", default-features = false, features = ["std"] }
//! tracing = "0.1"
//! uuid = { version = "1", features = ["v4"] }
//! percent-encoding = "2"
//! fastrand = "2"
//! hmac = "0.12"
//! sha2 = "0.10"
//! base64 = "0.22"
//! serde_path_to_error = "0.1"
//! bytes = { version = "1", features = ["serde"] }
//!
//! [dev-dependencies]
//! wiremock = "0.6"
//! tokio = { version = "1", features = ["macros", "rt-multi-thread", "test-util"] }
//! tracing-subscriber = "0.3"
//! ```

pub mod auth;
pub mod client;
pub mod decode;
pub mod error;
pub mod form;
pub mod nullable;
pub mod pagination;
pub mod path;
pub mod query;
pub mod request;
mod retry;
pub mod upload;
pub mod webhooks;

pub use auth::{Credential, SchemeKind, Secret, Security, SecurityScheme};
pub use client::{Client, ClientBuilder};
pub use decode::UndecodedResponse;
pub use error::{ApiError, Error, Result};
pub use form::{FilePart, FormWriter, ToForm};
pub use nullable::Nullable;
pub use pagination::{CursorPage, OffsetCursorPage};
pub use path::{encode_path_segment, simple_style};
pub use query::{QueryValue, QueryWriter, Style, ToQuery};
pub use request::{OperationMeta, RawResponse, RequestBuilder, ResponseFormat, RetryPolicy};
pub use upload::upload_presigned;
pub use webhooks::{WebhookError, WebhookSecret};

#[cfg(test)]
mod test_support;
