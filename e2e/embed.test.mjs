// The playground embedded as an iframe in a page served from another origin
// (another port), with ?embed=1&lesson=...&autorun=1: it runs by itself.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './browser.mjs';
import { RunnerPage } from './pages/runner-page.mjs';
import { startStaticServer } from './static-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
let url;
let ownServer;
let tutorial;
let browser;

before(async () => {
  url = process.env.PLAYGROUND_URL;
  if (!url) {
    ownServer = await startStaticServer({ root: join(here, '..', 'dist'), prefix: '/playground/' });
    url = ownServer.url;
  }
  const src = `${url}?embed=1&lesson=count-sleep&autorun=1`;
  tutorial = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>A tutorial</title><h1>Lesson</h1>
      <iframe id="pg" src="${src}" width="800" height="600" style="border:1px solid #ccc"></iframe>`);
  });
  await new Promise((r) => tutorial.listen(0, '127.0.0.1', r));
  browser = await launchBrowser();
  await mkdir(join(here, 'screenshots'), { recursive: true });
});

after(async () => {
  await browser?.close();
  tutorial?.close();
  ownServer?.server.close();
});

test('an embedded playground on another origin autoruns the lesson', async () => {
  const page = await browser.context.newPage();
  const tutorialUrl = `http://127.0.0.1:${tutorial.address().port}/`;
  assert.notEqual(new URL(tutorialUrl).origin, new URL(url).origin, 'served from another origin');
  await page.goto(tutorialUrl, { waitUntil: 'load' });
  const frame = page.frame({ url: /embed=1/ });
  assert.ok(frame, 'the iframe loaded the playground');
  const runner = new RunnerPage(frame);
  await runner.waitForFinish(20_000);
  assert.match(await runner.stdout('b'), /One\nOne\nOne\nTwo\nTwo\nTwo\n/);
  assert.equal(await frame.getByTestId('shell-header').count(), 0, 'embed mode shows only the runner');
  assert.equal(await frame.getByTestId('gallery').count(), 0, 'no gallery inside the frame');
  const full = frame.getByTestId('open-full');
  assert.equal(await full.getAttribute('href'), '?lesson=count-sleep', 'a link to the full page');
  assert.equal(await full.getAttribute('target'), '_blank');
  const lanes = await runner.lanes('b');
  assert.deepEqual(lanes.map((l) => l.task), ['main', 'Task-1', 'Task-2', 'Task-3', 'Task-4']);
  // Sized for the frame: no sideways scrolling, and the controls, both
  // editors and the top of the second timeline are in its 600 px.
  const layout = await frame.evaluate(() => {
    const bottom = (id) => document.querySelector(`[data-testid="${id}"]`).getBoundingClientRect().bottom;
    return {
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      run: bottom('run'),
      editors: Math.max(bottom('editor-a'), bottom('editor-b')),
      timelineB: document.querySelector('[data-testid="timeline-b"]').getBoundingClientRect().top,
    };
  });
  assert.ok(layout.overflow <= 0, `no horizontal overflow (${layout.overflow} px)`);
  assert.ok(layout.run < 600 && layout.editors < 600 && layout.timelineB < 560, JSON.stringify(layout));
  await page.screenshot({ path: join(here, 'screenshots', 'embed.png') });
  await page.close();
});
