//! Operations tagged `Payout methods`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Payout methods`. Get one with [`crate::Client::payout_methods`].
#[derive(Debug, Clone, Copy)]
pub struct PayoutMethods<'a> {
    client: &'a Client,
}

impl<'a> PayoutMethods<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List payout methods
    ///
    /// Returns a list of active payout methods configured for a company, ordered by most recently created.
    ///
    /// `GET /payout_methods` (operationId `listPayoutMethod`).
    ///
    /// Required permissions: `payout:destination:read`.
    ///
    /// Returns one page ([`crate::types::ListPayoutMethodResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListPayoutMethodParams,
    ) -> RequestBuilder<crate::types::ListPayoutMethodResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/payout_methods",
            operation_id: "listPayoutMethod",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/payout_methods".to_owned()).query(&params)
    }
    /// Retrieve payout method
    ///
    /// Retrieves the details of an existing payout method.
    ///
    /// `GET /payout_methods/{id}` (operationId `retrievePayoutMethod`).
    ///
    /// Required permissions: `payout:destination:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the payout method to retrieve.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::PayoutMethod> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/payout_methods/{id}",
            operation_id: "retrievePayoutMethod",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/payout_methods/{id}"))
    }
}
