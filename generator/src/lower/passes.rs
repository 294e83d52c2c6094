//! Whole-type-space passes that run after every schema has been lowered.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::schema::{leaf_of, shape_key};
use super::PROVISIONAL;
use crate::ir::{Access, Feature, Ir, ResponseFormat, TypeKind, TypeRef};
use crate::naming::{type_name, Namespace};

/// Calls `f` on every [`TypeRef`] held by `kind`.
pub(crate) fn refs_mut(kind: &mut TypeKind, f: &mut impl FnMut(&mut TypeRef)) {
    match kind {
        TypeKind::Struct { fields, .. } => fields.iter_mut().for_each(|x| f(&mut x.ty)),
        TypeKind::Tagged { variants, .. } | TypeKind::Untagged { variants } => {
            variants.iter_mut().for_each(|v| f(&mut v.ty))
        }
        TypeKind::Alias { target, .. } => f(target),
        TypeKind::Enum { .. } => {}
    }
}

fn rename(ty: &mut TypeRef, map: &HashMap<String, String>) {
    match ty {
        TypeRef::Named(n) => {
            if let Some(to) = map.get(n) {
                *n = to.clone();
            }
        }
        TypeRef::Array(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => rename(inner, map),
        _ => {}
    }
}

/// Applies a type rename to every reference in the IR.
fn rename_all(ir: &mut Ir, map: &HashMap<String, String>) {
    for t in &mut ir.types {
        refs_mut(&mut t.kind, &mut |r| rename(r, map));
    }
    for op in &mut ir.operations {
        for p in &mut op.path_params {
            rename(&mut p.ty, map);
        }
        for r in [&mut op.params, &mut op.response].into_iter().flatten() {
            rename(r, map);
        }
        if let Some(p) = &mut op.pagination {
            rename(&mut p.item, map);
            if let Some(to) = map.get(p.page_type.as_str()) {
                p.page_type = to.clone();
            }
        }
    }
    for w in &mut ir.webhooks {
        if let Some(p) = &mut w.payload {
            rename(p, map);
        }
    }
    if let Some(e) = &mut ir.error_type {
        rename(e, map);
    }
}

/// Replaces every inline type that is structurally identical to a component
/// schema's type by that component (e.g. an inline copy of `PaymentMethod`),
/// repeating until nothing changes.
///
/// Unions and enums merge on shape alone; a struct merges only when its
/// place names the component (`AdCampaign.payment_method` → `PaymentMethod`),
/// so an inline `{id, title}` never becomes an unrelated component.
pub(crate) fn merge_into_components(ir: &mut Ir, components: &[String], places: &BTreeMap<String, Vec<String>>) {
    let components: BTreeSet<&str> = components.iter().map(String::as_str).collect();
    let names_component = |inline: &str, component: &str| {
        places.get(inline).into_iter().flatten().any(|ctx| {
            let leaf = type_name(&leaf_of(ctx));
            component.contains(&leaf) || leaf.contains(component)
        })
    };
    loop {
        let mut by_shape: HashMap<TypeKind, String> = HashMap::new();
        for t in ir.types.iter().filter(|t| components.contains(t.name.as_str())) {
            if !matches!(t.kind, TypeKind::Alias { .. }) {
                by_shape.entry(shape_key(&t.kind)).or_insert_with(|| t.name.clone());
            }
        }
        let mut map = HashMap::new();
        for t in ir.types.iter().filter(|t| !components.contains(t.name.as_str())) {
            if let Some(target) = by_shape.get(&shape_key(&t.kind)) {
                if !matches!(t.kind, TypeKind::Struct { .. }) || names_component(&t.name, target) {
                    map.insert(t.name.clone(), target.clone());
                }
            }
        }
        if map.is_empty() {
            return;
        }
        // Keep the merged type's share count on its replacement.
        let shares: Vec<(String, usize)> = ir
            .types
            .iter()
            .filter_map(|t| map.get(&t.name).map(|to| (to.clone(), t.shared_by + 1)))
            .collect();
        ir.types.retain(|t| !map.contains_key(&t.name));
        for (to, n) in shares {
            if let Some(t) = ir.types.iter_mut().find(|t| t.name == to) {
                t.shared_by += n;
            }
        }
        rename_all(ir, &map);
    }
}

fn named_in(ty: &TypeRef, out: &mut Vec<String>) {
    match ty {
        TypeRef::Named(n) => out.push(n.clone()),
        TypeRef::Array(i) | TypeRef::Map(i) | TypeRef::Nullable(i) => named_in(i, out),
        _ => {}
    }
}

/// Marks every type reachable from an operation's params as `in_request`:
/// such structs get a constructor and one setter per optional field.
pub(crate) fn mark_request_types(ir: &mut Ir) {
    let mut sent = Vec::new();
    for p in ir.operations.iter().filter_map(|op| op.params.as_ref()) {
        named_in(p, &mut sent);
    }
    for i in reachable(ir, sent) {
        ir.types[i].in_request = true;
    }
}

/// `required` binds a property only in the direction it travels (OpenAPI
/// 3.0.3, `readOnly`/`writeOnly`): a required read-only field of a type
/// that is sent ([`TypeDef::in_request`](crate::ir::TypeDef::in_request))
/// is optional, or every request would have to carry what only the server
/// sets; a required write-only field of a type that may be decoded (not
/// [`sent_only`](crate::ir::TypeDef::sent_only)) is optional, or every
/// response would fail to decode. Runs after [`mark_request_types`].
pub(crate) fn relax_one_way_fields(ir: &mut Ir) {
    for t in &mut ir.types {
        let (sent, decoded) = (t.in_request, !t.sent_only);
        let TypeKind::Struct { fields, .. } = &mut t.kind else { continue };
        for f in fields.iter_mut() {
            match f.access {
                Access::ReadOnly if sent => f.required = false,
                Access::WriteOnly if decoded => f.required = false,
                _ => {}
            }
        }
    }
}

/// Orders each untagged union's variants for serde's first match: a
/// derived struct also decodes from a JSON *array* (its fields in order,
/// missing optional ones defaulted), so `[]` would become a struct of
/// `None`s and re-encode as `{}`. A variant that takes only arrays (a
/// `Vec`, or an alias of one) therefore moves ahead of the first struct
/// variant before it; every other variant keeps its place, so a union
/// without both kinds is unchanged. Decoding order only: a value that fits
/// one of them never fits the other, so no encoding changes.
pub(crate) fn order_union_variants(ir: &mut Ir) {
    let kinds: HashMap<String, VariantClass> = ir
        .types
        .iter()
        .filter_map(|t| {
            let class = match &t.kind {
                TypeKind::Struct { .. } => VariantClass::Struct,
                TypeKind::Alias { target: TypeRef::Array(_), .. } => VariantClass::Array,
                _ => return None,
            };
            Some((t.name.clone(), class))
        })
        .collect();
    let class = |ty: &TypeRef| match ty {
        TypeRef::Array(_) => Some(VariantClass::Array),
        TypeRef::Named(name) => kinds.get(name).copied(),
        _ => None,
    };
    for t in &mut ir.types {
        let TypeKind::Untagged { variants } = &mut t.kind else { continue };
        let Some(first_struct) = variants.iter().position(|v| class(&v.ty) == Some(VariantClass::Struct)) else { continue };
        // From the first struct on: the arrays, then the rest, each in order.
        let (arrays, rest): (Vec<_>, Vec<_>) =
            variants.drain(first_struct..).partition(|v| class(&v.ty) == Some(VariantClass::Array));
        variants.extend(arrays);
        variants.extend(rest);
    }
}

/// What JSON a union variant decodes from, where it matters for [`order_union_variants`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum VariantClass {
    /// A derived struct: an object, or an array of its fields.
    Struct,
    /// An array only.
    Array,
}

