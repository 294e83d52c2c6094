//! Coverage measured independently of the IR: the raw YAML says which
//! operations and component schemas exist; `syn` says what the emitted
//! crate contains. Every operation has exactly one method (matched by the
//! `METHOD /path` its docs state) and every component schema a type
//! (matched by the JSON pointer its docs state).

mod common;

use std::collections::BTreeMap;

const METHODS: &[&str] = &["get", "put", "post", "delete", "options", "head", "patch", "trace"];

fn yaml() -> serde_json::Value {
    let text = std::fs::read_to_string(common::whop_spec()).expect("the spec is readable");
    serde_yaml::from_str(&text).expect("the spec is YAML")
}

fn doc_text(attrs: &[syn::Attribute]) -> String {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .filter_map(|a| match &a.meta {
            syn::Meta::NameValue(nv) => match &nv.value {
                syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) => Some(s.value()),
                _ => None,
            },
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn parse(rel: &str) -> syn::File {
    syn::parse_file(&common::generated_file(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

#[test]
fn every_operation_has_exactly_one_method() {
    let spec = yaml();
    let mut expected = Vec::new();
    for (path, item) in spec["paths"].as_object().expect("paths") {
        for (method, _) in item.as_object().expect("path item") {
            if METHODS.contains(&method.as_str()) {
                expected.push(format!("`{} {}`", method.to_uppercase(), path));
            }
        }
    }
    assert_eq!(expected.len(), 220, "the Whop spec has 220 operations");

    let mut methods: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let dir = common::generated_dir().join("src/resources");
    for entry in std::fs::read_dir(&dir).expect("resources dir") {
        let name = entry.expect("entry").file_name().to_string_lossy().into_owned();
        let file = parse(&format!("src/resources/{name}"));
        for item in &file.items {
            let syn::Item::Impl(block) = item else { continue };
            for impl_item in &block.items {
                let syn::ImplItem::Fn(f) = impl_item else { continue };
                let docs = doc_text(&f.attrs);
                for op in &expected {
                    if docs.contains(&format!("{op} (operationId")) {
                        methods.entry(op.clone()).or_default().push(format!("{name}::{}", f.sig.ident));
                    }
                }
            }
        }
    }
    for op in &expected {
        match methods.get(op).map(Vec::len) {
            Some(1) => {}
            Some(n) => panic!("{op} has {n} methods: {:?}", methods[op]),
            None => panic!("{op} has no method"),
        }
    }
    assert_eq!(methods.len(), expected.len());
}

#[test]
fn every_component_schema_has_a_type() {
    let spec = yaml();
    let schemas = spec["components"]["schemas"].as_object().expect("components.schemas");
    assert_eq!(schemas.len(), 295, "the Whop spec has 295 component schemas");
    let file = parse("src/types.rs");
    let mut documented: BTreeMap<String, String> = BTreeMap::new();
    for item in &file.items {
        let (ident, attrs) = match item {
            syn::Item::Struct(s) => (s.ident.to_string(), &s.attrs),
            syn::Item::Enum(e) => (e.ident.to_string(), &e.attrs),
            syn::Item::Type(t) => (t.ident.to_string(), &t.attrs),
            _ => continue,
        };
        let docs = doc_text(attrs);
        if let Some(at) = docs.find("Generated from `#/components/schemas/") {
            let rest = &docs[at + "Generated from `#/components/schemas/".len()..];
            let pointer_name = rest.split('`').next().unwrap_or_default().to_owned();
            assert!(documented.insert(pointer_name.clone(), ident).is_none(), "{pointer_name} has two types");
        }
    }
    let missing: Vec<&String> = schemas.keys().filter(|k| !documented.contains_key(*k)).collect();
    assert!(missing.is_empty(), "component schemas without a type: {missing:?}");
}
