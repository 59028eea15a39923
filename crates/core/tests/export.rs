//! The run's exports, built from the timelines the page draws: the
//! Chrome/Perfetto trace (`perfetto`) and the standalone SVG (`draw::svg`).

use playground_core::draw;
use playground_core::perfetto::{perfetto, request};
use playground_core::program::Options;
use playground_core::run_virtual;
use playground_core::timeline::{State, Timeline};
use serde_json::Value;

const TASKS: &str = r#"
import asyncio
import aiohttp

async def fetch(session, path):
    async with session.get("http://127.0.0.1:8090/" + path) as r:
        return r.status

async def worker(n):
    print(f"worker {n} starts")
    await asyncio.sleep(n)
    if n == 2:
        raise ValueError("two <is> & bad")
    return n

async def main():
    async with aiohttp.ClientSession() as session:
        statuses = await asyncio.gather(fetch(session, "delay/200"), fetch(session, "status/404"))
    results = await asyncio.gather(worker(1), worker(2), return_exceptions=True)
    print(statuses, results)

asyncio.run(main())
"#;

const SLEEPS: &str = "import time\nprint('one')\ntime.sleep(1)\nprint('two')\n";

fn timeline(source: &str) -> Timeline {
    let (program, _) = run_virtual(source, Options::default());
    Timeline::from_events(&program.trace().events, program.time())
}

fn events(json: &str) -> Vec<Value> {
    let v: Value = serde_json::from_str(json).expect("the trace is JSON");
    v["traceEvents"].as_array().expect("traceEvents").clone()
}

fn of<'a>(events: &'a [Value], ph: &str, pid: u64) -> Vec<&'a Value> {
    events
        .iter()
        .filter(|e| e["ph"] == ph && e["pid"] == pid)
        .collect()
}

#[test]
fn every_lane_is_a_track_of_its_program_with_its_spans_in_microseconds() {
    let a = timeline(TASKS);
    let b = timeline(SLEEPS);
    let json = perfetto(&[("Program A", &a), ("Program B", &b)]);
    let events = events(&json);
    for (pid, name, t) in [(1, "Program A", &a), (2, "Program B", &b)] {
        let meta = of(&events, "M", pid);
        let process: Vec<&str> = meta
            .iter()
            .filter(|e| e["name"] == "process_name")
            .map(|e| e["args"]["name"].as_str().unwrap())
            .collect();
        assert_eq!(process, [name]);
        let threads: Vec<(u64, &str)> = meta
            .iter()
            .filter(|e| e["name"] == "thread_name")
            .map(|e| {
                (
                    e["tid"].as_u64().unwrap(),
                    e["args"]["name"].as_str().unwrap(),
                )
            })
            .collect();
        let lanes: Vec<(u64, &str)> = t
            .lanes
            .iter()
            .enumerate()
            .map(|(k, l)| (k as u64 + 1, l.name.as_str()))
            .collect();
        assert_eq!(threads, lanes, "one track per lane, in order");
        // Every span is a complete event on its lane's track, in µs.
        let spans = of(&events, "X", pid);
        assert_eq!(
            spans.len(),
            t.lanes.iter().map(|l| l.spans.len()).sum::<usize>()
        );
        for (k, lane) in t.lanes.iter().enumerate() {
            let track: Vec<&&Value> = spans.iter().filter(|e| e["tid"] == k as u64 + 1).collect();
            assert_eq!(track.len(), lane.spans.len(), "{}", lane.name);
            for (e, s) in track.iter().zip(&lane.spans) {
                let ts = e["ts"].as_f64().unwrap();
                let dur = e["dur"].as_f64().unwrap();
                assert!((ts - s.start * 1e6).abs() < 0.01, "{e} {s:?}");
                assert!((dur - (s.end - s.start) * 1e6).abs() < 0.01, "{e} {s:?}");
                assert_eq!(e["cat"], s.state.name());
                assert_eq!(e["args"]["state"], s.state.name());
            }
        }
    }
    let names: Vec<&str> = events.iter().filter_map(|e| e["name"].as_str()).collect();
    assert!(names.contains(&"waiting: sleep 1s"), "{names:?}");
    assert!(names.contains(&"blocked: time.sleep(1)"), "{names:?}");
    assert!(names.contains(&"running"));
    // Program B's main lane waited a second, blocked, in microseconds.
    let blocked = of(&events, "X", 2)
        .into_iter()
        .find(|e| e["cat"] == "blocked")
        .expect("a blocked span");
    assert!((blocked["dur"].as_f64().unwrap() - 1e6).abs() < 1.0);
}

