//! Part of stage 2 (normalize): `$ref`s to any JSON pointer of the document.
//!
//! `openapiv3`, and the lowering after it, know references to the
//! *components* of a document: `#/components/schemas/Pet`,
//! `#/components/parameters/limit`, ... Real specs also point anywhere else:
//!
//! - into another schema: `#/components/schemas/Transfer/properties/currency`,
//!   `#/components/schemas/Account/definitions/accountBalance`;
//! - into an operation: `#/paths/~1chargers~1%7BchargerId%7D/get/responses/200/content/application~1json/schema`,
//!   `#/paths/~1meta~1companies/get/parameters/0`, `#/paths/~1/get/responses/405`;
//! - into another component: `#/components/parameters/companyId/schema`,
//!   `#/components/responses/NotFound/content/application~1json/schema`.
//!
//! [`hoist_deep_refs`] gives each such target a component of its own: the
//! target is copied to `#/components/<kind>/<Name>` and every `$ref` to it
//! is rewritten to point there. The kind (schema, parameter, response,
//! request body) follows from where the target sits. The original place is
//! left as it is; lowering later merges an inline schema that is
//! structurally equal to a component into that component, so both places
//! share one Rust type. Pointers are decoded as URI fragments (`%7B` is
//! `{`) and then as JSON pointers (`~1` is `/`, `~0` is `~`).
//!
//! A hoisted component is named after its place: the component or
//! operation it lives in plus the property names on the way
//! (`TransferCurrency`, `getChargerResponse`, `companyIdSchema`), with a
//! number appended when the name is taken. It records the pointer it was
//! copied from in [`HOISTED_FROM`], which the generated docs cite.
//!
//! A `$ref` whose target does not exist is left alone, so lowering reports
//! it as dangling with its own pointer.

use std::collections::{BTreeMap, HashMap};

use serde_json::{Map, Value};

use crate::diagnostics::unescape_token;

/// Extension key on a hoisted component: the JSON pointer it was copied from.
pub const HOISTED_FROM: &str = "x-clientgen-hoisted-from";

/// Keys whose values are data (examples, defaults) or vendor extensions,
/// never holding a `$ref` the document means.
const DATA_KEYS: &[&str] = &["example", "examples", "default", "enum", "const"];

/// Keys whose values are maps from *names* to objects: their keys are never
/// keywords, even when a property is called `default` or `example`.
pub(crate) const NAME_MAPS: &[&str] = &[
    "properties", "patternProperties", "definitions", "$defs", "schemas", "paths", "responses", "headers",
    "requestBodies", "parameters", "securitySchemes", "links", "callbacks", "webhooks",
];

/// Pointer tokens that say how a schema nests rather than what it is.
const STRUCTURAL: &[&str] = &[
    "components", "schemas", "parameters", "responses", "requestBodies", "headers", "properties", "items",
    "additionalProperties", "definitions", "$defs", "allOf", "oneOf", "anyOf", "not", "content", "schema",
    "paths", "requestBody",
];

const METHODS: &[&str] = &["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/// What a hoisted target becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Schema,
    Parameter,
    Response,
    RequestBody,
    Header,
}

impl Kind {
    /// The `components` map this kind lives in.
    fn section(self) -> &'static str {
        match self {
            Kind::Schema => "schemas",
            Kind::Parameter => "parameters",
            Kind::Response => "responses",
            Kind::RequestBody => "requestBodies",
            Kind::Header => "headers",
        }
    }

    /// The kind of the object at `tokens` (a decoded pointer).
    fn of(tokens: &[String]) -> Kind {
        let n = tokens.len();
        let last = tokens.last().map(String::as_str);
        let parent = n.checked_sub(2).map(|i| tokens[i].as_str());
        let grandparent = n.checked_sub(3).map(|i| tokens[i].as_str());
        let in_schema = grandparent == Some("properties");
        match (parent, last) {
            (Some("parameters"), Some(i)) if !in_schema && i.parse::<usize>().is_ok() => Kind::Parameter,
            (Some("responses"), Some(_)) if !in_schema => Kind::Response,
            (Some("headers"), Some(_)) if !in_schema => Kind::Header,
            (_, Some("requestBody")) => Kind::RequestBody,
            _ => Kind::Schema,
        }
    }
}

