//! Operations tagged `Account links`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Account links`. Get one with [`crate::Client::account_links`].
#[derive(Debug, Clone, Copy)]
pub struct AccountLinks<'a> {
    client: &'a Client,
}

impl<'a> AccountLinks<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// Create account link
    ///
    /// Generate a URL that directs a sub-merchant to their account portal, such as the hosted payouts dashboard or the KYC onboarding flow.
    ///
    /// `POST /account_links` (operationId `createAccountLink`).
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn create(
        &self,
        params: crate::types::CreateAccountLinkParams,
    ) -> RequestBuilder<crate::types::AccountLink> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/account_links",
            operation_id: "createAccountLink",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/account_links".to_owned()).json(&params)
    }
}
