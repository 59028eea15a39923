// One child process of a run, in a Web Worker of its own: the page's
// interpreter (its bindings and compiled module, sent by src/workers.js
// when the worker is made, often before it is needed) runs it with the
// core's driver, on a clock aligned with its parent's; reports go to the
// page after each tick, the broker's answers come back.

let bindings = null; // a promise of the page's bindings, instantiated
let child = null;
let queued = false;
let timer = 0;
const early = []; // answers that came before the child was made
const channel = new MessageChannel();
channel.port1.onmessage = step;

function soon() {
  clearTimeout(timer);
  timer = 0;
  if (!queued) {
    queued = true;
    channel.port2.postMessage(null);
  }
}

function step() {
  queued = false;
  clearTimeout(timer);
  timer = 0;
  // Milliseconds until the next tick: 0 at once, Infinity when an answer
  // comes, negative once the child has ended.
  const wait = child.tick();
  const report = child.report();
  postMessage(report, [report.buffer]);
  if (wait < 0) close();
  else if (wait === 0) soon();
  else if (wait !== Infinity) timer = setTimeout(step, wait);
}

async function load(url, module) {
  const b = await import(url);
  await b.default({ module_or_path: module });
  return b;
}

onmessage = async (e) => {
  const m = e.data;
  if (m instanceof Uint8Array) {
    // The broker's answer to one of the child's requests.
    if (child) {
      child.deliver(m);
      soon();
    } else early.push(m);
  } else if (m.bindings) {
    bindings = load(m.bindings, m.module);
  } else if (m.start) {
    const b = await bindings;
    for (const [name, text] of m.libraries) b.provideLibrary(name, text);
    child = b.ChildProcess.start(m.start, m.origin - performance.timeOrigin);
    for (const answer of early.splice(0)) child.deliver(answer);
    soon();
  }
};
