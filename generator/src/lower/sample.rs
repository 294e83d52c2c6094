//! Valid values for the generated contract cases: a property's or
//! parameter's `example` when the spec gives one (and its schema does not
//! reject it), otherwise a value built to
//! satisfy its schema's constraints (`pattern`, `minLength`/`maxLength`,
//! `minimum`/`maximum`/`multipleOf`, a string `format`, `minItems`), so
//! that a mock server validating requests accepts the call. A schema
//! without constraints gets no sample: the case builder's defaults
//! (`"string"`, `1`, `1.5`) satisfy it.
//!
//! The result is [`crate::ir::Field::example`] (and
//! [`crate::ir::PathParam::example`]), as JSON text.

use openapiv3::{ArrayType, IntegerType, NumberType, ReferenceOr, Schema, SchemaKind, StringType, Type, VariantOrUnknownOrEmpty};
use regex_syntax::hir::{Class, Hir, HirKind};
use serde_json::Value;

use super::Lowerer;

/// How many `$ref`s and nested schemas a sample follows.
const MAX_DEPTH: usize = 8;

impl<'a> Lowerer<'a> {
    /// The example of `schema` (the spec's, or one built from its
    /// constraints), as JSON text.
    pub(crate) fn sample(&self, schema: &ReferenceOr<Schema>) -> Option<String> {
        self.sample_value(self.resolve(schema)?, 0).map(|v| v.to_string())
    }

    /// Whether `schema` may accept `example` (see `may_accept`: `false` is certain).
    pub(crate) fn may_accept_example(&self, schema: &ReferenceOr<Schema>, example: &Value) -> bool {
        self.resolve(schema).is_none_or(|s| self.may_accept(s, example, 0))
    }

    /// As [`Lowerer::sample`], for a property's schema.
    pub(crate) fn property_sample(&self, schema: &ReferenceOr<Box<Schema>>) -> Option<String> {
        self.sample_of_ref(schema, 0).map(|v| v.to_string())
    }

    fn sample_of_ref(&self, schema: &ReferenceOr<Box<Schema>>, depth: usize) -> Option<Value> {
        self.sample_value(self.resolve_boxed(schema)?, depth + 1)
    }

    fn sample_value(&self, schema: &Schema, depth: usize) -> Option<Value> {
        if depth > MAX_DEPTH {
            return None;
        }
        // An example its own schema rejects (`format: uuid` with
        // `example: CON-f972...`) is no sample: a validating server would
        // refuse it too.
        if let Some(example) = schema.schema_data.example.as_ref().filter(|e| self.may_accept(schema, e, depth)) {
            return Some(example.clone());
        }
        match &schema.schema_kind {
            SchemaKind::Type(Type::String(t)) => {
                // The pattern's shortest match may miss the `format`
                // (`^(http|https)?://` gives `://`, no URI): then the
                // format's own sample, when the pattern takes it.
                let sample = string_sample(t).map(Value::String);
                let fits = |v: &Value| self.may_accept(schema, v, depth);
                match sample {
                    Some(v) if !fits(&v) && t.pattern.is_some() => {
                        let unpatterned = StringType { pattern: None, ..t.clone() };
                        string_sample(&unpatterned).map(Value::String).filter(|w| fits(w)).or(Some(v))
                    }
                    other => other,
                }
            }
            SchemaKind::Type(Type::Integer(t)) => integer_sample(t).map(Value::from),
            SchemaKind::Type(Type::Number(t)) => number_sample(t).map(Value::from),
            // `enum: [false]`: the one value allowed.
            SchemaKind::Type(Type::Boolean(t)) => t.enumeration.iter().flatten().next().map(|b| Value::Bool(*b)),
            SchemaKind::Type(Type::Array(t)) => {
                let item = t.items.as_ref().and_then(|items| {
                    self.sample_of_ref(items, depth).or_else(|| {
                        // Items the case builder would repeat (`["string", "string"]`)
                        // break `uniqueItems` and `maxItems: 1`; it builds one
                        // object item, which breaks `minItems: 2`. Placeholders
                        // (`{}` for an object, which it builds from the type) set the count.
                        let few = t.unique_items || t.max_items.is_some_and(|m| m < 2) || t.min_items.is_some_and(|m| m >= 2);
                        self.resolve_boxed(items).filter(|_| few).and_then(default_value)
                    })
                });
                array_sample(t, item)
            }
            // `allOf: [{$ref: <a constrained string>}, {description: ...}]`.
            SchemaKind::AllOf { all_of } => all_of.iter().find_map(|part| self.sample_value(self.resolve(part)?, depth + 1)),
            SchemaKind::OneOf { one_of } => self.one_of_sample(one_of, depth),
            _ => None,
        }
    }

