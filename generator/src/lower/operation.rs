//! Lowering operations: resource and method names, path parameters, the
//! params type (query parameters and body fields together), the success
//! type, the shared error type, scopes and cursor pagination.

use heck::ToUpperCamelCase;
use indexmap::IndexMap;
use openapiv3::{
    Operation as OaOperation, Parameter, ParameterData, ParameterSchemaOrContent, PathItem, QueryStyle, ReferenceOr,
    RequestBody, Response, Schema, StatusCode,
};

use super::schema::Use;
use super::{Lowerer, Shape};
use crate::diagnostics::{push_pointer, Error};
use crate::ir::{
    Access, ApiKeyLocation, BodyKind, Encoding, Field, Grouping, Location, Operation, Pagination, PaginationStyle, PathParam, PresignedUpload, Resource, ResponseFormat, Style, TypeDef, TypeKind, TypeRef,
    SecurityRequirement, SecuritySchemeKind, Webhook,
};
use crate::naming::{field_name, type_name, variant_name, Namespace};

/// A parameter after path-level and operation-level lists are merged.
struct Param<'p> {
    data: &'p ParameterData,
    location: ParamIn,
    pointer: String,
}

#[derive(Clone, Copy, PartialEq)]
enum ParamIn {
    Path,
    Query(Location),
    Header,
    Cookie,
}

impl<'a> Lowerer<'a> {
    pub(super) fn operations(&mut self) -> Result<Vec<Operation>, Error> {
        let mut ops = Vec::new();
        let mut seen_ids: IndexMap<String, String> = IndexMap::new();
        let mut method_names: std::collections::BTreeMap<String, Namespace> = Default::default();
        let tag_docs: IndexMap<String, Option<String>> =
            self.api.tags.iter().map(|t| (t.name.clone(), t.description.clone())).collect();
        let api = self.api;
        for (path, item) in api.paths.paths.iter() {
            let path_ptr = push_pointer("/paths", path);
            let item = match item {
                ReferenceOr::Item(i) => i,
                ReferenceOr::Reference { reference } => {
                    self.warn(&path_ptr, format!("path item $ref `{reference}` is not supported; its operations are skipped"));
                    continue;
                }
            };
            for (method, op) in item.iter() {
                let op_ptr = push_pointer(&path_ptr, method);
                let (operation_id, synthesized) = match &op.operation_id {
                    Some(id) => (id.clone(), false),
                    None => (synthesize_id(method, path), true),
                };
                if let Some(previous) = seen_ids.get(&operation_id) {
                    if !synthesized {
                        return Err(Error::at(
                            self.file,
                            push_pointer(&op_ptr, "operationId"),
                            format!("duplicate operationId `{operation_id}` (also used at {previous})"),
                        ));
                    }
                }
                seen_ids.insert(operation_id.clone(), op_ptr.clone());
                let (resource, method_name) = super::resources::place(op.tags.first(), &operation_id, synthesized, path, &tag_docs);
                // `new` is the resource's own constructor.
                let names = method_names.entry(resource.module.clone()).or_insert_with(|| Namespace::with_reserved(&["new"]));
                // A short name already taken falls back to the whole operationId.
                let full = crate::naming::field_name(&operation_id);
                let method_name = if names.contains(&method_name) && !names.contains(&full) { names.claim(&full) } else { names.claim(&method_name) };
                let lowered = self.operation(path, method, op, item, &operation_id, &op_ptr)?;
                let feature = self.group_feature(op, &op_ptr);
                ops.push(Operation {
                    operation_id,
                    id_synthesized: synthesized,
                    method: method.to_uppercase(),
                    path: path.clone(),
                    source: op_ptr,
                    resource,
                    feature,
                    method_name,
                    summary: op.summary.clone(),
                    description: op.description.clone(),
                    deprecated: op.deprecated,
                    ..lowered
                });
            }
        }
        Ok(ops)
    }

