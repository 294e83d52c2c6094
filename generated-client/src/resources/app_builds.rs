//! Operations tagged `App builds`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `App builds`. Get one with [`crate::Client::app_builds`].
#[derive(Debug, Clone, Copy)]
pub struct AppBuilds<'a> {
    client: &'a Client,
}

impl<'a> AppBuilds<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List app builds
    ///
    /// Returns a paginated list of build artifacts for a given app, with optional filtering by platform, status, and creation date.
    ///
    /// `GET /app_builds` (operationId `listAppBuild`).
    ///
    /// Required permissions: `developer:manage_builds`.
    ///
    /// Returns one page ([`crate::types::ListAppBuildResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListAppBuildParams,
    ) -> RequestBuilder<crate::types::ListAppBuildResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/app_builds",
            operation_id: "listAppBuild",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/app_builds".to_owned()).query(&params)
    }
    /// Create app build
    ///
    /// Upload a new build artifact for an app. The build must include a compiled code bundle for the specified platform.
    ///
    /// `POST /app_builds` (operationId `createAppBuild`).
    ///
    /// Required permissions: `developer:manage_builds`.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn create(
        &self,
        params: crate::types::CreateAppBuildParams,
    ) -> RequestBuilder<crate::types::AppBuild> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/app_builds",
            operation_id: "createAppBuild",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/app_builds".to_owned()).json(&params)
    }
    /// Retrieve app build
    ///
    /// Retrieves the details of an existing app build.
    ///
    /// `GET /app_builds/{id}` (operationId `retrieveAppBuild`).
    ///
    /// Required permissions: `developer:manage_builds`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the app build to retrieve.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::AppBuild> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/app_builds/{id}",
            operation_id: "retrieveAppBuild",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/app_builds/{id}"))
    }
    /// Promote app build
    ///
    /// Promote an approved or draft app build to production so it becomes the active version served to users.
    ///
    /// `POST /app_builds/{id}/promote` (operationId `promoteAppBuild`).
    ///
    /// Required permissions: `developer:manage_builds`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the app build to promote to production, starting with 'abld_'.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn promote(&self, id: &str) -> RequestBuilder<crate::types::AppBuild> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/app_builds/{id}/promote",
            operation_id: "promoteAppBuild",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/app_builds/{id}/promote"))
    }
}
