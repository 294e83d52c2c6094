//! Pure retry decisions and delays, used by [`crate::runtime::request`].
//!
//! Everything here is free of I/O and clocks (the current time is passed in)
//! so the rules can be unit-tested exhaustively. The policy itself is
//! described in the [`request`](crate::runtime::request) module docs.

use std::time::{Duration, SystemTime};

use reqwest::header::HeaderMap;
use reqwest::StatusCode;

/// Server-supplied delays are honoured only when `0 < delay <= 60 s`.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(60);

/// How a single attempt ended, as far as retrying is concerned.
#[derive(Debug, Clone, Copy)]
pub enum Outcome<'a> {
    /// A response with a non-2xx status arrived.
    Status(StatusCode, &'a HeaderMap),
    /// The attempt timed out; the server may have processed the request.
    Timeout,
    /// The TCP/TLS connection could not be established; the request surely
    /// was not processed.
    ConnectFailed,
    /// The connection failed after it was established (reset, broken pipe,
    /// truncated body); the server may have processed the request.
    Transport,
}

/// `true` for the statuses that are worth retrying: 408, 409, 429 and 5xx.
pub fn is_retryable_status(status: StatusCode) -> bool {
    matches!(status.as_u16(), 408 | 409 | 429) || status.is_server_error()
}

/// Decides whether an attempt that ended with `outcome` may be retried.
///
/// `replay_safe` is `true` when sending the request twice cannot apply it
/// twice: the method is idempotent, the body carries an idempotency key, or
/// the caller opted in. Attempt counting is the caller's job.
pub fn should_retry(outcome: Outcome<'_>, replay_safe: bool) -> bool {
    match outcome {
        Outcome::ConnectFailed => true,
        Outcome::Timeout | Outcome::Transport => replay_safe,
        Outcome::Status(status, headers) => {
            match header_str(headers, "x-should-retry") {
                Some("true") => return true,
                Some("false") => return false,
                _ => {}
            }
            if !is_retryable_status(status) {
                return false;
            }
            if replay_safe {
                return true;
            }
            // Not replay-safe: retry only when the server surely rejected the
            // request without processing it.
            status == StatusCode::TOO_MANY_REQUESTS
                || (status == StatusCode::SERVICE_UNAVAILABLE && has_retry_after(headers))
        }
    }
}

/// The delay before retry number `retry_index + 1` (`retry_index` counts the
/// retries already made, starting at 0).
///
/// A valid `retry-after-ms` or `Retry-After` header in `headers` wins;
/// otherwise the delay is `initial * 2^retry_index`, capped at `max`, and
/// multiplied by `jitter` (expected in `[0.75, 1.0]`).
pub fn retry_delay(
    retry_index: u32,
    headers: Option<&HeaderMap>,
    now: SystemTime,
    initial: Duration,
    max: Duration,
    jitter: f64,
) -> Duration {
    if let Some(delay) = headers.and_then(|h| server_retry_after(h, now)) {
        return delay;
    }
    let factor = 2f64.powi(retry_index.min(30) as i32);
    let backoff = initial.as_secs_f64() * factor;
    let secs = backoff.min(max.as_secs_f64()) * jitter.clamp(0.0, 1.0);
    Duration::try_from_secs_f64(secs).unwrap_or(max)
}

/// A random jitter factor in `(0.75, 1.0]`.
pub fn jitter() -> f64 {
    1.0 - fastrand::f64() * 0.25
}

/// The delay requested by `retry-after-ms` (milliseconds, may be
/// fractional) or else `Retry-After` (delta-seconds or an HTTP date), when it
/// lies in `(0, 60 s]`.
pub fn server_retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let in_range = |d: Duration| (!d.is_zero() && d <= MAX_RETRY_AFTER).then_some(d);
    if let Some(ms) = header_str(headers, "retry-after-ms").and_then(|v| v.parse::<f64>().ok()) {
        if ms.is_finite() && ms > 0.0 {
            if let Some(d) = in_range(Duration::from_secs_f64(ms.min(1e12) / 1000.0)) {
                return Some(d);
            }
        }
    }
    let value = header_str(headers, "retry-after")?;
    if let Ok(secs) = value.parse::<f64>() {
        return if secs.is_finite() && secs > 0.0 {
            in_range(Duration::from_secs_f64(secs.min(1e12)))
        } else {
            None
        };
    }
    let date = chrono::DateTime::parse_from_rfc2822(value).ok()?;
    let at = SystemTime::from(date.with_timezone(&chrono::Utc));
    in_range(at.duration_since(now).ok()?)
}

