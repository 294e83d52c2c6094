//! Operations tagged `Resolution center cases`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Resolution center cases`. Get one with [`crate::Client::resolution_center_cases`].
#[derive(Debug, Clone, Copy)]
pub struct ResolutionCenterCases<'a> {
    client: &'a Client,
}

impl<'a> ResolutionCenterCases<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List resolution center cases
    ///
    /// Returns a paginated list of resolution center cases, with optional filtering by company, status, and creation date.
    ///
    /// `GET /resolution_center_cases` (operationId `listResolutionCenterCase`).
    ///
    /// Required permissions: `payment:resolution_center_case:read`.
    ///
    /// Returns one page ([`crate::types::ListResolutionCenterCaseResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListResolutionCenterCaseParams,
    ) -> RequestBuilder<crate::types::ListResolutionCenterCaseResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/resolution_center_cases",
            operation_id: "listResolutionCenterCase",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/resolution_center_cases".to_owned()).query(&params)
    }
    /// Retrieve resolution center case
    ///
    /// Retrieves the details of an existing resolution center case.
    ///
    /// `GET /resolution_center_cases/{id}` (operationId `retrieveResolutionCenterCase`).
    ///
    /// Required permissions: `payment:resolution_center_case:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the resolution center case.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(
        &self,
        id: &str,
    ) -> RequestBuilder<crate::types::ResolutionCenterCase> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/resolution_center_cases/{id}",
            operation_id: "retrieveResolutionCenterCase",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/resolution_center_cases/{id}"))
    }
}
