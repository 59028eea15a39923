// Programs fetching from the page: the demo site through the Service Worker
// (real requests, no six-connections-per-host cap), the in-process fallback
// when no worker may run, a real slow server (`playground serve`) where the
// browser's cap shows as waves of six, failures as Python exceptions, and
// the site's settings.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowserForContexts } from './browser.mjs';
import { RunnerPage } from './pages/runner-page.mjs';
import { servePlayground } from './static-server.mjs';

const BLOCKING = `import time
import requests

start = time.perf_counter()
for n in (1, 2, 3):
    r = requests.get("./site/delay/300")
    print(n, r.status_code, r.text.strip())
print(requests.get("./site/json/3").json()["title"])
print("took", round(time.perf_counter() - start, 1), "s")
`;

const OVERLAPPING = `import asyncio
import time
import aiohttp

async def fetch(session, n):
    async with session.get("./site/delay/300") as resp:
        return n, resp.status, (await resp.text()).strip()

async def main():
    start = time.perf_counter()
    async with aiohttp.ClientSession() as session:
        for row in await asyncio.gather(*(fetch(session, n) for n in (1, 2, 3))):
            print(*row)
        async with session.get("./site/status/404?delay=200") as resp:
            print(resp.status, resp.reason)
    print("took", round(time.perf_counter() - start, 1), "s")

asyncio.run(main())
`;

const BLOCKING_OUT = '1 200 waited 300 ms\n2 200 waited 300 ms\n3 200 waited 300 ms\nDistant River 3\ntook 0.9 s\n';
const OVERLAPPING_OUT = '1 200 waited 300 ms\n2 200 waited 300 ms\n3 200 waited 300 ms\n404 Not Found\ntook 0.5 s\n';

/** `n` requests of `url` at once; prints when the answers came (to the half second) and the total. */
function burst(url, n) {
  return `import asyncio
import time
import aiohttp

async def get(session, start):
    async with session.get("${url}") as resp:
        await resp.text()
        return resp.status, round((time.perf_counter() - start) * 2) / 2

async def main():
    start = time.perf_counter()
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:
        answers = await asyncio.gather(*(get(session, start) for _ in range(${n})))
    print("statuses", sorted(set(s for s, _ in answers)))
    print("answered at", sorted(set(t for _, t in answers)))
    print("elapsed", round(time.perf_counter() - start, 3))

asyncio.run(main())
`;
}

const here = fileURLToPath(new URL('.', import.meta.url));

/** `playground serve --port 0` from the debug build (built if missing); resolves to its base URL. */
async function startRealServer() {
  const cli = join(here, '..', 'target', 'debug', 'playground');
  if (!existsSync(cli)) {
    const built = spawnSync('cargo', ['build', '-p', 'playground-cli'], { stdio: 'inherit' });
    assert.equal(built.status, 0, 'cargo build -p playground-cli');
  }
  const child = spawn(cli, ['serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const base = await new Promise((resolve, reject) => {
    let text = '';
    child.stdout.on('data', (chunk) => {
      text += chunk;
      const m = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(text);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`playground serve exited with ${code}`)));
  });
  return { base, close: () => child.kill() };
}

