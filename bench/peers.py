#!/usr/bin/env python3
"""Ours, progenitor and openapi-generator on the directory compile sample: one table.

    bench/peers.py [--sample N] [--generators ours,progenitor,openapi-generator] [--batch N]

The sample is the one `generator/tests/directory.rs` compiles: the N
(default 150) APIs.guru specs with the smallest SHA-1 of their id, never
hand-picked. Every generator gets every spec of it, as the directory ships
it (OpenAPI 3 JSON); a spec a generator refuses, crashes on or takes longer
than --gen-timeout for counts as failed for it, and so does a crate that
does not `cargo check`.

Per spec and generator: generation wall time and peak RSS (`/usr/bin/time`,
one run, the whole command: JVM start-up included for openapi-generator),
lines of Rust under `src/`, and whether the crate checks. Crates are checked
per generator in batches (one cargo workspace each, `--keep-going`,
`CARGO_INCREMENTAL=0`, dependencies built in the same run), and the
crate-only check time of each crate is its unit's duration in cargo's
`--timings` report (two rustc processes share the two cores, so a duration
is close to one core's time).

Results are cached per generator identity (ours: commit, as
bench/directory.py keys it; a peer: its version) and spec id under
$CARGO_TARGET_DIR/peers/, so an interrupted run resumes and a commit of ours
reuses the peers' rows. Expected duration on the 2-core machine, cold:
about 55 min for 150 specs (openapi-generator's generation about 10 min of
it, its crates' checks about 20); ours alone about 8 min.

Peers are installed into bench/.tools by bench/install_peers.sh.
"""

import argparse
import collections
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import directory  # noqa: E402  (bench/directory.py: the sample's spec ids and crate names)

ROOT = directory.ROOT
API = directory.API
TOOLS = os.path.join(ROOT, "bench", ".tools")
GENERATORS = ("ours", "progenitor", "openapi-generator")
COLUMNS = ("generator", "spec", "outcome", "gen_s", "rss_kb", "lines", "check_s", "detail")


def sample(n):
    """The first `n` spec ids by the SHA-1 of the id (tests/support/directory.rs's `by_sha1`)."""
    import hashlib

    return sorted(directory.spec_ids(), key=lambda i: hashlib.sha1(i.encode()).hexdigest())[:n]


def install(generator, logs):
    if generator == "ours":
        subprocess.run(["cargo", "build", "--release", "--quiet", "-p", "clientgen"], cwd=ROOT, check=True)
        return True
    log = os.path.join(logs, f"install-{generator}.log")
    return subprocess.run([os.path.join(ROOT, "bench", "install_peers.sh"), generator, log]).returncode == 0


def identity(generator, target_root):
    """What a cached row depends on: our commit, or the peer's version."""
    if generator == "ours":
        return "ours-" + directory.cache_key()
    if generator == "progenitor":
        out = directory.run(["cargo", "install", "--list", "--root", TOOLS]).stdout
        m = re.search(r"^cargo-progenitor v(\S+):", out, re.M)
        return f"progenitor-{m.group(1) if m else 'unknown'}"
    out = directory.run([os.path.join(TOOLS, "venv", "bin", "openapi-generator-cli"), "version"]).stdout.strip()
    return f"openapi-generator-{out.splitlines()[-1] if out else 'unknown'}"


def command(generator, spec, out, name, target_root):
    if generator == "ours":
        return [os.path.join(target_root, "release", "clientgen"), "generate", "--spec", spec, "--out", out, "--crate-name", name]
    if generator == "progenitor":
        return [os.path.join(TOOLS, "bin", "cargo-progenitor"), "progenitor", "-i", spec, "-o", out, "-n", name, "-v", "0.1.0"]
    return [os.path.join(TOOLS, "venv", "bin", "openapi-generator-cli"), "generate", "-i", spec, "-g", "rust", "-o", out,
            f"--additional-properties=packageName={name}"]


def last_error(text):
    """The most telling line of a failed generation's output."""
    lines = [re.sub(r"\x1b\[[0-9;]*m", "", l).strip() for l in text.splitlines()]
    for l in lines:
        if re.search(r"^(error|Error)|Exception|ERROR|panicked|[Rr]efus|unsupported|not supported", l):
            return l[:200]
    rest = [l for l in lines if l]
    return rest[-1][:200] if rest else "no output"


