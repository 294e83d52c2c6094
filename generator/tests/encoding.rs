//! Query parameters and form bodies beyond flat scalars
//! (`tests/fixtures/encoding.yml`): object, map, union and list query
//! parameters in every style, urlencoded bodies with nested objects, lists
//! of objects and maps, on POST and DELETE, and an empty GET body.
//!
//! The generated crate must compile warning-free, and its params must
//! encode to the exact pairs and body the runtime's rules give (a test file
//! written into the generated crate and run there).

mod support;

use std::path::{Path, PathBuf};

use support::{cargo_in, first_error_lines, prepare_crate_dir, rustc_warning_count, shared_target_dir, tmp_dir};

const CRATE_NAME: &str = "encoding-client";

fn spec() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/encoding.yml")
}

fn generate() -> clientgen::GeneratedCrate {
    clientgen::Generator::new(spec()).crate_name(CRATE_NAME).generate().unwrap_or_else(|e| panic!("encoding.yml generates: {e}"))
}

/// Runs inside the generated crate: builds params and compares what the
/// generated `ToQuery`/`ToForm` impls write with the exact expected pairs.
const WIRE_TEST: &str = r#"
use encoding_client::types::*;
use encoding_client::{FormWriter, QueryWriter, ToForm, ToQuery};

fn pairs(p: &impl ToQuery) -> Vec<(String, String)> {
    let mut q = QueryWriter::new();
    p.write_query(&mut q);
    assert_eq!(q.error(), None);
    let mut pairs = q.into_pairs();
    // Object entries come out in serde_json map order (sorted, or declared
    // with `preserve_order`); compare as sets of pairs in a fixed order.
    pairs.sort();
    pairs
}

fn owned(v: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = v.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
    v.sort();
    v
}

#[test]
fn query_parameters_follow_their_style() {
    let mut p = SearchParams::new(serde_json::Map::from_iter([("k".to_owned(), serde_json::json!({"x": [1, 2]}))]));
    p.color = Some(Color::new(100, 200));
    p.color_flat = Some(Color::new(1, 2));
    p.filter = Some([("order_id".to_owned(), "6735".to_owned())].into());
    p.created = Some(SearchCreated::Object(SearchCreatedObject::new().gte(1)));
    p.ids = Some(SearchIds::Array(vec!["a".into(), "b".into()]));
    p.mode = Some(SearchMode::String(SearchModeString::Fast));
    p.expand = Some(vec!["customer".into(), "invoice".into()]);
    p.tags = Some(vec!["x".into(), "y".into()]);
    p.words = Some(vec!["a".into(), "b".into()]);
    p.pipes = Some(vec![1, 2]);
    p.limit = Some(3);
    let got = pairs(&p);
    let flat = got.iter().find(|(n, _)| n == "color_flat").map(|(_, v)| v.as_str());
    assert!(matches!(flat, Some("R,1,G,2") | Some("G,2,R,1")), "{flat:?}");
    let rest: Vec<(String, String)> = got.into_iter().filter(|(n, _)| n != "color_flat").collect();
    assert_eq!(
        rest,
        owned(&[
            ("R", "100"),
            ("G", "200"),
            ("filter[order_id]", "6735"),
            ("created[gte]", "1"),
            ("ids", "a"),
            ("ids", "b"),
            ("mode", "fast"),
            ("expand[]", "customer"),
            ("expand[]", "invoice"),
            ("tags", "x,y"),
            ("words", "a b"),
            ("pipes", "1|2"),
            ("required_map[k][x][]", "1"),
            ("required_map[k][x][]", "2"),
            ("limit", "3"),
        ])
    );
    let mut scalar = SearchParams::new(Default::default());
    scalar.created = Some(SearchCreated::Integer(1700000000));
    scalar.ids = Some(SearchIds::String("only".into()));
    assert_eq!(pairs(&scalar), owned(&[("created", "1700000000"), ("ids", "only")]));
}

