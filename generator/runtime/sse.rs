//! Server-sent events: the responses of `text/event-stream` operations.
//!
//! An operation whose success response is `text/event-stream` returns an
//! [`EventStream<T>`]: a [`Stream`] of [`Event<T>`], each event's `data`
//! decoded into `T` (the media type's schema; `String` when the spec gives
//! none or `type: string`, and then the data is handed over as is).
//!
//! ```ignore
//! use futures_util::StreamExt;
//!
//! let mut stream = client.chat().stream_completion(params).await?;
//! while let Some(event) = stream.next().await {
//!     let event = event?;
//!     println!("{} {:?}: {:?}", event.event, event.id, event.data);
//! }
//! ```
//!
//! # What the stream yields
//!
//! The bytes are parsed by the `eventsource-stream` crate, by the rules of
//! the HTML standard: several `data:` lines of one event are joined with
//! `\n`, `:` comment lines are skipped, an event without data is not
//! dispatched, `event:` names the event (`message` when absent) and the last
//! `id:` seen is the event's id until a later one replaces it.
//!
//! * `Some(Ok(event))` for each event whose data decodes.
//! * `Some(Err(Error::Decode { .. }))` for an event whose data does not
//!   decode into `T` (JSON data only: text is never rejected). The error's
//!   `raw_body` is the event's data and its `path` says where the data went
//!   wrong and which event it was (`data.items[0] of event "delta" (id
//!   "7")`). **The stream goes on**: the next poll yields the next event, so
//!   one bad event does not lose the rest; stop polling to give up.
//! * `None` at the end of the response body, and also at the sentinel
//!   `data: [DONE]` (the idiom of OpenAI-style APIs; in text streams too):
//!   the stream ends cleanly there, and nothing after it is yielded.
//! * `Some(Err(Error::Connection(_)))` when the connection breaks while
//!   events flow, or `Some(Err(Error::Decode { .. }))` when the body is not
//!   UTF-8. Both end the stream: the next poll yields `None`.
//!
//! [`EventStream::data`] drops the event names and ids and yields only the
//! decoded data.
//!
//! # Retries and timeouts
//!
//! Opening the stream is an ordinary call: the request carries the same
//! headers (with `Accept: text/event-stream`, unless a default header sets
//! `Accept`), is retried by the same rules (see the [`request`](super)
//! module) and a non-2xx final status is an [`Error::Api`] with the decoded
//! error body. The per-attempt timeout covers getting the response's status
//! and headers (and reading an error body), not the events: a stream may
//! stay open as long as the server keeps it open. Once events flow nothing
//! is retried; a broken connection is an error item.
//!
//! # In the generated crate
//!
//! This file is part of the crate only when its API has a
//! `text/event-stream` operation. It is a child module of
//! [`request`](super), `src/runtime/request/sse.rs` (the generator appends
//! `pub mod sse;` to `request.rs`, so the stream is opened with the
//! request's own preparation) and re-exported from `runtime` (and the crate
//! root) as [`EventStream`] and [`Event`]. It needs one more dependency, which the
//! generator adds to `Cargo.toml`:
//!
//! ```toml
//! [dependencies]
//! eventsource-stream = "0.2"
//! ```

use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use eventsource_stream::{EventStreamError, Eventsource};
use futures_core::Stream;
use reqwest::header::{self, HeaderMap, HeaderValue};
use reqwest::StatusCode;
use serde::de::DeserializeOwned;
use tracing::Instrument;

use super::{AttemptFailure, Prepared, RequestBuilder};
use crate::runtime::client::Client;
use crate::runtime::error::{Error, Result};

/// The data that ends a stream without being yielded.
pub const DONE_SENTINEL: &str = "[DONE]";

/// One server-sent event, its `data` decoded as `T`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Event<T> {
    /// The `event:` field: the event's name, `message` when the server gave none.
    pub event: String,
    /// The last `id:` the stream has sent, up to and including this event
    /// (`None` until the server sends one); a client reconnecting would
    /// send it as `Last-Event-ID`.
    pub id: Option<String>,
    /// The `retry:` field of this event (the reconnection delay the server
    /// asks for), if it had one.
    pub retry: Option<Duration>,
    /// The `data:` lines (joined with `\n`), decoded.
    pub data: T,
}

