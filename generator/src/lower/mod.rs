//! Stage 4: lower the parsed document into the [`Ir`].
//!
//! Order matters for determinism and naming: component schemas are named
//! first (so inline types never take their names), then lowered in document
//! order; operations follow in path order; webhooks last. Passes then
//! finish the type space:
//! 1. inline types structurally equal to a component schema are replaced by it;
//! 2. types reachable from request params are marked `in_request`;
//! 3. fields that close a cycle of direct containment are boxed.

mod operation;
mod passes;
mod resources;
mod sample;
mod schema;
mod security;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use openapiv3::{OpenAPI, ReferenceOr};
use serde_json::Value;

use crate::diagnostics::{push_pointer, Error, Warning};
use crate::ir::{Ir, TypeDef, TypeKind};
use crate::naming::{type_name, Namespace};
use crate::parse::Parsed;

pub(crate) use schema::Shape;

/// The lowered API plus everything that could not be expressed.
#[derive(Debug, Clone)]
pub struct Lowered {
    /// The intermediate representation.
    pub ir: Ir,
    /// Warnings, each with its JSON pointer.
    pub warnings: Vec<Warning>,
}

/// Prefix of provisional inline type names (never valid in Rust, so never
/// confused with a final name).
pub(crate) const PROVISIONAL: &str = "#inline";

/// Names reserved in the type namespace: the generated crate defines these
/// at its root or uses them unqualified.
const RESERVED_TYPE_NAMES: &[&str] = &[
    "Client", "ClientBuilder", "Error", "Result", "RequestBuilder", "Option", "Some", "None", "Ok", "Err",
    "Vec", "String", "Box", "Value", "Map", "BTreeMap", "DateTime", "Utc", "NaiveDate", "Nullable",
    "Serialize", "Deserialize", "Default", "Unknown", "ErrorBody", "Bytes",
];

/// Lowers a parsed document. `file` is used in error messages.
///
/// # Errors
/// A dangling `$ref`, an unsupported internal `$ref`, or two operations
/// with the same `operationId`.
pub fn lower(file: &Path, parsed: &Parsed) -> Result<Lowered, Error> {
    lower_keeping(file, parsed, &BTreeMap::new())
}

/// [`lower`], keeping the names an earlier generation gave: `kept` maps
/// the JSON pointer of a place that still exists in the document to the
/// type names it had (from the crate's API manifest), in type order: one
/// place can hold several types (a component response's schema, lowered
/// once per operation name), and the first of them gets the first name.
/// Kept names are claimed before every other name, so a new component or inline type can
/// neither take an existing name nor push it to a `2` suffix (the
/// newcomer gets the suffix), and a new place sharing an inline type
/// cannot rename it.
///
/// # Errors
/// As [`lower`].
pub fn lower_keeping(file: &Path, parsed: &Parsed, kept: &BTreeMap<String, Vec<String>>) -> Result<Lowered, Error> {
    let mut l = Lowerer::new(file, &parsed.api, kept);
    l.components()?;
    let (security_schemes, auth_shape) = l.security_schemes();
    l.security_schemes = security_schemes;
    let operations = l.operations()?;
    let webhooks = l.webhooks(&parsed.webhooks)?;
    let api = &parsed.api;
    let mut ir = Ir {
        title: api.info.title.clone(),
        version: api.info.version.clone(),
        description: api.info.description.clone(),
        base_url: api.servers.first().map(|s| s.url.clone()),
        types: std::mem::take(&mut l.types),
        operations,
        webhook_payload_type: None,
        webhooks,
        error_type: l.error_type.clone(),
        features: Vec::new(),
        webhook_feature: None,
        security_schemes: std::mem::take(&mut l.security_schemes),
        auth_shape,
    };
    passes::merge_into_components(&mut ir, &l.component_type_names(), &l.inline_places);
    passes::binary_is_text_in_json(&mut ir);
    passes::mark_sent_only(&mut ir, &l.inline_pointers);
    passes::name_inline_types(&mut ir, &l.inline_places, &l.inline_pointers, &mut l.kept, &mut l.type_names);
    if ir.webhooks.iter().any(|w| w.payload.is_some() && w.event_type.is_some()) {
        ir.webhook_payload_type = Some(l.claim_type_name("/webhooks", "WebhookPayload"));
    }
    passes::order_union_variants(&mut ir);
    passes::mark_request_types(&mut ir);
    passes::relax_one_way_fields(&mut ir);
    passes::box_cycles(&mut ir);
    passes::assign_features(&mut ir, &l.feature_titles);
    // Component schemas first, in document order; then everything else in
    // discovery order (the sort is stable).
    let order: HashMap<&str, usize> =
        l.component_names.keys().filter_map(|k| l.component_order.get(k).map(|i| (l.component_names[k].as_str(), *i))).collect();
    ir.types.sort_by_key(|t| order.get(t.name.as_str()).copied().unwrap_or(usize::MAX));
    l.warnings.sort();
    l.warnings.dedup();
    Ok(Lowered { ir, warnings: l.warnings })
}

