//! A recording proxy in front of one Prism instance.
//!
//! A `wiremock::MockServer` whose only mock forwards every request to Prism
//! over a plain `std::net::TcpStream` (HTTP/1.1, `Connection: close`,
//! `Content-Length` body) and answers with Prism's status, headers and body.
//! Every exchange is recorded under the call id the harness puts in the
//! [`CALL_HEADER`] request header (one id per client call, shared by its
//! retries), so concurrent calls can be told apart. wiremock serves one
//! request at a time; Prism (one Node process) does too, so little is lost.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

/// Request header carrying the harness's call id; not forwarded to Prism.
pub const CALL_HEADER: &str = "x-contract-call";

/// How long the proxy waits for Prism to answer one request.
const UPSTREAM_TIMEOUT: Duration = Duration::from_secs(60);

/// One request as it reached the wire, and Prism's answer.
#[derive(Debug, Clone)]
pub struct Exchange {
    pub method: String,
    /// The request path, still percent-encoded.
    pub path: String,
    /// Decoded query pairs, in order.
    pub query: Vec<(String, String)>,
    pub content_type: Option<String>,
    pub body: Vec<u8>,
    /// Prism's status (0 when the proxy could not get an answer).
    pub status: u16,
    /// Prism's `sl-violations` header: the request broke the spec.
    pub violations: Option<String>,
    pub response_body: Vec<u8>,
    /// Why the proxy could not forward the request, if it could not.
    pub proxy_error: Option<String>,
}

#[derive(Default)]
struct Recorder {
    calls: Mutex<HashMap<String, Vec<Exchange>>>,
}

/// A started proxy; requests are forwarded as long as it lives.
pub struct RecordingProxy {
    /// Which Prism instance it forwards to, e.g. `static`.
    pub name: &'static str,
    server: MockServer,
    recorder: Arc<Recorder>,
}

impl RecordingProxy {
    /// Starts a proxy forwarding to Prism at `upstream`.
    pub async fn start(name: &'static str, upstream: SocketAddr) -> RecordingProxy {
        let recorder = Arc::new(Recorder::default());
        let server = MockServer::builder()
            .disable_request_recording()
            .start()
            .await;
        Mock::given(wiremock::matchers::any())
            .respond_with(Forward {
                upstream,
                recorder: recorder.clone(),
            })
            .mount(&server)
            .await;
        RecordingProxy {
            name,
            server,
            recorder,
        }
    }

    /// The base URL to point the client at.
    pub fn uri(&self) -> String {
        self.server.uri()
    }

    /// Removes and returns the exchanges recorded for call `id`.
    pub fn take(&self, id: &str) -> Vec<Exchange> {
        let mut calls = self
            .recorder
            .calls
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        calls.remove(id).unwrap_or_default()
    }

    /// Requests that carried no call id (none are expected).
    pub fn untagged(&self) -> Vec<Exchange> {
        self.take("")
    }
}

struct Forward {
    upstream: SocketAddr,
    recorder: Arc<Recorder>,
}

impl Respond for Forward {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let call = request
            .headers
            .get(CALL_HEADER)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_owned();
        let mut exchange = Exchange {
            method: request.method.as_str().to_owned(),
            path: request.url.path().to_owned(),
            query: request.url.query_pairs().into_owned().collect(),
            content_type: request
                .headers
                .get("content-type")
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned),
            body: request.body.clone(),
            status: 0,
            violations: None,
            response_body: Vec::new(),
            proxy_error: None,
        };
        let template = match forward(self.upstream, request) {
            Ok(upstream) => {
                exchange.status = upstream.status;
                exchange.violations = upstream
                    .headers
                    .iter()
                    .find(|(name, _)| name.eq_ignore_ascii_case("sl-violations"))
                    .map(|(_, value)| String::from_utf8_lossy(value).into_owned());
                exchange.response_body = upstream.body.clone();
                let mut template = ResponseTemplate::new(upstream.status);
                for (name, value) in &upstream.headers {
                    if is_hop_by_hop(name) {
                        continue;
                    }
                    let (Ok(name), Ok(value)) = (
                        wiremock::http::HeaderName::from_bytes(name.as_bytes()),
                        wiremock::http::HeaderValue::from_bytes(value),
                    ) else {
                        continue;
                    };
                    template = template.append_header(name, value);
                }
                template.set_body_bytes(upstream.body)
            }
            Err(error) => {
                exchange.proxy_error = Some(error.clone());
                // 502 with `x-should-retry: false`: the client must not retry
                // a proxy failure, and the harness reports it.
                ResponseTemplate::new(502)
                    .insert_header("x-should-retry", "false")
                    .set_body_string(format!("contract proxy: {error}"))
            }
        };
        let mut calls = self
            .recorder
            .calls
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        calls.entry(call).or_default().push(exchange);
        template
    }
}

