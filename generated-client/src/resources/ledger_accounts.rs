//! Operations tagged `Ledger accounts`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Ledger accounts`. Get one with [`crate::Client::ledger_accounts`].
#[derive(Debug, Clone, Copy)]
pub struct LedgerAccounts<'a> {
    client: &'a Client,
}

impl<'a> LedgerAccounts<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// Retrieve ledger account
    ///
    /// Retrieves the details of an existing ledger account.
    ///
    /// `GET /ledger_accounts/{id}` (operationId `retrieveLedgerAccount`).
    ///
    /// Required permissions: `company:balance:read`, `payout:account:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The identifier to look up the ledger account. Accepts a user ID ('user_xxx'), company ID ('biz_xxx'), or ledger account ID ('ldgr_xxx').
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::LedgerAccount> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/ledger_accounts/{id}",
            operation_id: "retrieveLedgerAccount",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/ledger_accounts/{id}"))
    }
}
