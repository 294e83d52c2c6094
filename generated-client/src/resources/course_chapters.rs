//! Operations tagged `Course chapters`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Course chapters`. Get one with [`crate::Client::course_chapters`].
#[derive(Debug, Clone, Copy)]
pub struct CourseChapters<'a> {
    client: &'a Client,
}

impl<'a> CourseChapters<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List course chapters
    ///
    /// Returns a paginated list of chapters within a course, ordered by position.
    ///
    /// `GET /course_chapters` (operationId `listCourseChapter`).
    ///
    /// Required permissions: `courses:read`.
    ///
    /// Returns one page ([`crate::types::ListCourseChapterResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListCourseChapterParams,
    ) -> RequestBuilder<crate::types::ListCourseChapterResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/course_chapters",
            operation_id: "listCourseChapter",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/course_chapters".to_owned()).query(&params)
    }
    /// Create course chapter
    ///
    /// Create a new chapter within a course to organize lessons into sections.
    ///
    /// `POST /course_chapters` (operationId `createCourseChapter`).
    ///
    /// Required permissions: `courses:update`.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn create(
        &self,
        params: crate::types::CreateCourseChapterParams,
    ) -> RequestBuilder<crate::types::CourseChapter> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/course_chapters",
            operation_id: "createCourseChapter",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/course_chapters".to_owned()).json(&params)
    }
    /// Retrieve course chapter
    ///
    /// Retrieves the details of an existing course chapter.
    ///
    /// `GET /course_chapters/{id}` (operationId `retrieveCourseChapter`).
    ///
    /// Required permissions: `courses:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the chapter to retrieve.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::CourseChapter> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/course_chapters/{id}",
            operation_id: "retrieveCourseChapter",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/course_chapters/{id}"))
    }
    /// Delete course chapter
    ///
    /// Permanently delete a chapter and all of its lessons from a course.
    ///
    /// `DELETE /course_chapters/{id}` (operationId `deleteCourseChapter`).
    ///
    /// Required permissions: `courses:update`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the chapter to delete (e.g., "chap_XXXXX").
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn delete(&self, id: &str) -> RequestBuilder<bool> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::DELETE,
            path_template: "/course_chapters/{id}",
            operation_id: "deleteCourseChapter",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/course_chapters/{id}"))
    }
    /// Update course chapter
    ///
    /// Update a chapter's title within a course.
    ///
    /// `PATCH /course_chapters/{id}` (operationId `updateCourseChapter`).
    ///
    /// Required permissions: `courses:update`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the chapter to update (e.g., "chap_XXXXX").
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn update(
        &self,
        id: &str,
        params: crate::types::UpdateCourseChapterParams,
    ) -> RequestBuilder<crate::types::CourseChapter> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::PATCH,
            path_template: "/course_chapters/{id}",
            operation_id: "updateCourseChapter",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/course_chapters/{id}")).json(&params)
    }
}
