//! Webhook signature verification ([Standard Webhooks]).
//!
//! A sender that follows the standard (Whop, for one) signs each delivery
//! with three headers:
//!
//! * `webhook-id`: unique message id,
//! * `webhook-timestamp`: Unix time in seconds,
//! * `webhook-signature`: one or more space-separated `v1,<base64>` entries,
//!   each an HMAC-SHA256 of `"{id}.{timestamp}.{payload}"`.
//!
//! [`verify`] checks the timestamp (5 minutes of tolerance in both
//! directions, see [`TOLERANCE`]) and accepts the delivery when any `v1`
//! signature matches, comparing in constant time. Always verify the raw
//! request body bytes, before any JSON parsing.
//!
//! [Standard Webhooks]: https://www.standardwebhooks.com/

use std::fmt;
use std::str::FromStr;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use hmac::{Hmac, Mac};
use reqwest::header::HeaderMap;
use serde::de::DeserializeOwned;
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

/// How far the `webhook-timestamp` may be from the current time, in either
/// direction.
pub const TOLERANCE: Duration = Duration::from_secs(5 * 60);

/// Header carrying the message id.
pub const HEADER_ID: &str = "webhook-id";
/// Header carrying the Unix timestamp in seconds.
pub const HEADER_TIMESTAMP: &str = "webhook-timestamp";
/// Header carrying the signatures.
pub const HEADER_SIGNATURE: &str = "webhook-signature";

/// A webhook signing key. `Debug` never shows the key.
#[derive(Clone, PartialEq, Eq)]
pub struct WebhookSecret {
    key: Vec<u8>,
}

impl WebhookSecret {
    /// Parses a secret as configured by the user.
    ///
    /// * `whsec_<base64>` (the Standard Webhooks format): the key is the
    ///   base64-decoded part after the prefix.
    /// * Anything else, such as the secret shown in the Whop dashboard: the
    ///   key is the UTF-8 bytes of the string itself. (Whop's documentation
    ///   passes `btoa(secret)` to the Standard Webhooks library, which
    ///   base64-decodes it again, so the HMAC key is the raw secret.)
    ///
    /// Surrounding whitespace is ignored.
    ///
    /// # Errors
    ///
    /// [`WebhookError::InvalidSecret`] when the secret is empty or the
    /// `whsec_` part is not valid base64. The message never contains the
    /// secret.
    pub fn new(secret: &str) -> Result<Self, WebhookError> {
        let secret = secret.trim();
        let key = match secret.strip_prefix("whsec_") {
            Some(encoded) => STANDARD.decode(encoded).map_err(|_| {
                WebhookError::InvalidSecret("the part after `whsec_` is not valid base64")
            })?,
            None => secret.as_bytes().to_vec(),
        };
        if key.is_empty() {
            return Err(WebhookError::InvalidSecret("the secret is empty"));
        }
        Ok(WebhookSecret { key })
    }

    /// Uses `key` as the HMAC key as-is.
    pub fn from_bytes(key: impl Into<Vec<u8>>) -> Self {
        WebhookSecret { key: key.into() }
    }

    fn mac(&self) -> Result<HmacSha256, WebhookError> {
        HmacSha256::new_from_slice(&self.key)
            .map_err(|_| WebhookError::InvalidSecret("unusable HMAC key"))
    }
}

impl FromStr for WebhookSecret {
    type Err = WebhookError;

    /// Same as [`WebhookSecret::new`].
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        WebhookSecret::new(s)
    }
}

impl fmt::Debug for WebhookSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("WebhookSecret(***)")
    }
}

