//! Operations tagged `Dispute alerts`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Dispute alerts`. Get one with [`crate::Client::dispute_alerts`].
#[derive(Debug, Clone, Copy)]
pub struct DisputeAlerts<'a> {
    client: &'a Client,
}

impl<'a> DisputeAlerts<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List dispute alerts
    ///
    /// Returns a paginated list of dispute alerts for a company, with optional filtering by creation date.
    ///
    /// `GET /dispute_alerts` (operationId `listDisputeAlert`).
    ///
    /// Required permissions: `payment:dispute_alert:read`, `payment:basic:read`, `payment:dispute:read`.
    ///
    /// Returns one page ([`crate::types::ListDisputeAlertResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListDisputeAlertParams,
    ) -> RequestBuilder<crate::types::ListDisputeAlertResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/dispute_alerts",
            operation_id: "listDisputeAlert",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/dispute_alerts".to_owned()).query(&params)
    }
    /// Retrieve dispute alert
    ///
    /// Retrieves the details of an existing dispute alert.
    ///
    /// `GET /dispute_alerts/{id}` (operationId `retrieveDisputeAlert`).
    ///
    /// Required permissions: `payment:dispute_alert:read`, `payment:basic:read`, `member:email:read`, `member:basic:read`, `member:phone:read`, `payment:dispute:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the dispute alert.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::DisputeAlert> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/dispute_alerts/{id}",
            operation_id: "retrieveDisputeAlert",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/dispute_alerts/{id}"))
    }
}
