// The page prints what the CLI prints: every conformance program that
// needs no thread or process (those have suites of their own) runs in the
// page, two at a time as A and B, and its stdout, stderr and exit status
// must be the CLI's, byte for byte. The CLI is the debug build the
// native stage made; the conformance suite holds the CLI to CPython, so
// this holds the page to CPython too.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RunnerPage } from './pages/runner-page.mjs';
import { pageAndBrowser } from './suite.mjs';

const ROOT = new URL('../crates/cli/tests/conformance/', import.meta.url).pathname;
const FOLDERS = ['asyncio', 'errors', 'lang', 're', 'repr', 'stderr', 'stdlib', 'syntax', 'warnings'];
// Imports that start threads or processes (their suites run them in the page).
const CONCURRENT = /^\s*(import|from)\s+(threading|concurrent|multiprocessing|queue)\b|to_thread|run_in_executor/m;

const programs = FOLDERS.flatMap((folder) =>
  readdirSync(join(ROOT, folder))
    .filter((f) => f.endsWith('.py'))
    .sort()
    .map((f) => ({ name: `${folder}/${f.slice(0, -3)}`, source: readFileSync(join(ROOT, folder, f), 'utf8') })),
).filter((p) => !CONCURRENT.test(p.source));

// Programs that still print otherwise in the page, each with the reason.
// A listed program that agrees fails the test, so the list only shrinks.
const KNOWN = {};

/** What the CLI prints for `source` run as main.py: stdout, stderr, exit status. */
function cli(source) {
  const dir = mkdtempSync(join(tmpdir(), 'playground-cli-'));
  writeFileSync(join(dir, 'main.py'), source);
  const bin = new URL('../target/debug/playground', import.meta.url).pathname;
  const r = spawnSync(bin, ['run', 'main.py'], { cwd: dir, encoding: 'utf8' });
  // The page calls its file main.py; the CLI names it by its full path, as CPython does.
  const local = (text) => text.replaceAll(`${dir}/`, '');
  return { stdout: local(r.stdout), stderr: local(r.stderr), status: r.status };
}

describe('the page prints what the CLI prints', () => {
  const shared = pageAndBrowser();

  test(`${programs.length} conformance programs without threads, in the page and in the CLI`, async () => {
    assert.ok(programs.length > 200, `${programs.length} programs`);
    const context = await shared.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${shared.site.url}?lesson=count-sleep&lang=en`, { waitUntil: 'load' });
    const runner = new RunnerPage(page);
    await runner.runButton.waitFor({ timeout: 10_000 });
    await runner.waitForPrograms();
    const differ = [];
    for (let k = 0; k < programs.length; k += 2) {
      const pair = programs.slice(k, k + 2);
      await runner.editor('a').fill(pair[0].source);
      await runner.editor('b').fill(pair[1]?.source ?? '');
      await runner.runButton.click();
      await runner.waitForFinish(60_000);
      for (const [which, p] of ['a', 'b'].map((w, i) => [w, pair[i]])) {
        if (!p) continue;
        const inPage = {
          stdout: await runner.stdout(which),
          stderr: await runner.stderr(which),
          // The badge names a status other than 0 ("exit code 1 · 0.00 s").
          status: Number(/exit code (\d+)/.exec(await page.getByTestId(`elapsed-${which}`).textContent())?.[1] ?? 0),
        };
        const expected = cli(p.source);
        // Objects' addresses differ from run to run, a timer handle's time
        // is its clock's (as the conformance suite allows), and so is how
        // long debug mode measured a step (the page's clock is the host's).
        const text = (r) =>
          JSON.stringify(r)
            .replace(/0x[0-9a-f]+/g, '0x…')
            .replace(/when=[0-9.e+-]+/g, 'when=T')
            .replace(/took [0-9.]+ seconds/g, 'took T seconds');
        if (text(inPage) !== text(expected)) differ.push({ name: p.name, page: inPage, cli: expected });
      }
    }
    await context.close();
    assert.deepEqual(errors, []);
    const unexpected = differ.filter((d) => !(d.name in KNOWN));
    assert.deepEqual(unexpected, [], `${unexpected.length} of ${programs.length} differ: ${unexpected.map((d) => d.name).join(', ')}`);
    const fixed = Object.keys(KNOWN).filter((name) => !differ.some((d) => d.name === name));
    assert.deepEqual(fixed, [], 'listed as differing, yet the page agrees: take them off the list');
  });
});
