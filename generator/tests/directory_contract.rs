//! The directory contract suite: generated clients of real specs against
//! Prism mocks of the same specs.
//!
//! A `harness = false` test target (see `Cargo.toml`). It takes the
//! [`DEFAULT_SPECS`] specs (or `DIRECTORY_CONTRACT_SPECS`) of the APIs.guru
//! directory with the smallest SHA-1 of their id among those of at most
//! [`MAX_SPEC_BYTES`] with at least one operation and not refused
//! (`directory-expected.tsv`), and for each:
//!
//! 1. generates the crate with contract cases (`contract/cases.rs`);
//! 2. starts `prism mock --dynamic` on the spec;
//! 3. runs every case twice, with the required parameters only and with
//!    every optional one, through a runner binary that holds every spec's
//!    cases (`directory_contract/runner.rs`), with a test credential for
//!    each of the spec's security schemes.
//!
//! Prism must accept each request (no request violation), and each
//! response must decode strictly (no `Unknown` or `Other` fallback) into a
//! value that encodes back to the body. A call that cannot be judged is
//! skipped with a stated reason (the spec defines no 2xx response, or
//! Prism cannot route the operation's path). A failure names the spec, the
//! operation and the first failing JSON path; a failure that is Prism's
//! fault is listed in `directory-contract-prism.tsv` with its evidence. A
//! row names the spec, the operation (or `*`, every operation of the spec)
//! and text the failure message contains, so it explains that failure and
//! no other.
//!
//! It prints one line, `directory contract: S specs, O operations, A
//! requests accepted, D responses decoded, K skipped, F failures`, writes
//! the per-spec report to `target/directory-contract/report.md` and the
//! unexplained failures to `target/directory-contract/failures.tsv`, and
//! fails on any failure not in the table, or a table row that explains
//! none. `bench/directory_contract.sh` runs it on 300 specs;
//! `DIRECTORY_CONTRACT_ONLY` (a file of spec ids, or ids separated by
//! commas) reruns some specs of the sample.

#[path = "../../tests/contract/libtest.rs"]
mod libtest;
#[path = "../../tests/contract/prism.rs"]
mod prism;
mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde_json::Value;
use support::directory::{api_dir, by_sha1, crate_name_for, expected_refusals, spec_ids, workspace_root};

