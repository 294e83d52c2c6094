//! Our semver verdict against the Rust ecosystem's own checker,
//! `cargo-semver-checks`, on the crates generated from each spec pair of
//! tests/support/semver_pairs.rs and from two pairs of the real Whop spec.
//!
//! Every crate is generated at version 1.0.0 (the new one as `generate`
//! regenerates a crate: keeping the old crate's names), then
//! `cargo semver-checks --release-type minor` runs with the old crate as
//! baseline:
//! - every pair we call minor or patch (or no change) must pass;
//! - every pair we call major must be flagged, unless it is a change the
//!   tool has no lint for ([`NO_LINT`]: one only the wire sees, a path or
//!   a JSON key; or a changed field type, as the tool compares no types):
//!   those must pass, and our report is what flags them.
//!
//! It needs the tool, so it is ignored by `cargo test`; run it with
//! `bench/semver_checks.sh`, which installs the pinned version. It writes
//! the change-kind → lint table to `target/semver-agreement.md` (the
//! README's "Semver" table comes from it).

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use clientgen::diff::{diff, verdict, Severity};
use clientgen::manifest::Manifest;
use serde_json::{json, Value};
use support::semver_pairs::{base, changed, pairs};

/// Major changes cargo-semver-checks has no lint for, with the reason the
/// table gives. Our report flags them; the tool passes them (if a later
/// version flags one, this test fails and the table is updated).
const NO_LINT: &[(&str, &str)] = &[
    ("changed path", "none: only the wire changes"),
    ("changed wire name only", "none: only the wire changes"),
    ("optional response field becomes required", "none: it compares no types (cargo-semver-checks#148)"),
    ("changed field type", "none: it compares no types (cargo-semver-checks#148)"),
    ("a new cycle boxes a field", "none: it compares no types (cargo-semver-checks#148)"),
];

fn root() -> PathBuf {
    support::tmp_dir().join("semver-agreement")
}

/// Writes `spec`, generates its crate at 1.0.0 into `root()/<name>`
/// (keeping `kept`'s names) and returns the crate's manifest.
fn generate(name: &str, spec: &Value, kept: Option<&Manifest>) -> (PathBuf, Manifest) {
    let dir = root().join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let spec_path = root().join(format!("{name}.json"));
    std::fs::write(&spec_path, serde_json::to_string(spec).unwrap_or_default()).unwrap_or_else(|e| panic!("{e}"));
    let mut generator = clientgen::Generator::new(&spec_path).crate_name("semver-pair").crate_version("1.0.0");
    if let Some(kept) = kept {
        generator = generator.keep_names_from(kept);
    }
    let krate = generator.generate().unwrap_or_else(|e| panic!("{name}: {e}"));
    support::prepare_crate_dir(&krate, &dir);
    (dir, krate.manifest)
}

/// cargo-semver-checks' verdict: `Ok(())` when it passes, else the lints it reports.
fn semver_checks(baseline: &Path, current: &Path) -> Result<(), Vec<String>> {
    let tool = std::env::var("CARGO_SEMVER_CHECKS").unwrap_or_else(|_| "cargo-semver-checks".to_owned());
    let output = Command::new(&tool)
        .args(["semver-checks", "--release-type", "minor", "--manifest-path"])
        .arg(current.join("Cargo.toml"))
        .arg("--baseline-root")
        .arg(baseline)
        .env("CARGO_TARGET_DIR", root().join("target"))
        .output()
        .unwrap_or_else(|e| panic!("cannot run {tool} (bench/semver_checks.sh installs it): {e}"));
    let text = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    if output.status.success() {
        return Ok(());
    }
    // `--- failure enum_variant_missing: pub enum variant removed or renamed ---`
    let lints: Vec<String> = text
        .lines()
        .filter_map(|l| l.trim().strip_prefix("--- failure ").and_then(|rest| rest.split(':').next()).map(str::to_owned))
        .collect();
    assert!(!lints.is_empty(), "{tool} failed without naming a lint:\n{text}");
    Err(lints)
}

