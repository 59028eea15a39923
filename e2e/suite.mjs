// What most specs share: the built page served (dist/, or PLAYGROUND_URL)
// and a Chromium for contexts of their own, made before a suite's tests
// and stopped after them.

import { after, before } from 'node:test';
import { launchBrowserForContexts } from './browser.mjs';
import { servePlayground } from './static-server.mjs';

/**
 * Registers the suite's hooks; the returned object holds `site` (`url`,
 * `close()`) and `browser` (`newContext(options)`) once the tests run.
 * `serve` resolves to another server of the page (same shape as `site`).
 */
export function pageAndBrowser(serve = servePlayground) {
  const shared = {};
  before(async () => {
    shared.site = await serve();
    shared.browser = await launchBrowserForContexts();
  });
  after(async () => {
    await shared.browser?.close();
    shared.site?.close();
  });
  return shared;
}

/**
 * Record the page's long tasks (over 50 ms on its main thread) in
 * `window.__longTasks` as [start, ms], from its first script on.
 */
export function observeLongTasks(page) {
  return page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
}
