//! Operations tagged `Plans`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Plans`. Get one with [`crate::Client::plans`].
#[derive(Debug, Clone, Copy)]
pub struct Plans<'a> {
    client: &'a Client,
}

impl<'a> Plans<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List plans
    ///
    /// Returns a paginated list of plans belonging to a company, with optional filtering by visibility, type, release method, and product.
    ///
    /// `GET /plans` (operationId `listPlan`).
    ///
    /// Required permissions: `plan:basic:read`.
    ///
    /// Returns one page ([`crate::types::ListPlanResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListPlanParams,
    ) -> RequestBuilder<crate::types::ListPlanResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/plans",
            operation_id: "listPlan",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/plans".to_owned()).query(&params)
    }
    /// Create plan
    ///
    /// Create a new pricing plan for a product. The plan defines the billing interval, price, and availability for customers.
    ///
    /// `POST /plans` (operationId `createPlan`).
    ///
    /// Required permissions: `plan:create`, `access_pass:basic:read`, `plan:basic:read`.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn create(
        &self,
        params: crate::types::CreatePlanParams,
    ) -> RequestBuilder<crate::types::Plan> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/plans",
            operation_id: "createPlan",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/plans".to_owned()).json(&params)
    }
    /// Retrieve plan
    ///
    /// Retrieves the details of an existing plan.
    ///
    /// `GET /plans/{id}` (operationId `retrievePlan`).
    ///
    /// Required permissions: `plan:basic:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the plan.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::Plan> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/plans/{id}",
            operation_id: "retrievePlan",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/plans/{id}"))
    }
    /// Delete plan
    ///
    /// Permanently delete a plan from a product. Existing memberships on this plan will not be affected.
    ///
    /// `DELETE /plans/{id}` (operationId `deletePlan`).
    ///
    /// Required permissions: `plan:delete`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the plan to delete.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn delete(&self, id: &str) -> RequestBuilder<bool> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::DELETE,
            path_template: "/plans/{id}",
            operation_id: "deletePlan",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/plans/{id}"))
    }
    /// Update plan
    ///
    /// Update a plan's pricing, billing interval, visibility, stock, and other settings.
    ///
    /// `PATCH /plans/{id}` (operationId `updatePlan`).
    ///
    /// Required permissions: `plan:update`, `access_pass:basic:read`, `plan:basic:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the plan to update.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn update(
        &self,
        id: &str,
        params: crate::types::UpdatePlanParams,
    ) -> RequestBuilder<crate::types::Plan> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::PATCH,
            path_template: "/plans/{id}",
            operation_id: "updatePlan",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/plans/{id}")).json(&params)
    }
}
