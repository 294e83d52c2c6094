//! Operations tagged `Ad groups`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Ad groups`. Get one with [`crate::Client::ad_groups`].
#[derive(Debug, Clone, Copy)]
pub struct AdGroups<'a> {
    client: &'a Client,
}

impl<'a> AdGroups<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List ad groups
    ///
    /// Returns a paginated list of ad groups scoped by campaign or company, with optional filtering by status and creation date.
    ///
    /// `GET /ad_groups` (operationId `listAdGroup`).
    ///
    /// Required permissions: `ad_campaign:basic:read`.
    ///
    /// Returns one page ([`crate::types::ListAdGroupResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListAdGroupParams,
    ) -> RequestBuilder<crate::types::ListAdGroupResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/ad_groups",
            operation_id: "listAdGroup",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/ad_groups".to_owned()).query(&params)
    }
    /// Create ad group
    ///
    /// Creates a new ad group within a campaign.
    ///
    /// `POST /ad_groups` (operationId `createAdGroup`).
    ///
    /// Required permissions: `ad_campaign:create`, `ad_campaign:basic:read`.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn create(
        &self,
        params: crate::types::CreateAdGroupParams,
    ) -> RequestBuilder<crate::types::AdGroup> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/ad_groups",
            operation_id: "createAdGroup",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/ad_groups".to_owned()).json(&params)
    }
    /// Retrieve ad group
    ///
    /// Retrieves a single ad group by its unique identifier.
    ///
    /// `GET /ad_groups/{id}` (operationId `retrieveAdGroup`).
    ///
    /// Required permissions: `ad_campaign:basic:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the ad group.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::AdGroup> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/ad_groups/{id}",
            operation_id: "retrieveAdGroup",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/ad_groups/{id}"))
    }
    /// Delete ad group
    ///
    /// Soft-deletes an ad group.
    ///
    /// `DELETE /ad_groups/{id}` (operationId `deleteAdGroup`).
    ///
    /// Required permissions: `ad_campaign:update`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the ad group to delete.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn delete(&self, id: &str) -> RequestBuilder<bool> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::DELETE,
            path_template: "/ad_groups/{id}",
            operation_id: "deleteAdGroup",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/ad_groups/{id}"))
    }
    /// Update ad group
    ///
    /// Updates an existing ad group.
    ///
    /// `PATCH /ad_groups/{id}` (operationId `updateAdGroup`).
    ///
    /// Required permissions: `ad_campaign:update`, `ad_campaign:basic:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the ad group to update.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn update(
        &self,
        id: &str,
        params: crate::types::UpdateAdGroupParams,
    ) -> RequestBuilder<crate::types::AdGroup> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::PATCH,
            path_template: "/ad_groups/{id}",
            operation_id: "updateAdGroup",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/ad_groups/{id}")).json(&params)
    }
}
