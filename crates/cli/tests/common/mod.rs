//! Shared by the CPython conformance suites (`conformance.rs`,
//! `http_conformance.rs`): running a command, a cache of CPython's outputs
//! keyed by content, choosing which programs the command line selects, a
//! line diff for failure messages, and the allowance for times rounded one
//! step apart.

#![allow(dead_code)] // each suite uses a different part

use std::collections::hash_map::DefaultHasher;
use std::hash::Hasher;
use std::path::{Path, PathBuf};
use std::process::Command;

/// What a program printed and how it ended.
#[derive(Clone, Debug)]
pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    pub status: i32,
}

pub fn run(cmd: &mut Command) -> Outcome {
    match cmd.output() {
        Ok(o) => Outcome {
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
            status: o.status.code().unwrap_or(-1),
        },
        Err(e) => Outcome {
            stdout: String::new(),
            stderr: format!("could not run: {e}"),
            status: -100,
        },
    }
}

/// The `target/` directory this test binary was built into.
pub fn target_dir() -> PathBuf {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    tmp.parent().unwrap_or(tmp).to_path_buf()
}

/// CPython's outputs, one file per key under `target/cpython-cache/<suite>/`.
/// The key hashes everything the output depends on (the program's bytes, the
/// interpreter's version string, ...), so a changed program simply misses;
/// entries no program has any more are deleted by `prune`. The suites only
/// store runs that agreed with ours.
pub struct Cache {
    dir: PathBuf,
}

impl Cache {
    pub fn new(suite: &str) -> Cache {
        let dir = target_dir().join("cpython-cache").join(suite);
        let _ = std::fs::create_dir_all(&dir);
        Cache { dir }
    }

    /// Two independent 64-bit hashes of the parts (length-prefixed, so part
    /// boundaries count): 128 bits, no collision in practice.
    pub fn key(parts: &[&[u8]]) -> String {
        let mut hex = String::new();
        for salt in [0u8, 1] {
            let mut h = DefaultHasher::new();
            h.write_u8(salt);
            for p in parts {
                h.write_usize(p.len());
                h.write(p);
            }
            hex.push_str(&format!("{:016x}", h.finish()));
        }
        hex
    }

    fn path(&self, key: &str) -> PathBuf {
        self.dir.join(format!("{key}.out"))
    }

    /// Format: `status N\n`, `stdout LEN\n` and LEN bytes, `stderr LEN\n` and LEN bytes.
    pub fn get(&self, key: &str) -> Option<Outcome> {
        let bytes = std::fs::read(self.path(key)).ok()?;
        let mut rest = &bytes[..];
        let status = header(&mut rest, "status ")?;
        let n = header(&mut rest, "stdout ")?;
        let stdout = text(&mut rest, n)?;
        let n = header(&mut rest, "stderr ")?;
        let stderr = text(&mut rest, n)?;
        Some(Outcome {
            stdout,
            stderr,
            status: status as i32,
        })
    }

    /// Written to a temporary file, then renamed: a reader never sees half.
    pub fn put(&self, key: &str, o: &Outcome) {
        let mut bytes = format!("status {}\nstdout {}\n", o.status, o.stdout.len()).into_bytes();
        bytes.extend_from_slice(o.stdout.as_bytes());
        bytes.extend_from_slice(format!("stderr {}\n", o.stderr.len()).as_bytes());
        bytes.extend_from_slice(o.stderr.as_bytes());
        let tmp = self.dir.join(format!("{key}.{}.tmp", std::process::id()));
        if std::fs::write(&tmp, bytes).is_ok() {
            let _ = std::fs::rename(&tmp, self.path(key));
        }
    }

    /// Deletes the entries whose key is not in `keep` (programs changed or
    /// removed since they were cached). Only after a run of the whole suite:
    /// a filtered run would throw away the others' entries.
    pub fn prune(&self, keep: &[String]) {
        if let Ok(rd) = std::fs::read_dir(&self.dir) {
            for e in rd.flatten() {
                let name = e.file_name().to_string_lossy().into_owned();
                let key = name.split('.').next().unwrap_or("");
                if !keep.iter().any(|k| k == key) {
                    let _ = std::fs::remove_file(e.path());
                }
            }
        }
    }
}