/// The kept names (see [`lower_keeping`]) of the types that are not
/// components: claimed in the namespace up front, then each given to the
/// first type defined at its place.
#[derive(Debug, Default)]
pub(crate) struct KeptNames {
    /// The JSON pointer of a place → its kept names, in type order.
    by_pointer: BTreeMap<String, Vec<String>>,
    /// The kept names already given to a type.
    given: BTreeSet<String>,
}

impl KeptNames {
    /// The kept name of the first of `places` that has one not yet given.
    pub(crate) fn take<'p>(&mut self, places: impl IntoIterator<Item = &'p str>) -> Option<String> {
        let name = places
            .into_iter()
            .filter_map(|p| self.by_pointer.get(p))
            .flatten()
            .find(|n| !self.given.contains(*n))?
            .clone();
        self.given.insert(name.clone());
        Some(name)
    }
}

/// The lowering state: the type space being built.
pub(crate) struct Lowerer<'a> {
    pub(crate) file: &'a Path,
    pub(crate) api: &'a OpenAPI,
    pub(crate) types: Vec<TypeDef>,
    pub(crate) type_names: Namespace,
    /// Component schema key → Rust type name.
    pub(crate) component_names: BTreeMap<String, String>,
    /// Component schema key → its position in the document.
    pub(crate) component_order: HashMap<String, usize>,
    /// (Leaf name, structural key) → index into `types` (inline types only).
    pub(crate) dedup: HashMap<(String, TypeKind), usize>,
    /// Provisional inline type name → every naming context it is used at.
    pub(crate) inline_places: BTreeMap<String, Vec<String>>,
    /// Provisional inline type name → the JSON pointer of every place it is used at.
    pub(crate) inline_pointers: BTreeMap<String, Vec<String>>,
    /// Kept names of the types that are not components (see [`lower_keeping`]).
    pub(crate) kept: KeptNames,
    pub(crate) warnings: Vec<Warning>,
    /// Set by union shaping: whether any branch admits null.
    pub(crate) last_union_nullable: bool,
    /// The shared error body type, once every error response agrees on it.
    pub(crate) error_type: Option<crate::ir::TypeRef>,
    pub(crate) error_type_consistent: bool,
    /// Cargo feature name → the first `x-group-title` it was made from.
    pub(crate) feature_titles: BTreeMap<String, String>,
    /// Component type name → its fields for `allOf` merges, built once.
    pub(crate) merged_components: HashMap<String, schema::MergeState>,
    /// How deeply [`Lowerer::shape`] is nested right now.
    pub(crate) schema_depth: usize,
    /// The lowered `components.securitySchemes` (moved into the IR at the end).
    pub(crate) security_schemes: Vec<crate::ir::SecurityScheme>,
    /// Each `pattern` compiled once for [`sample`]'s checks (`None`: not a
    /// regular expression `regex-lite` reads).
    pub(crate) patterns: std::cell::RefCell<HashMap<String, Option<regex_lite::Regex>>>,
}