    fn operation(
        &mut self,
        path: &str,
        method: &str,
        op: &OaOperation,
        item: &PathItem,
        operation_id: &str,
        pointer: &str,
    ) -> Result<Operation, Error> {
        let ctx = operation_id.to_upper_camel_case();
        for (code, response) in &op.responses.responses {
            if let ReferenceOr::Item(r) = response {
                if !r.links.is_empty() {
                    let at = push_pointer(&push_pointer(&push_pointer(pointer, "responses"), &code.to_string()), "links");
                    self.warn(&at, "response links are ignored (no generated code follows them)");
                }
            }
        }
        let mut params = self.merged_params(item, op, pointer)?;
        let schemes = std::mem::take(&mut self.security_schemes);
        let security = self.operation_security(op, pointer, &schemes);
        self.security_schemes = schemes;
        self.drop_credential_params(&mut params, &security);

        // Path parameters, in template order.
        let mut arg_names = Namespace::with_reserved(&["self", "params", "client"]);
        let mut path_params = Vec::new();
        for name in template_names(path) {
            let param = params.iter().find(|p| p.location == ParamIn::Path && p.data.name == name);
            let (ty, doc, example) = match param {
                Some(p) => {
                    let u = self.param_use(p.data, &format!("{ctx} {name}"), &p.pointer)?;
                    (u.ty, p.data.description.clone().or(u.doc), self.param_example(p.data))
                }
                None => {
                    self.warn(pointer, format!("path parameter `{name}` is not declared; it is taken as a string"));
                    (TypeRef::String, None, None)
                }
            };
            path_params.push(PathParam { ident: arg_names.claim(&field_name(&name)), name, ty, doc, example });
        }

        // Query and header parameters become fields of the params type.
        let mut idents = Namespace::new();
        let mut fields = Vec::new();
        for p in &params {
            let location = match p.location {
                ParamIn::Path => continue,
                ParamIn::Query(l) => l,
                ParamIn::Header if matches!(p.data.format, ParameterSchemaOrContent::Content(_)) => Location::HeaderJson,
                // HTTP has no header of that name (RFC 9110 field names are tokens).
                ParamIn::Header if !is_header_name(&p.data.name) => {
                    self.warn(&p.pointer, format!("`{}` is not an HTTP header name; this header parameter is not sent", p.data.name));
                    continue;
                }
                ParamIn::Header => Location::Header,
                ParamIn::Cookie => {
                    self.warn(&p.pointer, "cookie parameters are not supported; this one is not sent");
                    continue;
                }
            };
            if location.is_query() && matches!(p.data.format, ParameterSchemaOrContent::Content(_)) {
                self.warn(
                    &push_pointer(&p.pointer, "content"),
                    "a query parameter's `content` is not sent as a JSON document; its schema's value is written with `style: form` rules",
                );
            }
            // A required parameter that admits one value (AWS's
            // `X-Amz-Target: AWSEvents.CreateEventBus`, `Action=AssumeRole`)
            // is a constant the method sends itself.
            let u = match param_single_value(p.data).filter(|_| p.data.required) {
                Some(value) => super::schema::Use { ty: TypeRef::String, nullable: false, doc: None, constant: Some(value) },
                None => self.param_use(p.data, &format!("{ctx} {}", p.data.name), &p.pointer)?,
            };
            let example = self.param_example(p.data);
            fields.push(Field {
                name: p.data.name.clone(),
                ident: idents.claim(&field_name(&p.data.name)),
                doc: p.data.description.clone().or(u.doc),
                ty: u.ty,
                required: p.data.required,
                nullable: u.nullable,
                constant: u.constant,
                example,
                location,
                boxed: false,
                flatten: false,
                access: Access::ReadWrite,
            });
        }
        let mut params_required = fields.iter().any(|f| f.required);

        // The request body.
        let mut body = None;
        let mut params_ty = None;
        // What an inline JSON body's union requires of its fields, for the params docs.
        let mut body_note = None;
        if let Some(rb) = &op.request_body {
            let rb_ptr = push_pointer(pointer, "requestBody");
            if let Some((rb, rb_ptr)) = self.resolve_request_body(rb, &rb_ptr) {
                match pick_media(&rb.content) {
                    None if rb.content.is_empty() => {}
                    None => self.warn(&rb_ptr, "request body has no usable media type; no body is sent"),
                    Some((media_type, kind)) => {
                        let schema_ptr = push_pointer(&push_pointer(&push_pointer(&rb_ptr, "content"), media_type), "schema");
                        let schema = rb.content.get(media_type).and_then(|m| m.schema.as_ref());
                        params_required |= rb.required;
                        match (&kind, schema) {
                            (BodyKind::Binary { .. }, _) => body = Some(kind),
                            (_, None) => self.warn(&rb_ptr, format!("`{media_type}` body has no schema; no body is sent")),
                            (BodyKind::Json, Some(schema)) => {
                                body = Some(BodyKind::Json);
                                let params_ctx = format!("{ctx} params");
                                match self.body_shape(schema, &ctx, &params_ctx, &schema_ptr)? {
                                    BodyShape::Fields(body_fields) => {
                                        if let ReferenceOr::Item(s) = schema {
                                            body_note = super::schema::constraint_note(s);
                                        }
                                        for mut f in body_fields {
                                            f.ident = idents.claim(&f.ident);
                                            fields.push(f);
                                        }
                                    }
                                    BodyShape::Whole(ty) if fields.is_empty() => params_ty = Some(ty),
                                    BodyShape::Whole(ty) if self.is_json_object(&ty) => {
                                        fields.push(Field::flattened("body", idents.claim("body"), ty, rb.description.clone()))
                                    }
                                    // serde flattens only structs and maps.
                                    BodyShape::Whole(ty) => fields.push(Field {
                                        location: Location::WholeBody,
                                        ..Field::required("body", idents.claim("body"), ty, rb.description.clone())
                                    }),
                                }
                            }
                            (BodyKind::Form | BodyKind::Multipart, Some(schema)) => match self.form_fields(schema, &ctx, &schema_ptr)? {
                                // No plain object, so no fields to name (a string, or
                                // a `oneOf` of objects, which form bodies do not type
                                // yet): the caller encodes the body.
                                None => {
                                    self.warn(
                                        &schema_ptr,
                                        format!(
                                            "a `{media_type}` body whose schema is no plain object (a string, an array, \
                                             a `oneOf`) has no fields the client can name; the method takes the \
                                             encoded body as bytes"
                                        ),
                                    );
                                    body = Some(BodyKind::Binary { content_type: media_type.to_owned() });
                                }
                                Some(form_fields) => {
                                    let media_ptr = push_pointer(&push_pointer(&rb_ptr, "content"), media_type);
                                    let encodings = match rb.content.get(media_type) {
                                        Some(media) => self.form_encodings(&media.encoding, &form_fields, &media_ptr),
                                        None => Default::default(),
                                    };
                                    // An empty object (Stripe's GET and DELETE bodies) sends nothing.
                                    if !form_fields.is_empty() {
                                        body = Some(kind);
                                    }
                                    for mut f in form_fields {
                                        f.ident = idents.claim(&f.ident);
                                        f.location = Location::Form(encodings.get(&f.name).copied());
                                        fields.push(f);
                                    }
                                }
                            },
                        }
                    }
                }
            }
        }
        if params_ty.is_none() && !fields.is_empty() {
            let name = self.claim_type_name(pointer, &type_name(&format!("{ctx} params")));
            self.types.push(TypeDef {
                name: name.clone(),
                source: pointer.to_owned(),
                shared_by: 0,
                doc: Some(match body_note {
                    Some(note) => format!("Parameters of `{operation_id}` (`{} {path}`).\n\n{note}", method.to_uppercase()),
                    None => format!("Parameters of `{operation_id}` (`{} {path}`).", method.to_uppercase()),
                }),
                in_request: true,
                sent_only: true,
                features: Vec::new(),
                kind: TypeKind::Struct { fields, min_properties: 0 },
            });
            params_ty = Some(TypeRef::Named(name));
        }

        let idempotency_field = match (&params_ty, body.is_some()) {
            (Some(TypeRef::Named(name)), true) => self.union_idempotency_field(name),
            _ => None,
        };
        let (SuccessBody { ty: response, format: response_format, accept }, success_status) = self.responses(op, &ctx, pointer)?;
        // An event stream's `response` is the type of one event's data, not a page or a record.
        let whole_body = response.as_ref().filter(|_| response_format != ResponseFormat::EventStream);
        let pagination = self.pagination(whole_body, params_ty.as_ref());
        let presigned_upload = self.presigned_upload(whole_body);
        Ok(Operation {
            operation_id: String::new(),
            id_synthesized: false,
            method: String::new(),
            path: String::new(),
            source: String::new(),
            resource: Resource { tag: String::new(), grouping: Grouping::Tag, module: String::new(), type_name: String::new(), doc: None },
            feature: None,
            method_name: String::new(),
            summary: None,
            description: None,
            path_params,
            params: params_ty,
            params_required,
            body,
            response,
            response_format,
            accept,
            success_status,
            scopes: self.scopes(op),
            security,
            pagination,
            deprecated: false,
            idempotency_field,
            presigned_upload,
        })
    }

