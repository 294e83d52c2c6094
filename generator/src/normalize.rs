//! Stage 2: rewrite the OpenAPI 3.1 dialect into the 3.0 shape that
//! `openapiv3` reads, losing nothing silently.
//!
//! | 3.1 construct | rewritten to |
//! |---|---|
//! | `type: [X, 'null']` | `type: X, nullable: true` |
//! | `type: [X, Y]` | `anyOf: [{type: X}, {type: Y}]` |
//! | `oneOf`/`anyOf` with a `{type: 'null'}` branch | the other branches, `nullable: true`; a single `$ref` branch becomes `allOf: [$ref]`, a single inline branch is merged into its parent |
//! | `const: v` | `enum: [v]` plus `x-clientgen-const: true` (so the IR knows it was a const) |
//! | `enum` containing `null` | `nullable: true`, `null` removed |
//! | `examples: [a, ...]` on a schema | `example: a`, the whole list kept in `x-examples` |
//! | `exclusiveMinimum: n` (a number) | `minimum: n, exclusiveMinimum: true` (same for maximum) |
//! | `$ref` with sibling keywords | `allOf: [{$ref}]` plus the siblings (so `description` survives) |
//! | `webhooks` | taken out of the document and returned beside it |
//! | `$ref` to a place that is not a component (`#/paths/…/schema`, `#/components/schemas/A/properties/b`) | a component copied from that place, and the `$ref` pointed there ([`crate::hoist`]) |
//! | no `paths` | `paths: {}` |
//! | a media type's `encoding` entry without `explode` | marked `x-clientgen-explode-absent: true` (`openapiv3` reads an absent `explode` as `false`; lowering applies OpenAPI's default instead) |
//!
//! Anything else `openapiv3` would ignore is reported as a [`Warning`] with
//! its JSON pointer.

use std::path::Path;

use serde_json::{Map, Value};

use crate::diagnostics::{push_pointer, Error, Warning};

/// Extension key marking an `encoding` entry that had no `explode`.
pub const EXPLODE_ABSENT_MARKER: &str = "x-clientgen-explode-absent";

/// The `scheme` of the `http` placeholder that replaces a security scheme
/// `openapiv3` cannot read (already warned about): lowering leaves it out,
/// and knows requirements naming it name a scheme that exists.
pub const UNUSABLE_SCHEME: &str = "x-clientgen-unusable";

/// Extension key marking a one-value `enum` that was a `const` in the input.
pub const CONST_MARKER: &str = "x-clientgen-const";

/// The result of normalization: a 3.0-shaped document plus what it carried
/// that `openapiv3` has no place for.
#[derive(Debug, Clone)]
pub struct Normalized {
    /// The rewritten document, ready for `openapiv3::OpenAPI`.
    pub document: Value,
    /// The `webhooks` map of a 3.1 document (already normalized), if any.
    pub webhooks: Option<Value>,
    /// The `openapi` version string of the input, e.g. `3.1.0`.
    pub source_version: String,
    /// Everything that could not be expressed, each with its JSON pointer.
    pub warnings: Vec<Warning>,
    /// The `$ref` targets given components of their own ([`crate::hoist`]).
    pub hoisted: Vec<crate::hoist::Hoisted>,
}

/// Schema keywords that `openapiv3` (3.0) understands.
const KNOWN_SCHEMA_KEYS: &[&str] = &[
    "$ref", "type", "format", "title", "description", "default", "example", "nullable", "readOnly",
    "writeOnly", "deprecated", "externalDocs", "discriminator", "enum", "multipleOf", "maximum",
    "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength", "minLength", "pattern", "maxItems",
    "minItems", "uniqueItems", "maxProperties", "minProperties", "required", "properties",
    "additionalProperties", "items", "allOf", "oneOf", "anyOf", "not",
];

/// Top-level document keys that `openapiv3` understands.
const KNOWN_ROOT_KEYS: &[&str] =
    &["openapi", "info", "servers", "paths", "components", "security", "tags", "externalDocs", "webhooks"];

