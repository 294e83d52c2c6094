//! Operations tagged `Promo codes`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Promo codes`. Get one with [`crate::Client::promo_codes`].
#[derive(Debug, Clone, Copy)]
pub struct PromoCodes<'a> {
    client: &'a Client,
}

impl<'a> PromoCodes<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List promo codes
    ///
    /// Returns a paginated list of promo codes belonging to a company, with optional filtering by product, plan, and status.
    ///
    /// `GET /promo_codes` (operationId `listPromoCode`).
    ///
    /// Required permissions: `promo_code:basic:read`, `access_pass:basic:read`.
    ///
    /// Returns one page ([`crate::types::ListPromoCodeResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListPromoCodeParams,
    ) -> RequestBuilder<crate::types::ListPromoCodeResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/promo_codes",
            operation_id: "listPromoCode",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/promo_codes".to_owned()).query(&params)
    }
    /// Create promo code
    ///
    /// Create a new promo code that applies a discount at checkout. Can be scoped to specific products or plans.
    ///
    /// `POST /promo_codes` (operationId `createPromoCode`).
    ///
    /// Required permissions: `promo_code:create`, `access_pass:basic:read`.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn create(
        &self,
        params: crate::types::CreatePromoCodeParams,
    ) -> RequestBuilder<crate::types::PromoCode> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/promo_codes",
            operation_id: "createPromoCode",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/promo_codes".to_owned()).json(&params)
    }
    /// Retrieve promo code
    ///
    /// Retrieves the details of an existing promo code.
    ///
    /// `GET /promo_codes/{id}` (operationId `retrievePromoCode`).
    ///
    /// Required permissions: `promo_code:basic:read`, `access_pass:basic:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the promo code.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::PromoCode> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/promo_codes/{id}",
            operation_id: "retrievePromoCode",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/promo_codes/{id}"))
    }
    /// Delete promo code
    ///
    /// Archive a promo code, preventing it from being used in future checkouts. Existing memberships are not affected.
    ///
    /// `DELETE /promo_codes/{id}` (operationId `deletePromoCode`).
    ///
    /// Required permissions: `promo_code:delete`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the promo code to archive.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn delete(&self, id: &str) -> RequestBuilder<bool> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::DELETE,
            path_template: "/promo_codes/{id}",
            operation_id: "deletePromoCode",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/promo_codes/{id}"))
    }
}