    /// The schema itself, or the component a `$ref` names.
    fn resolve<'s>(&'s self, schema: &'s ReferenceOr<Schema>) -> Option<&'s Schema> {
        match schema {
            ReferenceOr::Item(s) => Some(s),
            ReferenceOr::Reference { reference } => Some(self.referenced_schema(reference)?.0),
        }
    }

    /// As [`Self::resolve`], for the boxed schemas of properties and items.
    fn resolve_boxed<'s>(&'s self, schema: &'s ReferenceOr<Box<Schema>>) -> Option<&'s Schema> {
        match schema {
            ReferenceOr::Item(s) => Some(s),
            ReferenceOr::Reference { reference } => Some(self.referenced_schema(reference)?.0),
        }
    }

    /// A value of exactly one branch, as `oneOf` demands: each branch's
    /// sample (or the case builder's default for its type) in order, the
    /// first that no other branch may accept. `oneOf: [id (integer),
    /// UUIDv4, shortUUID (any string)]` gets the short UUID's example: `1`
    /// would also be a string, a UUID also a short UUID. `None` when no
    /// candidate is known to be exclusive (the case builder then takes the
    /// first branch).
    fn one_of_sample(&self, branches: &'a [ReferenceOr<Schema>], depth: usize) -> Option<Value> {
        let branches: Vec<&Schema> = branches.iter().map(|b| self.resolve(b)).collect::<Option<_>>()?;
        branches.iter().enumerate().find_map(|(i, branch)| {
            let candidate = self.sample_value(branch, depth + 1).or_else(|| default_value(branch))?;
            let exclusive = branches.iter().enumerate().all(|(j, other)| j == i || !self.may_accept(other, &candidate, depth + 1));
            exclusive.then_some(candidate)
        })
    }

    /// Whether `schema` may accept `value`, as a parameter (whose text a
    /// validator may read as a number or a boolean). `true` where it
    /// cannot tell (a `pattern`, a composition, a `format` it does not
    /// know), so that `false` is certain.
    fn may_accept(&self, schema: &Schema, value: &Value, depth: usize) -> bool {
        if depth > MAX_DEPTH {
            return true;
        }
        let text = match value {
            Value::String(s) => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            Value::Bool(b) => Some(b.to_string()),
            _ => None,
        };
        match &schema.schema_kind {
            SchemaKind::Type(Type::String(t)) => {
                let Some(text) = text else { return false };
                let values: Vec<&String> = t.enumeration.iter().flatten().collect();
                let length = text.chars().count();
                let format_fits = match &t.format {
                    VariantOrUnknownOrEmpty::Unknown(f) => format_may_accept(f, &text),
                    VariantOrUnknownOrEmpty::Item(openapiv3::StringFormat::DateTime) => text.len() >= 20 && text.as_bytes()[4] == b'-',
                    VariantOrUnknownOrEmpty::Item(openapiv3::StringFormat::Date) => text.len() == 10 && text.as_bytes()[4] == b'-',
                    _ => true,
                };
                (values.is_empty() || values.contains(&&text))
                    && t.min_length.is_none_or(|min| length >= min)
                    && t.max_length.is_none_or(|max| length <= max)
                    && format_fits
                    && t.pattern.as_deref().is_none_or(|p| self.pattern_may_match(p, &text))
            }
            SchemaKind::Type(Type::Integer(t)) => {
                let Some(n) = text.and_then(|t| t.parse::<i64>().ok()) else { return false };
                let values: Vec<i64> = t.enumeration.iter().flatten().copied().collect();
                (values.is_empty() || values.contains(&n))
                    && t.minimum.is_none_or(|m| if t.exclusive_minimum { n > m } else { n >= m })
                    && t.maximum.is_none_or(|m| if t.exclusive_maximum { n < m } else { n <= m })
            }
            SchemaKind::Type(Type::Number(t)) => {
                let Some(n) = text.and_then(|t| t.parse::<f64>().ok()) else { return false };
                t.minimum.is_none_or(|m| if t.exclusive_minimum { n > m } else { n >= m })
                    && t.maximum.is_none_or(|m| if t.exclusive_maximum { n < m } else { n <= m })
            }
            SchemaKind::Type(Type::Boolean(_)) => matches!(text.as_deref(), Some("true" | "false")),
            SchemaKind::Type(Type::Object(_)) => value.is_object(),
            SchemaKind::Type(Type::Array(_)) => value.is_array(),
            SchemaKind::OneOf { one_of: parts } | SchemaKind::AnyOf { any_of: parts } => {
                parts.iter().any(|p| self.resolve(p).is_none_or(|p| self.may_accept(p, value, depth + 1)))
            }
            SchemaKind::AllOf { all_of } => all_of.iter().all(|p| self.resolve(p).is_none_or(|p| self.may_accept(p, value, depth + 1))),
            _ => true,
        }
    }
}

