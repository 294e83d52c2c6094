//! Lazy streams over paginated list endpoints.
//!
//! Two cursor pagination schemes are recognised, so there are two traits; the generator
//! implements the matching one for each list response type, and each trait
//! unlocks its own pair of methods on [`RequestBuilder`] (distinct names, so
//! a type implementing both is never ambiguous):
//!
//! | Scheme | Response shape | Trait | Methods |
//! |---|---|---|---|
//! | Relay-style connections | `{data, page_info: {end_cursor, start_cursor, has_next_page, has_previous_page}}` | [`CursorPage`] | [`pages`](RequestBuilder::pages), [`items`](RequestBuilder::items) |
//! | `cursor` / `limit` | `{data, pagination: {next_cursor}}` | [`OffsetCursorPage`] | [`pages_by_cursor`](RequestBuilder::pages_by_cursor), [`items_by_cursor`](RequestBuilder::items_by_cursor) |
//!
//! The streams are lazy (nothing is sent until the first poll), `Send`,
//! `Unpin` and `'static`. Each page is an ordinary call with the request's
//! retries and timeout. A failed page yields one `Err` and ends the stream.
//! A cursor that was already used (the server looping) yields
//! [`Error::InvalidRequest`] instead of requesting it again.
//!
//! ```ignore
//! use futures_util::TryStreamExt;
//!
//! let mut leads = client.list_leads(&params).items();
//! while let Some(lead) = leads.try_next().await? {
//!     println!("{}", lead.id);
//! }
//! ```

use std::collections::HashSet;

use futures_core::Stream;
use futures_util::stream::{self, TryStreamExt};
use serde::de::DeserializeOwned;

use super::client::Client;
use super::error::{Error, Result};
use super::request::{fetch, RequestBuilder, RequestParts};

/// A page of a Relay-style connection (`first`/`after`, `last`/`before`,
/// `page_info`).
pub trait CursorPage: DeserializeOwned + Send + 'static {
    /// The element type of the list.
    type Item: Send + 'static;
    /// Consumes the page, returning its elements in order.
    fn into_items(self) -> Vec<Self::Item>;
    /// `page_info.end_cursor`: the cursor to continue forwards.
    fn end_cursor(&self) -> Option<&str>;
    /// `page_info.has_next_page`.
    fn has_next_page(&self) -> bool;
    /// `page_info.start_cursor`: the cursor to continue backwards.
    fn start_cursor(&self) -> Option<&str>;
    /// `page_info.has_previous_page`.
    fn has_previous_page(&self) -> bool;
}

/// A page of a `cursor`/`limit` paginated list (e.g. the stats endpoints).
pub trait OffsetCursorPage: DeserializeOwned + Send + 'static {
    /// The element type of the list.
    type Item: Send + 'static;
    /// Consumes the page, returning its elements in order.
    fn into_items(self) -> Vec<Self::Item>;
    /// The cursor of the next page; `None` (or an empty string) on the last
    /// page.
    fn next_cursor(&self) -> Option<&str>;
}

impl<T: CursorPage> RequestBuilder<T> {
    /// Streams pages, starting with this request.
    ///
    /// Direction: forwards by default, setting the `after` query parameter
    /// to the previous page's `end_cursor` and stopping when
    /// `has_next_page` is false. When the request already has a `before` or
    /// `last` query parameter, it pages backwards instead, setting `before`
    /// to the previous page's `start_cursor` and stopping when
    /// `has_previous_page` is false. A page that claims to have more but
    /// carries no cursor also ends the stream.
    pub fn pages(self) -> impl Stream<Item = Result<T>> + Send + Unpin + 'static {
        let (client, parts, error) = self.into_parts();
        let backward = parts.has_query_param("before") || parts.has_query_param("last");
        let (param, next): (&'static str, NextCursor<T>) = if backward {
            ("before", |page| {
                page.has_previous_page()
                    .then(|| page.start_cursor())
                    .flatten()
                    .map(str::to_owned)
            })
        } else {
            ("after", |page| {
                page.has_next_page()
                    .then(|| page.end_cursor())
                    .flatten()
                    .map(str::to_owned)
            })
        };
        page_stream(client, parts, error, param, next)
    }

    /// Streams the elements of all pages, in order (see
    /// [`RequestBuilder::pages`]).
    pub fn items(self) -> impl Stream<Item = Result<T::Item>> + Send + Unpin + 'static {
        flatten(self.pages(), T::into_items)
    }
}

