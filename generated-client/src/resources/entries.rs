//! Operations tagged `Entries`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Entries`. Get one with [`crate::Client::entries`].
#[derive(Debug, Clone, Copy)]
pub struct Entries<'a> {
    client: &'a Client,
}

impl<'a> Entries<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List entries
    ///
    /// Returns a paginated list of waitlist entries for a company, with optional filtering by product, plan, status, and creation date.
    ///
    /// `GET /entries` (operationId `listEntry`).
    ///
    /// Required permissions: `plan:waitlist:read`, `member:email:read`.
    ///
    /// Returns one page ([`crate::types::ListEntryResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListEntryParams,
    ) -> RequestBuilder<crate::types::ListEntryResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/entries",
            operation_id: "listEntry",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/entries".to_owned()).query(&params)
    }
    /// Retrieve entry
    ///
    /// Retrieves the details of an existing waitlist entry.
    ///
    /// `GET /entries/{id}` (operationId `retrieveEntry`).
    ///
    /// Required permissions: `plan:waitlist:read`, `member:email:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the waitlist entry to retrieve.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::Entry> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/entries/{id}",
            operation_id: "retrieveEntry",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/entries/{id}"))
    }
    /// Approve entry
    ///
    /// Approve a pending waitlist entry, triggering the checkout process to grant the user access to the plan.
    ///
    /// `POST /entries/{id}/approve` (operationId `approveEntry`).
    ///
    /// Required permissions: `plan:waitlist:manage`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the waitlist entry to approve.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn approve(
        &self,
        id: &str,
    ) -> RequestBuilder<crate::types::ApproveEntryResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/entries/{id}/approve",
            operation_id: "approveEntry",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/entries/{id}/approve"))
    }
    /// Deny entry
    ///
    /// Deny a pending waitlist entry, preventing the user from gaining access to the plan.
    ///
    /// `POST /entries/{id}/deny` (operationId `denyEntry`).
    ///
    /// Required permissions: `plan:waitlist:manage`, `plan:basic:read`, `member:email:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the waitlist entry to deny.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn deny(&self, id: &str) -> RequestBuilder<crate::types::Entry> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/entries/{id}/deny",
            operation_id: "denyEntry",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/entries/{id}/deny"))
    }
}
