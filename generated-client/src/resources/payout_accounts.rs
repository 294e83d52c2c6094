//! Operations tagged `Payout accounts`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Payout accounts`. Get one with [`crate::Client::payout_accounts`].
#[derive(Debug, Clone, Copy)]
pub struct PayoutAccounts<'a> {
    client: &'a Client,
}

impl<'a> PayoutAccounts<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// Retrieve payout account
    ///
    /// Retrieves the details of an existing payout account.
    ///
    /// `GET /payout_accounts/{id}` (operationId `retrievePayoutAccount`).
    ///
    /// Required permissions: `payout:account:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the payout account to retrieve.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::PayoutAccount> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/payout_accounts/{id}",
            operation_id: "retrievePayoutAccount",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/payout_accounts/{id}"))
    }
}
