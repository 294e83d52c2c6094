//! Uploading file contents to a presigned storage URL.
//!
//! An operation such as Whop's `createFile` returns a file record with an `upload_url`
//! (a presigned S3 URL) and `upload_headers` (headers the upload must carry).
//! [`upload_presigned`] sends the file's bytes there:
//!
//! ```ignore
//! # async fn example(
//! #     client: &whop_client::runtime::Client,
//! #     upload_url: &str,
//! #     upload_headers: &serde_json::Map<String, serde_json::Value>,
//! # ) -> whop_client::runtime::Result<()> {
//! let bytes = bytes::Bytes::from_static(b"file contents");
//! whop_client::runtime::upload::upload_presigned(client, upload_url, upload_headers, bytes).await?;
//! # Ok(())
//! # }
//! ```
//!
//! # What is sent
//!
//! One `PUT` of the body to the URL exactly as given (its query string
//! carries the signature), with exactly the given headers plus
//! `Content-Length`. The client's `Authorization` header, user agent,
//! default headers and [`RETRY_COUNT_HEADER`](crate::RETRY_COUNT_HEADER) are *not* sent: the URL points
//! at third-party storage, not at the API. (The HTTP library itself may
//! add transport headers such as `Host` and `Accept: */*`.)
//!
//! # Timeouts and retries
//!
//! The upload uses the client's connection pool, its per-attempt timeout
//! (which covers sending the whole body, so raise it with
//! [`ClientBuilder::timeout`](super::ClientBuilder::timeout) for large
//! files) and its retry policy. `PUT` is idempotent, so connection errors,
//! timeouts and the statuses 408, 409, 429 and 5xx are retried with the same
//! backoff and `Retry-After` handling as API requests (see the
//! [`request`](super::request) module docs).
//!
//! # Errors
//!
//! A non-2xx final response is an [`Error::Api`] whose
//! [`operation_id`](super::ApiError::operation_id) is [`OPERATION_ID`] and
//! whose [`path_template`](super::ApiError::path_template) is [`PATH_LABEL`]
//! (never the URL, whose query string is a credential). Connection errors
//! never mention the URL's query string either.
//!
//! # Tracing
//!
//! Each upload runs in an INFO span named
//! [`UPLOAD_SPAN`](crate::UPLOAD_SPAN) (`<api>.upload`, e.g. `whop.upload`)
//! with the fields
//! `method`, `host`, `operation_id`, `content_length`, `attempt`, `status`
//! and `duration_ms`; each retry emits a DEBUG event. The URL's path and
//! query, header values and the body are never recorded.


use bytes::Bytes;
use reqwest::header::{self, HeaderMap, HeaderValue};
use reqwest::{Method, Url};
use serde_json::{Map, Value};
use tracing::Instrument;

use super::client::{parse_header, Client};
use super::error::{Error, Result};
use super::request::{run_attempt, AttemptFailure, OperationMeta};

/// The `operation_id` of an [`ApiError`](super::ApiError) returned by
/// [`upload_presigned`].
pub const OPERATION_ID: &str = "upload";

/// The `path_template` of an [`ApiError`](super::ApiError) returned by
/// [`upload_presigned`] (a label: the URL itself is never stored).
pub const PATH_LABEL: &str = "<presigned upload URL>";

/// Labels API errors of uploads.
static UPLOAD: OperationMeta = OperationMeta {
    method: Method::PUT,
    path_template: PATH_LABEL,
    operation_id: OPERATION_ID,
    idempotency_field: None,
    // Unused: an upload's success body is ignored.
    response_format: crate::runtime::ResponseFormat::Json,
    // The URL is third-party storage: no credential.
    security: &[],
};

