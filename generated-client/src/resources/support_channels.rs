//! Operations tagged `Support channels`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Support channels`. Get one with [`crate::Client::support_channels`].
#[derive(Debug, Clone, Copy)]
pub struct SupportChannels<'a> {
    client: &'a Client,
}

impl<'a> SupportChannels<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List support channels
    ///
    /// Returns a paginated list of support channels for a specific company, with optional filtering by resolution status and custom sorting.
    ///
    /// `GET /support_channels` (operationId `listSupportChannel`).
    ///
    /// Required permissions: `support_chat:read`.
    ///
    /// Returns one page ([`crate::types::ListSupportChannelResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListSupportChannelParams,
    ) -> RequestBuilder<crate::types::ListSupportChannelResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/support_channels",
            operation_id: "listSupportChannel",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/support_channels".to_owned()).query(&params)
    }
    /// Create support channel
    ///
    /// Open a new support channel between a company team member and a customer. Returns the existing channel if one already exists for that user.
    ///
    /// `POST /support_channels` (operationId `createSupportChannel`).
    ///
    /// Required permissions: `support_chat:create`.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn create(
        &self,
        params: crate::types::CreateSupportChannelParams,
    ) -> RequestBuilder<crate::types::SupportChannel> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/support_channels",
            operation_id: "createSupportChannel",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/support_channels".to_owned()).json(&params)
    }
    /// Retrieve support channel
    ///
    /// Retrieves the details of an existing support channel.
    ///
    /// `GET /support_channels/{id}` (operationId `retrieveSupportChannel`).
    ///
    /// Required permissions: `support_chat:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the support channel to retrieve.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::SupportChannel> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/support_channels/{id}",
            operation_id: "retrieveSupportChannel",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/support_channels/{id}"))
    }
}
