//! Operations tagged `Course lessons`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Course lessons`. Get one with [`crate::Client::course_lessons`].
#[derive(Debug, Clone, Copy)]
pub struct CourseLessons<'a> {
    client: &'a Client,
}

impl<'a> CourseLessons<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List course lessons
    ///
    /// Returns a paginated list of lessons within a course or chapter, ordered by position.
    ///
    /// `GET /course_lessons` (operationId `listCourseLesson`).
    ///
    /// Required permissions: `courses:read`.
    ///
    /// Returns one page ([`crate::types::ListCourseLessonResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListCourseLessonParams,
    ) -> RequestBuilder<crate::types::ListCourseLessonResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/course_lessons",
            operation_id: "listCourseLesson",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/course_lessons".to_owned()).query(&params)
    }
    /// Create course lesson
    ///
    /// Create a new lesson within a course chapter. Lessons can contain video, text, or assessment content.
    ///
    /// `POST /course_lessons` (operationId `createCourseLesson`).
    ///
    /// Required permissions: `courses:update`.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn create(
        &self,
        params: crate::types::CreateCourseLessonParams,
    ) -> RequestBuilder<crate::types::CourseLesson> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/course_lessons",
            operation_id: "createCourseLesson",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/course_lessons".to_owned()).json(&params)
    }
    /// Retrieve course lesson
    ///
    /// Retrieves the details of an existing course lesson.
    ///
    /// `GET /course_lessons/{id}` (operationId `retrieveCourseLesson`).
    ///
    /// Required permissions: `courses:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the lesson to retrieve.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::CourseLesson> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/course_lessons/{id}",
            operation_id: "retrieveCourseLesson",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/course_lessons/{id}"))
    }
    /// Delete course lesson
    ///
    /// Permanently delete a lesson and remove it from its chapter.
    ///
    /// `DELETE /course_lessons/{id}` (operationId `deleteCourseLesson`).
    ///
    /// Required permissions: `courses:update`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the lesson to delete (e.g., "lesn_xxxxxxxxxxxxx").
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn delete(&self, id: &str) -> RequestBuilder<bool> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::DELETE,
            path_template: "/course_lessons/{id}",
            operation_id: "deleteCourseLesson",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/course_lessons/{id}"))
    }
    /// Update course lesson
    ///
    /// Update a lesson's content, type, visibility, assessment questions, or media attachments.
    ///
    /// `PATCH /course_lessons/{id}` (operationId `updateCourseLesson`).
    ///
    /// Required permissions: `courses:update`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the lesson to update (e.g., "lesn_xxxxxxxxxxxxx").
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn update(
        &self,
        id: &str,
        params: crate::types::UpdateCourseLessonParams,
    ) -> RequestBuilder<crate::types::CourseLesson> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::PATCH,
            path_template: "/course_lessons/{id}",
            operation_id: "updateCourseLesson",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/course_lessons/{id}")).json(&params)
    }
    /// Mark as completed course lesson
    ///
    /// Mark a lesson as completed for the current user after they finish the content.
    ///
    /// `POST /course_lessons/{lesson_id}/mark_as_completed` (operationId `markAsCompletedCourseLesson`).
    ///
    /// # Arguments
    ///
    /// - `lesson_id`: The unique identifier of the lesson to mark as completed (e.g., "lesn_xxxxxxxxxxxxx").
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn mark_as_completed(&self, lesson_id: &str) -> RequestBuilder<bool> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/course_lessons/{lesson_id}/mark_as_completed",
            operation_id: "markAsCompletedCourseLesson",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let lesson_id = crate::runtime::encode_path_segment(lesson_id);
        self.client
            .request(&META, format!("/course_lessons/{lesson_id}/mark_as_completed"))
    }
    /// Start course lesson
    ///
    /// Record that the current user has started viewing a lesson, creating progress tracking records.
    ///
    /// `POST /course_lessons/{lesson_id}/start` (operationId `startCourseLesson`).
    ///
    /// # Arguments
    ///
    /// - `lesson_id`: The unique identifier of the lesson the user is starting (e.g., "lesn_xxxxxxxxxxxxx").
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn start(&self, lesson_id: &str) -> RequestBuilder<bool> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/course_lessons/{lesson_id}/start",
            operation_id: "startCourseLesson",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let lesson_id = crate::runtime::encode_path_segment(lesson_id);
        self.client.request(&META, format!("/course_lessons/{lesson_id}/start"))
    }
    /// Submit assessment course lesson
    ///
    /// Submit answers for a quiz or knowledge check lesson and receive a graded result.
    ///
    /// `POST /course_lessons/{lesson_id}/submit_assessment` (operationId `submitAssessmentCourseLesson`).
    ///
    /// # Arguments
    ///
    /// - `lesson_id`: The unique identifier of the quiz or knowledge check lesson to submit answers for (e.g., "lesn_xxxxxxxxxxxxx").
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn submit_assessment(
        &self,
        lesson_id: &str,
        params: crate::types::SubmitAssessmentCourseLessonParams,
    ) -> RequestBuilder<crate::types::SubmitAssessmentCourseLessonResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/course_lessons/{lesson_id}/submit_assessment",
            operation_id: "submitAssessmentCourseLesson",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let lesson_id = crate::runtime::encode_path_segment(lesson_id);
        self.client
            .request(&META, format!("/course_lessons/{lesson_id}/submit_assessment"))
            .json(&params)
    }
}
