//! Helpers shared by the runtime's unit tests (compiled only for tests).

use wiremock::MockServer;

use super::auth::{Credential, SchemeKind, SecurityScheme};
use super::ClientBuilder;

/// API key used by tests; assertions check it never leaks into output.
pub(crate) const TEST_API_KEY: &str = "sk_test_SECRET_4f9a";

/// The environment variable of [`TEST_SCHEMES`]' key.
pub(crate) const TEST_ENV: &str = "RUNTIME_TEST_API_KEY";

/// The security schemes the runtime's unit tests run with (see
/// `auth::schemes`): one bearer scheme, whatever the API's own are.
pub(crate) const TEST_SCHEMES: &[SecurityScheme] =
    &[SecurityScheme { name: "bearerAuth", kind: SchemeKind::Bearer, builder_method: "api_key", env: &[TEST_ENV] }];

/// The security of the operations in the runtime's tests: [`TEST_SCHEMES`]'
/// bearer scheme, set by [`mock_client`] and [`ClientBuilder::api_key`].
pub(crate) const TEST_SECURITY: crate::runtime::auth::Security = &[&["bearerAuth"]];

/// A client with [`TEST_SCHEMES`]' key set, as a generated
/// `Client::new(key)` makes one (the API's own constructor may take other
/// credentials, or none).
pub(crate) fn test_client(key: &str) -> super::Client {
    ClientBuilder::new().test_key(key).build_unvalidated().expect("a client with a test key")
}

impl ClientBuilder {
    /// Sets the key of [`TEST_SCHEMES`]' bearer scheme (the runtime's tests
    /// call it whatever builder methods the API generates).
    pub(crate) fn test_key(self, key: impl Into<String>) -> Self {
        self.credential("bearerAuth", Credential::token(key))
    }
}

/// A client builder pointed at `server`, ready for paused-time tests: no
/// per-attempt timeout and no idle-connection reaper, so no timer is pending
/// while the runtime waits for the mock server (a pending timer would make
/// paused tokio time jump forward).
pub(crate) fn mock_client(server: &MockServer) -> ClientBuilder {
    let http = reqwest::Client::builder()
        .pool_idle_timeout(None)
        .build()
        .expect("test HTTP client");
    ClientBuilder::new()
        .test_key(TEST_API_KEY)
        .base_url(server.uri())
        .no_timeout()
        .http_client(http)
}

/// A `tracing` layer that records every span, field update and event as
/// text, for asserting on what the runtime logs (and never logs).
#[derive(Clone, Default)]
pub(crate) struct Capture(pub(crate) std::sync::Arc<std::sync::Mutex<Vec<String>>>);

struct FieldText(String);

impl tracing::field::Visit for FieldText {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        self.0.push_str(&format!(" {}={:?}", field.name(), value));
    }
}

impl Capture {
    fn push(&self, line: String) {
        self.0.lock().expect("capture lock").push(line);
    }
}

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for Capture {
    fn on_new_span(
        &self,
        attrs: &tracing::span::Attributes<'_>,
        _id: &tracing::span::Id,
        _ctx: tracing_subscriber::layer::Context<'_, S>,
    ) {
        let mut text = FieldText(format!("span {}:", attrs.metadata().name()));
        attrs.record(&mut text);
        self.push(text.0);
    }

    fn on_record(
        &self,
        _id: &tracing::span::Id,
        values: &tracing::span::Record<'_>,
        _ctx: tracing_subscriber::layer::Context<'_, S>,
    ) {
        let mut text = FieldText("record:".to_owned());
        values.record(&mut text);
        self.push(text.0);
    }

    fn on_event(&self, event: &tracing::Event<'_>, _ctx: tracing_subscriber::layer::Context<'_, S>) {
        let mut text = FieldText(format!("event {}:", event.metadata().level()));
        event.record(&mut text);
        self.push(text.0);
    }
}

/// Asserts that captured trace `lines` show one call that got a 503, was
/// retried (a DEBUG event containing `retry_message`) and then got a 200,
/// with its duration recorded.
pub(crate) fn assert_one_retry_after_503(lines: &[String], retry_message: &str) {
    let all = lines.join("\n");
    for expected in ["record: attempt=0", "record: status=503", "record: attempt=1", "record: status=200"] {
        assert!(lines.iter().any(|l| l == expected), "missing {expected:?} in\n{all}");
    }
    assert!(lines.iter().any(|l| l.starts_with("record: duration_ms=")), "{all}");
    assert!(
        lines.iter().any(|l| l.starts_with("event DEBUG:") && l.contains(retry_message)),
        "{all}"
    );
}
