//! Operations tagged `Course lesson interactions`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Course lesson interactions`. Get one with [`crate::Client::course_lesson_interactions`].
#[derive(Debug, Clone, Copy)]
pub struct CourseLessonInteractions<'a> {
    client: &'a Client,
}

impl<'a> CourseLessonInteractions<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List course lesson interactions
    ///
    /// Returns a paginated list of lesson interactions, filtered by lesson, course, user, or completion status.
    ///
    /// `GET /course_lesson_interactions` (operationId `listCourseLessonInteraction`).
    ///
    /// Required permissions: `courses:read`, `course_analytics:read`.
    ///
    /// Returns one page ([`crate::types::ListCourseLessonInteractionResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListCourseLessonInteractionParams,
    ) -> RequestBuilder<crate::types::ListCourseLessonInteractionResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/course_lesson_interactions",
            operation_id: "listCourseLessonInteraction",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client
            .request(&META, "/course_lesson_interactions".to_owned())
            .query(&params)
    }
    /// Retrieve course lesson interaction
    ///
    /// Retrieves the details of an existing course lesson interaction.
    ///
    /// `GET /course_lesson_interactions/{id}` (operationId `retrieveCourseLessonInteraction`).
    ///
    /// Required permissions: `courses:read`, `course_analytics:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the lesson interaction to retrieve.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(
        &self,
        id: &str,
    ) -> RequestBuilder<crate::types::CourseLessonInteraction> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/course_lesson_interactions/{id}",
            operation_id: "retrieveCourseLessonInteraction",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/course_lesson_interactions/{id}"))
    }
}
