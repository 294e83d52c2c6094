//! Stage 1: read a YAML or JSON document from disk into a `serde_json::Value`.
//!
//! The document is parsed exactly once; every later stage works on the
//! in-memory value. YAML is read as YAML 1.2 (unquoted dates stay strings,
//! mapping keys such as `200` become strings).

use std::path::Path;

use serde_json::Value;

use crate::diagnostics::Error;

/// Reads and parses the document at `path`.
///
/// # Errors
/// The file cannot be read, is empty, is not valid YAML/JSON (the error names
/// the line), or its top level is not a mapping.
pub fn load_file(path: &Path) -> Result<Value, Error> {
    let bytes = std::fs::read(path).map_err(|e| Error::file(path, format!("cannot read the file: {e}")))?;
    load_bytes(path, &bytes)
}

/// Parses an in-memory document; `path` is only used in error messages.
///
/// JSON is recognised by its first non-blank byte (`{` or `[`); anything
/// else is parsed as YAML.
///
/// # Errors
/// As [`load_file`].
pub fn load_bytes(path: &Path, bytes: &[u8]) -> Result<Value, Error> {
    let text = std::str::from_utf8(bytes).map_err(|e| Error::file(path, format!("the file is not UTF-8: {e}")))?;
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if trimmed.is_empty() {
        return Err(Error::file(path, "the file is empty: expected an OpenAPI document"));
    }
    let value: Value = if trimmed.starts_with('{') || trimmed.starts_with('[') {
        serde_json::from_str(trimmed).map_err(|e| Error {
            file: path.to_path_buf(),
            pointer: None,
            line: Some(e.line()),
            message: format!("invalid JSON: {e}"),
        })?
    } else {
        serde_yaml::from_str(trimmed).map_err(|e| Error {
            file: path.to_path_buf(),
            pointer: None,
            line: e.location().map(|l| l.line()),
            message: format!("invalid YAML: {e}"),
        })?
    };
    match value {
        Value::Object(_) => Ok(value),
        Value::Null => Err(Error::file(path, "the file is empty: expected an OpenAPI document")),
        other => Err(Error::at(
            path,
            "",
            format!("expected a mapping at the top level of an OpenAPI document, found {}", kind_name(&other)),
        )),
    }
}

/// A short English name for the JSON type of `v`, for error messages.
pub fn kind_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "a mapping",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Result<Value, Error> {
        load_bytes(Path::new("spec.yml"), text.as_bytes())
    }

    #[test]
    fn yaml_keys_and_dates_stay_strings() {
        let v = load("responses:\n  200:\n    example: 2024-01-02\n").unwrap();
        assert_eq!(v["responses"]["200"]["example"], Value::String("2024-01-02".into()));
    }

    #[test]
    fn json_is_detected() {
        let v = load("  {\"openapi\": \"3.0.0\"}").unwrap();
        assert_eq!(v["openapi"], "3.0.0");
    }

    #[test]
    fn empty_file_is_refused() {
        let e = load("  \n").unwrap_err();
        assert!(e.to_string().contains("spec.yml: the file is empty"), "{e}");
    }

    #[test]
    fn yaml_error_names_line() {
        let e = load("a: 1\nb: [\n").unwrap_err();
        assert!(e.line.is_some(), "{e:?}");
        assert!(e.to_string().starts_with("spec.yml:"), "{e}");
    }

    #[test]
    fn array_top_level_is_refused() {
        let e = load("[1, 2]").unwrap_err();
        assert!(e.to_string().contains("expected a mapping at the top level"), "{e}");
    }
}
