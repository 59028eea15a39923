//! A program's objects freed when it ends or is stopped. Values are
//! reference-counted, so objects that refer to each other (a module's
//! functions and its globals, a class and its methods, a task and the
//! callbacks on it, a generator whose frame holds it) keep each other
//! alive once the program lets go of them: every run would leave its
//! heap behind. The program being over, everything it can reach is
//! emptied, which breaks every such cycle.

use crate::vm::frame::Frame;
use crate::vm::interp::Vm;
use crate::vm::object::IterObj;
use crate::vm::value::{FastMap, Key, NameMap, Value};

/// Empties every container reachable from `roots`: lists, dicts and sets,
/// module globals, class dicts, instances' attributes and exception data,
/// functions' globals, closure cells and attributes, generator frames,
/// iterators, futures and tasks; and what the immutable ones hold (tuples,
/// bound methods, natives' state, classes' bases), each walked once. Each
/// container is emptied once, so the walk ends.
pub fn break_cycles(roots: Vec<Value>) {
    let mut work = roots;
    // Identities of the immutable containers already walked (the map the
    // VM's dicts use: its code is in the binary already).
    let mut seen: FastMap<Key, usize> = FastMap::default();
    let mut first = |v: &Value| seen.insert(Key::Int(v.identity() as i64), 0).is_none();
    while let Some(v) = work.pop() {
        match &v {
            Value::List(l) => work.append(&mut l.borrow_mut()),
            Value::Dict(d) | Value::Set(d) => work.extend(d.borrow_mut().take_all()),
            Value::Tuple(items) if first(&v) => work.extend(items.iter().cloned()),
            Value::Slice(items) if first(&v) => work.extend(items.iter().cloned()),
            Value::BoundMethod(b) if first(&v) => {
                work.push(b.receiver.clone());
                work.push(b.func.clone());
            }
            Value::Function(f) => {
                names_into(&mut f.globals.borrow_mut(), &mut work);
                work.extend(f.closure.iter().filter_map(|c| c.borrow_mut().take()));
                attrs_into(&mut f.attrs.borrow_mut(), &mut work);
                if first(&v) {
                    work.extend(f.defaults.iter().cloned());
                    work.extend(f.kwdefaults.iter().map(|(_, v)| v.clone()));
                }
            }
            Value::Class(c) => {
                names_into(&mut c.dict.borrow_mut(), &mut work);
                if first(&v) {
                    work.extend(c.bases.iter().chain(&c.meta).cloned().map(Value::Class));
                }
            }
            Value::Native(n) if first(&v) => work.extend(n.bound.iter().chain(&n.data).cloned()),
            Value::Instance(i) => {
                work.push(Value::Class(i.class.clone()));
                attrs_into(&mut i.attrs.borrow_mut(), &mut work);
                if let Some(exc) = &i.exc {
                    let mut exc = exc.borrow_mut();
                    work.append(&mut exc.args);
                    work.extend(exc.cause.take());
                    work.extend(exc.context.take());
                }
            }
            Value::Module(m) => names_into(&mut m.globals.borrow_mut(), &mut work),
            Value::Cell(c) => work.extend(c.borrow_mut().take()),
            Value::Generator(g) => {
                if let Some(mut frame) = g.borrow_mut().frame.take() {
                    frame_values(&mut frame, &mut work);
                }
            }
            Value::Iterator(it) => {
                let old = std::mem::replace(&mut *it.borrow_mut(), IterObj::Done);
                work.extend(iterator_values(old));
            }
            Value::Future(f) => work.extend(f.take_values()),
            Value::TimerHandle(h) if first(&v) => {
                work.push(h.callback.clone());
                work.extend(h.args.iter().cloned());
            }
            _ => {}
        }
    }
}

/// Moves what a program's VM holds into `roots`: its namespaces (main,
/// builtins, modules, and every module's globals and closure cell it made,
/// kept weakly for this: those still alive are held by cycles), the
/// built-in types the library's Python half gives methods, the exception
/// handled, the context and the tasks.
pub fn vm_roots(vm: &mut Vm, roots: &mut Vec<Value>) {
    for globals in [&vm.main_globals, &vm.builtins]
        .into_iter()
        .chain(vm.generator_calls.as_ref())
    {
        names_into(&mut globals.borrow_mut(), roots);
    }
    names_into(&mut vm.modules, roots);
    roots.extend(
        vm.cells
            .drain(..)
            .filter_map(|c| c.upgrade())
            .map(Value::Cell),
    );
    for globals in vm.module_globals.drain(..).filter_map(|g| g.upgrade()) {
        names_into(&mut globals.borrow_mut(), roots);
    }
    let t = &vm.types;
    roots.extend(
        [
            &t.object,
            &t.bytes,
            &t.future,
            &t.task,
            &t.event_loop,
            &t.handle,
            &t.timer_handle,
        ]
        .into_iter()
        .chain(&t.exceptions)
        .map(|c| Value::Class(c.clone())),
    );
    roots.extend(vm.handled_exc.take());
    roots.push(std::mem::replace(&mut vm.context, Value::None));
    roots.extend(vm.asyncio.current_task.take().map(Value::Future));
    roots.extend(
        vm.asyncio
            .tasks
            .iter()
            .filter_map(|t| t.upgrade())
            .map(Value::Future),
    );
}

/// Moves a frame's values into `work`: locals, stack, cells, globals.
pub fn frame_values(frame: &mut Frame, work: &mut Vec<Value>) {
    work.extend(frame.locals.drain(..).flatten());
    work.append(&mut frame.stack);
    work.append(&mut frame.handled);
    work.extend(frame.cells.drain(..).map(Value::Cell));
    names_into(&mut frame.globals.borrow_mut(), work);
}

/// The values an iterator holds.
fn iterator_values(it: IterObj) -> Vec<Value> {
    match it {
        IterObj::Seq { seq, .. } | IterObj::Dict { dict: seq, .. } => vec![seq],
        IterObj::Enumerate { inner, count } => vec![inner, count],
        IterObj::Zip { iters } => iters,
        IterObj::Map { func, mut iters } => {
            iters.push(func);
            iters
        }
        IterObj::Filter { func, inner } => vec![func, inner],
        IterObj::Reversed { seq, .. } => vec![seq],
        IterObj::Vec { items, .. } => items,
        _ => Vec::new(),
    }
}

/// Moves a namespace's values into `work` (one copy of the code for all).
pub fn names_into(names: &mut NameMap, work: &mut Vec<Value>) {
    for (_, v) in names.drain() {
        work.push(v);
    }
}

fn attrs_into(attrs: &mut Vec<(std::rc::Rc<str>, Value)>, work: &mut Vec<Value>) {
    for (_, v) in attrs.drain(..) {
        work.push(v);
    }
}