/// Decodes one event's data: the value, or the JSON path that failed and why.
type Decoder<T> = fn(&str) -> std::result::Result<T, (String, serde_json::Error)>;

/// The events as `eventsource-stream` parses them from the body.
type RawEvents = Pin<
    Box<dyn Stream<Item = std::result::Result<eventsource_stream::Event, EventStreamError<reqwest::Error>>> + Send>,
>;

/// The events of one `text/event-stream` response, each with its `data`
/// decoded as `T`; see the [module docs](self) for what it yields and when
/// it ends.
///
/// `Send`, `Unpin` and `'static`: poll it with `futures_util::StreamExt::next`
/// (or any `Stream` combinator), or move it into a task. Dropping it closes
/// the connection.
#[must_use = "a stream yields nothing unless polled"]
pub struct EventStream<T> {
    /// `None` once the stream has ended (end of body, sentinel, fatal error).
    events: Option<RawEvents>,
    decode: Decoder<T>,
    operation_id: &'static str,
    status: StatusCode,
    headers: HeaderMap,
}

impl<T: DeserializeOwned> EventStream<T> {
    /// Sends `request` (with retries) and, once a 2xx response arrives,
    /// returns its events with each `data` decoded as JSON into `T`.
    ///
    /// # Errors
    ///
    /// As [`RequestBuilder::send`]: [`Error::Api`] for a non-2xx status,
    /// [`Error::Timeout`] or [`Error::Connection`] when no response arrived,
    /// [`Error::InvalidRequest`] for problems found before sending.
    pub async fn open(request: RequestBuilder<T>) -> Result<Self> {
        open(request, decode_json::<T>).await
    }
}

impl EventStream<String> {
    /// Like [`EventStream::open`], but each event's `data` is given as the
    /// text it is, not decoded as JSON.
    ///
    /// # Errors
    ///
    /// As [`EventStream::open`].
    pub async fn open_text(request: RequestBuilder<String>) -> Result<Self> {
        open(request, decode_text).await
    }
}

impl<T> EventStream<T> {
    /// The response's status (2xx).
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The response's headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// Value of the `x-request-id` response header, if any.
    pub fn request_id(&self) -> Option<&str> {
        self.headers.get("x-request-id").and_then(|v| v.to_str().ok())
    }

    /// Only the decoded data of each event, without names and ids; errors
    /// and the end of the stream as for the events.
    pub fn data(self) -> impl Stream<Item = Result<T>> + Send + Unpin + 'static
    where
        T: 'static,
    {
        futures_util::StreamExt::map(self, |item| item.map(|event| event.data))
    }

    /// The error item for a failure of the event stream itself, after which
    /// the stream ends.
    fn stream_error(&self, error: EventStreamError<reqwest::Error>) -> Error {
        let message = match error {
            EventStreamError::Transport(e) => return Error::Connection(e),
            EventStreamError::Utf8(e) => format!("the event stream is not UTF-8: {e}"),
            EventStreamError::Parser(e) => format!("the event stream could not be parsed: {e}"),
        };
        Error::Decode {
            status: self.status,
            operation_id: self.operation_id,
            raw_body: String::new(),
            path: "<event stream>".to_owned(),
            source: <serde_json::Error as serde::de::Error>::custom(message),
        }
    }
}

impl<T> Stream for EventStream<T> {
    type Item = Result<Event<T>>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        let Some(events) = this.events.as_mut() else {
            return Poll::Ready(None);
        };
        let raw = match events.as_mut().poll_next(cx) {
            Poll::Pending => return Poll::Pending,
            Poll::Ready(Some(Ok(raw))) => raw,
            Poll::Ready(Some(Err(e))) => {
                let error = this.stream_error(e);
                this.events = None;
                return Poll::Ready(Some(Err(error)));
            }
            Poll::Ready(None) => {
                this.events = None;
                return Poll::Ready(None);
            }
        };
        if raw.data.trim() == DONE_SENTINEL {
            // Dropping the body closes the connection: nothing after the
            // sentinel is read.
            this.events = None;
            return Poll::Ready(None);
        }
        let id = if raw.id.is_empty() { None } else { Some(raw.id) };
        let item = match (this.decode)(&raw.data) {
            Ok(data) => Ok(Event { event: raw.event, id, retry: raw.retry, data }),
            Err((path, source)) => {
                let at = match path.as_str() {
                    "." => "data".to_owned(),
                    p if p.starts_with('[') => format!("data{p}"),
                    p => format!("data.{p}"),
                };
                let id = id.map(|id| format!(" (id {id:?})")).unwrap_or_default();
                Err(Error::Decode {
                    status: this.status,
                    operation_id: this.operation_id,
                    raw_body: raw.data,
                    path: format!("{at} of event {:?}{id}", raw.event),
                    source,
                })
            }
        };
        Poll::Ready(Some(item))
    }
}

