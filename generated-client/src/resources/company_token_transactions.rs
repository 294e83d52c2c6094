//! Operations tagged `Company token transactions`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Company token transactions`. Get one with [`crate::Client::company_token_transactions`].
#[derive(Debug, Clone, Copy)]
pub struct CompanyTokenTransactions<'a> {
    client: &'a Client,
}

impl<'a> CompanyTokenTransactions<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List company token transactions
    ///
    /// Returns a paginated list of token transactions for a user or company, depending on the authenticated actor, with optional filtering by user and transaction type.
    ///
    /// `GET /company_token_transactions` (operationId `listCompanyTokenTransaction`).
    ///
    /// Required permissions: `company_token_transaction:read`, `member:basic:read`, `company:basic:read`.
    ///
    /// Returns one page ([`crate::types::ListCompanyTokenTransactionResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListCompanyTokenTransactionParams,
    ) -> RequestBuilder<crate::types::ListCompanyTokenTransactionResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/company_token_transactions",
            operation_id: "listCompanyTokenTransaction",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client
            .request(&META, "/company_token_transactions".to_owned())
            .query(&params)
    }
    /// Create company token transaction
    ///
    /// Create a token transaction to add, subtract, or transfer tokens for a member within a company.
    ///
    /// `POST /company_token_transactions` (operationId `createCompanyTokenTransaction`).
    ///
    /// Required permissions: `company_token_transaction:create`, `member:basic:read`, `company:basic:read`.
    ///
    /// The API deduplicates on `idempotency_key`: when it is left empty the client fills it with a fresh UUID and sends the same value on every retry, so this call is retried safely.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn create(
        &self,
        params: crate::types::CreateCompanyTokenTransactionParams,
    ) -> RequestBuilder<crate::types::CompanyTokenTransaction> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/company_token_transactions",
            operation_id: "createCompanyTokenTransaction",
            idempotency_field: Some("idempotency_key"),
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client
            .request(&META, "/company_token_transactions".to_owned())
            .json(&params)
    }
    /// Retrieve company token transaction
    ///
    /// Retrieves the details of an existing company token transaction.
    ///
    /// `GET /company_token_transactions/{id}` (operationId `retrieveCompanyTokenTransaction`).
    ///
    /// Required permissions: `company_token_transaction:read`, `member:basic:read`, `company:basic:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the token transaction to retrieve.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(
        &self,
        id: &str,
    ) -> RequestBuilder<crate::types::CompanyTokenTransaction> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/company_token_transactions/{id}",
            operation_id: "retrieveCompanyTokenTransaction",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/company_token_transactions/{id}"))
    }
}