fn has_retry_after(headers: &HeaderMap) -> bool {
    headers.contains_key("retry-after") || headers.contains_key("retry-after-ms")
}

fn header_str<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
}

#[cfg(test)]
mod tests {
    use super::*;

    const INITIAL: Duration = Duration::from_millis(500);
    const MAX: Duration = Duration::from_secs(8);

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, v.parse().unwrap());
        }
        h
    }

    fn status(code: u16) -> StatusCode {
        StatusCode::from_u16(code).unwrap()
    }

    #[test]
    fn backoff_doubles_and_caps() {
        let now = SystemTime::now();
        let delays: Vec<_> = (0..6)
            .map(|i| retry_delay(i, None, now, INITIAL, MAX, 1.0))
            .collect();
        let expected = [0.5, 1.0, 2.0, 4.0, 8.0, 8.0].map(Duration::from_secs_f64);
        assert_eq!(delays, expected);
        assert_eq!(
            retry_delay(1, None, now, INITIAL, MAX, 0.75),
            Duration::from_millis(750)
        );
    }

    #[test]
    fn jitter_stays_in_range() {
        for _ in 0..1000 {
            let j = jitter();
            assert!((0.75..=1.0).contains(&j), "{j}");
        }
    }

    #[test]
    fn retry_after_variants() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_445_412_480); // 2015-10-21T07:28:00Z
        let ra = |pairs: &[(&'static str, &str)]| server_retry_after(&headers(pairs), now);
        assert_eq!(
            ra(&[("retry-after-ms", "1500")]),
            Some(Duration::from_millis(1500))
        );
        assert_eq!(ra(&[("retry-after", "3")]), Some(Duration::from_secs(3)));
        assert_eq!(
            ra(&[("retry-after", "Wed, 21 Oct 2015 07:28:10 GMT")]),
            Some(Duration::from_secs(10))
        );
        // retry-after-ms wins over Retry-After.
        assert_eq!(
            ra(&[("retry-after-ms", "250"), ("retry-after", "9")]),
            Some(Duration::from_millis(250))
        );
        // Out of range or unparsable values are ignored.
        assert_eq!(ra(&[("retry-after", "0")]), None);
        assert_eq!(ra(&[("retry-after", "61")]), None);
        assert_eq!(ra(&[("retry-after", "soon")]), None);
        assert_eq!(
            ra(&[("retry-after", "Wed, 21 Oct 2015 07:27:00 GMT")]),
            None
        );
        assert_eq!(
            ra(&[("retry-after-ms", "-5"), ("retry-after", "2")]),
            Some(Duration::from_secs(2))
        );
        // An ignored header falls back to the computed backoff.
        let h = headers(&[("retry-after", "600")]);
        assert_eq!(
            retry_delay(0, Some(&h), now, INITIAL, MAX, 1.0),
            Duration::from_millis(500)
        );
    }

    #[test]
    fn status_rules_for_idempotent_requests() {
        let none = HeaderMap::new();
        for code in [408, 409, 429, 500, 502, 503, 504] {
            assert!(
                should_retry(Outcome::Status(status(code), &none), true),
                "{code}"
            );
        }
        for code in [400, 401, 403, 404, 422] {
            assert!(
                !should_retry(Outcome::Status(status(code), &none), true),
                "{code}"
            );
        }
        assert!(should_retry(Outcome::Timeout, true));
        assert!(should_retry(Outcome::Transport, true));
        assert!(should_retry(Outcome::ConnectFailed, true));
    }

    #[test]
    fn x_should_retry_overrides_status() {
        let yes = headers(&[("x-should-retry", "true")]);
        let no = headers(&[("x-should-retry", "false")]);
        assert!(should_retry(Outcome::Status(status(400), &yes), false));
        assert!(!should_retry(Outcome::Status(status(503), &no), true));
    }

    #[test]
    fn non_idempotent_requests_retry_only_when_unprocessed() {
        let none = HeaderMap::new();
        let ra = headers(&[("retry-after", "1")]);
        assert!(should_retry(Outcome::ConnectFailed, false));
        assert!(should_retry(Outcome::Status(status(429), &none), false));
        assert!(should_retry(Outcome::Status(status(503), &ra), false));
        assert!(!should_retry(Outcome::Status(status(503), &none), false));
        assert!(!should_retry(Outcome::Status(status(500), &ra), false));
        assert!(!should_retry(Outcome::Status(status(408), &none), false));
        assert!(!should_retry(Outcome::Status(status(409), &none), false));
        assert!(!should_retry(Outcome::Timeout, false));
        assert!(!should_retry(Outcome::Transport, false));
    }
}
