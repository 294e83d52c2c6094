//! Operations tagged `Webhooks`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Webhooks`. Get one with [`crate::Client::webhooks`].
#[derive(Debug, Clone, Copy)]
pub struct Webhooks<'a> {
    client: &'a Client,
}

impl<'a> Webhooks<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List webhooks
    ///
    /// Returns a paginated list of webhook endpoints configured for a company, ordered by most recently created.
    ///
    /// `GET /webhooks` (operationId `listWebhook`).
    ///
    /// Required permissions: `developer:manage_webhook`.
    ///
    /// Returns one page ([`crate::types::ListWebhookResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListWebhookParams,
    ) -> RequestBuilder<crate::types::ListWebhookResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/webhooks",
            operation_id: "listWebhook",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/webhooks".to_owned()).query(&params)
    }
    /// Create webhook
    ///
    /// Creates a new webhook
    ///
    /// `POST /webhooks` (operationId `createWebhook`).
    ///
    /// Required permissions: `developer:manage_webhook`.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn create(
        &self,
        params: crate::types::CreateWebhookParams,
    ) -> RequestBuilder<crate::types::CreateWebhookResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/webhooks",
            operation_id: "createWebhook",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/webhooks".to_owned()).json(&params)
    }
    /// Retrieve webhook
    ///
    /// Retrieves the details of an existing webhook.
    ///
    /// `GET /webhooks/{id}` (operationId `retrieveWebhook`).
    ///
    /// Required permissions: `developer:manage_webhook`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the webhook to retrieve.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::Webhook> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/webhooks/{id}",
            operation_id: "retrieveWebhook",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/webhooks/{id}"))
    }
    /// Delete webhook
    ///
    /// Deletes a webhook
    ///
    /// `DELETE /webhooks/{id}` (operationId `deleteWebhook`).
    ///
    /// Required permissions: `developer:manage_webhook`.
    ///
    /// # Arguments
    ///
    /// - `id`: The ID of the webhook to delete.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn delete(&self, id: &str) -> RequestBuilder<bool> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::DELETE,
            path_template: "/webhooks/{id}",
            operation_id: "deleteWebhook",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/webhooks/{id}"))
    }
    /// Update webhook
    ///
    /// Updates a webhook
    ///
    /// `PATCH /webhooks/{id}` (operationId `updateWebhook`).
    ///
    /// Required permissions: `developer:manage_webhook`.
    ///
    /// # Arguments
    ///
    /// - `id`: The ID of the Webhook to update
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn update(
        &self,
        id: &str,
        params: crate::types::UpdateWebhookParams,
    ) -> RequestBuilder<crate::types::Webhook> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::PATCH,
            path_template: "/webhooks/{id}",
            operation_id: "updateWebhook",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/webhooks/{id}")).json(&params)
    }
}
