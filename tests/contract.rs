//! Contract tests: every operation of the generated client against Prism
//! mocks of the spec (`spec/openapi.documented.yml`).
//!
//! A `harness = false` test target (see the root `Cargo.toml`): it prints one
//! summary line, writes `target/contract/report.md`, and exits non-zero when
//! any operation fails.
//!
//! * Static Prism: each case is called with only its required parameters and
//!   with every optional one. Prism must accept both requests (no
//!   `sl-violations` header), the recorded request must carry every name in
//!   `all_query` / `all_body`, and the response must decode strictly (no
//!   `Unknown` or `Other` fallback) into a value that encodes back to the
//!   body.
//! * Dynamic Prism (`--dynamic`): each read-only case is called
//!   [`DYNAMIC_CALLS`] times; every generated response must decode. Bodies
//!   that do not are saved under `target/contract/failures/`.
//! * Error paths: a sample of operations with `Prefer: code=401|404|422|500`
//!   must fail with `Error::Api` carrying that status and a decoded error
//!   body; for 500 the retry policy must have run (3 attempts for GET, PUT
//!   and DELETE with `max_retries(2)`, 1 for POST and PATCH).
//!
//! Requests go through a recording proxy (`contract/proxy.rs`) in front of
//! each Prism instance, which is how the harness sees what reached the wire.

#[path = "contract/prism.rs"]
mod prism;
#[path = "contract/libtest.rs"]
mod libtest;
#[path = "contract/proxy.rs"]
mod proxy;
#[path = "contract/wire.rs"]
mod wire;

// The cases under test: the generator's `generated-client/contract/cases.rs`.
#[path = "../generated-client/contract/cases.rs"]
mod cases;

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use futures_util::{FutureExt, StreamExt};
use whop_client::{Error, RetryPolicy};

use cases::{Case, CASES};
use prism::Prism;
use proxy::{Exchange, RecordingProxy, CALL_HEADER};

