// The playground embedded as an iframe in a page served from another origin
// (another port), with ?embed=1&lesson=...&autorun=1: it runs by itself.
// And a tutorial page that includes embed.js: its code blocks become
// runners, driven by the page's message API.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, launchBrowserForContexts } from './browser.mjs';
import { RunnerPage } from './pages/runner-page.mjs';
import { startStaticServer } from './static-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/** A tutorial page with four code blocks (one a sync/async pair) and embed.js. */
const tutorialWithBlocks = (playground) => `<!doctype html><html lang="en"><meta charset="utf-8">
<title>A tutorial with runners</title>
<h1>Three runners</h1>
<pre class="async-playground" data-autorun>import asyncio

async def main():
    await asyncio.sleep(0.2)
    print("one")

asyncio.run(main())
</pre>
<p>The same wait, blocking and not:</p>
<pre class="async-playground" data-sync>import time
time.sleep(0.3)
print("sync done")
</pre><pre class="async-playground" data-async>import asyncio
asyncio.run(asyncio.sleep(0.1))
print("async done")
</pre>
<p style="height: 3000px">A long chapter.</p>
<div data-async-playground data-lang="zh">print("你好")</div>
<script>
  // What the runners say, by runner.
  window.__events = [];
  addEventListener('message', (e) => {
    const k = Array.from(document.querySelectorAll('iframe')).findIndex((f) => f.contentWindow === e.source);
    window.__events.push({ runner: k, origin: e.origin, ...e.data });
  });
</script>
<script src="${playground}embed.js" defer></script>`;
let url;
let ownServer;
let tutorial;
let browser;
// What the tutorial server answers at /snippet (a test sets it).
let snippetPage = '';
// The lessons whose programs fetch from the demo site.
const FETCHING_LESSONS = ['blocking-trap', 'crawler-race', 'limits', 'ways-to-fetch'];

