//! Building, sending, retrying and decoding one API call.
//!
//! Generated operations start a [`RequestBuilder`] with
//! [`Client::request`](super::Client::request), add query parameters and a
//! JSON body, and return it; callers may set per-call options and then
//! `.send().await`.
//!
//! # Headers
//!
//! Every attempt carries the credentials the operation's `security` asks
//! for (see [`auth`](super::auth)), `User-Agent`,
//! `Accept: application/json` (the response's own media type when it is a
//! vendor JSON type such as `application/vnd.api+json`; `*/*` for an
//! operation that answers with text or bytes), `Content-Type: application/json` when there is
//! a body, the client's default headers, the per-call headers (later ones
//! replace earlier ones of the same name) and
//! [`RETRY_COUNT_HEADER`](crate::RETRY_COUNT_HEADER) (`x-<api>-retry-count`,
//! e.g. `x-whop-retry-count`: `0` on the
//! first attempt, `1` on the first retry, ...).
//!
//! # Timeouts
//!
//! The timeout (default 60 s) applies to each attempt separately and covers
//! connecting, sending the request and reading the whole response body.
//!
//! # Retries
//!
//! A failed attempt is retried at most `max_retries` times (default 2) when
//! it failed in one of these ways:
//!
//! * the connection could not be established (connect error),
//! * the attempt timed out, or the connection broke after it was established,
//! * the response status is 408, 409, 429 or 5xx.
//!
//! A response header `x-should-retry: true` or `x-should-retry: false`
//! overrides the status rules (the server knows best whether the request may
//! be replayed), for every method.
//!
//! ## Non-idempotent requests (POST, PATCH)
//!
//! Replaying a POST or PATCH that the server already processed could, for
//! example, create a second transfer. Such a request is therefore retried
//! after a failure the server *may* have processed (timeout, broken
//! connection, 408, 409, 5xx) only when it is replay-safe:
//!
//! 1. The operation has an idempotency body field
//!    ([`OperationMeta::idempotency_field`], e.g. `idempotence_key`) and the
//!    body is a JSON object. Before the first attempt, if that field is
//!    missing, `null` or `""`, it is filled with a fresh random UUID (v4);
//!    every attempt then sends exactly the same body, so the server can
//!    deduplicate. A key supplied by the caller is kept as is.
//! 2. The caller opted in, for the whole client with
//!    [`ClientBuilder::retry_non_idempotent`](super::ClientBuilder::retry_non_idempotent)
//!    or for one call with [`RequestBuilder::retry_non_idempotent`].
//!
//! Otherwise POST and PATCH are retried only when the request surely was not
//! processed: a connect error, a 429, or a 503 carrying `Retry-After` or
//! `retry-after-ms`. GET, PUT, DELETE, HEAD and OPTIONS are idempotent and
//! always follow the general rules.
//!
//! ## Delays
//!
//! Before retry number *n* (starting at 0) the client waits
//! `min(0.5 s * 2^n, 8 s)` multiplied by a random factor in `[0.75, 1.0]`.
//! When the failed response carries `retry-after-ms` (milliseconds) or
//! `Retry-After` (delta-seconds or an HTTP date) with a value in
//! `(0, 60 s]`, exactly that delay is used instead. Waiting uses
//! `tokio::time::sleep`, so tests can run under paused time.
//!
//! # Tracing
//!
//! Each call runs in an INFO span named
//! [`REQUEST_SPAN`](crate::REQUEST_SPAN) (`<api>.request`, e.g.
//! `whop.request`) with the fields
//! `method`, `path` (the template, e.g. `/leads/{id}`), `operation_id`,
//! `attempt` (0-based, of the last attempt), `status` (of the last
//! response) and `duration_ms` (all attempts and waits). Each retry emits a
//! DEBUG event. Headers and bodies are never recorded.
//!
//! # Testing under paused tokio time
//!
//! With `#[tokio::test(start_paused = true)]`, tokio jumps to the next
//! pending timer whenever the runtime would wait for I/O, so a pending timer
//! fires while a mock server is still answering. For exact virtual-time
//! assertions, build the client with
//! [`ClientBuilder::no_timeout`](super::ClientBuilder::no_timeout) and an
//! [`http_client`](super::ClientBuilder::http_client) created with
//! `reqwest::Client::builder().pool_idle_timeout(None)` (reqwest's idle
//! connection reaper is a timer too).

use std::fmt;
use std::marker::PhantomData;
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use reqwest::header::{self, HeaderMap, HeaderName, HeaderValue};
use reqwest::{Method, StatusCode, Url};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;
use tracing::Instrument;

use super::client::{parse_header, Client};
use super::decode::{self, UndecodedResponse};
use super::error::{ApiError, Error, Result};
use super::path::{encode_path_segment, simple_text};
use super::form::{FormWriter, ToForm};
use super::query::{QueryWriter, ToQuery};
use super::retry::{self, Outcome};

/// Name of the header carrying the 0-based attempt number.
pub const RETRY_COUNT_HEADER: &str = crate::RETRY_COUNT_HEADER;

/// [`RETRY_COUNT_HEADER`] as a header name, checked when the crate compiles.
const RETRY_COUNT_NAME: HeaderName = HeaderName::from_static(RETRY_COUNT_HEADER);

/// Static facts about one operation, emitted as a `const` per operation by
/// the generator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OperationMeta {
    /// HTTP method, e.g. `reqwest::Method::POST`.
    pub method: Method,
    /// Path template exactly as in the spec, e.g. `/leads/{id}`.
    pub path_template: &'static str,
    /// `operationId` from the spec, e.g. `retrieveLead`.
    pub operation_id: &'static str,
    /// Name of a JSON body field the API deduplicates on (e.g.
    /// `idempotence_key`); makes POST/PATCH retries safe (see the module
    /// docs).
    pub idempotency_field: Option<&'static str>,
    /// How the success response body is decoded.
    pub response_format: ResponseFormat,
    /// The security alternatives: the first whose schemes all have a
    /// credential is sent; `&[]` is a public operation (see [`super::auth`]).
    pub security: super::auth::Security,
}

/// How a success response body is decoded into the response type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResponseFormat {
    /// JSON (an empty body or 204 decodes as `null`).
    Json,
    /// JSON of another media type than `application/json` (e.g.
    /// `application/vnd.api+json`): decoded like [`Self::Json`], and asked
    /// for with this media type as `Accept`.
    JsonMedia(&'static str),
    /// The body as text (`text/*` responses); the response type is `String`.
    Text,
    /// The raw bytes (`application/octet-stream` and other binary types);
    /// the response type is `bytes::Bytes`.
    Binary,
}