/// Uploads `body` with `PUT` to a presigned `url`, sending exactly `headers`
/// (string values as is; other JSON values as their JSON text, e.g. `42`)
/// plus `Content-Length`, and *not* the client's `Authorization` header,
/// user agent or default headers (the URL is third-party storage).
///
/// Uses the client's connection pool, per-attempt timeout and retry policy;
/// see the [module docs](self) for details.
///
/// # Errors
///
/// * [`Error::InvalidRequest`], without sending anything, when `url` is not
///   an absolute `http`/`https` URL, a header name or value is invalid, or
///   `headers` has a `Content-Length` that differs from `body.len()`. The
///   message never contains the URL or a header value.
/// * [`Error::Api`] when the final response has a non-2xx status, with its
///   status, headers and raw body (see [`OPERATION_ID`] and [`PATH_LABEL`]).
/// * [`Error::Timeout`] when the final attempt timed out.
/// * [`Error::Connection`] when the final attempt could not connect or the
///   connection broke.
pub async fn upload_presigned(
    client: &Client,
    url: &str,
    headers: &Map<String, Value>,
    body: Bytes,
) -> Result<()> {
    let url = parse_url(url)?;
    let headers = build_headers(headers, body.len())?;
    let span = tracing::info_span!(
        crate::UPLOAD_SPAN,
        method = %Method::PUT,
        host = url.host_str().unwrap_or_default(),
        operation_id = OPERATION_ID,
        content_length = body.len(),
        attempt = tracing::field::Empty,
        status = tracing::field::Empty,
        duration_ms = tracing::field::Empty,
    );
    let started = tokio::time::Instant::now();
    let result = retry_loop(client, &url, &headers, &body, &span)
        .instrument(span.clone())
        .await;
    let elapsed_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
    span.record("duration_ms", elapsed_ms);
    result
}

/// Sends attempts until one succeeds, fails for good, or retries run out;
/// the decisions and delays are those of every API request
/// ([`AttemptFailure::retry_or_fail`]).
async fn retry_loop(
    client: &Client,
    url: &Url,
    headers: &HeaderMap,
    body: &Bytes,
    span: &tracing::Span,
) -> Result<()> {
    let policy = client.retry_policy();
    let mut retries: u32 = 0;
    loop {
        span.record("attempt", retries);
        let request = client
            .inner()
            .http
            .request(Method::PUT, url.clone())
            .headers(headers.clone())
            .body(body.clone());
        let failure = match run_attempt(request, client.timeout()).await {
            Ok(response) => {
                span.record("status", response.status.as_u16());
                if response.status.is_success() {
                    return Ok(());
                }
                AttemptFailure::Response(response)
            }
            Err(AttemptFailure::Http(e)) if e.is_builder() => {
                return Err(Error::InvalidRequest(format!(
                    "could not build the upload request: {}",
                    redact(e)
                )));
            }
            Err(AttemptFailure::Http(e)) => AttemptFailure::Http(redact(e)),
            Err(failure) => failure,
        };
        // PUT is idempotent: always replay-safe.
        if let Some(error) = failure.retry_or_fail(retries, policy.max_retries, true, &policy, &UPLOAD, "presigned upload").await {
            return Err(error);
        }
        retries += 1;
    }
}

/// Parses the presigned URL; errors never echo it (its query string is a
/// credential).
fn parse_url(raw: &str) -> Result<Url> {
    let url = Url::parse(raw.trim())
        .map_err(|e| Error::InvalidRequest(format!("invalid upload URL: {e}")))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(Error::InvalidRequest(format!(
            "invalid upload URL: the scheme must be http or https, not `{}`",
            url.scheme()
        )));
    }
    Ok(url)
}

/// The headers of every attempt: `given` (in order, repeated names kept)
/// plus `Content-Length`. Values are marked sensitive (they may include a
/// security token), so `Debug` output hides them.
fn build_headers(given: &Map<String, Value>, content_length: usize) -> Result<HeaderMap> {
    let mut headers = HeaderMap::with_capacity(given.len() + 1);
    for (name, value) in given {
        let text = match value {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        let (name, mut value) = parse_header(name, &text)?;
        if name == header::CONTENT_LENGTH {
            if text.trim() != content_length.to_string() {
                return Err(Error::InvalidRequest(format!(
                    "upload header `{name}` does not match the body length ({content_length} bytes)"
                )));
            }
            continue;
        }
        value.set_sensitive(true);
        headers.append(name, value);
    }
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(content_length));
    Ok(headers)
}

