// Cargo's runner for wasm32 test binaries (.cargo/config.toml):
//   node scripts/browser-test-runner.mjs TEST.wasm [libtest arguments...]
//
// wasm-bindgen-test-runner serves the tests' page; Chromium, launched here
// through playwright-core like the e2e tests, runs it and this script prints
// the page's report. ChromeDriver is not used: with it, about one start in
// four never finished loading the page (see `fetchWithoutKeepAlive`), and a
// WebDriver session cannot retry a page load.

import { spawn } from 'node:child_process';
import http from 'node:http';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/browser.mjs';

const PAGE_LOAD_MS = 30_000;
const PAGE_LOAD_TRIES = 3;
// The same variable wasm-bindgen-test-runner reads, in seconds.
const RESULT_MS = 1000 * Number(process.env.WASM_BINDGEN_TEST_TIMEOUT ?? 300);

const [wasm, ...testArgs] = process.argv.slice(2);
if (!wasm) {
  console.error('usage: node scripts/browser-test-runner.mjs TEST.wasm [test arguments]');
  process.exit(2);
}

// The server goes with this script, however it ends.
let server;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server?.kill();
    process.exit(1);
  });
}

const runner = await startTestServer(wasm, testArgs);
if (runner.exitCode !== undefined) process.exit(runner.exitCode);
let status = 1;
let browser;
try {
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: false, args: CHROMIUM_ARGS });
  status = await runTestPage(browser, runner.url);
} catch (error) {
  console.error(`the browser tests did not run: ${error.message}`);
} finally {
  await browser?.close();
  runner.process.kill();
}
process.exit(status);

/**
 * Starts wasm-bindgen-test-runner in its interactive mode (it serves the test
 * page and waits). Resolves to `{ process, url }` once it listens, or to
 * `{ exitCode }` when it ends first (a binary without tests, an error), its
 * output passed through.
 */
function startTestServer(wasmPath, args) {
  return new Promise((resolve) => {
    const child = spawn('wasm-bindgen-test-runner', [wasmPath, ...args], {
      env: { ...process.env, NO_HEADLESS: '1', WASM_BINDGEN_TEST_ADDRESS: '127.0.0.1:0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    server = child;
    let printed = '';
    child.stdout.on('data', (chunk) => {
      printed += chunk;
      const address = printed.match(/available at (http:\/\/\S+)/);
      if (address) {
        child.stdout.removeAllListeners('data');
        child.stdout.resume();
        resolve({ process: child, url: `${address[1]}/` });
      }
    });
    child.on('error', (error) => {
      console.error(`cannot start wasm-bindgen-test-runner: ${error.message}`);
      resolve({ exitCode: 1 });
    });
    child.on('exit', (code) => {
      process.stdout.write(printed);
      resolve({ exitCode: code ?? 1 });
    });
  });
}

/** Loads the test page, waits for its summary, prints the report; resolves to the exit status. */
async function runTestPage(browser, url) {
  const page = await browser.newPage();
  const consoleLines = [];
  page.on('console', (message) => consoleLines.push(message.text()));
  await page.route(`${url}**`, async (route) => {
    const request = route.request();
    // The wasm is fetched once, after the scripts: Chromium's own connection is fine.
    if (request.url().endsWith('.wasm')) return route.continue();
    const response = await fetchWithoutKeepAlive(request.url());
    await route.fulfill(response);
  });
  for (let attempt = 1; ; attempt++) {
    try {
      await page.goto(url, { waitUntil: 'load', timeout: PAGE_LOAD_MS });
      break;
    } catch (error) {
      if (attempt === PAGE_LOAD_TRIES) throw error;
      console.log(`the test page did not load in ${PAGE_LOAD_MS / 1000} s (try ${attempt} of ${PAGE_LOAD_TRIES}); loading it again`);
    }
  }
  const summary = /test result: (ok|FAILED)/;
  try {
    await page.waitForFunction(
      (pattern) => new RegExp(pattern).test(document.getElementById('output').textContent),
      summary.source,
      { timeout: RESULT_MS, polling: 200 },
    );
  } catch (error) {
    console.log(`${await page.textContent('#output')}\nthe page's console:\n${consoleLines.join('\n')}`);
    throw error;
  }
  const report = await page.textContent('#output');
  console.log(report);
  return summary.exec(report)[1] === 'ok' ? 0 : 1;
}

/**
 * GETs `url` over a connection of its own, closed after the response. The
 * runner's server (tiny_http 0.12) serves each connection on one pool thread
 * until the connection closes, and when several connections arrive at once
 * it can queue them all behind the one idle thread (its TaskPool counts a
 * thread as idle until it wakes). Chromium opens six connections at once for
 * the page's module scripts and keeps them open: a queued one never got its
 * thread.
 */
function fetchWithoutKeepAlive(url) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false }, (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => {
          const headers = { ...response.headers };
          // The body is handed over whole.
          delete headers['transfer-encoding'];
          resolve({ status: response.statusCode, headers, body: Buffer.concat(chunks) });
        });
        response.on('error', reject);
      })
      .on('error', reject);
  });
}