    /// The cargo feature for the operation's resource group (`x-group-title`).
    fn group_feature(&mut self, op: &OaOperation, pointer: &str) -> Option<String> {
        let value = op.extensions.get("x-group-title")?;
        let at = push_pointer(pointer, "x-group-title");
        let Some(title) = value.as_str() else {
            self.warn(&at, "x-group-title is not a string; the operation is not gated by a cargo feature");
            return None;
        };
        let name = crate::naming::feature_name(title);
        match &name {
            Some(name) => {
                self.feature_titles.entry(name.clone()).or_insert_with(|| title.to_owned());
            }
            None => self.warn(&at, format!("x-group-title `{title}` gives no usable cargo feature name; the operation is not gated")),
        }
        name
    }

    /// Takes out the parameters that restate an `apiKey` credential the
    /// operation's `security` names (same name and place: NYT's `api-key`
    /// query parameter beside its `api-key` scheme). The client sends the
    /// credential itself; sending the parameter too would put the key on
    /// the wire twice.
    fn drop_credential_params(&mut self, params: &mut Vec<Param<'_>>, security: &[SecurityRequirement]) {
        let keys: Vec<(&str, &ApiKeyLocation, &str)> = security
            .iter()
            .flat_map(|r| &r.schemes)
            .filter_map(|u| self.security_schemes.iter().find(|s| s.name == u.scheme))
            .filter_map(|s| match &s.kind {
                SecuritySchemeKind::ApiKey { location, param } => Some((s.name.as_str(), location, param.as_str())),
                _ => None,
            })
            .collect();
        let mut dropped: Vec<(String, String, String)> = Vec::new();
        params.retain(|p| {
            let scheme = keys.iter().find(|(_, location, name)| match (location, &p.location) {
                (ApiKeyLocation::Query, ParamIn::Query(_)) | (ApiKeyLocation::Cookie, ParamIn::Cookie) => p.data.name == *name,
                (ApiKeyLocation::Header, ParamIn::Header) => p.data.name.eq_ignore_ascii_case(name),
                _ => false,
            });
            if let Some((scheme, ..)) = scheme {
                dropped.push((p.pointer.clone(), p.data.name.clone(), (*scheme).to_owned()));
            }
            scheme.is_none()
        });
        for (at, name, scheme) in dropped {
            self.warn(&at, format!("the parameter `{name}` restates the `apiKey` security scheme `{scheme}`; the client sends it once, from the credential"));
        }
    }

    /// Path-level parameters overridden by operation-level ones with the same name and location.
    fn merged_params<'p>(&mut self, item: &'p PathItem, op: &'p OaOperation, pointer: &str) -> Result<Vec<Param<'p>>, Error>
    where
        'a: 'p,
    {
        let mut out: Vec<Param<'p>> = Vec::new();
        let path_ptr = pointer.rsplit_once('/').map(|(p, _)| p.to_owned()).unwrap_or_default();
        let lists = [(&item.parameters, push_pointer(&path_ptr, "parameters")), (&op.parameters, push_pointer(pointer, "parameters"))];
        for (list, base) in lists {
            for (i, p) in list.iter().enumerate() {
                let at = push_pointer(&base, &i.to_string());
                let Some((param, at)) = self.resolve_parameter(p, &at) else { continue };
                let (data, location) = match param {
                    Parameter::Path { parameter_data, .. } => (parameter_data, ParamIn::Path),
                    Parameter::Query { parameter_data, style, allow_reserved, .. } => {
                        if *allow_reserved {
                            self.warn(&push_pointer(&at, "allowReserved"), "`allowReserved` is not supported; reserved characters are percent-encoded");
                        }
                        let encoding = encoding(Some(style), parameter_data.explode);
                        (parameter_data, ParamIn::Query(Location::Query(encoding)))
                    }
                    // OpenAPI: header parameters named `Accept` or
                    // `Content-Type` are ignored (the responses and the
                    // request body set them). `Authorization` is kept,
                    // though the rule names it too: specs that declare it
                    // as a parameter have no security scheme for it.
                    Parameter::Header { parameter_data, .. }
                        if ["accept", "content-type"].iter().any(|n| parameter_data.name.eq_ignore_ascii_case(n)) =>
                    {
                        self.warn(&at, format!("the header parameter `{}` is ignored, as OpenAPI says: the request body and the responses set it", parameter_data.name));
                        continue;
                    }
                    // Headers that frame the message itself: the HTTP
                    // client sets them from the request, and a caller's
                    // value that disagreed would corrupt it. But a required
                    // `Content-Length` of an operation without a body is the
                    // `0` a protocol asks for, which a client sends for no
                    // bodiless method by itself: that one stays.
                    Parameter::Header { parameter_data, .. }
                        if is_framing_header(&parameter_data.name)
                            && !(parameter_data.name.eq_ignore_ascii_case("content-length")
                                && parameter_data.required
                                && op.request_body.is_none()) =>
                    {
                        self.warn(
                            &at,
                            format!(
                                "the header parameter `{}` is ignored: the HTTP client sets it from the request it sends (a value that disagreed with the body would break the message)",
                                parameter_data.name
                            ),
                        );
                        continue;
                    }
                    Parameter::Header { parameter_data, .. } => (parameter_data, ParamIn::Header),
                    Parameter::Cookie { parameter_data, .. } => (parameter_data, ParamIn::Cookie),
                };
                let same = |q: &Param<'_>| q.data.name == data.name && std::mem::discriminant(&q.location) == std::mem::discriminant(&location);
                out.retain(|q| !same(q));
                out.push(Param { data, location, pointer: at });
            }
        }
        Ok(out)
    }

