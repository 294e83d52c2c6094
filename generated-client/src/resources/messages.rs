//! Operations tagged `Messages`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Messages`. Get one with [`crate::Client::messages`].
#[derive(Debug, Clone, Copy)]
pub struct Messages<'a> {
    client: &'a Client,
}

impl<'a> Messages<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List messages
    ///
    /// Returns a paginated list of messages within a specific experience chat, DM, or group chat channel, sorted by creation time.
    ///
    /// `GET /messages` (operationId `listMessage`).
    ///
    /// Required permissions: `chat:read`.
    ///
    /// Returns one page ([`crate::types::ListMessageResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListMessageParams,
    ) -> RequestBuilder<crate::types::ListMessageResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/messages",
            operation_id: "listMessage",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/messages".to_owned()).query(&params)
    }
    /// Create message
    ///
    /// Send a new message in an experience chat, DM, or group chat channel. Supports text content, attachments, polls, and replies.
    ///
    /// `POST /messages` (operationId `createMessage`).
    ///
    /// Required permissions: `chat:message:create`.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn create(
        &self,
        params: crate::types::CreateMessageParams,
    ) -> RequestBuilder<crate::types::Message> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/messages",
            operation_id: "createMessage",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/messages".to_owned()).json(&params)
    }
    /// Retrieve message
    ///
    /// Retrieves the details of an existing message.
    ///
    /// `GET /messages/{id}` (operationId `retrieveMessage`).
    ///
    /// Required permissions: `chat:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the message to retrieve.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::Message> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/messages/{id}",
            operation_id: "retrieveMessage",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/messages/{id}"))
    }
    /// Delete message
    ///
    /// Permanently delete a message from an experience chat, DM, or group chat channel. Only the message author or a channel admin can delete a message.
    ///
    /// `DELETE /messages/{id}` (operationId `deleteMessage`).
    ///
    /// Required permissions: `chat:message:create`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the message to delete.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn delete(&self, id: &str) -> RequestBuilder<bool> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::DELETE,
            path_template: "/messages/{id}",
            operation_id: "deleteMessage",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/messages/{id}"))
    }
    /// Update message
    ///
    /// Edit the content, attachments, or pinned status of an existing message in an experience chat, DM, or group chat channel.
    ///
    /// `PATCH /messages/{id}` (operationId `updateMessage`).
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the message to update.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn update(
        &self,
        id: &str,
        params: crate::types::UpdateMessageParams,
    ) -> RequestBuilder<crate::types::Message> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::PATCH,
            path_template: "/messages/{id}",
            operation_id: "updateMessage",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/messages/{id}")).json(&params)
    }
}
