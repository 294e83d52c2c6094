//! Lowering schemas into the type space: named types for objects, enums and
//! unions; [`TypeRef`]s for everything else.
//!
//! Inline schemas are named from their place (`Lead.user` → `LeadUser`) and
//! deduplicated structurally: two inline schemas that lower to the same
//! shape (ignoring docs) share the first one's type.

use indexmap::IndexMap;
use openapiv3::{
    AdditionalProperties, Discriminator, ReferenceOr, Schema, SchemaKind, StringFormat, Type,
    VariantOrUnknownOrEmpty,
};
use serde_json::Value;

use super::Lowerer;
use crate::diagnostics::{push_pointer, Error};
use crate::ir::{Access, EnumValue, Field, Location, TypeDef, TypeKind, TypeRef, Variant};
use crate::naming::{field_name, variant_name, Namespace};
use crate::normalize::CONST_MARKER;

/// How deeply [`Lowerer::shape`] may nest: a schema inside a schema, through
/// properties, items, unions and the `allOf` parts it merges from other
/// components. Deeper input is refused with an error naming the pointer,
/// never a stack overflow. Real specs stay far below it; the deepest in the
/// APIs.guru directory nests about 30 levels.
pub(crate) const MAX_SCHEMA_DEPTH: usize = 256;

/// A lowered schema use: the type plus the facts that belong to the use site.
#[derive(Debug, Clone)]
pub(crate) struct Use {
    pub ty: TypeRef,
    pub nullable: bool,
    pub doc: Option<String>,
    pub constant: Option<String>,
}

impl Use {
    fn plain(ty: TypeRef) -> Self {
        Use { ty, nullable: false, doc: None, constant: None }
    }

    /// The type as an array item, map value or response body: `Option<T>` when nullable
    /// (any JSON holds `null` already, so it stays JSON).
    pub(crate) fn element(self) -> TypeRef {
        match self.ty {
            ty if !self.nullable || ty == TypeRef::Json => ty,
            ty => TypeRef::Nullable(Box::new(ty)),
        }
    }
}

/// What a schema lowers to before it gets a name.
pub(crate) enum Shape {
    /// Needs a named type of this kind.
    Kind(TypeKind),
    /// Is (an optionally nullable use of) an existing type.
    Ref(Use),
}

/// The object-ish parts shared by `ObjectType` and `AnySchema`.
struct ObjectView<'s> {
    properties: &'s IndexMap<String, ReferenceOr<Box<Schema>>>,
    required: &'s [String],
    additional: Option<&'s AdditionalProperties>,
    min_properties: Option<usize>,
}

/// A struct of `fields` whose schema says `minProperties: min`: the minimum
/// is kept only when the required fields alone do not reach it.
fn struct_kind(fields: Vec<Field>, min: Option<usize>) -> TypeKind {
    let required = fields.iter().filter(|f| f.required).count();
    TypeKind::Struct { min_properties: min.filter(|&m| m > required).unwrap_or(0), fields }
}

/// A schema's docs: its `description` (or `title`), followed by the
/// [`constraint_note`] when its union only constrains its properties.
pub(crate) fn doc_of(schema: &Schema) -> Option<String> {
    let d = &schema.schema_data;
    let text = d.description.clone().or_else(|| d.title.clone()).filter(|s| !s.trim().is_empty());
    match (text, constraint_note(schema)) {
        (Some(text), Some(note)) => Some(format!("{text}\n\n{note}")),
        (text, note) => text.or(note),
    }
}

impl<'a> Lowerer<'a> {
    /// Lowers a schema use at `pointer`; `ctx` is the name an inline type would get.
    pub(crate) fn lower_use(&mut self, schema: &ReferenceOr<Schema>, ctx: &str, pointer: &str) -> Result<Use, Error> {
        match schema {
            ReferenceOr::Reference { reference } => self.ref_use(reference, pointer),
            ReferenceOr::Item(s) => self.lower_inline(s, ctx, pointer),
        }
    }

    /// Like [`Self::lower_use`] for the boxed schemas `openapiv3` uses in properties and items.
    pub(crate) fn lower_boxed(
        &mut self,
        schema: &ReferenceOr<Box<Schema>>,
        ctx: &str,
        pointer: &str,
    ) -> Result<Use, Error> {
        match schema {
            ReferenceOr::Reference { reference } => self.ref_use(reference, pointer),
            ReferenceOr::Item(s) => self.lower_inline(s, ctx, pointer),
        }
    }

    fn lower_inline(&mut self, schema: &Schema, ctx: &str, pointer: &str) -> Result<Use, Error> {
        let doc = doc_of(schema);
        match self.shape(schema, ctx, pointer)? {
            Shape::Ref(mut u) => {
                u.nullable |= schema.schema_data.nullable;
                if doc.is_some() {
                    u.doc = doc;
                }
                Ok(u)
            }
            Shape::Kind(kind) => {
                let nullable = schema.schema_data.nullable || self.union_nullable(&kind);
                let ty = self.define_inline(kind, ctx, pointer, doc.clone());
                Ok(Use { ty, nullable, doc, constant: None })
            }
        }
    }

    /// A `$ref` use: the component's type, nullable when the component is.
    fn ref_use(&mut self, reference: &str, pointer: &str) -> Result<Use, Error> {
        let ty = self.resolve_ref(reference, pointer)?;
        let nullable = self.component_schema(reference).is_some_and(|(s, _)| s.schema_data.nullable);
        Ok(Use { ty, nullable, doc: None, constant: None })
    }

    /// `$ref` → the named type of a component schema.
    pub(crate) fn resolve_ref(&mut self, reference: &str, pointer: &str) -> Result<TypeRef, Error> {
        if let Some(name) = reference.strip_prefix("#/components/schemas/") {
            let name = crate::diagnostics::unescape_token(name);
            return match self.component_names.get(&name) {
                Some(type_name) => Ok(TypeRef::Named(type_name.clone())),
                None => Err(Error::at(
                    self.file,
                    pointer,
                    format!("dangling $ref: `{reference}` does not name a schema in components.schemas"),
                )),
            };
        }
        if let Some(kind) = reference.strip_prefix("#/components/").and_then(|r| r.split('/').next()) {
            return Err(Error::at(
                self.file,
                pointer,
                format!("$ref `{reference}` is used as a schema, but it names a member of `components.{kind}`, not a schema"),
            ));
        }
        if reference.starts_with('#') {
            // Normalization gave every existing target a component of its own.
            return Err(Error::at(self.file, pointer, format!("dangling $ref: `{reference}` points to nothing in the document")));
        }
        Err(Error::at(
            self.file,
            pointer,
            format!("external $ref `{reference}` is not supported: bundle the document into one file first"),
        ))
    }

    /// Registers an inline type, or returns the existing type with the same
    /// shape and the same leaf name (so `Lead.user` and `Member.user` may
    /// share a type, but `Lead.product` and `Lead.company` never do).
    ///
    /// The type gets a provisional name; [`super::passes::name_inline_types`]
    /// later names it after the best of the places it is used.
    pub(crate) fn define_inline(&mut self, kind: TypeKind, ctx: &str, pointer: &str, doc: Option<String>) -> TypeRef {
        let key = (leaf_of(ctx), shape_key(&kind));
        if let Some(&index) = self.dedup.get(&key) {
            let t = &mut self.types[index];
            t.shared_by += 1;
            // Samples are no part of the shape: a field without one takes
            // this place's (a request's `minimum: 128` gives the sample a
            // response of the same shape lacks).
            if let (TypeKind::Struct { fields: have, .. }, TypeKind::Struct { fields: new, .. }) = (&mut t.kind, &kind) {
                for (have, new) in have.iter_mut().zip(new) {
                    if have.example.is_none() {
                        have.example.clone_from(&new.example);
                    }
                }
            }
            let name = t.name.clone();
            self.inline_places.entry(name.clone()).or_default().push(ctx.to_owned());
            self.inline_pointers.entry(name.clone()).or_default().push(pointer.to_owned());
            return TypeRef::Named(name);
        }
        let name = format!("{}{}", super::PROVISIONAL, self.types.len());
        self.dedup.insert(key, self.types.len());
        self.inline_places.insert(name.clone(), vec![ctx.to_owned()]);
        self.inline_pointers.insert(name.clone(), vec![pointer.to_owned()]);
        self.types.push(TypeDef {
            name: name.clone(),
            source: pointer.to_owned(),
            shared_by: 0,
            doc,
            in_request: false,
            sent_only: false,
            features: Vec::new(),
            kind,
        });
        TypeRef::Named(name)
    }

