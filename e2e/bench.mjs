// Benchmark (a documented command, not a test): `node e2e/bench.mjs` after a
// release build (`./scripts/test.sh build`). In headless Chromium, on the
// release build served from localhost under /playground/, it measures
//   1. time from navigation to an interactive page: the app's
//      performance.mark("interactive"), set once the page is mounted and its
//      Run button usable; cold (first visit, empty cache) and warm (median
//      of 5 reloads);
//   2. a program with 10,000 tasks (TASKS=N to change) each sleeping 1 s:
//      its elapsed time as the page reports it (the program's own clock,
//      which leaves out the page's drawing between slices), the wall time
//      from Run until done, and the frame rate and the longest frame while
//      the timeline animates;
//   3. the same frame figures for the count/sleep lesson;
//   4. a program of 2,000 tasks each sleeping to its own deadline (0.55 ms
//      apart, 1.1 s in all): the program's clock and the wall time, which
//      should follow it (every timer due by a wake-up runs in that turn);
//   5. the start-up of a process in its Web Worker, the module cached: the
//      wall time of a run that starts and joins one process, less that of
//      the same run calling the function itself (medians of 5);
//   6. lesson 16 (ten CPU-bound sums one by one, in four threads, in a pool
//      of four processes, with asyncio; run one after another): each
//      program's time and the speed-ups over one by one (three runs), on
//      this machine's navigator.hardwareConcurrency cores.
// Prints one line per figure with its target.

import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './browser.mjs';
import { startStaticServer } from './static-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const TASKS = Number(process.env.TASKS ?? 10000);
const program = `import asyncio, time

async def sleeper(i):
    await asyncio.sleep(1)
    return i

async def main():
    start = time.perf_counter()
    results = await asyncio.gather(*(sleeper(i) for i in range(${TASKS})))
    print(len(results), f"{time.perf_counter() - start:.2f}")

asyncio.run(main())
`;

const DEADLINES = `import asyncio, time

async def sleeper(i):
    await asyncio.sleep(i / 2000 * 1.1)

async def main():
    start = time.perf_counter()
    await asyncio.gather(*(sleeper(i) for i in range(2000)))
    print(f"{time.perf_counter() - start:.2f}")

asyncio.run(main())
`;

const WITH_PROCESS = (start) => `from multiprocessing import Process


def f():
    pass


if __name__ == "__main__":
    ${start ? 'p = Process(target=f)\n    p.start()\n    p.join()' : 'f()'}
    print("done")
`;

const interactiveMark = () => performance.getEntriesByName('interactive')[0]?.startTime ?? null;

async function timeToInteractive(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(interactiveMark, null, { polling: 20 });
  return page.evaluate(interactiveMark);
}

/** Clicks Run and counts animation frames in the page until both programs are done. */
async function framesDuringRun(page, timeoutMs) {
  await page.evaluate(() => {
    window.__frames = [];
    const count = (t) => {
      window.__frames.push(t);
      if (!window.__stopFrames) requestAnimationFrame(count);
    };
    window.__stopFrames = false;
    requestAnimationFrame(count);
  });
  const clicked = Date.now();
  await page.getByTestId('run').click();
  await page.waitForFunction(
    () => ['a', 'b'].every((w) => document.querySelector(`[data-testid="elapsed-${w}"]`).dataset.status !== 'running'),
    null,
    { timeout: timeoutMs, polling: 50 },
  );
  const wallMs = Date.now() - clicked;
  return page.evaluate((wallMs) => {
    window.__stopFrames = true;
    const f = window.__frames;
    let longest = 0;
    for (let i = 1; i < f.length; i++) longest = Math.max(longest, f[i] - f[i - 1]);
    const span = f[f.length - 1] - f[0];
    return { fps: ((f.length - 1) * 1000) / span, longest, span, wallMs };
  }, wallMs);
}

