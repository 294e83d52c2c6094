//! Focused tests of the constructs real specs use, each on a tiny spec,
//! asserting on the IR the generator lowers it to.

use clientgen::ir::{Access, BodyKind, Ir, Location, ResponseFormat, TypeKind, TypeRef};

/// Where [`lower`] writes each tiny spec (`<name>.yml`).
fn spec_dir() -> std::path::PathBuf {
    std::env::temp_dir().join(format!("clientgen-constructs-{}", std::process::id()))
}

/// The crate of the spec `name` that [`lower`] (or [`ir`]) wrote, with its contract cases.
fn with_contract_cases(name: &str) -> clientgen::GeneratedCrate {
    clientgen::Generator::new(spec_dir().join(format!("{name}.yml"))).contract_cases(true).generate().expect("generates")
}

/// The contract cases of the spec `name` that [`lower`] (or [`ir`]) wrote, without whitespace.
fn compact_cases(name: &str) -> String {
    compact(&with_contract_cases(name).files["contract/cases.rs"])
}

/// `text` without whitespace, so an assertion does not depend on how it is formatted.
fn compact(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

fn lower(name: &str, yaml: &str) -> Result<clientgen::lower::Lowered, clientgen::Error> {
    let dir = spec_dir();
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(format!("{name}.yml"));
    std::fs::write(&path, yaml).expect("write spec");
    clientgen::Generator::new(&path).lower()
}

fn ir(name: &str, yaml: &str) -> Ir {
    lower(name, yaml).unwrap_or_else(|e| panic!("{name}: {e}")).ir
}

const HEAD: &str = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n";

fn fields<'a>(ir: &'a Ir, type_name: &str) -> &'a [clientgen::ir::Field] {
    match &ir.types.iter().find(|t| t.name == type_name).unwrap_or_else(|| panic!("no type {type_name}")).kind {
        TypeKind::Struct { fields, .. } => fields,
        other => panic!("{type_name} is {other:?}"),
    }
}

#[test]
fn operations_without_ids_get_deterministic_distinct_names() {
    let spec = format!(
        "{HEAD}paths:\n  /users:\n    get: {{responses: {{'204': {{description: ok}}}}}}\n  /users/{{id}}:\n    get: {{parameters: [{{name: id, in: path, required: true, schema: {{type: string}}}}], responses: {{'204': {{description: ok}}}}}}\n"
    );
    let ir = ir("noids", &spec);
    let ids: Vec<&str> = ir.operations.iter().map(|o| o.operation_id.as_str()).collect();
    assert_eq!(ids, ["get_users", "get_users_id"]);
    assert!(ir.operations.iter().all(|o| o.id_synthesized));
    // Untagged, so grouped by the path (`users`), without the noun.
    let methods: Vec<(&str, &str)> = ir.operations.iter().map(|o| (o.resource.module.as_str(), o.method_name.as_str())).collect();
    assert_eq!(methods, [("users", "get"), ("users", "get_id")]);
}

#[test]
fn operation_ids_with_punctuation_become_identifiers() {
    let spec = format!(
        "{HEAD}paths:\n  /a:\n    get: {{operationId: 'key.get', responses: {{'204': {{description: ok}}}}}}\n    post: {{operationId: 'things/create new', responses: {{'204': {{description: ok}}}}}}\n"
    );
    let ir = ir("punct", &spec);
    let methods: Vec<&str> = ir.operations.iter().map(|o| o.method_name.as_str()).collect();
    assert_eq!(methods, ["key_get", "things_create_new"]);
}

#[test]
fn form_multipart_and_binary_bodies() {
    let spec = format!(
        "{HEAD}paths:\n  /form:\n    post:\n      operationId: sendForm\n      requestBody:\n        content:\n          application/x-www-form-urlencoded:\n            schema: {{type: object, required: [To], properties: {{To: {{type: string}}, Tags: {{type: array, items: {{type: string}}}}}}}}\n      responses: {{'204': {{description: ok}}}}\n  /upload:\n    post:\n      operationId: upload\n      requestBody:\n        content:\n          multipart/form-data:\n            schema: {{type: object, properties: {{file: {{type: string, format: binary}}, note: {{type: string}}}}}}\n      responses: {{'204': {{description: ok}}}}\n  /raw:\n    put:\n      operationId: putRaw\n      requestBody:\n        content:\n          application/octet-stream:\n            schema: {{type: string, format: binary}}\n      responses: {{'204': {{description: ok}}}}\n"
    );
    let ir = ir("bodies", &spec);
    assert_eq!(ir.operations[0].body, Some(BodyKind::Form));
    let form = fields(&ir, "SendFormParams");
    assert!(form.iter().all(|f| f.location == Location::Form(None)));
    assert_eq!(form[1].ty, TypeRef::Array(Box::new(TypeRef::String)));
    assert_eq!(ir.operations[1].body, Some(BodyKind::Multipart));
    assert_eq!(fields(&ir, "UploadParams")[0].ty, TypeRef::Bytes);
    assert_eq!(ir.operations[2].body, Some(BodyKind::Binary { content_type: "application/octet-stream".into() }));
    assert_eq!(ir.operations[2].params, None);
}

#[test]
fn non_json_several_and_default_responses() {
    let spec = format!(
        "{HEAD}paths:\n  /text:\n    get:\n      operationId: text\n      responses:\n        '200': {{description: ok, content: {{text/plain: {{schema: {{type: string}}}}}}}}\n  /bin:\n    get:\n      operationId: bin\n      responses:\n        '200': {{description: ok, content: {{application/octet-stream: {{schema: {{type: string, format: binary}}}}}}}}\n  /events:\n    get:\n      operationId: events\n      responses:\n        '200': {{description: ok, content: {{text/event-stream: {{schema: {{type: string}}}}}}}}\n  /two:\n    post:\n      operationId: two\n      responses:\n        '201': {{description: created, content: {{application/json: {{schema: {{type: integer}}}}}}}}\n        '200': {{description: ok, content: {{application/json: {{schema: {{type: string}}}}}}}}\n  /dflt:\n    get:\n      operationId: dflt\n      responses:\n        default: {{description: any, content: {{application/json: {{schema: {{type: boolean}}}}}}}}\n"
    );
    let ir = ir("responses", &spec);
    let got: Vec<(Option<TypeRef>, ResponseFormat, Option<String>)> =
        ir.operations.iter().map(|o| (o.response.clone(), o.response_format, o.success_status.clone())).collect();
    assert_eq!(got[0], (Some(TypeRef::String), ResponseFormat::Text, Some("200".into())));
    assert_eq!(got[1], (Some(TypeRef::Bytes), ResponseFormat::Binary, Some("200".into())));
    assert_eq!(got[2], (Some(TypeRef::String), ResponseFormat::EventStream, Some("200".into())));
    assert_eq!(got[3], (Some(TypeRef::String), ResponseFormat::Json, Some("200".into())), "the first 2xx code wins");
    assert_eq!(got[4], (Some(TypeRef::Boolean), ResponseFormat::Json, Some("default".into())));
}

#[test]
fn event_stream_responses_carry_the_item_type() {
    let spec = format!(
        "{HEAD}paths:\n  /json:\n    post:\n      operationId: streamJson\n      responses:\n        '200':\n          description: ok\n          content:\n            text/event-stream:\n              schema: {{type: object, required: [delta], properties: {{delta: {{type: string}}, page_info: {{type: object}}, data: {{type: array, items: {{type: string}}}}}}}}\n  /ref:\n    get:\n      operationId: streamRef\n      responses:\n        '200': {{description: ok, content: {{'text/event-stream; charset=utf-8': {{schema: {{$ref: '#/components/schemas/Tick'}}}}}}}}\n  /text:\n    get:\n      operationId: streamText\n      responses:\n        '200': {{description: ok, content: {{text/event-stream: {{schema: {{type: string, format: binary}}}}}}}}\n  /none:\n    get:\n      operationId: streamNone\n      responses:\n        '200': {{description: ok, content: {{text/event-stream: {{}}}}}}\n  /both:\n    get:\n      operationId: both\n      responses:\n        '200': {{description: ok, content: {{text/event-stream: {{}}, application/json: {{schema: {{type: integer}}}}}}}}\ncomponents:\n  schemas:\n    Tick: {{type: object, properties: {{n: {{type: integer}}}}}}\n"
    );
    let ir = ir("event_streams", &spec);
    let got: Vec<(&str, Option<&TypeRef>, ResponseFormat)> =
        ir.operations.iter().map(|o| (o.operation_id.as_str(), o.response.as_ref(), o.response_format)).collect();
    let named = |n: &str| TypeRef::Named(n.to_owned());
    assert_eq!(
        got,
        [
            ("streamJson", Some(&named("StreamJsonEvent")), ResponseFormat::EventStream),
            ("streamRef", Some(&named("Tick")), ResponseFormat::EventStream),
            ("streamText", Some(&TypeRef::String), ResponseFormat::EventStream),
            ("streamNone", Some(&TypeRef::String), ResponseFormat::EventStream),
            ("both", Some(&TypeRef::Integer), ResponseFormat::Json),
        ]
    );
    // The item is decoded, never sent, and is not mistaken for a page.
    let event = ir.types.iter().find(|t| t.name == "StreamJsonEvent").expect("the inline item type");
    assert!(!event.in_request);
    assert!(clientgen::emit::derives(event).contains(&"Deserialize"));
    assert!(ir.operations.iter().all(|o| o.pagination.is_none() && o.presigned_upload.is_none()));
    assert_eq!(fields(&ir, "StreamJsonEvent")[0].ty, TypeRef::String);
}

#[test]
fn recursive_schemas_box_only_direct_containment() {
    let spec = format!(
        "{HEAD}paths: {{}}\ncomponents:\n  schemas:\n    Node:\n      type: object\n      properties:\n        children: {{type: array, items: {{$ref: '#/components/schemas/Node'}}}}\n        parent: {{$ref: '#/components/schemas/Node'}}\n        other: {{$ref: '#/components/schemas/Other'}}\n    Other:\n      type: object\n      properties:\n        back: {{$ref: '#/components/schemas/Node'}}\n"
    );
    let ir = ir("recursive", &spec);
    let node = fields(&ir, "Node");
    assert_eq!((node[0].boxed, node[1].boxed, node[2].boxed), (false, true, true));
    assert!(fields(&ir, "Other")[0].boxed);
}

#[test]
fn all_of_merges_and_single_all_of_is_the_referenced_type() {
    let spec = format!(
        "{HEAD}paths: {{}}\ncomponents:\n  schemas:\n    NewPet: {{type: object, required: [name], properties: {{name: {{type: string}}, tag: {{type: string}}}}}}\n    Pet:\n      allOf:\n        - $ref: '#/components/schemas/NewPet'\n        - {{type: object, required: [id], properties: {{id: {{type: integer}}}}}}\n    Owner:\n      type: object\n      properties:\n        pet: {{allOf: [{{$ref: '#/components/schemas/Pet'}}], description: The pet.}}\n"
    );
    let ir = ir("allof", &spec);
    let pet: Vec<(&str, bool)> = fields(&ir, "Pet").iter().map(|f| (f.name.as_str(), f.required)).collect();
    assert_eq!(pet, [("name", true), ("tag", false), ("id", true)]);
    let owner = &fields(&ir, "Owner")[0];
    assert_eq!(owner.ty, TypeRef::Named("Pet".into()));
    assert_eq!(owner.doc.as_deref(), Some("The pet."));
}

#[test]
fn discriminated_union_infers_tags_from_consts() {
    let spec = format!(
        "{HEAD}paths: {{}}\ncomponents:\n  schemas:\n    Owner:\n      type: object\n      discriminator: {{propertyName: typename}}\n      oneOf:\n        - {{type: [object, 'null'], title: User, required: [typename, id], properties: {{typename: {{type: string, const: User}}, id: {{type: string}}}}}}\n        - {{type: object, title: Company, required: [typename, route], properties: {{typename: {{type: string, const: Company}}, route: {{type: string}}}}}}\n"
    );
    let ir = ir("tagged", &spec);
    let owner = ir.types.iter().find(|t| t.name == "Owner").expect("Owner");
    let TypeKind::Tagged { tag, variants } = &owner.kind else { panic!("{:?}", owner.kind) };
    assert_eq!(tag, "typename");
    let tags: Vec<&str> = variants.iter().filter_map(|v| v.tag_value.as_deref()).collect();
    assert_eq!(tags, ["User", "Company"]);
    let TypeRef::Named(user) = &variants[0].ty else { panic!() };
    assert!(fields(&ir, user).iter().all(|f| f.name != "typename"), "the tag is carried by the enum");
}

#[test]
fn nullability_in_all_its_spellings() {
    let spec = format!(
        "{HEAD}paths: {{}}\ncomponents:\n  schemas:\n    T: {{type: object, properties: {{x: {{type: string}}}}}}\n    S:\n      type: object\n      required: [a, b, c, d, e]\n      properties:\n        a: {{type: [string, 'null']}}\n        b: {{anyOf: [{{$ref: '#/components/schemas/T'}}, {{type: 'null'}}]}}\n        c: {{oneOf: [{{type: integer}}, {{type: 'null'}}]}}\n        d: {{type: string, nullable: true}}\n        e: {{type: string}}\n"
    );
    let ir = ir("nullable", &spec);
    let s: Vec<(bool, &TypeRef)> = fields(&ir, "S").iter().map(|f| (f.nullable, &f.ty)).collect();
    assert_eq!(s, [(true, &TypeRef::String), (true, &TypeRef::Named("T".into())), (true, &TypeRef::Integer), (true, &TypeRef::String), (false, &TypeRef::String)]);
}

#[test]
fn formats_map_to_rust_types() {
    let spec = format!(
        "{HEAD}paths: {{}}\ncomponents:\n  schemas:\n    F:\n      type: object\n      properties:\n        a: {{type: integer, format: uint64}}\n        b: {{type: string, format: uuid}}\n        c: {{type: string, format: date-time}}\n        d: {{type: string, format: date}}\n        e: {{type: number, format: decimal}}\n        f: {{type: integer, format: unixtime}}\n"
    );
    let ir = ir("formats", &spec);
    let tys: Vec<&TypeRef> = fields(&ir, "F").iter().map(|f| &f.ty).collect();
    assert_eq!(tys, [&TypeRef::UnsignedInteger, &TypeRef::String, &TypeRef::DateTime, &TypeRef::Date, &TypeRef::Number, &TypeRef::Integer]);
}

#[test]
fn webhooks_only_document() {
    let spec = format!(
        "{HEAD}webhooks:\n  newPet:\n    post:\n      requestBody:\n        content:\n          application/json:\n            schema: {{type: object, required: [type], properties: {{type: {{type: string, const: pet.created}}, name: {{type: string}}}}}}\n      responses: {{'200': {{description: ok}}}}\n"
    );
    let ir = ir("webhooks", &spec);
    assert!(ir.operations.is_empty());
    assert_eq!(ir.webhooks.len(), 1);
    assert_eq!(ir.webhooks[0].event_type.as_deref(), Some("pet.created"));
    assert!(ir.webhook_payload_type.is_some());
}

