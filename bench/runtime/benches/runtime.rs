//! Runtime overhead of the generated Whop client (`whop-client`) over a bare
//! `reqwest` call, against a local HTTP/1.1 responder on loopback.
//!
//! - `retrieve` (one small `Lead`): `client.leads().retrieve(id).send()` vs
//!   `reqwest::Client::get` + `bytes()` + `serde_json::from_slice::<Lead>`.
//! - `list` (a 100-item `ListLeadResponse`, ~60 kB):
//!   `client.leads().list(params).send()` vs the same bare call decoding into
//!   `ListLeadResponse`.
//! - `decode`: `serde_json::from_slice::<ListLeadResponse>` of that body
//!   alone (no HTTP): the hand-written floor of the decoding part.
//!
//! The variants run interleaved in rounds (one batch of each per round) and
//! each row reports the median over rounds of the mean time per call.
//!
//! ```sh
//! CARGO_TARGET_DIR=/tmp/bench-target cargo bench --manifest-path bench/runtime/Cargo.toml
//! ```
//!
//! `RUNTIME_VARIANT=<bare_retrieve|client_retrieve|bare_list|client_list|decode>`
//! runs only that variant, `RUNTIME_CALLS` times (default 200), after the
//! warm-up: for `valgrind --tool=callgrind` (see `bench/runtime.sh`), which
//! takes the difference of two call counts to get instructions per call
//! (client and loopback server together; the server's share is the same for
//! both sides of a comparison).

use std::hint::black_box;
use std::net::SocketAddr;
use std::time::Instant;

use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use whop_client::types::{Lead, ListLeadParams, ListLeadResponse};

/// One lead as the Whop API returns it (`Lead` / `LeadListItem` shape), with
/// the nullable fields varied.
fn lead(i: usize) -> Value {
    json!({
        "id": format!("lead_{i:014}"),
        "created_at": format!("2025-0{}-1{}T08:{:02}:{:02}.000Z", 1 + i % 9, i % 10, i % 60, (i * 7) % 60),
        "updated_at": format!("2025-10-2{}T17:{:02}:00Z", i % 10, (i * 3) % 60),
        "referrer": if i.is_multiple_of(3) { Value::Null } else { json!(format!("https://www.example.com/blog/post-{i}?utm_source=newsletter")) },
        "metadata": if i.is_multiple_of(4) { Value::Null } else { json!({"utm_source": "newsletter", "utm_campaign": format!("spring-{}", i % 5), "score": i % 100}) },
        "user": {
            "id": format!("user_{i:014}"),
            "email": if i.is_multiple_of(5) { Value::Null } else { json!(format!("person{i}@example.com")) },
            "name": if i.is_multiple_of(7) { Value::Null } else { json!(format!("Person Number {i}")) },
            "username": format!("person{i}"),
        },
        "product": if i.is_multiple_of(2) { Value::Null } else { json!({"id": format!("prod_{i:014}"), "title": format!("Premium membership tier {}", i % 4)}) },
        "member": if i.is_multiple_of(6) { json!({"id": format!("mber_{i:014}")}) } else { Value::Null },
    })
}

fn list_body(n: usize) -> Vec<u8> {
    let data: Vec<Value> = (0..n).map(lead).collect();
    serde_json::to_vec(&json!({
        "data": data,
        "page_info": {"end_cursor": "MTAw", "start_cursor": "MQ", "has_next_page": true, "has_previous_page": false},
    }))
    .unwrap()
}

fn response(body: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nx-request-id: req_1\r\n\r\n",
        body.len()
    )
    .into_bytes();
    r.extend_from_slice(body);
    r
}

/// A keep-alive HTTP/1.1 responder for bodiless GETs on its own thread:
/// `/leads?...` gets the list, anything else the single lead.
fn start_server(single: Vec<u8>, list: Vec<u8>) -> SocketAddr {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let addr = listener.local_addr().unwrap();
    let single: &'static [u8] = Box::leak(response(&single).into_boxed_slice());
    let list: &'static [u8] = Box::leak(response(&list).into_boxed_slice());
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        rt.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).unwrap();
            loop {
                let (mut sock, _) = listener.accept().await.unwrap();
                sock.set_nodelay(true).unwrap();
                tokio::spawn(async move {
                    let mut buf = Vec::with_capacity(4096);
                    let mut chunk = [0u8; 4096];
                    loop {
                        while let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                            let is_list = buf.starts_with(b"GET /leads?");
                            buf.drain(..end + 4);
                            if sock.write_all(if is_list { list } else { single }).await.is_err() {
                                return;
                            }
                        }
                        match sock.read(&mut chunk).await {
                            Ok(0) | Err(_) => return,
                            Ok(n) => buf.extend_from_slice(&chunk[..n]),
                        }
                    }
                });
            }
        });
    });
    addr
}

struct Ctx {
    base: String,
    bare: reqwest::Client,
    client: whop_client::Client,
    list_body: Vec<u8>,
}

async fn bare_get<T: serde::de::DeserializeOwned>(ctx: &Ctx, url: &str) -> T {
    let resp = ctx
        .bare
        .get(url)
        .bearer_auth("sk_test")
        .header("accept", "application/json")
        .send()
        .await
        .unwrap();
    assert!(resp.status().is_success());
    let bytes = resp.bytes().await.unwrap();
    serde_json::from_slice(&bytes).unwrap()
}

#[inline(never)]
async fn bench_bare_retrieve(ctx: &Ctx, n: usize) {
    let url = format!("{}/leads/lead_00000000000001", ctx.base);
    for _ in 0..n {
        black_box(bare_get::<Lead>(ctx, &url).await);
    }
}

