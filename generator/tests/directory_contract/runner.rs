//! The body of the directory contract runner: a binary the suite
//! (`tests/directory_contract.rs`) writes and builds, with one module per
//! spec holding that spec's generated `contract/cases.rs`. This file is
//! compiled only there.
//!
//! `runner <spec number> <base URL>` runs every case of that spec twice
//! (required parameters only, then every optional one) against the mock
//! server at the base URL, one call at a time, and prints one JSON line per
//! call: `{"operation_id", "method", "path", "all", "kind", "status",
//! "violations", "detail"}`
//! where `kind` is the response's format when it decoded (`json`, `text`,
//! `binary`, or `event-stream` when a stream opened), `differs` (the
//! strictly decoded JSON does not encode back to the body; `detail` says
//! where), `mock-fault` (the body did not decode, and Prism's own
//! `sl-violations` say its response breaks the spec), `api` (a non-2xx answer; `detail` is its body), `decode`
//! (`detail` is the failing JSON path and the error) or `error` (no
//! response: timeout, connection, a request the client could not build).

/// Per-attempt timeout of each call.
pub const ATTEMPT_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// One call's line.
pub fn line(case: (&str, &str, &str), all: bool, kind: &str, status: Option<u16>, violations: Option<&str>, detail: &str) -> String {
    let (operation_id, method, path) = case;
    serde_json::json!({
        "operation_id": operation_id,
        "method": method,
        "path": path,
        "all": all,
        "kind": kind,
        "status": status,
        "violations": violations,
        "detail": detail,
    })
    .to_string()
}

/// Runs every case of the spec module `$spec` (whose generated crate is
/// `$lib`) against `$base_url`, printing one line per call.
macro_rules! run_spec {
    ($spec:ident, $lib:ident, $base_url:expr) => {{
        for case in $spec::CASES {
            let id = (case.operation_id, case.method, case.path);
            for all in [false, true] {
                let client = $spec::client_builder()
                    .base_url($base_url)
                    .max_retries(0)
                    .timeout(crate::runner::ATTEMPT_TIMEOUT)
                    .build();
                let text = match client {
                    Err(e) => crate::runner::line(id, all, "error", None, None, &format!("the client does not build: {e}")),
                    Ok(client) => match (case.run)(client, all).await {
                        Ok(outcome) => {
                            let violations = outcome.violations.as_deref();
                            match outcome.reencoding_difference() {
                                _ if outcome.mock_fault.is_some() => {
                                    let why = outcome.mock_fault.as_deref().unwrap_or_default();
                                    crate::runner::line(id, all, "mock-fault", Some(outcome.status), violations, why)
                                }
                                Some(difference) => crate::runner::line(id, all, "differs", Some(outcome.status), violations, &difference),
                                None => crate::runner::line(id, all, outcome.format, Some(outcome.status), violations, ""),
                            }
                        }
                        Err($lib::Error::Api(api)) => {
                            let violations = api.headers.get("sl-violations").map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
                            crate::runner::line(id, all, "api", Some(api.status.as_u16()), violations.as_deref(), &api.raw_body)
                        }
                        Err($lib::Error::Decode { status, path, source, .. }) => {
                            crate::runner::line(id, all, "decode", Some(status.as_u16()), None, &format!("{path}: {source}"))
                        }
                        Err(other) => crate::runner::line(id, all, "error", None, None, &other.to_string()),
                    },
                };
                println!("{text}");
            }
        }
    }};
}
