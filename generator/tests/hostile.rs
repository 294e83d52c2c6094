//! Hostile names (`tests/fixtures/hostile.yml`): Rust keywords, std prelude
//! and generated-item names (`Self`, `Option`, `Result`, `Client`, `Error`,
//! `params`, `request`, ...), names starting with a digit, the empty name,
//! non-ASCII names, an enum whose values collapse to the same identifier,
//! operationIds with `/`, `.` and spaces, an operation without one, and a
//! path-item parameter overridden by an operation parameter.
//!
//! The generated crate must compile, its enum round-trip test must pass,
//! and the enum's wire values must be kept exactly.

mod support;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use support::{cargo_in, first_error_lines, prepare_crate_dir, shared_target_dir, tmp_dir};

const CRATE_NAME: &str = "hostile-client";

/// The hostile enum's values, in spec order.
const ENUM_VALUES: [&str; 7] = ["a-b", "a_b", "A_B", "", "+1", "-1", "Unknown"];

fn spec() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile.yml")
}

fn generate() -> clientgen::GeneratedCrate {
    clientgen::Generator::new(spec()).crate_name(CRATE_NAME).generate().unwrap_or_else(|e| panic!("hostile.yml generates: {e}"))
}

/// The crate on disk, written once per test binary.
fn crate_dir() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tmp_dir().join("hostile").join(CRATE_NAME);
        prepare_crate_dir(&generate(), &dir);
        dir
    })
}

/// The text between `start` (inclusive) and the first `end` after it.
fn section<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text.find(start).unwrap_or_else(|| panic!("{start:?} not found in the generated source"));
    let rest = &text[from..];
    let to = rest.find(end).unwrap_or_else(|| panic!("{end:?} not found after {start:?}"));
    &rest[..to + end.len()]
}

/// Decodes a Rust string literal that is also a JSON string (true for the
/// plain ASCII values used here).
fn literal(s: &str) -> String {
    serde_json::from_str(s.trim()).unwrap_or_else(|e| panic!("{s:?} is not a plain string literal: {e}"))
}

#[test]
fn hostile_enum_keeps_every_wire_value_under_a_distinct_variant() {
    let krate = generate();
    let types = &krate.files["src/types.rs"];
    for w in &krate.warnings {
        println!("{w}");
    }

    // Every wire value appears as an exact string literal.
    for value in ENUM_VALUES {
        let quoted = serde_json::to_string(value).unwrap();
        assert!(types.contains(&quoted), "the wire value {quoted} is missing from src/types.rs");
    }

    // The enum's variants: one per value plus the `Unknown(String)` fallback, all distinct.
    let body = section(types, "pub enum HostileEnum {", "\n}\n");
    let variants: Vec<String> = body
        .lines()
        .skip(1)
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("//") && !l.starts_with('#') && *l != "}")
        .map(|l| l.trim_end_matches(',').split('(').next().unwrap_or_default().trim().to_owned())
        .collect();
    let distinct: BTreeSet<&String> = variants.iter().collect();
    assert_eq!(distinct.len(), variants.len(), "duplicate variants in HostileEnum: {variants:?}");
    assert_eq!(variants.len(), ENUM_VALUES.len() + 1, "HostileEnum should have one variant per value plus the fallback: {variants:?}");

    // VALUES lists the wire values exactly, in spec order.
    let values = section(types, "pub const VALUES", "];");
    let list = &values[values.find("&[").expect("VALUES is a slice literal") + 2..values.len() - 2];
    let listed: Vec<String> = serde_json::from_str(&format!("[{}]", list.trim().trim_end_matches(','))).unwrap_or_else(|e| panic!("VALUES {list:?}: {e}"));
    assert_eq!(listed, ENUM_VALUES, "HostileEnum::VALUES");

    // as_str maps each known variant to its exact value; from_wire maps back.
    let impl_block = section(types, "impl HostileEnum {", "\n}\n");
    let as_str = section(impl_block, "fn as_str", "\n    }\n");
    let mut arm_variants = BTreeSet::new();
    let mut arm_values = Vec::new();
    for line in as_str.lines().map(str::trim) {
        if let Some((pattern, value)) = line.strip_suffix(',').and_then(|l| l.split_once(" => ")) {
            if let Some(variant) = pattern.strip_prefix("Self::") {
                if value.starts_with('"') {
                    assert!(arm_variants.insert(variant.to_owned()), "variant {variant} appears twice in as_str");
                    arm_values.push(literal(value));
                }
            }
        }
    }
    assert_eq!(arm_values, ENUM_VALUES, "as_str arms (wire values in order)");
    let from_wire = section(impl_block, "fn from_wire", "\n    }\n");
    for value in ENUM_VALUES {
        let quoted = serde_json::to_string(value).unwrap();
        let arm = from_wire.lines().map(str::trim).find(|l| l.starts_with(&format!("{quoted} => Self::")));
        assert!(arm.is_some(), "from_wire has no arm for {quoted}:\n{from_wire}");
    }
    let fallback = variants.last().expect("variants");
    assert!(!arm_variants.contains(fallback), "the fallback variant {fallback} also names a known value");
}

