//! Share links: the editors' programs and the demo site's settings packed
//! into the link's fragment (`#code=<base64url>.<its length>`), the lesson
//! and the language in its query. Nothing is stored on a server. The
//! format, its checks and the compression (the browser's
//! `CompressionStream("deflate-raw")`) are in `share.js`, with the
//! downloads the export menu makes; this module holds what the page keeps
//! of a link.

use playground_core::cell::RefCell;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/share.js")]
extern "C" {
    #[wasm_bindgen(js_name = packLink)]
    fn pack_link_js(
        programs: &js_sys::Array,
        latency: f64,
        errors: f64,
        real: bool,
        query: &str,
        words: &str,
    );
    /// Show `text` in a notice at the top of the page (none when empty).
    #[wasm_bindgen(js_name = linkNotice)]
    pub fn link_notice(text: &str);
    #[wasm_bindgen(js_name = openLink)]
    fn open_link(done: JsValue, keys: &js_sys::Array, question: &str) -> bool;
    /// Hand a file to the browser as the download `name`: `kind` "png"
    /// draws the SVG `text` into a canvas; "consoles" downloads the
    /// consoles under the programs' names (`text`: "A|B|…"); any other
    /// `kind` is the MIME type of `text`.
    pub fn download(kind: &str, text: &str, name: &str);
}

/// What a share link held: the name of its problem (an i18n key, empty
/// when none), its programs (A first), the demo site's latency, error rate
/// and whether it goes to a real server.
pub type Link = (String, Vec<String>, f64, f64, bool);

thread_local! {
    /// The page's share link once read, until the page takes it.
    static LINK: RefCell<Option<Link>> = const { RefCell::new(None) };
    /// The programs as a broken link showed them (the lesson's own): not
    /// saved as the learner's edits until edited.
    static HELD: RefCell<Option<Vec<String>>> = const { RefCell::new(None) };
}

/// Read the share link in the page's address, if it has one (`true`), then
/// call `done` (the page then `take`s it). Should its programs differ from
/// the learner's saved edits (under `keys`), the learner is asked
/// `question` first; the problem "share-kept" says they said no.
pub fn open(keys: Vec<String>, question: &str, done: impl Fn() + 'static) -> bool {
    open_link(
        Closure::once_into_js(
            move |problem: String, programs: JsValue, latency: f64, errors: f64, real: bool| {
                let programs = js_sys::Array::from(&programs)
                    .iter()
                    .map(|p| p.as_string().unwrap_or_default())
                    .collect();
                LINK.with(|l| *l.borrow_mut() = Some((problem, programs, latency, errors, real)));
                done();
            },
        ),
        &strings(&keys),
        question,
    )
}

/// Make the link with `programs` (A first) and the demo site's settings,
/// copy it and show it with its length and its embed code under the
/// toolbar; `words`: the i18n key `share-words`.
pub fn pack_link(
    programs: &[String],
    latency: f64,
    errors: f64,
    real: bool,
    query: &str,
    words: &str,
) {
    pack_link_js(&strings(programs), latency, errors, real, query, words);
}

fn strings(items: &[String]) -> js_sys::Array {
    items.iter().map(|s| JsValue::from_str(s)).collect()
}

/// Whether a link was read and not yet taken.
pub fn pending() -> bool {
    LINK.with(|l| l.borrow().is_some())
}

/// What the link held, once.
pub fn take() -> Option<Link> {
    LINK.with(|l| l.borrow_mut().take())
}

/// Programs shown from a broken link (`None`: none, or the learner moved on).
pub fn hold(programs: Option<Vec<String>>) {
    HELD.with(|h| *h.borrow_mut() = programs);
}

/// Whether `text` in editor `k` (0: A, 1: B, …) is as a broken link showed it.
pub fn held(k: usize, text: &str) -> bool {
    HELD.with(|h| {
        h.borrow()
            .as_ref()
            .is_some_and(|h| h.get(k).is_some_and(|p| p == text))
    })
}
