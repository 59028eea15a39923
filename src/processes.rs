//! Child processes in Web Workers: a CPU-bound pool really runs on the
//! machine's cores. The page's driver keeps a mirror of each child
//! (`playground_core::remote`); `Workers` starts a worker per child and
//! carries the driver's messages to it and its reports back. Inside the
//! worker, `ChildProcess` runs the child with a driver of its own.
//!
//! Without workers (a test page without the app's bindings), processes run
//! in the page beside their parent.

use playground_core::driver::{Clock, Driver, Next, Settings, SiteOnly};
use playground_core::remote::{Report, ToChild};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/workers.js")]
extern "C" {
    #[wasm_bindgen(js_name = workersAvailable)]
    fn workers_available() -> bool;
    fn cores() -> u32;
    #[wasm_bindgen(js_name = startProcess)]
    fn start_process(
        module: &JsValue,
        start: Vec<u8>,
        clock_s: f64,
        libraries: js_sys::Array,
        report: &JsValue,
    ) -> JsValue;
    #[wasm_bindgen(js_name = prepareProcesses)]
    fn prepare_processes(module: &JsValue, count: u32);
    #[wasm_bindgen(js_name = postToProcess)]
    fn post_to_process(worker: &JsValue, bytes: Vec<u8>);
    #[wasm_bindgen(js_name = endProcess)]
    fn end_process(worker: &JsValue);
}

#[wasm_bindgen]
extern "C" {
    /// `performance.now()` in the page and in a worker alike.
    #[wasm_bindgen(js_namespace = performance, js_name = now)]
    pub fn performance_now() -> f64;
}

/// Whether this page can run processes in workers.
pub fn available() -> bool {
    workers_available()
}

/// A run is starting whose programs may start processes: have a worker
/// a core loading (at most 8), so that their children start without
/// waiting for one (a worker takes tens of milliseconds to load).
pub fn prepare_for(sources: &[String]) {
    use playground_core::search::contains;
    let uses = |s: &String| contains(s, "multiprocessing") || contains(s, "ProcessPoolExecutor");
    if available() && sources.iter().any(uses) {
        prepare_processes(&wasm_bindgen::module(), cpu_count().min(8));
    }
}

/// `os.cpu_count()` in the page: the browser's `navigator.hardwareConcurrency`.
pub fn cpu_count() -> u32 {
    cores().max(1)
}

/// One child's worker and the callback its reports come through.
struct Child {
    slot: usize,
    worker: JsValue,
    _report: Closure<dyn FnMut(JsValue, JsValue)>,
}

/// The workers of one run; ended with it.
#[derive(Default)]
pub struct Workers {
    children: Vec<Child>,
}

impl Workers {
    /// Whether any child of the run has a worker.
    pub fn any(&self) -> bool {
        !self.children.is_empty()
    }

    /// Send the driver's messages to its children; `reported(slot, report)`
    /// is told of each report (`Err` when the worker failed).
    pub fn dispatch(
        &mut self,
        driver: &mut Driver,
        reported: impl Fn(usize, Result<Report, String>) + Clone + 'static,
    ) {
        for (slot, message) in driver.take_child_messages() {
            match message {
                ToChild::Start { .. } => {
                    let reported = reported.clone();
                    let callback = Closure::<dyn FnMut(JsValue, JsValue)>::new(
                        move |bytes: JsValue, error: JsValue| {
                            let report = match bytes.dyn_into::<js_sys::Uint8Array>() {
                                Ok(bytes) => Report::decode(&bytes.to_vec())
                                    .ok_or_else(|| "a report could not be read".to_string()),
                                Err(_) => Err(error.as_string().unwrap_or_default()),
                            };
                            reported(slot, report);
                        },
                    );
                    let ToChild::Start { clock, .. } = message else {
                        unreachable!()
                    };
                    let worker = start_process(
                        &wasm_bindgen::module(),
                        message.encode(),
                        clock,
                        libraries(),
                        callback.as_ref(),
                    );
                    self.children.push(Child {
                        slot,
                        worker,
                        _report: callback,
                    });
                }
                ToChild::Kill => {
                    if let Some(k) = self.children.iter().position(|c| c.slot == slot) {
                        end_process(&self.children.swap_remove(k).worker);
                    }
                }
                answer @ ToChild::Answer { .. } => {
                    if let Some(c) = self.children.iter().find(|c| c.slot == slot) {
                        post_to_process(&c.worker, answer.encode());
                    }
                }
            }
        }
    }
}

impl Drop for Workers {
    fn drop(&mut self) {
        for c in &self.children {
            end_process(&c.worker);
        }
    }
}

/// The `lib/` modules the page has, as [name, text] pairs for a worker.
fn libraries() -> js_sys::Array {
    playground_core::modules::provided_libraries()
        .into_iter()
        .map(|(name, text)| {
            js_sys::Array::of2(&JsValue::from_str(&name), &JsValue::from_str(&text))
        })
        .collect()
}

/// Give a worker the source of a `lib/` module (see `libraries`).
#[wasm_bindgen(js_name = provideLibrary)]
pub fn provide_library(name: &str, text: &str) {
    playground_core::modules::provide_library(name, text);
}

/// A child's clock in its worker: its parent's reading, from `origin_ms`
/// of this worker's `performance.now()`.
struct WorkerClock {
    origin_ms: f64,
}

impl Clock for WorkerClock {
    fn now_ms(&self) -> f64 {
        performance_now() - self.origin_ms
    }
}

/// A child process running in this worker.
#[wasm_bindgen]
pub struct ChildProcess {
    driver: Driver,
}

#[wasm_bindgen]
impl ChildProcess {
    /// The child a `Start` message describes, its clock reading 0 at
    /// `origin_ms` of this worker's `performance.now()`.
    pub fn start(start: &[u8], origin_ms: f64) -> Option<ChildProcess> {
        let Some(ToChild::Start { mut spec, .. }) = ToChild::decode(start) else {
            return None;
        };
        spec.options.host_clock = Some(performance_now);
        let settings = Settings {
            slice_ms: 50.0,
            instructions_per_call: crate::host::INSTRUCTIONS_PER_CALL,
            offline: "a process in a Web Worker reaches the demo site only",
            ..Settings::default()
        };
        let driver = Driver::for_child(
            &spec,
            Box::new(WorkerClock { origin_ms }),
            Box::new(SiteOnly),
            settings,
        );
        Some(ChildProcess { driver })
    }

    /// Run a slice: milliseconds until the next one (0: at once; infinite:
    /// when an answer comes), or -1 once the child has ended.
    pub fn tick(&mut self) -> f64 {
        match self.driver.tick() {
            Next::Now => 0.0,
            Next::After(ms) => ms.max(0.0),
            Next::OnAnswer => f64::INFINITY,
            Next::Done => -1.0,
        }
    }

    /// What the child tells its parent since the last report.
    pub fn report(&mut self) -> Vec<u8> {
        self.driver.report().encode()
    }

    /// A message from the parent (the broker's answer to a request).
    pub fn deliver(&mut self, message: &[u8]) {
        if let Some(message) = ToChild::decode(message) {
            self.driver.deliver(message);
        }
    }
}