/// Specs in the sample unless `DIRECTORY_CONTRACT_SPECS` says otherwise.
const DEFAULT_SPECS: usize = 25;
/// Larger specs are left out (their mocks are slow to start and their
/// crates slow to build).
const MAX_SPEC_BYTES: u64 = 1_000_000;
/// How long one spec's runner may take, all its calls together.
const SPEC_DEADLINE: Duration = Duration::from_secs(600);
/// Specs run at once (each a Prism process and a runner process).
const WORKERS: usize = 2;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--list") {
        println!("directory_contract: test");
        return ExitCode::SUCCESS;
    }
    if let Some(why) = libtest::filtered_out(&args, "directory_contract") {
        println!("directory_contract: not run ({why})");
        return ExitCode::SUCCESS;
    }
    match run() {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(message) => {
            eprintln!("directory contract: error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// One spec of the sample.
struct Spec {
    id: String,
    path: PathBuf,
    crate_name: String,
    /// `METHOD path` → the response codes the spec defines.
    responses: BTreeMap<String, Vec<String>>,
}

/// What one call did, as the runner printed it.
struct Call {
    operation_id: String,
    method: String,
    path: String,
    all: bool,
    kind: String,
    status: Option<u16>,
    violations: Option<String>,
    detail: String,
}

/// How the suite judged one call.
enum Verdict {
    /// Accepted by Prism; `true` when the response also decoded.
    Accepted { decoded: bool },
    Skipped(String),
    Failed(String),
}

/// One spec's results.
#[derive(Default)]
struct SpecReport {
    operations: usize,
    accepted: usize,
    decoded: usize,
    skipped: Vec<String>,
    /// `(operationId, message)`.
    failures: Vec<(String, String)>,
    /// Why the spec could not be run at all.
    error: Option<String>,
}

fn run() -> Result<bool, String> {
    let started = Instant::now();
    let wanted = match std::env::var("DIRECTORY_CONTRACT_SPECS") {
        Ok(n) => n.parse::<usize>().map_err(|_| format!("DIRECTORY_CONTRACT_SPECS={n} is not a number"))?,
        Err(_) => DEFAULT_SPECS,
    };
    let root = workspace_root();
    prism::ensure_installed(&root)?;
    let api = api_dir();
    let ids = spec_ids(&api);
    let refused = expected_refusals();
    let too_large = ids.iter().filter(|id| spec_size(&api.join(id)) > MAX_SPEC_BYTES).count();
    // A rerun of some specs of the sample (`DIRECTORY_CONTRACT_ONLY`: a
    // file of spec ids, one per line, or ids separated by commas).
    let only: Option<BTreeSet<String>> = match std::env::var("DIRECTORY_CONTRACT_ONLY") {
        Ok(list) => {
            let text = std::fs::read_to_string(&list).unwrap_or(list);
            Some(text.split([',', '\n']).map(str::trim).filter(|id| !id.is_empty()).map(str::to_owned).collect())
        }
        Err(_) => None,
    };
    let mut specs = Vec::new();
    let mut sampled = 0;
    for id in by_sha1(&ids) {
        if sampled == wanted {
            break;
        }
        let path = api.join(&id);
        if refused.contains_key(&id) || spec_size(&path) > MAX_SPEC_BYTES {
            continue;
        }
        let responses = operation_responses(&path)?;
        if responses.is_empty() {
            continue;
        }
        sampled += 1;
        if only.as_ref().is_some_and(|only| !only.contains(&id)) {
            continue;
        }
        specs.push(Spec { crate_name: crate_name_for(&id), id, path, responses });
    }

    let out = root.join("target/directory-contract");
    let work = support::tmp_dir().join("directory-contract");
    let runner = build_runner(&specs, &work)?;
    let next = AtomicUsize::new(0);
    let reports: Mutex<Vec<Option<SpecReport>>> = Mutex::new((0..specs.len()).map(|_| None).collect());
    std::fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    std::thread::scope(|s| {
        for _ in 0..WORKERS {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(spec) = specs.get(i) else { break };
                let report = run_spec(&root, &runner, i, spec, &out);
                if let Ok(mut all) = reports.lock() {
                    all[i] = Some(report);
                }
            });
        }
    });
    let reports: Vec<SpecReport> = reports.into_inner().map_err(|_| "a worker panicked".to_owned())?.into_iter().flatten().collect();

    let known = prism_faults()?;
    let mut unexplained = Vec::new();
    let mut explained = BTreeSet::new();
    let mut prism_calls = 0;
    let mut failures_tsv = String::new();
    for (spec, report) in specs.iter().zip(&reports) {
        if let Some(error) = &report.error {
            unexplained.push(format!("{}: {error}", spec.id));
            let _ = writeln!(failures_tsv, "{}\t\tnot run\t{}", spec.id, one_line(error));
        }
        for (operation, message) in &report.failures {
            match known.iter().position(|row| row.explains(&spec.id, operation, message)) {
                Some(row) => {
                    prism_calls += 1;
                    explained.insert(row);
                }
                None => {
                    unexplained.push(format!("{} {operation}: {message}", spec.id));
                    let _ = writeln!(failures_tsv, "{}\t{operation}\tfailed\t{}", spec.id, one_line(message));
                }
            }
        }
    }
    let stale: Vec<String> = known
        .iter()
        .enumerate()
        .filter(|(i, row)| !row.intermittent && specs.iter().any(|s| s.id == row.spec) && !explained.contains(i))
        .map(|(_, row)| format!("{} {}: listed in directory-contract-prism.tsv ({:?}) but did not fail so", row.spec, row.operation, row.failure))
        .collect();
    let failures_path = out.join("failures.tsv");
    std::fs::write(&failures_path, failures_tsv).map_err(|e| format!("cannot write {}: {e}", failures_path.display()))?;

    let sum = |f: fn(&SpecReport) -> usize| reports.iter().map(f).sum::<usize>();
    let summary = format!(
        "directory contract: {} specs, {} operations, {} requests accepted, {} responses decoded, {} skipped, {} failures",
        specs.len(),
        sum(|r| r.operations),
        sum(|r| r.accepted),
        sum(|r| r.decoded),
        sum(|r| r.skipped.len()),
        unexplained.len(),
    );
    let report_path = out.join("report.md");
    let text = render_report(&summary, &specs, &reports, &known, too_large, ids.len(), started.elapsed());
    std::fs::write(&report_path, text).map_err(|e| format!("cannot write {}: {e}", report_path.display()))?;
    println!("{summary}");
    println!(
        "  ({} specs over {} kB left out by the size rule; {} more calls failed by Prism's fault, listed in directory-contract-prism.tsv; report: {})",
        too_large,
        MAX_SPEC_BYTES / 1000,
        prism_calls,
        report_path.display()
    );
    if unexplained.is_empty() && stale.is_empty() {
        return Ok(true);
    }
    for problem in unexplained.iter().chain(&stale).take(60) {
        eprintln!("  {problem}");
    }
    if unexplained.len() + stale.len() > 60 {
        eprintln!("  ... and {} more", unexplained.len() + stale.len() - 60);
    }
    Ok(false)
}

/// A message on one line, for a TSV cell.
fn one_line(text: &str) -> String {
    text.replace(['\t', '\n', '\r'], " ")
}

fn spec_size(path: &Path) -> u64 {
    std::fs::metadata(path).map(|m| m.len()).unwrap_or(u64::MAX)
}

/// Every operation of the spec: `METHOD path` → its response codes.
fn operation_responses(path: &Path) -> Result<BTreeMap<String, Vec<String>>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let doc: Value = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = BTreeMap::new();
    let Some(paths) = doc.get("paths").and_then(Value::as_object) else { return Ok(out) };
    for (template, item) in paths {
        let Some(item) = item.as_object() else { continue };
        for method in ["get", "put", "post", "delete", "options", "head", "patch", "trace"] {
            let Some(op) = item.get(method) else { continue };
            let codes = op.get("responses").and_then(Value::as_object).map(|r| r.keys().cloned().collect()).unwrap_or_default();
            out.insert(format!("{} {template}", method.to_uppercase()), codes);
        }
    }
    Ok(out)
}