/// Decodes a same-document `$ref` (`#/a/b~1c`) into pointer tokens; `None`
/// for external references and the whole document (`#`).
pub fn ref_tokens(reference: &str) -> Option<Vec<String>> {
    let fragment = reference.strip_prefix("#/")?;
    let decoded = percent_encoding::percent_decode_str(fragment).decode_utf8_lossy();
    Some(decoded.split('/').map(unescape_token).collect())
}

/// Whether `tokens` name a component itself (`/components/schemas/Pet`),
/// which `openapiv3` and the lowering resolve without help.
fn is_component(tokens: &[String]) -> bool {
    tokens.len() == 3 && tokens[0] == "components"
}

/// The value at `tokens` in `doc`. A pointer may pass through a reference
/// (`#/paths/~1a/get/responses/401/content/...` where response `401` is a
/// `$ref` to a component): a `$ref` object that lacks the next token is
/// replaced by its target, at most [`MAX_REF_HOPS`] times in all.
fn lookup<'v>(doc: &'v Value, tokens: &[String]) -> Option<&'v Value> {
    let mut hops = 0;
    let mut v = doc;
    for t in tokens {
        loop {
            let next = match v {
                Value::Object(m) => m.get(t),
                Value::Array(a) => t.parse::<usize>().ok().and_then(|i| a.get(i)),
                _ => None,
            };
            if let Some(next) = next {
                v = next;
                break;
            }
            let reference = v.get("$ref").and_then(Value::as_str)?;
            hops += 1;
            if hops > MAX_REF_HOPS {
                return None;
            }
            v = lookup_plain(doc, &ref_tokens(reference)?)?;
        }
    }
    Some(v)
}

/// How many `$ref`s one pointer may pass through (a guard against loops).
const MAX_REF_HOPS: usize = 32;

/// The value at `tokens`, not following references.
fn lookup_plain<'v>(doc: &'v Value, tokens: &[String]) -> Option<&'v Value> {
    tokens.iter().try_fold(doc, |v, t| match v {
        Value::Object(m) => m.get(t),
        Value::Array(a) => a.get(t.parse::<usize>().ok()?),
        _ => None,
    })
}

/// Every same-document `$ref` in `value` whose target is not a component
/// itself, in document order (vendor extensions and data are skipped).
fn collect_deep_refs(value: &Value, parent_key: Option<&str>, out: &mut Vec<Vec<String>>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(r)) = map.get("$ref") {
                if let Some(tokens) = ref_tokens(r) {
                    if !is_component(&tokens) {
                        out.push(tokens);
                    }
                }
            }
            let names = parent_key.is_some_and(|k| NAME_MAPS.contains(&k));
            for (key, child) in map {
                if !names && (key.starts_with("x-") || DATA_KEYS.contains(&key.as_str())) {
                    continue;
                }
                collect_deep_refs(child, Some(key), out);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect_deep_refs(v, parent_key, out)),
        _ => {}
    }
}

/// Rewrites every `$ref` whose decoded target is a key of `to` (skipping
/// the same places [`collect_deep_refs`] skips).
fn rewrite_refs(value: &mut Value, parent_key: Option<&str>, to: &HashMap<Vec<String>, String>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(r)) = map.get_mut("$ref") {
                if let Some(new) = ref_tokens(r).and_then(|t| to.get(&t)) {
                    *r = new.clone();
                }
            }
            let names = parent_key.is_some_and(|k| NAME_MAPS.contains(&k));
            for (key, child) in map.iter_mut() {
                if !names && (key.starts_with("x-") || DATA_KEYS.contains(&key.as_str())) {
                    continue;
                }
                rewrite_refs(child, Some(key.as_str()), to);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| rewrite_refs(v, parent_key, to)),
        _ => {}
    }
}

