//! Tokens for resources: one handle type per tag, one method per operation,
//! each returning the runtime's `RequestBuilder`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::docs;
use super::types::rust_type;
use crate::ir::{Ir, Location, Operation, Resource, TypeDef, TypeKind, TypeRef};

/// Resources in order of first appearance, each with its operations.
pub(crate) fn grouped(ir: &Ir) -> Vec<(&Resource, Vec<&Operation>)> {
    let mut out: Vec<(&Resource, Vec<&Operation>)> = Vec::new();
    for op in &ir.operations {
        match out.iter_mut().find(|(r, _)| r.module == op.resource.module) {
            Some((_, ops)) => ops.push(op),
            None => out.push((&op.resource, vec![op])),
        }
    }
    out
}

/// The module for one resource.
pub(crate) fn module(ir: &Ir, resource: &Resource, ops: &[&Operation]) -> TokenStream {
    let handle = format_ident!("{}", resource.type_name);
    let methods = ops.iter().map(|op| method(ir, op));
    let module_doc = format!("Operations tagged `{}`.", resource.tag);
    let handle_doc = docs::attrs_with(
        resource.doc.as_deref().filter(|d| *d != resource.tag).unwrap_or(""),
        &format!("Operations tagged `{}`. Get one with [`crate::Client::{}`].", resource.tag, resource.module),
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

fn type_def<'a>(ir: &'a Ir, ty: &TypeRef) -> Option<&'a TypeDef> {
    match ty {
        TypeRef::Named(n) => ir.types.iter().find(|t| &t.name == n),
        _ => None,
    }
}

fn method(ir: &Ir, op: &Operation) -> TokenStream {
    let name = format_ident!("{}", op.method_name);
    let prefix = quote!(crate::types::);
    let (spec_doc, own_doc) = method_doc(op);
    let doc = docs::attrs_with(&spec_doc, &own_doc);

    let mut args = Vec::new();
    let mut format_args = Vec::new();
    for p in &op.path_params {
        let ident = format_ident!("{}", p.ident);
        match p.ty {
            TypeRef::String => {
                args.push(quote!(#ident: &str));
                format_args.push(quote!(crate::runtime::encode_path_segment(#ident)));
            }
            _ => {
                let ty = rust_type(&p.ty, &prefix);
                args.push(quote!(#ident: #ty));
                format_args.push(quote!(crate::runtime::encode_path_segment(&#ident.to_string())));
            }
        }
    }
    let path_expr = if op.path_params.is_empty() {
        let path = &op.path;
        quote!(#path.to_owned())
    } else {
        let mut template = String::new();
        let mut rest = op.path.as_str();
        while let Some(start) = rest.find('{') {
            template.push_str(&rest[..start].replace('{', "{{").replace('}', "}}"));
            let end = rest[start..].find('}').map(|e| start + e).unwrap_or(rest.len() - 1);
            template.push_str("{}");
            rest = &rest[end + 1..];
        }
        template.push_str(&rest.replace('{', "{{").replace('}', "}}"));
        quote!(format!(#template, #(#format_args),*))
    };

    let mut chain = Vec::new();
    if let Some(params) = &op.params {
        let ty = rust_type(params, &prefix);
        args.push(quote!(params: #ty));
        let (has_query, has_body) = match type_def(ir, params).map(|t| &t.kind) {
            Some(TypeKind::Struct { fields }) => (
                fields.iter().any(|f| matches!(f.location, Location::Query { .. } | Location::QueryDeepObject)),
                fields.iter().any(|f| f.location == Location::Body),
            ),
            _ => (false, true),
        };
        if has_query {
            chain.push(quote!(.query(&params)));
        }
        if has_body && op.body.is_some() {
            chain.push(quote!(.json(&params)));
        }
    }
    let response = match &op.response {
        Some(ty) => rust_type(ty, &prefix),
        None => quote!(()),
    };
    let method = format_ident!("{}", op.method);
    let path_template = &op.path;
    let operation_id = &op.operation_id;
    let deprecated = if op.deprecated { quote!(#[deprecated]) } else { quote!() };
    let idempotency_field = match &op.idempotency_field {
        Some(f) => quote!(Some(#f)),
        None => quote!(None),
    };
    quote! {
        #doc
        #deprecated
        pub fn #name(&self, #(#args),*) -> RequestBuilder<#response> {
            static META: OperationMeta = OperationMeta {
                method: reqwest::Method::#method,
                path_template: #path_template,
                operation_id: #operation_id,
                idempotency_field: #idempotency_field,
            };
            self.client.request(&META, #path_expr) #(#chain)*
        }
    }
}

/// The spec's prose and the generator's facts, kept apart so only the
/// former is sanitized.
fn method_doc(op: &Operation) -> (String, String) {
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
    if !op.path_params.is_empty() {
        let mut args = String::from("# Arguments\n");
        for p in &op.path_params {
            let d = p.doc.as_deref().unwrap_or("").replace('\n', " ");
            args.push_str(&format!("\n- `{}`: {}", p.ident, d.trim()));
        }
        facts.push_str("\n\n");
        facts.push_str(&args);
    }
    facts.push_str(
        "\n\n# Errors\n\nThe returned builder's `send` fails with [`crate::Error`]: an API error (non-2xx status, \
         with the decoded error body), a timeout, a connection failure, or a response that does not decode.",
    );
    (docs::paragraphs([op.summary.as_deref(), description]), facts)
}
