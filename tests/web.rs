//! Browser unit tests (wasm-bindgen-test in headless Chromium):
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown -p async-playground`.
#![cfg(target_arch = "wasm32")]

use async_playground::{show_fatal_error, App, TITLE_EN, TITLE_ZH};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh element attached to the body, so each test mounts into its own place.
fn fresh_container() -> web_sys::HtmlElement {
    let doc = document();
    let div = doc
        .create_element("div")
        .unwrap()
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap();
    doc.body().unwrap().append_child(&div).unwrap();
    div
}

#[wasm_bindgen_test]
async fn timer_sleep_really_waits() {
    let performance = web_sys::window().unwrap().performance().unwrap();
    let start = performance.now();
    gloo_timers::future::TimeoutFuture::new(50).await;
    let elapsed = performance.now() - start;
    assert!(elapsed >= 50.0, "slept only {elapsed} ms");
}

#[wasm_bindgen_test]
fn shell_mounts_with_title_and_lesson_area() {
    let container = fresh_container();
    let _handle = leptos::mount::mount_to(container.clone(), App);

    let title = container
        .query_selector("[data-testid=\"shell-title\"]")
        .unwrap()
        .expect("the shell has a title");
    let text = title.text_content().unwrap_or_default();
    assert!(text.contains(TITLE_EN), "title was {text:?}");
    assert!(text.contains(TITLE_ZH), "title was {text:?}");

    let lesson_area = container
        .query_selector("[data-testid=\"lesson-area\"]")
        .unwrap()
        .expect("the shell has a lesson area");
    assert_eq!(lesson_area.tag_name(), "MAIN");
    assert!(container
        .query_selector("[data-testid=\"shell-footer\"]")
        .unwrap()
        .is_some());
}

#[wasm_bindgen_test]
fn fatal_error_box_shows_the_message() {
    show_fatal_error("first failure");
    show_fatal_error("index out of bounds: the len is 0 but the index is 3");

    let boxes = document()
        .query_selector_all("[data-testid=\"fatal-error\"]")
        .unwrap();
    assert_eq!(boxes.length(), 1, "a second error replaces the first");
    let fatal = boxes
        .get(0)
        .unwrap()
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap();
    let text = fatal.text_content().unwrap_or_default();
    assert!(text.contains("index out of bounds"), "box said {text:?}");
    assert!(!text.contains("first failure"), "box said {text:?}");
    assert_eq!(fatal.get_attribute("role").as_deref(), Some("alert"));
    fatal.remove();
}