/// The name words of a place: the component or operation it is in, then
/// the property (or parameter) names on the way.
fn name_words(doc: &Value, tokens: &[String]) -> Vec<String> {
    let mut words = Vec::new();
    let mut rest = tokens;
    if tokens.first().map(String::as_str) == Some("paths") && tokens.len() >= 3 && METHODS.contains(&tokens[2].as_str()) {
        let operation_id = lookup(doc, &tokens[..3]).and_then(|op| op.get("operationId")).and_then(Value::as_str);
        match operation_id {
            Some(id) => words.push(id.to_owned()),
            None => {
                words.push(tokens[2].clone());
                words.extend(tokens[1].split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_owned));
            }
        }
        rest = &tokens[3..];
    }
    for (i, t) in rest.iter().enumerate() {
        let previous = i.checked_sub(1).map(|j| rest[j].as_str());
        if t.parse::<usize>().is_ok() {
            // A parameter is named by its `name`, a response by its status;
            // other indexes say nothing.
            if previous == Some("responses") && i + 1 == rest.len() {
                words.push(t.clone());
            } else if previous == Some("parameters") {
                if let Some(name) = lookup(doc, &tokens[..tokens.len() - rest.len() + i + 1]).and_then(|p| p.get("name")).and_then(Value::as_str) {
                    words.push(name.to_owned());
                }
            }
            continue;
        }
        let structural = STRUCTURAL.contains(&t.as_str()) && previous != Some("properties");
        if structural || previous == Some("content") || (previous == Some("responses") && i + 1 < rest.len()) {
            continue;
        }
        words.push(t.clone());
    }
    match tokens.iter().rev().find(|t| t.as_str() == "responses" || t.as_str() == "requestBody").map(String::as_str) {
        Some("responses") if Kind::of(tokens) == Kind::Schema => words.push("response".into()),
        Some("requestBody") if Kind::of(tokens) == Kind::Schema => words.push("body".into()),
        _ => {}
    }
    if words.is_empty() {
        words.push("Hoisted".into());
    }
    words
}

/// One target given a component of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hoisted {
    /// The new component's JSON pointer, e.g. `/components/schemas/TransferCurrency`.
    pub component: String,
    /// The pointer it was copied from, e.g. `/components/schemas/Transfer/properties/currency`.
    pub from: String,
}

/// `pointer` with a hoisted component's prefix replaced by the place it was
/// copied from, so errors and warnings name what the user wrote.
///
/// ```
/// use clientgen::hoist::{original_pointer, Hoisted};
/// let h = [Hoisted { component: "/components/schemas/AB".into(), from: "/components/schemas/A/properties/b".into() }];
/// assert_eq!(original_pointer("/components/schemas/AB/properties/c", &h), "/components/schemas/A/properties/b/properties/c");
/// assert_eq!(original_pointer("/components/schemas/ABC", &h), "/components/schemas/ABC");
/// ```
pub fn original_pointer(pointer: &str, hoisted: &[Hoisted]) -> String {
    for h in hoisted {
        if let Some(rest) = pointer.strip_prefix(h.component.as_str()) {
            if rest.is_empty() || rest.starts_with('/') {
                return format!("{}{rest}", h.from);
            }
        }
    }
    pointer.to_owned()
}

/// The inverse of [`original_pointer`]: `pointer` as the user wrote it,
/// and, when it lies inside a hoisted target, the same place inside the
/// hoisted copy (where lowering sees it).
///
/// ```
/// use clientgen::hoist::{hoisted_pointers, Hoisted};
/// let h = [Hoisted { component: "/components/schemas/AB".into(), from: "/components/schemas/A/properties/b".into() }];
/// assert_eq!(
///     hoisted_pointers("/components/schemas/A/properties/b/properties/c", &h),
///     ["/components/schemas/A/properties/b/properties/c", "/components/schemas/AB/properties/c"]
/// );
/// ```
pub fn hoisted_pointers(pointer: &str, hoisted: &[Hoisted]) -> Vec<String> {
    let mut out = vec![pointer.to_owned()];
    for h in hoisted {
        if let Some(rest) = pointer.strip_prefix(h.from.as_str()) {
            if rest.is_empty() || rest.starts_with('/') {
                out.push(format!("{}{rest}", h.component));
            }
        }
    }
    out
}

