//! Where CPython 3.11's asyncio library keeps its code (3.11.7's files and
//! lines), for everything a program prints that names it: reprs of the
//! library's coroutines and callbacks (`sleep() running at
//! /usr/lib/python3.11/asyncio/tasks.py:649`), the library's frames in
//! tracebacks and stacks (`asyncio.run` -> runners.py -> base_events.py ->
//! the task), and debug mode's "created at".
//!
//! The playground's own asyncio (`lib/_asyncio.py`, compiled as
//! `<asyncio>`) is shown as the CPython function it stands for.

use crate::compiler::bytecode::{Code, CodeKind, MULTI_LINE};
use crate::vm::frame::Fiber;
use crate::vm::interp::Vm;
use crate::vm::object::{Frames, FutureObj};
use crate::vm::value::Value;
use crate::vm::Interrupt;
use std::rc::Rc;

pub use crate::modules::STDLIB;

/// The file name our library's code carries.
pub const OURS: &str = "<asyncio>";

/// A CPython asyncio function our library stands in for: its qualified
/// name, file, first line, and the line a suspended coroutine of it stands
/// on (its main `await`).
const FUNCTIONS: &[(&str, &str, u32, u32)] = &[
    ("sleep", "tasks.py", 637, 649),
    ("wait_for", "tasks.py", 436, 476),
    ("wait", "tasks.py", 399, 428),
    ("_wait", "tasks.py", 507, 535),
    ("_wait.<locals>._on_completion", "tasks.py", 519, 519),
    ("_cancel_and_wait", "tasks.py", 551, 562),
    ("_release_waiter", "tasks.py", 431, 431),
    ("as_completed.<locals>._on_timeout", "tasks.py", 596, 596),
    ("as_completed.<locals>._on_completion", "tasks.py", 602, 602),
    ("as_completed.<locals>._wait_for_one", "tasks.py", 610, 611),
    ("gather.<locals>._done_callback", "tasks.py", 764, 764),
    ("shield.<locals>._inner_done_callback", "tasks.py", 891, 891),
    ("shield.<locals>._outer_done_callback", "tasks.py", 908, 908),
    ("_set_result_unless_cancelled", "futures.py", 311, 311),
    (
        "_chain_future.<locals>._call_check_cancel",
        "futures.py",
        387,
        387,
    ),
    (
        "_chain_future.<locals>._call_set_state",
        "futures.py",
        394,
        394,
    ),
    ("_run_until_complete_cb", "base_events.py", 180, 180),
    ("Queue.get", "queues.py", 149, 158),
    ("Queue.put", "queues.py", 110, 120),
    ("Queue.join", "queues.py", 206, 215),
    ("_ContextManagerMixin.__aenter__", "locks.py", 14, 15),
    ("Lock.acquire", "locks.py", 93, 114),
    ("Event.wait", "locks.py", 200, 213),
    ("Condition.wait", "locks.py", 248, 267),
    ("Condition.wait_for", "locks.py", 285, 294),
    ("Semaphore.acquire", "locks.py", 364, 387),
    ("Barrier.wait", "locks.py", 481, 497),
    ("TaskGroup.__aexit__", "taskgroups.py", 68, 110),
    ("TaskGroup._on_task_done", "taskgroups.py", 184, 184),
    ("to_thread", "threads.py", 12, 25),
];

/// Where CPython keeps the function our library's `qualname` stands for:
/// (path, first line, line a suspended coroutine of it stands on).
pub fn function(qualname: &str) -> Option<(String, u32, u32)> {
    FUNCTIONS
        .iter()
        .find(|f| f.0 == qualname)
        .map(|&(_, file, first, running)| (path(file), first, running))
}

/// `file:line` of a function as reprs show it: CPython's place for our
/// library's functions, the program's own otherwise.
pub fn place(code: &Code, line: u32) -> String {
    if &*code.filename == OURS {
        if let Some((path, first, running)) = function(&code.qualname) {
            let line = if line == code.first_line {
                first
            } else {
                running
            };
            return format!("{path}:{line}");
        }
    }
    format!("{}:{line}", code.filename)
}

pub fn path(file: &str) -> String {
    format!("{STDLIB}/asyncio/{file}")
}