before(async () => {
  url = process.env.PLAYGROUND_URL;
  if (!url) {
    ownServer = await startStaticServer({ root: join(here, '..', 'dist'), prefix: '/playground/' });
    url = ownServer.url;
  }
  const src = `${url}?embed=1&lesson=count-sleep&autorun=1`;
  tutorial = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    if (req.url === '/blocks') {
      res.end(tutorialWithBlocks(url));
      return;
    }
    if (req.url === '/snippet') {
      res.end(snippetPage);
      return;
    }
    if (req.url === '/sandboxed') {
      res.end(`<!doctype html><title>Sandboxed</title><iframe sandbox="allow-scripts" src="${url}?lesson=count-sleep&lang=en" width="700" height="500"></iframe>`);
      return;
    }
    if (req.url === '/fetching-lessons') {
      // Each fetching lesson in a frame of its own, all in view.
      const frames = FETCHING_LESSONS.map(
        (id) => `<iframe src="${url}?embed=1&lesson=${id}&autorun=1&lang=en" width="540" height="420" data-lesson="${id}"></iframe>`,
      );
      res.end(`<!doctype html><title>Crawlers</title>${frames.join('')}`);
      return;
    }
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

test('embed.js turns code blocks into runners a tutorial page drives by messages', async () => {
  const page = await browser.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`http://127.0.0.1:${tutorial.address().port}/blocks`, { waitUntil: 'load' });
  const origin = new URL(url).origin;
  const events = (runner, type) => page.evaluate(([k, t]) => window.__events.filter((e) => e.runner === k && e.playground === t), [runner, type]);
  const waitFor = (runner, type, count = 1) =>
    page.waitForFunction(([k, t, n]) => window.__events.filter((e) => e.runner === k && e.playground === t).length >= n, [runner, type, count], {
      timeout: 20_000,
    });
  const post = (runner, message) =>
    page.evaluate(([k, m, o]) => document.querySelectorAll('iframe')[k].contentWindow.postMessage(m, o), [runner, message, origin]);

  // Four blocks, three runners (the pair races in one), made as they come
  // into view; the blocks stay, hidden.
  await page.waitForFunction(() => document.querySelectorAll('iframe.async-playground-runner').length >= 1);
  assert.ok((await page.locator('iframe').count()) < 3, 'the runners below the fold are not made yet');
  for (let i = 0; i < 50 && (await page.locator('iframe').count()) < 3; i++) {
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(100);
  }
  assert.equal(await page.locator('iframe.async-playground-runner').count(), 3);
  assert.equal(await page.locator('pre.async-playground[hidden]').count(), 3);
  for (const k of [0, 1, 2]) await waitFor(k, 'ready');
  assert.deepEqual((await events(1, 'ready'))[0], { runner: 1, origin, playground: 'ready', programs: 2 });

  // The first autoruns its block.
  await waitFor(0, 'finished');
  const [first] = await events(0, 'finished');
  assert.equal(first.results[0].status, 'done');
  assert.ok(Math.abs(first.results[0].elapsed - 0.2) < 0.05, JSON.stringify(first));
  assert.deepEqual(first.results[1], { program: 'b', status: 'idle', elapsed: null, exitCode: null }, 'B left empty is not run');
  assert.ok((await events(0, 'output')).some((e) => e.program === 'a' && e.text === 'one\n'));

  // The pair runs when the page says so: A blocks 0.3 s, B waits 0.1 s.
  assert.equal((await events(1, 'started')).length, 0, 'not run until asked');
  await post(1, { playground: 'run' });
  await waitFor(1, 'finished');
  const [pair] = await events(1, 'finished');
  assert.deepEqual(pair.results.map((r) => [r.program, r.status, r.exitCode]), [['a', 'done', 0], ['b', 'done', 0]]);
  assert.ok(Math.abs(pair.results[0].elapsed - 0.3) < 0.05 && Math.abs(pair.results[1].elapsed - 0.1) < 0.05, JSON.stringify(pair));
  const said = (await events(1, 'output')).map((e) => `${e.program}:${e.text}`);
  assert.ok(said.includes('a:sync done\n') && said.includes('b:async done\n'), JSON.stringify(said));
  assert.equal((await events(1, 'started')).length, 1);
  // Its own code, not the lesson's: the lesson's program labels are gone.
  for (const frame of page.frames().filter((f) => f.url().includes('embed=1'))) {
    const heads = await frame.evaluate(() =>
      Array.from(document.querySelectorAll('section.side'))
        .filter((side) => getComputedStyle(side).display !== 'none')
        .map((side) => side.querySelector('h2').innerText),
    );
    assert.ok(heads.every((h) => /^(Program|程序) [A-D]\s/.test(h) && !h.includes('·')), JSON.stringify(heads));
  }

  // The third, in Chinese, takes new code from the page, and says what it cannot do.
  const third = page.frames().find((f) => f.url().includes('lang=zh'));
  assert.equal(await third.evaluate(() => document.documentElement.lang), 'zh-Hans');
  await post(2, { playground: 'set-code', programs: ['print("again")\n', ''] });
  await post(2, { playground: 'run' });
  await waitFor(2, 'finished');
  assert.ok((await events(2, 'output')).some((e) => e.text === 'again\n'));
  await post(2, { playground: 'set-code', programs: ['1', '2', '3'] });
  await post(2, { playground: 'jump' });
  await waitFor(2, 'error', 2);
  assert.deepEqual((await events(2, 'error')).map((e) => e.message), ['this lesson shows 2 programs, not 3', 'unknown command jump']);
  // A message from anywhere but the embedding page is ignored.
  await third.evaluate(() => window.postMessage({ playground: 'run' }, '*'));
  await page.waitForTimeout(300);
  assert.equal((await events(2, 'started')).length, 1, 'only the run the page asked for');

  // Each runner's height follows its content (measured once it is in view:
  // the browser does not lay out a frame out of sight).
  for (const k of [0, 1, 2]) {
    await page.locator('iframe').nth(k).scrollIntoViewIfNeeded();
    await waitFor(k, 'resize');
  }
  await page.waitForTimeout(100);
  const heights = await page.evaluate(() => Array.from(document.querySelectorAll('iframe'), (f) => f.getBoundingClientRect().height));
  const resized = await page.evaluate(() => window.__events.filter((e) => e.playground === 'resize').map((e) => [e.runner, e.height]));
  assert.ok(heights.every((h) => h > 250 && h !== 600), `${JSON.stringify(heights)} after ${JSON.stringify(resized)}`);
  assert.deepEqual(errors, []);
  await page.locator('iframe').nth(1).scrollIntoViewIfNeeded();
  await page.locator('iframe').nth(1).screenshot({ path: join(here, 'screenshots', 'embed-blocks.png') });
  await page.close();
});

test("the Share panel's embed.js form, pasted into a page on another origin: three programs race, dark, run on load", async (t) => {
  // Contexts of their own: a light system, and the reader's fresh profile.
  const contexts = await launchBrowserForContexts();
  t.after(() => contexts.close());
  const context = await contexts.newContext({ locale: 'en-US', colorScheme: 'light' });
  const page = await context.newPage();
  await page.goto(`${url}?lesson=pools&lang=en`, { waitUntil: 'load' });
  const runner = new RunnerPage(page);
  await runner.runButton.waitFor({ timeout: 10_000 });
  await runner.waitForPrograms();
  const programs = [
    'print(1 < 2, "<b>&")\n',
    'import time\ntime.sleep(0.2)\nprint("B slept")\n',
    'import asyncio\nasyncio.run(asyncio.sleep(0.1))\nprint("C waited")\n',
  ];
  for (const [k, w] of ['a', 'b', 'c'].entries()) await runner.editor(w).fill(programs[k]);
  await page.getByTestId('share').click();
  await page.getByTestId('share-status').locator('summary').click();
  await page.getByTestId('embed-form').selectOption('script');
  await page.getByTestId('embed-theme').selectOption('dark');
  await page.getByTestId('embed-autorun').check();
  const snippet = await page.getByTestId('embed-code').inputValue();
  assert.ok(snippet.startsWith(`<script src="${url}embed.js" data-lang="en" data-theme="dark" data-autorun defer></script>`), snippet);
  assert.equal((snippet.match(/<pre class="async-playground"/g) || []).length, 3, snippet);
  assert.match(snippet, /print\(1 &lt; 2, "&lt;b&gt;&amp;"\)/);
  await context.close();

  snippetPage = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Pasted</title><h1>Three ways</h1>${snippet}`;
  const reader = await contexts.newContext({ colorScheme: 'light' });
  const tutorialPage = await reader.newPage();
  await tutorialPage.goto(`http://127.0.0.1:${tutorial.address().port}/snippet`, { waitUntil: 'load' });
  await tutorialPage.waitForSelector('iframe.async-playground-runner');
  assert.equal(await tutorialPage.locator('iframe').count(), 1, 'one runner for the three blocks');
  const frame = await (await tutorialPage.waitForSelector('iframe')).contentFrame();
  const embedded = new RunnerPage(frame);
  await frame.waitForFunction(
    () => ['a', 'b', 'c'].every((w) => document.querySelector(`[data-testid="elapsed-${w}"]`)?.dataset.status === 'done'),
    null,
    { timeout: 20_000 },
  );
  assert.equal(await embedded.stdout('a'), 'True <b>&\n');
  assert.equal(await embedded.stdout('b'), 'B slept\n');
  assert.equal(await embedded.stdout('c'), 'C waited\n');
  assert.equal(await frame.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(22, 23, 26)', 'dark');
});

test('in a third-party iframe without a Service Worker, the fetching lessons run through the in-process site', async (t) => {
  const contexts = await launchBrowserForContexts();
  // Closed even when an assertion fails: an open browser keeps this file's
  // process, and the whole suite, from ending.
  t.after(() => contexts.close());
  const context = await contexts.newContext({ serviceWorkers: 'block', viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${tutorial.address().port}/fetching-lessons`, { waitUntil: 'load' });
  for (const id of FETCHING_LESSONS) {
    const element = await page.waitForSelector(`iframe[data-lesson="${id}"]`);
    // In view: the browser may hold back an off-screen cross-origin frame.
    await element.scrollIntoViewIfNeeded();
    const frame = await element.contentFrame();
    const runner = new RunnerPage(frame);
    await frame.getByTestId('run').waitFor({ timeout: 10_000 });
    const shown = await runner.shown();
    await frame.waitForFunction(
      (ws) => ws.every((w) => ['done', 'failed'].includes(document.querySelector(`[data-testid="elapsed-${w}"]`)?.dataset.status)),
      shown,
      // Polled by time: a cross-origin frame may get no animation frames.
      { timeout: 40_000, polling: 100 },
    );
    await frame.getByTestId('site-notice').waitFor({ timeout: 1_000 });
    for (const w of shown) {
      const expected = await readFile(join(here, '..', 'crates', 'core', 'lessons', id, `${w}.expected.txt`), 'utf8');
      assert.equal(await runner.stdout(w), expected, `${id} ${w}`);
      assert.equal(await runner.stderr(w), '', `${id} ${w}`);
    }
  }
});

test('a frame sandboxed without allow-same-origin says why the playground cannot start there', async () => {
  const page = await browser.context.newPage();
  await page.goto(`http://127.0.0.1:${tutorial.address().port}/sandboxed`, { waitUntil: 'load' });
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  // The browser refuses the frame the page's own files (its origin is
  // opaque), so the app never mounts: a notice instead of a blank frame.
  const notice = frame.getByTestId('load-failure');
  await notice.waitFor({ timeout: 10_000 });
  const text = await notice.textContent();
  assert.match(text, /sandboxed without allow-same-origin/);
  assert.match(text, /sandbox="allow-scripts allow-same-origin"/);
  assert.equal(await notice.getByRole('link').getAttribute('href'), `${url}?lesson=count-sleep&lang=en`);
  assert.ok(await notice.isVisible());
  assert.equal(await frame.getByTestId('lesson-area').count(), 0);
  await page.close();
});

test('a page whose WebAssembly fails to load says so instead of staying blank', async () => {
  const page = await browser.context.newPage();
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(`${url}?lesson=count-sleep&lang=zh-CN`, { waitUntil: 'load' });
  const notice = page.getByTestId('load-failure');
  await notice.waitFor({ timeout: 10_000 });
  assert.match(await notice.textContent(), /游乐场的文件没能加载（.+\.wasm）/);
  await page.close();
});
