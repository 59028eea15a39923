// Every lesson, run from the page on the browser's real clock: each console
// must show what CPython printed (stored beside the lesson programs, stderr
// too where CPython wrote some), each elapsed time must be within 5% + 50 ms
// of the lesson's figure, and each timeline must have the lanes the native
// CLI derives for the program with its significant spans (states held at
// least 50 ms, and what waiting spans wait on: e2e/lesson-lanes.json). A
// screenshot of each finished run goes to e2e/screenshots/.
//
// Lessons run in parallel pages (their programs mostly sleep), a few at once.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './browser.mjs';
import { RunnerPage } from './pages/runner-page.mjs';
import { startStaticServer } from './static-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const lessonsDir = join(here, '..', 'crates', 'core', 'lessons');
const screenshots = join(here, 'screenshots');
// Two at a time: with more, the pages' interpreters compete for this
// machine's two cores and compute-heavy lessons miss their figures.
const CONCURRENCY = Number(process.env.E2E_LESSON_CONCURRENCY ?? 2);

/** Lesson ids and figures, read from the registry (crates/core/lessons/lessons.json). */
async function registry() {
  const list = JSON.parse(await readFile(join(lessonsDir, 'lessons.json'), 'utf8'));
  const lessons = new Map();
  for (const lesson of list) {
    // Lessons whose programs compute: their times are the machine's, not the
    // lesson's (processes.test.mjs compares them with each other instead).
    if (lesson.computes) computing.add(lesson.id);
    lessons.set(lesson.id, Object.fromEntries(lesson.programs.map((p) => [p.which, p.seconds])));
  }
  return lessons;
}

const computing = new Set();
const mask = (s) => s.replace(/0x[0-9a-fA-F]+/g, '0xADDR');
const expectedLanes = JSON.parse(await readFile(join(here, 'lesson-lanes.json'), 'utf8'));
const lessons = await registry();

