// Crawling the demo site from the page: requests blocks the whole program,
// aiohttp requests overlap; the site answers inside the page after its
// delays (on real timers) and the page says so.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
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
        async with session.get("./site/status/404") as resp:
            print(resp.status, resp.reason)
    print("took", round(time.perf_counter() - start, 1), "s")

asyncio.run(main())
`;

describe('fetching the demo site in the page', () => {
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

  test('requests blocks, aiohttp overlaps, both get the site\'s pages', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.url}?lesson=count-sleep&lang=en`, { waitUntil: 'load' });
    const runner = new RunnerPage(page);
    await runner.runButton.waitFor({ timeout: 10_000 });
    await runner.editor('a').fill(BLOCKING);
    await runner.editor('b').fill(OVERLAPPING);
    await runner.runButton.click();
    await runner.waitForFinish(15_000);

    assert.equal(await runner.stderr('a'), '');
    assert.equal(
      await runner.stdout('a'),
      '1 200 waited 300 ms\n2 200 waited 300 ms\n3 200 waited 300 ms\nDistant River 3\ntook 0.9 s\n',
    );
    assert.equal(await runner.stderr('b'), '');
    assert.equal(
      await runner.stdout('b'),
      '1 200 waited 300 ms\n2 200 waited 300 ms\n3 200 waited 300 ms\n404 Not Found\ntook 0.3 s\n',
    );
    const [a, b] = [await runner.elapsed('a'), await runner.elapsed('b')];
    assert.ok(Math.abs(a - 0.9) <= 0.9 * 0.05 + 0.05, `A took ${a} s`);
    assert.ok(Math.abs(b - 0.3) <= 0.3 * 0.05 + 0.05, `B took ${b} s`);
    await page.getByTestId('site-notice').waitFor({ timeout: 2_000 });

    // A is blocked while each request is in flight; B's main task waits on
    // its three fetch tasks, which wait on the requests.
    const lanesA = await runner.lanes('a');
    const blocked = lanesA.flatMap((l) => l.spans).filter((s) => s.state === 'blocked');
    assert.ok(blocked.length >= 4, `blocked spans in A: ${JSON.stringify(lanesA)}`);
    assert.ok(
      blocked.some((s) => s.title.includes('GET ./site/delay/300 → 200 OK, 14 B')),
      JSON.stringify(blocked),
    );
    const lanesB = await runner.lanes('b');
    assert.equal(lanesB.length, 5, JSON.stringify(lanesB.map((l) => l.task)));
    const waits = lanesB.flatMap((l) => l.spans).filter((s) => s.state === 'waiting');
    assert.ok(
      waits.filter((s) => s.title.includes('GET ./site/delay/300')).length === 3,
      JSON.stringify(waits),
    );
    assert.deepEqual(errors, []);
    await context.close();
  });
});