impl<T: OffsetCursorPage> RequestBuilder<T> {
    /// Streams pages, starting with this request, setting the `cursor` query
    /// parameter to the previous page's `next_cursor` until it is `None` or
    /// empty. Other parameters (such as `limit`) are kept.
    pub fn pages_by_cursor(self) -> impl Stream<Item = Result<T>> + Send + Unpin + 'static {
        let (client, parts, error) = self.into_parts();
        page_stream(client, parts, error, "cursor", |page: &T| {
            page.next_cursor().map(str::to_owned)
        })
    }

    /// Streams the elements of all pages, in order (see
    /// [`RequestBuilder::pages_by_cursor`]).
    pub fn items_by_cursor(self) -> impl Stream<Item = Result<T::Item>> + Send + Unpin + 'static {
        flatten(self.pages_by_cursor(), T::into_items)
    }
}

/// Extracts the cursor of the page after `page`, or `None` at the end.
type NextCursor<T> = fn(&T) -> Option<String>;

/// The page loop's state. `Fetch` is the state a stream is in almost all
/// the time, so it is kept inline rather than boxed.
#[allow(clippy::large_enum_variant)]
enum State {
    /// Request this page next; `seen` holds every cursor used so far.
    Fetch {
        client: Client,
        parts: RequestParts,
        seen: HashSet<String>,
    },
    /// Yield this error, then end.
    Fail(Error),
    Done,
}

/// The generic page loop: `param` is the query parameter that carries the
/// cursor returned by `next`.
fn page_stream<T: DeserializeOwned + Send + 'static>(
    client: Client,
    parts: RequestParts,
    error: Option<Error>,
    param: &'static str,
    next: NextCursor<T>,
) -> impl Stream<Item = Result<T>> + Send + Unpin + 'static {
    let initial = match error {
        Some(e) => State::Fail(e),
        None => {
            let seen = parts
                .query_param(param)
                .map(str::to_owned)
                .into_iter()
                .collect();
            State::Fetch {
                client,
                parts,
                seen,
            }
        }
    };
    let pages = stream::unfold(initial, move |state| async move {
        match state {
            State::Done => None,
            State::Fail(e) => Some((Err(e), State::Done)),
            State::Fetch {
                client,
                parts,
                mut seen,
            } => {
                let page: T = match fetch(&client, parts.clone()).await {
                    Ok(raw) => raw.body,
                    Err(e) => return Some((Err(e), State::Done)),
                };
                let following = match next(&page).filter(|c| !c.is_empty()) {
                    None => State::Done,
                    Some(cursor) if seen.contains(&cursor) => State::Fail(Error::InvalidRequest(
                        format!("pagination cursor repeated: {cursor}"),
                    )),
                    Some(cursor) => {
                        let mut parts = parts;
                        parts.set_query_param(param, &cursor);
                        seen.insert(cursor);
                        State::Fetch {
                            client,
                            parts,
                            seen,
                        }
                    }
                };
                Some((Ok(page), following))
            }
        }
    });
    Box::pin(pages)
}