def generate(generator, spec_id, out, name, target_root, timeout, logs):
    """Runs one generation; returns (outcome, seconds, peak RSS kB, detail)."""
    timing = os.path.join(logs, "time.txt")
    cmd = ["/usr/bin/time", "-f", "%e %M", "-o", timing] + command(generator, os.path.join(API, spec_id), out, name, target_root)
    started = time.monotonic()
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, start_new_session=True)
    except subprocess.TimeoutExpired:
        return "timed out", time.monotonic() - started, 0, f"generation still running after {timeout} s"
    took = time.monotonic() - started
    rss = 0
    try:
        rss = int(open(timing).read().split()[-1])
    except (OSError, ValueError, IndexError):
        pass
    if p.returncode != 0 or not os.path.isfile(os.path.join(out, "Cargo.toml")):
        return "refused", took, rss, last_error(p.stderr + "\n" + p.stdout)
    return "generated", took, rss, ""


def rust_lines(crate):
    total = 0
    for dirpath, _, files in os.walk(os.path.join(crate, "src")):
        for f in files:
            if f.endswith(".rs"):
                with open(os.path.join(dirpath, f), "rb") as fh:
                    total += fh.read().count(b"\n")
    return total


def package_name(crate):
    with open(os.path.join(crate, "Cargo.toml")) as f:
        m = re.search(r'^name\s*=\s*"([^"]+)"', f.read(), re.M)
    return m.group(1) if m else os.path.basename(crate)


def as_member(crate):
    """A generated crate that declares its own `[workspace]` cannot be a member: drop the empty table."""
    path = os.path.join(crate, "Cargo.toml")
    with open(path) as f:
        text = f.read()
    stripped = re.sub(r"^\[workspace\]\s*(?=\n\[|\Z)", "", text, flags=re.M)
    if stripped != text:
        with open(path, "w") as f:
            f.write(stripped)


def unit_durations(target, names):
    """Package name → duration in s of its unit (generated crates have one,
    their library), from cargo's last `--timings` report."""
    report = os.path.join(target, "cargo-timings", "cargo-timing.html")
    try:
        html = open(report).read()
    except OSError:
        return {}
    start = html.find("UNIT_DATA = ")
    if start < 0:
        return {}
    units, _ = json.JSONDecoder().raw_decode(html, start + len("UNIT_DATA = "))
    durations = {}
    for u in units:
        if u.get("name") in names:
            durations[u["name"]] = max(durations.get(u["name"], 0.0), float(u.get("duration", 0.0)))
    return durations


def manifest_error(crate):
    """Why cargo cannot load a crate's Cargo.toml (one bad member would fail the whole workspace), or ""."""
    p = subprocess.run(["cargo", "metadata", "--no-deps", "--format-version", "1", "--offline", "--manifest-path",
                        os.path.join(crate, "Cargo.toml")], capture_output=True, text=True)
    if p.returncode == 0:
        return ""
    lines = [l.strip() for l in p.stderr.splitlines() if l.strip()]
    return "invalid Cargo.toml: " + " ".join(lines[:1] + lines[2:3])[:180]


def check_batch(batch_dir, crates, target, logs, lock):
    """`cargo check`s the generated crates as one workspace, resolved from
    `lock` when given; returns {dir: (ok, check s, detail)}."""
    members = "".join(f'  "{c}",\n' for c in crates)
    with open(os.path.join(batch_dir, "Cargo.toml"), "w") as f:
        f.write(f'[workspace]\nresolver = "2"\nmembers = [\n{members}]\n')
    if lock:
        shutil.copy(lock, os.path.join(batch_dir, "Cargo.lock"))
    names = {package_name(os.path.join(batch_dir, c)): c for c in crates}
    env = {**os.environ, "CARGO_TARGET_DIR": target, "CARGO_INCREMENTAL": "0"}
    if subprocess.run(["cargo", "fetch", "--offline"], cwd=batch_dir, capture_output=True, env=env).returncode != 0:
        subprocess.run(["cargo", "fetch"], cwd=batch_dir, capture_output=True, env=env)
    p = subprocess.run(["cargo", "check", "--workspace", "--keep-going", "--timings", "--message-format=json"], cwd=batch_dir,
                       env=env, capture_output=True, text=True)
    with open(os.path.join(logs, "check.stderr"), "a") as f:
        f.write(p.stderr)
    compiled, errors = set(), collections.defaultdict(list)
    for line in p.stdout.splitlines():
        try:
            msg = json.loads(line)
        except ValueError:
            continue
        crate = os.path.basename(os.path.dirname(msg.get("manifest_path", "")))
        if crate not in crates:
            continue
        if msg.get("reason") == "compiler-artifact" and "lib" in msg.get("target", {}).get("kind", []):
            compiled.add(crate)
        elif msg.get("reason") == "compiler-message" and msg.get("message", {}).get("level") == "error":
            errors[crate].append(msg["message"].get("message", ""))
    durations = unit_durations(target, names)
    if not compiled and not errors and p.returncode != 0:
        why = " | ".join(p.stderr.strip().splitlines()[-3:])
        for c in crates:
            errors[c].append(f"cargo failed before compiling: {why}")
    result = {}
    for name, crate in names.items():
        took = durations.get(name, 0.0)
        if crate in compiled:
            result[crate] = (True, took, "")
        else:
            first = errors[crate][0] if errors[crate] else "did not compile (no error message)"
            result[crate] = (False, took, f"{len(errors[crate])} errors; {first}"[:200])
    directory.forget_crates(target)
    return result


