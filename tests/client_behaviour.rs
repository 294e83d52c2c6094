//! Behaviour tests of the checked-in generated client (`generated-client/`)
//! against a local wiremock server.
//!
//! The runtime has its own unit tests; these go through the *generated*
//! resource methods and parameter types, so they prove the generator wires
//! the runtime correctly: paths, query styles, bodies, retry metadata
//! (idempotency fields), pagination traits and response types.
//!
//! Tests that involve retry delays run under paused tokio time with a client
//! that has no per-attempt timeout and no idle-connection reaper (see the
//! `request` module docs of the runtime), so they never sleep for real.

use std::time::Duration;

use chrono::{DateTime, TimeZone, Utc};
use futures_util::{StreamExt, TryStreamExt};
use serde_json::{json, Value};
use whop_client::types::{
    CreateConversionParams, CreateLeadParams, CreateTransferParams, Currencies, Direction,
    EventName, Lead, ListLeadParams, MetricStatsParams, RawStatsParams, TransferOrigin,
};
use whop_client::{Client, Error, Nullable};
use wiremock::matchers::{header, method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const API_KEY: &str = "sk_test_DO_NOT_LEAK_7c1e";

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/// A client pointed at `server`, safe under paused tokio time: no per-attempt
/// timeout and no idle-connection reaper, so no timer is pending while the
/// client waits for the mock server.
fn client(server: &MockServer) -> Client {
    let http = reqwest::Client::builder()
        .pool_idle_timeout(None)
        .build()
        .expect("HTTP client");
    Client::builder()
        .api_key(API_KEY)
        .base_url(server.uri())
        .no_timeout()
        .http_client(http)
        .build()
        .expect("client")
}

/// The version of the generated crate, read from its checked-in manifest.
fn generated_crate_version() -> &'static str {
    include_str!("../generated-client/Cargo.toml")
        .lines()
        .find_map(|line| {
            line.strip_prefix("version = \"")
                .and_then(|rest| rest.strip_suffix('"'))
        })
        .expect("version in generated-client/Cargo.toml")
}

/// A realistic `Lead` document: nullable fields are `null`.
fn lead_json(id: &str) -> Value {
    json!({
        "id": id,
        "created_at": "2024-05-01T12:30:00Z",
        "updated_at": "2024-05-02T08:15:30.250Z",
        "referrer": null,
        "metadata": null,
        "user": {
            "id": "user_abc",
            "email": "alice@example.com",
            "name": null,
            "username": "alice"
        },
        "product": null,
        "member": null
    })
}

/// One page of `listLead` (Relay-style connection).
fn lead_page(ids: &[&str], start: &str, end: &str, has_prev: bool, has_next: bool) -> Value {
    json!({
        "data": ids.iter().map(|id| lead_json(id)).collect::<Vec<_>>(),
        "page_info": {
            "start_cursor": start,
            "end_cursor": end,
            "has_previous_page": has_prev,
            "has_next_page": has_next
        }
    })
}

fn transfer_json() -> Value {
    json!({
        "id": "ctt_1",
        "amount": 25.0,
        "currency": "usd",
        "created_at": "2024-05-01T12:30:00Z",
        "fee_amount": null,
        "notes": null,
        "metadata": null,
        "origin_ledger_account_id": "ldgr_origin",
        "destination_ledger_account_id": "ldgr_dest",
        "origin": {"typename": "Company", "id": "biz_1", "route": "acme", "title": "Acme"},
        "destination": null
    })
}

fn whop_error(kind: &str, message: &str) -> Value {
    json!({"error": {"type": kind, "message": message}})
}

fn ok(body: Value) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(body)
}

/// Mounts `first` for the first `times` requests matching `method_`/`path_`,
/// then `then` for every later one.
async fn mount_sequence(
    server: &MockServer,
    method_: &str,
    path_: &str,
    first: ResponseTemplate,
    times: u64,
    then: ResponseTemplate,
) {
    Mock::given(method(method_))
        .and(path(path_))
        .respond_with(first)
        .up_to_n_times(times)
        .with_priority(1)
        .mount(server)
        .await;
    Mock::given(method(method_))
        .and(path(path_))
        .respond_with(then)
        .with_priority(2)
        .mount(server)
        .await;
}