/// Generates every spec's crate under `work/crates/`, writes the runner
/// crate `work/runner/` that depends on all of them, and builds it.
/// Returns the runner binary.
fn build_runner(specs: &[Spec], work: &Path) -> Result<PathBuf, String> {
    let crates = work.join("crates");
    let _ = std::fs::remove_dir_all(&crates);
    let runner = work.join("runner");
    std::fs::create_dir_all(runner.join("src")).map_err(|e| format!("cannot create {}: {e}", runner.display()))?;
    let mut dependencies = String::new();
    let mut modules = String::new();
    let mut arms = String::new();
    for (i, spec) in specs.iter().enumerate() {
        let krate = clientgen::Generator::new(&spec.path)
            .crate_name(&spec.crate_name)
            .contract_cases(true)
            .generate()
            .map_err(|e| format!("{}: does not generate: {e}", spec.id))?;
        let dir = crates.join(&spec.crate_name);
        support::prepare_crate_dir(&krate, &dir);
        let lib = spec.crate_name.replace('-', "_");
        let _ = writeln!(dependencies, "{lib} = {{ package = {:?}, path = {:?} }}", spec.crate_name, dir.display().to_string());
        let cases = dir.join("contract/cases.rs");
        let _ = writeln!(modules, "/// `{}`\n#[path = {:?}]\nmod spec_{i};", spec.id, cases.display().to_string());
        let _ = writeln!(arms, "        {i} => run_spec!(spec_{i}, {lib}, base_url),");
    }
    let manifest = format!(
        "[package]\nname = \"directory-contract-runner\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [dependencies]\n{dependencies}\
         serde = \"1\"\nserde_json = \"1\"\nchrono = {{ version = \"0.4\", default-features = false, features = [\"std\"] }}\n\
         bytes = \"1\"\ntokio = {{ version = \"1\", features = [\"rt\", \"macros\"] }}\n\n[workspace]\n\n\
         # Hundreds of crates: no debug info and no incremental state keep the target dir small.\n\
         [profile.dev]\ndebug = false\nincremental = false\n"
    );
    let body = workspace_root().join("generator/tests/directory_contract/runner.rs");
    let main = format!(
        "//! Written by `generator/tests/directory_contract.rs`: one module per spec.\n\n\
         #[path = {:?}]\n#[macro_use]\nmod runner;\n\n{modules}\n\
         #[tokio::main(flavor = \"current_thread\")]\nasync fn main() {{\n    \
         let args: Vec<String> = std::env::args().collect();\n    \
         let (Some(spec), Some(base_url)) = (args.get(1).and_then(|n| n.parse::<usize>().ok()), args.get(2)) else {{\n        \
         eprintln!(\"usage: runner <spec number> <base URL>\");\n        std::process::exit(2);\n    }};\n    \
         let base_url = base_url.as_str();\n    match spec {{\n{arms}        _ => {{\n            \
         eprintln!(\"no spec number {{spec}}\");\n            std::process::exit(2);\n        }}\n    }}\n}}\n",
        body.display().to_string()
    );
    write_if_changed(&runner.join("Cargo.toml"), &manifest)?;
    write_if_changed(&runner.join("src/main.rs"), &main)?;
    let lock = workspace_root().join("Cargo.lock");
    if !runner.join("Cargo.lock").exists() {
        std::fs::copy(&lock, runner.join("Cargo.lock")).map_err(|e| format!("cannot copy {}: {e}", lock.display()))?;
    }
    let target = support::tmp_dir().join("directory-contract-target");
    let output = support::cargo_in(&runner, &target, &["build", "--message-format=short"]);
    if !output.success {
        return Err(format!("the runner does not build:\n{}", support::first_error_lines(&output.stderr, 40)));
    }
    Ok(target.join("debug/directory-contract-runner"))
}

