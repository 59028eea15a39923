// The export menu after a run: the Perfetto trace (a track per lane of each
// program), the timelines as SVG and PNG, and the consoles as text, each a
// download.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launchBrowserForContexts } from './browser.mjs';
import { RunnerPage } from './pages/runner-page.mjs';
import { servePlayground } from './static-server.mjs';

describe('export', () => {
  let site;
  let browser;
  let page;
  let runner;

  before(async () => {
    site = await servePlayground();
    browser = await launchBrowserForContexts();
    const context = await browser.newContext({ locale: 'en-US' });
    page = await context.newPage();
    await page.goto(`${site.url}?lesson=count-sleep&lang=en`, { waitUntil: 'load' });
    runner = new RunnerPage(page);
    await runner.runButton.waitFor({ timeout: 10_000 });
    await runner.waitForPrograms();
    await runner.runButton.click();
    await runner.waitForFinish(20_000);
  });

  after(async () => {
    await browser?.close();
    site?.close();
  });

  /** Choose `kind` in the export menu; the download's name and bytes. */
  async function download(kind) {
    await page.getByTestId('export').locator('summary').click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-${kind}`).click()]);
    return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
  }

  test('the trace has a process per program and a track per lane, spans in microseconds', async () => {
    const { name, bytes } = await download('trace');
    assert.equal(name, 'count-sleep-trace.json');
    const events = JSON.parse(bytes.toString('utf8')).traceEvents;
    assert.ok(events.length > 20);
    for (const [pid, which, program] of [[1, 'a', 'Program A'], [2, 'b', 'Program B']]) {
      const meta = events.filter((e) => e.ph === 'M' && e.pid === pid);
      assert.deepEqual(meta.filter((e) => e.name === 'process_name').map((e) => e.args.name), [program]);
      const tracks = meta.filter((e) => e.name === 'thread_name').map((e) => e.args.name);
      const lanes = (await runner.lanes(which)).map((l) => l.task);
      assert.deepEqual(tracks, lanes, `program ${which}: a track per lane`);
    }
    const sleeps = events.filter((e) => e.ph === 'X' && e.pid === 2 && e.name === 'waiting: sleep 1s');
    assert.equal(sleeps.length, 3, 'three tasks sleep a second each in B');
    for (const s of sleeps) assert.ok(Math.abs(s.dur - 1e6) < 1e3, `${s.dur} µs`);
    const prints = events.filter((e) => e.ph === 'i' && e.pid === 1 && e.name === 'print').map((e) => e.args.text);
    assert.deepEqual(prints, ['One', 'Two', 'One', 'Two', 'One', 'Two', 'executed in 3.0 seconds.']);
  });

  test('the timelines as SVG name every lane and read as an image; the PNG is one', async () => {
    const svg = await download('svg');
    assert.equal(svg.name, 'count-sleep-timelines.svg');
    const text = svg.bytes.toString('utf8');
    for (const which of ['a', 'b']) {
      for (const lane of await runner.lanes(which)) assert.ok(text.includes(`>${lane.task}</text>`), lane.task);
    }
    assert.match(text, /count and sleep — Program A: 3\.0\d s · Program B: 1\.0\d s/);
    // The browser reads it as an image of its size.
    const size = await page.evaluate(async (s) => {
      const img = new Image();
      img.src = URL.createObjectURL(new Blob([s], { type: 'image/svg+xml' }));
      await img.decode();
      return [img.width, img.height];
    }, text);
    assert.equal(size[0], 960);
    assert.ok(size[1] > 200, `${size}`);
    const png = await download('png');
    assert.equal(png.name, 'count-sleep-timelines.png');
    assert.deepEqual([...png.bytes.subarray(1, 4)], [0x50, 0x4e, 0x47], 'a PNG file');
    assert.equal(png.bytes.readUInt32BE(16), 1920, 'drawn at twice the size');
    assert.ok(png.bytes.length > 5000, `${png.bytes.length} bytes`);
  });

  test('the consoles as text', async () => {
    const { name, bytes } = await download('text');
    assert.equal(name, 'count-sleep-consoles.txt');
    assert.equal(
      bytes.toString('utf8'),
      '== Program A ==\nOne\nTwo\nOne\nTwo\nOne\nTwo\nexecuted in 3.0 seconds.\n' +
        '== Program B ==\nOne\nOne\nOne\nTwo\nTwo\nTwo\nexecuted in 1.0 seconds.\n',
    );
  });
});
