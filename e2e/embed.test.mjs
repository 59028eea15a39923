// The playground embedded as an iframe in a page served from another origin
// (another port), with ?embed=1&lesson=...&autorun=1: it runs by itself.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
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
      <iframe id="pg" src="${src}" width="1000" height="600"></iframe>`);
  });
  await new Promise((r) => tutorial.listen(0, '127.0.0.1', r));
  browser = await launchBrowser();
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
  assert.equal(await frame.locator('a.full-link').count(), 1, 'with a link to the full page');
  await page.close();
});