/// A request body as it will be sent.
#[derive(Debug, Clone)]
enum Body {
    /// JSON, kept as a value until sending so an idempotency key can be filled in.
    Json(Value),
    /// Already encoded bytes (form, multipart, binary) with their media type.
    Raw { bytes: Bytes, content_type: String },
}

/// How failed requests are retried; see the module docs for which failures
/// qualify.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct RetryPolicy {
    /// Maximum number of retries after the first attempt (default 2).
    pub max_retries: u32,
    /// Delay before the first retry, before jitter (default 0.5 s).
    pub initial_backoff: Duration,
    /// Upper bound of the computed delay, before jitter (default 8 s).
    pub max_backoff: Duration,
    /// Retry POST/PATCH after failures the server may have processed, even
    /// without an idempotency key (default `false`).
    pub retry_non_idempotent: bool,
}

impl RetryPolicy {
    /// The default policy: 2 retries, 0.5 s doubling to 8 s, no opt-in.
    pub const DEFAULT: RetryPolicy = RetryPolicy {
        max_retries: 2,
        initial_backoff: Duration::from_millis(500),
        max_backoff: Duration::from_secs(8),
        retry_non_idempotent: false,
    };

    /// Sets [`RetryPolicy::max_retries`].
    pub fn with_max_retries(mut self, max_retries: u32) -> Self {
        self.max_retries = max_retries;
        self
    }

    /// Sets [`RetryPolicy::initial_backoff`] and [`RetryPolicy::max_backoff`].
    pub fn with_backoff(mut self, initial: Duration, max: Duration) -> Self {
        self.initial_backoff = initial;
        self.max_backoff = max;
        self
    }

    /// Sets [`RetryPolicy::retry_non_idempotent`].
    pub fn with_retry_non_idempotent(mut self, yes: bool) -> Self {
        self.retry_non_idempotent = yes;
        self
    }
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy::DEFAULT
    }
}

/// A successful response with its status and headers.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct RawResponse<T> {
    /// HTTP status (2xx).
    pub status: StatusCode,
    /// Response headers.
    pub headers: HeaderMap,
    /// The decoded body.
    pub body: T,
}

impl<T> RawResponse<T> {
    /// Value of the `x-request-id` response header, if any.
    pub fn request_id(&self) -> Option<&str> {
        self.headers
            .get("x-request-id")
            .and_then(|v| v.to_str().ok())
    }

    /// Discards status and headers.
    pub fn into_body(self) -> T {
        self.body
    }
}

/// One API call being configured; `T` is the response type.
///
/// Owns a clone of the [`Client`], so it is `'static + Send` and can be
/// moved into spawned tasks. Configuration errors (invalid header, body that
/// fails to serialize) are kept and returned by [`RequestBuilder::send`].
#[must_use = "a request does nothing until `.send().await` is called"]
pub struct RequestBuilder<T> {
    client: Client,
    parts: RequestParts,
    error: Option<Error>,
    _response: PhantomData<fn() -> T>,
}

/// The cloneable description of a request (everything but deferred errors).
#[derive(Clone)]
pub(super) struct RequestParts {
    pub(super) meta: &'static OperationMeta,
    path: String,
    query: Vec<(String, String)>,
    body: Option<Body>,
    headers: HeaderMap,
    timeout: Option<Duration>,
    max_retries: u32,
    retry_non_idempotent: bool,
}

impl RequestParts {
    /// Whether the query already has a parameter called `name`.
    pub(super) fn has_query_param(&self, name: &str) -> bool {
        self.query.iter().any(|(n, _)| n == name)
    }

    /// The first value of the query parameter `name`.
    pub(super) fn query_param(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Replaces every value of the query parameter `name` with `value`.
    pub(super) fn set_query_param(&mut self, name: &str, value: &str) {
        self.query.retain(|(n, _)| n != name);
        self.query.push((name.to_owned(), value.to_owned()));
    }
}

impl<T> RequestBuilder<T> {
    pub(super) fn new(client: Client, meta: &'static OperationMeta, path: String) -> Self {
        let inner = client.inner();
        let parts = RequestParts {
            meta,
            path,
            query: Vec::new(),
            body: None,
            headers: HeaderMap::new(),
            timeout: inner.timeout,
            max_retries: inner.retry.max_retries,
            retry_non_idempotent: inner.retry.retry_non_idempotent,
        };
        RequestBuilder {
            client,
            parts,
            error: None,
            _response: PhantomData,
        }
    }

    /// Appends the query parameters written by `q` (generated parameter
    /// structs). A value that cannot be encoded is returned as an error by
    /// [`RequestBuilder::send`].
    pub fn query<Q: ToQuery + ?Sized>(mut self, q: &Q) -> Self {
        let mut writer = QueryWriter::new();
        q.write_query(&mut writer);
        if let Some(e) = writer.error() {
            let e = Error::InvalidRequest(e.to_owned());
            self.fail(e);
        }
        self.parts.query.extend(writer.into_pairs());
        self
    }

    /// Sets the JSON body. It is serialized immediately; a serialization
    /// error is returned by [`RequestBuilder::send`].
    pub fn json<B: Serialize + ?Sized>(mut self, body: &B) -> Self {
        match serde_json::to_value(body) {
            Ok(value) => self.parts.body = Some(Body::Json(value)),
            Err(e) => self.fail(Error::InvalidRequest(format!(
                "could not serialize the request body: {e}"
            ))),
        }
        self
    }

    /// Sets an `application/x-www-form-urlencoded` body from the fields `f`
    /// writes (generated params of form operations); file fields are sent
    /// as their text.
    pub fn form<F: ToForm + ?Sized>(mut self, f: &F) -> Self {
        let mut writer = FormWriter::new();
        f.write_form(&mut writer);
        if let Some(e) = writer.error() {
            let e = Error::InvalidRequest(e.to_owned());
            self.fail(e);
        }
        let (bytes, content_type) = writer.into_urlencoded();
        self.parts.body = Some(Body::Raw { bytes, content_type });
        self
    }

    /// Sets a `multipart/form-data` body: one part per field `f` writes,
    /// file fields as file parts.
    pub fn multipart<F: ToForm + ?Sized>(mut self, f: &F) -> Self {
        let mut writer = FormWriter::new();
        f.write_form(&mut writer);
        if let Some(e) = writer.error() {
            let e = Error::InvalidRequest(e.to_owned());
            self.fail(e);
        }
        let (bytes, content_type) = writer.into_multipart();
        self.parts.body = Some(Body::Raw { bytes, content_type });
        self
    }

    /// Sets a raw body with the given media type (binary uploads).
    pub fn bytes(mut self, body: Bytes, content_type: &str) -> Self {
        self.parts.body = Some(Body::Raw { bytes: body, content_type: content_type.to_owned() });
        self
    }