fn write_if_changed(path: &Path, text: &str) -> Result<(), String> {
    if std::fs::read_to_string(path).ok().as_deref() == Some(text) {
        return Ok(());
    }
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// Starts Prism on the spec, runs the spec's cases and judges each call.
fn run_spec(root: &Path, runner: &Path, index: usize, spec: &Spec, out: &Path) -> SpecReport {
    let mut report = SpecReport::default();
    let logs = out.join("logs").join(&spec.crate_name);
    if let Err(e) = std::fs::create_dir_all(&logs) {
        report.error = Some(format!("cannot create {}: {e}", logs.display()));
        return report;
    }
    let mut mock = match prism::Prism::spawn(root, &spec.path, "dynamic", true, &logs) {
        Ok(mock) => mock,
        Err(e) => {
            report.error = Some(e);
            return report;
        }
    };
    if let Err(e) = mock.wait_ready(Instant::now() + prism::STARTUP_DEADLINE) {
        report.error = Some(e);
        return report;
    }
    let calls = match run_runner(runner, index, &format!("http://{}", mock.addr)) {
        Ok(calls) => calls,
        Err(e) => {
            report.error = Some(e);
            return report;
        }
    };
    drop(mock);
    let mut operations = BTreeSet::new();
    for call in &calls {
        operations.insert(call.operation_id.clone());
        let which = if call.all { "all parameters" } else { "required parameters" };
        match judge(spec, call) {
            Verdict::Accepted { decoded } => {
                report.accepted += 1;
                report.decoded += usize::from(decoded);
            }
            Verdict::Skipped(why) => report.skipped.push(format!("{} ({which}): {why}", call.operation_id)),
            Verdict::Failed(why) => report.failures.push((call.operation_id.clone(), format!("{which}: {why}"))),
        }
    }
    report.operations = operations.len();
    report
}

/// Runs the runner on spec `index` and parses its lines.
fn run_runner(runner: &Path, index: usize, base_url: &str) -> Result<Vec<Call>, String> {
    let mut child = Command::new(runner)
        .arg(index.to_string())
        .arg(base_url)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", runner.display()))?;
    // Both pipes are drained while the runner runs: a runner that fills a
    // pipe would otherwise block forever.
    let drain = |pipe: Option<Box<dyn std::io::Read + Send>>| {
        std::thread::spawn(move || {
            let mut text = String::new();
            if let Some(mut pipe) = pipe {
                let _ = pipe.read_to_string(&mut text);
            }
            text
        })
    };
    let stdout = drain(child.stdout.take().map(|p| Box::new(p) as Box<dyn std::io::Read + Send>));
    let stderr = drain(child.stderr.take().map(|p| Box::new(p) as Box<dyn std::io::Read + Send>));
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() > SPEC_DEADLINE => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("the runner did not finish within {} s", SPEC_DEADLINE.as_secs()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(50)),
            Err(e) => return Err(format!("cannot wait for the runner: {e}")),
        }
    };
    let stdout = stdout.join().unwrap_or_default();
    let stderr = stderr.join().unwrap_or_default();
    if !status.success() {
        return Err(format!("the runner failed ({status}): {}", stderr.lines().rev().take(8).collect::<Vec<_>>().join(" | ")));
    }
    stdout
        .lines()
        .map(|line| {
            let v: Value = serde_json::from_str(line).map_err(|e| format!("the runner printed {line:?}: {e}"))?;
            let text = |k: &str| v.get(k).and_then(Value::as_str).map(str::to_owned);
            Ok(Call {
                operation_id: text("operation_id").unwrap_or_default(),
                method: text("method").unwrap_or_default(),
                path: text("path").unwrap_or_default(),
                all: v.get("all").and_then(Value::as_bool).unwrap_or(false),
                kind: text("kind").unwrap_or_default(),
                status: v.get("status").and_then(Value::as_u64).and_then(|s| u16::try_from(s).ok()),
                violations: text("violations"),
                detail: text("detail").unwrap_or_default(),
            })
        })
        .collect()
}

