// Writes e2e/lesson-lanes.json: for every lesson program, the lanes the
// native CLI derives on the virtual clock (`playground run X.py --timeline`)
// and, per lane, its significant spans: states held at least 50 ms, with
// what a waiting span waits on. lessons.test.mjs checks that the page draws
// the same lanes with those spans on the real clock.
//
//   cargo build -p playground-cli && node e2e/make-lesson-lanes.mjs

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const cli = process.env.PLAYGROUND_CLI ?? join(root, 'target', 'debug', 'playground');
const lessonsDir = join(root, 'crates', 'core', 'lessons');
const SIGNIFICANT_S = 0.05;

function parse(text) {
  const lanes = [];
  for (const line of text.split('\n')) {
    const lane = /^lane (.+)$/.exec(line);
    if (lane) {
      lanes.push({ task: lane[1], spans: [] });
      continue;
    }
    const span = /^\s+([0-9.]+)\s+([0-9.]+)\s+(running|ready|waiting|blocked)\s*(.*)$/.exec(line);
    if (span && lanes.length) {
      const [, start, end, state, label] = span;
      if (Number(end) - Number(start) >= SIGNIFICANT_S) {
        const key = { state, label: label.trim() };
        const last = lanes.at(-1).spans;
        if (!last.some((s) => s.state === key.state && s.label === key.label)) last.push(key);
      }
    }
  }
  return lanes;
}

const result = {};
for (const id of readdirSync(lessonsDir).sort()) {
  if (!statSync(join(lessonsDir, id)).isDirectory()) continue;
  result[id] = {};
  for (const which of ['a', 'b', 'c', 'd']) {
    const file = join(lessonsDir, id, `${which}.py`);
    if (!existsSync(file)) continue;
    const run = spawnSync(cli, ['run', file, '--timeline'], { cwd: dirname(file), encoding: 'utf8' });
    const text = run.stderr.slice(run.stderr.search(/^lane main$/m));
    result[id][which] = parse(text);
  }
}
writeFileSync(join(here, 'lesson-lanes.json'), `${JSON.stringify(result, null, 1)}\n`);
console.log(`wrote e2e/lesson-lanes.json (${Object.keys(result).length} lessons)`);
