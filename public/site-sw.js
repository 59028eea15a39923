// The demo site's Service Worker: requests under ./site/ are answered with
// what the page's handler (Rust, in the page that made the request) says,
// after the site's delay. No connection is opened, so the browser's limit of
// six connections per host does not apply, and the requests still show in
// the network panel.
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (e) => e.waitUntil(self.clients.claim()));

// Answers the page sent ahead of its requests: "METHOD url" -> replies.
const ahead = new Map();
self.addEventListener("message", (e) => {
  if (!e.data || e.data.kind !== "answer") return;
  const key = e.data.method + " " + e.data.url;
  if (!ahead.has(key)) ahead.set(key, []);
  ahead.get(key).push(e.data.reply);
});

self.addEventListener("fetch", (e) => {
  const root = new URL("site", self.registration.scope).href;
  const url = e.request.url;
  if (url !== root && !url.startsWith(root + "/") && !url.startsWith(root + "?")) return;
  const path = url.slice(root.length).replace(/^\//, "");
  e.respondWith(answer(e, path));
});

// The reply sent ahead for this request, or the page's answer when asked.
async function reply(e, path) {
  const key = e.request.method + " " + e.request.url;
  const queued = ahead.get(key);
  if (queued && queued.length) {
    const r = queued.shift();
    if (!queued.length) ahead.delete(key);
    return r;
  }
  const client = await self.clients.get(e.clientId);
  if (!client) return [503, "Service Unavailable", [], "No page to answer for the demo site\n", 0];
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (m) => resolve(m.data);
    client.postMessage({ kind: "site", method: e.request.method, path }, [channel.port2]);
  });
}

async function answer(e, path) {
  const [status, reason, headers, body, delay] = await reply(e, path);
  await new Promise((resolve) => setTimeout(resolve, delay));
  const pairs = [];
  for (let i = 0; i + 1 < headers.length; i += 2) pairs.push([headers[i], headers[i + 1]]);
  const empty = e.request.method === "HEAD" || [101, 204, 205, 304].includes(status);
  return new Response(empty ? null : body, { status, statusText: reason, headers: pairs });
}
