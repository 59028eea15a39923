//! Building the page's nodes and binding them to signals (`reactive`):
//! `el("p").attr("class", "hint").text_rx(...)`. Every binding takes its
//! value through one trait object (`Rx`), so the page carries one copy of
//! each binding's code, whatever the closures. Also the window's timers,
//! frames and listeners the page uses.

use crate::reactive::{bind, dispose, scoped};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// A value a binding follows.
pub type Rx<T> = Rc<dyn Fn() -> T>;

/// `f` as an `Rx`.
pub fn rx<T>(f: impl Fn() -> T + 'static) -> Rx<T> {
    Rc::new(f)
}

/// An event handler, boxed (one copy of the listener code for all).
pub type Handler = Box<dyn FnMut(web_sys::Event)>;

/// `f` as a handler of events of type `E` (`MouseEvent`, `KeyboardEvent`...).
pub fn on<E: JsCast>(mut f: impl FnMut(E) + 'static) -> Handler {
    Box::new(move |ev: web_sys::Event| f(ev.unchecked_into()))
}

pub fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("the page has a document")
}

/// An element being built.
pub struct El(pub web_sys::Element);

/// An HTML element.
pub fn el(tag: &str) -> El {
    El(document().create_element(tag).expect("a valid tag"))
}

/// An SVG element.
pub fn svg(tag: &str) -> El {
    El(document()
        .create_element_ns(Some("http://www.w3.org/2000/svg"), tag)
        .expect("a valid tag"))
}

/// Nodes side by side, as one child.
pub fn fragment(children: Vec<web_sys::Node>) -> web_sys::Node {
    let f = document().create_document_fragment();
    for c in children {
        let _ = f.append_child(&c);
    }
    f.into()
}

impl El {
    pub fn attr(self, name: &str, value: &str) -> Self {
        let _ = self.0.set_attribute(name, value);
        self
    }

    /// The attribute when `value` is there.
    pub fn attr_opt(self, name: &str, value: Option<&str>) -> Self {
        match value {
            Some(v) => self.attr(name, v),
            None => self,
        }
    }

    pub fn attr_rx(self, name: &'static str, value: Rx<String>) -> Self {
        let e = self.0.clone();
        bind(move || {
            let _ = e.set_attribute(name, &value());
        });
        self
    }

    /// A boolean attribute (`disabled`, `hidden`): there while `on` holds.
    pub fn flag_rx(self, name: &'static str, on: Rx<bool>) -> Self {
        let e = self.0.clone();
        bind(move || {
            let _ = e.toggle_attribute_with_force(name, on());
        });
        self
    }

    pub fn class_rx(self, name: &'static str, on: Rx<bool>) -> Self {
        let e = self.0.clone();
        bind(move || {
            let _ = e.class_list().toggle_with_force(name, on());
        });
        self
    }

    pub fn html(self, html: &str) -> Self {
        self.0.set_inner_html(html);
        self
    }

    /// Markup made again whenever what `html` reads changes, and put in
    /// only when it differs: the browser parses, styles and lays it out
    /// again otherwise (a busy program's lanes, their open spans not
    /// growing, were redrawn twenty times a second, and the drawing took as
    /// long as the program).
    pub fn html_rx(self, html: Rx<String>) -> Self {
        let e = self.0.clone();
        let shown = std::cell::RefCell::new(String::new());
        bind(move || {
            let html = html();
            if *shown.borrow() != html {
                e.set_inner_html(&html);
                *shown.borrow_mut() = html;
            }
        });
        self
    }

    /// Markup in parts, each in a `<g>` of its own (children of an SVG
    /// group), made again whenever what `parts` reads changes: only the
    /// parts that differ are put in, so the lanes of a running program that
    /// have ended are not parsed, styled and laid out again at each
    /// publication.
    pub fn parts_rx(self, parts: Rx<Vec<String>>) -> Self {
        let e = self.0.clone();
        let shown = std::cell::RefCell::new(Vec::<String>::new());
        bind(move || {
            let parts = parts();
            let mut shown = shown.borrow_mut();
            if parts.len() != shown.len() {
                let mut html = String::new();
                for part in &parts {
                    html.push_str("<g>");
                    html.push_str(part);
                    html.push_str("</g>");
                }
                e.set_inner_html(&html);
            } else {
                let mut group = e.first_element_child();
                for (part, old) in parts.iter().zip(shown.iter()) {
                    let Some(g) = group else { break };
                    if part != old {
                        g.set_inner_html(part);
                    }
                    group = g.next_element_sibling();
                }
            }
            *shown = parts;
        });
        self
    }

    /// An input's `value` property (not its attribute: what it shows).
    pub fn value_rx(self, value: Rx<String>) -> Self {
        let e = self.0.clone();
        bind(move || {
            let _ = js_sys::Reflect::set(&e, &"value".into(), &value().into());
        });
        self
    }

