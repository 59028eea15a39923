// Page object for the app shell: the header, the lesson area and the footer,
// found by their data-testid hooks. It also records what the page reports
// while loading: console errors, uncaught exceptions, failed requests and the
// URLs of the WebAssembly modules it fetched.

export class ShellPage {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
    this.title = page.getByTestId('shell-title');
    this.lessonArea = page.getByTestId('lesson-area');
    this.footer = page.getByTestId('shell-footer');
    this.fatalError = page.getByTestId('fatal-error');
    /** Problems seen while the page ran, as readable strings. */
    this.problems = [];
    /** Every .wasm URL the page requested. */
    this.wasmRequests = [];

    page.on('console', (msg) => {
      if (msg.type() === 'error') this.problems.push(`console error: ${msg.text()}`);
    });
    page.on('pageerror', (err) => this.problems.push(`uncaught: ${err.message}`));
    page.on('requestfailed', (req) =>
      this.problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`),
    );
    page.on('response', (res) => {
      if (res.status() >= 400) this.problems.push(`HTTP ${res.status()}: ${res.url()}`);
    });
    page.on('request', (req) => {
      if (new URL(req.url()).pathname.endsWith('.wasm')) this.wasmRequests.push(req.url());
    });
  }

  /**
   * Opens the playground at `url` and waits until the app has mounted (or has
   * shown its fatal-error box). Does not throw when neither appears: each test
   * then reports what it finds missing.
   */
  async open(url) {
    await this.page.goto(url, { waitUntil: 'load' });
    await this.page
      .locator('[data-testid="shell-title"], [data-testid="fatal-error"]')
      .first()
      .waitFor({ state: 'visible', timeout: 10_000 })
      .catch(() => {});
  }
}
