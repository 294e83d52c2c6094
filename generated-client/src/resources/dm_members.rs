//! Operations tagged `Dm members`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Dm members`. Get one with [`crate::Client::dm_members`].
#[derive(Debug, Clone, Copy)]
pub struct DmMembers<'a> {
    client: &'a Client,
}

impl<'a> DmMembers<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List dm members
    ///
    /// Returns a paginated list of members in a specific DM channel, sorted by the date they were added.
    ///
    /// `GET /dm_members` (operationId `listDmMember`).
    ///
    /// Required permissions: `dms:read`.
    ///
    /// Returns one page ([`crate::types::ListDmMemberResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListDmMemberParams,
    ) -> RequestBuilder<crate::types::ListDmMemberResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/dm_members",
            operation_id: "listDmMember",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/dm_members".to_owned()).query(&params)
    }
    /// Create dm member
    ///
    /// Add a new user to an existing DM channel. Only an admin of the channel can add members.
    ///
    /// `POST /dm_members` (operationId `createDmMember`).
    ///
    /// Required permissions: `dms:channel:manage`.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn create(
        &self,
        params: crate::types::CreateDmMemberParams,
    ) -> RequestBuilder<crate::types::DmMember> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/dm_members",
            operation_id: "createDmMember",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/dm_members".to_owned()).json(&params)
    }
    /// Retrieve dm member
    ///
    /// Retrieves the details of an existing DM member.
    ///
    /// `GET /dm_members/{id}` (operationId `retrieveDmMember`).
    ///
    /// Required permissions: `dms:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the DM channel member to retrieve.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::DmMember> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/dm_members/{id}",
            operation_id: "retrieveDmMember",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/dm_members/{id}"))
    }
    /// Delete dm member
    ///
    /// Remove a user from a DM channel. An admin can remove any member, and a member can remove themselves.
    ///
    /// `DELETE /dm_members/{id}` (operationId `deleteDmMember`).
    ///
    /// Required permissions: `dms:channel:manage`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the DM channel member to remove.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn delete(&self, id: &str) -> RequestBuilder<bool> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::DELETE,
            path_template: "/dm_members/{id}",
            operation_id: "deleteDmMember",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/dm_members/{id}"))
    }
    /// Update dm member
    ///
    /// Update a DM channel member's settings, such as their notification preferences or membership status.
    ///
    /// `PATCH /dm_members/{id}` (operationId `updateDmMember`).
    ///
    /// Required permissions: `dms:channel:manage`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the DM channel member to update.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn update(
        &self,
        id: &str,
        params: crate::types::UpdateDmMemberParams,
    ) -> RequestBuilder<crate::types::DmMember> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::PATCH,
            path_template: "/dm_members/{id}",
            operation_id: "updateDmMember",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/dm_members/{id}")).json(&params)
    }
}
