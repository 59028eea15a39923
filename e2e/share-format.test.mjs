// The share link's format (src/share.js), without a browser: the packed
// text and its checks, and how a fragment's code is judged cut or changed.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code, embedCode, payload, read } from '../src/share.js';

test('programs and settings come back from the packed text', () => {
  const a = "print('你好，世界')\n";
  const b = 'import asyncio\n\nasync def main():\n    await asyncio.sleep(1)\n';
  assert.deepEqual(read(payload([a, b], 700, 15, true), true), ['', [a, b], 700, 15, true]);
  assert.deepEqual(read(payload(['x = 1\n', ''], 0, 0, false), true), ['', ['x = 1\n', ''], 0, 0, false]);
  // Out-of-range settings are brought within the page's.
  assert.deepEqual(read(payload(['', ''], 99999, 500, false), true).slice(2), [10000, 100, false]);
});

test('a lesson of three or four programs packs them all, as version 2', () => {
  const four = ['import time\n', 'import threading\n', '', 'import asyncio\n'];
  const text = payload(four, 0, 0, false);
  assert.ok(text.startsWith('async-playground 2\n'), text);
  assert.deepEqual(read(text, true), ['', four, 0, 0, false]);
  assert.deepEqual(read(payload(four.slice(0, 3), 5, 1, true), true), ['', four.slice(0, 3), 5, 1, true]);
  // Two programs stay version 1, which pages before version 2 open.
  assert.ok(payload(['a', 'b'], 0, 0, false).startsWith('async-playground 1\n'));
  // Version 1 never held more than two.
  assert.equal(read(text.replace('async-playground 2', 'async-playground 1'), true)[0], 'share-damaged');
  // Five programs, or one, are no link of ours.
  assert.equal(read(payload(['1', '2', '3', '4', '5'], 0, 0, false), true)[0], 'share-damaged');
  assert.equal(read(payload(['1'], 0, 0, false), true)[0], 'share-damaged');
});

test('damaged and newer texts are named', () => {
  const text = payload(['print(1)\n', 'print(2)\n'], 700, 15, true);
  const problem = (t, ok = true) => read(t, ok)[0];
  assert.equal(problem(text, false), 'share-damaged', 'the stream failed');
  assert.equal(problem(text.slice(0, -3)), 'share-damaged');
  assert.equal(problem(text.replace('print(2)', 'print(3)')), 'share-damaged', 'checksum');
  assert.equal(problem(''), 'share-damaged');
  assert.equal(problem('garbage\nmore\n'), 'share-damaged');
  assert.equal(problem(text.replace('async-playground 1', 'async-playground 3')), 'share-newer');
  assert.equal(problem(text.replace(' 9 9 ', ' 9 x ')), 'share-damaged');
});

test("a fragment's code is judged cut or changed", () => {
  assert.equal(code(''), null);
  assert.equal(code('#section'), null);
  assert.deepEqual(code('#code=abc_-9.6'), ['', 'abc_-9']);
  assert.equal(code('#code=abc_-9')[0], 'share-cut', 'no closing length');
  assert.equal(code('#code=abc.')[0], 'share-cut', 'cut after the dot');
  assert.equal(code('#code=abcdefghijkl.1')[0], 'share-cut', 'cut in the length');
  assert.equal(code('#code=abc.6')[0], 'share-cut', 'shorter than it says');
  assert.equal(code('#code=abcdefg.6')[0], 'share-damaged');
  assert.equal(code('#code=ab+/c=.6')[0], 'share-damaged');
  assert.equal(code('#code=abc.x')[0], 'share-damaged');
});

test('the embed code is a lazy iframe of the link with embed=1, autorun when asked', () => {
  const url = 'https://h/p/?lesson=count-sleep&lang=zh#code=abc.3';
  assert.equal(
    embedCode(url, true, 450),
    '<iframe src="https://h/p/?lesson=count-sleep&amp;lang=zh&amp;embed=1&amp;autorun=1#code=abc.3" width="100%" height="450" loading="lazy" title="Async Playground" style="border:1px solid #ccc;border-radius:6px"></iframe>',
  );
  assert.match(embedCode(url, false, 600), /lang=zh&amp;embed=1#code=abc\.3" width="100%" height="600"/);
});
