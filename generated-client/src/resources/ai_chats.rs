//! Operations tagged `Ai chats`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Ai chats`. Get one with [`crate::Client::ai_chats`].
#[derive(Debug, Clone, Copy)]
pub struct AiChats<'a> {
    client: &'a Client,
}

impl<'a> AiChats<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List ai chats
    ///
    /// Returns a paginated list of AI chat threads for the current authenticated user.
    ///
    /// `GET /ai_chats` (operationId `listAiChat`).
    ///
    /// Returns one page ([`crate::types::ListAiChatResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListAiChatParams,
    ) -> RequestBuilder<crate::types::ListAiChatResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/ai_chats",
            operation_id: "listAiChat",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/ai_chats".to_owned()).query(&params)
    }
    /// Create ai chat
    ///
    /// Create a new AI chat thread and send the first message to the AI agent.
    ///
    /// `POST /ai_chats` (operationId `createAiChat`).
    ///
    /// Required permissions: `ai_chat:create`.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn create(
        &self,
        params: crate::types::CreateAiChatParams,
    ) -> RequestBuilder<crate::types::AiChat> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/ai_chats",
            operation_id: "createAiChat",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/ai_chats".to_owned()).json(&params)
    }
    /// Retrieve ai chat
    ///
    /// Retrieves the details of an existing AI chat.
    ///
    /// `GET /ai_chats/{id}` (operationId `retrieveAiChat`).
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the AI chat to retrieve.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::AiChat> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/ai_chats/{id}",
            operation_id: "retrieveAiChat",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/ai_chats/{id}"))
    }
    /// Delete ai chat
    ///
    /// Delete an AI chat thread so it no longer appears in the user's chat list.
    ///
    /// `DELETE /ai_chats/{id}` (operationId `deleteAiChat`).
    ///
    /// Required permissions: `ai_chat:delete`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the AI chat to delete (e.g., "ai_chat_XXXXX").
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn delete(&self, id: &str) -> RequestBuilder<bool> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::DELETE,
            path_template: "/ai_chats/{id}",
            operation_id: "deleteAiChat",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/ai_chats/{id}"))
    }
    /// Update ai chat
    ///
    /// Update an AI chat's title, notification preferences, or associated company context.
    ///
    /// `PATCH /ai_chats/{id}` (operationId `updateAiChat`).
    ///
    /// Required permissions: `ai_chat:update`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the AI chat to update (e.g., "ai_chat_XXXXX").
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn update(
        &self,
        id: &str,
        params: crate::types::UpdateAiChatParams,
    ) -> RequestBuilder<crate::types::AiChat> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::PATCH,
            path_template: "/ai_chats/{id}",
            operation_id: "updateAiChat",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/ai_chats/{id}")).json(&params)
    }
}
