//! Operations tagged `Reviews`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Reviews`. Get one with [`crate::Client::reviews`].
#[derive(Debug, Clone, Copy)]
pub struct Reviews<'a> {
    client: &'a Client,
}

impl<'a> Reviews<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List reviews
    ///
    /// Returns a paginated list of customer reviews for a specific product, with optional filtering by star rating and creation date.
    ///
    /// `GET /reviews` (operationId `listReview`).
    ///
    /// Returns one page ([`crate::types::ListReviewResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListReviewParams,
    ) -> RequestBuilder<crate::types::ListReviewResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/reviews",
            operation_id: "listReview",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/reviews".to_owned()).query(&params)
    }
    /// Retrieve review
    ///
    /// Retrieves the details of an existing review.
    ///
    /// `GET /reviews/{id}` (operationId `retrieveReview`).
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the review to retrieve.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::Review> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/reviews/{id}",
            operation_id: "retrieveReview",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/reviews/{id}"))
    }
}
