//! Operations tagged `Bounties`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Bounties`. Get one with [`crate::Client::bounties`].
#[derive(Debug, Clone, Copy)]
pub struct Bounties<'a> {
    client: &'a Client,
}

impl<'a> Bounties<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List bounties
    ///
    /// Returns a paginated list of workforce bounties. When experienceId is provided, returns bounties scoped to that experience. When omitted, returns bounties with no experience.
    ///
    /// `GET /bounties` (operationId `listBounty`).
    ///
    /// Returns one page ([`crate::types::ListBountyResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListBountyParams,
    ) -> RequestBuilder<crate::types::ListBountyResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/bounties",
            operation_id: "listBounty",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/bounties".to_owned()).query(&params)
    }
    /// Create bounty
    ///
    /// Create a new workforce bounty by funding a dedicated bounty pool.
    ///
    /// `POST /bounties` (operationId `createBounty`).
    ///
    /// Required permissions: `bounty:create`.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn create(
        &self,
        params: crate::types::CreateBountyParams,
    ) -> RequestBuilder<crate::types::Bounty> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/bounties",
            operation_id: "createBounty",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/bounties".to_owned()).json(&params)
    }
    /// Retrieve bounty
    ///
    /// Retrieves a workforce bounty for the current authenticated user.
    ///
    /// `GET /bounties/{id}` (operationId `retrieveBounty`).
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the workforce bounty to retrieve.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::Bounty> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/bounties/{id}",
            operation_id: "retrieveBounty",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/bounties/{id}"))
    }
}
