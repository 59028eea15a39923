//! Signals, memos and effects: the page's state and what follows it.
//!
//! One arena per thread holds every reactive value; handles (`RwSignal`,
//! `Memo`, `Signal`, `StoredValue`, `Callback`) are indices into it, so
//! they are `Copy` and move freely into closures. An effect records the
//! values it read while it ran and runs again after one of them changed:
//! changes are collected and the effects run together in a microtask, as
//! the page's drawing wants (a slice of a run sets many signals; each
//! drawing runs once). A memo notifies its readers only when its value
//! changed, and is brought up to date before any effect reads it.
//! Slots made while a view is built inside [`scoped`] are freed with it.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::marker::PhantomData;
use std::rc::Rc;

#[derive(Default)]
struct Slot {
    /// A signal's or stored value's `RefCell<T>`; a memo's `RefCell<T>`.
    value: Option<Rc<dyn Any>>,
    /// An effect's body, or a memo's recomputation (true when it changed).
    run: Option<Rc<dyn Fn() -> bool>>,
    memo: bool,
    dirty: bool,
    /// What reads this value (effects and memos).
    subs: Vec<usize>,
    /// What this effect or memo read the last time it ran.
    sources: Vec<usize>,
}

#[derive(Default)]
struct Runtime {
    slots: RefCell<Vec<Slot>>,
    free: RefCell<Vec<usize>>,
    observer: Cell<Option<usize>>,
    /// Effects and memos waiting for the next flush.
    pending: RefCell<Vec<usize>>,
    scheduled: Cell<bool>,
    /// The slots made by the view being built (`scoped`).
    scope: RefCell<Option<Vec<usize>>>,
}

thread_local! {
    static RT: Runtime = Runtime::default();
}

fn create(slot: Slot) -> usize {
    RT.with(|rt| {
        let mut slots = rt.slots.borrow_mut();
        let id = match rt.free.borrow_mut().pop() {
            Some(id) => {
                slots[id] = slot;
                id
            }
            None => {
                slots.push(slot);
                slots.len() - 1
            }
        };
        if let Some(scope) = rt.scope.borrow_mut().as_mut() {
            scope.push(id);
        }
        id
    })
}

fn value(id: usize) -> Rc<dyn Any> {
    RT.with(|rt| rt.slots.borrow()[id].value.clone())
        .expect("a reactive value used after its view was dropped")
}

/// Records that the running effect or memo read `id`.
fn track(id: usize) {
    RT.with(|rt| {
        let Some(observer) = rt.observer.get() else {
            return;
        };
        let mut slots = rt.slots.borrow_mut();
        if !slots[observer].sources.contains(&id) {
            slots[observer].sources.push(id);
            slots[id].subs.push(observer);
        }
    })
}

/// Marks what reads `id` as out of date and schedules a flush.
fn notify(id: usize) {
    RT.with(|rt| {
        let subs = rt.slots.borrow()[id].subs.clone();
        for s in subs {
            let mut slots = rt.slots.borrow_mut();
            if !slots[s].dirty {
                slots[s].dirty = true;
                rt.pending.borrow_mut().push(s);
            }
        }
        if !rt.scheduled.replace(true) {
            schedule_flush();
        }
    })
}

/// Forgets what `id` read (before it runs again, or is freed).
fn untrack_sources(rt: &Runtime, id: usize) {
    let mut slots = rt.slots.borrow_mut();
    for s in std::mem::take(&mut slots[id].sources) {
        slots[s].subs.retain(|&x| x != id);
    }
}

/// Runs an effect or recomputes a memo, recording what it reads; a
/// memo whose value changed marks its readers.
fn run(id: usize) {
    let Some(body) = RT.with(|rt| {
        untrack_sources(rt, id);
        let mut slots = rt.slots.borrow_mut();
        slots[id].dirty = false;
        slots[id].run.clone()
    }) else {
        return;
    };
    let outer = RT.with(|rt| rt.observer.replace(Some(id)));
    let changed = body();
    RT.with(|rt| rt.observer.set(outer));
    if changed {
        notify(id);
    }
}

