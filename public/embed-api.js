// The message API of a page embedded in another site's iframe (plain
// JavaScript: it costs the .wasm nothing). It drives the page through its
// own controls and reports what they show.
//
// The host page sends `{ playground: "<command>", ... }`:
//   set-code  { programs: ["A's code", "B's code", ...] } (or `code`: one
//             program, B left empty); an empty program is not run
//   run, stop
// and hears `{ playground: "<event>", ... }`:
//   ready     { programs }: how many programs the lesson shows
//   started
//   output    { program: "a", text, stderr }: new console text
//   finished  { results: [{ program, status, elapsed, exitCode }] }
//   resize    { height }: the page's content height in CSS pixels
//   error     { message }: a command that could not be done
// With `origins=<origin>,…` in the page's address, only those origins may
// send commands and only they hear events; without it, the page that
// embeds this one may, and events go to any (they carry the programs'
// output only). Messages from anywhere but the parent window are ignored.
(() => {
  if (window.parent === window) return;
  const allowed = (new URLSearchParams(location.search).get("origins") || "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const send = (type, fields = {}) => {
    for (const target of allowed.length ? allowed : ["*"]) {
      window.parent.postMessage({ playground: type, ...fields }, target);
    }
  };
  const q = (id) => document.querySelector(`[data-testid="${id}"]`);
  const letters = ["a", "b", "c", "d"];
  // The programs the lesson shows (the others' parts are hidden by style).
  const shown = () =>
    letters.filter((w) => {
      const side = q(`elapsed-${w}`)?.closest("section");
      return side && getComputedStyle(side).display !== "none";
    });
  const status = (w) => q(`elapsed-${w}`)?.dataset.status;

  function setCode(programs) {
    const editors = shown();
    if (!Array.isArray(programs) || programs.some((p) => typeof p !== "string")) {
      return `set-code wants programs: a list of strings`;
    }
    if (programs.length > editors.length) {
      return `this lesson shows ${editors.length} programs, not ${programs.length}`;
    }
    editors.forEach((w, k) => {
      const area = q(`editor-${w}`)?.querySelector("textarea");
      if (!area) return;
      area.value = programs[k] ?? "";
      area.dispatchEvent(new Event("input", { bubbles: true }));
    });
    // The lesson's labels ("time.sleep, one by one") describe its own programs.
    for (const label of document.querySelectorAll(".program-label")) {
      label.hidden = true;
      if (label.previousSibling?.nodeType === Node.TEXT_NODE) label.previousSibling.textContent = "";
    }
    return null;
  }

  window.addEventListener("message", (e) => {
    if (e.source !== window.parent || (allowed.length && !allowed.includes(e.origin))) return;
    const m = e.data;
    if (!m || typeof m.playground !== "string") return;
    let problem = null;
    if (m.playground === "set-code") {
      problem = setCode(typeof m.code === "string" ? [m.code, ""] : m.programs);
    } else if (m.playground === "run" || m.playground === "stop") {
      const button = q(m.playground);
      if (button && !button.disabled) button.click();
      else problem = `${m.playground} is not possible now`;
    } else {
      problem = `unknown command ${m.playground}`;
    }
    if (problem) send("error", { message: problem });
  });

  // Events: from the consoles and the programs' states, once the page is up.
  const seen = {};
  let runs = 0;
  let running = false;
  function watch() {
    // A run counts from the page's count of runs: a short one may start and
    // end between two drawings, its "running" never shown.
    const count = Number(q("lesson-area")?.dataset.runs ?? 0);
    if (count !== runs) {
      runs = count;
      running = true;
      send("started");
    }
    for (const w of shown()) {
      const consoleEl = q(`console-${w}`);
      for (const [stderr, text] of [
        [false, Array.from(consoleEl?.querySelectorAll("span:not(.stderr):not(.hint)") ?? [], (s) => s.textContent).join("")],
        [true, Array.from(consoleEl?.querySelectorAll("span.stderr") ?? [], (s) => s.textContent).join("")],
      ]) {
        const key = w + stderr;
        const before = seen[key] ?? "";
        if (text !== before) {
          seen[key] = text;
          // A cleared or cut console (the page keeps its last 100 KB) says all it shows.
          send("output", { program: w, stderr, text: text.startsWith(before) ? text.slice(before.length) : text });
        }
      }
    }
    if (running && !shown().map(status).includes("running")) {
      running = false;
      send("finished", {
        results: shown().map((w) => {
          const text = q(`elapsed-${w}`).textContent;
          const exit = /(\d+) · [\d.]+ s$/.exec(text);
          const secs = /([\d.]+) s$/.exec(text);
          return {
            program: w,
            status: status(w),
            elapsed: status(w) === "done" && secs ? Number(secs[1]) : null,
            exitCode: status(w) === "done" ? (exit ? Number(exit[1]) : 0) : null,
          };
        }),
      });
    }
  }

  // Ready once the lesson's programs are in (or after 10 s without them).
  function start(tries = 0) {
    const waiting = !q("run") || shown().some((w) => !q(`editor-${w}`)?.querySelector("textarea")?.value);
    if (waiting && tries < 200) {
      setTimeout(() => start(tries + 1), 50);
      return;
    }
    for (const w of shown()) {
      seen[w + false] = "";
      seen[w + true] = "";
    }
    runs = Number(q("lesson-area")?.dataset.runs ?? 0);
    new MutationObserver(watch).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ["data-status", "data-runs"],
    });
    // The content's height (the document's is at least the frame's).
    const shell = document.querySelector(".shell") || document.body;
    let height = 0;
    new ResizeObserver(() => {
      const h = Math.ceil(shell.getBoundingClientRect().height);
      if (h !== height) send("resize", { height: (height = h) });
    }).observe(shell);
    send("ready", { programs: shown().length });
  }
  start();
})();
