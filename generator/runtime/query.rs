//! Query-string encoding for generated operations.
//!
//! Generated parameter structs implement [`ToQuery`] by calling
//! [`QueryWriter::form`] (OpenAPI `style: form, explode: true`) or
//! [`QueryWriter::deep_object`] (`style: deepObject`) once per parameter.
//! The writer only collects decoded `(name, value)` pairs; percent-encoding
//! happens once, when the request URL is built.

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use serde_json::{Map, Value};

/// Collects query parameters as decoded `(name, value)` pairs, in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QueryWriter {
    pairs: Vec<(String, String)>,
}

/// Types that can add themselves to a query string (generated parameter
/// structs).
pub trait ToQuery {
    /// Appends this value's parameters to `q`.
    fn write_query(&self, q: &mut QueryWriter);
}

/// A value that can be written as the query parameter `name`
/// (`style: form, explode: true`).
///
/// Generated string enums implement this with a one-line call to
/// [`QueryWriter::push`] passing their wire name.
pub trait QueryValue {
    /// Appends zero or more `name=value` pairs for `self` to `q`.
    fn write(&self, name: &str, q: &mut QueryWriter);
}

impl QueryWriter {
    /// Creates an empty writer.
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends one `name=value` pair as-is (not yet percent-encoded).
    pub fn push(&mut self, name: &str, value: &str) {
        self.pairs.push((name.to_owned(), value.to_owned()));
    }

    /// Writes `value` with `style: form, explode: true`: a scalar becomes
    /// `name=value`, `None` writes nothing and a list writes `name=a&name=b`.
    pub fn form<V: QueryValue + ?Sized>(&mut self, name: &str, value: &V) {
        value.write(name, self);
    }

    /// Writes a free-form object with `style: deepObject`: each entry becomes
    /// `name[key]=value`. Strings are written as-is, numbers and booleans as
    /// their JSON text, nested objects as `name[a][b]=v`, arrays as repeated
    /// `name[key][]=v`; `null` entries and `None` write nothing.
    pub fn deep_object(&mut self, name: &str, value: &Option<Map<String, Value>>) {
        if let Some(map) = value {
            self.deep_object_map(name, map);
        }
    }

    /// Returns the collected pairs, in insertion order.
    pub fn pairs(&self) -> &[(String, String)] {
        &self.pairs
    }

    /// Consumes the writer and returns the collected pairs.
    pub fn into_pairs(self) -> Vec<(String, String)> {
        self.pairs
    }

    fn deep_object_map(&mut self, prefix: &str, map: &Map<String, Value>) {
        for (key, value) in map {
            self.deep_object_value(&format!("{prefix}[{key}]"), value);
        }
    }

    fn deep_object_value(&mut self, name: &str, value: &Value) {
        match value {
            Value::Object(map) => self.deep_object_map(name, map),
            Value::Array(items) => {
                let item_name = format!("{name}[]");
                for item in items {
                    self.deep_object_value(&item_name, item);
                }
            }
            scalar => scalar.write(name, self),
        }
    }
}

impl ToQuery for QueryWriter {
    fn write_query(&self, q: &mut QueryWriter) {
        q.pairs.extend(self.pairs.iter().cloned());
    }
}

impl<T: ToQuery + ?Sized> ToQuery for &T {
    fn write_query(&self, q: &mut QueryWriter) {
        (**self).write_query(q);
    }
}

impl<T: ToQuery> ToQuery for Option<T> {
    fn write_query(&self, q: &mut QueryWriter) {
        if let Some(inner) = self {
            inner.write_query(q);
        }
    }
}

impl QueryValue for str {
    fn write(&self, name: &str, q: &mut QueryWriter) {
        q.push(name, self);
    }
}

impl QueryValue for String {
    fn write(&self, name: &str, q: &mut QueryWriter) {
        q.push(name, self);
    }
}

impl<T: QueryValue + ?Sized> QueryValue for &T {
    fn write(&self, name: &str, q: &mut QueryWriter) {
        (**self).write(name, q);
    }
}

/// Integers, floats and booleans are written with their `Display` form
/// (`42`, `2.5`, `true`).
macro_rules! display_query_value {
    ($($ty:ty),*) => {
        $(impl QueryValue for $ty {
            fn write(&self, name: &str, q: &mut QueryWriter) {
                q.push(name, &self.to_string());
            }
        })*
    };
}

display_query_value!(i32, i64, u32, u64, f64, bool);

impl QueryValue for DateTime<Utc> {
    /// RFC 3339 with a `Z` suffix, e.g. `2023-12-01T05:00:00.401Z`.
    fn write(&self, name: &str, q: &mut QueryWriter) {
        q.push(name, &self.to_rfc3339_opts(SecondsFormat::AutoSi, true));
    }
}

impl QueryValue for NaiveDate {
    /// ISO 8601 calendar date, e.g. `2023-12-01`.
    fn write(&self, name: &str, q: &mut QueryWriter) {
        q.push(name, &self.format("%Y-%m-%d").to_string());
    }
}

