//! Resolving the generated crate's feature gates for a fixed set of
//! features, for the single-file form (`include!`d by a downstream crate,
//! whose own cargo features are not the generated crate's).
//!
//! Every `#[cfg(...)]` and `#[cfg_attr(..., ...)]` whose predicate uses only
//! `feature = "..."`, `any`, `all` and `not` is decided here: the item is
//! kept without the attribute or removed, and a `cfg_attr` becomes its
//! attributes or nothing. Any other predicate (`test`, `docsrs`, ...) is
//! left for the compiler.

use std::collections::BTreeSet;

use syn::punctuated::Punctuated;
use syn::{Attribute, Item, Meta, Token};

/// Decides the feature gates in `items` (and in modules and `impl` blocks
/// inside them) for the features in `enabled`.
pub(crate) fn resolve(items: &mut Vec<Item>, enabled: &BTreeSet<String>) {
    items.retain_mut(|item| {
        let Some(attrs) = item_attrs(item) else { return true };
        if !resolve_attrs(attrs, enabled) {
            return false;
        }
        match item {
            Item::Mod(m) => {
                if let Some((_, inner)) = &mut m.content {
                    resolve(inner, enabled);
                }
            }
            Item::Impl(imp) => imp.items.retain_mut(|member| match member {
                syn::ImplItem::Fn(f) => resolve_attrs(&mut f.attrs, enabled),
                syn::ImplItem::Const(c) => resolve_attrs(&mut c.attrs, enabled),
                syn::ImplItem::Type(t) => resolve_attrs(&mut t.attrs, enabled),
                _ => true,
            }),
            _ => {}
        }
        true
    });
}

/// The attributes of `item`, for the kinds of item generated crates hold.
pub(crate) fn item_attrs(item: &mut Item) -> Option<&mut Vec<Attribute>> {
    Some(match item {
        Item::Const(i) => &mut i.attrs,
        Item::Enum(i) => &mut i.attrs,
        Item::Fn(i) => &mut i.attrs,
        Item::Impl(i) => &mut i.attrs,
        Item::Macro(i) => &mut i.attrs,
        Item::Mod(i) => &mut i.attrs,
        Item::Static(i) => &mut i.attrs,
        Item::Struct(i) => &mut i.attrs,
        Item::Trait(i) => &mut i.attrs,
        Item::Type(i) => &mut i.attrs,
        Item::Use(i) => &mut i.attrs,
        _ => return None,
    })
}

/// Rewrites `attrs`; `false` when a decided `cfg` removes the item.
fn resolve_attrs(attrs: &mut Vec<Attribute>, enabled: &BTreeSet<String>) -> bool {
    let mut keep = true;
    let mut out = Vec::with_capacity(attrs.len());
    for attr in attrs.drain(..) {
        if attr.path().is_ident("cfg") {
            match attr.parse_args::<Meta>().ok().and_then(|m| eval(&m, enabled)) {
                Some(on) => keep &= on,
                None => out.push(attr),
            }
        } else if attr.path().is_ident("cfg_attr") {
            let parsed = attr.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated).ok();
            let decided = parsed.as_ref().and_then(|list| Some((eval(list.first()?, enabled)?, list)));
            match decided {
                Some((true, list)) => out.extend(list.iter().skip(1).map(|meta| syn::parse_quote!(#[#meta]))),
                Some((false, _)) => {}
                None => out.push(attr),
            }
        } else {
            out.push(attr);
        }
    }
    *attrs = out;
    keep
}

/// The value of a feature predicate, or `None` if it uses anything else.
fn eval(meta: &Meta, enabled: &BTreeSet<String>) -> Option<bool> {
    match meta {
        Meta::NameValue(nv) if nv.path.is_ident("feature") => match &nv.value {
            syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) => Some(enabled.contains(&s.value())),
            _ => None,
        },
        Meta::List(list) => {
            let args = list.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated).ok()?;
            let values = args.iter().map(|m| eval(m, enabled)).collect::<Option<Vec<bool>>>()?;
            if list.path.is_ident("any") {
                Some(values.iter().any(|v| *v))
            } else if list.path.is_ident("all") {
                Some(values.iter().all(|v| *v))
            } else if list.path.is_ident("not") && values.len() == 1 {
                Some(!values[0])
            } else {
                None
            }
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolved(src: &str, enabled: &[&str]) -> String {
        let mut file: syn::File = syn::parse_str(src).expect("test source parses");
        resolve(&mut file.items, &enabled.iter().map(|s| s.to_string()).collect());
        prettyplease::unparse(&file).split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn feature_gates_are_decided() {
        let src = r#"
            #[cfg(feature = "a")] pub struct A;
            #[cfg(any(feature = "a", feature = "b"))] pub struct AB;
            #[cfg(feature = "b")] pub struct B;
            #[cfg(test)] mod tests {}
            #[cfg_attr(not(all(feature = "a", feature = "b")), allow(dead_code))] pub mod runtime {}
            impl C { #[cfg(feature = "b")] pub fn b(&self) {} pub fn c(&self) {} }
        "#;
        assert_eq!(
            resolved(src, &["a"]),
            "pub struct A; pub struct AB; #[cfg(test)] mod tests {} #[allow(dead_code)] pub mod runtime {} impl C { pub fn c(&self) {} }"
        );
        assert_eq!(
            resolved(src, &["a", "b"]),
            "pub struct A; pub struct AB; pub struct B; #[cfg(test)] mod tests {} pub mod runtime {} impl C { pub fn b(&self) {} pub fn c(&self) {} }"
        );
    }

    #[test]
    fn gates_inside_modules_are_decided() {
        assert_eq!(resolved(r#"mod m { #[cfg(feature = "x")] struct X; struct Y; }"#, &[]), "mod m { struct Y; }");
    }
}
