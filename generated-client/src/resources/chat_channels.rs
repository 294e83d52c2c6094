//! Operations tagged `Chat channels`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Chat channels`. Get one with [`crate::Client::chat_channels`].
#[derive(Debug, Clone, Copy)]
pub struct ChatChannels<'a> {
    client: &'a Client,
}

impl<'a> ChatChannels<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List chat channels
    ///
    /// Returns a paginated list of chat channels within a specific company, with optional filtering by product.
    ///
    /// `GET /chat_channels` (operationId `listChatChannel`).
    ///
    /// Required permissions: `chat:read`.
    ///
    /// Returns one page ([`crate::types::ListChatChannelResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListChatChannelParams,
    ) -> RequestBuilder<crate::types::ListChatChannelResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/chat_channels",
            operation_id: "listChatChannel",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/chat_channels".to_owned()).query(&params)
    }
    /// Retrieve chat channel
    ///
    /// Retrieves the details of an existing chat channel.
    ///
    /// `GET /chat_channels/{id}` (operationId `retrieveChatChannel`).
    ///
    /// Required permissions: `chat:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the chat channel or experience to retrieve.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::ChatChannel> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/chat_channels/{id}",
            operation_id: "retrieveChatChannel",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/chat_channels/{id}"))
    }
    /// Update chat channel
    ///
    /// Update moderation settings for a chat channel, such as who can post, banned words, and media restrictions.
    ///
    /// `PATCH /chat_channels/{id}` (operationId `updateChatChannel`).
    ///
    /// Required permissions: `chat:moderate`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the chat channel to update. Accepts either an experience ID (e.g. 'exp_xxxxx') or a chat channel ID.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn update(
        &self,
        id: &str,
        params: crate::types::UpdateChatChannelParams,
    ) -> RequestBuilder<crate::types::ChatChannel> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::PATCH,
            path_template: "/chat_channels/{id}",
            operation_id: "updateChatChannel",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/chat_channels/{id}")).json(&params)
    }
}
