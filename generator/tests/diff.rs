//! `clientgen diff`'s verdict on one spec pair per kind of change in the
//! semver policy (tests/support/semver_pairs.rs), and the mechanisms that
//! keep additive changes minor: kept inline names, shape-only derives and
//! field types.

mod support;

use std::path::PathBuf;

use clientgen::diff::{diff, verdict, Severity};
use clientgen::manifest::Manifest;
use support::semver_pairs::{base, changed, pairs};

fn write_spec(name: &str, spec: &serde_json::Value) -> PathBuf {
    let dir = support::tmp_dir().join("diff-pairs");
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let path = dir.join(format!("{name}.json"));
    std::fs::write(&path, serde_json::to_string_pretty(spec).unwrap_or_default()).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    path
}

/// The manifest of `spec`, generated as `clientgen generate` regenerates a
/// crate whose manifest is `kept`.
fn surface(name: &str, spec: &serde_json::Value, kept: Option<&Manifest>) -> Manifest {
    let mut generator = clientgen::Generator::new(write_spec(name, spec)).crate_name("pets").crate_version("1.0.0");
    if let Some(kept) = kept {
        generator = generator.keep_names_from(kept);
    }
    generator.generate().unwrap_or_else(|e| panic!("{name}: {e}")).manifest
}

fn slug(kind: &str) -> String {
    kind.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect()
}

