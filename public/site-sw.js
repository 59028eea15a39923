// The demo site's Service Worker: requests under ./site/ are answered with
// what the page's handler (Rust, in the page that made the request) says,
// after the site's delay. No connection is opened, so the browser's limit of
// six connections per host does not apply, and the requests still show in
// the network panel.
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (e) => e.waitUntil(self.clients.claim()));

self.addEventListener("fetch", (e) => {
  const root = new URL("site", self.registration.scope).href;
  const url = e.request.url;
  if (url !== root && !url.startsWith(root + "/") && !url.startsWith(root + "?")) return;
  const path = url.slice(root.length).replace(/^\//, "");
  e.respondWith(answer(e, path));
});

async function answer(e, path) {
  const client = await self.clients.get(e.clientId);
  if (!client) return new Response("No page to answer for the demo site\n", { status: 503 });
  const [status, reason, headers, body, delay] = await new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (m) => resolve(m.data);
    client.postMessage({ kind: "site", method: e.request.method, path }, [channel.port2]);
  });
  await new Promise((resolve) => setTimeout(resolve, delay));
  const pairs = [];
  for (let i = 0; i + 1 < headers.length; i += 2) pairs.push([headers[i], headers[i + 1]]);
  const empty = e.request.method === "HEAD" || [101, 204, 205, 304].includes(status);
  return new Response(empty ? null : body, { status, statusText: reason, headers: pairs });
}
