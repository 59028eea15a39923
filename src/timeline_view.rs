//! One program's timeline as SVG: a lane per task, spans coloured by state,
//! markers for prints, results, errors and cancellations, and the playhead.

use crate::i18n::{tr, Lang};
use leptos::prelude::*;
use playground_core::timeline::{MarkerKind, State, Timeline};

const WIDTH: f64 = 1000.0;
const LABEL: f64 = 120.0;
const LANE: f64 = 24.0;
const TOP: f64 = 18.0;
/// Lanes drawn; a program with more tasks gets a summary row instead of the rest.
pub const MAX_LANES: usize = 40;

fn x_of(t: f64, axis: f64) -> f64 {
    LABEL + (t / axis.max(1e-9)) * (WIDTH - LABEL - 8.0)
}

fn fmt_s(t: f64) -> String {
    format!("{t:.2}")
}

/// The timeline of one program, drawn against the shared time axis `axis` (seconds).
#[component]
pub fn TimelineView(
    /// What to draw.
    timeline: RwSignal<Timeline>,
    /// Seconds the axis spans (the same for A and B).
    #[prop(into)]
    axis: Signal<f64>,
    /// The instant shown by the playhead.
    playhead: RwSignal<f64>,
    /// `timeline-a` or `timeline-b`.
    testid: &'static str,
    lang: RwSignal<Lang>,
) -> impl IntoView {
    let shown = move || timeline.with(|t| t.lanes.len().min(MAX_LANES));
    let hidden = move || timeline.with(|t| t.lanes.len().saturating_sub(MAX_LANES));
    let height = move || TOP + LANE * (shown().max(1) + usize::from(hidden() > 0)) as f64 + 6.0;
    let scrub = move |ev: web_sys::MouseEvent| {
        use wasm_bindgen::JsCast;
        let Some(target) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let rect = target.get_bounding_client_rect();
        if rect.width() <= 0.0 {
            return;
        }
        let x = (ev.client_x() as f64 - rect.left()) / rect.width() * WIDTH;
        let t = ((x - LABEL) / (WIDTH - LABEL - 8.0) * axis.get_untracked()).max(0.0);
        playhead.set(t);
    };
    let ticks = move || {
        let a = axis.get();
        let step = if a <= 2.0 {
            0.5
        } else if a <= 6.0 {
            1.0
        } else if a <= 20.0 {
            2.0
        } else {
            (a / 10.0).ceil()
        };
        let mut out = Vec::new();
        let mut t = 0.0;
        while t <= a + 1e-9 {
            out.push(t);
            t += step;
        }
        out
    };
    view! {
        <figure class="timeline">
            <figcaption class="sr-only">{tr(lang, "timeline")}</figcaption>
            <svg
                data-testid=testid
                class="timeline-svg"
                viewBox=move || format!("0 0 {WIDTH} {}", height())
                preserveAspectRatio="none"
                style=move || format!("height:{}px", height())
                role="img"
                on:click=scrub
            >
                <g class="axis">
                    {move || ticks().into_iter().map(|t| {
                        let x = x_of(t, axis.get());
                        view! {
                            <line x1=x x2=x y1=TOP - 4.0 y2=height() class="tick"/>
                            <text x=x + 2.0 y=12.0 class="tick-label">{format!("{t}s")}</text>
                        }
                    }).collect_view()}
                </g>
                {move || {
                    let a = axis.get();
                    timeline.with(|t| t.lanes.iter().take(MAX_LANES).enumerate().map(|(i, lane)| {
                        let y = TOP + i as f64 * LANE;
                        let spans = lane.spans.iter().map(|s| {
                            let x = x_of(s.start, a);
                            let w = (x_of(s.end, a) - x).max(1.5);
                            let label = if s.label.is_empty() {
                                format!("{} {}–{} s", s.state.name(), fmt_s(s.start), fmt_s(s.end))
                            } else {
                                format!("{}: {} ({}–{} s)", s.state.name(), s.label, fmt_s(s.start), fmt_s(s.end))
                            };
                            let text = if s.state == State::Waiting && w > 60.0 { s.label.clone() } else { String::new() };
                            view! {
                                <g>
                                    <rect data-testid="span" data-state=s.state.name()
                                        class=format!("span span-{}", s.state.name())
                                        x=x y=y + 3.0 width=w height=LANE - 8.0 rx=3.0>
                                        <title>{label}</title>
                                    </rect>
                                    <text x=x + 4.0 y=y + LANE / 2.0 + 3.0 class="span-label">{text}</text>
                                </g>
                            }
                        }).collect_view();
                        let markers = lane.markers.iter().map(|m| {
                            let x = x_of(m.time, a);
                            let (class, glyph) = match m.kind {
                                MarkerKind::Print => ("marker marker-print", "●"),
                                MarkerKind::Result => ("marker marker-result", "✓"),
                                MarkerKind::Error => ("marker marker-error", "✕"),
                                MarkerKind::Cancelled => ("marker marker-cancelled", "⊘"),
                            };
                            view! {
                                <text x=x - 4.0 y=y + LANE - 2.0 class=class>
                                    {glyph}
                                    <title>{format!("{} s: {}", fmt_s(m.time), m.text)}</title>
                                </text>
                            }
                        }).collect_view();
                        view! {
                            <g data-testid="lane" data-task=lane.name.clone() class="lane">
                                <text x=4.0 y=y + LANE / 2.0 + 4.0 class="lane-label">{lane.name.clone()}</text>
                                <line x1=LABEL x2=WIDTH y1=y + LANE - 1.0 y2=y + LANE - 1.0 class="lane-rule"/>
                                {spans}
                                {markers}
                            </g>
                        }
                    }).collect_view())
                }}
                {move || (hidden() > 0).then(|| view! {
                    <text x=4.0 y=TOP + LANE * shown() as f64 + LANE / 2.0 + 4.0 class="lane-label more" data-testid="more-lanes">
                        {format!("… {} more tasks", hidden())}
                    </text>
                })}
                <line class="playhead" data-testid="playhead"
                    x1=move || x_of(playhead.get(), axis.get()) x2=move || x_of(playhead.get(), axis.get())
                    y1=TOP - 6.0 y2=height/>
            </svg>
        </figure>
    }
}

/// What the colours mean.
#[component]
pub fn Legend(lang: RwSignal<Lang>) -> impl IntoView {
    view! {
        <ul class="legend" aria-label="legend">
            <li><span class="swatch span-running"></span>{tr(lang, "legend-running")}</li>
            <li><span class="swatch span-ready"></span>{tr(lang, "legend-ready")}</li>
            <li><span class="swatch span-waiting"></span>{tr(lang, "legend-waiting")}</li>
            <li><span class="swatch span-blocked"></span>{tr(lang, "legend-blocked")}</li>
            <li><span class="marker-print">"●"</span>" print"</li>
            <li><span class="marker-result">"✓"</span>" result"</li>
            <li><span class="marker-error">"✕"</span>" error"</li>
            <li><span class="marker-cancelled">"⊘"</span>" cancelled"</li>
        </ul>
    }
}
