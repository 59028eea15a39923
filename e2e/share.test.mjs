// Share links: the editors' programs, the lesson, the language and the demo
// site's settings packed into a link's fragment, copied, and opened again;
// cut and changed links say so and show the lesson's own programs; a link
// never replaces saved edits without asking.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowserForContexts } from './browser.mjs';
import { RunnerPage } from './pages/runner-page.mjs';
import { servePlayground } from './static-server.mjs';

describe('share links', { concurrency: 2 }, () => {
  let url;
  let site;
  let browser;

  before(async () => {
    site = await servePlayground();
    url = site.url;
    browser = await launchBrowserForContexts();
  });

  after(async () => {
    await browser?.close();
    site?.close();
  });

  /** A page in a context of its own (fresh localStorage) on `address`. */
  async function open(address, options = {}) {
    const context = await browser.newContext({ locale: 'en-US', ...options });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(address, { waitUntil: 'load' });
    const runner = new RunnerPage(page);
    await runner.runButton.waitFor({ timeout: 10_000 });
    await runner.waitForPrograms();
    return { page, runner, errors, context };
  }

  /** Press Share and read the link it made. */
  async function share(page) {
    await page.getByTestId('share').click();
    const field = page.getByTestId('share-link');
    await field.waitFor({ timeout: 10_000 });
    return field.inputValue();
  }

  /** Wait until editor `which` holds exactly `text`. */
  async function waitForText(page, which, text) {
    await page.waitForFunction(
      ([w, t]) => document.querySelector(`[data-testid="editor-${w}"] textarea`)?.value === t,
      [which, text],
      { timeout: 10_000 },
    );
  }

  async function siteSettings(page) {
    await page.getByTestId('site-settings').locator('summary').click();
    return {
      latency: await page.getByTestId('site-latency').inputValue(),
      errors: await page.getByTestId('site-errors').inputValue(),
      real: await page.getByTestId('site-real-server').isChecked(),
    };
  }

  test('a link brings back Chinese text, a 20 KB program, the lesson, the language and the settings', async () => {
    const { page, runner, errors, context } = await open(`${url}?lesson=sequential-await&lang=zh`, {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const a = 'print("你好，世界！")  # 异步：协程与任务\nprint("第二行 ✓")\n';
    // Twenty kilobytes that do not compress away: a link over 8 KB.
    let seed = 7;
    const word = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed.toString(36);
    };
    let b = 'import asyncio\n\nasync def main():\n';
    for (let i = 0; b.length < 20_000; i++) b += `    v${i} = "${word()}${word()}${word()}"\n`;
    b += '    await asyncio.sleep(0.1)\n\nasyncio.run(main())\n';
    await runner.editor('a').fill(a);
    // Playwright's fill() inserts 20 KB into a textarea very slowly: set it as a paste would.
    await runner.editor('b').evaluate((el, v) => {
      el.value = v;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, b);
    await page.getByTestId('site-settings').locator('summary').click();
    await page.getByTestId('site-latency').fill('700');
    await page.getByTestId('site-latency').press('Tab');
    await page.getByTestId('site-errors').fill('15');
    await page.getByTestId('site-errors').press('Tab');
    await page.getByTestId('site-real-server').check();

    const link = await share(page);
    assert.ok(link.startsWith(`${url}?lesson=sequential-await&lang=zh#code=`), link);
    const status = await page.getByTestId('share-status').textContent();
    assert.ok(status.includes(`${link.length} 个字符`), `the length is shown: ${status}`);
    assert.ok(link.length > 8192, `${link.length} characters`);
    assert.match(await page.getByTestId('share-long').textContent(), /8 KB/, 'long links come with a warning');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link, 'copied to the clipboard');
    await context.close();

    const other = await open(link);
    await waitForText(other.page, 'a', a);
    await waitForText(other.page, 'b', b);
    assert.equal(await other.runner.picker.inputValue(), 'sequential-await');
    assert.equal(await other.page.evaluate(() => document.documentElement.lang), 'zh-Hans');
    assert.deepEqual(await siteSettings(other.page), { latency: '700', errors: '15', real: true });
    assert.equal(await other.page.getByTestId('share-notice').count(), 0, 'no notice');
    // It runs as it was written.
    await other.page.getByTestId('site-real-server').uncheck();
    await other.runner.runButton.click();
    await other.runner.waitForFinish(20_000);
    assert.equal(await other.runner.stdout('a'), '你好，世界！\n第二行 ✓\n');
    assert.deepEqual([...errors, ...other.errors], []);
    await other.context.close();
  });

  test("a lesson of four programs shares all four, and the link runs them", async () => {
    const { page, runner, errors, context } = await open(`${url}?lesson=ways-to-fetch&lang=en`);
    const programs = ['print("A")\n', 'print("B")\n', 'print("C 进程")\n', 'print("D")\n'];
    for (const [k, w] of ['a', 'b', 'c', 'd'].entries()) await runner.editor(w).fill(programs[k]);
    const link = await share(page);
    assert.ok(link.startsWith(`${url}?lesson=ways-to-fetch&lang=en#code=`), link);
    await context.close();
    const other = await open(link);
    for (const [k, w] of ['a', 'b', 'c', 'd'].entries()) await waitForText(other.page, w, programs[k]);
    await other.runner.runButton.click();
    await other.runner.waitForFinish(20_000);
    const out = await Promise.all(['a', 'b', 'c', 'd'].map((w) => other.runner.stdout(w)));
    assert.deepEqual(out, ['A\n', 'B\n', 'C 进程\n', 'D\n']);
    assert.deepEqual([...errors, ...other.errors], []);
    await other.context.close();
  });

  test("a lesson's own programs and settings; cut and changed links show the lesson's programs and say why", async () => {
    const { page, runner, context } = await open(`${url}?lesson=callbacks&lang=en`);
    const own = [await runner.editor('a').inputValue(), await runner.editor('b').inputValue()];
    await runner.picker.selectOption('who-runs-when');
    await runner.waitForPrograms();
    const gather = [await runner.editor('a').inputValue(), await runner.editor('b').inputValue()];
    const link = await share(page);
    assert.ok(link.startsWith(`${url}?lesson=who-runs-when&lang=en#code=`), link);
    assert.ok(!(await page.getByTestId('share-status').textContent()).includes('8 KB'), 'a short link, no warning');
    await context.close();

    const whole = await open(link);
    await waitForText(whole.page, 'a', gather[0]);
    await waitForText(whole.page, 'b', gather[1]);
    assert.deepEqual(await siteSettings(whole.page), { latency: '0', errors: '0', real: false });
    await whole.context.close();

    const [base, packed] = link.split('#code=');
    const code = packed.slice(0, packed.lastIndexOf('.'));
    const middle = Math.floor(code.length / 2);
    const flipped = code.slice(0, middle) + (code[middle] === 'A' ? 'B' : 'A') + code.slice(middle + 1);
    const broken = [
      [`${base}#code=${code.slice(0, middle)}`, /cut short/],
      [`${base}#code=${packed.slice(0, -1)}`, /cut short/],
      [`${base}#code=${flipped}.${code.length}`, /changed or damaged/],
      [`${base}#code=${code.slice(0, 20)}$%.22`, /changed or damaged/],
      [`${url}?lesson=callbacks#code=AAAA.4`, /changed or damaged/],
    ];
    for (const [address, problem] of broken) {
      const b = await open(address);
      const expected = address.includes('lesson=callbacks') ? own : gather;
      await b.page.getByTestId('share-notice').filter({ hasText: problem }).waitFor({ timeout: 10_000 });
      assert.match(await b.page.getByTestId('share-notice').textContent(), /here are the lesson's own programs/);
      assert.equal(await b.runner.editor('a').inputValue(), expected[0], address);
      assert.equal(await b.runner.editor('b').inputValue(), expected[1], address);
      assert.ok(await b.runner.runButton.isEnabled(), 'the page works');
      assert.deepEqual(b.errors, [], address);
      await b.context.close();
    }
  });

  test('the embed code runs the shared programs in an iframe on another page', async () => {
    const { page, runner, context } = await open(`${url}?lesson=count-sleep&lang=en`);
    await runner.editor('a').fill('print("embedded 嵌入")\n');
    await runner.editor('b').fill('');
    await share(page);
    await page.getByTestId('share-status').locator('summary').click();
    await page.getByTestId('embed-autorun').check();
    await page.getByTestId('embed-height').fill('500');
    const snippet = await page.getByTestId('embed-code').inputValue();
    assert.match(snippet, /^<iframe src="[^"]+\?lesson=count-sleep&amp;lang=en&amp;embed=1&amp;autorun=1#code=[^"]+" width="100%" height="500" loading="lazy"/);
    await context.close();

    const host = await browser.newContext();
    const tutorial = await host.newPage();
    await tutorial.setContent(`<h1>A tutorial</h1>${snippet}`);
    const frame = await (await tutorial.waitForSelector('iframe')).contentFrame();
    const embedded = new RunnerPage(frame);
    await frame.waitForFunction(() => document.querySelector('[data-testid="elapsed-a"]')?.dataset.status === 'done', null, { timeout: 20_000 });
    assert.equal(await embedded.stdout('a'), 'embedded 嵌入\n');
    assert.equal(await embedded.status('b'), 'idle', 'B, empty in the link, ran nothing');
    assert.equal(await frame.getByTestId('shell-header').count(), 0, 'embed mode');
    await host.close();
  });

  test('the embed code can fix the theme: ?theme=dark draws the page dark on a light system', async () => {
    const { page, context } = await open(`${url}?lesson=count-sleep&lang=en`, { colorScheme: 'light' });
    await share(page);
    await page.getByTestId('share-status').locator('summary').click();
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(await background(), 'rgb(247, 247, 245)', 'light, as the system is');
    await page.getByTestId('embed-theme').selectOption('dark');
    const snippet = await page.getByTestId('embed-code').inputValue();
    assert.match(snippet, /&amp;embed=1&amp;theme=dark#code=/);
    await page.getByTestId('embed-theme').selectOption('auto');
    assert.doesNotMatch(await page.getByTestId('embed-code').inputValue(), /theme=/);
    await context.close();

    const host = await browser.newContext({ colorScheme: 'light' });
    const tutorial = await host.newPage();
    await tutorial.setContent(`<h1>A tutorial</h1>${snippet}`);
    const frame = await (await tutorial.waitForSelector('iframe')).contentFrame();
    await frame.getByTestId('run').waitFor({ timeout: 10_000 });
    assert.equal(await frame.evaluate(() => document.documentElement.dataset.theme), 'dark');
    assert.equal(await frame.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(22, 23, 26)');
    assert.equal(await frame.getByTestId('param-notice').count(), 0, 'theme=dark is understood');
    await host.close();
  });

  test('opening a link over saved edits asks first; a broken link keeps them', async () => {
    const { page, runner, context } = await open(`${url}?lesson=count-sleep&lang=en`);
    const original = await runner.editor('a').inputValue();
    await runner.editor('a').fill('print("shared")\n');
    const link = await share(page);
    await runner.editor('a').fill('print("my own edit")\n');
    await page.waitForTimeout(100);

    // Saying no keeps the edit and says so.
    const asked = [];
    page.once('dialog', (d) => {
      asked.push(d.message());
      d.dismiss();
    });
    await page.goto('about:blank');
    await page.goto(link, { waitUntil: 'load' });
    await page.getByTestId('share-notice').filter({ hasText: /kept/ }).waitFor({ timeout: 10_000 });
    assert.equal(await runner.editor('a').inputValue(), 'print("my own edit")\n');
    assert.equal(asked.length, 1);
    assert.match(asked[0], /saved edits/);

    // A broken link shows the lesson's programs but keeps the edit saved.
    await page.goto('about:blank');
    await page.goto(`${link.split('#')[0]}#code=AAAA`, { waitUntil: 'load' });
    await page.getByTestId('share-notice').filter({ hasText: /cut short/ }).waitFor({ timeout: 10_000 });
    await waitForText(page, 'a', original);
    await page.goto('about:blank');
    await page.goto(`${url}?lesson=count-sleep`, { waitUntil: 'load' });
    await waitForText(page, 'a', 'print("my own edit")\n');

    // Saying yes opens the link's programs, which are then the saved ones.
    page.once('dialog', (d) => d.accept());
    await page.goto('about:blank');
    await page.goto(link, { waitUntil: 'load' });
    await waitForText(page, 'a', 'print("shared")\n');
    await page.waitForTimeout(100);
    await page.goto('about:blank');
    await page.goto(`${url}?lesson=count-sleep`, { waitUntil: 'load' });
    await waitForText(page, 'a', 'print("shared")\n');
    await context.close();
  });
});
