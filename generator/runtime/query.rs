//! Query-string encoding for generated operations.
//!
//! Generated parameter structs implement [`ToQuery`] by calling, once per
//! parameter, [`QueryWriter::form`] (`style: form, explode: true` on a value
//! with a native [`QueryValue`]: scalars, enums, scalar unions and lists of
//! them), [`QueryWriter::deep_object`] (a free-form object with
//! `style: deepObject`) or [`QueryWriter::serialized`] (anything else: the
//! value goes through `serde_json` and is written by the rules of its
//! [`Style`]). The writer only collects decoded `(name, value)` pairs;
//! percent-encoding happens once, when the request URL or form body is built.
//!
//! # Encoding rules
//!
//! Scalars are written as text: strings as-is, numbers as Rust prints them
//! (`42`, `2.5`, `1` for `1.0`), booleans as `true`/`false`, date-times as
//! RFC 3339 with `Z`. `None` and `null` write nothing; so does an empty list.
//! For a parameter `name`:
//!
//! | value | `Form { explode: true }` | `Form { explode: false }` | `SpaceDelimited` / `PipeDelimited` | `DeepObject` | `Nested` |
//! |---|---|---|---|---|---|
//! | scalar | `name=v` | `name=v` | `name=v` | `name=v` | `name=v` |
//! | list of scalars | `name=a&name=b` | `name=a,b` | `name=a b` / `name=a\|b` | `name[]=a&name[]=b` | `name=a&name=b` |
//! | object of scalars | `R=100&G=200` | `name=R,100,G,200` | `name=R 100 G 200` / `name=R\|100\|G\|200` | `name[R]=100&name[G]=200` | `name[R]=100&name[G]=200` |
//!
//! Where OpenAPI leaves the result undefined (a list or object inside an
//! object or list, whatever the style), the **bracket convention** of
//! Stripe-style APIs (Rails/PHP `qs`) applies, recursively:
//!
//! * an object entry `k` of `prefix` is written under `prefix[k]`;
//! * a list whose items are all scalars repeats `prefix[]=item`;
//! * a list with any object or list item is indexed: `prefix[0][k]=v`,
//!   `prefix[1][k]=v`.
//!
//! So `created[gte]=1`, `expand[]=a&expand[]=b`, `metadata[order_id]=6735`,
//! `items[0][price]=p` and `items[0][tax_rates][]=t`. With
//! `Form { explode: true }` an object's entries are written under their own
//! names (`address[city]=x` for a nested `address`), and a list or object
//! that cannot be written flat with a delimiter (`Form { explode: false }`,
//! the delimited styles) falls back to the bracket convention under `name`.
//!
//! A serialized struct's entries come out in `serde_json::Map` order: sorted
//! by key, or in declaration order when serde_json's `preserve_order` feature
//! is on (neither matters to a server reading pairs by name).

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use serde::Serialize;
use serde_json::{Map, Value};

/// Collects query parameters as decoded `(name, value)` pairs, in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QueryWriter {
    pairs: Vec<(String, String)>,
    error: Option<String>,
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

