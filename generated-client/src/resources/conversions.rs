//! Operations tagged `Conversions`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Conversions`. Get one with [`crate::Client::conversions`].
#[derive(Debug, Clone, Copy)]
pub struct Conversions<'a> {
    client: &'a Client,
}

impl<'a> Conversions<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// Create conversion
    ///
    /// Track a conversion or engagement event for a company.
    ///
    /// `POST /conversions` (operationId `createConversion`).
    ///
    /// Required permissions: `event:create`.
    ///
    /// The API deduplicates on `event_id`: when it is left empty the client fills it with a fresh UUID and sends the same value on every retry, so this call is retried safely.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn create(
        &self,
        params: crate::types::CreateConversionParams,
    ) -> RequestBuilder<crate::types::CreateConversionResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/conversions",
            operation_id: "createConversion",
            idempotency_field: Some("event_id"),
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/conversions".to_owned()).json(&params)
    }
}
