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
 * `close()` stops the browser and deletes the profile. `options` go to
 * Playwright's context (e.g. `{ locale: 'zh-CN' }`, `{ colorScheme: 'dark' }`).
 */
export async function launchBrowser(options = {}) {
  const userDataDir = await mkdtemp(join(tmpdir(), 'playground-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    // The --headless=new switch above does it; Playwright's own flag would be a second one.
    headless: false,
    args: CHROMIUM_ARGS,
    viewport: { width: 1100, height: 700 },
    ...options,
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Starts Chromium for tests that each want an isolated context (their own
 * localStorage, locale or colour scheme). Resolves to
 * `{ newContext(options), close }`.
 */
export async function launchBrowserForContexts() {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: false,
    args: CHROMIUM_ARGS,
  });
  return {
    newContext: (options = {}) => browser.newContext({ viewport: { width: 1100, height: 700 }, ...options }),
    close: () => browser.close(),
  };
}
