//! Operations tagged `Withdrawals`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Withdrawals`. Get one with [`crate::Client::withdrawals`].
#[derive(Debug, Clone, Copy)]
pub struct Withdrawals<'a> {
    client: &'a Client,
}

impl<'a> Withdrawals<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List withdrawals
    ///
    /// Returns a paginated list of withdrawals for a company, with optional sorting and date filtering.
    ///
    /// `GET /withdrawals` (operationId `listWithdrawal`).
    ///
    /// Required permissions: `payout:withdrawal:read`.
    ///
    /// Returns one page ([`crate::types::ListWithdrawalResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListWithdrawalParams,
    ) -> RequestBuilder<crate::types::ListWithdrawalResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/withdrawals",
            operation_id: "listWithdrawal",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/withdrawals".to_owned()).query(&params)
    }
    /// Create withdrawal
    ///
    /// Creates a withdrawal request for a ledger account
    ///
    /// `POST /withdrawals` (operationId `createWithdrawal`).
    ///
    /// Required permissions: `payout:withdraw_funds`, `payout:destination:read`.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn create(
        &self,
        params: crate::types::CreateWithdrawalParams,
    ) -> RequestBuilder<crate::types::Withdrawal> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/withdrawals",
            operation_id: "createWithdrawal",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/withdrawals".to_owned()).json(&params)
    }
    /// Retrieve withdrawal
    ///
    /// Retrieves the details of an existing withdrawal.
    ///
    /// `GET /withdrawals/{id}` (operationId `retrieveWithdrawal`).
    ///
    /// Required permissions: `payout:withdrawal:read`, `payout:destination:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the withdrawal to retrieve.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::Withdrawal> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/withdrawals/{id}",
            operation_id: "retrieveWithdrawal",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/withdrawals/{id}"))
    }
}
