//! Operations tagged `Verifications`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Verifications`. Get one with [`crate::Client::verifications`].
#[derive(Debug, Clone, Copy)]
pub struct Verifications<'a> {
    client: &'a Client,
}

impl<'a> Verifications<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List verifications
    ///
    /// Returns a list of identity verifications for a payout account, ordered by most recent first.
    ///
    /// `GET /verifications` (operationId `listVerification`).
    ///
    /// Required permissions: `payout:account:read`.
    ///
    /// Returns one page ([`crate::types::ListVerificationResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListVerificationParams,
    ) -> RequestBuilder<crate::types::ListVerificationResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/verifications",
            operation_id: "listVerification",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/verifications".to_owned()).query(&params)
    }
    /// Retrieve verification
    ///
    /// Retrieves the details of an existing verification.
    ///
    /// `GET /verifications/{id}` (operationId `retrieveVerification`).
    ///
    /// Required permissions: `payout:account:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the verification to retrieve.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::Verification> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/verifications/{id}",
            operation_id: "retrieveVerification",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/verifications/{id}"))
    }
}