impl Lowerer<'_> {
    /// Whether `text` matches `pattern` as JSON Schema reads it (anywhere
    /// in the string); `true` when `regex-lite` cannot read the pattern.
    fn pattern_may_match(&self, pattern: &str, text: &str) -> bool {
        let mut patterns = self.patterns.borrow_mut();
        let compiled = patterns.entry(pattern.to_owned()).or_insert_with(|| regex_lite::Regex::new(pattern).ok());
        compiled.as_ref().is_none_or(|re| re.is_match(text))
    }
}

/// The value the contract-case builder uses for a schema without a sample
/// (`"string"`, `1`, `1.5`, `true`; `{}` for an object, whose value it
/// builds from the type).
fn default_value(schema: &Schema) -> Option<Value> {
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(_)) => Some(Value::from("string")),
        SchemaKind::Type(Type::Integer(_)) => Some(Value::from(1)),
        SchemaKind::Type(Type::Number(_)) => Some(Value::from(1.5)),
        SchemaKind::Type(Type::Boolean(_)) => Some(Value::Bool(true)),
        SchemaKind::Type(Type::Object(_)) | SchemaKind::AllOf { .. } | SchemaKind::Any(_) => Some(Value::Object(Default::default())),
        _ => None,
    }
}

/// Whether `text` may be of string `format`: the formats whose shape is
/// simple to tell (`uuid`, `email`, `uri`, ...); `true` for any other.
fn format_may_accept(format: &str, text: &str) -> bool {
    match format.to_ascii_lowercase().as_str() {
        "uuid" | "guid" => {
            let groups: Vec<&str> = text.split('-').collect();
            groups.iter().map(|g| g.len()).eq([8, 4, 4, 4, 12]) && groups.iter().all(|g| g.chars().all(|c| c.is_ascii_hexdigit()))
        }
        "email" | "idn-email" => text.contains('@'),
        // An absolute URI starts with its scheme: `letter *(letter / digit / "+" / "-" / ".") ":"`.
        "uri" | "url" | "iri" => text.split_once(':').is_some_and(|(scheme, _)| {
            scheme.starts_with(|c: char| c.is_ascii_alphabetic()) && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        }),
        "ipv4" => text.split('.').count() == 4 && text.split('.').all(|o| o.parse::<u8>().is_ok()),
        _ => true,
    }
}

/// A string satisfying `t`'s `pattern`, lengths and `format`; `None` when
/// it has none of them.
fn string_sample(t: &StringType) -> Option<String> {
    // The first non-empty value (an empty one cannot be a path segment).
    let values: Vec<&String> = t.enumeration.iter().flatten().collect();
    if let Some(first) = values.iter().find(|v| !v.is_empty()).or(values.first()) {
        return Some((*first).clone());
    }
    let format = match &t.format {
        VariantOrUnknownOrEmpty::Unknown(f) => format_sample(f),
        VariantOrUnknownOrEmpty::Item(openapiv3::StringFormat::Byte) => Some("c2FtcGxl"),
        _ => None,
    };
    if t.pattern.is_none() && t.min_length.is_none() && t.max_length.is_none() && format.is_none() {
        return None;
    }
    let min = t.min_length.unwrap_or(0);
    let max = t.max_length.unwrap_or(usize::MAX).max(min);
    if let Some(pattern) = &t.pattern {
        if let Some(s) = pattern_sample(pattern, min) {
            return Some(s);
        }
    }
    let base = format.unwrap_or("string");
    let mut s: String = base.chars().take(max).collect();
    while s.chars().count() < min {
        s.push('x');
    }
    Some(s)
}

