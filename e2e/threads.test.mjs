// Threads in the page: two computing threads take turns holding the GIL
// (their lanes alternate running and ready, never both running), and the
// event-loop panel lists the threads with what each does at the inspected
// instant; a thread sleeping beside a computing one overlaps it.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowserForContexts } from './browser.mjs';
import { RunnerPage } from './pages/runner-page.mjs';
import { servePlayground } from './static-server.mjs';

const COMPUTING = `import threading, time

def spin():
    s = 0
    for i in range(600_000):
        s += i
    return s

start = time.perf_counter()
workers = [threading.Thread(target=spin, name=f"spin-{k}") for k in range(2)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("both done")
`;

const SLEEPING = `import threading, time

def nap():
    time.sleep(0.5)

start = time.perf_counter()
sleepers = [threading.Thread(target=nap) for _ in range(3)]
for t in sleepers:
    t.start()
for t in sleepers:
    t.join()
print("slept together:", round(time.perf_counter() - start, 1), "s")
`;

/** [start, end] of a span from its title ("name · state · 0.000–0.005 s"). */
function interval(span) {
  const m = /([0-9.]+)–([0-9.]+) s/.exec(span.title);
  return [Number(m[1]), Number(m[2])];
}

describe('threads in the page', () => {
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

  test('computing threads take turns with the GIL; sleeping threads overlap', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.url}?lesson=count-sleep&lang=en`, { waitUntil: 'load' });
    const runner = new RunnerPage(page);
    await runner.runButton.waitFor({ timeout: 10_000 });
    await runner.waitForPrograms();
    await runner.editor('a').fill(COMPUTING);
    await runner.editor('b').fill(SLEEPING);
    await runner.runButton.click();
    await runner.waitForFinish(60_000);

    assert.equal(await runner.stderr('a'), '');
    assert.equal(await runner.stdout('a'), 'both done\n');
    assert.equal(await runner.stdout('b'), 'slept together: 0.5 s\n');

    const lanes = await runner.lanes('a');
    const names = lanes.map((l) => l.task);
    assert.ok(names.includes('spin-0') && names.includes('spin-1'), JSON.stringify(names));
    const running = (name) =>
      lanes.find((l) => l.task === name).spans.filter((s) => s.state === 'running').map(interval);
    const [r0, r1] = [running('spin-0'), running('spin-1')];
    // Each holds the GIL several times, handing it over in between.
    assert.ok(r0.length >= 3 && r1.length >= 3, `turns: ${JSON.stringify([r0, r1])}`);
    for (const [s, e] of r0) {
      for (const [s1, e1] of r1) {
        assert.ok(e <= s1 + 1e-3 || e1 <= s + 1e-3, `both ran at once: ${[s, e]} and ${[s1, e1]}`);
      }
    }
    const ready = lanes.find((l) => l.task === 'spin-1').spans.filter((s) => s.state === 'ready');
    assert.ok(ready.length >= 2, JSON.stringify(ready));

    // The panel lists both threads mid-run: one running, the other ready,
    // in the middle of a turn of spin-0 taken after spin-1 has started (the
    // slider takes any instant; turns may be 2-3 ms long, between two
    // hundredths of a second).
    const after = r1[0][0];
    const turn = r0.find(([s, e]) => s > after && e - s > 5e-4);
    assert.ok(turn !== undefined, `no turn of spin-0 after spin-1 started: ${JSON.stringify([r0, r1])}`);
    const inside = (turn[0] + turn[1]) / 2;
    await page.getByTestId('playhead-slider').fill(inside.toFixed(4));
    const threads = await page.getByTestId('threads-a').textContent();
    assert.match(threads, /spin-0 \(running\)/, `${threads} at ${inside}: ${JSON.stringify([r0, r1])}`);
    assert.match(threads, /spin-1 \(ready\)/, `${threads} at ${inside}: ${JSON.stringify([r0, r1])}`);

    // Three sleeping threads wait side by side for 0.5 s each.
    const waits = (await runner.lanes('b'))
      .flatMap((l) => l.spans)
      .filter((s) => s.state === 'waiting' && s.title.includes('time.sleep(0.5)'))
      .map(interval);
    assert.equal(waits.length, 3, JSON.stringify(waits));
    for (const [s, e] of waits) assert.ok(s < 0.1 && Math.abs(e - s - 0.5) < 0.05, JSON.stringify(waits));
    await page.screenshot({ path: new URL('./screenshots/threads.png', import.meta.url).pathname, fullPage: true });
    assert.deepEqual(errors, []);
    await context.close();
  });
});
