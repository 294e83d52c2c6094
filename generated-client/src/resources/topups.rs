//! Operations tagged `Topups`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Topups`. Get one with [`crate::Client::topups`].
#[derive(Debug, Clone, Copy)]
pub struct Topups<'a> {
    client: &'a Client,
}

impl<'a> Topups<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// Create topup
    ///
    /// Add funds to a company's platform balance by charging a stored payment method. Top-ups have no fees or taxes and do not count as revenue.
    ///
    /// `POST /topups` (operationId `createTopup`).
    ///
    /// Required permissions: `payment:charge`.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn create(
        &self,
        params: crate::types::CreateTopupParams,
    ) -> RequestBuilder<crate::types::Topup> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/topups",
            operation_id: "createTopup",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/topups".to_owned()).json(&params)
    }
}
