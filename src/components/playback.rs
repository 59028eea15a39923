//! Going back over a finished run: the playhead slider, Play at 1× or
//! 0.25× (the playhead moves on its own, the editors' line marks and the
//! event-loop panel follow it), and ←/→ (or the ‹ › buttons) from one event
//! of the run to the next.

use crate::components::{on, rx};
use crate::host::{RunState, Side};
use crate::i18n::{t, tr, Lang};
use leptos::prelude::*;
use playground_core::draw::RESOLUTION;
use playground_core::numeric::dtoa::{fixed, Fixed};
use playground_core::timeline::Timeline;

/// The instants something happened in the run: a span began or ended, a
/// marker (print, result, error, cancellation), sorted, without repeats.
pub fn event_instants(timelines: &[Timeline]) -> Vec<f64> {
    let mut out: Vec<f64> = Vec::new();
    for lane in timelines.iter().flat_map(|t| &t.lanes) {
        for s in &lane.spans {
            out.push(s.start);
            out.push(s.end);
        }
        out.extend(lane.markers.iter().map(|m| m.time));
    }
    out.retain(|t| t.is_finite());
    out.sort_by(f64::total_cmp);
    out.dedup();
    out
}

/// The event after `from` (`forward`) or before it, at least `gap` away
/// (so that each press moves the playhead visibly).
pub fn next_event(instants: &[f64], from: f64, forward: bool, gap: f64) -> Option<f64> {
    if forward {
        instants.iter().copied().find(|&t| t > from + gap)
    } else {
        instants.iter().rev().copied().find(|&t| t < from - gap)
    }
}

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// One frame of playback: the playhead advances by the frame's wall time
/// times the speed, and stops at `end`, on Pause or when a run starts.
fn play_frame(state: RunState, playing: RwSignal<bool>, speed: f64, end: f64, last: f64) {
    if !playing.get_untracked() || state.running.get_untracked() {
        playing.set(false);
        return;
    }
    let now = now_ms();
    let t = state.playhead.get_untracked() + (now - last) / 1000.0 * speed;
    if t >= end {
        state.seek(end);
        playing.set(false);
        return;
    }
    state.seek(t);
    request_animation_frame(move || play_frame(state, playing, speed, end, now));
}

