//! Decoding and re-encoding through generated types, inside a generated
//! crate: a tiny spec whose schemas use the shapes serde must carry
//! exactly (`additionalProperties` beside `properties`, an `allOf` that
//! refers back to itself, nullable array items and map values, a union of
//! an object and an array), and a test written into that crate that decodes
//! JSON and compares what it encodes back, and builds a sent value with
//! `new` and its setters.

mod support;

use support::{cargo_in, first_error_lines, prepare_crate_dir, rustc_warning_count, shared_target_dir, tmp_dir};

const CRATE_NAME: &str = "roundtrip-client";

const SPEC: &str = r#"
openapi: 3.0.3
info: {title: roundtrip, version: '1'}
paths:
  /labels:
    get:
      operationId: getLabels
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Labels'}
    post:
      operationId: putLabels
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Labels'}
      responses:
        '204': {description: ok}
  /filters:
    get:
      operationId: getFilter
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Filter'}
  /series:
    get:
      operationId: getSeries
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Series'}
  /created:
    get:
      operationId: getCreated
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Created'}
components:
  schemas:
    Labels:
      type: object
      required: [name]
      properties:
        name: {type: string}
        note: {type: string, nullable: true}
        parent: {$ref: '#/components/schemas/Base'}
      additionalProperties: {type: integer}
    Base:
      type: object
      properties:
        key: {type: string}
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
                    negated: {type: boolean}
    Series:
      type: object
      properties:
        points: {type: array, items: {type: number, nullable: true}}
        labels: {type: array, items: {nullable: true, allOf: [{$ref: '#/components/schemas/Base'}]}}
        totals: {type: object, additionalProperties: {type: integer, nullable: true}}
        open: {type: object, properties: {id: {type: string}}, additionalProperties: true}
    Created:
      oneOf:
        - {type: object, properties: {id: {type: string}}}
        - {type: array, items: {$ref: '#/components/schemas/Base'}}
"#;

const TEST: &str = r#"
use roundtrip_client::types::*;
use serde_json::json;

#[test]
fn extra_keys_are_kept_and_sent_back() {
    let wire = json!({"name": "n", "red": 1, "blue": 2});
    let labels: Labels = serde_json::from_value(wire.clone()).unwrap();
    assert_eq!(labels.name, "n");
    assert_eq!(labels.additional_properties.get("red"), Some(&1));
    assert_eq!(labels.additional_properties.get("blue"), Some(&2));
    let none: Labels = serde_json::from_value(json!({"name": "m"})).unwrap();
    assert!(none.additional_properties.is_empty());
    assert_eq!(serde_json::to_value(&none).unwrap(), json!({"name": "m"}));
    assert_eq!(serde_json::to_value(&labels).unwrap(), wire);
    assert!(serde_json::from_value::<Labels>(json!({"name": "n", "red": "not an integer"})).is_err());
}

#[test]
fn sent_values_are_built_with_new_and_setters() {
    let extra = std::collections::BTreeMap::from([("red".to_owned(), 1)]);
    let base = serde_json::from_value::<Base>(json!({"key": "k"})).unwrap();
    let labels = Labels::new("n").note("a note").parent(base).additional_properties(extra);
    assert_eq!(serde_json::to_value(&labels).unwrap(), json!({"name": "n", "note": "a note", "parent": {"key": "k"}, "red": 1}));
    let cleared = Labels::new("n").note_null();
    assert_eq!(serde_json::to_value(&cleared).unwrap(), json!({"name": "n", "note": null}));
    assert_eq!(serde_json::to_value(Labels::new("n")).unwrap(), json!({"name": "n"}));
}

#[test]
fn nullable_items_and_map_values_keep_their_nulls() {
    let wire = json!({
        "points": [1.5, null, 2.0],
        "labels": [{"key": "a"}, null],
        "totals": {"a": 1, "b": null},
        "open": {"id": "x", "extra": [1, {"deep": null}]}
    });
    let series: Series = serde_json::from_value(wire.clone()).unwrap();
    let points: &Vec<Option<f64>> = series.points.as_ref().unwrap();
    assert_eq!(points, &vec![Some(1.5), None, Some(2.0)]);
    let labels: &Vec<Option<Base>> = series.labels.as_ref().unwrap();
    assert_eq!(labels[0].as_ref().and_then(|b| b.key.as_deref()), Some("a"));
    assert!(labels[1].is_none());
    let totals: &std::collections::BTreeMap<String, Option<i64>> = series.totals.as_ref().unwrap();
    assert_eq!(totals.get("b"), Some(&None));
    let open = series.open.as_ref().unwrap();
    assert_eq!(open.additional_properties.get("extra"), Some(&json!([1, {"deep": null}])));
    assert_eq!(serde_json::to_value(&series).unwrap(), wire);
}

#[test]
fn an_array_is_not_taken_for_a_struct_of_nones() {
    // A derived struct decodes from an array too, so the array variant is tried first.
    let empty: Created = serde_json::from_value(json!([])).unwrap();
    assert_eq!(empty, Created::Array(Vec::new()));
    assert_eq!(serde_json::to_value(&empty).unwrap(), json!([]));
    let items: Created = serde_json::from_value(json!([{"key": "a"}])).unwrap();
    assert!(matches!(&items, Created::Array(list) if list.len() == 1));
    let object: Created = serde_json::from_value(json!({"id": "x"})).unwrap();
    assert!(matches!(&object, Created::Object(o) if o.id.as_deref() == Some("x")));
    assert_eq!(serde_json::to_value(&object).unwrap(), json!({"id": "x"}));
}

#[test]
fn a_self_referring_all_of_nests() {
    let wire = json!({"key": "a", "not": {"key": "b", "not": {"key": "c"}, "negated": true}});
    let filter: Filter = serde_json::from_value(wire.clone()).unwrap();
    assert_eq!(serde_json::to_value(&filter).unwrap(), wire);
}
"#;

#[test]
fn generated_types_round_trip_extra_properties_nullable_items_and_self_referring_all_of() {
    let dir = tmp_dir().join("roundtrip");
    std::fs::create_dir_all(&dir).expect("scratch dir");
    let spec = dir.join("roundtrip.yml");
    std::fs::write(&spec, SPEC).expect("write the spec");
    let krate = clientgen::Generator::new(&spec).crate_name(CRATE_NAME).generate().unwrap_or_else(|e| panic!("generates: {e}"));
    assert!(krate.warnings.is_empty(), "unexpected warnings: {:#?}", krate.warnings);

    let crate_dir = dir.join(CRATE_NAME);
    prepare_crate_dir(&krate, &crate_dir);
    std::fs::write(crate_dir.join("tests/roundtrip.rs"), TEST).expect("write tests/roundtrip.rs");
    let test = cargo_in(&crate_dir, &shared_target_dir(), &["test", "--quiet", "--test", "roundtrip"]);
    assert!(test.success, "tests/roundtrip.rs fails in {}:\n{}\n{}", crate_dir.display(), test.stdout, first_error_lines(&test.stderr, 60));
    assert_eq!(rustc_warning_count(&test.stderr), 0, "warnings:\n{}", test.stderr);
}