    fn union_nullable(&self, kind: &TypeKind) -> bool {
        matches!(kind, TypeKind::Tagged { .. } | TypeKind::Untagged { .. }) && self.last_union_nullable
    }

    /// Decides what `schema` lowers to; `ctx` names any inline children.
    ///
    /// # Errors
    /// Besides the errors of the schema itself: schemas nested more than
    /// [`MAX_SCHEMA_DEPTH`] levels deep, counting the levels an `allOf`
    /// merge adds through `$ref`s (the document's own nesting is already
    /// capped by the parsers).
    pub(crate) fn shape(&mut self, schema: &Schema, ctx: &str, pointer: &str) -> Result<Shape, Error> {
        if self.schema_depth >= MAX_SCHEMA_DEPTH {
            return Err(self.too_deep(pointer));
        }
        self.schema_depth += 1;
        let shaped = self.shape_at_depth(schema, ctx, pointer);
        self.schema_depth -= 1;
        shaped
    }

    /// The error for nesting beyond [`MAX_SCHEMA_DEPTH`] at `pointer`.
    fn too_deep(&self, pointer: &str) -> Error {
        Error::at(
            self.file,
            pointer,
            format!("schemas nest more than {MAX_SCHEMA_DEPTH} levels deep here (counting `allOf` parts reached through `$ref`)"),
        )
    }