#[test]
fn callbacks_and_links_are_ignored_with_a_warning() {
    let spec = format!(
        "{HEAD}paths:\n  /a:\n    post:\n      operationId: subscribe\n      callbacks:\n        onEvent:\n          '{{$request.body#/url}}':\n            post: {{responses: {{'200': {{description: ok}}}}}}\n      responses:\n        '201':\n          description: ok\n          links:\n            next: {{operationId: subscribe}}\n"
    );
    let lowered = lower("callbacks", &spec).expect("lowers");
    let pointers: Vec<&str> = lowered.warnings.iter().map(|w| w.pointer.as_str()).collect();
    assert!(pointers.contains(&"/paths/~1a/post/callbacks"), "{pointers:?}");
    assert!(pointers.contains(&"/paths/~1a/post/responses/201/links"), "{pointers:?}");
}

/// A callback may be a `$ref` to `components.callbacks`, which `openapiv3`
/// cannot read; callbacks are taken out before parsing, so it loads.
#[test]
fn a_callback_that_is_a_ref_is_ignored_with_a_warning() {
    let spec = format!(
        r#"{HEAD}paths:
  /search:
    get:
      operationId: search
      callbacks:
        'searchTarget === search-index': {{$ref: '#/components/callbacks/searchIndex'}}
      responses: {{'204': {{description: ok}}}}
components:
  callbacks:
    searchIndex:
      'https://index.example/search':
        post: {{responses: {{'200': {{description: ok}}}}}}
"#
    );
    let lowered = lower("callback-ref", &spec).expect("lowers");
    assert_eq!(lowered.ir.operations.len(), 1);
    let pointers: Vec<&str> = lowered.warnings.iter().map(|w| w.pointer.as_str()).collect();
    assert!(pointers.contains(&"/paths/~1search/get/callbacks"), "{pointers:?}");
}

#[test]
fn an_external_ref_that_is_used_is_an_error_naming_its_pointer() {
    let spec = format!(
        "{HEAD}paths:\n  /a:\n    get:\n      operationId: getA\n      responses:\n        '200': {{description: ok, content: {{application/json: {{schema: {{$ref: 'other.yml#/Thing'}}}}}}}}\n"
    );
    let e = lower("external", &spec).expect_err("refused");
    assert_eq!(e.pointer.as_deref(), Some("/paths/~1a/get/responses/200/content/application~1json/schema"));
    assert!(e.message.contains("other.yml#/Thing"), "{e}");
}

#[test]
fn yaml_unquoted_dates_in_examples_load() {
    let spec = format!(
        "{HEAD}paths: {{}}\ncomponents:\n  schemas:\n    D: {{type: object, properties: {{on: {{type: string, format: date, example: 2024-01-02}}}}}}\n"
    );
    let ir = ir("dates", &spec);
    assert_eq!(fields(&ir, "D")[0].example.as_deref(), Some("\"2024-01-02\""));
}

/// Two groups sharing one type, one type each, and an ungated operation.
const GROUPED: &str = "paths:
  /a:
    get:
      operationId: getA
      x-group-title: Payins
      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/A'}}}}}
  /b:
    get:
      operationId: getB
      x-group-title: CRM & Leads
      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/B'}}}}}
  /c:
    get:
      operationId: getC
      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/C'}}}}}
components:
  schemas:
    Shared: {type: object, properties: {x: {type: string}}}
    A: {type: object, properties: {shared: {$ref: '#/components/schemas/Shared'}}}
    B: {type: object, properties: {shared: {$ref: '#/components/schemas/Shared'}}}
    C: {type: object, properties: {n: {type: integer}}}
    Orphan: {type: object, properties: {n: {type: integer}}}
";

#[test]
fn group_titles_become_cargo_features_that_gate_operations_and_the_types_they_reach() {
    let ir = ir("groups", &format!("{HEAD}{GROUPED}"));
    let names: Vec<(&str, &str)> = ir.features.iter().map(|f| (f.name.as_str(), f.title.as_str())).collect();
    assert_eq!(names, [("payins", "Payins"), ("crm-leads", "CRM & Leads")]);
    let features: Vec<Option<&str>> = ir.operations.iter().map(|o| o.feature.as_deref()).collect();
    assert_eq!(features, [Some("payins"), Some("crm-leads"), None]);
    let gates = |name: &str| ir.types.iter().find(|t| t.name == name).map(|t| t.features.clone()).unwrap_or_default();
    assert_eq!(gates("A"), ["payins"]);
    assert_eq!(gates("B"), ["crm-leads"]);
    // Needed by every feature: gated on all of them, so a new feature never
    // narrows its gate. By an ungated operation, or by nothing: always compiled.
    assert_eq!(gates("Shared"), ["payins", "crm-leads"]);
    assert!(gates("C").is_empty());
    assert!(gates("Orphan").is_empty());
}

#[test]
fn the_single_file_form_decides_feature_gates_at_generation_time() {
    let dir = spec_dir();
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("groups-single.yml");
    std::fs::write(&path, format!("{HEAD}{GROUPED}")).expect("write spec");
    let krate = clientgen::Generator::new(&path).generate().expect("generates");
    assert_eq!(krate.features, ["payins", "crm-leads"]);
    let cargo = &krate.files["Cargo.toml"];
    assert!(cargo.contains("default = [\"payins\", \"crm-leads\"]"), "{cargo}");
    let types = &krate.files["src/types.rs"];
    let b = types.find("pub struct B ").expect("B is generated");
    let b_item = &types[types[..b].rfind("\n\n").unwrap_or(0)..b];
    assert!(b_item.contains("#[cfg(feature = \"crm-leads\")]"), "{b_item}");

    let all = krate.single_file().expect("single file");
    assert!(!all.contains("cfg(feature"), "every gate is decided:\n{all}");
    // The untagged operations are grouped by path: `client.b().get()`.
    assert!(all.contains("pub struct A ") && all.contains("pub struct B ") && all.contains("pub fn b("));

    let payins = krate.single_file_with_features(&["payins"]).expect("single file");
    assert!(!payins.contains("cfg(feature"));
    assert!(payins.contains("pub struct A ") && payins.contains("pub struct Shared "));
    assert!(!payins.contains("pub struct B ") && !payins.contains("pub fn b("), "{payins}");
    assert!(payins.contains("pub fn c("), "ungated operations stay");

    let err = krate.single_file_with_features(&["nope"]).expect_err("unknown feature");
    assert_eq!(err, "unknown feature `nope`; the crate's features are: payins, crm-leads");
}

/// The AWS way to document a `$ref` (`allOf: [{$ref}, {description}]`) is
/// the referenced type, with the annotation as the field's docs: a string
/// component stays a string, not an empty struct.
#[test]
fn all_of_of_a_ref_and_annotations_is_the_referenced_type() {
    let spec = format!(
        r#"{HEAD}paths: {{}}
components:
  schemas:
    ApplicationId: {{type: string}}
    Application:
      type: object
      properties:
        ApplicationId:
          allOf:
            - $ref: '#/components/schemas/ApplicationId'
            - description: The application's id.
        Previous:
          allOf:
            - $ref: '#/components/schemas/ApplicationId'
            - {{nullable: true, title: Previous id}}
"#
    );
    let lowered = lower("annotated-ref", &spec).expect("lowers");
    let app = fields(&lowered.ir, "Application");
    assert_eq!(app[0].ty, TypeRef::Named("ApplicationId".into()));
    assert_eq!(app[0].doc.as_deref(), Some("The application's id."));
    assert_eq!((&app[1].ty, app[1].nullable), (&TypeRef::Named("ApplicationId".into()), true));
    assert!(lowered.warnings.is_empty(), "{:?}", lowered.warnings);
}

/// An `allOf` whose one shaped part is a map (`{type: object,
/// additionalProperties: X}`) beside an empty or annotating part is that
/// map, not an empty struct that drops every key.
#[test]
fn all_of_of_a_map_and_annotations_is_the_map() {
    let spec = format!(
        r#"{HEAD}paths: {{}}
components:
  schemas:
    Metadata: {{type: object, properties: {{id: {{type: string}}}}}}
    File:
      type: object
      properties:
        metadata:
          allOf:
            - type: object
              title: Metadata by scope
              additionalProperties:
                $ref: '#/components/schemas/Metadata'
            - {{}}
          description: Metadata instances keyed by scope.
"#
    );
    let lowered = lower("all-of-map", &spec).expect("lowers");
    let file = fields(&lowered.ir, "File");
    assert_eq!(file[0].ty, TypeRef::Map(Box::new(TypeRef::Named("Metadata".into()))));
    assert_eq!(file[0].doc.as_deref(), Some("Metadata instances keyed by scope."));
    assert!(lowered.ir.types.iter().all(|t| t.name != "FileMetadata"), "no empty struct is made");
    assert!(lowered.warnings.is_empty(), "{:?}", lowered.warnings);
}

/// A component that an inline `allOf` part merges back into itself
/// (`Filter: allOf[Base, {properties: {not: allOf[Filter, {…}]}}]`, the AWS
/// filter-expression shape) used to recurse without end. Each component is
/// merged once; meeting it again while its fields are being built makes
/// one flattened field of its named type.
#[test]
fn all_of_cycles_through_inline_parts_terminate_with_a_flattened_field() {
    let spec = format!(
        r#"{HEAD}paths: {{}}
components:
  schemas:
    Base:
      type: object
      properties:
        key: {{type: string}}
    Filter:
      allOf:
        - $ref: '#/components/schemas/Base'
        - type: object
          properties:
            not:
              allOf:
                - $ref: '#/components/schemas/Filter'
                - type: object
                  properties:
                    negated: {{type: boolean}}
"#
    );
    let ir = ir("allof-cycle", &spec);
    let filter = fields(&ir, "Filter");
    let names: Vec<&str> = filter.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["key", "not"]);
    let TypeRef::Named(not_type) = &filter[1].ty else { panic!("`not` is {:?}", filter[1].ty) };
    let not = fields(&ir, not_type);
    let flattened: Vec<(&TypeRef, bool)> = not.iter().map(|f| (&f.ty, f.flatten)).collect();
    assert_eq!(flattened, [(&TypeRef::Named("Filter".into()), true), (&TypeRef::Boolean, false)]);
}