/// Keys whose values are data (examples, defaults), never schemas.
const DATA_KEYS: &[&str] = &["example", "examples", "default", "enum", "const"];

/// Normalizes a loaded document. `file` is used in error messages only.
///
/// # Errors
/// The document is Swagger 2.0, lacks an `openapi` version, or declares a
/// version other than 3.0.x / 3.1.x.
pub fn normalize(file: &Path, mut document: Value) -> Result<Normalized, Error> {
    let Some(root) = document.as_object_mut() else {
        return Err(Error::at(file, "", "expected a mapping at the top level"));
    };
    if let Some(v) = root.get("swagger") {
        let v = v.as_str().map(str::to_owned).unwrap_or_else(|| v.to_string());
        return Err(Error::at(file, "/swagger", format!("unsupported version {v}, convert it to OpenAPI 3")));
    }
    let source_version = match root.get("openapi") {
        Some(Value::String(v)) => v.clone(),
        Some(other) => {
            return Err(Error::at(file, "/openapi", format!("`openapi` must be a version string, found {other}")))
        }
        None => return Err(Error::at(file, "", "missing `openapi` version field: not an OpenAPI 3 document")),
    };
    if !(source_version.starts_with("3.0") || source_version.starts_with("3.1")) {
        return Err(Error::at(
            file,
            "/openapi",
            format!("unsupported version {source_version}: expected OpenAPI 3.0.x or 3.1.x"),
        ));
    }

    let hoisted = crate::hoist::hoist_deep_refs(&mut document);
    let Some(root) = document.as_object_mut() else {
        return Err(Error::at(file, "", "expected a mapping at the top level"));
    };
    let mut n = Normalizer { warnings: Vec::new() };
    for key in root.keys() {
        if !KNOWN_ROOT_KEYS.contains(&key.as_str()) && !key.starts_with("x-") {
            n.warn(&push_pointer("", key), format!("top-level key `{key}` is not supported and was ignored"));
        }
    }
    let mut webhooks = root.remove("webhooks");
    root.entry("paths").or_insert_with(|| Value::Object(Map::new()));
    if let Some(paths) = root.get_mut("paths") {
        prepare_operations(&mut n, paths, "/paths");
    }
    if let Some(w) = webhooks.as_mut() {
        prepare_operations(&mut n, w, "/webhooks");
    }
    if let Some(schemes) = root.get_mut("components").and_then(|c| c.get_mut("securitySchemes")) {
        prepare_security_schemes(&mut n, schemes);
    }
    n.walk_document(&mut document, "");
    if let Some(w) = webhooks.as_mut() {
        n.walk_document(w, "/webhooks");
    }
    n.warnings.sort();
    n.warnings.dedup();
    Ok(Normalized { document, webhooks, source_version, warnings: n.warnings, hoisted })
}

struct Normalizer {
    warnings: Vec<Warning>,
}