/// Runs the effects whose values changed, memos first (an effect then
/// reads every memo up to date), until nothing is left to do.
pub fn flush() {
    RT.with(|rt| rt.scheduled.set(false));
    loop {
        let next = RT.with(|rt| {
            let mut pending = rt.pending.borrow_mut();
            let slots = rt.slots.borrow();
            let k = pending
                .iter()
                .position(|&id| slots[id].memo)
                .or((!pending.is_empty()).then_some(0))?;
            Some(pending.remove(k))
        });
        match next {
            Some(id) => run(id),
            None => break,
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn schedule_flush() {
    use wasm_bindgen::prelude::*;
    #[wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(js_name = queueMicrotask)]
        fn queue_microtask(f: &js_sys::Function);
    }
    thread_local! {
        static FLUSH: JsValue = Closure::<dyn FnMut()>::new(flush).into_js_value();
    }
    FLUSH.with(|f| queue_microtask(f.unchecked_ref()));
}

/// Natively (unit tests) the caller flushes.
#[cfg(not(target_arch = "wasm32"))]
fn schedule_flush() {}

/// Runs `f` now and again whenever a value it read changes: what a view
/// binds to its nodes.
pub fn bind(f: impl Fn() + 'static) {
    let id = create(Slot {
        run: Some(Rc::new(move || {
            f();
            false
        })),
        ..Slot::default()
    });
    run(id);
}

/// Runs `f` in the next flush, then whenever a value it read changes.
pub fn effect(f: impl Fn() + 'static) {
    let id = create(Slot {
        run: Some(Rc::new(move || {
            f();
            false
        })),
        dirty: true,
        ..Slot::default()
    });
    RT.with(|rt| rt.pending.borrow_mut().push(id));
    if !RT.with(|rt| rt.scheduled.replace(true)) {
        schedule_flush();
    }
}

/// Runs `f` without recording what it reads.
pub fn untrack<R>(f: impl FnOnce() -> R) -> R {
    let outer = RT.with(|rt| rt.observer.take());
    let r = f();
    RT.with(|rt| rt.observer.set(outer));
    r
}

/// The slots made while `f` ran (its views' bindings), to free with
/// [`dispose`] when what `f` built is taken away.
pub fn scoped<R>(f: impl FnOnce() -> R) -> (R, Vec<usize>) {
    let outer = RT.with(|rt| rt.scope.replace(Some(Vec::new())));
    let r = f();
    let made = RT.with(|rt| rt.scope.replace(outer)).unwrap_or_default();
    (r, made)
}

/// Frees slots made by [`scoped`].
pub fn dispose(ids: Vec<usize>) {
    RT.with(|rt| {
        for id in ids {
            untrack_sources(rt, id);
            let mut slots = rt.slots.borrow_mut();
            for s in std::mem::take(&mut slots[id].subs) {
                slots[s].sources.retain(|&x| x != id);
            }
            slots[id] = Slot::default();
            rt.pending.borrow_mut().retain(|&x| x != id);
            rt.free.borrow_mut().push(id);
        }
    })
}

macro_rules! handle {
    ($name:ident) => {
        impl<T> Clone for $name<T> {
            fn clone(&self) -> Self {
                *self
            }
        }
        impl<T> Copy for $name<T> {}
    };
}

/// A value the page reads and writes; readers follow its changes.
pub struct RwSignal<T> {
    id: usize,
    t: PhantomData<fn() -> T>,
}
handle!(RwSignal);

impl<T: 'static> RwSignal<T> {
    pub fn new(v: T) -> Self {
        let value: Rc<dyn Any> = Rc::new(RefCell::new(v));
        RwSignal {
            id: create(Slot {
                value: Some(value),
                ..Slot::default()
            }),
            t: PhantomData,
        }
    }

    fn cell(&self) -> Rc<RefCell<T>> {
        value(self.id).downcast().unwrap_or_else(|_| unreachable!())
    }

    /// The value's cell, to borrow beside other signals' (untracked).
    pub fn shared(&self) -> Rc<RefCell<T>> {
        self.cell()
    }

    pub fn with_untracked<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        f(&self.cell().borrow())
    }

    pub fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        self.track();
        self.with_untracked(f)
    }

    /// Makes the running effect follow this value without reading it.
    pub fn track(&self) {
        track(self.id)
    }

    pub fn update(&self, f: impl FnOnce(&mut T)) {
        f(&mut self.cell().borrow_mut());
        notify(self.id);
    }

    pub fn set(&self, v: T) {
        self.update(|x| *x = v)
    }
}

impl<T: Clone + 'static> RwSignal<T> {
    pub fn get(&self) -> T {
        self.with(T::clone)
    }

    pub fn get_untracked(&self) -> T {
        self.with_untracked(T::clone)
    }
}

/// A value computed from others, recomputed when they change; its readers
/// run again only when the result differs.
pub struct Memo<T> {
    id: usize,
    t: PhantomData<fn() -> T>,
}
handle!(Memo);

