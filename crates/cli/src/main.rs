//! `playground run FILE.py [--trace OUT.json] [--perfetto OUT.json] [--svg OUT.svg] [--seed N] [--cpus N]`: run a program with
//! the playground's interpreter on a virtual clock, printing exactly what
//! CPython would print, and exiting with the same status.

mod fuzz;
mod serve;

use playground_core::driver::run_on_virtual_clock;
use playground_core::program::Budgets;
use playground_core::program::{Options, Program};
use std::io::Write;
use std::process::ExitCode;

// Counts the bytes the interpreter holds (`tracemalloc`).
#[global_allocator]
static ALLOCATOR: playground_core::memory::Counting = playground_core::memory::Counting;

const USAGE: &str =
    "usage: playground run FILE.py [--trace OUT.json] [--perfetto OUT.json] [--svg OUT.svg] [--seed N]
                       [--timeline] [--max-seconds N] [--cpus N]
       playground serve [--port N] [--latency MS] [--error-rate PCT]
       playground fuzz [--count N] [--seed N] [--jobs N] [--corpus DIR]... [--out DIR]

run: runs FILE.py with the playground's interpreter in virtual time.
  --trace OUT.json   write the run's trace (tasks, steps, waits, output) as JSON
  --perfetto OUT.json
                     write the run as a Chrome/Perfetto trace (ui.perfetto.dev): a track
                     per task or thread, spans by state, prints and errors as instants
  --svg OUT.svg      write the timeline as SVG (lanes, axis, legend), as the page exports it
  --seed N           seed for `random` when the program does not seed it
  --timeline         print the derived timeline (lanes and spans) to stderr at the end
  --max-seconds N    stop the program after N seconds of real time (default 60; 0: no
                     limit), printing why on stderr and exiting with status 124
  --cpus N           the cores os.cpu_count() reports (default 4), which pools size themselves by
serve: serves the demo site the crawler lessons fetch, on 127.0.0.1, with real delays.
  --port N           port (default 8090; 0 picks a free one)
  --latency MS       milliseconds added to every response, 0 to 600000 (default 0)
  --error-rate PCT   percent of responses that fail with 500 (default 0)";

struct Args {
    file: String,
    trace: Option<String>,
    perfetto: Option<String>,
    svg: Option<String>,
    seed: u64,
    timeline: bool,
    max_seconds: f64,
    cpus: u32,
}

fn parse_args() -> Result<Args, String> {
    let mut it = std::env::args().skip(1);
    match it.next().as_deref() {
        Some("run") => {}
        Some("-h") | Some("--help") | None => return Err(format!("{USAGE}\n{}", fuzz::USAGE)),
        Some(other) => return Err(format!("unknown command '{other}'\n{USAGE}")),
    }
    let mut args = Args {
        file: String::new(),
        trace: None,
        perfetto: None,
        svg: None,
        seed: 0x5eed,
        timeline: false,
        max_seconds: 60.0,
        cpus: 4,
    };
    while let Some(a) = it.next() {
        match a.as_str() {
            "--trace" => args.trace = Some(it.next().ok_or("--trace needs a file name")?),
            "--perfetto" => args.perfetto = Some(it.next().ok_or("--perfetto needs a file name")?),
            "--svg" => args.svg = Some(it.next().ok_or("--svg needs a file name")?),
            "--seed" => {
                let v = it.next().ok_or("--seed needs a number")?;
                args.seed = v
                    .parse()
                    .map_err(|_| format!("--seed: '{v}' is not a number"))?;
            }
            "--timeline" => args.timeline = true,
            "--max-seconds" => {
                let v = it.next().ok_or("--max-seconds needs a number")?;
                args.max_seconds =
                    v.parse().ok().filter(|s: &f64| *s >= 0.0).ok_or_else(|| {
                        format!("--max-seconds: '{v}' is not a number of seconds")
                    })?;
            }
            "--cpus" => {
                let v = it.next().ok_or("--cpus needs a number")?;
                args.cpus = v
                    .parse()
                    .ok()
                    .filter(|n| (1..=1024).contains(n))
                    .ok_or_else(|| {
                        format!("--cpus: '{v}' is not a number of cores from 1 to 1024")
                    })?;
            }
            f if args.file.is_empty() && !f.starts_with("--") => args.file = f.to_string(),
            other => return Err(format!("unexpected argument '{other}'\n{USAGE}")),
        }
    }
    if args.file.is_empty() {
        return Err(format!("no program given\n{USAGE}"));
    }
    Ok(args)
}

/// The longest `--latency` (ten minutes): a demo site slower than that is a
/// typo, and sums of delays stay far from overflowing.
const MAX_LATENCY_MS: u64 = 600_000;

