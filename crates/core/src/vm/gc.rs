//! Finalizers and the cycle collector. Values are reference-counted, so an
//! object is freed when its last reference goes, as in CPython; objects
//! that refer to each other are found here, as CPython's `gc` finds them:
//! among the tracked objects (instances and functions) and
//! the containers they reach, those whose every reference comes from inside
//! the group are garbage, and emptying them frees the group.
//!
//! `__del__` runs once per object (PEP 442): a dying object is revived for
//! it (`Instance`'s drop) and the VM calls it at its next instruction.

use crate::at::At;
use crate::vm::interp::Vm;
use crate::vm::object::{take_own, Instance, PyFunction, TO_FINALIZE, WEAK_DIED};
use crate::vm::value::{FastMap, Key, Value};
use crate::vm::{Interrupt, PyResult};
use std::rc::{Rc, Weak};

/// The objects that can close a cycle, kept weakly, and when to look.
pub struct Collector {
    tracked: Vec<Tracked>,
    /// Collect when `tracked` reaches this many (dead entries included).
    threshold: usize,
    pub enabled: bool,
    /// `gc.get_stats()`: collections run, objects collected.
    pub collections: u64,
    pub collected: u64,
    /// Weak references, by slot (`modules/weakref.rs`).
    pub(crate) weak_refs: Vec<Tracked>,
    /// Callbacks waiting for a watched object's death: its address, the
    /// callable, its arguments.
    pub(crate) weak_callbacks: Vec<(usize, Value, Vec<Value>)>,
}

pub(crate) enum Tracked {
    Instance(Weak<Instance>),
    Function(Weak<PyFunction>),
    /// A future or task (weak references only: it holds no cycle here).
    Future(Weak<crate::vm::object::FutureObj>),
}

impl Tracked {
    pub(crate) fn upgrade(&self) -> Option<Value> {
        match self {
            Tracked::Instance(w) => w.upgrade().map(Value::Instance),
            Tracked::Function(w) => w.upgrade().map(Value::Function),
            Tracked::Future(w) => w.upgrade().map(Value::Future),
        }
    }
}

/// CPython's first threshold is 700 allocations; a walk here costs about
/// what one there does, so the same order.
const FIRST_THRESHOLD: usize = 1000;

impl Default for Collector {
    fn default() -> Collector {
        Collector {
            tracked: Vec::new(),
            threshold: FIRST_THRESHOLD,
            enabled: true,
            collections: 0,
            collected: 0,
            weak_refs: Vec::new(),
            weak_callbacks: Vec::new(),
        }
    }
}

impl Vm {
    /// Track a new instance (and collect when enough have been made).
    pub fn track_instance(&mut self, inst: &Rc<Instance>) {
        self.gc.tracked.push(Tracked::Instance(Rc::downgrade(inst)));
        self.maybe_collect();
    }

    /// Track a new function (a nested function that calls itself is a
    /// cycle through its cell, one whose default holds it another).
    pub fn track_function(&mut self, f: &Rc<PyFunction>) {
        self.gc.tracked.push(Tracked::Function(Rc::downgrade(f)));
        self.maybe_collect();
    }

    fn maybe_collect(&mut self) {
        if self.gc.tracked.len() >= self.gc.threshold && self.gc.enabled {
            self.collect_cycles();
        }
    }

    /// `gc.collect()`: collect, run the finalizers of the garbage, and
    /// collect what they left. The number of objects found unreachable.
    pub fn gc_collect(&mut self) -> PyResult<usize> {
        let found = self.collect_cycles();
        if !TO_FINALIZE.with(|f| f.borrow().is_empty()) {
            // The same objects, unless their `__del__` revived them.
            self.run_finalizers()?;
            self.collect_cycles();
            return Ok(found);
        }
        Ok(found)
    }

    /// One collection; the number of objects found unreachable. Garbage
    /// with a `__del__` still to run is handed to the finalizers instead,
    /// and freed by a later collection if they leave it garbage.
    pub fn collect_cycles(&mut self) -> usize {
        let gc = &mut self.gc;
        let roots: Vec<Value> = gc.tracked.iter().filter_map(Tracked::upgrade).collect();
        let (found, freed) = collect(roots);
        gc.collections += 1;
        if freed {
            gc.collected += found as u64;
        }
        gc.tracked.retain(|t| t.upgrade().is_some());
        // What survives is walked again only once as much is new.
        gc.threshold = FIRST_THRESHOLD.max(gc.tracked.len() * 2);
        found
    }