/// Indexes of the types reachable from the named `roots`.
fn reachable(ir: &Ir, mut stack: Vec<String>) -> BTreeSet<usize> {
    let index: HashMap<&str, usize> = ir.types.iter().enumerate().map(|(i, t)| (t.name.as_str(), i)).collect();
    let mut visited = BTreeSet::new();
    while let Some(name) = stack.pop() {
        let Some(&i) = index.get(name.as_str()) else { continue };
        if visited.insert(i) {
            refs(&ir.types[i].kind, &mut |r| named_in(r, &mut stack));
        }
    }
    visited
}

/// Boxes struct fields that would otherwise make a type contain itself
/// (directly, or through other structs, unions or aliases; `Vec` and maps
/// already allocate).
pub(crate) fn box_cycles(ir: &mut Ir) {
    let mut direct: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for t in &ir.types {
        let mut kind = t.kind.clone();
        let mut edges = Vec::new();
        refs_mut(&mut kind, &mut |r| {
            if let TypeRef::Named(n) = r {
                edges.push(n.clone());
            }
        });
        direct.insert(t.name.clone(), edges);
    }
    let reaches = |from: &str, to: &str| -> bool {
        let mut seen = BTreeSet::new();
        let mut stack = vec![from.to_owned()];
        while let Some(n) = stack.pop() {
            if n == to {
                return true;
            }
            if seen.insert(n.clone()) {
                stack.extend(direct.get(&n).into_iter().flatten().cloned());
            }
        }
        false
    };
    let mut to_box = Vec::new();
    for (ti, t) in ir.types.iter().enumerate() {
        if let TypeKind::Struct { fields, .. } = &t.kind {
            for (fi, f) in fields.iter().enumerate() {
                if let TypeRef::Named(target) = &f.ty {
                    if reaches(target, &t.name) {
                        to_box.push((ti, fi));
                    }
                }
            }
        }
    }
    for (ti, fi) in to_box {
        if let TypeKind::Struct { fields, .. } = &mut ir.types[ti].kind {
            fields[fi].boxed = true;
        }
    }
}

