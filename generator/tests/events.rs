//! `text/event-stream` operations, inside a generated crate: a tiny spec
//! with a typed (JSON) event stream, a text one and an ordinary JSON
//! operation, and a test written into that crate that runs the generated
//! methods against wiremock serving event streams: multi-line data,
//! comments, event names and ids, the `[DONE]` sentinel, a non-2xx status
//! and data that does not decode.

mod support;

use support::{cargo_in, first_error_lines, prepare_crate_dir, rustc_warning_count, shared_target_dir, tmp_dir};

const CRATE_NAME: &str = "events-client";

const SPEC: &str = r#"
openapi: 3.0.3
info: {title: events, version: '1'}
servers: [{url: 'https://events.example.com'}]
paths:
  /rooms/{room}/ticks:
    get:
      operationId: streamTicks
      tags: [Rooms]
      parameters:
        - {name: room, in: path, required: true, schema: {type: string}}
        - {name: since, in: query, schema: {type: integer}}
      responses:
        '200':
          description: one event per tick
          content:
            text/event-stream:
              schema: {$ref: '#/components/schemas/Tick'}
        '404':
          description: no such room
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Problem'}
  /chat:
    post:
      operationId: streamChat
      tags: [Chat]
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [prompt]
              properties:
                prompt: {type: string}
      responses:
        '200':
          description: the answer, a piece of text per event
          content:
            text/event-stream:
              schema: {type: string}
  /rooms/{room}:
    get:
      operationId: getRoom
      tags: [Rooms]
      parameters:
        - {name: room, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Tick'}
components:
  schemas:
    Tick:
      type: object
      required: [n]
      properties:
        n: {type: integer}
        label: {type: string}
        kind: {type: string, enum: [tick, tock]}
    Problem:
      type: object
      properties:
        message: {type: string}
"#;

const TEST: &str = r#"
use events_client::{Client, Error};
use futures_util::StreamExt;
use wiremock::matchers::{body_json, header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn client(server: &MockServer) -> Client {
    Client::builder().base_url(server.uri()).max_retries(0).build().unwrap()
}

fn event_stream(body: &str) -> ResponseTemplate {
    ResponseTemplate::new(200).insert_header("content-type", "text/event-stream").set_body_string(body)
}

#[tokio::test]
async fn typed_events_decode_and_done_ends_the_stream() {
    let server = MockServer::start().await;
    let body = concat!(
        ": a comment line\n",
        "\n",
        "event: tick\n",
        "id: 1\n",
        "data: {\"n\": 1,\n",
        "data: \"label\": \"two lines\"}\n",
        "\n",
        ":keep-alive\n",
        "data: {\"n\": 2}\n",
        "\n",
        "event: tock\n",
        "id: 2\n",
        "data: {\"n\": 3, \"label\": \"last\", \"kind\": \"tock\"}\n",
        "\n",
        "data: [DONE]\n",
        "\n",
        "data: {\"n\": 4}\n",
        "\n",
    );
    Mock::given(method("GET"))
        .and(path("/rooms/r%201/ticks"))
        .and(query_param("since", "7"))
        .and(header("accept", "text/event-stream"))
        .respond_with(event_stream(body))
        .expect(1)
        .mount(&server)
        .await;
    let params = events_client::types::StreamTicksParams::new().since(7);
    let stream = client(&server).rooms().stream_ticks("r 1", params).await.unwrap();
    assert_eq!(stream.status(), 200);
    let items: Vec<(String, Option<String>, i64, Option<String>)> = stream
        .map(|item| {
            let event = item.unwrap();
            (event.event, event.id, event.data.n, event.data.label)
        })
        .collect()
        .await;
    assert_eq!(
        items,
        [
            ("tick".to_owned(), Some("1".to_owned()), 1, Some("two lines".to_owned())),
            // No `event:` is a `message`; the last id carries over.
            ("message".to_owned(), Some("1".to_owned()), 2, None),
            ("tock".to_owned(), Some("2".to_owned()), 3, Some("last".to_owned())),
        ]
    );
}

#[tokio::test]
async fn text_events_are_given_as_they_are() {
    let server = MockServer::start().await;
    let body = concat!(
        ": comment\n",
        "event: greeting\n",
        "id: a7\n",
        "data: hello\n",
        "data: world\n",
        "\n",
        "data: {\"not\": \"decoded\"}\n",
        "\n",
        "data: [DONE]\n",
        "\n",
        "data: after the sentinel\n",
        "\n",
    );
    Mock::given(method("POST"))
        .and(path("/chat"))
        .and(body_json(serde_json::json!({"prompt": "hi"})))
        .respond_with(event_stream(body))
        .expect(1)
        .mount(&server)
        .await;
    let params = events_client::types::StreamChatParams::new("hi");
    let mut stream = client(&server).chat().stream(params).await.unwrap();
    let first = stream.next().await.unwrap().unwrap();
    assert_eq!((first.event.as_str(), first.id.as_deref(), first.data.as_str()), ("greeting", Some("a7"), "hello\nworld"));
    let second = stream.next().await.unwrap().unwrap();
    assert_eq!((second.event.as_str(), second.data.as_str()), ("message", "{\"not\": \"decoded\"}"));
    assert!(stream.next().await.is_none(), "[DONE] ends the stream");
    assert!(stream.next().await.is_none(), "and it stays ended");
}

#[tokio::test]
async fn a_non_2xx_status_is_the_typed_api_error() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(404).set_body_json(serde_json::json!({"message": "no such room"})))
        .mount(&server)
        .await;
    let params = events_client::types::StreamTicksParams::new();
    let err = client(&server).rooms().stream_ticks("nope", params).await.unwrap_err();
    assert!(err.is_not_found(), "{err:?}");
    let api = err.api_error().unwrap();
    assert_eq!(api.operation_id, "streamTicks");
    let body: &events_client::types::Problem = api.body.as_ref().unwrap();
    assert_eq!(body.message.as_deref(), Some("no such room"));
}