impl<T: Clone + PartialEq + 'static> Memo<T> {
    pub fn new(f: impl Fn() -> T + 'static) -> Self {
        let cell: Rc<RefCell<Option<T>>> = Rc::new(RefCell::new(None));
        let value: Rc<dyn Any> = cell.clone();
        let id = create(Slot {
            value: Some(value),
            run: Some(Rc::new(move || {
                let new = f();
                let changed = cell.borrow().as_ref() != Some(&new);
                if changed {
                    *cell.borrow_mut() = Some(new);
                }
                changed
            })),
            memo: true,
            ..Slot::default()
        });
        run(id);
        Memo { id, t: PhantomData }
    }

    pub fn get(&self) -> T {
        if RT.with(|rt| rt.slots.borrow()[self.id].dirty) {
            run(self.id);
        }
        track(self.id);
        let cell: Rc<RefCell<Option<T>>> =
            value(self.id).downcast().unwrap_or_else(|_| unreachable!());
        let v = cell.borrow().clone();
        v.expect("a memo computes its value when it is made")
    }

    pub fn get_untracked(&self) -> T {
        untrack(|| self.get())
    }
}

/// A read-only value: a signal, a memo or a function of others.
pub struct Signal<T> {
    f: Callback<(), T>,
}
handle!(Signal);

impl<T: 'static> Signal<T> {
    pub fn derive(f: impl Fn() -> T + 'static) -> Self {
        Signal {
            f: Callback::new(move |()| f()),
        }
    }

    pub fn get(&self) -> T {
        self.f.run(())
    }

    pub fn get_untracked(&self) -> T {
        untrack(|| self.get())
    }

    pub fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        f(&self.get())
    }
}

impl<T: Clone + 'static> From<RwSignal<T>> for Signal<T> {
    fn from(s: RwSignal<T>) -> Self {
        Signal::derive(move || s.get())
    }
}

impl<T: Clone + PartialEq + 'static> From<Memo<T>> for Signal<T> {
    fn from(m: Memo<T>) -> Self {
        Signal::derive(move || m.get())
    }
}

/// A value kept for handlers, not followed by anything.
pub struct StoredValue<T> {
    signal: RwSignal<T>,
}
handle!(StoredValue);

impl<T: Clone + 'static> StoredValue<T> {
    pub fn new(v: T) -> Self {
        StoredValue {
            signal: RwSignal::new(v),
        }
    }

    pub fn get_value(&self) -> T {
        self.signal.get_untracked()
    }

    pub fn set_value(&self, v: T) {
        *self.signal.cell().borrow_mut() = v;
    }
}

/// A function handed around by handle.
pub struct Callback<A, R = ()> {
    id: usize,
    t: PhantomData<fn(A) -> R>,
}

impl<A, R> Clone for Callback<A, R> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<A, R> Copy for Callback<A, R> {}

impl<A: 'static, R: 'static> Callback<A, R> {
    pub fn new(f: impl Fn(A) -> R + 'static) -> Self {
        let f: Rc<dyn Fn(A) -> R> = Rc::new(f);
        let value: Rc<dyn Any> = Rc::new(f);
        Callback {
            id: create(Slot {
                value: Some(value),
                ..Slot::default()
            }),
            t: PhantomData,
        }
    }

    pub fn run(&self, a: A) -> R {
        let f: Rc<Rc<dyn Fn(A) -> R>> =
            value(self.id).downcast().unwrap_or_else(|_| unreachable!());
        f(a)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn effects_run_once_per_flush_after_their_values_change() {
        let a = RwSignal::new(1);
        let b = RwSignal::new(10);
        let seen = Rc::new(RefCell::new(Vec::new()));
        let log = seen.clone();
        effect(move || log.borrow_mut().push(a.get() + b.get()));
        assert!(
            seen.borrow().is_empty(),
            "the first run waits for the flush"
        );
        flush();
        a.set(2);
        b.set(20);
        flush();
        b.update(|x| *x += 1);
        a.get_untracked();
        flush();
        assert_eq!(*seen.borrow(), [11, 22, 23]);
    }

    #[test]
    fn memos_notify_only_when_their_value_changes() {
        let n = RwSignal::new(1);
        let parity = Memo::new(move || n.get() % 2);
        let runs = Rc::new(Cell::new(0));
        let count = runs.clone();
        bind(move || {
            parity.get();
            count.set(count.get() + 1);
        });
        n.set(3);
        flush();
        assert_eq!(runs.get(), 1, "3 is odd like 1");
        n.set(4);
        assert_eq!(
            parity.get_untracked(),
            0,
            "read before the flush, up to date"
        );
        flush();
        assert_eq!(runs.get(), 2);
    }

    #[test]
    fn a_disposed_scope_stops_following() {
        let n = RwSignal::new(0);
        let runs = Rc::new(Cell::new(0));
        let count = runs.clone();
        let ((), made) = scoped(|| bind(move || count.set(count.get() + n.get() + 1)));
        assert_eq!(runs.get(), 1);
        dispose(made);
        n.set(5);
        flush();
        assert_eq!(runs.get(), 1);
        let d = Signal::derive(move || n.get() * 2);
        assert_eq!(d.get(), 10);
        let c = Callback::new(|x: i32| x + 1);
        assert_eq!(c.run(1), 2);
    }
}
