//! Operations tagged `Leads`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Leads`. Get one with [`crate::Client::leads`].
#[derive(Debug, Clone, Copy)]
pub struct Leads<'a> {
    client: &'a Client,
}

impl<'a> Leads<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List leads
    ///
    /// Returns a paginated list of leads for a company, with optional filtering by product and creation date.
    ///
    /// `GET /leads` (operationId `listLead`).
    ///
    /// Required permissions: `lead:basic:read`, `member:email:read`, `access_pass:basic:read`, `member:basic:read`.
    ///
    /// Returns one page ([`crate::types::ListLeadResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListLeadParams,
    ) -> RequestBuilder<crate::types::ListLeadResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/leads",
            operation_id: "listLead",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/leads".to_owned()).query(&params)
    }
    /// Create lead
    ///
    /// Record a new lead for a company, capturing a potential customer's interest in a specific product.
    ///
    /// `POST /leads` (operationId `createLead`).
    ///
    /// Required permissions: `lead:manage`, `member:email:read`, `access_pass:basic:read`, `member:basic:read`.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn create(
        &self,
        params: crate::types::CreateLeadParams,
    ) -> RequestBuilder<crate::types::Lead> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/leads",
            operation_id: "createLead",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/leads".to_owned()).json(&params)
    }
    /// Retrieve lead
    ///
    /// Retrieves the details of an existing lead.
    ///
    /// `GET /leads/{id}` (operationId `retrieveLead`).
    ///
    /// Required permissions: `lead:basic:read`, `member:email:read`, `access_pass:basic:read`, `member:basic:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the lead to retrieve.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::Lead> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/leads/{id}",
            operation_id: "retrieveLead",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/leads/{id}"))
    }
    /// Update lead
    ///
    /// Update the metadata or referrer information on an existing lead record.
    ///
    /// `PATCH /leads/{id}` (operationId `updateLead`).
    ///
    /// Required permissions: `lead:manage`, `member:email:read`, `access_pass:basic:read`, `member:basic:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the lead to update, starting with 'lead_'.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn update(
        &self,
        id: &str,
        params: crate::types::UpdateLeadParams,
    ) -> RequestBuilder<crate::types::Lead> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::PATCH,
            path_template: "/leads/{id}",
            operation_id: "updateLead",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/leads/{id}")).json(&params)
    }
}
