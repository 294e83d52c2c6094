//! Operations tagged `Invoices`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Invoices`. Get one with [`crate::Client::invoices`].
#[derive(Debug, Clone, Copy)]
pub struct Invoices<'a> {
    client: &'a Client,
}

impl<'a> Invoices<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List invoices
    ///
    /// Returns a paginated list of invoices for a company, with optional filtering by product, status, collection method, and creation date.
    ///
    /// `GET /invoices` (operationId `listInvoice`).
    ///
    /// Required permissions: `invoice:basic:read`.
    ///
    /// Returns one page ([`crate::types::ListInvoiceResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListInvoiceParams,
    ) -> RequestBuilder<crate::types::ListInvoiceResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/invoices",
            operation_id: "listInvoice",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/invoices".to_owned()).query(&params)
    }
    /// Create invoice
    ///
    /// Create an invoice for a customer. The invoice can be charged automatically using a stored payment method, or sent to the customer for manual payment.
    ///
    /// `POST /invoices` (operationId `createInvoice`).
    ///
    /// Required permissions: `invoice:create`.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn create(
        &self,
        params: crate::types::CreateInvoiceParams,
    ) -> RequestBuilder<crate::types::Invoice> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/invoices",
            operation_id: "createInvoice",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/invoices".to_owned()).json(&params)
    }
    /// Retrieve invoice
    ///
    /// Retrieves the details of an existing invoice.
    ///
    /// `GET /invoices/{id}` (operationId `retrieveInvoice`).
    ///
    /// Required permissions: `invoice:basic:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the invoice, or a secure token.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::Invoice> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/invoices/{id}",
            operation_id: "retrieveInvoice",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/invoices/{id}"))
    }
    /// Delete invoice
    ///
    /// Delete a draft invoice.
    ///
    /// `DELETE /invoices/{id}` (operationId `deleteInvoice`).
    ///
    /// Required permissions: `invoice:update`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the draft invoice to delete.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn delete(&self, id: &str) -> RequestBuilder<bool> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::DELETE,
            path_template: "/invoices/{id}",
            operation_id: "deleteInvoice",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/invoices/{id}"))
    }
    /// Update invoice
    ///
    /// Update a draft invoice's details.
    ///
    /// `PATCH /invoices/{id}` (operationId `updateInvoice`).
    ///
    /// Required permissions: `invoice:update`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the invoice to update.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn update(
        &self,
        id: &str,
        params: crate::types::UpdateInvoiceParams,
    ) -> RequestBuilder<crate::types::Invoice> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::PATCH,
            path_template: "/invoices/{id}",
            operation_id: "updateInvoice",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/invoices/{id}")).json(&params)
    }
    /// Mark paid invoice
    ///
    /// Mark an open invoice as paid when payment was collected outside of Whop.
    ///
    /// `POST /invoices/{id}/mark_paid` (operationId `markPaidInvoice`).
    ///
    /// Required permissions: `invoice:update`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the invoice to mark as paid.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn mark_paid(&self, id: &str) -> RequestBuilder<bool> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/invoices/{id}/mark_paid",
            operation_id: "markPaidInvoice",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/invoices/{id}/mark_paid"))
    }
    /// Mark uncollectible invoice
    ///
    /// Mark an open invoice as uncollectible when payment is not expected.
    ///
    /// `POST /invoices/{id}/mark_uncollectible` (operationId `markUncollectibleInvoice`).
    ///
    /// Required permissions: `invoice:update`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the invoice to mark as uncollectible.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn mark_uncollectible(&self, id: &str) -> RequestBuilder<bool> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/invoices/{id}/mark_uncollectible",
            operation_id: "markUncollectibleInvoice",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/invoices/{id}/mark_uncollectible"))
    }
    /// Void invoice
    ///
    /// Void an open invoice so it can no longer be paid. Voiding is permanent and cannot be undone.
    ///
    /// `POST /invoices/{id}/void` (operationId `voidInvoice`).
    ///
    /// Required permissions: `invoice:update`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the invoice to void.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn void(&self, id: &str) -> RequestBuilder<bool> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/invoices/{id}/void",
            operation_id: "voidInvoice",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/invoices/{id}/void"))
    }
}