/// A line of CPython's library where a frame stands: file, line, function,
/// the line's text as in the file, and the columns 3.11's markers underline
/// in a traceback (none for a frame only seen in stacks).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Site {
    pub file: &'static str,
    pub line: u32,
    pub function: &'static str,
    pub source: &'static str,
    pub markers: Option<(u32, u32)>,
}

const fn site(file: &'static str, line: u32, function: &'static str, source: &'static str) -> Site {
    Site {
        file,
        line,
        function,
        source,
        markers: None,
    }
}

/// `asyncio.run(main)` calling its runner.
pub const RUN: Site = Site {
    markers: Some((15, 31)),
    ..site("runners.py", 190, "run", "        return runner.run(main)")
};
/// `Runner.run` running its task.
pub const RUNNER_RUN: Site = Site {
    markers: Some((19, 54)),
    ..site(
        "runners.py",
        118,
        "run",
        "            return self._loop.run_until_complete(task)",
    )
};
/// `asyncio.run` called inside a running loop.
pub const RUN_IN_LOOP: Site = site("runners.py", 186, "run", "        raise RuntimeError(");
/// `Runner.run` given something not a coroutine.
pub const RUNNER_NOT_CORO: Site = site(
    "runners.py",
    89,
    "run",
    "            raise ValueError(\"a coroutine was expected, got {!r}\".format(coro))",
);
/// `Runner.run` making the main task.
pub const RUNNER_TASK: Site = site(
    "runners.py",
    100,
    "run",
    "        task = self._loop.create_task(coro, context=context)",
);
/// `run_until_complete` handing back the future's exception.
pub const UNTIL_COMPLETE_RESULT: Site = Site {
    markers: Some((15, 30)),
    ..site(
        "base_events.py",
        653,
        "run_until_complete",
        "        return future.result()",
    )
};
pub const UNTIL_COMPLETE_RUNS: Site = site(
    "base_events.py",
    640,
    "run_until_complete",
    "            self.run_forever()",
);
pub const RUN_FOREVER: Site = site(
    "base_events.py",
    607,
    "run_forever",
    "                self._run_once()",
);
/// `_run_once` running a handle; debug mode times it, a line before.
pub const RUN_ONCE: Site = site(
    "base_events.py",
    1922,
    "_run_once",
    "                handle._run()",
);
pub const RUN_ONCE_DEBUG: Site = site(
    "base_events.py",
    1914,
    "_run_once",
    "                    handle._run()",
);
pub const HANDLE_RUN: Site = site(
    "events.py",
    80,
    "_run",
    "            self._context.run(self._callback, *self._args)",
);
pub const CREATE_TASK: Site = site(
    "tasks.py",
    384,
    "create_task",
    "        task = loop.create_task(coro)",
);
pub const CREATE_FUTURE: Site = site(
    "base_events.py",
    427,
    "create_future",
    "        return futures.Future(loop=self)",
);
pub const ENSURE_FUTURE: Site = site(
    "tasks.py",
    659,
    "ensure_future",
    "    return _ensure_future(coro_or_future, loop=loop)",
);
pub const ENSURE_TASK: Site = site(
    "tasks.py",
    680,
    "_ensure_future",
    "        return loop.create_task(coro_or_future)",
);
pub const GATHER_CHILD: Site = site(
    "tasks.py",
    827,
    "gather",
    "            fut = _ensure_future(arg, loop=loop)",
);
/// `run_until_complete` making a task of a coroutine.
pub const UNTIL_COMPLETE_TASK: Site = site(
    "base_events.py",
    632,
    "run_until_complete",
    "        future = tasks.ensure_future(future, loop=self)",
);
pub const SLEEP_FUTURE: Site = site(
    "tasks.py",
    644,
    "sleep",
    "    future = loop.create_future()",
);
pub const TASK_GROUP_TASK: Site = site(
    "taskgroups.py",
    161,
    "create_task",
    "            task = self._loop.create_task(coro)",
);

