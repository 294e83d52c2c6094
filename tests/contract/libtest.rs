//! libtest's test-selection arguments for the `harness = false` test
//! targets (the Whop contract suite, the directory contract suite).

/// Honours libtest's selection arguments, as `cargo test <filter>` passes
/// them to every test target: a `harness = false` target that is one
/// test called `name`. `Some(why)` when that test is not selected.
pub fn filtered_out(args: &[String], name: &str) -> Option<String> {
    let mut filters = Vec::new();
    let mut skips = Vec::new();
    let mut exact = false;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--ignored" => return Some("only ignored tests were asked for".to_owned()),
            "--exact" => exact = true,
            "--skip" => skips.extend(args.next()),
            "--test-threads" | "--format" | "--color" | "--logfile" | "--shuffle-seed" | "-Z" => {
                args.next();
            }
            other if !other.starts_with('-') => filters.push(other),
            _ => {}
        }
    }
    let matches = |pattern: &str| {
        if exact {
            pattern == name
        } else {
            name.contains(pattern)
        }
    };
    if let Some(skip) = skips.iter().find(|s| name.contains(s.as_str())) {
        return Some(format!("skipped by --skip {skip}"));
    }
    if !filters.is_empty() && !filters.iter().any(|f| matches(f)) {
        return Some(format!("filtered out by {filters:?}"));
    }
    None
}

