// End-to-end tests of the app shell, on the release build served under the
// sub-path /playground/ (as the playground is published inside a tutorial).
//
// scripts/test.sh starts e2e/static-server.mjs and passes PLAYGROUND_URL.
// Run alone after `trunk build --release --public-url ./`, this file starts
// its own server on dist/.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './browser.mjs';
import { ShellPage } from './pages/shell-page.mjs';
import { startStaticServer } from './static-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const screenshots = join(here, 'screenshots');

describe('app shell under /playground/', () => {
  let url;
  let ownServer;
  let browser;
  let shell;

  before(async () => {
    url = process.env.PLAYGROUND_URL;
    if (!url) {
      ownServer = await startStaticServer({ root: join(here, '..', 'dist'), prefix: '/playground/' });
      url = ownServer.url;
    }
    assert.match(new URL(url).pathname, /^\/playground\/$/, 'tests run under the sub-path');
    browser = await launchBrowser();
    const page = await browser.context.newPage();
    shell = new ShellPage(page);
    await shell.open(url);
  });

  after(async () => {
    await browser?.close();
    ownServer?.server.close();
  });

  test('shows the title in English and Chinese', async () => {
    assert.equal(await shell.title.count(), 1, 'the shell title is on the page');
    const text = await shell.title.textContent();
    assert.match(text, /Async Playground/);
    assert.match(text, /异步游乐场/);
    assert.match(await shell.page.title(), /Async Playground/);
  });

  test('has the lesson area and the footer', async () => {
    assert.equal(await shell.lessonArea.count(), 1);
    assert.ok(await shell.lessonArea.isVisible(), 'lesson area is visible');
    assert.ok(await shell.footer.isVisible(), 'footer is visible');
    assert.equal(await shell.fatalError.count(), 0, 'no fatal error box');
  });

  test('loads the wasm module from under /playground/', async () => {
    assert.equal(shell.wasmRequests.length, 1, `wasm requests: ${shell.wasmRequests.join(', ')}`);
    const wasmUrl = new URL(shell.wasmRequests[0]);
    assert.equal(wasmUrl.origin, new URL(url).origin);
    assert.match(wasmUrl.pathname, /^\/playground\/[^/]+\.wasm$/);
  });

  test('reports no console errors, exceptions or failed requests', async () => {
    // Let anything queued after mounting run before judging.
    await shell.page.waitForTimeout(200);
    assert.deepEqual(shell.problems, []);
  });

  test('renders (screenshot saved to e2e/screenshots/shell.png)', async () => {
    await mkdir(screenshots, { recursive: true });
    const path = join(screenshots, 'shell.png');
    const png = await shell.page.screenshot({ path, fullPage: true });
    assert.ok(png.length > 1000, 'screenshot has content');
  });
});