/// Replaces the security schemes `openapiv3` cannot read (an unknown
/// `type` such as 3.1's `mutualTLS`, or one missing a field its type
/// requires) with an [`UNUSABLE_SCHEME`] placeholder, each with a warning:
/// lowering leaves them out and skips the requirements naming them.
fn prepare_security_schemes(n: &mut Normalizer, schemes: &mut Value) {
    let Some(map) = schemes.as_object_mut() else {
        n.warn("/components/securitySchemes", "`securitySchemes` is not a mapping and was ignored");
        *schemes = Value::Object(Map::new());
        return;
    };
    for (name, scheme) in map.iter_mut() {
        let pointer = push_pointer("/components/securitySchemes", name);
        let Some(obj) = scheme.as_object() else {
            n.warn(&pointer, "security scheme is not a mapping; it is left out");
            *scheme = serde_json::json!({"type": "http", "scheme": UNUSABLE_SCHEME});
            continue;
        };
        if obj.contains_key("$ref") {
            continue;
        }
        let has_string = |key: &str| obj.get(key).is_some_and(Value::is_string);
        let problem = match obj.get("type").and_then(Value::as_str) {
            Some("apiKey") => match obj.get("in").and_then(Value::as_str) {
                Some("header" | "query" | "cookie") if has_string("name") => None,
                Some("header" | "query" | "cookie") => Some("an apiKey scheme needs a string `name`".to_owned()),
                Some(other) => Some(format!("apiKey location `{other}` is not header, query or cookie")),
                None => Some("an apiKey scheme needs `in`".to_owned()),
            },
            Some("http") if has_string("scheme") => None,
            Some("http") => Some("an http scheme needs a string `scheme`".to_owned()),
            Some("oauth2") if obj.get("flows").is_some_and(Value::is_object) => None,
            Some("oauth2") => Some("an oauth2 scheme needs a `flows` mapping".to_owned()),
            Some("openIdConnect") if has_string("openIdConnectUrl") => None,
            Some("openIdConnect") => Some("an openIdConnect scheme needs a string `openIdConnectUrl`".to_owned()),
            Some(other) => Some(format!("security scheme type `{other}` is not supported")),
            None => Some("security scheme without a string `type`".to_owned()),
        };
        if let Some(problem) = problem {
            n.warn(&pointer, format!("{problem}; the scheme is left out and requirements naming it are skipped"));
            *scheme = serde_json::json!({"type": "http", "scheme": UNUSABLE_SCHEME});
        }
    }
}

impl Normalizer {
    fn warn(&mut self, pointer: &str, message: impl Into<String>) {
        self.warnings.push(Warning { pointer: pointer.to_owned(), message: message.into() });
    }