async fn requests(server: &MockServer) -> Vec<Request> {
    server.received_requests().await.expect("recording enabled")
}

/// Decoded query pairs of a recorded request.
fn query_pairs(request: &Request) -> Vec<(String, String)> {
    request
        .url
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

/// Every value of the query parameter `name`, in order.
fn query_values(request: &Request, name: &str) -> Vec<String> {
    query_pairs(request)
        .into_iter()
        .filter(|(k, _)| k == name)
        .map(|(_, v)| v)
        .collect()
}

/// The single value of `name` in each request (`None` when absent).
fn param_per_request(requests: &[Request], name: &str) -> Vec<Option<String>> {
    requests
        .iter()
        .map(|r| {
            let values = query_values(r, name);
            assert!(values.len() <= 1, "{name} repeated in {}", r.url);
            values.into_iter().next()
        })
        .collect()
}

fn some(value: &str) -> Option<String> {
    Some(value.to_owned())
}

fn body_of(request: &Request) -> Value {
    serde_json::from_slice(&request.body).expect("JSON request body")
}

fn retry_counts(requests: &[Request]) -> Vec<String> {
    requests
        .iter()
        .map(|r| {
            r.headers
                .get(whop_client::RETRY_COUNT_HEADER)
                .expect("retry count header")
                .to_str()
                .unwrap()
                .to_owned()
        })
        .collect()
}

fn header_str<'a>(request: &'a Request, name: &str) -> Option<&'a str> {
    request.headers.get(name).map(|v| v.to_str().unwrap())
}

// ---------------------------------------------------------------------------
// Requests: paths, headers, query strings, bodies
// ---------------------------------------------------------------------------

#[tokio::test]
async fn retrieve_sends_get_with_auth_user_agent_accept_and_decodes_lead() {
    let server = MockServer::start().await;
    let mut body = lead_json("lead_1");
    // A field this client version does not know must not break decoding.
    body["field_added_later"] = json!({"nested": true});
    Mock::given(method("GET"))
        .and(path("/leads/lead_1"))
        .respond_with(ok(body))
        .expect(1)
        .mount(&server)
        .await;

    let lead: Lead = client(&server)
        .leads()
        .retrieve("lead_1")
        .send()
        .await
        .unwrap();

    let recorded = requests(&server).await;
    let request = &recorded[0];
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        header_str(request, "authorization"),
        Some(format!("Bearer {API_KEY}").as_str())
    );
    let expected_ua = format!("whop-client-rust/{}", generated_crate_version());
    assert_eq!(
        header_str(request, "user-agent"),
        Some(expected_ua.as_str())
    );
    assert_eq!(whop_client::USER_AGENT, expected_ua);
    assert_eq!(header_str(request, "accept"), Some("application/json"));
    assert_eq!(header_str(request, "x-whop-retry-count"), Some("0"));
    assert!(request.body.is_empty(), "GET has no body");
    assert!(request.headers.get("content-type").is_none());

    assert_eq!(lead.id, "lead_1");
    assert_eq!(
        lead.created_at,
        Utc.with_ymd_and_hms(2024, 5, 1, 12, 30, 0).unwrap()
    );
    assert_eq!(
        lead.updated_at,
        DateTime::parse_from_rfc3339("2024-05-02T08:15:30.250Z").unwrap()
    );
    assert_eq!(lead.user.id, "user_abc");
    assert_eq!(lead.user.username, "alice");
    assert_eq!(lead.user.email.as_deref(), Some("alice@example.com"));
    assert_eq!(lead.user.name, None);
    assert_eq!(lead.referrer, None);
    assert_eq!(lead.metadata, None);
    assert_eq!(lead.product, None);
    assert_eq!(lead.member, None);
}

