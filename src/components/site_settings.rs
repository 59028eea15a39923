//! The demo site's settings: its latency, its error rate, and whether
//! `127.0.0.1`/`localhost` URLs go to a real server (`playground serve`,
//! where the browser's six-connections-per-host cap shows) instead of the
//! site inside the page. They apply from the next run.

use crate::components::on;
use crate::dom::{el, event_target_checked, event_target_value};
use crate::i18n::{tr, Lang};
use crate::net;
use crate::reactive::RwSignal;

pub fn site_settings(lang: RwSignal<Lang>) -> web_sys::Node {
    let update = |change: &dyn Fn(&mut net::SiteSettings)| {
        let mut s = net::settings();
        change(&mut s);
        net::set_settings(s);
    };
    let number = |ev: &web_sys::Event, max: u64| {
        event_target_value(ev)
            .trim()
            .parse::<u64>()
            .ok()
            .map(|v| v.min(max))
    };
    let initial = net::settings();
    let field = |key: &'static str, input: crate::dom::El| {
        el("label")
            .child(el("span").text_rx(tr(lang, key)).node())
            .child(input.node())
            .node()
    };
    let number_input = |testid: &str, max: &str, step: &str, value: String| {
        el("input")
            .attr("type", "number")
            .attr("min", "0")
            .attr("max", max)
            .attr("step", step)
            .attr("data-testid", testid)
            .attr("value", &value)
    };
    let latency = number_input(
        "site-latency",
        "10000",
        "100",
        initial.config.latency_ms.to_string(),
    )
    .on(
        "change",
        on(move |ev: web_sys::Event| {
            if let Some(ms) = number(&ev, 10_000) {
                update(&|s| s.config.latency_ms = ms)
            }
        }),
    );
    let errors = number_input(
        "site-errors",
        "100",
        "5",
        initial.config.error_percent.to_string(),
    )
    .on(
        "change",
        on(move |ev: web_sys::Event| {
            if let Some(pct) = number(&ev, 100) {
                update(&|s| s.config.error_percent = pct as u8)
            }
        }),
    );
    let real = el("input")
        .attr("type", "checkbox")
        .attr("data-testid", "site-real-server")
        .attr_opt("checked", initial.real_server.then_some(""))
        .on(
            "change",
            on(move |ev: web_sys::Event| {
                let checked = event_target_checked(&ev);
                update(&|s| s.real_server = checked)
            }),
        );
    el("details")
        .attr("class", "site-settings")
        .attr("data-testid", "site-settings")
        .child(el("summary").text_rx(tr(lang, "site-settings")).node())
        .child(field("site-latency", latency))
        .child(field("site-errors", errors))
        .child(
            el("label")
                .child(real.node())
                .child(el("span").text_rx(tr(lang, "site-real-server")).node())
                .node(),
        )
        .child(
            el("p")
                .attr("class", "hint")
                .text_rx(tr(lang, "site-settings-hint"))
                .node(),
        )
        .node()
}
