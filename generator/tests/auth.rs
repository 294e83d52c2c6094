//! Authentication end to end, inside generated crates: a tiny spec
//! (`tests/fixtures/auth.yml`) with bearer, basic, apiKey header / query /
//! cookie and oauth2 schemes and operations with different `security`
//! (the document default, AND, OR, public). A test written into the
//! generated crate checks against wiremock that every request carries
//! exactly the expected credential, that the public one carries none, that
//! no secret shows in `Debug` output or errors, that a missing credential
//! fails before sending with an error naming its environment variable, and
//! that `Client::from_env_with` reads the variables.
//!
//! Two more crates check the other construction shapes: no scheme
//! (`Client::new()`) and a single apiKey scheme (`Client::new(key)`,
//! `api_key`, `<PREFIX>_API_KEY`).

mod support;

use std::path::{Path, PathBuf};

use support::{cargo_in, first_error_lines, prepare_crate_dir, rustc_warning_count, shared_target_dir, tmp_dir};

fn spec() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/auth.yml")
}

const AUTH_TEST: &str = r#"
use authdemo_client::types::GetQueryParams;
use authdemo_client::{Client, Error};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

const SECRETS: &[&str] = &["tok_BEARER_1", "pw_BASIC_2", "key_HEADER_3", "key_QUERY_4", "key_COOKIE_5", "tok_OAUTH_6"];

async fn server() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET")).respond_with(ResponseTemplate::new(204)).mount(&server).await;
    server
}

fn full(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.uri())
        .bearer("tok_BEARER_1")
        .basic("alice", "pw_BASIC_2")
        .header_key("key_HEADER_3")
        .query_key("key_QUERY_4")
        .cookie_key("key_COOKIE_5")
        .oauth("tok_OAUTH_6")
        .max_retries(0)
        .build()
        .unwrap()
}

/// (authorization, x-api-key, cookie, query) of the last request.
async fn last(server: &MockServer) -> (Option<String>, Option<String>, Option<String>, Vec<(String, String)>) {
    let requests = server.received_requests().await.unwrap();
    let r = requests.last().expect("a request was sent");
    let header = |name: &str| r.headers.get(name).map(|v| v.to_str().unwrap().to_owned());
    let query = r.url.query_pairs().map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
    (header("authorization"), header("x-api-key"), header("cookie"), query)
}

fn some(s: &str) -> Option<String> {
    Some(s.to_owned())
}

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

#[tokio::test]
async fn each_operation_carries_exactly_its_credential() {
    let server = server().await;
    let client = full(&server);
    let things = client.things();

    things.get_default().send().await.unwrap();
    assert_eq!(last(&server).await, (some("Bearer tok_BEARER_1"), None, None, vec![]), "document default");
    things.get_bearer().send().await.unwrap();
    assert_eq!(last(&server).await, (some("Bearer tok_BEARER_1"), None, None, vec![]));
    things.get_basic().send().await.unwrap();
    assert_eq!(last(&server).await, (some("Basic YWxpY2U6cHdfQkFTSUNfMg=="), None, None, vec![]));
    things.get_header().send().await.unwrap();
    assert_eq!(last(&server).await, (None, some("key_HEADER_3"), None, vec![]));
    let mut params = GetQueryParams::new();
    params.limit = Some(5);
    things.get_query(params).send().await.unwrap();
    assert_eq!(last(&server).await, (None, None, None, pairs(&[("limit", "5"), ("api_key", "key_QUERY_4")])));
    things.get_cookie().send().await.unwrap();
    assert_eq!(last(&server).await, (None, None, some("session=key_COOKIE_5"), vec![]));
    things.get_oauth().send().await.unwrap();
    assert_eq!(last(&server).await, (some("Bearer tok_OAUTH_6"), None, None, vec![]));
    things.get_both().send().await.unwrap();
    assert_eq!(last(&server).await, (None, some("key_HEADER_3"), None, pairs(&[("api_key", "key_QUERY_4")])), "AND");
    things.get_either().send().await.unwrap();
    assert_eq!(last(&server).await, (some("Basic YWxpY2U6cHdfQkFTSUNfMg=="), None, None, vec![]), "OR: the first");
    things.get_public().send().await.unwrap();
    assert_eq!(last(&server).await, (None, None, None, vec![]), "public: nothing");

    let only_bearer = Client::builder().base_url(server.uri()).bearer("tok_BEARER_1").build().unwrap();
    only_bearer.things().get_either().send().await.unwrap();
    assert_eq!(last(&server).await, (some("Bearer tok_BEARER_1"), None, None, vec![]), "OR: the configured one");
}

