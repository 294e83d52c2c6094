//! The `clientgen` binary: `generate`, `check` (the drift check) and `ir`,
//! and how it refuses bad input (exit 1 with file and JSON pointer, never a panic).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_clientgen"))
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("clientgen-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn run(cmd: &mut Command) -> (i32, String, String) {
    let Output { status, stdout, stderr } = cmd.output().expect("clientgen runs");
    (status.code().unwrap_or(-1), String::from_utf8_lossy(&stdout).into_owned(), String::from_utf8_lossy(&stderr).into_owned())
}

#[test]
fn generate_then_check_detects_drift() {
    let out = temp_dir("drift");
    let spec = fixture("tiny.yml");
    let (code, _, err) = run(bin().args(["generate", "--crate-name", "tiny-client", "--spec"]).arg(&spec).arg("--out").arg(&out));
    assert_eq!(code, 0, "{err}");
    assert!(out.join("src/types.rs").exists());

    let check = |out: &Path| run(bin().args(["check", "--crate-name", "tiny-client", "--spec"]).arg(&spec).arg("--out").arg(out));
    let (code, _, err) = check(&out);
    assert_eq!(code, 0, "a fresh generation is up to date: {err}");

    let types = out.join("src/types.rs");
    let edited = std::fs::read_to_string(&types).expect("types.rs").replace("pub nickname", "pub nick_name");
    std::fs::write(&types, edited).expect("write");
    std::fs::write(out.join("src/stray.rs"), "// not generated\n").expect("write");
    let (code, diff, _) = check(&out);
    assert_eq!(code, 1);
    assert!(diff.contains("--- a/src/types.rs") && diff.contains("-    pub nick_name"), "{diff}");
    assert!(diff.contains("stale file (not generated): src/stray.rs"), "{diff}");

    // Regenerating repairs the crate and removes the stray file.
    let (code, _, err) = run(bin().args(["generate", "--crate-name", "tiny-client", "--spec"]).arg(&spec).arg("--out").arg(&out));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("1 files written") && err.contains("1 stale removed"), "{err}");
    assert!(!out.join("src/stray.rs").exists());
    let _ = std::fs::remove_dir_all(&out);
}

/// `--crate-version` sets the version; without it a regeneration keeps the
/// version on disk. `CHANGELOG.md` is written once, then it is the
/// maintainer's: neither `generate` nor `check` touches an edited one.
#[test]
fn the_crate_version_and_the_changelog_survive_regeneration() {
    let out = temp_dir("version");
    let spec = fixture("tiny.yml");
    let args = |cmd: &str| {
        let mut c = bin();
        c.args([cmd, "--crate-name", "tiny-client", "--spec"]).arg(&spec).arg("--out").arg(&out);
        c
    };
    let (code, _, err) = run(args("generate").args(["--crate-version", "2.1.0"]));
    assert_eq!(code, 0, "{err}");
    let manifest = std::fs::read_to_string(out.join("Cargo.toml")).expect("Cargo.toml");
    assert!(manifest.contains("\nversion = \"2.1.0\"\n"), "{manifest}");
    let changelog = std::fs::read_to_string(out.join("CHANGELOG.md")).expect("CHANGELOG.md");
    assert!(changelog.contains("## 2.1.0\n"), "{changelog}");

    let edited = format!("{changelog}\n## 2.2.0\n\n- Written by the maintainer.\n");
    std::fs::write(out.join("CHANGELOG.md"), &edited).expect("write");
    let (code, _, err) = run(&mut args("generate"));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("0 files written"), "nothing changes: {err}");
    assert_eq!(std::fs::read_to_string(out.join("CHANGELOG.md")).expect("CHANGELOG.md"), edited);
    let (code, _, err) = run(&mut args("check"));
    assert_eq!(code, 0, "an edited changelog and the kept version are not drift: {err}");

    let (code, diff, _) = run(args("check").args(["--crate-version", "3.0.0"]));
    assert_eq!(code, 1);
    assert!(diff.contains("-version = \"2.1.0\"") && diff.contains("+version = \"3.0.0\""), "{diff}");

    std::fs::remove_file(out.join("CHANGELOG.md")).expect("remove");
    let (code, diff, _) = run(&mut args("check"));
    assert_eq!(code, 1);
    assert!(diff.contains("missing file (written once, then maintained by hand): CHANGELOG.md"), "{diff}");

    let (code, _, err) = run(args("generate").args(["--crate-version", "2.x"]));
    assert_eq!(code, 1);
    assert!(err.contains("invalid crate version `2.x`") && err.contains("tiny.yml"), "{err}");
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn ir_prints_json() {
    let (code, json, err) = run(bin().arg("ir").arg("--spec").arg(fixture("tiny.yml")));
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&json).expect("ir prints JSON");
    assert_eq!(v["ir"]["operations"][0]["operation_id"], "retrievePet");
    assert_eq!(v["ir"]["types"][0]["name"], "Pet");
}