/// Types every `format: binary` string inside JSON as `String`: JSON has no
/// raw bytes, so such a value is text on the wire (`bytes::Bytes` would
/// encode it as an array of numbers). Raw bytes stay where they are raw: a
/// multipart or form field ([`Location::Form`](crate::ir::Location::Form)),
/// a binary response, and a raw request body. An alias of bytes (`File:
/// {type: string, format: binary}`) becomes an alias of `String` unless a
/// raw place names it; then its JSON places use `String` itself.
pub(crate) fn binary_is_text_in_json(ir: &mut Ir) {
    let aliases: BTreeMap<String, TypeRef> = ir
        .types
        .iter()
        .filter_map(|t| match &t.kind {
            TypeKind::Alias { target, constant: None } if holds_bytes(target) => Some((t.name.clone(), target.clone())),
            _ => None,
        })
        .collect();
    // The names raw places use (a form field, a binary response).
    let mut named = Vec::new();
    for t in &ir.types {
        if let TypeKind::Struct { fields, .. } = &t.kind {
            fields.iter().filter(|f| matches!(f.location, crate::ir::Location::Form(_))).for_each(|f| named_in(&f.ty, &mut named));
        }
    }
    for op in ir.operations.iter().filter(|op| op.response_format == ResponseFormat::Binary) {
        op.response.iter().for_each(|r| named_in(r, &mut named));
    }
    let raw: BTreeSet<String> = named.into_iter().filter(|n| aliases.contains_key(n)).collect();
    let text_of = |target: &TypeRef| {
        let mut target = target.clone();
        text(&mut target, &BTreeMap::new());
        target
    };
    let raw_aliases: BTreeMap<String, TypeRef> = aliases.iter().filter(|(n, _)| raw.contains(*n)).map(|(n, t)| (n.clone(), text_of(t))).collect();
    fn text(ty: &mut TypeRef, raw_aliases: &BTreeMap<String, TypeRef>) {
        match ty {
            TypeRef::Bytes => *ty = TypeRef::String,
            TypeRef::Named(n) => {
                if let Some(as_text) = raw_aliases.get(n) {
                    *ty = as_text.clone();
                }
            }
            TypeRef::Array(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => text(inner, raw_aliases),
            _ => {}
        }
    }
    for t in &mut ir.types {
        match &mut t.kind {
            TypeKind::Struct { fields, .. } => fields
                .iter_mut()
                .filter(|f| !matches!(f.location, crate::ir::Location::Form(_)))
                .for_each(|f| text(&mut f.ty, &raw_aliases)),
            TypeKind::Tagged { variants, .. } | TypeKind::Untagged { variants } => {
                variants.iter_mut().for_each(|v| text(&mut v.ty, &raw_aliases))
            }
            TypeKind::Alias { target, constant: None } if aliases.contains_key(&t.name) && !raw.contains(&t.name) => {
                text(target, &raw_aliases)
            }
            TypeKind::Alias { .. } | TypeKind::Enum { .. } => {}
        }
    }
    for op in &mut ir.operations {
        if op.response_format == ResponseFormat::Json {
            if let Some(response) = &mut op.response {
                text(response, &raw_aliases);
            }
        }
        // A whole JSON body (the params type is the body's own type).
        if op.body == Some(crate::ir::BodyKind::Json) {
            if let Some(params) = &mut op.params {
                text(params, &raw_aliases);
            }
        }
    }
}

/// Whether `ty` is, or holds (array, map, nullable), raw bytes.
fn holds_bytes(ty: &TypeRef) -> bool {
    match ty {
        TypeRef::Bytes => true,
        TypeRef::Array(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => holds_bytes(inner),
        _ => false,
    }
}

/// Marks every inline type whose places are all in a request (under a
/// request body or a parameter) as [`TypeDef::sent_only`](crate::ir::TypeDef::sent_only).
/// Runs before naming: `pointers` is keyed by provisional names.
pub(crate) fn mark_sent_only(ir: &mut Ir, pointers: &BTreeMap<String, Vec<String>>) {
    for t in &mut ir.types {
        if let Some(places) = pointers.get(&t.name) {
            t.sent_only = !places.is_empty() && places.iter().all(|p| in_request(p));
        }
    }
}

/// Whether a JSON pointer lies in a request: an operation's (or a path's)
/// `requestBody` or `parameters`, or a `components.requestBodies` or
/// `components.parameters` entry.
///
/// Webhook payloads (`/webhooks/...`) and callbacks are requests the
/// client receives, not sends, so they are not.
fn in_request(pointer: &str) -> bool {
    let tokens: Vec<&str> = pointer.split('/').skip(1).collect();
    matches!(
        tokens.as_slice(),
        ["paths", _, "parameters", ..] | ["paths", _, _, "requestBody" | "parameters", ..] | ["components", "requestBodies" | "parameters", ..]
    )
}

/// Gives every inline type its final name.
///
/// First, a type used at a place `kept` names (an earlier generation's
/// name for it, see [`super::lower_keeping`]) gets that name back, in type
/// order. Every other type gets the shortest of the names
/// of the places it is used at (ties broken alphabetically), claimed in
/// type order so collisions get `2`, `3`, ... deterministically.
pub(crate) fn name_inline_types(
    ir: &mut Ir,
    places: &BTreeMap<String, Vec<String>>,
    pointers: &BTreeMap<String, Vec<String>>,
    kept: &mut super::KeptNames,
    names: &mut Namespace,
) {
    let inline: Vec<String> = ir.types.iter().filter(|t| t.name.starts_with(PROVISIONAL)).map(|t| t.name.clone()).collect();
    let mut map = HashMap::new();
    for provisional in &inline {
        let mut own: Vec<&str> = pointers.get(provisional).into_iter().flatten().map(String::as_str).collect();
        own.sort();
        if let Some(name) = kept.take(own) {
            map.insert(provisional.clone(), name);
        }
    }
    for provisional in &inline {
        if map.contains_key(provisional) {
            continue;
        }
        let best = places
            .get(provisional)
            .into_iter()
            .flatten()
            .map(|ctx| type_name(ctx))
            .min_by(|a, b| a.len().cmp(&b.len()).then_with(|| a.cmp(b)))
            .unwrap_or_else(|| "Inline".to_owned());
        map.insert(provisional.clone(), names.claim(&best));
    }
    for t in &mut ir.types {
        if let Some(to) = map.get(&t.name) {
            t.name = to.clone();
        }
    }
    rename_all(ir, &map);
}

/// Calls `f` on every [`TypeRef`] held by `kind`, read-only.
fn refs(kind: &TypeKind, f: &mut impl FnMut(&TypeRef)) {
    match kind {
        TypeKind::Struct { fields, .. } => fields.iter().for_each(|x| f(&x.ty)),
        TypeKind::Tagged { variants, .. } | TypeKind::Untagged { variants } => variants.iter().for_each(|v| f(&v.ty)),
        TypeKind::Alias { target, .. } => f(target),
        TypeKind::Enum { .. } => {}
    }
}

/// Feature name of the typed webhook payloads.
const WEBHOOK_FEATURE: &str = "webhook-events";

/// Lists the crate's cargo features (one per resource group, then the
/// typed webhook events) and gives every type the features that reach it.
///
/// A type reached by an ungated operation, by the error body (the runtime
/// names it), or by nothing, stays ungated. A type every feature needs is
/// still gated on all of them: a gate depends only on what reaches the
/// type, so a new feature never narrows an existing gate (an ungated type
/// turned into one gated on every old feature would vanish for a build
/// with none). Runs after naming, so the names are final.
///
/// `titles` maps each feature name to the first `x-group-title` it came
/// from (titles that differ only in case or punctuation share a feature).
pub(crate) fn assign_features(ir: &mut Ir, titles: &BTreeMap<String, String>) {
    let mut features: Vec<Feature> = Vec::new();
    for op in &ir.operations {
        if let Some(name) = &op.feature {
            if !features.iter().any(|f| &f.name == name) {
                let title = titles.get(name).cloned().unwrap_or_else(|| name.clone());
                features.push(Feature { name: name.clone(), title });
            }
        }
    }
    if features.is_empty() {
        return;
    }
    let typed_webhooks = ir.webhook_payload_type.is_some();
    if typed_webhooks && !features.iter().any(|f| f.name == WEBHOOK_FEATURE) {
        features.push(Feature { name: WEBHOOK_FEATURE.to_owned(), title: "typed webhook events".to_owned() });
        ir.webhook_feature = Some(WEBHOOK_FEATURE.to_owned());
    }

    // Root type names per feature index; `always` (one past the last
    // feature) collects the roots that are compiled unconditionally.
    let always = features.len();
    let slot = |name: Option<&str>| name.and_then(|n| features.iter().position(|f| f.name == n)).unwrap_or(always);
    let mut roots: Vec<Vec<String>> = vec![Vec::new(); always + 1];
    for op in &ir.operations {
        let at = slot(op.feature.as_deref());
        for ty in op.params.iter().chain(&op.response).chain(op.path_params.iter().map(|p| &p.ty)) {
            named_in(ty, &mut roots[at]);
        }
    }
    // Untyped webhook payloads (no `WebhookPayload` enum) stay ungated.
    let at = slot(ir.webhook_feature.as_deref());
    for ty in ir.webhooks.iter().filter_map(|w| w.payload.as_ref()) {
        named_in(ty, &mut roots[at]);
    }
    if let Some(ty) = &ir.error_type {
        named_in(ty, &mut roots[always]);
    }

    let mut needs: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); ir.types.len()];
    for (feature, names) in roots.into_iter().enumerate() {
        for i in reachable(ir, names) {
            needs[i].insert(feature);
        }
    }
    for (t, need) in ir.types.iter_mut().zip(needs) {
        let gated = !need.is_empty() && !need.contains(&always);
        t.features = if gated { need.into_iter().map(|f| features[f].name.clone()).collect() } else { Vec::new() };
    }
    ir.features = features;
}

