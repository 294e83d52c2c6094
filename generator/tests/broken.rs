//! More broken input for the binary (`clientgen ir --spec FILE`), beyond the
//! cases in `tests/cli.rs`: a refusal exits 1 (never 101), names the file and,
//! where there is one, the JSON pointer, and never panics; hostile shapes
//! (reference cycles, absurd nesting) end by themselves, with an error or a
//! success, never a hang or a stack overflow.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How long any one run may take before it counts as a hang.
const TIMEOUT: Duration = Duration::from_secs(60);

fn dir(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("broken").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write the spec");
    path
}

struct Run {
    /// `None` when the process was killed by a signal (e.g. SIGABRT after a stack overflow).
    code: Option<i32>,
    stderr: String,
    elapsed: Duration,
}

/// Runs `clientgen <args>`, failing the test if it does not exit by itself
/// within [`TIMEOUT`] (it is killed then).
fn run(args: &[&std::ffi::OsStr]) -> Run {
    let started = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_clientgen"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("clientgen starts");
    // Drain both pipes on threads so a large output cannot block the child.
    let mut stdout = child.stdout.take().expect("stdout");
    let mut stderr = child.stderr.take().expect("stderr");
    let out_thread = std::thread::spawn(move || {
        let mut sink = Vec::new();
        let _ = stdout.read_to_end(&mut sink);
    });
    let err_thread = std::thread::spawn(move || {
        let mut text = Vec::new();
        let _ = stderr.read_to_end(&mut text);
        String::from_utf8_lossy(&text).into_owned()
    });
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for clientgen") {
            break status;
        }
        if started.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("clientgen {args:?} did not finish within {TIMEOUT:?} (hang?); killed");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let _ = out_thread.join();
    let stderr = err_thread.join().unwrap_or_default();
    Run { code: status.code(), stderr, elapsed: started.elapsed() }
}

fn ir(spec: &Path) -> Run {
    run(&["ir".as_ref(), "--spec".as_ref(), spec.as_os_str()])
}

/// Why the process did not end on its own terms (exit 0 or 1, no panic, no
/// overflow), or `None` when it did.
fn unclean_exit(case: &str, r: &Run) -> Option<String> {
    let problem = match r.code {
        None => "was killed by a signal (a stack overflow aborts with SIGABRT)".to_owned(),
        Some(101) => "exited 101 (a panic)".to_owned(),
        Some(0 | 1) if r.stderr.contains("panicked") || r.stderr.contains("overflow") => "reported a panic or an overflow".to_owned(),
        Some(0 | 1) => return None,
        Some(code) => format!("exited {code}"),
    };
    Some(format!("{case}: clientgen {problem} after {:?}; stderr:\n{}", r.elapsed, r.stderr))
}

fn assert_clean_exit(case: &str, r: &Run) {
    if let Some(problem) = unclean_exit(case, r) {
        panic!("{problem}");
    }
}

/// A refusal: exit 1, the file named, every `needle` present, no panic.
fn assert_refused(case: &str, spec: &Path, r: &Run, needles: &[&str]) {
    assert_clean_exit(case, r);
    assert_eq!(r.code, Some(1), "{case}: expected a refusal (exit 1), got {:?}; stderr:\n{}", r.code, r.stderr);
    assert!(r.stderr.contains(&spec.display().to_string()), "{case}: the message names the file {}:\n{}", spec.display(), r.stderr);
    for needle in needles {
        assert!(r.stderr.contains(needle), "{case}: expected {needle:?} in:\n{}", r.stderr);
    }
}

const HEAD: &str = "openapi: 3.0.3\ninfo: {title: Broken, version: '1'}\n";

/// `GET /a` returning `#/components/schemas/A`, followed by `schemas` (YAML, indented 4).
fn spec_using_a(schemas: &str) -> String {
    format!(
        "{HEAD}paths:\n  /a:\n    get:\n      operationId: getA\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {{$ref: '#/components/schemas/A'}}\ncomponents:\n  schemas:\n{schemas}"
    )
}

