//! The API client and its builder.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use serde::de::DeserializeOwned;

use super::auth::{self, Credential, Credentials, SchemeKind};
use super::error::{Error, Result};
use super::request::{OperationMeta, RequestBuilder, RetryPolicy};
use super::webhooks::{self, WebhookError, WebhookSecret};

/// Base URL used when none is configured: the spec's first server URL.
pub const DEFAULT_BASE_URL: &str = crate::DEFAULT_BASE_URL;

/// Per-attempt timeout used when none is configured.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

/// Environment variable overriding the base URL (optional).
pub const ENV_BASE_URL: &str = crate::ENV_BASE_URL;
/// Environment variable holding the webhook secret (optional).
pub const ENV_WEBHOOK_SECRET: &str = crate::ENV_WEBHOOK_SECRET;

/// A client of the API this crate was generated for.
///
/// Cheap to clone (an `Arc` inside): clones share one configuration and one
/// HTTP connection pool, so create a single client and clone it freely
/// across tasks. `Debug` output never contains a credential.
///
/// How it is constructed depends on the API's security schemes (see the
/// crate root): `Client::new` when the API has no scheme or a single
/// token scheme, [`Client::builder`] and [`Client::from_env`] always.
#[derive(Clone)]
pub struct Client {
    inner: Arc<ClientInner>,
}

pub(super) struct ClientInner {
    pub(super) http: reqwest::Client,
    pub(super) credentials: Credentials,
    pub(super) base_url: String,
    pub(super) timeout: Option<Duration>,
    pub(super) retry: RetryPolicy,
    pub(super) user_agent: HeaderValue,
    pub(super) default_headers: HeaderMap,
    webhook_secret: Option<WebhookSecret>,
}

impl Client {
    /// Creates a client from environment variables: the credential of every
    /// security scheme whose variables are set (see `SECURITY_SCHEMES` at
    /// the crate root, e.g. `WHOP_API_KEY` for the Whop client), plus the optional
    /// [`ENV_BASE_URL`] and [`ENV_WEBHOOK_SECRET`]. Empty values count as
    /// unset.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`] naming the variables when every operation
    /// needs a credential and none is set, when a credential cannot be sent
    /// in a request, or describing an invalid base URL or webhook secret.
    pub fn from_env() -> Result<Client> {
        Client::from_env_with(|name| std::env::var(name).ok())
    }

    /// [`Client::from_env`] with an injectable variable lookup: `lookup(name)`
    /// returns the value of the variable `name`, if set (for tests, or for
    /// configuration kept somewhere other than the process environment).
    ///
    /// # Errors
    ///
    /// As [`Client::from_env`].
    pub fn from_env_with(lookup: impl Fn(&str) -> Option<String>) -> Result<Client> {
        let var = |name: &str| lookup(name).filter(|v| !v.trim().is_empty());
        let mut builder = Client::builder();
        for scheme in auth::schemes() {
            let values: Option<Vec<String>> = scheme.env.iter().map(|name| var(name)).collect();
            let credential = match (scheme.kind, values.as_deref()) {
                (SchemeKind::Basic, Some([username, password])) => Credential::basic(username, password),
                (SchemeKind::Basic, _) | (_, None) => continue,
                (_, Some([token])) => Credential::token(token),
                (_, Some(_)) => continue,
            };
            builder = builder.credential(scheme.name, credential);
        }
        if let Some(url) = var(ENV_BASE_URL) {
            builder = builder.base_url(url);
        }
        if let Some(secret) = var(ENV_WEBHOOK_SECRET) {
            builder = builder.webhook_secret(secret);
        }
        builder.build()
    }