/// A value of a well-known string `format` (`email`, `uuid`, `uri`, ...).
fn format_sample(format: &str) -> Option<&'static str> {
    Some(match format.to_ascii_lowercase().as_str() {
        "email" | "idn-email" => "user@example.com",
        "uuid" | "guid" => "3fa85f64-5717-4562-b3fc-2c963f66afa6",
        "uri" | "url" | "iri" | "uri-reference" | "iri-reference" => "https://example.com/",
        "hostname" | "idn-hostname" => "example.com",
        "ipv4" => "192.0.2.1",
        "ipv6" => "2001:db8::1",
        "time" => "12:00:00Z",
        "duration" => "PT1M",
        _ => return None,
    })
}

/// The shortest string matching `pattern` (as a regular expression that
/// must match the whole string) that is at least `min` characters long,
/// when the pattern parses and such a string can be built.
///
/// Negative lookarounds (`(?!-)`, `(?<!\.)`), which no regular expression
/// engine here reads, are set aside: the sample is built from the rest and
/// kept only if what each of them forbids matches nowhere in it, so that
/// it holds wherever the lookaround stood. A positive lookaround gives no sample.
fn pattern_sample(pattern: &str, min: usize) -> Option<String> {
    let (rest, forbidden) = without_negative_lookarounds(pattern)?;
    let sample = regular_sample(&rest, min)?;
    let allowed = forbidden.iter().all(|f| regex_lite::Regex::new(f).is_ok_and(|re| !re.is_match(&sample)));
    allowed.then_some(sample)
}

/// `pattern` without its negative lookaround groups, and their contents;
/// `None` when the groups do not balance.
fn without_negative_lookarounds(pattern: &str) -> Option<(String, Vec<String>)> {
    let mut rest = String::with_capacity(pattern.len());
    let mut forbidden = Vec::new();
    let mut chars = pattern.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let tail = &pattern[at..];
        let opener = ["(?!", "(?<!"].into_iter().find(|o| tail.starts_with(o));
        match (c, opener) {
            ('\\', _) => {
                rest.push(c);
                if let Some((_, escaped)) = chars.next() {
                    rest.push(escaped);
                }
            }
            ('(', Some(opener)) => {
                let body_start = at + opener.len();
                let body_end = group_end(pattern, body_start)?;
                forbidden.push(pattern[body_start..body_end].to_owned());
                while chars.peek().is_some_and(|(i, _)| *i <= body_end) {
                    chars.next();
                }
            }
            _ => rest.push(c),
        }
    }
    Some((rest, forbidden))
}

/// The byte index of the `)` that closes the group whose contents start
/// at `start` (escapes, classes and nested groups skipped).
fn group_end(pattern: &str, start: usize) -> Option<usize> {
    let (mut depth, mut in_class, mut escaped) = (0usize, false, false);
    for (i, c) in pattern[start..].char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '[' if !in_class => in_class = true,
            ']' if in_class => in_class = false,
            '(' if !in_class => depth += 1,
            ')' if !in_class && depth == 0 => return Some(start + i),
            ')' if !in_class => depth -= 1,
            _ => {}
        }
    }
    None
}

/// [`pattern_sample`] for a pattern `regex-syntax` reads.
fn regular_sample(pattern: &str, min: usize) -> Option<String> {
    let hir = regex_syntax::ParserBuilder::new().build().parse(pattern).ok()?;
    let mut out = String::new();
    let mut extra = 0;
    write_match(&hir, &mut out, &mut extra)?;
    let short = min.saturating_sub(out.chars().count());
    if short == 0 {
        return Some(out);
    }
    // Again, with the first unbounded repetition taking the missing characters.
    let mut out = String::new();
    let mut extra = short;
    write_match(&hir, &mut out, &mut extra)?;
    (out.chars().count() >= min).then_some(out)
}