/// `asyncio.open_connection` to a port nobody listens on: the frames
/// CPython's ConnectionRefusedError passes, innermost last.
const OPEN_CONNECTION_REFUSED: &[Site] = &[
    Site {
        markers: Some((19, MULTI_LINE)),
        ..site(
            "streams.py",
            48,
            "open_connection",
            "    transport, _ = await loop.create_connection(",
        )
    },
    site(
        "base_events.py",
        1085,
        "create_connection",
        "                        raise exceptions[0]",
    ),
    Site {
        markers: Some((31, MULTI_LINE)),
        ..site(
            "base_events.py",
            1069,
            "create_connection",
            "                        sock = await self._connect_sock(",
        )
    },
    site(
        "base_events.py",
        973,
        "_connect_sock",
        "            await self.sock_connect(sock, address)",
    ),
    Site {
        markers: Some((19, 28)),
        ..site(
            "selector_events.py",
            634,
            "sock_connect",
            "            return await fut",
        )
    },
    site(
        "selector_events.py",
        674,
        "_sock_connect_cb",
        "                raise OSError(err, f'Connect call failed {address}')",
    ),
];

/// `err` (an exception being raised) as raised under CPython's `sites`
/// (outermost first), which its traceback shows.
pub fn raised_under(err: Interrupt, sites: &[Site]) -> Interrupt {
    if let Interrupt::Raise(Value::Instance(inst)) = &err {
        if let Some(data) = &inst.exc {
            let codes = sites.iter().rev().map(|s| (code(*s), 0));
            data.borrow_mut().traceback.extend(codes);
        }
    }
    err
}

/// The frames CPython's library shows under an error our library raises
/// in its stead (`_cpython_frames(exc, what)` in lib/).
pub fn frames_under(what: &str) -> &'static [Site] {
    match what {
        "open_connection_refused" => OPEN_CONNECTION_REFUSED,
        _ => &[],
    }
}

const SITES: &[Site] = &[
    RUN,
    RUN_IN_LOOP,
    RUNNER_NOT_CORO,
    RUNNER_RUN,
    RUNNER_TASK,
    UNTIL_COMPLETE_RESULT,
    UNTIL_COMPLETE_RUNS,
    RUN_FOREVER,
    RUN_ONCE,
    RUN_ONCE_DEBUG,
    HANDLE_RUN,
    CREATE_TASK,
    CREATE_FUTURE,
    ENSURE_FUTURE,
    ENSURE_TASK,
    GATHER_CHILD,
    UNTIL_COMPLETE_TASK,
    SLEEP_FUTURE,
    TASK_GROUP_TASK,
];

/// Every line a frame can stand on, for its text.
fn all_sites() -> impl Iterator<Item = &'static Site> {
    SITES.iter().chain(OPEN_CONNECTION_REFUSED)
}

/// The text of a line of CPython's library a frame can stand on.
pub fn source_line(filename: &str, line: u32) -> Option<&'static str> {
    let file = filename.strip_prefix(STDLIB)?.strip_prefix("/asyncio/")?;
    all_sites()
        .find(|s| s.file == file && s.line == line)
        .map(|s| s.source)
}

/// How a thread entered its event loop, which decides CPython's frames
/// between the caller's and the loop's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    /// `asyncio.run(main)`
    Run,
    /// `asyncio.Runner().run(main)`
    RunnerRun,
    /// `loop.run_until_complete(main)`
    UntilComplete,
    /// `loop.run_forever()`
    Forever,
}

impl Entry {
    /// Our library's function a thread was in when it entered the loop
    /// (none: it called `run_until_complete` itself).
    pub fn from_caller(qualname: Option<&str>) -> Entry {
        match qualname {
            Some("run") => Entry::Run,
            Some("Runner.run") => Entry::RunnerRun,
            Some("_loop_run_forever") => Entry::Forever,
            _ => Entry::UntilComplete,
        }
    }

    /// The frames from the caller's to the loop's `_run_once`, outermost first.
    pub fn into_loop(self) -> &'static [Site] {
        match self {
            Entry::Run => &[RUN, RUNNER_RUN, UNTIL_COMPLETE_RUNS, RUN_FOREVER],
            Entry::RunnerRun => &[RUNNER_RUN, UNTIL_COMPLETE_RUNS, RUN_FOREVER],
            Entry::UntilComplete => &[UNTIL_COMPLETE_RUNS, RUN_FOREVER],
            Entry::Forever => &[RUN_FOREVER],
        }
    }

    /// The frames an exception of the loop's future passes on its way back
    /// to the caller, outermost first.
    pub fn out_of_loop(self) -> &'static [Site] {
        match self {
            Entry::Run => &[RUN, RUNNER_RUN, UNTIL_COMPLETE_RESULT],
            Entry::RunnerRun => &[RUNNER_RUN, UNTIL_COMPLETE_RESULT],
            Entry::UntilComplete => &[UNTIL_COMPLETE_RESULT],
            Entry::Forever => &[],
        }
    }
}

