// The page's driver on real timers, alone in its file so that no other
// page shares the machine while wall time is measured: a program of 2,000
// tasks sleeping to deadlines 0.55 ms apart runs every timer due by a
// wake-up in that turn, so its wall time follows its program time (one
// browser tick per deadline took about 30 s).

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowserForContexts } from './browser.mjs';
import { RunnerPage } from './pages/runner-page.mjs';
import { servePlayground } from './static-server.mjs';

describe('the driver on real timers', () => {
  let url;
  let site;
  let browser;

  before(async () => {
    site = await servePlayground();
    url = site.url;
    browser = await launchBrowserForContexts();
  });

  after(async () => {
    await browser?.close();
    site?.close();
  });

  async function open(query) {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${url}${query}`, { waitUntil: 'load' });
    const runner = new RunnerPage(page);
    await runner.runButton.waitFor({ timeout: 10_000 });
    await runner.waitForPrograms();
    return { page, runner };
  }

  test('2,000 tasks sleeping to close deadlines take about their program time, not a browser tick each', async () => {
    const { page, runner } = await open('?lesson=count-sleep&lang=en');
    await runner.editor('a').fill('');
    await runner.editor('b').fill(
      'import asyncio\n\nasync def sleeper(i):\n    await asyncio.sleep(i / 2000 * 1.1)\n\n' +
        'async def main():\n    await asyncio.gather(*(sleeper(i) for i in range(2000)))\n\n' +
        'asyncio.run(main())\nprint("done")\n',
    );
    const clicked = Date.now();
    await runner.runButton.click();
    await runner.waitForFinish(60_000);
    const wallMs = Date.now() - clicked;
    assert.equal(await runner.stdout('b'), 'done\n');
    const elapsed = await runner.elapsed('b');
    assert.ok(elapsed >= 1.1 && elapsed < 1.6, `program time ${elapsed} s`);
    // One browser tick per deadline took about 30 s; generous for a busy machine.
    assert.ok(wallMs < 4000, `wall time ${wallMs} ms for ${elapsed} s of program time`);
    await page.close();
  });
});