/// How [`QueryWriter::serialized`] writes a value: an OpenAPI parameter (or
/// form-body `encoding`) `style` with its `explode`, or [`Style::Nested`].
/// The module docs list the exact output of each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// `style: form`: lists repeat the name (`explode: true`) or are joined
    /// with `,` (`explode: false`); an exploded object writes each entry as
    /// its own parameter, an unexploded one `name=k1,v1,k2,v2`.
    Form {
        /// `explode` (OpenAPI's default for `form` is `true`).
        explode: bool,
    },
    /// `style: spaceDelimited`: lists and objects of scalars joined with a space.
    SpaceDelimited,
    /// `style: pipeDelimited`: lists and objects of scalars joined with `|`.
    PipeDelimited,
    /// `style: deepObject`: the bracket convention under `name`
    /// (`name[k]=v`, `name[]=a`, `name[0][k]=v`).
    DeepObject,
    /// A form-body field without an `encoding` entry: lists of scalars repeat
    /// the name (as `form`), objects and lists of objects use the bracket
    /// convention (as `deepObject`) instead of spilling their entries into
    /// the body's top level.
    Nested,
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
    /// `name[key]=value`, nested values follow the bracket convention (see
    /// the module docs); `null` entries and `None` write nothing.
    pub fn deep_object(&mut self, name: &str, value: &Option<Map<String, Value>>) {
        if let Some(map) = value {
            self.deep_object_map(name, map);
        }
    }

    /// Writes any serializable value (a struct, map, union, list, ...) as
    /// the parameter `name` by the rules of `style` (see the module docs).
    /// It is converted with `serde_json::to_value` first; if that fails,
    /// nothing is written and [`QueryWriter::error`] reports it (the request
    /// then fails with `Error::InvalidRequest` before it is sent).
    pub fn serialized<T: Serialize + ?Sized>(&mut self, name: &str, value: &T, style: Style) {
        match serde_json::to_value(value) {
            Ok(value) => self.write_value(name, &value, style),
            Err(e) => {
                self.error
                    .get_or_insert_with(|| format!("could not encode the parameter `{name}`: {e}"));
            }
        }
    }

    /// Writes an already converted JSON value by the rules of `style`.
    pub fn write_value(&mut self, name: &str, value: &Value, style: Style) {
        match value {
            Value::Null => {}
            Value::Array(items) => match style {
                Style::Form { explode: true } | Style::Nested if items.iter().all(is_scalar) => {
                    for item in items {
                        self.scalar(name, item);
                    }
                }
                Style::Form { explode: false } | Style::SpaceDelimited | Style::PipeDelimited
                    if items.iter().all(is_scalar) =>
                {
                    let texts: Vec<String> = items.iter().filter_map(scalar_text).collect();
                    if !texts.is_empty() {
                        self.push(name, &texts.join(delimiter(style)));
                    }
                }
                _ => self.brackets(name, value),
            },
            Value::Object(map) => match style {
                Style::Form { explode: true } => {
                    for (key, entry) in map {
                        self.brackets(key, entry);
                    }
                }
                Style::Form { explode: false } | Style::SpaceDelimited | Style::PipeDelimited
                    if map.values().all(is_scalar) =>
                {
                    let texts: Vec<String> = map
                        .iter()
                        .filter_map(|(k, v)| {
                            scalar_text(v).map(|t| format!("{k}{}{t}", delimiter(style)))
                        })
                        .collect();
                    if !texts.is_empty() {
                        self.push(name, &texts.join(delimiter(style)));
                    }
                }
                _ => self.brackets(name, value),
            },
            scalar => self.scalar(name, scalar),
        }
    }

    /// The first value that could not be encoded, if any.
    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
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
            self.brackets(&format!("{prefix}[{key}]"), value);
        }
    }

    /// The bracket convention: `prefix[k]` for object entries, `prefix[]`
    /// for the items of a list of scalars, `prefix[i]` for the items of any
    /// other list; scalars as `prefix=text`, `null` as nothing.
    fn brackets(&mut self, prefix: &str, value: &Value) {
        match value {
            Value::Object(map) => self.deep_object_map(prefix, map),
            Value::Array(items) if items.iter().all(is_scalar) => {
                let item_name = format!("{prefix}[]");
                for item in items {
                    self.scalar(&item_name, item);
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    self.brackets(&format!("{prefix}[{i}]"), item);
                }
            }
            scalar => self.scalar(prefix, scalar),
        }
    }

    fn scalar(&mut self, name: &str, value: &Value) {
        if let Some(text) = scalar_text(value) {
            self.push(name, &text);
        }
    }
}

/// Not an object or a list (`null` counts: it is skipped).
fn is_scalar(value: &Value) -> bool {
    !matches!(value, Value::Object(_) | Value::Array(_))
}