    /// Returns a builder for a customised client.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new()
    }

    /// The base URL requests are sent to, without a trailing slash.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// The default per-attempt timeout (`None` when disabled).
    pub fn timeout(&self) -> Option<Duration> {
        self.inner.timeout
    }

    /// The default retry policy.
    pub fn retry_policy(&self) -> RetryPolicy {
        self.inner.retry
    }

    /// The configured webhook secret, if any.
    pub fn webhook_secret(&self) -> Option<&WebhookSecret> {
        self.inner.webhook_secret.as_ref()
    }

    /// Starts a request for the operation `meta` at `path`, which must
    /// already be percent-encoded (see
    /// [`encode_path_segment`](super::encode_path_segment)) and start with
    /// `/`, e.g. `"/leads/lead_1"`. Used by generated code.
    pub fn request<T>(&self, meta: &'static OperationMeta, path: String) -> RequestBuilder<T> {
        RequestBuilder::new(self.clone(), meta, path)
    }

    /// Verifies a webhook delivery against the configured secret, using the
    /// current system time (see [`webhooks::verify`]).
    ///
    /// # Errors
    ///
    /// [`WebhookError::NoSecret`] when no secret is configured, otherwise
    /// whatever [`webhooks::verify`] reports.
    pub fn verify_webhook(
        &self,
        payload: &[u8],
        headers: &HeaderMap,
    ) -> std::result::Result<(), WebhookError> {
        let secret = self.webhook_secret().ok_or(WebhookError::NoSecret)?;
        webhooks::verify(secret, payload, headers, SystemTime::now())
    }

    /// Verifies a webhook delivery (like [`Client::verify_webhook`]) and
    /// decodes its JSON payload as `E`.
    ///
    /// # Errors
    ///
    /// As [`Client::verify_webhook`], plus [`WebhookError::InvalidPayload`]
    /// when the verified payload does not decode as `E`.
    pub fn parse_webhook<E: DeserializeOwned>(
        &self,
        payload: &[u8],
        headers: &HeaderMap,
    ) -> std::result::Result<E, WebhookError> {
        let secret = self.webhook_secret().ok_or(WebhookError::NoSecret)?;
        webhooks::verify_and_parse(secret, payload, headers, SystemTime::now())
    }

    pub(super) fn inner(&self) -> &ClientInner {
        &self.inner
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.inner.base_url)
            .field("credentials", &self.inner.credentials)
            .field("timeout", &self.inner.timeout)
            .field("retry", &self.inner.retry)
            .field("user_agent", &self.inner.user_agent)
            .field(
                "default_headers",
                &self.inner.default_headers.keys().collect::<Vec<_>>(),
            )
            .field("webhook_secret", &self.inner.webhook_secret)
            .finish()
    }
}

/// Configures and builds a [`Client`].
///
/// Defaults: base URL [`DEFAULT_BASE_URL`], per-attempt timeout 60 s,
/// [`RetryPolicy::default`] (2 retries), user agent
/// [`USER_AGENT`](crate::USER_AGENT) (`<crate name>-rust/<crate version>`), no extra headers, a fresh
/// `reqwest::Client`, no webhook secret, no credentials. `Debug` output
/// never contains a credential or the webhook secret.
///
/// Credentials are set with one method per security scheme, generated at
/// the crate root (e.g. `api_key` for the Whop client), or with
/// [`ClientBuilder::credential`].
#[derive(Clone)]
pub struct ClientBuilder {
    credentials: Credentials,
    base_url: Option<String>,
    timeout: Option<Duration>,
    retry: RetryPolicy,
    user_agent: String,
    default_headers: Vec<(String, String)>,
    http_client: Option<reqwest::Client>,
    webhook_secret: Option<String>,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        ClientBuilder::new()
    }
}

impl ClientBuilder {
    /// A builder with the defaults listed on [`ClientBuilder`].
    pub fn new() -> Self {
        ClientBuilder {
            credentials: Credentials::default(),
            base_url: None,
            timeout: Some(DEFAULT_TIMEOUT),
            retry: RetryPolicy::default(),
            user_agent: crate::USER_AGENT.to_owned(),
            default_headers: Vec::new(),
            http_client: None,
            webhook_secret: None,
        }
    }

    /// Sets (or replaces) the credential of the security scheme named
    /// `scheme` (its key in the spec's `components.securitySchemes`). The
    /// generated per-scheme methods call this; a name that is not in
    /// `SECURITY_SCHEMES` is never used.
    pub fn credential(mut self, scheme: &'static str, credential: Credential) -> Self {
        self.credentials.set(scheme, credential);
        self
    }