/// Gives every `$ref` target that is not a component a component of its
/// own, and points the references there. See the module docs.
///
/// Returns the targets hoisted, in the order they were found.
pub fn hoist_deep_refs(doc: &mut Value) -> Vec<Hoisted> {
    // Target tokens → the `$ref` that now names it.
    let mut hoisted: HashMap<Vec<String>, String> = HashMap::new();
    let mut pending = Vec::new();
    collect_deep_refs(doc, None, &mut pending);
    let mut done = Vec::new();
    // Hoisted copies may hold deep refs of their own: go on until none is new.
    while !pending.is_empty() {
        let mut added: BTreeMap<String, (Kind, String, Value)> = BTreeMap::new();
        let mut order = Vec::new();
        for tokens in std::mem::take(&mut pending) {
            if hoisted.contains_key(&tokens) {
                continue;
            }
            let Some(target) = lookup(doc, &tokens).cloned() else { continue };
            let kind = Kind::of(&tokens);
            let base = crate::naming::type_name(&name_words(doc, &tokens).join(" "));
            let taken = |name: &str| {
                added.contains_key(&format!("{}/{name}", kind.section()))
                    || doc.get("components").and_then(|c| c.get(kind.section())).and_then(|s| s.get(name)).is_some()
            };
            let mut name = base.clone();
            let mut n = 2;
            while taken(&name) {
                name = format!("{base}{n}");
                n += 1;
            }
            let from = format!("/{}", tokens.iter().map(|t| t.replace('~', "~0").replace('/', "~1")).collect::<Vec<_>>().join("/"));
            let mut copy = target;
            if let Value::Object(m) = &mut copy {
                m.insert(HOISTED_FROM.to_owned(), Value::String(from));
            }
            collect_deep_refs(&copy, None, &mut pending);
            hoisted.insert(tokens, format!("#/components/{}/{}", kind.section(), name.replace('~', "~0").replace('/', "~1")));
            order.push(format!("{}/{name}", kind.section()));
            added.insert(format!("{}/{name}", kind.section()), (kind, name, copy));
        }
        for key in order {
            let Some((kind, name, copy)) = added.remove(&key) else { continue };
            let Some(root) = doc.as_object_mut() else { return done };
            let components = root.entry("components").or_insert_with(|| Value::Object(Map::new()));
            let Some(components) = components.as_object_mut() else { return done };
            let section = components.entry(kind.section()).or_insert_with(|| Value::Object(Map::new()));
            if let Some(section) = section.as_object_mut() {
                let from = copy.get(HOISTED_FROM).and_then(Value::as_str).unwrap_or_default().to_owned();
                let component = crate::diagnostics::push_pointer(&format!("/components/{}", kind.section()), &name);
                section.insert(name, copy);
                done.push(Hoisted { component, from });
            }
        }
    }
    rewrite_refs(doc, None, &hoisted);
    done
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn pointers_decode_percent_and_tilde_escapes() {
        assert_eq!(ref_tokens("#/paths/~1a~1%7Bid%7D/get").unwrap(), ["paths", "/a/{id}", "get"]);
        assert_eq!(ref_tokens("#/components/schemas/a~0b").unwrap(), ["components", "schemas", "a~b"]);
        assert_eq!(ref_tokens("other.yml#/x"), None);
    }

    #[test]
    fn kinds_follow_the_place() {
        let kind = |r: &str| Kind::of(&ref_tokens(r).unwrap());
        assert_eq!(kind("#/paths/~1a/get/parameters/0"), Kind::Parameter);
        assert_eq!(kind("#/paths/~1a/get/responses/405"), Kind::Response);
        assert_eq!(kind("#/paths/~1a/post/requestBody"), Kind::RequestBody);
        assert_eq!(kind("#/paths/~1a/get/responses/200/content/application~1json/schema"), Kind::Schema);
        assert_eq!(kind("#/components/schemas/A/properties/responses/properties/x"), Kind::Schema);
    }

    #[test]
    fn deep_targets_become_components_and_refs_point_there() {
        let mut doc = json!({
            "paths": {"/chargers/{chargerId}": {"get": {"operationId": "getCharger", "responses": {"200": {
                "content": {"application/json": {"schema": {"type": "object", "properties": {"id": {"type": "string"}}}}}}}}}},
            "components": {"schemas": {
                "Transfer": {"type": "object", "properties": {"currency": {"type": "string"}}},
                "Account": {"type": "object", "properties": {
                    "currency": {"$ref": "#/components/schemas/Transfer/properties/currency"},
                    "charger": {"$ref": "#/paths/~1chargers~1%7BchargerId%7D/get/responses/200/content/application~1json/schema"},
                    "default": {"$ref": "#/components/schemas/Transfer/properties/currency"}}}}}
        });
        assert_eq!(hoist_deep_refs(&mut doc).len(), 2);
        let schemas = &doc["components"]["schemas"];
        assert_eq!(schemas["TransferCurrency"]["type"], "string");
        assert_eq!(schemas["TransferCurrency"][HOISTED_FROM], "/components/schemas/Transfer/properties/currency");
        assert_eq!(schemas["GetChargerResponse"]["properties"]["id"]["type"], "string");
        let account = &schemas["Account"]["properties"];
        assert_eq!(account["currency"]["$ref"], "#/components/schemas/TransferCurrency");
        assert_eq!(account["default"]["$ref"], "#/components/schemas/TransferCurrency", "a property named `default` is not data");
        assert_eq!(account["charger"]["$ref"], "#/components/schemas/GetChargerResponse");
    }

    #[test]
    fn targets_inside_hoisted_copies_and_self_references_are_hoisted_once() {
        let mut doc = json!({"components": {"schemas": {
            "A": {"type": "object", "properties": {"b": {"type": "object", "properties": {
                "again": {"$ref": "#/components/schemas/A/properties/b"},
                "c": {"$ref": "#/components/schemas/C/properties/d"}}}}},
            "C": {"type": "object", "properties": {"d": {"type": "integer"}}},
            "Z": {"$ref": "#/components/schemas/A/properties/b"}}}});
        assert_eq!(hoist_deep_refs(&mut doc).len(), 2);
        let schemas = &doc["components"]["schemas"];
        assert_eq!(schemas["AB"]["properties"]["again"]["$ref"], "#/components/schemas/AB");
        assert_eq!(schemas["AB"]["properties"]["c"]["$ref"], "#/components/schemas/CD");
        assert_eq!(schemas["Z"]["$ref"], "#/components/schemas/AB");
    }

    #[test]
    fn parameters_responses_and_headers_go_to_their_own_sections_and_names_do_not_collide() {
        let mut doc = json!({
            "paths": {"/a": {"get": {"operationId": "listA",
                "parameters": [{"name": "page", "in": "query", "schema": {"type": "integer"}}],
                "responses": {"404": {"description": "missing", "headers": {"limit": {"schema": {"type": "integer"}}}}}}},
                "/b": {"get": {"parameters": [{"$ref": "#/paths/~1a/get/parameters/0"}],
                "responses": {
                    "404": {"$ref": "#/paths/~1a/get/responses/404"},
                    "default": {"description": "d", "headers": {"limit": {"$ref": "#/paths/~1a/get/responses/404/headers/limit"}}}}}}},
            "components": {"parameters": {"ListAPage": {"name": "other", "in": "query"}}}
        });
        assert_eq!(hoist_deep_refs(&mut doc).len(), 3);
        assert_eq!(doc["paths"]["/b"]["get"]["parameters"][0]["$ref"], "#/components/parameters/ListAPage2");
        assert_eq!(doc["components"]["parameters"]["ListAPage2"]["name"], "page");
        assert_eq!(doc["paths"]["/b"]["get"]["responses"]["404"]["$ref"], "#/components/responses/ListA404");
        let default = &doc["paths"]["/b"]["get"]["responses"]["default"];
        assert_eq!(default["headers"]["limit"]["$ref"], "#/components/headers/ListALimit", "a response named `default` is not data");
    }

    #[test]
    fn pointers_pass_through_references() {
        let mut doc = json!({
            "paths": {"/a": {"get": {"operationId": "getA", "responses": {
                "401": {"$ref": "#/components/responses/Unauthorized"},
                "default": {"content": {"application/json": {"schema": {
                    "$ref": "#/paths/~1a/get/responses/401/content/application~1json/schema"}}}}}}}},
            "components": {"responses": {"Unauthorized": {"content": {"application/json": {"schema": {"type": "string"}}}}}}
        });
        assert_eq!(hoist_deep_refs(&mut doc).len(), 1);
        assert_eq!(doc["components"]["schemas"]["GetAResponse"]["type"], "string");
    }

    #[test]
    fn dangling_targets_are_left_for_lowering_to_report() {
        let mut doc = json!({"components": {"schemas": {"A": {"$ref": "#/components/schemas/B/properties/nope"}}}});
        assert_eq!(hoist_deep_refs(&mut doc).len(), 0);
        assert_eq!(doc["components"]["schemas"]["A"]["$ref"], "#/components/schemas/B/properties/nope");
    }
}
