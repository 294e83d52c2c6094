//! Operations tagged `Notifications`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Notifications`. Get one with [`crate::Client::notifications`].
#[derive(Debug, Clone, Copy)]
pub struct Notifications<'a> {
    client: &'a Client,
}

impl<'a> Notifications<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// Create notification
    ///
    /// Send a push notification to users in an experience or company team. The notification is processed asynchronously and supports targeting specific users.
    ///
    /// `POST /notifications` (operationId `createNotification`).
    ///
    /// Required permissions: `notification:create`.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn create(
        &self,
        params: crate::types::CreateNotificationParams,
    ) -> RequestBuilder<crate::types::CreateNotificationResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::POST,
            path_template: "/notifications",
            operation_id: "createNotification",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/notifications".to_owned()).json(&params)
    }
}
