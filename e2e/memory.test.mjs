// One page, many runs: runs and stops of the lessons, one after another in
// the same page, leave neither the WebAssembly memory nor the JS heap
// growing (a dropped program frees its reference cycles: vm/teardown.rs).
// In a file of its own: it takes a while, and no other page should share
// the machine while it does.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { RunnerPage } from './pages/runner-page.mjs';
import { pageAndBrowser } from './suite.mjs';

// CI runs 150; `MEMORY_RUNS=1000` gives the long figure in the README.
const RUNS = Number(process.env.MEMORY_RUNS ?? 150);
const LESSONS = ['count-sleep', 'crawler-race', 'producer-consumer', 'limits', 'cancel-and-exceptions', 'pools', 'ready-and-waiting'];

describe('memory over many runs', () => {
  const shared = pageAndBrowser();

  test(`${RUNS} runs and stops of seven lessons in one page keep wasm memory and the JS heap near their size after 50`, async () => {
    const context = await shared.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    // The instance's memory, as trunk's loader hands it over.
    await page.addInitScript(() =>
      addEventListener('TrunkApplicationStarted', (e) => {
        globalThis.__wasmMemory = e.detail.wasm.memory;
      }),
    );
    await page.goto(`${shared.site.url}?lesson=count-sleep&lang=en`, { waitUntil: 'load' });
    const runner = new RunnerPage(page);
    await runner.runButton.waitFor({ timeout: 10_000 });
    await runner.waitForPrograms();
    const cdp = await context.newCDPSession(page);
    const sample = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const wasm = await page.evaluate(() => globalThis.__wasmMemory?.buffer.byteLength ?? 0);
      return { wasm, heap: usedSize };
    };
    const cycle = async (k) => {
      const lesson = LESSONS[k % LESSONS.length];
      if ((await runner.picker.inputValue()) !== lesson) {
        await runner.picker.selectOption(lesson);
        await runner.waitForPrograms();
      }
      await runner.runButton.click();
      if (k % 15 === 14) {
        // Now and then a whole run.
        await runner.waitForFinish(30_000);
      } else {
        // Stopped mid-run: tasks waiting, threads blocked, requests out.
        await page.waitForTimeout(100 + (k % 4) * 60);
        if (await runner.stopButton.isEnabled()) await runner.stopButton.click();
      }
      await page.waitForFunction(() => !document.querySelector('[data-testid="run"]').disabled);
    };
    // The first 50 reach every lesson's high-water mark.
    for (let k = 0; k < 50; k += 1) await cycle(k);
    const first = await sample();
    assert.ok(first.wasm > 0, 'the page handed over its memory');
    for (let k = 50; k < RUNS; k += 1) await cycle(k);
    const last = await sample();
    const mib = (b) => (b / 2 ** 20).toFixed(2);
    const said = `after 50 runs: wasm ${mib(first.wasm)} MiB, JS heap ${mib(first.heap)} MiB; after ${RUNS}: ${mib(last.wasm)}, ${mib(last.heap)}`;
    // Measured (2026-12-05): wasm 6.06 → 6.06 and 6.19 → 6.69 MiB, JS heap
    // 2.88 → 3.02 MiB. Before a dropped program freed its cycles, each run
    // kept about 146 KiB: 100 runs, 14 MiB more.
    assert.ok(last.wasm <= first.wasm * 1.25, said);
    assert.ok(last.heap <= first.heap * 1.25, said);
    console.log(said);
    await context.close();
  });
});