    /// Walks non-schema parts of the document, handing every schema position
    /// to [`Normalizer::schema`].
    fn walk_document(&mut self, value: &mut Value, pointer: &str) {
        match value {
            Value::Object(map) => {
                let is_components = pointer == "/components";
                if map.contains_key("$ref") && map.len() > 1 {
                    let extra: Vec<&String> =
                        map.keys().filter(|k| *k != "$ref" && !k.starts_with("x-")).collect();
                    if !extra.is_empty() {
                        let keys = extra.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ");
                        self.warn(pointer, format!("keys beside `$ref` ({keys}) are ignored outside schemas"));
                    }
                }
                // In a map of names (`responses`, `headers`, ...) a key is a
                // name: a response called `default` is no default value.
                let names = pointer.rsplit('/').next().is_some_and(|last| crate::hoist::NAME_MAPS.contains(&last));
                for (key, child) in map.iter_mut() {
                    if key.starts_with("x-") || (!names && DATA_KEYS.contains(&key.as_str())) {
                        continue;
                    }
                    let child_ptr = push_pointer(pointer, key);
                    if key == "encoding" && is_media_type(pointer) {
                        mark_absent_explode(child);
                    }
                    if key == "schema" {
                        self.schema(child, &child_ptr);
                    } else if is_components && key == "schemas" {
                        if let Value::Object(schemas) = child {
                            for (name, s) in schemas.iter_mut() {
                                let p = push_pointer(&child_ptr, name);
                                self.schema(s, &p);
                            }
                        }
                    } else if is_components && key == "pathItems" {
                        self.warn(&child_ptr, "`components.pathItems` (OpenAPI 3.1) is not supported and was ignored");
                    } else {
                        self.walk_document(child, &child_ptr);
                    }
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter_mut().enumerate() {
                    let p = push_pointer(pointer, &i.to_string());
                    self.walk_document(child, &p);
                }
            }
            _ => {}
        }
    }

    /// Normalizes one schema object in place, then its subschemas.
    fn schema(&mut self, value: &mut Value, pointer: &str) {
        match value {
            Value::Bool(true) => {
                *value = Value::Object(Map::new());
                return;
            }
            Value::Bool(false) => {
                self.warn(pointer, "boolean schema `false` (nothing is valid) is treated as `not: {}`");
                let mut m = Map::new();
                m.insert("not".into(), Value::Object(Map::new()));
                *value = Value::Object(m);
                return;
            }
            Value::Object(_) => {}
            _ => {
                self.warn(pointer, "a schema must be a mapping; this one is treated as any value");
                *value = Value::Object(Map::new());
                return;
            }
        }
        let Value::Object(map) = value else { return };
        wrap_ref_siblings(map);
        self.remove_null_branches(map, pointer);
        self.type_array(map, pointer);
        self.constant(map, pointer);
        strip_null_enum(map);
        self.items_beside_other_types(map, pointer);
        examples_to_example(map);
        exclusive_bounds(map);
        for key in map.keys() {
            if !KNOWN_SCHEMA_KEYS.contains(&key.as_str()) && !key.starts_with("x-") {
                self.warn(&push_pointer(pointer, key), format!("schema keyword `{key}` is not supported and was ignored"));
            }
        }
        self.subschemas(map, pointer);
    }

    /// `items` apply to arrays only: beside another single `type` they
    /// constrain nothing (and `openapiv3` would drop them unseen), so they
    /// go, with a warning.
    fn items_beside_other_types(&mut self, map: &mut Map<String, Value>, pointer: &str) {
        let Some(Value::String(ty)) = map.get("type") else { return };
        if ty == "array" || !map.contains_key("items") {
            return;
        }
        let ty = ty.clone();
        map.shift_remove("items");
        self.warn(
            &push_pointer(pointer, "items"),
            format!("`items` beside `type: {ty}` apply to arrays only, so they constrain nothing and are ignored (were they meant for a `type: array`?)"),
        );
    }

    fn subschemas(&mut self, map: &mut Map<String, Value>, pointer: &str) {
        if let Some(Value::Object(props)) = map.get_mut("properties") {
            let base = push_pointer(pointer, "properties");
            // A property whose schema is `false` admits no value: it is
            // never present, so the type gets no field for it.
            let never: Vec<String> = props.iter().filter(|(_, s)| **s == Value::Bool(false)).map(|(k, _)| k.clone()).collect();
            for name in never {
                props.shift_remove(&name);
                self.warn(
                    &push_pointer(&base, &name),
                    format!("property `{name}` has the schema `false`, so it is never present: the type has no field for it"),
                );
            }
            for (name, s) in props.iter_mut() {
                let p = push_pointer(&base, name);
                self.schema(s, &p);
            }
        }
        for key in ["items", "not"] {
            if let Some(s) = map.get_mut(key) {
                let p = push_pointer(pointer, key);
                if s.is_array() {
                    self.warn(&p, "tuple-style `items` (an array) is not supported; items are treated as any value");
                    *s = Value::Object(Map::new());
                } else {
                    self.schema(s, &p);
                }
            }
        }
        if let Some(s) = map.get_mut("additionalProperties") {
            if s.is_object() {
                let p = push_pointer(pointer, "additionalProperties");
                self.schema(s, &p);
            }
        }
        for key in ["allOf", "oneOf", "anyOf"] {
            if let Some(Value::Array(list)) = map.get_mut(key) {
                let base = push_pointer(pointer, key);
                for (i, s) in list.iter_mut().enumerate() {
                    let p = push_pointer(&base, &i.to_string());
                    self.schema(s, &p);
                }
            }
        }
    }

    /// `oneOf`/`anyOf` branches that only admit `null` become `nullable: true`.
    fn remove_null_branches(&mut self, map: &mut Map<String, Value>, pointer: &str) {
        for key in ["oneOf", "anyOf"] {
            let Some(Value::Array(branches)) = map.get_mut(key) else { continue };
            let before = branches.len();
            branches.retain(|b| !is_null_schema(b));
            if branches.len() == before {
                continue;
            }
            map.insert("nullable".into(), Value::Bool(true));
            let remaining = match map.get(key) {
                Some(Value::Array(b)) => b.len(),
                _ => 0,
            };
            let structural = ["type", "properties", "items", "allOf", "enum", "const"]
                .iter()
                .any(|k| map.contains_key(*k))
                || (key == "oneOf" && map.contains_key("anyOf"))
                || (key == "anyOf" && map.contains_key("oneOf"));
            if remaining == 0 {
                map.remove(key);
                if !structural {
                    map.insert("type".into(), Value::String("null".into()));
                }
                continue;
            }
            if remaining != 1 || structural {
                continue;
            }
            let Some(Value::Array(mut only)) = map.remove(key) else { continue };
            let Some(Value::Object(branch)) = only.pop() else {
                self.warn(pointer, "a non-mapping branch was dropped");
                continue;
            };
            if branch.contains_key("$ref") {
                map.insert("allOf".into(), Value::Array(vec![Value::Object(branch)]));
            } else {
                for (k, v) in branch {
                    if k == "nullable" {
                        continue;
                    }
                    map.entry(k).or_insert(v);
                }
                // The merged branch may itself carry 3.1 constructs.
                wrap_ref_siblings(map);
            }
        }
    }

    fn type_array(&mut self, map: &mut Map<String, Value>, pointer: &str) {
        let Some(Value::Array(types)) = map.get("type") else { return };
        let mut names = Vec::new();
        let mut nullable = false;
        for t in types {
            match t.as_str() {
                Some("null") => nullable = true,
                Some(name) => names.push(name.to_owned()),
                None => self.warn(&push_pointer(pointer, "type"), format!("non-string type entry {t} ignored")),
            }
        }
        if nullable {
            map.insert("nullable".into(), Value::Bool(true));
        }
        match names.len() {
            0 => {
                map.insert("type".into(), Value::String("null".into()));
            }
            1 => {
                map.insert("type".into(), Value::String(names.remove(0)));
            }
            _ => {
                map.remove("type");
                let branches =
                    names.into_iter().map(|n| serde_json::json!({ "type": n })).collect::<Vec<_>>();
                if map.contains_key("anyOf") || map.contains_key("oneOf") {
                    self.warn(pointer, "a `type` list beside `oneOf`/`anyOf` was wrapped in `allOf`");
                    let existing = map.remove("allOf");
                    let mut all = match existing {
                        Some(Value::Array(a)) => a,
                        _ => Vec::new(),
                    };
                    all.push(serde_json::json!({ "anyOf": branches }));
                    map.insert("allOf".into(), Value::Array(all));
                } else {
                    map.insert("anyOf".into(), Value::Array(branches));
                }
            }
        }
    }

    fn constant(&mut self, map: &mut Map<String, Value>, pointer: &str) {
        let Some(value) = map.remove("const") else { return };
        if value.is_null() {
            map.insert("type".into(), Value::String("null".into()));
            map.insert("nullable".into(), Value::Bool(true));
            return;
        }
        if map.contains_key("enum") {
            self.warn(&push_pointer(pointer, "enum"), "`enum` beside `const` is replaced by the const value");
        }
        if !map.contains_key("type") {
            let t = match &value {
                Value::String(_) => Some("string"),
                Value::Bool(_) => Some("boolean"),
                Value::Number(n) if n.is_i64() || n.is_u64() => Some("integer"),
                Value::Number(_) => Some("number"),
                _ => None,
            };
            if let Some(t) = t {
                map.insert("type".into(), Value::String(t.into()));
            }
        }
        map.insert("enum".into(), Value::Array(vec![value]));
        map.insert(CONST_MARKER.into(), Value::Bool(true));
    }
}

/// True when `pointer` names a media type object (`.../content/<media type>`).
fn is_media_type(pointer: &str) -> bool {
    let mut tokens = pointer.rsplit('/');
    tokens.next();
    tokens.next() == Some("content")
}

/// Marks every entry of a media type's `encoding` map that has no `explode`
/// with [`EXPLODE_ABSENT_MARKER`], since `openapiv3` cannot tell an absent
/// `explode` from `false`.
fn mark_absent_explode(encoding: &mut Value) {
    let Value::Object(entries) = encoding else { return };
    for entry in entries.values_mut() {
        if let Value::Object(entry) = entry {
            if !entry.contains_key("explode") {
                entry.insert(EXPLODE_ABSENT_MARKER.into(), Value::Bool(true));
            }
        }
    }
}

/// Gives every operation under `path_items` (at `pointer`) a `responses`
/// map (OpenAPI 3.1 makes it optional; 3.0 and `openapiv3` require it, and
/// an absent one means "no responses described"), and takes its `callbacks` out with a
/// warning: they describe requests the *server* makes, which a client never
/// sends, and `openapiv3` cannot read a callback that is a `$ref`.
fn prepare_operations(n: &mut Normalizer, path_items: &mut Value, pointer: &str) {
    const METHODS: &[&str] = &["get", "put", "post", "delete", "options", "head", "patch", "trace"];
    let Some(items) = path_items.as_object_mut() else { return };
    for (path, item) in items.iter_mut() {
        let Some(item) = item.as_object_mut() else { continue };
        for (method, op) in item.iter_mut() {
            if let (true, Some(op)) = (METHODS.contains(&method.as_str()), op.as_object_mut()) {
                op.entry("responses").or_insert_with(|| Value::Object(Map::new()));
                if op.remove("callbacks").is_some() {
                    let at = push_pointer(&push_pointer(&push_pointer(pointer, path), method), "callbacks");
                    n.warn(&at, "callbacks describe requests the server makes; a client ignores them");
                }
            }
        }
    }
}

/// `{$ref, description, ...}` → `{allOf: [{$ref}], description, ...}`.
fn wrap_ref_siblings(map: &mut Map<String, Value>) {
    if !map.contains_key("$ref") || map.len() == 1 {
        return;
    }
    if let Some(r) = map.remove("$ref") {
        let mut inner = Map::new();
        inner.insert("$ref".into(), r);
        let mut all = match map.remove("allOf") {
            Some(Value::Array(a)) => a,
            _ => Vec::new(),
        };
        all.insert(0, Value::Object(inner));
        map.insert("allOf".into(), Value::Array(all));
    }
}

fn strip_null_enum(map: &mut Map<String, Value>) {
    if let Some(Value::Array(values)) = map.get_mut("enum") {
        let before = values.len();
        values.retain(|v| !v.is_null());
        if values.len() != before {
            map.insert("nullable".into(), Value::Bool(true));
        }
    }
}

fn examples_to_example(map: &mut Map<String, Value>) {
    if let Some(Value::Array(examples)) = map.get("examples") {
        let first = examples.first().cloned();
        if let Some(examples) = map.remove("examples") {
            map.insert("x-examples".into(), examples);
        }
        if let Some(first) = first {
            map.entry("example").or_insert(first);
        }
    }
}

fn exclusive_bounds(map: &mut Map<String, Value>) {
    for (exclusive, bound) in [("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")] {
        if let Some(Value::Number(n)) = map.get(exclusive) {
            let n = Value::Number(n.clone());
            map.insert(bound.into(), n);
            map.insert(exclusive.into(), Value::Bool(true));
        }
    }
}

/// A schema that admits only `null`: `{type: 'null'}`, `{type: ['null']}`,
/// `{enum: [null]}` or `{const: null}` (annotations such as `description` allowed).
fn is_null_schema(v: &Value) -> bool {
    let Some(m) = v.as_object() else { return false };
    let type_null = match m.get("type") {
        Some(Value::String(t)) => t == "null",
        Some(Value::Array(ts)) => ts.len() == 1 && ts[0] == "null",
        _ => false,
    };
    let enum_null = matches!(m.get("enum"), Some(Value::Array(e)) if e.len() == 1 && e[0].is_null());
    let const_null = matches!(m.get("const"), Some(Value::Null));
    let structural = ["properties", "items", "$ref", "allOf", "oneOf", "anyOf"].iter().any(|k| m.contains_key(*k));
    (type_null || enum_null || const_null) && !structural
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn norm(doc: Value) -> Normalized {
        normalize(Path::new("t.yml"), doc).unwrap()
    }

    fn schema_of(n: &Normalized, name: &str) -> Value {
        n.document["components"]["schemas"][name].clone()
    }

    fn doc_with(schema: Value) -> Value {
        json!({"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "components": {"schemas": {"S": schema}}})
    }

    #[test]
    fn type_list_with_null_becomes_nullable() {
        let n = norm(doc_with(json!({"type": ["string", "null"], "format": "date-time"})));
        assert_eq!(schema_of(&n, "S"), json!({"type": "string", "format": "date-time", "nullable": true}));
        assert!(n.warnings.is_empty());
    }

    #[test]
    fn type_list_of_two_becomes_any_of() {
        let n = norm(doc_with(json!({"type": ["string", "integer"]})));
        assert_eq!(schema_of(&n, "S"), json!({"anyOf": [{"type": "string"}, {"type": "integer"}]}));
    }

    #[test]
    fn one_of_ref_and_null_becomes_nullable_all_of() {
        let n = norm(doc_with(
            json!({"oneOf": [{"$ref": "#/components/schemas/T"}, {"type": "null"}], "description": "d"}),
        ));
        assert_eq!(
            schema_of(&n, "S"),
            json!({"description": "d", "nullable": true, "allOf": [{"$ref": "#/components/schemas/T"}]})
        );
    }

    #[test]
    fn any_of_inline_and_null_is_merged() {
        let n = norm(doc_with(json!({"anyOf": [{"type": "string", "description": "inner"}, {"type": "null"}], "description": "outer"})));
        assert_eq!(schema_of(&n, "S"), json!({"description": "outer", "nullable": true, "type": "string"}));
    }

    #[test]
    fn one_of_with_several_branches_keeps_them() {
        let n = norm(doc_with(json!({"oneOf": [{"type": "string"}, {"type": "integer"}, {"type": "null"}]})));
        assert_eq!(schema_of(&n, "S"), json!({"oneOf": [{"type": "string"}, {"type": "integer"}], "nullable": true}));
    }

    #[test]
    fn const_becomes_marked_enum() {
        let n = norm(doc_with(json!({"const": "User", "type": "string"})));
        assert_eq!(schema_of(&n, "S"), json!({"type": "string", "enum": ["User"], CONST_MARKER: true}));
        let n = norm(doc_with(json!({"const": 3})));
        assert_eq!(schema_of(&n, "S"), json!({"type": "integer", "enum": [3], CONST_MARKER: true}));
    }

    #[test]
    fn ref_siblings_are_kept() {
        let n = norm(doc_with(json!({"properties": {"c": {"$ref": "#/components/schemas/C", "description": "the c"}}})));
        assert_eq!(
            schema_of(&n, "S")["properties"]["c"],
            json!({"description": "the c", "allOf": [{"$ref": "#/components/schemas/C"}]})
        );
    }

    #[test]
    fn examples_and_exclusive_bounds() {
        let n = norm(doc_with(json!({"type": "number", "examples": [1, 2], "exclusiveMinimum": 0})));
        assert_eq!(
            schema_of(&n, "S"),
            json!({"type": "number", "x-examples": [1, 2], "example": 1, "minimum": 0, "exclusiveMinimum": true})
        );
    }

    #[test]
    fn enum_with_null() {
        let n = norm(doc_with(json!({"type": "string", "enum": ["a", null]})));
        assert_eq!(schema_of(&n, "S"), json!({"type": "string", "enum": ["a"], "nullable": true}));
    }

    #[test]
    fn a_property_whose_schema_is_false_is_never_present() {
        let n = norm(doc_with(json!({"type": "object", "properties": {"additionalProperties": false, "name": {"type": "string"}}})));
        assert_eq!(schema_of(&n, "S"), json!({"type": "object", "properties": {"name": {"type": "string"}}}));
        assert_eq!(n.warnings.len(), 1);
        assert_eq!(n.warnings[0].pointer, "/components/schemas/S/properties/additionalProperties");
        assert!(n.warnings[0].message.contains("never present"), "{}", n.warnings[0].message);
    }

    #[test]
    fn items_beside_another_type_are_ignored_with_a_warning() {
        let n = norm(doc_with(json!({"type": "object", "required": ["a"], "items": {"properties": {"a": {"type": "boolean"}}}})));
        assert_eq!(schema_of(&n, "S"), json!({"type": "object", "required": ["a"]}));
        assert_eq!(n.warnings.len(), 1);
        assert_eq!(n.warnings[0].pointer, "/components/schemas/S/items");
        let n = norm(doc_with(json!({"type": "array", "items": {"type": "string"}})));
        assert_eq!(schema_of(&n, "S"), json!({"type": "array", "items": {"type": "string"}}));
        assert!(n.warnings.is_empty());
    }

    #[test]
    fn unknown_keyword_warns_with_pointer() {
        let n = norm(doc_with(json!({"type": "object", "properties": {"p": {"type": "string", "contentMediaType": "text/plain"}}})));
        assert_eq!(n.warnings.len(), 1);
        assert_eq!(n.warnings[0].pointer, "/components/schemas/S/properties/p/contentMediaType");
    }

    #[test]
    fn schemas_in_parameters_and_webhooks_are_normalized() {
        let n = norm(json!({
            "openapi": "3.1.0", "info": {"title": "t", "version": "1"},
            "paths": {"/a": {"get": {"parameters": [{"name": "q", "in": "query", "schema": {"type": ["integer", "null"]}}]}}},
            "webhooks": {"e": {"post": {"requestBody": {"content": {"application/json": {"schema": {"const": "x"}}}}}}}
        }));
        assert_eq!(n.document["paths"]["/a"]["get"]["parameters"][0]["schema"], json!({"type": "integer", "nullable": true}));
        let w = n.webhooks.unwrap();
        assert_eq!(w["e"]["post"]["requestBody"]["content"]["application/json"]["schema"]["enum"], json!(["x"]));
        assert!(n.document.get("webhooks").is_none());
    }

    #[test]
    fn examples_in_media_types_are_data() {
        let n = norm(json!({
            "openapi": "3.0.0", "info": {"title": "t", "version": "1"},
            "paths": {"/a": {"get": {"responses": {"200": {"description": "ok", "content": {"application/json": {"examples": {"x": {"value": {"schema": {"const": 1}}}}}}}}}}}
        }));
        assert_eq!(
            n.document["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]["examples"]["x"]["value"]["schema"],
            json!({"const": 1})
        );
    }

    #[test]
    fn missing_responses_are_added() {
        let n = norm(json!({"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {"/a": {"get": {}}}}));
        assert_eq!(n.document["paths"]["/a"]["get"]["responses"], json!({}));
    }

    #[test]
    fn encoding_entries_without_explode_are_marked() {
        let n = norm(json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {"/a": {"post": {"requestBody": {"content": {
            "application/x-www-form-urlencoded": {"encoding": {"a": {}, "b": {"style": "form"}, "c": {"style": "deepObject"}, "d": {"explode": false}}}
        }}}}}}));
        let enc = &n.document["paths"]["/a"]["post"]["requestBody"]["content"]["application/x-www-form-urlencoded"]["encoding"];
        let m = EXPLODE_ABSENT_MARKER;
        assert_eq!(enc, &json!({"a": {m: true}, "b": {"style": "form", m: true}, "c": {"style": "deepObject", m: true}, "d": {"explode": false}}));
    }

    #[test]
    fn missing_paths_are_added() {
        let n = norm(json!({"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "webhooks": {}}));
        assert_eq!(n.document["paths"], json!({}));
    }

    #[test]
    fn swagger_two_is_refused() {
        let e = normalize(Path::new("old.json"), json!({"swagger": "2.0"})).unwrap_err();
        assert_eq!(e.to_string(), "old.json: at /swagger: unsupported version 2.0, convert it to OpenAPI 3");
    }
}