#[tokio::test]
async fn path_parameter_is_percent_encoded_as_one_segment() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ok(lead_json("a/b c")))
        .mount(&server)
        .await;

    let lead = client(&server)
        .leads()
        .retrieve("a/b c")
        .send()
        .await
        .unwrap();

    assert_eq!(lead.id, "a/b c");
    let recorded = requests(&server).await;
    assert_eq!(recorded.len(), 1);
    assert_eq!(recorded[0].url.path(), "/leads/a%2Fb%20c");
}

#[tokio::test]
async fn list_query_uses_form_explode_rfc3339_and_omits_unset_params() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/leads"))
        .respond_with(ok(lead_page(&["lead_1"], "s1", "e1", false, false)))
        .expect(1)
        .mount(&server)
        .await;

    let created_after = DateTime::parse_from_rfc3339("2024-01-02T03:04:05.401Z")
        .unwrap()
        .with_timezone(&Utc);
    let mut params = ListLeadParams::new("biz_1");
    params.product_ids = Some(vec!["prod_a".into(), "prod_b".into()]);
    params.created_after = Some(created_after);
    params.first = Some(10);

    let page = client(&server).leads().list(params).send().await.unwrap();

    assert_eq!(page.data.len(), 1);
    assert_eq!(page.data[0].id, "lead_1");
    assert!(!page.page_info.has_next_page);
    let recorded = requests(&server).await;
    let request = &recorded[0];
    assert_eq!(query_values(request, "company_id"), ["biz_1"]);
    assert_eq!(query_values(request, "first"), ["10"]);
    assert_eq!(query_values(request, "product_ids"), ["prod_a", "prod_b"]);
    let raw_query = request.url.query().unwrap();
    assert!(
        raw_query.contains("product_ids=prod_a&product_ids=prod_b"),
        "{raw_query}"
    );
    assert_eq!(
        query_values(request, "created_after"),
        ["2024-01-02T03:04:05.401Z"]
    );
    assert_eq!(
        DateTime::parse_from_rfc3339(&query_values(request, "created_after")[0]).unwrap(),
        created_after
    );
    for absent in ["after", "before", "last", "created_before"] {
        assert!(
            query_values(request, absent).is_empty(),
            "{absent} must be absent: {raw_query}"
        );
    }
    assert_eq!(query_pairs(request).len(), 5, "{raw_query}");
}

#[tokio::test]
async fn metric_stats_filters_use_deep_object_style() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/stats/metric"))
        .respond_with(ok(json!({
            "columns": ["period", "value"],
            "data": [{"period": "2024-05-01", "value": 12}],
            "debug": null,
            "node": "receipts:gross_revenue",
            "pagination": null,
            "typename": "Result"
        })))
        .expect(1)
        .mount(&server)
        .await;

    let mut params = MetricStatsParams::new("receipts:gross_revenue");
    let mut filters = serde_json::Map::new();
    filters.insert("product_id".into(), json!("prod_1"));
    filters.insert("status".into(), json!("paid"));
    params.filters = Some(filters);
    params.breakdowns = Some(vec!["country".into(), "plan".into()]);

    let result = client(&server).stats().metric(params).send().await.unwrap();

    assert_eq!(result.typename, "Result");
    assert_eq!(result.node.as_deref(), Some("receipts:gross_revenue"));
    assert_eq!(result.data.unwrap()[0]["value"], 12);
    let recorded = requests(&server).await;
    let request = &recorded[0];
    assert_eq!(
        query_values(request, "resource"),
        ["receipts:gross_revenue"]
    );
    assert_eq!(query_values(request, "filters[product_id]"), ["prod_1"]);
    assert_eq!(query_values(request, "filters[status]"), ["paid"]);
    assert!(
        query_values(request, "filters").is_empty(),
        "filters must not be sent as a single value: {}",
        request.url
    );
    assert_eq!(query_values(request, "breakdowns"), ["country", "plan"]);
    assert_eq!(query_pairs(request).len(), 5, "{}", request.url);
}