    pub fn text(self, text: &str) -> Self {
        let _ = self.0.append_with_str_1(text);
        self
    }

    pub fn text_rx(self, text: Rx<String>) -> Self {
        let node = document().create_text_node("");
        let n = node.clone();
        bind(move || n.set_data(&text()));
        self.child(node.into())
    }

    pub fn child(self, child: web_sys::Node) -> Self {
        let _ = self.0.append_child(&child);
        self
    }

    pub fn child_opt(self, child: Option<web_sys::Node>) -> Self {
        match child {
            Some(c) => self.child(c),
            None => self,
        }
    }

    /// A child made again whenever what `make` reads changes (see [`dynamic`]).
    pub fn child_rx(self, make: Rx<Option<web_sys::Node>>) -> Self {
        self.child(dynamic(make))
    }

    pub fn on(self, event: &str, handler: Handler) -> Self {
        listen(&self.0, event, handler);
        self
    }

    pub fn node(self) -> web_sys::Node {
        self.0.into()
    }
}

/// A node made again whenever what `make` reads changes (nothing while
/// it gives `None`), in the place of a marker; the bindings of the one it
/// replaces stop. `make` gives one element (not a fragment, which would
/// leave its children behind when replaced).
pub fn dynamic(make: Rx<Option<web_sys::Node>>) -> web_sys::Node {
    let marker: web_sys::Node = document().create_comment("").into();
    let place = fragment(vec![marker.clone()]);
    // The node shown and the slots its bindings use.
    type Shown = Option<(web_sys::Node, Vec<usize>)>;
    let shown: Rc<std::cell::RefCell<Shown>> = Rc::default();
    bind(move || {
        let (node, made) = scoped(|| make());
        if let Some((old, made)) = shown.borrow_mut().take() {
            dispose(made);
            if let Some(p) = old.parent_node() {
                let _ = p.remove_child(&old);
            }
        }
        let (Some(node), Some(parent)) = (node, marker.parent_node()) else {
            dispose(made);
            return;
        };
        let _ = parent.insert_before(&node, Some(&marker));
        *shown.borrow_mut() = Some((node, made));
    });
    place
}

/// Adds a listener for the page's life.
fn listen(target: &web_sys::EventTarget, event: &str, handler: Handler) {
    let closure = Closure::<dyn FnMut(web_sys::Event)>::wrap(handler);
    let _ = target.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    closure.forget();
}

/// A listener on the window, for the page's life.
pub fn window_listener(event: &str, handler: Handler) {
    if let Some(w) = web_sys::window() {
        listen(&w, event, handler);
    }
}

/// A timer set by [`set_timeout_with_handle`]. It owns its callback:
/// cleared or dropped before it fires, it frees it (a callback handed to
/// the browser for good would stay with every cleared timer).
pub struct TimeoutHandle {
    id: i32,
    _callback: Closure<dyn FnMut()>,
}

impl TimeoutHandle {
    pub fn clear(self) {}
}

impl Drop for TimeoutHandle {
    fn drop(&mut self) {
        if let Some(w) = web_sys::window() {
            w.clear_timeout_with_handle(self.id);
        }
    }
}

/// Runs `f` once after `delay` (whole milliseconds of it), unless the
/// handle is cleared or dropped first.
pub fn set_timeout_with_handle(
    f: impl FnOnce() + 'static,
    delay: std::time::Duration,
) -> Result<TimeoutHandle, JsValue> {
    let w = web_sys::window().ok_or(JsValue::NULL)?;
    let callback = Closure::once(f);
    let id = w.set_timeout_with_callback_and_timeout_and_arguments_0(
        callback.as_ref().unchecked_ref(),
        delay.as_millis() as i32,
    )?;
    Ok(TimeoutHandle {
        id,
        _callback: callback,
    })
}

/// Runs `f` once after `delay` (whole milliseconds of it).
pub fn set_timeout(f: impl FnOnce() + 'static, delay: std::time::Duration) {
    if let Some(w) = web_sys::window() {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(
            Closure::once_into_js(f).unchecked_ref(),
            delay.as_millis() as i32,
        );
    }
}

/// Runs `f` before the next repaint.
pub fn request_animation_frame(f: impl FnOnce() + 'static) {
    if let Some(w) = web_sys::window() {
        let _ = w.request_animation_frame(Closure::once_into_js(f).unchecked_ref());
    }
}

/// The `value` of the element an event came from.
pub fn event_target_value(ev: &web_sys::Event) -> String {
    ev.target()
        .and_then(|t| js_sys::Reflect::get(&t, &"value".into()).ok())
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// Whether the checkbox an event came from is checked.
pub fn event_target_checked(ev: &web_sys::Event) -> bool {
    ev.target()
        .and_then(|t| js_sys::Reflect::get(&t, &"checked".into()).ok())
        .is_some_and(|v| v.is_truthy())
}