    /// The base URL, e.g. `https://api.example.com/v1` (a trailing slash is
    /// removed). Must be an absolute `http` or `https` URL.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// The default timeout of each attempt, covering connecting, sending and
    /// reading the whole response (default 60 s). Retries get a fresh
    /// timeout each.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Disables the runtime's per-attempt timeout.
    ///
    /// Mainly for tests under paused tokio time, where a pending timer fires
    /// as soon as the runtime waits for network I/O.
    pub fn no_timeout(mut self) -> Self {
        self.timeout = None;
        self
    }

    /// How many times a failed request may be retried (default 2, so at most
    /// 3 attempts). `0` disables retries.
    pub fn max_retries(mut self, max_retries: u32) -> Self {
        self.retry.max_retries = max_retries;
        self
    }

    /// Allows retrying POST and PATCH requests after failures the server may
    /// already have processed (default `false`); see the
    /// [`request`](super::request) module docs before enabling this.
    pub fn retry_non_idempotent(mut self, yes: bool) -> Self {
        self.retry.retry_non_idempotent = yes;
        self
    }

    /// Replaces the whole retry policy (attempts, backoff, opt-in).
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// The `User-Agent` header (default [`USER_AGENT`](crate::USER_AGENT), `<crate name>-rust/<version>`).
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// Adds a header sent with every request (replacing a default header of
    /// the same name). Invalid names or values make [`ClientBuilder::build`]
    /// fail.
    pub fn default_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.default_headers.push((name.into(), value.into()));
        self
    }

    /// Uses this `reqwest::Client` (and its connection pool, proxy and TLS
    /// settings) instead of a fresh one.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http_client = Some(client);
        self
    }

    /// The webhook signing secret: either `whsec_<base64>` or the secret
    /// exactly as the API's dashboard shows it (see [`WebhookSecret::new`]).
    pub fn webhook_secret(mut self, secret: impl Into<String>) -> Self {
        self.webhook_secret = Some(secret.into());
        self
    }

    /// Builds the client.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`] when a credential cannot be sent in a
    /// request, when every operation needs a credential and none is set
    /// (naming the builder methods and environment variables), the base URL is not an absolute http(s) URL, the user
    /// agent or a default header is invalid, the webhook secret is invalid,
    /// or the HTTP client cannot be created.
    pub fn build(self) -> Result<Client> {
        self.credentials.validate(auth::schemes())?;
        if auth::credentials_required() && self.credentials.is_empty() {
            return Err(auth::none_configured(auth::schemes()));
        }
        self.build_unvalidated()
    }

    /// Builds without checking the credentials (each call checks the ones
    /// it needs). Used by the generated `Client::new`.
    pub(crate) fn build_unvalidated(self) -> Result<Client> {
        let base_url = normalize_base_url(self.base_url.as_deref().unwrap_or(DEFAULT_BASE_URL))?;
        let user_agent = HeaderValue::from_str(&self.user_agent)
            .map_err(|_| Error::InvalidRequest("invalid user agent".to_owned()))?;
        let mut default_headers = HeaderMap::new();
        for (name, value) in &self.default_headers {
            let (name, value) = parse_header(name, value)?;
            default_headers.insert(name, value);
        }
        let webhook_secret = self
            .webhook_secret
            .as_deref()
            .map(WebhookSecret::new)
            .transpose()
            .map_err(|e| Error::InvalidRequest(format!("invalid webhook secret: {e}")))?;
        let http = match self.http_client {
            Some(http) => http,
            None => reqwest::Client::builder().build().map_err(|e| {
                Error::InvalidRequest(format!("could not create the HTTP client: {e}"))
            })?,
        };
        Ok(Client {
            inner: Arc::new(ClientInner {
                http,
                credentials: self.credentials,
                base_url,
                timeout: self.timeout,
                retry: self.retry,
                user_agent,
                default_headers,
                webhook_secret,
            }),
        })
    }
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = self
            .default_headers
            .iter()
            .map(|(n, _)| n.as_str())
            .collect();
        f.debug_struct("ClientBuilder")
            .field("credentials", &self.credentials)
            .field("base_url", &self.base_url)
            .field("timeout", &self.timeout)
            .field("retry", &self.retry)
            .field("user_agent", &self.user_agent)
            .field("default_headers", &names)
            .field(
                "webhook_secret",
                &self.webhook_secret.as_ref().map(|_| "***"),
            )
            .finish()
    }
}

