//! Hand-written stand-in for `generated-client/contract/cases.rs`, in the
//! same shape, with three Leads operations: used to develop the contract
//! harness (`tests/contract.rs`) until the generator emits the real file.
//! Switch with the `#[path]` line above `mod cases;` in `tests/contract.rs`.

use std::future::Future;
use std::pin::Pin;

/// The future of one call: `Ok(())` when the response decoded into the generated type.
pub type CaseFuture = Pin<Box<dyn Future<Output = Result<(), whop_client::Error>> + Send>>;

/// One operation of the API, as the contract suite exercises it.
pub struct Case {
    /// `operationId` from the spec.
    pub operation_id: &'static str,
    /// HTTP method, upper case, e.g. `"GET"`.
    pub method: &'static str,
    /// Path template from the spec, e.g. `"/leads/{id}"`.
    pub path: &'static str,
    /// Names of the query parameters the `all` call sets.
    pub all_query: &'static [&'static str],
    /// Names of the top-level JSON (or form) body fields the `all` call sets.
    pub all_body: &'static [&'static str],
    /// True for list and retrieve operations (GET): called repeatedly against the dynamic mock.
    pub read_only: bool,
    /// The body field the API deduplicates on, if any.
    pub idempotency_field: Option<&'static str>,
    /// Runs the call: `all == false` sets only required parameters, `true` sets every optional one.
    /// The future resolves to Ok(()) when the response decoded into the generated type.
    pub run: fn(whop_client::Client, bool) -> CaseFuture,
}

/// Not part of the generated interface: tells the harness that only a few
/// operations are covered on purpose (see `StandInFlag` in `tests/contract.rs`).
impl Case {
    pub const STAND_IN: bool = true;
}

fn list_lead(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        let mut params = whop_client::types::ListLeadParams::new("biz_xxxxxxxxxxxxxx");
        if all {
            params.after = Some("cursor_after".to_owned());
            params.before = Some("cursor_before".to_owned());
            params.first = Some(42);
            params.last = Some(42);
            let at = "2023-12-01T05:00:00.401Z"
                .parse()
                .expect("a valid timestamp");
            params.created_after = Some(at);
            params.created_before = Some(at);
            // Two items: Prism 5.14 does not read a single exploded value
            // (`product_ids=a`) as an array when the type is `[array, null]`.
            params.product_ids = Some(vec![
                "prod_xxxxxxxxxxxxx".to_owned(),
                "prod_yyyyyyyyyyyyy".to_owned(),
            ]);
        }
        client.leads().list(params).send().await.map(|_| ())
    })
}

fn create_lead(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        let mut params = whop_client::types::CreateLeadParams::new("biz_xxxxxxxxxxxxxx");
        if all {
            let mut metadata = serde_json::Map::new();
            metadata.insert("source".to_owned(), serde_json::json!("contract"));
            params.metadata = whop_client::Nullable::Value(metadata);
            params.product_id = whop_client::Nullable::Value("prod_xxxxxxxxxxxxx".to_owned());
            params.referrer =
                whop_client::Nullable::Value("https://example.com/landing".to_owned());
            params.user_id = whop_client::Nullable::Value("user_xxxxxxxxxxxxx".to_owned());
        }
        client.leads().create(params).send().await.map(|_| ())
    })
}

fn retrieve_lead(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .leads()
            .retrieve("lead_xxxxxxxxxxxxx")
            .send()
            .await
            .map(|_| ())
    })
}

pub static CASES: &[Case] = &[
    Case {
        operation_id: "listLead",
        method: "GET",
        path: "/leads",
        all_query: &[
            "after",
            "before",
            "first",
            "last",
            "created_after",
            "created_before",
            "product_ids",
        ],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: list_lead,
    },
    Case {
        operation_id: "createLead",
        method: "POST",
        path: "/leads",
        all_query: &[],
        all_body: &["metadata", "product_id", "referrer", "user_id"],
        read_only: false,
        idempotency_field: None,
        run: create_lead,
    },
    Case {
        operation_id: "retrieveLead",
        method: "GET",
        path: "/leads/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: retrieve_lead,
    },
];
