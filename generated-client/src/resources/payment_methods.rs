//! Operations tagged `Payment methods`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Payment methods`. Get one with [`crate::Client::payment_methods`].
#[derive(Debug, Clone, Copy)]
pub struct PaymentMethods<'a> {
    client: &'a Client,
}

impl<'a> PaymentMethods<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List payment methods
    ///
    /// Returns a paginated list of payment methods for a member or company, with optional filtering by creation date. A payment method is a stored representation of how a customer intends to pay, such as a card, bank account, or digital wallet.
    ///
    /// `GET /payment_methods` (operationId `listPaymentMethod`).
    ///
    /// Required permissions: `member:payment_methods:read`.
    ///
    /// Returns one page ([`crate::types::ListPaymentMethodResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListPaymentMethodParams,
    ) -> RequestBuilder<crate::types::ListPaymentMethodResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/payment_methods",
            operation_id: "listPaymentMethod",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/payment_methods".to_owned()).query(&params)
    }
    /// Retrieve payment method
    ///
    /// Retrieves the details of an existing payment method.
    ///
    /// `GET /payment_methods/{id}` (operationId `retrievePaymentMethod`).
    ///
    /// Required permissions: `member:payment_methods:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the payment method.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(
        &self,
        id: &str,
        params: crate::types::RetrievePaymentMethodParams,
    ) -> RequestBuilder<crate::types::PaymentMethod> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/payment_methods/{id}",
            operation_id: "retrievePaymentMethod",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/payment_methods/{id}")).query(&params)
    }
}
