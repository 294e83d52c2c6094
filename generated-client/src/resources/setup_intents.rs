//! Operations tagged `Setup intents`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Setup intents`. Get one with [`crate::Client::setup_intents`].
#[derive(Debug, Clone, Copy)]
pub struct SetupIntents<'a> {
    client: &'a Client,
}

impl<'a> SetupIntents<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List setup intents
    ///
    /// Returns a paginated list of setup intents for a company, with optional filtering by creation date. A setup intent securely collects and stores a member's payment method for future use without charging them immediately.
    ///
    /// `GET /setup_intents` (operationId `listSetupIntent`).
    ///
    /// Required permissions: `payment:setup_intent:read`, `member:basic:read`, `member:email:read`.
    ///
    /// Returns one page ([`crate::types::ListSetupIntentResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListSetupIntentParams,
    ) -> RequestBuilder<crate::types::ListSetupIntentResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/setup_intents",
            operation_id: "listSetupIntent",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/setup_intents".to_owned()).query(&params)
    }
    /// Retrieve setup intent
    ///
    /// Retrieves the details of an existing setup intent.
    ///
    /// `GET /setup_intents/{id}` (operationId `retrieveSetupIntent`).
    ///
    /// Required permissions: `payment:setup_intent:read`, `member:basic:read`, `member:email:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the setup intent.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::SetupIntent> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/setup_intents/{id}",
            operation_id: "retrieveSetupIntent",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/setup_intents/{id}"))
    }
}
