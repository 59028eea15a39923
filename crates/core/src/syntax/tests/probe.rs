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
