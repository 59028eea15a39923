//! The page's parts. Each knows the timeline model and the host's signals,
//! never the interpreter's internals.

pub mod console;
pub mod editor;
pub mod gallery;
pub mod loop_panel;
pub mod site_settings;
pub mod timeline;

pub use crate::dom::{on, rx, Rx};
pub use crate::reactive::effect;

use crate::dom::{dynamic, el};

/// A paragraph with the text `key`, there while `show` holds (one
/// function for every such notice).
pub fn notice(
    lang: crate::reactive::RwSignal<crate::i18n::Lang>,
    show: Rx<bool>,
    class: &'static str,
    role: Option<&'static str>,
    testid: &'static str,
    key: crate::i18n::Key,
) -> web_sys::Node {
    dynamic(rx(move || {
        show().then(|| {
            el("p")
                .attr("class", class)
                .attr_opt("role", role)
                .attr("data-testid", testid)
                .text_rx(crate::i18n::tr(lang, key))
                .node()
        })
    }))
}