    /// Overrides the per-attempt timeout for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.parts.timeout = Some(timeout);
        self
    }

    /// Overrides the maximum number of retries for this call (`0` disables
    /// retries).
    pub fn max_retries(mut self, max_retries: u32) -> Self {
        self.parts.max_retries = max_retries;
        self
    }

    /// Adds a header to this call, replacing any default of the same name.
    /// An invalid name or value is reported by [`RequestBuilder::send`].
    pub fn header(mut self, name: impl AsRef<str>, value: impl AsRef<str>) -> Self {
        match parse_header(name.as_ref(), value.as_ref()) {
            Ok((name, value)) => {
                self.parts.headers.append(name, value);
            }
            Err(e) => self.fail(e),
        }
        self
    }

    /// Adds a header parameter of any serializable type with OpenAPI's
    /// `style: simple`: a scalar as its text, a list as `a,b,c`, an object
    /// of scalars as `k1,v1,k2,v2`; anything nested as compact JSON. A value
    /// that cannot be encoded is reported by [`RequestBuilder::send`].
    pub fn header_simple<V: Serialize + ?Sized>(self, name: &str, value: &V) -> Self {
        match serde_json::to_value(value) {
            Ok(v) => {
                let text = simple_text(&v);
                self.header(name, text)
            }
            Err(e) => self.failed(Error::InvalidRequest(format!("could not encode the header `{name}`: {e}"))),
        }
    }

    /// Adds a header parameter declared with `content: application/json`:
    /// the value as compact JSON text.
    pub fn header_json<V: Serialize + ?Sized>(self, name: &str, value: &V) -> Self {
        match serde_json::to_string(value) {
            Ok(text) => self.header(name, text),
            Err(e) => self.failed(Error::InvalidRequest(format!("could not encode the header `{name}`: {e}"))),
        }
    }

    /// Appends one query parameter (not yet percent-encoded).
    pub fn query_param(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.parts.query.push((name.into(), value.into()));
        self
    }

    /// Allows (or forbids) retrying this POST/PATCH after failures the server
    /// may already have processed; see the module docs.
    pub fn retry_non_idempotent(mut self, yes: bool) -> Self {
        self.parts.retry_non_idempotent = yes;
        self
    }

    /// Sends the request (with retries) and decodes the JSON response.
    ///
    /// An empty body or a 204 response decodes as JSON `null`, which suits
    /// `T = ()`, `Option<_>` and `serde_json::Value`.
    ///
    /// # Errors
    ///
    /// [`Error::Api`] for a non-2xx status, [`Error::Timeout`] or
    /// [`Error::Connection`] when no response arrived, [`Error::Decode`] when
    /// the body does not match `T`, [`Error::InvalidRequest`] for
    /// configuration problems detected before sending.
    pub async fn send(self) -> Result<T>
    where
        T: DeserializeOwned,
    {
        self.send_raw().await.map(RawResponse::into_body)
    }

    /// Like [`RequestBuilder::send`], but also returns the status and
    /// headers.
    ///
    /// # Errors
    ///
    /// As [`RequestBuilder::send`].
    pub async fn send_raw(self) -> Result<RawResponse<T>>
    where
        T: DeserializeOwned,
    {
        let (client, parts, error) = self.into_parts();
        if let Some(e) = error {
            return Err(e);
        }
        fetch(&client, parts).await
    }

    /// Sends the request (with retries) like [`RequestBuilder::send`], but
    /// leaves the body undecoded: decode it later with
    /// [`UndecodedResponse::decode`] or [`UndecodedResponse::decode_strict`].
    ///
    /// # Errors
    ///
    /// As [`RequestBuilder::send`], except [`Error::Decode`], which only
    /// decoding returns.
    pub async fn send_undecoded(self) -> Result<UndecodedResponse<T>> {
        let (client, parts, error) = self.into_parts();
        if let Some(e) = error {
            return Err(e);
        }
        let meta = parts.meta;
        let response = execute(&client, parts).await?;
        Ok(UndecodedResponse::new(response.status, response.headers, response.body, meta))
    }

    /// Splits the builder for the pagination streams.
    pub(super) fn into_parts(self) -> (Client, RequestParts, Option<Error>) {
        (self.client, self.parts, self.error)
    }

    fn fail(&mut self, error: Error) {
        self.error.get_or_insert(error);
    }

    fn failed(mut self, error: Error) -> Self {
        self.fail(error);
        self
    }
}


impl<T> fmt::Debug for RequestBuilder<T> {
    /// Shows the operation, path, query and header names; never header
    /// values or the body.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RequestBuilder")
            .field("operation_id", &self.parts.meta.operation_id)
            .field("method", &self.parts.meta.method)
            .field("path", &self.parts.path)
            .field("query", &self.parts.query)
            .field("headers", &self.parts.headers.keys().collect::<Vec<_>>())
            .field("has_body", &self.parts.body.is_some())
            .field("timeout", &self.parts.timeout)
            .field("max_retries", &self.parts.max_retries)
            .field("error", &self.error)
            .finish()
    }
}

/// Sends `parts` with retries and decodes a successful response as `T`.
pub(super) async fn fetch<T: DeserializeOwned>(
    client: &Client,
    parts: RequestParts,
) -> Result<RawResponse<T>> {
    let meta = parts.meta;
    let response = execute(client, parts).await?;
    let body = decode::decode(response.status, &response.body, meta)?;
    Ok(RawResponse {
        status: response.status,
        headers: response.headers,
        body,
    })
}

/// A complete HTTP response.
pub(super) struct Response {
    pub(super) status: StatusCode,
    pub(super) headers: HeaderMap,
    pub(super) body: Bytes,
}

/// Why one attempt did not produce a 2xx response.
pub(super) enum AttemptFailure {
    Response(Response),
    Timeout,
    Http(reqwest::Error),
}

