//! Operations tagged `Stats`.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::too_long_first_doc_paragraph
)]
use crate::runtime::{Client, OperationMeta, RequestBuilder};
/// Operations tagged `Stats`. Get one with [`crate::Client::stats`].
#[derive(Debug, Clone, Copy)]
pub struct Stats<'a> {
    client: &'a Client,
}

impl<'a> Stats<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// Describe stats
    ///
    /// Describe available stats schema. Without resource returns root nodes and metrics. With resource returns node columns, associations, and available metrics.
    ///
    /// `GET /stats/describe` (operationId `describeStats`).
    ///
    /// Required permissions: `stats:read`.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn describe(
        &self,
        params: crate::types::DescribeStatsParams,
    ) -> RequestBuilder<crate::types::DescribeStatsResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/stats/describe",
            operation_id: "describeStats",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/stats/describe".to_owned()).query(&params)
    }
    /// Raw stats
    ///
    /// Query raw data from a resource. Returns paginated rows with all columns.
    ///
    /// `GET /stats/raw` (operationId `rawStats`).
    ///
    /// Required permissions: `stats:read`.
    ///
    /// Returns one page ([`crate::types::RawStatsResponse`]); the builder's `pages_by_cursor()` and `items_by_cursor()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn raw(
        &self,
        params: crate::types::RawStatsParams,
    ) -> RequestBuilder<crate::types::RawStatsResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/stats/raw",
            operation_id: "rawStats",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/stats/raw".to_owned()).query(&params)
    }
    /// Sql stats
    ///
    /// Run custom SQL against a scoped resource. Use SCOPED_DATA as the table name.
    ///
    /// `GET /stats/sql` (operationId `sqlStats`).
    ///
    /// Required permissions: `stats:read`.
    ///
    /// Returns one page ([`crate::types::SqlStatsResponse`]); the builder's `pages_by_cursor()` and `items_by_cursor()` stream every page or item lazily, following the cursor.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn sql(
        &self,
        params: crate::types::SqlStatsParams,
    ) -> RequestBuilder<crate::types::SqlStatsResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/stats/sql",
            operation_id: "sqlStats",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/stats/sql".to_owned()).query(&params)
    }
    /// Metric stats
    ///
    /// Query an aggregated metric. Returns data grouped by period with optional breakdowns.
    ///
    /// `GET /stats/metric` (operationId `metricStats`).
    ///
    /// Required permissions: `stats:read`.
    ///
    /// # Errors
    ///
    /// The returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, with the decoded error body), a timeout, a connection failure, or a response that does not decode.
    pub fn metric(
        &self,
        params: crate::types::MetricStatsParams,
    ) -> RequestBuilder<crate::types::MetricStatsResponse> {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::GET,
            path_template: "/stats/metric",
            operation_id: "metricStats",
            idempotency_field: None,
            response_format: crate::runtime::ResponseFormat::Json,
            security: &[&["bearerAuth"]],
        };
        self.client.request(&META, "/stats/metric".to_owned()).query(&params)
    }
}
