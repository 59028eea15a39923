// Page object for the runner: lesson picker, gallery, run/stop/step,
// editors, consoles, elapsed times, timelines and the event-loop panel,
// found by their data-testid hooks.

export class RunnerPage {
  /** @param {import('playwright-core').Page | import('playwright-core').Frame} page */
  constructor(page) {
    this.page = page;
    this.picker = page.getByTestId('lesson-picker');
    this.runButton = page.getByTestId('run');
    this.stopButton = page.getByTestId('stop');
  }

  editor(which) {
    return this.page.getByTestId(`editor-${which}`).locator('textarea');
  }

  /** Wait until editor `which` holds a program (the page fetches lessons' programs as files). */
  async waitForProgram(which) {
    await this.page.waitForFunction(
      (w) => (document.querySelector(`[data-testid="editor-${w}"] textarea`)?.value ?? '') !== '',
      which,
      { timeout: 10_000 },
    );
  }

  /** The letters of the programs the lesson shows ('a' to 'd'). */
  async shown() {
    return this.page.evaluate(() =>
      Array.from(document.querySelectorAll('section.side'))
        .filter((side) => getComputedStyle(side).display !== 'none')
        .map((side) => side.querySelector('[data-testid^="elapsed-"]').dataset.testid.slice('elapsed-'.length)),
    );
  }

  /** Wait until every editor the lesson shows holds its program. */
  async waitForPrograms() {
    await this.waitForProgram('a');
    await this.waitForProgram('b');
    for (const which of await this.shown()) await this.waitForProgram(which);
  }

  /** Restore the lesson's programs, saying yes when the page asks. */
  async reset() {
    const yes = (d) => d.accept();
    this.page.once('dialog', yes);
    await this.page.getByTestId('reset').click();
    this.page.off('dialog', yes);
  }

  /** Text a program printed on stdout (stderr runs excluded). */
  async stdout(which) {
    return this.page.getByTestId(`console-${which}`).evaluate((el) =>
      Array.from(el.querySelectorAll('span'))
        // The page's own hints beside an error are not the program's output.
        .filter((s) => !s.classList.contains('stderr') && !s.classList.contains('hint'))
        .map((s) => s.textContent)
        .join(''),
    );
  }

  async stderr(which) {
    return this.page.getByTestId(`console-${which}`).evaluate((el) =>
      Array.from(el.querySelectorAll('span.stderr'))
        .map((s) => s.textContent)
        .join(''),
    );
  }

  /** The elapsed seconds shown for a program, or null before it finishes. */
  async elapsed(which) {
    const el = this.page.getByTestId(`elapsed-${which}`);
    if ((await el.getAttribute('data-status')) !== 'done') return null;
    const m = /([0-9]+\.[0-9]+) s/.exec((await el.textContent()) ?? '');
    return m ? Number(m[1]) : null;
  }

  async status(which) {
    return this.page.getByTestId(`elapsed-${which}`).getAttribute('data-status');
  }

  /** Waits until no program is running (each done, stopped or idle). */
  async waitForFinish(timeoutMs) {
    await this.page.waitForFunction(
      () =>
        Array.from(document.querySelectorAll('[data-testid^="elapsed-"]')).every((e) => {
          const s = e.dataset.status;
          return s === 'done' || s === 'idle' || s === 'stopped';
        }) && !document.querySelector('[data-testid="run"]').disabled,
      null,
      { timeout: timeoutMs, polling: 100 },
    );
  }

  /** Lanes of a timeline: [{ task, states: [...], spans: [{ state, title }] }] */
  async lanes(which) {
    return this.page.getByTestId(`timeline-${which}`).evaluate((fig) =>
      Array.from(fig.querySelectorAll('[data-testid="lane"]')).map((g) => {
        const spans = Array.from(g.querySelectorAll('[data-testid="span"]')).map((r) => ({
          state: r.getAttribute('data-state'),
          failed: r.getAttribute('data-failed') === 'true',
          title: r.querySelector('title')?.textContent ?? '',
        }));
        return { task: g.getAttribute('data-task'), states: spans.map((s) => s.state), spans };
      }),
    );
  }

  /** Lines highlighted as where tasks stand, in an editor. */
  async currentLines(which) {
    return this.page
      .getByTestId(`editor-${which}`)
      .evaluate((el) => Array.from(el.querySelectorAll('[data-testid="current-line"]')).map((b) => Number(b.dataset.line)));
  }
}
