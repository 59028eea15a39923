// The README's screenshots (not a test): `node e2e/readme-screenshots.mjs`
// after `./scripts/test.sh build`. The count/sleep lesson mid-race on a
// laptop (1440x900, 1280x720), a tablet (820x1180) and a phone (390x844),
// then the same lesson after the run, zoomed in, into docs/screenshots/.

import { mkdir } from 'node:fs/promises';
import { launchBrowserForContexts } from './browser.mjs';
import { RunnerPage } from './pages/runner-page.mjs';
import { servePlayground } from './static-server.mjs';

const out = new URL('../docs/screenshots/', import.meta.url).pathname;
await mkdir(out, { recursive: true });
const site = await servePlayground();
const browser = await launchBrowserForContexts();
try {
  for (const [width, height] of [[1440, 900], [1280, 720], [820, 1180], [390, 844]]) {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width, height } });
    const page = await context.newPage();
    await page.goto(`${site.url}?lesson=count-sleep&lang=en`, { waitUntil: 'load' });
    const runner = new RunnerPage(page);
    await runner.runButton.waitFor({ timeout: 10_000 });
    await runner.waitForPrograms();
    await runner.runButton.click();
    // Mid-race: B's five lanes drawn, A still blocked in its sleeps.
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="timeline-b"] [data-testid="lane"]').length === 5);
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${out}race-${width}x${height}.png` });
    if (width === 1280) {
      await runner.waitForFinish(15_000);
      await page.getByTestId('zoom-in').click();
      await page.getByTestId('playhead-slider').fill('1.0');
      await page.locator('.timelines').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${out}after-run-zoomed-1280x720.png` });
    }
    await context.close();
  }
} finally {
  await browser.close();
  site.close();
}
