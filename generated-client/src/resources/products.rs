//! Operations tagged `Products`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Products`. Get one with [`crate::Client::products`].
#[derive(Debug, Clone, Copy)]
pub struct Products<'a> {
    client: &'a Client,
}

impl<'a> Products<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List products
    ///
    /// Returns a paginated list of products belonging to a company, with optional filtering by type, visibility, and creation date.
    ///
    /// `GET /products` (operationId `listProduct`).
    ///
    /// Required permissions: `access_pass:basic:read`.
    ///
    /// Returns one page ([`crate::types::ListProductResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListProductParams,
    ) -> RequestBuilder<crate::types::ListProductResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/products",
            operation_id: "listProduct",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/products".to_owned()).query(&params)
    }
    /// Create product
    ///
    /// Create a new product for a company. The product serves as the top-level container for plans and experiences.
    ///
    /// `POST /products` (operationId `createProduct`).
    ///
    /// Required permissions: `access_pass:create`, `access_pass:basic:read`.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn create(
        &self,
        params: crate::types::CreateProductParams,
    ) -> RequestBuilder<crate::types::Product> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/products",
            operation_id: "createProduct",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/products".to_owned()).json(&params)
    }
    /// Retrieve product
    ///
    /// Retrieves the details of an existing product.
    ///
    /// `GET /products/{id}` (operationId `retrieveProduct`).
    ///
    /// Required permissions: `access_pass:basic:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier or route slug of the product.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::Product> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/products/{id}",
            operation_id: "retrieveProduct",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/products/{id}"))
    }
    /// Delete product
    ///
    /// Permanently delete a product and remove it from the company's catalog.
    ///
    /// `DELETE /products/{id}` (operationId `deleteProduct`).
    ///
    /// Required permissions: `access_pass:delete`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the product to delete.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn delete(&self, id: &str) -> RequestBuilder<bool> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::DELETE,
            path_template: "/products/{id}",
            operation_id: "deleteProduct",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/products/{id}"))
    }
    /// Update product
    ///
    /// Update a product's title, description, visibility, and other settings.
    ///
    /// `PATCH /products/{id}` (operationId `updateProduct`).
    ///
    /// Required permissions: `access_pass:update`, `access_pass:basic:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the product to update.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn update(
        &self,
        id: &str,
        params: crate::types::UpdateProductParams,
    ) -> RequestBuilder<crate::types::Product> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::PATCH,
            path_template: "/products/{id}",
            operation_id: "updateProduct",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/products/{id}")).json(&params)
    }
}