    /// A parameter's `example`, else its schema's (the spec's, or one built
    /// from the schema's constraints), as JSON text.
    /// An example the schema rejects is passed over, as in [`Self::sample`].
    fn param_example(&self, data: &ParameterData) -> Option<String> {
        let schema = match &data.format {
            ParameterSchemaOrContent::Schema(schema) => Some(schema),
            ParameterSchemaOrContent::Content(_) => None,
        };
        if let Some(e) = data.example.as_ref().filter(|e| schema.is_none_or(|s| self.may_accept_example(s, e))) {
            return Some(e.to_string());
        }
        schema.and_then(|s| self.sample(s))
    }

    fn resolve_parameter<'p>(&mut self, p: &'p ReferenceOr<Parameter>, at: &str) -> Option<(&'p Parameter, String)>
    where
        'a: 'p,
    {
        match p {
            ReferenceOr::Item(p) => Some((p, at.to_owned())),
            ReferenceOr::Reference { reference } => {
                let name = reference.strip_prefix("#/components/parameters/");
                let api: &'a openapiv3::OpenAPI = self.api;
                let found = name.and_then(|n| api.components.as_ref()?.parameters.get(&crate::diagnostics::unescape_token(n)));
                match found {
                    Some(ReferenceOr::Item(p)) => Some((p, format!("/components/parameters/{}", name.unwrap_or_default()))),
                    _ => {
                        self.warn(at, format!("parameter $ref `{reference}` cannot be resolved; the parameter is skipped"));
                        None
                    }
                }
            }
        }
    }

    fn resolve_request_body<'p>(&mut self, rb: &'p ReferenceOr<RequestBody>, at: &str) -> Option<(&'p RequestBody, String)>
    where
        'a: 'p,
    {
        match rb {
            ReferenceOr::Item(rb) => Some((rb, at.to_owned())),
            ReferenceOr::Reference { reference } => {
                let name = reference.strip_prefix("#/components/requestBodies/");
                let api: &'a openapiv3::OpenAPI = self.api;
                let found = name.and_then(|n| api.components.as_ref()?.request_bodies.get(&crate::diagnostics::unescape_token(n)));
                match found {
                    Some(ReferenceOr::Item(rb)) => Some((rb, format!("/components/requestBodies/{}", name.unwrap_or_default()))),
                    _ => {
                        self.warn(at, format!("request body $ref `{reference}` cannot be resolved; no body is sent"));
                        None
                    }
                }
            }
        }
    }

    fn param_use(&mut self, data: &ParameterData, ctx: &str, pointer: &str) -> Result<super::schema::Use, Error> {
        match &data.format {
            ParameterSchemaOrContent::Schema(s) => self.lower_use(s, ctx, &push_pointer(pointer, "schema")),
            ParameterSchemaOrContent::Content(c) => match json_schema(c, &push_pointer(pointer, "content")) {
                Some((s, at)) => self.lower_use(s, ctx, &at),
                None => {
                    self.warn(pointer, "parameter content without a JSON schema is taken as a string");
                    Ok(super::schema::Use { ty: TypeRef::String, nullable: false, doc: None, constant: None })
                }
            },
        }
    }

    fn body_shape(&mut self, schema: &ReferenceOr<Schema>, op_ctx: &str, params_ctx: &str, pointer: &str) -> Result<BodyShape, Error> {
        match schema {
            ReferenceOr::Reference { .. } => Ok(BodyShape::Whole(self.lower_use(schema, params_ctx, pointer)?.ty)),
            ReferenceOr::Item(s) => match self.shape(s, op_ctx, pointer)? {
                // A `minProperties` body keeps its own type, which carries the rule.
                Shape::Kind(TypeKind::Struct { fields, min_properties: 0 }) => Ok(BodyShape::Fields(fields)),
                Shape::Kind(kind) => {
                    let doc = s.schema_data.description.clone();
                    Ok(BodyShape::Whole(self.define_inline(kind, params_ctx, pointer, doc)))
                }
                Shape::Ref(u) => Ok(BodyShape::Whole(u.ty)),
            },
        }
    }

    /// The first 2xx response's type and format; every 4xx/5xx/default JSON
    /// response is lowered too, to find the shared error type.
    fn responses(
        &mut self,
        op: &OaOperation,
        ctx: &str,
        pointer: &str,
    ) -> Result<(SuccessBody, Option<String>), Error> {
        let base = push_pointer(pointer, "responses");
        let mut success: Option<(SuccessBody, String)> = None;
        let mut codes: Vec<(&StatusCode, &ReferenceOr<Response>)> = op.responses.responses.iter().collect();
        codes.sort_by_key(|(c, _)| c.to_string());
        for (code, response) in codes {
            let code_s = code.to_string();
            let at = push_pointer(&base, &code_s);
            let Some((response, at)) = self.resolve_response(response, &at) else { continue };
            let is_success = code_s.starts_with('2');
            if is_success && success.is_some() {
                continue;
            }
            if is_success {
                let mut body = self.success_body(response, ctx, &at)?;
                if bodiless(&code_s) && body.format == ResponseFormat::Json {
                    // HTTP forbids a body here, so the one the spec names
                    // may well be absent: `None` for an empty body.
                    body.ty = body.ty.map(|ty| Use { ty, nullable: true, doc: None, constant: None }.element());
                }
                success = Some((body, code_s));
            } else if let Some((schema, schema_at)) = json_schema(&response.content, &at) {
                let ty = self.lower_use(schema, "ErrorResponse", &schema_at)?.ty;
                self.note_error_type(ty);
            }
        }
        if let Some(d) = &op.responses.default {
            let at = push_pointer(&base, "default");
            if let Some((response, at)) = self.resolve_response(d, &at) {
                if success.is_none() {
                    success = Some((self.success_body(response, &format!("{ctx} default"), &at)?, "default".into()));
                } else if let Some((schema, schema_at)) = json_schema(&response.content, &at) {
                    let ty = self.lower_use(schema, "ErrorResponse", &schema_at)?.ty;
                    self.note_error_type(ty);
                }
            }
        }
        Ok(match success {
            Some((body, code)) => (body, Some(code)),
            None => (SuccessBody::none(), None),
        })
    }

    /// The type and format of a success response: JSON if it has a JSON
    /// media type, an event stream for `text/event-stream`, text for other
    /// `text/*`, bytes for anything else.
    fn success_body(&mut self, response: &Response, ctx: &str, at: &str) -> Result<SuccessBody, Error> {
        if let Some((schema, schema_at, mt)) = json_media(&response.content, at) {
            // A response schema that is itself `nullable` (not only through
            // a union branch, which an outer `type` may still forbid): the
            // body may be `null`, so the type is an `Option`.
            let own_nullable = match schema {
                ReferenceOr::Item(s) => s.schema_data.nullable,
                ReferenceOr::Reference { reference } => self.referenced_schema(reference).is_some_and(|(s, _)| s.schema_data.nullable),
            };
            let u = self.lower_use(schema, &format!("{ctx} response"), &schema_at)?;
            let ty = if own_nullable { u.element() } else { u.ty };
            return Ok(SuccessBody { ty: Some(ty), format: ResponseFormat::Json, accept: accept_for(mt) });
        }
        if let Some((mt, media)) = response.content.iter().find(|(k, _)| is_event_stream(k)) {
            // Each event's `data`: text when the spec gives no schema or a
            // plain string one, otherwise JSON of the schema's type.
            let item = match &media.schema {
                None => TypeRef::String,
                Some(ReferenceOr::Item(s)) if is_plain_string(s) => TypeRef::String,
                Some(schema) => {
                    let schema_at = push_pointer(&push_pointer(&push_pointer(at, "content"), mt), "schema");
                    self.lower_use(schema, &format!("{ctx} event"), &schema_at)?.ty
                }
            };
            return Ok(SuccessBody { ty: Some(item), format: ResponseFormat::EventStream, accept: None });
        }
        let Some(media_type) = response.content.keys().next() else { return Ok(SuccessBody::none()) };
        let (ty, format) = if media_type.starts_with("text/") {
            (TypeRef::String, ResponseFormat::Text)
        } else {
            (TypeRef::Bytes, ResponseFormat::Binary)
        };
        Ok(SuccessBody { ty: Some(ty), format, accept: None })
    }

    /// The fields of a form or multipart body schema (an object, or a `$ref`
    /// to one); `None` when the schema is no object, so names no fields.
    fn form_fields(&mut self, schema: &ReferenceOr<Schema>, ctx: &str, pointer: &str) -> Result<Option<Vec<Field>>, Error> {
        let (schema, at) = match schema {
            ReferenceOr::Item(s) => (s.clone(), pointer.to_owned()),
            ReferenceOr::Reference { reference } => match self.component_schema(reference) {
                Some(found) => found,
                None => {
                    self.resolve_ref(reference, pointer)?;
                    return Ok(Some(Vec::new()));
                }
            },
        };
        match self.object_fields(&ReferenceOr::Item(schema.clone()), ctx, &at)? {
            Some(fields) => Ok(Some(fields)),
            None if is_empty_object(&schema) => Ok(Some(Vec::new())),
            None => Ok(None),
        }
    }

    /// The per-property `style`/`explode` of a form body's `encoding` map,
    /// for the properties whose entry gives either. The keywords the
    /// generated client cannot honour are reported.
    fn form_encodings(
        &mut self,
        entries: &IndexMap<String, openapiv3::Encoding>,
        fields: &[Field],
        media_ptr: &str,
    ) -> std::collections::HashMap<String, Encoding> {
        let mut out = std::collections::HashMap::new();
        let base = push_pointer(media_ptr, "encoding");
        for (name, e) in entries {
            let at = push_pointer(&base, name);
            if !fields.iter().any(|f| &f.name == name) {
                self.warn(&at, format!("`encoding` names `{name}`, which is not a property of the body; it is ignored"));
                continue;
            }
            if let Some(ct) = &e.content_type {
                self.warn(&push_pointer(&at, "contentType"), format!("`contentType: {ct}` is not supported; the field is sent as text"));
            }
            if !e.headers.is_empty() {
                self.warn(&push_pointer(&at, "headers"), "per-part `headers` are not supported; they are not sent");
            }
            if e.allow_reserved {
                self.warn(&push_pointer(&at, "allowReserved"), "`allowReserved` is not supported; reserved characters are percent-encoded");
            }
            let explode_given = !e.extensions.contains_key(crate::normalize::EXPLODE_ABSENT_MARKER);
            if e.style.is_some() || explode_given {
                let explode = if explode_given { Some(e.explode) } else { None };
                out.insert(name.clone(), encoding(e.style.as_ref(), explode));
            }
        }
        out
    }

    /// The idempotency field of a params struct, or of a union body (one
    /// every variant has).
    fn union_idempotency_field(&self, name: &str) -> Option<String> {
        let t = self.types.iter().find(|t| t.name == name)?;
        let TypeKind::Untagged { variants } = &t.kind else {
            return self.struct_fields(name).and_then(idempotency_field);
        };
        let mut found: Option<String> = None;
        for v in variants {
            let TypeRef::Named(n) = &v.ty else { return None };
            let f = idempotency_field(self.struct_fields(n)?)?;
            if found.as_ref().is_some_and(|prev| *prev != f) {
                return None;
            }
            found = Some(f);
        }
        found
    }

    fn note_error_type(&mut self, ty: TypeRef) {
        match &self.error_type {
            None if self.error_type_consistent => self.error_type = Some(ty),
            Some(existing) if *existing != ty => {
                self.error_type = None;
                self.error_type_consistent = false;
            }
            _ => {}
        }
    }

    fn resolve_response<'p>(&mut self, r: &'p ReferenceOr<Response>, at: &str) -> Option<(&'p Response, String)>
    where
        'a: 'p,
    {
        match r {
            ReferenceOr::Item(r) => Some((r, at.to_owned())),
            ReferenceOr::Reference { reference } => {
                let name = reference.strip_prefix("#/components/responses/");
                let api: &'a openapiv3::OpenAPI = self.api;
                let found = name.and_then(|n| api.components.as_ref()?.responses.get(&crate::diagnostics::unescape_token(n)));
                match found {
                    Some(ReferenceOr::Item(r)) => Some((r, format!("/components/responses/{}", name.unwrap_or_default()))),
                    _ => {
                        self.warn(at, format!("response $ref `{reference}` cannot be resolved; it is skipped"));
                        None
                    }
                }
            }
        }
    }

    fn scopes(&self, op: &OaOperation) -> Vec<String> {
        let requirements = op.security.as_ref().or(self.api.security.as_ref());
        let mut scopes: Vec<String> = Vec::new();
        for req in requirements.into_iter().flatten() {
            for list in req.values() {
                for s in list {
                    if !scopes.contains(s) {
                        scopes.push(s.clone());
                    }
                }
            }
        }
        scopes
    }

    /// Cursor pagination, in one of the two [`PaginationStyle`]s.
    fn pagination(&self, response: Option<&TypeRef>, params: Option<&TypeRef>) -> Option<Pagination> {
        let (Some(TypeRef::Named(page)), Some(TypeRef::Named(params))) = (response, params) else { return None };
        let fields = self.struct_fields(page)?;
        let data = fields.iter().find(|f| f.name == "data")?;
        let TypeRef::Array(item) = &data.ty else { return None };
        let items_optional = !data.required || data.nullable;
        let query = |name: &str| {
            self.struct_fields(params)
                .is_some_and(|ps| ps.iter().any(|f| f.name == name && matches!(f.location, Location::Query(e) if e.style == Style::Form)))
        };
        let is = |f: &Field, name: &str, ty: &TypeRef, optional: bool| {
            f.name == name && f.ty == *ty && (optional == (!f.required || f.nullable))
        };
        let style = if query("after") {
            let info = fields.iter().find(|f| f.name == "page_info" && f.required && !f.nullable)?;
            let TypeRef::Named(info_type) = &info.ty else { return None };
            let info_fields = self.struct_fields(info_type)?;
            let expected = [
                ("end_cursor", TypeRef::String, true),
                ("start_cursor", TypeRef::String, true),
                ("has_next_page", TypeRef::Boolean, false),
                ("has_previous_page", TypeRef::Boolean, false),
            ];
            let complete = expected.iter().all(|(n, t, o)| info_fields.iter().any(|f| is(f, n, t, *o)));
            if !complete {
                return None;
            }
            PaginationStyle::PageInfo
        } else if query("cursor") {
            let container = fields.iter().find(|f| match &f.ty {
                TypeRef::Named(n) => self
                    .struct_fields(n)
                    .is_some_and(|cf| cf.iter().any(|c| is(c, "next_cursor", &TypeRef::String, true))),
                _ => false,
            })?;
            PaginationStyle::NextCursor {
                container: container.ident.clone(),
                container_optional: !container.required || container.nullable,
            }
        } else {
            return None;
        };
        Some(Pagination { page_type: page.clone(), item: (**item).clone(), items_optional, style })
    }

    /// A response struct with `upload_url: string` and `upload_headers: object`.
    fn presigned_upload(&self, response: Option<&TypeRef>) -> Option<PresignedUpload> {
        let Some(TypeRef::Named(name)) = response else { return None };
        let fields = self.struct_fields(name)?;
        let url = fields.iter().find(|f| f.name == "upload_url" && f.ty == TypeRef::String)?;
        let headers = fields.iter().find(|f| f.name == "upload_headers" && f.ty == TypeRef::JsonObject)?;
        Some(PresignedUpload {
            url_optional: !url.required || url.nullable,
            headers_optional: !headers.required || headers.nullable,
        })
    }

    fn struct_fields(&self, name: &str) -> Option<&[Field]> {
        self.types.iter().find(|t| t.name == name).and_then(|t| match &t.kind {
            TypeKind::Struct { fields, .. } => Some(fields.as_slice()),
            _ => None,
        })
    }

    /// Webhook events: the JSON request body of each `webhooks.<name>.post`.
    pub(super) fn webhooks(&mut self, webhooks: &IndexMap<String, ReferenceOr<PathItem>>) -> Result<Vec<Webhook>, Error> {
        let mut out = Vec::new();
        let mut idents = Namespace::with_reserved(&["Unknown"]);
        for (name, item) in webhooks {
            let at = push_pointer("/webhooks", name);
            let ReferenceOr::Item(item) = item else {
                self.warn(&at, "webhook $ref is not supported; the event is skipped");
                continue;
            };
            let Some((method, op)) = item.iter().next() else { continue };
            let op_at = push_pointer(&at, method);
            let ident = idents.claim(&variant_name(name));
            let mut payload = None;
            let mut event_type = None;
            if let Some(ReferenceOr::Item(rb)) = &op.request_body {
                if let Some((schema, schema_at)) = json_schema(&rb.content, &push_pointer(&op_at, "requestBody")) {
                    let ty = self.lower_use(schema, &format!("{ident} event"), &schema_at)?.ty;
                    if let TypeRef::Named(n) = &ty {
                        event_type = self
                            .struct_fields(n)
                            .and_then(|fs| fs.iter().find(|f| f.name == "type").and_then(|f| f.constant.clone()));
                    }
                    payload = Some(ty);
                }
            }
            out.push(Webhook {
                name: name.clone(),
                ident,
                payload,
                event_type,
                doc: op.description.clone().or_else(|| op.summary.clone()),
            });
        }
        Ok(out)
    }
}

