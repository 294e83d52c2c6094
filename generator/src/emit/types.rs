//! Tokens for the type space: structs, open string enums, tagged and
//! untagged unions, aliases.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{docs, features};
use crate::ir::{Encoding, Field, Ir, Location, Pagination, PaginationStyle, Style, TypeDef, TypeKind, TypeRef, Variant};

/// The Rust type for a [`TypeRef`]; `prefix` qualifies named types
/// (`quote!()` inside `types.rs`, `quote!(crate::types::)` elsewhere).
pub(crate) fn rust_type(ty: &TypeRef, prefix: &TokenStream) -> TokenStream {
    match ty {
        TypeRef::String => quote!(String),
        TypeRef::Bytes => quote!(bytes::Bytes),
        TypeRef::Integer => quote!(i64),
        TypeRef::UnsignedInteger => quote!(u64),
        TypeRef::Number => quote!(f64),
        TypeRef::Boolean => quote!(bool),
        TypeRef::DateTime => quote!(chrono::DateTime<chrono::Utc>),
        TypeRef::Date => quote!(chrono::NaiveDate),
        TypeRef::Json => quote!(serde_json::Value),
        TypeRef::JsonObject => quote!(serde_json::Map<String, serde_json::Value>),
        TypeRef::Array(inner) => {
            let inner = rust_type(inner, prefix);
            quote!(Vec<#inner>)
        }
        TypeRef::Map(inner) => {
            let inner = rust_type(inner, prefix);
            quote!(std::collections::BTreeMap<String, #inner>)
        }
        TypeRef::Nullable(inner) => {
            let inner = rust_type(inner, prefix);
            quote!(Option<#inner>)
        }
        TypeRef::Named(name) => {
            let ident = format_ident!("{}", name);
            quote!(#prefix #ident)
        }
    }
}

/// How a field is held: the wrapper around its [`rust_type`].
#[derive(Clone, Copy, PartialEq, Eq)]
enum Holding {
    /// Required, not nullable: `T`.
    Plain,
    /// Required and nullable: `Option<T>`, `None` sent as `null`.
    OptionNull,
    /// Optional: `Option<T>`, `None` not sent.
    OptionSkip,
    /// Optional and nullable: `Nullable<T>` (absent / null / value), in
    /// requests and responses alike, so that a type becoming sent never
    /// changes its fields' types.
    TriState,
}

fn holding(f: &Field) -> Holding {
    // The map of extra properties is always there, empty when there are
    // none (an `Option` around a flattened map would turn a wrongly typed
    // extra value into `None` instead of a decode error).
    if f.flatten && matches!(f.ty, TypeRef::Map(_)) {
        return Holding::Plain;
    }
    match (f.required, f.nullable) {
        (true, false) => Holding::Plain,
        (true, true) => Holding::OptionNull,
        (false, true) if f.location == Location::Body => Holding::TriState,
        (false, _) => Holding::OptionSkip,
    }
}

pub(crate) fn field_type(f: &Field) -> TokenStream {
    let mut inner = rust_type(&f.ty, &quote!());
    if f.boxed {
        inner = quote!(Box<#inner>);
    }
    match holding(f) {
        Holding::Plain => inner,
        Holding::OptionNull | Holding::OptionSkip => quote!(Option<#inner>),
        Holding::TriState => quote!(crate::Nullable<#inner>),
    }
}

/// What every part of `types.rs` needs to know about the whole type space.
/// `types.rs` is built in parts (see [`super::emit`]): [`header`], then
/// [`TypeSpace::items`] for consecutive runs of types, then [`webhook_items`].
pub(crate) struct TypeSpace<'a> {
    queryable: BTreeSet<&'a str>,
    displayable: BTreeSet<&'a str>,
    pages: std::collections::BTreeMap<&'a str, &'a Pagination>,
    aliases: std::collections::HashMap<&'a str, &'a TypeRef>,
    by_name: std::collections::HashMap<&'a str, &'a TypeDef>,
}

impl<'a> TypeSpace<'a> {
    pub(crate) fn new(ir: &'a Ir) -> Self {
        let mut pages: std::collections::BTreeMap<&str, &Pagination> = Default::default();
        for p in ir.operations.iter().filter_map(|o| o.pagination.as_ref()) {
            pages.entry(p.page_type.as_str()).or_insert(p);
        }
        let aliases = ir
            .types
            .iter()
            .filter_map(|t| match &t.kind {
                TypeKind::Alias { target, .. } => Some((t.name.as_str(), target)),
                _ => None,
            })
            .collect();
        let by_name = ir.types.iter().map(|t| (t.name.as_str(), t)).collect();
        TypeSpace { queryable: scalar_like_types(ir, true), displayable: scalar_like_types(ir, false), pages, aliases, by_name }
    }

    /// The type definition `ty` names, if it names one.
    pub(crate) fn def_of(&self, ty: &TypeRef) -> Option<&'a TypeDef> {
        match ty {
            TypeRef::Named(n) => self.by_name.get(n.as_str()).copied(),
            _ => None,
        }
    }

    /// Whether the named type implements `Display` (string enums and scalar
    /// unions), so a path segment can be written with `to_string()`.
    pub(crate) fn is_displayable(&self, name: &str) -> bool {
        self.displayable.contains(name)
    }

    /// Whether values of `ty` implement the runtime's `QueryValue` (so the
    /// fast `form` writer applies): scalars, `serde_json::Value`, string
    /// enums, scalar unions, aliases of those and lists of them. Maps,
    /// objects, other unions and nested lists go through `serialized`.
    fn has_query_value(&self, ty: &TypeRef) -> bool {
        self.query_value_at(ty, 0)
    }

    fn query_value_at(&self, ty: &TypeRef, depth: usize) -> bool {
        // Aliases of aliases are followed a bounded number of times.
        if depth > 16 {
            return false;
        }
        match ty {
            TypeRef::String
            | TypeRef::Integer
            | TypeRef::UnsignedInteger
            | TypeRef::Number
            | TypeRef::Boolean
            | TypeRef::DateTime
            | TypeRef::Date
            | TypeRef::Bytes
            | TypeRef::Json => true,
            TypeRef::JsonObject | TypeRef::Map(_) | TypeRef::Nullable(_) => false,
            TypeRef::Array(inner) => !matches!(**inner, TypeRef::Array(_)) && self.query_value_at(inner, depth + 1),
            TypeRef::Named(n) => {
                self.queryable.contains(n.as_str())
                    || self.aliases.get(n.as_str()).is_some_and(|target| self.query_value_at(target, depth + 1))
            }
        }
    }

    /// The items of `types`, each type's items gated by its features.
    pub(crate) fn items(&self, types: &[TypeDef]) -> TokenStream {
        types
            .iter()
            .map(|t| {
                let name = t.name.as_str();
                let def = type_def(t, self);
                let page = self.pages.get(name).map(|p| page_impl(p)).unwrap_or_default();
                features::gate_items(&features::cfg(&t.features), quote!(#def #page))
            })
            .collect()
    }
}

/// The start of `types.rs`: module docs, lint settings, imports. Only
/// types emitted as a struct or enum derive or implement serde's traits
/// (an alias is `pub type`): every one `Serialize` and all but params with
/// query or header fields `Deserialize` (see [`derives`]). The webhook payload enum, when there is one,
/// is both.
pub(crate) fn header(ir: &Ir) -> TokenStream {
    let defined = || ir.types.iter().filter(|t| !matches!(t.kind, TypeKind::Alias { .. }));
    let webhooks = super::webhooks::has_event_enum(ir);
    let imports = if webhooks || defined().any(|t| derives(t).contains(&"Deserialize") || matches!(t.kind, TypeKind::Enum { .. })) {
        quote!(use serde::{Deserialize, Serialize};)
    } else if defined().next().is_some() {
        quote!(use serde::Serialize;)
    } else {
        quote!()
    };
    quote! {
        //! Every schema of the API as a Rust type.
        //!
        //! Component schemas keep their names; inline schemas are named from
        //! their place (`Lead.user` → `LeadUser`) and shared when identical.
        //! Each type's docs name the JSON pointer it was generated from.

        // The spec's prose and shapes trigger these style lints; they say
        // nothing about the correctness of generated code. (Module-level, so
        // they also apply when the crate is `include!`d as one file.)
        #![allow(
            clippy::large_enum_variant,
            clippy::doc_lazy_continuation,
            clippy::doc_overindented_list_items,
            clippy::tabs_in_doc_comments,
            clippy::enum_variant_names,
            clippy::upper_case_acronyms,
            clippy::too_long_first_doc_paragraph
        )]

        #imports
    }
}

/// The end of `types.rs`: the webhook payload enum, gated by its feature.
pub(crate) fn webhook_items(ir: &Ir) -> TokenStream {
    features::gate_items(&features::cfg(ir.webhook_feature.as_slice()), super::webhooks::event_enum(ir))
}

/// Names of the types that can be written as a query parameter (with
/// `allow_arrays`: they get a `QueryValue` impl) or a path segment (without:
/// they also get `Display`): string enums, and untagged unions whose every
/// variant is such a type, a scalar (or, with `allow_arrays`, an array of them).
pub(crate) fn scalar_like_types(ir: &Ir, allow_arrays: bool) -> BTreeSet<&str> {
    let by_name: std::collections::HashMap<&str, &TypeDef> = ir.types.iter().map(|t| (t.name.as_str(), t)).collect();
    let mut out: BTreeSet<&str> =
        ir.types.iter().filter(|t| matches!(t.kind, TypeKind::Enum { .. })).map(|t| t.name.as_str()).collect();
    // Unions and aliases of scalar-like types, to a fixed point.
    loop {
        let before = out.len();
        for t in &ir.types {
            fn scalar(ty: &TypeRef) -> bool {
                matches!(ty, TypeRef::String | TypeRef::Integer | TypeRef::UnsignedInteger | TypeRef::Number | TypeRef::Boolean)
            }
            let ok = |ty: &TypeRef| match ty {
                t if scalar(t) => true,
                TypeRef::Array(inner) if allow_arrays => scalar(inner) || matches!(&**inner, TypeRef::Named(n) if out.contains(n.as_str())),
                TypeRef::Named(n) => out.contains(n.as_str()) || matches!(by_name.get(n.as_str()).map(|t| &t.kind), Some(TypeKind::Alias { target, .. }) if !matches!(target, TypeRef::Named(_) | TypeRef::Array(_) | TypeRef::Map(_) | TypeRef::Json | TypeRef::JsonObject | TypeRef::Bytes)),
                _ => false,
            };
            if let TypeKind::Untagged { variants } = &t.kind {
                if variants.iter().all(|v| ok(&v.ty)) {
                    out.insert(t.name.as_str());
                }
            }
        }
        if out.len() == before {
            return out;
        }
    }
}

fn type_doc(t: &TypeDef) -> TokenStream {
    let mut source = format!("Generated from `#{}`", t.source);
    if t.shared_by > 0 {
        source.push_str(&format!(" (and {} structurally identical schemas)", t.shared_by));
    }
    source.push('.');
    let gate = match t.features.as_slice() {
        [] => String::new(),
        [one] => format!("Needs the `{one}` cargo feature (on by default)."),
        many => {
            let names: Vec<String> = many.iter().map(|f| format!("`{f}`")).collect();
            format!("Needs one of the cargo features {} (all on by default).", names.join(", "))
        }
    };
    let minimum = match &t.kind {
        TypeKind::Struct { min_properties: 1, .. } => "At least one property must be set (`minProperties: 1` in the spec).".to_owned(),
        TypeKind::Struct { min_properties: n @ 2.., .. } => format!("At least {n} properties must be set (`minProperties: {n}` in the spec)."),
        _ => String::new(),
    };
    docs::attrs(&docs::paragraphs([t.doc.as_deref(), Some(minimum.as_str()), Some(source.as_str()), Some(gate.as_str())]))
}

fn type_def(t: &TypeDef, space: &TypeSpace<'_>) -> TokenStream {
    let queryable = space.queryable.contains(t.name.as_str());
    let displayable = space.displayable.contains(t.name.as_str());
    let ident = format_ident!("{}", t.name);
    let doc = type_doc(t);
    let derive = derive_attr(t);
    match &t.kind {
        TypeKind::Struct { fields, .. } => struct_def(t, &ident, doc, fields, space),
        TypeKind::Enum { values, .. } => enum_def(&ident, doc, &derive, values),
        TypeKind::Tagged { tag, variants } => {
            let vs = variants.iter().map(|v| {
                let vi = format_ident!("{}", v.ident);
                let ty = rust_type(&v.ty, &quote!());
                let tag_value = v.tag_value.clone().unwrap_or_default();
                let vdoc = docs::attrs(&docs::paragraphs([v.doc.as_deref(), Some(&format!("`{tag}: \"{tag_value}\"`"))]));
                quote! { #vdoc #[serde(rename = #tag_value)] #vi(#ty), }
            });
            quote! {
                #doc
                #derive
                #[serde(tag = #tag)]
                #[non_exhaustive]
                pub enum #ident {
                    #(#vs)*
                    /// A variant this version of the client does not know.
                    #[serde(other)]
                    Unknown,
                }
            }
        }
        TypeKind::Untagged { variants } => {
            untagged_def(&ident, doc, &derive, derives(t).contains(&"Deserialize"), variants, queryable, displayable)
        }
        TypeKind::Alias { target, .. } => {
            let ty = rust_type(target, &quote!());
            quote! { #doc pub type #ident = #ty; }
        }
    }
}

fn untagged_def(
    ident: &proc_macro2::Ident,
    doc: TokenStream,
    derive: &TokenStream,
    decodes: bool,
    variants: &[Variant],
    queryable: bool,
    displayable: bool,
) -> TokenStream {
    let idents: Vec<_> = variants.iter().map(|v| format_ident!("{}", v.ident)).collect();
    let display = if displayable {
        quote! {
            impl std::fmt::Display for #ident {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    match self {
                        #(Self::#idents(v) => write!(f, "{v}"),)*
                        Self::Other(v) => match v.as_str() {
                            Some(s) => f.write_str(s),
                            None => write!(f, "{v}"),
                        },
                    }
                }
            }
        }
    } else {
        quote!()
    };
    let query = if queryable {
        quote! {
            impl crate::runtime::QueryValue for #ident {
                fn write(&self, name: &str, q: &mut crate::runtime::QueryWriter) {
                    match self {
                        #(Self::#idents(v) => crate::runtime::QueryValue::write(v, name, q),)*
                        Self::Other(v) => crate::runtime::QueryValue::write(v, name, q),
                    }
                }
            }
        }
    } else {
        quote!()
    };
    let scalar_impls = quote!(#display #query);
    let vs = variants.iter().map(|v| {
        let vi = format_ident!("{}", v.ident);
        let ty = rust_type(&v.ty, &quote!());
        let own = if v.doc.as_deref().is_some_and(|d| !d.trim().is_empty()) {
            String::new()
        } else {
            format!("The `{}` branch.", v.ident)
        };
        let vdoc = docs::attrs_with(v.doc.as_deref().unwrap_or(""), &own);
        quote! { #vdoc #vi(#ty), }
    });
    let (decoding, fallback_attr) = if decodes {
        (
            quote! {
                ///
                /// Decoding tries the variants in order; a value that fits none is kept as [`Self::Other`].
            },
            quote!(#[serde(deserialize_with = "crate::runtime::decode::union_fallback")]),
        )
    } else {
        (quote!(), quote!())
    };
    quote! {
        #doc
        #decoding
        #derive
        #[serde(untagged)]
        #[non_exhaustive]
        pub enum #ident {
            #(#vs)*
            /// A value that matches no known variant, kept as JSON.
            #fallback_attr
            Other(serde_json::Value),
        }

        #scalar_impls
    }
}

/// The traits a type derives, by its own shape and places alone: never by
/// which operations reach it, so that a spec change elsewhere (a new
/// operation that sends or returns the type) cannot remove one.
///
/// - Structs: `Debug, Clone, PartialEq`, `Default` when every field is
///   optional, `Serialize`, and `Deserialize` unless the type is
///   [`sent_only`](crate::ir::TypeDef::sent_only) (defined only in
///   requests, like the params types of the Stainless SDKs: they only
///   encode) or some field travels outside the JSON body (params with
///   query or header fields are never JSON as a whole).
/// - Tagged and untagged unions: `Debug, Clone, PartialEq, Serialize`,
///   and `Deserialize` unless `sent_only`.
/// - String enums: `Debug, Clone, PartialEq, Eq, Hash`; their serde,
///   `FromStr` and `Display` impls are written out (see [`enum_def`]).
/// - Aliases (`pub type`): none.
///
/// ```
/// use clientgen::ir::{Field, TypeDef, TypeKind, TypeRef};
/// let field = Field { required: false, ..Field::required("note", "note", TypeRef::String, None) };
/// let t = TypeDef {
///     name: "Note".into(),
///     source: "/components/schemas/Note".into(),
///     shared_by: 0,
///     doc: None,
///     in_request: false,
///     sent_only: false,
///     features: Vec::new(),
///     kind: TypeKind::Struct { fields: vec![field], min_properties: 0 },
/// };
/// assert_eq!(clientgen::emit::derives(&t), ["Debug", "Clone", "PartialEq", "Default", "Serialize", "Deserialize"]);
/// ```
pub fn derives(t: &TypeDef) -> &'static [&'static str] {
    match &t.kind {
        TypeKind::Struct { fields, .. } => {
            let all_optional = fields.iter().all(|f| !f.required);
            let encode_only = t.sent_only || fields.iter().any(|f| f.location != Location::Body);
            match (all_optional, encode_only) {
                (true, false) => &["Debug", "Clone", "PartialEq", "Default", "Serialize", "Deserialize"],
                (true, true) => &["Debug", "Clone", "PartialEq", "Default", "Serialize"],
                (false, false) => &["Debug", "Clone", "PartialEq", "Serialize", "Deserialize"],
                (false, true) => &["Debug", "Clone", "PartialEq", "Serialize"],
            }
        }
        TypeKind::Tagged { .. } | TypeKind::Untagged { .. } if t.sent_only => &["Debug", "Clone", "PartialEq", "Serialize"],
        TypeKind::Tagged { .. } | TypeKind::Untagged { .. } => &["Debug", "Clone", "PartialEq", "Serialize", "Deserialize"],
        TypeKind::Enum { .. } => &["Debug", "Clone", "PartialEq", "Eq", "Hash"],
        TypeKind::Alias { .. } => &[],
    }
}

/// `#[derive(...)]` of [`derives`].
fn derive_attr(t: &TypeDef) -> TokenStream {
    let names = derives(t).iter().map(|d| format_ident!("{d}"));
    quote!(#[derive(#(#names),*)])
}

fn struct_def(t: &TypeDef, ident: &proc_macro2::Ident, doc: TokenStream, fields: &[Field], space: &TypeSpace<'_>) -> TokenStream {
    let in_request = t.in_request;
    let field_tokens = fields.iter().map(|f| {
        let fi = format_ident!("{}", f.ident);
        let ty = field_type(f);
        let text = f.doc.clone().unwrap_or_default();
        let mut own = String::new();
        if text.trim().is_empty() {
            // The spec has no description: say what the field is and link its type.
            own = match &f.ty {
                TypeRef::Named(n) => format!("The `{}` property (see [`{n}`]).", f.name),
                _ => format!("The `{}` property.", f.name),
            };
        }
        if let Some(c) = &f.constant {
            own = docs::paragraphs([Some(own.as_str()), Some(&format!("Always `{c}`."))]);
        }
        let fdoc = docs::attrs_with(&text, &own);
        let mut serde_args = Vec::new();
        if f.ident != f.name {
            let name = &f.name;
            serde_args.push(quote!(rename = #name));
        }
        if f.location != Location::Body {
            serde_args.push(quote!(skip));
        } else if f.flatten {
            serde_args.push(quote!(flatten));
        } else {
            match holding(f) {
                Holding::OptionSkip => serde_args.push(quote!(default, skip_serializing_if = "Option::is_none")),
                Holding::TriState => serde_args.push(quote!(default, skip_serializing_if = "crate::Nullable::is_absent")),
                // A required property of any JSON value decodes a missing
                // key as `null` (`required` names the spec describes
                // nowhere are such fields, and servers do not send them).
                Holding::Plain if f.ty == TypeRef::Json => serde_args.push(quote!(default)),
                Holding::Plain | Holding::OptionNull => {}
            }
        }
        let serde_attr = if serde_args.is_empty() { quote!() } else { quote!(#[serde(#(#serde_args),*)]) };
        quote! { #fdoc #serde_attr pub #fi: #ty, }
    });
    let derives = derive_attr(t);
    let constructor = if in_request { constructor(ident, fields) } else { quote!() };
    let setters = if in_request { setter_methods(ident, fields) } else { quote!() };
    let to_query = if fields.iter().any(|f| f.location.is_query()) { to_query(ident, fields, space) } else { quote!() };
    let to_form = if fields.iter().any(|f| f.location.is_form()) { to_form(ident, fields, space) } else { quote!() };
    quote! {
        #doc
        #derives
        #[non_exhaustive]
        pub struct #ident { #(#field_tokens)* }
        #constructor
        #setters
        #to_query
        #to_form
    }
}

/// `impl ToForm`: writes the form/multipart body fields in declaration
/// order; binary fields become file parts. Fields with a native
/// `QueryValue` and the default encoding use `field`; the rest go through
/// `serialized` with their `encoding` style, or `Style::Nested` without one.
fn to_form(ident: &proc_macro2::Ident, fields: &[Field], space: &TypeSpace<'_>) -> TokenStream {
    let writes = fields.iter().filter_map(|f| {
        let Location::Form(encoding) = f.location else { return None };
        let fi = format_ident!("{}", f.ident);
        let name = &f.name;
        let flat = encoding.is_none_or(|e| e == Encoding { style: Style::Form, explode: true });
        Some(if f.ty == TypeRef::Bytes {
            quote!(w.file(#name, &self.#fi);)
        } else if flat && space.has_query_value(&f.ty) {
            quote!(w.field(#name, &self.#fi);)
        } else {
            let style = match encoding {
                Some(e) => runtime_style(e),
                None => quote!(crate::runtime::Style::Nested),
            };
            quote!(w.serialized(#name, &self.#fi, #style);)
        })
    });
    quote! {
        impl crate::runtime::ToForm for #ident {
            fn write_form(&self, w: &mut crate::runtime::FormWriter) {
                #(#writes)*
            }
        }
    }
}

/// The runtime's `Style` for an IR [`Encoding`].
fn runtime_style(e: Encoding) -> TokenStream {
    match e.style {
        Style::Form => {
            let explode = e.explode;
            quote!(crate::runtime::Style::Form { explode: #explode })
        }
        Style::SpaceDelimited => quote!(crate::runtime::Style::SpaceDelimited),
        Style::PipeDelimited => quote!(crate::runtime::Style::PipeDelimited),
        Style::DeepObject => quote!(crate::runtime::Style::DeepObject),
    }
}

/// The fields `new` takes: the required ones, but a required constant,
/// which `new` sets itself.
fn constructor_fields(fields: &[Field]) -> Vec<&Field> {
    fields.iter().filter(|f| f.required && f.constant.is_none()).collect()
}

/// A required `String` field is passed as `impl Into<String>`.
fn takes_into(f: &Field) -> bool {
    f.ty == TypeRef::String && !f.nullable && !f.boxed
}

/// The arguments of a sent struct's `new`, e.g. `business_id: impl Into<String>`.
pub(crate) fn constructor_args(fields: &[Field]) -> Vec<TokenStream> {
    constructor_fields(fields)
        .into_iter()
        .map(|f| {
            let fi = format_ident!("{}", f.ident);
            let ty = if takes_into(f) { quote!(impl Into<String>) } else { field_type(f) };
            quote!(#fi: #ty)
        })
        .collect()
}

/// `new(required fields)`: optional fields start absent.
fn constructor(ident: &proc_macro2::Ident, fields: &[Field]) -> TokenStream {
    let required = constructor_fields(fields);
    let args = constructor_args(fields);
    let inits = fields.iter().map(|f| {
        let fi = format_ident!("{}", f.ident);
        if let (true, Some(value)) = (f.required, &f.constant) {
            quote!(#fi: #value.to_owned())
        } else if f.required && takes_into(f) {
            quote!(#fi: #fi.into())
        } else if f.required {
            quote!(#fi)
        } else {
            quote!(#fi: Default::default())
        }
    });
    let doc = if required.is_empty() {
        "Creates the value with every optional field absent.".to_owned()
    } else {
        let names = required.iter().map(|f| format!("`{}`", f.name)).collect::<Vec<_>>().join(", ");
        format!("Creates the value from its required fields ({names}); every optional field starts absent.")
    };
    let doc = docs::attrs(&doc);
    let lint = if required.len() > 7 { quote!(#[allow(clippy::too_many_arguments)]) } else { quote!() };
    quote! {
        impl #ident {
            #doc
            #lint
            pub fn new(#(#args),*) -> Self {
                Self { #(#inits),* }
            }
        }
    }
}

/// The fluent setter of one optional field of a sent struct.
pub(crate) struct Setter<'a> {
    /// The field it sets.
    pub(crate) field: &'a Field,
    /// The method taking the value (`product_id`): the field's ident
    /// unless another method has it.
    pub(crate) value: String,
    /// For a tri-state field, the method that sends `null` (`product_id_null`).
    pub(crate) null: Option<String>,
}

/// The setters of a sent struct, one per optional field in declaration
/// order (required fields are `new`'s arguments). Names depend only on the
/// struct's own fields: value setters are claimed first, in order, then
/// the `_null` ones.
pub(crate) fn setters(fields: &[Field]) -> Vec<Setter<'_>> {
    let mut names = crate::naming::Namespace::with_reserved(&["new"]);
    let mut out: Vec<Setter<'_>> = fields
        .iter()
        .filter(|f| !f.required)
        .map(|f| Setter { field: f, value: names.claim(&f.ident), null: None })
        .collect();
    for s in &mut out {
        if holding(s.field) == Holding::TriState {
            s.null = Some(names.claim(&format!("{}_null", s.field.ident)));
        }
    }
    out
}

/// One `mut self -> Self` method per optional field, taking `impl Into<T>`,
/// plus `<field>_null()` for tri-state fields.
fn setter_methods(ident: &proc_macro2::Ident, fields: &[Field]) -> TokenStream {
    let methods = setters(fields).into_iter().map(|s| {
        let f = s.field;
        let fi = format_ident!("{}", f.ident);
        let name = format_ident!("{}", s.value);
        let ty = rust_type(&f.ty, &quote!());
        let value = if f.boxed { quote!(Box::new(value.into())) } else { quote!(value.into()) };
        let holding = holding(f);
        let store = match holding {
            Holding::Plain => value,
            Holding::OptionNull | Holding::OptionSkip => quote!(Some(#value)),
            Holding::TriState => quote!(crate::Nullable::Value(#value)),
        };
        let wire = f.name.replace('`', "'");
        let summary = docs::summary(f.doc.as_deref().unwrap_or(""));
        let doc = docs::attrs_with(summary, &format!("Sets the optional `{wire}`; it is left out of the request until set."));
        let null = s.null.map(|null| {
            let null = format_ident!("{}", null);
            let doc = docs::attrs(&format!("Sends `{wire}` as `null`, which clears it."));
            quote! {
                #doc
                pub fn #null(mut self) -> Self {
                    self.#fi = crate::Nullable::Null;
                    self
                }
            }
        });
        quote! {
            #doc
            pub fn #name(mut self, value: impl Into<#ty>) -> Self {
                self.#fi = #store;
                self
            }
            #null
        }
    });
    let methods: Vec<TokenStream> = methods.collect();
    if methods.is_empty() {
        return quote!();
    }
    quote! {
        impl #ident {
            #(#methods)*
        }
    }
}

/// `impl ToQuery`: writes the query parameters in declaration order:
/// `form` for exploded `form` parameters with a native `QueryValue`,
/// `deep_object` for free-form `deepObject` objects, `serialized` with the
/// parameter's style for everything else.
fn to_query(ident: &proc_macro2::Ident, fields: &[Field], space: &TypeSpace<'_>) -> TokenStream {
    let writes = fields.iter().filter_map(|f| {
        let Location::Query(encoding) = f.location else { return None };
        let fi = format_ident!("{}", f.ident);
        let name = &f.name;
        Some(match encoding.style {
            Style::Form if encoding.explode && space.has_query_value(&f.ty) => quote!(q.form(#name, &self.#fi);),
            // `deep_object` takes the `Option<Map>` an optional or nullable field holds.
            Style::DeepObject if f.ty == TypeRef::JsonObject && !f.boxed && (!f.required || f.nullable) => {
                quote!(q.deep_object(#name, &self.#fi);)
            }
            _ => {
                let style = runtime_style(encoding);
                quote!(q.serialized(#name, &self.#fi, #style);)
            }
        })
    });
    quote! {
        impl crate::runtime::ToQuery for #ident {
            fn write_query(&self, q: &mut crate::runtime::QueryWriter) {
                #(#writes)*
            }
        }
    }
}

fn enum_def(ident: &proc_macro2::Ident, doc: TokenStream, derive: &TokenStream, values: &[crate::ir::EnumValue]) -> TokenStream {
    let name = ident.to_string();
    let variants = values.iter().map(|v| {
        let vi = format_ident!("{}", v.ident);
        let vdoc = docs::attrs(&format!("`{}`", v.value.replace('`', "'")));
        quote!(#vdoc #vi,)
    });
    let to_wire = values.iter().map(|v| {
        let vi = format_ident!("{}", v.ident);
        let wire = &v.value;
        quote!(Self::#vi => #wire,)
    });
    let from_wire = values.iter().map(|v| {
        let vi = format_ident!("{}", v.ident);
        let wire = &v.value;
        quote!(#wire => Self::#vi,)
    });
    let all = values.iter().map(|v| &v.value);
    let query_impl = quote! {
        impl crate::runtime::QueryValue for #ident {
            fn write(&self, name: &str, q: &mut crate::runtime::QueryWriter) {
                q.push(name, self.as_str());
            }
        }
    };
    quote! {
        #doc
        #derive
        #[non_exhaustive]
        pub enum #ident {
            #(#variants)*
            /// A value this version of the client does not know; the wire value is kept.
            Unknown(String),
        }

        impl #ident {
            /// Every wire value this version of the client knows, in spec order.
            pub const VALUES: &'static [&'static str] = &[#(#all),*];

            /// The exact wire value.
            pub fn as_str(&self) -> &str {
                match self {
                    #(#to_wire)*
                    Self::Unknown(other) => other,
                }
            }

            /// The variant for a wire value; unknown values become [`Self::Unknown`].
            pub fn from_wire(value: &str) -> Self {
                match value {
                    #(#from_wire)*
                    other => Self::Unknown(other.to_owned()),
                }
            }

            /// True for [`Self::Unknown`].
            pub fn is_unknown(&self) -> bool {
                matches!(self, Self::Unknown(_))
            }
        }

        impl std::str::FromStr for #ident {
            type Err = std::convert::Infallible;
            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Ok(Self::from_wire(value))
            }
        }

        impl std::fmt::Display for #ident {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for #ident {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for #ident {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = String::deserialize(deserializer)?;
                let decoded = Self::from_wire(&value);
                if decoded.is_unknown() {
                    crate::runtime::decode::unknown_enum_value(#name, &value, Self::VALUES)?;
                }
                Ok(decoded)
            }
        }

        #query_impl
    }
}

/// `impl CursorPage` / `impl OffsetCursorPage` for a paginated response type.
fn page_impl(p: &Pagination) -> TokenStream {
    let ident = format_ident!("{}", p.page_type);
    let item = rust_type(&p.item, &quote!());
    let items = if p.items_optional { quote!(self.data.unwrap_or_default()) } else { quote!(self.data) };
    match &p.style {
        PaginationStyle::PageInfo => quote! {
            impl crate::runtime::CursorPage for #ident {
                type Item = #item;
                fn into_items(self) -> Vec<Self::Item> {
                    #items
                }
                fn end_cursor(&self) -> Option<&str> {
                    self.page_info.end_cursor.as_deref()
                }
                fn has_next_page(&self) -> bool {
                    self.page_info.has_next_page
                }
                fn start_cursor(&self) -> Option<&str> {
                    self.page_info.start_cursor.as_deref()
                }
                fn has_previous_page(&self) -> bool {
                    self.page_info.has_previous_page
                }
            }
        },
        PaginationStyle::NextCursor { container, container_optional } => {
            let c = format_ident!("{}", container);
            let next = if *container_optional {
                quote!(self.#c.as_ref().and_then(|c| c.next_cursor.as_deref()))
            } else {
                quote!(self.#c.next_cursor.as_deref())
            };
            quote! {
                impl crate::runtime::OffsetCursorPage for #ident {
                    type Item = #item;
                    fn into_items(self) -> Vec<Self::Item> {
                        #items
                    }
                    fn next_cursor(&self) -> Option<&str> {
                        #next
                    }
                }
            }
        }
    }
}
