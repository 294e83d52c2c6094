//! `insta` snapshots of the IR and of the emitted Rust for the types the
//! project started from (the seeds): `Currencies`, `EventName`,
//! `EventActionSource`, `Lead`, the `createConversion` params (with its
//! nested `context` and `user`) and `Affiliate`.
//!
//! Snapshot changes are reviewed (`cargo insta review`), never blindly accepted.

mod common;

use std::sync::OnceLock;

use clientgen::ir::{Ir, TypeDef, TypeKind, TypeRef};
use quote::ToTokens;

fn ir() -> &'static Ir {
    static IR: OnceLock<Ir> = OnceLock::new();
    IR.get_or_init(|| clientgen::Generator::new(common::whop_spec()).lower().expect("the Whop spec lowers").ir)
}

fn type_def(name: &str) -> &'static TypeDef {
    ir().types.iter().find(|t| t.name == name).unwrap_or_else(|| panic!("no type {name} in the IR"))
}

/// The emitted items for `name` in `src/types.rs`: its definition and every
/// `impl` block whose self type is `name`, printed with prettyplease.
fn emitted(name: &str) -> String {
    // syn trees are not `Sync`; each test parses the file once.
    let file = syn::parse_file(&common::generated_file("src/types.rs")).expect("types.rs parses");
    let items: Vec<syn::Item> = file
        .items
        .iter()
        .filter(|item| match item {
            syn::Item::Struct(s) => s.ident == name,
            syn::Item::Enum(e) => e.ident == name,
            syn::Item::Type(t) => t.ident == name,
            syn::Item::Impl(i) => i.self_ty.to_token_stream().to_string() == name,
            _ => false,
        })
        .cloned()
        .collect();
    assert!(!items.is_empty(), "{name} is not emitted");
    let mut subset = file.clone();
    subset.attrs.clear();
    subset.items = items;
    prettyplease::unparse(&subset)
}

fn snapshot(name: &str) {
    insta::assert_json_snapshot!(format!("ir_{name}"), type_def(name));
    insta::assert_snapshot!(format!("rust_{name}"), emitted(name));
}

#[test]
fn currencies() {
    snapshot("Currencies");
}

#[test]
fn event_name() {
    snapshot("EventName");
}

#[test]
fn event_action_source() {
    snapshot("EventActionSource");
}

#[test]
fn lead() {
    snapshot("Lead");
    snapshot("LeadUser");
}

#[test]
fn affiliate() {
    snapshot("Affiliate");
}

#[test]
fn create_conversion_params_and_nested_objects() {
    let op = ir().operations.iter().find(|o| o.operation_id == "createConversion").expect("createConversion");
    insta::assert_json_snapshot!("ir_op_createConversion", op);
    let Some(TypeRef::Named(params)) = &op.params else { panic!("createConversion has params") };
    snapshot(params);
    let TypeKind::Struct { fields, .. } = &type_def(params).kind else { panic!("params are a struct") };
    for nested in ["context", "user"] {
        let field = fields.iter().find(|f| f.name == nested).unwrap_or_else(|| panic!("field {nested}"));
        let TypeRef::Named(ty) = &field.ty else { panic!("{nested} is a named type") };
        snapshot(ty);
    }
}
