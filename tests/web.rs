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

/// The interpreter core runs a program on the browser's real clock: the
/// 200 ms sleep really takes 200 ms of wall time, with no busy waiting.
#[wasm_bindgen_test]
async fn core_runs_an_asyncio_program_on_real_timers() {
    use playground_core::program::{Options, Program, Step};
    let performance = web_sys::window().unwrap().performance().unwrap();
    let src = "import asyncio\nasync def main():\n    await asyncio.sleep(0.2)\n    print('done')\nasyncio.run(main())\n";
    let mut program = Program::new(
        src,
        Options {
            seconds_per_instruction: 0.0,
            ..Options::default()
        },
    );
    let start = performance.now();
    let mut out = String::new();
    let mut slices = 0;
    loop {
        program.set_time((performance.now() - start) / 1000.0);
        let step = program.run_slice(10_000);
        slices += 1;
        for chunk in program.take_output() {
            out.push_str(&chunk.text);
        }
        match step {
            Step::Continue => gloo_timers::future::TimeoutFuture::new(0).await,
            Step::Sleep { until, .. } => {
                let wait = (until * 1000.0 - (performance.now() - start)).max(0.0);
                gloo_timers::future::TimeoutFuture::new(wait as u32).await;
            }
            Step::Finished { exit_code } => {
                assert_eq!(exit_code, 0);
                break;
            }
        }
    }
    let elapsed = performance.now() - start;
    assert_eq!(out, "done\n");
    assert!((200.0..1000.0).contains(&elapsed), "took {elapsed} ms");
    assert!(
        slices < 50,
        "woke only when needed, not in a busy loop ({slices} slices)"
    );
}

/// The page runs a lesson from the Run button and fills console and timeline.
#[wasm_bindgen_test]
async fn run_button_fills_console_and_timeline() {
    let container = fresh_container();
    let _handle = leptos::mount::mount_to(container.clone(), App);
    let picker = container
        .query_selector("[data-testid=\"lesson-picker\"]")
        .unwrap()
        .expect("lesson picker")
        .dyn_into::<web_sys::HtmlSelectElement>()
        .unwrap();
    assert_eq!(
        picker.length(),
        playground_core::lessons::all().len() as u32
    );
    let run = container
        .query_selector("[data-testid=\"run\"]")
        .unwrap()
        .expect("run button")
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap();
    run.click();
    // The default lesson (count/sleep) takes 3 s in A and 1 s in B.
    gloo_timers::future::TimeoutFuture::new(1500).await;
    let console_b = container
        .query_selector("[data-testid=\"console-b\"]")
        .unwrap()
        .unwrap();
    assert_eq!(
        console_b
            .text_content()
            .unwrap_or_default()
            .matches("Two")
            .count(),
        3
    );
    let lanes = container
        .query_selector_all("[data-testid=\"timeline-b\"] [data-testid=\"lane\"]")
        .unwrap();
    assert_eq!(
        lanes.length(),
        5,
        "main, asyncio.run's task and the three counts"
    );
    let waiting = container
        .query_selector_all(
            "[data-testid=\"timeline-b\"] [data-testid=\"span\"][data-state=\"waiting\"]",
        )
        .unwrap();
    assert!(waiting.length() >= 3, "the counts waited on their sleeps");
    let stop = container
        .query_selector("[data-testid=\"stop\"]")
        .unwrap()
        .unwrap()
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap();
    stop.click();
}