/// Appends a shortest match of `hir` to `out`; the first repetition that
/// may grow takes `extra` more rounds.
fn write_match(hir: &Hir, out: &mut String, extra: &mut usize) -> Option<()> {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Some(()),
        HirKind::Literal(literal) => {
            out.push_str(std::str::from_utf8(&literal.0).ok()?);
            Some(())
        }
        HirKind::Class(class) => {
            out.push(class_char(class)?);
            Some(())
        }
        HirKind::Repetition(rep) => {
            let mut count = rep.min;
            let room = rep.max.map_or(usize::MAX, |max| (max - rep.min) as usize);
            if *extra > 0 && room > 0 {
                let take = (*extra).min(room);
                count += u32::try_from(take).ok()?;
                *extra -= take;
            }
            for _ in 0..count {
                write_match(&rep.sub, out, extra)?;
            }
            Some(())
        }
        HirKind::Capture(capture) => write_match(&capture.sub, out, extra),
        HirKind::Concat(parts) => parts.iter().try_for_each(|p| write_match(p, out, extra)),
        HirKind::Alternation(branches) => write_match(branches.first()?, out, extra),
    }
}

/// A readable member of a character class: a letter or digit when it has
/// one, else its first printable character.
fn class_char(class: &Class) -> Option<char> {
    let chars: Vec<(char, char)> = match class {
        Class::Unicode(c) => c.ranges().iter().map(|r| (r.start(), r.end())).collect(),
        Class::Bytes(c) => c.ranges().iter().map(|r| (char::from(r.start()), char::from(r.end()))).collect(),
    };
    for wanted in ['a', 'A', '0'] {
        let span = if wanted == '0' { '0'..='9' } else if wanted == 'a' { 'a'..='z' } else { 'A'..='Z' };
        for (start, end) in &chars {
            if let Some(c) = span.clone().find(|c| (start..=end).contains(&c)) {
                return Some(c);
            }
        }
    }
    chars.iter().flat_map(|(start, end)| *start..=*end).take(256).find(|c| c.is_ascii_graphic())
}

/// An integer within `t`'s bounds and a multiple of its `multipleOf`.
fn integer_sample(t: &IntegerType) -> Option<i64> {
    if let Some(Some(first)) = t.enumeration.first() {
        return Some(*first);
    }
    if t.minimum.is_none() && t.maximum.is_none() && t.multiple_of.is_none() {
        return None;
    }
    let lo = t.minimum.map(|m| if t.exclusive_minimum { m.saturating_add(1) } else { m });
    let hi = t.maximum.map(|m| if t.exclusive_maximum { m.saturating_sub(1) } else { m });
    let mut v = 1i64.max(lo.unwrap_or(i64::MIN)).min(hi.unwrap_or(i64::MAX));
    if let Some(step) = t.multiple_of.filter(|s| *s > 0) {
        let up = v.div_euclid(step).saturating_add(i64::from(v.rem_euclid(step) != 0)).saturating_mul(step);
        v = if hi.is_some_and(|h| up > h) { v.div_euclid(step).saturating_mul(step) } else { up };
    }
    Some(v)
}

/// A number within `t`'s bounds and a multiple of its `multipleOf`; a
/// whole one when its `format` names an integer (`int32`, `int64`), which
/// validators check.
fn number_sample(t: &NumberType) -> Option<f64> {
    if let Some(Some(first)) = t.enumeration.first() {
        return Some(*first);
    }
    let whole = matches!(&t.format, VariantOrUnknownOrEmpty::Unknown(f) if f.starts_with("int") || f.starts_with("uint"));
    if t.minimum.is_none() && t.maximum.is_none() && t.multiple_of.is_none() {
        return whole.then_some(1.0);
    }
    let step = match t.multiple_of.filter(|s| *s > 0.0) {
        Some(s) if whole => Some(s.max(1.0).ceil()),
        Some(s) => Some(s),
        None if whole => Some(1.0),
        None => None,
    };
    let nudge = step.unwrap_or(1.0);
    let lo = t.minimum.map(|m| if t.exclusive_minimum { m + nudge } else { m });
    let hi = t.maximum.map(|m| if t.exclusive_maximum { m - nudge } else { m });
    let mut v = 1.0f64.max(lo.unwrap_or(f64::MIN)).min(hi.unwrap_or(f64::MAX));
    if let (Some(lo), Some(hi)) = (lo, hi) {
        if lo > hi {
            // Only an exclusive pair this narrow: the middle.
            v = (t.minimum.unwrap_or(lo) + t.maximum.unwrap_or(hi)) / 2.0;
        }
    }
    if let Some(step) = step {
        let up = (v / step).ceil() * step;
        v = if hi.is_some_and(|h| up > h) { (v / step).floor() * step } else { up };
    }
    v.is_finite().then_some(v)
}