/// The frames under a handle the loop runs: `_run_once` (debug mode's
/// timing branch is its own line) and `Handle._run`.
pub fn running_handle(debug: bool) -> [Site; 2] {
    [if debug { RUN_ONCE_DEBUG } else { RUN_ONCE }, HANDLE_RUN]
}

/// The frames a stack taken in `fiber` shows, outermost first, as (code,
/// line): inside a running loop, the thread's frames outside it and
/// CPython's down to the handle, then the fiber's (our library's hidden
/// ones included: the caller skips them).
pub fn stack(vm: &Vm, fiber: &Fiber) -> Vec<(Rc<Code>, u32)> {
    let mut frames = Vec::new();
    if let Some(state) = vm.asyncio.running.and_then(|id| vm.asyncio.loops.get(id)) {
        let line = |(c, pc): &(Rc<Code>, u32)| (c.clone(), c.line_at(*pc as usize));
        frames.extend(state.entered.iter().map(line));
        frames.extend(running_handle(state.debug).map(|s| (code(s), s.line)));
    }
    frames.extend(
        fiber
            .entries
            .iter()
            .map(|e| (e.frame.code.clone(), e.frame.line())),
    );
    frames
}

/// How many frames debug mode records (`asyncio.constants.DEBUG_STACK_DEPTH`).
const DEBUG_STACK_DEPTH: usize = 10;

/// Is the running loop in debug mode (`asyncio.run(..., debug=True)`,
/// `loop.set_debug(True)`)?
pub fn debugging(vm: &Vm) -> bool {
    vm.asyncio.debug_any
        && vm
            .asyncio
            .running
            .and_then(|id| vm.asyncio.loops.get(id))
            .is_some_and(|l| l.debug)
}

/// The line CPython's function stands on where our library's function
/// `qualname` calls on to make a task or future.
fn calling_site(qualname: &str) -> Option<Site> {
    match qualname {
        "run" => Some(RUN),
        "Runner.run" => Some(RUNNER_TASK),
        "gather" => Some(GATHER_CHILD),
        "sleep" => Some(SLEEP_FUTURE),
        "TaskGroup.create_task" => Some(TASK_GROUP_TASK),
        _ => None,
    }
}

/// A stack as debug mode records it: our library's frames become the
/// CPython lines they stand for (or go), the innermost `depth` are kept.
fn recorded(stack: &[(Rc<Code>, u32)], tail: &[Site], depth: usize) -> Frames {
    let mut frames: Vec<(Rc<Code>, u32)> = Vec::with_capacity(stack.len() + tail.len());
    for (c, line) in stack {
        if !c.hidden {
            frames.push((c.clone(), *line));
        } else if let Some(s) = calling_site(&c.qualname) {
            frames.push((code(s), s.line));
        }
    }
    frames.extend(tail.iter().map(|s| (code(*s), s.line)));
    let skip = frames.len().saturating_sub(depth);
    frames.drain(..skip);
    frames.into()
}

/// Did the program's own code make the latest native call (not our
/// library's)?
pub fn called_by_program(vm: &Vm) -> bool {
    vm.asyncio
        .caller_stack
        .last()
        .is_some_and(|(c, _)| !c.hidden)
}

/// In debug mode, remember where the latest native call made `fut`
/// (`_source_traceback`, "created at" in its repr); `tail` is CPython's
/// frames from the API called to the making (`asyncio.create_task` ->
/// tasks.py:384).
pub fn note_creation(vm: &Vm, fut: &FutureObj, tail: &[Site]) {
    if vm.asyncio.loops.get(fut.loop_id()).is_some_and(|l| l.debug) {
        // A task's making (`loop.create_task`) is recorded, then dropped.
        let depth = DEBUG_STACK_DEPTH - usize::from(fut.task.is_some());
        fut.set_source_traceback(recorded(&vm.asyncio.caller_stack, tail, depth));
    }
}

/// In debug mode, where the latest native call made a handle of loop
/// `id`: CPython records ten frames, then drops the `dropped` innermost
/// (its own: call_soon -> _call_soon).
pub fn handle_creation(vm: &Vm, id: usize, dropped: usize) -> Option<Frames> {
    let debug = vm.asyncio.loops.get(id).is_some_and(|l| l.debug);
    debug.then(|| recorded(&vm.asyncio.caller_stack, &[], DEBUG_STACK_DEPTH - dropped))
}

