//! Stage 3: deserialize the normalized document with `openapiv3`.
//!
//! The value is the one [`crate::load`] produced; the text is never parsed
//! twice. A document that fails to deserialize is deserialized again
//! through `serde_path_to_error`, so a shape error names the JSON pointer
//! of the offending node.

use std::path::Path;

use indexmap::IndexMap;
use openapiv3::{OpenAPI, PathItem, ReferenceOr};
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
    let api: OpenAPI = deserialize(file, normalized.document, "")?;
    let webhooks = match normalized.webhooks {
        Some(w) => deserialize(file, w, "/webhooks")?,
        None => IndexMap::new(),
    };
    Ok(Parsed { api, webhooks, source_version: normalized.source_version })
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