#[tokio::test]
async fn secrets_stay_out_of_debug_and_errors() {
    let server = server().await;
    let client = full(&server);
    let text = format!("{client:?} {:?}", Client::builder().bearer("tok_BEARER_1").basic("alice", "pw_BASIC_2"));
    for secret in SECRETS {
        assert!(!text.contains(secret), "{secret} in {text}");
    }
    assert!(text.contains("***"), "{text}");
    // A transport error (nothing listens on port 9) whose URL holds the query key.
    let offline = Client::builder().base_url("http://127.0.0.1:9").query_key("key_QUERY_4").max_retries(0).build().unwrap();
    let err = offline.things().get_query(GetQueryParams::new()).send().await.unwrap_err();
    assert!(matches!(err, Error::Connection(_)), "{err:?}");
    let shown = format!("{err} {err:?}");
    assert!(!shown.contains("key_QUERY_4"), "{shown}");
}

#[tokio::test]
async fn a_missing_credential_fails_before_sending_and_names_its_variables() {
    let server = server().await;
    let client = Client::builder().base_url(server.uri()).header_key("key_HEADER_3").build().unwrap();
    let err = client.things().get_basic().send().await.unwrap_err();
    assert!(matches!(err, Error::InvalidRequest(_)), "{err:?}");
    let text = err.to_string();
    for expected in ["getBasic", "basic", "AUTHDEMO_BASIC_USERNAME", "AUTHDEMO_BASIC_PASSWORD"] {
        assert!(text.contains(expected), "{expected} missing from {text}");
    }
    let err = client.things().get_either().send().await.unwrap_err();
    assert!(err.to_string().contains("AUTHDEMO_BEARER"), "{err}");
    let err = client.things().get_both().send().await.unwrap_err();
    assert!(err.to_string().contains("AUTHDEMO_QUERY_KEY"), "{err}");
    assert!(server.received_requests().await.unwrap().is_empty(), "nothing was sent");
    client.things().get_public().send().await.unwrap();
    client.things().get_header().send().await.unwrap();
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
    // No credential at all is fine here: one operation is public.
    assert!(Client::builder().build().is_ok());
    assert!(!authdemo_client::CREDENTIALS_REQUIRED);
    // An unsendable value is refused by build(), without echoing it.
    let err = Client::builder().header_key("bad\nkey_HEADER_3").build().unwrap_err();
    assert!(err.to_string().contains("headerKey") && !err.to_string().contains("key_HEADER_3"), "{err}");
}

#[tokio::test]
async fn from_env_with_reads_each_schemes_variables() {
    let server = server().await;
    assert_eq!(authdemo_client::ENV_BEARER, "AUTHDEMO_BEARER");
    assert_eq!(authdemo_client::ENV_BASIC_USERNAME, "AUTHDEMO_BASIC_USERNAME");
    assert_eq!(authdemo_client::ENV_COOKIE_KEY, "AUTHDEMO_COOKIE_KEY");
    let uri = server.uri();
    let vars = [
        ("AUTHDEMO_BASE_URL", uri.as_str()),
        ("AUTHDEMO_BASIC_USERNAME", "alice"),
        ("AUTHDEMO_BASIC_PASSWORD", "pw_BASIC_2"),
        ("AUTHDEMO_COOKIE_KEY", "key_COOKIE_5"),
        ("AUTHDEMO_BEARER", "  "),
    ];
    let client = Client::from_env_with(|name| vars.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string())).unwrap();
    client.things().get_basic().send().await.unwrap();
    assert_eq!(last(&server).await, (some("Basic YWxpY2U6cHdfQkFTSUNfMg=="), None, None, vec![]));
    client.things().get_cookie().send().await.unwrap();
    assert_eq!(last(&server).await, (None, None, some("session=key_COOKIE_5"), vec![]));
    let err = client.things().get_bearer().send().await.unwrap_err();
    assert!(err.to_string().contains("AUTHDEMO_BEARER"), "a blank variable is unset: {err}");
    // A basic scheme needs both of its variables.
    let half = Client::from_env_with(|name| (name == "AUTHDEMO_BASIC_USERNAME").then(|| "alice".to_owned())).unwrap();
    assert!(half.things().get_basic().send().await.is_err());
}
"#;

const NOAUTH_SPEC: &str = r#"
openapi: 3.0.3
info: {title: No auth, version: '1'}
paths:
  /ping:
    get: {operationId: ping, tags: [health], responses: {'204': {description: ok}}}