/// Why a webhook delivery was rejected.
#[derive(Debug)]
#[non_exhaustive]
pub enum WebhookError {
    /// A required header (named) is absent.
    MissingHeader(&'static str),
    /// A header (named) is not valid visible ASCII.
    InvalidHeader(&'static str),
    /// `webhook-timestamp` is not an integer number of seconds.
    InvalidTimestamp,
    /// The timestamp is more than [`TOLERANCE`] in the past.
    TimestampTooOld {
        /// The delivery's timestamp (Unix seconds).
        timestamp: i64,
        /// The verifier's current time (Unix seconds).
        now: i64,
    },
    /// The timestamp is more than [`TOLERANCE`] in the future.
    TimestampTooNew {
        /// The delivery's timestamp (Unix seconds).
        timestamp: i64,
        /// The verifier's current time (Unix seconds).
        now: i64,
    },
    /// No `v1` signature in `webhook-signature` matches the payload.
    NoMatchingSignature,
    /// The configured secret cannot be used (the reason never includes the
    /// secret).
    InvalidSecret(&'static str),
    /// The client has no webhook secret configured.
    NoSecret,
    /// The signature is valid but the payload did not decode as the
    /// requested type.
    InvalidPayload(serde_json::Error),
}

impl fmt::Display for WebhookError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WebhookError::MissingHeader(name) => write!(f, "missing webhook header `{name}`"),
            WebhookError::InvalidHeader(name) => write!(f, "invalid webhook header `{name}`"),
            WebhookError::InvalidTimestamp => {
                write!(f, "`{HEADER_TIMESTAMP}` is not a Unix timestamp in seconds")
            }
            WebhookError::TimestampTooOld { timestamp, now } => write!(
                f,
                "webhook timestamp {timestamp} is more than 5 minutes older than now ({now})"
            ),
            WebhookError::TimestampTooNew { timestamp, now } => write!(
                f,
                "webhook timestamp {timestamp} is more than 5 minutes ahead of now ({now})"
            ),
            WebhookError::NoMatchingSignature => f.write_str("no webhook signature matches"),
            WebhookError::InvalidSecret(why) => write!(f, "invalid webhook secret: {why}"),
            WebhookError::NoSecret => f.write_str("no webhook secret is configured"),
            WebhookError::InvalidPayload(e) => write!(f, "invalid webhook payload: {e}"),
        }
    }
}

impl std::error::Error for WebhookError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            WebhookError::InvalidPayload(e) => Some(e),
            _ => None,
        }
    }
}

/// Verifies a delivery: `payload` is the raw request body, `headers` the
/// request headers, `now` the current time (pass `SystemTime::now()`).
///
/// # Errors
///
/// See [`WebhookError`]: missing or malformed headers, a timestamp outside
/// the tolerance, or no matching `v1` signature.
pub fn verify(
    secret: &WebhookSecret,
    payload: &[u8],
    headers: &HeaderMap,
    now: SystemTime,
) -> Result<(), WebhookError> {
    let id = header(headers, HEADER_ID)?;
    let timestamp_text = header(headers, HEADER_TIMESTAMP)?;
    let signatures = header(headers, HEADER_SIGNATURE)?;

    let timestamp: i64 = timestamp_text
        .trim()
        .parse()
        .map_err(|_| WebhookError::InvalidTimestamp)?;
    let now = unix_seconds(now);
    let tolerance = TOLERANCE.as_secs() as i64;
    if now.saturating_sub(timestamp) > tolerance {
        return Err(WebhookError::TimestampTooOld { timestamp, now });
    }
    if timestamp.saturating_sub(now) > tolerance {
        return Err(WebhookError::TimestampTooNew { timestamp, now });
    }

    let mac = signed_content_mac(secret, id, timestamp_text.trim(), payload)?;
    let matched = signatures
        .split_whitespace()
        .filter_map(|entry| entry.split_once(','))
        .filter(|(version, _)| *version == "v1")
        .filter_map(|(_, signature)| STANDARD.decode(signature).ok())
        .any(|signature| mac.clone().verify_slice(&signature).is_ok());
    if matched {
        Ok(())
    } else {
        Err(WebhookError::NoMatchingSignature)
    }
}

/// [`verify`], then decodes the payload as JSON into `E` (typically the
/// generated webhook event enum).
///
/// # Errors
///
/// As [`verify`], plus [`WebhookError::InvalidPayload`].
pub fn verify_and_parse<E: DeserializeOwned>(
    secret: &WebhookSecret,
    payload: &[u8],
    headers: &HeaderMap,
    now: SystemTime,
) -> Result<E, WebhookError> {
    verify(secret, payload, headers, now)?;
    serde_json::from_slice(payload).map_err(WebhookError::InvalidPayload)
}

