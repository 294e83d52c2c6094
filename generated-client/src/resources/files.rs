//!Operations tagged `Files`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Files`. Get one with [`crate::Client::files`].
#[derive(Debug, Clone, Copy)]
pub struct Files<'a> {
    client: &'a Client,
}

impl<'a> Files<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// Retrieve file
    ///
    /// Retrieves the details of an existing file.
    ///
    /// `GET /files/{id}` (operationId `retrieveFile`).
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the file to retrieve.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::File> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/files/{id}",
            operation_id: "retrieveFile",
            idempotency_field: None,
        };
        self.client
            .request(
                &META,
                format!("/files/{}", crate ::runtime::encode_path_segment(id)),
            )
    }
    /// Create file
    ///
    /// Create a new file record and receive a presigned URL for uploading content to S3.
    ///
    /// `POST /files` (operationId `createFile`).
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn create(
        &self,
        params: crate::types::CreateFileParams,
    ) -> RequestBuilder<crate::types::CreateFileResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/files",
            operation_id: "createFile",
            idempotency_field: None,
        };
        self.client.request(&META, "/files".to_owned()).json(&params)
    }
}
