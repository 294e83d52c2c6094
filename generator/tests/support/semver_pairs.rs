//! Spec pairs, one per kind of change in the semver policy (ARCHITECTURE.md,
//! "Semver"), each with the class `clientgen diff` must give it. Shared by
//! `tests/diff.rs` (our verdict, in CI) and `tests/semver_agreement.rs`
//! (cargo-semver-checks' verdict on the same generated crates).

use clientgen::diff::Severity;
use serde_json::{json, Value};

/// A tiny pet store: a tagged resource with list/create/get/delete, a
/// string enum, an untagged union, an inline object, a nullable optional
/// field, a component chain that can become a cycle, and a typed webhook.
pub const BASE: &str = r#"
openapi: 3.1.0
info: {title: Pets, version: 1.0.0}
servers: [{url: 'https://pets.test'}]
security: [{bearer: []}]
paths:
  /pets:
    get:
      operationId: listPets
      tags: [Pets]
      parameters: [{name: limit, in: query, schema: {type: integer}}]
      responses: {'200': {description: ok, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}}}}}
    post:
      operationId: createPet
      tags: [Pets]
      requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/CreatePet'}}}}
      responses: {'201': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}}
  /pets/{id}:
    get:
      operationId: getPet
      tags: [Pets]
      description: Gets one pet.
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}}
    delete:
      operationId: deletePet
      tags: [Pets]
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses: {'204': {description: gone}}
  /search:
    get:
      operationId: search
      tags: [Pets]
      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Found'}}}}}
webhooks:
  pet.created:
    post:
      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/PetCreated'}}}}
      responses: {'200': {description: ok}}
components:
  securitySchemes:
    bearer: {type: http, scheme: bearer}
  schemas:
    Pet:
      type: object
      description: A pet.
      required: [id, name]
      properties:
        id: {type: string}
        name: {type: string, description: The name.}
        age: {type: integer}
        nickname: {type: [string, 'null']}
        status: {$ref: '#/components/schemas/Status'}
        owner: {type: object, properties: {id: {type: string}}}
        friend: {$ref: '#/components/schemas/Friend'}
    Friend:
      type: object
      properties:
        name: {type: string}
    Status: {type: string, enum: [available, sold]}
    CreatePet:
      type: object
      required: [name]
      properties:
        name: {type: string}
        tag: {type: string}
    Found:
      oneOf: [{$ref: '#/components/schemas/Pet'}, {$ref: '#/components/schemas/Status'}, {$ref: '#/components/schemas/CreatePet'}]
    PetCreated:
      type: object
      required: [type, pet]
      properties:
        type: {type: string, const: pet.created}
        pet: {$ref: '#/components/schemas/Pet'}
"#;

/// One spec change and the class our diff must give it.
pub struct Pair {
    /// What the change is, e.g. `new response field`.
    pub kind: &'static str,
    /// The class `clientgen diff` gives it; `None` for no change at all.
    pub expected: Option<Severity>,
    /// A Rust item the diff names for it (`None` for no change at all).
    pub item: Option<&'static str>,
    /// Turns the base spec into the new one.
    pub change: fn(&mut Value),
}

/// The base spec as JSON.
pub fn base() -> Value {
    serde_yaml::from_str(BASE).expect("the base spec is YAML")
}

/// `base()` changed by `pair`.
pub fn changed(pair: &Pair) -> Value {
    let mut spec = base();
    (pair.change)(&mut spec);
    spec
}

fn schema<'a>(spec: &'a mut Value, name: &str) -> &'a mut Value {
    &mut spec["components"]["schemas"][name]
}

fn props<'a>(spec: &'a mut Value, name: &str) -> &'a mut serde_json::Map<String, Value> {
    schema(spec, name)["properties"].as_object_mut().expect("an object schema")
}

fn push(list: &mut Value, item: Value) {
    list.as_array_mut().expect("a list").push(item);
}

fn remove(list: &mut Value, item: &str) {
    list.as_array_mut().expect("a list").retain(|v| v != item);
}