/// Calls of each read-only case against the dynamic mock.
const DYNAMIC_CALLS: usize = 20;
/// Calls in flight at once, per phase.
const CONCURRENCY: usize = 8;
/// Per-attempt timeout of the client.
const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(30);
/// Deadline of one call, retries included.
const CALL_DEADLINE: Duration = Duration::from_secs(120);
/// Statuses requested with `Prefer: code=...` on the error-path sample.
const ERROR_CODES: [u16; 4] = [401, 404, 422, 500];
/// Operations in the error-path sample.
const ERROR_SAMPLE: usize = 6;
/// Retries allowed on the error-path calls (so a retried 500 makes 3 requests).
const ERROR_MAX_RETRIES: u32 = 2;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--list") {
        println!("contract: test");
        return ExitCode::SUCCESS;
    }
    if let Some(why) = libtest::filtered_out(&args, "contract") {
        println!("contract: not run ({why})");
        return ExitCode::SUCCESS;
    }
    match run() {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(message) => {
            eprintln!("contract: error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Workspace paths the run uses.
struct Paths {
    root: PathBuf,
    spec: PathBuf,
    out: PathBuf,
    failures: PathBuf,
}

/// Runs the whole suite; `Ok(false)` when some check failed.
fn run() -> Result<bool, String> {
    let started = Instant::now();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let paths = Paths {
        spec: root.join("spec/openapi.documented.yml"),
        out: root.join("target/contract"),
        failures: root.join("target/contract/failures"),
        root,
    };
    if !paths.spec.exists() {
        return Err(format!("the spec {} is missing", paths.spec.display()));
    }
    if paths.failures.exists() {
        std::fs::remove_dir_all(&paths.failures)
            .map_err(|e| format!("cannot clear {}: {e}", paths.failures.display()))?;
    }
    std::fs::create_dir_all(&paths.failures)
        .map_err(|e| format!("cannot create {}: {e}", paths.failures.display()))?;

    prism::ensure_installed(&paths.root)?;
    let spec_path = paths.spec.clone();
    let spec_ops = std::thread::spawn(move || spec_operations(&spec_path));
    // Prism is started from the main thread: PR_SET_PDEATHSIG fires when the
    // spawning thread exits, and this one lives as long as the run. The
    // guards are dropped (Prism killed) when `run` returns or unwinds.
    let mut static_mock = Prism::spawn(&paths.root, &paths.spec, "static", false, &paths.out)?;
    let mut dynamic_mock = Prism::spawn(&paths.root, &paths.spec, "dynamic", true, &paths.out)?;
    let deadline = Instant::now() + prism::STARTUP_DEADLINE;
    static_mock.wait_ready(deadline)?;
    dynamic_mock.wait_ready(deadline)?;
    let spec_ops = spec_ops
        .join()
        .map_err(|_| "reading the spec's operations panicked".to_owned())??;

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the tokio runtime: {e}"))?;
    let outcome = runtime.block_on(suite(&paths, &static_mock, &dynamic_mock));
    let elapsed = started.elapsed();

    let mut ops = outcome.ops;
    check_coverage(&spec_ops, &mut ops);
    let mut global = outcome.global;
    let missing: Vec<&String> = spec_ops
        .keys()
        .filter(|id| !CASES.iter().any(|c| c.operation_id == id.as_str()))
        .collect();
    if !missing.is_empty() {
        global.push(format!(
            "{} operations of the spec have no case: {}",
            missing.len(),
            missing
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }

    let passed = ops
        .iter()
        .filter(|op| op.findings.problems.is_empty())
        .count();
    let summary = format!(
        "contract: {passed}/{} operations passed, {} dynamic responses decoded ({} distinct)",
        CASES.len(),
        outcome.dynamic_decoded,
        outcome.dynamic_distinct
    );
    let report = render_report(&ReportInput {
        summary: &summary,
        ops: &ops,
        global: &global,
        missing: &missing,
        elapsed,
        static_mock: &static_mock,
        dynamic_mock: &dynamic_mock,
    });
    let report_path = paths.out.join("report.md");
    std::fs::write(&report_path, report)
        .map_err(|e| format!("cannot write {}: {e}", report_path.display()))?;

    println!("{summary}");
    let problems: Vec<&String> = global
        .iter()
        .chain(ops.iter().flat_map(|op| &op.findings.problems))
        .collect();
    if problems.is_empty() {
        return Ok(true);
    }
    const SHOWN: usize = 40;
    for problem in problems.iter().take(SHOWN) {
        eprintln!("  {problem}");
    }
    if problems.len() > SHOWN {
        eprintln!("  ... and {} more", problems.len() - SHOWN);
    }
    eprintln!(
        "contract: {} problems; see {}",
        problems.len(),
        report_path.display()
    );
    Ok(false)
}

/// What one operation did in the run.
struct OpReport {
    case: &'static Case,
    /// Static mock: request accepted and response decoded, for the
    /// required-only and the all-parameters call.
    required_ok: bool,
    all_ok: bool,
    /// Names of `all_query` + `all_body` found on the wire / expected.
    on_wire: (usize, usize),
    /// Dynamic mock: responses decoded, calls made, distinct bodies decoded.
    dynamic: Option<(usize, usize, usize)>,
    /// Error-path results, when the operation is in the sample.
    errors: Option<Vec<String>>,
    findings: Findings,
}

/// What the checks found: problems fail the operation, notes do not.
#[derive(Default)]
struct Findings {
    problems: Vec<String>,
    notes: Vec<String>,
}

struct SuiteOutcome {
    ops: Vec<OpReport>,
    global: Vec<String>,
    dynamic_decoded: usize,
    dynamic_distinct: usize,
}

/// The shared state of the calls.
struct Ctx {
    http: reqwest::Client,
    next_call: AtomicU64,
    failures: PathBuf,
}

/// One client call and what it sent.
struct Call {
    /// The call's result, or why it did not finish (timeout, panic, client
    /// not built).
    outcome: Result<Result<cases::Outcome, Error>, String>,
    exchanges: Vec<Exchange>,
    /// Which Prism instance answered: `static` or `dynamic`.
    mock: &'static str,
}

async fn suite(paths: &Paths, static_mock: &Prism, dynamic_mock: &Prism) -> SuiteOutcome {
    let static_proxy = RecordingProxy::start("static", static_mock.addr).await;
    let dynamic_proxy = RecordingProxy::start("dynamic", dynamic_mock.addr).await;
    let ctx = Ctx {
        http: reqwest::Client::builder()
            .build()
            .expect("the HTTP client builds"),
        next_call: AtomicU64::new(1),
        failures: paths.failures.clone(),
    };
    let sample = error_sample();
    let (statics, dynamics, errors) = futures_util::future::join3(
        static_phase(&ctx, &static_proxy),
        dynamic_phase(&ctx, &dynamic_proxy),
        error_phase(&ctx, &static_proxy, &sample),
    )
    .await;

    let mut global = Vec::new();
    for (name, proxy) in [("static", &static_proxy), ("dynamic", &dynamic_proxy)] {
        let untagged = proxy.untagged();
        if !untagged.is_empty() {
            global.push(format!(
                "the {name} proxy saw {} requests without a call id (first: {} {})",
                untagged.len(),
                untagged[0].method,
                untagged[0].path
            ));
        }
    }

    let mut distinct_all = HashSet::new();
    let mut dynamic_decoded = 0;
    let mut ops: Vec<OpReport> = statics;
    for (op, dynamic) in ops.iter_mut().zip(dynamics) {
        if let Some(dynamic) = dynamic {
            dynamic_decoded += dynamic.decoded;
            op.dynamic = Some((dynamic.decoded, dynamic.calls, dynamic.distinct.len()));
            distinct_all.extend(dynamic.distinct);
            op.findings.problems.extend(dynamic.findings.problems);
            op.findings.notes.extend(dynamic.findings.notes);
        }
    }
    for (index, lines, findings) in errors {
        ops[index].errors = Some(lines);
        ops[index].findings.problems.extend(findings.problems);
        ops[index].findings.notes.extend(findings.notes);
    }
    SuiteOutcome {
        ops,
        global,
        dynamic_decoded,
        dynamic_distinct: distinct_all.len(),
    }
}

/// Runs one call of `case` through `proxy`.
async fn call(
    ctx: &Ctx,
    proxy: &RecordingProxy,
    case: &'static Case,
    all: bool,
    prefer: Option<u16>,
    retry: RetryPolicy,
) -> Call {
    let id = ctx.next_call.fetch_add(1, Ordering::Relaxed).to_string();
    let mut builder = cases::client_builder()
        .base_url(proxy.uri())
        .retry_policy(retry)
        .timeout(ATTEMPT_TIMEOUT)
        .http_client(ctx.http.clone())
        .default_header(CALL_HEADER, id.as_str());
    if let Some(code) = prefer {
        builder = builder.default_header("Prefer", format!("code={code}"));
    }
    let outcome = match builder.build() {
        Err(e) => Err(format!("the client does not build: {e}")),
        Ok(client) => {
            let running = std::panic::AssertUnwindSafe((case.run)(client, all)).catch_unwind();
            match tokio::time::timeout(CALL_DEADLINE, running).await {
                Err(_) => Err(format!(
                    "the call did not finish within {} s",
                    CALL_DEADLINE.as_secs()
                )),
                Ok(Err(panic)) => Err(format!("the call panicked: {}", panic_text(&*panic))),
                Ok(Ok(result)) => Ok(result),
            }
        }
    };
    Call {
        outcome,
        exchanges: proxy.take(&id),
        mock: proxy.name,
    }
}

fn panic_text(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(no message)".to_owned())
}

/// Retries disabled: each call makes exactly one request.
fn no_retries() -> RetryPolicy {
    RetryPolicy::DEFAULT.with_max_retries(0)
}

/// Checks every exchange of a call: it reached Prism, Prism found no
/// violation in the request, and method and path are the case's. `false`
/// when a check failed. A rejected request is saved as
/// `failures/<op>-<tag>.request.txt`.
fn check_exchanges(
    ctx: &Ctx,
    case: &Case,
    what: &str,
    tag: &str,
    call: &Call,
    findings: &mut Findings,
) -> bool {
    let op = case.operation_id;
    let before = findings.problems.len();
    if call.exchanges.is_empty() {
        findings
            .problems
            .push(format!("{op}: {what}: no request reached the mock"));
    }
    for exchange in &call.exchanges {
        if let Some(error) = &exchange.proxy_error {
            findings
                .problems
                .push(format!("{op}: {what}: the proxy failed: {error}"));
        }
        let violations = Violations::of(exchange);
        if let Some(request) = &violations.request {
            let file = save_request(ctx, op, tag, exchange);
            findings.problems.push(format!(
                "{op}: {what}: Prism rejected the request (HTTP {}), sl-violations: {request} \
                 (request saved to {file})",
                exchange.status
            ));
        }
        for location in violations.response {
            findings.notes.push(format!(
                "{op}: the {} mock's own response breaks the spec at {location}",
                call.mock
            ));
        }
        if !exchange.method.eq_ignore_ascii_case(case.method)
            || !wire::path_matches(case.path, &exchange.path)
        {
            findings.problems.push(format!(
                "{op}: {what}: sent {} {}, but the operation is {} {}",
                exchange.method, exchange.path, case.method, case.path
            ));
        }
    }
    findings.problems.len() == before
}

/// Prism's `sl-violations` header of one exchange, split by location.
struct Violations {
    /// The violations in the request (the client sent something the spec
    /// does not allow), as JSON; all of them when the header does not parse.
    request: Option<String>,
    /// Where Prism's own answer breaks the spec (e.g. a generated body that
    /// matches two `oneOf` branches), as `response.body.data.*.x (oneOf)`.
    /// The mock's fault, not the client's: reported as notes.
    response: Vec<String>,
}

impl Violations {
    fn of(exchange: &Exchange) -> Violations {
        let Some(header) = &exchange.violations else {
            return Violations {
                request: None,
                response: Vec::new(),
            };
        };
        let Ok(serde_json::Value::Array(items)) = serde_json::from_str(header) else {
            return Violations {
                request: Some(header.clone()),
                response: Vec::new(),
            };
        };
        let (response, request): (Vec<_>, Vec<_>) = items.into_iter().partition(|item| {
            item.pointer("/location/0").and_then(|v| v.as_str()) == Some("response")
        });
        let response = response
            .iter()
            .map(|item| {
                let location: Vec<String> = item
                    .get("location")
                    .and_then(|l| l.as_array())
                    .map(|parts| {
                        parts
                            .iter()
                            .map(|part| match part.as_str() {
                                Some(p) if p.chars().all(|c| c.is_ascii_digit()) => "*".to_owned(),
                                Some(p) => p.to_owned(),
                                None => part.to_string(),
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                let code = item.get("code").and_then(|c| c.as_str()).unwrap_or("?");
                format!("{} ({code})", location.join("."))
            })
            .collect();
        Violations {
            request: (!request.is_empty()).then(|| serde_json::Value::Array(request).to_string()),
            response,
        }
    }
}

/// Saves a request Prism rejected as `failures/<op>-<tag>.request.txt`;
/// returns the path.
fn save_request(ctx: &Ctx, op: &str, tag: &str, exchange: &Exchange) -> String {
    let query: Vec<String> = exchange
        .query
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    let text = format!(
        "{} {}{}{}\ncontent-type: {}\n\n{}\n\n--- Prism answered {}, sl-violations:\n{}\n",
        exchange.method,
        exchange.path,
        if query.is_empty() { "" } else { "?" },
        query.join("&"),
        exchange.content_type.as_deref().unwrap_or("(none)"),
        String::from_utf8_lossy(&exchange.body),
        exchange.status,
        exchange.violations.as_deref().unwrap_or_default(),
    );
    let file = ctx.failures.join(format!("{op}-{tag}.request.txt"));
    match std::fs::write(&file, text) {
        Ok(()) => file.display().to_string(),
        Err(e) => format!("(could not write {}: {e})", file.display()),
    }
}

/// Records a call that should have succeeded; `false` when it did not. An
/// `Error::Api` caused by a rejected request is not reported again.
fn check_success(
    ctx: &Ctx,
    case: &Case,
    what: &str,
    tag: &str,
    call: &Call,
    findings: &mut Findings,
) -> bool {
    let op = case.operation_id;
    let rejected = call
        .exchanges
        .iter()
        .any(|e| Violations::of(e).request.is_some());
    match &call.outcome {
        Ok(Ok(outcome)) => match outcome.reencoding_difference() {
            None => true,
            Some(difference) => {
                findings.problems.push(format!(
                    "{op}: {what}: the decoded response does not encode back to the body: {difference}"
                ));
                false
            }
        },
        Ok(Err(Error::Api(_))) if rejected => false,
        Ok(Err(error)) => {
            if let Some(file) = save_decode_failure(ctx, op, tag, error) {
                findings
                    .problems
                    .push(format!("{op}: {what}: {error} (body saved to {file})"));
            } else {
                findings.problems.push(format!("{op}: {what}: {error}"));
            }
            false
        }
        Err(message) => {
            findings.problems.push(format!("{op}: {what}: {message}"));
            false
        }
    }
}

/// Saves the body of an `Error::Decode` as `failures/<op>-<tag>.json`, as a
/// JSON object with the error, the failing JSON path and the body (verbatim
/// when it is JSON). Returns the file path.
fn save_decode_failure(ctx: &Ctx, op: &str, tag: &str, error: &Error) -> Option<String> {
    let Error::Decode {
        status,
        raw_body,
        path,
        ..
    } = error
    else {
        return None;
    };
    let body = if serde_json::from_str::<serde_json::Value>(raw_body).is_ok() {
        raw_body.clone()
    } else {
        serde_json::Value::String(raw_body.clone()).to_string()
    };
    let text = format!(
        "{{\n\"operation_id\": {},\n\"status\": {},\n\"path\": {},\n\"error\": {},\n\"body\": {body}\n}}\n",
        serde_json::Value::from(op),
        status.as_u16(),
        serde_json::Value::from(path.as_str()),
        serde_json::Value::from(error.to_string()),
    );
    let file = ctx.failures.join(format!("{op}-{tag}.json"));
    match std::fs::write(&file, text) {
        Ok(()) => Some(file.display().to_string()),
        Err(e) => Some(format!("(could not write {}: {e})", file.display())),
    }
}

/// Static mock: each case with required parameters only, then with all.
async fn static_phase(ctx: &Ctx, proxy: &RecordingProxy) -> Vec<OpReport> {
    futures_util::stream::iter(CASES)
        .map(|case| async move {
            let mut findings = Findings::default();
            let required = call(ctx, proxy, case, false, None, no_retries()).await;
            let what = "required parameters (static mock)";
            let tag = "static-required";
            let accepted = check_exchanges(ctx, case, what, tag, &required, &mut findings);
            let decoded = check_success(ctx, case, what, tag, &required, &mut findings);
            let required_ok = accepted && decoded;

            let all = call(ctx, proxy, case, true, None, no_retries()).await;
            let what = "all parameters (static mock)";
            let tag = "static-all";
            let accepted = check_exchanges(ctx, case, what, tag, &all, &mut findings);
            let decoded = check_success(ctx, case, what, tag, &all, &mut findings);
            let all_ok = accepted && decoded;
            let on_wire = check_on_wire(case, &all, &mut findings.problems);
            OpReport {
                case,
                required_ok,
                all_ok,
                on_wire,
                dynamic: None,
                errors: None,
                findings,
            }
        })
        .buffered(CONCURRENCY)
        .collect()
        .await
}

/// Checks that the all-parameters request carried every name of
/// `all_query` and `all_body`; returns (found, expected).
fn check_on_wire(case: &Case, call: &Call, problems: &mut Vec<String>) -> (usize, usize) {
    let op = case.operation_id;
    let expected = case.all_query.len() + case.all_body.len();
    let Some(exchange) = call.exchanges.first() else {
        return (0, expected);
    };
    let missing_query: Vec<&str> = case
        .all_query
        .iter()
        .copied()
        .filter(|name| !wire::query_has(&exchange.query, name))
        .collect();
    let mut missing_body: Vec<&str> = Vec::new();
    if !case.all_body.is_empty() {
        match wire::body_keys(exchange.content_type.as_deref(), &exchange.body) {
            Ok(keys) => missing_body.extend(
                case.all_body
                    .iter()
                    .copied()
                    .filter(|name| !keys.contains(*name)),
            ),
            Err(why) => {
                problems.push(format!("{op}: all parameters: {why}"));
                missing_body.extend(case.all_body.iter().copied());
            }
        }
    }
    if !missing_query.is_empty() {
        let sent: BTreeSet<&str> = exchange.query.iter().map(|(k, _)| k.as_str()).collect();
        problems.push(format!(
            "{op}: all parameters: query parameters not on the wire: {} (sent: {})",
            missing_query.join(", "),
            sent.into_iter().collect::<Vec<_>>().join(", ")
        ));
    }
    if !missing_body.is_empty() {
        problems.push(format!(
            "{op}: all parameters: body fields not on the wire: {}",
            missing_body.join(", ")
        ));
    }
    (
        expected - missing_query.len() - missing_body.len(),
        expected,
    )
}

/// Dynamic-mock results of one read-only operation.
struct DynamicStats {
    calls: usize,
    decoded: usize,
    distinct: HashSet<u64>,
    findings: Findings,
}

/// Dynamic mock: each read-only case [`DYNAMIC_CALLS`] times, required
/// parameters only. Returns one entry per case (`None` when not read-only).
async fn dynamic_phase(ctx: &Ctx, proxy: &RecordingProxy) -> Vec<Option<DynamicStats>> {
    let mut stats: Vec<Option<DynamicStats>> = CASES
        .iter()
        .map(|case| {
            case.read_only.then(|| DynamicStats {
                calls: 0,
                decoded: 0,
                distinct: HashSet::new(),
                findings: Findings::default(),
            })
        })
        .collect();
    let jobs: Vec<(usize, usize)> = (0..DYNAMIC_CALLS)
        .flat_map(|n| {
            CASES
                .iter()
                .enumerate()
                .filter(|(_, case)| case.read_only)
                .map(move |(index, _)| (index, n))
        })
        .collect();
    let mut results = futures_util::stream::iter(jobs)
        .map(|(index, n)| async move {
            let case = &CASES[index];
            let result = call(ctx, proxy, case, false, None, no_retries()).await;
            (index, n, result)
        })
        .buffer_unordered(CONCURRENCY);
    while let Some((index, n, result)) = results.next().await {
        let case = &CASES[index];
        let entry = stats[index].as_mut().expect("read-only case");
        entry.calls += 1;
        let what = format!("dynamic mock, call {n}");
        let tag = n.to_string();
        let accepted = check_exchanges(ctx, case, &what, &tag, &result, &mut entry.findings);
        let decoded = check_success(ctx, case, &what, &tag, &result, &mut entry.findings);
        if accepted && decoded {
            entry.decoded += 1;
            if let Some(exchange) = result.exchanges.last() {
                entry
                    .distinct
                    .insert(wire::body_hash(&exchange.response_body));
            }
        }
    }
    stats
}

/// Up to [`ERROR_SAMPLE`] operations for the error paths: read-only ones
/// spread over the list, the first POST, PATCH and DELETE without an
/// idempotency field, and the first POST with one (which the runtime
/// retries after a 500, unlike the others).
fn error_sample() -> Vec<usize> {
    fn pick(index: usize, picked: &mut Vec<usize>) {
        if !picked.contains(&index) && picked.len() < ERROR_SAMPLE {
            picked.push(index);
        }
    }
    let mut picked: Vec<usize> = Vec::new();
    let keyed = |case: &Case| case.idempotency_field.is_some();
    for method in ["POST", "PATCH", "DELETE"] {
        if let Some(index) = CASES
            .iter()
            .position(|c| c.method.eq_ignore_ascii_case(method) && !keyed(c))
        {
            pick(index, &mut picked);
        }
    }
    if let Some(index) = CASES.iter().position(keyed) {
        pick(index, &mut picked);
    }
    let reads: Vec<usize> = (0..CASES.len()).filter(|&i| CASES[i].read_only).collect();
    let wanted_reads = ERROR_SAMPLE
        .saturating_sub(picked.len())
        .max(1)
        .min(reads.len());
    for k in 0..wanted_reads {
        pick(reads[k * reads.len() / wanted_reads], &mut picked);
    }
    picked.sort_unstable();
    picked
}

/// Whether the runtime retries a 500 for this case: idempotent methods,
/// and POST/PATCH with an idempotency field the client fills.
fn retries_server_errors(case: &Case) -> bool {
    case.idempotency_field.is_some()
        || ["GET", "PUT", "DELETE", "HEAD", "OPTIONS"]
            .iter()
            .any(|m| m.eq_ignore_ascii_case(case.method))
}

/// Error paths: each sampled operation with `Prefer: code=...`. Returns
/// (case index, result per status, findings).
async fn error_phase(
    ctx: &Ctx,
    proxy: &RecordingProxy,
    sample: &[usize],
) -> Vec<(usize, Vec<String>, Findings)> {
    let retry = RetryPolicy::DEFAULT
        .with_max_retries(ERROR_MAX_RETRIES)
        .with_backoff(Duration::from_millis(20), Duration::from_millis(100));
    let jobs: Vec<(usize, u16)> = sample
        .iter()
        .flat_map(|&index| ERROR_CODES.map(|code| (index, code)))
        .collect();
    let results: Vec<(usize, u16, Call)> = futures_util::stream::iter(jobs)
        .map(|(index, code)| async move {
            let result = call(ctx, proxy, &CASES[index], false, Some(code), retry).await;
            (index, code, result)
        })
        .buffered(CONCURRENCY)
        .collect()
        .await;
    let mut out: BTreeMap<usize, (Vec<String>, Findings)> = BTreeMap::new();
    for (index, code, result) in results {
        let case = &CASES[index];
        let op = case.operation_id;
        let (lines, findings) = out.entry(index).or_default();
        let what = format!("Prefer: code={code}");
        let tag = format!("error-{code}");
        let before = findings.problems.len();
        check_exchanges(ctx, case, &what, &tag, &result, findings);
        let problems = &mut findings.problems;
        let expected_attempts = if code >= 500 && retries_server_errors(case) {
            1 + ERROR_MAX_RETRIES as usize
        } else {
            1
        };
        let attempts = result.exchanges.len();
        if attempts != expected_attempts {
            problems.push(format!(
                "{op}: {what}: {attempts} requests reached the mock, expected {expected_attempts} \
                 (max_retries {ERROR_MAX_RETRIES}, {})",
                case.method
            ));
        }
        if let Some(other) = result.exchanges.iter().find(|e| e.status != code) {
            problems.push(format!(
                "{op}: {what}: Prism answered {} instead of {code}",
                other.status
            ));
        }
        match &result.outcome {
            Ok(Err(Error::Api(api))) => {
                if api.status.as_u16() != code {
                    problems.push(format!(
                        "{op}: {what}: Error::Api with status {}, expected {code}",
                        api.status
                    ));
                }
                if api.body.is_none() {
                    problems.push(format!(
                        "{op}: {what}: the error body did not decode: {}",
                        api.raw_body
                    ));
                }
            }
            Ok(Err(other)) => {
                problems.push(format!("{op}: {what}: expected Error::Api, got: {other}"))
            }
            Ok(Ok(_)) => problems.push(format!(
                "{op}: {what}: the call succeeded, expected Error::Api {code}"
            )),
            Err(message) => problems.push(format!("{op}: {what}: {message}")),
        }
        let mark = if problems.len() == before {
            "ok"
        } else {
            "FAILED"
        };
        lines.push(if code >= 500 {
            format!("{code} {mark} ({attempts} req)")
        } else {
            format!("{code} {mark}")
        });
    }
    out.into_iter()
        .map(|(index, (lines, findings))| (index, lines, findings))
        .collect()
}

/// `operationId` → (method, path) of every operation in the spec.
fn spec_operations(spec: &Path) -> Result<BTreeMap<String, (String, String)>, String> {
    let text = std::fs::read_to_string(spec)
        .map_err(|e| format!("cannot read {}: {e}", spec.display()))?;
    let doc: serde_yaml::Value =
        serde_yaml::from_str(&text).map_err(|e| format!("cannot parse {}: {e}", spec.display()))?;
    let mut ops = BTreeMap::new();
    let Some(paths) = doc.get("paths").and_then(|p| p.as_mapping()) else {
        return Err(format!("{} has no paths", spec.display()));
    };
    for (path, item) in paths {
        let Some(path) = path.as_str() else { continue };
        for method in [
            "get", "put", "post", "delete", "options", "head", "patch", "trace",
        ] {
            if let Some(id) = item
                .get(method)
                .and_then(|op| op.get("operationId"))
                .and_then(|id| id.as_str())
            {
                ops.insert(
                    id.to_owned(),
                    (method.to_ascii_uppercase(), path.to_owned()),
                );
            }
        }
    }
    Ok(ops)
}

/// Each case must name a spec operation, once, with its method and path.
fn check_coverage(spec_ops: &BTreeMap<String, (String, String)>, ops: &mut [OpReport]) {
    let mut seen = HashSet::new();
    for op in ops {
        let case = op.case;
        let id = case.operation_id;
        if !seen.insert(id) {
            op.findings
                .problems
                .push(format!("{id}: more than one case has this operation id"));
        }
        match spec_ops.get(id) {
            None => op
                .findings
                .problems
                .push(format!("{id}: the spec has no operation with this id")),
            Some((method, path)) => {
                if !method.eq_ignore_ascii_case(case.method) || path != case.path {
                    op.findings.problems.push(format!(
                        "{id}: the case says {} {}, the spec {method} {path}",
                        case.method, case.path
                    ));
                }
            }
        }
    }
}

struct ReportInput<'a> {
    summary: &'a str,
    ops: &'a [OpReport],
    global: &'a [String],
    missing: &'a [&'a String],
    elapsed: Duration,
    static_mock: &'a Prism,
    dynamic_mock: &'a Prism,
}

fn render_report(input: &ReportInput<'_>) -> String {
    let mut out = String::new();
    let source = "`generated-client/contract/cases.rs`";
    let _ = writeln!(out, "# Contract test report\n");
    let _ = writeln!(out, "`{}`\n", input.summary);
    let _ = writeln!(
        out,
        "- cases: {} from {source}\n- spec: `spec/openapi.documented.yml`, mocked by Prism \
         (static on {}, `--dynamic` on {}; logs in `target/contract/prism-*.log`)\n\
         - dynamic mock: {DYNAMIC_CALLS} calls per read-only operation; bodies that did not decode \
         are in `target/contract/failures/`\n- error paths: `Prefer: code={}` on a sample of \
         {} operations, max_retries {ERROR_MAX_RETRIES}\n- run took {:.1} s\n",
        CASES.len(),
        input.static_mock.addr,
        input.dynamic_mock.addr,
        ERROR_CODES.map(|c| c.to_string()).join("|"),
        input.ops.iter().filter(|op| op.errors.is_some()).count(),
        input.elapsed.as_secs_f64()
    );
    let _ = writeln!(
        out,
        "| operation | request | accepted (required / all) | optional parameters on the wire \
         | responses decoded | error paths | result |\n|---|---|---|---|---|---|---|"
    );
    let mark = |ok: bool| if ok { "yes" } else { "**no**" };
    for op in input.ops {
        let case = op.case;
        let on_wire = match op.on_wire {
            (_, 0) => "none to set".to_owned(),
            (found, expected) => format!("{found}/{expected}"),
        };
        let statically = usize::from(op.required_ok) + usize::from(op.all_ok);
        let decoded = match op.dynamic {
            Some((decoded, calls, distinct)) => {
                format!("static {statically}/2, dynamic {decoded}/{calls} ({distinct} distinct)")
            }
            None => format!("static {statically}/2 (not read-only)"),
        };
        let errors = op
            .errors
            .as_ref()
            .map_or_else(|| "not sampled".to_owned(), |lines| lines.join(", "));
        let result = if op.findings.problems.is_empty() {
            "pass"
        } else {
            "**FAIL**"
        };
        let _ = writeln!(
            out,
            "| `{}` | `{} {}` | {} / {} | {on_wire} | {decoded} | {errors} | {result} |",
            case.operation_id,
            case.method,
            case.path,
            mark(op.required_ok),
            mark(op.all_ok),
        );
    }
    let problems: Vec<&String> = input
        .global
        .iter()
        .chain(input.ops.iter().flat_map(|op| &op.findings.problems))
        .collect();
    let _ = writeln!(out, "\n## Problems ({})\n", problems.len());
    if problems.is_empty() {
        let _ = writeln!(out, "None.");
    }
    for problem in problems {
        let _ = writeln!(out, "- {}", problem.replace('\n', " "));
    }
    let mut notes: BTreeMap<&str, usize> = BTreeMap::new();
    for note in input.ops.iter().flat_map(|op| &op.findings.notes) {
        *notes.entry(note.as_str()).or_default() += 1;
    }
    if !notes.is_empty() {
        let _ = writeln!(
            out,
            "\n## Notes ({}): the mock's own responses that break the spec\n\n\
             Prism flags its answer in `sl-violations` when the body it generated or took from \
             the spec's examples does not validate against the spec (typically a `oneOf` whose \
             branches overlap). The client still had to decode these bodies, and did unless \
             a problem above says otherwise; they do not fail the run.\n",
            notes.len()
        );
        for (note, count) in notes {
            let _ = writeln!(out, "- {note} ({count}×)");
        }
    }
    if !input.missing.is_empty() {
        let _ = writeln!(
            out,
            "\n## Spec operations without a case ({})\n",
            input.missing.len()
        );
        let list: Vec<&str> = input.missing.iter().map(|s| s.as_str()).collect();
        let _ = writeln!(out, "{}", list.join(", "));
    }
    out
}
