//! Stage 3: deserialize the normalized document with `openapiv3`.
//!
//! The value is the one [`crate::load`] produced; the text is never parsed
//! twice. A document that fails to deserialize is deserialized again
//! through `serde_path_to_error`, so a shape error names the JSON pointer
//! of the offending node.
//!
//! `paths` and `components` are most of a document, and neither needs the
//! other to deserialize, so `paths` (and `webhooks`) deserialize on a second
//! thread while this one takes `components` and the rest. The result is the
//! same as one whole-document deserialize; only the time differs.

use std::path::Path;

use indexmap::IndexMap;
use openapiv3::{Components, OpenAPI, PathItem, Paths, ReferenceOr};
use serde_json::Value;

use crate::diagnostics::{push_pointer, Error};
use crate::normalize::Normalized;

/// The parsed document plus the 3.1 parts `openapiv3` has no field for.
#[derive(Debug, Clone)]
pub struct Parsed {
    /// The OpenAPI document as `openapiv3` models it.
    pub api: OpenAPI,
    /// `webhooks` by event name (empty for 3.0 documents).
    pub webhooks: IndexMap<String, ReferenceOr<PathItem>>,
    /// The `openapi` version string of the input.
    pub source_version: String,
}

/// Deserializes a [`Normalized`] document.
///
/// # Errors
/// A node does not have the shape OpenAPI 3 requires (missing `info`,
/// a parameter without `in`, ...): the error names the JSON pointer.
pub fn parse(file: &Path, normalized: Normalized) -> Result<Parsed, Error> {
    let Normalized { mut document, webhooks, source_version, .. } = normalized;
    // `paths` is a required field of the document: it stays in place (empty)
    // for the rest to deserialize, so a document without one still fails there.
    let paths = document.get_mut("paths").filter(|p| p.is_object()).map(Value::take);
    let components = document.get_mut("components").filter(|c| c.is_object()).map(Value::take);
    if let Some(empty) = document.get_mut("paths").filter(|_| paths.is_some()) {
        *empty = Value::Object(serde_json::Map::new());
    }
    let on_second_thread = move || {
        let paths = paths.map(|v| deserialize_paths(file, v)).transpose();
        let webhooks = webhooks.map(|w| deserialize(file, w, "/webhooks")).transpose();
        (paths, webhooks)
    };
    let on_this_thread = move || {
        let components = components.map(|v| deserialize::<Components>(file, v, "/components")).transpose();
        (deserialize::<OpenAPI>(file, document, ""), components)
    };
    let ((api, components), (paths, webhooks)) = if crate::emit::worker_threads() > 1 {
        std::thread::scope(|s| {
            let second = s.spawn(on_second_thread);
            let first = on_this_thread();
            (first, second.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
        })
    } else {
        (on_this_thread(), on_second_thread())
    };
    // Errors in document order: the top level, then `paths`, `components`, `webhooks`.
    let mut api = api?;
    if let Some(paths) = paths? {
        api.paths = paths;
    }
    if let Some(components) = components? {
        api.components = Some(components);
    }
    Ok(Parsed { api, webhooks: webhooks?.unwrap_or_default(), source_version })
}

/// Deserializes the `paths` object one path item at a time: `Paths`
/// flattens its items beside the `x-` extensions, and a flattened map hides
/// the path of an error inside it, so this way an error names the pointer
/// of the node in the path item.
fn deserialize_paths(file: &Path, paths: Value) -> Result<Paths, Error> {
    let Value::Object(entries) = paths else {
        return deserialize(file, paths, "/paths");
    };
    let mut out = Paths::default();
    for (key, value) in entries {
        if key.starts_with("x-") {
            out.extensions.insert(key, value);
        } else {
            // `ReferenceOr` is untagged, which hides the path of an error too.
            let pointer = push_pointer("/paths", &key);
            let item = if value.get("$ref").is_some() {
                deserialize::<ReferenceOr<PathItem>>(file, value, &pointer)?
            } else {
                ReferenceOr::Item(deserialize::<PathItem>(file, value, &pointer)?)
            };
            out.paths.insert(key, item);
        }
    }
    Ok(out)
}

/// Deserializes `value` without tracking paths (the common, valid case);
/// only when that fails is it deserialized again through
/// `serde_path_to_error` to find the pointer of the offending node.
fn deserialize<T: serde::de::DeserializeOwned>(file: &Path, value: Value, base: &str) -> Result<T, Error> {
    if let Ok(parsed) = T::deserialize(&value) {
        return Ok(parsed);
    }
    serde_path_to_error::deserialize(value).map_err(|e| {
        let mut pointer = base.to_owned();
        for segment in e.path().iter() {
            use serde_path_to_error::Segment;
            match segment {
                Segment::Map { key } => pointer = push_pointer(&pointer, key),
                Segment::Seq { index } => pointer = push_pointer(&pointer, &index.to_string()),
                Segment::Enum { .. } | Segment::Unknown => {}
            }
        }
        Error::at(file, pointer, format!("invalid OpenAPI document: {}", e.inner()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_json(text: &str) -> Result<Parsed, Error> {
        let file = Path::new("api.json");
        let value = crate::load::load_bytes(file, text.as_bytes())?;
        parse(file, crate::normalize::normalize(file, value)?)
    }

    const DOCUMENT: &str = r#"{
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {"/pets": {"get": {"operationId": "listPets", "responses": {"200": {"description": "ok"}}}}},
        "components": {"schemas": {"Pet": {"type": "object", "properties": {"name": {"type": "string"}}}}}
    }"#;

    #[test]
    fn the_parts_deserialize_to_what_the_whole_document_does() {
        let parsed = parse_json(DOCUMENT).expect("parses");
        let file = Path::new("api.json");
        let whole: OpenAPI =
            serde_json::from_value(crate::normalize::normalize(file, serde_json::from_str(DOCUMENT).unwrap()).unwrap().document)
                .expect("whole");
        assert_eq!(serde_json::to_value(&parsed.api).unwrap(), serde_json::to_value(&whole).unwrap());
        assert_eq!(parsed.api.paths.paths.len(), 1);
        assert!(parsed.api.components.is_some_and(|c| c.schemas.contains_key("Pet")));
    }

    #[test]
    fn an_error_in_either_part_names_its_pointer() {
        let bad_path = DOCUMENT.replace(r#""responses": {"200""#, r#""parameters": [{"name": "x"}], "responses": {"200""#);
        let e = parse_json(&bad_path).expect_err("a parameter without `in` is refused");
        assert_eq!(e.pointer.as_deref(), Some("/paths/~1pets/get/parameters/0"), "{e}");

        let bad_component = DOCUMENT.replace(r#""schemas": {"#, r#""parameters": {"P": {"name": "x"}}, "schemas": {"#);
        let e = parse_json(&bad_component).expect_err("a parameter without `in` is refused");
        assert!(e.pointer.as_deref().is_some_and(|p| p.starts_with("/components/parameters/P")), "{e}");
    }

    #[test]
    fn a_document_without_paths_has_no_operations() {
        let parsed = parse_json(r#"{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}}"#).expect("parses");
        assert!(parsed.api.paths.paths.is_empty());
    }
}
