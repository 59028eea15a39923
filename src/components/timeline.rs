//! One program's timeline: a lane per task (names in an HTML column, so
//! text is never stretched), spans coloured by state and markers in an SVG
//! track whose x positions are percentages of the shared time axis, and the
//! playhead over it, which the pointer can drag once the run is over.

use crate::components::{notice, rx};
use crate::dom::{el, on, svg};
use crate::host::RunState;
use crate::i18n::{t, t_named, tr, Key, Lang};
use crate::reactive::{RwSignal, Signal, StoredValue};
use playground_core::numeric::dtoa::{Fixed, Plain};
use playground_core::timeline::Timeline;

// The markup is the core's (`playground_core::draw`), so the page and the
// exported file draw alike.
pub use playground_core::draw::{
    coalesce, coalesce_markers, coalesce_to, escape, group_alike, pct, short_label, tick_step,
    ticks_svg, tidy_label, Drawn, ALL_LANES, AXIS_PX, LANE_PX, MAX_LANES, RESOLUTION,
};

/// The SVG markup of a program's lanes in the page's language (see
/// `playground_core::draw::lanes_svg`), the first `limit`, one per lane.
pub fn lanes_svg(
    timeline: &Timeline,
    axis: f64,
    lang: Lang,
    extend_to: Option<f64>,
    limit: usize,
) -> Vec<String> {
    playground_core::draw::lanes_svg(
        timeline,
        axis,
        &|k| t_named(lang, k),
        extend_to,
        false,
        limit,
    )
}

/// The names of the first `limit` lanes, as HTML for the label column;
/// `counts`: how many tasks each lane stands for (empty: one each).
pub fn labels_html(timeline: &Timeline, lang: Lang, limit: usize, counts: &[usize]) -> String {
    let mut out = String::new();
    for lane in timeline.lanes.iter().take(limit) {
        out.push_str("<div class=\"tl-label\" title=\"");
        escape(&lane.name, &mut out);
        out.push_str("\">");
        escape(&lane.name, &mut out);
        out.push_str("</div>");
    }
    let hidden = match counts.get(limit..) {
        Some(rest) if !counts.is_empty() => rest.iter().sum(),
        _ => timeline.lanes.len().saturating_sub(limit),
    };
    if hidden > 0 {
        out.push_str(&format!(
            "<div class=\"tl-label more\" data-testid=\"more-lanes\">+{hidden} {}</div>",
            t(lang, Key::MoreTasks)
        ));
    }
    out
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
) -> web_sys::Node {
    // A program with more than MAX_LANES tasks shows the first ones and a
    // button that opens the rest (up to ALL_LANES, in a scrolling box).
    let expanded = RwSignal::new(false);
    let limit = move || if expanded.get() { ALL_LANES } else { MAX_LANES };
    let lanes = move || timeline.with(|t| t.lanes.len());
    let extend_to = move || live.get().then(|| state.edge.get());
    // Until opened, a crowded program's lanes drawn alike are drawn once.
    // (Grouped again for each use, a linear pass: a `Memo` of it cost 1 KB
    // of wasm.)
    let shown = move |f: &mut dyn FnMut(&Timeline, &[usize]) -> String| {
        let ext = extend_to();
        timeline.with(|tl| {
            match (!expanded.get())
                .then(|| group_alike(tl, axis.get(), ext))
                .flatten()
            {
                Some((grouped, counts)) => f(&grouped, &counts),
                None => f(tl, &[]),
            }
        })
    };
    let height = rx(move || {
        let limit = limit();
        shown(&mut |t, _| {
            let rows = t.lanes.len().clamp(1, limit) + usize::from(t.lanes.len() > limit);
            Plain(AXIS_PX + LANE_PX * rows as f64 + 4.0).to_string()
        })
    });
    let track = svg("svg");
    let track_el = track.0.clone();
    let dragging = StoredValue::new(false);
    let seek_to = std::rc::Rc::new(move |client_x: i32| {
        let rect = track_el.get_bounding_client_rect();
        if rect.width() <= 0.0 {
            return;
        }
        let f = ((client_x as f64 - rect.left()) / rect.width()).clamp(0.0, 1.0);
        state.seek(f * axis.get_untracked());
    });
    let seek_on_move = seek_to.clone();
    let summary = rx(move || {
        let l = lang.get();
        timeline.with(|tl| {
            format!(
                "{}: {} {}, {} s",
                label.get(),
                tl.lanes.len(),
                t(l, Key::Lanes),
                Fixed(tl.end, 2)
            )
        })
    });
    let x = rx(move || {
        let x = Fixed(pct(state.playhead.get(), axis.get()), 3);
        format!("transform:translateX({x}%)")
    });
    let capture = track.0.clone();
    let track = track
        .attr("class", "tl-track")
        .class_rx("scrubbable", rx(move || !state.running.get()))
        .attr("width", "100%")
        .attr_rx("height", height)
        .attr("role", "img")
        .attr_rx("aria-label", summary.clone())
        .on(
            "pointerdown",
            on(move |ev: web_sys::PointerEvent| {
                if state.running.get_untracked() || ev.button() != 0 {
                    return;
                }
                dragging.set_value(true);
                let _ = capture.set_pointer_capture(ev.pointer_id());
                seek_to(ev.client_x());
            }),
        )
        .on(
            "pointermove",
            on(move |ev: web_sys::PointerEvent| {
                if dragging.get_value() && !state.running.get_untracked() {
                    seek_on_move(ev.client_x());
                }
            }),
        )
        .on("pointerup", Box::new(move |_| dragging.set_value(false)))
        .on(
            "pointercancel",
            Box::new(move |_| dragging.set_value(false)),
        )
        .child(
            svg("g")
                .attr("class", "axis")
                .html_rx(rx(move || ticks_svg(axis.get())))
                .node(),
        )
        .child(
            svg("g")
                .parts_rx(rx(move || {
                    let (extend_to, limit) = (extend_to(), limit());
                    // (`shown` gives text: the lanes' parts are taken out.)
                    let mut lanes = Vec::new();
                    shown(&mut |tl, _| {
                        lanes = lanes_svg(tl, axis.get(), lang.get(), extend_to, limit);
                        String::new()
                    });
                    lanes
                }))
                .node(),
        );
    // The playhead is outside the SVG, on a layer of its own that the
    // compositor moves: moved inside it, every frame re-recorded all the
    // lanes (a threads program's thousands of spans: 3 ms a frame).
    let playhead = el("div")
        .attr("class", "playhead")
        .attr("data-testid", "playhead")
        .attr("aria-hidden", "true")
        .attr_rx("style", x);
    let track = el("div")
        .attr("class", "tl-track-box")
        .child(track.node())
        .child(playhead.node());
    let labels = el("div")
        .attr("class", "tl-labels")
        .attr("aria-hidden", "true")
        .attr("style", &format!("padding-top:{}px", Plain(AXIS_PX)))
        .html_rx(rx(move || {
            shown(&mut |tl, counts| labels_html(tl, lang.get(), limit(), counts))
        }));
    let more = el("button")
        .attr("type", "button")
        .attr("class", "tl-more")
        .attr("data-testid", "more-lanes-toggle")
        .flag_rx("hidden", rx(move || lanes() <= MAX_LANES))
        .attr_rx("aria-expanded", rx(move || expanded.get().to_string()))
        .on("click", Box::new(move |_| expanded.update(|e| *e = !*e)))
        .text_rx(rx(move || {
            if expanded.get() {
                t(lang.get(), Key::ShowFewer).to_string()
            } else {
                format!(
                    "{} {} {}",
                    t(lang.get(), Key::ShowAll),
                    lanes(),
                    t(lang.get(), Key::Lanes)
                )
            }
        }));
    el("figure")
        .attr("class", "timeline")
        .attr("data-testid", testid)
        .child(
            el("figcaption")
                .attr("class", "sr-only")
                .text_rx(summary)
                .node(),
        )
        .child(
            el("div")
                .attr("class", "tl-body")
                .class_rx("expanded", rx(move || expanded.get()))
                .child(labels.node())
                .child(track.node())
                .node(),
        )
        .child(more.node())
        .child(notice(
            lang,
            rx(move || truncated.get()),
            "hint",
            None,
            "truncated",
            Key::Truncated,
        ))
        .node()
}

