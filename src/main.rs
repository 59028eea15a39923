//! Entry point of the browser app: installs the panic hook, mounts the page
//! and marks the instant it became usable (`performance.mark("interactive")`,
//! read by the benchmark `node e2e/bench.mjs`), then registers the demo site's
//! Service Worker, fetches the network lessons' Python modules and warms the
//! interpreter up.

fn main() {
    async_playground::install_panic_hook();
    leptos::mount::mount_to_body(async_playground::App);
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark("interactive");
    }
    async_playground::net::start();
    async_playground::net::load_libraries();
    leptos::prelude::set_timeout(
        async_playground::host::warm_up,
        std::time::Duration::from_millis(200),
    );
}