impl AttemptFailure {
    pub(super) fn outcome(&self) -> Outcome<'_> {
        match self {
            AttemptFailure::Response(r) => Outcome::Status(r.status, &r.headers),
            AttemptFailure::Timeout => Outcome::Timeout,
            AttemptFailure::Http(e) if e.is_connect() => Outcome::ConnectFailed,
            AttemptFailure::Http(e) if e.is_timeout() => Outcome::Timeout,
            AttemptFailure::Http(_) => Outcome::Transport,
        }
    }

    /// What a retry loop does after this failure (calls, event streams and
    /// uploads alike): `Some(error)` ends the call, when `retries` are used
    /// up or the failure may not be retried; otherwise it waits the retry
    /// delay (logging `what` is retried) and returns `None`.
    pub(super) async fn retry_or_fail(
        self,
        retries: u32,
        max_retries: u32,
        replay_safe: bool,
        policy: &RetryPolicy,
        meta: &'static OperationMeta,
        what: &str,
    ) -> Option<Error> {
        if retries >= max_retries || !retry::should_retry(self.outcome(), replay_safe) {
            return Some(self.into_error(meta));
        }
        let server_headers = match &self {
            AttemptFailure::Response(r) => Some(&r.headers),
            _ => None,
        };
        let delay = retry::retry_delay(
            retries,
            server_headers,
            SystemTime::now(),
            policy.initial_backoff,
            policy.max_backoff,
            retry::jitter(),
        );
        tracing::debug!(
            attempt = retries,
            delay_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX),
            reason = %self,
            "retrying {what}"
        );
        // Free the failed response's body while waiting.
        drop(self);
        tokio::time::sleep(delay).await;
        None
    }

    pub(super) fn into_error(self, meta: &'static OperationMeta) -> Error {
        match self {
            AttemptFailure::Response(r) => ApiError::new(r.status, r.headers, &r.body, meta).into(),
            AttemptFailure::Timeout => Error::Timeout,
            AttemptFailure::Http(e) if e.is_timeout() && !e.is_connect() => Error::Timeout,
            AttemptFailure::Http(e) => Error::Connection(e),
        }
    }
}

impl fmt::Display for AttemptFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AttemptFailure::Response(r) => write!(f, "status {}", r.status),
            AttemptFailure::Timeout => f.write_str("timeout"),
            AttemptFailure::Http(e) if e.is_connect() => f.write_str("connect error"),
            AttemptFailure::Http(_) => f.write_str("connection error"),
        }
    }
}

/// Everything needed to send (and re-send) one call.
struct Prepared {
    meta: &'static OperationMeta,
    url: Url,
    headers: HeaderMap,
    body: Option<Bytes>,
    timeout: Option<Duration>,
    max_retries: u32,
    /// Whether replaying the request cannot apply it twice.
    replay_safe: bool,
    /// A credential travels in the query: transport errors drop the URL.
    secret_in_url: bool,
}

impl Prepared {
    fn new(client: &Client, parts: RequestParts) -> Result<Self> {
        let meta = parts.meta;
        let credentials = client
            .inner()
            .credentials
            .apply(super::auth::schemes(), meta.operation_id, meta.security)?;
        let secret_in_url = !credentials.query.is_empty();
        let mut query = parts.query;
        query.extend(credentials.query);
        let url = build_url(client.base_url(), &parts.path, &query)?;
        let (body, content_type, keyed) = prepare_body(meta, parts.body)?;
        let accept = match parts.meta.response_format {
            ResponseFormat::Json => "application/json",
            ResponseFormat::JsonMedia(media_type) => media_type,
            // Text and bytes of whichever media type the operation answers with.
            ResponseFormat::Text | ResponseFormat::Binary => "*/*",
        };
        let headers = build_headers(client, credentials.headers, &parts.headers, content_type, accept)?;
        Ok(Prepared {
            meta,
            url,
            headers,
            body,
            timeout: parts.timeout,
            max_retries: parts.max_retries,
            replay_safe: meta.method.is_idempotent() || keyed || parts.retry_non_idempotent,
            secret_in_url,
        })
    }

    /// The HTTP request for attempt number `retries` (0 for the first),
    /// built whole: the prepared headers are cloned in as they are, not
    /// merged header by header into an empty request.
    fn attempt(&self, client: &Client, retries: u32) -> reqwest::RequestBuilder {
        let mut request = reqwest::Request::new(self.meta.method.clone(), self.url.clone());
        let headers = request.headers_mut();
        headers.clone_from(&self.headers);
        headers.insert(RETRY_COUNT_NAME, HeaderValue::from(retries));
        *request.body_mut() = self.body.clone().map(reqwest::Body::from);
        reqwest::RequestBuilder::from_parts(client.inner().http.clone(), request)
    }
}

/// Sends one call with retries inside its [`crate::REQUEST_SPAN`] span.
async fn execute(client: &Client, parts: RequestParts) -> Result<Response> {
    let prepared = Prepared::new(client, parts)?;
    let meta = prepared.meta;
    let span = tracing::info_span!(
        crate::REQUEST_SPAN,
        method = %meta.method,
        path = meta.path_template,
        operation_id = meta.operation_id,
        attempt = tracing::field::Empty,
        status = tracing::field::Empty,
        duration_ms = tracing::field::Empty,
    );
    // The clock is read only for a span some subscriber records.
    let started = (!span.is_disabled()).then(tokio::time::Instant::now);
    let result = retry_loop(client, &prepared, &span)
        .instrument(span.clone())
        .await;
    if let Some(started) = started {
        let elapsed_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
        span.record("duration_ms", elapsed_ms);
    }
    result
}

/// Sends attempts until one succeeds, fails for good, or retries run out.
async fn retry_loop(
    client: &Client,
    prepared: &Prepared,
    span: &tracing::Span,
) -> Result<Response> {
    let policy = client.inner().retry;
    let mut retries: u32 = 0;
    loop {
        span.record("attempt", retries);
        let mut result = run_attempt(prepared.attempt(client, retries), prepared.timeout).await;
        if prepared.secret_in_url {
            // reqwest errors print their URL, which holds a credential.
            result = result.map_err(|f| match f {
                AttemptFailure::Http(e) => AttemptFailure::Http(e.without_url()),
                other => other,
            });
        }
        let failure = match result {
            Ok(response) => {
                span.record("status", response.status.as_u16());
                if response.status.is_success() {
                    return Ok(response);
                }
                AttemptFailure::Response(response)
            }
            Err(AttemptFailure::Http(e)) if e.is_builder() => {
                return Err(Error::InvalidRequest(format!(
                    "could not build the request: {e}"
                )));
            }
            Err(failure) => failure,
        };
        if let Some(error) = failure
            .retry_or_fail(retries, prepared.max_retries, prepared.replay_safe, &policy, prepared.meta, "API request")
            .await
        {
            return Err(error);
        }
        retries += 1;
    }
}

/// Sends one attempt and reads the whole body, within `timeout`.
pub(super) async fn run_attempt(
    request: reqwest::RequestBuilder,
    timeout: Option<Duration>,
) -> std::result::Result<Response, AttemptFailure> {
    let exchange = async {
        let mut response = request.send().await?;
        let status = response.status();
        let headers = std::mem::take(response.headers_mut());
        let body = response.bytes().await?;
        Ok(Response {
            status,
            headers,
            body,
        })
    };
    let result = match timeout {
        Some(limit) => tokio::time::timeout(limit, exchange)
            .await
            .map_err(|_| AttemptFailure::Timeout)?,
        None => exchange.await,
    };
    result.map_err(AttemptFailure::Http)
}