/// The one value an inline parameter schema admits (a one-member string
/// `enum`, or a 3.1 `const`), if it is that.
fn param_single_value(data: &ParameterData) -> Option<String> {
    match &data.format {
        ParameterSchemaOrContent::Schema(ReferenceOr::Item(s)) => super::schema::single_value(s),
        _ => None,
    }
}


/// A top-level string body field the API deduplicates on: named like
/// `idempotency_key`, or documented as deduplicating.
fn idempotency_field(fields: &[Field]) -> Option<String> {
    fields
        .iter()
        .filter(|f| f.location == Location::Body && f.ty == TypeRef::String && !f.flatten)
        .find(|f| {
            let doc = f.doc.as_deref().unwrap_or("").to_lowercase();
            f.name.contains("idempoten") || doc.contains("dedup") || doc.contains("idempoten")
        })
        .map(|f| f.name.clone())
}

enum BodyShape {
    Fields(Vec<Field>),
    Whole(TypeRef),
}

/// The [`Encoding`] of a query parameter or form field: its `style`
/// (`form` when absent) and `explode` (default `true` for `form`, `false`
/// otherwise, as OpenAPI says). A delimited style with `explode: true` is
/// sent as exploded `form` (a delimiter only joins one unexploded value).
fn encoding(style: Option<&QueryStyle>, explode: Option<bool>) -> Encoding {
    let style = match style {
        None | Some(QueryStyle::Form) => Style::Form,
        Some(QueryStyle::SpaceDelimited) => Style::SpaceDelimited,
        Some(QueryStyle::PipeDelimited) => Style::PipeDelimited,
        Some(QueryStyle::DeepObject) => Style::DeepObject,
    };
    let explode = explode.unwrap_or(style == Style::Form);
    if explode && matches!(style, Style::SpaceDelimited | Style::PipeDelimited) {
        return Encoding { style: Style::Form, explode: true };
    }
    Encoding { style, explode }
}

