//! Percent-encoding of path parameters.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde::Serialize;
use serde_json::Value;

/// Every byte except the RFC 3986 "unreserved" characters
/// (`A-Z a-z 0-9 - . _ ~`) is percent-encoded.
const PATH_SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Percent-encodes `s` so it can be placed in a single URL path segment.
///
/// Everything outside the RFC 3986 unreserved set is encoded as UTF-8
/// `%XX` escapes, including `/`, `?`, `#`, `%` and spaces, so a value can
/// never change the shape of the path: `"a/b c"` becomes `"a%2Fb%20c"`.
///
/// The dot segments `.` and `..` consist of unreserved characters and are
/// returned unchanged; URL parsers resolve them even when percent-encoded, so
/// the request layer rejects such paths with
/// [`Error::InvalidRequest`](crate::runtime::Error::InvalidRequest) instead.
pub fn encode_path_segment(s: &str) -> String {
    utf8_percent_encode(s, PATH_SEGMENT).to_string()
}

/// The text of a path or header parameter of any serializable type, by
/// OpenAPI's `style: simple`: a scalar as its text, a list as `a,b,c`, an
/// object of scalars as `k1,v1,k2,v2`, anything nested as compact JSON.
/// (A value serde cannot encode, such as a map with non-string keys, gives
/// the empty string.)
pub fn simple_style<V: Serialize + ?Sized>(value: &V) -> String {
    serde_json::to_value(value).map(|v| simple_text(&v)).unwrap_or_default()
}

/// [`simple_style`] of an already converted value.
pub(crate) fn simple_text(value: &Value) -> String {
    fn scalar(v: &Value) -> Option<String> {
        match v {
            Value::String(s) => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            Value::Bool(b) => Some(b.to_string()),
            _ => None,
        }
    }
    match value {
        Value::Null => String::new(),
        Value::Array(items) if items.iter().all(|i| scalar(i).is_some()) => {
            items.iter().filter_map(scalar).collect::<Vec<_>>().join(",")
        }
        Value::Object(map) if map.values().all(|v| scalar(v).is_some()) => map
            .iter()
            .filter_map(|(k, v)| scalar(v).map(|v| format!("{k},{v}")))
            .collect::<Vec<_>>()
            .join(","),
        other => scalar(other).unwrap_or_else(|| other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::{encode_path_segment, simple_style, simple_text};
    #[test]
    fn simple_style_follows_openapi() {
        use serde_json::json;
        assert_eq!(simple_text(&json!("a b")), "a b");
        assert_eq!(simple_text(&json!(5)), "5");
        assert_eq!(simple_text(&json!(["ETag", "Size"])), "ETag,Size");
        // Keys in sorted order, so the map order of serde_json does not matter.
        assert_eq!(simple_text(&json!({"n": 2, "role": "admin"})), "n,2,role,admin");
        assert_eq!(simple_text(&json!({"a": {"b": 1}})), r#"{"a":{"b":1}}"#);
    }

    #[test]
    fn simple_style_of_a_list_of_ids() {
        assert_eq!(simple_style(&vec![1, 2, 3]), "1,2,3");
    }


    #[test]
    fn encodes_slash_and_space() {
        assert_eq!(encode_path_segment("a/b c"), "a%2Fb%20c");
    }

    #[test]
    fn keeps_unreserved_characters() {
        assert_eq!(encode_path_segment("lead_1-A.b~"), "lead_1-A.b~");
    }

    #[test]
    fn encodes_reserved_and_non_ascii() {
        assert_eq!(encode_path_segment("?#%+&é"), "%3F%23%25%2B%26%C3%A9");
    }
}
