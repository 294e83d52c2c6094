//! The Whop client generated at build time by `build.rs` through the
//! `clientgen` library: the way a downstream crate uses the generator.
//! The checked-in `generated-client/` is the same code as separate files.

include!(concat!(env!("OUT_DIR"), "/whop_client.rs"));
