// Processes in the page: a Pool's workers and a Process run in Web Workers
// of their own, each on its own clock: the output is the CLI's, each worker
// has a lane of its own, and CPU-bound work really runs on the machine's
// cores while the page stays responsive.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { cliOutput as cli } from './cli.mjs';
import { launchBrowserForContexts } from './browser.mjs';
import { RunnerPage } from './pages/runner-page.mjs';
import { servePlayground } from './static-server.mjs';
import { observeLongTasks } from './suite.mjs';

// While the workers compute, the page's thread has no task over 50 ms (the
// browser's own bound for a long task: none is reported). With four workers
// on two cores the system may still pause the page's thread mid-task, so
// one try of several must have none (work done in long stretches on the
// page's thread, a redraw of every lane or an unsliced computation, shows in
// every try).
const RESPONSIVE_MS = 50;

const POOL = `import time
from multiprocessing import Pool, current_process


def fetch(n):
    time.sleep(0.3)
    return n * n, current_process().name.startswith("ForkPoolWorker-")


if __name__ == "__main__":
    start = time.perf_counter()
    with Pool(3) as pool:
        results = pool.map(fetch, range(6))
    print(results)
    print("pool of 3:", round(time.perf_counter() - start, 1), "s")
`;

const PROCESS = `import multiprocessing as mp
import time

counter = 0


class Greeter(mp.Process):
    def run(self):
        global counter
        counter += 1
        time.sleep(0.2)
        print("hello from", self.name, "counter", counter)


if __name__ == "__main__":
    p = Greeter()
    p.start()
    p.join()
    print("exit code", p.exitcode, "parent's counter", counter)
`;

// The same CPU-bound jobs one by one, in a pool of processes, and in as
// many threads; it prints the speed-ups over one by one.
const CPU_BOUND = `import os
import threading
import time
from multiprocessing import Pool


def work(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def one_by_one(jobs):
    start = time.perf_counter()
    results = [work(n) for n in jobs]
    return results, time.perf_counter() - start


def in_threads(jobs):
    start = time.perf_counter()
    threads = [threading.Thread(target=work, args=(n,)) for n in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start


if __name__ == "__main__":
    jobs = [900_000] * 4
    work(jobs[0])  # the interpreter's machine code warms up first
    # One by one and in threads twice each, taking turns: a busy moment of
    # the machine slows one run, not the comparison. The threads' timeline
    # is long to draw: they come after the pool.
    serial, t_serial = one_by_one(jobs)
    start = time.perf_counter()
    with Pool(4) as pool:
        parallel = pool.map(work, jobs)
    t_pool = time.perf_counter() - start
    t_threads = in_threads(jobs)
    _, again = one_by_one(jobs)
    t_threads += in_threads(jobs)
    print(serial == parallel, os.cpu_count())
    print(f"{t_serial:.2f} {min(t_serial, again) / t_pool:.2f} {(t_serial + again) / t_threads:.2f}")
`;

/** [start, end] of a span from its title ("name · state · 0.000–0.005 s"). */
function interval(span) {
  const m = /([0-9.]+)–([0-9.]+) s/.exec(span.title);
  return [Number(m[1]), Number(m[2])];
}

