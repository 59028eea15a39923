use playground_core::timeline::Timeline;
use std::time::Instant;
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let src = std::fs::read_to_string(path).unwrap();
    let (program, _) = playground_core::run_virtual(&src, playground_core::Options::default());
    let events = &program.trace().events;
    let now = program.time();
    let n = events.len();
    let t = Instant::now();
    let whole = Timeline::from_events(events, now);
    let full = t.elapsed().as_secs_f64();
    // 100 publications: whole derivation each time (before) vs update (now).
    let chunks = 100;
    let t = Instant::now();
    for k in 1..=chunks {
        let _ = Timeline::from_events(&events[..n * k / chunks], now);
    }
    let before = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let mut live = Timeline::default();
    for k in 1..=chunks {
        live.update(&events[..n * k / chunks], now, None);
    }
    let after = t.elapsed().as_secs_f64();
    assert!(live == whole);
    println!("{n} events, {} lanes; one derivation {:.1} ms; 100 publications: derived anew {:.1} ms, updated {:.1} ms", whole.lanes.len(), full * 1e3, before * 1e3, after * 1e3);
}
