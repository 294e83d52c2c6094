//! Cargo-feature gating: the `#[cfg(feature = ...)]` attribute for a set of
//! features (see [`crate::ir::Ir::features`]) and putting it on every item
//! that belongs to one type or operation.

use proc_macro2::{Delimiter, TokenStream, TokenTree};
use quote::quote;

use crate::ir::{Ir, Operation};

/// `#[cfg(feature = "a")]` for one feature, `#[cfg(any(feature = "a", ...))]`
/// for several, nothing for none (always compiled).
pub(crate) fn cfg<S: AsRef<str>>(features: &[S]) -> TokenStream {
    let features: Vec<&str> = features.iter().map(AsRef::as_ref).collect();
    match features.as_slice() {
        [] => quote!(),
        [one] => quote!(#[cfg(feature = #one)]),
        many => quote!(#[cfg(any(#(feature = #many),*))]),
    }
}

/// `#[cfg_attr(not(all(<every feature>)), allow(dead_code, unused_imports))]`
/// (inner form with `inner`): code that only gated items use is unused
/// when some feature is off, which is expected rather than a warning.
/// Nothing when the crate has no features.
pub(crate) fn allow_unused_when_partial(ir: &Ir, inner: bool) -> TokenStream {
    if ir.features.is_empty() {
        return quote!();
    }
    let all = ir.features.iter().map(|f| f.name.as_str());
    let bang = if inner { quote!(!) } else { quote!() };
    quote!(##bang[cfg_attr(not(all(#(feature = #all),*)), allow(dead_code, unused_imports))])
}

/// The resources (modules) with operations gated by `feature`, in order of
/// first appearance, and how many operations that is.
pub(crate) fn resources_of<'a>(ir: &'a Ir, feature: &str) -> (Vec<&'a str>, usize) {
    let mut resources: Vec<&str> = Vec::new();
    let mut operations = 0;
    for op in ir.operations.iter().filter(|o| o.feature.as_deref() == Some(feature)) {
        operations += 1;
        if !resources.contains(&op.resource.module.as_str()) {
            resources.push(&op.resource.module);
        }
    }
    (resources, operations)
}

/// The feature every operation of a resource shares, if they all share one:
/// then the whole module and its accessor are gated by it.
pub(crate) fn resource_feature<'a>(ops: &[&'a Operation]) -> Option<&'a String> {
    let first = ops.first()?.feature.as_ref()?;
    ops.iter().all(|op| op.feature.as_ref() == Some(first)).then_some(first)
}

/// Puts `attr` on every top-level item of `items`, after its doc comments.
///
/// An item ends at a top-level `;` or at a top-level `{ ... }` group that is
/// not followed by `;` (a `static X: T = T { .. };` ends at its `;`). That
/// covers everything the generator emits: structs, enums, `impl` blocks,
/// functions, `use`, `type`, `const` and `static` items, each possibly
/// preceded by attributes.
///
/// ```text
/// /// Docs. #[derive(Debug)] struct A { x: i64 } impl A { fn f() {} }
///   → /// Docs. #[cfg(feature = "x")] #[derive(Debug)] struct A { x: i64 } #[cfg(feature = "x")] impl A { fn f() {} }
/// ```
pub(crate) fn gate_items(attr: &TokenStream, items: TokenStream) -> TokenStream {
    if attr.is_empty() {
        return items;
    }
    let mut out = TokenStream::new();
    let mut item: Vec<TokenTree> = Vec::new();
    let mut tokens = items.into_iter().peekable();
    while let Some(token) = tokens.next() {
        let ends = match &token {
            TokenTree::Punct(p) => p.as_char() == ';',
            TokenTree::Group(g) => {
                g.delimiter() == Delimiter::Brace
                    && !matches!(tokens.peek(), Some(TokenTree::Punct(p)) if p.as_char() == ';')
                    && !is_attribute_end(&item)
            }
            _ => false,
        };
        item.push(token);
        if ends {
            push_gated(&mut out, attr, std::mem::take(&mut item));
        }
    }
    if !item.is_empty() {
        push_gated(&mut out, attr, item);
    }
    out
}

/// Appends `item` with `attr` after its doc comments (`#[doc = ..]`), where
/// a reader looks for it.
fn push_gated(out: &mut TokenStream, attr: &TokenStream, item: Vec<TokenTree>) {
    let mut docs_end = 0;
    while let [TokenTree::Punct(hash), TokenTree::Group(body), ..] = &item[docs_end..] {
        let is_doc = hash.as_char() == '#'
            && body.delimiter() == Delimiter::Bracket
            && matches!(body.stream().into_iter().next(), Some(TokenTree::Ident(i)) if i == "doc");
        if !is_doc {
            break;
        }
        docs_end += 2;
    }
    let mut item = item.into_iter();
    out.extend(item.by_ref().take(docs_end));
    out.extend(attr.clone());
    out.extend(item);
}

/// A brace group directly after `#` would be an attribute's body; the
/// generator never writes one, but a `#` alone never ends an item.
fn is_attribute_end(item: &[TokenTree]) -> bool {
    matches!(item.last(), Some(TokenTree::Punct(p)) if p.as_char() == '#')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gate(items: TokenStream) -> String {
        gate_items(&cfg(&["x".to_owned()]), items).to_string()
    }

    #[test]
    fn cfg_spells_one_or_any() {
        assert_eq!(cfg::<&str>(&[]).to_string(), "");
        assert_eq!(cfg(&["a".to_owned()]).to_string(), "# [cfg (feature = \"a\")]");
        assert_eq!(
            cfg(&["a".to_owned(), "b".to_owned()]).to_string(),
            "# [cfg (any (feature = \"a\" , feature = \"b\"))]"
        );
    }

    #[test]
    fn every_item_gets_the_attribute_once() {
        let gated = gate(quote! {
            /// Docs.
            #[derive(Debug)]
            pub struct A { x: i64 }
            impl A { fn f() { let _ = 1; } }
            pub struct T(i64);
            pub type U = A;
            static META: M = M { a: 1 };
            fn g() {}
        });
        let cfg = "# [cfg (feature = \"x\")]";
        assert_eq!(gated.matches(cfg).count(), 6, "{gated}");
        assert!(gated.starts_with(&format!("# [doc = r\" Docs.\"] {cfg} # [derive (Debug)] pub struct A")), "{gated}");
        for item in ["impl A", "pub struct T", "pub type U", "static META", "fn g"] {
            assert!(gated.contains(&format!("{cfg} {item}")), "{item} is not gated in {gated}");
        }
    }

    #[test]
    fn no_features_leaves_tokens_alone() {
        let items = quote!(struct A; impl A {});
        assert_eq!(gate_items(&cfg::<&str>(&[]), items.clone()).to_string(), items.to_string());
    }
}
