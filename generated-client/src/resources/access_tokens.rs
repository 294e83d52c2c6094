//! Operations tagged `Access tokens`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Access tokens`. Get one with [`crate::Client::access_tokens`].
#[derive(Debug, Clone, Copy)]
pub struct AccessTokens<'a> {
    client: &'a Client,
}

impl<'a> AccessTokens<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// Create access token
    ///
    /// Create a short-lived access token for authenticating API requests. When using API key authentication, provide company_id or user_id. When using OAuth, the user is derived from the token. Use this token with Whop's web and mobile embedded components.
    ///
    /// `POST /access_tokens` (operationId `createAccessToken`).
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn create(
        &self,
        params: crate::types::CreateAccessTokenParams,
    ) -> RequestBuilder<crate::types::AccessToken> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/access_tokens",
            operation_id: "createAccessToken",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/access_tokens".to_owned()).json(&params)
    }
}
