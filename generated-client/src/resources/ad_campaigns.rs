//! Operations tagged `Ad campaigns`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Ad campaigns`. Get one with [`crate::Client::ad_campaigns`].
#[derive(Debug, Clone, Copy)]
pub struct AdCampaigns<'a> {
    client: &'a Client,
}

impl<'a> AdCampaigns<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List ad campaigns
    ///
    /// Returns a paginated list of ad campaigns for a company, with optional filtering by status, and creation date.
    ///
    /// `GET /ad_campaigns` (operationId `listAdCampaign`).
    ///
    /// Required permissions: `ad_campaign:basic:read`, `access_pass:basic:read`.
    ///
    /// Returns one page ([`crate::types::ListAdCampaignResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListAdCampaignParams,
    ) -> RequestBuilder<crate::types::ListAdCampaignResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/ad_campaigns",
            operation_id: "listAdCampaign",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/ad_campaigns".to_owned()).query(&params)
    }
    /// Create ad campaign
    ///
    /// Creates a new ad campaign for a product.
    ///
    /// `POST /ad_campaigns` (operationId `createAdCampaign`).
    ///
    /// Required permissions: `ad_campaign:create`, `access_pass:basic:read`, `company:balance:read`.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn create(
        &self,
        params: crate::types::CreateAdCampaignParams,
    ) -> RequestBuilder<crate::types::AdCampaign> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/ad_campaigns",
            operation_id: "createAdCampaign",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/ad_campaigns".to_owned()).json(&params)
    }
    /// Retrieve ad campaign
    ///
    /// Retrieves a single ad campaign by its unique identifier.
    ///
    /// `GET /ad_campaigns/{id}` (operationId `retrieveAdCampaign`).
    ///
    /// Required permissions: `ad_campaign:basic:read`, `access_pass:basic:read`, `company:balance:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the ad campaign.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::AdCampaign> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/ad_campaigns/{id}",
            operation_id: "retrieveAdCampaign",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/ad_campaigns/{id}"))
    }
    /// Update ad campaign
    ///
    /// Updates an existing ad campaign.
    ///
    /// `PATCH /ad_campaigns/{id}` (operationId `updateAdCampaign`).
    ///
    /// Required permissions: `ad_campaign:update`, `access_pass:basic:read`, `company:balance:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the ad campaign to update.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn update(
        &self,
        id: &str,
        params: crate::types::UpdateAdCampaignParams,
    ) -> RequestBuilder<crate::types::AdCampaign> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::PATCH,
            path_template: "/ad_campaigns/{id}",
            operation_id: "updateAdCampaign",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/ad_campaigns/{id}")).json(&params)
    }
    /// Pause ad campaign
    ///
    /// Pauses an ad campaign, optionally until a specific date.
    ///
    /// `POST /ad_campaigns/{id}/pause` (operationId `pauseAdCampaign`).
    ///
    /// Required permissions: `ad_campaign:update`, `access_pass:basic:read`, `company:balance:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the ad campaign to pause.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn pause(&self, id: &str) -> RequestBuilder<crate::types::AdCampaign> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/ad_campaigns/{id}/pause",
            operation_id: "pauseAdCampaign",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/ad_campaigns/{id}/pause"))
    }
    /// Unpause ad campaign
    ///
    /// Resumes a paused ad campaign.
    ///
    /// `POST /ad_campaigns/{id}/unpause` (operationId `unpauseAdCampaign`).
    ///
    /// Required permissions: `ad_campaign:update`, `access_pass:basic:read`, `company:balance:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the ad campaign to unpause.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn unpause(&self, id: &str) -> RequestBuilder<crate::types::AdCampaign> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/ad_campaigns/{id}/unpause",
            operation_id: "unpauseAdCampaign",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/ad_campaigns/{id}/unpause"))
    }
}
