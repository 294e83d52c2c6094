//! Operations tagged `Refunds`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Refunds`. Get one with [`crate::Client::refunds`].
#[derive(Debug, Clone, Copy)]
pub struct Refunds<'a> {
    client: &'a Client,
}

impl<'a> Refunds<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List refunds
    ///
    /// Returns a paginated list of refunds, with optional filtering by payment, company, user, and creation date.
    ///
    /// `GET /refunds` (operationId `listRefund`).
    ///
    /// Required permissions: `payment:basic:read`.
    ///
    /// Returns one page ([`crate::types::ListRefundResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListRefundParams,
    ) -> RequestBuilder<crate::types::ListRefundResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/refunds",
            operation_id: "listRefund",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/refunds".to_owned()).query(&params)
    }
    /// Retrieve refund
    ///
    /// Retrieves the details of an existing refund.
    ///
    /// `GET /refunds/{id}` (operationId `retrieveRefund`).
    ///
    /// Required permissions: `payment:basic:read`, `member:email:read`, `member:basic:read`, `member:phone:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the refund.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::Refund> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/refunds/{id}",
            operation_id: "retrieveRefund",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/refunds/{id}"))
    }
}
