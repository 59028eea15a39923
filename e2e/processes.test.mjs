// Processes in the page: a Pool's workers and a Process run beside their
// parent, each on its own clock (the page runs them on its main thread):
// the output is the CLI's, and each worker has a lane of its own.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowserForContexts } from './browser.mjs';
import { RunnerPage } from './pages/runner-page.mjs';
import { servePlayground } from './static-server.mjs';

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

/** What the CLI prints for `source`. */
function cli(source) {
  const dir = mkdtempSync(join(tmpdir(), 'processes-'));
  writeFileSync(join(dir, 'main.py'), source);
  const bin = new URL('../target/debug/playground', import.meta.url).pathname;
  return execFileSync(bin, ['run', 'main.py'], { cwd: dir, encoding: 'utf8' });
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
    for (const w of workers) {
      assert.ok(w.spans.some((s) => s.state === 'running'), `${w.task}: ${JSON.stringify(w.spans)}`);
    }
    const greeter = (await runner.lanes('b')).find((l) => l.task === 'Greeter-1');
    assert.ok(greeter, JSON.stringify((await runner.lanes('b')).map((l) => l.task)));
    await page.screenshot({ path: new URL('./screenshots/processes.png', import.meta.url).pathname, fullPage: true });
    assert.deepEqual(errors, []);
    await context.close();
  });
});