/// `allOf` chains through `$ref`s deeper than the documented limit are
/// refused with an error naming the pointer, never a stack overflow.
#[test]
fn all_of_chains_deeper_than_the_limit_are_refused_with_a_pointer() {
    let mut spec = format!("{HEAD}paths: {{}}\ncomponents:\n  schemas:\n    S0: {{type: object, properties: {{a: {{type: string}}}}}}\n");
    // Listed deepest first, so lowering `S399` merges `S398`, which merges `S397`, ...
    for i in (1..400).rev() {
        spec.push_str(&format!(
            "    S{i}: {{allOf: [{{$ref: '#/components/schemas/S{}'}}, {{type: object, properties: {{p{i}: {{type: string}}}}}}]}}\n",
            i - 1
        ));
    }
    let e = lower("allof-deep", &spec).expect_err("refused");
    assert!(e.message.contains("levels deep"), "{e}");
    assert!(e.pointer.as_deref().is_some_and(|p| p.starts_with("/components/schemas/S")), "{e}");

    // The same through one-part `allOf`s that merge as their referenced fields.
    let mut spec = format!("{HEAD}paths: {{}}
components:
  schemas:
    T0: {{type: object, properties: {{a: {{type: string}}}}}}
");
    spec.push_str("    Top: {type: object, allOf: [{$ref: '#/components/schemas/T399'}, {type: object, properties: {b: {type: string}}}]}
");
    for i in (1..400).rev() {
        spec.push_str(&format!("    T{i}: {{allOf: [{{$ref: '#/components/schemas/T{}'}}], required: [a]}}
", i - 1));
    }
    let e = lower("allof-deep-aliases", &spec).expect_err("refused");
    assert!(e.message.contains("levels deep") && e.pointer.as_deref().is_some_and(|p| p.starts_with("/components/schemas/T")), "{e}");
}

#[test]
fn query_styles_and_form_encodings_reach_the_ir() {
    use clientgen::ir::{Encoding, Style};
    let spec = format!(
        "{HEAD}paths:\n  /q:\n    get:\n      operationId: q\n      parameters:\n        - {{name: obj, in: query, schema: {{type: object, properties: {{a: {{type: string}}}}}}}}\n        - {{name: flat, in: query, explode: false, schema: {{type: array, items: {{type: string}}}}}}\n        - {{name: deep, in: query, style: deepObject, schema: {{type: object, additionalProperties: {{type: string}}}}}}\n        - {{name: sp, in: query, style: spaceDelimited, schema: {{type: array, items: {{type: string}}}}}}\n        - {{name: pp, in: query, style: pipeDelimited, explode: true, schema: {{type: array, items: {{type: string}}}}}}\n        - {{name: raw, in: query, allowReserved: true, schema: {{type: string}}}}\n        - {{name: js, in: query, content: {{application/json: {{schema: {{type: object, properties: {{a: {{type: string}}}}}}}}}}}}\n      requestBody:\n        content:\n          application/x-www-form-urlencoded:\n            schema: {{type: object, properties: {{}}, additionalProperties: false}}\n      responses: {{'204': {{description: ok}}}}\n  /f:\n    delete:\n      operationId: f\n      requestBody:\n        content:\n          application/x-www-form-urlencoded:\n            schema: {{type: object, properties: {{meta: {{type: object, additionalProperties: {{type: string}}}}, items: {{type: array, items: {{type: object, properties: {{p: {{type: string}}}}}}}}, c: {{type: object, properties: {{r: {{type: integer}}}}}}, t: {{type: array, items: {{type: string}}}}}}}}\n            encoding:\n              meta: {{style: deepObject, explode: true}}\n              c: {{style: form}}\n              t: {{explode: false, contentType: text/plain}}\n              ghost: {{style: form}}\n      responses: {{'204': {{description: ok}}}}\n"
    );
    let lowered = lower("encodings", &spec).unwrap_or_else(|e| panic!("{e}"));
    let ir = &lowered.ir;
    let q = |style, explode| Location::Query(Encoding { style, explode });
    let locations: Vec<Location> = fields(ir, "QParams").iter().map(|f| f.location).collect();
    assert_eq!(
        locations,
        [
            q(Style::Form, true),
            q(Style::Form, false),
            q(Style::DeepObject, false),
            q(Style::SpaceDelimited, false),
            // An exploded delimited style is exploded `form`.
            q(Style::Form, true),
            q(Style::Form, true),
            q(Style::Form, true),
        ]
    );
    // The empty GET body sends nothing and is not reported.
    assert_eq!(ir.operations[0].body, None);
    assert_eq!(ir.operations[1].body, Some(BodyKind::Form));
    let form: Vec<(&str, Location)> = fields(ir, "FParams").iter().map(|f| (f.name.as_str(), f.location)).collect();
    let f = |style, explode| Location::Form(Some(Encoding { style, explode }));
    assert_eq!(
        form,
        [
            ("meta", f(Style::DeepObject, true)),
            ("items", Location::Form(None)),
            // `style: form` without `explode` takes OpenAPI's default, `true`.
            ("c", f(Style::Form, true)),
            ("t", f(Style::Form, false)),
        ]
    );
    let warned = |pointer: &str, text: &str| lowered.warnings.iter().any(|w| w.pointer == pointer && w.message.contains(text));
    let enc = "/paths/~1f/delete/requestBody/content/application~1x-www-form-urlencoded/encoding";
    assert!(warned(&format!("{enc}/ghost"), "not a property"), "{:#?}", lowered.warnings);
    assert!(warned(&format!("{enc}/t/contentType"), "not supported"), "{:#?}", lowered.warnings);
    assert!(warned("/paths/~1q/get/parameters/5/allowReserved", "percent-encoded"), "{:#?}", lowered.warnings);
    assert!(warned("/paths/~1q/get/parameters/6/content", "not sent as a JSON document"), "{:#?}", lowered.warnings);
    assert!(!lowered.warnings.iter().any(|w| w.pointer.starts_with("/paths/~1q/get/requestBody")), "{:#?}", lowered.warnings);
}

/// Schema keywords may hold integers beyond 64 bits (a large vendor's 3.1
/// spec has `minimum: -9223372036854776000`): YAML and JSON both load, and
/// the schema keeps its type.
#[test]
fn integers_beyond_64_bits_in_schema_keywords_load() {
    let yaml = format!(
        r#"{HEAD}paths: {{}}
components:
  schemas:
    Big:
      type: object
      properties:
        v: {{type: integer, format: int64, minimum: -9223372036854776000, maximum: 18446744073709551616}}
"#
    );
    let json = r#"{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {},
        "components": {"schemas": {"Big": {"type": "object", "properties": {"v": {"type": "integer", "minimum": -9223372036854776000}}}}}}"#;
    for (name, text) in [("big-yaml", yaml.as_str()), ("big-json", json)] {
        let ir = ir(name, text);
        assert_eq!(fields(&ir, "Big")[0].ty, TypeRef::Integer, "{name}");
    }
}

/// Derives follow a type's own shape, never what reaches it: a type only
/// ever sent still decodes (so a new operation returning it changes
/// nothing), every all-optional struct is `Default`, and only params with
/// fields outside the JSON body lack `Deserialize`.
#[test]
fn derives_follow_the_shape_not_reachability() {
    let spec = format!(
        r#"{HEAD}paths:
  /calls:
    post:
      operationId: createCall
      parameters: [{{name: dry_run, in: query, schema: {{type: boolean}}}}]
      requestBody: {{content: {{application/json: {{schema: {{$ref: '#/components/schemas/CreateCall'}}}}}}}}
      responses: {{'204': {{description: ok}}}}
components:
  schemas:
    CreateCall: {{type: object, properties: {{to: {{$ref: '#/components/schemas/Endpoint'}}}}}}
    CreateCallBase: {{type: object, required: [to], properties: {{to: {{$ref: '#/components/schemas/Endpoint'}}}}}}
    Endpoint: {{type: object, properties: {{number: {{type: string}}}}}}
"#
    );
    let ir = ir("derive-shape", &spec);
    let derives = |name: &str| {
        let t = ir.types.iter().find(|t| t.name == name).unwrap_or_else(|| panic!("no {name}"));
        clientgen::emit::derives(t).join(", ")
    };
    let all = "Debug, Clone, PartialEq, Default, Serialize, Deserialize";
    assert_eq!(derives("CreateCall"), all, "only ever sent, still decodable");
    assert_eq!(derives("Endpoint"), all);
    assert_eq!(derives("CreateCallBase"), "Debug, Clone, PartialEq, Serialize, Deserialize", "a required field: no Default");
    assert_eq!(derives("CreateCallParams"), "Debug, Clone, PartialEq, Serialize", "a query field: never JSON as a whole");
}

/// An inline type defined only inside requests only encodes; one that a
/// response place shares decodes too, whichever place came first.
#[test]
fn inline_types_of_requests_only_encode() {
    let spec = format!(
        r#"{HEAD}paths:
  /notes:
    post:
      operationId: createNote
      requestBody: {{content: {{application/json: {{schema: {{type: object, properties: {{
        draft: {{type: object, properties: {{text: {{type: string}}}}}},
        meta: {{type: object, properties: {{k: {{type: string}}}}}}}}}}}}}}}}
      responses: {{'204': {{description: ok}}}}
    get:
      operationId: getNote
      responses: {{'200': {{description: ok, content: {{application/json: {{schema: {{type: object, properties: {{
        meta: {{type: object, properties: {{k: {{type: string}}}}}}}}}}}}}}}}}}
"#
    );
    let ir = ir("sent-only", &spec);
    let t = |name: &str| ir.types.iter().find(|t| t.name == name).unwrap_or_else(|| panic!("no {name}: {:?}", ir.types.iter().map(|t| &t.name).collect::<Vec<_>>()));
    assert!(t("CreateNoteDraft").sent_only);
    assert_eq!(clientgen::emit::derives(t("CreateNoteDraft")), ["Debug", "Clone", "PartialEq", "Default", "Serialize"]);
    let meta = ir.types.iter().find(|t| t.name.ends_with("Meta")).expect("the shared meta type");
    assert!(!meta.sent_only, "a response place shares it");
    assert!(clientgen::emit::derives(meta).contains(&"Deserialize"));
}

/// A `$ref` to a place that is not a component is the type of that place,
/// shared with it; a broken document inside such a place is reported at
/// the pointer the user wrote.
#[test]
fn refs_to_any_place_of_the_document_resolve() {
    let spec = format!(
        r#"{HEAD}paths:
  /chargers/{{id}}:
    get:
      operationId: getCharger
      parameters: [{{name: id, in: path, required: true, schema: {{type: string}}}}]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {{type: object, properties: {{id: {{type: string}}, kind: {{type: string, enum: [ac, dc]}}, location: {{type: object, properties: {{lat: {{type: number}}}}}}}}}}
  /chargers:
    get:
      operationId: listChargers
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: array
                items: {{$ref: '#/paths/~1chargers~1%7Bid%7D/get/responses/200/content/application~1json/schema'}}
components:
  schemas:
    Site:
      type: object
      properties:
        kind: {{$ref: '#/paths/~1chargers~1{{id}}/get/responses/200/content/application~1json/schema/properties/kind'}}
"#
    );
    let ir = ir("deep-refs", &spec);
    let charger = TypeRef::Named("GetChargerResponse".into());
    assert_eq!(ir.operations[0].response.as_ref(), Some(&charger), "the original place shares the hoisted type");
    assert_eq!(ir.operations[1].response, Some(TypeRef::Array(Box::new(charger))));
    let kind = &fields(&ir, "Site")[0];
    let TypeRef::Named(kind_type) = &kind.ty else { panic!("{kind:?}") };
    assert!(matches!(ir.types.iter().find(|t| &t.name == kind_type).map(|t| &t.kind), Some(TypeKind::Enum { .. })));
    // A type defined inside a hoisted copy names the user's place as its source.
    let location = ir.types.iter().find(|t| matches!(&t.kind, TypeKind::Struct { fields, .. } if fields.iter().any(|f| f.name == "lat"))).expect("location type");
    assert_eq!(location.source, "/paths/~1chargers~1{id}/get/responses/200/content/application~1json/schema/properties/location");

    let broken = format!(
        "{HEAD}paths: {{}}\ncomponents:\n  schemas:\n    A: {{type: object, properties: {{b: {{type: string, pattern: 0}}}}}}\n    C: {{$ref: '#/components/schemas/A/properties/b'}}\n"
    );
    let e = lower("deep-ref-broken", &broken).expect_err("pattern: 0 is refused");
    assert_eq!(e.pointer.as_deref(), Some("/components/schemas/A"), "the user's pointer, not the copy's (`AB`): {e}");

    // A warning inside the copy is reported once, where the user wrote it.
    let warned = format!(
        "{HEAD}paths: {{}}
components:
  schemas:
    A: {{type: object, properties: {{b: {{type: object, properties: {{c: {{not: {{type: string}}}}}}}}}}}}
    D: {{$ref: '#/components/schemas/A/properties/b'}}
"
    );
    let lowered = lower("deep-ref-warning", &warned).expect("lowers");
    let pointers: Vec<&str> = lowered.warnings.iter().map(|w| w.pointer.as_str()).collect();
    assert_eq!(pointers, ["/components/schemas/A/properties/b/properties/c"]);
}

/// `properties` (and `required`) beside `allOf` merge into the struct with
/// the parts (an Azure `ModelInfoResponse` used to lose them all).
#[test]
fn properties_beside_all_of_are_merged_with_the_parts() {
    let spec = format!(
        r#"{HEAD}paths: {{}}
components:
  schemas:
    ModelInfo: {{type: object, properties: {{modelId: {{type: string}}, status: {{type: string}}}}}}
    ModelInfoResponse:
      allOf:
        - $ref: '#/components/schemas/ModelInfo'
      required: [status, keys]
      properties:
        keys: {{type: array, items: {{type: string}}}}
        modelId: {{type: string, description: Repeated here.}}
"#
    );
    let lowered = lower("allof-properties", &spec).expect("lowers");
    let got: Vec<(&str, bool)> = fields(&lowered.ir, "ModelInfoResponse").iter().map(|f| (f.name.as_str(), f.required)).collect();
    assert_eq!(got, [("modelId", false), ("status", true), ("keys", true)]);
    assert!(lowered.warnings.is_empty(), "{:?}", lowered.warnings);
}

/// Header parameters of any type: a scalar is its text, a list or an enum
/// goes through `style: simple`, a `content: application/json` header is
/// sent as JSON text.
#[test]
fn header_parameters_of_any_type_are_sent_by_their_rules() {
    let spec = format!(
        r#"{HEAD}paths:
  /objects:
    get:
      operationId: listObjects
      parameters:
        - {{name: x-limit, in: header, required: true, schema: {{type: integer}}}}
        - {{name: x-fields, in: header, schema: {{type: array, items: {{type: string, enum: [ETag, Size]}}}}}}
        - name: x-metadata
          in: header
          content: {{application/json: {{schema: {{type: object, properties: {{name: {{type: string}}}}}}}}}}
      responses: {{'204': {{description: ok}}}}
"#
    );
    let ir = ir("headers", &spec);
    let locations: Vec<Location> = fields(&ir, "ListObjectsParams").iter().map(|f| f.location).collect();
    assert_eq!(locations, [Location::Header, Location::Header, Location::HeaderJson]);

    let dir = spec_dir();
    let krate = clientgen::Generator::new(dir.join("headers.yml")).generate().expect("generates");
    let resource = krate.files.iter().find(|(path, _)| path.starts_with("src/resources/") && !path.ends_with("mod.rs")).map(|(_, text)| text.as_str()).unwrap_or_default();
    for needle in [
        r#"request = request.header("x-limit", params.x_limit.to_string());"#,
        r#"request = request.header_simple("x-fields", value);"#,
        r#"request = request.header_json("x-metadata", value);"#,
    ] {
        assert!(resource.contains(needle), "the resource lacks {needle}:\n{resource}");
    }
}

/// Tags and operationIds that would shadow what the generated crate already
/// defines (`Client`, `Client::request`, a resource's `new`) get distinct
/// names, and a list-typed path parameter is written with `style: simple`.
#[test]
fn resource_and_method_names_never_shadow_the_crate_s_own() {
    let spec = format!(
        r#"{HEAD}paths:
  /clients:
    get: {{operationId: listClients, tags: [Client], responses: {{'204': {{description: ok}}}}}}
  /requests:
    post: {{operationId: new, tags: [request], responses: {{'204': {{description: ok}}}}}}
  /groups/{{ids}}:
    get:
      operationId: getGroups
      tags: [groups]
      parameters: [{{name: ids, in: path, required: true, schema: {{type: array, items: {{type: integer}}}}}}]
      responses: {{'204': {{description: ok}}}}
"#
    );
    let ir = ir("shadowing", &spec);
    let names: Vec<(&str, &str, &str)> =
        ir.operations.iter().map(|o| (o.resource.type_name.as_str(), o.resource.module.as_str(), o.method_name.as_str())).collect();
    assert_eq!(names, [("ClientResource", "client", "list_clients"), ("Request", "request_resource", "new2"), ("Groups", "groups", "get")]);

    let dir = spec_dir();
    let krate = clientgen::Generator::new(dir.join("shadowing.yml")).generate().expect("generates");
    let groups = &krate.files["src/resources/groups.rs"];
    let compact = compact(groups);
    assert!(compact.contains("letids=crate::runtime::encode_path_segment(&crate::runtime::simple_style(&ids),);"), "{groups}");
    assert!(groups.contains(r#"format!("/groups/{ids}")"#), "{groups}");
    // No path is printed inside `format!`'s arguments, where prettyplease keeps token spacing (`crate ::runtime`).
    assert!(!groups.contains(" ::"), "{groups}");
}

/// `types.rs` imports a serde trait only when an emitted struct or enum
/// uses it: aliases (`pub type X = serde_json::Value;`) use neither, params
/// with a query field use `Serialize` alone. `tests/enums.rs` exists only
/// when there are string enums.
#[test]
fn types_import_only_the_serde_traits_they_use() {
    let imports = |name: &str, yaml: String| {
        lower(name, &yaml).unwrap_or_else(|e| panic!("{name}: {e}"));
        let dir = spec_dir();
        let krate = clientgen::Generator::new(dir.join(format!("{name}.yml"))).generate().expect("generates");
        krate.files["src/types.rs"].lines().filter(|l| l.starts_with("use serde")).map(str::to_owned).collect::<Vec<_>>()
    };
    let alias = "components:\n  schemas:\n    Anything: {}\n    Name: {type: string}\n";
    let decoded = format!(
        "{HEAD}paths:\n  /names:\n    get:\n      operationId: listNames\n      responses: {{'200': {{description: ok, content: {{application/json: {{schema: {{$ref: '#/components/schemas/Anything'}}}}}}}}}}\n{alias}"
    );
    assert_eq!(imports("imports-aliases", decoded), Vec::<String>::new());
    // Nor does a crate without string enums get their (empty) test.
    let dir = spec_dir();
    let krate = clientgen::Generator::new(dir.join("imports-aliases.yml")).generate().expect("generates");
    assert!(!krate.files.contains_key("tests/enums.rs"));
    let query = format!(
        "{HEAD}paths:\n  /names:\n    get:\n      operationId: findNames\n      parameters: [{{name: q, in: query, schema: {{type: string}}}}]\n      responses: {{'200': {{description: ok, content: {{application/json: {{schema: {{$ref: '#/components/schemas/Anything'}}}}}}}}}}\n{alias}"
    );
    assert_eq!(imports("imports-query", query), ["use serde::Serialize;"]);
}

/// Nullable array items and map values, in every spelling (3.1 type
/// lists, 3.0 `nullable`, a `null` branch), are `Option<T>` inside the
/// container; a nullable untyped item stays JSON, which holds `null`.
#[test]
fn nullable_items_and_map_values_are_options() {
    let spec = format!(
        r#"{HEAD}paths: {{}}
components:
  schemas:
    Series:
      type: object
      properties:
        listed: {{type: array, items: {{type: [number, 'null']}}}}
        flagged: {{type: array, items: {{type: string, nullable: true}}}}
        branched: {{type: array, items: {{oneOf: [{{$ref: '#/components/schemas/Point'}}, {{type: 'null'}}]}}}}
        untyped: {{type: array, items: {{nullable: true}}}}
        counts: {{type: object, additionalProperties: {{type: [integer, 'null']}}}}
    Point: {{type: object, properties: {{x: {{type: number}}}}}}
"#
    );
    let lowered = lower("nullable-items", &spec).expect("lowers");
    let nullable = |t: TypeRef| TypeRef::Nullable(Box::new(t));
    let got: Vec<(&str, TypeRef)> = fields(&lowered.ir, "Series").iter().map(|f| (f.name.as_str(), f.ty.clone())).collect();
    assert_eq!(
        got,
        [
            ("listed", TypeRef::Array(Box::new(nullable(TypeRef::Number)))),
            ("flagged", TypeRef::Array(Box::new(nullable(TypeRef::String)))),
            ("branched", TypeRef::Array(Box::new(nullable(TypeRef::Named("Point".into()))))),
            ("untyped", TypeRef::Array(Box::new(TypeRef::Json))),
            ("counts", TypeRef::Map(Box::new(nullable(TypeRef::Integer)))),
        ]
    );
    assert!(lowered.warnings.is_empty(), "{:?}", lowered.warnings);
}

/// `properties` beside `oneOf`/`anyOf`: branches that only constrain the
/// properties make a struct of them, the rule in its docs (also on an
/// inline request body's params); branches with properties of their own
/// are each merged with the properties beside them.
#[test]
fn properties_beside_one_of_and_any_of_make_the_struct() {
    let spec = format!(
        r#"{HEAD}paths:
  /issues:
    patch:
      operationId: updateIssue
      requestBody:
        content:
          application/json:
            schema:
              properties: {{title: {{type: string}}, body: {{type: string}}}}
              anyOf: [{{required: [title]}}, {{required: [body]}}]
      responses: {{'204': {{description: ok}}}}
components:
  schemas:
    Exclusive:
      description: One name.
      properties: {{a: {{type: string}}, b: {{type: string, minLength: 1}}}}
      oneOf:
        - required: [a]
        - {{required: [b], properties: {{b: {{maxLength: 9}}}}}}
        - not: {{anyOf: [{{required: [a]}}, {{required: [b]}}]}}
    Payment:
      properties: {{id: {{type: string}}}}
      required: [id]
      oneOf:
        - {{title: Card, properties: {{number: {{type: string}}}}, required: [number]}}
        - $ref: '#/components/schemas/Bank'
        - {{type: string}}
    Bank: {{type: object, properties: {{iban: {{type: string}}}}}}
"#
    );
    let lowered = lower("properties-beside-unions", &spec).expect("lowers");
    assert!(lowered.warnings.is_empty(), "{:?}", lowered.warnings);
    let ir = &lowered.ir;
    let names = |t: &str| fields(ir, t).iter().map(|f| (f.name.clone(), f.required)).collect::<Vec<_>>();
    let doc = |t: &str| ir.types.iter().find(|d| d.name == t).and_then(|d| d.doc.clone()).unwrap_or_default();

    assert_eq!(names("UpdateIssueParams"), [("title".to_owned(), false), ("body".to_owned(), false)]);
    assert!(doc("UpdateIssueParams").ends_with("At least one of these must hold (`anyOf` in the spec): `title` is set; `body` is set."), "{}", doc("UpdateIssueParams"));
    assert_eq!(names("Exclusive"), [("a".to_owned(), false), ("b".to_owned(), false)]);
    assert_eq!(
        doc("Exclusive"),
        "One name.\n\nExactly one of these must hold (`oneOf` in the spec): `a` is set; `b` is set; a further condition (see the spec)."
    );

    let TypeKind::Untagged { variants } = &ir.types.iter().find(|t| t.name == "Payment").expect("Payment").kind else { panic!("Payment is not a union") };
    let variants: Vec<(&str, &TypeRef)> = variants.iter().map(|v| (v.ident.as_str(), &v.ty)).collect();
    assert_eq!(
        variants,
        [("Card", &TypeRef::Named("PaymentCard".into())), ("Bank", &TypeRef::Named("PaymentBank".into())), ("String", &TypeRef::String)]
    );
    assert_eq!(names("PaymentCard"), [("id".to_owned(), true), ("number".to_owned(), true)]);
    assert_eq!(names("PaymentBank"), [("id".to_owned(), true), ("iban".to_owned(), false)]);
}

/// Operations without tags are grouped by their action, their
/// `Group_Operation` id or their first path segment, and adding an
/// operation (here in the middle of the document) never renames or moves
/// another one. A path's fragment is not sent.
#[test]
fn untagged_operations_get_natural_resources_that_adding_one_never_moves() {
    let ops = [
        "  /v1/accounts:\n    get: {operationId: GetAccounts, responses: {'204': {description: ok}}}\n",
        "  /v1/accounts/{account}/bank_accounts:\n    get: {operationId: GetAccountsAccountBankAccounts, parameters: [{name: account, in: path, required: true, schema: {type: string}}], responses: {'204': {description: ok}}}\n",
        "  /#X-Amz-Target=Events.CreateEventBus:\n    post: {operationId: CreateEventBus, responses: {'204': {description: ok}}}\n",
        "  /providers/operations:\n    get: {operationId: Operations_List, responses: {'204': {description: ok}}}\n",
        "  /v1/customers/{customer}:\n    get: {operationId: GetCustomersCustomer, parameters: [{name: customer, in: path, required: true, schema: {type: string}}], responses: {'204': {description: ok}}}\n",
    ];
    let added = "  /v1/accounts/{account}:\n    delete: {operationId: DeleteAccountsAccount, parameters: [{name: account, in: path, required: true, schema: {type: string}}], responses: {'204': {description: ok}}}\n";
    let spec = |paths: &[&str]| format!("{HEAD}paths:\n{}", paths.concat());
    let placed = |ir: &Ir| -> Vec<(String, String, String)> {
        ir.operations.iter().map(|o| (o.operation_id.clone(), o.resource.module.clone(), o.method_name.clone())).collect()
    };
    let before = placed(&ir("untagged", &spec(&ops)));
    let expected: Vec<(String, String, String)> = [
        ("GetAccounts", "accounts", "get"),
        ("GetAccountsAccountBankAccounts", "accounts", "get_account_bank_accounts"),
        ("CreateEventBus", "event_bus", "create"),
        ("Operations_List", "operations", "list"),
        ("GetCustomersCustomer", "customers", "get_customer"),
    ]
    .iter()
    .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
    .collect();
    assert_eq!(before, expected);

    let mut grown = ops.to_vec();
    grown.insert(2, added);
    let after = placed(&ir("untagged-grown", &spec(&grown)));
    for op in &before {
        assert!(after.contains(op), "adding an operation moved {op:?}: {after:?}");
    }
    assert!(after.contains(&("DeleteAccountsAccount".into(), "accounts".into(), "delete_account".into())), "{after:?}");

    let dir = spec_dir();
    let krate = clientgen::Generator::new(dir.join("untagged.yml")).generate().expect("generates");
    let events = &krate.files["src/resources/event_bus.rs"];
    assert!(events.contains(r#"self.client.request(&META, "/".to_owned())"#), "{events}");
    assert!(events.contains("Operations whose action (named in the path) acts on `event_bus`"), "{events}");
}

/// The fidelity report's leftovers, each a rule: an `allOf` part that is
/// itself a `$ref` with siblings contributes the referenced fields; an
/// `enum` without `type` is a string enum; `additionalProperties` without
/// `type: object` is a map; a later part that types a property wins over
/// an untyped earlier one; parts that only narrow a scalar or annotate
/// leave the one shaped part's type; a multipart body written as a `$ref`
/// with `required` is sent.
#[test]
fn all_of_parts_enums_and_maps_keep_their_types() {
    let spec = format!(
        r#"{HEAD}paths:
  /tracks:
    post:
      operationId: createTrack
      requestBody:
        content:
          multipart/form-data:
            schema: {{$ref: '#/components/schemas/Upload', required: [title]}}
      responses: {{'204': {{description: ok}}}}
components:
  schemas:
    Upload: {{type: object, properties: {{title: {{type: string}}, file: {{type: string, format: binary}}}}}}
    Place: {{type: object, properties: {{name: {{type: string}}}}}}
    Civic: {{allOf: [{{$ref: '#/components/schemas/Place'}}], type: object}}
    Airport:
      allOf:
        - $ref: '#/components/schemas/Civic'
        - {{type: object, properties: {{iata: {{type: string}}}}}}
    Named:
      allOf:
        - {{$ref: '#/components/schemas/Place', required: [name]}}
        - {{type: object, properties: {{data: {{type: object}}}}}}
        - {{type: object, properties: {{data: {{$ref: '#/components/schemas/Place'}}}}}}
    Rule:
      type: object
      properties:
        action: {{enum: [go, stop]}}
        labels: {{additionalProperties: {{type: string}}}}
        tags: {{type: array, items: {{type: string}}, additionalProperties: {{type: string}}}}
        payload: {{type: string, additionalProperties: true}}
        arn: {{allOf: [{{$ref: '#/components/schemas/Arn'}}, {{pattern: '^arn:', maxLength: 64}}]}}
        code: {{allOf: [{{$ref: '#/components/schemas/Arn'}}, {{type: string}}]}}
        item: {{allOf: [{{oneOf: [{{$ref: '#/components/schemas/Place'}}, {{$ref: '#/components/schemas/Upload'}}]}}, {{description: The item.}}]}}
    Arn: {{type: string}}
"#
    );
    let lowered = lower("fidelity-rules", &spec).expect("lowers");
    assert!(lowered.warnings.is_empty(), "{:?}", lowered.warnings);
    let ir = &lowered.ir;
    let names = |t: &str| fields(ir, t).iter().map(|f| (f.name.clone(), f.required)).collect::<Vec<_>>();
    let ty = |t: &str, field: &str| fields(ir, t).iter().find(|f| f.name == field).map(|f| f.ty.clone()).unwrap_or_else(|| panic!("no {t}.{field}"));

    assert_eq!(names("Airport"), [("name".to_owned(), false), ("iata".to_owned(), false)]);
    assert_eq!(names("Named"), [("name".to_owned(), true), ("data".to_owned(), false)]);
    assert_eq!(ty("Named", "data"), TypeRef::Named("Place".into()));
    let TypeRef::Named(action) = ty("Rule", "action") else { panic!("action is not named") };
    assert!(matches!(&ir.types.iter().find(|t| t.name == action).expect("action type").kind, TypeKind::Enum { values, .. } if values.len() == 2));
    assert_eq!(ty("Rule", "labels"), TypeRef::Map(Box::new(TypeRef::String)));
    // A `type` other than object wins over a stray `additionalProperties`.
    assert_eq!(ty("Rule", "tags"), TypeRef::Array(Box::new(TypeRef::String)));
    assert_eq!(ty("Rule", "payload"), TypeRef::String);
    assert_eq!(ty("Rule", "arn"), TypeRef::Named("Arn".into()));
    assert_eq!(ty("Rule", "code"), TypeRef::Named("Arn".into()));
    let TypeRef::Named(item) = ty("Rule", "item") else { panic!("item is not named") };
    assert!(matches!(&ir.types.iter().find(|t| t.name == item).expect("item type").kind, TypeKind::Untagged { variants } if variants.len() == 2));

    let op = &ir.operations[0];
    assert_eq!(op.body, Some(BodyKind::Multipart));
    assert_eq!(names("CreateTrackParams"), [("title".to_owned(), true), ("file".to_owned(), false)]);
}

const AUTH_SPEC: &str = r#"openapi: 3.1.0
info: {title: t, version: '1'}
security:
  - bearer: []
paths:
  /default:
    get:
      operationId: usesDefault
      responses: {'204': {description: ok}}
  /public:
    get:
      operationId: isPublic
      security: []
      responses: {'204': {description: ok}}
  /either:
    get:
      operationId: either
      security:
        - basic: []
        - headerKey: []
          queryKey: []
        - oauth: [read, write]
      responses: {'204': {description: ok}}
  /optional:
    get:
      operationId: optional
      security:
        - cookieKey: []
        - {}
        - bearer: []
      responses: {'204': {description: ok}}
  /dangling:
    get:
      operationId: dangling
      security:
        - ghost: []
        - tls: []
        - oidc: []
      responses: {'204': {description: ok}}
  /only-dangling:
    get:
      operationId: onlyDangling
      security:
        - ghost: []
      responses: {'204': {description: ok}}
components:
  securitySchemes:
    bearer: {type: http, scheme: Bearer, bearerFormat: JWT, description: A token.}
    basic: {type: http, scheme: basic}
    headerKey: {type: apiKey, in: header, name: X-Api-Key}
    queryKey: {type: apiKey, in: query, name: api_key}
    cookieKey: {type: apiKey, in: cookie, name: session}
    oauth:
      type: oauth2
      flows: {clientCredentials: {tokenUrl: 'https://example.com/token', scopes: {read: r, write: w}}}
    oidc: {type: openIdConnect, openIdConnectUrl: 'https://example.com/.well-known/openid-configuration'}
    tls: {type: mutualTLS}
    digest: {type: http, scheme: digest}
    broken: {type: apiKey, name: k}
"#;

#[test]
fn security_schemes_lower_with_kinds_idents_and_env_suffixes() {
    use clientgen::ir::{ApiKeyLocation, AuthShape, SecuritySchemeKind};
    let lowered = lower("auth", AUTH_SPEC).expect("lowers");
    let ir = &lowered.ir;
    assert_eq!(ir.auth_shape, AuthShape::PerScheme);
    let names: Vec<&str> = ir.security_schemes.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["bearer", "basic", "headerKey", "queryKey", "cookieKey", "oauth", "oidc"]);
    let by = |n: &str| ir.security_schemes.iter().find(|s| s.name == n).expect("scheme");
    assert_eq!(by("bearer").kind, SecuritySchemeKind::HttpBearer { bearer_format: Some("JWT".into()) });
    assert_eq!(by("bearer").doc.as_deref(), Some("A token."));
    assert_eq!(by("bearer").source, "/components/securitySchemes/bearer");
    assert_eq!(by("bearer").env_suffixes, ["BEARER"]);
    assert_eq!(by("basic").kind, SecuritySchemeKind::HttpBasic);
    assert_eq!(by("basic").env_suffixes, ["BASIC_USERNAME", "BASIC_PASSWORD"]);
    assert_eq!(by("headerKey").ident, "header_key");
    assert_eq!(by("headerKey").env_suffixes, ["HEADER_KEY"]);
    assert_eq!(
        by("headerKey").kind,
        SecuritySchemeKind::ApiKey { location: ApiKeyLocation::Header, param: "X-Api-Key".into() }
    );
    assert_eq!(by("queryKey").kind, SecuritySchemeKind::ApiKey { location: ApiKeyLocation::Query, param: "api_key".into() });
    assert_eq!(by("cookieKey").kind, SecuritySchemeKind::ApiKey { location: ApiKeyLocation::Cookie, param: "session".into() });
    assert_eq!(by("oauth").kind, SecuritySchemeKind::OAuth2);
    assert!(matches!(by("oidc").kind, SecuritySchemeKind::OpenIdConnect { .. }));

    let warned = |pointer: &str, text: &str| lowered.warnings.iter().any(|w| w.pointer == pointer && w.message.contains(text));
    assert!(warned("/components/securitySchemes/tls", "`mutualTLS` is not supported"), "{:#?}", lowered.warnings);
    assert!(warned("/components/securitySchemes/digest/scheme", "`digest` is not supported"), "{:#?}", lowered.warnings);
    assert!(warned("/components/securitySchemes/broken", "needs `in`"), "{:#?}", lowered.warnings);
    // The IR serializes (for `clientgen ir` and the snapshots).
    let json = serde_json::to_value(ir).expect("serializes");
    assert_eq!(json["security_schemes"][2]["kind"]["location"], "header");
}

#[test]
fn operation_security_resolves_defaults_overrides_public_and_dangling_names() {
    let lowered = lower("auth-ops", AUTH_SPEC).expect("lowers");
    let ir = &lowered.ir;
    let security = |id: &str| -> Vec<Vec<String>> {
        let op = ir.operations.iter().find(|o| o.operation_id == id).expect("operation");
        op.security.iter().map(|r| r.schemes.iter().map(|u| u.scheme.clone()).collect()).collect()
    };
    let s = |v: &[&[&str]]| -> Vec<Vec<String>> { v.iter().map(|a| a.iter().map(|x| x.to_string()).collect()).collect() };
    assert_eq!(security("usesDefault"), s(&[&["bearer"]]), "the document's security applies");
    assert_eq!(security("isPublic"), s(&[]), "`security: []` is public");
    assert_eq!(security("either"), s(&[&["basic"], &["headerKey", "queryKey"], &["oauth"]]));
    let either = ir.operations.iter().find(|o| o.operation_id == "either").expect("either");
    assert_eq!(either.security[2].schemes[0].scopes, ["read", "write"]);
    assert_eq!(security("optional"), s(&[&["cookieKey"], &[]]), "nothing after `{{}}` is reachable");
    assert_eq!(security("dangling"), s(&[&["oidc"]]), "alternatives naming unknown schemes are skipped");
    assert_eq!(security("onlyDangling"), s(&[]));
    let warned = |pointer: &str, text: &str| lowered.warnings.iter().any(|w| w.pointer == pointer && w.message.contains(text));
    assert!(warned("/paths/~1dangling/get/security/0/ghost", "not defined"), "{:#?}", lowered.warnings);
    assert!(warned("/paths/~1dangling/get/security/1/tls", "not usable"), "{:#?}", lowered.warnings);
    assert!(warned("/paths/~1only-dangling/get/security", "sent without credentials"), "{:#?}", lowered.warnings);
}

#[test]
fn auth_shapes_follow_the_schemes() {
    use clientgen::ir::AuthShape;
    let ops = "paths:\n  /a:\n    get: {operationId: a, responses: {'204': {description: ok}}}\n";
    let none = ir("auth-none", &format!("{HEAD}{ops}"));
    assert_eq!(none.auth_shape, AuthShape::None);
    assert!(none.security_schemes.is_empty() && none.operations[0].security.is_empty());
    let key = ir(
        "auth-key",
        &format!("{HEAD}{ops}components:\n  securitySchemes:\n    ApiKeyAuth: {{type: apiKey, in: header, name: X-Key}}\n"),
    );
    assert_eq!(key.auth_shape, AuthShape::SingleToken);
    assert_eq!(key.security_schemes[0].ident, "api_key");
    assert_eq!(key.security_schemes[0].env_suffixes, ["API_KEY"]);
    // Nothing declared anywhere: the scheme if configured, else nothing.
    assert_eq!(key.operations[0].security.len(), 2);
    assert!(key.operations[0].security[1].schemes.is_empty());
    let basic = ir(
        "auth-basic",
        &format!("{HEAD}{ops}components:\n  securitySchemes:\n    timeout: {{type: http, scheme: basic}}\n"),
    );
    assert_eq!(basic.auth_shape, AuthShape::PerScheme);
    assert_eq!(basic.security_schemes[0].ident, "timeout2", "builder methods never shadow the builder's own");
    assert_eq!(basic.security_schemes[0].env_suffixes, ["TIMEOUT2_USERNAME", "TIMEOUT2_PASSWORD"]);
}

#[test]
fn required_names_without_a_property_are_required_json_fields() {
    let spec = format!(
        "{HEAD}paths: {{}}\ncomponents:\n  schemas:\n    Receiver:\n      type: object\n      required: [name, filter]\n      properties: {{name: {{type: string}}}}\n"
    );
    let ir = ir("undeclared", &spec);
    let f = fields(&ir, "Receiver");
    let shape: Vec<(&str, &TypeRef, bool)> = f.iter().map(|f| (f.name.as_str(), &f.ty, f.required)).collect();
    assert_eq!(shape, [("name", &TypeRef::String, true), ("filter", &TypeRef::Json, true)]);
    assert!(f[1].doc.as_deref().is_some_and(|d| d.contains("not described in `properties`")));
}


/// A `required` beside `allOf` or `oneOf` applies to the fields the parts
/// or branches bring, and a name none of them describes is still a
/// required key. A branch that already requires the names stays the
/// referenced type.
#[test]
fn required_beside_all_of_and_one_of_applies_to_what_the_parts_bring() {
    let spec = format!(
        r#"{HEAD}paths: {{}}
components:
  schemas:
    Profile:
      allOf: [{{type: object, properties: {{name: {{type: string}}, email: {{type: string}}}}}}]
      required: [name, file]
    Document:
      oneOf:
        - {{type: object, properties: {{id: {{type: string}}}}}}
        - {{type: object, properties: {{title: {{type: string}}}}}}
      required: [title]
    Pet:
      oneOf: [{{$ref: '#/components/schemas/Cat'}}, {{$ref: '#/components/schemas/Dog'}}]
      required: [kind]
    Cat: {{type: object, required: [kind], properties: {{kind: {{type: string}}}}}}
    Dog: {{type: object, required: [kind], properties: {{kind: {{type: string}}, bark: {{type: boolean}}}}}}
"#
    );
    let lowered = lower("required-beside-composition", &spec).expect("lowers");
    let ir = &lowered.ir;
    let shape = |t: &str| fields(ir, t).iter().map(|f| (f.name.clone(), f.ty.clone(), f.required)).collect::<Vec<_>>();
    assert_eq!(
        shape("Profile"),
        [
            ("name".to_owned(), TypeRef::String, true),
            ("email".to_owned(), TypeRef::String, false),
            ("file".to_owned(), TypeRef::Json, true)
        ]
    );

    let variants = |t: &str| match &ir.types.iter().find(|d| d.name == t).unwrap_or_else(|| panic!("no {t}")).kind {
        TypeKind::Untagged { variants } => variants.iter().map(|v| v.ty.clone()).collect::<Vec<_>>(),
        other => panic!("{t} is {other:?}"),
    };
    let document = variants("Document");
    assert_eq!(document.len(), 2);
    let branch = |i: usize| match &document[i] {
        TypeRef::Named(name) => shape(name),
        other => panic!("branch {i} is {other:?}"),
    };
    assert_eq!(branch(0), [("id".to_owned(), TypeRef::String, false), ("title".to_owned(), TypeRef::Json, true)]);
    assert_eq!(branch(1), [("title".to_owned(), TypeRef::String, true)]);

    assert_eq!(variants("Pet"), [TypeRef::Named("Cat".into()), TypeRef::Named("Dog".into())], "both branches require `kind` already");
}
#[test]
fn contract_values_come_from_examples_or_the_schema_constraints() {
    let spec = format!(
        "{HEAD}paths:\n  /bots/{{version}}:\n    put:\n      operationId: putBot\n      parameters: [{{name: version, in: path, required: true, schema: {{$ref: '#/components/schemas/Version'}}}}]\n      requestBody:\n        content:\n          application/json:\n            schema:\n              type: object\n              properties:\n                role: {{type: string, minLength: 20, pattern: '^arn:[a-z]+:iam::[0-9]{{12}}:role/.+$'}}\n                limit: {{type: integer, minimum: 10, maximum: 20, multipleOf: 5}}\n                contact: {{type: string, format: email}}\n                named: {{type: string, example: given}}\n                plain: {{type: string}}\n                count: {{type: number, format: int32}}\n                off: {{type: boolean, enum: [false]}}\n      responses: {{'204': {{description: ok}}}}\ncomponents:\n  schemas:\n    Version: {{type: string, pattern: '\\$LATEST|[0-9]+'}}\n"
    );
    let ir = ir("samples", &spec);
    assert_eq!(ir.operations[0].path_params[0].example.as_deref(), Some("\"$LATEST\""));
    let examples: Vec<(&str, Option<&str>)> = fields(&ir, "PutBotParams").iter().map(|f| (f.name.as_str(), f.example.as_deref())).collect();
    assert_eq!(
        examples,
        [
            ("role", Some("\"arn:a:iam::000000000000:role/a\"")),
            ("limit", Some("10")),
            ("contact", Some("\"user@example.com\"")),
            ("named", Some("\"given\"")),
            ("plain", None),
            ("count", Some("1.0")),
            ("off", Some("false")),
        ]
    );
}

#[test]
fn accept_and_content_type_header_parameters_are_ignored_with_a_warning() {
    let spec = format!(
        "{HEAD}paths:\n  /p:\n    put:\n      operationId: putP\n      parameters:\n        - {{name: Content-Type, in: header, schema: {{type: string, enum: [application/zip]}}}}\n        - {{name: Accept, in: header, schema: {{type: string}}}}\n        - {{name: X-Trace, in: header, schema: {{type: string}}}}\n      responses: {{'204': {{description: ok}}}}\n"
    );
    let lowered = lower("headers", &spec).unwrap_or_else(|e| panic!("{e}"));
    let names: Vec<&str> = fields(&lowered.ir, "PutPParams").iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["X-Trace"]);
    let ignored: Vec<&str> = lowered.warnings.iter().map(|w| w.pointer.as_str()).filter(|p| p.contains("/parameters/")).collect();
    assert_eq!(ignored, ["/paths/~1p/put/parameters/0", "/paths/~1p/put/parameters/1"]);
}

#[test]
fn untyped_enums_of_other_scalars_and_all_of_scalar_parts_keep_their_types() {
    let spec = format!(
        "{HEAD}paths: {{}}\ncomponents:\n  schemas:\n    Esport:\n      type: object\n      properties:\n        id: {{enum: [3]}}\n        ratio: {{enum: [0.5, 1]}}\n        delivered: {{enum: [true, false, 0, 1]}}\n        sequence_id: {{allOf: [{{type: string, description: An id., nullable: false}}, {{nullable: false}}]}}\n"
    );
    let ir = ir("scalars", &spec);
    let types: Vec<(&str, &TypeRef)> = fields(&ir, "Esport").iter().map(|f| (f.name.as_str(), &f.ty)).collect();
    assert_eq!(types[0], ("id", &TypeRef::Integer));
    assert_eq!(types[1], ("ratio", &TypeRef::Number));
    assert_eq!(types[3], ("sequence_id", &TypeRef::String));
    let TypeRef::Named(union) = types[2].1 else { panic!("delivered is {:?}", types[2].1) };
    match &ir.types.iter().find(|t| &t.name == union).map(|t| &t.kind) {
        Some(TypeKind::Untagged { variants }) => {
            let tys: Vec<&TypeRef> = variants.iter().map(|v| &v.ty).collect();
            assert_eq!(tys, [&TypeRef::Boolean, &TypeRef::Integer]);
        }
        other => panic!("{union} is {other:?}"),
    }
    assert!(fields(&ir, "Esport")[0].doc.as_deref().is_some_and(|d| d.contains("One of `3`")));
}

/// A `#` followed by path parameters is a character of the path, not a
/// fragment: it is sent percent-encoded, with the parameters.
#[test]
fn a_hash_before_path_parameters_is_sent_encoded() {
    let spec = format!(
        "{HEAD}paths:\n  /send/#env/v1/partners/{{partnerId}}/transfers:\n    get: {{operationId: listTransfers, tags: [transfers], parameters: [{{name: partnerId, in: path, required: true, schema: {{type: string}}}}], responses: {{'204': {{description: ok}}}}}}\n"
    );
    ir("hash-path", &spec);
    let dir = spec_dir();
    let krate = clientgen::Generator::new(dir.join("hash-path.yml")).generate().expect("generates");
    let code = &krate.files["src/resources/transfers.rs"];
    // Each placeholder names the parameter's (shadowed, encoded) ident.
    assert!(code.contains("let partner_id = crate::runtime::encode_path_segment(partner_id);"), "{code}");
    assert!(code.contains(r#"format!("/send/%23env/v1/partners/{partner_id}/transfers")"#), "{code}");
}

/// A success response whose only JSON media type is a vendor `+json` type
/// is asked for by that type (a server may answer `406` to
/// `Accept: application/json`); `application/json` beside it wins.
#[test]
fn a_vendor_json_response_sets_accept() {
    let spec = format!(
        r#"{HEAD}paths:
  /things:
    get:
      operationId: listThings
      responses: {{'200': {{description: ok, content: {{application/vnd.api+json; charset=utf-8: {{schema: {{type: object, properties: {{id: {{type: string}}}}}}}}}}}}}}
    post:
      operationId: createThing
      responses: {{'200': {{description: ok, content: {{
        application/hal+json: {{schema: {{type: object}}}},
        application/json: {{schema: {{type: object}}}}}}}}}}
"#
    );
    let ir = ir("vendor-json", &spec);
    let accept: Vec<Option<&str>> = ir.operations.iter().map(|o| o.accept.as_deref()).collect();
    assert_eq!(accept, [Some("application/vnd.api+json"), None]);
    assert!(ir.operations.iter().all(|o| o.response_format == ResponseFormat::Json));
}

/// Sample arrays keep the array's constraints: two copies of the item's
/// sample by default, one when the items must be unique or `maxItems` is 1,
/// `minItems` when that is more; a spec's own array example is kept whole.
#[test]
fn sample_arrays_keep_unique_items_and_the_bounds() {
    let spec = format!(
        r#"{HEAD}paths:
  /tags:
    post:
      operationId: tag
      requestBody: {{content: {{application/json: {{schema: {{type: object, properties: {{
        plain: {{type: array, items: {{type: string, enum: [a, b]}}}},
        unique: {{type: array, uniqueItems: true, items: {{type: string, enum: [a, b]}}}},
        one: {{type: array, maxItems: 1, items: {{type: string, enum: [a, b]}}}},
        three: {{type: array, minItems: 3, items: {{type: integer, minimum: 4}}}},
        given: {{type: array, uniqueItems: true, items: {{type: string}}, example: [x, y]}}}}}}}}}}}}
      responses: {{'204': {{description: ok}}}}
"#
    );
    let ir = ir("sample-arrays", &spec);
    let examples: Vec<(String, Option<String>)> = fields(&ir, "TagParams").iter().map(|f| (f.name.clone(), f.example.clone())).collect();
    let example = |name: &str| examples.iter().find(|(n, _)| n == name).and_then(|(_, e)| e.clone());
    assert_eq!(example("plain").as_deref(), Some(r#"["a","a"]"#));
    assert_eq!(example("unique").as_deref(), Some(r#"["a"]"#));
    assert_eq!(example("one").as_deref(), Some(r#"["a"]"#));
    assert_eq!(example("three").as_deref(), Some("[4,4,4]"));
    assert_eq!(example("given").as_deref(), Some(r#"["x","y"]"#));
}

/// `format: binary` inside JSON is text (JSON has no raw bytes); a
/// multipart file field and a whole binary response stay bytes.
#[test]
fn binary_strings_inside_json_are_text() {
    let spec = format!(
        r#"{HEAD}paths:
  /files:
    get:
      operationId: getFile
      responses: {{'200': {{description: ok, content: {{application/json: {{schema: {{type: object, properties: {{
        content: {{type: string, format: binary}}, parts: {{type: array, items: {{type: string, format: binary}}}}}}}}}}}}}}}}
    post:
      operationId: upload
      requestBody: {{content: {{multipart/form-data: {{schema: {{type: object, properties: {{file: {{type: string, format: binary}}}}}}}}}}}}
      responses: {{'200': {{description: ok, content: {{application/octet-stream: {{schema: {{type: string, format: binary}}}}}}}}}}
  /download:
    get:
      operationId: download
      responses: {{'200': {{description: ok, content: {{application/json: {{schema: {{type: string, format: binary}}}}}}}}}}
  /documents:
    get:
      operationId: getDocument
      responses: {{'200': {{description: ok, content: {{application/json: {{schema: {{$ref: '#/components/schemas/Document'}}}}}}}}}}
    post:
      operationId: attach
      requestBody: {{content: {{multipart/form-data: {{schema: {{type: object, properties: {{file: {{$ref: '#/components/schemas/Upload'}}}}}}}}}}}}
      responses: {{'204': {{description: ok}}}}
  /notes:
    get:
      operationId: getNote
      responses: {{'200': {{description: ok, content: {{application/json: {{schema: {{type: object, properties: {{upload: {{$ref: '#/components/schemas/Upload'}}}}}}}}}}}}}}
components:
  schemas:
    Document: {{type: string, format: binary}}
    Upload: {{type: string, format: binary}}
"#
    );
    let ir = ir("binary-in-json", &spec);
    let op = |id: &str| ir.operations.iter().find(|o| o.operation_id == id).expect("operation");
    assert_eq!(op("download").response, Some(TypeRef::String), "a whole JSON response is text too");
    let alias = |name: &str| ir.types.iter().find(|t| t.name == name).map(|t| t.kind.clone()).expect("alias");
    assert_eq!(alias("Document"), TypeKind::Alias { target: TypeRef::String, constant: None }, "only JSON uses it");
    assert_eq!(alias("Upload"), TypeKind::Alias { target: TypeRef::Bytes, constant: None }, "a multipart part uses it");
    assert_eq!(fields(&ir, "GetNoteResponse")[0].ty, TypeRef::String, "its JSON place is text");
    let types: Vec<(String, TypeRef)> = fields(&ir, "GetFileResponse").iter().map(|f| (f.name.clone(), f.ty.clone())).collect();
    assert_eq!(
        types,
        [("content".to_owned(), TypeRef::String), ("parts".to_owned(), TypeRef::Array(Box::new(TypeRef::String)))]
    );
    assert_eq!(fields(&ir, "UploadParams")[0].ty, TypeRef::Bytes, "a multipart file part");
    let upload = ir.operations.iter().find(|o| o.operation_id == "upload").expect("upload");
    assert_eq!(upload.response, Some(TypeRef::Bytes));
}

/// A JSON body beside query parameters is flattened into the params when
/// it is an object; an array or scalar body (which serde cannot flatten)
/// is held whole and sent as the body itself.
#[test]
fn a_non_object_body_beside_parameters_is_sent_whole() {
    let spec = format!(
        r#"{HEAD}paths:
  /employees:
    post:
      operationId: createEmployees
      parameters: [{{name: dry_run, in: query, schema: {{type: boolean}}}}]
      requestBody: {{required: true, content: {{application/json: {{schema: {{$ref: '#/components/schemas/Employees'}}}}}}}}
      responses: {{'204': {{description: ok}}}}
  /pins:
    put:
      operationId: setPin
      parameters: [{{name: dry_run, in: query, schema: {{type: boolean}}}}]
      requestBody: {{required: true, content: {{application/json: {{schema: {{type: number}}}}}}}}
      responses: {{'204': {{description: ok}}}}
  /people:
    post:
      operationId: createPerson
      parameters: [{{name: dry_run, in: query, schema: {{type: boolean}}}}]
      requestBody: {{required: true, content: {{application/json: {{schema: {{$ref: '#/components/schemas/Person'}}}}}}}}
      responses: {{'204': {{description: ok}}}}
components:
  schemas:
    Person: {{type: object, properties: {{name: {{type: string}}}}}}
    Employees: {{type: array, items: {{$ref: '#/components/schemas/Person'}}}}
"#
    );
    let ir = ir("whole-body", &spec);
    let body = |params: &str| fields(&ir, params).iter().find(|f| f.name == "body").map(|f| (f.location, f.flatten)).expect("a body field");
    assert_eq!(body("CreateEmployeesParams"), (Location::WholeBody, false));
    assert_eq!(body("SetPinParams"), (Location::WholeBody, false));
    assert_eq!(body("CreatePersonParams"), (Location::Body, true));

    let dir = spec_dir();
    let krate = clientgen::Generator::new(dir.join("whole-body.yml")).generate().expect("generates");
    let resource: String = krate.files.iter().filter(|(p, _)| p.starts_with("src/resources/")).map(|(_, t)| t.as_str()).collect();
    let compact = compact(&resource);
    assert!(compact.contains(".query(&params).json(&params.body)"), "{resource}");
    assert!(compact.contains(".query(&params).json(&params)"), "the object body is flattened: {resource}");
}

/// `required` binds a `readOnly` property only in responses and a
/// `writeOnly` one only in requests: such a field is optional in a type
/// that travels the other way too, and keeps `required` where it travels
/// one way only. Contract cases leave read-only fields out of requests.
#[test]
fn read_only_and_write_only_fields_are_required_only_the_way_they_travel() {
    let spec = format!(
        r#"{HEAD}paths:
  /pets:
    post:
      operationId: createPet
      requestBody: {{required: true, content: {{application/json: {{schema: {{$ref: '#/components/schemas/Pet'}}}}}}}}
      responses: {{'200': {{description: ok, content: {{application/json: {{schema: {{$ref: '#/components/schemas/Pet'}}}}}}}}}}
  /logins:
    post:
      operationId: login
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [user, password]
              properties: {{user: {{type: string}}, password: {{type: string, writeOnly: true}}}}
      responses: {{'200': {{description: ok, content: {{application/json: {{schema: {{$ref: '#/components/schemas/Receipt'}}}}}}}}}}
components:
  schemas:
    Pet:
      type: object
      required: [id, name, secret]
      properties:
        id: {{type: string, readOnly: true}}
        name: {{type: string}}
        secret: {{type: string, writeOnly: true}}
        owner: {{allOf: [{{$ref: '#/components/schemas/Owner'}}], readOnly: true}}
        created_at: {{$ref: '#/components/schemas/CreatedAt'}}
    Owner: {{type: object, properties: {{name: {{type: string}}}}}}
    CreatedAt: {{type: string, format: date-time, readOnly: true}}
    Receipt:
      type: object
      required: [number]
      properties: {{number: {{type: integer, readOnly: true}}}}
"#
    );
    let ir = ir("read-write-only", &spec);
    let shape = |t: &str| fields(&ir, t).iter().map(|f| (f.name.clone(), f.access, f.required)).collect::<Vec<_>>();
    assert_eq!(
        shape("Pet"),
        [
            ("id".to_owned(), Access::ReadOnly, false),
            ("name".to_owned(), Access::ReadWrite, true),
            ("secret".to_owned(), Access::WriteOnly, false),
            ("owner".to_owned(), Access::ReadOnly, false),
            ("created_at".to_owned(), Access::ReadOnly, false),
        ]
    );
    assert_eq!(shape("Receipt"), [("number".to_owned(), Access::ReadOnly, true)], "only decoded: required stays");
    assert_eq!(
        shape("LoginParams"),
        [("user".to_owned(), Access::ReadWrite, true), ("password".to_owned(), Access::WriteOnly, true)],
        "only sent: required stays"
    );
    let id = &fields(&ir, "Pet")[0];
    assert!(id.doc.as_deref().is_some_and(|d| d.contains("Read-only")), "{:?}", id.doc);

    let krate = with_contract_cases("read-write-only");
    let cases = krate.files.iter().find(|(p, _)| p.ends_with("contract/cases.rs")).map(|(_, t)| t.as_str()).expect("cases");
    let compact = compact(cases);
    assert!(compact.contains(".secret("), "the write-only field is sent: {cases}");
    assert!(
        !compact.contains(".id(") && !compact.contains(".owner(") && !compact.contains(".created_at("),
        "read-only fields, also by the schema a $ref names, are left out: {cases}"
    );
}

/// A parameter that restates an `apiKey` credential the operation uses
/// (same name and place) is sent once, from the credential, with a warning.
#[test]
fn a_parameter_that_restates_the_api_key_is_sent_once_from_the_credential() {
    let spec = format!(
        r#"{HEAD}security: [{{key: []}}]
paths:
  /reviews:
    get:
      operationId: listReviews
      parameters:
        - {{name: api-key, in: query, schema: {{type: string}}}}
        - {{name: X-Key, in: header, schema: {{type: string}}}}
        - {{name: q, in: query, schema: {{type: string}}}}
      responses: {{'204': {{description: ok}}}}
components:
  securitySchemes:
    key: {{type: apiKey, in: query, name: api-key}}
"#
    );
    let lowered = lower("restated-key", &spec).expect("lowers");
    let names: Vec<&str> = fields(&lowered.ir, "ListReviewsParams").iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["X-Key", "q"], "only the query parameter named like the key is the credential");
    let warned: Vec<&str> = lowered.warnings.iter().filter(|w| w.message.contains("restates")).map(|w| w.pointer.as_str()).collect();
    assert_eq!(warned, ["/paths/~1reviews/get/parameters/0"]);
}

/// `minProperties` beyond the required properties ("an `accountId`, a
/// `domain` or both") is kept on the struct: documented on the type, and
/// the contract case that sets only what is required sets that many
/// optional properties too.
#[test]
fn min_properties_beyond_the_required_ones_is_documented_and_met_by_the_contract_cases() {
    let spec = format!(
        r#"{HEAD}paths:
  /track:
    post:
      operationId: track
      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: [event, identification]
              properties:
                event: {{type: string}}
                identification:
                  type: object
                  minProperties: 1
                  properties: {{accountId: {{type: string}}, domain: {{type: string}}}}
      responses: {{'204': {{description: ok}}}}
  /filter:
    post:
      operationId: filter
      requestBody:
        content:
          application/json:
            schema: {{type: object, minProperties: 1, properties: {{a: {{type: string}}, b: {{type: string}}}}}}
      responses: {{'204': {{description: ok}}}}
  /search:
    post:
      operationId: search
      parameters: [{{name: q, in: query, schema: {{type: string}}}}]
      requestBody:
        content:
          application/json:
            schema: {{type: object, minProperties: 1, properties: {{a: {{type: string}}, b: {{type: string}}}}}}
      responses: {{'204': {{description: ok}}}}
components:
  schemas:
    Covered:
      type: object
      minProperties: 1
      required: [id]
      properties: {{id: {{type: string}}, name: {{type: string}}}}
"#
    );
    let ir = ir("min-properties", &spec);
    let min_of = |name: &str| match &ir.types.iter().find(|t| t.name == name).unwrap_or_else(|| panic!("no {name}")).kind {
        TypeKind::Struct { min_properties, .. } => *min_properties,
        other => panic!("{name} is {other:?}"),
    };
    assert_eq!(min_of("TrackIdentification"), 1);
    assert_eq!(min_of("Covered"), 0, "the required `id` already gives one property");
    let filter = ir.operations.iter().find(|o| o.operation_id == "filter").expect("filter");
    let Some(TypeRef::Named(params)) = &filter.params else { panic!("filter params: {:?}", filter.params) };
    assert_eq!(min_of(params), 1, "the body alone is the params type, with the rule");
    // Beside a query parameter the body is one (flattened) field of its own type, which keeps the rule.
    let body = fields(&ir, "SearchParams").iter().find(|f| f.flatten).expect("a flattened body field");
    let TypeRef::Named(body_type) = &body.ty else { panic!("body type {:?}", body.ty) };
    assert_eq!(min_of(body_type), 1);

    let krate = with_contract_cases("min-properties");
    let types = &krate.files["src/types.rs"];
    assert!(types.contains("At least one property must be set (`minProperties: 1` in the spec)."), "{types}");
    let cases = &krate.files["contract/cases.rs"];
    let compact = compact(cases);
    assert!(compact.contains("TrackIdentification::new().account_id("), "the required-only call sets one property: {cases}");
}

/// A `oneOf` value must match exactly one branch, so a sample of one is a
/// value no other branch may accept: of `[id (integer), UUIDv4, shortUUID
/// (any string)]`, `1` is also a string and a UUID also a short UUID; the
/// short UUID's example is neither. Without such a value there is no sample.
#[test]
fn a_one_of_sample_is_a_value_of_exactly_one_branch() {
    let spec = format!(
        r#"{HEAD}paths:
  /videos/{{id}}:
    get:
      operationId: getVideo
      parameters:
        - name: id
          in: path
          required: true
          schema: {{oneOf: [{{$ref: '#/components/schemas/id'}}, {{$ref: '#/components/schemas/UUIDv4'}}, {{$ref: '#/components/schemas/shortUUID'}}]}}
      responses: {{'204': {{description: ok}}}}
  /tags/{{tag}}:
    get:
      operationId: getTag
      parameters:
        - name: tag
          in: path
          required: true
          schema: {{oneOf: [{{type: string}}, {{type: string, format: uuid}}]}}
      responses: {{'204': {{description: ok}}}}
  /names/{{name}}:
    get:
      operationId: getName
      parameters:
        - name: name
          in: path
          required: true
          schema: {{oneOf: [{{type: string}}, {{type: string, maxLength: 10}}]}}
      responses: {{'204': {{description: ok}}}}
  /codes/{{code}}:
    get:
      operationId: getCode
      parameters:
        - name: code
          in: path
          required: true
          schema: {{oneOf: [{{type: integer, minimum: 1}}, {{type: string, format: uuid}}]}}
      responses: {{'204': {{description: ok}}}}
components:
  schemas:
    id: {{type: integer, minimum: 1, example: 42}}
    UUIDv4: {{type: string, format: uuid, minLength: 36, maxLength: 36, pattern: '^[0-9a-f-]+$', example: 9c9de5e8-0a1e-484a-b099-e80766180a6d}}
    shortUUID: {{type: string, example: 2y84q2MQUMWPbiEcxNXMgC}}
"#
    );
    let ir = ir("one-of-sample", &spec);
    let example = |op: &str| ir.operations.iter().find(|o| o.operation_id == op).and_then(|o| o.path_params[0].example.clone());
    assert_eq!(example("getVideo").as_deref(), Some("\"2y84q2MQUMWPbiEcxNXMgC\""));
    assert_eq!(example("getTag").as_deref(), Some("\"string\""), "a plain string is no UUID");
    assert_eq!(example("getName"), None, "every short string is of both branches");
    assert_eq!(example("getCode").as_deref(), Some("1"), "an integer is no UUID");

    let krate = with_contract_cases("one-of-sample");
    let cases = &krate.files["contract/cases.rs"];
    let compact = compact(cases);
    assert!(compact.contains("(\"2y84q2MQUMWPbiEcxNXMgC\".to_owned()"), "the case sends the exclusive value: {cases}");
}

/// An example its own schema rejects (format, type, bounds, `pattern`) is
/// no sample (a validating server refuses it too): the value is built from
/// the schema instead, and a pattern's match that misses the `format`
/// gives way to the format's sample when the pattern takes that.
#[test]
fn an_example_the_schema_rejects_is_not_a_sample() {
    let spec = format!(
        r#"{HEAD}paths:
  /calls:
    get:
      operationId: getCalls
      parameters:
        - {{name: conversation_uuid, in: query, schema: {{$ref: '#/components/schemas/conversation_uuid'}}}}
        - {{name: leg, in: query, example: LEG-1, schema: {{type: string, format: uuid}}}}
        - {{name: size, in: query, schema: {{type: integer, maximum: 10, example: 50}}}}
        - {{name: name, in: query, schema: {{type: string, format: uuid, example: 9c9de5e8-0a1e-484a-b099-e80766180a6d}}}}
        - {{name: end_date, in: query, schema: {{type: string, pattern: '^\d{{4}}-\d{{2}}-\d{{2}}$', example: '2025-10-15T13:51:36.640Z'}}}}
        - {{name: url, in: query, schema: {{type: string, format: uri, pattern: '^(http|https)?://'}}}}
      responses: {{'204': {{description: ok}}}}
components:
  schemas:
    conversation_uuid: {{type: string, format: uuid, example: CON-f972836a-550f-45fa-956c-12a2ab5b7d22}}
"#
    );
    let ir = ir("rejected-example", &spec);
    let examples: Vec<Option<&str>> = fields(&ir, "GetCallsParams").iter().map(|f| f.example.as_deref()).collect();
    let uuid = "\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"";
    assert_eq!(
        examples,
        [
            Some(uuid),
            Some(uuid),
            Some("1"),
            Some("\"9c9de5e8-0a1e-484a-b099-e80766180a6d\""),
            // The example misses the pattern: the pattern's own match.
            Some("\"0000-00-00\""),
            // The pattern's shortest match (`://`) is no URI; the format's sample matches the pattern.
            Some("\"https://example.com/\""),
        ]
    );
}

/// Contract arrays keep `uniqueItems`: scalar items without a sample of
/// their own get one default item where two equal ones would break the
/// rule, and arrays of objects get one item (two equal objects would).
#[test]
fn contract_arrays_of_unconstrained_items_stay_unique() {
    let spec = format!(
        r#"{HEAD}paths:
  /images:
    post:
      operationId: publish
      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: [images, domains]
              properties:
                domains: {{type: array, uniqueItems: true, items: {{type: string}}}}
                notes: {{type: array, maxItems: 1, items: {{type: string}}}}
                tags: {{type: array, items: {{type: string}}}}
                images: {{type: array, uniqueItems: true, items: {{type: object, required: [url], properties: {{url: {{type: string}}}}}}}}
                filters: {{type: array, minItems: 2, items: {{type: object, properties: {{name: {{type: string}}}}}}}}
      responses: {{'204': {{description: ok}}}}
"#
    );
    let ir = ir("unique-items", &spec);
    let examples: Vec<(&str, Option<&str>)> = fields(&ir, "PublishParams").iter().map(|f| (f.name.as_str(), f.example.as_deref())).collect();
    assert_eq!(
        examples,
        [
            ("domains", Some("[\"string\"]")),
            ("notes", Some("[\"string\"]")),
            ("tags", None),
            ("images", Some("[{}]")),
            // `minItems: 2` of objects: two placeholders, each built from the type.
            ("filters", Some("[{},{}]")),
        ]
    );

    let compact = compact_cases("unique-items");
    assert!(compact.contains("Vec::from([api_client::types::PublishImagesItem::new(\"string\".to_owned(),),])"), "one object item: {compact}");
    assert!(compact.contains(".tags(Vec::from([\"string\".to_owned(),\"string\".to_owned()]))"), "two scalar items where nothing forbids it: {compact}");
    assert_eq!(compact.matches("PublishFiltersItem::new()").count(), 2, "minItems: 2 gets two: {compact}");
}

/// A query array of untyped items (`items: {}`) gets two items, like an
/// array of strings: the builder's untyped value is the string `"value"`,
/// and a mock server reads one repeated key as a string, not an array.
#[test]
fn contract_query_arrays_of_untyped_items_get_two_items() {
    let spec = format!(
        r#"{HEAD}paths:
  /me:
    post:
      operationId: updateMe
      parameters:
        - {{name: metadata, in: query, schema: {{type: [array, 'null'], items: {{}}}}}}
      responses: {{'204': {{description: ok}}}}
"#
    );
    ir("untyped-query-items", &spec);
    let compact = compact_cases("untyped-query-items");
    assert!(
        compact.contains(".metadata(Vec::from([serde_json::Value::from(\"value\"),serde_json::Value::from(\"value\"),]),)"),
        "two untyped items: {compact}"
    );
}

/// A form-exploded map writes its keys beside the other query parameters:
/// the case's map key is a placeholder no sibling parameter is named
/// (`key` beside a `key` parameter made both a list on the wire).
#[test]
fn contract_map_keys_do_not_collide_with_sibling_query_parameters() {
    let spec = format!(
        r#"{HEAD}paths:
  /settings:
    post:
      operationId: updateSettings
      parameters:
        - {{name: settings, in: query, schema: {{type: object, additionalProperties: {{type: string}}}}}}
        - {{name: key, in: query, schema: {{type: string}}}}
      responses: {{'204': {{description: ok}}}}
"#
    );
    ir("exploded-map", &spec);
    let compact = compact_cases("exploded-map");
    assert!(compact.contains(".settings(std::collections::BTreeMap::from([(\"additionalProp1\".to_owned(),"), "{compact}");
    assert!(!compact.contains("(\"key\".to_owned(),"), "no map entry named like the `key` parameter: {compact}");
}

/// A form or multipart body whose schema is no object names no fields:
/// the method takes the encoded body as bytes with that media type (and
/// says how to give a multipart boundary), with a warning, instead of
/// sending no body at all.
#[test]
fn a_form_body_without_an_object_schema_is_taken_as_bytes() {
    let spec = format!(
        r#"{HEAD}paths:
  /translate_file:
    post:
      operationId: translateFile
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema: {{type: string}}
      responses: {{'204': {{description: ok}}}}
"#
    );
    let lowered = lower("form-body-string", &spec).expect("lowers");
    let op = &lowered.ir.operations[0];
    assert_eq!(op.body, Some(clientgen::ir::BodyKind::Binary { content_type: "multipart/form-data".to_owned() }));
    let warned: Vec<(&str, &str)> = lowered.warnings.iter().map(|w| (w.pointer.as_str(), w.message.as_str())).collect();
    assert_eq!(warned.len(), 1, "{warned:?}");
    assert_eq!(warned[0].0, "/paths/~1translate_file/post/requestBody/content/multipart~1form-data/schema");
    assert!(warned[0].1.contains("takes the encoded body as bytes"), "{warned:?}");
    let krate = clientgen::Generator::new(spec_dir().join("form-body-string.yml")).generate().expect("generates");
    let method = &krate.files["src/resources/translate_file.rs"];
    assert!(compact(method).contains(".bytes(body.into(),\"multipart/form-data\")"), "{method}");
    assert!(method.contains("give the boundary with `.header(\"content-type\", \"multipart/form-data; boundary=…\")`"), "{method}");
}

/// `oneOf` demands exactly one match. A phone endpoint `{type, number}` is
/// also a SIP endpoint, which requires only `type`; the SIP endpoint's
/// `{type}` is no phone endpoint. The contract case builds the first
/// variant every other branch rejects (a required property it lacks, or
/// another constant), and keeps the first when they tell each other apart.
#[test]
fn contract_cases_build_the_one_of_variant_no_other_branch_accepts() {
    let spec = format!(
        r#"{HEAD}paths:
  /calls:
    post:
      operationId: createCall
      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: [to, mode]
              properties:
                to:
                  oneOf:
                    - {{type: object, title: phone, required: [type, number], properties: {{type: {{type: string}}, number: {{type: string}}}}}}
                    - {{type: object, title: sip, required: [type], properties: {{type: {{type: string}}, uri: {{type: string}}}}}}
                mode:
                  oneOf:
                    - {{type: object, title: standard, required: [kind, plan], properties: {{kind: {{const: standard}}, plan: {{type: string}}}}}}
                    - {{type: object, title: share, required: [kind], properties: {{kind: {{const: share}}}}}}
      responses: {{'204': {{description: ok}}}}
"#
    );
    let ir = ir("one-of-overlap", &spec);
    let variants = |name: &str| -> Vec<String> {
        match &ir.types.iter().find(|t| t.name == name).unwrap_or_else(|| panic!("no {name}")).kind {
            TypeKind::Untagged { variants } => variants.iter().map(|v| v.ident.clone()).collect(),
            other => panic!("{name}: {other:?}"),
        }
    };
    assert_eq!(variants("CreateCallTo"), ["Phone", "Sip"]);
    assert_eq!(variants("CreateCallMode"), ["Standard", "Share"]);
    let compact = compact_cases("one-of-overlap");
    assert!(compact.contains("CreateCallTo::Sip("), "the SIP endpoint, which no phone endpoint accepts: {compact}");
    assert!(!compact.contains("CreateCallTo::Phone("), "{compact}");
    assert!(compact.contains("CreateCallMode::Standard("), "the constants tell them apart: the first: {compact}");
}

/// Where a branch without required properties would also take the
/// case's value (`{account}` fits an ACH and a direct-debit method), an
/// optional enum that the branches give different values (`type: ach`,
/// `type: directdebit`) tells them apart, so the case sets it too.
#[test]
fn contract_cases_set_an_optional_enum_that_separates_one_of_branches() {
    let spec = format!(
        r#"{HEAD}paths:
  /payments:
    post:
      operationId: pay
      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: [method]
              properties:
                method:
                  oneOf:
                    - {{type: object, title: ach, required: [account], additionalProperties: false, properties: {{account: {{type: string}}, type: {{type: string, enum: [ach, ach_plaid]}}}}}}
                    - {{type: object, title: debit, additionalProperties: false, properties: {{account: {{type: string}}, type: {{type: string, enum: [directdebit]}}}}}}
                    - {{type: object, title: wallet, additionalProperties: false, properties: {{type: {{type: string, enum: [wallet]}}}}}}
      responses: {{'204': {{description: ok}}}}
"#
    );
    ir("one-of-enum-separates", &spec);
    let compact = compact_cases("one-of-enum-separates");
    assert!(
        compact.contains(r#"PayMethod::Ach(api_client::types::PayMethodAch::new("string".to_owned()).type_(api_client::types::PayMethodAchType::from_wire("ach")),"#),
        "{compact}"
    );
}

/// Any string fits both `{type: string}` and `{type: string, format:
/// datetime}`, so `oneOf` takes no string: the case builds the first
/// scalar variant of a JSON kind no other variant has.
#[test]
fn contract_cases_build_a_one_of_scalar_of_a_kind_no_other_branch_has() {
    let spec = format!(
        r#"{HEAD}paths:
  /events:
    post:
      operationId: trackEvent
      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: [metadata]
              properties:
                metadata:
                  type: object
                  additionalProperties:
                    oneOf: [{{type: string}}, {{type: number}}, {{type: integer}}, {{type: boolean}}, {{type: string, format: datetime}}]
                label:
                  oneOf: [{{type: string}}, {{type: integer}}]
      responses: {{'204': {{description: ok}}}}
"#
    );
    ir("one-of-scalars", &spec);
    let compact = compact_cases("one-of-scalars");
    assert!(compact.contains("TrackEventMetadataValue::Boolean("), "{compact}");
    assert!(!compact.contains("TrackEventMetadataValue::String("), "{compact}");
    // A first variant of its own kind stays the choice.
    assert!(compact.contains("TrackEventLabel::String("), "{compact}");
}

/// Two inline schemas of one shape share a type, but samples are no part
/// of the shape: when a response's copy comes first, the request's
/// constraints (`minimum: 128`) still give the shared field its sample.
#[test]
fn a_shared_inline_type_keeps_the_sample_of_any_place() {
    let spec = format!(
        r#"{HEAD}paths:
  /deployments/{{id}}:
    get:
      operationId: getDeployment
      parameters: [{{name: id, in: path, required: true, schema: {{type: string}}}}]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  functions: {{type: object, additionalProperties: {{type: object, properties: {{memory: {{type: number}}}}}}}}
  /deployments:
    post:
      operationId: createDeployment
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                functions: {{type: object, additionalProperties: {{type: object, properties: {{memory: {{type: number, minimum: 128, maximum: 3008}}}}}}}}
      responses: {{'204': {{description: ok}}}}
"#
    );
    let ir = ir("shared-sample", &spec);
    let shared: Vec<&clientgen::ir::TypeDef> =
        ir.types.iter().filter(|t| matches!(&t.kind, TypeKind::Struct { fields, .. } if fields.iter().any(|f| f.name == "memory"))).collect();
    assert_eq!(shared.len(), 1, "one shared type: {shared:?}");
    assert_eq!(shared[0].shared_by, 1);
    let memory = fields(&ir, &shared[0].name).iter().find(|f| f.name == "memory").expect("memory");
    assert_eq!(memory.example.as_deref(), Some("128.0"));
}

/// A header parameter whose name is no HTTP field name (empty, with a
/// space) cannot be sent: it is left out, with a warning at its pointer.
#[test]
fn a_header_parameter_without_a_header_name_is_left_out_with_a_warning() {
    let spec = format!(
        r#"{HEAD}paths:
  /pages/{{id}}:
    get:
      operationId: retrieveAPage
      parameters:
        - {{name: id, in: path, required: true, schema: {{type: string}}}}
        - {{name: Notion-Version, in: header, schema: {{type: string}}}}
        - {{name: '', in: header, schema: {{type: string}}}}
      responses: {{'204': {{description: ok}}}}
"#
    );
    let lowered = lower("header-names", &spec).expect("lowers");
    let names: Vec<&str> = fields(&lowered.ir, "RetrieveAPageParams").iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["Notion-Version"]);
    assert!(
        lowered.warnings.iter().any(|w| w.pointer == "/paths/~1pages~1{id}/get/parameters/2" && w.message.contains("not an HTTP header name")),
        "{:?}",
        lowered.warnings
    );
}

/// A nullable field of any JSON (`type: 'null'`, or a nullable schema
/// without a type) is sent as `null` by the contract case: `null` fits
/// whatever it stands for, a string would not.
#[test]
fn a_nullable_json_field_is_sent_as_null_by_the_contract_case() {
    let spec = format!(
        r#"{HEAD}paths:
  /members:
    patch:
      operationId: updateTeamMember
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                joinedFrom: {{type: object, additionalProperties: false, properties: {{ssoUserId: {{type: 'null'}}}}}}
      responses: {{'204': {{description: ok}}}}
"#
    );
    let ir = ir("null-only", &spec);
    let field = &fields(&ir, "UpdateTeamMemberJoinedFrom")[0];
    assert_eq!((&field.ty, field.nullable), (&TypeRef::Json, true));
    let compact = compact_cases("null-only");
    assert!(compact.contains("UpdateTeamMemberJoinedFrom::new().sso_user_id_null()"), "{compact}");
}

/// An `allOf` part that only lists `required` names requires them of the
/// fields the other parts bring (docker's `restricted_images`).
#[test]
fn an_all_of_part_of_required_names_applies_to_the_merged_fields() {
    let spec = format!(
        r#"{HEAD}paths:
  /settings:
    put:
      operationId: putSettings
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                restricted_images:
                  allOf:
                    - {{$ref: '#/components/schemas/restricted_images'}}
                    - {{type: object, required: [enabled, allow_official_images]}}
      responses: {{'204': {{description: ok}}}}
components:
  schemas:
    restricted_images:
      type: object
      properties: {{enabled: {{type: boolean}}, allow_official_images: {{type: boolean}}, note: {{type: string}}}}
"#
    );
    let lowered = lower("all-of-required-part", &spec).expect("lowers");
    let merged = lowered.ir.types.iter().find(|t| t.name != "restricted_images" && t.name != "RestrictedImages" && t.name.contains("RestrictedImages")).expect("the merged type");
    let TypeKind::Struct { fields, .. } = &merged.kind else { panic!("{merged:?}") };
    let required: Vec<(&str, bool)> = fields.iter().map(|f| (f.name.as_str(), f.required)).collect();
    assert_eq!(required, [("enabled", true), ("allow_official_images", true), ("note", false)]);
    assert!(lowered.warnings.iter().all(|w| !w.message.contains("not an object is ignored")), "{:?}", lowered.warnings);
}

/// A response schema that is itself nullable decodes into an `Option`
/// (the body may be `null`); a union with a nullable branch under an
/// outer `type: object` is not nullable (the outer type forbids `null`).
#[test]
fn a_nullable_response_schema_is_an_option() {
    let spec = r#"openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /description:
    get:
      operationId: getVideoDesc
      responses: {'200': {description: ok, content: {application/json: {schema: {type: string, nullable: true, minLength: 3}}}}}
  /stats:
    get:
      operationId: describeStats
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                oneOf:
                  - {type: object, nullable: true, properties: {nodes: {type: array, items: {type: string}}}}
                  - {type: object, properties: {views: {type: integer}}}
"#;
    let ir = ir("nullable-response", spec);
    let response = |id: &str| ir.operations.iter().find(|o| o.operation_id == id).and_then(|o| o.response.clone());
    assert_eq!(response("getVideoDesc"), Some(TypeRef::Nullable(Box::new(TypeRef::String))));
    assert!(matches!(response("describeStats"), Some(TypeRef::Named(_))), "{:?}", response("describeStats"));
}

/// A request body under any media type (`*/*`, `application/*`) whose
/// schema is structured travels as JSON; a string schema there stays raw.
#[test]
fn a_wildcard_body_with_a_structured_schema_is_json() {
    let spec = format!(
        r#"{HEAD}paths:
  /tags:
    delete:
      operationId: deleteTag
      requestBody: {{required: true, content: {{'*/*': {{schema: {{$ref: '#/components/schemas/TagRequest'}}}}}}}}
      responses: {{'204': {{description: ok}}}}
  /files:
    put:
      operationId: putFile
      requestBody: {{content: {{'*/*': {{schema: {{type: string, format: binary}}}}}}}}
      responses: {{'204': {{description: ok}}}}
components:
  schemas:
    TagRequest: {{type: object, properties: {{tag: {{type: string}}}}}}
"#
    );
    let ir = ir("wildcard-body", &spec);
    let body = |id: &str| ir.operations.iter().find(|o| o.operation_id == id).and_then(|o| o.body.clone());
    assert_eq!(body("deleteTag"), Some(BodyKind::Json));
    assert_eq!(body("putFile"), Some(BodyKind::Binary { content_type: "*/*".into() }));
}

/// In an `allOf` both parts apply, so where a base part types a property
/// loosely (an array of free-form objects) and a later part narrows it
/// (an array of a component), the narrower type is the field's: else every
/// item the client sends or decodes would be untyped JSON.
#[test]
fn an_all_of_part_that_narrows_a_property_gives_its_type() {
    let spec = format!(
        r#"{HEAD}paths: {{}}
components:
  schemas:
    Collection:
      required: [items, meta]
      properties:
        items: {{type: array, items: {{type: object}}}}
        meta: {{type: object, additionalProperties: {{}}}}
        links: {{}}
    Ad:
      type: object
      properties:
        url: {{type: string}}
    AdCollection:
      allOf:
        - $ref: '#/components/schemas/Collection'
        - properties:
            items: {{type: array, items: {{$ref: '#/components/schemas/Ad'}}}}
            meta: {{type: object, additionalProperties: {{type: integer}}}}
            links: {{type: object}}
"#
    );
    let ir = ir("allof-narrows", &spec);
    let ty = |name: &str| fields(&ir, "AdCollection").iter().find(|f| f.name == name).map(|f| (f.ty.clone(), f.required));
    assert_eq!(ty("items"), Some((TypeRef::Array(Box::new(TypeRef::Named("Ad".into()))), true)));
    assert_eq!(ty("meta"), Some((TypeRef::Map(Box::new(TypeRef::Integer)), true)));
    // A free-form object narrows untyped JSON.
    assert_eq!(ty("links"), Some((TypeRef::JsonObject, false)));
}

/// `properties` apply to objects only, so beside `type: array` they
/// describe no value: the schema is the array its `items` give (a struct
/// would decode the array's items as its fields, in order), with a warning.
#[test]
fn properties_beside_type_array_leave_it_an_array() {
    let spec = format!(
        r#"{HEAD}paths: {{}}
components:
  schemas:
    Holder:
      type: object
      properties:
        options:
          type: array
          items: {{}}
          required: [id]
          properties:
            id: {{type: string}}
        counts:
          type: array
          items: {{type: integer}}
          properties:
            id: {{type: string}}
"#
    );
    let lowered = lower("array-properties", &spec).expect("lowers");
    let ty = |name: &str| fields(&lowered.ir, "Holder").iter().find(|f| f.name == name).map(|f| f.ty.clone());
    assert_eq!(ty("options"), Some(TypeRef::Array(Box::new(TypeRef::Json))));
    assert_eq!(ty("counts"), Some(TypeRef::Array(Box::new(TypeRef::Integer))));
    assert_eq!(lowered.ir.types.len(), 1, "no struct is made of the properties: {:?}", lowered.ir.types);
    let warned: Vec<(&str, &str)> = lowered.warnings.iter().map(|w| (w.pointer.as_str(), w.message.as_str())).collect();
    assert_eq!(warned.len(), 2, "{warned:?}");
    assert_eq!(warned[0].0, "/components/schemas/Holder/properties/counts");
    assert!(warned[1].1.starts_with("`properties`, `required` beside `type: array` apply to objects only"), "{warned:?}");
}

/// A 204 (or 205) carries no body (RFC 9110), so the JSON schema a spec
/// still gives one is a body that may be absent: `Option<T>`, `None` for
/// the empty body, where `T` alone would fail on every real response.
#[test]
fn a_bodiless_status_with_a_schema_is_an_optional_body() {
    let spec = format!(
        r#"{HEAD}paths:
  /users/remove:
    post:
      operationId: removeUser
      responses:
        '204':
          description: No content
          content:
            application/json:
              schema: {{$ref: '#/components/schemas/Ack'}}
  /users/add:
    post:
      operationId: addUser
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {{$ref: '#/components/schemas/Ack'}}
components:
  schemas:
    Ack:
      type: object
      required: [meta]
      properties:
        meta: {{type: string}}
"#
    );
    let ir = ir("bodiless", &spec);
    let response = |id: &str| ir.operations.iter().find(|o| o.operation_id == id).and_then(|o| o.response.clone());
    assert_eq!(response("removeUser"), Some(TypeRef::Nullable(Box::new(TypeRef::Named("Ack".into())))));
    assert_eq!(response("addUser"), Some(TypeRef::Named("Ack".into())));
}

/// An object that lists `required` keys but describes no `properties` is
/// a struct of those keys that keeps every other key: as a free-form
/// object its `required` was lost, and a case could leave the keys out.
#[test]
fn an_object_that_requires_keys_it_does_not_describe_keeps_them_and_the_rest() {
    let spec = format!(
        r#"{HEAD}paths: {{}}
components:
  schemas:
    Holder:
      type: object
      properties:
        settings: {{type: object, required: [allowsRemap]}}
        counts: {{type: object, required: [total], additionalProperties: {{type: integer}}}}
        closed: {{type: object, required: [id], additionalProperties: false}}
"#
    );
    let ir = ir("required-only-object", &spec);
    let shape = |name: &str| -> Vec<(String, TypeRef, bool)> {
        fields(&ir, name).iter().map(|f| (f.name.clone(), f.ty.clone(), f.required)).collect()
    };
    let json_map = TypeRef::Map(Box::new(TypeRef::Json));
    assert_eq!(
        shape("HolderSettings"),
        [("allowsRemap".to_owned(), TypeRef::Json, true), ("additional_properties".to_owned(), json_map, false)]
    );
    let int_map = TypeRef::Map(Box::new(TypeRef::Integer));
    assert_eq!(
        shape("HolderCounts"),
        [("total".to_owned(), TypeRef::Integer, true), ("additional_properties".to_owned(), int_map, false)]
    );
    assert_eq!(shape("HolderClosed"), [("id".to_owned(), TypeRef::Json, true)]);
}

/// Header parameters that frame the message (`Content-Length`, `Host`,
/// ...) are the HTTP client's to write from the request it sends: a
/// caller's `Content-Length` that disagreed with the body would break it.
/// They are no fields, with a warning; other headers stay, and so does a
/// required `Content-Length` of an operation without a body (the `0` a
/// resumable-upload protocol asks for, which no client sends by itself).
#[test]
fn framing_header_parameters_are_left_to_the_http_client() {
    let spec = format!(
        r#"{HEAD}paths:
  /files:
    post:
      operationId: uploadFile
      parameters:
        - {{name: Content-Length, in: header, schema: {{type: number}}}}
        - {{name: Transfer-Encoding, in: header, schema: {{type: string}}}}
        - {{name: x-digest, in: header, schema: {{type: string}}}}
      requestBody:
        content:
          application/octet-stream:
            schema: {{type: string, format: binary}}
      responses: {{'204': {{description: ok}}}}
  /uploads/{{id}}:
    delete:
      operationId: cancelUpload
      parameters:
        - {{name: id, in: path, required: true, schema: {{type: string}}}}
        - {{name: Content-Length, in: header, required: true, schema: {{type: number, example: 0}}}}
      responses: {{'204': {{description: ok}}}}
"#
    );
    let lowered = lower("framing-headers", &spec).expect("lowers");
    let cancel = lowered.ir.operations.iter().find(|o| o.operation_id == "cancelUpload").expect("cancelUpload");
    let kept = lowered.ir.types.iter().any(|t| {
        Some(&TypeRef::Named(t.name.clone())) == cancel.params.as_ref()
            && matches!(&t.kind, TypeKind::Struct { fields, .. } if fields.iter().any(|f| f.name == "Content-Length" && f.required))
    });
    assert!(kept, "the bodiless operation's required Content-Length stays: {:?}", cancel.params);
    let op = lowered.ir.operations.iter().find(|o| o.operation_id == "uploadFile").expect("uploadFile");
    let names: Vec<&str> = lowered
        .ir
        .types
        .iter()
        .filter(|t| Some(t.name.as_str()) == op.params.as_ref().and_then(|p| if let TypeRef::Named(n) = p { Some(n.as_str()) } else { None }))
        .flat_map(|t| match &t.kind {
            TypeKind::Struct { fields, .. } => fields.iter().map(|f| f.name.as_str()).collect::<Vec<_>>(),
            _ => Vec::new(),
        })
        .collect();
    assert!(names.contains(&"x-digest") && !names.contains(&"Content-Length") && !names.contains(&"Transfer-Encoding"), "{names:?}");
    let warned: Vec<&str> = lowered.warnings.iter().map(|w| w.pointer.as_str()).collect();
    assert_eq!(warned, ["/paths/~1files/post/parameters/0", "/paths/~1files/post/parameters/1"]);
}