#[test]
fn requests_carry_url_and_status_and_prints_and_errors_are_instants() {
    let a = timeline(TASKS);
    let events = events(&perfetto(&[("A", &a)]));
    let requests: Vec<(&str, &str, Option<u64>)> = events
        .iter()
        .filter(|e| e["args"]["url"].is_string())
        .map(|e| {
            (
                e["args"]["method"].as_str().unwrap(),
                e["args"]["url"].as_str().unwrap(),
                e["args"]["status"].as_u64(),
            )
        })
        .collect();
    assert!(
        requests.contains(&("GET", "http://127.0.0.1:8090/delay/200", Some(200))),
        "{requests:?}"
    );
    assert!(
        requests.contains(&("GET", "http://127.0.0.1:8090/status/404", Some(404))),
        "{requests:?}"
    );
    let instants = of(&events, "i", 1);
    let texts = |cat: &str| -> Vec<&str> {
        instants
            .iter()
            .filter(|e| e["cat"] == cat && e["s"] == "t")
            .map(|e| e["args"]["text"].as_str().unwrap())
            .collect()
    };
    assert!(texts("print").contains(&"worker 1 starts"));
    assert!(texts("print").iter().any(|t| t.starts_with("[200, 404]")));
    assert!(
        texts("error")
            .iter()
            .any(|t| t.contains("ValueError") && t.contains("two <is> & bad")),
        "{:?}",
        texts("error")
    );
    assert!(texts("result").contains(&"1"));
    for e in &instants {
        let lane = &a.lanes[e["tid"].as_u64().unwrap() as usize - 1];
        assert!(lane
            .markers
            .iter()
            .any(|m| (m.time * 1e6 - e["ts"].as_f64().unwrap()).abs() < 0.01));
    }
}

#[test]
fn request_labels_are_read() {
    assert_eq!(
        request("GET http://h/x?a=1 → 200 OK, 14 B"),
        Some(("GET", "http://h/x?a=1", Some(200)))
    );
    assert_eq!(
        request("POST ./site/json → could not connect"),
        Some(("POST", "./site/json", None))
    );
    assert_eq!(request("GET http://h/"), Some(("GET", "http://h/", None)));
    assert_eq!(request("sleep 1s"), None);
    assert_eq!(request("Queue.get()"), None);
    assert_eq!(request("GIVE me more"), None);
}

#[test]
fn an_empty_run_is_still_a_trace() {
    let events = events(&perfetto(&[]));
    assert!(events.is_empty());
    let one = events_of_one();
    assert_eq!(one.len(), 2, "process name and order only: {one:?}");
}

fn events_of_one() -> Vec<Value> {
    events(&perfetto(&[("nothing", &Timeline::default())]))
}

#[test]
fn the_svg_has_both_programs_lanes_axis_legend_and_title() {
    let a = timeline(TASKS);
    let b = timeline(SLEEPS);
    let svg = draw::svg(
        "crawl",
        &[("Program A", &a), ("Program B", &b)],
        &draw::english,
    );
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert_eq!(svg.matches("<svg").count(), svg.matches("</svg>").count());
    assert!(
        svg.contains(&format!(
            "crawl — Program A: {:.2} s · Program B: 1.00 s</text>",
            a.end
        )),
        "{svg}"
    );
    for lane in a.lanes.iter().chain(&b.lanes) {
        assert!(
            svg.contains(&format!("class=\"lane-name\">{}</text>", lane.name)),
            "{}",
            lane.name
        );
    }
    assert_eq!(
        svg.matches("data-testid=\"lane\"").count(),
        a.lanes.len() + b.lanes.len()
    );
    for word in [
        "running",
        "ready",
        "waiting",
        "blocked (whole program)",
        "print",
        "cancelled",
    ] {
        assert!(svg.contains(&format!(">{word}</text>")), "{word}");
    }
    assert!(svg.contains("class=\"tick-label\">0.0s</text>"));
    // Labels are SVG text, not HTML; text is escaped.
    assert!(!svg.contains("foreignObject"));
    assert!(svg.contains("class=\"span-label\">sleep 1s</text>"));
    assert!(svg.contains("two &lt;is&gt; &amp; bad"));
    // Program B's one lane blocks for a second.
    assert!(b.lanes[0].spans.iter().any(|s| s.state == State::Blocked));
    assert!(svg.contains("span span-blocked"));
}