#[tokio::test]
async fn create_body_has_exactly_the_set_fields_with_null_and_absent() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/leads"))
        .and(header("content-type", "application/json"))
        .respond_with(ok(lead_json("lead_new")))
        .expect(1)
        .mount(&server)
        .await;

    let mut params = CreateLeadParams::new("biz_1");
    params.product_id = Nullable::Value("prod_1".into());
    params.referrer = Nullable::Null;
    params.user_id = Nullable::Absent;
    let mut metadata = serde_json::Map::new();
    metadata.insert("source".into(), json!("ads"));
    params.metadata = Nullable::Value(metadata);

    let lead = client(&server).leads().create(params).send().await.unwrap();

    assert_eq!(lead.id, "lead_new");
    let recorded = requests(&server).await;
    assert_eq!(recorded[0].method.as_str(), "POST");
    assert_eq!(
        body_of(&recorded[0]),
        json!({
            "company_id": "biz_1",
            "product_id": "prod_1",
            "referrer": null,
            "metadata": {"source": "ads"}
        })
    );
}

#[tokio::test]
async fn per_call_header_and_query_param_are_sent() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/leads/lead_1"))
        .respond_with(ok(lead_json("lead_1")))
        .expect(1)
        .mount(&server)
        .await;

    client(&server)
        .leads()
        .retrieve("lead_1")
        .header("x-trace", "abc 123")
        .query_param("expand", "user&product")
        .send()
        .await
        .unwrap();

    let recorded = requests(&server).await;
    assert_eq!(header_str(&recorded[0], "x-trace"), Some("abc 123"));
    assert_eq!(query_values(&recorded[0], "expand"), ["user&product"]);
}

// ---------------------------------------------------------------------------
// Retries
// ---------------------------------------------------------------------------

#[tokio::test(start_paused = true)]
async fn create_lead_post_is_not_retried_after_500_by_default() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/leads"))
        .respond_with(
            ResponseTemplate::new(500).set_body_json(whop_error("server_error", "Database down")),
        )
        .expect(1)
        .mount(&server)
        .await;

    let err = client(&server)
        .leads()
        .create(CreateLeadParams::new("biz_1"))
        .send()
        .await
        .unwrap_err();

    assert_eq!(requests(&server).await.len(), 1);
    assert_eq!(err.status(), Some(500));
    assert!(err.is_retryable(), "500 is retryable in itself");
    let Error::Api(api) = &err else {
        panic!("expected Error::Api, got {err:?}");
    };
    assert_eq!(api.operation_id, "createLead");
    assert_eq!(api.method.as_str(), "POST");
    assert_eq!(api.path_template, "/leads");
    let body = api.body.as_ref().expect("decoded Whop error body");
    assert_eq!(body.error.type_, "server_error");
    assert_eq!(body.error.message, "Database down");
    assert_eq!(api.message(), Some("Database down"));
    assert_eq!(api.error_type(), Some("server_error"));
}

#[tokio::test(start_paused = true)]
async fn create_transfer_is_retried_with_one_generated_idempotence_key() {
    let server = MockServer::start().await;
    mount_sequence(
        &server,
        "POST",
        "/transfers",
        ResponseTemplate::new(500).set_body_json(whop_error("server_error", "try again")),
        2,
        ok(transfer_json()),
    )
    .await;

    let params = CreateTransferParams::new(25.0, Currencies::Usd, "user_dest", "biz_1");
    assert!(params.idempotence_key.is_absent());
    let transfer = client(&server)
        .transfers()
        .create(params)
        .send()
        .await
        .unwrap();

    assert_eq!(transfer.id, "ctt_1");
    assert_eq!(transfer.currency, Currencies::Usd);
    assert!(matches!(transfer.origin, Some(TransferOrigin::Company(ref c)) if c.id == "biz_1"));
    let recorded = requests(&server).await;
    assert_eq!(recorded.len(), 3);
    assert_eq!(retry_counts(&recorded), ["0", "1", "2"]);
    let bodies: Vec<Value> = recorded.iter().map(body_of).collect();
    let key = bodies[0]["idempotence_key"]
        .as_str()
        .expect("idempotence_key filled in");
    assert!(!key.is_empty());
    uuid::Uuid::parse_str(key).expect("the generated key is a UUID");
    for body in &bodies {
        assert_eq!(body, &bodies[0], "every attempt sends the same body");
    }
    assert_eq!(bodies[0]["amount"], 25.0);
    assert_eq!(bodies[0]["currency"], "usd");
    assert_eq!(bodies[0]["destination_id"], "user_dest");
    assert_eq!(bodies[0]["origin_id"], "biz_1");
}

