// The page's side of child processes in Web Workers: each child of a run
// gets a worker (public/process-worker.js) running the page's own
// interpreter, from the WebAssembly module the page already compiled.
// Messages both ways are bytes (playground_core::remote).

// The page's own JavaScript bindings (the module that loaded the
// WebAssembly), which a worker imports; null when there is none (a test
// page), and processes then run in the page.
function bindingsUrl() {
  if (typeof Worker === "undefined" || typeof document === "undefined") return null;
  for (const link of document.querySelectorAll('link[rel="modulepreload"][href$=".js"]')) {
    const href = link.getAttribute("href");
    if (!href.includes("snippets/")) return new URL(href, document.baseURI).href;
  }
  return null;
}

export function workersAvailable() {
  return bindingsUrl() !== null;
}

export function cores() {
  return (typeof navigator !== "undefined" && navigator.hardwareConcurrency) || 1;
}

// Workers made ahead, their interpreter loading: a child started soon
// after takes one instead of waiting for a new worker to load.
const spares = [];

function newWorker(module) {
  const worker = new Worker(new URL("process-worker.js", document.baseURI), { type: "module" });
  // A failure before the worker has a child is kept for when it gets one.
  worker.onerror = (e) => {
    e.preventDefault();
    worker.failure = String(e.message || "its worker could not start");
  };
  worker.postMessage({ bindings: bindingsUrl(), module });
  return worker;
}

// Have `count` workers loading, ready for children to come.
export function prepareProcesses(module, count) {
  while (spares.length < count) spares.push(newWorker(module));
}

// Start a child: `start` is its first message, `clockS` its clock now (its
// worker's clock continues from there); `libraries` the `lib/` modules'
// [name, text] pairs. `report(bytes)` gets its reports, `report(null,
// message)` a failure. Returns the worker.
export function startProcess(module, start, clockS, libraries, report) {
  const worker = spares.shift() || newWorker(module);
  worker.onmessage = (e) => report(e.data, null);
  worker.onerror = (e) => {
    e.preventDefault();
    report(null, String(e.message || "its worker could not start"));
  };
  worker.onmessageerror = () => report(null, "a message from its worker could not be read");
  if (worker.failure) queueMicrotask(() => report(null, worker.failure));
  // The child's clock reads 0 at this absolute instant (workers keep clocks
  // of their own origin: performance.timeOrigin differs between them).
  const origin = performance.timeOrigin + performance.now() - clockS * 1000;
  worker.postMessage({ start, origin, libraries });
  return worker;
}

export function postToProcess(worker, bytes) {
  worker.postMessage(bytes);
}

export function endProcess(worker) {
  worker.terminate();
}
