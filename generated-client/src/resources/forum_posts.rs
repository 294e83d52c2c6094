//! Operations tagged `Forum posts`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Forum posts`. Get one with [`crate::Client::forum_posts`].
#[derive(Debug, Clone, Copy)]
pub struct ForumPosts<'a> {
    client: &'a Client,
}

impl<'a> ForumPosts<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List forum posts
    ///
    /// Returns a paginated list of forum posts within a specific experience, with optional filtering by parent post or pinned status.
    ///
    /// `GET /forum_posts` (operationId `listForumPost`).
    ///
    /// Required permissions: `forum:read`.
    ///
    /// Returns one page ([`crate::types::ListForumPostResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListForumPostParams,
    ) -> RequestBuilder<crate::types::ListForumPostResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/forum_posts",
            operation_id: "listForumPost",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/forum_posts".to_owned()).query(&params)
    }
    /// Create forum post
    ///
    /// Create a new forum post or comment within an experience. Supports text content, attachments, polls, paywalling, and pinning. Pass experience_id 'public' with a company_id to post to a company's public forum.
    ///
    /// `POST /forum_posts` (operationId `createForumPost`).
    ///
    /// Required permissions: `forum:post:create`.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn create(
        &self,
        params: crate::types::CreateForumPostParams,
    ) -> RequestBuilder<crate::types::ForumPost> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/forum_posts",
            operation_id: "createForumPost",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/forum_posts".to_owned()).json(&params)
    }
    /// Retrieve forum post
    ///
    /// Retrieves the details of an existing forum post.
    ///
    /// `GET /forum_posts/{id}` (operationId `retrieveForumPost`).
    ///
    /// Required permissions: `forum:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the forum post to retrieve.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::ForumPost> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/forum_posts/{id}",
            operation_id: "retrieveForumPost",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/forum_posts/{id}"))
    }
    /// Update forum post
    ///
    /// Edit the content, attachments, pinned status, or visibility of an existing forum post or comment.
    ///
    /// `PATCH /forum_posts/{id}` (operationId `updateForumPost`).
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the forum post to update.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn update(
        &self,
        id: &str,
        params: crate::types::UpdateForumPostParams,
    ) -> RequestBuilder<crate::types::ForumPost> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::PATCH,
            path_template: "/forum_posts/{id}",
            operation_id: "updateForumPost",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/forum_posts/{id}")).json(&params)
    }
}