impl<T> fmt::Debug for EventStream<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EventStream")
            .field("operation_id", &self.operation_id)
            .field("status", &self.status)
            .field("ended", &self.events.is_none())
            .finish()
    }
}

/// JSON data into `T`; on failure, the JSON path of the failing value.
fn decode_json<T: DeserializeOwned>(data: &str) -> std::result::Result<T, (String, serde_json::Error)> {
    let mut deserializer = serde_json::Deserializer::from_str(data);
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|e| (e.path().to_string(), e.into_inner()))?;
    deserializer.end().map_err(|e| (".".to_owned(), e))?;
    Ok(value)
}

/// Text data as is.
fn decode_text(data: &str) -> std::result::Result<String, (String, serde_json::Error)> {
    Ok(data.to_owned())
}

/// Sends the request with retries and wraps the 2xx response's body.
async fn open<T>(request: RequestBuilder<T>, decode: Decoder<T>) -> Result<EventStream<T>> {
    let (client, mut parts, error) = request.into_parts();
    if let Some(e) = error {
        return Err(e);
    }
    if !parts.headers.contains_key(header::ACCEPT) && !client.inner().default_headers.contains_key(header::ACCEPT) {
        parts.headers.insert(header::ACCEPT, HeaderValue::from_static("text/event-stream"));
    }
    let prepared = Prepared::new(&client, parts)?;
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
    let started = tokio::time::Instant::now();
    let result = retry_loop(&client, &prepared, &span).instrument(span.clone()).await;
    let elapsed_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
    span.record("duration_ms", elapsed_ms);
    let response = result?;
    let status = response.status();
    let headers = response.headers().clone();
    // `Response::chunk` rather than `bytes_stream`, which would need
    // reqwest's `stream` feature. The state is `None` after an error, which
    // ends the byte stream.
    let chunks = futures_util::stream::unfold(Some(response), |state| async move {
        let mut response = state?;
        match response.chunk().await {
            Ok(Some(bytes)) => Some((Ok(bytes), Some(response))),
            Ok(None) => None,
            Err(e) => Some((Err(e), None)),
        }
    });
    Ok(EventStream {
        events: Some(Box::pin(chunks.eventsource())),
        decode,
        operation_id: meta.operation_id,
        status,
        headers,
    })
}

/// Sends attempts until one gets a 2xx response, fails for good, or retries
/// run out: the decisions and delays are those of every call
/// ([`AttemptFailure::retry_or_fail`])
/// (this mirrors `request::retry_loop`, whose attempts read the whole body).
async fn retry_loop(client: &Client, prepared: &Prepared, span: &tracing::Span) -> Result<reqwest::Response> {
    let policy = client.inner().retry;
    let mut retries: u32 = 0;
    loop {
        span.record("attempt", retries);
        let failure = match open_attempt(prepared.attempt(client, retries), prepared.timeout, span).await {
            Ok(response) => return Ok(response),
            Err(AttemptFailure::Http(e)) if e.is_builder() => {
                return Err(Error::InvalidRequest(format!("could not build the request: {e}")));
            }
            Err(failure) => failure,
        };
        if let Some(error) = failure
            .retry_or_fail(retries, prepared.max_retries, prepared.replay_safe, &policy, prepared.meta, "event-stream request")
            .await
        {
            return Err(error);
        }
        retries += 1;
    }
}