#[tokio::test(start_paused = true)]
async fn create_transfer_keeps_a_caller_supplied_idempotence_key() {
    let server = MockServer::start().await;
    mount_sequence(
        &server,
        "POST",
        "/transfers",
        ResponseTemplate::new(502),
        1,
        ok(transfer_json()),
    )
    .await;

    let mut params = CreateTransferParams::new(25.0, Currencies::Usd, "user_dest", "biz_1");
    params.idempotence_key = Nullable::Value("order-42".into());
    client(&server)
        .transfers()
        .create(params)
        .send()
        .await
        .unwrap();

    let recorded = requests(&server).await;
    assert_eq!(recorded.len(), 2);
    for request in &recorded {
        assert_eq!(body_of(request)["idempotence_key"], "order-42");
    }
}

#[tokio::test(start_paused = true)]
async fn create_conversion_is_retried_with_one_generated_event_id() {
    let server = MockServer::start().await;
    mount_sequence(
        &server,
        "POST",
        "/conversions",
        ResponseTemplate::new(503),
        1,
        ok(json!({"id": "conv_1"})),
    )
    .await;

    let response = client(&server)
        .conversions()
        .create(CreateConversionParams::new("biz_1", EventName::Lead))
        .send()
        .await
        .unwrap();

    assert_eq!(response.id, "conv_1");
    let recorded = requests(&server).await;
    assert_eq!(recorded.len(), 2);
    let first = body_of(&recorded[0]);
    let event_id = first["event_id"].as_str().expect("event_id filled in");
    uuid::Uuid::parse_str(event_id).expect("the generated event_id is a UUID");
    assert_eq!(first["event_name"], "lead");
    assert_eq!(body_of(&recorded[1]), first);
}

#[tokio::test(start_paused = true)]
async fn create_lead_post_is_retried_when_the_caller_opts_in() {
    let server = MockServer::start().await;
    mount_sequence(
        &server,
        "POST",
        "/leads",
        ResponseTemplate::new(500),
        1,
        ok(lead_json("lead_new")),
    )
    .await;

    let lead = client(&server)
        .leads()
        .create(CreateLeadParams::new("biz_1"))
        .retry_non_idempotent(true)
        .send()
        .await
        .unwrap();

    assert_eq!(lead.id, "lead_new");
    let recorded = requests(&server).await;
    assert_eq!(recorded.len(), 2);
    assert_eq!(retry_counts(&recorded), ["0", "1"]);
    assert_eq!(body_of(&recorded[0]), body_of(&recorded[1]));
    assert!(
        body_of(&recorded[0]).get("idempotence_key").is_none(),
        "createLead has no idempotency field"
    );
}

#[tokio::test(start_paused = true)]
async fn get_is_retried_on_503_up_to_the_limit_honouring_retry_after() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/leads/lead_1"))
        .respond_with(
            ResponseTemplate::new(503)
                .insert_header("retry-after", "1")
                .set_body_json(whop_error("service_unavailable", "Maintenance")),
        )
        .expect(3)
        .mount(&server)
        .await;

    let started = tokio::time::Instant::now();
    let err = client(&server)
        .leads()
        .retrieve("lead_1")
        .max_retries(2)
        .send()
        .await
        .unwrap_err();
    let elapsed = started.elapsed();

    assert_eq!(err.status(), Some(503));
    assert_eq!(err.api_error().unwrap().message(), Some("Maintenance"));
    let recorded = requests(&server).await;
    assert_eq!(retry_counts(&recorded), ["0", "1", "2"]);
    // Two waits of exactly `Retry-After: 1` (virtual time).
    assert!(
        elapsed >= Duration::from_secs(2) && elapsed < Duration::from_secs(3),
        "{elapsed:?}"
    );
}

