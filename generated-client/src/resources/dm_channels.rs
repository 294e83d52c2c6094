//! Operations tagged `Dm channels`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Dm channels`. Get one with [`crate::Client::dm_channels`].
#[derive(Debug, Clone, Copy)]
pub struct DmChannels<'a> {
    client: &'a Client,
}

impl<'a> DmChannels<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List dm channels
    ///
    /// Returns a paginated list of DM channels for the currently authenticated user, sorted by most recently active.
    ///
    /// `GET /dm_channels` (operationId `listDmChannel`).
    ///
    /// Required permissions: `dms:read`.
    ///
    /// Returns one page ([`crate::types::ListDmChannelResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListDmChannelParams,
    ) -> RequestBuilder<crate::types::ListDmChannelResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/dm_channels",
            operation_id: "listDmChannel",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/dm_channels".to_owned()).query(&params)
    }
    /// Create dm channel
    ///
    /// Create a new DM channel between two or more users, optionally scoped to a specific company. Returns the existing channel if one already exists.
    ///
    /// `POST /dm_channels` (operationId `createDmChannel`).
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn create(
        &self,
        params: crate::types::CreateDmChannelParams,
    ) -> RequestBuilder<crate::types::DmChannel> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/dm_channels",
            operation_id: "createDmChannel",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/dm_channels".to_owned()).json(&params)
    }
    /// Retrieve dm channel
    ///
    /// Retrieves the details of an existing DM channel.
    ///
    /// `GET /dm_channels/{id}` (operationId `retrieveDmChannel`).
    ///
    /// Required permissions: `dms:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the DM channel to retrieve.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::DmChannel> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/dm_channels/{id}",
            operation_id: "retrieveDmChannel",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/dm_channels/{id}"))
    }
    /// Delete dm channel
    ///
    /// Permanently delete a DM channel and all of its messages. Only an admin of the channel can perform this action.
    ///
    /// `DELETE /dm_channels/{id}` (operationId `deleteDmChannel`).
    ///
    /// Required permissions: `dms:channel:manage`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the DM channel to delete.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn delete(&self, id: &str) -> RequestBuilder<bool> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::DELETE,
            path_template: "/dm_channels/{id}",
            operation_id: "deleteDmChannel",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/dm_channels/{id}"))
    }
    /// Update dm channel
    ///
    /// Update the settings of an existing DM channel, such as its display name. Only an admin of the channel can perform this action.
    ///
    /// `PATCH /dm_channels/{id}` (operationId `updateDmChannel`).
    ///
    /// Required permissions: `dms:channel:manage`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the DM channel to update.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn update(
        &self,
        id: &str,
        params: crate::types::UpdateDmChannelParams,
    ) -> RequestBuilder<crate::types::DmChannel> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::PATCH,
            path_template: "/dm_channels/{id}",
            operation_id: "updateDmChannel",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/dm_channels/{id}")).json(&params)
    }
}
