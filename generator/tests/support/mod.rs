//! Shared by `tests/corpus.rs` and `tests/hostile.rs`: writing a generated
//! crate under the cargo target dir and running cargo on it.

#![allow(dead_code)]

pub mod directory;
pub mod semver_pairs;

use std::path::{Path, PathBuf};
use std::process::Command;

/// `CARGO_TARGET_TMPDIR`: scratch space inside the target dir.
pub fn tmp_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
}

/// The one target dir every generated crate is checked with, so their
/// dependencies build once.
pub fn shared_target_dir() -> PathBuf {
    tmp_dir().join("corpus-target")
}

/// Writes `krate` to `dir` (only changed files), makes it its own workspace
/// (it lives inside this repository's target dir, so cargo would otherwise
/// look for the enclosing workspace), and seeds its `Cargo.lock` from the
/// workspace's so it resolves to the versions already in the local cache.
/// `tests/` always exists, for the test files callers add.
pub fn prepare_crate_dir(krate: &clientgen::GeneratedCrate, dir: &Path) {
    krate.write_to(dir).unwrap_or_else(|e| panic!("cannot write the crate to {}: {e}", dir.display()));
    std::fs::create_dir_all(dir.join("tests")).unwrap_or_else(|e| panic!("cannot create {}/tests: {e}", dir.display()));
    let manifest = dir.join("Cargo.toml");
    let text = std::fs::read_to_string(&manifest).unwrap_or_else(|e| panic!("{}: {e}", manifest.display()));
    if !text.lines().any(|l| l.trim() == "[workspace]") {
        std::fs::write(&manifest, format!("{text}\n[workspace]\n")).unwrap_or_else(|e| panic!("{}: {e}", manifest.display()));
    }
    let lock = Path::new(env!("CARGO_MANIFEST_DIR")).join("../Cargo.lock");
    if lock.exists() && !dir.join("Cargo.lock").exists() {
        std::fs::copy(&lock, dir.join("Cargo.lock")).unwrap_or_else(|e| panic!("cannot copy {}: {e}", lock.display()));
    }
}

/// What a cargo run produced.
pub struct CargoOutput {
    pub success: bool,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `cargo <args>` in `dir` with `CARGO_TARGET_DIR=target`, offline
/// first (the dependencies are the workspace's, so they are normally in the
/// local registry cache); only if cargo says offline resolution failed is it
/// run again online.
pub fn cargo_in(dir: &Path, target: &Path, args: &[&str]) -> CargoOutput {
    let run = |offline: bool| {
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let mut cmd = Command::new(cargo);
        cmd.args(args).current_dir(dir).env("CARGO_TARGET_DIR", target);
        if offline {
            cmd.arg("--offline");
        }
        let out = cmd.output().unwrap_or_else(|e| panic!("cannot run cargo in {}: {e}", dir.display()));
        CargoOutput {
            success: out.status.success(),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    };
    let first = run(true);
    if !first.success && first.stderr.contains("--offline") {
        return run(false);
    }
    first
}

/// The first `n` lines of compiler output starting at the first `error`
/// line (or the tail of the output when there is none).
pub fn first_error_lines(stderr: &str, n: usize) -> String {
    let lines: Vec<&str> = stderr.lines().collect();
    // `--message-format=short` prints `path:line:col: error[E0308]: ...`.
    let is_error = |l: &&str| l.starts_with("error") || l.contains(": error");
    match lines.iter().position(is_error) {
        Some(start) => lines[start..].iter().take(n).copied().collect::<Vec<_>>().join("\n"),
        None => lines[lines.len().saturating_sub(n)..].join("\n"),
    }
}

/// How many compiler warnings cargo printed (not counting its
/// "`x` (lib) generated N warnings" summaries).
pub fn rustc_warning_count(stderr: &str) -> usize {
    stderr.lines().filter(|l| l.starts_with("warning") && !l.contains(" generated ") && !l.contains("build failed")).count()
}
