//! Operations tagged `Members`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Members`. Get one with [`crate::Client::members`].
#[derive(Debug, Clone, Copy)]
pub struct Members<'a> {
    client: &'a Client,
}

impl<'a> Members<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List members
    ///
    /// Returns a paginated list of members for a company, with extensive filtering by product, plan, status, access level, and more.
    ///
    /// `GET /members` (operationId `listMember`).
    ///
    /// Required permissions: `member:basic:read`, `member:email:read`, `member:phone:read`.
    ///
    /// Returns one page ([`crate::types::ListMemberResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListMemberParams,
    ) -> RequestBuilder<crate::types::ListMemberResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/members",
            operation_id: "listMember",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/members".to_owned()).query(&params)
    }
    /// Retrieve member
    ///
    /// Retrieves the details of an existing member.
    ///
    /// `GET /members/{id}` (operationId `retrieveMember`).
    ///
    /// Required permissions: `member:basic:read`, `member:email:read`, `member:phone:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the member to retrieve.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::Member> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/members/{id}",
            operation_id: "retrieveMember",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/members/{id}"))
    }
}