#[test]
fn every_change_kind_gets_its_semver_class() {
    let old = surface("base", &base(), None);
    let mut wrong = Vec::new();
    for pair in pairs() {
        let new = surface(&slug(pair.kind), &changed(&pair), Some(&old));
        let changes = diff(&old, &new);
        let (top, _) = verdict(&changes);
        let named = pair.item.is_none_or(|item| changes.iter().any(|c| c.rust_item == item && Some(c.severity) == top));
        if top != pair.expected || !named {
            let listed: Vec<String> = changes.iter().map(|c| format!("    {} {} {}", c.severity.as_str(), c.rust_item, c.change)).collect();
            wrong.push(format!("{}: expected {:?} naming {:?}, got {top:?}:\n{}", pair.kind, pair.expected, pair.item, listed.join("\n")));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// A new place that shares an inline type would rename it (its name is the
/// shortest of its places'); the kept name of the crate being regenerated
/// holds it.
#[test]
fn kept_names_hold_a_shared_inline_type() {
    let old = surface("kept-base", &base(), None);
    let ox = pairs().into_iter().find(|p| p.kind.starts_with("a new place shares")).expect("the pair");
    let type_of_owner = |m: &Manifest| {
        let pet = m.types.iter().find(|t| t.name == "Pet").expect("Pet");
        pet.members.iter().find(|f| f.name == "owner").and_then(|f| f.ty.clone()).expect("Pet.owner")
    };
    assert_eq!(type_of_owner(&old), "Option<PetOwner>");
    let fresh = surface("kept-fresh", &changed(&ox), None);
    assert_eq!(type_of_owner(&fresh), "Option<OxOwner>", "without kept names the shorter place names the type");
    let kept = surface("kept-kept", &changed(&ox), Some(&old));
    assert_eq!(type_of_owner(&kept), "Option<PetOwner>");
    assert!(diff(&old, &kept).iter().all(|c| c.severity != Severity::Major));
}

/// A new type whose name collides with an existing one takes the `2`
/// suffix itself, even when it comes first in the document, and even when
/// it is a component named like an existing inline type.
#[test]
fn kept_names_give_the_suffix_to_the_newcomer() {
    let mut spec = base();
    // `Pet.owner_id` is named `PetOwnerId`.
    spec["components"]["schemas"]["Pet"]["properties"]["owner_id"] = serde_json::json!({"type": "object", "properties": {"a": {"type": "string"}}});
    let old = surface("suffix-base", &spec, None);
    // A new component `PetOwner`, first in the document, whose inline `id`
    // of another shape also wants `PetOwnerId`.
    let mut new = spec.clone();
    let schemas = new["components"]["schemas"].as_object_mut().expect("schemas");
    let mut reordered = serde_json::Map::new();
    reordered.insert(
        "PetOwner".into(),
        serde_json::json!({"type": "object", "properties": {"id": {"type": "object", "properties": {"b": {"type": "integer"}}}}}),
    );
    reordered.extend(std::mem::take(schemas));
    new["components"]["schemas"] = serde_json::Value::Object(reordered);
    let field_type = |m: &Manifest, ty: &str, field: &str| {
        let t = m.types.iter().find(|t| t.name == ty).unwrap_or_else(|| panic!("no {ty}"));
        t.members.iter().find(|f| f.name == field).and_then(|f| f.ty.clone()).unwrap_or_else(|| panic!("no {ty}.{field}"))
    };
    assert_eq!(field_type(&old, "Pet", "owner_id"), "Option<PetOwnerId>");
    let fresh = surface("suffix-fresh", &new, None);
    assert_eq!(field_type(&fresh, "Pet", "owner_id"), "Option<PetOwnerId2>", "in claim order the newcomer takes the name");
    let kept = surface("suffix-kept", &new, Some(&old));
    assert_eq!(field_type(&kept, "Pet", "owner_id"), "Option<PetOwnerId>");
    // `PetOwner` is the kept name of the inline `Pet.owner`: the new component is `PetOwner2`.
    assert_eq!(field_type(&kept, "Pet", "owner"), "Option<PetOwner>");
    assert_eq!(field_type(&kept, "PetOwner2", "id"), "Option<PetOwner2Id>");
    let majors: Vec<_> = diff(&old, &kept).into_iter().filter(|c| c.severity == Severity::Major).collect();
    assert!(majors.is_empty(), "{majors:?}");
}

/// One place can hold two types: a component response's inline schema is
/// lowered once per operation name that uses it. Regenerating over an
/// unchanged spec gives each its own name back, not both the last one's.
#[test]
fn kept_names_of_types_that_share_a_place_are_idempotent() {
    let stats = serde_json::json!({"$ref": "#/components/responses/stats"});
    let spec = serde_json::json!({
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/me/stats": {"get": {"operationId": "me.getStats", "responses": {"200": stats}}},
            "/users/{id}/stats": {"get": {
                "operationId": "users.getStats",
                "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                "responses": {"200": stats}
            }}
        },
        "components": {"responses": {"stats": {"description": "ok", "content": {"application/json": {
            "schema": {"type": "object", "properties": {"count": {"type": "integer"}}}
        }}}}}
    });
    let names = |m: &Manifest| -> Vec<String> {
        m.types.iter().filter(|t| t.pointer.starts_with("/components/responses/stats")).map(|t| t.name.clone()).collect()
    };
    let old = surface("shared-place", &spec, None);
    assert_eq!(names(&old), ["MeGetStatsResponse", "UsersGetStatsResponse"]);
    let again = surface("shared-place-again", &spec, Some(&old));
    assert_eq!(names(&again), names(&old));
    assert!(diff(&old, &again).is_empty(), "{:?}", diff(&old, &again));
}

/// The text form ends in the summary line, the JSON form is an array of
/// `{severity, change, rust_item, pointer}`, the changelog groups by class.
#[test]
fn reports_render_as_text_json_and_changelog() {
    let old = surface("render-base", &base(), None);
    let mut spec = base();
    spec["components"]["schemas"]["Pet"]["properties"]["weight"] = serde_json::json!({"type": "number"});
    spec["components"]["schemas"]["Status"]["enum"] = serde_json::json!(["available"]);
    let changes = diff(&old, &surface("render-new", &spec, Some(&old)));
    let text = clientgen::diff::to_text(&changes);
    assert_eq!(text.lines().last(), Some("semver: major (1 major, 1 minor, 0 patch)"), "{text}");
    assert!(text.contains("major  types::Status::Sold  variant removed  (/components/schemas/Status)"), "{text}");
    let json: serde_json::Value = serde_json::from_str(&clientgen::diff::to_json(&changes)).expect("JSON");
    assert_eq!(
        json[0],
        serde_json::json!({"severity": "minor", "change": "field added", "rust_item": "types::Pet::weight", "pointer": "/components/schemas/Pet/properties/weight"})
    );
    let changelog = clientgen::diff::to_changelog(&changes);
    assert!(changelog.starts_with("## [Unreleased]\n\n### Breaking changes (major)\n\n- `types::Status::Sold`: variant removed\n"), "{changelog}");
    assert!(changelog.contains("### Added (minor)\n\n- `types::Pet::weight`: field added\n"), "{changelog}");
}