/// `NAME N\n` at the front of `rest`: N, and `rest` moves past the line.
fn header(rest: &mut &[u8], name: &str) -> Option<i64> {
    let nl = rest.iter().position(|&b| b == b'\n')?;
    let line = std::str::from_utf8(&rest[..nl]).ok()?;
    let n = line.strip_prefix(name)?.trim().parse().ok()?;
    *rest = &rest[nl + 1..];
    Some(n)
}

/// The next `n` bytes of `rest` as text.
fn text(rest: &mut &[u8], n: i64) -> Option<String> {
    let n = usize::try_from(n).ok()?;
    let t = String::from_utf8(rest.get(..n)?.to_vec()).ok()?;
    *rest = &rest[n..];
    Some(t)
}

/// A dummy trial with this name, to ask the arguments whether a program is
/// selected (by the filter, `--exact`, `--skip`) before running anything.
pub fn selected(args: &libtest_mimic::Arguments, name: &str) -> bool {
    let probe = libtest_mimic::Trial::test(name, || Ok(()));
    !args.list && !args.is_filtered_out(&probe) && !args.is_ignored(&probe)
}

/// Did the command line select every trial (no filter, no skip)?
pub fn whole_suite(args: &libtest_mimic::Arguments) -> bool {
    args.filter.is_none() && args.skip.is_empty() && !args.ignored && !args.list
}