/// Computes the `webhook-signature` value (`v1,<base64>`) for a delivery;
/// useful to test webhook handlers.
///
/// # Errors
///
/// [`WebhookError::InvalidSecret`] if the key cannot be used for HMAC.
pub fn sign(
    secret: &WebhookSecret,
    msg_id: &str,
    timestamp: i64,
    payload: &[u8],
) -> Result<String, WebhookError> {
    let mac = signed_content_mac(secret, msg_id, &timestamp.to_string(), payload)?;
    Ok(format!(
        "v1,{}",
        STANDARD.encode(mac.finalize().into_bytes())
    ))
}

/// The HMAC state after absorbing `"{id}.{timestamp}.{payload}"`.
fn signed_content_mac(
    secret: &WebhookSecret,
    id: &str,
    timestamp: &str,
    payload: &[u8],
) -> Result<HmacSha256, WebhookError> {
    let mut mac = secret.mac()?;
    mac.update(id.as_bytes());
    mac.update(b".");
    mac.update(timestamp.as_bytes());
    mac.update(b".");
    mac.update(payload);
    Ok(mac)
}

fn header<'a>(headers: &'a HeaderMap, name: &'static str) -> Result<&'a str, WebhookError> {
    headers
        .get(name)
        .ok_or(WebhookError::MissingHeader(name))?
        .to_str()
        .map_err(|_| WebhookError::InvalidHeader(name))
}

