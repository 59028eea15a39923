// The CLI (the debug build the native stage made) as the page's referee.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What the CLI prints for `source`, run as main.py. */
export function cliOutput(source) {
  const dir = mkdtempSync(join(tmpdir(), 'playground-cli-'));
  writeFileSync(join(dir, 'main.py'), source);
  const bin = new URL('../target/debug/playground', import.meta.url).pathname;
  return execFileSync(bin, ['run', 'main.py'], { cwd: dir, encoding: 'utf8' });
}