    fn shape_at_depth(&mut self, schema: &Schema, ctx: &str, pointer: &str) -> Result<Shape, Error> {
        self.last_union_nullable = false;
        let data = &schema.schema_data;
        let is_const = data.extensions.get(CONST_MARKER) == Some(&Value::Bool(true));
        Ok(match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) => {
                let values: Vec<String> = s.enumeration.iter().flatten().cloned().collect();
                let base = match &s.format {
                    VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => TypeRef::DateTime,
                    VariantOrUnknownOrEmpty::Item(StringFormat::Date) => TypeRef::Date,
                    VariantOrUnknownOrEmpty::Item(StringFormat::Binary) => TypeRef::Bytes,
                    _ => TypeRef::String,
                };
                if is_const && values.len() == 1 {
                    Shape::Ref(Use { ty: TypeRef::String, nullable: false, doc: None, constant: Some(values[0].clone()) })
                } else if !values.is_empty() {
                    Shape::Kind(enum_kind(&values, false))
                } else {
                    Shape::Ref(Use::plain(base))
                }
            }
            SchemaKind::Type(Type::Integer(i)) => {
                let unsigned = matches!(&i.format, VariantOrUnknownOrEmpty::Unknown(f) if f.starts_with("uint"));
                Shape::Ref(Use::plain(if unsigned { TypeRef::UnsignedInteger } else { TypeRef::Integer }))
            }
            SchemaKind::Type(Type::Number(_)) => Shape::Ref(Use::plain(TypeRef::Number)),
            SchemaKind::Type(Type::Boolean(_)) => Shape::Ref(Use::plain(TypeRef::Boolean)),
            SchemaKind::Type(Type::Object(o)) => self.object_shape(
                ObjectView {
                    properties: &o.properties,
                    required: &o.required,
                    additional: o.additional_properties.as_ref(),
                    min_properties: o.min_properties,
                },
                ctx,
                pointer,
            )?,
            SchemaKind::Type(Type::Array(a)) => self.array_shape(a.items.as_ref(), ctx, pointer)?,
            SchemaKind::OneOf { one_of } => self.union_shape(one_of, data.discriminator.as_ref(), ctx, &push_pointer(pointer, "oneOf"))?,
            SchemaKind::AnyOf { any_of } => self.union_shape(any_of, None, ctx, &push_pointer(pointer, "anyOf"))?,
            SchemaKind::AllOf { all_of } => self.all_of_shape(all_of, ctx, &push_pointer(pointer, "allOf"))?,
            SchemaKind::Not { .. } => {
                self.warn(pointer, "`not` cannot be expressed as a Rust type; the value is typed as any JSON");
                Shape::Ref(Use::plain(TypeRef::Json))
            }
            SchemaKind::Any(any) => {
                if !any.one_of.is_empty() || !any.any_of.is_empty() {
                    let (branches, key) = if any.one_of.is_empty() { (&any.any_of, "anyOf") } else { (&any.one_of, "oneOf") };
                    // A `required` beside the union constrains every branch;
                    // where a branch does not already require those names,
                    // the branches are merged with it as with `properties`.
                    let constrains = !any.required.is_empty()
                        && data.discriminator.is_none()
                        && !branches.iter().all(|b| self.branch_requires(b, &any.required));
                    if any.properties.is_empty() && !constrains {
                        self.union_shape(branches, data.discriminator.as_ref(), ctx, &push_pointer(pointer, key))?
                    } else {
                        let own = ObjectView {
                            properties: &any.properties,
                            required: &any.required,
                            additional: any.additional_properties.as_ref(),
                            min_properties: any.min_properties,
                        };
                        self.properties_with_union(branches, key, own, data.discriminator.is_some(), ctx, pointer)?
                    }
                } else if !any.all_of.is_empty()
                    && (!any.properties.is_empty() || (!any.required.is_empty() && any.all_of.iter().all(|p| self.is_object_part(p))))
                {
                    // Properties, or a `required` that applies to the parts' fields.
                    let own = ObjectView {
                            properties: &any.properties,
                            required: &any.required,
                            additional: any.additional_properties.as_ref(),
                            min_properties: any.min_properties,
                        };
                    self.all_of_with_properties(&any.all_of, own, ctx, pointer)?
                } else if !any.all_of.is_empty() {
                    self.all_of_shape(&any.all_of, ctx, &push_pointer(pointer, "allOf"))?
                } else if any.typ.as_deref() == Some("array") {
                    // (An `additionalProperties` there, which converters
                    // write everywhere, names nothing that could be lost.)
                    let object_keywords: Vec<&str> = [
                        ("properties", !any.properties.is_empty()),
                        ("required", !any.required.is_empty()),
                    ]
                    .into_iter()
                    .filter_map(|(k, present)| present.then_some(k))
                    .collect();
                    if !object_keywords.is_empty() {
                        self.warn(
                            pointer,
                            format!(
                                "`{}` beside `type: array` apply to objects only (JSON Schema), so they constrain no array and are ignored; \
                                 the value is the array its `items` give (were they meant for `items`?)",
                                object_keywords.join("`, `")
                            ),
                        );
                    }
                    self.array_shape(any.items.as_ref(), ctx, pointer)?
                } else if !any.properties.is_empty()
                    || any.typ.as_deref() == Some("object")
                    || (any.typ.is_none() && any.additional_properties.is_some())
                {
                    self.object_shape(
                        ObjectView {
                            properties: &any.properties,
                            required: &any.required,
                            additional: any.additional_properties.as_ref(),
                            min_properties: any.min_properties,
                        },
                        ctx,
                        pointer,
                    )?
                } else if any.typ.as_deref() == Some("array") || any.items.is_some() {
                    self.array_shape(any.items.as_ref(), ctx, pointer)?
                } else {
                    let values: Vec<String> = any.enumeration.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect();
                    // An `enum` of strings without `type` is a string enum.
                    let strings = !values.is_empty() && values.len() == any.enumeration.len();
                    match any.typ.as_deref() {
                        Some("string") if !values.is_empty() && !is_const => Shape::Kind(enum_kind(&values, false)),
                        None if strings && is_const && values.len() == 1 => {
                            Shape::Ref(Use { ty: TypeRef::String, nullable: false, doc: None, constant: Some(values[0].clone()) })
                        }
                        None if strings => Shape::Kind(enum_kind(&values, false)),
                        // An `enum` of other scalars without `type`: their
                        // type (the values listed in its docs), or a union
                        // of the types when they mix (`[true, false, 0, 1]`).
                        None if !any.enumeration.is_empty() => scalar_enum_shape(&any.enumeration),
                        Some("string") => match any.format.as_deref() {
                            Some("date-time") => Shape::Ref(Use::plain(TypeRef::DateTime)),
                            Some("date") => Shape::Ref(Use::plain(TypeRef::Date)),
                            Some("binary") => Shape::Ref(Use::plain(TypeRef::Bytes)),
                            _ => Shape::Ref(Use::plain(TypeRef::String)),
                        },
                        Some("integer") => Shape::Ref(Use::plain(match any.format.as_deref() {
                            Some(f) if f.starts_with("uint") => TypeRef::UnsignedInteger,
                            _ => TypeRef::Integer,
                        })),
                        Some("number") => Shape::Ref(Use::plain(TypeRef::Number)),
                        Some("boolean") => Shape::Ref(Use::plain(TypeRef::Boolean)),
                        Some("null") => Shape::Ref(Use { ty: TypeRef::Json, nullable: true, doc: None, constant: None }),
                        Some(other) => {
                            self.warn(pointer, format!("unknown type `{other}`; the value is typed as any JSON"));
                            Shape::Ref(Use::plain(TypeRef::Json))
                        }
                        None => Shape::Ref(Use::plain(TypeRef::Json)),
                    }
                }
            }
        })
    }

    fn array_shape(&mut self, items: Option<&ReferenceOr<Box<Schema>>>, ctx: &str, pointer: &str) -> Result<Shape, Error> {
        let item = match items {
            Some(items) => self.lower_boxed(items, &format!("{ctx} item"), &push_pointer(pointer, "items"))?,
            None => Use::plain(TypeRef::Json),
        };
        Ok(Shape::Ref(Use::plain(TypeRef::Array(Box::new(item.element())))))
    }

    fn object_shape(&mut self, o: ObjectView<'_>, ctx: &str, pointer: &str) -> Result<Shape, Error> {
        if o.properties.is_empty() && !o.required.is_empty() {
            // An object that must hold some keys but describes none: a
            // struct of those keys that keeps every other key (unless
            // `additionalProperties: false` forbids them); each key's value
            // is an `additionalProperties` value, any JSON without one.
            let mut fields = Vec::new();
            apply_required(&mut fields, o.required);
            let any_key = AdditionalProperties::Any(true);
            let value = self.extra_properties_value(Some(o.additional.unwrap_or(&any_key)), ctx, pointer)?;
            if let Some(value) = value {
                if matches!(o.additional, Some(AdditionalProperties::Schema(_))) {
                    for f in &mut fields {
                        f.ty = value.clone();
                        f.doc = Some(format!("Listed in `required`: the key `{}` must be present, with an `additionalProperties` value.", f.name));
                    }
                }
                push_extra_map(&mut fields, value);
            }
            return Ok(Shape::Kind(struct_kind(fields, o.min_properties)));
        }
        if o.properties.is_empty() {
            return Ok(Shape::Ref(Use::plain(match o.additional {
                Some(AdditionalProperties::Schema(s)) => {
                    let value = self.lower_use(s, &format!("{ctx} value"), &push_pointer(pointer, "additionalProperties"))?;
                    TypeRef::Map(Box::new(value.element()))
                }
                _ => TypeRef::JsonObject,
            })));
        }
        let mut fields = self.fields(o.properties, o.required, None, ctx, pointer)?;
        apply_required(&mut fields, o.required);
        self.push_extra_properties(&mut fields, o.additional, ctx, pointer)?;
        Ok(Shape::Kind(struct_kind(fields, o.min_properties)))
    }

    /// `additionalProperties` (a schema, or `true`) beside `properties`: one
    /// more field, a map flattened into the struct (`#[serde(flatten)]`),
    /// that keeps the keys the named fields do not take on decode and sends
    /// them back.
    fn push_extra_properties(
        &mut self,
        fields: &mut Vec<Field>,
        additional: Option<&AdditionalProperties>,
        ctx: &str,
        pointer: &str,
    ) -> Result<(), Error> {
        if let Some(value) = self.extra_properties_value(additional, ctx, pointer)? {
            push_extra_map(fields, value);
        }
        Ok(())
    }

    /// The type of the values `additionalProperties` allows: its schema's,
    /// any JSON for `true`, `None` when it allows none or is absent.
    fn extra_properties_value(
        &mut self,
        additional: Option<&AdditionalProperties>,
        ctx: &str,
        pointer: &str,
    ) -> Result<Option<TypeRef>, Error> {
        Ok(match additional {
            Some(AdditionalProperties::Schema(s)) => {
                Some(self.lower_use(s, &format!("{ctx} value"), &push_pointer(pointer, "additionalProperties"))?.element())
            }
            Some(AdditionalProperties::Any(true)) => Some(TypeRef::Json),
            Some(AdditionalProperties::Any(false)) | None => None,
        })
    }

    /// Lowers `properties` into fields; `skip` names a property to leave out
    /// (a discriminator tag, which the enum carries instead).
    fn fields(
        &mut self,
        properties: &IndexMap<String, ReferenceOr<Box<Schema>>>,
        required: &[String],
        skip: Option<&str>,
        ctx: &str,
        pointer: &str,
    ) -> Result<Vec<Field>, Error> {
        let mut idents = Namespace::new();
        let mut fields = Vec::with_capacity(properties.len());
        let base = push_pointer(pointer, "properties");
        for (name, schema) in properties {
            if Some(name.as_str()) == skip {
                continue;
            }
            let u = self.lower_boxed(schema, &format!("{ctx} {name}"), &push_pointer(&base, name))?;
            let example = self.property_sample(schema);
            let access = access_of(schema, |r| self.referenced_schema(r).map(|(s, _)| s));
            let doc = match (access, u.doc) {
                (Access::ReadWrite, doc) => doc,
                (access, doc) => {
                    let note = match access {
                        Access::ReadOnly => "Read-only (`readOnly`): the server sets it; requests leave it out.",
                        _ => "Write-only (`writeOnly`): sent in requests, absent from responses.",
                    };
                    Some(doc.map_or_else(|| note.to_owned(), |d| format!("{d}\n\n{note}")))
                }
            };
            fields.push(Field {
                name: name.clone(),
                ident: idents.claim(&field_name(name)),
                doc,
                ty: u.ty,
                required: required.contains(name),
                nullable: u.nullable,
                constant: u.constant,
                example,
                location: Location::Body,
                boxed: false,
                flatten: false,
                access,
            });
        }
        Ok(fields)
    }

    fn all_of_shape(&mut self, parts: &[ReferenceOr<Schema>], ctx: &str, pointer: &str) -> Result<Shape, Error> {
        if parts.len() == 1 {
            let u = self.lower_use(&parts[0], ctx, &push_pointer(pointer, "0"))?;
            return Ok(Shape::Ref(u));
        }
        if let Some(u) = self.annotated_ref(parts, ctx, pointer)? {
            return Ok(Shape::Ref(u));
        }
        let fields = self.all_of_fields(parts, ctx, pointer)?;
        Ok(Shape::Kind(TypeKind::Struct { fields, min_properties: 0 }))
    }

    /// `allOf` beside `properties`: the parts and the schema's own
    /// properties merge into one struct, and the schema's `required` also
    /// applies to the fields the parts bring.
    fn all_of_with_properties(&mut self, parts: &[ReferenceOr<Schema>], own: ObjectView<'_>, ctx: &str, pointer: &str) -> Result<Shape, Error> {
        let mut fields = self.all_of_fields(parts, ctx, &push_pointer(pointer, "allOf"))?;
        let own_fields = self.fields(own.properties, own.required, None, ctx, pointer)?;
        merge_fields(&mut fields, own_fields);
        apply_required(&mut fields, own.required);
        self.push_extra_properties(&mut fields, own.additional, ctx, pointer)?;
        Ok(Shape::Kind(struct_kind(fields, own.min_properties)))
    }

    /// The fields of every object part of an `allOf` at `pointer`, merged in
    /// order (a field in several parts is required if any part requires it).
    fn all_of_fields(&mut self, parts: &[ReferenceOr<Schema>], ctx: &str, pointer: &str) -> Result<Vec<Field>, Error> {
        let mut fields: Vec<Field> = Vec::new();
        // A part that only lists `required` names (`allOf: [$ref: Settings,
        // {required: [enabled]}]`) requires them of the merged struct.
        let mut required: Vec<String> = Vec::new();
        let no_properties = IndexMap::new();
        for (i, part) in parts.iter().enumerate() {
            let part_ptr = push_pointer(pointer, &i.to_string());
            if matches!(part, ReferenceOr::Item(s) if is_annotation_only(s)) {
                continue;
            }
            if let Some(names) = constraint_names(part, &no_properties).filter(|names| !names.is_empty()) {
                required.extend(names.iter().cloned());
                continue;
            }
            match self.object_fields(part, ctx, &part_ptr)? {
                Some(part_fields) => merge_fields(&mut fields, part_fields),
                None => self.warn(&part_ptr, "an `allOf` part that is not an object is ignored in the merged struct"),
            }
        }
        apply_required(&mut fields, &required);
        Ok(fields)
    }

    /// The fields of a schema that is an object (inline, or a `$ref`'d
    /// component, see [`Self::component_fields`]), or `None` when it is not one.
    ///
    /// An inline `allOf` without properties of its own (`{allOf: [$ref],
    /// required: [name]}`, which is how `normalize` rewrites a `$ref` with
    /// siblings) contributes its parts' fields, with its own `required`
    /// applied: as a type it would be the referenced type, but merged into a
    /// struct it is that type's fields.
    pub(crate) fn object_fields(&mut self, schema: &ReferenceOr<Schema>, ctx: &str, pointer: &str) -> Result<Option<Vec<Field>>, Error> {
        if let ReferenceOr::Item(s) = schema {
            if let Some((parts, required)) = bare_all_of(s) {
                let mut fields = self.all_of_fields(parts, ctx, &push_pointer(pointer, "allOf"))?;
                apply_required(&mut fields, required);
                return Ok(Some(fields));
            }
        }
        match schema {
            ReferenceOr::Item(s) => match self.shape(s, ctx, pointer)? {
                Shape::Kind(TypeKind::Struct { fields, .. }) => Ok(Some(fields)),
                _ => Ok(None),
            },
            ReferenceOr::Reference { reference } => self.component_fields(reference, pointer),
        }
    }

    /// Whether an `allOf` part is an object or only annotates (so a
    /// `required` beside the `allOf` applies to fields): an inline object,
    /// or a `$ref` to one, followed through component aliases and `allOf`s
    /// a bounded number of times.
    fn is_object_part(&self, part: &ReferenceOr<Schema>) -> bool {
        // Each step is one schema or one `$ref` to follow, as the parts
        // are written; the schemas are borrowed, never copied.
        enum Step<'s> {
            Schema(&'s Schema),
            Ref(&'s str),
        }
        fn step(part: &ReferenceOr<Schema>) -> Step<'_> {
            match part {
                ReferenceOr::Item(s) => Step::Schema(s),
                ReferenceOr::Reference { reference } => Step::Ref(reference),
            }
        }
        let mut current = step(part);
        for _ in 0..16 {
            current = match current {
                Step::Schema(s) if is_annotation_only(s) => return true,
                Step::Schema(s) => match bare_all_of(s) {
                    Some(([only], _)) => step(only),
                    _ => return is_object_like(s),
                },
                Step::Ref(reference) => match self.referenced_schema(reference) {
                    Some((s, _)) => Step::Schema(s),
                    None => return false,
                },
            }
        }
        false
    }

    /// Whether a union branch already requires every name of `required`
    /// (or is not an object, which a `required` says nothing about): an
    /// inline schema or a `$ref`'d component whose own `required` lists them.
    fn branch_requires(&self, branch: &ReferenceOr<Schema>, required: &[String]) -> bool {
        let schema = match branch {
            ReferenceOr::Item(s) => s,
            ReferenceOr::Reference { reference } => match self.referenced_schema(reference) {
                Some((s, _)) => s,
                None => return true,
            },
        };
        !is_object_like(schema) || required.iter().all(|name| object_required(schema).contains(name))
    }

    /// `properties` (or only `required`) beside `oneOf`/`anyOf` (`key`).
    ///
    /// When every branch only constrains the properties listed beside it
    /// (the "at least one of" idiom `anyOf: [{required: [a]}, {required: [b]}]`,
    /// see [`constraint_names`]), the branches are a rule, not a shape: the
    /// type is the struct of those properties, and the rule goes into its
    /// docs ([`constraint_note`]).
    ///
    /// Otherwise the value is the properties *and* one branch, as
    /// `oneOf: [allOf: [own, b0], allOf: [own, b1], ...]` would say: an
    /// untagged union whose object branches are each merged with the own
    /// properties (the branch's `required` also applies to them). A branch
    /// that is not an object stays its own variant: `properties` says
    /// nothing about a value that is not an object.
    fn properties_with_union(
        &mut self,
        branches: &[ReferenceOr<Schema>],
        key: &str,
        own: ObjectView<'_>,
        has_discriminator: bool,
        ctx: &str,
        pointer: &str,
    ) -> Result<Shape, Error> {
        let mut fields = self.fields(own.properties, own.required, None, ctx, pointer)?;
        self.push_extra_properties(&mut fields, own.additional, ctx, pointer)?;
        if branches.iter().all(|b| constraint_names(b, own.properties).is_some()) {
            apply_required(&mut fields, own.required);
            return Ok(Shape::Kind(struct_kind(fields, own.min_properties)));
        }
        let union_ptr = push_pointer(pointer, key);
        if has_discriminator {
            self.warn(
                &union_ptr,
                "the discriminator is not used: each branch is merged with the `properties` beside it, and decoding tries the branches in order",
            );
        }
        let mut idents = Namespace::with_reserved(&["Other"]);
        let mut variants = Vec::with_capacity(branches.len());
        let mut nullable = false;
        for (i, branch) in branches.iter().enumerate() {
            let at = push_pointer(&union_ptr, &i.to_string());
            let label = branch_label(branch, i);
            let branch_ctx = branch_context(&label, ctx);
            let (merged, required) = match constraint_names(branch, own.properties) {
                Some(names) => (Some(fields.clone()), names.to_vec()),
                None => {
                    let required = match branch {
                        ReferenceOr::Item(s) => object_required(s).to_vec(),
                        ReferenceOr::Reference { .. } => Vec::new(),
                    };
                    let merged = self.object_fields(branch, &branch_ctx, &at)?.map(|branch_fields| {
                        let mut merged = fields.clone();
                        merge_fields(&mut merged, branch_fields);
                        merged
                    });
                    (merged, required)
                }
            };
            let (ty, doc) = match merged {
                Some(mut merged) => {
                    apply_required(&mut merged, own.required);
                    apply_required(&mut merged, &required);
                    let doc = match branch {
                        ReferenceOr::Item(s) => doc_of(s),
                        ReferenceOr::Reference { .. } => None,
                    };
                    let kind = TypeKind::Struct { fields: merged, min_properties: 0 };
                    (self.define_inline(kind, &branch_ctx, &at, doc.clone()), doc)
                }
                None => {
                    let u = self.lower_use(branch, &branch_ctx, &at)?;
                    nullable |= u.nullable;
                    (u.ty, u.doc)
                }
            };
            variants.push(Variant { ident: idents.claim(&variant_name(&label)), tag_value: None, ty, doc });
        }
        self.last_union_nullable = nullable;
        Ok(Shape::Kind(TypeKind::Untagged { variants }))
    }

    /// `allOf: [{$ref: X}, {description: ...}]`, the common way to document
    /// a `$ref`: exactly one part is a reference and every other part only
    /// annotates it. The result is a use of `X` carrying the annotations.
    ///
    /// The same holds when the one part with a shape is an inline schema
    /// that is not an object (`allOf: [{oneOf: [...]}, {description: ...}]`)
    /// or is only a map (`allOf: [{type: object, additionalProperties: X}, {}]`
    /// is that map, not an empty struct), and for parts that only restate or narrow a scalar (`{type: string}`,
    /// `{pattern: ...}`, `{maxLength: 64}` beside a `$ref` to a string):
    /// Rust's type is the same with or without them.
    fn annotated_ref(&mut self, parts: &[ReferenceOr<Schema>], ctx: &str, pointer: &str) -> Result<Option<Use>, Error> {
        let mut shaped = None;
        let mut annotations = Vec::new();
        for (i, part) in parts.iter().enumerate() {
            match part {
                ReferenceOr::Item(s) if is_annotation_only(s) || narrows_a_scalar(s) => annotations.push(s),
                ReferenceOr::Reference { .. } if shaped.is_none() => shaped = Some((i, part)),
                ReferenceOr::Item(s) if shaped.is_none() && (!is_object_like(s) || is_map(s)) => shaped = Some((i, part)),
                _ => return Ok(None),
            }
        }
        // Only scalar parts (`[{type: string, description}, {nullable: false}]`):
        // the first that states a type is the shaped one.
        let shaped = shaped.or_else(|| parts.iter().enumerate().find(|(_, p)| matches!(p, ReferenceOr::Item(s) if states_a_scalar_type(s))));
        let Some((i, part)) = shaped else { return Ok(None) };
        let mut u = self.lower_use(part, ctx, &push_pointer(pointer, &i.to_string()))?;
        for a in annotations {
            u.nullable |= a.schema_data.nullable;
            if u.doc.is_none() {
                u.doc = doc_of(a);
            }
        }
        Ok(Some(u))
    }

    /// The fields a `$ref`'d component contributes to an `allOf` merge, or
    /// `None` when it is not an object.
    ///
    /// Each component is shaped once, in its own naming context (so its
    /// inline children get the same types as the component's own), and the
    /// result is remembered: specs that merge the same base into hundreds of
    /// schemas stay linear. A component met again while its own fields are
    /// still being built (`A: allOf[B, {properties: {a: allOf[A, ...]}}]`)
    /// cannot be inlined into itself; it is contributed as one flattened
    /// field of its named type instead, which serde expresses exactly.
    fn component_fields(&mut self, reference: &str, pointer: &str) -> Result<Option<Vec<Field>>, Error> {
        let ty = self.resolve_ref(reference, pointer)?;
        let TypeRef::Named(name) = &ty else { return Ok(None) };
        let shaped = match self.merged_components.get(name) {
            Some(MergeState::Done(Some(TypeKind::Struct { fields, .. }))) => return Ok(Some(fields.clone())),
            Some(MergeState::InProgress) => {
                return Ok(Some(vec![Field::flattened(name.clone(), field_name(name), ty.clone(), None)]));
            }
            Some(MergeState::Done(_)) => true,
            None => false,
        };
        let Some((schema, at)) = self.component_schema(reference) else { return Ok(None) };
        let name = name.clone();
        if let Some((parts, required)) = bare_all_of(&schema) {
            // `Civic: {allOf: [$ref: Place], type: object}` is an alias of
            // `Place` as a type, but merged it gives `Place`'s fields. Not
            // remembered (the parts are), only marked while being built.
            if self.schema_depth >= MAX_SCHEMA_DEPTH {
                return Err(self.too_deep(&at));
            }
            self.schema_depth += 1;
            self.merged_components.insert(name.clone(), MergeState::InProgress);
            let fields = self.all_of_fields(parts, &name, &push_pointer(&at, "allOf"));
            self.merged_components.remove(&name);
            self.schema_depth -= 1;
            let mut fields = fields?;
            apply_required(&mut fields, required);
            return Ok(Some(fields));
        }
        if shaped {
            return Ok(None);
        }
        match self.component_shape(&schema, &name, &at)? {
            Shape::Kind(TypeKind::Struct { fields, .. }) => Ok(Some(fields)),
            _ => Ok(None),
        }
    }

    /// Shapes the component schema named `name` (its Rust type name), marking
    /// it in progress for [`Self::component_fields`] while its fields are
    /// built, and remembering them for the `allOf` merges that follow.
    pub(crate) fn component_shape(&mut self, schema: &Schema, name: &str, pointer: &str) -> Result<Shape, Error> {
        if let Some(MergeState::Done(Some(kind))) = self.merged_components.get(name) {
            return Ok(Shape::Kind(kind.clone()));
        }
        self.merged_components.insert(name.to_owned(), MergeState::InProgress);
        let shaped = self.shape(schema, name, pointer);
        let kind = match &shaped {
            Ok(Shape::Kind(kind @ TypeKind::Struct { .. })) => Some(kind.clone()),
            _ => None,
        };
        self.merged_components.insert(name.to_owned(), MergeState::Done(kind));
        shaped
    }

    /// The schema a component `$ref` points to, with its pointer.
    pub(crate) fn component_schema(&self, reference: &str) -> Option<(Schema, String)> {
        self.referenced_schema(reference).map(|(s, at)| (s.clone(), at))
    }

    /// The schema a component `$ref` points to (in the document, not
    /// copied), with its pointer.
    pub(crate) fn referenced_schema(&self, reference: &str) -> Option<(&'a Schema, String)> {
        let mut reference = reference;
        // A chain of component aliases is followed at most once around.
        for _ in 0..=self.component_names.len() {
            let name = crate::diagnostics::unescape_token(reference.strip_prefix("#/components/schemas/")?);
            let schema = self.api.components.as_ref()?.schemas.get(&name)?;
            match schema {
                ReferenceOr::Item(s) => return Some((s, push_pointer("/components/schemas", &name))),
                ReferenceOr::Reference { reference: next } => reference = next,
            }
        }
        None
    }

    fn union_shape(
        &mut self,
        branches: &[ReferenceOr<Schema>],
        discriminator: Option<&Discriminator>,
        ctx: &str,
        pointer: &str,
    ) -> Result<Shape, Error> {
        if branches.len() == 1 {
            return Ok(Shape::Ref(self.lower_use(&branches[0], ctx, &push_pointer(pointer, "0"))?));
        }
        if let Some(d) = discriminator {
            if let Some(kind) = self.tagged_union(branches, d, ctx, pointer)? {
                return Ok(Shape::Kind(kind));
            }
        }
        let mut idents = Namespace::with_reserved(&["Other"]);
        let mut variants = Vec::with_capacity(branches.len());
        let mut nullable = false;
        for (i, branch) in branches.iter().enumerate() {
            let at = push_pointer(pointer, &i.to_string());
            let label = branch_label(branch, i);
            let branch_ctx = branch_context(&label, ctx);
            let u = self.lower_use(branch, &branch_ctx, &at)?;
            nullable |= u.nullable;
            variants.push(Variant { ident: idents.claim(&variant_name(&label)), tag_value: None, ty: u.ty, doc: u.doc });
        }
        self.last_union_nullable = nullable;
        Ok(Shape::Kind(TypeKind::Untagged { variants }))
    }

    /// An internally tagged enum when every branch is an inline object whose
    /// tag property is a const (or named by the mapping); `None` otherwise.
    fn tagged_union(
        &mut self,
        branches: &[ReferenceOr<Schema>],
        d: &Discriminator,
        ctx: &str,
        pointer: &str,
    ) -> Result<Option<TypeKind>, Error> {
        let tag = &d.property_name;
        let mut planned = Vec::new();
        for (i, branch) in branches.iter().enumerate() {
            let ReferenceOr::Item(schema) = branch else { return Ok(None) };
            let view = match &schema.schema_kind {
                SchemaKind::Type(Type::Object(o)) => (&o.properties, &o.required),
                SchemaKind::Any(a) if !a.properties.is_empty() => (&a.properties, &a.required),
                _ => return Ok(None),
            };
            let value = match view.0.get(tag) {
                Some(ReferenceOr::Item(p)) => single_value(p),
                _ => None,
            }
            .or_else(|| schema.schema_data.title.clone());
            let Some(value) = value else {
                self.warn(&push_pointer(pointer, &i.to_string()), format!("no `{tag}` value for this branch; the union is untagged"));
                return Ok(None);
            };
            planned.push((i, schema, view, value));
        }
        let mut idents = Namespace::with_reserved(&["Unknown"]);
        let mut variants = Vec::with_capacity(planned.len());
        let mut nullable = false;
        for (i, schema, (properties, required), value) in planned {
            let at = push_pointer(pointer, &i.to_string());
            let ident = idents.claim(&variant_name(&value));
            let variant_ctx = format!("{ctx} {value}");
            let fields = self.fields(properties, required, Some(tag), &variant_ctx, &at)?;
            nullable |= schema.schema_data.nullable;
            let doc = doc_of(schema);
            let ty = self.define_inline(TypeKind::Struct { fields, min_properties: 0 }, &variant_ctx, &at, doc.clone());
            variants.push(Variant { ident, tag_value: Some(value), ty, doc });
        }
        self.last_union_nullable = nullable;
        Ok(Some(TypeKind::Tagged { tag: tag.clone(), variants }))
    }
}

