//! Operations tagged `Memberships`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Memberships`. Get one with [`crate::Client::memberships`].
#[derive(Debug, Clone, Copy)]
pub struct Memberships<'a> {
    client: &'a Client,
}

impl<'a> Memberships<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List memberships
    ///
    /// Returns a paginated list of memberships, with optional filtering by product, plan, status, and user.
    ///
    /// `GET /memberships` (operationId `listMembership`).
    ///
    /// Required permissions: `member:basic:read`, `member:email:read`.
    ///
    /// Returns one page ([`crate::types::ListMembershipResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListMembershipParams,
    ) -> RequestBuilder<crate::types::ListMembershipResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/memberships",
            operation_id: "listMembership",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/memberships".to_owned()).query(&params)
    }
    /// Retrieve membership
    ///
    /// Retrieves the details of an existing membership.
    ///
    /// `GET /memberships/{id}` (operationId `retrieveMembership`).
    ///
    /// Required permissions: `member:basic:read`, `member:email:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the membership, or a license key.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::Membership> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/memberships/{id}",
            operation_id: "retrieveMembership",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/memberships/{id}"))
    }
    /// Update membership
    ///
    /// Update a membership's metadata or other mutable properties.
    ///
    /// `PATCH /memberships/{id}` (operationId `updateMembership`).
    ///
    /// Required permissions: `member:manage`, `member:email:read`, `member:basic:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the membership to update.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn update(
        &self,
        id: &str,
        params: crate::types::UpdateMembershipParams,
    ) -> RequestBuilder<crate::types::Membership> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::PATCH,
            path_template: "/memberships/{id}",
            operation_id: "updateMembership",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/memberships/{id}")).json(&params)
    }
    /// Cancel membership
    ///
    /// Cancel a membership either immediately or at the end of the current billing period. Immediate cancellation revokes access right away.
    ///
    /// `POST /memberships/{id}/cancel` (operationId `cancelMembership`).
    ///
    /// Required permissions: `membership:cancel`, `member:email:read`, `member:basic:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the membership to cancel.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn cancel(
        &self,
        id: &str,
        params: crate::types::CancelMembershipParams,
    ) -> RequestBuilder<crate::types::Membership> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/memberships/{id}/cancel",
            operation_id: "cancelMembership",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/memberships/{id}/cancel")).json(&params)
    }
    /// Uncancel membership
    ///
    /// Reverse a pending cancellation for a membership that was scheduled to cancel at period end.
    ///
    /// `POST /memberships/{id}/uncancel` (operationId `uncancelMembership`).
    ///
    /// Required permissions: `member:manage`, `member:email:read`, `member:basic:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the membership to uncancel.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn uncancel(&self, id: &str) -> RequestBuilder<crate::types::Membership> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/memberships/{id}/uncancel",
            operation_id: "uncancelMembership",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/memberships/{id}/uncancel"))
    }
    /// Pause membership
    ///
    /// Pause a membership's recurring payments. The customer retains access but will not be charged until the membership is resumed.
    ///
    /// `POST /memberships/{id}/pause` (operationId `pauseMembership`).
    ///
    /// Required permissions: `member:manage`, `member:email:read`, `member:basic:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the membership to pause.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn pause(
        &self,
        id: &str,
        params: crate::types::PauseMembershipParams,
    ) -> RequestBuilder<crate::types::Membership> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/memberships/{id}/pause",
            operation_id: "pauseMembership",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/memberships/{id}/pause")).json(&params)
    }
    /// Resume membership
    ///
    /// Resume a previously paused membership's recurring payments. Billing resumes on the next cycle.
    ///
    /// `POST /memberships/{id}/resume` (operationId `resumeMembership`).
    ///
    /// Required permissions: `member:manage`, `member:email:read`, `member:basic:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the membership to resume.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn resume(&self, id: &str) -> RequestBuilder<crate::types::Membership> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/memberships/{id}/resume",
            operation_id: "resumeMembership",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/memberships/{id}/resume"))
    }
    /// Add free days membership
    ///
    /// Add free days to extend a membership's current billing period, expiration date, or Stripe trial.
    ///
    /// `POST /memberships/{id}/add_free_days` (operationId `addFreeDaysMembership`).
    ///
    /// Required permissions: `member:manage`, `member:email:read`, `member:basic:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the membership.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn add_free_days(
        &self,
        id: &str,
        params: crate::types::AddFreeDaysMembershipParams,
    ) -> RequestBuilder<crate::types::Membership> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/memberships/{id}/add_free_days",
            operation_id: "addFreeDaysMembership",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client
            .request(&META, format!("/memberships/{id}/add_free_days"))
            .json(&params)
    }
}