def load_rows(path):
    rows = {}
    if os.path.exists(path):
        for line in open(path):
            cols = line.rstrip("\n").split("\t")
            if len(cols) == len(COLUMNS):
                rows[cols[1]] = dict(zip(COLUMNS, cols))
    return rows


def run_generator(generator, ids, args, target_root, work):
    logs = os.path.join(work, "logs")
    os.makedirs(logs, exist_ok=True)
    if not install(generator, logs):
        return None, {i: {"outcome": "not installed"} for i in ids}
    key = identity(generator, target_root)
    cache = os.path.join(work, key)
    os.makedirs(cache, exist_ok=True)
    path = os.path.join(cache, "results.tsv")
    rows = load_rows(path)
    todo = [i for i in ids if i not in rows]
    print(f"[peers] {key}: {len(ids)} specs, {len(rows)} cached, {len(todo)} to do", file=sys.stderr)
    target = os.path.join(work, f"target-{generator}")
    # Ours resolves as the workspace does (its runtime is tested against those versions).
    lock = os.path.join(ROOT, "Cargo.lock") if generator == "ours" else None
    with open(path, "a") as out:
        for start in range(0, len(todo), args.batch):
            batch = todo[start : start + args.batch]
            batch_dir = os.path.join(work, "batch")
            shutil.rmtree(batch_dir, ignore_errors=True)
            os.makedirs(batch_dir)
            generated, batch_rows = {}, {}
            for spec_id in batch:
                crate = directory.crate_name(spec_id)
                n = 2
                while os.path.exists(os.path.join(batch_dir, crate)):
                    crate, n = f"{directory.crate_name(spec_id)}-{n}", n + 1
                outcome, took, rss, detail = generate(generator, spec_id, os.path.join(batch_dir, crate), crate, target_root, args.gen_timeout, logs)
                row = {"generator": generator, "spec": spec_id, "outcome": outcome, "gen_s": f"{took:.3f}", "rss_kb": str(rss),
                       "lines": "0", "check_s": "0", "detail": detail}
                if outcome == "generated":
                    as_member(os.path.join(batch_dir, crate))
                    row["lines"] = str(rust_lines(os.path.join(batch_dir, crate)))
                    invalid = manifest_error(os.path.join(batch_dir, crate))
                    if invalid:
                        row.update(outcome="failed to compile", detail=invalid)
                        shutil.rmtree(os.path.join(batch_dir, crate))
                    else:
                        generated[crate] = spec_id
                batch_rows[spec_id] = row
            if generated:
                for crate, (ok, took, detail) in check_batch(batch_dir, list(generated), target, logs, lock).items():
                    row = batch_rows[generated[crate]]
                    row.update(outcome="compiled" if ok else "failed to compile", check_s=f"{took:.2f}", detail=detail)
            for spec_id in batch:
                row = batch_rows[spec_id]
                row["detail"] = row["detail"].replace("\t", " ").replace("\n", " ")
                out.write("\t".join(row[c] for c in COLUMNS) + "\n")
                rows[spec_id] = row
            out.flush()
            shutil.rmtree(batch_dir, ignore_errors=True)
            print(f"[peers] {key}: {len(rows)} of {len(ids)} done", file=sys.stderr)
    return key, rows


