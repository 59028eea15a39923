//! The demo site's settings: its latency, its error rate, and whether
//! `127.0.0.1`/`localhost` URLs go to a real server (`playground serve`,
//! where the browser's six-connections-per-host cap shows) instead of the
//! site inside the page. They apply from the next run.

use crate::components::on;
use crate::dom::{el, event_target_checked, event_target_value};
use crate::i18n::{tr, Key, Lang};
use crate::net;
use crate::reactive::RwSignal;

pub fn site_settings(lang: RwSignal<Lang>) -> web_sys::Node {
    let update = |change: &dyn Fn(&mut net::SiteSettings)| {
        let mut s = net::settings();
        change(&mut s);
        net::set_settings(s);
    };
    let initial = net::settings();
    // A labelled number field (`key` its label and test id) that sets what
    // `apply` sets, the value kept at most `max`.
    let field =
        |key: Key, max: u64, step: &str, value: u64, apply: fn(&mut net::SiteSettings, u64)| {
            let input = el("input")
                .attr("type", "number")
                .attr("min", "0")
                .attr("max", &max.to_string())
                .attr("step", step)
                .attr("data-testid", key.name())
                .attr("value", &value.to_string())
                .on(
                    "change",
                    on(move |ev: web_sys::Event| {
                        if let Ok(v) = event_target_value(&ev).trim().parse::<u64>() {
                            update(&|s| apply(s, v.min(max)))
                        }
                    }),
                );
            el("label")
                .child(el("span").text_rx(tr(lang, key)).node())
                .child(input.node())
                .node()
        };
    let latency = field(
        Key::SiteLatency,
        10_000,
        "100",
        initial.config.latency_ms,
        |s, ms| s.config.latency_ms = ms,
    );
    let errors = field(
        Key::SiteErrors,
        100,
        "5",
        initial.config.error_percent as u64,
        |s, pct| s.config.error_percent = pct as u8,
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
        .child(el("summary").text_rx(tr(lang, Key::SiteSettings)).node())
        .child(latency)
        .child(errors)
        .child(
            el("label")
                .child(real.node())
                .child(el("span").text_rx(tr(lang, Key::SiteRealServer)).node())
                .node(),
        )
        .child(
            el("p")
                .attr("class", "hint")
                .text_rx(tr(lang, Key::SiteSettingsHint))
                .node(),
        )
        .node()
}
