//! Operations tagged `Companies`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Companies`. Get one with [`crate::Client::companies`].
#[derive(Debug, Clone, Copy)]
pub struct Companies<'a> {
    client: &'a Client,
}

impl<'a> Companies<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List companies
    ///
    /// Returns a paginated list of companies. When parent_company_id is provided, lists connected accounts under that platform. When omitted, lists companies the current user has access to.
    ///
    /// `GET /companies` (operationId `listCompany`).
    ///
    /// Required permissions: `company:basic:read`.
    ///
    /// Returns one page ([`crate::types::ListCompanyResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListCompanyParams,
    ) -> RequestBuilder<crate::types::ListCompanyResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/companies",
            operation_id: "listCompany",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/companies".to_owned()).query(&params)
    }
    /// Create company
    ///
    /// Create a new company. Pass parent_company_id to create a connected account under a platform, or omit it to create a company for the current user.
    ///
    /// `POST /companies` (operationId `createCompany`).
    ///
    /// Required permissions: `company:create`, `company:basic:read`.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn create(
        &self,
        params: crate::types::CreateCompanyParams,
    ) -> RequestBuilder<crate::types::Company> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/companies",
            operation_id: "createCompany",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/companies".to_owned()).json(&params)
    }
    /// Retrieve company
    ///
    /// Retrieves the details of an existing company.
    ///
    /// `GET /companies/{id}` (operationId `retrieveCompany`).
    ///
    /// Required permissions: `company:basic:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier or route slug of the company.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::Company> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/companies/{id}",
            operation_id: "retrieveCompany",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/companies/{id}"))
    }
    /// Update company
    ///
    /// Update a company's title, description, logo, and other settings.
    ///
    /// `PATCH /companies/{id}` (operationId `updateCompany`).
    ///
    /// Required permissions: `company:update`, `company:basic:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the company to update.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn update(
        &self,
        id: &str,
        params: crate::types::UpdateCompanyParams,
    ) -> RequestBuilder<crate::types::Company> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::PATCH,
            path_template: "/companies/{id}",
            operation_id: "updateCompany",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/companies/{id}")).json(&params)
    }
    /// Create child company API key
    ///
    /// Create an API key for a connected account (child company) owned by a parent company.
    ///
    /// `POST /companies/{parent_company_id}/api_keys` (operationId `createApiKeyCompany`).
    ///
    /// # Arguments
    ///
    /// - `parent_company_id`: The unique identifier of the parent platform company (e.g. 'biz_xxx').
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn create_api_key(
        &self,
        parent_company_id: &str,
        params: crate::types::CreateApiKeyCompanyParams,
    ) -> RequestBuilder<crate::types::CreateApiKeyCompanyResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/companies/{parent_company_id}/api_keys",
            operation_id: "createApiKeyCompany",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let parent_company_id = crate::runtime::encode_path_segment(parent_company_id);
        self.client
            .request(&META, format!("/companies/{parent_company_id}/api_keys"))
            .json(&params)
    }
}