def quantile(xs, q):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))] if xs else 0.0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sample", type=int, default=150, help="specs, smallest SHA-1 of the id first (default 150: the CI compile sample)")
    ap.add_argument("--generators", default=",".join(GENERATORS), help="comma-separated subset of " + ",".join(GENERATORS))
    ap.add_argument("--batch", type=int, default=50, help="crates per cargo workspace (default 50)")
    ap.add_argument("--gen-timeout", type=int, default=120, help="s before a generation counts as failed (default 120)")
    args = ap.parse_args()
    generators = [g for g in args.generators.split(",") if g]
    unknown = [g for g in generators if g not in GENERATORS]
    if unknown:
        sys.exit(f"unknown generator(s): {', '.join(unknown)}")
    target_root = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    work = os.path.join(target_root, "peers")
    ids = sample(args.sample)
    load_start = open("/proc/loadavg").read().split()[:3]
    started = time.monotonic()
    results = {}
    for g in generators:
        results[g] = run_generator(g, ids, args, target_root, work)
    minutes = (time.monotonic() - started) / 60

    print(f"### The directory compile sample, three generators (`bench/peers.py --sample {args.sample}`)\n")
    print(f"{len(ids)} specs (smallest SHA-1 of the id); {os.cpu_count()} cores; load average {' '.join(load_start)} at start; "
          f"{minutes:.0f} min for what was not cached. Generators: "
          + ", ".join(f"`{results[g][0] or g + ' (not installed)'}`" for g in generators) + ".\n")
    print("| generator | generated | compiled | refused, crashed or timed out | failed to compile | generation s per spec: median / p90 / total | "
          "peak RSS MB: median / max | crate-only check s per compiled crate: median / total | lines of Rust per compiled crate (median) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for g in generators:
        rows = [results[g][1].get(i, {"outcome": "missing"}) for i in ids]
        c = collections.Counter(r["outcome"] for r in rows)
        ran = [r for r in rows if "gen_s" in r]
        gen = [float(r["gen_s"]) for r in ran]
        rss = [int(r["rss_kb"]) / 1024 for r in ran if r["rss_kb"] != "0"]
        ok = [r for r in rows if r["outcome"] == "compiled"]
        check = [float(r["check_s"]) for r in ok]
        lines = [int(r["lines"]) for r in ok]
        generated = c["compiled"] + c["failed to compile"]
        print(f"| {g} | {generated} | {c['compiled']} ({100 * c['compiled'] / max(len(ids), 1):.1f} %) | {c['refused'] + c['timed out']} | "
              f"{c['failed to compile']} | {statistics.median(gen) if gen else 0:.2f} / {quantile(gen, 0.9):.2f} / {sum(gen):.1f} | "
              f"{statistics.median(rss) if rss else 0:.0f} / {max(rss, default=0):.0f} | "
              f"{statistics.median(check) if check else 0:.2f} / {sum(check):.1f} | {int(statistics.median(lines)) if lines else 0} |")
    if "ours" in generators and len(generators) > 1:
        ours = results["ours"][1]
        print("\nOn the specs both generators compiled (ratios ours ÷ peer, summed over those specs; generation: how many times faster we are):\n")
        print("| peer | specs both compiled | ours × faster generation | ours/peer peak RSS (median) | ours/peer crate-only check | ours/peer lines |")
        print("|---|---:|---:|---:|---:|---:|")
        for g in generators:
            if g == "ours":
                continue
            peer = results[g][1]
            both = [i for i in ids if ours.get(i, {}).get("outcome") == "compiled" and peer.get(i, {}).get("outcome") == "compiled"]
            s = lambda rows, col: sum(float(rows[i][col]) for i in both)  # noqa: E731
            med = lambda rows: statistics.median([int(rows[i]["rss_kb"]) for i in both]) if both else 0  # noqa: E731
            ratio = lambda a, b: f"{a / b:.2f}" if b else "n/a"  # noqa: E731
            print(f"| {g} | {len(both)} | {ratio(s(peer, 'gen_s'), s(ours, 'gen_s'))}× | {ratio(med(ours), med(peer))} | "
                  f"{ratio(s(ours, 'check_s'), s(peer, 'check_s'))} | {ratio(s(ours, 'lines'), s(peer, 'lines'))} |")
        print("\nOur lines include the runtime, copied into each crate's `src/runtime/`; progenitor's crates depend on "
              "`progenitor-client` instead, openapi-generator's carry a small `apis/configuration.rs`.")
    failures = collections.Counter()
    examples = {}
    for g in generators:
        for i in ids:
            r = results[g][1].get(i, {})
            if r.get("outcome") not in ("compiled", None):
                cls = f"{g}: {r['outcome']}: {directory.error_class(r.get('detail', ''))[:90]}"
                failures[cls] += 1
                examples.setdefault(cls, i)
    if failures:
        print("\n| generator: failure class | specs | e.g. |\n|---|---:|---|")
        for cls, n in failures.most_common(30):
            print(f"| {cls.replace('|', '/')} | {n} | `{examples[cls]}` |")


if __name__ == "__main__":
    main()