#[test]
fn bad_input_exits_one_naming_the_file() {
    let dir = temp_dir("bad");
    let cases = [
        ("empty.yml", "", "the file is empty"),
        ("invalid.yml", "openapi: 3.0.0\ninfo: [\n", "invalid YAML"),
        ("array.json", "[1, 2]", "expected a mapping at the top level"),
        ("swagger.json", r#"{"swagger": "2.0", "info": {}}"#, "unsupported version 2.0, convert it to OpenAPI 3"),
        ("noinfo.yml", "openapi: 3.0.0\npaths: {}\n", "missing field `info`"),
        (
            "dangling.yml",
            "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: '#/components/schemas/B'}\n",
            "at /components/schemas/A: dangling $ref",
        ),
    ];
    for (name, text, expected) in cases {
        let path = dir.join(name);
        std::fs::write(&path, text).expect("write");
        let (code, _, err) = run(bin().arg("ir").arg("--spec").arg(&path));
        assert_eq!(code, 1, "{name}: {err}");
        assert!(err.contains(&path.display().to_string()), "{name}: the message names the file: {err}");
        assert!(err.contains(expected), "{name}: expected {expected:?} in {err}");
        assert!(!err.contains("panicked"), "{name}: {err}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn contract_cases_are_generated_only_when_asked_for_another_spec() {
    let spec = fixture("tiny.yml");
    let generate = |out: &Path, extra: &[&str]| {
        run(bin().args(["generate", "--crate-name", "tiny-client", "--spec"]).arg(&spec).arg("--out").arg(out).args(extra))
    };
    let out = temp_dir("contract");
    let (code, _, err) = generate(&out, &[]);
    assert_eq!(code, 0, "{err}");
    assert!(!out.join("contract/cases.rs").exists(), "not asked for");

    let (code, _, err) = generate(&out, &["--contract-cases"]);
    assert_eq!(code, 0, "{err}");
    let cases = std::fs::read_to_string(out.join("contract/cases.rs")).expect("contract/cases.rs is written");
    assert!(cases.contains("pub static CASES: &[Case]"), "{cases}");

    // Leaving it out again removes the file: contract/ belongs to the generator.
    let (code, _, err) = generate(&out, &["--contract-cases=false"]);
    assert_eq!(code, 0, "{err}");
    assert!(!out.join("contract/cases.rs").exists());
}

/// A relative `--out` (and `--spec`) is the user's: it resolves against the
/// current directory, never against this repository's workspace root.
#[test]
fn relative_paths_resolve_against_the_current_directory() {
    let cwd = temp_dir("relative");
    std::fs::copy(fixture("tiny.yml"), cwd.join("api.yml")).expect("copy the fixture");
    let (code, _, err) =
        run(bin().current_dir(&cwd).args(["generate", "--spec", "api.yml", "--out", "my-client", "--crate-name", "my-client"]));
    assert_eq!(code, 0, "{err}");
    assert!(cwd.join("my-client/src/types.rs").exists(), "the crate is written under the current directory: {err}");
    assert!(!Path::new(env!("CARGO_MANIFEST_DIR")).join("../my-client").exists(), "nothing is written into the workspace");
    let _ = std::fs::remove_dir_all(&cwd);
}

/// `diff` compares a crate (its `api.json`) with a spec; exit codes follow
/// diff(1): 0 below `--fail-on`, 1 at or above it, 2 on an error. A stale
/// `check` prints the same report and the release the change needs.
#[test]
fn diff_reports_classes_and_exits_like_diff_1() {
    let out = temp_dir("semver");
    let spec = fixture("tiny.yml");
    let (code, _, err) = run(bin().args(["generate", "--crate-name", "tiny-client", "--spec"]).arg(&spec).arg("--out").arg(&out));
    assert_eq!(code, 0, "{err}");
    assert!(out.join("api.json").exists());
    // The new spec adds an optional response field.
    let text = std::fs::read_to_string(&spec).expect("tiny.yml");
    let changed = text.replacen("        nickname:", "        score: {type: integer}\n        nickname:", 1);
    assert_ne!(changed, text, "the fixture has a `nickname` property");
    let new_spec = out.join("new.yml");
    std::fs::write(&new_spec, changed).expect("write");

    let diff = |extra: &[&str]| run(bin().arg("diff").arg("--old").arg(&out).arg("--new").arg(&new_spec).args(extra));
    let (code, text, err) = diff(&[]);
    assert_eq!(code, 0, "{err}");
    assert!(text.contains("minor  types::") && text.contains("::score  field added"), "{text}");
    assert_eq!(text.lines().last(), Some("semver: minor (0 major, 1 minor, 0 patch)"), "{text}");
    assert_eq!(diff(&["--fail-on", "major"]).0, 0);
    assert_eq!(diff(&["--fail-on", "minor"]).0, 1);
    let (_, json, _) = diff(&["--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!(json[0]["severity"], "minor");
    let (_, changelog, _) = diff(&["--changelog"]);
    assert!(changelog.contains("### Added (minor)"), "{changelog}");
    let (code, _, err) = run(bin().args(["diff", "--old", "/nonexistent/spec.yml", "--new"]).arg(&new_spec));
    assert_eq!(code, 2, "an error exits 2: {err}");
    assert!(err.contains("/nonexistent/spec.yml"), "{err}");

    let (code, _, err) = run(bin().args(["check", "--crate-name", "tiny-client", "--spec"]).arg(&new_spec).arg("--out").arg(&out));
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("semver: minor (0 major, 1 minor, 0 patch)"), "{err}");
    assert!(err.contains("release it as 0.1.1"), "{err}");
    let _ = std::fs::remove_dir_all(&out);
}