pub fn legend_html(lang: Lang) -> String {
    let mut out = String::new();
    for (class, glyph, key) in playground_core::draw::LEGEND {
        out.push_str("<li><span class=\"");
        if glyph.is_empty() {
            out.push_str("swatch ");
        }
        out.push_str(class);
        out.push('"');
        if !glyph.is_empty() {
            out.push_str(" aria-hidden=\"true\"");
        }
        out.push('>');
        out.push_str(glyph);
        out.push_str("</span>");
        // The core names its legend's words; each is a key of ours.
        out.push_str(t_named(lang, key));
        out.push_str("</li>");
    }
    out
}

/// What the colours and glyphs mean.
pub fn legend(lang: RwSignal<Lang>) -> web_sys::Node {
    el("ul")
        .attr("class", "legend")
        .attr_rx("aria-label", tr(lang, Key::Legend))
        .html_rx(rx(move || legend_html(lang.get())))
        .node()
}

#[cfg(test)]
mod tests {
    use super::*;
    use playground_core::timeline::{Lane, Marker, MarkerKind, Span, State};

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
        let mut main = Lane::new(None, "main", 0.0);
        main.spans = lane_spans;
        let timeline = Timeline::of(vec![main], 3.0);
        let html = lanes_svg(&timeline, 3.0, Lang::En, None, MAX_LANES).concat();
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
        let mut lane = Lane::new(Some(1), "<Task-1>", 0.0);
        lane.spans = vec![
            span(0.0, 1.0, State::Waiting),
            span(1.0, 2.0, State::Running),
        ];
        lane.markers = vec![Marker {
            time: 2.0,
            kind: MarkerKind::Print,
            text: "a & b".into(),
        }];
        let tl = Timeline::of(vec![lane], 2.0);
        let svg = lanes_svg(&tl, 4.0, Lang::En, None, MAX_LANES).concat();
        assert!(svg.contains(r#"data-task="&lt;Task-1&gt;""#), "{svg}");
        assert_eq!(svg.matches(r#"data-testid="span""#).count(), 2);
        assert!(svg.contains(r#"data-state="waiting" class="span span-waiting" x="0.000%""#));
        assert!(svg.contains(r#"x="25.000%""#), "{svg}");
        assert!(svg.contains("a &amp; b"));
        assert!(labels_html(&tl, Lang::Zh, MAX_LANES, &[]).contains("&lt;Task-1&gt;"));
        let live = lanes_svg(&tl, 4.0, Lang::En, Some(3.0), MAX_LANES).concat();
        assert!(
            live.contains(r#"x="25.000%" y="19" width="25.000%""#),
            "a last running span is a finished step: not extended: {live}"
        );
        let mut waiting = tl.clone();
        waiting.lanes[0].spans[1].state = State::Waiting;
        let live = lanes_svg(&waiting, 4.0, Lang::En, Some(3.0), MAX_LANES).concat();
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
