//! What a recorded request carried on the wire.

use std::collections::BTreeSet;
use std::hash::{DefaultHasher, Hash, Hasher};

/// Whether the request path matches the template (`{name}` matches one
/// non-empty segment).
pub fn path_matches(template: &str, path: &str) -> bool {
    let template: Vec<&str> = template.trim_matches('/').split('/').collect();
    let path: Vec<&str> = path.trim_matches('/').split('/').collect();
    template.len() == path.len()
        && template.iter().zip(&path).all(|(t, p)| {
            if t.contains('{') {
                !p.is_empty()
            } else {
                t == p
            }
        })
}

/// Whether the query has the parameter `name`: as `name=` (form style,
/// arrays exploded), or as `name[key]=` (deepObject style). `name[]=` does
/// not count: no parameter of the spec is encoded that way, and Prism
/// silently ignores it.
pub fn query_has(query: &[(String, String)], name: &str) -> bool {
    query.iter().any(|(key, _)| {
        key == name
            || key
                .strip_prefix(name)
                .is_some_and(|rest| rest.starts_with('[') && !rest.starts_with("[]"))
    })
}

/// The top-level field names of a JSON object body, or of a form body
/// (`a[b]=` counts as `a`).
pub fn body_keys(content_type: Option<&str>, body: &[u8]) -> Result<BTreeSet<String>, String> {
    let media = content_type
        .unwrap_or_default()
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    if body.is_empty() {
        return Err(format!(
            "the request has no body (content type {:?})",
            content_type.unwrap_or("none")
        ));
    }
    if media == "application/json" || media.ends_with("+json") {
        let value: serde_json::Value = serde_json::from_slice(body)
            .map_err(|e| format!("the JSON request body does not parse: {e}"))?;
        match value {
            serde_json::Value::Object(map) => Ok(map.keys().cloned().collect()),
            other => Err(format!(
                "the JSON request body is not an object but {}",
                json_kind(&other)
            )),
        }
    } else if media == "application/x-www-form-urlencoded" {
        let mut url = reqwest::Url::parse("http://form.invalid/").expect("a valid URL");
        url.set_query(Some(&String::from_utf8_lossy(body)));
        Ok(url
            .query_pairs()
            .map(|(key, _)| key.split('[').next().unwrap_or_default().to_owned())
            .collect())
    } else {
        Err(format!(
            "unsupported request body content type {:?}",
            content_type.unwrap_or("none")
        ))
    }
}

fn json_kind(value: &serde_json::Value) -> &'static str {
    match value {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

/// A hash of a response body, to count distinct bodies.
pub fn body_hash(body: &[u8]) -> u64 {
    let mut hasher = DefaultHasher::new();
    body.hash(&mut hasher);
    hasher.finish()
}