impl QueryValue for bytes::Bytes {
    /// The bytes as text (invalid UTF-8 replaced); only form bodies with
    /// file fields get here.
    fn write(&self, name: &str, q: &mut QueryWriter) {
        q.push(name, &String::from_utf8_lossy(self));
    }
}

impl<T: QueryValue> QueryValue for Box<T> {
    /// The boxed value.
    fn write(&self, name: &str, q: &mut QueryWriter) {
        (**self).write(name, q);
    }
}

impl<T: QueryValue> QueryValue for Option<T> {
    /// `None` writes nothing.
    fn write(&self, name: &str, q: &mut QueryWriter) {
        if let Some(inner) = self {
            inner.write(name, q);
        }
    }
}

impl<T: QueryValue> QueryValue for [T] {
    /// Exploded form: one `name=item` pair per item.
    fn write(&self, name: &str, q: &mut QueryWriter) {
        for item in self {
            item.write(name, q);
        }
    }
}

impl<T: QueryValue> QueryValue for Vec<T> {
    /// Exploded form: one `name=item` pair per item.
    fn write(&self, name: &str, q: &mut QueryWriter) {
        self.as_slice().write(name, q);
    }
}

impl QueryValue for Value {
    /// Strings as-is; numbers and booleans as JSON text; `null` writes
    /// nothing; arrays are exploded; objects are written deepObject-style
    /// (`name[key]=value`).
    fn write(&self, name: &str, q: &mut QueryWriter) {
        match self {
            Value::Null => {}
            Value::String(s) => q.push(name, s),
            Value::Bool(b) => q.push(name, if *b { "true" } else { "false" }),
            Value::Number(n) => q.push(name, &n.to_string()),
            Value::Array(items) => {
                for item in items {
                    item.write(name, q);
                }
            }
            Value::Object(map) => q.deep_object_map(name, map),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use serde_json::json;

    struct ListParams {
        first: Option<i64>,
        after: Option<String>,
        statuses: Option<Vec<String>>,
        created_before: Option<DateTime<Utc>>,
        metadata: Option<Map<String, Value>>,
    }

    impl ToQuery for ListParams {
        fn write_query(&self, q: &mut QueryWriter) {
            q.form("first", &self.first);
            q.form("after", &self.after);
            q.form("statuses", &self.statuses);
            q.form("created_before", &self.created_before);
            q.deep_object("metadata", &self.metadata);
        }
    }

    fn pairs(p: &impl ToQuery) -> Vec<(String, String)> {
        let mut q = QueryWriter::new();
        p.write_query(&mut q);
        q.into_pairs()
    }

    fn owned(v: &[(&str, &str)]) -> Vec<(String, String)> {
        v.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn form_explode_and_none() {
        let p = ListParams {
            first: Some(10),
            after: None,
            statuses: Some(vec!["open".into(), "won".into()]),
            created_before: Some(Utc.with_ymd_and_hms(2023, 12, 1, 5, 0, 0).unwrap()),
            metadata: None,
        };
        assert_eq!(
            pairs(&p),
            owned(&[
                ("first", "10"),
                ("statuses", "open"),
                ("statuses", "won"),
                ("created_before", "2023-12-01T05:00:00Z"),
            ])
        );
    }

    #[test]
    fn datetime_keeps_fraction_and_z() {
        let dt = Utc.timestamp_millis_opt(1_701_406_800_401).unwrap();
        let mut q = QueryWriter::new();
        q.form("t", &dt);
        assert_eq!(
            q.pairs(),
            owned(&[("t", "2023-12-01T05:00:00.401Z")]).as_slice()
        );
    }

    #[test]
    fn deep_object_scalars_and_nesting() {
        let map = json!({"plan": "pro", "n": 3, "vip": true, "nested": {"a": {"b": 1.5}}, "tags": ["x", "y"], "gone": null});
        let p = ListParams {
            first: None,
            after: None,
            statuses: None,
            created_before: None,
            metadata: map.as_object().cloned(),
        };
        // `null` entries are skipped. Keys come out in map order, which is
        // sorted or insertion order depending on serde_json's
        // `preserve_order` feature (unified across a workspace): compare sorted.
        let mut got = pairs(&p);
        got.sort();
        assert_eq!(
            got,
            owned(&[
                ("metadata[n]", "3"),
                ("metadata[nested][a][b]", "1.5"),
                ("metadata[plan]", "pro"),
                ("metadata[tags][]", "x"),
                ("metadata[tags][]", "y"),
                ("metadata[vip]", "true"),
            ])
        );
    }

    #[test]
    fn json_value_and_scalars() {
        let mut q = QueryWriter::new();
        q.form("a", &json!("s"));
        q.form("b", &json!(null));
        q.form("c", &json!([1, 2]));
        q.form("d", &false);
        q.form("e", &2.5f64);
        q.form("f", "plain");
        q.push("g", "raw value");
        assert_eq!(
            q.into_pairs(),
            owned(&[
                ("a", "s"),
                ("c", "1"),
                ("c", "2"),
                ("d", "false"),
                ("e", "2.5"),
                ("f", "plain"),
                ("g", "raw value"),
            ])
        );
    }
}
