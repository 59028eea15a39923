//! The corpus of tutorial-style programs parses, and (with python3 on PATH)
//! our tree printed as `ast.dump` text equals CPython's, program by program.

use super::dump::{dump_module, CPYTHON_DUMP};
use super::support::{python, TempFile};
use crate::syntax::parse;

macro_rules! corpus {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("corpus/", $name)))),*]
    };
}

pub const CORPUS: &[(&str, &str)] = corpus![
    "01_hello_gather.py",
    "02_create_task.py",
    "03_producer_consumer.py",
    "04_wait_timeout.py",
    "05_context_manager.py",
    "06_async_iterator.py",
    "07_fstrings.py",
    "08_comprehensions.py",
    "09_exceptions.py",
    "10_decorators.py",
    "11_semaphore.py",
    "12_lock_counter.py",
    "13_event.py",
    "14_cancellation.py",
    "15_as_completed.py",
    "16_classes.py",
    "17_timeouts_and_shield.py",
    "18_generators.py",
    "19_operators.py",
    "20_strings.py",
    "21_imports_scopes.py",
    "22_walrus_loops.py",
    "23_task_group_like.py",
    "24_future_callbacks.py",
    "25_rate_limiter.py",
    "26_pipeline_queues.py",
    "27_bank_account.py",
    "28_misc_statements.py",
    "29_event_loop_sim.py",
    "30_chat_server_sim.py",
    "31_edge_syntax.py",
];

#[test]
fn corpus_parses() {
    for (name, src) in CORPUS {
        if let Err(e) = parse(src) {
            panic!("{name} failed to parse:\n{}", e.render(name));
        }
    }
}

/// Where two dumps first differ, with some context.
fn first_difference(ours: &str, theirs: &str) -> String {
    let at = ours
        .bytes()
        .zip(theirs.bytes())
        .position(|(a, b)| a != b)
        .unwrap_or(ours.len().min(theirs.len()));
    let from = at.saturating_sub(150);
    let show = |s: &str| {
        s.get(from..(at + 150).min(s.len()))
            .unwrap_or("")
            .to_string()
    };
    format!(
        "first difference at byte {at}:\n  ours:    ...{}\n  CPython: ...{}",
        show(ours),
        show(theirs)
    )
}

#[test]
fn corpus_matches_cpython_ast() {
    let files: Vec<TempFile> = CORPUS
        .iter()
        .map(|(name, src)| TempFile::new(name, src))
        .collect();
    let paths: Vec<&str> = files.iter().map(|f| f.path()).collect();
    let Some(out) = python(CPYTHON_DUMP, &paths) else {
        return;
    };
    let theirs: Vec<&str> = out.lines().collect();
    assert_eq!(theirs.len(), CORPUS.len());
    let mut failures = Vec::new();
    for ((name, src), expected) in CORPUS.iter().zip(theirs) {
        let ours = dump_module(&parse(src).unwrap());
        if ours != expected {
            failures.push(format!("{name}: {}", first_difference(&ours, expected)));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} differ:\n{}",
        failures.len(),
        CORPUS.len(),
        failures.join("\n\n")
    );
}