fn serve_command() -> ExitCode {
    let mut port: u16 = 8090;
    let mut config = playground_core::site::SiteConfig::default();
    let mut it = std::env::args().skip(2);
    while let Some(a) = it.next() {
        if !matches!(a.as_str(), "--port" | "--latency" | "--error-rate") {
            return usage_error(&format!("unexpected argument '{a}'"));
        }
        let Some(value) = it.next() else {
            return usage_error(&format!("{a} needs a value"));
        };
        match a.as_str() {
            "--port" => match value.parse() {
                Ok(p) => port = p,
                Err(_) => {
                    return usage_error(&format!(
                        "--port: '{value}' is not a port number from 0 to 65535"
                    ))
                }
            },
            "--latency" => match value.parse() {
                Ok(ms) if ms <= MAX_LATENCY_MS => config.latency_ms = ms,
                _ => {
                    return usage_error(&format!(
                        "--latency: '{value}' is not a number of milliseconds from 0 to {MAX_LATENCY_MS}"
                    ))
                }
            },
            _ => match value.parse() {
                Ok(pct @ 0..=100) => config.error_percent = pct,
                _ => {
                    return usage_error(&format!(
                        "--error-rate: '{value}' is not a percentage from 0 to 100"
                    ))
                }
            },
        }
    }
    match serve::serve(port, config) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("playground serve: {e}");
            ExitCode::from(1)
        }
    }
}

fn usage_error(msg: &str) -> ExitCode {
    eprintln!("{msg}\n{USAGE}");
    ExitCode::from(2)
}

/// Stack of the thread that runs the program. Deep recursion in the parser,
/// the compiler and native calls is bounded by the recursion limit and by
/// `Budgets::max_native_stack`; unoptimized builds use several times more
/// stack per call than the page's wasm, so the CLI gives them room.
const STACK_BYTES: usize = 1 << 30;

fn main() -> ExitCode {
    if std::env::args().nth(1).as_deref() == Some("serve") {
        return serve_command();
    }
    if std::env::args().nth(1).as_deref() == Some("fuzz") {
        return fuzz::command(std::env::args().skip(2).collect());
    }
    let args = match parse_args() {
        Ok(a) => a,
        Err(msg) => {
            eprintln!("{msg}");
            return ExitCode::from(2);
        }
    };
    std::thread::Builder::new()
        .name("program".into())
        .stack_size(STACK_BYTES)
        .spawn(move || run(args))
        .expect("start the program's thread")
        .join()
        .unwrap_or(ExitCode::from(1))
}

fn run(args: Args) -> ExitCode {
    let source = match std::fs::read(&args.file) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => {
                // CPython's message: the first bad byte, its line, the absolute path.
                let bytes = e.as_bytes();
                let at = e.utf8_error().valid_up_to();
                let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
                let path =
                    std::path::absolute(&args.file).unwrap_or_else(|_| args.file.clone().into());
                eprintln!(
                    "SyntaxError: Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                    bytes[at],
                    path.display()
                );
                return ExitCode::from(1);
            }
        },
        Err(e) => {
            eprintln!("playground: can't open file '{}': {}", args.file, e);
            return ExitCode::from(2);
        }
    };
    let epoch = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0);
    // Tracebacks, warnings and `__file__` name the script by its absolute
    // path, as CPython does.
    let filename = std::path::absolute(&args.file)
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| args.file.clone());
    let options = Options {
        filename,
        seed: args.seed,
        epoch,
        record_trace: args.trace.is_some()
            || args.timeline
            || args.perfetto.is_some()
            || args.svg.is_some(),
        budgets: Budgets {
            max_native_stack: STACK_BYTES / 2,
            max_seconds: Some(args.max_seconds).filter(|s| *s > 0.0),
            ..Budgets::default()
        },
        ..Options::default()
    };
    let mut program = Program::new(&source, options);
    program.set_cpu_count(args.cpus);
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    let write = |chunks: Vec<playground_core::program::OutputChunk>| {
        for chunk in chunks {
            if chunk.stderr {
                let _ = stdout.lock().flush();
                let _ = stderr.lock().write_all(chunk.text.as_bytes());
            } else {
                let _ = stdout.lock().write_all(chunk.text.as_bytes());
            }
        }
    };
    // On a virtual clock; the CLI stands for a machine where only the demo
    // site (port 8090) listens, answering in virtual time.
    let program = run_on_virtual_clock(program, 5_000_000, write);
    let exit_status = program.exit_status().unwrap_or(1);
    let _ = stdout.lock().flush();
    if let Some(path) = &args.trace {
        if let Err(e) = std::fs::write(path, program.trace().to_json()) {
            eprintln!("playground: can't write trace '{path}': {e}");
            return ExitCode::from(2);
        }
    }
    let t =
        playground_core::timeline::Timeline::from_events(&program.trace().events, program.time());
    let runs = [(args.file.as_str(), &t)];
    type Make<'a> = &'a dyn Fn() -> String;
    let files: [(&Option<String>, &str, Make); 2] = [
        (&args.perfetto, "trace", &|| {
            playground_core::perfetto::perfetto(&runs)
        }),
        (&args.svg, "SVG", &|| {
            playground_core::draw::svg("", &runs, &playground_core::draw::english)
        }),
    ];
    for (path, what, make) in files {
        if let Some(path) = path {
            if let Err(e) = std::fs::write(path, make()) {
                eprintln!("playground: can't write {what} '{path}': {e}");
                return ExitCode::from(2);
            }
        }
    }
    if args.timeline {
        for lane in &t.lanes {
            eprintln!("lane {}", lane.name);
            for s in &lane.spans {
                eprintln!(
                    "  {:>8.3} {:>8.3} {:<8} {}",
                    s.start,
                    s.end,
                    s.state.name(),
                    s.label
                );
            }
        }
    }
    ExitCode::from(exit_status)
}
