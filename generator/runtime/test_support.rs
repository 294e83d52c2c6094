//! Helpers shared by the runtime's unit tests (compiled only for tests).

use wiremock::MockServer;

use super::ClientBuilder;

/// API key used by tests; assertions check it never leaks into output.
pub(crate) const TEST_API_KEY: &str = "sk_test_SECRET_4f9a";

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
        .api_key(TEST_API_KEY)
        .base_url(server.uri())
        .no_timeout()
        .http_client(http)
}
