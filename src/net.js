// The page's side of the network, kept in JavaScript because it is made of
// promises and browser objects: real fetch() calls for programs' requests,
// and the Service Worker (public/site-sw.js) that answers the demo site's
// URLs under ./site/ with what the page's Rust handler says.

// Register the site's worker; `answer(method, path)` returns
// [status, reason, headers (flat [name, value, ...]), body (Uint8Array), delay ms].
export function startSiteWorker(answer) {
  const sw = navigator.serviceWorker;
  if (!sw || !window.isSecureContext) return;
  sw.addEventListener("message", (e) => {
    if (!e.data || e.data.kind !== "site" || !e.ports[0]) return;
    let reply;
    try {
      reply = answer(e.data.method, e.data.path);
    } catch (err) {
      reply = [500, "Internal Server Error", [], new Uint8Array(), 0];
    }
    e.ports[0].postMessage(reply);
  });
  sw.register("site-sw.js", { scope: "./" }).catch(() => {});
}

// Whether a Service Worker controls this page (and so answers ./site/).
export function siteWorkerActive() {
  return !!(navigator.serviceWorker && navigator.serviceWorker.controller);
}

// Fetch `url`; `done(status, reason, headers, body, url)` on an answer,
// `done(0, "timeout" or the browser's reason, [], empty, url)` on a failure.
// With `siteReply` (a demo-site URL), the worker gets the answer first.
export function httpFetch(method, url, headers, body, timeoutMs, done, siteReply) {
  const worker = navigator.serviceWorker && navigator.serviceWorker.controller;
  if (siteReply && worker) {
    const path = new URL(url, document.baseURI).href;
    worker.postMessage({ kind: "answer", method, url: path, reply: siteReply });
  }
  // No HTTP cache: the libraries do not cache, and the browser would hold
  // back repeated requests of one URL until the first is answered.
  const init = { method, headers: [], credentials: "omit", redirect: "follow", cache: "no-store" };
  for (let i = 0; i + 1 < headers.length; i += 2) init.headers.push([headers[i], headers[i + 1]]);
  if (body.length && method !== "GET" && method !== "HEAD") init.body = body;
  const abort = new AbortController();
  init.signal = abort.signal;
  let timer = 0;
  if (timeoutMs > 0) timer = setTimeout(() => abort.abort(), timeoutMs);
  fetch(url, init)
    .then(async (r) => {
      const bytes = new Uint8Array(await r.arrayBuffer());
      clearTimeout(timer);
      const flat = [];
      r.headers.forEach((v, k) => flat.push(k, v));
      done(r.status, r.statusText, flat, bytes, r.url || url);
    })
    .catch((err) => {
      clearTimeout(timer);
      const empty = new Uint8Array(0);
      if (abort.signal.aborted) done(0, "timeout", [], empty, url);
      else done(0, String((err && err.message) || err), [], empty, url);
    });
}

// The text at `url`, or null: `done(text)`.
export function fetchText(url, done) {
  fetch(url)
    .then((r) => (r.ok ? r.text() : null))
    .catch(() => null)
    .then((text) => done(text));
}
