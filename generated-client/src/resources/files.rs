//! Operations tagged `Files`.
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
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/files/{id}"))
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
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/files".to_owned()).json(&params)
    }
    /// Creates the record with [`Self::create`], then uploads `contents` with `PUT` to the
    /// presigned `upload_url` it returns, sending its `upload_headers` (and not the API key).
    ///
    /// Returns the created record.
    ///
    /// # Errors
    ///
    /// Whatever `create` returns; [`crate::Error::InvalidRequest`] when the response has no
    /// `upload_url`; the upload's own failure (a non-2xx status from the storage host is an
    /// API error carrying that status).
    pub async fn create_and_upload(
        &self,
        params: crate::types::CreateFileParams,
        contents: impl Into<bytes::Bytes>,
    ) -> crate::Result<crate::types::CreateFileResponse> {
        let created = self.create(params).send().await?;
        let headers = created.upload_headers.clone().unwrap_or_default();
        crate::runtime::upload_presigned(
                self.client,
                created
                    .upload_url
                    .as_deref()
                    .ok_or_else(|| crate::Error::InvalidRequest(
                        "createFile returned no upload_url".to_owned(),
                    ))?,
                &headers,
                contents.into(),
            )
            .await?;
        Ok(created)
    }
}
