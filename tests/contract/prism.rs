//! Installing and running Prism (`@stoplight/prism-cli`, pinned in
//! `tests/contract/package.json`).
//!
//! Each [`Prism`] runs in its own process group and is killed (the whole
//! group, with SIGKILL) when the guard is dropped: at the end of the run, on
//! an early return, and while unwinding from a panic. Should the harness die
//! without unwinding (a signal, `abort`), the kernel kills Prism too
//! (`PR_SET_PDEATHSIG`), so no mock server outlives the run.

use std::fs::File;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// How long Prism may take to load the spec and start listening.
pub const STARTUP_DEADLINE: Duration = Duration::from_secs(90);

/// `tests/contract/`, holding `package.json` and `node_modules/`.
pub fn contract_dir(root: &Path) -> PathBuf {
    root.join("tests/contract")
}

fn prism_bin(root: &Path) -> PathBuf {
    contract_dir(root).join("node_modules/.bin/prism")
}

/// Runs `npm ci` in `tests/contract` unless Prism is already installed.
pub fn ensure_installed(root: &Path) -> Result<(), String> {
    if prism_bin(root).exists() {
        return Ok(());
    }
    let dir = contract_dir(root);
    let output = Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund"])
        .current_dir(&dir)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                format!(
                    "Prism is not installed ({} is missing) and `npm` is not on PATH: \
                     install Node.js 20 with npm, or run `npm ci` in {}",
                    prism_bin(root).display(),
                    dir.display()
                )
            } else {
                format!("could not run `npm ci` in {}: {e}", dir.display())
            }
        })?;
    if !output.status.success() {
        return Err(format!(
            "`npm ci` failed in {} ({}):\n{}{}",
            dir.display(),
            output.status,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    if !prism_bin(root).exists() {
        return Err(format!(
            "`npm ci` succeeded in {} but {} is still missing",
            dir.display(),
            prism_bin(root).display()
        ));
    }
    Ok(())
}

/// A running Prism mock server; killed on drop.
pub struct Prism {
    pub name: &'static str,
    pub addr: SocketAddr,
    child: Child,
    stdout_log: PathBuf,
    stderr_log: PathBuf,
}

impl Prism {
    /// Starts `prism mock` on a free port (`--dynamic` when `dynamic`), with
    /// its stdout and stderr in `<log_dir>/prism-<name>.{stdout,stderr}.log`.
    /// Does not wait for it: see [`Prism::wait_ready`].
    pub fn spawn(
        root: &Path,
        spec: &Path,
        name: &'static str,
        dynamic: bool,
        log_dir: &Path,
    ) -> Result<Prism, String> {
        let port = free_port()?;
        let stdout_log = log_dir.join(format!("prism-{name}.stdout.log"));
        let stderr_log = log_dir.join(format!("prism-{name}.stderr.log"));
        let create = |path: &Path| {
            File::create(path).map_err(|e| format!("cannot create {}: {e}", path.display()))
        };
        let mut command = Command::new(prism_bin(root));
        command
            .args(["mock", "-h", "127.0.0.1", "-p", &port.to_string()])
            .args(dynamic.then_some("--dynamic"))
            .arg(spec)
            .current_dir(contract_dir(root))
            .stdin(Stdio::null())
            .stdout(create(&stdout_log)?)
            .stderr(create(&stderr_log)?)
            .process_group(0);
        let parent = std::process::id();
        // SAFETY: the closure runs in the forked child before exec and only
        // calls the async-signal-safe functions prctl(2) and getppid(2).
        unsafe {
            command.pre_exec(move || {
                // Die with the harness even if it cannot run its destructors.
                if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
                // The harness may have died before prctl took effect.
                if libc::getppid() as u32 != parent {
                    return Err(std::io::Error::other("the contract harness exited"));
                }
                Ok(())
            });
        }
        let child = command
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", prism_bin(root).display()))?;
        Ok(Prism {
            name,
            addr: SocketAddr::from(([127, 0, 0, 1], port)),
            child,
            stdout_log,
            stderr_log,
        })
    }

    /// Waits until Prism answers HTTP, or fails after `deadline` or when it
    /// exits first (with the end of its logs).
    pub fn wait_ready(&mut self, deadline: Instant) -> Result<(), String> {
        loop {
            match self.child.try_wait() {
                Ok(Some(status)) => {
                    return Err(format!(
                        "Prism ({}) exited before answering ({status}); its log ends with:\n{}",
                        self.name,
                        self.log_tail()
                    ))
                }
                Ok(None) => {}
                Err(e) => return Err(format!("cannot check Prism ({}): {e}", self.name)),
            }
            if answers_http(self.addr) {
                return Ok(());
            }
            if Instant::now() >= deadline {
                return Err(format!(
                    "Prism ({}) did not answer on {} within {} s; its log ends with:\n{}",
                    self.name,
                    self.addr,
                    STARTUP_DEADLINE.as_secs(),
                    self.log_tail()
                ));
            }
            std::thread::sleep(Duration::from_millis(250));
        }
    }

    fn log_tail(&self) -> String {
        let mut text = String::new();
        for path in [&self.stdout_log, &self.stderr_log] {
            let content = std::fs::read_to_string(path).unwrap_or_default();
            let lines: Vec<&str> = content.lines().collect();
            let tail = lines[lines.len().saturating_sub(20)..].join("\n");
            text.push_str(&format!("--- {}\n{tail}\n", path.display()));
        }
        text
    }
}

impl Drop for Prism {
    fn drop(&mut self) {
        // The child leads its own process group (process_group(0)), so its
        // pgid is its pid: kill the group, then reap the child.
        if let Ok(pgid) = libc::pid_t::try_from(self.child.id()) {
            // SAFETY: kill(2) with a negative pid signals that process group;
            // no memory is involved.
            unsafe {
                libc::kill(-pgid, libc::SIGKILL);
            }
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A port that was free a moment ago (Prism binds it right after).
fn free_port() -> Result<u16, String> {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|addr| addr.port())
        .map_err(|e| format!("cannot find a free port: {e}"))
}

/// Whether an HTTP server answers a request on `addr`.
fn answers_http(addr: SocketAddr) -> bool {
    let Ok(mut stream) = TcpStream::connect_timeout(&addr, Duration::from_millis(500)) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let request = format!("GET / HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    if stream.write_all(request.as_bytes()).is_err() {
        return false;
    }
    let mut start = [0u8; 8];
    stream.read_exact(&mut start).is_ok() && start.starts_with(b"HTTP/1.")
}