/// A unified-style line diff (`-` CPython, `+` ours) with three lines of
/// context around each change.
pub fn diff(expected: &str, actual: &str) -> String {
    let a: Vec<&str> = expected.lines().collect();
    let b: Vec<&str> = actual.lines().collect();
    // Common prefix and suffix first: the table is only built for the middle.
    let pre = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suf = a[pre..]
        .iter()
        .rev()
        .zip(b[pre..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (am, bm) = (&a[pre..a.len() - suf], &b[pre..b.len() - suf]);
    // (tag, line): ' ' both, '-' CPython only, '+' ours only.
    let mut ops: Vec<(char, &str)> = a[..pre].iter().map(|l| (' ', *l)).collect();
    if am.len() * bm.len() > 4_000_000 {
        // Too big for a table: everything in the middle counts as changed.
        ops.extend(am.iter().map(|l| ('-', *l)));
        ops.extend(bm.iter().map(|l| ('+', *l)));
    } else {
        // lcs[i][j]: longest common subsequence of am[i..] and bm[j..].
        let w = bm.len() + 1;
        let mut lcs = vec![0u32; (am.len() + 1) * w];
        for i in (0..am.len()).rev() {
            for j in (0..bm.len()).rev() {
                lcs[i * w + j] = if am[i] == bm[j] {
                    lcs[(i + 1) * w + j + 1] + 1
                } else {
                    lcs[(i + 1) * w + j].max(lcs[i * w + j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < am.len() || j < bm.len() {
            if i < am.len() && j < bm.len() && am[i] == bm[j] {
                ops.push((' ', am[i]));
                i += 1;
                j += 1;
            } else if i < am.len() && (j == bm.len() || lcs[(i + 1) * w + j] >= lcs[i * w + j + 1])
            {
                ops.push(('-', am[i]));
                i += 1;
            } else {
                ops.push(('+', bm[j]));
                j += 1;
            }
        }
    }
    ops.extend(a[a.len() - suf..].iter().map(|l| (' ', *l)));
    // Keep the changes and three lines either side; "..." marks a gap.
    let near = |k: usize| {
        ops[k.saturating_sub(3)..(k + 4).min(ops.len())]
            .iter()
            .any(|(t, _)| *t != ' ')
    };
    let mut out = String::from("--- CPython\n+++ ours\n");
    let mut gap = false;
    for (k, (tag, line)) in ops.iter().enumerate() {
        if near(k) {
            if gap {
                out.push_str("...\n");
                gap = false;
            }
            out.push(*tag);
            out.push_str(line);
            out.push('\n');
        } else {
            gap = true;
        }
    }
    if expected.ends_with('\n') != actual.ends_with('\n') {
        out.push_str("(the outputs differ in the newline at the end)\n");
    }
    out
}

/// The diff's own check, run as a trial of each suite.
pub fn diff_check() -> Result<(), String> {
    let d = diff("a\nb\nc\nd\ne\nf\ng\nh\n", "a\nb\nc\nd\nE\nf\ng\nh\ni\n");
    let want = "--- CPython\n+++ ours\n...\n b\n c\n d\n-e\n+E\n f\n g\n h\n+i\n";
    if d == want {
        Ok(())
    } else {
        Err(format!("diff gave\n{d}\nwanted\n{want}"))
    }
}

/// A line with its times in seconds taken out: what is left, and the times.
fn timings(line: &str) -> (String, Vec<f64>) {
    let (mut rest, mut times) = (String::new(), Vec::new());
    // A line that says seconds (`5.1 s`, `answered at [0.5, 1.0] s`): its
    // decimal numbers are times.
    let timed = line.contains(" s");
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_ascii_digit() {
            let mut end = i + 1;
            while let Some(&(j, d)) = chars.peek() {
                if !(d.is_ascii_digit() || d == '.') {
                    break;
                }
                end = j + 1;
                chars.next();
            }
            let number = &line[i..end];
            if timed && number.contains('.') {
                if let Ok(t) = number.parse() {
                    times.push(t);
                    rest.push('#');
                    continue;
                }
            }
            rest.push_str(number);
        } else {
            rest.push(c);
        }
    }
    (rest, times)
}

/// The rounding allowance's own check, run as the suite's first test.
pub fn rounding_allowance() -> Result<(), String> {
    let cases = [
        (
            "10 pages\nblocking, one by one: 5.1 s\n",
            "10 pages\nblocking, one by one: 5.0 s\n",
            true,
        ),
        ("10 pages: 5.0 s\n", "11 pages: 5.0 s\n", false),
        ("took 5.0 s\n", "took 5.0 s\nmore\n", false),
        ("at [0.5, 2.1, 4.6] s\n", "at [0.5, 2.0, 4.5] s\n", true),
        ("at [0.5, 2.3] s\n", "at [0.5, 2.0] s\n", false),
        // CPython slower by its requests' overhead on a busy machine.
        ("one by one: 5.4 s\n", "one by one: 5.0 s\n", true),
        ("one by one: 5.7 s\n", "one by one: 5.0 s\n", false),
        // Never faster than ours by more than the rounding.
        ("one by one: 4.8 s\n", "one by one: 5.0 s\n", false),
        ("x = 2.1\n", "x = 2.0\n", false),
    ];
    for (py, us, same) in cases {
        if same_but_rounding(py, us) != same {
            return Err(format!(
                "{py:?} and {us:?} should be {}",
                if same { "the same" } else { "different" }
            ));
        }
    }
    Ok(())
}

/// The outputs differ only in their times in seconds, and there by at most
/// one step of rounding plus CPython's overhead. CPython's are real time:
/// its real requests cost it a few milliseconds each over the pages' delays
/// (ten 0.5 s pages one by one: 5.05-5.09 s idle, 5.3 s on a busy machine),
/// starting a pool of processes tens (nine 0.2 s calls in a pool of three:
/// 0.65-0.7 s), which the CLI's clock does not charge. So CPython's time
/// may exceed ours by 8% and a step; it is never shorter by more than a step.
pub fn same_but_rounding(py: &str, us: &str) -> bool {
    py.lines().count() == us.lines().count()
        && py.lines().zip(us.lines()).all(|(a, b)| {
            let ((ra, ta), (rb, tb)) = (timings(a), timings(b));
            ra == rb
                && ta.len() == tb.len()
                && ta
                    .iter()
                    .zip(&tb)
                    .all(|(py, us)| py - us >= -0.1 - 1e-9 && py - us <= us * 0.08 + 0.1 + 1e-9)
        })
}