fn ok(schema: Value) -> Value {
    json!({"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}})
}

/// Every pair, minor and patch kinds first.
pub fn pairs() -> Vec<Pair> {
    use Severity::{Major, Minor, Patch};
    vec![
        Pair { kind: "nothing changes", expected: None, item: None, change: |_| {} },
        Pair {
            kind: "docs only",
            expected: Some(Patch),
            item: Some("Pets::get"),
            change: |s| s["paths"]["/pets/{id}"]["get"]["description"] = json!("Gets one pet by its id."),
        },
        Pair {
            kind: "new operation (a new resource)",
            expected: Some(Minor),
            item: Some("Stores::list"),
            change: |s| {
                s["paths"]["/stores"] =
                    json!({"get": {"operationId": "listStores", "tags": ["Stores"], "responses": ok(json!({"type": "array", "items": {"type": "string"}}))}})
            },
        },
        Pair {
            kind: "new optional parameter",
            expected: Some(Minor),
            item: Some("types::ListPetsParams::offset"),
            change: |s| push(&mut s["paths"]["/pets"]["get"]["parameters"], json!({"name": "offset", "in": "query", "schema": {"type": "integer"}})),
        },
        Pair {
            kind: "new optional body field",
            expected: Some(Minor),
            item: Some("types::CreatePet::color"),
            change: |s| {
                props(s, "CreatePet").insert("color".into(), json!({"type": "string"}));
            },
        },
        Pair {
            kind: "new response field",
            expected: Some(Minor),
            item: Some("types::Pet::weight"),
            change: |s| {
                props(s, "Pet").insert("weight".into(), json!({"type": "number"}));
            },
        },
        Pair {
            kind: "new enum value",
            expected: Some(Minor),
            item: Some("types::Status::Pending"),
            change: |s| push(&mut schema(s, "Status")["enum"], json!("pending")),
        },
        Pair {
            kind: "new union variant",
            expected: Some(Minor),
            item: Some("types::Found::Friend"),
            change: |s| push(&mut schema(s, "Found")["oneOf"], json!({"$ref": "#/components/schemas/Friend"})),
        },
        Pair {
            kind: "new webhook event",
            expected: Some(Minor),
            item: Some("types::WebhookPayload::PetSold"),
            change: |s| {
                s["webhooks"]["pet.sold"] = json!({"post": {
                    "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/PetSold"}}}},
                    "responses": {"200": {"description": "ok"}}}});
                s["components"]["schemas"]["PetSold"] = json!({"type": "object", "required": ["type"], "properties": {
                    "type": {"type": "string", "const": "pet.sold"}, "price": {"type": "integer"}}});
            },
        },
        Pair {
            kind: "a new operation sends a response type",
            expected: Some(Minor),
            item: Some("Pets::replace"),
            change: |s| {
                s["paths"]["/pets/{id}"]["put"] = json!({"operationId": "replacePet", "tags": ["Pets"],
                    "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                    "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}},
                    "responses": ok(json!({"$ref": "#/components/schemas/Pet"}))});
            },
        },
        Pair {
            kind: "a new place shares an inline type under a shorter name",
            expected: Some(Minor),
            item: Some("types::Ox"),
            change: |s| {
                s["components"]["schemas"]["Ox"] = json!({"type": "object", "properties": {"owner": {"type": "object", "properties": {"id": {"type": "string"}}}}});
            },
        },
        Pair {
            kind: "removed operation",
            expected: Some(Major),
            item: Some("Pets::delete"),
            change: |s| {
                s["paths"]["/pets/{id}"].as_object_mut().expect("a path item").remove("delete");
            },
        },
        Pair {
            kind: "removed response field",
            expected: Some(Major),
            item: Some("types::Pet::age"),
            change: |s| {
                props(s, "Pet").remove("age");
            },
        },
        Pair {
            kind: "removed enum value",
            expected: Some(Major),
            item: Some("types::Status::Sold"),
            change: |s| remove(&mut schema(s, "Status")["enum"], "sold"),
        },
        Pair {
            kind: "removed union variant",
            expected: Some(Major),
            item: Some("types::Found::CreatePet"),
            change: |s| {
                schema(s, "Found")["oneOf"].as_array_mut().expect("a list").pop();
            },
        },
        Pair {
            kind: "removed type",
            expected: Some(Major),
            item: Some("types::Friend"),
            change: |s| {
                props(s, "Pet").remove("friend");
                s["components"]["schemas"].as_object_mut().expect("schemas").remove("Friend");
            },
        },
        Pair {
            kind: "optional response field becomes required",
            expected: Some(Major),
            item: Some("types::Pet::age"),
            change: |s| push(&mut schema(s, "Pet")["required"], json!("age")),
        },
        Pair {
            kind: "new required body field",
            expected: Some(Major),
            item: Some("types::CreatePet::new"),
            change: |s| {
                props(s, "CreatePet").insert("species".into(), json!({"type": "string"}));
                push(&mut schema(s, "CreatePet")["required"], json!("species"));
            },
        },
        Pair {
            kind: "optional body field becomes required",
            expected: Some(Major),
            item: Some("types::CreatePet::new"),
            change: |s| push(&mut schema(s, "CreatePet")["required"], json!("tag")),
        },
        Pair {
            kind: "required body field becomes optional",
            expected: Some(Major),
            item: Some("types::CreatePet::new"),
            change: |s| schema(s, "CreatePet")["required"] = json!([]),
        },
        Pair {
            kind: "new required parameter",
            expected: Some(Major),
            item: Some("types::ListPetsParams::new"),
            change: |s| {
                push(&mut s["paths"]["/pets"]["get"]["parameters"], json!({"name": "owner", "in": "query", "required": true, "schema": {"type": "string"}}))
            },
        },
        Pair {
            kind: "changed field type",
            expected: Some(Major),
            item: Some("types::Pet::age"),
            change: |s| props(s, "Pet")["age"] = json!({"type": "string"}),
        },
        Pair {
            kind: "renamed type",
            expected: Some(Major),
            item: Some("types::Friend"),
            change: |s| {
                let schemas = s["components"]["schemas"].as_object_mut().expect("schemas");
                let friend = schemas.remove("Friend").expect("Friend");
                schemas.insert("Buddy".into(), friend);
                props(s, "Pet")["friend"] = json!({"$ref": "#/components/schemas/Buddy"});
            },
        },
        Pair {
            kind: "changed path",
            expected: Some(Major),
            item: Some("Pets::get"),
            change: |s| {
                let paths = s["paths"].as_object_mut().expect("paths");
                let mut item = paths.remove("/pets/{id}").expect("the path");
                let get = item["get"].take();
                paths.insert("/pets/{id}".into(), json!({"delete": item["delete"].take()}));
                paths.insert("/animals/{id}".into(), json!({"get": get}));
            },
        },
        Pair {
            kind: "changed wire name only",
            expected: Some(Major),
            item: Some("types::CreatePet::tag"),
            change: |s| {
                let tag = props(s, "CreatePet").remove("tag").expect("tag");
                props(s, "CreatePet").insert("Tag".into(), tag);
            },
        },
        Pair {
            kind: "a new cycle boxes a field",
            expected: Some(Major),
            item: Some("types::Pet::friend"),
            change: |s| {
                props(s, "Friend").insert("best".into(), json!({"$ref": "#/components/schemas/Pet"}));
            },
        },
    ]
}
