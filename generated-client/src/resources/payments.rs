//! Operations tagged `Payments`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Payments`. Get one with [`crate::Client::payments`].
#[derive(Debug, Clone, Copy)]
pub struct Payments<'a> {
    client: &'a Client,
}

impl<'a> Payments<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List payments
    ///
    /// Returns a paginated list of payments for the actor in context, with optional filtering by product, plan, status, billing reason, currency, and creation date.
    ///
    /// `GET /payments` (operationId `listPayment`).
    ///
    /// Required permissions: `payment:basic:read`, `plan:basic:read`, `access_pass:basic:read`, `member:email:read`, `member:basic:read`, `member:phone:read`, `promo_code:basic:read`.
    ///
    /// Returns one page ([`crate::types::ListPaymentResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListPaymentParams,
    ) -> RequestBuilder<crate::types::ListPaymentResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/payments",
            operation_id: "listPayment",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/payments".to_owned()).query(&params)
    }
    /// Create payment
    ///
    /// Charge an existing member off-session using one of their stored payment methods. You can provide an existing plan, or create a new one in-line. This endpoint will respond with a payment object immediately, but the payment is processed asynchronously in the background. Use webhooks to be notified when the payment succeeds or fails.
    ///
    /// `POST /payments` (operationId `createPayment`).
    ///
    /// Required permissions: `payment:charge`, `plan:create`, `access_pass:create`, `access_pass:update`, `plan:basic:read`, `access_pass:basic:read`, `member:email:read`, `member:basic:read`, `member:phone:read`, `promo_code:basic:read`, `payment:dispute:read`, `payment:resolution_center_case:read`.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn create(
        &self,
        params: crate::types::CreatePaymentParams,
    ) -> RequestBuilder<crate::types::Payment> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/payments",
            operation_id: "createPayment",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/payments".to_owned()).json(&params)
    }
    /// Retrieve payment
    ///
    /// Retrieves the details of an existing payment.
    ///
    /// `GET /payments/{id}` (operationId `retrievePayment`).
    ///
    /// Required permissions: `payment:basic:read`, `plan:basic:read`, `access_pass:basic:read`, `member:email:read`, `member:basic:read`, `member:phone:read`, `promo_code:basic:read`, `payment:dispute:read`, `payment:resolution_center_case:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the payment.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::Payment> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/payments/{id}",
            operation_id: "retrievePayment",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/payments/{id}"))
    }
    /// List fees
    ///
    /// Returns the list of fees associated with a specific payment, including platform fees and processing fees.
    ///
    /// `GET /payments/{id}/fees` (operationId `feesPayment`).
    ///
    /// Required permissions: `payment:basic:read`.
    ///
    /// Returns one page ([`crate::types::FeesPaymentResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the payment to list fees for.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn fees(
        &self,
        id: &str,
        params: crate::types::FeesPaymentParams,
    ) -> RequestBuilder<crate::types::FeesPaymentResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/payments/{id}/fees",
            operation_id: "feesPayment",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/payments/{id}/fees")).query(&params)
    }
    /// Refund payment
    ///
    /// Issue a full or partial refund for a payment. The refund is processed through the original payment processor and the membership status is updated accordingly.
    ///
    /// `POST /payments/{id}/refund` (operationId `refundPayment`).
    ///
    /// Required permissions: `payment:manage`, `plan:basic:read`, `access_pass:basic:read`, `member:email:read`, `member:basic:read`, `member:phone:read`, `promo_code:basic:read`, `payment:dispute:read`, `payment:resolution_center_case:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the payment to refund.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn refund(
        &self,
        id: &str,
        params: crate::types::RefundPaymentParams,
    ) -> RequestBuilder<crate::types::Payment> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/payments/{id}/refund",
            operation_id: "refundPayment",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/payments/{id}/refund")).json(&params)
    }
    /// Retry payment
    ///
    /// Retry a failed or pending payment. This re-attempts the charge using the original payment method and plan details.
    ///
    /// `POST /payments/{id}/retry` (operationId `retryPayment`).
    ///
    /// Required permissions: `payment:manage`, `plan:basic:read`, `access_pass:basic:read`, `member:email:read`, `member:basic:read`, `member:phone:read`, `promo_code:basic:read`, `payment:dispute:read`, `payment:resolution_center_case:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the payment to retry.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retry(&self, id: &str) -> RequestBuilder<crate::types::Payment> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/payments/{id}/retry",
            operation_id: "retryPayment",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/payments/{id}/retry"))
    }
    /// Void payment
    ///
    /// Void a payment that has not yet been settled. Voiding cancels the payment before it is captured by the payment processor.
    ///
    /// `POST /payments/{id}/void` (operationId `voidPayment`).
    ///
    /// Required permissions: `payment:manage`, `plan:basic:read`, `access_pass:basic:read`, `member:email:read`, `member:basic:read`, `member:phone:read`, `promo_code:basic:read`, `payment:dispute:read`, `payment:resolution_center_case:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the payment to void.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn void(&self, id: &str) -> RequestBuilder<crate::types::Payment> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/payments/{id}/void",
            operation_id: "voidPayment",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/payments/{id}/void"))
    }
}