/// The `sl-violations` errors located in the request, as
/// `request.query.limit: must be >= 1` lines; empty when there are none.
/// Warnings (a deprecated parameter) are not violations. Prism prefixes a
/// long list with `Too many violations! ` and may cut it short: a list that
/// does not parse counts only if it names a request location.
fn request_violations(header: Option<&str>) -> Vec<String> {
    let Some(header) = header else { return Vec::new() };
    let list = header.strip_prefix("Too many violations!").map_or(header, str::trim_start);
    let Ok(Value::Array(items)) = serde_json::from_str::<Value>(list) else {
        let names_request = list.contains(r#""location":["request""#);
        return if names_request { vec![header.to_owned()] } else { Vec::new() };
    };
    items
        .iter()
        .filter(|item| item.pointer("/location/0").and_then(Value::as_str) == Some("request"))
        .filter(|item| item.get("severity").and_then(Value::as_str).is_none_or(|s| s == "Error"))
        .map(violation_text)
        .collect()
}

/// One of Prism's validation entries as `request.query.limit: must be >= 1`.
fn violation_text(item: &Value) -> String {
    let location: Vec<String> = item
        .get("location")
        .and_then(Value::as_array)
        .map(|parts| parts.iter().map(|p| p.as_str().map_or_else(|| p.to_string(), str::to_owned)).collect())
        .unwrap_or_default();
    let message = item.get("message").and_then(Value::as_str).unwrap_or("?");
    format!("{}: {message}", location.join("."))
}

/// Prism's own error type of an error body
/// (`https://stoplight.io/prism/errors#NO_PATH_MATCHED_ERROR` →
/// `NO_PATH_MATCHED_ERROR`), with the body's `detail` and its validation
/// messages.
fn prism_error(body: &str) -> Option<(String, String)> {
    let v: Value = serde_json::from_str(body).ok()?;
    let kind = v.get("type")?.as_str()?.strip_prefix("https://stoplight.io/prism/errors#")?.to_owned();
    let mut detail = v.get("detail").and_then(Value::as_str).unwrap_or_default().to_owned();
    if let Some(items) = v.get("validation").and_then(Value::as_array) {
        for item in items.iter().take(3) {
            let _ = write!(detail, "; {}", violation_text(item));
        }
    }
    Some((kind, detail))
}

fn judge(spec: &Spec, call: &Call) -> Verdict {
    let template = &call.path;
    let codes = spec.responses.get(&format!("{} {template}", call.method)).cloned().unwrap_or_default();
    let rejected = request_violations(call.violations.as_deref());
    if !rejected.is_empty() {
        return Verdict::Failed(format!("Prism found the request invalid: {}", rejected.join("; ")));
    }
    match call.kind.as_str() {
        "json" | "text" | "binary" => Verdict::Accepted { decoded: true },
        // Accepted, but Prism cannot stream, so there is nothing to decode.
        "event-stream" => Verdict::Accepted { decoded: false },
        "mock-fault" => Verdict::Skipped(format!("Prism's own response breaks the spec (its sl-violations say so), so it does not decode: {}", call.detail)),
        "differs" => Verdict::Failed(format!("the decoded response does not encode back to the body at {}", call.detail)),
        "decode" => Verdict::Failed(format!("the response does not decode strictly at {}", call.detail)),
        "api" => {
            let status = call.status.unwrap_or(0);
            match prism_error(&call.detail) {
                Some((kind, _)) if (kind == "NO_PATH_MATCHED_ERROR" || kind == "NO_METHOD_MATCHED_ERROR") && template.contains(['?', '#']) => {
                    Verdict::Skipped(format!("Prism matches the path key `{template}` literally, query or fragment part included, so no request reaches it"))
                }
                Some((kind, detail)) => Verdict::Failed(format!("Prism answered {status} {kind}: {detail}")),
                None if !codes.iter().any(|c| c.starts_with('2')) => {
                    Verdict::Skipped(format!("the spec defines no 2xx response (Prism answered {status})"))
                }
                None => Verdict::Failed(format!("Prism answered {status}: {}", call.detail.chars().take(300).collect::<String>())),
            }
        }
        _ => Verdict::Failed(format!("no response: {}", call.detail)),
    }
}

/// One row of `directory-contract-prism.tsv`: the failures of one spec
/// that are Prism's fault.
struct PrismFault {
    spec: String,
    /// The operationId, or `*` for every operation of the spec.
    operation: String,
    /// Text the failure message must contain: the row explains only the
    /// failure it describes, never another failure of the same operation.
    failure: String,
    /// The evidence starts with `Intermittent:`: the fault depends on what
    /// Prism's `--dynamic` faker or its routing picks in a run, so a run
    /// without it does not make the row stale.
    intermittent: bool,
}

impl PrismFault {
    fn explains(&self, spec: &str, operation: &str, message: &str) -> bool {
        self.spec == spec && (self.operation == "*" || self.operation == operation) && message.contains(&self.failure)
    }
}

/// `directory-contract-prism.tsv`: spec id, operationId (or `*`), the
/// failure text, evidence.
/// How the evidence of a row whose fault comes and goes begins.
const INTERMITTENT: &str = "Intermittent:";

fn prism_faults() -> Result<Vec<PrismFault>, String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/directory-contract-prism.tsv");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let mut rows = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 4 || cols[2].trim().is_empty() || cols[3].trim().is_empty() {
            return Err(format!(
                "{}:{}: expected 4 tab-separated columns (spec id, operationId or *, failure text, evidence)",
                path.display(),
                i + 1
            ));
        }
        rows.push(PrismFault {
            spec: cols[0].to_owned(),
            operation: cols[1].to_owned(),
            failure: cols[2].to_owned(),
            intermittent: cols[3].starts_with(INTERMITTENT),
        });
    }
    Ok(rows)
}