#[tokio::test(start_paused = true)]
async fn get_is_retried_after_429_and_succeeds() {
    let server = MockServer::start().await;
    mount_sequence(
        &server,
        "GET",
        "/leads/lead_1",
        ResponseTemplate::new(429)
            .insert_header("retry-after", "1")
            .set_body_json(whop_error("rate_limited", "Slow down")),
        1,
        ok(lead_json("lead_1")),
    )
    .await;

    let started = tokio::time::Instant::now();
    let lead = client(&server)
        .leads()
        .retrieve("lead_1")
        .send()
        .await
        .unwrap();
    let elapsed = started.elapsed();

    assert_eq!(lead.id, "lead_1");
    assert_eq!(retry_counts(&requests(&server).await), ["0", "1"]);
    assert!(
        elapsed >= Duration::from_secs(1) && elapsed < Duration::from_secs(2),
        "{elapsed:?}"
    );
}

// ---------------------------------------------------------------------------
// Pagination
// ---------------------------------------------------------------------------

#[tokio::test]
async fn list_items_streams_three_pages_forward_following_end_cursor() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/leads"))
        .and(query_param_is_missing("after"))
        .respond_with(ok(lead_page(&["l1", "l2"], "s0", "c1", false, true)))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/leads"))
        .and(query_param("after", "c1"))
        .respond_with(ok(lead_page(&["l3"], "s1", "c2", true, true)))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/leads"))
        .and(query_param("after", "c2"))
        .respond_with(ok(lead_page(&["l4"], "s2", "c3", true, false)))
        .expect(1)
        .mount(&server)
        .await;

    let mut params = ListLeadParams::new("biz_1");
    params.first = Some(2);
    let leads: Vec<_> = client(&server)
        .leads()
        .list(params)
        .items()
        .try_collect()
        .await
        .unwrap();

    let ids: Vec<&str> = leads.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(ids, ["l1", "l2", "l3", "l4"]);
    let recorded = requests(&server).await;
    assert_eq!(
        param_per_request(&recorded, "after"),
        [None, some("c1"), some("c2")]
    );
    for request in &recorded {
        assert_eq!(query_values(request, "company_id"), ["biz_1"]);
        assert_eq!(query_values(request, "first"), ["2"]);
        assert!(query_values(request, "before").is_empty());
    }
}

#[tokio::test]
async fn list_pages_stream_backward_when_last_is_set() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/leads"))
        .and(query_param_is_missing("before"))
        .respond_with(ok(lead_page(&["l5", "l6"], "s1", "e1", true, false)))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/leads"))
        .and(query_param("before", "s1"))
        .respond_with(ok(lead_page(&["l3", "l4"], "s2", "e2", true, true)))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/leads"))
        .and(query_param("before", "s2"))
        .respond_with(ok(lead_page(&["l1", "l2"], "s3", "e3", false, true)))
        .expect(1)
        .mount(&server)
        .await;

    let mut params = ListLeadParams::new("biz_1");
    params.last = Some(2);
    let pages: Vec<_> = client(&server)
        .leads()
        .list(params)
        .pages()
        .try_collect()
        .await
        .unwrap();

    assert_eq!(pages.len(), 3);
    let ids: Vec<Vec<&str>> = pages
        .iter()
        .map(|p| p.data.iter().map(|l| l.id.as_str()).collect())
        .collect();
    assert_eq!(ids, [["l5", "l6"], ["l3", "l4"], ["l1", "l2"]]);
    let recorded = requests(&server).await;
    assert_eq!(
        param_per_request(&recorded, "before"),
        [None, some("s1"), some("s2")]
    );
    for request in &recorded {
        assert_eq!(query_values(request, "last"), ["2"]);
        assert!(query_values(request, "after").is_empty());
    }
}

