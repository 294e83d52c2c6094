//! Operations tagged `Authorized users`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Authorized users`. Get one with [`crate::Client::authorized_users`].
#[derive(Debug, Clone, Copy)]
pub struct AuthorizedUsers<'a> {
    client: &'a Client,
}

impl<'a> AuthorizedUsers<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List authorized users
    ///
    /// Returns a paginated list of authorized team members for a company, with optional filtering by user, role, and creation date.
    ///
    /// `GET /authorized_users` (operationId `listAuthorizedUser`).
    ///
    /// Required permissions: `company:authorized_user:read`, `member:email:read`.
    ///
    /// Returns one page ([`crate::types::ListAuthorizedUserResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListAuthorizedUserParams,
    ) -> RequestBuilder<crate::types::ListAuthorizedUserResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/authorized_users",
            operation_id: "listAuthorizedUser",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/authorized_users".to_owned()).query(&params)
    }
    /// Create authorized user
    ///
    /// Add a new authorized user to a company.
    ///
    /// `POST /authorized_users` (operationId `createAuthorizedUser`).
    ///
    /// Required permissions: `authorized_user:create`, `member:email:read`.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn create(
        &self,
        params: crate::types::CreateAuthorizedUserParams,
    ) -> RequestBuilder<crate::types::AuthorizedUser> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/authorized_users",
            operation_id: "createAuthorizedUser",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/authorized_users".to_owned()).json(&params)
    }
    /// Retrieve authorized user
    ///
    /// Retrieves the details of an existing authorized user.
    ///
    /// `GET /authorized_users/{id}` (operationId `retrieveAuthorizedUser`).
    ///
    /// Required permissions: `company:authorized_user:read`, `member:email:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the authorized user to retrieve.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::AuthorizedUser> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/authorized_users/{id}",
            operation_id: "retrieveAuthorizedUser",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/authorized_users/{id}"))
    }
    /// Delete authorized user
    ///
    /// Remove an authorized user from a company.
    ///
    /// `DELETE /authorized_users/{id}` (operationId `deleteAuthorizedUser`).
    ///
    /// Required permissions: `authorized_user:delete`.
    ///
    /// # Arguments
    ///
    /// - `id`: The ID of the authorized user or user to remove.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn delete(
        &self,
        id: &str,
        params: crate::types::DeleteAuthorizedUserParams,
    ) -> RequestBuilder<bool> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::DELETE,
            path_template: "/authorized_users/{id}",
            operation_id: "deleteAuthorizedUser",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/authorized_users/{id}")).query(&params)
    }
}