/// Drops the URL's query string (the presigned signature) from a transport
/// error, keeping scheme, host and path for diagnosis.
fn redact(mut error: reqwest::Error) -> reqwest::Error {
    if let Some(url) = error.url_mut() {
        url.set_query(None);
        url.set_fragment(None);
    }
    error
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::test_support::{mock_client, TEST_API_KEY};
    use std::time::Duration;
    use tokio::time::Instant;
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    const SIGNATURE: &str = "sig_SECRET_0b7e";

    fn upload_url(server: &MockServer) -> String {
        format!(
            "{}/bucket/uploads/file_1.png?X-Amz-Expires=900&X-Amz-Signature={SIGNATURE}",
            server.uri()
        )
    }

    fn upload_headers(value: Value) -> Map<String, Value> {
        match value {
            Value::Object(map) => map,
            other => panic!("not an object: {other}"),
        }
    }

    fn secs(s: f64) -> Duration {
        Duration::from_secs_f64(s)
    }

    #[tokio::test]
    async fn put_carries_body_and_exactly_the_given_headers() {
        let server = MockServer::start().await;
        Mock::given(method("PUT"))
            .and(path("/bucket/uploads/file_1.png"))
            .respond_with(ResponseTemplate::new(200))
            .expect(1)
            .mount(&server)
            .await;
        let client = mock_client(&server)
            .default_header("x-team", "growth")
            .build()
            .unwrap();
        let headers = upload_headers(serde_json::json!({
            "Content-Type": "image/png",
            "x-amz-acl": "private",
            "x-amz-meta-size": 42,
            "x-amz-meta-public": false,
        }));
        let body = Bytes::from_static(b"\x89PNG\r\n\x1a\nnot really a png");
        upload_presigned(&client, &upload_url(&server), &headers, body.clone())
            .await
            .unwrap();

        let requests = server.received_requests().await.unwrap();
        assert_eq!(requests.len(), 1);
        let request = &requests[0];
        assert_eq!(request.method.as_str(), "PUT");
        assert_eq!(request.body, body.to_vec());
        assert_eq!(
            request.url.query(),
            Some(format!("X-Amz-Expires=900&X-Amz-Signature={SIGNATURE}").as_str()),
            "the signed query string is sent untouched"
        );
        let sent = |name: &str| request.headers.get(name).map(|v| v.to_str().unwrap());
        assert_eq!(sent("content-type"), Some("image/png"));
        assert_eq!(sent("x-amz-acl"), Some("private"));
        assert_eq!(sent("x-amz-meta-size"), Some("42"));
        assert_eq!(sent("x-amz-meta-public"), Some("false"));
        assert_eq!(
            sent("content-length"),
            Some(body.len().to_string().as_str())
        );
        for absent in [
            "authorization",
            "x-team",
            crate::RETRY_COUNT_HEADER,
            "user-agent",
        ] {
            assert!(sent(absent).is_none(), "{absent} must not be sent");
        }
        assert!(
            !format!("{:?}", request.headers).contains(TEST_API_KEY),
            "the API key never reaches the storage host"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_503_is_retried_with_backoff() {
        let server = MockServer::start().await;
        Mock::given(method("PUT"))
            .respond_with(ResponseTemplate::new(503))
            .up_to_n_times(1)
            .with_priority(1)
            .mount(&server)
            .await;
        Mock::given(method("PUT"))
            .respond_with(ResponseTemplate::new(200))
            .mount(&server)
            .await;
        let client = mock_client(&server).build().unwrap();
        let started = Instant::now();
        upload_presigned(
            &client,
            &upload_url(&server),
            &Map::new(),
            Bytes::from_static(b"data"),
        )
        .await
        .unwrap();
        let elapsed = started.elapsed();
        let requests = server.received_requests().await.unwrap();
        assert_eq!(requests.len(), 2);
        assert!(requests.iter().all(|r| r.body == b"data"), "body resent");
        // One backoff of 0.5 s scaled by a jitter factor in [0.75, 1].
        assert!(
            elapsed >= secs(0.375) && elapsed <= secs(0.5),
            "{elapsed:?}"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn retry_after_is_honoured() {
        let server = MockServer::start().await;
        Mock::given(method("PUT"))
            .respond_with(ResponseTemplate::new(429).insert_header("retry-after", "3"))
            .up_to_n_times(1)
            .with_priority(1)
            .mount(&server)
            .await;
        Mock::given(method("PUT"))
            .respond_with(ResponseTemplate::new(200))
            .mount(&server)
            .await;
        let client = mock_client(&server).build().unwrap();
        let started = Instant::now();
        upload_presigned(&client, &upload_url(&server), &Map::new(), Bytes::new())
            .await
            .unwrap();
        assert_eq!(started.elapsed(), secs(3.0));
        assert_eq!(server.received_requests().await.unwrap().len(), 2);
    }

    #[tokio::test(start_paused = true)]
    async fn a_403_is_an_api_error_and_not_retried() {
        let server = MockServer::start().await;
        let xml = "<Error><Code>SignatureDoesNotMatch</Code></Error>";
        Mock::given(method("PUT"))
            .respond_with(
                ResponseTemplate::new(403)
                    .insert_header("x-amz-request-id", "amz_1")
                    .set_body_string(xml),
            )
            .expect(1)
            .mount(&server)
            .await;
        let client = mock_client(&server).max_retries(5).build().unwrap();
        let err = upload_presigned(
            &client,
            &upload_url(&server),
            &Map::new(),
            Bytes::from_static(b"data"),
        )
        .await
        .unwrap_err();
        assert_eq!(err.status(), Some(403));
        assert!(!err.is_retryable());
        let api = err.api_error().expect("an API error");
        assert_eq!(api.raw_body, xml);
        assert_eq!(api.headers["x-amz-request-id"], "amz_1");
        assert_eq!(api.method, Method::PUT);
        assert_eq!(api.operation_id, OPERATION_ID);
        assert_eq!(api.path_template, PATH_LABEL);
        let text = err.to_string();
        assert!(
            text.starts_with("403 Forbidden from PUT <presigned upload URL> (upload): <Error>"),
            "{text}"
        );
        assert!(!text.contains(SIGNATURE), "{text}");
        assert_eq!(server.received_requests().await.unwrap().len(), 1);
    }

    #[tokio::test]
    async fn invalid_headers_and_urls_are_rejected_without_sending() {
        let server = MockServer::start().await;
        Mock::given(method("PUT"))
            .respond_with(ResponseTemplate::new(200))
            .expect(0)
            .mount(&server)
            .await;
        let client = mock_client(&server).build().unwrap();
        let url = upload_url(&server);
        let body = Bytes::from_static(b"data");

        let bad_name = upload_headers(serde_json::json!({"bad header": "x"}));
        let err = upload_presigned(&client, &url, &bad_name, body.clone())
            .await
            .unwrap_err();
        assert!(matches!(err, Error::InvalidRequest(_)), "{err:?}");
        assert!(err.to_string().contains("bad header"), "{err}");

        let bad_value = upload_headers(serde_json::json!({"x-amz-security-token": "tok\nSECRET"}));
        let err = upload_presigned(&client, &url, &bad_value, body.clone())
            .await
            .unwrap_err();
        assert!(matches!(err, Error::InvalidRequest(_)), "{err:?}");
        assert!(!err.to_string().contains("SECRET"), "{err}");

        let wrong_length = upload_headers(serde_json::json!({"Content-Length": "99"}));
        let err = upload_presigned(&client, &url, &wrong_length, body.clone())
            .await
            .unwrap_err();
        assert!(matches!(err, Error::InvalidRequest(_)), "{err:?}");

        for bad_url in ["not a url", "ftp://example.com/x", "/relative/path"] {
            let err = upload_presigned(&client, bad_url, &Map::new(), body.clone())
                .await
                .unwrap_err();
            assert!(
                matches!(err, Error::InvalidRequest(_)),
                "{bad_url}: {err:?}"
            );
        }
        assert!(server.received_requests().await.unwrap().is_empty());
    }

    #[tokio::test]
    async fn a_matching_content_length_header_is_accepted() {
        let server = MockServer::start().await;
        Mock::given(method("PUT"))
            .respond_with(ResponseTemplate::new(200))
            .mount(&server)
            .await;
        let client = mock_client(&server).build().unwrap();
        let headers = upload_headers(serde_json::json!({"Content-Length": 4}));
        upload_presigned(
            &client,
            &upload_url(&server),
            &headers,
            Bytes::from_static(b"data"),
        )
        .await
        .unwrap();
        let requests = server.received_requests().await.unwrap();
        assert_eq!(
            requests[0].headers.get_all("content-length").iter().count(),
            1
        );
        assert_eq!(requests[0].headers["content-length"], "4");
    }

    #[tokio::test(start_paused = true)]
    async fn timeouts_are_retried_and_reported() {
        // A dedicated (not pooled) server: abandoned requests must not leak
        // into another test's server.
        let server = MockServer::builder().start().await;
        Mock::given(method("PUT"))
            .respond_with(ResponseTemplate::new(200).set_delay(Duration::from_secs(30)))
            .mount(&server)
            .await;
        let client = mock_client(&server)
            .timeout(secs(2.0))
            .max_retries(1)
            .build()
            .unwrap();
        let started = Instant::now();
        let err = upload_presigned(&client, &upload_url(&server), &Map::new(), Bytes::new())
            .await
            .unwrap_err();
        let elapsed = started.elapsed();
        assert!(matches!(err, Error::Timeout), "{err:?}");
        // Two 2 s attempts plus one backoff of 0.375..=0.5 s.
        assert!(
            elapsed >= secs(4.375) && elapsed <= secs(4.5),
            "{elapsed:?}"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn connection_errors_are_retried_and_hide_the_signature() {
        let port = {
            let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            listener.local_addr().unwrap().port()
        };
        let client = Client::builder()
            .test_key(TEST_API_KEY)
            .no_timeout()
            .build()
            .unwrap();
        let url = format!("http://127.0.0.1:{port}/bucket/key?X-Amz-Signature={SIGNATURE}");
        let started = Instant::now();
        let err = upload_presigned(&client, &url, &Map::new(), Bytes::from_static(b"data"))
            .await
            .unwrap_err();
        let elapsed = started.elapsed();
        assert!(matches!(err, Error::Connection(_)), "{err:?}");
        let text = err.to_string();
        assert!(text.contains("/bucket/key"), "{text}");
        assert!(!text.contains(SIGNATURE), "{text}");
        assert!(!format!("{err:?}").contains(SIGNATURE), "{err:?}");
        // Both default retries happened: 0.5 s + 1 s of jittered backoff.
        assert!(
            elapsed >= secs(1.125) && elapsed <= secs(1.5),
            "{elapsed:?}"
        );
    }

    use crate::runtime::test_support::Capture;

    #[tokio::test(start_paused = true)]
    async fn tracing_span_has_fields_and_no_secrets() {
        use tracing_subscriber::layer::SubscriberExt;

        let server = MockServer::start().await;
        Mock::given(method("PUT"))
            .respond_with(ResponseTemplate::new(503))
            .up_to_n_times(1)
            .with_priority(1)
            .mount(&server)
            .await;
        Mock::given(method("PUT"))
            .respond_with(ResponseTemplate::new(200))
            .mount(&server)
            .await;
        let client = mock_client(&server).build().unwrap();
        let headers = upload_headers(serde_json::json!({"x-amz-security-token": "tok_SECRET_77"}));
        // See the same test in `request`: a second live dispatcher keeps
        // callsites enabled on this thread despite tracing-core's global
        // interest cache.
        let _second_dispatcher = tracing::Dispatch::new(tracing_subscriber::registry());
        let capture = Capture::default();
        let subscriber = tracing_subscriber::registry().with(capture.clone());
        let guard = tracing::subscriber::set_default(subscriber);
        let result = upload_presigned(
            &client,
            &upload_url(&server),
            &headers,
            Bytes::from_static(b"data"),
        )
        .await;
        drop(guard);
        assert!(result.is_ok(), "{result:?}");

        let lines = capture.0.lock().unwrap().clone();
        let all = lines.join("\n");
        assert!(
            lines.contains(
                &format!(r#"span {}: method=PUT host="127.0.0.1" operation_id="upload" content_length=4"#, crate::UPLOAD_SPAN)
                    .to_owned()
            ),
            "{all}"
        );
        crate::runtime::test_support::assert_one_retry_after_503(&lines, "retrying presigned upload");
        for secret in [SIGNATURE, "tok_SECRET_77", "file_1.png", TEST_API_KEY] {
            assert!(!all.contains(secret), "{secret} recorded in\n{all}");
        }
    }
}