/// Joins base URL, encoded path and query; rejects dot segments, which URL
/// normalisation would silently resolve.
fn build_url(base_url: &str, path: &str, query: &[(String, String)]) -> Result<Url> {
    let is_dot_segment = |segment: &str| {
        [".", "..", "%2e", "%2e%2e", ".%2e", "%2e."]
            .iter()
            .any(|dot| segment.eq_ignore_ascii_case(dot))
    };
    if path.split('/').any(is_dot_segment) {
        return Err(Error::InvalidRequest(format!(
            "path `{path}` contains a `.` or `..` segment"
        )));
    }
    let mut joined = String::with_capacity(base_url.len() + 1 + path.len());
    joined.push_str(base_url);
    if !path.starts_with('/') {
        joined.push('/');
    }
    joined.push_str(path);
    let mut url = Url::parse(&joined)
        .map_err(|e| Error::InvalidRequest(format!("invalid request URL for `{path}`: {e}")))?;
    if !query.is_empty() {
        let encoded: Vec<String> = query
            .iter()
            .map(|(name, value)| {
                format!(
                    "{}={}",
                    encode_path_segment(name),
                    encode_path_segment(value)
                )
            })
            .collect();
        url.set_query(Some(&encoded.join("&")));
    }
    Ok(url)
}

/// Serializes the body once, after filling the idempotency field if the
/// operation has one. Returns the bytes, their media type and whether the
/// body is keyed.
fn prepare_body(meta: &OperationMeta, body: Option<Body>) -> Result<(Option<Bytes>, Option<HeaderValue>, bool)> {
    let mut body = match body {
        None => return Ok((None, None, false)),
        Some(Body::Raw { bytes, content_type }) => {
            let content_type = HeaderValue::from_str(&content_type)
                .map_err(|_| Error::InvalidRequest(format!("invalid content type {content_type:?}")))?;
            return Ok((Some(bytes), Some(content_type), false));
        }
        Some(Body::Json(value)) => value,
    };
    let mut keyed = false;
    if let (Some(field), Value::Object(map)) = (meta.idempotency_field, &mut body) {
        let needs_key = match map.get(field) {
            None | Some(Value::Null) => true,
            Some(Value::String(s)) => s.is_empty(),
            Some(_) => false,
        };
        if needs_key {
            map.insert(
                field.to_owned(),
                Value::String(uuid::Uuid::new_v4().to_string()),
            );
        }
        keyed = true;
    }
    let bytes = serde_json::to_vec(&body)
        .map_err(|e| Error::InvalidRequest(format!("could not serialize the request body: {e}")))?;
    Ok((Some(Bytes::from(bytes)), Some(HeaderValue::from_static("application/json")), keyed))
}

