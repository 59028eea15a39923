//! Development aid (ignored by default): `PROBE=cases.txt cargo test -p
//! playground-core probe -- --ignored --nocapture` prints our result for each
//! case (cases separated by the character U+001E) in the format of the matching
//! CPython script, so the two can be diffed.

use crate::syntax::parse;

#[test]
#[ignore]
fn probe() {
    let Ok(path) = std::env::var("PROBE") else {
        return;
    };
    let text = std::fs::read_to_string(path).unwrap();
    for (i, case) in text.split('\x1e').enumerate() {
        let line = match parse(case) {
            Ok(_) => "OK".to_string(),
            Err(e) => format!(
                "{}|{}|{}|{}|{}|{}",
                e.type_name(),
                e.msg,
                e.line,
                e.col,
                e.end_line,
                e.end_col
            ),
        };
        println!("#{i} -> {line}");
    }
}

/// Development aid: `DEPTH=n STACK_KB=k` parses n nested brackets on a
/// thread with a k KiB stack (a stack overflow aborts the process).
#[test]
#[ignore]
fn stack_per_nesting_level() {
    let var = |name: &str| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse::<usize>().ok())
    };
    let (Some(depth), Some(stack_kb)) = (var("DEPTH"), var("STACK_KB")) else {
        return;
    };
    let src = format!("x = {}1{}\n", "(".repeat(depth), ")".repeat(depth));
    let ok = std::thread::Builder::new()
        .stack_size(stack_kb * 1024)
        .spawn(move || parse(&src).is_ok())
        .unwrap()
        .join();
    println!("depth {depth} with {stack_kb} KiB: {ok:?}");
}
