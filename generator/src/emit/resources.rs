//! Tokens for resources: one handle type per tag, one method per operation,
//! each returning the runtime's `RequestBuilder`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{docs, features};
use super::types::{rust_type, TypeSpace};
use crate::ir::{BodyKind, Grouping, Ir, Location, Operation, Resource, ResponseFormat, TypeKind, TypeRef};

/// Resources in order of first appearance, each with its operations.
pub(crate) fn grouped(ir: &Ir) -> Vec<(&Resource, Vec<&Operation>)> {
    let mut out: Vec<(&Resource, Vec<&Operation>)> = Vec::new();
    let mut index: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for op in &ir.operations {
        let at = *index.entry(op.resource.module.as_str()).or_insert_with(|| {
            out.push((&op.resource, Vec::new()));
            out.len() - 1
        });
        out[at].1.push(op);
    }
    out
}

/// The module for one resource.
pub(crate) fn module(ir: &Ir, space: &TypeSpace<'_>, resource: &Resource, ops: &[&Operation]) -> TokenStream {
    let handle = format_ident!("{}", resource.type_name);
    // A module whose operations share a feature is gated as a whole (in
    // `resources/mod.rs`); otherwise each method carries its own.
    let whole = features::resource_feature(ops).is_some();
    let methods = ops.iter().map(|op| {
        let m = method(ir, space, op);
        let upload = upload_helper(op);
        let own: &[String] = if whole { &[] } else { op.feature.as_slice() };
        features::gate_items(&features::cfg(own), quote!(#m #upload))
    });
    let module_doc = format!(" {}.", shared_by(resource));
    let handle_doc = docs::attrs_with(
        resource.doc.as_deref().filter(|d| *d != resource.tag).unwrap_or(""),
        &format!("{}. Get one with [`crate::Client::{}`].", shared_by(resource), resource.module),
    );
    quote! {
        #![doc = #module_doc]
        // Spec prose in the docs triggers these; see `types.rs`.
        #![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items, clippy::too_long_first_doc_paragraph)]

        use crate::runtime::{Client, OperationMeta, RequestBuilder};

        #handle_doc
        #[derive(Debug, Clone, Copy)]
        pub struct #handle<'a> {
            client: &'a Client,
        }

        impl<'a> #handle<'a> {
            pub(crate) fn new(client: &'a Client) -> Self {
                Self { client }
            }

            #(#methods)*
        }
    }
}

/// What a resource's operations share, for its docs: "Operations tagged
/// `Leads`", or for untagged operations the rule that grouped them
/// (ARCHITECTURE.md, "Resources").
pub(crate) fn shared_by(resource: &Resource) -> String {
    let name = &resource.tag;
    match resource.grouping {
        Grouping::Tag => format!("Operations tagged `{name}`"),
        Grouping::Action => format!("Operations whose action (named in the path) acts on `{name}`; the spec gives them no tag"),
        Grouping::OperationIdPrefix => format!("Operations whose operationId starts with `{name}_`; the spec gives them no tag"),
        Grouping::PathSegment => format!("Operations on paths under `{name}`; the spec gives them no tag"),
        Grouping::Ungrouped => "Operations the spec gives no tag and no path segment".to_owned(),
    }
}

fn method(ir: &Ir, space: &TypeSpace<'_>, op: &Operation) -> TokenStream {
    let name = format_ident!("{}", op.method_name);
    let (spec_doc, own_doc) = method_doc(ir, op);
    let doc = docs::attrs_with(&spec_doc, &own_doc);

    let args = arguments(op, true);
    // Each path parameter is shadowed by its encoded segment, which the
    // path's `format!` then names (`format!("/leads/{id}")`).
    let mut path_lets = Vec::new();
    for p in &op.path_params {
        let ident = format_ident!("{}", p.ident);
        match p.ty {
            TypeRef::String => {
                path_lets.push(quote!(let #ident = crate::runtime::encode_path_segment(#ident);));
            }
            _ => {
                let display = match &p.ty {
                    TypeRef::Integer | TypeRef::UnsignedInteger | TypeRef::Number | TypeRef::Boolean => true,
                    // Named types with `Display` (string enums, scalar unions).
                    TypeRef::Named(n) => space.is_displayable(n),
                    _ => false,
                };
                // Lists, objects and other unions: OpenAPI's `style: simple` (`1,2,3`).
                let text = if display { quote!(#ident.to_string()) } else { quote!(crate::runtime::simple_style(&#ident)) };
                path_lets.push(quote!(let #ident = crate::runtime::encode_path_segment(&#text);));
            }
        }
    }
    // A fragment (`/#X-Amz-Target=...`, which converted specs use to tell
    // operations on one path apart) is never sent. A `#` followed by path
    // parameters (`/send/#env/v1/partners/{partnerId}`) is no fragment but
    // a character of the path: it is sent percent-encoded, with them.
    let wire_path = match op.path.split_once('#') {
        Some((path, fragment)) if !fragment.contains('{') => path.to_owned(),
        Some(_) => op.path.replace('#', "%23"),
        None => op.path.clone(),
    };
    let path_expr = if op.path_params.is_empty() {
        quote!(#wire_path.to_owned())
    } else {
        let template = path_template(&wire_path, op);
        quote!(format!(#template))
    };

    let mut chain = Vec::new();
    let mut header_sets = Vec::new();
    if let Some(params) = &op.params {
        let kind = space.def_of(params).map(|t| &t.kind);
        let fields: &[crate::ir::Field] = match kind {
            Some(TypeKind::Struct { fields, .. }) => fields,
            _ => &[],
        };
        let is_struct = matches!(kind, Some(TypeKind::Struct { .. }));
        if fields.iter().any(|f| f.location.is_query()) {
            chain.push(quote!(.query(&params)));
        }
        let whole_body = fields.iter().find(|f| f.location == Location::WholeBody).map(|f| format_ident!("{}", f.ident));
        match &op.body {
            Some(BodyKind::Json) if whole_body.is_some() => chain.push(quote!(.json(&params.#whole_body))),
            Some(BodyKind::Json) if !is_struct || fields.iter().any(|f| f.location == Location::Body) => {
                chain.push(quote!(.json(&params)))
            }
            Some(BodyKind::Form) => chain.push(quote!(.form(&params))),
            Some(BodyKind::Multipart) => chain.push(quote!(.multipart(&params))),
            _ => {}
        }
        for f in fields.iter().filter(|f| matches!(f.location, Location::Header | Location::HeaderJson)) {
            let fi = format_ident!("{}", f.ident);
            let name = &f.name;
            // Scalars are their text; anything else (lists, objects, enums,
            // unions, dates) is serialized by the header's rules.
            let scalar = matches!(f.ty, TypeRef::String | TypeRef::Integer | TypeRef::UnsignedInteger | TypeRef::Number | TypeRef::Boolean);
            // `place` is the value itself, `borrow` a reference to it.
            let set = |place: TokenStream, borrow: TokenStream| match f.location {
                Location::HeaderJson => quote!(request = request.header_json(#name, #borrow);),
                _ if scalar => quote!(request = request.header(#name, #place.to_string());),
                _ => quote!(request = request.header_simple(#name, #borrow);),
            };
            header_sets.push(if f.required && !f.nullable {
                set(quote!(params.#fi), quote!(&params.#fi))
            } else {
                let set = set(quote!(value), quote!(value));
                quote!(if let Some(value) = &params.#fi { #set })
            });
        }
    }
    if let Some(BodyKind::Binary { content_type }) = &op.body {
        chain.push(quote!(.bytes(body.into(), #content_type)));
    }
    let response = response_type(op);
    let returns = return_type(op);
    let method = format_ident!("{}", op.method);
    let path_template = &op.path;
    let operation_id = &op.operation_id;
    let format = match (op.response_format, &op.accept) {
        (ResponseFormat::Json, Some(media_type)) => quote!(JsonMedia(#media_type)),
        (ResponseFormat::Json, None) => quote!(Json),
        (ResponseFormat::Text, _) => quote!(Text),
        (ResponseFormat::Binary, _) => quote!(Binary),
        // The runtime's formats decode whole bodies; an event stream is opened by `EventStream`.
        (ResponseFormat::EventStream, _) => quote!(Text),
    };
    let has_statements = !header_sets.is_empty() || !path_lets.is_empty();
    let request = if header_sets.is_empty() {
        quote! {
            #(#path_lets)*
            self.client.request(&META, #path_expr) #(#chain)*
        }
    } else {
        quote! {
            #(#path_lets)*
            let mut request = self.client.request(&META, #path_expr) #(#chain)*;
            #(#header_sets)*
            request
        }
    };
    let deprecated = if op.deprecated { quote!(#[deprecated]) } else { quote!() };
    let security = super::auth::meta_security(op);
    let idempotency_field = match &op.idempotency_field {
        Some(f) => quote!(Some(#f)),
        None => quote!(None),
    };
    let meta = quote! {
        static META: OperationMeta = OperationMeta {
            method: reqwest::Method::#method,
            path_template: #path_template,
            operation_id: #operation_id,
            idempotency_field: #idempotency_field,
            response_format: crate::runtime::ResponseFormat::#format,
            security: #security,
        };
    };
    if op.response_format == ResponseFormat::EventStream {
        // Text data is handed over as is, anything else decoded as JSON.
        let open = if op.response.as_ref().is_none_or(|t| *t == TypeRef::String) { quote!(open_text) } else { quote!(open) };
        let request = if has_statements { quote!({ #request }) } else { request };
        return quote! {
            #doc
            #deprecated
            pub async fn #name(&self, #(#args),*) -> #returns {
                #meta
                let request: RequestBuilder<#response> = #request;
                crate::runtime::EventStream::#open(request).await
            }
        };
    }
    quote! {
        #doc
        #deprecated
        pub fn #name(&self, #(#args),*) -> #returns {
            #meta
            #request
        }
    }
}

/// A method's arguments after `&self`: the path parameters in path order
/// (`&str` for strings), then `params` when the operation has any, then
/// the raw `body` of a binary request body when `with_body`.
pub(crate) fn arguments(op: &Operation, with_body: bool) -> Vec<TokenStream> {
    let prefix = quote!(crate::types::);
    let mut args = Vec::new();
    for p in &op.path_params {
        let ident = format_ident!("{}", p.ident);
        let ty = if p.ty == TypeRef::String { quote!(&str) } else { rust_type(&p.ty, &prefix) };
        args.push(quote!(#ident: #ty));
    }
    if let Some(params) = &op.params {
        let ty = rust_type(params, &prefix);
        args.push(quote!(params: #ty));
    }
    if with_body && matches!(op.body, Some(BodyKind::Binary { .. })) {
        args.push(quote!(body: impl Into<bytes::Bytes>));
    }
    args
}

/// The type a method's builder (or event stream) yields: the response
/// type, or `()` when the success response has no body.
pub(crate) fn response_type(op: &Operation) -> TokenStream {
    match &op.response {
        Some(ty) => rust_type(ty, &quote!(crate::types::)),
        None => quote!(()),
    }
}

/// What a method returns: `RequestBuilder<R>`, or for an event stream
/// (an `async fn`) `crate::Result<crate::runtime::EventStream<R>>`.
pub(crate) fn return_type(op: &Operation) -> TokenStream {
    let response = response_type(op);
    if op.response_format == ResponseFormat::EventStream {
        quote!(crate::Result<crate::runtime::EventStream<#response>>)
    } else {
        quote!(RequestBuilder<#response>)
    }
}

/// The arguments and return type of `<method>_and_upload`, when the
/// operation has a presigned upload: the method's own arguments, then
/// `contents`; the created record.
pub(crate) fn upload_signature(op: &Operation) -> Option<(Vec<TokenStream>, TokenStream)> {
    let (Some(_), Some(response)) = (&op.presigned_upload, &op.response) else { return None };
    let mut args = arguments(op, false);
    args.push(quote!(contents: impl Into<bytes::Bytes>));
    let response = rust_type(response, &quote!(crate::types::));
    Some((args, quote!(crate::Result<#response>)))
}

/// The `format!` string of a path with parameters: literal braces
/// doubled, each `{name}` replaced by the ident of the path parameter of
/// that wire name (`/leads/{lead-id}` → `/leads/{lead_id}`).
fn path_template(path: &str, op: &Operation) -> String {
    let literal = |text: &str| text.replace('{', "{{").replace('}', "}}");
    let mut template = String::new();
    let mut rest = path;
    let mut position = 0;
    while let Some(start) = rest.find('{') {
        template.push_str(&literal(&rest[..start]));
        let end = rest[start..].find('}').map_or(rest.len(), |e| start + e);
        let name = rest.get(start + 1..end).unwrap_or_default();
        // Lowering declares one path parameter per placeholder, in order.
        let param = op.path_params.iter().find(|p| p.name == name).or_else(|| op.path_params.get(position));
        match param {
            Some(p) => template.push_str(&format!("{{{}}}", p.ident)),
            None => template.push_str(&literal(&rest[start..end.min(rest.len())])),
        }
        position += 1;
        rest = rest.get(end + 1..).unwrap_or_default();
    }
    template.push_str(&literal(rest));
    template
}

/// The spec's prose and the generator's facts, kept apart so only the
/// former is sanitized.
fn method_doc(ir: &Ir, op: &Operation) -> (String, String) {
    // Whop's descriptions end with their own "Required permissions" list;
    // the generated line below states the same from `security`.
    let description = op.description.as_deref().map(|d| match d.find("Required permissions:") {
        Some(i) => d[..i].trim_end(),
        None => d,
    });
    let description = description.filter(|d| Some(*d) != op.summary.as_deref());
    let mut facts = format!("`{} {}` (operationId `{}`).", op.method, op.path, op.operation_id);
    if !op.scopes.is_empty() {
        let scopes = op.scopes.iter().map(|s| format!("`{s}`")).collect::<Vec<_>>().join(", ");
        facts.push_str(&format!("\n\nRequired permissions: {scopes}."));
    }
    if let Some(credentials) = super::auth::method_doc(ir, op) {
        facts.push_str("\n\n");
        facts.push_str(&credentials);
    }
    if let Some(f) = &op.idempotency_field {
        facts.push_str(&format!(
            "\n\nThe API deduplicates on `{f}`: when it is left empty the client fills it with a fresh UUID \
             and sends the same value on every retry, so this call is retried safely."
        ));
    }
    if let Some(p) = &op.pagination {
        let (pages, items) = match p.style {
            crate::ir::PaginationStyle::PageInfo => ("pages", "items"),
            crate::ir::PaginationStyle::NextCursor { .. } => ("pages_by_cursor", "items_by_cursor"),
        };
        facts.push_str(&format!(
            "\n\nReturns one page ([`crate::types::{}`]); the builder's `{pages}()` and `{items}()` stream \
             every page or item lazily, following the cursor.",
            p.page_type
        ));
    }
    let body_arg = match &op.body {
        // A multipart body's boundary is part of its media type.
        Some(BodyKind::Binary { content_type }) if content_type.starts_with("multipart/") => Some(format!(
            "\n- `body`: the encoded request body, sent as is. Its `Content-Type` is `{content_type}`; \
             give the boundary with `.header(\"content-type\", \"{content_type}; boundary=…\")`."
        )),
        Some(BodyKind::Binary { content_type }) => {
            Some(format!("\n- `body`: the request body, sent as is with `Content-Type: {content_type}`."))
        }
        _ => None,
    };
    if !op.path_params.is_empty() || body_arg.is_some() {
        let mut args = String::from("# Arguments\n");
        for p in &op.path_params {
            args.push_str(&format!("\n- `{}`: {}", p.ident, docs::one_line(p.doc.as_deref().unwrap_or(""))));
        }
        args.push_str(body_arg.as_deref().unwrap_or(""));
        facts.push_str("\n\n");
        facts.push_str(&args);
    }
    if op.response_format == crate::ir::ResponseFormat::EventStream {
        facts.push_str(&event_stream_doc(op));
        return (docs::paragraphs([op.summary.as_deref(), description]), facts);
    }
    facts.push_str(
        "\n\n# Errors\n\nThe returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, \
         with the decoded error body), a timeout, a connection failure, or a response that does not decode.",
    );
    (docs::paragraphs([op.summary.as_deref(), description]), facts)
}

/// The docs of a method returning a stream of server-sent events: what
/// each item is, an example, and the errors.
fn event_stream_doc(op: &Operation) -> String {
    let item = match &op.response {
        Some(TypeRef::Named(n)) => format!("[`crate::types::{n}`], decoded from the event's JSON `data`"),
        Some(TypeRef::String) | None => "the event's `data` as text (not decoded)".to_owned(),
        Some(other) => format!("`{}`, decoded from the event's JSON `data`", rust_type(other, &quote!()).to_string().replace(' ', "")),
    };
    let args = op.path_params.iter().map(|p| p.ident.clone()).chain(op.params.as_ref().map(|_| "params".to_owned()));
    let args = args.collect::<Vec<_>>().join(", ");
    format!(
        "\n\nReturns a stream of server-sent events ([`crate::EventStream`]): each item is an \
         [`crate::Event`] whose `data` is {item}, with its `event` name and `id`. \
         `data: [DONE]` ends the stream; `.data()` yields the data alone.\n\n\
         ```ignore\n\
         use futures_util::StreamExt;\n\n\
         let mut stream = client.{}().{}({args}).await?;\n\
         while let Some(event) = stream.next().await {{\n    \
         let event = event?;\n    \
         println!(\"{{}}: {{:?}}\", event.event, event.data);\n\
         }}\n\
         ```\n\n\
         # Errors\n\n\
         Opening the stream is retried like any call and fails with [`crate::Error`]: an API error \
         (non-2xx status, with the decoded error body), a timeout before the response starts, or a \
         connection failure. Once events flow, errors are items of the stream: an event whose data \
         does not decode is an [`crate::Error::Decode`] item and the stream goes on; a broken \
         connection is an [`crate::Error::Connection`] item that ends it.",
        op.resource.module, op.method_name
    )
}

/// `<method>_and_upload`: creates the record, then PUTs the bytes to the
/// presigned URL from the response.
fn upload_helper(op: &Operation) -> TokenStream {
    let (Some(upload), Some((args, returns))) = (&op.presigned_upload, upload_signature(op)) else { return quote!() };
    let name = format_ident!("{}_and_upload", op.method_name);
    let create = format_ident!("{}", op.method_name);
    let mut call_args: Vec<_> = op.path_params.iter().map(|p| format_ident!("{}", p.ident)).collect();
    if op.params.is_some() {
        call_args.push(format_ident!("params"));
    }
    let operation_id = &op.operation_id;
    let missing = format!("{operation_id} returned no upload_url");
    let url = if upload.url_optional {
        quote!(created.upload_url.as_deref().ok_or_else(|| crate::Error::InvalidRequest(#missing.to_owned()))?)
    } else {
        quote!(created.upload_url.as_str())
    };
    let headers = if upload.headers_optional {
        quote!(created.upload_headers.clone().unwrap_or_default())
    } else {
        quote!(created.upload_headers.clone())
    };
    let doc = format!(
        " Creates the record with [`Self::{create}`], then uploads `contents` with `PUT` to the\n \
         presigned `upload_url` it returns, sending its `upload_headers` (and not the API key).\n\n \
         Returns the created record.\n\n \
         # Errors\n\n \
         Whatever `{create}` returns; [`crate::Error::InvalidRequest`] when the response has no\n \
         `upload_url`; the upload's own failure (a non-2xx status from the storage host is an\n \
         API error carrying that status)."
    );
    let doc_lines = doc.lines().map(str::to_owned);
    quote! {
        #(#[doc = #doc_lines])*
        pub async fn #name(&self, #(#args),*) -> #returns {
            let created = self.#create(#(#call_args),*).send().await?;
            let headers = #headers;
            crate::runtime::upload_presigned(self.client, #url, &headers, contents.into()).await?;
            Ok(created)
        }
    }
}
