//! Operations tagged `Apps`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Apps`. Get one with [`crate::Client::apps`].
#[derive(Debug, Clone, Copy)]
pub struct Apps<'a> {
    client: &'a Client,
}

impl<'a> Apps<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List apps
    ///
    /// Returns a paginated list of apps on the Whop platform, with optional filtering by company, type, view support, and search query.
    ///
    /// `GET /apps` (operationId `listApp`).
    ///
    /// Returns one page ([`crate::types::ListAppResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListAppParams,
    ) -> RequestBuilder<crate::types::ListAppResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/apps",
            operation_id: "listApp",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/apps".to_owned()).query(&params)
    }
    /// Create app
    ///
    /// Register a new app on the Whop developer platform. Apps provide custom experiences that can be added to products.
    ///
    /// `POST /apps` (operationId `createApp`).
    ///
    /// Required permissions: `developer:create_app`, `developer:manage_api_key`.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn create(
        &self,
        params: crate::types::CreateAppParams,
    ) -> RequestBuilder<crate::types::App> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/apps",
            operation_id: "createApp",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/apps".to_owned()).json(&params)
    }
    /// Retrieve app
    ///
    /// Retrieves the details of an existing app.
    ///
    /// `GET /apps/{id}` (operationId `retrieveApp`).
    ///
    /// Required permissions: `developer:manage_api_key`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the app to retrieve.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::App> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/apps/{id}",
            operation_id: "retrieveApp",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/apps/{id}"))
    }
    /// Update app
    ///
    /// Update the settings, metadata, or status of an existing app on the Whop developer platform.
    ///
    /// `PATCH /apps/{id}` (operationId `updateApp`).
    ///
    /// Required permissions: `developer:update_app`, `developer:manage_api_key`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the app to update, starting with 'app_'.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn update(
        &self,
        id: &str,
        params: crate::types::UpdateAppParams,
    ) -> RequestBuilder<crate::types::App> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::PATCH,
            path_template: "/apps/{id}",
            operation_id: "updateApp",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/apps/{id}")).json(&params)
    }
}