/// `{type: object, properties: {}, additionalProperties: false}`: a body
/// with nothing in it.
fn is_empty_object(schema: &Schema) -> bool {
    matches!(&schema.schema_kind, openapiv3::SchemaKind::Type(openapiv3::Type::Object(o))
        if o.properties.is_empty() && matches!(o.additional_properties, Some(openapiv3::AdditionalProperties::Any(false))))
}

/// The request media type to use, in order of preference: JSON, form,
/// multipart, then any other type as raw bytes.
fn pick_media(content: &IndexMap<String, openapiv3::MediaType>) -> Option<(&str, BodyKind)> {
    let find = |pred: &dyn Fn(&str) -> bool| content.keys().find(|k| pred(k.as_str())).map(String::as_str);
    if let Some(k) = find(&is_json) {
        return Some((k, BodyKind::Json));
    }
    if let Some(k) = find(&|k| k.starts_with("application/x-www-form-urlencoded")) {
        return Some((k, BodyKind::Form));
    }
    if let Some(k) = find(&|k| k.starts_with("multipart/")) {
        return Some((k, BodyKind::Multipart));
    }
    // Any media type (`*/*`, `application/*`) with a schema that is not a
    // string: the schema's structure travels as JSON, which that range admits.
    let structured = |media: &openapiv3::MediaType| match &media.schema {
        Some(ReferenceOr::Reference { .. }) => true,
        Some(ReferenceOr::Item(s)) => !matches!(s.schema_kind, openapiv3::SchemaKind::Type(openapiv3::Type::String(_))),
        None => false,
    };
    if let Some((k, _)) = content.iter().find(|(k, media)| matches!(essence(k).as_str(), "*/*" | "application/*") && structured(media)) {
        return Some((k.as_str(), BodyKind::Json));
    }
    content.keys().next().map(|k| (k.as_str(), BodyKind::Binary { content_type: k.clone() }))
}