    /// At exit, what the main module's names hold dies first, instances
    /// in the order they were made, then containers, one name at a time
    /// with the finalizers run after each: CPython finalizes those objects
    /// in about that order, while their `__del__` still sees the module's
    /// functions, classes, imports and constants.
    pub fn release_main_objects(&mut self) {
        let mut names: Vec<(usize, Rc<str>)> = Vec::new();
        for (name, v) in self.main_globals.borrow().iter() {
            let made = match v {
                Value::Instance(i) => self.gc.tracked.iter().position(
                    |t| matches!(t, Tracked::Instance(w) if std::ptr::eq(w.as_ptr(), &**i)),
                ),
                Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Tuple(_) => None,
                _ => continue,
            };
            names.push((made.unwrap_or(usize::MAX), name.clone()));
        }
        crate::sort::sort_by_key(&mut names, |n| n.0);
        for (_, name) in names {
            let old = self.main_globals.borrow_mut().remove(&name);
            crate::vm::value::discard(old);
            let _ = self.run_finalizers();
        }
    }

    /// Call the `__del__` of the objects that died since the last look;
    /// one that raises is reported as CPython reports it, and ignored.
    /// Weak references' callbacks for watched objects that died are run
    /// after them, as CPython runs them when it frees the object.
    pub fn run_finalizers(&mut self) -> PyResult<()> {
        crate::vm::object::FINALIZE_NOTICE.with(|d| d.set(false));
        loop {
            let dead = TO_FINALIZE.with(|f| take_own(f, self.id));
            let died = WEAK_DIED.with(|f| take_own(f, self.id));
            if dead.is_empty() && died.is_empty() {
                return Ok(());
            }
            for inst in dead {
                if let Some(del) = inst.class.lookup("__del__") {
                    self.call_ignoring_errors(&del, vec![Value::Instance(inst)])?;
                }
            }
            for address in died {
                let (now, later) = std::mem::take(&mut self.gc.weak_callbacks)
                    .into_iter()
                    .partition(|c| c.0 == address);
                self.gc.weak_callbacks = later;
                for (_, callback, args) in now {
                    self.call_ignoring_errors(&callback, args)?;
                }
            }
        }
    }

    /// Call `f`; an exception it raises is reported as CPython reports
    /// one from `__del__` or a weak reference's callback, and ignored.
    fn call_ignoring_errors(&mut self, f: &Value, args: Vec<Value>) -> PyResult<()> {
        match self.call(f, args) {
            Err(Interrupt::Raise(exc)) => {
                let head = self.repr(f)?;
                let mut tb = self.format_exception(&exc)?;
                if self.shutting_down {
                    // At exit CPython's `linecache` is gone: no source lines.
                    tb = tb
                        .split_inclusive('\n')
                        .filter(|l| !l.starts_with("    "))
                        .collect();
                }
                self.write_output(true, &format!("Exception ignored in: {head}\n{tb}"))
            }
            Err(other) => Err(other),
            Ok(_) => Ok(()),
        }
    }
}

/// Find the garbage among `roots` and the containers they reach, and free
/// it: how many objects it held, and whether they were freed (not left for
/// their finalizers, or for a collection at a quieter time).
fn collect(roots: Vec<Value>) -> (usize, bool) {
    // Every node is held once by `nodes` (counted out below).
    let mut nodes = roots;
    // By identity, in the map the VM's dicts use (its code is in the
    // binary already).
    let mut index: FastMap<Key, usize> =
        FastMap::with_capacity_and_hasher(nodes.len() * 2, Default::default());
    let id = |v: &Value| Key::Int(v.identity() as i64);
    nodes.retain(|v| index.insert(id(v), 0).is_none());
    for (i, v) in nodes.iter().enumerate() {
        index.insert(id(v), i);
    }
    // References from inside the group, found as the group grows.
    let mut inside = vec![0; nodes.len()];
    let mut opaque = Vec::new();
    let mut new = Vec::new();
    let mut i = 0;
    while i < nodes.len() {
        let seen = visit(nodes.at(i), &mut |c| {
            if let Some(&j) = index.get(&id(c)) {
                *inside.at_mut(j) += 1;
            } else if strong_count(c).is_some() {
                index.insert(id(c), nodes.len() + new.len());
                new.push(c.clone());
                inside.push(1);
            }
        });
        if !seen {
            opaque.push(i);
        }
        nodes.append(&mut new);
        i += 1;
    }
    // What is referenced from outside (all but ours and the group's own),
    // and all it reaches, lives.
    let mut alive: Vec<bool> = nodes
        .iter()
        .zip(&inside)
        .map(|(v, n)| strong_count(v).unwrap_or(1) - 1 > *n)
        .collect();
    for i in opaque {
        *alive.at_mut(i) = true;
    }
    let mut work: Vec<usize> = (0..nodes.len()).filter(|&i| *alive.at(i)).collect();
    while let Some(i) = work.pop() {
        visit(nodes.at(i), &mut |c| {
            if let Some(&j) = index.get(&id(c)) {
                if !alive.at(j) {
                    *alive.at_mut(j) = true;
                    work.push(j);
                }
            }
        });
    }
    let mut found = 0;
    let mut unfinalized = false;
    let mut garbage = Vec::new();
    for (v, alive) in nodes.into_iter().zip(alive) {
        if alive {
            continue;
        }
        found += 1;
        match &v {
            // Finalizers first, on the intact objects: the group stays
            // for now, for a later collection to free.
            Value::Instance(i) if i.class.has_del.get() && !i.finalized.get() => {
                i.finalized.set(true);
                TO_FINALIZE.with(|f| f.borrow_mut().push(crate::vm::object::owned(i.clone())));
                unfinalized = true;
            }
            // A function's cells and defaults come in a tuple each in
            // CPython (`__closure__`, `__defaults__`), its keyword-only
            // defaults in a dict: objects of their own.
            Value::Function(f) => {
                found += usize::from(!f.closure.is_empty())
                    + usize::from(!f.defaults.is_empty())
                    + usize::from(!f.kwdefaults.is_empty())
            }
            _ => {}
        }
        garbage.push(v);
    }
    if unfinalized {
        crate::vm::object::DEATH_NOTICE.with(|d| d.set(true));
        crate::vm::object::FINALIZE_NOTICE.with(|d| d.set(true));
        return (found, false);
    }
    let mut trash = Vec::new();
    for v in &garbage {
        empty(v, &mut trash);
    }
    drop(garbage);
    crate::vm::value::release(trash);
    (found, true)
}