#[test]
fn the_svg_keeps_to_characters_xml_allows_and_sums_up_many_lanes() {
    let source = "import asyncio\nasync def f(k):\n    print('\\x01bell\\x07')\n    await asyncio.sleep(0.1 * k)\nasync def main():\n    await asyncio.gather(*[f(k) for k in range(50)])\nasyncio.run(main())\n";
    let t = timeline(source);
    let svg = draw::svg("", &[("many", &t)], &draw::english);
    assert!(!svg.contains(['\u{1}', '\u{7}']));
    assert!(svg.contains("bell"));
    assert!(svg.contains(&format!("+{} more tasks", t.lanes.len() - draw::MAX_LANES)));
    assert!(svg.contains("class=\"title\">many: "));
}

/// `n` tasks sleeping `seconds` each, gathered after `before` tasks sleeping
/// a tenth of a second more each.
fn crowd(before: usize, n: usize, seconds: f64) -> Timeline {
    timeline(&format!(
        "import asyncio\nasync def main():\n    await asyncio.gather(*(asyncio.sleep(0.1 * (k + 1)) for k in range({before})), *(asyncio.sleep({seconds}) for _ in range({n})))\nasyncio.run(main())\n"
    ))
}

fn names(t: &Timeline) -> Vec<&str> {
    t.lanes.iter().map(|l| l.name.as_str()).collect()
}

#[test]
fn a_crowded_timeline_draws_a_run_of_tasks_alike_as_one_lane() {
    let t = crowd(0, 1000, 1.0);
    let (grouped, counts) = draw::group_alike(&t, t.end, None).expect("grouped");
    assert_eq!(
        names(&grouped),
        ["main", "Task-1", "×1000 Task-2 … Task-1001"]
    );
    assert_eq!(counts, [1, 1, 1000]);
    // Drawn as its first task.
    assert_eq!(grouped.lanes[2].spans, t.lanes[2].spans);
    // The exported file too, with no summary row.
    let svg = draw::svg("", &[("many", &t)], &draw::english);
    assert!(svg.contains(">×1000 Task-2 … Task-1001</text>"), "{svg}");
    assert!(!svg.contains("more tasks"));
}

#[test]
fn tasks_apart_in_time_or_in_what_they_wait_for_keep_lanes_of_their_own() {
    // 45 tasks waking 0.1 s apart, then 100 alike: 45 lanes, then one.
    let t = crowd(45, 100, 0.05);
    let (grouped, counts) = draw::group_alike(&t, t.end, None).expect("grouped");
    assert_eq!(grouped.lanes.len(), 2 + 45 + 1, "{:?}", names(&grouped));
    assert_eq!(grouped.lanes[46].name, "Task-46");
    assert_eq!(grouped.lanes[47].name, "×100 Task-47 … Task-146");
    assert_eq!(counts.iter().sum::<usize>(), t.lanes.len());
    // 48 lanes: the first 40 drawn; the summary row counts the 7 other
    // lanes' tasks and the 100.
    let svg = draw::svg("", &[("many", &t)], &draw::english);
    assert!(svg.contains("+107 more tasks"), "{svg}");
}

#[test]
fn a_timeline_that_fits_is_drawn_lane_by_lane() {
    let t = crowd(0, 38, 1.0);
    assert_eq!(t.lanes.len(), draw::MAX_LANES);
    assert!(draw::group_alike(&t, t.end, None).is_none());
    // Nothing alike: nothing grouped.
    let t = crowd(60, 0, 1.0);
    assert!(draw::group_alike(&t, t.end, None).is_none());
}
