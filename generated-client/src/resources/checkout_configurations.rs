//! Operations tagged `Checkout configurations`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Checkout configurations`. Get one with [`crate::Client::checkout_configurations`].
#[derive(Debug, Clone, Copy)]
pub struct CheckoutConfigurations<'a> {
    client: &'a Client,
}

impl<'a> CheckoutConfigurations<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List checkout configurations
    ///
    /// Returns a paginated list of checkout configurations for a company, with optional filtering by plan and creation date.
    ///
    /// `GET /checkout_configurations` (operationId `listCheckoutConfiguration`).
    ///
    /// Required permissions: `checkout_configuration:basic:read`.
    ///
    /// Returns one page ([`crate::types::ListCheckoutConfigurationResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListCheckoutConfigurationParams,
    ) -> RequestBuilder<crate::types::ListCheckoutConfigurationResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/checkout_configurations",
            operation_id: "listCheckoutConfiguration",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/checkout_configurations".to_owned()).query(&params)
    }
    /// Create checkout configuration
    ///
    /// Creates a new checkout configuration
    ///
    /// `POST /checkout_configurations` (operationId `createCheckoutConfiguration`).
    ///
    /// Required permissions: `checkout_configuration:create`, `plan:create`, `access_pass:create`, `access_pass:update`, `checkout_configuration:basic:read`.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn create(
        &self,
        params: crate::types::CreateCheckoutConfigurationParams,
    ) -> RequestBuilder<crate::types::CheckoutConfiguration> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/checkout_configurations",
            operation_id: "createCheckoutConfiguration",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/checkout_configurations".to_owned()).json(&params)
    }
    /// Retrieve checkout configuration
    ///
    /// Retrieves the details of an existing checkout configuration.
    ///
    /// `GET /checkout_configurations/{id}` (operationId `retrieveCheckoutConfiguration`).
    ///
    /// Required permissions: `checkout_configuration:basic:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the checkout configuration.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(
        &self,
        id: &str,
    ) -> RequestBuilder<crate::types::CheckoutConfiguration> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/checkout_configurations/{id}",
            operation_id: "retrieveCheckoutConfiguration",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/checkout_configurations/{id}"))
    }
}