#[test]
fn form_bodies_nest_with_brackets() {
    let mut p = CreateOrderParams::new("cus_1");
    let mut item = Item::new("price_1");
    item.quantity = Some(2);
    item.tax_rates = Some(vec!["txr_1".into()]);
    p.items = Some(vec![item, Item::new("price_2")]);
    p.metadata = Some([("order_id".to_owned(), "6735".to_owned())].into());
    p.shipping = Some(CreateOrderShipping::new().address(CreateOrderShippingAddress::new().city("Paris")).name("J D"));
    p.expand = Some(vec!["customer".into()]);
    p.tags = Some(vec!["a".into(), "b".into()]);
    p.discount = Some(CreateOrderDiscount::String(CreateOrderDiscountString::Empty));
    let mut w = FormWriter::new();
    p.write_form(&mut w);
    assert_eq!(w.error(), None);
    let (body, content_type) = w.into_urlencoded();
    assert_eq!(content_type, "application/x-www-form-urlencoded");
    assert_eq!(
        String::from_utf8_lossy(&body),
        "customer=cus_1\
         &items%5B0%5D%5Bprice%5D=price_1&items%5B0%5D%5Bquantity%5D=2&items%5B0%5D%5Btax_rates%5D%5B%5D=txr_1\
         &items%5B1%5D%5Bprice%5D=price_2\
         &metadata%5Border_id%5D=6735\
         &shipping%5Baddress%5D%5Bcity%5D=Paris&shipping%5Bname%5D=J%20D\
         &expand%5B%5D=customer\
         &tags=a&tags=b\
         &discount="
    );

    let mut flat = CreateOrderParams::new("c");
    flat.flat = Some(Color::new(1, 2));
    let mut w = FormWriter::new();
    flat.write_form(&mut w);
    let (body, _) = w.into_urlencoded();
    let body = String::from_utf8_lossy(&body).into_owned();
    assert!(body == "customer=c&R=1&G=2" || body == "customer=c&G=2&R=1", "{body}");

    let mut delete = DeleteOrderParams::new();
    delete.reason = Some(DeleteOrderReason::new().code("dup").notes(vec!["n1".to_owned(), "n2".to_owned()]));
    let mut w = FormWriter::new();
    delete.write_form(&mut w);
    let (body, _) = w.into_urlencoded();
    assert_eq!(String::from_utf8_lossy(&body), "reason%5Bcode%5D=dup&reason%5Bnotes%5D%5B%5D=n1&reason%5Bnotes%5D%5B%5D=n2");
}
"#;

#[test]
fn encoding_crate_compiles_warning_free_and_encodes_exactly() {
    let krate = generate();
    assert!(krate.warnings.is_empty(), "unexpected warnings: {:#?}", krate.warnings);
    let types = &krate.files["src/types.rs"];
    for needle in [
        r#"q.serialized("filter", &self.filter, crate::runtime::Style::DeepObject);"#,
        r#"q.serialized("created", &self.created, crate::runtime::Style::DeepObject);"#,
        r#"q.form("ids", &self.ids);"#,
        r#"w.serialized("items", &self.items, crate::runtime::Style::Nested);"#,
        r#"w.field("tags", &self.tags);"#,
    ] {
        assert!(types.contains(needle), "src/types.rs lacks {needle}");
    }

    let dir = tmp_dir().join("encoding").join(CRATE_NAME);
    prepare_crate_dir(&krate, &dir);
    let target = shared_target_dir();
    let check = cargo_in(&dir, &target, &["check", "--quiet"]);
    assert!(check.success, "the encoding crate at {} does not compile:\n{}", dir.display(), first_error_lines(&check.stderr, 40));
    assert_eq!(rustc_warning_count(&check.stderr), 0, "warnings:\n{}", check.stderr);

    std::fs::write(dir.join("tests/wire.rs"), WIRE_TEST).expect("write tests/wire.rs");
    let test = cargo_in(&dir, &target, &["test", "--quiet", "--test", "wire"]);
    assert!(test.success, "tests/wire.rs fails in {}:\n{}\n{}", dir.display(), test.stdout, first_error_lines(&test.stderr, 60));
}