#[inline(never)]
async fn bench_client_retrieve(ctx: &Ctx, n: usize) {
    for _ in 0..n {
        black_box(ctx.client.leads().retrieve("lead_00000000000001").send().await.unwrap());
    }
}

#[inline(never)]
async fn bench_bare_list(ctx: &Ctx, n: usize) {
    let url = format!("{}/leads?company_id=biz_xxxxxxxxxxxxxx", ctx.base);
    for _ in 0..n {
        let page: ListLeadResponse = bare_get(ctx, &url).await;
        assert_eq!(page.data.len(), 100);
        black_box(page);
    }
}

#[inline(never)]
async fn bench_client_list(ctx: &Ctx, n: usize) {
    for _ in 0..n {
        let page = ctx.client.leads().list(ListLeadParams::new("biz_xxxxxxxxxxxxxx")).send().await.unwrap();
        assert_eq!(page.data.len(), 100);
        black_box(page);
    }
}

#[inline(never)]
fn bench_decode(ctx: &Ctx, n: usize) {
    for _ in 0..n {
        let page: ListLeadResponse = serde_json::from_slice(black_box(&ctx.list_body)).unwrap();
        black_box(page);
    }
}

fn median(xs: &[f64]) -> f64 {
    let mut v = xs.to_vec();
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

fn main() {
    let env = |k: &str, d: usize| std::env::var(k).ok().and_then(|v| v.parse().ok()).unwrap_or(d);
    let list_body = list_body(100);
    let single = serde_json::to_vec(&lead(1)).unwrap();
    // The bodies are valid for the generated types.
    let _: Lead = serde_json::from_slice(&single).unwrap();
    let _: ListLeadResponse = serde_json::from_slice(&list_body).unwrap();
    let addr = start_server(single.clone(), list_body.clone());
    let base = format!("http://{addr}");
    let client = whop_client::Client::builder().api_key("sk_test").base_url(&base).build().unwrap();
    let ctx = Ctx { base, bare: reqwest::Client::new(), client, list_body };

    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    // Warm-up: connections established, allocator and lazy statics warm.
    rt.block_on(async {
        bench_bare_retrieve(&ctx, 50).await;
        bench_client_retrieve(&ctx, 50).await;
        bench_bare_list(&ctx, 20).await;
        bench_client_list(&ctx, 20).await;
    });
    bench_decode(&ctx, 20);

    if let Ok(variant) = std::env::var("RUNTIME_VARIANT") {
        let n = env("RUNTIME_CALLS", 200);
        match variant.as_str() {
            "bare_retrieve" => rt.block_on(bench_bare_retrieve(&ctx, n)),
            "client_retrieve" => rt.block_on(bench_client_retrieve(&ctx, n)),
            "bare_list" => rt.block_on(bench_bare_list(&ctx, n)),
            "client_list" => rt.block_on(bench_client_list(&ctx, n)),
            "decode" => bench_decode(&ctx, n),
            other => panic!("unknown RUNTIME_VARIANT {other}"),
        }
        println!("ran {variant} {n} times");
        return;
    }

    let rounds = env("RUNTIME_ROUNDS", 15);
    let small_n = env("RUNTIME_SMALL_CALLS", 2000);
    let list_n = env("RUNTIME_LIST_CALLS", 300);
    let mut rows: Vec<(&str, Vec<f64>)> = ["bare_retrieve", "client_retrieve", "bare_list", "client_list", "decode"]
        .into_iter()
        .map(|n| (n, Vec::new()))
        .collect();
    let us = |start: Instant, n: usize| start.elapsed().as_secs_f64() * 1e6 / n as f64;
    for _ in 0..rounds {
        rt.block_on(async {
            let t = Instant::now();
            bench_bare_retrieve(&ctx, small_n).await;
            rows[0].1.push(us(t, small_n));
            let t = Instant::now();
            bench_client_retrieve(&ctx, small_n).await;
            rows[1].1.push(us(t, small_n));
            let t = Instant::now();
            bench_bare_list(&ctx, list_n).await;
            rows[2].1.push(us(t, list_n));
            let t = Instant::now();
            bench_client_list(&ctx, list_n).await;
            rows[3].1.push(us(t, list_n));
        });
        let t = Instant::now();
        bench_decode(&ctx, list_n);
        rows[4].1.push(us(t, list_n));
    }
    let m: Vec<f64> = rows.iter().map(|(_, v)| median(v)).collect();
    println!(
        "whop-client runtime overhead on loopback, {rounds} rounds × {small_n} retrieve / {list_n} list calls; µs per call, median over rounds (min)\n"
    );
    println!("| case | bare reqwest + serde_json µs | generated client µs | overhead µs | overhead % |");
    println!("|---|---:|---:|---:|---:|");
    let min = |v: &Vec<f64>| v.iter().copied().fold(f64::INFINITY, f64::min);
    for (label, b, c) in [("retrieve one `Lead` (GET /leads/{id})", 0, 1), ("list 100 leads (`ListLeadResponse`)", 2, 3)] {
        println!(
            "| {label} | {:.1} ({:.1}) | {:.1} ({:.1}) | {:+.1} | {:+.1} % |",
            m[b],
            min(&rows[b].1),
            m[c],
            min(&rows[c].1),
            m[c] - m[b],
            (m[c] - m[b]) / m[b] * 100.0
        );
    }
    println!(
        "\ndecode only, `serde_json::from_slice::<ListLeadResponse>` of the {} byte body: {:.1} µs ({:.1}); the client decodes with the same call on success",
        ctx.list_body.len(),
        m[4],
        min(&rows[4].1)
    );
}