/// Whether an inline schema says it is an object: `type: object`,
/// `properties`, or an `allOf` (which merges into one).
fn is_object_like(s: &Schema) -> bool {
    match &s.schema_kind {
        SchemaKind::Type(Type::Object(_)) | SchemaKind::AllOf { .. } => true,
        SchemaKind::Any(a) => a.typ.as_deref() == Some("object") || !a.properties.is_empty() || !a.all_of.is_empty(),
        _ => false,
    }
}

/// Whether a schema is a map and nothing else: an object with
/// `additionalProperties` (a schema or `true`) and no `properties`,
/// `required` or composition (`{type: object, additionalProperties: {$ref: Metadata}}`).
fn is_map(s: &Schema) -> bool {
    let (properties, required, additional) = match &s.schema_kind {
        SchemaKind::Type(Type::Object(o)) => (&o.properties, &o.required, &o.additional_properties),
        SchemaKind::Any(a) if a.all_of.is_empty() && a.one_of.is_empty() && a.any_of.is_empty() && a.typ.as_deref().is_none_or(|t| t == "object") => {
            (&a.properties, &a.required, &a.additional_properties)
        }
        _ => return false,
    };
    properties.is_empty() && required.is_empty() && matches!(additional, Some(AdditionalProperties::Schema(_) | AdditionalProperties::Any(true)))
}

