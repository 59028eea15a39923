// WCAG AA contrast in both themes, measured on the page's computed colours
// after a run: every piece of text the page shows (the runner, consoles,
// timelines with their span labels, the loop panel, the gallery, the share
// panel, highlighted code) against what is painted behind it, at least
// 4.5:1, or 3:1 for large text and for the timeline's marker glyphs; and
// the timeline's spans (graphics) at least 3:1 against what is behind them.
// Disabled controls are exempt, as WCAG exempts them. And the four states
// read without colour: under simulated colour blindness (Chromium's own
// emulation) the legend's swatches still differ in texture.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { RunnerPage } from './pages/runner-page.mjs';
import { pageAndBrowser } from './suite.mjs';

// B hogs the loop for a while (a running span, a task ready meanwhile),
// then fails, so the console shows stderr and the timeline a failed span
// and an error marker.
const FAILING = `import asyncio
import time

async def busy():
    start = time.perf_counter()
    while time.perf_counter() - start < 0.3:
        pass

async def work(n):
    await asyncio.sleep(0.2 * n)
    if n == 2:
        raise ValueError("no")
    return n

async def main():
    print(await asyncio.gather(work(1), busy(), work(2)))

asyncio.run(main())
`;

/** In the page: the text whose contrast is below WCAG AA, with what was measured. */
function lowContrast() {
  const parse = (c) => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const [r, g, b, a = 1] = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return [r, g, b, a];
  };
  // `top` (with its alpha) over the opaque `bottom`.
  const over = (top, bottom) => top.slice(0, 3).map((v, i) => v * top[3] + bottom[i] * (1 - top[3])).concat(1);
  const luminance = ([r, g, b]) => {
    const lin = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const ratio = (a, b) => {
    const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
  const shapes = new Set(['rect', 'path', 'circle', 'ellipse', 'polygon']);
  // What is painted at (x, y) behind `el`: backgrounds and filled shapes
  // from the top of the stack down, composited until one is opaque.
  // `behind`: leave `el` itself out (a shape against what it covers).
  // A shape's paint: its fill, or a pattern's ground and its marks on it.
  const paints = (style) => {
    const id = /url\("?#([^")]+)"?\)/.exec(style.fill)?.[1];
    if (!id) return [parse(style.fill)];
    const [ground, mark] = Array.from(document.getElementById(id).children, (k) => parse(getComputedStyle(k).fill));
    return [ground, over(mark, ground)];
  };
  const backdrop = (el, x, y, behind = false) => {
    const layers = [];
    let marks = null;
    for (const under of document.elementsFromPoint(x, y)) {
      if ((behind && under === el) || (under !== el && el.contains(under))) continue;
      const style = getComputedStyle(under);
      const [paint, marked] = shapes.has(under.localName) ? paints(style) : [parse(style.backgroundColor)];
      if (!paint || paint[3] === 0) continue;
      if (shapes.has(under.localName)) paint[3] *= Number(style.fillOpacity) * Number(style.opacity);
      if (marked && !marks) marks = { at: layers.length, color: marked };
      layers.push(paint);
      if (paint[3] >= 1) break;
    }
    const page = parse(getComputedStyle(document.documentElement).backgroundColor) || [255, 255, 255, 1];
    const ground = layers.reduceRight((below, layer) => over(layer, below), page);
    if (!marks) return [ground];
    // The same stack with the pattern's marks in place of its ground.
    const marked = layers.map((layer, k) => (k === marks.at ? marks.color : layer));
    return [ground, marked.reduceRight((below, layer) => over(layer, below), page)];
  };
  const failures = [];
  let checked = 0;
  for (const el of document.querySelectorAll('body *')) {
    const text = Array.from(el.childNodes)
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent)
      .join('')
      .trim();
    if (!text || ['SCRIPT', 'STYLE', 'TITLE', 'OPTION', 'TEXTAREA', 'NOSCRIPT'].includes(el.tagName)) continue;
    if (el.closest('[hidden], .sr-only, :disabled, details:not([open]) > :not(summary)')) continue;
    const style = getComputedStyle(el);
    if (style.visibility !== 'visible' || style.display === 'none') continue;
    const range = document.createRange();
    range.selectNodeContents(el);
    el.scrollIntoView({ block: 'center', inline: 'nearest' });
    const box = Array.from(range.getClientRects()).find((r) => r.width > 0 && r.height > 0);
    if (!box) continue;
    const x = box.left + Math.min(box.width / 2, 6);
    const y = box.top + box.height / 2;
    if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
    const svgText = el instanceof SVGElement;
    const color = parse(svgText ? style.fill : style.color);
    if (!color || color[3] === 0) continue;
    let alpha = color[3];
    for (let up = el; up; up = up.parentElement) alpha *= Number(getComputedStyle(up).opacity);
    // A glyph drawn on a halo (a wide stroke painted first) stands on the halo.
    const halo = svgText && style.paintOrder.startsWith('stroke') && parseFloat(style.strokeWidth) >= 2 && parse(style.stroke);
    // On a pattern, the worse of its ground and its marks.
    const [back] = (halo ? [halo] : backdrop(el, x, y))
      .map((b) => [b, ratio(over([...color.slice(0, 3), alpha], b), b)])
      .sort((p, q) => p[1] - q[1])[0];
    const fore = over([...color.slice(0, 3), alpha], back);
    const size = parseFloat(style.fontSize);
    const bold = Number(style.fontWeight) >= 700;
    const graphic = Array.from(el.classList).some((c) => c.startsWith('marker'));
    const needed = graphic || size >= 24 || (size >= 18.66 && bold) ? 3 : 4.5;
    const measured = ratio(fore, back);
    checked += 1;
    if (measured < needed) {
      const where = `${el.localName}${el.className?.baseVal ?? el.className ? '.' + String(el.className.baseVal ?? el.className).trim().split(/\s+/).join('.') : ''}`;
      failures.push(
        `${where} "${text.slice(0, 30)}": ${measured.toFixed(2)} < ${needed} (${fore.slice(0, 3).map(Math.round)} on ${back.slice(0, 3).map(Math.round)})`,
      );
    }
  }
  // The spans themselves, graphics: 3:1 against what is behind them.
  const spans = new Set();
  const fills = {};
  for (const span of document.querySelectorAll('rect.span')) {
    span.scrollIntoView({ block: 'center', inline: 'nearest' });
    const box = span.getBoundingClientRect();
    if (box.width < 2 || box.height < 2) continue;
    const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
    if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
    const [fill] = paints(getComputedStyle(span));
    const [back] = backdrop(span, x, y, true);
    const measured = ratio(over(fill, back), back);
    spans.add(span.dataset.state);
    fills[span.dataset.state] = getComputedStyle(span).fill;
    if (measured < 3) failures.push(`rect.${span.getAttribute('class').split(' ').join('.')}: ${measured.toFixed(2)} < 3 (${fill.slice(0, 3)} on ${back.slice(0, 3).map(Math.round)})`);
  }
  window.scrollTo(0, 0);
  return { checked, spans: [...spans].sort(), fills, failures };
}