/// Copies of the item's sample, or `None` when the items have none: two (a
/// mock server may not read one repeated query value as an array), but one
/// when the items must be unique, at least `minItems` and at most
/// `maxItems` (and at least one).
fn array_sample(t: &ArrayType, item: Option<Value>) -> Option<Value> {
    let item = item?;
    let wanted = if t.unique_items { 1 } else { 2 };
    let count = wanted.max(t.min_items.unwrap_or(0)).min(t.max_items.unwrap_or(usize::MAX)).max(1);
    Some(Value::Array(vec![item; count]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_get_a_shortest_full_match_of_at_least_min_length() {
        assert_eq!(pattern_sample(r"\$LATEST|[0-9]+", 0).as_deref(), Some("$LATEST"));
        assert_eq!(pattern_sample(r"^[0-9a-zA-Z]+$", 0).as_deref(), Some("a"));
        assert_eq!(pattern_sample(r"^arn:[\w\-]+:iam::[\d]{12}:role/.+$", 20).as_deref(), Some("arn:a:iam::000000000000:role/a"));
        assert_eq!(pattern_sample(r"^[a-z]{2,}$", 5).as_deref(), Some("aaaaa"));
        assert_eq!(pattern_sample(r"^[0-9A-Fa-f]{8}-([0-9A-Fa-f]{4}-){3}[0-9A-Fa-f]{12}$", 0).as_deref(), Some("aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa"));
        // A positive lookaround is not a regular expression: no sample.
        assert_eq!(pattern_sample(r"^(?=a)a$", 0), None);
        // A negative one holds when what it forbids is nowhere in the sample.
        let email = r"^.+@(?:(?:(?!-)[A-Za-z0-9-]{1,62})?[A-Za-z0-9]{1}\.)+[A-Za-z]{2,63}$";
        assert_eq!(pattern_sample(email, 0).as_deref(), Some("a@a.aa"));
        assert_eq!(pattern_sample(r"^(?!\()[a-z(]+(?<!x)$", 0).as_deref(), Some("a"));
        // Else no sample: `-` is what the lookahead forbids, and the only character allowed.
        assert_eq!(pattern_sample(r"^(?!-)-$", 0), None);
        assert_eq!(pattern_sample(r"^(?!a", 0), None);
    }

    #[test]
    fn strings_meet_their_lengths_and_formats() {
        let t = |min, max, format: &str| StringType {
            min_length: min,
            max_length: max,
            format: if format.is_empty() { VariantOrUnknownOrEmpty::Empty } else { VariantOrUnknownOrEmpty::Unknown(format.to_owned()) },
            ..StringType::default()
        };
        assert_eq!(string_sample(&t(None, None, "")), None);
        assert_eq!(string_sample(&t(Some(10), None, "")).as_deref(), Some("stringxxxx"));
        assert_eq!(string_sample(&t(None, Some(3), "")).as_deref(), Some("str"));
        assert_eq!(string_sample(&t(None, None, "email")).as_deref(), Some("user@example.com"));
    }

    #[test]
    fn numbers_stay_within_bounds_and_steps() {
        let int = |minimum, maximum, exclusive, multiple_of| IntegerType {
            minimum,
            maximum,
            exclusive_minimum: exclusive,
            exclusive_maximum: exclusive,
            multiple_of,
            ..IntegerType::default()
        };
        assert_eq!(integer_sample(&int(None, None, false, None)), None);
        assert_eq!(integer_sample(&int(Some(5), None, false, None)), Some(5));
        assert_eq!(integer_sample(&int(Some(5), None, true, None)), Some(6));
        assert_eq!(integer_sample(&int(None, Some(-3), false, None)), Some(-3));
        assert_eq!(integer_sample(&int(Some(2), Some(100), false, Some(7))), Some(7));
        let num = |minimum, maximum| NumberType { minimum, maximum, ..NumberType::default() };
        assert_eq!(number_sample(&num(Some(0.0), Some(0.5))), Some(0.5));
        assert_eq!(number_sample(&num(Some(3.5), None)), Some(3.5));
        let whole = |minimum, maximum| NumberType { format: VariantOrUnknownOrEmpty::Unknown("int32".to_owned()), ..num(minimum, maximum) };
        assert_eq!(number_sample(&whole(None, None)), Some(1.0), "a number of format int32 is sampled whole");
        assert_eq!(number_sample(&whole(Some(3.5), Some(10.0))), Some(4.0));
    }
}
