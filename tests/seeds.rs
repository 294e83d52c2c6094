//! The seeds' JSON examples (the Lead and Affiliate pages the project
//! started from) decode into the generated types, re-encode to equal JSON,
//! and the fields have the types a hand-written client would give them.

mod common;

use whop_client::types::{Affiliate, AffiliateUser, Lead, LeadUser, Status};

/// Decodes `json` as `T` and asserts that re-encoding gives the same JSON.
fn round_trip<T: serde::de::DeserializeOwned + serde::Serialize>(json: &serde_json::Value) -> T {
    let decoded: T = serde_json::from_value(json.clone()).expect("the seed example decodes");
    let encoded = serde_json::to_value(&decoded).expect("re-encodes");
    assert_eq!(&encoded, json, "re-encoded JSON differs from the seed");
    decoded
}

#[test]
fn lead_seed_round_trips_with_typed_fields() {
    let json = common::json_after(&common::seed("000_"), "console.log(lead.id);");
    let lead: Lead = round_trip(&json);
    // Field types, checked by the compiler: a timestamp, a struct, not JSON values.
    let created_at: chrono::DateTime<chrono::Utc> = lead.created_at;
    let user: LeadUser = lead.user;
    let product = lead.product.expect("the seed has a product");
    assert_eq!(created_at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true), "2023-12-01T05:00:00.401Z");
    assert_eq!(user.username, "johndoe42");
    assert_eq!(user.email.as_deref(), Some("john.doe@example.com"));
    assert_eq!(product.title, "Pickaxe Analytics");
    assert_eq!(lead.referrer.as_deref(), Some("https://twitter.com/whabormarket"));
    assert_eq!(lead.metadata, Some(serde_json::Map::new()));
}

#[test]
fn affiliate_seed_round_trips_with_typed_fields() {
    let json = common::json_after(&common::seed("004_"), "console.log(affiliate.id);");
    let affiliate: Affiliate = round_trip(&json);
    let status: Status = affiliate.status.clone().expect("the seed has a status");
    let user: AffiliateUser = affiliate.user;
    let count: i64 = affiliate.total_referrals_count;
    assert_eq!(status, Status::Active);
    assert_eq!(status.as_str(), "active");
    assert_eq!(user.name.as_deref(), Some("Jane Smith"));
    assert_eq!(count, 42);
    assert_eq!(affiliate.created_at.timestamp_millis(), 1_701_406_800_401);
}
