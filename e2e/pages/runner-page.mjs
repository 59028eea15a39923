// Page object for the runner: lesson picker, run/stop, editors, consoles,
// elapsed times and timelines, found by their data-testid hooks.

export class RunnerPage {
  /** @param {import('playwright-core').Page | import('playwright-core').Frame} page */
  constructor(page) {
    this.page = page;
    this.picker = page.getByTestId('lesson-picker');
    this.runButton = page.getByTestId('run');
    this.stopButton = page.getByTestId('stop');
  }

  /** Text a program printed on stdout (stderr lines excluded). */
  async stdout(which) {
    return this.page.getByTestId(`console-${which}`).evaluate((el) =>
      Array.from(el.querySelectorAll('span'))
        .filter((s) => !s.classList.contains('stderr'))
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
    const text = await this.page.getByTestId(`elapsed-${which}`).textContent();
    const m = /([0-9]+\.[0-9]+) s/.exec(text ?? '');
    return m ? Number(m[1]) : null;
  }

  /** Waits until both programs show an elapsed time. */
  async waitForFinish(timeoutMs) {
    await this.page.waitForFunction(
      () => ['a', 'b'].every((w) => /[0-9] s$/.test(document.querySelector(`[data-testid="elapsed-${w}"]`)?.textContent ?? '')),
      null,
      { timeout: timeoutMs, polling: 100 },
    );
  }

  /** Lanes of a timeline: [{ task, states: [...] }] */
  async lanes(which) {
    return this.page.getByTestId(`timeline-${which}`).evaluate((svg) =>
      Array.from(svg.querySelectorAll('[data-testid="lane"]')).map((g) => ({
        task: g.getAttribute('data-task'),
        states: Array.from(g.querySelectorAll('[data-testid="span"]')).map((r) => r.getAttribute('data-state')),
      })),
    );
  }
}
