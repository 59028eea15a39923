//! Async Playground, the browser app: the page shell that will hold the
//! lessons, and the panic hook that turns an internal error into a message the
//! learner can read. The interpreter itself lives in `playground-core`; this
//! crate only hosts it and draws what it reports.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Name of the project as shown in the header, in English.
pub const TITLE_EN: &str = "Async Playground";
/// Name of the project as shown in the header, in Chinese.
pub const TITLE_ZH: &str = "异步游乐场";

/// The whole page: header, the (for now empty) lesson area, and footer.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <div class="shell">
            <Header/>
            <LessonArea/>
            <Footer/>
        </div>
    }
}

/// The page header with the project's name in English and Chinese.
#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="shell-header" data-testid="shell-header">
            <h1 class="shell-title" data-testid="shell-title">
                <span lang="en">{TITLE_EN}</span>
                <span class="shell-title-sep" aria-hidden="true">" · "</span>
                <span lang="zh-Hans">{TITLE_ZH}</span>
            </h1>
            <p class="shell-tagline">
                "Run Python asyncio programs and watch every task on a timeline."
            </p>
        </header>
    }
}

/// Where a lesson's text, editor and timeline will go. Empty until lessons exist.
#[component]
pub fn LessonArea() -> impl IntoView {
    view! {
        <main class="lesson-area" data-testid="lesson-area" aria-label="Lesson"></main>
    }
}

/// The page footer.
#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="shell-footer" data-testid="shell-footer">
            "Python runs in your browser with the playground's own interpreter; nothing is sent anywhere."
        </footer>
    }
}

/// Installs a panic hook that logs the panic to the console (with a stack) and
/// also shows it in the page, so that an internal error never leaves the
/// learner with a blank page.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_fatal_error(&info.to_string());
    }));
}

/// Shows `message` in a box at the top of the page (`data-testid="fatal-error"`).
/// Uses the DOM directly, not leptos: it must work when the app itself is broken.
/// Calling it again replaces the message.
pub fn show_fatal_error(message: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else {
        return;
    };
    let existing = document
        .query_selector("[data-testid=\"fatal-error\"]")
        .ok()
        .flatten();
    let fatal = match existing {
        Some(el) => el,
        None => {
            let Ok(el) = document.create_element("div") else {
                return;
            };
            let _ = el.set_attribute("data-testid", "fatal-error");
            let _ = el.set_attribute("role", "alert");
            el.set_class_name("fatal-error");
            let _ = body.insert_before(&el, body.first_child().as_ref());
            el
        }
    };
    fatal.set_inner_html("");
    if let Ok(heading) = document.create_element("strong") {
        heading.set_text_content(Some(
            "The playground stopped because of an internal error. Reload the page to start again.",
        ));
        let _ = fatal.append_child(&heading);
    }
    if let Ok(pre) = document.create_element("pre") {
        pre.set_text_content(Some(message));
        let _ = fatal.append_child(&pre);
    }
    if let Some(el) = fatal.dyn_ref::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}