#[tokio::test]
async fn list_items_stream_backward_from_a_caller_supplied_before_cursor() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/leads"))
        .and(query_param("before", "start"))
        .respond_with(ok(lead_page(&["l3"], "s1", "e1", true, true)))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/leads"))
        .and(query_param("before", "s1"))
        .respond_with(ok(lead_page(&["l2"], "s2", "e2", false, true)))
        .expect(1)
        .mount(&server)
        .await;

    let mut params = ListLeadParams::new("biz_1");
    params.before = some("start");
    let leads: Vec<_> = client(&server)
        .leads()
        .list(params)
        .items()
        .try_collect()
        .await
        .unwrap();

    let ids: Vec<&str> = leads.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(ids, ["l3", "l2"]);
    let recorded = requests(&server).await;
    assert_eq!(
        param_per_request(&recorded, "before"),
        [some("start"), some("s1")]
    );
}

#[tokio::test]
async fn repeated_cursor_ends_the_stream_with_an_error() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/leads"))
        .and(query_param_is_missing("after"))
        .respond_with(ok(lead_page(&["l1"], "s0", "loop", false, true)))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/leads"))
        .and(query_param("after", "loop"))
        .respond_with(ok(lead_page(&["l2"], "s1", "loop", true, true)))
        .expect(1)
        .mount(&server)
        .await;

    let results: Vec<Result<_, Error>> = client(&server)
        .leads()
        .list(ListLeadParams::new("biz_1"))
        .items()
        .collect()
        .await;

    assert_eq!(results.len(), 3, "two items, then one error");
    assert_eq!(results[0].as_ref().unwrap().id, "l1");
    assert_eq!(results[1].as_ref().unwrap().id, "l2");
    let err = results[2].as_ref().unwrap_err();
    assert!(matches!(err, Error::InvalidRequest(_)), "{err:?}");
    assert!(err.to_string().contains("loop"), "{err}");
    assert_eq!(requests(&server).await.len(), 2, "the loop is not followed");
}

#[tokio::test]
async fn raw_stats_stream_follows_pagination_next_cursor() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/stats/raw"))
        .and(query_param_is_missing("cursor"))
        .respond_with(ok(json!({
            "columns": ["id"],
            "data": [{"id": "mem_1"}, {"id": "mem_2"}],
            "debug": {"engine": "clickhouse", "request_id": "rq_1", "sql": null},
            "node": "members",
            "pagination": {"next_cursor": "k1"}
        })))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/stats/raw"))
        .and(query_param("cursor", "k1"))
        .respond_with(ok(json!({
            "columns": ["id"],
            "data": [{"id": "mem_3"}],
            "debug": null,
            "node": "members",
            "pagination": {"next_cursor": null}
        })))
        .mount(&server)
        .await;
    let client = client(&server);
    let params = || {
        let mut p = RawStatsParams::new("members");
        p.limit = Some(2);
        p.sort_direction = Some(Direction::Desc);
        p
    };

    let rows: Vec<_> = client
        .stats()
        .raw(params())
        .items_by_cursor()
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<&str> = rows.iter().map(|row| row["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["mem_1", "mem_2", "mem_3"]);
    let recorded = requests(&server).await;
    assert_eq!(param_per_request(&recorded, "cursor"), [None, some("k1")]);
    for request in &recorded {
        assert_eq!(query_values(request, "resource"), ["members"]);
        assert_eq!(query_values(request, "limit"), ["2"]);
        assert_eq!(query_values(request, "sort_direction"), ["desc"]);
    }

    let pages: Vec<_> = client
        .stats()
        .raw(params())
        .pages_by_cursor()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.len(), 2);
    assert_eq!(
        pages[0].pagination.as_ref().unwrap().next_cursor.as_deref(),
        Some("k1")
    );
    assert_eq!(requests(&server).await.len(), 4);
}

// ---------------------------------------------------------------------------
// Errors and raw responses
// ---------------------------------------------------------------------------