describe('every lesson runs in the page like CPython', { concurrency: CONCURRENCY }, () => {
  let url;
  let ownServer;
  let browser;

  before(async () => {
    url = process.env.PLAYGROUND_URL;
    if (!url) {
      ownServer = await startStaticServer({ root: join(here, '..', 'dist'), prefix: '/playground/' });
      url = ownServer.url;
    }
    browser = await launchBrowser();
    await mkdir(screenshots, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    ownServer?.server.close();
  });

  test('the registry lists the curriculum lessons, each with lane expectations', () => {
    assert.ok(lessons.size >= 18, `found ${lessons.size} lessons`);
    assert.deepEqual([...computing], ['choosing'], 'the lessons that compute');
    assert.deepEqual([...lessons.keys()].sort(), Object.keys(expectedLanes).sort(),
      'e2e/lesson-lanes.json covers every lesson (node e2e/make-lesson-lanes.mjs rewrites it)');
  });

  /** Opens a lesson, runs it from the page and waits for the end. */
  async function runLesson(id, figures) {
    const page = await browser.context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    const runner = new RunnerPage(page);
    await page.goto(`${url}?lesson=${id}`, { waitUntil: 'load' });
    await runner.runButton.waitFor({ state: 'visible', timeout: 10_000 });
    // As a learner reads the page first: the interpreter has warmed up.
    await page.waitForFunction(() => performance.getEntriesByName('warm').length > 0, null, { timeout: 10_000 });
    assert.equal(await runner.picker.inputValue(), id, 'the link opened the lesson');
    await runner.waitForPrograms();
    await runner.runButton.click();
    // A lesson that computes takes the machine's time: on two loaded cores
    // several times its figure (a ceiling only; its times are not asserted).
    const ceiling = Math.max(...Object.values(figures)) + 15;
    await runner.waitForFinish((computing.has(id) ? 4 * ceiling : ceiling) * 1000);
    return { page, runner, problems };
  }

  const withinFigure = (elapsed, want) => elapsed !== null && Math.abs(elapsed - want) <= want * 0.05 + 0.05;

  // A lesson that starts processes boots a Web Worker for each: it runs
  // alone, not beside another lesson whose interpreter shares the cores.
  let active = 0;
  let exclusive = false;
  const waiting = [];
  async function slot(alone) {
    while (exclusive || (alone && active > 0)) await new Promise((r) => waiting.push(r));
    active += 1;
    exclusive = alone;
    return () => {
      active -= 1;
      if (alone) exclusive = false;
      for (const wake of waiting.splice(0)) wake();
    };
  }
  const startsProcesses = async (id) => {
    for (const which of Object.keys(lessons.get(id))) {
      if (/multiprocessing|ProcessPoolExecutor/.test(await readFile(join(lessonsDir, id, `${which}.py`), 'utf8'))) return true;
    }
    return false;
  };

  for (const [id, figures] of lessons) {
    test(`lesson ${id}`, async (t) => {
      const processes = await startsProcesses(id);
      const release = await slot(processes);
      t.after(release);
      const { page, runner, problems } = await runLesson(id, figures);
      const missed = [];
      assert.deepEqual(await runner.shown(), Object.keys(figures), 'the page shows each of the lesson\'s programs');
      for (const which of Object.keys(figures)) {
        const expected = await readFile(join(lessonsDir, id, `${which}.expected.txt`), 'utf8');
        const stdout = mask(await runner.stdout(which));
        const elapsed = await runner.elapsed(which);
        const want = figures[which];
        t.diagnostic(`${id}/${which}: ${elapsed} s (lesson: ${want} s)`);
        if (!computing.has(id) && !withinFigure(elapsed, want)) missed.push(which);
        // A lesson that prints its own timing ("took 1.0 s") misses with it:
        // then its stdout is checked on the second run.
        // So does one whose printed timings, read on the real clock, round
        // to another tenth than CPython's under load (a pool worker's answer
        // at 0.6 s instead of 0.5 s): the second run must print CPython's.
        const printsTimings = /\d\.\d s/.test(expected);
        if (printsTimings && stdout !== expected && !missed.includes(which)) missed.push(which);
        const timingOnly = missed.includes(which) && printsTimings;
        if (!timingOnly) assert.equal(stdout, expected, `${id}/${which} stdout matches CPython`);
        const stderrFile = join(lessonsDir, id, `${which}.expected-stderr.txt`);
        const expectedStderr = existsSync(stderrFile) ? await readFile(stderrFile, 'utf8') : '';
        assert.equal(mask(await runner.stderr(which)), expectedStderr, `${id}/${which} stderr matches CPython`);
        const lanes = await runner.lanes(which);
        const wantLanes = expectedLanes[id][which];
        // Where processes start, which of a process and its parent's thread
        // made at the same instant comes first is the machine's race: the
        // lanes are compared as a set there.
        const names = (ls) => (processes ? [...ls.map((l) => l.task)].sort() : ls.map((l) => l.task));
        assert.deepEqual(names(lanes), names(wantLanes), `${id}/${which} lanes`);
        for (const lane of wantLanes) {
          const drawn = lanes.find((l) => l.task === lane.task);
          // Which page a pool's worker takes next depends on which answer
          // came first, on the real clock as in CPython: for pool workers
          // the page number and the size are not compared.
          const pooled = /^(ThreadPoolExecutor-|asyncio_|ForkPoolWorker-)/.test(lane.task);
          const shape = (text) => (pooled ? text.replace(/\/detail\/\d+/g, '/detail/N').replace(/\d+ B\b/g, 'N B') : text);
          // A computing lesson's process workers run on the machine's real
          // cores: which of them ends its last task early and waits for
          // another (the CLI's virtual cores decide it) is this machine's
          // race; that each computes is not.
          const racing = computing.has(id) && /^(ForkProcess-|ForkPoolWorker-)/.test(lane.task);
          for (const span of lane.spans.filter((s) => !racing || s.state === 'running')) {
            const found = drawn.spans.some(
              (s) => s.state === span.state && (span.label === '' || shape(s.title).includes(`${shape(span.label)} ·`)),
            );
            assert.ok(found, `${id}/${which} ${lane.task} has a ${span.state} span ${span.label}: ${JSON.stringify(drawn.spans)}`);
          }
        }
      }
      assert.deepEqual(problems, [], 'no uncaught errors');
      await page.screenshot({ path: join(screenshots, `lesson-${id}.png`), fullPage: true });
      await page.close();
      // A page's interpreter shares this machine's two cores with
      // everything else running (the lesson beside it, other work): a
      // figure missed under load gets up to two more runs, the last of
      // which must meet it (with its output, if it prints timings).
      for (let attempt = 1; attempt <= 2 && missed.length > 0; attempt += 1) {
        t.diagnostic(`${id}: ${missed.join(', ')} missed the figure; running again`);
        const again = await runLesson(id, figures);
        const still = [];
        for (const which of missed) {
          const elapsed = await again.runner.elapsed(which);
          const want = figures[which];
          t.diagnostic(`${id}/${which} again: ${elapsed} s (lesson: ${want} s)`);
          const expected = await readFile(join(lessonsDir, id, `${which}.expected.txt`), 'utf8');
          const printed = mask(await again.runner.stdout(which));
          const inTime = computing.has(id) || withinFigure(elapsed, want);
          if (inTime && printed === expected) continue;
          if (attempt === 2) {
            assert.ok(inTime, `${id}/${which} took ${elapsed} s, the lesson says ${want} s`);
            assert.equal(printed, expected, `${id}/${which} stdout matches CPython`);
          }
          still.push(which);
        }
        await again.page.close();
        missed.splice(0, missed.length, ...still);
      }
    });
  }

  test('count-sleep: tasks wait together in B, the program blocks in A, and the totals compare them', async () => {
    const page = await browser.context.newPage();
    const runner = new RunnerPage(page);
    await page.goto(`${url}?lesson=count-sleep&lang=en`, { waitUntil: 'load' });
    await runner.waitForPrograms();
    await runner.runButton.click();
    await runner.waitForFinish(15_000);
    const a = await runner.lanes('a');
    assert.equal(a.length, 1, 'the synchronous program has only the main lane');
    assert.equal(a[0].states.filter((s) => s === 'blocked').length, 3, 'blocked three times by time.sleep');
    const b = await runner.lanes('b');
    assert.deepEqual(b.map((l) => l.task), ['main', 'Task-1', 'Task-2', 'Task-3', 'Task-4']);
    for (const lane of b.slice(2)) {
      assert.ok(lane.spans.some((s) => s.state === 'waiting' && s.title.includes('sleep 1s')), `${lane.task} waits on its sleep`);
    }
    const totals = await page.getByTestId('totals').textContent();
    assert.match(totals, /^3\.0\d s vs 1\.0\d s — (2\.9|3\.0)× \(B faster\)$/);
    // One shared axis: A's last span ends about three times as far right as B's.
    const right = (which) =>
      page.getByTestId(`timeline-${which}`).evaluate((fig) =>
        Math.max(...Array.from(fig.querySelectorAll('[data-testid="span"]')).map((r) => parseFloat(r.getAttribute('x')) + parseFloat(r.getAttribute('width')))),
      );
    const ra = await right('a');
    const rb = await right('b');
    assert.ok(Math.abs(ra / rb - 3) < 0.2, `A reaches ${ra}% of the axis, B ${rb}%`);
    await page.close();
  });
  test('step mode runs B one event-loop turn at a time on the virtual clock', async () => {
    const page = await browser.context.newPage();
    const runner = new RunnerPage(page);
    await page.goto(`${url}?lesson=count-sleep`, { waitUntil: 'load' });
    await runner.waitForPrograms();
    const step = page.getByTestId('step-b');
    let clicks = 0;
    while (!(await runner.stdout('b')).includes('One') && clicks < 5) {
      await step.click();
      clicks += 1;
    }
    assert.equal(await runner.stdout('b'), 'One\nOne\nOne\n', 'the three counts start in one turn');
    assert.equal(await runner.elapsed('b'), null, 'not finished yet');
    while ((await runner.elapsed('b')) === null && clicks < 20) {
      await step.click();
      clicks += 1;
    }
    const expected = await readFile(join(lessonsDir, 'count-sleep', 'b.expected.txt'), 'utf8');
    assert.equal(await runner.stdout('b'), expected);
    assert.ok(Math.abs((await runner.elapsed('b')) - 1.0) < 0.05, 'one second of virtual time');
    await page.close();
  });
});
