//! Operations tagged `Fee markups`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Fee markups`. Get one with [`crate::Client::fee_markups`].
#[derive(Debug, Clone, Copy)]
pub struct FeeMarkups<'a> {
    client: &'a Client,
}

impl<'a> FeeMarkups<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List fee markups
    ///
    /// Returns a paginated list of fee markups configured for a company. If the company is a platform account, returns the platform default markups.
    ///
    /// `GET /fee_markups` (operationId `listFeeMarkup`).
    ///
    /// Required permissions: `company:update_child_fees`.
    ///
    /// Returns one page ([`crate::types::ListFeeMarkupResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListFeeMarkupParams,
    ) -> RequestBuilder<crate::types::ListFeeMarkupResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/fee_markups",
            operation_id: "listFeeMarkup",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/fee_markups".to_owned()).query(&params)
    }
    /// Create fee markup
    ///
    /// Create or update a fee markup for a company. If a markup for the specified fee type already exists, it will be updated with the new values.
    ///
    /// `POST /fee_markups` (operationId `createFeeMarkup`).
    ///
    /// Required permissions: `company:update_child_fees`.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn create(
        &self,
        params: crate::types::CreateFeeMarkupParams,
    ) -> RequestBuilder<crate::types::FeeMarkup> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/fee_markups",
            operation_id: "createFeeMarkup",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/fee_markups".to_owned()).json(&params)
    }
    /// Delete fee markup
    ///
    /// Delete a fee markup configuration for a company. This removes the custom fee override and reverts to the parent company's default fees.
    ///
    /// `DELETE /fee_markups/{id}` (operationId `deleteFeeMarkup`).
    ///
    /// Required permissions: `company:update_child_fees`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the fee markup to delete.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn delete(&self, id: &str) -> RequestBuilder<bool> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::DELETE,
            path_template: "/fee_markups/{id}",
            operation_id: "deleteFeeMarkup",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/fee_markups/{id}"))
    }
}
