//! Operations tagged `Courses`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Courses`. Get one with [`crate::Client::courses`].
#[derive(Debug, Clone, Copy)]
pub struct Courses<'a> {
    client: &'a Client,
}

impl<'a> Courses<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List courses
    ///
    /// Returns a paginated list of courses, filtered by either an experience or a company.
    ///
    /// `GET /courses` (operationId `listCourse`).
    ///
    /// Required permissions: `courses:read`.
    ///
    /// Returns one page ([`crate::types::ListCourseResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListCourseParams,
    ) -> RequestBuilder<crate::types::ListCourseResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/courses",
            operation_id: "listCourse",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/courses".to_owned()).query(&params)
    }
    /// Create course
    ///
    /// Create a new course within an experience, with optional chapters, lessons, and a certificate.
    ///
    /// `POST /courses` (operationId `createCourse`).
    ///
    /// Required permissions: `courses:update`.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn create(
        &self,
        params: crate::types::CreateCourseParams,
    ) -> RequestBuilder<crate::types::Course> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/courses",
            operation_id: "createCourse",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/courses".to_owned()).json(&params)
    }
    /// Retrieve course
    ///
    /// Retrieves the details of an existing course.
    ///
    /// `GET /courses/{id}` (operationId `retrieveCourse`).
    ///
    /// Required permissions: `courses:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the course to retrieve.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::Course> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/courses/{id}",
            operation_id: "retrieveCourse",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/courses/{id}"))
    }
    /// Delete course
    ///
    /// Permanently delete a course and all of its chapters, lessons, and student progress.
    ///
    /// `DELETE /courses/{id}` (operationId `deleteCourse`).
    ///
    /// Required permissions: `courses:update`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the course to delete (e.g., "course_XXXXX").
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn delete(&self, id: &str) -> RequestBuilder<bool> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::DELETE,
            path_template: "/courses/{id}",
            operation_id: "deleteCourse",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/courses/{id}"))
    }
    /// Update course
    ///
    /// Update a course's title, description, visibility, thumbnail, or chapter ordering.
    ///
    /// `PATCH /courses/{id}` (operationId `updateCourse`).
    ///
    /// Required permissions: `courses:update`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the course to update (e.g., "course_XXXXX").
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn update(
        &self,
        id: &str,
        params: crate::types::UpdateCourseParams,
    ) -> RequestBuilder<crate::types::Course> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::PATCH,
            path_template: "/courses/{id}",
            operation_id: "updateCourse",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/courses/{id}")).json(&params)
    }
}
