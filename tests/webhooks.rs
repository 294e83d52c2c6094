//! Webhooks end to end through the generated crate: a delivery signed the
//! way Whop signs it is verified with `Client::unwrap_webhook` and decoded
//! into the typed `WebhookPayload`; tampering and unknown event types are
//! handled.

use reqwest::header::{HeaderMap, HeaderValue};
use whop_client::runtime::webhooks::{sign, WebhookSecret};
use whop_client::types::{VerificationStatuses, WebhookPayload};
use whop_client::Client;

const RAW_SECRET: &str = "ws_dashboard_secret_as_shown";

fn payload(event_type: &str) -> Vec<u8> {
    serde_json::to_vec(&serde_json::json!({
        "id": "msg_xxxxxxxxxxxxxxxxxxxxxxxx",
        "api_version": "v1",
        "company_id": "biz_xxxxxxxxxxxxxx",
        "timestamp": "2025-01-01T00:00:00.000Z",
        "type": event_type,
        "data": {
            "id": "verf_xxxxxxxxxxxxx",
            "status": "verified",
            "last_error_code": null,
            "last_error_reason": null
        }
    }))
    .expect("JSON")
}

fn signed_headers(secret: &WebhookSecret, body: &[u8]) -> HeaderMap {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).expect("clock").as_secs() as i64;
    let signature = sign(secret, "msg_1", now, body).expect("signs");
    let mut headers = HeaderMap::new();
    headers.insert("webhook-id", HeaderValue::from_static("msg_1"));
    headers.insert("webhook-timestamp", HeaderValue::from_str(&now.to_string()).expect("header"));
    headers.insert("webhook-signature", HeaderValue::from_str(&signature).expect("header"));
    headers
}

fn client(secret: &str) -> Client {
    Client::builder().api_key("test_key").webhook_secret(secret).build().expect("client builds")
}

#[test]
fn a_whop_style_raw_secret_verifies_and_decodes_the_typed_event() {
    let body = payload("verification.succeeded");
    let secret = WebhookSecret::new(RAW_SECRET).expect("raw secret");
    let headers = signed_headers(&secret, &body);
    let event = client(RAW_SECRET).unwrap_webhook(&body, &headers).expect("verified and decoded");
    assert_eq!(event.event_type(), "verification.succeeded");
    let WebhookPayload::VerificationSucceeded(event) = event else { panic!("decoded as {event:?}") };
    assert_eq!(event.data.id, "verf_xxxxxxxxxxxxx");
    assert_eq!(event.data.status, VerificationStatuses::from_wire("verified"));
    assert!(event.data.last_error_code.is_none());
}

#[test]
fn a_whsec_base64_secret_also_verifies() {
    // `whsec_` + base64 of the key bytes, as Standard Webhooks libraries write it.
    let secret_text = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    let body = payload("verification.succeeded");
    let headers = signed_headers(&WebhookSecret::new(secret_text).expect("whsec secret"), &body);
    assert!(client(secret_text).unwrap_webhook(&body, &headers).is_ok());
}

#[test]
fn a_tampered_body_is_rejected() {
    let body = payload("verification.succeeded");
    let headers = signed_headers(&WebhookSecret::new(RAW_SECRET).expect("secret"), &body);
    let mut tampered = body.clone();
    let at = tampered.iter().position(|b| *b == b'v').expect("a byte to change");
    tampered[at] = b'V';
    let err = client(RAW_SECRET).unwrap_webhook(&tampered, &headers).expect_err("tampering is detected");
    assert!(!err.to_string().is_empty());
}

#[test]
fn an_unknown_event_type_is_kept_not_rejected() {
    let body = payload("something.new_happened");
    let headers = signed_headers(&WebhookSecret::new(RAW_SECRET).expect("secret"), &body);
    let event = client(RAW_SECRET).unwrap_webhook(&body, &headers).expect("verified");
    assert_eq!(event.event_type(), "something.new_happened");
    assert!(matches!(event, WebhookPayload::Unknown(ref v) if v["data"]["id"] == "verf_xxxxxxxxxxxxx"));
}
