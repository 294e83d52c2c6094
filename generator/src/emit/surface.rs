//! The crate's [`Manifest`] (`api.json`): its public surface, built from
//! the IR with the same functions that emit the code (field types,
//! derives, constructor and method arguments), so the two cannot disagree.

use proc_macro2::TokenStream;
use quote::quote;

use super::{auth, resources, types, webhooks};
use crate::ir::{AuthShape, Ir, Location, TypeDef, TypeKind};
use crate::manifest::{fingerprint, ClientItem, Manifest, Member, MethodItem, TypeItem, FORMAT};

/// The manifest of the crate `emit` writes for `ir`.
pub(crate) fn manifest(ir: &Ir, crate_name: &str, crate_version: &str) -> Manifest {
    let mut types: Vec<TypeItem> = ir.types.iter().map(type_item).collect();
    types.extend(webhook_payload(ir));
    types.sort_by(|a, b| a.name.cmp(&b.name));
    let mut methods: Vec<MethodItem> = ir.operations.iter().flat_map(method_items).collect();
    methods.sort_by(|a, b| a.name.cmp(&b.name));
    Manifest {
        manifest: FORMAT,
        crate_name: crate_name.to_owned(),
        crate_version: crate_version.to_owned(),
        features: super::features_of(ir),
        types,
        methods,
        client: client_items(ir),
    }
}

/// Tokens as compact text, the way rustdoc prints a type: no space inside
/// paths and generics (`Option<Vec<Lead>>`), one after a comma or a colon
/// between a name and its type, and `crate::` left out.
pub(crate) fn text(tokens: &TokenStream) -> String {
    let raw = tokens.to_string();
    let mut out = String::with_capacity(raw.len());
    let chars: Vec<char> = raw.chars().collect();
    let word = |c: char| c.is_alphanumeric() || c == '_' || c == '\'';
    for (i, &c) in chars.iter().enumerate() {
        if c == ' ' {
            let before = out.chars().last();
            let after = chars.get(i + 1).copied();
            // Keep the space between two words (`impl Into`) and after `,`.
            let keep = matches!((before, after), (Some(b), Some(a)) if word(b) && word(a)) || before == Some(',');
            if keep {
                out.push(' ');
            }
        } else if c == ':' && out.ends_with(|p: char| word(p)) && chars.get(i + 1) == Some(&' ') {
            // `name : Type` (an argument) but not `a :: b` (a path).
            out.push_str(": ");
        } else {
            out.push(c);
        }
    }
    out.replace("crate::types::", "types::").replace("crate::runtime::", "").replace("crate::", "")
}

fn type_item(t: &TypeDef) -> TypeItem {
    let (kind, target, members) = match &t.kind {
        TypeKind::Struct { fields, .. } => {
            let members = fields
                .iter()
                .map(|f| Member {
                    name: f.ident.clone(),
                    wire: Some(f.name.clone()),
                    ty: Some(text(&types::field_type(f))),
                    location: location(f.location).map(str::to_owned),
                    docs: fingerprint(f.doc.as_deref().unwrap_or("")),
                })
                .collect();
            ("struct", None, members)
        }
        TypeKind::Enum { values, .. } => {
            let members = values
                .iter()
                .map(|v| Member { name: v.ident.clone(), wire: Some(v.value.clone()), ty: None, location: None, docs: fingerprint("") })
                .collect();
            ("enum", None, members)
        }
        TypeKind::Tagged { variants, .. } | TypeKind::Untagged { variants } => {
            let members = variants
                .iter()
                .map(|v| Member {
                    name: v.ident.clone(),
                    wire: v.tag_value.clone(),
                    ty: Some(text(&types::rust_type(&v.ty, &quote!()))),
                    location: None,
                    docs: fingerprint(v.doc.as_deref().unwrap_or("")),
                })
                .collect();
            let kind = if matches!(t.kind, TypeKind::Tagged { .. }) { "tagged_union" } else { "untagged_union" };
            (kind, None, members)
        }
        TypeKind::Alias { target, .. } => ("alias", Some(text(&types::rust_type(target, &quote!()))), Vec::new()),
    };
    let constructor = match &t.kind {
        TypeKind::Struct { fields, .. } if t.in_request => Some(types::constructor_args(fields).iter().map(text).collect()),
        _ => None,
    };
    TypeItem {
        name: t.name.clone(),
        pointer: t.source.clone(),
        kind: kind.to_owned(),
        derives: types::derives(t).iter().map(|d| (*d).to_owned()).collect(),
        features: t.features.clone(),
        target,
        constructor,
        members,
        docs: fingerprint(t.doc.as_deref().unwrap_or("")),
    }
}

