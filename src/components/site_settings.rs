//! The demo site's settings: its latency, its error rate, and whether
//! `127.0.0.1`/`localhost` URLs go to a real server (`playground serve`,
//! where the browser's six-connections-per-host cap shows) instead of the
//! site inside the page. They apply from the next run.

use crate::components::on;
use crate::i18n::{tr, Lang};
use crate::net;
use leptos::prelude::*;

pub fn site_settings(lang: RwSignal<Lang>) -> impl IntoView {
    let update = |change: &dyn Fn(&mut net::SiteSettings)| {
        let mut s = net::settings();
        change(&mut s);
        net::set_settings(s);
    };
    let number = |ev: &leptos::ev::Event, max: u64| {
        event_target_value(ev)
            .trim()
            .parse::<u64>()
            .ok()
            .map(|v| v.min(max))
    };
    let initial = net::settings();
    view! {
        <details class="site-settings" data-testid="site-settings">
            <summary>{tr(lang, "site-settings")}</summary>
            <label>
                <span>{tr(lang, "site-latency")}</span>
                <input type="number" min="0" max="10000" step="100" data-testid="site-latency"
                    value=initial.config.latency_ms.to_string()
                    on:change=on(move |ev: web_sys::Event| if let Some(ms) = number(&ev, 10_000) {
                        update(&|s| s.config.latency_ms = ms)
                    })/>
            </label>
            <label>
                <span>{tr(lang, "site-errors")}</span>
                <input type="number" min="0" max="100" step="5" data-testid="site-errors"
                    value=initial.config.error_percent.to_string()
                    on:change=on(move |ev: web_sys::Event| if let Some(pct) = number(&ev, 100) {
                        update(&|s| s.config.error_percent = pct as u8)
                    })/>
            </label>
            <label>
                <input type="checkbox" data-testid="site-real-server" checked=initial.real_server
                    on:change=on(move |ev: web_sys::Event| {
                        let checked = event_target_checked(&ev);
                        update(&|s| s.real_server = checked)
                    })/>
                <span>{tr(lang, "site-real-server")}</span>
            </label>
            <p class="hint">{tr(lang, "site-settings-hint")}</p>
        </details>
    }
}