describe('fetching from the page', () => {
  let site;
  let browser;

  before(async () => {
    site = await servePlayground();
    browser = await launchBrowserForContexts();
  });

  after(async () => {
    await browser?.close();
    site?.close();
  });

  /** A page of the playground; with `worker`, once the site's Service Worker controls it. */
  async function open(options = {}, worker = true) {
    const context = await browser.newContext({ locale: 'en-US', ...options });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.url}?lesson=count-sleep&lang=en`, { waitUntil: 'load' });
    if (worker) {
      await page.waitForFunction(() => !!navigator.serviceWorker?.controller, null, { timeout: 10_000 });
    }
    const runner = new RunnerPage(page);
    await runner.runButton.waitFor({ timeout: 10_000 });
    await runner.waitForPrograms();
    return { context, page, runner, errors };
  }

  async function run(runner, a, b = '', timeoutMs = 15_000) {
    await runner.editor('a').fill(a);
    await runner.editor('b').fill(b);
    await runner.runButton.click();
    await runner.waitForFinish(timeoutMs);
  }

  test('through the Service Worker: real requests, requests blocks, aiohttp overlaps', async () => {
    const { context, page, runner, errors } = await open();
    const fromWorker = [];
    page.on('response', (r) => {
      if (r.url().includes('/site/')) fromWorker.push([new URL(r.url()).pathname.split('/site/')[1], r.fromServiceWorker()]);
    });
    await run(runner, BLOCKING, OVERLAPPING);

    assert.equal(await runner.stderr('a'), '');
    assert.equal(await runner.stdout('a'), BLOCKING_OUT);
    assert.equal(await runner.stderr('b'), '');
    assert.equal(await runner.stdout('b'), OVERLAPPING_OUT);
    const [a, b] = [await runner.elapsed('a'), await runner.elapsed('b')];
    assert.ok(Math.abs(a - 0.9) <= 0.9 * 0.05 + 0.05, `A took ${a} s`);
    assert.ok(Math.abs(b - 0.5) <= 0.5 * 0.05 + 0.05, `B took ${b} s`);
    // Every request went over the page's network, answered by the worker.
    assert.equal(fromWorker.length, 3 + 1 + 3 + 1, JSON.stringify(fromWorker));
    assert.ok(fromWorker.every(([, sw]) => sw), JSON.stringify(fromWorker));
    assert.equal(await page.getByTestId('site-notice').count(), 0);

    // A is blocked while each request is in flight; B's fetch tasks wait on
    // their requests, labelled with the answers; the 404 is drawn failed.
    const blocked = (await runner.lanes('a')).flatMap((l) => l.spans).filter((s) => s.state === 'blocked');
    assert.ok(blocked.length >= 3, JSON.stringify(blocked));
    assert.ok(blocked.some((s) => s.title.includes('GET ./site/delay/300 → 200 OK, 14 B')), JSON.stringify(blocked));
    assert.ok(blocked.every((s) => !s.failed), JSON.stringify(blocked));
    // Blocking requests are labelled on the timeline as waits are.
    const labelsA = await page.getByTestId('timeline-a').getByTestId('span-label').allTextContents();
    assert.ok(labelsA.filter((t) => t.startsWith('GET ./site/delay/300')).length >= 3, JSON.stringify(labelsA));
    const lanesB = await runner.lanes('b');
    assert.equal(lanesB.length, 5, JSON.stringify(lanesB.map((l) => l.task)));
    const waits = lanesB.flatMap((l) => l.spans).filter((s) => s.state === 'waiting');
    const answered = waits.filter((s) => s.title.includes('GET ./site/delay/300 → 200 OK, 14 B'));
    assert.equal(answered.length, 3, JSON.stringify(waits));
    assert.ok(answered.every((s) => !s.failed));
    const notFound = waits.filter((s) => s.title.includes('GET ./site/status/404?delay=200 → 404 Not Found'));
    assert.equal(notFound.length, 1, JSON.stringify(waits));
    assert.ok(notFound[0].failed, JSON.stringify(notFound));
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('50 requests of a 1 s page at once take about 1 s: no connection cap', async () => {
    const { context, runner, errors } = await open();
    await run(runner, burst('./site/delay/1000', 50));
    assert.equal(await runner.stderr('a'), '');
    const out = await runner.stdout('a');
    assert.match(out, /^statuses \[200\]\nanswered at \[1\.0\]\nelapsed /, out);
    const elapsed = Number(/elapsed ([0-9.]+)/.exec(out)[1]);
    assert.ok(elapsed >= 1.0 && elapsed < 1.3, `50 requests took ${elapsed} s`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('without a Service Worker the site answers inside the page, and the page says so', async () => {
    const { context, page, runner, errors } = await open({ serviceWorkers: 'block' }, false);
    const overNetwork = [];
    page.on('request', (r) => {
      if (r.url().includes('/site/')) overNetwork.push(r.url());
    });
    await run(runner, BLOCKING, OVERLAPPING);
    assert.equal(await runner.stdout('a'), BLOCKING_OUT);
    assert.equal(await runner.stdout('b'), OVERLAPPING_OUT);
    assert.deepEqual(overNetwork, []);
    await page.getByTestId('site-notice').waitFor({ timeout: 2_000 });
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a real slow server: the browser opens six connections at a time, so 12 requests come in two waves', async () => {
    const server = await startRealServer();
    try {
      const { context, page, runner, errors } = await open();
      await page.getByTestId('site-settings').locator('summary').click();
      await page.getByTestId('site-real-server').check();
      await run(runner, burst(`${server.base}/delay/500`, 12));
      assert.equal(await runner.stderr('a'), '');
      const out = await runner.stdout('a');
      assert.match(out, /^statuses \[200\]\nanswered at \[0\.5, 1\.0\]\n/, out);
      const elapsed = Number(/elapsed ([0-9.]+)/.exec(out)[1]);
      assert.ok(elapsed >= 1.0 && elapsed < 1.4, `12 requests took ${elapsed} s`);
      assert.deepEqual(errors, []);
      await context.close();
    } finally {
      server.close();
    }
  });

  test('an unreachable URL raises the library\'s exception, and its span is red', async () => {
    const { context, runner, errors } = await open();
    const program = `import asyncio
import aiohttp
import requests

try:
    requests.get("http://127.0.0.2:9/nothing", timeout=5)
except requests.exceptions.ConnectionError as e:
    print("requests:", type(e).__name__)

async def main():
    async with aiohttp.ClientSession() as session:
        try:
            await session.get("http://127.0.0.2:9/nothing")
        except aiohttp.ClientConnectorError as e:
            print("aiohttp:", type(e).__name__, str(e).startswith("Cannot connect to host 127.0.0.2:9 ssl:default ["))
        await session.get("http://127.0.0.2:9/again")

asyncio.run(main())
`;
    await run(runner, program);
    assert.equal(await runner.stdout('a'), 'requests: ConnectionError\naiohttp: ClientConnectorError True\n');
    const err = await runner.stderr('a');
    assert.match(err, /aiohttp\.client_exceptions\.ClientConnectorError: Cannot connect to host 127\.0\.0\.2:9 ssl:default \[.+\]\n$/, err);
    const spans = (await runner.lanes('a')).flatMap((l) => l.spans);
    const failed = spans.filter((s) => s.failed);
    assert.ok(failed.some((s) => s.state === 'blocked' && s.title.includes('GET http://127.0.0.2:9/nothing → could not connect')), JSON.stringify(spans));
    assert.ok(failed.some((s) => s.state === 'waiting' && s.title.includes('GET http://127.0.0.2:9/again → could not connect')), JSON.stringify(spans));
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the site\'s latency and error rate are set from the page', async () => {
    const { context, page, runner, errors } = await open();
    await page.getByTestId('site-settings').locator('summary').click();
    await page.getByTestId('site-latency').fill('400');
    await page.getByTestId('site-latency').dispatchEvent('change');
    await page.getByTestId('site-errors').fill('100');
    await page.getByTestId('site-errors').dispatchEvent('change');
    const program = `import time
import requests
start = time.perf_counter()
r = requests.get("./site/detail/1")
print(r.status_code, r.reason, round(time.perf_counter() - start, 1))
`;
    await run(runner, program);
    assert.equal(await runner.stdout('a'), '500 Internal Server Error 0.4\n');
    const blocked = (await runner.lanes('a')).flatMap((l) => l.spans).filter((s) => s.state === 'blocked');
    assert.ok(blocked.some((s) => s.failed && s.title.includes('→ 500 Internal Server Error')), JSON.stringify(blocked));
    assert.deepEqual(errors, []);
    await context.close();
  });
});
