//! Operations tagged `Ads`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Ads`. Get one with [`crate::Client::ads`].
#[derive(Debug, Clone, Copy)]
pub struct Ads<'a> {
    client: &'a Client,
}

impl<'a> Ads<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// List ads
    ///
    /// List ads scoped by ad group, campaign, or company.
    ///
    /// `GET /ads` (operationId `listAd`).
    ///
    /// Required permissions: `ad_campaign:basic:read`.
    ///
    /// Returns one page ([`crate::types::ListAdResponse`]); the builder's `pages()` and `items()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn list(
        &self,
        params: crate::types::ListAdParams,
    ) -> RequestBuilder<crate::types::ListAdResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/ads",
            operation_id: "listAd",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/ads".to_owned()).query(&params)
    }
    /// Create ad
    ///
    /// Create an ad within an ad group.
    ///
    /// `POST /ads` (operationId `createAd`).
    ///
    /// Required permissions: `ad_campaign:create`.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn create(
        &self,
        params: crate::types::CreateAdParams,
    ) -> RequestBuilder<crate::types::Ad> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/ads",
            operation_id: "createAd",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/ads".to_owned()).json(&params)
    }
    /// Retrieve ad
    ///
    /// Retrieve an ad by its unique identifier.
    ///
    /// `GET /ads/{id}` (operationId `retrieveAd`).
    ///
    /// Required permissions: `ad_campaign:basic:read`.
    ///
    /// # Arguments
    ///
    /// - `id`: The unique identifier of the ad.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn retrieve(&self, id: &str) -> RequestBuilder<crate::types::Ad> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/ads/{id}",
            operation_id: "retrieveAd",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        let id = crate::runtime::encode_path_segment(id);
        self.client.request(&META, format!("/ads/{id}"))
    }
}
