// The built folder on a plain web server, under a path of a tutorial site:
// Python's http.server serves a directory in which dist/ is
// `course/playground/`, with nothing configured. The page loads its lesson
// files, the demo site answers through the Service Worker and processes run
// in Web Workers, each printing what the CLI prints (README, "Publish").

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliOutput } from './cli.mjs';
import { RunnerPage } from './pages/runner-page.mjs';
import { pageAndBrowser } from './suite.mjs';

const FETCHING = `import time
import requests

start = time.perf_counter()
r = requests.get("./site/delay/300")
print(r.status_code, r.text.strip())
print("took", round(time.perf_counter() - start, 1), "s")
`;

// Each job takes a while, so the second worker (a Web Worker that may boot
// late on a busy machine) gets its share, as under CPython's fork.
const POOL = `from multiprocessing import Pool, current_process
import time

def square(x):
    time.sleep(0.2)
    return x * x, current_process().name

if __name__ == "__main__":
    with Pool(2) as pool:
        print(sorted(set(name for _, name in pool.map(square, range(6)))))
        print([n for n, _ in pool.map(square, range(6))])
`;

/** Python's http.server over a folder holding dist/ at course/playground/; resolves to the page's URL. */
async function startPlainServer() {
  const root = mkdtempSync(join(tmpdir(), 'hosting-'));
  mkdirSync(join(root, 'course'));
  symlinkSync(fileURLToPath(new URL('../dist', import.meta.url)), join(root, 'course', 'playground'));
  const child = spawn('python3', ['-u', '-m', 'http.server', '0', '--bind', '127.0.0.1', '--directory', root], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const base = await new Promise((resolve, reject) => {
    let text = '';
    child.stdout.on('data', (chunk) => {
      text += chunk;
      const m = /port (\d+)/.exec(text);
      if (m) resolve(`http://127.0.0.1:${m[1]}/`);
    });
    child.on('exit', (code) => reject(new Error(`http.server exited with ${code}`)));
  });
  return { url: `${base}course/playground/`, close: () => child.kill() };
}

describe('published on a plain web server', () => {
  const shared = pageAndBrowser(startPlainServer);

  test('under a sub-path: lessons load, the demo site answers through the Service Worker, processes run in workers', async () => {
    const context = await shared.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    let workers = 0;
    page.on('worker', () => (workers += 1));
    const fromWorker = [];
    page.on('response', (r) => {
      if (r.url().includes('/site/')) fromWorker.push(r.fromServiceWorker());
    });
    await page.goto(`${shared.site.url}?lesson=count-sleep&lang=en`, { waitUntil: 'load' });
    await page.waitForFunction(() => !!navigator.serviceWorker?.controller, null, { timeout: 10_000 });
    const runner = new RunnerPage(page);
    await runner.runButton.waitFor({ timeout: 10_000 });
    await runner.waitForPrograms();
    // The lesson's own programs came from the server's lesson files.
    assert.match(await runner.editor('a').inputValue(), /time\.sleep/);

    await runner.editor('a').fill(FETCHING);
    await runner.editor('b').fill(POOL);
    await runner.runButton.click();
    await runner.waitForFinish(30_000);
    assert.equal(await runner.stdout('a'), cliOutput(FETCHING));
    assert.equal(await runner.stdout('b'), cliOutput(POOL));
    assert.equal((await runner.stderr('a')) + (await runner.stderr('b')), '');
    assert.deepEqual(fromWorker, [true], 'the request went over the network to the Service Worker');
    assert.ok(workers >= 2, `the pool's two processes in Web Workers: ${workers} workers`);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
