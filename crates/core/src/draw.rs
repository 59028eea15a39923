//! The timeline drawn as SVG markup, one text per redraw: the page's lanes
//! and axis (`lanes_svg`, `ticks_svg`, with x positions as percentages of
//! the shared time axis), and the same markup in a file of its own for
//! both programs with their lane names, a legend and a title (`svg`), which
//! the page exports (and turns into a PNG) and the CLI writes with `--svg`.
//! Spans and markers too close to tell apart are drawn as one (`coalesce`).

use crate::at::{At, Part};
use crate::numeric::dtoa::{fixed, Fixed, Plain};
pub use crate::site::escape_html as escape;
use crate::timeline::{Lane, Marker, MarkerKind, Span, State, Timeline};
use std::fmt::Write;

/// What names states, markers and the summary row, by the page's i18n keys
/// (`legend-running`, `marker-print`, `more-tasks`, ...).
pub type Words<'a> = &'a dyn Fn(&'static str) -> &'static str;

/// The words for a file made without the page: English.
pub fn english(key: &'static str) -> &'static str {
    match key {
        "legend-running" => "running",
        "legend-ready" => "ready",
        "legend-waiting" => "waiting",
        "legend-blocked" => "blocked (whole program)",
        "marker-print" => "print",
        "marker-result" => "result",
        "marker-error" => "error",
        "marker-cancelled" => "cancelled",
        "more-tasks" => "more tasks",
        other => other,
    }
}

/// Pixel height of a lane.
pub const LANE_PX: f64 = 22.0;
/// Pixel height of the axis row above the lanes.
pub const AXIS_PX: f64 = 16.0;
/// Lanes drawn; a program with more tasks gets a summary row instead of the rest.
pub const MAX_LANES: usize = 40;
/// Lanes drawn when the page's reader opens the summary row ("+N more").
pub const ALL_LANES: usize = 1000;
/// Spans and markers closer than this fraction of the axis are drawn as one.
pub const RESOLUTION: f64 = 1.0 / 800.0;
/// A crowded timeline's lanes whose instants are this close (a fraction of
/// the axis) are drawn as one (`group_alike`).
pub const ALIKE: f64 = 1.0 / 100.0;

/// `t` as a percentage of the axis.
pub fn pct(t: f64, axis: f64) -> f64 {
    (t / axis.max(1e-9) * 100.0).clamp(0.0, 100.0)
}

fn state_rank(s: State) -> usize {
    match s {
        State::Running => 0,
        State::Blocked => 1,
        State::Ready => 2,
        State::Waiting => 3,
    }
}

/// A span as drawn: possibly several spans too short to tell apart, shown
/// in the state they spent most time in (running wins ties).
#[derive(Clone, Debug, PartialEq)]
pub struct Drawn {
    pub start: f64,
    pub end: f64,
    pub state: State,
    pub label: String,
    /// How many spans of the trace it stands for.
    pub count: usize,
}

/// Merge runs of spans shorter than `min` seconds that lie within `min` of
/// each other, so a lane never has more rects than pixels.
pub fn coalesce(spans: &[Span], min: f64) -> Vec<Drawn> {
    coalesce_to(spans, min, None)
}

/// `coalesce`, with the last span (still open in a running program) ending
/// at `last_end` when that is later: it is extended before merging, so it
/// keeps its own state.
pub fn coalesce_to(spans: &[Span], min: f64, last_end: Option<f64>) -> Vec<Drawn> {
    let mut out: Vec<Drawn> = Vec::new();
    let mut time_in = [0.0f64; 4];
    let dominant = |time_in: &[f64; 4]| {
        let mut best = 0;
        for i in 1..4 {
            if time_in[i] > time_in[best] + 1e-12 {
                best = i;
            }
        }
        [State::Running, State::Blocked, State::Ready, State::Waiting][best]
    };
    let n = spans.len();
    for (k, s) in spans.iter().enumerate() {
        let end = match last_end {
            Some(to) if k + 1 == n && to > s.end => to,
            _ => s.end,
        };
        let short = end - s.start < min;
        if let Some(last) = out.last_mut() {
            let last_short = last.end - last.start < min || last.count > 1;
            if short && last_short && s.start - last.end < min {
                last.end = last.end.max(end);
                last.count += 1;
                time_in[state_rank(s.state)] += end - s.start;
                last.state = dominant(&time_in);
                last.label.clear();
                continue;
            }
        }
        time_in = [0.0; 4];
        time_in[state_rank(s.state)] = end - s.start;
        out.push(Drawn {
            start: s.start,
            end,
            state: s.state,
            label: s.label.clone(),
            count: 1,
        });
    }
    out
}

/// Markers of one kind closer than `min` seconds are drawn as one, whose
/// text lists the first few.
pub fn coalesce_markers(markers: &[Marker], min: f64) -> Vec<(f64, MarkerKind, String, usize)> {
    let mut out: Vec<(f64, MarkerKind, String, usize)> = Vec::new();
    for m in markers {
        if let Some(last) = out.iter_mut().rev().find(|l| l.1 == m.kind) {
            if m.time - last.0 < min {
                last.3 += 1;
                if last.3 <= 5 {
                    last.2.push('\n');
                    last.2.push_str(&m.text);
                } else if last.3 == 6 {
                    last.2.push_str("\n…");
                }
                continue;
            }
        }
        out.push((m.time, m.kind, m.text.clone(), 1));
    }
    out
}

/// The i18n key of a state's name (the page's legend words).
fn state_key(s: State) -> &'static str {
    match s {
        State::Running => "legend-running",
        State::Ready => "legend-ready",
        State::Waiting => "legend-waiting",
        State::Blocked => "legend-blocked",
    }
}

/// A label with long decimals cut to three places (`sleep 0.6613830572s`
/// becomes `sleep 0.661s`); the tooltip keeps the exact text.
pub fn tidy_label(label: &str) -> String {
    let mut out = String::with_capacity(label.len());
    let mut decimals: Option<usize> = None;
    for c in label.chars() {
        match (c, decimals) {
            ('.', None) if out.ends_with(|p: char| p.is_ascii_digit()) => {
                decimals = Some(0);
                out.push(c);
            }
            (d, Some(n)) if d.is_ascii_digit() => {
                if n < 3 {
                    out.push(d);
                }
                decimals = Some(n + 1);
            }
            _ => {
                decimals = None;
                out.push(c);
            }
        }
    }
    out
}

/// The SVG markup of the lanes (the first `limit`), one text per lane: a
/// `<g data-testid="lane" data-task=NAME>` with its spans (`<rect
/// data-testid="span" data-state=STATE>`) and markers, each with a
/// `<title>` shown on hover. Built as text: an `innerHTML` per lane that
/// changed is far cheaper, in time and in code, than a node-by-node view.
///
/// `words` names states and markers (by the page's i18n keys, `english`
/// for the CLI); `extend_to`: for a program still running, the instant its
/// open spans (those reaching the timeline's end) are drawn to;
/// `standalone`: span labels as SVG text (clipped by a nested `<svg>`) for
/// a file, rather than HTML in a `foreignObject` (cut with an ellipsis) for
/// the page.
pub fn lanes_svg(
    timeline: &Timeline,
    axis: f64,
    words: Words,
    extend_to: Option<f64>,
    standalone: bool,
    limit: usize,
) -> Vec<String> {
    let min = axis * RESOLUTION;
    let mut lanes = Vec::new();
    for (i, lane) in timeline.lanes.iter().take(limit).enumerate() {
        let mut out = String::new();
        let y = AXIS_PX + i as f64 * LANE_PX;
        out.push_str("<g data-testid=\"lane\" class=\"lane\" data-task=\"");
        escape(&lane.name, &mut out);
        let _ = write!(
            out,
            "\"><line x1=\"0\" x2=\"100%\" y1=\"{0}\" y2=\"{0}\" class=\"lane-rule\"/>",
            Plain(y + LANE_PX - 0.5)
        );
        for s in coalesce_to(&lane.spans, min, open_end(timeline, lane, extend_to)) {
            let x = pct(s.start, axis);
            let w = (pct(s.end, axis) - x).max(0.15);
            let state = s.state.name();
            // A request that failed (error status, no connection, timeout).
            let failed = if crate::http::label_failed(&s.label) {
                " failed\" data-failed=\"true"
            } else {
                ""
            };
            let _ = write!(
                out,
                "<rect data-testid=\"span\" data-state=\"{state}\" class=\"span span-{state}{failed}\" x=\"{}%\" y=\"{}\" width=\"{}%\" height=\"{}\" rx=\"2\"><title>",
                Fixed(x, 3),
                Plain(y + 3.0),
                Fixed(w, 3),
                Plain(LANE_PX - 7.0)
            );
            escape(&lane.name, &mut out);
            out.push_str(" · ");
            out.push_str(words(state_key(s.state)));
            if !s.label.is_empty() {
                out.push_str(": ");
                escape(&s.label, &mut out);
            }
            let _ = write!(out, " · {}–{} s", Fixed(s.start, 3), Fixed(s.end, 3));
            if s.count > 1 {
                let _ = write!(out, " (×{})", s.count);
            }
            out.push_str("</title></rect>");
            if matches!(s.state, State::Waiting | State::Blocked) && w > 2.0 && !s.label.is_empty()
            {
                let failed = if failed.is_empty() { "" } else { " failed" };
                let (x, y, w, h) = (
                    Fixed(x, 3),
                    Plain(y + 3.0),
                    Fixed(w, 3),
                    Plain(LANE_PX - 7.0),
                );
                if standalone {
                    let _ = write!(
                        out,
                        "<svg x=\"{x}%\" y=\"{y}\" width=\"{w}%\" height=\"{h}\"><text x=\"3\" y=\"11\" class=\"span-label{failed}\">"
                    );
                } else {
                    // HTML in the SVG, so a long label ends in an ellipsis at
                    // its span's end; the span's tooltip keeps the whole text.
                    let _ = write!(
                        out,
                        "<foreignObject x=\"{x}%\" y=\"{y}\" width=\"{w}%\" height=\"{h}\" class=\"span-label-box\"><div class=\"span-label{failed}\" data-testid=\"span-label\">"
                    );
                }
                escape(&short_label(&s.label), &mut out);
                out.push_str(if standalone {
                    "</text></svg>"
                } else {
                    "</div></foreignObject>"
                });
            }
        }
        for (time, kind, text, count) in coalesce_markers(&lane.markers, min) {
            let (glyph, key) = match kind {
                MarkerKind::Print => ("●", "marker-print"),
                MarkerKind::Result => ("✓", "marker-result"),
                MarkerKind::Error => ("✕", "marker-error"),
                MarkerKind::Cancelled => ("⊘", "marker-cancelled"),
            };
            let _ = write!(
                out,
                "<text data-testid=\"marker\" data-kind=\"{key}\" class=\"marker {key}\" x=\"{}%\" y=\"{}\" text-anchor=\"middle\">{glyph}<title>",
                Fixed(pct(time, axis), 3),
                Plain(y + LANE_PX - 3.0)
            );
            escape(&lane.name, &mut out);
            let _ = write!(out, " · {} s · {}", Fixed(time, 3), words(key));
            if count > 1 {
                let _ = write!(out, " ×{count}");
            }
            out.push('\n');
            escape(&text, &mut out);
            out.push_str("</title></text>");
        }
        out.push_str("</g>");
        lanes.push(out);
    }
    lanes
}

/// A crowded timeline (more than `MAX_LANES` lanes) with runs of lanes
/// drawn alike shown once, so that 10,000 tasks sleeping the same second
/// make one lane rather than 9,960 hidden ones. Consecutive lanes are
/// alike when their spans (states, labels) and markers (kinds) are the
/// same and each starts and ends within `ALIKE` of the axis of the first
/// lane's (tasks started one after another do not start at one instant).
/// A lane of the result stands for a run, drawn as its first lane and named
/// `×N first … last`; with how many lanes each stands for. `None` when no
/// two lanes are alike or there are few.
pub fn group_alike(
    timeline: &Timeline,
    axis: f64,
    extend_to: Option<f64>,
) -> Option<(Timeline, Vec<usize>)> {
    if timeline.lanes.len() <= MAX_LANES {
        return None;
    }
    let near = |a: f64, b: f64| (a - b).abs() <= axis * ALIKE;
    let alike = |a: &Lane, b: &Lane| {
        a.task.is_some() == b.task.is_some()
            && a.spans.len() == b.spans.len()
            && a.markers.len() == b.markers.len()
            // A running program draws a lane's open span to its edge.
            && open_end(timeline, a, extend_to).is_some() == open_end(timeline, b, extend_to).is_some()
            && a.spans.iter().zip(&b.spans).all(|(s, t)| {
                s.state == t.state && s.label == t.label && near(s.start, t.start) && near(s.end, t.end)
            })
            && a.markers
                .iter()
                .zip(&b.markers)
                .all(|(m, n)| m.kind == n.kind && near(m.time, n.time))
    };
    // Each group: its first lane, how many.
    let mut groups: Vec<(usize, usize)> = Vec::new();
    for (i, lane) in timeline.lanes.iter().enumerate() {
        match groups.last_mut() {
            Some((first, n)) if alike(timeline.lanes.at(*first), lane) => *n += 1,
            _ => groups.push((i, 1)),
        }
    }
    if groups.len() == timeline.lanes.len() {
        return None;
    }
    let lanes = groups
        .iter()
        .map(|&(first, n)| {
            // What is drawn of the first lane (not where its task stood).
            let lane = timeline.lanes.at(first);
            let mut drawn = match n {
                1 => Lane::new(lane.task, &lane.name, lane.created),
                _ => {
                    let last = &timeline.lanes.at(first + n - 1).name;
                    Lane::new(
                        lane.task,
                        &format!("×{n} {} … {last}", lane.name),
                        lane.created,
                    )
                }
            };
            drawn.spans = lane.spans.clone();
            drawn.markers = lane.markers.clone();
            drawn
        })
        .collect();
    let counts = groups.iter().map(|g| g.1).collect();
    Some((Timeline::of(lanes, timeline.end), counts))
}

/// Where a lane's last span is drawn to in a running program. Only a span
/// still open (reaching the timeline's end) is extended, and not a running
/// one: that is a task's last step (it has ended) or a busy program, which
/// publishes often anyway.
fn open_end(timeline: &Timeline, lane: &Lane, extend_to: Option<f64>) -> Option<f64> {
    extend_to.filter(|_| {
        lane.spans
            .last()
            .is_some_and(|s| s.end >= timeline.end - 1e-9 && s.state != State::Running)
    })
}

/// A span's label as drawn on it: decimals cut (`tidy_label`) and a URL
/// shown by its path (`GET http://127.0.0.1:8090/detail/1` becomes
/// `GET /detail/1`), or by its host when the path is empty.
pub fn short_label(label: &str) -> String {
    let tidy = tidy_label(label);
    let Some(at) = crate::search::find(&tidy, "://") else {
        return tidy;
    };
    let scheme_start = tidy.part(..at).rfind(' ').map_or(0, |i| i + 1);
    let rest = tidy.part(at + 3..);
    let host_end = rest.find(['/', ' ']).unwrap_or(rest.len());
    let (host, after) = rest.split_at(host_end);
    if after.is_empty() || after.starts_with(' ') || after.starts_with("/ ") || after == "/" {
        format!(
            "{}{host}{}",
            tidy.part(..scheme_start),
            after.trim_start_matches('/')
        )
    } else {
        format!("{}{after}", tidy.part(..scheme_start))
    }
}

/// The time axis: a dashed rule and a label at each round instant.
pub fn ticks_svg(axis: f64) -> String {
    let step = tick_step(axis);
    let mut out = String::new();
    let mut k = 0;
    loop {
        let x = k as f64 * step;
        if x > axis + 1e-9 {
            break;
        }
        let p = pct(x, axis);
        // Labels near the right edge end at their tick instead of starting there.
        let (anchor, lx) = if p > 95.0 {
            ("end", Fixed(p - 0.3, 3))
        } else {
            ("start", Fixed(p + 0.3, 3))
        };
        let p = Fixed(p, 3);
        let _ = write!(
            out,
            "<line x1=\"{p}%\" x2=\"{p}%\" y1=\"{}\" y2=\"100%\" class=\"tick\"/><text x=\"{lx}%\" y=\"11\" text-anchor=\"{anchor}\" class=\"tick-label\">{}s</text>",
            Plain(AXIS_PX - 3.0),
            if step < 1.0 { fixed(x, 1) } else { fixed(x, 0) }
        );
        k += 1;
    }
    out
}

/// The interval between the axis' labels: a round number, at most ten per axis.
pub fn tick_step(axis: f64) -> f64 {
    [
        0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 30.0, 60.0, 120.0, 300.0, 600.0,
    ]
    .into_iter()
    .find(|s| axis / s <= 10.0)
    .unwrap_or((axis / 10.0).ceil())
}

/// The states' textures, as the page draws them (`index.html`): ready and
/// blocked striped one way and the other, waiting dotted.
const PATTERNS: &str = concat!(
    "<defs>",
    "<pattern id=\"fill-ready\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#bd8419\"/><rect width=\"2\" height=\"6\" fill=\"#fff\" fill-opacity=\".4\"/></pattern>",
    "<pattern id=\"fill-blocked\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(-45)\"><rect width=\"6\" height=\"6\" fill=\"#e35d5d\"/><rect width=\"2\" height=\"6\" fill=\"#fff\" fill-opacity=\".4\"/></pattern>",
    "<pattern id=\"fill-waiting\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\"><rect width=\"5\" height=\"5\" fill=\"#5592cb\"/><circle cx=\"2.5\" cy=\"2.5\" r=\"1.2\" fill=\"#fff\" fill-opacity=\".4\"/></pattern>",
    "</defs>"
);

/// The file's look: the page's light colours.
const STYLE: &str = "text{font:12px system-ui,sans-serif;fill:#1c1c1e}.title{font-size:15px;font-weight:600}.heading{font-weight:600}.tick-label,.span-label{font-size:10px}.tick-label{fill:#5f6368}.lane-rule,.tick{stroke:#d9d9d6;stroke-width:.5}.tick{stroke-dasharray:2 3}.span-running{fill:#3b9b63}.span-ready{fill:url(#fill-ready)}.span-waiting{fill:url(#fill-waiting)}.span-blocked{fill:url(#fill-blocked)}.span.failed{stroke:#e35d5d;stroke-width:2}.span-label.failed{fill:#8a1c12;font-weight:600}.marker{font-size:11px;stroke:#fff;stroke-width:3px;paint-order:stroke}.marker-result{fill:#2f855a}.marker-error{fill:#c53030}.marker-cancelled{fill:#5f6368}";

/// Width of the file's drawing, and of its lane-name column.
const WIDTH: f64 = 960.0;
const NAMES: f64 = 150.0;

/// The timelines of a run in a file of their own: a title (`title`, then
/// each program's name and elapsed time), then for each program of `runs`
/// (name, timeline) its name, the time axis shared by all and its lanes
/// with their names (at most `MAX_LANES`, then a summary row), and a legend.
pub fn svg(title: &str, runs: &[(&str, &Timeline)], words: Words) -> String {
    let axis = runs.iter().map(|r| r.1.end).fold(0.05, f64::max) * 1.02;
    let mut heading = String::new();
    escape(title, &mut heading);
    let mut body = String::new();
    let mut y = 40.0;
    for (i, (name, timeline)) in runs.iter().enumerate() {
        heading.push_str(match (i, title.is_empty()) {
            (0, true) => "",
            (0, false) => " — ",
            _ => " · ",
        });
        escape(name, &mut heading);
        let _ = write!(heading, ": {} s", Fixed(timeline.end, 2));
        let _ = write!(
            body,
            "<text x=\"10\" y=\"{}\" class=\"heading\">",
            Plain(y + 14.0)
        );
        escape(name, &mut body);
        let grouped = group_alike(timeline, axis, None);
        let (timeline, hidden) = match &grouped {
            Some((tl, counts)) => (tl, counts.iter().skip(MAX_LANES).sum()),
            None => (*timeline, timeline.lanes.len().saturating_sub(MAX_LANES)),
        };
        let lanes = timeline.lanes.len();
        let rows = lanes.clamp(1, MAX_LANES) + usize::from(lanes > MAX_LANES);
        let height = AXIS_PX + LANE_PX * rows as f64 + 4.0;
        y += 22.0;
        let _ = write!(
            body,
            "</text><svg x=\"10\" y=\"{}\" width=\"{}\" height=\"{}\">",
            Plain(y),
            Plain(NAMES - 4.0),
            Plain(height)
        );
        for (k, lane) in timeline.lanes.iter().take(MAX_LANES).enumerate() {
            let _ = write!(
                body,
                "<text y=\"{}\" class=\"lane-name\">",
                Plain(AXIS_PX + LANE_PX * k as f64 + 15.0)
            );
            escape(&lane.name, &mut body);
            body.push_str("</text>");
        }
        if lanes > MAX_LANES {
            let _ = write!(
                body,
                "<text y=\"{}\">+{} {}</text>",
                Plain(AXIS_PX + LANE_PX * MAX_LANES as f64 + 15.0),
                hidden,
                words("more-tasks")
            );
        }
        let _ = write!(
            body,
            "</svg><svg x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\">{}{}</svg>",
            Plain(NAMES + 10.0),
            Plain(y),
            Plain(WIDTH - NAMES - 20.0),
            Plain(height),
            ticks_svg(axis),
            lanes_svg(timeline, axis, words, None, true, MAX_LANES).concat()
        );
        y += height + 12.0;
    }
    // The legend: four states, then four markers.
    for (k, (class, glyph, key)) in LEGEND.iter().enumerate() {
        let x = 10.0 + 180.0 * (k % 4) as f64;
        let row = y + 22.0 * (k / 4) as f64;
        if glyph.is_empty() {
            let _ = write!(
                body,
                "<rect x=\"{}\" y=\"{}\" width=\"14\" height=\"10\" rx=\"2\" class=\"{class}\"/>",
                Plain(x),
                Plain(row + 4.0)
            );
        } else {
            let _ = write!(
                body,
                "<text x=\"{}\" y=\"{}\" class=\"marker {class}\">{glyph}</text>",
                Plain(x + 3.0),
                Plain(row + 13.0)
            );
        }
        let _ = write!(
            body,
            "<text x=\"{}\" y=\"{}\">{}</text>",
            Plain(x + 20.0),
            Plain(row + 13.0),
            words(key)
        );
    }
    let (width, height) = (Plain(WIDTH), Plain(y + 50.0));
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\"><style>{STYLE}</style>{PATTERNS}<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><text x=\"10\" y=\"24\" class=\"title\">{heading}</text>{body}</svg>\n"
    );
    // Characters XML does not allow (a program may print them).
    out.retain(|c| c >= ' ' || c == '\n' || c == '\t');
    out
}

/// The legend's items: class, glyph (none: a swatch), i18n key.
pub const LEGEND: [(&str, &str, &str); 8] = [
    ("span-running", "", "legend-running"),
    ("span-ready", "", "legend-ready"),
    ("span-waiting", "", "legend-waiting"),
    ("span-blocked", "", "legend-blocked"),
    ("marker-print", "●", "marker-print"),
    ("marker-result", "✓", "marker-result"),
    ("marker-error", "✕", "marker-error"),
    ("marker-cancelled", "⊘", "marker-cancelled"),
];
