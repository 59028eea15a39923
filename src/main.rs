//! Entry point of the browser app: installs the panic hook, mounts the page
//! and marks the instant it became usable (`performance.mark("interactive")`,
//! read by the benchmark `node e2e/bench.mjs`), then registers the demo site's
//! Service Worker and warms the interpreter up (which fetches the asyncio
//! library files; other `lib/` modules are fetched when a program imports them).

// Counts the bytes the interpreter holds (`tracemalloc`).
#[global_allocator]
static ALLOCATOR: playground_core::memory::Counting = playground_core::memory::Counting;

fn main() {
    async_playground::install_panic_hook();
    if web_sys::window().is_none() {
        // A process's Web Worker loads this module too (`processes`).
        return;
    }
    if let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    {
        let _ = body.append_child(&async_playground::App());
        // The load-failure notice (index.html) goes (style/main.css).
        let _ = body.class_list().add_1("app-started");
    }
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark("interactive");
    }
    async_playground::net::start();
    async_playground::dom::set_timeout(
        async_playground::host::warm_up,
        std::time::Duration::from_millis(200),
    );
}