fn unix_seconds(time: SystemTime) -> i64 {
    match time.duration_since(UNIX_EPOCH) {
        Ok(after) => i64::try_from(after.as_secs()).unwrap_or(i64::MAX),
        Err(before) => i64::try_from(before.duration().as_secs()).map_or(i64::MIN, |s| -s),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const VECTOR_SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const VECTOR_ID: &str = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    const VECTOR_TIMESTAMP: i64 = 1_614_265_330;
    const VECTOR_PAYLOAD: &[u8] = br#"{"test": 2432232314}"#;
    const VECTOR_SIGNATURE: &str = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    fn at(timestamp: i64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(timestamp as u64)
    }

    fn headers(id: &str, timestamp: i64, signature: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(HEADER_ID, id.parse().unwrap());
        h.insert(HEADER_TIMESTAMP, timestamp.to_string().parse().unwrap());
        h.insert(HEADER_SIGNATURE, signature.parse().unwrap());
        h
    }

    fn vector_secret() -> WebhookSecret {
        VECTOR_SECRET.parse().unwrap()
    }

    #[test]
    fn standard_webhooks_test_vector() {
        let secret = vector_secret();
        let signature = sign(&secret, VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_PAYLOAD).unwrap();
        assert_eq!(signature, VECTOR_SIGNATURE);
        let h = headers(VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_SIGNATURE);
        verify(&secret, VECTOR_PAYLOAD, &h, at(VECTOR_TIMESTAMP)).unwrap();
    }

    #[test]
    fn whop_raw_secret_round_trip() {
        let dashboard_secret = "ws_4b1f0c9e2d7a66e1b0f3a9c8d2e5f7a1";
        let secret = WebhookSecret::new(dashboard_secret).unwrap();
        // Same key as the Standard Webhooks library gets from `btoa(secret)`.
        let btoa = format!("whsec_{}", STANDARD.encode(dashboard_secret));
        assert_eq!(secret, WebhookSecret::new(&btoa).unwrap());
        assert_eq!(
            secret,
            WebhookSecret::from_bytes(dashboard_secret.as_bytes())
        );

        let payload = br#"{"type":"payment.succeeded","data":{"id":"pay_1"}}"#;
        let now = 1_700_000_000;
        let signature = sign(&secret, "msg_1", now, payload).unwrap();
        let h = headers("msg_1", now, &signature);
        verify(&secret, payload, &h, at(now + 30)).unwrap();

        #[derive(serde::Deserialize)]
        struct Event {
            #[serde(rename = "type")]
            kind: String,
        }
        let event: Event = verify_and_parse(&secret, payload, &h, at(now)).unwrap();
        assert_eq!(event.kind, "payment.succeeded");
    }

    #[test]
    fn bad_signature_and_tampered_body_are_rejected() {
        let secret = vector_secret();
        let forged = headers(
            VECTOR_ID,
            VECTOR_TIMESTAMP,
            "v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        );
        assert!(matches!(
            verify(&secret, VECTOR_PAYLOAD, &forged, at(VECTOR_TIMESTAMP)),
            Err(WebhookError::NoMatchingSignature)
        ));
        let genuine = headers(VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_SIGNATURE);
        let tampered = br#"{"test": 2432232315}"#;
        assert!(matches!(
            verify(&secret, tampered, &genuine, at(VECTOR_TIMESTAMP)),
            Err(WebhookError::NoMatchingSignature)
        ));
        let other_id = headers("msg_other", VECTOR_TIMESTAMP, VECTOR_SIGNATURE);
        assert!(verify(&secret, VECTOR_PAYLOAD, &other_id, at(VECTOR_TIMESTAMP)).is_err());
        let wrong_secret = WebhookSecret::new("whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").unwrap();
        assert!(verify(
            &wrong_secret,
            VECTOR_PAYLOAD,
            &genuine,
            at(VECTOR_TIMESTAMP)
        )
        .is_err());
        // The payload is not decoded when the signature is wrong.
        let parsed: Result<serde_json::Value, _> =
            verify_and_parse(&secret, tampered, &genuine, at(VECTOR_TIMESTAMP));
        assert!(matches!(parsed, Err(WebhookError::NoMatchingSignature)));
    }

    #[test]
    fn timestamp_tolerance_is_five_minutes_both_ways() {
        let secret = vector_secret();
        let h = headers(VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_SIGNATURE);
        for offset in [-300, 0, 300] {
            assert!(verify(&secret, VECTOR_PAYLOAD, &h, at(VECTOR_TIMESTAMP + offset)).is_ok());
        }
        assert!(matches!(
            verify(&secret, VECTOR_PAYLOAD, &h, at(VECTOR_TIMESTAMP + 301)),
            Err(WebhookError::TimestampTooOld { .. })
        ));
        assert!(matches!(
            verify(&secret, VECTOR_PAYLOAD, &h, at(VECTOR_TIMESTAMP - 301)),
            Err(WebhookError::TimestampTooNew { .. })
        ));
    }

    #[test]
    fn several_signatures_in_one_header() {
        let secret = vector_secret();
        let value =
            format!("v2,ignored v1,bm90IGEgbWF0Y2g= v1,not-base64! {VECTOR_SIGNATURE} garbage");
        let h = headers(VECTOR_ID, VECTOR_TIMESTAMP, &value);
        verify(&secret, VECTOR_PAYLOAD, &h, at(VECTOR_TIMESTAMP)).unwrap();
        let only_others = headers(VECTOR_ID, VECTOR_TIMESTAMP, "v1,bm90IGEgbWF0Y2g= v1a,x");
        assert!(verify(&secret, VECTOR_PAYLOAD, &only_others, at(VECTOR_TIMESTAMP)).is_err());
    }

    #[test]
    fn malformed_headers_and_secrets() {
        let secret = vector_secret();
        let mut h = headers(VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_SIGNATURE);
        h.remove(HEADER_SIGNATURE);
        let err = verify(&secret, VECTOR_PAYLOAD, &h, at(VECTOR_TIMESTAMP)).unwrap_err();
        assert!(matches!(
            err,
            WebhookError::MissingHeader("webhook-signature")
        ));
        assert_eq!(
            err.to_string(),
            "missing webhook header `webhook-signature`"
        );

        let mut h = headers(VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_SIGNATURE);
        h.insert(HEADER_TIMESTAMP, "yesterday".parse().unwrap());
        assert!(matches!(
            verify(&secret, VECTOR_PAYLOAD, &h, at(VECTOR_TIMESTAMP)),
            Err(WebhookError::InvalidTimestamp)
        ));

        assert!(matches!(
            WebhookSecret::new(""),
            Err(WebhookError::InvalidSecret(_))
        ));
        let err = WebhookSecret::new("whsec_%%%notbase64").unwrap_err();
        assert!(!err.to_string().contains("notbase64"));
        assert_eq!(format!("{:?}", vector_secret()), "WebhookSecret(***)");
    }

    #[test]
    fn invalid_payload_after_valid_signature() {
        let secret = WebhookSecret::new("ws_secret").unwrap();
        let payload = b"not json";
        let signature = sign(&secret, "msg_2", 10, payload).unwrap();
        let h = headers("msg_2", 10, &signature);
        let parsed: Result<serde_json::Value, _> = verify_and_parse(&secret, payload, &h, at(10));
        assert!(matches!(parsed, Err(WebhookError::InvalidPayload(_))));
    }
}
