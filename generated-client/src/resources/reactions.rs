//! Operations tagged `Reactions`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Reactions`. Get one with [`crate::Client::reactions`].
#[derive(Debug, Clone, Copy)]
pub struct Reactions<'a> {
    client: &'a Client,
}

impl<'a> Reactions<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List reactions
    ///
    /// Returns a paginated list of emoji reactions on a specific message or forum post, sorted by most recent.
    ///
    /// `GET /reactions` (operationId `listReaction`).
    ///
    /// Required permissions: `chat:read`.
    ///
    /// Returns one page ([`crate::types::ListReactionResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListReactionParams,
    ) -> RequestBuilder<crate::types::ListReactionResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/reactions",
            operation_id: "listReaction",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/reactions".to_owned()).query(&params)
    }
    /// Create reaction
    ///
    /// Add an emoji reaction or poll vote to a message or forum post. In forums, the reaction is always a like.
    ///
    /// `POST /reactions` (operationId `createReaction`).
    ///
    /// Required permissions: `chat:read`.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn create(
        &self,
        params: crate::types::CreateReactionParams,
    ) -> RequestBuilder<crate::types::Reaction> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/reactions",
            operation_id: "createReaction",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/reactions".to_owned()).json(&params)
    }
    /// Retrieve reaction
    ///
    /// Retrieves the details of an existing reaction.
    ///
    /// `GET /reactions/{id}` (operationId `retrieveReaction`).
    ///
    /// Required permissions: `chat:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the reaction to retrieve.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::Reaction> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/reactions/{id}",
            operation_id: "retrieveReaction",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/reactions/{id}"))
    }
    /// Delete reaction
    ///
    /// Remove an emoji reaction from a message or forum post. Only the reaction author or a channel admin can remove a reaction.
    ///
    /// `DELETE /reactions/{id}` (operationId `deleteReaction`).
    ///
    /// Required permissions: `chat:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the reaction to remove, or the identifier of the message or forum post to remove a reaction from. When passing a message or post ID, you must also provide the emoji argument.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn delete(
        &self,
        id: &str,
        params: crate::types::DeleteReactionParams,
    ) -> RequestBuilder<bool> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::DELETE,
            path_template: "/reactions/{id}",
            operation_id: "deleteReaction",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/reactions/{id}")).query(&params)
    }
}