/// The headers shared by all attempts of one call: the credentials first,
/// so default and per-call headers of the same name replace them.
fn build_headers(
    client: &Client,
    credentials: Vec<(HeaderName, HeaderValue)>,
    per_call: &HeaderMap,
    content_type: Option<HeaderValue>,
    accept: &'static str,
) -> Result<HeaderMap> {
    let mut headers = HeaderMap::with_capacity(4 + credentials.len());
    for (name, value) in credentials {
        headers.insert(name, value);
    }
    headers.insert(header::USER_AGENT, client.inner().user_agent.clone());
    headers.insert(header::ACCEPT, HeaderValue::from_static(accept));
    if let Some(content_type) = content_type {
        headers.insert(header::CONTENT_TYPE, content_type);
    }
    for overrides in [&client.inner().default_headers, per_call] {
        for name in overrides.keys() {
            headers.remove(name);
            for value in overrides.get_all(name) {
                headers.append(name.clone(), value.clone());
            }
        }
    }
    Ok(headers)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::test_support::{mock_client, TEST_API_KEY};

    use tokio::time::Instant;
    use wiremock::matchers::{body_json, header as header_is, method, path, query_param};
    use wiremock::{Mock, MockServer, Request, ResponseTemplate};

    // Generated code declares metadata as `const` items and passes `&CONST`.
    const GET_LEAD: OperationMeta = OperationMeta {
        method: Method::GET,
        path_template: "/leads/{id}",
        operation_id: "retrieveLead",
        idempotency_field: None,
        response_format: crate::runtime::ResponseFormat::Json,
        security: crate::runtime::test_support::TEST_SECURITY,
    };
    const CREATE_LEAD: OperationMeta = OperationMeta {
        method: Method::POST,
        path_template: "/leads",
        operation_id: "createLead",
        idempotency_field: None,
        response_format: crate::runtime::ResponseFormat::Json,
        security: crate::runtime::test_support::TEST_SECURITY,
    };
    const CREATE_TRANSFER: OperationMeta = OperationMeta {
        method: Method::POST,
        path_template: "/transfers",
        operation_id: "createTransfer",
        idempotency_field: Some("idempotence_key"),
        response_format: crate::runtime::ResponseFormat::Json,
        security: crate::runtime::test_support::TEST_SECURITY,
    };

    type Json = serde_json::Value;

    /// Mounts `first` for the first `times` matching requests, then `then`.
    async fn mount_sequence(
        server: &MockServer,
        http_method: &str,
        url_path: &str,
        first: ResponseTemplate,
        times: u64,
        then: ResponseTemplate,
    ) {
        Mock::given(method(http_method))
            .and(path(url_path))
            .respond_with(first)
            .up_to_n_times(times)
            .with_priority(1)
            .mount(server)
            .await;
        Mock::given(method(http_method))
            .and(path(url_path))
            .respond_with(then)
            .mount(server)
            .await;
    }

    fn ok_json() -> ResponseTemplate {
        ResponseTemplate::new(200).set_body_json(serde_json::json!({"id": "lead_1"}))
    }

    fn retry_counts(requests: &[Request]) -> Vec<String> {
        requests
            .iter()
            .map(|r| r.headers[RETRY_COUNT_HEADER].to_str().unwrap().to_owned())
            .collect()
    }

    fn secs(s: f64) -> Duration {
        Duration::from_secs_f64(s)
    }

    #[tokio::test(start_paused = true)]
    async fn retries_stop_at_the_limit_with_backoff() {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .respond_with(ResponseTemplate::new(500))
            .mount(&server)
            .await;
        let client = mock_client(&server).build().unwrap();
        let started = Instant::now();
        let err = client
            .request::<Json>(&GET_LEAD, "/leads/lead_1".into())
            .send()
            .await
            .unwrap_err();
        let elapsed = started.elapsed();
        assert_eq!(err.status(), Some(500));
        let requests = server.received_requests().await.unwrap();
        assert_eq!(retry_counts(&requests), ["0", "1", "2"]);
        // 0.5 s + 1 s of backoff, each scaled by a jitter factor in [0.75, 1].
        assert!(
            elapsed >= secs(1.125) && elapsed <= secs(1.5),
            "{elapsed:?}"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn per_call_max_retries_overrides_client() {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .respond_with(ResponseTemplate::new(502))
            .mount(&server)
            .await;
        let client = mock_client(&server).max_retries(5).build().unwrap();
        let err = client
            .request::<Json>(&GET_LEAD, "/leads/lead_1".into())
            .max_retries(0)
            .send()
            .await
            .unwrap_err();
        assert_eq!(err.status(), Some(502));
        assert_eq!(server.received_requests().await.unwrap().len(), 1);
    }

    #[tokio::test(start_paused = true)]
    async fn retry_after_seconds_is_honoured() {
        let server = MockServer::start().await;
        let limited = ResponseTemplate::new(429).insert_header("retry-after", "3");
        mount_sequence(&server, "GET", "/leads/lead_1", limited, 1, ok_json()).await;
        let client = mock_client(&server).build().unwrap();
        let started = Instant::now();
        let lead: Json = client
            .request(&GET_LEAD, "/leads/lead_1".into())
            .send()
            .await
            .unwrap();
        assert_eq!(lead["id"], "lead_1");
        assert_eq!(started.elapsed(), secs(3.0));
        assert_eq!(server.received_requests().await.unwrap().len(), 2);
    }

    #[tokio::test(start_paused = true)]
    async fn retry_after_ms_is_honoured() {
        let server = MockServer::start().await;
        let busy = ResponseTemplate::new(503).insert_header("retry-after-ms", "1500");
        mount_sequence(&server, "GET", "/leads/lead_1", busy, 2, ok_json()).await;
        let client = mock_client(&server).build().unwrap();
        let started = Instant::now();
        let result = client
            .request::<Json>(&GET_LEAD, "/leads/lead_1".into())
            .send()
            .await;
        assert!(result.is_ok(), "{result:?}");
        assert_eq!(started.elapsed(), secs(3.0));
        let requests = server.received_requests().await.unwrap();
        assert_eq!(retry_counts(&requests), ["0", "1", "2"]);
    }

    #[tokio::test(start_paused = true)]
    async fn x_should_retry_false_stops_retries() {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .respond_with(ResponseTemplate::new(503).insert_header("x-should-retry", "false"))
            .mount(&server)
            .await;
        let client = mock_client(&server).build().unwrap();
        let err = client
            .request::<Json>(&GET_LEAD, "/leads/lead_1".into())
            .send()
            .await
            .unwrap_err();
        assert_eq!(err.status(), Some(503));
        assert_eq!(server.received_requests().await.unwrap().len(), 1);
    }

    #[tokio::test(start_paused = true)]
    async fn post_is_not_retried_after_500_by_default() {
        let server = MockServer::start().await;
        mount_sequence(
            &server,
            "POST",
            "/leads",
            ResponseTemplate::new(500),
            1,
            ok_json(),
        )
        .await;
        let client = mock_client(&server).build().unwrap();
        let err = client
            .request::<Json>(&CREATE_LEAD, "/leads".into())
            .json(&serde_json::json!({"user_id": "user_1"}))
            .send()
            .await
            .unwrap_err();
        assert_eq!(err.status(), Some(500));
        assert!(
            err.is_retryable(),
            "retryable in principle, but not replay-safe"
        );
        assert_eq!(server.received_requests().await.unwrap().len(), 1);
    }

    #[tokio::test(start_paused = true)]
    async fn post_is_retried_after_429() {
        let server = MockServer::start().await;
        mount_sequence(
            &server,
            "POST",
            "/leads",
            ResponseTemplate::new(429),
            1,
            ok_json(),
        )
        .await;
        let client = mock_client(&server).build().unwrap();
        let lead: Json = client
            .request(&CREATE_LEAD, "/leads".into())
            .json(&serde_json::json!({"user_id": "user_1"}))
            .send()
            .await
            .unwrap();
        assert_eq!(lead["id"], "lead_1");
        assert_eq!(server.received_requests().await.unwrap().len(), 2);
    }

    #[tokio::test(start_paused = true)]
    async fn post_with_idempotency_field_reuses_generated_key() {
        let server = MockServer::start().await;
        mount_sequence(
            &server,
            "POST",
            "/transfers",
            ResponseTemplate::new(500),
            2,
            ok_json(),
        )
        .await;
        let client = mock_client(&server).build().unwrap();
        let body = serde_json::json!({"amount": 25.0, "idempotence_key": null});
        let result = client
            .request::<Json>(&CREATE_TRANSFER, "/transfers".into())
            .json(&body)
            .send()
            .await;
        assert!(result.is_ok(), "{result:?}");
        let requests = server.received_requests().await.unwrap();
        assert_eq!(requests.len(), 3);
        let keys: Vec<String> = requests
            .iter()
            .map(|r| {
                assert_eq!(r.headers["content-type"], "application/json");
                let sent: Json = serde_json::from_slice(&r.body).unwrap();
                assert_eq!(sent["amount"], 25.0);
                sent["idempotence_key"].as_str().unwrap().to_owned()
            })
            .collect();
        assert!(uuid::Uuid::parse_str(&keys[0]).is_ok(), "{keys:?}");
        assert!(keys.iter().all(|k| k == &keys[0]), "{keys:?}");
    }

    #[tokio::test(start_paused = true)]
    async fn caller_supplied_idempotency_key_is_kept_and_calls_get_fresh_keys() {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .respond_with(ok_json())
            .mount(&server)
            .await;
        let client = mock_client(&server).build().unwrap();
        for body in [
            serde_json::json!({"idempotence_key": "mine"}),
            serde_json::json!({"idempotence_key": ""}),
            serde_json::json!({}),
        ] {
            client
                .request::<Json>(&CREATE_TRANSFER, "/transfers".into())
                .json(&body)
                .send()
                .await
                .unwrap();
        }
        let keys: Vec<Json> = server
            .received_requests()
            .await
            .unwrap()
            .iter()
            .map(|r| serde_json::from_slice::<Json>(&r.body).unwrap()["idempotence_key"].clone())
            .collect();
        assert_eq!(keys[0], "mine");
        assert!(uuid::Uuid::parse_str(keys[1].as_str().unwrap()).is_ok());
        assert!(uuid::Uuid::parse_str(keys[2].as_str().unwrap()).is_ok());
        assert_ne!(keys[1], keys[2]);
    }

    #[tokio::test(start_paused = true)]
    async fn post_is_retried_when_the_caller_opts_in() {
        let server = MockServer::start().await;
        mount_sequence(
            &server,
            "POST",
            "/leads",
            ResponseTemplate::new(500),
            1,
            ok_json(),
        )
        .await;
        let client = mock_client(&server).build().unwrap();
        let per_call = client
            .request::<Json>(&CREATE_LEAD, "/leads".into())
            .json(&serde_json::json!({}))
            .retry_non_idempotent(true)
            .send()
            .await;
        assert!(per_call.is_ok(), "{per_call:?}");
        assert_eq!(server.received_requests().await.unwrap().len(), 2);

        let server = MockServer::start().await;
        mount_sequence(
            &server,
            "POST",
            "/leads",
            ResponseTemplate::new(500),
            1,
            ok_json(),
        )
        .await;
        let opted_in = mock_client(&server)
            .retry_non_idempotent(true)
            .build()
            .unwrap();
        let client_wide = opted_in
            .request::<Json>(&CREATE_LEAD, "/leads".into())
            .json(&serde_json::json!({}))
            .send()
            .await;
        assert!(client_wide.is_ok(), "{client_wide:?}");
        assert_eq!(server.received_requests().await.unwrap().len(), 2);
    }

    #[tokio::test(start_paused = true)]
    async fn timeouts_are_reported_and_retried_for_get_only() {
        // A dedicated (not pooled) server: requests abandoned by the client may
        // still be recorded after the test ends and must not leak into another
        // test's server.
        let server = MockServer::builder().start().await;
        Mock::given(method("GET"))
            .respond_with(ok_json().set_delay(Duration::from_secs(30)))
            .mount(&server)
            .await;
        Mock::given(method("POST"))
            .respond_with(ok_json().set_delay(Duration::from_secs(30)))
            .mount(&server)
            .await;
        let client = mock_client(&server).timeout(secs(2.0)).build().unwrap();

        let started = Instant::now();
        let err = client
            .request::<Json>(&GET_LEAD, "/leads/lead_1".into())
            .max_retries(1)
            .send()
            .await
            .unwrap_err();
        let elapsed = started.elapsed();
        assert!(matches!(err, Error::Timeout) && err.is_timeout(), "{err:?}");
        // Two 2 s attempts plus one backoff of 0.375..=0.5 s.
        assert!(
            elapsed >= secs(4.375) && elapsed <= secs(4.5),
            "{elapsed:?}"
        );

        let started = Instant::now();
        let err = client
            .request::<Json>(&CREATE_LEAD, "/leads".into())
            .json(&serde_json::json!({}))
            .timeout(secs(1.0))
            .send()
            .await
            .unwrap_err();
        assert!(matches!(err, Error::Timeout), "{err:?}");
        assert_eq!(started.elapsed(), secs(1.0), "POST timeout is not retried");
    }

    #[tokio::test(start_paused = true)]
    async fn connect_failures_are_retried_even_for_post() {
        let port = {
            let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            listener.local_addr().unwrap().port()
        };
        let client = Client::builder()
            .test_key(TEST_API_KEY)
            .base_url(format!("http://127.0.0.1:{port}"))
            .no_timeout()
            .build()
            .unwrap();
        let started = Instant::now();
        let err = client
            .request::<Json>(&CREATE_LEAD, "/leads".into())
            .json(&serde_json::json!({}))
            .send()
            .await
            .unwrap_err();
        let elapsed = started.elapsed();
        assert!(matches!(err, Error::Connection(_)), "{err:?}");
        assert!(err.is_retryable());
        let text = err.to_string();
        assert!(text.starts_with("connection error: "), "{text}");
        assert!(
            text.to_ascii_lowercase().contains("refused"),
            "root cause shown: {text}"
        );
        assert!(!text.contains(TEST_API_KEY));
        // Both retries happened: 0.5 s + 1 s of jittered backoff.
        assert!(
            elapsed >= secs(1.125) && elapsed <= secs(1.5),
            "{elapsed:?}"
        );
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct LeadList {
        data: Vec<Lead>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Lead {
        id: String,
        created_at: i64,
    }

    #[tokio::test]
    async fn decode_error_names_the_failing_field() {
        let server = MockServer::start().await;
        let body = r#"{"data":[{"id":"a","created_at":1},{"id":"b","created_at":"yesterday"}]}"#;
        Mock::given(method("GET"))
            .respond_with(ResponseTemplate::new(200).set_body_string(body))
            .mount(&server)
            .await;
        let client = mock_client(&server).build().unwrap();
        let err = client
            .request::<LeadList>(&GET_LEAD, "/leads".into())
            .send()
            .await
            .unwrap_err();
        match &err {
            Error::Decode {
                status,
                path,
                raw_body,
                operation_id,
                ..
            } => {
                assert_eq!(*status, StatusCode::OK);
                assert_eq!(path, "data[1].created_at");
                assert_eq!(raw_body, body);
                assert_eq!(*operation_id, "retrieveLead");
            }
            other => panic!("expected a decode error, got {other:?}"),
        }
        assert!(err.to_string().contains("data[1].created_at"), "{err}");
    }

    #[tokio::test]
    async fn empty_bodies_decode_as_null() {
        let server = MockServer::start().await;
        Mock::given(method("DELETE"))
            .respond_with(ResponseTemplate::new(204))
            .mount(&server)
            .await;
        Mock::given(method("GET"))
            .respond_with(ResponseTemplate::new(200))
            .mount(&server)
            .await;
        const DELETE_LEAD: OperationMeta = OperationMeta {
            method: Method::DELETE,
            path_template: "/leads/{id}",
            operation_id: "deleteLead",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: crate::runtime::test_support::TEST_SECURITY,
        };
        let client = mock_client(&server).build().unwrap();
        let unit: () = client
            .request(&DELETE_LEAD, "/leads/lead_1".into())
            .send()
            .await
            .unwrap();
        assert_eq!(unit, ());
        let value: Json = client
            .request(&GET_LEAD, "/leads/lead_1".into())
            .send()
            .await
            .unwrap();
        assert_eq!(value, Json::Null);
    }

    #[tokio::test]
    async fn api_error_carries_body_headers_and_request_id() {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .respond_with(
                ResponseTemplate::new(404)
                    .insert_header("x-request-id", "req_42")
                    .set_body_json(serde_json::json!({
                        "error": {"type": "not_found", "message": "Resource not found"}
                    })),
            )
            .mount(&server)
            .await;
        let client = mock_client(&server).build().unwrap();
        let err = client
            .request::<Json>(&GET_LEAD, "/leads/nope".into())
            .send()
            .await
            .unwrap_err();
        assert!(err.is_not_found());
        let api = err.api_error().unwrap();
        assert_eq!(api.request_id.as_deref(), Some("req_42"));
        assert_eq!(api.message(), Some("Resource not found"));
        // Whether the body decodes depends on the API's `ErrorBody` type
        // (checked by the generated crate's own tests); the raw body is always kept.
        assert!(!api.raw_body.is_empty());
        assert_eq!(api.headers["x-request-id"], "req_42");
        assert_eq!(
            err.to_string(),
            "404 Not Found from GET /leads/{id} (retrieveLead): Resource not found (request id req_42)"
        );
        assert_eq!(
            server.received_requests().await.unwrap().len(),
            1,
            "404 is final"
        );
    }

    #[tokio::test]
    async fn send_raw_exposes_status_and_headers() {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .respond_with(ok_json().insert_header("x-request-id", "req_7"))
            .mount(&server)
            .await;
        let client = mock_client(&server).build().unwrap();
        let raw = client
            .request::<Json>(&GET_LEAD, "/leads/lead_1".into())
            .send_raw()
            .await
            .unwrap();
        assert_eq!(raw.status, StatusCode::OK);
        assert_eq!(raw.request_id(), Some("req_7"));
        assert_eq!(raw.into_body()["id"], "lead_1");
    }

    #[tokio::test]
    async fn path_query_and_headers_are_encoded() {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .and(path("/leads/a%2Fb%20c"))
            .and(query_param("q", "x y&z"))
            .and(query_param("metadata[plan]", "pro"))
            .and(header_is("x-trace", "t1"))
            .respond_with(ok_json())
            .expect(1)
            .mount(&server)
            .await;
        let client = mock_client(&server).build().unwrap();
        let mut metadata = serde_json::Map::new();
        metadata.insert("plan".into(), "pro".into());
        let mut q = QueryWriter::new();
        q.deep_object("metadata", &Some(metadata));
        let url_path = format!("/leads/{}", encode_path_segment("a/b c"));
        let lead: Json = client
            .request(&GET_LEAD, url_path)
            .query(&q)
            .query_param("q", "x y&z")
            .header("x-trace", "t1")
            .send()
            .await
            .unwrap();
        assert_eq!(lead["id"], "lead_1");
        let request = &server.received_requests().await.unwrap()[0];
        assert_eq!(
            request.url.query(),
            Some("metadata%5Bplan%5D=pro&q=x%20y%26z")
        );
    }

    #[tokio::test]
    async fn client_side_errors_are_returned_by_send_without_sending() {
        let server = MockServer::start().await;
        let client = mock_client(&server).build().unwrap();
        let err = client
            .request::<Json>(&GET_LEAD, "/leads/x".into())
            .header("bad header", "v")
            .send()
            .await
            .unwrap_err();
        assert!(matches!(err, Error::InvalidRequest(_)) && err.to_string().contains("bad header"));

        let mut unserializable = std::collections::BTreeMap::new();
        unserializable.insert((1, 2), "tuple keys are not JSON");
        let err = client
            .request::<Json>(&CREATE_LEAD, "/leads".into())
            .json(&unserializable)
            .send()
            .await
            .unwrap_err();
        assert!(err.to_string().contains("serialize"), "{err}");

        let err = client
            .request::<Json>(&GET_LEAD, format!("/leads/{}", encode_path_segment("..")))
            .send()
            .await
            .unwrap_err();
        assert!(matches!(err, Error::InvalidRequest(_)), "{err:?}");

        let mut query = QueryWriter::new();
        query.serialized("m", &unserializable, crate::runtime::query::Style::DeepObject);
        let err = client
            .request::<Json>(&GET_LEAD, "/leads/x".into())
            .query(&query)
            .send()
            .await
            .unwrap_err();
        assert!(matches!(err, Error::InvalidRequest(_)) && err.to_string().contains("`m`"), "{err:?}");
        assert!(server.received_requests().await.unwrap().is_empty());
    }

    #[tokio::test]
    async fn json_body_sets_content_type() {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .and(header_is("content-type", "application/json"))
            .and(body_json(serde_json::json!({"user_id": "user_1"})))
            .respond_with(ok_json())
            .expect(1)
            .mount(&server)
            .await;
        let client = mock_client(&server).build().unwrap();
        let result = client
            .request::<Json>(&CREATE_LEAD, "/leads".into())
            .json(&serde_json::json!({"user_id": "user_1"}))
            .send()
            .await;
        assert!(result.is_ok(), "{result:?}");
    }

    #[test]
    fn request_builder_is_send_and_static() {
        fn assert_send_static<X: Send + 'static>(_: &X) {}
        let client = crate::runtime::test_support::test_client("k");
        let builder = client.request::<Json>(&GET_LEAD, "/leads/x".into());
        assert_send_static(&builder);
        assert_send_static(&builder.send());
        let debug = format!(
            "{:?}",
            client
                .request::<Json>(&GET_LEAD, "/x".into())
                .header("x-secret", "hunter2")
        );
        assert!(
            debug.contains("x-secret") && !debug.contains("hunter2"),
            "{debug}"
        );
    }

    use crate::runtime::test_support::Capture;

    #[tokio::test(start_paused = true)]
    async fn tracing_span_has_fields_and_no_credentials() {
        use tracing_subscriber::layer::SubscriberExt;

        let server = MockServer::start().await;
        mount_sequence(
            &server,
            "GET",
            "/leads/lead_1",
            ResponseTemplate::new(503),
            1,
            ok_json(),
        )
        .await;
        let client = mock_client(&server).build().unwrap();
        // tracing-core caches per-callsite interest globally. While exactly one
        // dispatcher is registered, callsites first hit on *other* test threads
        // are judged by those threads' (no-op) default and cached as "never".
        // A second live dispatcher makes tracing-core consult every registered
        // dispatcher, so our events stay enabled on this thread.
        let _second_dispatcher = tracing::Dispatch::new(tracing_subscriber::registry());
        let capture = Capture::default();
        let subscriber = tracing_subscriber::registry().with(capture.clone());
        let guard = tracing::subscriber::set_default(subscriber);
        let result = client
            .request::<Json>(&GET_LEAD, "/leads/lead_1".into())
            .send()
            .await;
        drop(guard);
        assert!(result.is_ok(), "{result:?}");

        let lines = capture.0.lock().unwrap().clone();
        let all = lines.join("\n");
        assert!(
            lines.contains(
                &format!(r#"span {}: method=GET path="/leads/{{id}}" operation_id="retrieveLead""#, crate::REQUEST_SPAN)
                    .to_owned()
            ),
            "{all}"
        );
        crate::runtime::test_support::assert_one_retry_after_503(&lines, "retrying API request");
        assert!(!all.contains(TEST_API_KEY), "{all}");
        assert!(!all.to_ascii_lowercase().contains("bearer"), "{all}");
        assert!(!all.to_ascii_lowercase().contains("authorization"), "{all}");
    }
}
