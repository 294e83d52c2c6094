//! Operations tagged `Course students`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Course students`. Get one with [`crate::Client::course_students`].
#[derive(Debug, Clone, Copy)]
pub struct CourseStudents<'a> {
    client: &'a Client,
}

impl<'a> CourseStudents<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List course students
    ///
    /// Returns a paginated list of students enrolled in a course, with optional name filtering.
    ///
    /// `GET /course_students` (operationId `listCourseStudent`).
    ///
    /// Required permissions: `courses:read`, `course_analytics:read`.
    ///
    /// Returns one page ([`crate::types::ListCourseStudentResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListCourseStudentParams,
    ) -> RequestBuilder<crate::types::ListCourseStudentResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/course_students",
            operation_id: "listCourseStudent",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/course_students".to_owned()).query(&params)
    }
    /// Retrieve course student
    ///
    /// Retrieves the details of an existing course student.
    ///
    /// `GET /course_students/{id}` (operationId `retrieveCourseStudent`).
    ///
    /// Required permissions: `courses:read`, `course_analytics:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the course student record to retrieve.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::CourseStudent> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/course_students/{id}",
            operation_id: "retrieveCourseStudent",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/course_students/{id}"))
    }
}