#[test]
fn path_item_parameter_is_overridden_by_the_operation() {
    let lowered = clientgen::Generator::new(spec()).lower().unwrap_or_else(|e| panic!("hostile.yml lowers: {e}"));
    let ir = serde_json::to_value(&lowered.ir).expect("the IR serializes");
    let op = |id: &str| {
        ir["operations"]
            .as_array()
            .expect("operations")
            .iter()
            .find(|o| o["operation_id"] == id)
            .unwrap_or_else(|| panic!("operation {id:?} is missing from the IR"))
            .clone()
    };
    let field_types = |op_id: &str, field: &str| -> Vec<serde_json::Value> {
        let op = op(op_id);
        let params = op["params"]["of"].as_str().unwrap_or_else(|| panic!("{op_id} has a named params type: {op}")).to_owned();
        let ty = ir["types"]
            .as_array()
            .expect("types")
            .iter()
            .find(|t| t["name"] == params.as_str())
            .unwrap_or_else(|| panic!("type {params} is missing"))
            .clone();
        ty["kind"]["fields"].as_array().expect("a struct").iter().filter(|f| f["name"] == field).map(|f| f["ty"].clone()).collect()
    };
    // GET overrides the path-item `mode` (string) with a boolean; DELETE inherits it.
    assert_eq!(field_types("things/get.by id", "mode"), vec![serde_json::json!({"type": "boolean"})], "GET's `mode`");
    assert_eq!(field_types("things delete", "mode"), vec![serde_json::json!({"type": "string"})], "DELETE's `mode`");
    // The path-item-level path parameters reach both operations.
    for id in ["things/get.by id", "things delete"] {
        let names: Vec<String> =
            op(id)["path_params"].as_array().expect("path_params").iter().filter_map(|p| p["name"].as_str().map(str::to_owned)).collect();
        assert_eq!(names, ["params", "self"], "{id}: path parameters");
    }
    // Every operation got a method, including the one without an operationId.
    assert_eq!(ir["operations"].as_array().expect("operations").len(), 4);
}

#[test]
fn hostile_crate_compiles_and_its_enums_round_trip() {
    let dir = crate_dir();
    let target = shared_target_dir();
    let check = cargo_in(dir, &target, &["check", "--quiet"]);
    assert!(check.success, "the hostile crate at {} does not compile:\n{}", dir.display(), first_error_lines(&check.stderr, 40));
    if !check.stderr.trim().is_empty() {
        println!("cargo check output (warnings):\n{}", check.stderr);
    }
    if dir.join("tests/enums.rs").exists() {
        let test = cargo_in(dir, &target, &["test", "--quiet", "--test", "enums"]);
        assert!(test.success, "the hostile crate's tests/enums.rs fails in {}:\n{}\n{}", dir.display(), test.stdout, first_error_lines(&test.stderr, 40));
    }
}

/// `cargo test` on the generated crate as a user would run it: its enum
/// test, its doc examples and the runtime's unit tests it carries.
#[test]
fn hostile_crate_full_test_suite_passes() {
    let dir = crate_dir();
    let test = cargo_in(dir, &shared_target_dir(), &["test", "--quiet", "--no-fail-fast"]);
    // libtest lists failing tests under `failures:`, indented by four spaces.
    let mut failed = Vec::new();
    let mut in_failures = false;
    for line in test.stdout.lines() {
        if line == "failures:" {
            in_failures = true;
        } else if in_failures && line.starts_with("    ") {
            failed.push(line.trim().to_owned());
        } else if !line.starts_with("---- ") && line.trim().is_empty() {
            in_failures = false;
        }
    }
    assert!(
        test.success,
        "`cargo test` fails in the generated hostile crate at {}.\nfailing tests: {failed:#?}\nstdout:\n{}\nstderr (first errors):\n{}",
        dir.display(),
        test.stdout,
        first_error_lines(&test.stderr, 40)
    );
}