/// The text of a scalar; `None` for `null`, objects and lists. Numbers print
/// as the native `QueryValue`s do (`1.0` as `1`).
fn scalar_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(match (n.as_i64(), n.as_u64(), n.as_f64()) {
            (Some(i), _, _) => i.to_string(),
            (None, Some(u), _) => u.to_string(),
            (None, None, Some(f)) => f.to_string(),
            (None, None, None) => n.to_string(),
        }),
        Value::Null | Value::Object(_) | Value::Array(_) => None,
    }
}

/// The separator of an unexploded style.
fn delimiter(style: Style) -> &'static str {
    match style {
        Style::SpaceDelimited => " ",
        Style::PipeDelimited => "|",
        Style::Form { .. } | Style::DeepObject | Style::Nested => ",",
    }
}

impl ToQuery for QueryWriter {
    fn write_query(&self, q: &mut QueryWriter) {
        q.pairs.extend(self.pairs.iter().cloned());
        if let Some(e) = &self.error {
            q.error.get_or_insert_with(|| e.clone());
        }
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
    /// nothing; lists of scalars are exploded (`name=a&name=b`); objects
    /// and other lists follow the bracket convention (`name[key]=value`,
    /// `name[0][key]=value`).
    fn write(&self, name: &str, q: &mut QueryWriter) {
        match self {
            Value::Object(_) => q.brackets(name, self),
            other => q.write_value(name, other, Style::Form { explode: true }),
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

    // Fields in key order: without serde_json's `preserve_order` feature an
    // object's entries come out sorted by key, with it in declaration order.
    #[derive(Serialize)]
    struct Color {
        #[serde(rename = "G")]
        g: u8,
        #[serde(rename = "R")]
        r: u8,
        #[serde(skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    }

    fn color() -> Color {
        Color {
            g: 200,
            r: 100,
            note: None,
        }
    }

    fn written(name: &str, value: &impl Serialize, style: Style) -> Vec<(String, String)> {
        let mut q = QueryWriter::new();
        q.serialized(name, value, style);
        assert_eq!(q.error(), None);
        q.into_pairs()
    }

    const EXPLODE: Style = Style::Form { explode: true };
    const NO_EXPLODE: Style = Style::Form { explode: false };

    #[test]
    fn form_explode_writes_list_items_and_object_entries_as_own_pairs() {
        assert_eq!(
            written("id", &["a", "b"], EXPLODE),
            owned(&[("id", "a"), ("id", "b")])
        );
        assert_eq!(
            written("color", &color(), EXPLODE),
            owned(&[("G", "200"), ("R", "100")])
        );
        assert_eq!(written("id", &5, EXPLODE), owned(&[("id", "5")]));
        assert_eq!(written("id", &Option::<String>::None, EXPLODE), owned(&[]));
        assert_eq!(written("id", &Vec::<String>::new(), EXPLODE), owned(&[]));
    }

    #[test]
    fn form_without_explode_joins_with_commas() {
        assert_eq!(
            written("id", &["a", "b"], NO_EXPLODE),
            owned(&[("id", "a,b")])
        );
        assert_eq!(
            written("color", &color(), NO_EXPLODE),
            owned(&[("color", "G,200,R,100")])
        );
        assert_eq!(
            written("n", &[1.0, 2.5], NO_EXPLODE),
            owned(&[("n", "1,2.5")])
        );
    }

    #[test]
    fn delimited_styles_join_lists() {
        assert_eq!(
            written("id", &["a", "b"], Style::SpaceDelimited),
            owned(&[("id", "a b")])
        );
        assert_eq!(
            written("id", &["a", "b"], Style::PipeDelimited),
            owned(&[("id", "a|b")])
        );
        assert_eq!(
            written("color", &color(), Style::PipeDelimited),
            owned(&[("color", "G|200|R|100")])
        );
    }

    #[test]
    fn deep_object_uses_brackets_for_objects_lists_and_nesting() {
        assert_eq!(
            written("color", &color(), Style::DeepObject),
            owned(&[("color[G]", "200"), ("color[R]", "100")])
        );
        // Stripe's `expand` (deepObject array) and `created` (object or integer).
        assert_eq!(
            written("expand", &["a", "b"], Style::DeepObject),
            owned(&[("expand[]", "a"), ("expand[]", "b")])
        );
        assert_eq!(
            written("created", &json!({"gte": 1}), Style::DeepObject),
            owned(&[("created[gte]", "1")])
        );
        assert_eq!(
            written("created", &json!(1700000000), Style::DeepObject),
            owned(&[("created", "1700000000")])
        );
        assert_eq!(
            written(
                "metadata",
                &std::collections::BTreeMap::from([("order_id", "6735")]),
                Style::DeepObject
            ),
            owned(&[("metadata[order_id]", "6735")])
        );
        assert_eq!(
            written(
                "f",
                &json!({"a": {"b": [1, 2]}, "c": [{"d": true}], "e": null}),
                Style::DeepObject
            ),
            owned(&[
                ("f[a][b][]", "1"),
                ("f[a][b][]", "2"),
                ("f[c][0][d]", "true")
            ])
        );
    }

    #[test]
    fn nested_values_under_flat_styles_fall_back_to_brackets() {
        let v = json!({"address": {"city": "Paris", "lines": ["1 rue", "2e"]}, "n": 1});
        assert_eq!(
            written("owner", &v, EXPLODE),
            owned(&[
                ("address[city]", "Paris"),
                ("address[lines][]", "1 rue"),
                ("address[lines][]", "2e"),
                ("n", "1")
            ])
        );
        assert_eq!(
            written("owner", &json!({"a": [1]}), NO_EXPLODE),
            owned(&[("owner[a][]", "1")])
        );
        assert_eq!(
            written("items", &json!([{"price": "p"}]), EXPLODE),
            owned(&[("items[0][price]", "p")])
        );
        assert_eq!(
            written("items", &json!([["x"]]), Style::PipeDelimited),
            owned(&[("items[0][]", "x")])
        );
    }

    #[test]
    fn nested_style_repeats_scalar_lists_and_brackets_objects() {
        assert_eq!(
            written("tags", &["a", "b"], Style::Nested),
            owned(&[("tags", "a"), ("tags", "b")])
        );
        assert_eq!(
            written("color", &color(), Style::Nested),
            owned(&[("color[G]", "200"), ("color[R]", "100")])
        );
        assert_eq!(
            written(
                "items",
                &json!([{"price": "p", "tax_rates": ["t1", "t2"]}, {"price": "q"}]),
                Style::Nested
            ),
            owned(&[
                ("items[0][price]", "p"),
                ("items[0][tax_rates][]", "t1"),
                ("items[0][tax_rates][]", "t2"),
                ("items[1][price]", "q")
            ])
        );
    }

    #[test]
    fn serialized_scalars_match_the_native_writers() {
        let dt = Utc.with_ymd_and_hms(2023, 12, 1, 5, 0, 0).unwrap();
        for (value, text) in [
            (json!(1.0), "1"),
            (json!(-3), "-3"),
            (json!(u64::MAX), "18446744073709551615"),
            (json!(false), "false"),
        ] {
            assert_eq!(
                written("x", &value, Style::DeepObject),
                owned(&[("x", text)])
            );
        }
        let mut native = QueryWriter::new();
        native.form("t", &dt);
        native.form("f", &1.0f64);
        assert_eq!(written("t", &dt, EXPLODE).as_slice(), &native.pairs()[..1]);
        assert_eq!(
            written("f", &1.0f64, EXPLODE).as_slice(),
            &native.pairs()[1..]
        );
    }

    #[test]
    fn unencodable_values_are_reported_not_dropped_silently() {
        let map = std::collections::BTreeMap::from([((1, 2), "v")]);
        let mut q = QueryWriter::new();
        q.serialized("m", &map, Style::DeepObject);
        assert!(q.pairs().is_empty());
        assert!(
            q.error().is_some_and(|e| e.contains("`m`")),
            "{:?}",
            q.error()
        );
        let mut outer = QueryWriter::new();
        q.write_query(&mut outer);
        assert!(outer.error().is_some());
    }
}