/// Parses a header pair; the error names the header but never echoes the
/// value (it may be a credential).
pub(super) fn parse_header(name: &str, value: &str) -> Result<(HeaderName, HeaderValue)> {
    let header_name = HeaderName::from_bytes(name.as_bytes())
        .map_err(|_| Error::InvalidRequest(format!("invalid header name `{name}`")))?;
    let header_value = HeaderValue::from_str(value)
        .map_err(|_| Error::InvalidRequest(format!("invalid value for header `{name}`")))?;
    Ok((header_name, header_value))
}

fn normalize_base_url(raw: &str) -> Result<String> {
    let trimmed = raw.trim().trim_end_matches('/');
    let invalid = |why: &str| Error::InvalidRequest(format!("invalid base URL `{raw}`: {why}"));
    let url = reqwest::Url::parse(trimmed).map_err(|e| invalid(&e.to_string()))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(invalid("the scheme must be http or https"));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(invalid("it must not contain a query or fragment"));
    }
    Ok(trimmed.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::test_support::{mock_client, TEST_API_KEY};
    use wiremock::matchers::{header, method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    static RETRIEVE_LEAD: OperationMeta = OperationMeta {
        method: reqwest::Method::GET,
        path_template: "/leads/{id}",
        operation_id: "retrieveLead",
        idempotency_field: None,
        response_format: crate::runtime::ResponseFormat::Json,
        security: crate::runtime::test_support::TEST_SECURITY,
    };

    fn env(vars: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |name| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn from_env_requires_api_key_and_names_it() {
        let err = Client::from_env_with(env(&[])).unwrap_err();
        assert!(matches!(err, Error::InvalidRequest(_)));
        assert!(err.to_string().contains(crate::runtime::test_support::TEST_ENV), "{err}");
        let err = Client::from_env_with(env(&[(crate::runtime::test_support::TEST_ENV, "  ")])).unwrap_err();
        assert!(err.to_string().contains(crate::runtime::test_support::TEST_ENV), "{err}");
    }

    #[test]
    fn from_env_reads_all_variables() {
        let client = Client::from_env_with(env(&[
            (crate::runtime::test_support::TEST_ENV, "key_1"),
            (crate::ENV_BASE_URL, "http://localhost:9999/api/v1/"),
            (crate::ENV_WEBHOOK_SECRET, "ws_dashboard_secret"),
        ]))
        .unwrap();
        assert_eq!(client.base_url(), "http://localhost:9999/api/v1");
        assert!(client.webhook_secret().is_some());
        let default = Client::from_env_with(env(&[(crate::runtime::test_support::TEST_ENV, "key_1")])).unwrap();
        assert_eq!(default.base_url(), DEFAULT_BASE_URL);
        assert!(default.webhook_secret().is_none());
    }

    #[test]
    fn builder_defaults_and_validation() {
        let client = Client::builder().test_key("k").build().unwrap();
        assert_eq!(client.timeout(), Some(Duration::from_secs(60)));
        assert_eq!(client.retry_policy().max_retries, 2);
        assert!(!client.retry_policy().retry_non_idempotent);
        assert!(Client::builder().build().is_err(), "missing key");
        assert!(Client::builder().test_key("bad\nkey").build().is_err());
        assert!(Client::builder()
            .test_key("k")
            .base_url("ftp://x")
            .build()
            .is_err());
        assert!(Client::builder()
            .test_key("k")
            .base_url("not a url")
            .build()
            .is_err());
        let err = Client::builder()
            .test_key("k")
            .default_header("x-ok", "bad\u{7f}")
            .build()
            .unwrap_err();
        assert!(err.to_string().contains("x-ok"), "{err}");
    }

    #[test]
    fn debug_never_shows_secrets() {
        let client = Client::builder()
            .test_key("sk_live_very_secret")
            .webhook_secret("ws_hook_secret_value")
            .build()
            .unwrap();
        let text = format!("{client:?}");
        assert!(text.contains(r#"credentials: {"bearerAuth": "***"}"#), "{text}");
        assert!(!text.contains("sk_live_very_secret"), "{text}");
        assert!(!text.contains("hook_secret_value"), "{text}");
        let builder = Client::builder().test_key("sk_live_very_secret");
        assert!(!format!("{builder:?}").contains("very_secret"));
    }

    #[tokio::test]
    async fn sends_auth_user_agent_and_accept_headers() {
        let server = MockServer::start().await;
        let bearer = format!("Bearer {TEST_API_KEY}");
        let ua = crate::USER_AGENT.to_owned();
        Mock::given(method("GET"))
            .and(path("/leads/lead_1"))
            .and(header("authorization", bearer.as_str()))
            .and(header("user-agent", ua.as_str()))
            .and(header("accept", "application/json"))
            .and(header(crate::RETRY_COUNT_HEADER, "0"))
            .and(header("x-team", "growth"))
            .respond_with(
                ResponseTemplate::new(200).set_body_json(serde_json::json!({"id": "lead_1"})),
            )
            .expect(1)
            .mount(&server)
            .await;
        let client = mock_client(&server)
            .default_header("x-team", "growth")
            .build()
            .unwrap();
        let lead: serde_json::Value = client
            .request(&RETRIEVE_LEAD, "/leads/lead_1".into())
            .send()
            .await
            .unwrap();
        assert_eq!(lead["id"], "lead_1");
        let requests = server.received_requests().await.unwrap();
        assert!(
            requests[0].headers.get("content-type").is_none(),
            "no body, no content type"
        );
    }

    /// A vendor JSON media type is asked for by name, and decoded as JSON.
    #[tokio::test]
    async fn a_vendor_json_response_is_asked_for_by_its_media_type() {
        static SHOW: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/leads/{id}",
            operation_id: "retrieveLead",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::JsonMedia("application/vnd.api+json"),
            security: crate::runtime::test_support::TEST_SECURITY,
        };
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .and(path("/leads/lead_1"))
            .and(header("accept", "application/vnd.api+json"))
            .respond_with(
                ResponseTemplate::new(200)
                    .insert_header("content-type", "application/vnd.api+json")
                    .set_body_string(r#"{"data": {"id": "lead_1"}}"#),
            )
            .expect(1)
            .mount(&server)
            .await;
        let client = mock_client(&server).build().unwrap();
        let body: serde_json::Value = client
            .request(&SHOW, "/leads/lead_1".into())
            .send()
            .await
            .unwrap();
        assert_eq!(body["data"]["id"], "lead_1");
    }

    #[test]
    fn client_is_cheap_to_share() {
        fn assert_traits<X: Clone + Send + Sync + fmt::Debug + 'static>() {}
        assert_traits::<Client>();
        let client = crate::runtime::test_support::test_client("k");
        let clone = client.clone();
        assert!(
            Arc::ptr_eq(&client.inner, &clone.inner),
            "clones share one inner"
        );
    }

    #[test]
    fn webhook_helpers_use_the_configured_secret() {
        let mut headers = HeaderMap::new();
        let now = SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs() as i64;
        let payload = br#"{"type":"membership.activated"}"#;
        let secret = WebhookSecret::new("ws_dashboard_secret").unwrap();
        let signature = webhooks::sign(&secret, "msg_1", now, payload).unwrap();
        headers.insert("webhook-id", "msg_1".parse().unwrap());
        headers.insert("webhook-timestamp", now.to_string().parse().unwrap());
        headers.insert("webhook-signature", signature.parse().unwrap());

        let client = Client::builder()
            .test_key("k")
            .webhook_secret("ws_dashboard_secret")
            .build()
            .unwrap();
        client.verify_webhook(payload, &headers).unwrap();
        let event: serde_json::Value = client.parse_webhook(payload, &headers).unwrap();
        assert_eq!(event["type"], "membership.activated");
        assert!(client.verify_webhook(b"{}", &headers).is_err());

        let without_secret = crate::runtime::test_support::test_client("k");
        assert!(matches!(
            without_secret.verify_webhook(payload, &headers),
            Err(WebhookError::NoSecret)
        ));
    }

    #[tokio::test]
    async fn client_new_with_unusable_key_fails_per_call() {
        let client = crate::runtime::test_support::test_client("bad\nkey");
        let err = client
            .request::<serde_json::Value>(&RETRIEVE_LEAD, "/leads/x".into())
            .send()
            .await
            .unwrap_err();
        assert!(matches!(err, Error::InvalidRequest(_)));
        assert!(!err.to_string().contains("bad\nkey"));
    }
}