/// Turns an old spec into the new one.
type SpecChange = fn(&mut Value);

/// Two pairs from the real Whop spec: a mix of additive changes, and a mix
/// with breaking ones.
fn whop_pairs() -> Vec<(&'static str, Option<Severity>, SpecChange)> {
    fn additive(s: &mut Value) {
        let schemas = &mut s["components"]["schemas"];
        schemas["Lead"]["properties"]["score"] = json!({"type": "integer", "description": "A lead score."});
        schemas["Currencies"]["enum"].as_array_mut().expect("enum").push(json!("xts"));
        s["paths"]["/leads/{id}/notes"] = json!({"get": {"operationId": "listLeadNotes", "tags": ["Leads"],
            "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "array", "items": {"type": "string"}}}}}}}});
    }
    fn breaking(s: &mut Value) {
        additive(s);
        let lead = s["components"]["schemas"]["Lead"]["properties"].as_object_mut().expect("Lead");
        lead.remove("referrer");
        s["components"]["schemas"]["Lead"]["required"].as_array_mut().expect("required").retain(|r| r != "referrer");
        s["paths"]["/leads/{id}"].as_object_mut().expect("path").remove("patch");
    }
    vec![("whop: additive mix", Some(Severity::Minor), additive), ("whop: breaking mix", Some(Severity::Major), breaking)]
}

fn whop_spec() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec/openapi.documented.yml");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
#[ignore = "needs cargo-semver-checks: run bench/semver_checks.sh"]
fn cargo_semver_checks_agrees_with_our_verdict() {
    let mut cases: Vec<(String, Option<Severity>, Value, Value)> =
        pairs().into_iter().map(|p| (p.kind.to_owned(), p.expected, base(), changed(&p))).collect();
    for (kind, expected, change) in whop_pairs() {
        let old = whop_spec();
        let mut new = old.clone();
        change(&mut new);
        cases.push((kind.to_owned(), expected, old, new));
    }
    let mut table = vec!["| change | ours | cargo-semver-checks | lints |".to_owned(), "|---|---|---|---|".to_owned()];
    let mut disagreements = Vec::new();
    for (i, (kind, expected, old_spec, new_spec)) in cases.iter().enumerate() {
        let (old_dir, old) = generate(&format!("{i:02}-old"), old_spec, None);
        let (new_dir, new) = generate(&format!("{i:02}-new"), new_spec, Some(&old));
        let (ours, _) = verdict(&diff(&old, &new));
        assert_eq!(ours, *expected, "{kind}: our verdict");
        let theirs = semver_checks(&old_dir, &new_dir);
        let major = ours == Some(Severity::Major);
        let no_lint = NO_LINT.iter().find(|(k, _)| k == kind).map(|(_, why)| *why);
        let agrees = match (&theirs, major) {
            (Ok(()), false) => true,
            (Ok(()), true) => no_lint.is_some(),
            (Err(_), true) => no_lint.is_none(),
            (Err(_), false) => false,
        };
        let ours_text = ours.map_or("none", Severity::as_str);
        let (theirs_text, lints) = match &theirs {
            Ok(()) => ("passes", no_lint.filter(|_| major).unwrap_or_default().to_owned()),
            Err(lints) => ("flags it", lints.iter().map(|l| format!("`{l}`")).collect::<Vec<_>>().join(", ")),
        };
        table.push(format!("| {kind} | {ours_text} | {theirs_text} | {lints} |"));
        if !agrees {
            disagreements.push(format!("{kind}: ours {ours_text}, cargo-semver-checks {theirs_text} {lints}"));
        }
        let _ = std::fs::remove_dir_all(&old_dir);
        let _ = std::fs::remove_dir_all(&new_dir);
    }
    let report = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/semver-agreement.md");
    std::fs::write(&report, table.join("\n") + "\n").unwrap_or_else(|e| panic!("{}: {e}", report.display()));
    println!("{}", table.join("\n"));
    assert!(disagreements.is_empty(), "cargo-semver-checks disagrees:\n{}", disagreements.join("\n"));
}