/// Shows `f` the references a container holds, for the values that can be
/// in a cycle the collector sees; false when it is borrowed for writing
/// now (what it holds is unknown).
fn visit(v: &Value, f: &mut dyn FnMut(&Value)) -> bool {
    match v {
        Value::Instance(i) => {
            let Ok(attrs) = i.attrs.try_borrow() else {
                return false;
            };
            attrs.iter().for_each(|a| f(&a.1));
            if let Some(exc) = &i.exc {
                let Ok(exc) = exc.try_borrow() else {
                    return false;
                };
                exc.args
                    .iter()
                    .chain(&exc.cause)
                    .chain(&exc.context)
                    .chain(&exc.unwound)
                    .for_each(f);
            }
        }
        Value::List(l) => {
            let Ok(l) = l.try_borrow() else { return false };
            l.iter().for_each(f);
        }
        Value::Dict(d) | Value::Set(d) => {
            let Ok(d) = d.try_borrow() else { return false };
            for (k, v) in d.iter() {
                f(k);
                f(v);
            }
        }
        Value::Tuple(items) => items.iter().for_each(f),
        Value::Cell(c) => {
            let Ok(c) = c.try_borrow() else { return false };
            c.iter().for_each(f);
        }
        Value::Function(func) => {
            let Ok(attrs) = func.attrs.try_borrow() else {
                return false;
            };
            attrs.iter().for_each(|a| f(&a.1));
            // Cells are `Value`s only inside a `Value`: one made per cell.
            for c in &func.closure {
                f(&Value::Cell(c.clone()));
            }
            func.defaults.iter().for_each(&mut *f);
            func.kwdefaults.iter().for_each(|(_, v)| f(v));
        }
        Value::BoundMethod(b) => {
            f(&b.receiver);
            f(&b.func);
        }
        _ => {}
    }
    true
}

/// How many hold a value the collector walks (`None` for the others: their
/// references are not counted, so what they hold stays alive).
fn strong_count(v: &Value) -> Option<usize> {
    Some(match v {
        Value::Instance(r) => Rc::strong_count(r),
        Value::List(r) => Rc::strong_count(r),
        Value::Dict(r) | Value::Set(r) => Rc::strong_count(r),
        Value::Tuple(r) => Rc::strong_count(r),
        Value::Cell(r) => Rc::strong_count(r),
        Value::Function(r) => Rc::strong_count(r),
        Value::BoundMethod(r) => Rc::strong_count(r),
        _ => return None,
    })
}

/// Moves what a garbage container holds into `trash` (tuples and bound
/// methods cannot be emptied: what holds them is). Nothing garbage is in
/// use (what is has a reference from outside), but a container borrowed
/// all the same is left as it is.
fn empty(v: &Value, trash: &mut Vec<Value>) {
    match v {
        Value::Instance(i) => {
            if let Ok(mut attrs) = i.attrs.try_borrow_mut() {
                trash.extend(attrs.drain(..).map(|a| a.1));
            }
            if let Some(Ok(mut exc)) = i.exc.as_ref().map(|e| e.try_borrow_mut()) {
                trash.append(&mut exc.args);
                trash.append(&mut exc.unwound);
                trash.extend(exc.cause.take());
                trash.extend(exc.context.take());
            }
        }
        Value::List(l) => {
            if let Ok(mut l) = l.try_borrow_mut() {
                trash.append(&mut l);
            }
        }
        Value::Dict(d) | Value::Set(d) => {
            if let Ok(mut d) = d.try_borrow_mut() {
                trash.extend(d.take_all());
            }
        }
        Value::Cell(c) => {
            if let Ok(mut c) = c.try_borrow_mut() {
                trash.extend(c.take());
            }
        }
        Value::Function(f) => {
            if let Ok(mut attrs) = f.attrs.try_borrow_mut() {
                trash.extend(attrs.drain(..).map(|a| a.1));
            }
        }
        _ => {}
    }
}