/// The playhead slider and the playback controls under the timelines.
pub fn playback(
    sides: [Side; 4],
    count: Signal<usize>,
    state: RunState,
    axis: Memo<f64>,
    lang: RwSignal<Lang>,
) -> impl IntoView {
    let playing = RwSignal::new(false);
    let speed = RwSignal::new(1.0);
    let timelines = move || -> Vec<Timeline> {
        sides[..count.get_untracked()]
            .iter()
            .map(|s| s.timeline.get_untracked())
            .collect()
    };
    let run_end = move || timelines().iter().map(|t| t.end).fold(0.0, f64::max);
    let jump = move |forward: bool| {
        playing.set(false);
        let instants = event_instants(&timelines());
        let gap = axis.get_untracked() * RESOLUTION / 2.0;
        if let Some(t) = next_event(&instants, state.playhead.get_untracked(), forward, gap) {
            state.seek(t);
        }
    };
    let toggle = move || {
        if playing.get_untracked() {
            playing.set(false);
            return;
        }
        let end = run_end();
        if end <= 0.0 {
            return;
        }
        if state.playhead.get_untracked() >= end - 1e-9 {
            state.seek(0.0);
        }
        playing.set(true);
        let s = speed.get_untracked();
        let start = now_ms();
        request_animation_frame(move || play_frame(state, playing, s, end, start));
    };
    let idle = rx(move || state.running.get() || state.stepping.get().is_some());
    let disabled = idle.clone();
    let (prev_off, next_off) = (idle.clone(), idle.clone());
    view! {
        <div class="playback" role="group" aria-label=tr(lang, "playback")>
            <button type="button" data-testid="play" class="play" disabled=move || idle()
                aria-pressed=rx(move || playing.get().to_string())
                on:click=on(move |_: web_sys::MouseEvent| toggle())>
                {rx(move || t(lang.get(), if playing.get() { "pause" } else { "play" }))}
            </button>
            <select data-testid="play-speed" aria-label=tr(lang, "play-speed")
                on:change=on(move |ev: web_sys::Event| {
                    speed.set(if event_target_value(&ev) == "0.25" { 0.25 } else { 1.0 });
                    if playing.get_untracked() {
                        // Carry on at the new speed.
                        playing.set(false);
                        request_animation_frame(toggle);
                    }
                })>
                <option value="1">"1×"</option>
                <option value="0.25">"0.25×"</option>
            </select>
            <button type="button" data-testid="prev-event" disabled=move || prev_off()
                aria-label=tr(lang, "prev-event") title=tr(lang, "prev-event")
                on:click=on(move |_: web_sys::MouseEvent| jump(false))>"‹"</button>
            <button type="button" data-testid="next-event" disabled=move || next_off()
                aria-label=tr(lang, "next-event") title=tr(lang, "next-event")
                on:click=on(move |_: web_sys::MouseEvent| jump(true))>"›"</button>
            <label class="scrub">
                <span>{tr(lang, "playhead")}</span>
                <input type="range" min="0" step="0.01" data-testid="playhead-slider"
                    disabled=move || disabled()
                    max=rx(move || fixed(axis.get(), 2))
                    prop:value=rx(move || fixed(state.playhead.get(), 2))
                    on:input=on(move |ev: web_sys::Event| {
                        playing.set(false);
                        if let Some(v) = playground_core::numeric::float::parse_float(&event_target_value(&ev)) {
                            state.seek(v)
                        }
                    })
                    // ←/→ go from event to event; Shift with them keeps the
                    // slider's own small steps.
                    on:keydown=on(move |ev: web_sys::KeyboardEvent| {
                        let key = ev.key();
                        if (key == "ArrowLeft" || key == "ArrowRight") && !ev.shift_key() {
                            ev.prevent_default();
                            jump(key == "ArrowRight");
                        }
                    })/>
                <output data-testid="playhead-time">{rx(move || format!("{} s", Fixed(state.playhead.get(), 2)))}</output>
            </label>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use playground_core::timeline::{Lane, Marker, MarkerKind, Span, State};

    #[test]
    fn events_are_span_edges_and_markers_in_order_once_each() {
        let lane = |spans: &[(f64, f64)], marks: &[f64]| Lane {
            task: None,
            name: "main".into(),
            parent: None,
            created: 0.0,
            spans: spans
                .iter()
                .map(|&(start, end)| Span {
                    start,
                    end,
                    state: State::Running,
                    label: String::new(),
                })
                .collect(),
            markers: marks
                .iter()
                .map(|&time| Marker {
                    time,
                    kind: MarkerKind::Print,
                    text: String::new(),
                })
                .collect(),
            line: 1,
        };
        let a = Timeline {
            lanes: vec![lane(&[(0.0, 1.0), (1.0, 2.0)], &[1.5])],
            end: 2.0,
        };
        let b = Timeline {
            lanes: vec![lane(&[(0.0, 0.5)], &[2.0])],
            end: 2.0,
        };
        let all = event_instants(&[a, b]);
        assert_eq!(all, vec![0.0, 0.5, 1.0, 1.5, 2.0]);
        assert_eq!(next_event(&all, 0.0, true, 0.0), Some(0.5));
        assert_eq!(next_event(&all, 1.0, false, 0.0), Some(0.5));
        assert_eq!(
            next_event(&all, 0.99, true, 0.05),
            Some(1.5),
            "too close to move"
        );
        assert_eq!(next_event(&all, 2.0, true, 0.0), None);
        assert_eq!(next_event(&all, 0.0, false, 0.0), None);
    }
}