impl<'a> Lowerer<'a> {
    fn new(file: &'a Path, api: &'a OpenAPI, kept: &BTreeMap<String, Vec<String>>) -> Self {
        let mut type_names = Namespace::with_reserved(RESERVED_TYPE_NAMES);
        let mut component_names = BTreeMap::new();
        let mut component_order = HashMap::new();
        let keys: Vec<&String> = api.components.iter().flat_map(|c| c.schemas.keys()).collect();
        let pointers: BTreeMap<String, &String> = keys.iter().map(|k| (push_pointer("/components/schemas", k), *k)).collect();
        // Kept names first: components that had one, then inline types.
        for (pointer, key) in &pointers {
            // A component schema is one type: its first kept name.
            if let Some(name) = kept.get(pointer).and_then(|names| names.first()).filter(|n| !type_names.contains(n)) {
                component_names.insert((*key).clone(), type_names.claim(name));
            }
        }
        let mut kept_names = KeptNames::default();
        for (pointer, names) in kept.iter().filter(|(pointer, _)| !pointers.contains_key(*pointer)) {
            for name in names {
                if !type_names.contains(name) {
                    let claimed = type_names.claim(name);
                    kept_names.by_pointer.entry(pointer.clone()).or_default().push(claimed);
                }
            }
        }
        for (i, key) in keys.into_iter().enumerate() {
            if !component_names.contains_key(key) {
                component_names.insert(key.clone(), type_names.claim(&type_name(key)));
            }
            component_order.insert(key.clone(), i);
        }
        Lowerer {
            file,
            api,
            types: Vec::new(),
            type_names,
            component_names,
            component_order,
            dedup: HashMap::new(),
            inline_places: BTreeMap::new(),
            inline_pointers: BTreeMap::new(),
            kept: kept_names,
            warnings: Vec::new(),
            last_union_nullable: false,
            error_type: None,
            error_type_consistent: true,
            feature_titles: BTreeMap::new(),
            merged_components: HashMap::new(),
            schema_depth: 0,
            security_schemes: Vec::new(),
            patterns: Default::default(),
        }
    }

    /// The name of the type defined at `pointer`: its kept name, else `base`
    /// (with a suffix when taken).
    pub(crate) fn claim_type_name(&mut self, pointer: &str, base: &str) -> String {
        self.kept.take([pointer]).unwrap_or_else(|| self.type_names.claim(base))
    }

    pub(crate) fn warn(&mut self, pointer: &str, message: impl Into<String>) {
        self.warnings.push(Warning { pointer: pointer.to_owned(), message: message.into() });
    }

    fn component_type_names(&self) -> Vec<String> {
        self.component_names.values().cloned().collect()
    }

    /// Refuses a chain of component `$ref`s that loops without ever
    /// reaching a schema (`A: {$ref: B}`, `B: {$ref: A}`): no type can be that.
    fn check_alias_cycles(&self) -> Result<(), Error> {
        let Some(components) = &self.api.components else { return Ok(()) };
        for start in components.schemas.keys() {
            let mut chain = vec![start.clone()];
            let mut current = start.clone();
            while let Some(ReferenceOr::Reference { reference }) = components.schemas.get(&current) {
                let Some(next) = reference.strip_prefix("#/components/schemas/") else { break };
                let next = crate::diagnostics::unescape_token(next);
                chain.push(next.clone());
                if next == *start {
                    return Err(Error::at(
                        self.file,
                        push_pointer("/components/schemas", start),
                        format!("$ref cycle with no schema in it: {}", chain.join(" → ")),
                    ));
                }
                if chain.len() > components.schemas.len() + 1 {
                    break;
                }
                current = next;
            }
        }
        Ok(())
    }

    /// Every component schema becomes a named type, in document order.
    fn components(&mut self) -> Result<(), Error> {
        self.check_alias_cycles()?;
        let Some(components) = &self.api.components else { return Ok(()) };
        for (key, schema) in &components.schemas {
            let pointer = push_pointer("/components/schemas", key);
            let name = self.component_names[key].clone();
            let mut source = pointer.clone();
            let (kind, doc) = match schema {
                ReferenceOr::Reference { reference } => {
                    (TypeKind::Alias { target: self.resolve_ref(reference, &pointer)?, constant: None }, None)
                }
                ReferenceOr::Item(s) => {
                    if let Some(Value::String(from)) = s.schema_data.extensions.get(crate::hoist::HOISTED_FROM) {
                        source = from.clone();
                    }
                    let doc = schema::doc_of(s);
                    match self.component_shape(s, &name, &pointer)? {
                        Shape::Kind(kind) => (kind, doc),
                        Shape::Ref(u) => (TypeKind::Alias { target: u.ty, constant: u.constant }, doc.or(u.doc)),
                    }
                }
            };
            self.types.push(TypeDef { name, source, shared_by: 0, doc, in_request: false, sent_only: false, features: Vec::new(), kind });
        }
        Ok(())
    }
}