/// `text/event-stream`, with or without parameters (`; charset=utf-8`).
fn is_event_stream(media_type: &str) -> bool {
    media_type.split(';').next().is_some_and(|m| m.trim().eq_ignore_ascii_case("text/event-stream"))
}

/// `type: string` without an `enum` (any `format`): event data that is
/// text rather than JSON.
fn is_plain_string(schema: &Schema) -> bool {
    matches!(&schema.schema_kind, openapiv3::SchemaKind::Type(openapiv3::Type::String(s)) if s.enumeration.is_empty())
}

/// The schema of the JSON media type (`application/json` or any `+json`).
/// Header names HTTP/1.1 and HTTP/2 reserve for framing the message and
/// the connection (RFC 9110 §8.6, RFC 9112 §6, §9.6), which the HTTP
/// client writes itself: `Content-Length`, `Transfer-Encoding`, `Host`,
/// `Connection`, ...
fn is_framing_header(name: &str) -> bool {
    ["content-length", "transfer-encoding", "host", "connection", "keep-alive", "te", "trailer", "upgrade"]
        .iter()
        .any(|n| name.eq_ignore_ascii_case(n))
}

/// Statuses whose responses carry no body (RFC 9110: 204 No Content, 205
/// Reset Content): a JSON schema the spec gives one is a body that may be
/// absent, so the response type is an `Option`.
fn bodiless(code: &str) -> bool {
    matches!(code, "204" | "205")
}