/// Where a field travels, when not as a property of the JSON body.
fn location(l: Location) -> Option<&'static str> {
    match l {
        Location::Body => None,
        Location::Query(_) => Some("query"),
        Location::Header | Location::HeaderJson => Some("header"),
        Location::Form(_) => Some("form"),
        Location::WholeBody => Some("whole_body"),
    }
}

/// The webhook payload enum, one variant per typed event.
fn webhook_payload(ir: &Ir) -> Option<TypeItem> {
    let name = ir.webhook_payload_type.as_ref().filter(|_| webhooks::has_event_enum(ir))?;
    let members = webhooks::typed_events(ir)
        .into_iter()
        .filter_map(|(w, event_type)| {
            let payload = w.payload.as_ref()?;
            Some(Member {
                name: w.ident.clone(),
                wire: Some(event_type.to_owned()),
                ty: Some(text(&types::rust_type(payload, &quote!()))),
                location: None,
                docs: fingerprint(w.doc.as_deref().unwrap_or("")),
            })
        })
        .collect();
    Some(TypeItem {
        name: name.clone(),
        pointer: "/webhooks".to_owned(),
        kind: "webhook_payload".to_owned(),
        derives: webhooks::PAYLOAD_DERIVES.iter().map(|d| (*d).to_owned()).collect(),
        features: ir.webhook_feature.iter().cloned().collect(),
        target: None,
        constructor: None,
        members,
        docs: fingerprint(""),
    })
}

/// The operation's method, and its `_and_upload` helper when it has one.
fn method_items(op: &crate::ir::Operation) -> Vec<MethodItem> {
    let resource = &op.resource.type_name;
    let docs = fingerprint(&format!("{}\n\n{}", op.summary.as_deref().unwrap_or(""), op.description.as_deref().unwrap_or("")));
    let main = MethodItem {
        name: format!("{resource}::{}", op.method_name),
        pointer: op.source.clone(),
        operation_id: op.operation_id.clone(),
        http: format!("{} {}", op.method.to_uppercase(), op.path),
        arguments: resources::arguments(op, true).iter().map(text).collect(),
        returns: text(&resources::return_type(op)),
        is_async: op.response_format == crate::ir::ResponseFormat::EventStream,
        features: op.feature.iter().cloned().collect(),
        deprecated: op.deprecated,
        docs,
    };
    let mut out = vec![main.clone()];
    if let Some((arguments, returns)) = resources::upload_signature(op) {
        out.push(MethodItem {
            name: format!("{resource}::{}_and_upload", op.method_name),
            arguments: arguments.iter().map(text).collect(),
            returns: text(&returns),
            is_async: true,
            deprecated: false,
            docs: fingerprint(""),
            ..main
        });
    }
    out
}

/// The credential setters, one per security scheme, and `Client::new`.
fn client_items(ir: &Ir) -> Vec<ClientItem> {
    let mut out: Vec<ClientItem> = ir
        .security_schemes
        .iter()
        .map(|s| ClientItem {
            name: format!("ClientBuilder::{}", s.ident),
            pointer: s.source.clone(),
            arguments: auth::credential_arguments(s).iter().map(text).collect(),
        })
        .collect();
    let new = match (ir.auth_shape, ir.security_schemes.first()) {
        (AuthShape::None, _) => Some(Vec::new()),
        (AuthShape::SingleToken, Some(s)) => Some(vec![format!("{}: impl Into<String>", s.ident)]),
        _ => None,
    };
    if let Some(arguments) = new {
        out.push(ClientItem { name: "Client::new".to_owned(), pointer: "/components/securitySchemes".to_owned(), arguments });
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

#[cfg(test)]
mod tests {
    use super::text;
    use quote::quote;

    #[test]
    fn text_prints_types_like_rustdoc() {
        assert_eq!(text(&quote!(Option<crate::Nullable<Box<Vec<crate::types::Lead>>>>)), "Option<Nullable<Box<Vec<types::Lead>>>>");
        assert_eq!(text(&quote!(body: impl Into<bytes::Bytes>)), "body: impl Into<bytes::Bytes>");
        assert_eq!(text(&quote!(id: &str)), "id: &str");
        assert_eq!(text(&quote!(std::collections::BTreeMap<String, i64>)), "std::collections::BTreeMap<String, i64>");
        assert_eq!(text(&quote!(crate::Result<crate::runtime::EventStream<()>>)), "Result<EventStream<()>>");
    }
}