/// Turns a stream of pages into a stream of their elements.
fn flatten<P, I>(
    pages: impl Stream<Item = Result<P>> + Send + Unpin + 'static,
    into_items: fn(P) -> Vec<I>,
) -> impl Stream<Item = Result<I>> + Send + Unpin + 'static
where
    P: Send + 'static,
    I: Send + 'static,
{
    pages
        .map_ok(move |page| stream::iter(into_items(page).into_iter().map(Ok)))
        .try_flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::test_support::mock_client;
    use crate::runtime::OperationMeta;
    use futures_util::StreamExt;
    use serde::Deserialize;
    use wiremock::matchers::{method, query_param, query_param_is_missing};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    const LIST_LEADS: OperationMeta = OperationMeta {
        method: reqwest::Method::GET,
        path_template: "/leads",
        operation_id: "listLeads",
        idempotency_field: None,
        response_format: crate::runtime::ResponseFormat::Json,
        security: crate::runtime::test_support::TEST_SECURITY,
    };

    #[derive(Debug, Deserialize)]
    struct PageInfo {
        end_cursor: Option<String>,
        start_cursor: Option<String>,
        has_next_page: bool,
        has_previous_page: bool,
    }

    #[derive(Debug, Deserialize)]
    struct LeadPage {
        data: Vec<String>,
        page_info: PageInfo,
    }

    impl CursorPage for LeadPage {
        type Item = String;
        fn into_items(self) -> Vec<String> {
            self.data
        }
        fn end_cursor(&self) -> Option<&str> {
            self.page_info.end_cursor.as_deref()
        }
        fn has_next_page(&self) -> bool {
            self.page_info.has_next_page
        }
        fn start_cursor(&self) -> Option<&str> {
            self.page_info.start_cursor.as_deref()
        }
        fn has_previous_page(&self) -> bool {
            self.page_info.has_previous_page
        }
    }

    fn page(items: &[&str], start: &str, end: &str, prev: bool, next: bool) -> ResponseTemplate {
        ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "data": items,
            "page_info": {
                "start_cursor": start, "end_cursor": end,
                "has_previous_page": prev, "has_next_page": next,
            }
        }))
    }

    async fn collect<S: Stream<Item = Result<String>> + Unpin>(
        mut s: S,
    ) -> (Vec<String>, Option<Error>) {
        let mut items = Vec::new();
        while let Some(item) = s.next().await {
            match item {
                Ok(item) => items.push(item),
                Err(e) => return (items, Some(e)),
            }
        }
        (items, None)
    }

    #[tokio::test]
    async fn streams_three_pages_forward() {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .and(query_param_is_missing("after"))
            .and(query_param("first", "2"))
            .respond_with(page(&["a", "b"], "c0", "c1", false, true))
            .expect(1)
            .mount(&server)
            .await;
        Mock::given(method("GET"))
            .and(query_param("after", "c1"))
            .and(query_param("first", "2"))
            .respond_with(page(&["c", "d"], "c2", "c3", true, true))
            .expect(1)
            .mount(&server)
            .await;
        Mock::given(method("GET"))
            .and(query_param("after", "c3"))
            .respond_with(page(&["e"], "c4", "c5", true, false))
            .expect(1)
            .mount(&server)
            .await;
        let client = mock_client(&server).build().unwrap();
        let stream = client
            .request::<LeadPage>(&LIST_LEADS, "/leads".into())
            .query_param("first", "2")
            .items();
        let (items, error) = collect(stream).await;
        assert!(error.is_none(), "{error:?}");
        assert_eq!(items, ["a", "b", "c", "d", "e"]);
        let requests = server.received_requests().await.unwrap();
        let afters: Vec<Option<String>> = requests
            .iter()
            .map(|r| {
                r.url
                    .query_pairs()
                    .find(|(k, _)| k == "after")
                    .map(|(_, v)| v.into_owned())
            })
            .collect();
        assert_eq!(afters, [None, Some("c1".into()), Some("c3".into())]);
    }

    #[tokio::test]
    async fn streams_three_pages_backward() {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .and(query_param_is_missing("before"))
            .and(query_param("last", "2"))
            .respond_with(page(&["e", "f"], "c4", "c5", true, false))
            .expect(1)
            .mount(&server)
            .await;
        Mock::given(method("GET"))
            .and(query_param("before", "c4"))
            .and(query_param("last", "2"))
            .respond_with(page(&["c", "d"], "c2", "c3", true, true))
            .expect(1)
            .mount(&server)
            .await;
        Mock::given(method("GET"))
            .and(query_param("before", "c2"))
            .respond_with(page(&["a", "b"], "c0", "c1", false, true))
            .expect(1)
            .mount(&server)
            .await;
        let client = mock_client(&server).build().unwrap();
        let pages: Vec<LeadPage> = client
            .request::<LeadPage>(&LIST_LEADS, "/leads".into())
            .query_param("last", "2")
            .pages()
            .try_collect()
            .await
            .unwrap();
        let data: Vec<Vec<String>> = pages.into_iter().map(|p| p.data).collect();
        assert_eq!(data, [vec!["e", "f"], vec!["c", "d"], vec!["a", "b"]]);
        for request in server.received_requests().await.unwrap() {
            assert!(request.url.query_pairs().all(|(k, _)| k != "after"));
        }
    }

    #[tokio::test]
    async fn repeated_cursor_is_an_error() {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .and(query_param_is_missing("after"))
            .respond_with(page(&["a"], "c0", "loop", false, true))
            .mount(&server)
            .await;
        Mock::given(method("GET"))
            .and(query_param("after", "loop"))
            .respond_with(page(&["b"], "c1", "loop", true, true))
            .mount(&server)
            .await;
        let client = mock_client(&server).build().unwrap();
        let stream = client
            .request::<LeadPage>(&LIST_LEADS, "/leads".into())
            .items();
        let (items, error) = collect(stream).await;
        assert_eq!(items, ["a", "b"]);
        let error = error.expect("repeated cursor must fail");
        assert!(matches!(error, Error::InvalidRequest(_)));
        assert_eq!(
            error.to_string(),
            "invalid request: pagination cursor repeated: loop"
        );
        assert_eq!(server.received_requests().await.unwrap().len(), 2);
    }

    #[tokio::test]
    async fn streams_are_lazy_and_errors_end_them() {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .respond_with(ResponseTemplate::new(403))
            .mount(&server)
            .await;
        let client = mock_client(&server).build().unwrap();
        let stream = client
            .request::<LeadPage>(&LIST_LEADS, "/leads".into())
            .pages();
        assert!(
            server.received_requests().await.unwrap().is_empty(),
            "nothing sent before polling"
        );
        let results: Vec<Result<LeadPage>> = stream.collect().await;
        assert_eq!(results.len(), 1);
        assert_eq!(results[0].as_ref().unwrap_err().status(), Some(403));

        let invalid = client
            .request::<LeadPage>(&LIST_LEADS, "/leads".into())
            .header("bad header", "x")
            .items();
        let (items, error) = collect(invalid).await;
        assert!(items.is_empty());
        assert!(matches!(error, Some(Error::InvalidRequest(_))));
        assert_eq!(server.received_requests().await.unwrap().len(), 1);
    }

    #[derive(Debug, Deserialize)]
    struct Pagination {
        next_cursor: Option<String>,
    }

    #[derive(Debug, Deserialize)]
    struct StatsPage {
        data: Vec<String>,
        pagination: Option<Pagination>,
    }

    impl OffsetCursorPage for StatsPage {
        type Item = String;
        fn into_items(self) -> Vec<String> {
            self.data
        }
        fn next_cursor(&self) -> Option<&str> {
            self.pagination.as_ref()?.next_cursor.as_deref()
        }
    }

    #[tokio::test]
    async fn cursor_limit_pagination() {
        let server = MockServer::start().await;
        let body = |data: &[&str], next: Option<&str>| {
            ResponseTemplate::new(200).set_body_json(serde_json::json!({
                "data": data, "pagination": {"next_cursor": next}
            }))
        };
        Mock::given(method("GET"))
            .and(query_param_is_missing("cursor"))
            .and(query_param("limit", "2"))
            .respond_with(body(&["r1", "r2"], Some("k1")))
            .mount(&server)
            .await;
        Mock::given(method("GET"))
            .and(query_param("cursor", "k1"))
            .and(query_param("limit", "2"))
            .respond_with(body(&["r3", "r4"], Some("k2")))
            .mount(&server)
            .await;
        Mock::given(method("GET"))
            .and(query_param("cursor", "k2"))
            .respond_with(body(&["r5"], None))
            .mount(&server)
            .await;
        let client = mock_client(&server).build().unwrap();
        let stream = client
            .request::<StatsPage>(&LIST_LEADS, "/stats".into())
            .query_param("limit", "2")
            .items_by_cursor();
        let (items, error) = collect(stream).await;
        assert!(error.is_none(), "{error:?}");
        assert_eq!(items, ["r1", "r2", "r3", "r4", "r5"]);
        assert_eq!(server.received_requests().await.unwrap().len(), 3);
    }

    #[test]
    fn streams_are_send_and_static() {
        fn assert_send_static<X: Send + 'static>(_: X) {}
        let client = crate::runtime::test_support::test_client("k");
        assert_send_static(
            client
                .request::<LeadPage>(&LIST_LEADS, "/leads".into())
                .pages(),
        );
        assert_send_static(
            client
                .request::<LeadPage>(&LIST_LEADS, "/leads".into())
                .items(),
        );
        assert_send_static(
            client
                .request::<StatsPage>(&LIST_LEADS, "/s".into())
                .items_by_cursor(),
        );
    }
}