fn is_hop_by_hop(name: &str) -> bool {
    [
        "connection",
        "keep-alive",
        "transfer-encoding",
        "content-length",
        "te",
        "trailer",
        "upgrade",
    ]
    .iter()
    .any(|h| name.eq_ignore_ascii_case(h))
}

/// Prism's answer to one forwarded request.
struct Upstream {
    status: u16,
    headers: Vec<(String, Vec<u8>)>,
    body: Vec<u8>,
}

/// Sends `request` to `upstream` over a fresh connection and reads the whole
/// answer (the connection is closed by Prism after it).
fn forward(upstream: SocketAddr, request: &Request) -> Result<Upstream, String> {
    let mut stream = TcpStream::connect_timeout(&upstream, Duration::from_secs(5))
        .map_err(|e| format!("cannot connect to Prism at {upstream}: {e}"))?;
    stream
        .set_read_timeout(Some(UPSTREAM_TIMEOUT))
        .and_then(|()| stream.set_write_timeout(Some(UPSTREAM_TIMEOUT)))
        .map_err(|e| format!("cannot configure the connection to Prism: {e}"))?;
    let target = match request.url.query() {
        Some(query) => format!("{}?{query}", request.url.path()),
        None => request.url.path().to_owned(),
    };
    let mut head = format!(
        "{} {target} HTTP/1.1\r\nHost: {upstream}\r\n",
        request.method
    )
    .into_bytes();
    for (name, value) in &request.headers {
        if is_hop_by_hop(name.as_str()) || name.as_str() == "host" || name.as_str() == CALL_HEADER {
            continue;
        }
        head.extend_from_slice(name.as_str().as_bytes());
        head.extend_from_slice(b": ");
        head.extend_from_slice(value.as_bytes());
        head.extend_from_slice(b"\r\n");
    }
    head.extend_from_slice(
        format!(
            "Content-Length: {}\r\nConnection: close\r\n\r\n",
            request.body.len()
        )
        .as_bytes(),
    );
    stream
        .write_all(&head)
        .and_then(|()| stream.write_all(&request.body))
        .map_err(|e| format!("cannot send the request to Prism: {e}"))?;
    let mut raw = Vec::new();
    stream
        .read_to_end(&mut raw)
        .map_err(|e| format!("cannot read Prism's answer: {e}"))?;
    parse_response(&raw)
}

fn parse_response(raw: &[u8]) -> Result<Upstream, String> {
    let end = find(raw, b"\r\n\r\n").ok_or_else(|| {
        format!(
            "Prism's answer has no complete header ({} bytes: {:?})",
            raw.len(),
            String::from_utf8_lossy(&raw[..raw.len().min(200)])
        )
    })?;
    let head = String::from_utf8_lossy(&raw[..end]);
    let mut lines = head.split("\r\n");
    let status_line = lines.next().unwrap_or_default();
    let status = status_line
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse::<u16>().ok())
        .ok_or_else(|| format!("bad status line from Prism: {status_line:?}"))?;
    let headers: Vec<(String, Vec<u8>)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_owned(), value.trim().as_bytes().to_vec()))
        .collect();
    let header = |wanted: &str| {
        headers
            .iter()
            .find(|(name, _)| name.eq_ignore_ascii_case(wanted))
            .map(|(_, value)| String::from_utf8_lossy(value).to_ascii_lowercase())
    };
    let rest = &raw[end + 4..];
    let body = if header("transfer-encoding").is_some_and(|te| te.contains("chunked")) {
        dechunk(rest)?
    } else if let Some(length) = header("content-length") {
        let length: usize = length
            .trim()
            .parse()
            .map_err(|_| format!("bad Content-Length from Prism: {length:?}"))?;
        if rest.len() < length {
            return Err(format!(
                "Prism's body is truncated: {} of {length} bytes",
                rest.len()
            ));
        }
        rest[..length].to_vec()
    } else {
        rest.to_vec()
    };
    Ok(Upstream {
        status,
        headers,
        body,
    })
}

fn dechunk(mut data: &[u8]) -> Result<Vec<u8>, String> {
    let mut body = Vec::new();
    loop {
        let line_end = find(data, b"\r\n").ok_or("truncated chunk size line from Prism")?;
        let size_text = String::from_utf8_lossy(&data[..line_end]);
        let size_text = size_text.split(';').next().unwrap_or_default().trim();
        let size = usize::from_str_radix(size_text, 16)
            .map_err(|_| format!("bad chunk size from Prism: {size_text:?}"))?;
        data = &data[line_end + 2..];
        if size == 0 {
            return Ok(body);
        }
        if data.len() < size + 2 {
            return Err("truncated chunk from Prism".to_owned());
        }
        body.extend_from_slice(&data[..size]);
        data = &data[size + 2..];
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}