#[test]
fn ref_cycle_without_indirection_ends_with_an_error_or_a_success() {
    let dir = dir("cycle");
    let cases = [
        ("used.yml", spec_using_a("    A: {$ref: '#/components/schemas/B'}\n    B: {$ref: '#/components/schemas/A'}\n")),
        (
            "unused.yml",
            format!("{HEAD}paths: {{}}\ncomponents:\n  schemas:\n    A: {{$ref: '#/components/schemas/B'}}\n    B: {{$ref: '#/components/schemas/A'}}\n"),
        ),
        ("self.yml", spec_using_a("    A: {$ref: '#/components/schemas/A'}\n")),
    ];
    let mut problems = Vec::new();
    for (name, text) in cases {
        let spec = write(&dir, name, &text);
        let r = ir(&spec);
        let case = format!("$ref cycle ({name})");
        if let Some(problem) = unclean_exit(&case, &r) {
            problems.push(problem);
        } else if r.code == Some(1) {
            if !r.stderr.contains(&spec.display().to_string()) {
                problems.push(format!("{case}: the message does not name the file:\n{}", r.stderr));
            }
            if !(r.stderr.contains("/components/schemas/A") || r.stderr.contains("/components/schemas/B")) {
                problems.push(format!("{case}: the message does not name the schema's pointer:\n{}", r.stderr));
            }
        } else {
            // Accepted: the rest of the pipeline must end cleanly too.
            let out = dir.join(format!("{name}-client"));
            let r = run(&["generate".as_ref(), "--crate-name".as_ref(), "cycle-client".as_ref(), "--spec".as_ref(), spec.as_os_str(), "--out".as_ref(), out.as_os_str()]);
            problems.extend(unclean_exit(&format!("{case} (generate)"), &r));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

#[test]
fn duplicate_operation_id_names_both_places() {
    let dir = dir("dup");
    let text = format!(
        "{HEAD}paths:\n  /a:\n    get:\n      operationId: getThing\n      responses: {{'200': {{description: ok}}}}\n  /b/{{id}}:\n    post:\n      operationId: getThing\n      parameters:\n        - {{name: id, in: path, required: true, schema: {{type: string}}}}\n      responses: {{'200': {{description: ok}}}}\n"
    );
    let spec = write(&dir, "dup.yml", &text);
    assert_refused("duplicate operationId", &spec, &ir(&spec), &["getThing", "/paths/~1a/get", "/paths/~1b~1{id}/post"]);
}

/// `depth` levels of `properties: {a: ...}` under `#/components/schemas/A`,
/// built without recursion.
fn deep_json(depth: usize) -> String {
    let mut s = String::with_capacity(depth * 48 + 512);
    s.push_str(r##"{"openapi": "3.0.3", "info": {"title": "Deep", "version": "1"}, "paths": {"/a": {"get": {"operationId": "getA", "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}}}}}}, "components": {"schemas": {"A": "##);
    for _ in 0..depth {
        s.push_str(r#"{"type": "object", "properties": {"a": "#);
    }
    s.push_str(r#"{"type": "string"}"#);
    for _ in 0..depth {
        s.push_str("}}");
    }
    s.push_str("}}}\n");
    s
}

fn deep_yaml(depth: usize) -> String {
    let mut schema = String::with_capacity(depth * 40);
    for _ in 0..depth {
        schema.push_str("{type: object, properties: {a: ");
    }
    schema.push_str("{type: string}");
    for _ in 0..depth {
        schema.push_str("}}");
    }
    spec_using_a(&format!("    A: {schema}\n"))
}

#[test]
fn ten_thousand_levels_of_nesting_end_by_themselves() {
    let dir = dir("deep");
    for (name, text) in [("deep.json", deep_json(10_000)), ("deep.yml", deep_yaml(10_000))] {
        let spec = write(&dir, name, &text);
        let r = ir(&spec);
        let case = format!("10,000 nested schemas ({name})");
        assert_clean_exit(&case, &r);
        if r.code == Some(1) {
            assert!(r.stderr.contains(&spec.display().to_string()), "{case}: names the file:\n{}", r.stderr);
        }
        println!("{case}: exit {:?} in {:?}: {}", r.code, r.elapsed, r.stderr.trim());
    }
}

#[test]
fn missing_external_ref_in_a_used_schema_is_refused() {
    let dir = dir("extref");
    let text = spec_using_a("    A:\n      type: object\n      properties:\n        b: {$ref: 'missing-file.yml#/components/schemas/B'}\n");
    let spec = write(&dir, "extref.yml", &text);
    assert_refused("missing external $ref", &spec, &ir(&spec), &["/components/schemas/A/properties/b", "missing-file.yml"]);
}

#[test]
fn openapi_4_is_refused() {
    let dir = dir("v4");
    let spec = write(&dir, "v4.yml", "openapi: 4.0.0\ninfo: {title: t, version: '1'}\npaths: {}\n");
    assert_refused("openapi 4.0.0", &spec, &ir(&spec), &["/openapi", "4.0.0"]);
}

#[test]
fn non_string_openapi_is_refused() {
    let dir = dir("nonstring");
    let cases = [
        ("float.yml", "openapi: 3.0\ninfo: {title: t, version: '1'}\npaths: {}\n"),
        ("number.json", r#"{"openapi": 3.1, "info": {"title": "t", "version": "1"}, "paths": {}}"#),
        ("list.yml", "openapi: [3, 0, 3]\ninfo: {title: t, version: '1'}\npaths: {}\n"),
        ("null.yml", "openapi:\ninfo: {title: t, version: '1'}\npaths: {}\n"),
    ];
    for (name, text) in cases {
        let spec = write(&dir, name, text);
        assert_refused(&format!("non-string openapi ({name})"), &spec, &ir(&spec), &["/openapi"]);
    }
}

#[test]
fn json_trailing_comma_is_a_syntax_error_with_a_line() {
    let dir = dir("trailing");
    // The trailing comma ends line 4; the parser notices at line 5.
    let spec = write(&dir, "trailing.json", "{\n  \"openapi\": \"3.0.3\",\n  \"info\": {\"title\": \"t\", \"version\": \"1\"},\n  \"paths\": {},\n}\n");
    let r = ir(&spec);
    assert_refused("JSON trailing comma", &spec, &r, &[]);
    let file = spec.display().to_string();
    assert!(
        r.stderr.contains(&format!("{file}:4")) || r.stderr.contains(&format!("{file}:5")),
        "the message gives the line (4 or 5) after the file name:\n{}",
        r.stderr
    );
}

#[test]
fn yaml_1_1_dates_in_examples_load() {
    let dir = dir("dates");
    let text = format!(
        "{HEAD}paths:\n  /a:\n    get:\n      operationId: getA\n      parameters:\n        - name: since\n          in: query\n          schema: {{type: string, format: date}}\n          example: 2024-01-02\n        - name: until\n          in: query\n          schema: {{type: string, format: date-time, example: 2024-01-02T03:04:05Z}}\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {{$ref: '#/components/schemas/A'}}\n              example: {{created: 2024-01-02T03:04:05Z, day: 2024-01-02}}\n              examples:\n                first:\n                  value: {{created: 2001-12-14t21:59:43.10-05:00, day: 2002-12-14}}\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties:\n        created: {{type: string, format: date-time, example: 2024-01-02T03:04:05Z}}\n        day: {{type: string, format: date, example: 2024-01-02, default: 2024-01-01}}\n        spaced: {{type: string, example: 2001-12-14 21:59:43.10 -5}}\n      example:\n        created: 2024-01-02 03:04:05\n        day: 2024-01-02\n"
    );
    let spec = write(&dir, "dates.yml", &text);
    let r = ir(&spec);
    assert_clean_exit("YAML 1.1 dates", &r);
    assert_eq!(r.code, Some(0), "unquoted dates in examples must load:\n{}", r.stderr);

    // And the whole pipeline (examples may feed generated docs) accepts them.
    let out = dir.join("client");
    let r = run(&["generate".as_ref(), "--crate-name".as_ref(), "dates-client".as_ref(), "--spec".as_ref(), spec.as_os_str(), "--out".as_ref(), out.as_os_str()]);
    assert_clean_exit("YAML 1.1 dates (generate)", &r);
    assert_eq!(r.code, Some(0), "generate with unquoted dates in examples:\n{}", r.stderr);
}

/// Not a spec problem but the same rule: a crate name that is not a valid
/// package name (here, the natural `corpus-<stem>` of `petstore-3.0.yaml`)
/// is refused with a message, not a panic.
#[test]
fn invalid_crate_name_is_refused_not_a_panic() {
    let dir = dir("crate-name");
    let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tiny.yml");
    let mut problems = Vec::new();
    for name in ["pets-3.0", "my client", "1pets"] {
        let out = dir.join("out");
        let r = run(&["generate".as_ref(), "--crate-name".as_ref(), name.as_ref(), "--spec".as_ref(), spec.as_os_str(), "--out".as_ref(), out.as_os_str()]);
        let case = format!("--crate-name {name:?}");
        if let Some(problem) = unclean_exit(&case, &r) {
            problems.push(problem);
        } else if r.code != Some(1) || !r.stderr.contains(name) {
            problems.push(format!("{case}: expected exit 1 with a message naming the crate name, got {:?}:\n{}", r.code, r.stderr));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}