/// Whether a schema only restates a scalar type or narrows its values
/// (`{type: string}`, `{pattern: ...}`, `{minimum: 0}`), with no enum,
/// format, properties, items or union that would change the Rust type.
fn narrows_a_scalar(s: &Schema) -> bool {
    match &s.schema_kind {
        SchemaKind::Type(Type::String(t)) => t.enumeration.is_empty() && matches!(t.format, VariantOrUnknownOrEmpty::Empty),
        SchemaKind::Type(Type::Integer(t)) => t.enumeration.is_empty() && matches!(t.format, VariantOrUnknownOrEmpty::Empty),
        SchemaKind::Type(Type::Number(t)) => t.enumeration.is_empty() && matches!(t.format, VariantOrUnknownOrEmpty::Empty),
        SchemaKind::Type(Type::Boolean(t)) => t.enumeration.is_empty(),
        SchemaKind::Any(a) => {
            a.typ.as_deref().is_none_or(|t| matches!(t, "string" | "integer" | "number" | "boolean"))
                && a.format.is_none()
                && a.properties.is_empty()
                && a.required.is_empty()
                && a.additional_properties.is_none()
                && a.items.is_none()
                && a.enumeration.is_empty()
                && a.one_of.is_empty()
                && a.any_of.is_empty()
                && a.all_of.is_empty()
                && a.not.is_none()
        }
        _ => false,
    }
}

