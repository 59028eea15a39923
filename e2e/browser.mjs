// Launches Debian's Chromium through playwright-core (Playwright's own browser
// downloads are not available here) with a fresh, throw-away profile.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM ?? '/usr/bin/chromium';

// Headless, runnable as root, and quiet on a machine whose network is closed.
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Starts Chromium with a new user-data-dir. Resolves to `{ context, close }`;
 * `close()` stops the browser and deletes the profile.
 */
export async function launchBrowser() {
  const userDataDir = await mkdtemp(join(tmpdir(), 'playground-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    // The --headless=new switch above does it; Playwright's own flag would be a second one.
    headless: false,
    args: CHROMIUM_ARGS,
    viewport: { width: 1100, height: 700 },
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
