//! Operations tagged `Affiliates`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Affiliates`. Get one with [`crate::Client::affiliates`].
#[derive(Debug, Clone, Copy)]
pub struct Affiliates<'a> {
    client: &'a Client,
}

impl<'a> Affiliates<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List affiliates
    ///
    /// Returns a paginated list of affiliates for the actor in context, with optional filtering by status, search, and sorting.
    ///
    /// `GET /affiliates` (operationId `listAffiliate`).
    ///
    /// Required permissions: `affiliate:basic:read`.
    ///
    /// Returns one page ([`crate::types::ListAffiliateResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListAffiliateParams,
    ) -> RequestBuilder<crate::types::ListAffiliateResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/affiliates",
            operation_id: "listAffiliate",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/affiliates".to_owned()).query(&params)
    }
    /// Create affiliate
    ///
    /// Creates or finds an affiliate for a company and user.
    ///
    /// `POST /affiliates` (operationId `createAffiliate`).
    ///
    /// Required permissions: `affiliate:create`.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn create(
        &self,
        params: crate::types::CreateAffiliateParams,
    ) -> RequestBuilder<crate::types::Affiliate> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/affiliates",
            operation_id: "createAffiliate",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/affiliates".to_owned()).json(&params)
    }
    /// Retrieve affiliate
    ///
    /// Retrieves the details of an existing affiliate.
    ///
    /// `GET /affiliates/{id}` (operationId `retrieveAffiliate`).
    ///
    /// Required permissions: `affiliate:basic:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the affiliate.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::Affiliate> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/affiliates/{id}",
            operation_id: "retrieveAffiliate",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/affiliates/{id}"))
    }
    /// List overrides
    ///
    /// Returns a paginated list of overrides for an affiliate.
    ///
    /// `GET /affiliates/{id}/overrides` (operationId `listOverridesAffiliate`).
    ///
    /// Required permissions: `affiliate:basic:read`.
    ///
    /// Returns one page ([`crate::types::ListOverridesAffiliateResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Arguments
    ///
    /// - `id`: The affiliate ID.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list_overrides(
        &self,
        id: &str,
        params: crate::types::ListOverridesAffiliateParams,
    ) -> RequestBuilder<crate::types::ListOverridesAffiliateResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/affiliates/{id}/overrides",
            operation_id: "listOverridesAffiliate",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/affiliates/{id}/overrides")).query(&params)
    }
    /// Create override
    ///
    /// Creates a commission override for an affiliate.
    ///
    /// `POST /affiliates/{id}/overrides` (operationId `createOverrideAffiliate`).
    ///
    /// Required permissions: `affiliate:create`.
    ///
    /// # Arguments
    ///
    /// - `id`: The affiliate ID.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn create_override(
        &self,
        id: &str,
        params: crate::types::CreateOverrideAffiliateParams,
    ) -> RequestBuilder<crate::types::CreateOverrideAffiliateResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/affiliates/{id}/overrides",
            operation_id: "createOverrideAffiliate",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/affiliates/{id}/overrides")).json(&params)
    }
    /// Retrieve override
    ///
    /// Retrieves the details of a specific affiliate override.
    ///
    /// `GET /affiliates/{id}/overrides/{override_id}` (operationId `retrieveOverrideAffiliate`).
    ///
    /// Required permissions: `affiliate:basic:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The affiliate ID.
    /// - `override_id`: The override ID.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve_override(
        &self,
        id: &str,
        override_id: &str,
    ) -> RequestBuilder<crate::types::RetrieveOverrideAffiliateResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/affiliates/{id}/overrides/{override_id}",
            operation_id: "retrieveOverrideAffiliate",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        let override_id = crate::runtime::encode_path_segment(override_id);
        self.client.request(&META, format!("/affiliates/{id}/overrides/{override_id}"))
    }
    /// Delete override
    ///
    /// Deletes an affiliate override.
    ///
    /// `DELETE /affiliates/{id}/overrides/{override_id}` (operationId `deleteOverrideAffiliate`).
    ///
    /// Required permissions: `affiliate:update`.
    ///
    /// # Arguments
    ///
    /// - `id`: The affiliate ID.
    /// - `override_id`: The override ID.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn delete_override(&self, id: &str, override_id: &str) -> RequestBuilder<bool> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::DELETE,
            path_template: "/affiliates/{id}/overrides/{override_id}",
            operation_id: "deleteOverrideAffiliate",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        let override_id = crate::runtime::encode_path_segment(override_id);
        self.client.request(&META, format!("/affiliates/{id}/overrides/{override_id}"))
    }
    /// Update override
    ///
    /// Updates an existing affiliate override.
    ///
    /// `PATCH /affiliates/{id}/overrides/{override_id}` (operationId `updateOverrideAffiliate`).
    ///
    /// Required permissions: `affiliate:update`.
    ///
    /// # Arguments
    ///
    /// - `id`: The affiliate ID.
    /// - `override_id`: The override ID.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn update_override(
        &self,
        id: &str,
        override_id: &str,
        params: crate::types::UpdateOverrideAffiliateParams,
    ) -> RequestBuilder<crate::types::UpdateOverrideAffiliateResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::PATCH,
            path_template: "/affiliates/{id}/overrides/{override_id}",
            operation_id: "updateOverrideAffiliate",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        let override_id = crate::runtime::encode_path_segment(override_id);
        self.client
            .request(&META, format!("/affiliates/{id}/overrides/{override_id}"))
            .json(&params)
    }
    /// Archive affiliate
    ///
    /// Archives an existing Affiliate
    ///
    /// `POST /affiliates/{id}/archive` (operationId `archiveAffiliate`).
    ///
    /// Required permissions: `affiliate:update`.
    ///
    /// # Arguments
    ///
    /// - `id`: The internal ID of the affiliate to archive.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn archive(&self, id: &str) -> RequestBuilder<bool> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/affiliates/{id}/archive",
            operation_id: "archiveAffiliate",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/affiliates/{id}/archive"))
    }
    /// Unarchive affiliate
    ///
    /// Unarchives an existing Affiliate
    ///
    /// `POST /affiliates/{id}/unarchive` (operationId `unarchiveAffiliate`).
    ///
    /// Required permissions: `affiliate:update`.
    ///
    /// # Arguments
    ///
    /// - `id`: The internal ID of the affiliate to archive.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn unarchive(&self, id: &str) -> RequestBuilder<bool> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/affiliates/{id}/unarchive",
            operation_id: "unarchiveAffiliate",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/affiliates/{id}/unarchive"))
    }
}
