//! Operations tagged `Forums`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Forums`. Get one with [`crate::Client::forums`].
#[derive(Debug, Clone, Copy)]
pub struct Forums<'a> {
    client: &'a Client,
}

impl<'a> Forums<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List forums
    ///
    /// Returns a paginated list of forums within a specific company, with optional filtering by product.
    ///
    /// `GET /forums` (operationId `listForum`).
    ///
    /// Required permissions: `forum:read`.
    ///
    /// Returns one page ([`crate::types::ListForumResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListForumParams,
    ) -> RequestBuilder<crate::types::ListForumResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/forums",
            operation_id: "listForum",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/forums".to_owned()).query(&params)
    }
    /// Retrieve forum
    ///
    /// Retrieves the details of an existing forum.
    ///
    /// `GET /forums/{id}` (operationId `retrieveForum`).
    ///
    /// Required permissions: `forum:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the forum or experience to retrieve.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::Forum> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/forums/{id}",
            operation_id: "retrieveForum",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/forums/{id}"))
    }
    /// Update forum
    ///
    /// Update moderation and notification settings for a forum, such as who can post, who can comment, and email notification preferences.
    ///
    /// `PATCH /forums/{id}` (operationId `updateForum`).
    ///
    /// Required permissions: `forum:moderate`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the forum to update. Accepts either an experience ID (e.g. 'exp_xxxxx') or a forum ID.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn update(
        &self,
        id: &str,
        params: crate::types::UpdateForumParams,
    ) -> RequestBuilder<crate::types::Forum> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::PATCH,
            path_template: "/forums/{id}",
            operation_id: "updateForum",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/forums/{id}")).json(&params)
    }
}