/// One attempt: a 2xx response is returned unread (its body is the
/// stream); any other status has its body read, as a failure. `timeout`
/// covers both, but not the stream.
async fn open_attempt(
    request: reqwest::RequestBuilder,
    timeout: Option<Duration>,
    span: &tracing::Span,
) -> std::result::Result<reqwest::Response, AttemptFailure> {
    let exchange = async {
        let response = request.send().await.map_err(AttemptFailure::Http)?;
        let status = response.status();
        span.record("status", status.as_u16());
        if status.is_success() {
            return Ok(response);
        }
        let headers = response.headers().clone();
        let body = response.bytes().await.map_err(AttemptFailure::Http)?;
        Err(AttemptFailure::Response(super::Response { status, headers, body }))
    };
    match timeout {
        Some(limit) => tokio::time::timeout(limit, exchange).await.unwrap_or(Err(AttemptFailure::Timeout)),
        None => exchange.await,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::request::OperationMeta;
    use crate::runtime::test_support::mock_client;

    use futures_util::StreamExt;
    use reqwest::Method;
    use wiremock::matchers::{header as header_is, method};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    static EVENTS: OperationMeta = OperationMeta {
        method: Method::GET,
        path_template: "/events",
        operation_id: "streamEvents",
        idempotency_field: None,
        response_format: crate::runtime::ResponseFormat::Text,
        security: crate::runtime::test_support::TEST_SECURITY,
    };

    fn sse(body: &str) -> ResponseTemplate {
        ResponseTemplate::new(200).insert_header("content-type", "text/event-stream").set_body_string(body)
    }

    #[derive(Debug, PartialEq, serde::Deserialize)]
    struct Tick {
        n: i64,
    }

    #[tokio::test(start_paused = true)]
    async fn retried_like_any_call_before_the_stream_starts() {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .respond_with(ResponseTemplate::new(503))
            .up_to_n_times(1)
            .with_priority(1)
            .mount(&server)
            .await;
        Mock::given(method("GET"))
            .and(header_is("accept", "text/event-stream"))
            .respond_with(sse("data: {\"n\": 1}\n\ndata: {\"n\": 2}\n\n"))
            .mount(&server)
            .await;
        let client = mock_client(&server).build().unwrap();
        let stream = EventStream::<Tick>::open(client.request(&EVENTS, "/events".into())).await.unwrap();
        assert_eq!(stream.status(), StatusCode::OK);
        let data: Vec<Tick> = stream.data().map(|d| d.unwrap()).collect().await;
        assert_eq!(data, [Tick { n: 1 }, Tick { n: 2 }]);
        assert_eq!(server.received_requests().await.unwrap().len(), 2);
    }

    #[tokio::test]
    async fn a_bad_event_is_an_error_item_and_the_stream_goes_on() {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .respond_with(sse("event: tick\nid: 9\ndata: {\"n\": \"x\"}\n\ndata: {\"n\": 3}\n\ndata: [DONE]\n\ndata: {\"n\": 4}\n\n"))
            .mount(&server)
            .await;
        let client = mock_client(&server).build().unwrap();
        let mut stream = EventStream::<Tick>::open(client.request(&EVENTS, "/events".into())).await.unwrap();
        match stream.next().await {
            Some(Err(Error::Decode { path, raw_body, operation_id, .. })) => {
                assert_eq!(path, "data.n of event \"tick\" (id \"9\")");
                assert_eq!(raw_body, "{\"n\": \"x\"}");
                assert_eq!(operation_id, "streamEvents");
            }
            other => panic!("expected a decode error, got {other:?}"),
        }
        let next = stream.next().await.unwrap().unwrap();
        assert_eq!((next.event.as_str(), next.id.as_deref(), next.data), ("message", Some("9"), Tick { n: 3 }));
        assert!(stream.next().await.is_none(), "[DONE] ends the stream");
        assert!(stream.next().await.is_none());
    }

    #[tokio::test]
    async fn text_data_is_given_as_is_and_errors_are_typed() {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .respond_with(sse(": hello\ndata: {not json\ndata:  two\n\n"))
            .up_to_n_times(1)
            .mount(&server)
            .await;
        Mock::given(method("GET")).respond_with(ResponseTemplate::new(404)).mount(&server).await;
        let client = mock_client(&server).build().unwrap();
        let stream = EventStream::open_text(client.request(&EVENTS, "/events".into())).await.unwrap();
        let data: Vec<String> = stream.data().map(|d| d.unwrap()).collect().await;
        assert_eq!(data, ["{not json\n two"]);
        let err = EventStream::open_text(client.request(&EVENTS, "/events".into())).await.unwrap_err();
        assert!(err.is_not_found(), "{err:?}");
    }
}
