//! Lexing and parsing take time linear in the program's length, in any
//! build: eight times the lines must not take more than 32 times as long (a
//! quadratic step would take 64 times). Both sizes are timed in the same
//! run, so a debug build or a busy machine slows both alike; an absolute
//! limit in milliseconds could only hold in a release build on a quiet
//! machine. `cargo test --release -p playground-core speed -- --nocapture`
//! prints the figures.

use super::roundtrip::CORPUS;
use crate::syntax::parse;
use std::time::{Duration, Instant};

fn big_program(lines: usize) -> String {
    let mut out = String::new();
    while out.lines().count() < lines {
        for (_, src) in CORPUS {
            out.push_str(src);
            out.push('\n');
        }
    }
    out
}

/// Times `work` on the corpus (about 1,000 lines) and on one eight times as
/// long, alternating so that both meet the same load, keeping each size's
/// fastest run (the least disturbed). A busy machine can still stretch one
/// size's every run: a ratio over the limit is measured again, three times
/// at most, before it counts; a quadratic step fails every time.
fn check_linear(what: &str, work: impl Fn(&str)) {
    let small = big_program(1000);
    // Eight copies of the same text: the same mix of statements, 8x the work.
    let large = small.repeat(8);
    let time = |src: &str| {
        let start = Instant::now();
        work(src);
        start.elapsed()
    };
    let mut best = f64::INFINITY;
    for _ in 0..3 {
        let (mut t_small, mut t_large) = (Duration::MAX, Duration::MAX);
        for _ in 0..5 {
            t_small = t_small.min(time(&small));
            t_large = t_large.min(time(&large));
        }
        let ratio = t_large.as_secs_f64() / t_small.as_secs_f64().max(1e-9);
        println!(
            "{what}: {} lines in {t_small:?}, {} lines in {t_large:?} ({ratio:.1}x)",
            small.lines().count(),
            large.lines().count()
        );
        best = best.min(ratio);
        if best < LIMIT {
            break;
        }
    }
    assert!(
        best < LIMIT,
        "{what}: 8x the lines took {best:.1}x the time at best: not linear"
    );
}

/// Linear work with worse cache behaviour for the larger input measures
/// 8-12x here; quadratic work would be 64x.
const LIMIT: f64 = 32.0;

#[test]
fn parsing_time_is_linear_in_length() {
    check_linear("parse", |src| {
        parse(src).unwrap();
    });
}

#[test]
fn lexing_time_is_linear_in_length() {
    check_linear("lex", |src| {
        crate::syntax::lexer::tokenize(src);
    });
}
