//! Operations tagged `Card transactions`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Card transactions`. Get one with [`crate::Client::card_transactions`].
#[derive(Debug, Clone, Copy)]
pub struct CardTransactions<'a> {
    client: &'a Client,
}

impl<'a> CardTransactions<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List card transactions
    ///
    /// Returns a paginated list of card transactions for a company.
    ///
    /// `GET /card_transactions` (operationId `listCardTransaction`).
    ///
    /// Required permissions: `payout:account:read`.
    ///
    /// Returns one page ([`crate::types::ListCardTransactionResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListCardTransactionParams,
    ) -> RequestBuilder<crate::types::ListCardTransactionResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/card_transactions",
            operation_id: "listCardTransaction",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/card_transactions".to_owned()).query(&params)
    }
    /// Retrieve card transaction
    ///
    /// Retrieves a single card transaction by ID.
    ///
    /// `GET /card_transactions/{id}` (operationId `retrieveCardTransaction`).
    ///
    /// Required permissions: `payout:account:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The card transaction ID.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::CardTransaction> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/card_transactions/{id}",
            operation_id: "retrieveCardTransaction",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/card_transactions/{id}"))
    }
}
