//! Operations tagged `Shipments`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Shipments`. Get one with [`crate::Client::shipments`].
#[derive(Debug, Clone, Copy)]
pub struct Shipments<'a> {
    client: &'a Client,
}

impl<'a> Shipments<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List shipments
    ///
    /// Returns a paginated list of shipments, with optional filtering by payment, company, or user.
    ///
    /// `GET /shipments` (operationId `listShipment`).
    ///
    /// Required permissions: `shipment:basic:read`, `payment:basic:read`.
    ///
    /// Returns one page ([`crate::types::ListShipmentResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListShipmentParams,
    ) -> RequestBuilder<crate::types::ListShipmentResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/shipments",
            operation_id: "listShipment",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/shipments".to_owned()).query(&params)
    }
    /// Create shipment
    ///
    /// Create a new shipment with a tracking code for a specific payment within a company.
    ///
    /// `POST /shipments` (operationId `createShipment`).
    ///
    /// Required permissions: `shipment:create`, `payment:basic:read`.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn create(
        &self,
        params: crate::types::CreateShipmentParams,
    ) -> RequestBuilder<crate::types::Shipment> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/shipments",
            operation_id: "createShipment",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/shipments".to_owned()).json(&params)
    }
    /// Retrieve shipment
    ///
    /// Retrieves the details of an existing shipment.
    ///
    /// `GET /shipments/{id}` (operationId `retrieveShipment`).
    ///
    /// Required permissions: `shipment:basic:read`, `payment:basic:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the shipment to retrieve.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::Shipment> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/shipments/{id}",
            operation_id: "retrieveShipment",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/shipments/{id}"))
    }
}
