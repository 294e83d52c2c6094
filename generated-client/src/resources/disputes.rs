//! Operations tagged `Disputes`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Disputes`. Get one with [`crate::Client::disputes`].
#[derive(Debug, Clone, Copy)]
pub struct Disputes<'a> {
    client: &'a Client,
}

impl<'a> Disputes<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List disputes
    ///
    /// Returns a paginated list of disputes for a company, with optional filtering by creation date. A dispute represents a chargeback or inquiry filed by a customer against a payment.
    ///
    /// `GET /disputes` (operationId `listDispute`).
    ///
    /// Required permissions: `payment:dispute:read`, `plan:basic:read`, `access_pass:basic:read`, `company:basic:read`, `payment:basic:read`.
    ///
    /// Returns one page ([`crate::types::ListDisputeResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListDisputeParams,
    ) -> RequestBuilder<crate::types::ListDisputeResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/disputes",
            operation_id: "listDispute",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/disputes".to_owned()).query(&params)
    }
    /// Retrieve dispute
    ///
    /// Retrieves the details of an existing dispute.
    ///
    /// `GET /disputes/{id}` (operationId `retrieveDispute`).
    ///
    /// Required permissions: `payment:dispute:read`, `plan:basic:read`, `access_pass:basic:read`, `company:basic:read`, `payment:basic:read`, `member:email:read`, `member:basic:read`, `member:phone:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the dispute.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::Dispute> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/disputes/{id}",
            operation_id: "retrieveDispute",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/disputes/{id}"))
    }
    /// Submit evidence
    ///
    /// Submit a payment dispute to the payment processor for review. Once submitted, no further edits can be made.
    ///
    /// `POST /disputes/{id}/submit_evidence` (operationId `submitEvidenceDispute`).
    ///
    /// Required permissions: `payment:dispute`, `plan:basic:read`, `access_pass:basic:read`, `company:basic:read`, `payment:basic:read`, `member:email:read`, `member:basic:read`, `member:phone:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the dispute to submit to the payment processor for review.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn submit_evidence(&self, id: &str) -> RequestBuilder<crate::types::Dispute> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/disputes/{id}/submit_evidence",
            operation_id: "submitEvidenceDispute",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/disputes/{id}/submit_evidence"))
    }
    /// Update evidence
    ///
    /// Update a dispute with evidence data to attempt to win the dispute.
    ///
    /// `POST /disputes/{id}/update_evidence` (operationId `updateEvidenceDispute`).
    ///
    /// Required permissions: `payment:dispute`, `plan:basic:read`, `access_pass:basic:read`, `company:basic:read`, `payment:basic:read`, `member:email:read`, `member:basic:read`, `member:phone:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the dispute to update.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn update_evidence(
        &self,
        id: &str,
        params: crate::types::UpdateEvidenceDisputeParams,
    ) -> RequestBuilder<crate::types::Dispute> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/disputes/{id}/update_evidence",
            operation_id: "updateEvidenceDispute",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client
            .request(&META, format!("/disputes/{id}/update_evidence"))
            .json(&params)
    }
}
