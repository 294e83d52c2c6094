//! Operations tagged `Transfers`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Transfers`. Get one with [`crate::Client::transfers`].
#[derive(Debug, Clone, Copy)]
pub struct Transfers<'a> {
    client: &'a Client,
}

impl<'a> Transfers<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List transfers
    ///
    /// Returns a paginated list of fund transfers, filtered by origin or destination account, with optional sorting and date filtering.
    ///
    /// `GET /transfers` (operationId `listTransfer`).
    ///
    /// Required permissions: `payout:transfer:read`.
    ///
    /// Returns one page ([`crate::types::ListTransferResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListTransferParams,
    ) -> RequestBuilder<crate::types::ListTransferResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/transfers",
            operation_id: "listTransfer",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/transfers".to_owned()).query(&params)
    }
    /// Create transfer
    ///
    /// Transfer funds between two ledger accounts, such as from a company balance to a user balance.
    ///
    /// `POST /transfers` (operationId `createTransfer`).
    ///
    /// Required permissions: `payout:transfer_funds`.
    ///
    /// The API deduplicates on `idempotence_key`: when it is left empty the client fills it with a fresh UUID and sends the same value on every retry, so this call is retried safely.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn create(
        &self,
        params: crate::types::CreateTransferParams,
    ) -> RequestBuilder<crate::types::Transfer> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/transfers",
            operation_id: "createTransfer",
            idempotency_field: Some("idempotence_key"),
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/transfers".to_owned()).json(&params)
    }
    /// Retrieve transfer
    ///
    /// Retrieves the details of an existing transfer.
    ///
    /// `GET /transfers/{id}` (operationId `retrieveTransfer`).
    ///
    /// Required permissions: `payout:transfer:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the transfer to retrieve.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::Transfer> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/transfers/{id}",
            operation_id: "retrieveTransfer",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/transfers/{id}"))
    }
}
