// Every lesson, run from the page on the browser's real clock: each console
// must show what CPython printed (stored beside the lesson programs), each
// elapsed time must be within 5% + 50 ms of the lesson's figure, and the
// timelines must show the lanes and states the lesson is about. A
// screenshot of each finished run goes to e2e/screenshots/.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './browser.mjs';
import { RunnerPage } from './pages/runner-page.mjs';
import { startStaticServer } from './static-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const lessonsDir = join(here, '..', 'crates', 'core', 'lessons');
const screenshots = join(here, 'screenshots');

/** Lesson ids and figures, read from the registry (crates/core/src/lessons.rs). */
async function registry() {
  const src = await readFile(join(here, '..', 'crates', 'core', 'src', 'lessons.rs'), 'utf8');
  const re = /program!\(\s*"([a-z-]+)",\s*"(a|b)",\s*"[^"]*",\s*"[^"]*",\s*([0-9.]+)/g;
  const lessons = new Map();
  for (const m of src.matchAll(re)) {
    const [, id, which, secs] = m;
    if (!lessons.has(id)) lessons.set(id, {});
    lessons.get(id)[which] = Number(secs);
  }
  return lessons;
}

const mask = (s) => s.replace(/0x[0-9a-fA-F]+/g, '0xADDR');

describe('every lesson runs in the page like CPython', async () => {
  const lessons = await registry();
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

  test('the registry lists the curriculum lessons', () => {
    assert.ok(lessons.size >= 11, `found ${lessons.size} lessons`);
  });

  for (const [id, figures] of lessons) {
    test(`lesson ${id}`, async () => {
      const page = await browser.context.newPage();
      const problems = [];
      page.on('pageerror', (e) => problems.push(e.message));
      const runner = new RunnerPage(page);
      await page.goto(`${url}?lesson=${id}`, { waitUntil: 'load' });
      await runner.runButton.waitFor({ state: 'visible', timeout: 10_000 });
      assert.equal(await runner.picker.inputValue(), id, 'the link opened the lesson');
      await runner.runButton.click();
      const longest = Math.max(figures.a, figures.b);
      await runner.waitForFinish((longest + 15) * 1000);
      for (const which of ['a', 'b']) {
        const expected = await readFile(join(lessonsDir, id, `${which}.expected.txt`), 'utf8');
        assert.equal(mask(await runner.stdout(which)), expected, `${id}/${which} console matches CPython`);
        const elapsed = await runner.elapsed(which);
        const want = figures[which];
        assert.ok(
          Math.abs(elapsed - want) <= want * 0.05 + 0.05,
          `${id}/${which} took ${elapsed} s, the lesson says ${want} s`,
        );
        const lanes = await runner.lanes(which);
        assert.ok(lanes.length >= 1 && lanes[0].task === 'main', `${id}/${which} has the main lane`);
      }
      const lanesB = await runner.lanes('b');
      const states = new Set(lanesB.flatMap((l) => l.states));
      assert.ok(states.has('running'), `${id}/b shows running spans`);
      assert.deepEqual(problems, [], 'no uncaught errors');
      await page.screenshot({ path: join(screenshots, `lesson-${id}.png`), fullPage: true });
      await page.close();
    });
  }

  test('count-sleep: tasks wait in parallel in B, the program blocks in A', async () => {
    const page = await browser.context.newPage();
    const runner = new RunnerPage(page);
    await page.goto(`${url}?lesson=count-sleep`, { waitUntil: 'load' });
    await runner.runButton.click();
    await runner.waitForFinish(15_000);
    const a = await runner.lanes('a');
    assert.equal(a.length, 1, 'the synchronous program has only the main lane');
    assert.equal(a[0].states.filter((s) => s === 'blocked').length, 3, 'blocked three times by time.sleep');
    const b = await runner.lanes('b');
    assert.deepEqual(b.map((l) => l.task), ['main', 'Task-1', 'Task-2', 'Task-3', 'Task-4']);
    for (const lane of b.slice(2)) {
      assert.ok(lane.states.includes('waiting'), `${lane.task} waits on its sleep`);
    }
    const totals = await page.getByTestId('totals').textContent();
    assert.match(totals, /3\.0\d s vs 1\.0\d s — (2\.9|3\.0)× /);
    await page.close();
  });

  test('unknown parameters fall back to the default lesson with a notice', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${url}?lesson=nope&embed=maybe`, { waitUntil: 'load' });
    await page.getByTestId('param-notice').waitFor({ timeout: 10_000 });
    assert.match(await page.getByTestId('param-notice').textContent(), /lesson=nope/);
    assert.equal(await page.getByTestId('lesson-picker').inputValue(), 'count-sleep');
    await page.close();
  });

  test('a syntax error in an edited program shows CPython\'s message', async () => {
    const page = await browser.context.newPage();
    const runner = new RunnerPage(page);
    await page.goto(`${url}?lesson=count-sleep`, { waitUntil: 'load' });
    const editor = page.getByTestId('editor-a').locator('textarea');
    await editor.fill('print("unclosed"\n');
    await page.getByTestId('editor-b').locator('textarea').fill('');
    await runner.runButton.click();
    await page.waitForFunction(() => /s$/.test(document.querySelector('[data-testid="elapsed-a"]').textContent));
    const err = await runner.stderr('a');
    assert.match(err, /SyntaxError: '\(' was never closed/);
    assert.match(err, /line 1/);
    await page.getByTestId('reset').click();
    await page.close();
  });
});