describe('contrast', () => {
  const shared = pageAndBrowser();

  test('states read without colour: the swatches differ in texture under simulated colour blindness', async () => {
    const context = await shared.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(`${shared.site.url}?lesson=count-sleep&lang=en`, { waitUntil: 'load' });
    await page.getByTestId('run').waitFor({ timeout: 10_000 });
    const swatches = page.locator('.legend .swatch');
    assert.equal(await swatches.count(), 4);
    const cdp = await context.newCDPSession(page);
    for (const type of ['achromatopsia', 'deuteranopia', 'protanopia', 'tritanopia']) {
      await cdp.send('Emulation.setEmulatedVisionDeficiency', { type });
      const features = [];
      for (let k = 0; k < 4; k++) {
        const png = (await swatches.nth(k).screenshot()).toString('base64');
        // Grey levels in the page: mean, spread, and how much more alike a
        // pixel is along one diagonal than the other (a stripe's direction).
        features.push(
          await page.evaluate(async (data) => {
            const img = new Image();
            img.src = `data:image/png;base64,${data}`;
            await img.decode();
            const canvas = Object.assign(document.createElement('canvas'), { width: img.width, height: img.height });
            const g = canvas.getContext('2d');
            g.drawImage(img, 0, 0);
            const { data: px, width, height } = g.getImageData(0, 0, img.width, img.height);
            const grey = (x, y) => {
              const i = 4 * (y * width + x);
              return 0.2126 * px[i] + 0.7152 * px[i + 1] + 0.0722 * px[i + 2];
            };
            let [n, sum, sq, down, up] = [0, 0, 0, 0, 0];
            // The inside only: the swatch's rounded corners show the page.
            for (let y = 3; y < height - 3; y++) {
              for (let x = 3; x < width - 3; x++) {
                const v = grey(x, y);
                n += 1;
                sum += v;
                sq += v * v;
                down += Math.abs(v - grey(x + 1, y + 1));
                up += Math.abs(v - grey(x + 1, y - 1));
              }
            }
            const mean = sum / n;
            return [mean, Math.sqrt(sq / n - mean * mean), (down - up) / n];
          }, png),
        );
      }
      const states = ['running', 'ready', 'waiting', 'blocked'];
      for (let a = 0; a < 4; a++) {
        for (let b = a + 1; b < 4; b++) {
          const apart = features[a].some((v, i) => Math.abs(v - features[b][i]) >= 6);
          assert.ok(apart, `${type}: ${states[a]} ${features[a].map(Math.round)} and ${states[b]} ${features[b].map(Math.round)} look alike`);
        }
      }
    }
    await context.close();
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`${colorScheme} theme: every text of the page after a run meets WCAG AA`, async () => {
      const context = await shared.browser.newContext({ locale: 'en-US', colorScheme, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${shared.site.url}?lesson=count-sleep&lang=en`, { waitUntil: 'load' });
      const runner = new RunnerPage(page);
      await runner.runButton.waitFor({ timeout: 10_000 });
      await runner.waitForPrograms();
      await runner.editor('b').fill(FAILING);
      await runner.runButton.click();
      await runner.waitForFinish(20_000);
      assert.match(await runner.stderr('b'), /ValueError: no/);
      await page.getByTestId('share').click();
      await page.getByTestId('share-status').locator('summary').click();
      // The playhead halfway: the loop panel lists tasks and what they wait for.
      await page.getByTestId('playhead-slider').fill('0.5');
      const { checked, spans, fills, failures } = await page.evaluate(lowContrast);
      // The timeline's spans wear the legend's textures.
      for (const state of ['ready', 'waiting', 'blocked']) assert.match(fills[state], new RegExp(`url\\("?#fill-${state}"?\\)`), state);
      assert.match(fills.running, /^rgb/);
      assert.ok(checked > 100, `only ${checked} texts measured`);
      assert.deepEqual(spans, ['blocked', 'ready', 'running', 'waiting'], 'the states of the spans measured');
      assert.deepEqual(failures, [], `${failures.length} of ${checked} texts`);
      await context.close();
    });
  }
});
