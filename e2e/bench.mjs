// Benchmark (a documented command, not a test): `node e2e/bench.mjs` after a
// release build (`./scripts/test.sh build`). In headless Chromium it measures
//   - time from navigation to an interactive page (Run button usable),
//   - a program with 10,000 tasks each sleeping 1 s: its elapsed time,
//   - the frame rate of the page while that run animates its timeline.

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

const server = await startStaticServer({ root: join(here, '..', 'dist'), prefix: '/playground/' });
const browser = await launchBrowser();
try {
  const page = await browser.context.newPage();
  const t0 = Date.now();
  await page.goto(`${server.url}?lesson=count-sleep`, { waitUntil: 'commit' });
  await page.getByTestId('run').waitFor({ state: 'visible' });
  await page.waitForFunction(() => !document.querySelector('[data-testid="run"]').disabled);
  const tti = Date.now() - t0;

  await page.getByTestId('editor-a').locator('textarea').fill('');
  await page.getByTestId('editor-b').locator('textarea').fill(program);
  await page.evaluate(() => {
    window.__frames = 0;
    const count = () => {
      window.__frames += 1;
      requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
  });
  const runStart = Date.now();
  const framesStart = await page.evaluate(() => window.__frames);
  await page.getByTestId('run').click();
  await page.waitForFunction(() => /s$/.test(document.querySelector('[data-testid="elapsed-b"]').textContent), null, {
    timeout: 120_000,
    polling: 50,
  });
  const runMs = Date.now() - runStart;
  const frames = (await page.evaluate(() => window.__frames)) - framesStart;
  const elapsed = await page.getByTestId('elapsed-b').textContent();
  const stdout = await page.getByTestId('console-b').textContent();
  console.log(`time to interactive: ${tti} ms (target < 500 ms)`);
  console.log(`${TASKS} tasks x sleep(1): program elapsed ${elapsed.trim()}, console "${stdout.trim()}"`);
  console.log(`frame rate during the run: ${((frames * 1000) / runMs).toFixed(1)} fps over ${runMs} ms (target >= 50)`);
} finally {
  await browser.close();
  server.server.close();
}
