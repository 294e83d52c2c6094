//! Helpers shared by the root package's integration tests.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The workspace root (this package's manifest directory).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The Whop spec, through the `spec/` symlink into `../shared`.
pub fn whop_spec() -> PathBuf {
    root().join("spec/openapi.documented.yml")
}

/// The checked-in generated crate.
pub fn generated_dir() -> PathBuf {
    root().join("generated-client")
}

/// A seed document from `../shared/seeds/` whose file name starts with `prefix`.
pub fn seed(prefix: &str) -> String {
    let dir = root().join("../shared/seeds");
    let entry = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .find(|e| e.file_name().to_string_lossy().starts_with(prefix))
        .unwrap_or_else(|| panic!("no seed {prefix}* in {}", dir.display()));
    std::fs::read_to_string(entry.path()).expect("seed is readable")
}

/// The first JSON object in `text` that starts right after `marker`.
pub fn json_after(text: &str, marker: &str) -> serde_json::Value {
    let at = text.find(marker).unwrap_or_else(|| panic!("marker {marker:?} not found"));
    let start = at + text[at..].find('{').expect("a JSON object follows the marker");
    serde_json::Deserializer::from_str(&text[start..])
        .into_iter::<serde_json::Value>()
        .next()
        .expect("a JSON value")
        .expect("valid JSON")
}

/// Reads a file of the generated crate.
pub fn generated_file(rel: &str) -> String {
    let path = generated_dir().join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Whether `path` exists (for skipping nothing: callers assert on it).
pub fn exists(path: &Path) -> bool {
    path.exists()
}
