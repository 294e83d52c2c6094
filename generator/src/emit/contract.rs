//! `contract/cases.rs` of the generated crate: one contract case per
//! operation, calling the generated method with values taken from the spec
//! (`example` values where it has them, otherwise valid values built from
//! the schema: enum members, fixed timestamps, ids). The root package's
//! contract suite `include!`s it and runs every case against Prism.
//!
//! Each case has two calls: only the required parameters, and every
//! optional parameter and body field set (some nullable ones as `null`).

use std::collections::HashMap;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

use crate::ir::{Access, BodyKind, Field, Ir, Location, Operation, ResponseFormat, SecuritySchemeKind, TypeDef, TypeKind, TypeRef};

/// How deep optional fields are filled in the "all" call (recursive types
/// would otherwise never end).
const MAX_DEPTH: usize = 4;

/// The key of the one entry a case puts in a map or free-form object:
/// Swagger's placeholder name. A form-exploded map writes its keys beside
/// the other query parameters, so a plain `key` would collide with a
/// parameter named `key`, which a server then reads as a list.
const MAP_KEY: &str = "additionalProp1";

struct Builder<'a> {
    types: HashMap<&'a str, &'a TypeDef>,
    lib: proc_macro2::Ident,
}

impl<'a> Builder<'a> {
    fn value(&self, ty: &TypeRef, example: Option<&str>, all: bool, depth: usize) -> TokenStream {
        if depth > 3 * MAX_DEPTH {
            // Only a required chain of recursive types gets here; an empty
            // collection ends it (a type that is nothing but required
            // self-containment has no finite value at all).
            return quote!(Default::default());
        }
        let example: Option<Value> = example.and_then(|e| serde_json::from_str(e).ok());
        let lib = &self.lib;
        match ty {
            TypeRef::String => {
                let s = match &example {
                    Some(Value::String(s)) => s.clone(),
                    _ => "string".to_owned(),
                };
                quote!(#s.to_owned())
            }
            TypeRef::Integer => {
                let n = example.as_ref().and_then(Value::as_i64).unwrap_or(1);
                quote!(#n)
            }
            TypeRef::UnsignedInteger => {
                let n = example.as_ref().and_then(Value::as_u64).unwrap_or(1);
                quote!(#n)
            }
            TypeRef::Number => {
                let n = example.as_ref().and_then(Value::as_f64).unwrap_or(1.5);
                quote!(#n)
            }
            TypeRef::Boolean => {
                let b = example.as_ref().and_then(Value::as_bool).unwrap_or(true);
                quote!(#b)
            }
            TypeRef::DateTime => quote!(chrono::DateTime::<chrono::Utc>::from_timestamp(1_701_406_800, 401_000_000).expect("a valid timestamp")),
            TypeRef::Date => quote!(chrono::NaiveDate::from_ymd_opt(2023, 12, 1).expect("a valid date")),
            TypeRef::Bytes => quote!(bytes::Bytes::from_static(b"contract test bytes")),
            TypeRef::Json => quote!(serde_json::Value::from("value")),
            TypeRef::JsonObject => {
                if all {
                    quote!(serde_json::Map::from_iter([(#MAP_KEY.to_owned(), serde_json::Value::from("value"))]))
                } else {
                    quote!(serde_json::Map::new())
                }
            }
            TypeRef::Array(inner) => match &example {
                // The example's own items: the spec's example, or the sample
                // (which keeps `uniqueItems`, `minItems` and `maxItems`).
                Some(Value::Array(items)) if !items.is_empty() => {
                    let values = items.iter().map(|item| self.value(inner, Some(&item.to_string()), all, depth + 1));
                    quote!(Vec::from([#(#values),*]))
                }
                // Two scalar items: a mock server may not read a single
                // repeated query value as an array. One of anything else
                // (two equal objects would break `uniqueItems`).
                _ if self.is_scalar(inner) => {
                    let item = self.value(inner, None, all, depth + 1);
                    quote!(Vec::from([#item, #item]))
                }
                _ => {
                    let item = self.value(inner, None, all, depth + 1);
                    quote!(Vec::from([#item]))
                }
            },
            TypeRef::Nullable(inner) => {
                let item = self.value(inner, example.as_ref().map(Value::to_string).as_deref(), all, depth + 1);
                quote!(Some(#item))
            }
            TypeRef::Map(inner) => {
                let item = self.value(inner, None, all, depth + 1);
                quote!(std::collections::BTreeMap::from([(#MAP_KEY.to_owned(), #item)]))
            }
            TypeRef::Named(name) => {
                let ident = format_ident!("{}", name);
                let Some(t) = self.types.get(name.as_str()) else { return quote!(Default::default()) };
                match &t.kind {
                    TypeKind::Enum { values, .. } => {
                        let wire = enum_case_value(values, example.as_ref()).unwrap_or_default();
                        quote!(#lib::types::#ident::from_wire(#wire))
                    }
                    TypeKind::Struct { fields, min_properties } => self.struct_value(t, fields, *min_properties, all, depth),
                    // The example (a `oneOf` sample is a value of exactly one
                    // branch) goes to the first variant that can hold it.
                    TypeKind::Untagged { variants } if example.is_some() => {
                        let example = example.as_ref().map(Value::to_string);
                        let fits = variants.iter().position(|v| example.as_deref().is_some_and(|e| self.holds(&v.ty, e)));
                        match fits.or((!variants.is_empty()).then_some(0)) {
                            Some(i) => {
                                let v = &variants[i];
                                let vi = format_ident!("{}", v.ident);
                                let extra = self.exclusive_extras(variants, i, all && depth + 1 < MAX_DEPTH).unwrap_or_default();
                                let inner = self.variant_value(v, example.as_deref().filter(|_| fits.is_some()), &extra, all, depth + 1);
                                quote!(#lib::types::#ident::#vi(#inner))
                            }
                            None => quote!(Default::default()),
                        }
                    }
                    TypeKind::Tagged { .. } | TypeKind::Untagged { .. } => match self.built_variant(&t.kind, all && depth + 1 < MAX_DEPTH) {
                        Some((v, extra)) => {
                            let vi = format_ident!("{}", v.ident);
                            let inner = self.variant_value(v, None, &extra, all, depth + 1);
                            quote!(#lib::types::#ident::#vi(#inner))
                        }
                        None => quote!(Default::default()),
                    },
                    TypeKind::Alias { constant: Some(c), .. } => quote!(#c.to_owned()),
                    TypeKind::Alias { target, constant: None } => {
                        self.value(target, example.map(|e| e.to_string()).as_deref(), all, depth)
                    }
                }
            }
        }
    }

    /// The struct behind `ty`, if it names one.
    fn struct_fields(&self, ty: &TypeRef) -> Option<(&'a [Field], usize)> {
        match ty {
            TypeRef::Named(name) => match &self.types.get(name.as_str())?.kind {
                TypeKind::Struct { fields, min_properties } => Some((fields.as_slice(), *min_properties)),
                _ => None,
            },
            _ => None,
        }
    }

    /// The wire names of the properties the case's value of a struct sets
    /// (see [`Self::struct_value`]): the required ones, then either every
    /// field a request may set (`all`) or as many as `minProperties` asks.
    fn sent_names(fields: &[Field], min_properties: usize, all: bool) -> Vec<&str> {
        let mut names: Vec<&str> = fields.iter().filter(|f| f.required).map(|f| f.name.as_str()).collect();
        let optional = super::types::setters(fields).into_iter().filter(|s| s.field.access != Access::ReadOnly && !s.field.flatten);
        let wanted = if all { usize::MAX } else { min_properties.saturating_sub(names.len()) };
        names.extend(optional.take(wanted).map(|s| s.field.name.as_str()));
        names
    }

    /// Whether the `oneOf` branch `ty` certainly rejects the case's value
    /// of the struct `sent` (which sets exactly `names`): a struct missing
    /// one of its required (and not read-only) properties, or holding
    /// another constant in a property both set (`override_type: standard`
    /// against `rev_share`); a scalar or array type.
    fn rejects_object(&self, ty: &TypeRef, sent: &[Field], names: &[&str]) -> bool {
        if let Some((fields, _)) = self.struct_fields(ty) {
            let missing = fields.iter().any(|f| f.required && f.access != Access::ReadOnly && !names.contains(&f.name.as_str()));
            let other_constant = fields.iter().any(|f| {
                let theirs = sent.iter().find(|s| s.name == f.name).and_then(|s| s.constant.as_ref());
                matches!((&f.constant, theirs), (Some(a), Some(b)) if a != b)
            });
            return missing || other_constant;
        }
        matches!(ty, TypeRef::Array(_)) || self.is_scalar(ty)
    }

    /// The variant of an untagged union (a `oneOf`) a case builds: the
    /// first struct variant whose value every other variant rejects, as
    /// `oneOf` demands exactly one match (`{type, number}` of a phone
    /// endpoint is also a SIP endpoint that requires only `type`; the SIP
    /// endpoint's `{type}` is no phone endpoint). Otherwise the first,
    /// unless it is a scalar of a JSON kind another variant shares (any
    /// string fits both `{type: string}` and `{type: string, format:
    /// datetime}`): then the first scalar variant of a kind no other
    /// variant has (a boolean).
    ///
    /// A struct variant also counts as exclusive when the branches that
    /// would accept its value each give one of its optional fields another
    /// set of enum values (`type: ach` against `type: directdebit_GB`): the
    /// case then sets those fields too, and they are returned with it.
    fn case_variant<'v>(&self, variants: &'v [crate::ir::Variant], all: bool) -> Option<(&'v crate::ir::Variant, Vec<&'a str>)> {
        let exclusive = variants.iter().enumerate().find_map(|(i, v)| Some((v, self.exclusive_extras(variants, i, all)?)));
        if exclusive.is_some() {
            return exclusive;
        }
        let unique_kind = |i: usize, v: &crate::ir::Variant| {
            let kind = self.scalar_kind(&v.ty);
            kind.is_some() && variants.iter().enumerate().all(|(j, other)| j == i || self.scalar_kind(&other.ty) != kind)
        };
        let chosen = match variants.first() {
            Some(first) if self.scalar_kind(&first.ty).is_some() && !unique_kind(0, first) => {
                variants.iter().enumerate().find(|(i, v)| unique_kind(*i, v)).map(|(_, v)| v).or(Some(first))
            }
            first => first,
        };
        chosen.map(|v| (v, Vec::new()))
    }

    /// When every other variant rejects the case's value of the struct
    /// variant `i` (given the separating fields it also sets), those fields;
    /// `None` when some variant may accept it, or `i` is no struct.
    fn exclusive_extras(&self, variants: &[crate::ir::Variant], i: usize, all: bool) -> Option<Vec<&'a str>> {
        let (fields, min_properties) = self.struct_fields(&variants.get(i)?.ty)?;
        let mut names = Self::sent_names(fields, min_properties, all);
        let mut extra: Vec<&'a str> = Vec::new();
        for (j, other) in variants.iter().enumerate() {
            if j == i || self.rejects_object(&other.ty, fields, &names) {
                continue;
            }
            if extra.iter().any(|name| self.refuses(fields, name, &other.ty)) {
                continue;
            }
            let separating = fields
                .iter()
                .filter(|f| !f.required && f.access != Access::ReadOnly && !names.contains(&f.name.as_str()))
                .map(|f| f.name.as_str())
                .find(|name| self.refuses(fields, name, &other.ty))?;
            names.push(separating);
            extra.push(separating);
        }
        Some(extra)
    }

    /// The case's value of the union variant `v`, setting `extra` optional
    /// fields too when it is a struct (see [`Self::case_variant`]).
    fn variant_value(&self, v: &crate::ir::Variant, example: Option<&str>, extra: &[&str], all: bool, depth: usize) -> TokenStream {
        if let (TypeRef::Named(name), Some((fields, min_properties))) = (&v.ty, self.struct_fields(&v.ty)) {
            if let Some(def) = self.types.get(name.as_str()).filter(|_| !extra.is_empty()) {
                return self.struct_value_with(def, fields, min_properties, all, depth, extra);
            }
        }
        self.value(&v.ty, example, all, depth)
    }

    /// Whether the struct `other` refuses the case's value of the field
    /// `name` of `fields` (an enum's value, or a constant): its field of
    /// that name has its own enum or constant, without that value.
    fn refuses(&self, fields: &[Field], name: &str, other: &TypeRef) -> bool {
        let Some((theirs, _)) = self.struct_fields(other) else { return false };
        let Some(sent) = fields.iter().find(|f| f.name == name).and_then(|f| self.fixed_values(f)).map(|(sent, _)| sent) else {
            return false;
        };
        theirs.iter().find(|t| t.name == name).and_then(|t| self.fixed_values(t)).is_some_and(|(_, allowed)| !allowed.contains(&sent.as_str()))
    }

    /// For a field that is a constant or a string enum: the value the case
    /// sends, and every value the field allows.
    fn fixed_values<'f>(&'f self, f: &'f Field) -> Option<(String, Vec<&'f str>)> {
        if let Some(c) = &f.constant {
            return Some((c.clone(), vec![c.as_str()]));
        }
        let TypeRef::Named(name) = &f.ty else { return None };
        let Some(TypeKind::Enum { values, .. }) = self.types.get(name.as_str()).map(|t| &t.kind) else { return None };
        let example = f.example.as_deref().and_then(|e| serde_json::from_str::<Value>(e).ok());
        let sent = enum_case_value(values, example.as_ref())?;
        Some((sent, values.iter().map(|v| v.value.as_str()).collect()))
    }

    /// The JSON kind of the case builder's value of a scalar `ty` (see
    /// [`Self::is_scalar`]): a string, a number (integers are numbers
    /// too), or a boolean; `None` for anything else.
    fn scalar_kind(&self, ty: &TypeRef) -> Option<ScalarKind> {
        match ty {
            TypeRef::String | TypeRef::DateTime | TypeRef::Date | TypeRef::Json => Some(ScalarKind::String),
            TypeRef::Integer | TypeRef::UnsignedInteger | TypeRef::Number => Some(ScalarKind::Number),
            TypeRef::Boolean => Some(ScalarKind::Boolean),
            TypeRef::Named(name) => match self.types.get(name.as_str()).map(|t| &t.kind) {
                Some(TypeKind::Enum { .. }) => Some(ScalarKind::String),
                Some(TypeKind::Alias { target, constant: None }) if !matches!(target, TypeRef::Named(_)) => self.scalar_kind(target),
                _ => None,
            },
            _ => None,
        }
    }

    /// The variant a case builds of a union `kind`: a tagged union's
    /// first, an untagged one's [`Self::case_variant`].
    fn built_variant<'v>(&self, kind: &'v TypeKind, all: bool) -> Option<(&'v crate::ir::Variant, Vec<&'a str>)> {
        match kind {
            TypeKind::Untagged { variants } => self.case_variant(variants, all),
            TypeKind::Tagged { variants, .. } => variants.first().map(|v| (v, Vec::new())),
            _ => None,
        }
    }

    /// Whether the case builder's value of `ty` is a string, number or
    /// boolean: those types (through aliases), dates, string enums, and
    /// untyped JSON (built as the string `"value"`).
    fn is_scalar(&self, ty: &TypeRef) -> bool {
        match ty {
            TypeRef::String | TypeRef::Integer | TypeRef::UnsignedInteger | TypeRef::Number | TypeRef::Boolean => true,
            TypeRef::DateTime | TypeRef::Date | TypeRef::Json => true,
            TypeRef::Named(name) => match self.types.get(name.as_str()).map(|t| &t.kind) {
                Some(TypeKind::Enum { .. }) => true,
                Some(TypeKind::Alias { target, constant: None }) if !matches!(target, TypeRef::Named(_)) => self.is_scalar(target),
                _ => false,
            },
            _ => false,
        }
    }

    /// Whether a value of `ty` can be the JSON `example` (its kind: a
    /// string, an integer, ...; through aliases).
    fn holds(&self, ty: &TypeRef, example: &str) -> bool {
        let Ok(example) = serde_json::from_str::<Value>(example) else { return false };
        let mut ty = ty;
        for _ in 0..8 {
            match ty {
                TypeRef::Named(name) => match self.types.get(name.as_str()).map(|t| &t.kind) {
                    Some(TypeKind::Alias { target, constant: None }) => ty = target,
                    Some(TypeKind::Enum { values, .. }) => return example.as_str().is_some_and(|e| values.iter().any(|v| v.value == e)),
                    Some(TypeKind::Struct { .. }) => return example.is_object(),
                    _ => return false,
                },
                TypeRef::Nullable(inner) => ty = inner,
                TypeRef::String => return example.is_string(),
                TypeRef::Integer => return example.is_i64(),
                TypeRef::UnsignedInteger => return example.is_u64(),
                TypeRef::Number => return example.is_number(),
                TypeRef::Boolean => return example.is_boolean(),
                TypeRef::Array(_) => return example.is_array(),
                TypeRef::Map(_) | TypeRef::JsonObject => return example.is_object(),
                _ => return false,
            }
        }
        false
    }

    /// A value built as users build one: `new(required fields)`, then in
    /// the "all" call one setter per optional field (scalar tri-state
    /// fields alternate value / `null`), in the other call as many as
    /// `min_properties` asks for beyond the required ones.
    fn struct_value(&self, t: &TypeDef, fields: &[Field], min_properties: usize, all: bool, depth: usize) -> TokenStream {
        self.struct_value_with(t, fields, min_properties, all, depth, &[])
    }

    /// [`Self::struct_value`], also setting the optional fields named in
    /// `extra` where it sets only some (a union variant's separating
    /// fields, see [`Self::case_variant`]).
    fn struct_value_with(
        &self,
        t: &TypeDef,
        fields: &[Field],
        min_properties: usize,
        all: bool,
        depth: usize,
        extra: &[&str],
    ) -> TokenStream {
        let lib = &self.lib;
        let ident = format_ident!("{}", t.name);
        let value = |f: &Field| self.value(&f.ty, f.example.as_deref(), all, depth + 1);
        // `new` takes the required fields without a constant (see `types::constructor`).
        let args = fields.iter().filter(|f| f.required && f.constant.is_none()).map(|f| {
            let mut v = value(f);
            if f.boxed {
                v = quote!(Box::new(#v));
            }
            if f.nullable {
                v = quote!(Some(#v));
            }
            v
        });
        let args: Vec<TokenStream> = args.collect();
        let mut chain = Vec::new();
        if (!all || depth >= MAX_DEPTH) && (min_properties > 0 || !extra.is_empty()) {
            let wanted = min_properties.saturating_sub(fields.iter().filter(|f| f.required).count());
            let setters = super::types::setters(fields).into_iter().filter(|s| s.field.access != Access::ReadOnly && !s.field.flatten);
            let (named, rest): (Vec<_>, Vec<_>) = setters.partition(|s| extra.contains(&s.field.name.as_str()));
            for s in named.into_iter().chain(rest.into_iter().take(wanted.saturating_sub(extra.len()))) {
                let setter = format_ident!("{}", s.value);
                let v = match &s.field.constant {
                    Some(c) => quote!(#c),
                    None => value(s.field),
                };
                chain.push(quote!(.#setter(#v)));
            }
        }
        if all && depth < MAX_DEPTH {
            let mut tri_index = 0usize;
            // A read-only field is the server's to set: a request leaves it out.
            for s in super::types::setters(fields).into_iter().filter(|s| s.field.access != Access::ReadOnly) {
                let f = s.field;
                let v = match &f.constant {
                    Some(c) => quote!(#c),
                    None => value(f),
                };
                let scalar = matches!(f.ty, TypeRef::String | TypeRef::Integer | TypeRef::Number | TypeRef::Boolean);
                match s.null {
                    Some(null) => {
                        tri_index += 1;
                        // A nullable field of any JSON is sent as `null`, which
                        // fits whatever it stands for (`type: 'null'` too).
                        let as_null = (scalar && tri_index % 2 == 0) || f.ty == TypeRef::Json;
                        let setter = if as_null { format_ident!("{}", null) } else { format_ident!("{}", s.value) };
                        chain.push(if setter == s.value { quote!(.#setter(#v)) } else { quote!(.#setter()) });
                    }
                    None => {
                        let setter = format_ident!("{}", s.value);
                        chain.push(quote!(.#setter(#v)));
                    }
                }
            }
        }
        quote!(#lib::types::#ident::new(#(#args),*) #(#chain)*)
    }

    /// Top-level names (query, body) the "all" call puts on the wire.
    fn all_names(&self, op: &Operation) -> (Vec<String>, Vec<String>) {
        let mut query = Vec::new();
        let mut body = Vec::new();
        let Some(TypeRef::Named(name)) = &op.params else { return (query, body) };
        let Some(t) = self.types.get(name.as_str()) else { return (query, body) };
        let fields: &[Field] = match &t.kind {
            TypeKind::Struct { fields, .. } => fields,
            TypeKind::Tagged { .. } | TypeKind::Untagged { .. } => {
                self.built_variant(&t.kind, true).and_then(|(v, _)| self.struct_fields(&v.ty)).map_or(&[], |(fields, _)| fields)
            }
            _ => &[],
        };
        for f in fields {
            match f.location {
                Location::Query(_) => query.push(f.name.clone()),
                Location::Body | Location::Form(_) if !f.flatten && f.access != Access::ReadOnly => body.push(f.name.clone()),
                _ => {}
            }
        }
        (query, body)
    }

    fn new(ir: &'a Ir, crate_name: &str) -> Self {
        Builder {
            types: ir.types.iter().map(|t| (t.name.as_str(), t)).collect(),
            lib: format_ident!("{}", crate_name.replace('-', "_")),
        }
    }

    /// The name of an operation's case function.
    fn fn_name(op: &Operation) -> proc_macro2::Ident {
        format_ident!("run_{}_{}", op.resource.module, op.method_name)
    }

    /// The function that makes the operation's two calls.
    fn case_fn(&self, op: &Operation) -> TokenStream {
        let lib = &self.lib;
        let fn_name = Self::fn_name(op);
        let resource = format_ident!("{}", op.resource.module);
        let method = format_ident!("{}", op.method_name);
        let path_args: Vec<TokenStream> = op
            .path_params
            .iter()
            .map(|p| {
                let example = p.example.clone().unwrap_or_else(|| format!("\"{}_xxxxxxxx\"", p.name));
                match (&p.ty, serde_json::from_str::<Value>(&example)) {
                    (TypeRef::String, Ok(Value::String(s))) => quote!(#s),
                    (TypeRef::String, _) => quote!("string"),
                    (other, _) => self.value(other, Some(&example), false, 0),
                }
            })
            .collect();
        let params_arg = |all: bool| match &op.params {
            Some(ty) => {
                let v = self.value(ty, None, all, 0);
                quote!(#v,)
            }
            None => quote!(),
        };
        let (required_params, all_params) = (params_arg(false), params_arg(true));
        let body_arg = match &op.body {
            Some(BodyKind::Binary { .. }) => quote!(bytes::Bytes::from_static(b"contract test bytes"),),
            _ => quote!(),
        };
        // A JSON response is decoded strictly and re-encoded; text and
        // bytes are decoded; an event stream is opened (status checked) but
        // its events are not read.
        let finish = match op.response_format {
            ResponseFormat::Json => quote!(.send_undecoded().await.and_then(json_outcome)),
            ResponseFormat::Text => quote!(.send_undecoded().await.and_then(|r| opaque_outcome(r, "text"))),
            ResponseFormat::Binary => quote!(.send_undecoded().await.and_then(|r| opaque_outcome(r, "binary"))),
            ResponseFormat::EventStream => quote!(.await.map(|_| Outcome::stream())),
        };
        let call = |params: &TokenStream| quote!(client.#resource().#method(#(#path_args,)* #params #body_arg) #finish);
        let (call_required, call_all) = (call(&required_params), call(&all_params));
        // An operation without optional parameters makes the same call twice.
        if call_required.to_string() == call_all.to_string() {
            return quote! {
                fn #fn_name(client: #lib::Client, _all: bool) -> CaseFuture {
                    Box::pin(async move { #call_required })
                }
            };
        }
        quote! {
            fn #fn_name(client: #lib::Client, all: bool) -> CaseFuture {
                Box::pin(async move {
                    if all {
                        #call_all
                    } else {
                        #call_required
                    }
                })
            }
        }
    }

    /// The operation's entry in `CASES`.
    fn case_entry(&self, op: &Operation) -> TokenStream {
        let fn_name = Self::fn_name(op);
        let (query, body) = self.all_names(op);
        let operation_id = &op.operation_id;
        let http_method = &op.method;
        let path = &op.path;
        let read_only = op.method == "GET";
        let idempotency_field = match &op.idempotency_field {
            Some(f) => quote!(Some(#f)),
            None => quote!(None),
        };
        quote! {
            Case {
                operation_id: #operation_id,
                method: #http_method,
                path: #path,
                all_query: &[#(#query),*],
                all_body: &[#(#body),*],
                read_only: #read_only,
                idempotency_field: #idempotency_field,
                run: #fn_name,
            },
        }
    }
}

/// The start of `contract/cases.rs`: the `Case`, `Outcome` and `CASES`
/// items, the test client builder and the JSON comparison. The case
/// functions follow in parts ([`case_functions`]).
pub(crate) fn header(ir: &Ir, crate_name: &str) -> TokenStream {
    let b = Builder::new(ir, crate_name);
    let lib = &b.lib;
    let entries = ir.operations.iter().map(|op| b.case_entry(op));
    let credentials = ir.security_schemes.iter().map(|scheme| {
        let name = &scheme.name;
        match scheme.kind {
            SecuritySchemeKind::HttpBasic => {
                quote!(.credential(#name, #lib::Credential::basic("contract-user", "contract-password")))
            }
            _ => quote!(.credential(#name, #lib::Credential::token("contract-test-credential"))),
        }
    });
    let has = |format: ResponseFormat| ir.operations.iter().any(|op| op.response_format == format);
    let stream_fn = if has(ResponseFormat::EventStream) {
        quote! {
            /// An event stream that opened.
            fn stream() -> Outcome {
                Outcome { status: 200, violations: None, format: "event-stream", body: None, reencoded: None, mock_fault: None }
            }
        }
    } else {
        quote!()
    };
    let opaque_fn = if has(ResponseFormat::Text) || has(ResponseFormat::Binary) {
        quote! {
            /// A text or binary response: decoded, not compared.
            fn opaque_outcome<T: serde::de::DeserializeOwned>(response: #lib::UndecodedResponse<T>, format: &'static str) -> Result<Outcome, #lib::Error> {
                response.decode()?;
                Ok(Outcome { status: response.status().as_u16(), violations: violations(&response), format, body: None, reencoded: None, mock_fault: None })
            }
        }
    } else {
        quote!()
    };
    quote! {
        //! Generated contract cases: one per operation, each calling the
        //! generated method with only the required parameters, or with every
        //! optional parameter and body field set. `include!`d by a contract
        //! suite, which runs them against a mock server built from the spec
        //! (Prism) and compares what each response decoded to with the body.
        //! A suite uses the items it needs.
        #![allow(dead_code)]

        /// The future of one call: the response, or the error the call
        /// returned (a strict decode failure is an `Error::Decode`).
        pub type CaseFuture = std::pin::Pin<Box<dyn std::future::Future<Output = Result<Outcome, #lib::Error>> + Send>>;

        /// One operation's contract case.
        pub struct Case {
            /// The spec's operationId.
            pub operation_id: &'static str,
            /// The HTTP method, upper case.
            pub method: &'static str,
            /// The path template as in the spec.
            pub path: &'static str,
            /// Names of the query parameters the "all" call sets.
            pub all_query: &'static [&'static str],
            /// Names of the top-level body fields the "all" call sets.
            pub all_body: &'static [&'static str],
            /// A GET: safe to call repeatedly against the dynamic mock.
            pub read_only: bool,
            /// The body field the API deduplicates on, if any (such POSTs are retried).
            pub idempotency_field: Option<&'static str>,
            /// Runs the call; `true` sets every optional parameter.
            pub run: fn(#lib::Client, bool) -> CaseFuture,
        }

        /// What a successful (2xx) call returned.
        #[derive(Debug)]
        pub struct Outcome {
            /// The response status.
            pub status: u16,
            /// The `sl-violations` header, which Prism sets when the request
            /// or its own response breaks the spec.
            pub violations: Option<String>,
            /// How the body was read: `json`, `text`, `binary` or
            /// `event-stream` (opened, its events not read).
            pub format: &'static str,
            /// The body as JSON; `None` for a body that is not JSON (text,
            /// bytes, an event stream).
            pub body: Option<serde_json::Value>,
            /// The body decoded strictly (no `Unknown` or `Other` fallback)
            /// into the response type and encoded again, to compare with
            /// [`Outcome::body`]; `None` when `body` is.
            pub reencoded: Option<serde_json::Value>,
            /// Why the body did not decode, when the mock's own response
            /// breaks the spec (its `sl-violations` header has response
            /// entries): the mock's fault, so not an error of the call.
            pub mock_fault: Option<String>,
        }

        impl Outcome {
            #stream_fn

            /// Where [`Outcome::reencoded`] differs from [`Outcome::body`],
            /// as a JSON pointer with what differs; `None` when they agree
            /// (see [`first_difference`]).
            pub fn reencoding_difference(&self) -> Option<String> {
                match (&self.body, &self.reencoded) {
                    (Some(body), Some(reencoded)) => first_difference(body, reencoded, ""),
                    _ => None,
                }
            }
        }

        fn violations<T>(response: &#lib::UndecodedResponse<T>) -> Option<String> {
            response.headers().get("sl-violations").map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
        }

        /// A JSON response: decoded strictly, then encoded again.
        fn json_outcome<T: serde::de::DeserializeOwned + serde::Serialize>(
            response: #lib::UndecodedResponse<T>,
        ) -> Result<Outcome, #lib::Error> {
            let body = if response.body().iter().all(u8::is_ascii_whitespace) {
                serde_json::Value::Null
            } else {
                serde_json::from_slice(response.body()).unwrap_or(serde_json::Value::Null)
            };
            let violations = violations(&response);
            let mut outcome = Outcome { status: response.status().as_u16(), violations, format: "json", body: Some(body), reencoded: None, mock_fault: None };
            match response.decode_strict() {
                // An empty body has nothing to compare with.
                Ok(_) if outcome.body == Some(serde_json::Value::Null) => outcome.reencoded = Some(serde_json::Value::Null),
                Ok(decoded) => {
                    let reencoded = serde_json::to_value(&decoded).unwrap_or_else(|e| serde_json::Value::String(format!("(not encodable: {e})")));
                    outcome.reencoded = Some(reencoded);
                }
                Err(error) if outcome.violations.as_deref().is_some_and(|v| v.contains(r#""location":["response""#)) => {
                    outcome.mock_fault = Some(error.to_string());
                }
                Err(error) => return Err(error),
            }
            Ok(outcome)
        }

        #opaque_fn

        /// Where `actual` (a decoded body encoded again) differs from
        /// `expected` (the body), as `<JSON pointer>: <what>`; `None` when
        /// they agree. Equal means equal JSON, except that numbers compare
        /// by value (`1` and `1.0`), strings that are both RFC 3339
        /// timestamps compare as instants, an object member that is `null`
        /// on one side may be absent on the other, and a member of the body
        /// that the decoded value lacks is taken for a property the schema
        /// does not declare (a mock adds such members wherever
        /// `additionalProperties` allows them; that every declared property
        /// has its field is the generator's own fidelity check).
        pub fn first_difference(expected: &serde_json::Value, actual: &serde_json::Value, at: &str) -> Option<String> {
            use serde_json::Value;
            match (expected, actual) {
                (Value::Number(a), Value::Number(b)) => {
                    let same = a == b || a.as_f64().zip(b.as_f64()).is_some_and(|(x, y)| x == y);
                    (!same).then(|| format!("{at}: the body has {a}, the decoded value encodes as {b}"))
                }
                (Value::String(a), Value::String(b)) => {
                    let instant = |s: &str| chrono::DateTime::parse_from_rfc3339(s).ok();
                    let same = a == b || instant(a).zip(instant(b)).is_some_and(|(x, y)| x == y);
                    (!same).then(|| format!("{at}: the body has {a:?}, the decoded value encodes as {b:?}"))
                }
                (Value::Array(a), Value::Array(b)) => {
                    if a.len() != b.len() {
                        return Some(format!("{at}: the body has {} items, the decoded value {}", a.len(), b.len()));
                    }
                    a.iter().zip(b).enumerate().find_map(|(i, (x, y))| first_difference(x, y, &format!("{at}/{i}")))
                }
                (Value::Object(a), Value::Object(b)) => {
                    let keys = a.keys().chain(b.keys().filter(|k| !a.contains_key(*k)));
                    keys.into_iter().find_map(|key| {
                        let inner = format!("{at}/{}", key.replace('~', "~0").replace('/', "~1"));
                        match (a.get(key), b.get(key)) {
                            (Some(x), Some(y)) => first_difference(x, y, &inner),
                            (Some(_), None) | (None, Some(Value::Null)) | (None, None) => None,
                            (None, Some(_)) => Some(format!("{inner}: not in the body, added by the decoded value")),
                        }
                    })
                }
                _ if expected == actual => None,
                _ => Some(format!("{at}: the body has {expected}, the decoded value encodes as {actual}")),
            }
        }

        /// A client builder with a test credential for each of the spec's
        /// security schemes; add the mock server's base URL.
        pub fn client_builder() -> #lib::ClientBuilder {
            #lib::Client::builder() #(#credentials)*
        }

        /// Every operation's case, in spec order.
        pub static CASES: &[Case] = &[#(#entries)*];
    }
}

/// The case functions of `ops`, a run of the IR's operations.
pub(crate) fn case_functions(ir: &Ir, crate_name: &str, ops: &[Operation]) -> TokenStream {
    let b = Builder::new(ir, crate_name);
    ops.iter().map(|op| b.case_fn(op)).collect()
}

/// The member of a string enum a case sends: the example when it is one,
/// else the first non-empty value (an empty one cannot be a path segment).
fn enum_case_value(values: &[crate::ir::EnumValue], example: Option<&Value>) -> Option<String> {
    match example {
        Some(Value::String(s)) if values.iter().any(|v| &v.value == s) => Some(s.clone()),
        _ => values.iter().find(|v| !v.value.is_empty()).or(values.first()).map(|v| v.value.clone()),
    }
}

/// What JSON a scalar case value is, for [`Builder::case_variant`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ScalarKind {
    String,
    Number,
    Boolean,
}