/// Frames as `(filename, lineno, name, line)` tuples, which index as
/// `traceback.FrameSummary` does.
pub fn frame_tuples(vm: &Vm, frames: &[(Rc<Code>, u32)]) -> Value {
    let items = frames.iter().map(|(c, line)| {
        let src = frame_source(vm, c, *line).map_or(Value::None, |s| Value::str(s.trim()));
        Value::tuple(vec![
            Value::Str(c.filename.clone()),
            Value::Int(*line as i64),
            Value::Str(c.name.clone()),
            src,
        ])
    });
    Value::list(items.collect())
}

/// The text of the line a frame stands on: CPython's library's, or the
/// program's.
fn frame_source<'a>(vm: &'a Vm, c: &Code, line: u32) -> Option<&'a str> {
    match source_line(&c.filename, line) {
        Some(text) => Some(text),
        None if *c.filename == *vm.filename => vm
            .source_lines
            .get((line as usize).wrapping_sub(1))
            .map(|s| s.as_str()),
        None => None,
    }
}

/// `cr_origin` of a coroutine made in `fiber` now: its frames while a
/// debug-mode loop runs.
pub fn coroutine_origin(vm: &Vm, fiber: &Fiber) -> Option<Frames> {
    debugging(vm).then(|| recorded(&stack(vm, fiber), &[], DEBUG_STACK_DEPTH))
}

/// Frames as `traceback.format_list` writes them.
pub fn format_frames(vm: &Vm, frames: &[(Rc<Code>, u32)]) -> String {
    let mut out = String::new();
    for (c, line) in frames {
        out.push_str(&format!(
            "  File \"{}\", line {line}, in {}\n",
            c.filename, c.name
        ));
        if let Some(src) = frame_source(vm, c, *line)
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            out.push_str(&format!("    {src}\n"));
        }
    }
    out
}

/// `file:line` of the frame that made a future, for its repr.
pub fn created_at(frames: &Frames) -> Option<String> {
    frames
        .last()
        .map(|(c, line)| format!("created at {}:{line}", c.filename))
}

thread_local! {
    static CODES: std::cell::RefCell<Vec<(Site, Rc<Code>)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// A code object standing for the site, for a traceback entry `(code, 0)`
/// (one per site, made on first use).
pub fn code(site: Site) -> Rc<Code> {
    CODES.with(|codes| {
        if let Some((_, c)) = codes.borrow().iter().find(|(s, _)| *s == site) {
            return c.clone();
        }
        let name: Rc<str> = Rc::from(site.function);
        let cols = site
            .markers
            .map_or(Vec::new(), |(col, end)| vec![col << 16 | end]);
        let c = Rc::new(Code {
            name: name.clone(),
            qualname: name,
            filename: Rc::from(path(site.file)),
            kind: CodeKind::Function,
            ops: Vec::new(),
            lines: vec![site.line],
            cols,
            consts: Vec::new(),
            names: Vec::new(),
            varnames: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            cell_params: Vec::new(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            has_varargs: false,
            has_varkw: false,
            first_line: site.line,
            doc: None,
            hidden: false,
        });
        codes.borrow_mut().push((site, c.clone()));
        c
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_underline_the_call_in_each_sites_line() {
        for s in all_sites() {
            let Some((col, end)) = s.markers else {
                continue;
            };
            let end = if end == MULTI_LINE {
                s.source.len()
            } else {
                end as usize
            };
            let marked = &s.source[col as usize..end];
            let whole = marked.len() == s.source.trim().len();
            assert!(
                !whole && !marked.is_empty(),
                "{}:{} marks {marked:?}",
                s.file,
                s.line
            );
            assert_eq!(marked, marked.trim(), "{}:{}", s.file, s.line);
        }
    }

    #[test]
    fn our_library_shows_as_cpythons() {
        assert_eq!(
            function("Queue.get"),
            Some(("/usr/lib/python3.11/asyncio/queues.py".into(), 149, 158))
        );
        assert_eq!(
            source_line("/usr/lib/python3.11/asyncio/runners.py", 190),
            Some("        return runner.run(main)")
        );
        assert_eq!(source_line("main.py", 190), None);
    }
}