const server = await startStaticServer({ root: join(here, '..', 'dist'), prefix: '/playground/' });
const browser = await launchBrowser();
try {
  const page = await browser.context.newPage();
  const url = `${server.url}?lesson=count-sleep`;
  const cold = await timeToInteractive(page, url);
  const warm = [];
  for (let i = 0; i < 5; i++) warm.push(await timeToInteractive(page, url));
  warm.sort((x, y) => x - y);
  console.log(`time to interactive: cold ${cold.toFixed(0)} ms, warm median ${warm[2].toFixed(0)} ms (target < 500 ms)`);

  const lesson = await framesDuringRun(page, 30_000);
  console.log(`count/sleep lesson: ${lesson.fps.toFixed(1)} fps, longest frame ${lesson.longest.toFixed(0)} ms (target >= 50 fps)`);

  await page.getByTestId('editor-a').locator('textarea').fill('');
  await page.getByTestId('editor-b').locator('textarea').fill(program);
  const many = await framesDuringRun(page, 120_000);
  const elapsed = await page.getByTestId('elapsed-b').textContent();
  const stdout = await page.getByTestId('console-b').textContent();
  console.log(
    `${TASKS} tasks x sleep(1): the program's clock ${elapsed.trim()} (CPython 3.11 on this machine kind: 1.10-1.13 s), ` +
      `console "${stdout.trim()}"; wall time from Run to done ${many.wallMs} ms (includes drawing and the host's turns)`,
  );
  console.log(`${TASKS} tasks: ${many.fps.toFixed(1)} fps over ${many.span.toFixed(0)} ms, longest frame ${many.longest.toFixed(0)} ms (target >= 50 fps)`);

  await page.getByTestId('editor-b').locator('textarea').fill(DEADLINES);
  const close = await framesDuringRun(page, 120_000);
  const closeElapsed = await page.getByTestId('elapsed-b').textContent();
  console.log(
    `2,000 deadlines 0.55 ms apart: the program's clock ${closeElapsed.trim()}, console "${(await page.getByTestId('console-b').textContent()).trim()}"; ` +
      `wall time from Run to done ${close.wallMs} ms (target < 3000 ms)`,
  );

  const median = (xs) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  const walls = { true: [], false: [] };
  for (let i = 0; i < 6; i++) {
    for (const start of [true, false]) {
      await page.getByTestId('editor-b').locator('textarea').fill(WITH_PROCESS(start));
      const run = await framesDuringRun(page, 30_000);
      // The first pair fetches and compiles what the rest find cached.
      if (i > 0) walls[start].push(run.wallMs);
    }
  }
  const startUp = median(walls.true) - median(walls.false);
  console.log(
    `a process's start-up in its Web Worker: ${startUp.toFixed(0)} ms (runs with one process ` +
      `${median(walls.true)} ms, without ${median(walls.false)} ms; target < 50 ms)`,
  );

  await page.goto(`${server.url}?lesson=choosing&lang=en`, { waitUntil: 'load' });
  await page.waitForFunction(() => performance.getEntriesByName('warm').length > 0, null, { timeout: 10_000 });
  await page.waitForFunction(() => (document.querySelector('[data-testid="editor-d"] textarea')?.value ?? '') !== '');
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  for (let i = 0; i < 3; i++) {
    await page.getByTestId('run').click();
    await page.waitForFunction(
      () => ['a', 'b', 'c', 'd'].every((w) => document.querySelector(`[data-testid="elapsed-${w}"]`).dataset.status === 'done'),
      null,
      { timeout: 120_000, polling: 100 },
    );
    const s = {};
    for (const w of ['a', 'b', 'c', 'd']) s[w] = parseFloat(await page.getByTestId(`elapsed-${w}`).textContent());
    console.log(
      `lesson 16 on ${cores} cores: one by one ${s.a} s, threads ${s.b} s (${(s.a / s.b).toFixed(2)}x), ` +
        `processes ${s.c} s (${(s.a / s.c).toFixed(2)}x), asyncio ${s.d} s (${(s.a / s.d).toFixed(2)}x)`,
    );
  }
} finally {
  await browser.close();
  server.server.close();
}
