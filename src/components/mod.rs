//! The page's parts. Each knows the timeline model and the host's signals,
//! never the interpreter's internals.

pub mod console;
pub mod editor;
pub mod gallery;
pub mod loop_panel;
pub mod site_settings;
pub mod timeline;

use std::sync::Arc;

/// A reactive value handed to a view (text, attribute, class, `inner_html`).
/// The view library's code is generic over the closure's type, so each
/// closure would bring its own copy; behind one trait object, every
/// closure of an output type shares one.
pub type Rx<T> = Arc<dyn Fn() -> T + Send + Sync>;

/// `f` as an `Rx`.
pub fn rx<T>(f: impl Fn() -> T + Send + Sync + 'static) -> Rx<T> {
    Arc::new(f)
}

/// A paragraph with the text `key`, there while `show` holds (one
/// function for every such notice, so one copy of its view code).
pub fn notice(
    lang: leptos::prelude::RwSignal<crate::i18n::Lang>,
    show: Rx<bool>,
    class: &'static str,
    role: Option<&'static str>,
    testid: &'static str,
    key: &'static str,
) -> impl leptos::prelude::IntoView {
    use leptos::prelude::*;
    move || {
        show().then(|| {
            view! { <p class=class role=role data-testid=testid>{crate::i18n::tr(lang, key)}</p> }
        })
    }
}

/// `Effect::new` through one trait object: every effect of the page
/// shares one copy of the effect code.
pub fn effect(f: impl Fn() + 'static) {
    let f: Box<dyn Fn()> = Box::new(f);
    leptos::prelude::Effect::new(move |_| f());
}

/// An event handler as a trait object (one copy of the listener code per
/// event type, not per handler).
pub fn on<E: 'static>(f: impl FnMut(E) + 'static) -> Box<dyn FnMut(E)> {
    Box::new(f)
}