/// Whether a schema that [`narrows_a_scalar`] also states which scalar.
fn states_a_scalar_type(s: &Schema) -> bool {
    narrows_a_scalar(s)
        && match &s.schema_kind {
            SchemaKind::Any(a) => a.typ.is_some(),
            _ => true,
        }
}

/// The type of an `enum` without `type` whose values are not all strings:
/// integers, numbers or booleans; a union of those when they mix; any JSON
/// when a value is an array or an object.
fn scalar_enum_shape(values: &[Value]) -> Shape {
    let mut types: Vec<TypeRef> = Vec::new();
    for v in values {
        let ty = match v {
            Value::Bool(_) => TypeRef::Boolean,
            Value::Number(n) if n.is_i64() || n.is_u64() => TypeRef::Integer,
            Value::Number(_) => TypeRef::Number,
            Value::String(_) => TypeRef::String,
            Value::Null => continue,
            Value::Array(_) | Value::Object(_) => return Shape::Ref(Use::plain(TypeRef::Json)),
        };
        if !types.contains(&ty) {
            types.push(ty);
        }
    }
    // Integers among numbers are numbers.
    if types.contains(&TypeRef::Number) {
        types.retain(|t| *t != TypeRef::Integer);
    }
    let nullable = values.iter().any(Value::is_null);
    let listed: Vec<String> = values.iter().map(|v| format!("`{v}`")).collect();
    let doc = Some(format!("One of {} (`enum`).", listed.join(", ")));
    match types.as_slice() {
        [] => Shape::Ref(Use { ty: TypeRef::Json, nullable: true, doc, constant: None }),
        [one] => Shape::Ref(Use { ty: one.clone(), nullable, doc, constant: None }),
        _ => Shape::Kind(TypeKind::Untagged {
            variants: types
                .into_iter()
                .map(|ty| Variant { ident: variant_name(primitive_name(&ty)), tag_value: None, ty, doc: None })
                .collect(),
        }),
    }
}