#[tokio::test]
async fn data_that_does_not_decode_is_an_error_item_and_the_stream_goes_on() {
    let server = MockServer::start().await;
    let body = "event: tick\nid: 5\ndata: {\"n\": \"five\"}\n\ndata: {\"n\": \n\ndata: {\"n\": 6}\n\n";
    Mock::given(method("GET")).respond_with(event_stream(body)).mount(&server).await;
    let params = events_client::types::StreamTicksParams::new();
    let mut stream = client(&server).rooms().stream_ticks("r", params).await.unwrap();
    match stream.next().await {
        Some(Err(err @ Error::Decode { .. })) => {
            let text = err.to_string();
            assert!(text.contains("streamTicks") && text.contains("data.n of event \"tick\" (id \"5\")"), "{text}");
            assert!(text.contains("invalid type"), "the serde error is named: {text}");
        }
        other => panic!("expected a decode error, got {other:?}"),
    }
    match stream.next().await {
        Some(Err(Error::Decode { raw_body, .. })) => assert_eq!(raw_body, "{\"n\": "),
        other => panic!("expected a decode error, got {other:?}"),
    }
    let next = stream.next().await.unwrap().unwrap();
    assert_eq!(next.data.n, 6);
    assert!(stream.next().await.is_none());
}

#[tokio::test]
async fn data_alone() {
    let server = MockServer::start().await;
    Mock::given(method("GET")).respond_with(event_stream("data: {\"n\": 1}\n\ndata: {\"n\": 2}\n\n")).mount(&server).await;
    let params = events_client::types::StreamTicksParams::new();
    let stream = client(&server).rooms().stream_ticks("r", params).await.unwrap();
    let ns: Vec<i64> = stream.data().map(|tick| tick.unwrap().n).collect().await;
    assert_eq!(ns, [1, 2]);
}
"#;

#[test]
fn event_stream_operations_yield_typed_events_in_a_generated_crate() {
    let dir = tmp_dir().join("events");
    std::fs::create_dir_all(&dir).expect("scratch dir");
    let spec = dir.join("events.yml");
    std::fs::write(&spec, SPEC).expect("write the spec");
    let krate = clientgen::Generator::new(&spec).crate_name(CRATE_NAME).generate().unwrap_or_else(|e| panic!("generates: {e}"));
    assert!(krate.warnings.is_empty(), "unexpected warnings: {:#?}", krate.warnings);
    assert!(krate.files.contains_key("src/runtime/request/sse.rs"));
    // The `include!` form inlines the module too.
    let single = krate.single_file().unwrap_or_else(|e| panic!("single file: {e}"));
    assert!(single.contains("pub struct EventStream<T>"));
    assert!(krate.files["Cargo.toml"].contains("\neventsource-stream = "), "{}", krate.files["Cargo.toml"]);

    let crate_dir = dir.join(CRATE_NAME);
    prepare_crate_dir(&krate, &crate_dir);
    std::fs::write(crate_dir.join("tests/events.rs"), TEST).expect("write tests/events.rs");
    // The whole crate: the runtime's unit tests (with `sse.rs`'s), the
    // README's examples (one opens an event stream) and tests/events.rs.
    let test = cargo_in(&crate_dir, &shared_target_dir(), &["test", "--quiet"]);
    assert!(test.success, "the tests fail in {}:\n{}\n{}", crate_dir.display(), test.stdout, first_error_lines(&test.stderr, 60));
    assert_eq!(rustc_warning_count(&test.stderr), 0, "warnings:\n{}", test.stderr);
}

#[test]
fn crates_without_event_streams_get_no_sse_module_or_dependency() {
    let dir = tmp_dir().join("events-none");
    std::fs::create_dir_all(&dir).expect("scratch dir");
    let spec = dir.join("plain.yml");
    std::fs::write(&spec, SPEC.replace("text/event-stream", "application/json")).expect("write the spec");
    let krate = clientgen::Generator::new(&spec).crate_name(CRATE_NAME).generate().unwrap_or_else(|e| panic!("generates: {e}"));
    assert!(!krate.files.keys().any(|f| f.contains("sse")));
    assert!(!krate.files["Cargo.toml"].contains("eventsource"));
    assert!(!krate.files["src/runtime/request.rs"].contains("mod sse"));
    assert!(!krate.files["src/runtime/mod.rs"].contains("sse"));
}
