//! One program's timeline: a lane per task (names in an HTML column, so
//! text is never stretched), spans coloured by state and markers in an SVG
//! track whose x positions are percentages of the shared time axis, and the
//! playhead, which the pointer can drag once the run is over.

use crate::components::{notice, rx};
use crate::host::RunState;
use crate::i18n::{t, tr, Lang};
use leptos::prelude::*;
use playground_core::numeric::dtoa::{fixed, Fixed, Plain};
use playground_core::timeline::{Lane, Marker, MarkerKind, Span, State, Timeline};

/// Pixel height of a lane.
pub const LANE_PX: f64 = 22.0;
/// Pixel height of the axis row above the lanes.
pub const AXIS_PX: f64 = 16.0;
/// Lanes drawn; a program with more tasks gets a summary row instead of the rest.
pub const MAX_LANES: usize = 40;
/// Spans and markers closer than this fraction of the axis are drawn as one.
pub const RESOLUTION: f64 = 1.0 / 800.0;

fn pct(t: f64, axis: f64) -> f64 {
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

fn state_text(lang: Lang, s: State) -> &'static str {
    t(
        lang,
        match s {
            State::Running => "legend-running",
            State::Ready => "legend-ready",
            State::Waiting => "legend-waiting",
            State::Blocked => "legend-blocked",
        },
    )
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

pub use playground_core::site::escape_html as escape;

/// The SVG markup of the lanes (at most `MAX_LANES`): one `<g
/// data-testid="lane" data-task=NAME>` per task with its spans (`<rect
/// data-testid="span" data-state=STATE>`) and markers, each with a
/// `<title>` shown on hover. Built as text: one `innerHTML` per redraw is
/// far cheaper, in time and in code, than a node-by-node view.
///
/// `extend_to`: for a program still running, the instant its open spans
/// (those reaching the timeline's end) are drawn to.
pub fn lanes_svg(timeline: &Timeline, axis: f64, lang: Lang, extend_to: Option<f64>) -> String {
    use std::fmt::Write;
    let min = axis * RESOLUTION;
    let mut out = String::new();
    for (i, lane) in timeline.lanes.iter().take(MAX_LANES).enumerate() {
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
            let failed = if playground_core::http::label_failed(&s.label) {
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
            out.push_str(state_text(lang, s.state));
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
                // HTML in the SVG, so a long label ends in an ellipsis at
                // its span's end; the span's tooltip keeps the whole text.
                let _ = write!(
                    out,
                    "<foreignObject x=\"{}%\" y=\"{}\" width=\"{}%\" height=\"{}\" class=\"span-label-box\"><div class=\"span-label{}\" data-testid=\"span-label\">",
                    Fixed(x, 3),
                    Plain(y + 3.0),
                    Fixed(w, 3),
                    Plain(LANE_PX - 7.0),
                    if failed.is_empty() { "" } else { " failed" }
                );
                escape(&short_label(&s.label), &mut out);
                out.push_str("</div></foreignObject>");
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
            let _ = write!(out, " · {} s · {}", Fixed(time, 3), t(lang, key));
            if count > 1 {
                let _ = write!(out, " ×{count}");
            }
            out.push('\n');
            escape(&text, &mut out);
            out.push_str("</title></text>");
        }
        out.push_str("</g>");
    }
    out
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
    let Some(at) = tidy.find("://") else {
        return tidy;
    };
    let scheme_start = tidy[..at].rfind(' ').map_or(0, |i| i + 1);
    let rest = &tidy[at + 3..];
    let host_end = rest.find(['/', ' ']).unwrap_or(rest.len());
    let (host, after) = rest.split_at(host_end);
    if after.is_empty() || after.starts_with(' ') || after.starts_with("/ ") || after == "/" {
        format!(
            "{}{host}{}",
            &tidy[..scheme_start],
            after.trim_start_matches('/')
        )
    } else {
        format!("{}{after}", &tidy[..scheme_start])
    }
}

/// The lane names, as HTML for the label column.
pub fn labels_html(timeline: &Timeline, lang: Lang) -> String {
    let mut out = String::new();
    for lane in timeline.lanes.iter().take(MAX_LANES) {
        out.push_str("<div class=\"tl-label\" title=\"");
        escape(&lane.name, &mut out);
        out.push_str("\">");
        escape(&lane.name, &mut out);
        out.push_str("</div>");
    }
    let hidden = timeline.lanes.len().saturating_sub(MAX_LANES);
    if hidden > 0 {
        out.push_str(&format!(
            "<div class=\"tl-label more\" data-testid=\"more-lanes\">+{hidden} {}</div>",
            t(lang, "more-tasks")
        ));
    }
    out
}

/// The time axis: a dashed rule and a label at each round instant.
pub fn ticks_svg(axis: f64) -> String {
    use std::fmt::Write;
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

fn tick_step(axis: f64) -> f64 {
    [
        0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 30.0, 60.0, 120.0, 300.0, 600.0,
    ]
    .into_iter()
    .find(|s| axis / s <= 10.0)
    .unwrap_or((axis / 10.0).ceil())
}

/// The timeline of one program, drawn against the shared time axis `axis`.
#[allow(clippy::too_many_arguments)]
pub fn timeline_view(
    // What to draw.
    timeline: RwSignal<Timeline>,
    // Seconds the axis spans (the same for A and B).
    axis: Signal<f64>,
    // The playhead and whether a run is in progress.
    state: RunState,
    // `timeline-a` or `timeline-b`.
    testid: &'static str,
    // Accessible name, e.g. "Program A".
    label: Signal<&'static str>,
    // The trace hit its event limit.
    truncated: Signal<bool>,
    // The program is running: its open spans reach the playhead.
    live: Signal<bool>,
    lang: RwSignal<Lang>,
) -> impl IntoView {
    let height = rx(move || {
        timeline.with(|t| {
            let rows = t.lanes.len().clamp(1, MAX_LANES) + usize::from(t.lanes.len() > MAX_LANES);
            Plain(AXIS_PX + LANE_PX * rows as f64 + 4.0).to_string()
        })
    });
    let track = NodeRef::<leptos::svg::Svg>::new();
    let dragging = StoredValue::new(false);
    let seek_to = move |client_x: i32| {
        let Some(el) = track.get_untracked() else {
            return;
        };
        let rect = el.get_bounding_client_rect();
        if rect.width() <= 0.0 {
            return;
        }
        let f = ((client_x as f64 - rect.left()) / rect.width()).clamp(0.0, 1.0);
        state.seek(f * axis.get_untracked());
    };
    let summary = rx(move || {
        let l = lang.get();
        timeline.with(|tl| {
            format!(
                "{}: {} {}, {} s",
                label.get(),
                tl.lanes.len(),
                t(l, "lanes"),
                Fixed(tl.end, 2)
            )
        })
    });
    let x = rx(move || format!("{}%", Fixed(pct(state.playhead.get(), axis.get()), 3)));
    view! {
        <figure class="timeline" data-testid=testid>
            <figcaption class="sr-only">{summary.clone()}</figcaption>
            <div class="tl-body">
                <div class="tl-labels" aria-hidden="true" style=format!("padding-top:{}px", Plain(AXIS_PX))
                    inner_html=rx(move || timeline.with(|tl| labels_html(tl, lang.get())))></div>
                <svg
                    node_ref=track
                    class="tl-track"
                    class:scrubbable=rx(move || !state.running.get())
                    width="100%"
                    height=height
                    role="img"
                    aria-label=summary
                    on:pointerdown=move |ev: web_sys::PointerEvent| {
                        if state.running.get_untracked() || ev.button() != 0 {
                            return;
                        }
                        dragging.set_value(true);
                        if let Some(el) = track.get_untracked() {
                            let _ = el.set_pointer_capture(ev.pointer_id());
                        }
                        seek_to(ev.client_x());
                    }
                    on:pointermove=move |ev: web_sys::PointerEvent| {
                        if dragging.get_value() && !state.running.get_untracked() {
                            seek_to(ev.client_x());
                        }
                    }
                    on:pointerup=move |_| dragging.set_value(false)
                    on:pointercancel=move |_| dragging.set_value(false)
                >
                    <g class="axis" inner_html=rx(move || ticks_svg(axis.get()))></g>
                    <g inner_html=rx(move || {
                        let extend_to = live.get().then(|| state.edge.get());
                        timeline.with(|tl| lanes_svg(tl, axis.get(), lang.get(), extend_to))
                    })></g>
                    <line class="playhead" data-testid="playhead"
                        x1=x.clone()
                        x2=x
                        y1="0" y2="100%"/>
                </svg>
            </div>
            {notice(lang, rx(move || truncated.get()), "hint", None, "truncated", "truncated")}
        </figure>
    }
}

/// The legend's items: what the colours and glyphs mean.
pub fn legend_html(lang: Lang) -> String {
    let mut out = String::new();
    for (class, glyph, key) in [
        ("swatch span-running", "", "legend-running"),
        ("swatch span-ready", "", "legend-ready"),
        ("swatch span-waiting", "", "legend-waiting"),
        ("swatch span-blocked", "", "legend-blocked"),
        ("marker-print", "●", "marker-print"),
        ("marker-result", "✓", "marker-result"),
        ("marker-error", "✕", "marker-error"),
        ("marker-cancelled", "⊘", "marker-cancelled"),
    ] {
        out.push_str("<li><span class=\"");
        out.push_str(class);
        out.push('"');
        if !glyph.is_empty() {
            out.push_str(" aria-hidden=\"true\"");
        }
        out.push('>');
        out.push_str(glyph);
        out.push_str("</span>");
        out.push_str(t(lang, key));
        out.push_str("</li>");
    }
    out
}

/// What the colours and glyphs mean.
pub fn legend(lang: RwSignal<Lang>) -> impl IntoView {
    view! {
        <ul class="legend" aria-label=tr(lang, "legend") inner_html=rx(move || legend_html(lang.get()))></ul>
    }
}

/// The same, as a component (mounted alone in the browser tests).
#[component]
pub fn TimelineView(
    /// What to draw.
    timeline: RwSignal<Timeline>,
    /// Seconds the axis spans (the same for A and B).
    #[prop(into)]
    axis: Signal<f64>,
    /// The playhead and whether a run is in progress.
    state: RunState,
    /// `timeline-a` or `timeline-b`.
    testid: &'static str,
    /// Accessible name, e.g. "Program A".
    #[prop(into)]
    label: Signal<&'static str>,
    /// The trace hit its event limit.
    #[prop(into)]
    truncated: Signal<bool>,
    /// The program is running: its open spans reach the playhead.
    #[prop(into)]
    live: Signal<bool>,
    lang: RwSignal<Lang>,
) -> impl IntoView {
    timeline_view(timeline, axis, state, testid, label, truncated, live, lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: f64, end: f64, state: State) -> Span {
        Span {
            start,
            end,
            state,
            label: String::new(),
        }
    }

    #[test]
    fn span_labels_show_a_url_by_its_path() {
        assert_eq!(
            short_label("GET http://127.0.0.1:8090/detail/1?delay=0.5000001"),
            "GET /detail/1?delay=0.500"
        );
        assert_eq!(short_label("GET https://example.com/"), "GET example.com");
        assert_eq!(short_label("GET https://example.com"), "GET example.com");
        assert_eq!(short_label("sleep 0.6613830572s"), "sleep 0.661s");
        assert_eq!(short_label("Queue.get()"), "Queue.get()");
    }

    #[test]
    fn span_labels_sit_on_waiting_and_blocked_spans_only() {
        let mut lane_spans = vec![
            span(0.0, 1.0, State::Waiting),
            span(1.0, 2.0, State::Running),
            span(2.0, 3.0, State::Blocked),
        ];
        for s in &mut lane_spans {
            s.label = "GET http://127.0.0.1:8090/a<b>".into();
        }
        let timeline = Timeline {
            lanes: vec![Lane {
                task: None,
                name: "main".into(),
                parent: None,
                created: 0.0,
                spans: lane_spans,
                markers: Vec::new(),
                line: 1,
            }],
            end: 3.0,
        };
        let html = lanes_svg(&timeline, 3.0, Lang::En, None);
        assert_eq!(
            html.matches("data-testid=\"span-label\"").count(),
            2,
            "{html}"
        );
        assert!(html.contains("GET /a&lt;b&gt;"), "{html}");
    }

    #[test]
    fn long_spans_stay_apart() {
        let spans = vec![
            span(0.0, 1.0, State::Waiting),
            span(1.0, 2.0, State::Running),
        ];
        let d = coalesce(&spans, 0.01);
        assert_eq!(d.len(), 2);
        assert_eq!(d[1].state, State::Running);
    }

    #[test]
    fn a_burst_of_short_spans_is_one_rect_in_its_main_state() {
        let mut spans = Vec::new();
        for k in 0..1000 {
            let t = k as f64 * 1e-5;
            spans.push(span(t, t + 2e-6, State::Ready));
            spans.push(span(t + 2e-6, t + 1e-5, State::Running));
        }
        spans.push(span(0.01, 3.0, State::Waiting));
        let d = coalesce(&spans, 0.004);
        assert_eq!(d.len(), 2, "{d:?}");
        assert_eq!(d[0].state, State::Running);
        assert_eq!(d[0].count, 2000);
        assert_eq!(d[1].state, State::Waiting);
    }

    #[test]
    fn instant_steps_keep_running_on_ties() {
        let spans = vec![span(1.0, 1.0, State::Ready), span(1.0, 1.0, State::Running)];
        let d = coalesce(&spans, 0.01);
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].state, State::Running);
    }

    #[test]
    fn an_open_span_is_extended_before_merging_so_it_keeps_its_state() {
        // At publication the task had just started waiting: its ready and
        // running instants and the first microseconds of the wait.
        let spans = vec![
            span(0.0, 1.0, State::Waiting),
            span(1.0, 1.0, State::Ready),
            span(1.0, 1.0003, State::Running),
            span(1.0003, 1.0004, State::Waiting),
        ];
        let d = coalesce_to(&spans, 0.0125, Some(2.5));
        let last = d.last().unwrap();
        assert_eq!((last.state, last.end), (State::Waiting, 2.5), "{d:?}");
        assert_eq!(
            d[d.len() - 2].state,
            State::Running,
            "the instant's step stays visible"
        );
    }

    #[test]
    fn nearby_prints_share_a_marker() {
        let m = |time: f64, text: &str| Marker {
            time,
            kind: MarkerKind::Print,
            text: text.into(),
        };
        let ms: Vec<Marker> = (0..10).map(|k| m(k as f64 * 1e-4, "x")).collect();
        let d = coalesce_markers(&ms, 0.01);
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].3, 10);
        let apart = coalesce_markers(&[m(0.0, "One"), m(1.0, "Two")], 0.01);
        assert_eq!(apart.len(), 2);
    }

    #[test]
    fn lanes_become_escaped_svg_with_test_hooks() {
        let tl = Timeline {
            lanes: vec![playground_core::timeline::Lane {
                task: Some(1),
                name: "<Task-1>".into(),
                parent: None,
                created: 0.0,
                spans: vec![
                    span(0.0, 1.0, State::Waiting),
                    span(1.0, 2.0, State::Running),
                ],
                markers: vec![Marker {
                    time: 2.0,
                    kind: MarkerKind::Print,
                    text: "a & b".into(),
                }],
                line: 3,
            }],
            end: 2.0,
        };
        let svg = lanes_svg(&tl, 4.0, Lang::En, None);
        assert!(svg.contains(r#"data-task="&lt;Task-1&gt;""#), "{svg}");
        assert_eq!(svg.matches(r#"data-testid="span""#).count(), 2);
        assert!(svg.contains(r#"data-state="waiting" class="span span-waiting" x="0.000%""#));
        assert!(svg.contains(r#"x="25.000%""#), "{svg}");
        assert!(svg.contains("a &amp; b"));
        assert!(labels_html(&tl, Lang::Zh).contains("&lt;Task-1&gt;"));
        let live = lanes_svg(&tl, 4.0, Lang::En, Some(3.0));
        assert!(
            live.contains(r#"x="25.000%" y="19" width="25.000%""#),
            "a last running span is a finished step: not extended: {live}"
        );
        let mut waiting = tl.clone();
        waiting.lanes[0].spans[1].state = State::Waiting;
        let live = lanes_svg(&waiting, 4.0, Lang::En, Some(3.0));
        assert!(
            live.contains(r#"x="25.000%" y="19" width="50.000%""#),
            "the open wait reaches 3 s: {live}"
        );
        assert_eq!(ticks_svg(2.0).matches("<text").count(), 11);
    }

    #[test]
    fn long_decimals_are_cut_in_labels() {
        assert_eq!(tidy_label("sleep 0.6613830572238304s"), "sleep 0.661s");
        assert_eq!(tidy_label("sleep 1s"), "sleep 1s");
        assert_eq!(tidy_label("Task-2"), "Task-2");
        assert_eq!(tidy_label("wait 2.5s, 1.25s"), "wait 2.5s, 1.25s");
    }

    #[test]
    fn ticks_are_round_numbers() {
        assert_eq!(tick_step(1.0), 0.1);
        assert_eq!(tick_step(3.06), 0.5);
        assert_eq!(tick_step(10.2), 2.0);
    }
}