fn primitive_name(ty: &TypeRef) -> &'static str {
    match ty {
        TypeRef::Boolean => "boolean",
        TypeRef::Integer => "integer",
        TypeRef::Number => "number",
        _ => "string",
    }
}

/// The parts and `required` of an `allOf` that, as a type, is a use of its
/// one shaped part (every other part only annotates it) and has no
/// properties, union or other shape of its own beside them:
/// `{allOf: [$ref: Place], type: object}`, `{allOf: [$ref], required: [a]}`.
/// (An `allOf` of several object parts is a struct of its own already.)
fn bare_all_of(s: &Schema) -> Option<(&[ReferenceOr<Schema>], &[String])> {
    let (parts, required) = bare_all_of_parts(s)?;
    let shaped = parts.iter().filter(|p| !matches!(p, ReferenceOr::Item(s) if is_annotation_only(s))).count();
    (shaped == 1).then_some((parts, required))
}

fn bare_all_of_parts(s: &Schema) -> Option<(&[ReferenceOr<Schema>], &[String])> {
    match &s.schema_kind {
        SchemaKind::AllOf { all_of } => Some((all_of, &[])),
        SchemaKind::Any(a)
            if !a.all_of.is_empty()
                && a.properties.is_empty()
                && a.one_of.is_empty()
                && a.any_of.is_empty()
                && a.items.is_none()
                && a.additional_properties.is_none()
                && a.enumeration.is_empty()
                && a.typ.as_deref().is_none_or(|t| t == "object") =>
        {
            Some((&a.all_of, &a.required))
        }
        _ => None,
    }
}

/// What a union branch is called: the component it refers to, its title,
/// its primitive type, or `Variant<i>`.
fn branch_label(branch: &ReferenceOr<Schema>, i: usize) -> String {
    match branch {
        ReferenceOr::Reference { reference } => reference.rsplit('/').next().unwrap_or("Variant").to_owned(),
        ReferenceOr::Item(s) => {
            s.schema_data.title.clone().unwrap_or_else(|| primitive_label(s).map(str::to_owned).unwrap_or_else(|| format!("Variant{i}")))
        }
    }
}

/// The naming context of a union branch's inline type. A branch titled
/// after its parent (`CreatePaymentInputWithPlan` under `CreatePayment`)
/// is named by its title alone.
fn branch_context(label: &str, ctx: &str) -> String {
    if variant_name(label).starts_with(&variant_name(ctx)) {
        label.to_owned()
    } else {
        format!("{ctx} {label}")
    }
}

/// The `required` list of an inline schema that has one.
fn object_required(s: &Schema) -> &[String] {
    match &s.schema_kind {
        SchemaKind::Type(Type::Object(o)) => &o.required,
        SchemaKind::Any(a) => &a.required,
        _ => &[],
    }
}

/// The property names a union branch requires, when the branch only
/// constrains properties declared beside the union (`own`) and adds no
/// shape: `required: [a]`, optionally restating some of those properties
/// (`properties: {a: {minLength: 1}}`), or a `not`/`anyOf`/`oneOf`/`allOf`
/// of such constraints (`not: {required: [a, b]}`, which names nothing).
/// `None` for a `$ref` or a branch with a shape of its own.
fn constraint_names<'s>(branch: &'s ReferenceOr<Schema>, own: &IndexMap<String, ReferenceOr<Box<Schema>>>) -> Option<&'s [String]> {
    let ReferenceOr::Item(s) = branch else { return None };
    match &s.schema_kind {
        SchemaKind::Type(Type::Object(o)) => {
            (o.additional_properties.is_none() && o.properties.keys().all(|k| own.contains_key(k))).then_some(&o.required[..])
        }
        SchemaKind::Not { not } => constraint_names(not, own).map(|_| &[][..]),
        SchemaKind::OneOf { one_of: parts } | SchemaKind::AnyOf { any_of: parts } | SchemaKind::AllOf { all_of: parts } => {
            parts.iter().all(|p| constraint_names(p, own).is_some()).then_some(&[][..])
        }
        SchemaKind::Any(a) => {
            let shapeless = a.typ.as_deref().is_none_or(|t| t == "object")
                && a.items.is_none()
                && a.enumeration.is_empty()
                && a.additional_properties.is_none()
                && a.properties.keys().all(|k| own.contains_key(k))
                && [&a.one_of, &a.any_of, &a.all_of].iter().all(|parts| parts.iter().all(|p| constraint_names(p, own).is_some()))
                && a.not.as_deref().is_none_or(|n| constraint_names(n, own).is_some());
            shapeless.then_some(&a.required[..])
        }
        SchemaKind::Type(_) => None,
    }
}

/// The docs of a schema whose `oneOf`/`anyOf` only constrains the
/// `properties` beside it (see [`Lowerer::properties_with_union`]): what
/// the spec requires of the value, e.g. "At least one of these must hold
/// (`anyOf` in the spec): `title` is set; `body` is set." `None` for any
/// other schema.
pub(crate) fn constraint_note(schema: &Schema) -> Option<String> {
    let SchemaKind::Any(any) = &schema.schema_kind else { return None };
    if any.properties.is_empty() {
        return None;
    }
    let (branches, key, quantity) = match (&any.one_of, &any.any_of) {
        (one_of, _) if !one_of.is_empty() => (one_of, "oneOf", "Exactly one"),
        (_, any_of) if !any_of.is_empty() => (any_of, "anyOf", "At least one"),
        _ => return None,
    };
    let rules = branches
        .iter()
        .map(|b| match constraint_names(b, &any.properties) {
            Some([]) => Some("a further condition (see the spec)".to_owned()),
            Some([one]) => Some(format!("`{one}` is set")),
            Some(names) => Some(format!("{} are set", names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(" and "))),
            None => None,
        })
        .collect::<Option<Vec<_>>>()?;
    Some(format!("{quantity} of these must hold (`{key}` in the spec): {}.", rules.join("; ")))
}

/// Appends `new` to `fields`: a field already there (by wire name) only
/// becomes required if the new one is; the others get unique idents.
fn merge_fields(fields: &mut Vec<Field>, new: Vec<Field>) {
    let mut idents = Namespace::with_taken(fields.iter().map(|f| f.ident.as_str()));
    for mut f in new {
        if let Some(existing) = fields.iter_mut().find(|e| e.name == f.name && !f.flatten) {
            existing.required |= f.required;
            // A later part that types what an earlier one left open wins.
            if refines(&f.ty, &existing.ty) {
                existing.ty = f.ty;
                existing.nullable |= f.nullable;
                existing.constant = f.constant;
                if existing.doc.is_none() {
                    existing.doc = f.doc;
                }
            }
            continue;
        }
        f.ident = idents.claim(&f.ident);
        fields.push(f);
    }
}

/// Pushes the flattened `additional_properties` map of `value`s (see
/// [`Lowerer::push_extra_properties`]).
fn push_extra_map(fields: &mut Vec<Field>, value: TypeRef) {
    let mut idents = Namespace::with_taken(fields.iter().map(|f| f.ident.as_str()));
    let ident = idents.claim("additional_properties");
    let doc = "The properties beyond those listed (`additionalProperties`): kept when decoding, sent as they are.";
    let map = Field::flattened(ident.clone(), ident, TypeRef::Map(Box::new(value)), Some(doc.to_owned()));
    fields.push(Field { required: false, ..map });
}

/// Whether `new` types what `old` leaves open, so that in an `allOf`
/// merge, where both apply, `new` is the property's type: any type refines
/// untyped JSON, anything but JSON refines a free-form object, and an
/// array or map refines one whose items it refines (`items: {type:
/// object}` in a base part, `items: {$ref: Ad}` in the part that narrows it).
fn refines(new: &TypeRef, old: &TypeRef) -> bool {
    match (old, new) {
        (TypeRef::Json, TypeRef::Json) | (TypeRef::JsonObject, TypeRef::Json | TypeRef::JsonObject) => false,
        (TypeRef::Json | TypeRef::JsonObject, _) => true,
        (TypeRef::Array(old), TypeRef::Array(new)) | (TypeRef::Map(old), TypeRef::Map(new)) => refines(new, old),
        (TypeRef::Nullable(old), TypeRef::Nullable(new)) => refines(new, old),
        _ => false,
    }
}