"#;

const NOAUTH_TEST: &str = r#"
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn no_scheme_means_new_without_argument_and_no_credentials() {
    let server = MockServer::start().await;
    Mock::given(method("GET")).respond_with(ResponseTemplate::new(204)).mount(&server).await;
    let _default = noauth_client::Client::default();
    let _new = noauth_client::Client::new();
    assert!(noauth_client::SECURITY_SCHEMES.is_empty());
    let client = noauth_client::Client::builder().base_url(server.uri()).build().unwrap();
    client.health().ping().send().await.unwrap();
    let requests = server.received_requests().await.unwrap();
    assert!(requests[0].headers.get("authorization").is_none());
    let from_env = noauth_client::Client::from_env_with(|_| None).unwrap();
    assert_eq!(from_env.base_url(), noauth_client::DEFAULT_BASE_URL);
}
"#;

const KEY_SPEC: &str = r#"
openapi: 3.0.3
info: {title: One key, version: '1'}
paths:
  /ping:
    get: {operationId: ping, tags: [health], security: [{ApiKeyAuth: []}], responses: {'204': {description: ok}}}
components:
  securitySchemes:
    ApiKeyAuth: {type: apiKey, in: header, name: X-Key}
"#;

const KEY_TEST: &str = r#"
use wiremock::matchers::{header, method};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn a_single_key_scheme_keeps_the_api_key_shape() {
    let server = MockServer::start().await;
    Mock::given(method("GET")).and(header("x-key", "k_1")).respond_with(ResponseTemplate::new(204)).expect(2).mount(&server).await;
    assert_eq!(onekey_client::ENV_API_KEY, "ONEKEY_API_KEY");
    let _new = onekey_client::Client::new("k_1");
    let client = onekey_client::Client::builder().base_url(server.uri()).api_key("k_1").build().unwrap();
    client.health().ping().send().await.unwrap();
    let uri = server.uri();
    let from_env = onekey_client::Client::from_env_with(|name| match name {
        "ONEKEY_API_KEY" => Some("k_1".to_owned()),
        "ONEKEY_BASE_URL" => Some(uri.clone()),
        _ => None,
    })
    .unwrap();
    from_env.health().ping().send().await.unwrap();
    let err = onekey_client::Client::from_env_with(|_| None).unwrap_err();
    assert!(err.to_string().contains("ONEKEY_API_KEY"), "{err}");
    assert!(onekey_client::Client::builder().build().is_err(), "every operation needs the key");
}
"#;

/// Generates `spec` as `crate_name`, checks it warning-free and runs `test`
/// inside it as `tests/<test_name>.rs`.
fn run_in_crate(spec: &Path, crate_name: &str, test_name: &str, test: &str) {
    let krate = clientgen::Generator::new(spec).crate_name(crate_name).generate().unwrap_or_else(|e| panic!("generates: {e}"));
    assert!(krate.warnings.is_empty(), "unexpected warnings: {:#?}", krate.warnings);
    let dir = tmp_dir().join("auth").join(crate_name);
    prepare_crate_dir(&krate, &dir);
    let target = shared_target_dir();
    let check = cargo_in(&dir, &target, &["check", "--quiet"]);
    assert!(check.success, "{} does not compile:\n{}", dir.display(), first_error_lines(&check.stderr, 40));
    assert_eq!(rustc_warning_count(&check.stderr), 0, "warnings:\n{}", check.stderr);
    std::fs::write(dir.join(format!("tests/{test_name}.rs")), test).expect("write the test");
    let run = cargo_in(&dir, &target, &["test", "--quiet", "--test", test_name]);
    assert!(run.success, "tests/{test_name}.rs fails in {}:\n{}\n{}", dir.display(), run.stdout, first_error_lines(&run.stderr, 60));
}

#[test]
fn every_scheme_is_sent_as_the_spec_says() {
    run_in_crate(&spec(), "authdemo-client", "auth", AUTH_TEST);
}

#[test]
fn no_scheme_and_single_key_shapes() {
    let dir = tmp_dir().join("auth");
    std::fs::create_dir_all(&dir).expect("scratch dir");
    for (name, spec, test) in [("noauth", NOAUTH_SPEC, NOAUTH_TEST), ("onekey", KEY_SPEC, KEY_TEST)] {
        let path = dir.join(format!("{name}.yml"));
        std::fs::write(&path, spec).expect("write the spec");
        run_in_crate(&path, &format!("{name}-client"), name, test);
    }
}