#[tokio::test]
async fn decode_error_names_the_failing_field() {
    let server = MockServer::start().await;
    let mut bad_lead = lead_json("lead_1");
    bad_lead["created_at"] = json!(1_714_566_600);
    Mock::given(method("GET"))
        .and(path("/leads/lead_1"))
        .respond_with(ok(bad_lead))
        .mount(&server)
        .await;
    let mut bad_page = lead_page(&["l1", "l2"], "s", "e", false, false);
    bad_page["data"][1]["created_at"] = json!(5);
    Mock::given(method("GET"))
        .and(path("/leads"))
        .respond_with(ok(bad_page))
        .mount(&server)
        .await;
    let client = client(&server);

    let err = client.leads().retrieve("lead_1").send().await.unwrap_err();
    let Error::Decode {
        status,
        operation_id,
        path: failing_path,
        raw_body,
        ..
    } = &err
    else {
        panic!("expected Error::Decode, got {err:?}");
    };
    assert_eq!(status.as_u16(), 200);
    assert_eq!(*operation_id, "retrieveLead");
    assert_eq!(failing_path, "created_at");
    assert!(raw_body.contains("1714566600"));
    assert!(err.to_string().contains("created_at"), "{err}");
    assert!(!err.is_retryable());

    let err = client
        .leads()
        .list(ListLeadParams::new("biz_1"))
        .send()
        .await
        .unwrap_err();
    let Error::Decode {
        path: failing_path, ..
    } = &err
    else {
        panic!("expected Error::Decode, got {err:?}");
    };
    assert_eq!(failing_path, "data[1].created_at");
}

#[tokio::test]
async fn not_found_is_classified_with_message_and_no_api_key_in_output() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/leads/lead_missing"))
        .respond_with(
            ResponseTemplate::new(404)
                .insert_header("x-request-id", "req_404")
                .set_body_json(whop_error("not_found", "Lead not found")),
        )
        .expect(1)
        .mount(&server)
        .await;

    let err = client(&server)
        .leads()
        .retrieve("lead_missing")
        .send()
        .await
        .unwrap_err();

    assert!(err.is_not_found());
    assert!(!err.is_retryable());
    assert_eq!(err.status(), Some(404));
    assert_eq!(err.request_id(), Some("req_404"));
    let api = err.api_error().expect("API error");
    assert_eq!(api.message(), Some("Lead not found"));
    assert_eq!(api.body.as_ref().unwrap().error.message, "Lead not found");
    assert_eq!(api.body.as_ref().unwrap().error.type_, "not_found");
    let text = err.to_string();
    for expected in [
        "404",
        "GET",
        "/leads/{id}",
        "retrieveLead",
        "Lead not found",
        "req_404",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} missing from {text:?}"
        );
    }
    assert!(!text.contains(API_KEY), "{text}");
    assert!(!format!("{err:?}").contains(API_KEY));
}

#[tokio::test]
async fn send_raw_exposes_status_headers_and_typed_body() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/leads"))
        .respond_with(
            ResponseTemplate::new(201)
                .insert_header("x-request-id", "req_created")
                .set_body_json(lead_json("lead_new")),
        )
        .expect(1)
        .mount(&server)
        .await;

    let raw = client(&server)
        .leads()
        .create(CreateLeadParams::new("biz_1"))
        .send_raw()
        .await
        .unwrap();

    assert_eq!(raw.status.as_u16(), 201);
    assert_eq!(raw.request_id(), Some("req_created"));
    assert_eq!(
        raw.headers.get("x-request-id").unwrap().to_str().unwrap(),
        "req_created"
    );
    let lead: Lead = raw.into_body();
    assert_eq!(lead.id, "lead_new");
}

#[tokio::test]
async fn per_call_timeout_gives_timeout_error() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/leads/lead_slow"))
        .respond_with(ok(lead_json("lead_slow")).set_delay(Duration::from_millis(250)))
        .mount(&server)
        .await;

    let err = client(&server)
        .leads()
        .retrieve("lead_slow")
        .timeout(Duration::from_millis(50))
        .max_retries(0)
        .send()
        .await
        .unwrap_err();

    assert!(matches!(err, Error::Timeout), "{err:?}");
    assert!(err.is_timeout());
    // `max_retries(0)`: no second attempt. (`<=`: on a loaded machine the
    // timer may even fire before the first request reaches the server.)
    assert!(requests(&server).await.len() <= 1);
}
