//! Operations tagged `Users`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Users`. Get one with [`crate::Client::users`].
#[derive(Debug, Clone, Copy)]
pub struct Users<'a> {
    client: &'a Client,
}

impl<'a> Users<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List users
    ///
    /// Search for users by name or username, ranked by social proximity to the authenticated user.
    ///
    /// `GET /users` (operationId `listUser`).
    ///
    /// Returns one page ([`crate::types::ListUserResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListUserParams,
    ) -> RequestBuilder<crate::types::ListUserResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/users",
            operation_id: "listUser",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/users".to_owned()).query(&params)
    }
    /// Retrieve user
    ///
    /// Retrieves the details of an existing user.
    ///
    /// `GET /users/{id}` (operationId `retrieveUser`).
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier or username of the user.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(
        &self,
        id: &str,
        params: crate::types::RetrieveUserParams,
    ) -> RequestBuilder<crate::types::User> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/users/{id}",
            operation_id: "retrieveUser",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/users/{id}")).query(&params)
    }
    /// Update user
    ///
    /// Update a user's profile by their ID.
    ///
    /// `PATCH /users/{id}` (operationId `updateUser`).
    ///
    /// Required permissions: `user:profile:update`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the user to update. Accepts 'me', a user tag, or a username.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn update(
        &self,
        id: &str,
        params: crate::types::UpdateUserParams,
    ) -> RequestBuilder<crate::types::User> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::PATCH,
            path_template: "/users/{id}",
            operation_id: "updateUser",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/users/{id}")).json(&params)
    }
    /// Check access
    ///
    /// Check whether a user has access to a specific resource, and return their access level.
    ///
    /// `GET /users/{id}/access/{resource_id}` (operationId `checkAccess`).
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier or username of the user.
    /// - `resource_id`: The unique identifier of the resource to check access for. Accepts a company, product, or experience identifier.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn check_access(
        &self,
        id: &str,
        resource_id: &str,
    ) -> RequestBuilder<crate::types::CheckAccessResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/users/{id}/access/{resource_id}",
            operation_id: "checkAccess",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        let resource_id = crate::runtime::encode_path_segment(resource_id);
        self.client.request(&META, format!("/users/{id}/access/{resource_id}"))
    }
}
