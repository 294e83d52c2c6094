//! Stage 1: read a YAML or JSON document from disk into a `serde_json::Value`.
//!
//! The document is parsed once; every later stage works on the in-memory
//! value. YAML is read as YAML 1.2 (unquoted dates stay strings, mapping
//! keys such as `200` become strings). A large YAML document is parsed in
//! pieces on the [`worker_threads`](crate::emit::worker_threads) (see
//! [`pieces`]); one that cannot be cut, or whose pieces do not parse
//! alone, is parsed whole, so the value and any error are those of the
//! whole document.

mod pieces;

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
    } else if let Some(value) = yaml_in_pieces(trimmed, crate::emit::worker_threads()) {
        value
    } else {
        serde_yaml::from_str::<YamlValue>(trimmed)
            .map_err(|e| Error {
                file: path.to_path_buf(),
                pointer: None,
                line: e.location().map(|l| l.line()),
                message: format!("invalid YAML: {e}"),
            })?
            .0
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

/// `text` parsed in up to `threads` pieces, when it is large enough and
/// every piece parses alone (see [`pieces`]).
fn yaml_in_pieces(text: &str, threads: usize) -> Option<Value> {
    if text.len() < pieces::MIN_SPLIT_BYTES {
        return None;
    }
    let parts = pieces::split(text, threads)?;
    let values = pieces::parse_pieces(&parts, |piece| serde_yaml::from_str::<YamlValue>(piece).map(|v| v.0))?;
    pieces::merge(&parts, values)
}

/// A `serde_json::Value` read from YAML, where integers may exceed 64 bits.
///
/// `serde_json::Value` refuses an integer outside the `i64`/`u64` range
/// ("number out of range"), so one huge `minimum:` in a schema would refuse
/// the whole document. Such an integer is kept as the nearest `f64`, as a
/// JSON parser does; non-finite floats (`.inf`, `.nan`) become `null`.
struct YamlValue(Value);

impl<'de> serde::Deserialize<'de> for YamlValue {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(YamlVisitor).map(YamlValue)
    }
}

struct YamlVisitor;

impl<'de> serde::de::Visitor<'de> for YamlVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_i128<E>(self, v: i128) -> Result<Value, E> {
        Ok(i64::try_from(v).map(Value::from).or_else(|_| u64::try_from(v).map(Value::from)).unwrap_or_else(|_| self.float(v as f64)))
    }

    fn visit_u128<E>(self, v: u128) -> Result<Value, E> {
        Ok(u64::try_from(v).map(Value::from).unwrap_or_else(|_| self.float(v as f64)))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(self.float(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(YamlVisitor)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(YamlValue(v)) = seq.next_element()? {
            items.push(v);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = serde_json::Map::new();
        while let Some((key, YamlValue(v))) = map.next_entry::<String, YamlValue>()? {
            out.insert(key, v);
        }
        Ok(Value::Object(out))
    }
}

impl YamlVisitor {
    fn float(&self, v: f64) -> Value {
        serde_json::Number::from_f64(v).map(Value::Number).unwrap_or(Value::Null)
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
    fn integers_beyond_64_bits_load_as_floats() {
        let v = load("minimum: -9223372036854776000\nmaximum: 18446744073709551616\nsmall: -3\nbig: 18446744073709551615\n").unwrap();
        assert_eq!(v["minimum"].as_f64(), Some(-9223372036854776000.0));
        assert_eq!(v["maximum"].as_f64(), Some(18446744073709551616.0));
        assert_eq!(v["small"].as_i64(), Some(-3));
        assert_eq!(v["big"].as_u64(), Some(u64::MAX));
        let v = load("{\"minimum\": -9223372036854776000}").unwrap();
        assert_eq!(v["minimum"].as_f64(), Some(-9223372036854776000.0));
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