fn json_schema<'c>(content: &'c IndexMap<String, openapiv3::MediaType>, at: &str) -> Option<(&'c ReferenceOr<Schema>, String)> {
    json_media(content, at).map(|(schema, at, _)| (schema, at))
}

/// [`json_schema`] with the media type it was found under.
fn json_media<'c>(content: &'c IndexMap<String, openapiv3::MediaType>, at: &str) -> Option<(&'c ReferenceOr<Schema>, String, &'c str)> {
    let (mt, media) = content
        .iter()
        .find(|(k, _)| essence(k) == "application/json")
        .or_else(|| content.iter().find(|(k, _)| is_json(k)))?;
    let schema = media.schema.as_ref()?;
    Some((schema, push_pointer(&push_pointer(&push_pointer(at, "content"), mt), "schema"), mt.as_str()))
}

impl Lowerer<'_> {
    /// Whether `ty` encodes as a JSON object, so it can be flattened into
    /// the params beside query parameters: a map, a free-form object, or a
    /// struct or union (of objects) by name, through aliases.
    fn is_json_object(&self, ty: &TypeRef) -> bool {
        self.is_json_object_at(ty, 0)
    }

    fn is_json_object_at(&self, ty: &TypeRef, depth: usize) -> bool {
        // Aliases and unions may refer to themselves; no type nests deeper than this.
        if depth > self.types.len() {
            return false;
        }
        match ty {
            TypeRef::Map(_) | TypeRef::JsonObject => true,
            TypeRef::Named(name) => match self.types.iter().find(|t| &t.name == name).map(|t| &t.kind) {
                Some(TypeKind::Alias { target, .. }) => self.is_json_object_at(target, depth + 1),
                Some(TypeKind::Struct { .. } | TypeKind::Tagged { .. }) => true,
                Some(TypeKind::Untagged { variants }) => variants.iter().all(|v| self.is_json_object_at(&v.ty, depth + 1)),
                Some(TypeKind::Enum { .. }) | None => false,
            },
            _ => false,
        }
    }
}

/// What the success response decodes into and how it is asked for.
struct SuccessBody {
    ty: Option<TypeRef>,
    format: ResponseFormat,
    /// The `Accept` it needs, when not the format's default (see [`accept_for`]).
    accept: Option<String>,
}

impl SuccessBody {
    /// No body: JSON (an empty body decodes as `()`), default `Accept`.
    fn none() -> Self {
        SuccessBody { ty: None, format: ResponseFormat::Json, accept: None }
    }
}

/// A media type without its parameters, lowercased: `application/json`
/// of `Application/JSON; charset=utf-8`.
fn essence(media_type: &str) -> String {
    media_type.split(';').next().unwrap_or(media_type).trim().to_ascii_lowercase()
}

/// `application/json` or any `+json` type, with or without parameters.
fn is_json(media_type: &str) -> bool {
    let essence = essence(media_type);
    essence == "application/json" || essence.ends_with("+json")
}

/// The `Accept` a JSON success response of media type `mt` needs: `None`
/// for `application/json` (the runtime's default), else the media type
/// itself (`application/vnd.api+json`, `application/hal+json`), which a
/// server may insist on.
fn accept_for(mt: &str) -> Option<String> {
    let essence = essence(mt);
    (essence != "application/json").then_some(essence)
}

/// `{name}` segments of a path template, in order.
fn template_names(path: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else { break };
        out.push(rest[start + 1..start + len].to_owned());
        rest = &rest[start + len + 1..];
    }
    out
}

/// `get /users/{id}/posts` → `get_users_id_posts`; the braces of every
/// template expression go (`{position}.{ext}` → `position.ext`).
fn synthesize_id(method: &str, path: &str) -> String {
    let mut id = method.to_owned();
    for seg in path.split('/').filter(|s| !s.is_empty()) {
        id.push('_');
        id.extend(seg.chars().filter(|c| !matches!(c, '{' | '}')));
    }
    if id == method {
        id.push_str("_root");
    }
    id
}

/// Whether `name` is an HTTP field name: a non-empty RFC 9110 token.
fn is_header_name(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synthesized_ids() {
        assert_eq!(synthesize_id("get", "/users/{id}/posts"), "get_users_id_posts");
        assert_eq!(synthesize_id("get", "/"), "get_root");
        assert_eq!(synthesize_id("get", "/crossStreet/{position}.{ext}"), "get_crossStreet_position.ext");
    }

    #[test]
    fn header_names_are_tokens() {
        assert!(is_header_name("Notion-Version") && is_header_name("X-Amz-Target"));
        assert!(!is_header_name("") && !is_header_name("has space") && !is_header_name("colon:"));
    }

    #[test]
    fn template_params_in_order() {
        assert_eq!(template_names("/a/{id}/b/{override_id}"), ["id", "override_id"]);
    }
}