fn render_report(
    summary: &str,
    specs: &[Spec],
    reports: &[SpecReport],
    known: &[PrismFault],
    too_large: usize,
    all: usize,
    elapsed: Duration,
) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Directory contract report\n\n`{summary}`\n");
    let _ = writeln!(
        out,
        "{} of {all} directory specs are over {} kB and left out by the size rule. Run took {:.0} s.\n",
        too_large,
        MAX_SPEC_BYTES / 1000,
        elapsed.as_secs_f64()
    );
    let _ = writeln!(out, "| spec | operations | accepted | decoded | skipped | failures |\n|---|---|---|---|---|---|");
    for (spec, r) in specs.iter().zip(reports) {
        let failures = r.failures.len() + usize::from(r.error.is_some());
        let _ = writeln!(out, "| `{}` | {} | {} | {} | {} | {failures} |", spec.id, r.operations, r.accepted, r.decoded, r.skipped.len());
    }
    for (spec, r) in specs.iter().zip(reports) {
        if r.failures.is_empty() && r.skipped.is_empty() && r.error.is_none() {
            continue;
        }
        let _ = writeln!(out, "\n## `{}`\n", spec.id);
        if let Some(e) = &r.error {
            let _ = writeln!(out, "- not run: {e}");
        }
        for (op, message) in &r.failures {
            let prism = if known.iter().any(|row| row.explains(&spec.id, op, message)) { " (Prism's fault: listed)" } else { "" };
            let _ = writeln!(out, "- FAILED `{op}`{prism}: {message}");
        }
        for skip in &r.skipped {
            let _ = writeln!(out, "- skipped {skip}");
        }
    }
    out
}