describe('processes in the page', () => {
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

  test('a pool and a process print what the CLI prints, each worker on a lane', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.url}?lesson=count-sleep&lang=en`, { waitUntil: 'load' });
    const runner = new RunnerPage(page);
    await runner.runButton.waitFor({ timeout: 10_000 });
    await runner.waitForPrograms();
    await runner.editor('a').fill(POOL);
    await runner.editor('b').fill(PROCESS);
    await runner.runButton.click();
    await runner.waitForFinish(60_000);

    assert.equal(await runner.stderr('a'), '');
    assert.equal(await runner.stderr('b'), '');
    // The CLI's output, but for the pool's time on the page's real clock:
    // 0.6 s in waves of three (one by one would take 1.8 s); starting the
    // workers on a loaded machine's main thread may add a little.
    const [results, took] = (await runner.stdout('a')).split('pool of 3: ');
    assert.equal(results, '[(0, True), (1, True), (4, True), (9, True), (16, True), (25, True)]\n');
    assert.equal(cli(POOL), `${results}pool of 3: 0.6 s\n`);
    const seconds = Number(took.replace(' s\n', ''));
    assert.ok(seconds >= 0.6 && seconds <= 1.2, `pool of 3 took ${seconds} s`);
    assert.equal(await runner.stdout('b'), "hello from Greeter-1 counter 1\nexit code 0 parent's counter 0\n");
    assert.equal(await runner.stdout('b'), cli(PROCESS));

    const lanes = await runner.lanes('a');
    const workers = lanes.filter((l) => /^ForkPoolWorker-\d$/.test(l.task));
    assert.equal(workers.length, 3, JSON.stringify(lanes.map((l) => l.task)));
    // A worker's lane ends when the pool ended it, within the run.
    const elapsed = await runner.elapsed('a');
    for (const w of workers) {
      assert.ok(w.spans.some((s) => s.state === 'running'), `${w.task}: ${JSON.stringify(w.spans)}`);
      const end = Math.max(...w.spans.map((s) => interval(s)[1]));
      assert.ok(end <= elapsed + 0.01, `${w.task} ends at ${end} s, the run at ${elapsed} s`);
    }
    const greeter = (await runner.lanes('b')).find((l) => l.task === 'Greeter-1');
    assert.ok(greeter, JSON.stringify((await runner.lanes('b')).map((l) => l.task)));
    await page.screenshot({ path: new URL('./screenshots/processes.png', import.meta.url).pathname, fullPage: true });
    assert.deepEqual(errors, []);
    await context.close();
  });

  /** Run CPU_BOUND in a fresh page: its figures, lanes, workers and long tasks. */
  async function runCpuBound() {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    // The page's long tasks (over 50 ms on its main thread): [start, ms].
    await observeLongTasks(page);
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // When the pool's workers were starting and when the last one ended.
    let workers = 0;
    let open = 0;
    let firstWorkerAt;
    let lastWorkerEndedAt = Infinity;
    page.on('worker', async (worker) => {
      workers += 1;
      open += 1;
      worker.on('close', async () => {
        open -= 1;
        if (open === 0) lastWorkerEndedAt = await page.evaluate(() => performance.now());
      });
      if (workers === 1) firstWorkerAt = await page.evaluate(() => performance.now());
    });
    await page.goto(`${site.url}?lesson=count-sleep&lang=en`, { waitUntil: 'load' });
    const runner = new RunnerPage(page);
    await runner.runButton.waitFor({ timeout: 10_000 });
    await runner.waitForPrograms();
    await runner.editor('a').fill(CPU_BOUND);
    await runner.editor('b').fill('');
    await runner.runButton.click();
    await runner.waitForFinish(120_000);
    const run = {
      cores: await page.evaluate(() => navigator.hardwareConcurrency),
      stdout: await runner.stdout('a'),
      stderr: await runner.stderr('a'),
      lanes: await runner.lanes('a'),
      // Those that began while the processes ran (the program's start, its
      // imports and the first calls of the interpreter's code paths come
      // before; the threads, whose long timeline takes long to draw, after).
      longTasks: (await page.evaluate(() => window.__longTasks))
        .filter(([start]) => start >= firstWorkerAt && start <= lastWorkerEndedAt)
        .map(([, ms]) => Math.round(ms)),
      workers,
      errors,
    };
    await context.close();
    return run;
  }

  test('a CPU-bound pool runs on the cores, threads do not, and the page stays responsive', async (t) => {
    const tries = [];
    let run;
    for (let attempt = 0; attempt < 5; attempt += 1) {
      run = await runCpuBound();
      assert.equal(run.stderr, '');
      const [first, second] = run.stdout.trim().split('\n');
      assert.equal(first, `True ${run.cores}`, 'os.cpu_count() is navigator.hardwareConcurrency');
      const [serial, pool, threads] = second.split(' ').map(Number);
      assert.ok(serial > 0.3, `one by one took ${serial} s: too little work to measure`);
      tries.push({ pool, threads, longest: Math.max(0, ...run.longTasks) });
      // On two or three cores the browser's own threads (the page, its
      // drawing) share the second core with the workers: CPython alone, on
      // such a two-core machine, gets 1.69x.
      run.wanted = run.cores >= 4 ? 1.6 : run.cores >= 2 ? 1.2 : 0;
      // A loaded machine may take the cores away for a while (seen: 1.06x
      // and 1.14x in a row, and 1.16, 1.15, 1.14 on a busy two-core CI):
      // up to four more tries.
      if (pool >= run.wanted && threads <= 1.1 && tries.at(-1).longest < RESPONSIVE_MS) break;
    }
    const last = tries.at(-1);
    const figures = JSON.stringify(tries);
    t.diagnostic(`${run.cores} cores: ${figures}`);
    assert.ok(last.pool >= run.wanted, `the pool's speed-up on ${run.cores} cores: ${figures}`);
    assert.ok(last.threads <= 1.1, `threads' speed-up (no faster than one by one): ${figures}`);
    // (The page may make a spare worker a core ahead of the processes.)
    assert.ok(run.workers >= 4, `each process of the pool ran in a Web Worker: ${run.workers} workers`);

    // The pool's four workers ran at the same instant.
    const poolLanes = run.lanes.filter((l) => /^ForkPoolWorker-\d$/.test(l.task));
    assert.equal(poolLanes.length, 4, JSON.stringify(run.lanes.map((l) => l.task)));
    const running = poolLanes.map((w) => w.spans.filter((s) => s.state === 'running').map(interval));
    const overlap = (a, b) => a.some(([s1, e1]) => b.some(([s2, e2]) => s1 < e2 && s2 < e1));
    assert.ok(overlap(running[0], running[1]), JSON.stringify(running));

    assert.ok(last.longest < RESPONSIVE_MS, `the page's longest task while processes computed: ${figures}`);
    assert.deepEqual(run.errors, []);
  });

  /** Run lesson 16 in a fresh page: each program's time, B's lanes, the long tasks while C ran. */
  async function runChoosing() {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    // The page's long tasks, when C's processes were first drawn and when
    // C printed (at its end): [start, ms] and page instants.
    await observeLongTasks(page);
    await page.addInitScript(() => {
      window.__printed = {};
      new MutationObserver(() => {
        for (const w of ['b', 'c']) {
          const text = document.querySelector(`[data-testid="console-${w}"]`)?.textContent ?? '';
          if (text.includes('sums') && !(w in window.__printed)) window.__printed[w] = performance.now();
        }
        // C's processes are drawn: they run (and B's last drawing is done).
        if (!('pool' in window.__printed) && document.querySelector('[data-testid="timeline-c"] [data-task^="ForkProcess"]')) {
          window.__printed.pool = performance.now();
        }
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    let workers = 0;
    page.on('worker', () => (workers += 1));
    await page.goto(`${site.url}?lesson=choosing&lang=en`, { waitUntil: 'load' });
    const runner = new RunnerPage(page);
    await runner.runButton.waitFor({ timeout: 10_000 });
    await page.waitForFunction(() => performance.getEntriesByName('warm').length > 0, null, { timeout: 10_000 });
    await runner.waitForPrograms();
    assert.deepEqual(await runner.shown(), ['a', 'b', 'c', 'd']);
    await page.getByTestId('one-at-a-time').waitFor();
    await runner.runButton.click();
    await runner.waitForFinish(120_000);
    const seconds = {};
    for (const w of ['a', 'b', 'c', 'd']) seconds[w] = await runner.elapsed(w);
    const { longTasks, printed } = await page.evaluate(() => ({ longTasks: window.__longTasks, printed: window.__printed }));
    // The event-loop panel halfway through C: its processes compute.
    await page.getByTestId('playhead-slider').fill((seconds.c / 2).toFixed(2));
    const processesAt = await page.getByTestId('processes-c').textContent();
    const run = {
      cores: await page.evaluate(() => navigator.hardwareConcurrency),
      seconds,
      stdout: await Promise.all(['a', 'b', 'c', 'd'].map((w) => runner.stdout(w))),
      threadLanes: (await runner.lanes('b')).filter((l) => /^ThreadPoolExecutor-0_\d$/.test(l.task)),
      poolLanes: (await runner.lanes('c')).filter((l) => /^ForkProcess-\d$/.test(l.task)),
      longTasks: longTasks.filter(([start]) => start >= printed.pool && start <= printed.c).map(([, ms]) => Math.round(ms)),
      window: [printed.pool, printed.c],
      totals: await page.getByTestId('totals').textContent(),
      processesAt,
      workers,
      errors,
    };
    await context.close();
    return run;
  }

  test('lesson 16: processes compute on the cores, threads and asyncio do not, one program after another', async (t) => {
    // The four run one after another, so a busy moment of the machine slows
    // one program and not the others: each comparison holds in one of up to
    // four runs (a real gain of threads or asyncio, or none of processes,
    // fails all four).
    const tries = [];
    let run;
    const best = () => ({
      processes: Math.max(...tries.map((t) => t.a / t.c)),
      threads: Math.min(...tries.map((t) => t.a / t.b)),
      asyncio: Math.min(...tries.map((t) => t.a / t.d)),
      longest: Math.min(...tries.map((t) => t.longest)),
    });
    for (let attempt = 0; attempt < 4; attempt += 1) {
      run = await runChoosing();
      tries.push({ ...run.seconds, longest: Math.max(0, ...run.longTasks) });
      // Four processes on two cores or more: at least 1.6x (on an idle
      // two-core machine: 1.65-1.83x; CPython's pool there 1.69x).
      run.wanted = run.cores >= 2 ? 1.6 : 0;
      const b = best();
      if (b.processes >= run.wanted && b.threads <= 1.1 && b.asyncio <= 1.1 && b.longest < RESPONSIVE_MS) break;
    }
    const figures = JSON.stringify(tries);
    t.diagnostic(`${run.cores} cores: ${figures}`);
    assert.ok(best().processes >= run.wanted, `processes' speed-up on ${run.cores} cores: ${figures}`);
    assert.ok(best().threads <= 1.1, `threads' speed-up (no faster than one by one): ${figures}`);
    assert.ok(best().asyncio <= 1.1, `asyncio's speed-up (no faster than one by one): ${figures}`);
    assert.equal(new Set(run.stdout).size, 1, `the four print the same sums: ${JSON.stringify(run.stdout)}`);
    assert.match(run.totals, /^A \d\.\d\d s · B \d\.\d\d s · C \d\.\d\d s · D \d\.\d\d s( — C fastest, \d\.\d× faster than A)?$/);
    // The threads take turns holding the GIL: each of the four runs many times.
    assert.equal(run.threadLanes.length, 4, JSON.stringify(run.threadLanes.map((l) => l.task)));
    for (const lane of run.threadLanes) {
      const running = lane.spans.filter((s) => s.state === 'running').length;
      assert.ok(running >= 10 && lane.spans.some((s) => s.state === 'ready'), `${lane.task}: ${running} running spans`);
    }
    // The pool's four processes ran at the same instant, each in a Web Worker.
    assert.equal(run.poolLanes.length, 4, JSON.stringify(run.poolLanes.map((l) => l.task)));
    const running = run.poolLanes.map((w) => w.spans.filter((s) => s.state === 'running').map(interval));
    const overlap = (x, y) => x.some(([s1, e1]) => y.some(([s2, e2]) => s1 < e2 && s2 < e1));
    assert.ok(overlap(running[0], running[1]), JSON.stringify(running));
    assert.ok(run.workers >= 4, `${run.workers} workers`);
    // All four listed, at least two computing at that instant (a worker that
    // booted late may still wait for its first task).
    assert.match(run.processesAt, /^ForkProcess-1 \(.+\), ForkProcess-2 \(.+\), ForkProcess-3 \(.+\), ForkProcess-4 \(.+\)$/);
    assert.ok(run.processesAt.split('(running)').length - 1 >= 2, run.processesAt);
    assert.ok(run.window.every(Number.isFinite) && run.window[0] < run.window[1], `C's processes drawn, then C printed: ${run.window}`);
    assert.ok(best().longest < RESPONSIVE_MS, `the page's longest task while C's processes ran: ${figures}`);
    assert.deepEqual(run.errors, []);
  });

  // Runs two programs of the processes conformance suite as A and B of
  // one page and checks that each prints what the CLI prints, with nothing
  // on stderr; returns how many Web Workers the page made.
  async function runConformancePair(fileA, fileB) {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    let workers = 0;
    page.on('worker', () => (workers += 1));
    await page.goto(`${site.url}?lesson=count-sleep&lang=en`, { waitUntil: 'load' });
    const runner = new RunnerPage(page);
    await runner.runButton.waitFor({ timeout: 10_000 });
    await runner.waitForPrograms();
    const dir = new URL('../crates/cli/tests/conformance/processes/', import.meta.url);
    const a = readFileSync(new URL(fileA, dir), 'utf8');
    const b = readFileSync(new URL(fileB, dir), 'utf8');
    await runner.editor('a').fill(a);
    await runner.editor('b').fill(b);
    await runner.runButton.click();
    await runner.waitForFinish(60_000);
    assert.equal(await runner.stdout('a'), cli(a));
    assert.equal(await runner.stdout('b'), cli(b));
    assert.equal(await runner.stderr('a') + (await runner.stderr('b')), '');
    await context.close();
    return workers;
  }

  test("CPython's docs' Lock and Pipe examples print in the page what the CLI prints", async () => {
    // Ten processes take one lock in the order of their clocks, though
    // their workers start up in an order of their own.
    const workers = await runConformancePair('lock_printing.py', 'pipe.py');
    assert.ok(workers >= 11, `ten processes in A, one in B, each in a Web Worker: ${workers} workers`);
  });

  test("shared memory: CPython's docs' Value and Array example and a counter four processes add to", async () => {
    // Every read and write of a Value or an Array asks the broker from a
    // worker; the increments under the lock add up to 100.
    const workers = await runConformancePair('docs_value_array.py', 'shared_value.py');
    assert.ok(workers >= 5, `one process in A, four in B, each in a Web Worker: ${workers} workers`);
  });
});
