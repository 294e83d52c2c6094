//! Operations tagged `Experiences`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Experiences`. Get one with [`crate::Client::experiences`].
#[derive(Debug, Clone, Copy)]
pub struct Experiences<'a> {
    client: &'a Client,
}

impl<'a> Experiences<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List experiences
    ///
    /// Returns a paginated list of experiences belonging to a company, with optional filtering by product and app.
    ///
    /// `GET /experiences` (operationId `listExperience`).
    ///
    /// Returns one page ([`crate::types::ListExperienceResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListExperienceParams,
    ) -> RequestBuilder<crate::types::ListExperienceResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/experiences",
            operation_id: "listExperience",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/experiences".to_owned()).query(&params)
    }
    /// Create experience
    ///
    /// `POST /experiences` (operationId `createExperience`).
    ///
    /// Required permissions: `experience:create`.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn create(
        &self,
        params: crate::types::CreateExperienceParams,
    ) -> RequestBuilder<crate::types::Experience> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/experiences",
            operation_id: "createExperience",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/experiences".to_owned()).json(&params)
    }
    /// Retrieve experience
    ///
    /// Retrieves the details of an existing experience.
    ///
    /// `GET /experiences/{id}` (operationId `retrieveExperience`).
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the experience.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::Experience> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/experiences/{id}",
            operation_id: "retrieveExperience",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/experiences/{id}"))
    }
    /// Delete experience
    ///
    /// `DELETE /experiences/{id}` (operationId `deleteExperience`).
    ///
    /// Required permissions: `experience:delete`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the experience to delete.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn delete(&self, id: &str) -> RequestBuilder<bool> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::DELETE,
            path_template: "/experiences/{id}",
            operation_id: "deleteExperience",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/experiences/{id}"))
    }
    /// Update experience
    ///
    /// `PATCH /experiences/{id}` (operationId `updateExperience`).
    ///
    /// Required permissions: `experience:update`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the experience to update.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn update(
        &self,
        id: &str,
        params: crate::types::UpdateExperienceParams,
    ) -> RequestBuilder<crate::types::Experience> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::PATCH,
            path_template: "/experiences/{id}",
            operation_id: "updateExperience",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/experiences/{id}")).json(&params)
    }
    /// Attach experience
    ///
    /// Attach an experience to a product, making it accessible to the product's customers.
    ///
    /// `POST /experiences/{id}/attach` (operationId `attachExperience`).
    ///
    /// Required permissions: `experience:attach`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the experience to attach.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn attach(
        &self,
        id: &str,
        params: crate::types::AttachExperienceParams,
    ) -> RequestBuilder<crate::types::Experience> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/experiences/{id}/attach",
            operation_id: "attachExperience",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/experiences/{id}/attach")).json(&params)
    }
    /// Detach experience
    ///
    /// Detach an experience from a product, removing customer access to it through that product.
    ///
    /// `POST /experiences/{id}/detach` (operationId `detachExperience`).
    ///
    /// Required permissions: `experience:detach`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the experience to detach.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn detach(
        &self,
        id: &str,
        params: crate::types::DetachExperienceParams,
    ) -> RequestBuilder<crate::types::Experience> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/experiences/{id}/detach",
            operation_id: "detachExperience",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/experiences/{id}/detach")).json(&params)
    }
    /// Duplicate experience
    ///
    /// Duplicates an existing experience. The name will be copied, unless provided. The new experience will be attached to the same products as the original experience.
    /// If duplicating a Forum or Chat experience, the new experience will have the same settings as the original experience, e.g. who can post, who can comment, etc.
    /// No content, e.g. posts, messages, lessons from within the original experience will be copied.
    ///
    /// `POST /experiences/{id}/duplicate` (operationId `duplicateExperience`).
    ///
    /// Required permissions: `experience:create`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the experience to duplicate.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn duplicate(
        &self,
        id: &str,
        params: crate::types::DuplicateExperienceParams,
    ) -> RequestBuilder<crate::types::Experience> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/experiences/{id}/duplicate",
            operation_id: "duplicateExperience",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/experiences/{id}/duplicate")).json(&params)
    }
}