/// How far an `allOf` merge of a component has got (see
/// [`Lowerer::component_fields`]).
#[derive(Debug, Clone)]
pub(crate) enum MergeState {
    /// Its fields are being built: meeting it again is a cycle.
    InProgress,
    /// Its struct kind ([`TypeKind::Struct`]), or `None` when it is not an object.
    Done(Option<TypeKind>),
}

/// Whether a schema only annotates (`description`, `title`, `example`,
/// `deprecated`, `readOnly`, `writeOnly`, `nullable`, `externalDocs`) and
/// says nothing about the value's shape.
fn is_annotation_only(s: &Schema) -> bool {
    let SchemaKind::Any(any) = &s.schema_kind else { return false };
    let d = &s.schema_data;
    any.typ.is_none()
        && any.properties.is_empty()
        && any.required.is_empty()
        && any.additional_properties.is_none()
        && any.items.is_none()
        && any.enumeration.is_empty()
        && any.format.is_none()
        && any.one_of.is_empty()
        && any.any_of.is_empty()
        && any.all_of.is_empty()
        && any.not.is_none()
        && any.pattern.is_none()
        && any.minimum.is_none()
        && any.maximum.is_none()
        && any.min_length.is_none()
        && any.max_length.is_none()
        && any.min_items.is_none()
        && any.max_items.is_none()
        && any.min_properties.is_none()
        && any.max_properties.is_none()
        && any.multiple_of.is_none()
        && any.exclusive_minimum.is_none()
        && any.exclusive_maximum.is_none()
        && any.unique_items.is_none()
        && d.discriminator.is_none()
        && d.default.is_none()
}

/// The single value of a const (or one-member enum) string schema.
pub(crate) fn single_value(s: &Schema) -> Option<String> {
    match &s.schema_kind {
        SchemaKind::Type(Type::String(st)) if st.enumeration.len() == 1 => st.enumeration[0].clone(),
        SchemaKind::Any(a) if a.enumeration.len() == 1 => a.enumeration[0].as_str().map(str::to_owned),
        _ => None,
    }
}

fn primitive_label(s: &Schema) -> Option<&'static str> {
    match &s.schema_kind {
        SchemaKind::Type(Type::String(_)) => Some("String"),
        SchemaKind::Type(Type::Integer(_)) => Some("Integer"),
        SchemaKind::Type(Type::Number(_)) => Some("Number"),
        SchemaKind::Type(Type::Boolean(_)) => Some("Boolean"),
        SchemaKind::Type(Type::Array(_)) => Some("Array"),
        SchemaKind::Type(Type::Object(_)) => Some("Object"),
        _ => None,
    }
}

/// A string enum's kind, with unique variant names (`Unknown` is reserved
/// for the fallback variant).
pub(crate) fn enum_kind(values: &[String], from_const: bool) -> TypeKind {
    let mut idents = Namespace::with_reserved(&["Unknown"]);
    let mut seen = std::collections::BTreeSet::new();
    let values = values
        .iter()
        .filter(|v| seen.insert(v.as_str()))
        .map(|v| EnumValue { value: v.clone(), ident: idents.claim(&variant_name(v)) })
        .collect();
    TypeKind::Enum { values, from_const }
}

/// The last word of a naming context (`"Lead user"` → `"user"`), or the
/// last two when the last is generic (`"ListLead response data item"` →
/// `"data item"`).
pub(crate) fn leaf_of(ctx: &str) -> String {
    let mut words = ctx.rsplit(' ');
    let last = words.next().unwrap_or_default();
    match last {
        "item" | "value" | "response" | "params" | "event" => match words.next() {
            Some(prev) => format!("{prev} {last}"),
            None => last.to_owned(),
        },
        _ => last.to_owned(),
    }
}

/// The structural identity of a kind: the kind with every doc removed.
pub(crate) fn shape_key(kind: &TypeKind) -> TypeKind {
    let mut key = kind.clone();
    match &mut key {
        TypeKind::Struct { fields, .. } => fields.iter_mut().for_each(|f| {
            f.doc = None;
            f.example = None;
        }),
        TypeKind::Tagged { variants, .. } | TypeKind::Untagged { variants } => {
            variants.iter_mut().for_each(|v| v.doc = None)
        }
        TypeKind::Enum { .. } | TypeKind::Alias { .. } => {}
    }
    key
}

/// Which way a property travels: its `readOnly` or `writeOnly`, that of
/// an annotation part when it is a `$ref` with siblings (which `normalize`
/// makes `allOf: [$ref, {readOnly: true}]`), or that of the schema a `$ref`
/// (alone or as such a part) names (`created_at: {$ref: CreatedAt}` with
/// `CreatedAt: {type: string, readOnly: true}`).
fn access_of<'s>(schema: &'s ReferenceOr<Box<Schema>>, resolve: impl Fn(&str) -> Option<&'s Schema>) -> Access {
    let s: &Schema = match schema {
        ReferenceOr::Item(s) => s,
        ReferenceOr::Reference { reference } => match resolve(reference) {
            Some(s) => s,
            None => return Access::ReadWrite,
        },
    };
    let parts = match &s.schema_kind {
        SchemaKind::AllOf { all_of } => &all_of[..],
        SchemaKind::Any(a) => &a.all_of[..],
        _ => &[],
    };
    // Only an annotated `$ref` (no part of its own shape) takes the target's access.
    let annotated_ref = parts.iter().all(|p| match p {
        ReferenceOr::Reference { .. } => true,
        ReferenceOr::Item(p) => is_annotation_only(p),
    });
    let data = std::iter::once(&s.schema_data).chain(parts.iter().filter_map(|p| match p {
        ReferenceOr::Item(p) if is_annotation_only(p) => Some(&p.schema_data),
        ReferenceOr::Reference { reference } if annotated_ref => resolve(reference).map(|s| &s.schema_data),
        _ => None,
    }));
    let (mut read, mut write) = (false, false);
    for d in data {
        read |= d.read_only;
        write |= d.write_only;
    }
    match (read, write) {
        (true, false) => Access::ReadOnly,
        (false, true) => Access::WriteOnly,
        // Both is a contradiction; the field stays as `required` says.
        _ => Access::ReadWrite,
    }
}

/// Applies a `required` list to the fields of a struct, however they were
/// gathered (`properties`, `allOf` parts, a union branch): each field it
/// names becomes required, and a name that no field carries must still be
/// present (JSON Schema requires the key, with any value), so it is one
/// more required field of JSON. When a field flattens a named struct (a
/// component merged into itself), that struct may carry the name, so no
/// field is added for it.
fn apply_required(fields: &mut Vec<Field>, required: &[String]) {
    for f in fields.iter_mut().filter(|f| required.contains(&f.name)) {
        f.required = true;
    }
    if fields.iter().any(|f| f.flatten && matches!(f.ty, TypeRef::Named(_))) {
        return;
    }
    let mut idents = Namespace::with_taken(fields.iter().map(|f| f.ident.as_str()));
    for name in required {
        if fields.iter().any(|f| &f.name == name) {
            continue;
        }
        let doc = format!("Listed in `required` but not described in `properties`: the key `{name}` must be present, with any JSON value.");
        fields.push(Field::required(name.clone(), idents.claim(&field_name(name)), TypeRef::Json, Some(doc)));
    }
}
