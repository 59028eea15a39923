// The HTML parsers and the other modules tutorials import, in the page: a
// crawler reading the demo site with BeautifulSoup and lxml's XPath, and a
// program saving its results with csv, hashlib, pathlib and argparse; the
// page fetches their lib/ files when the programs import them, and prints
// what the CLI prints.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cliOutput } from './cli.mjs';
import { RunnerPage } from './pages/runner-page.mjs';
import { pageAndBrowser } from './suite.mjs';

const PARSERS = `import requests
from bs4 import BeautifulSoup
from lxml import etree
from urllib.parse import urljoin

url = "./site/list"
soup = BeautifulSoup(requests.get(url).text, "html.parser")
print(soup.title.string, len(soup.select("ul.items li")))
links = [urljoin(url, a["href"]) for a in soup.find_all("a", href=True)]
print(links[:2], links[-1])
tree = etree.HTML(requests.get("./site/detail/7").text)
print(tree.xpath("//h1/text()"), tree.xpath("string(//p[@class='score'])"))
`;

const SAVING = `import argparse, csv, hashlib, io
from pathlib import Path

args = argparse.ArgumentParser(prog="save").parse_args([])
rows = [{"url": "/detail/%d" % i, "id": hashlib.md5(str(i).encode()).hexdigest()[:8]} for i in range(3)]
out = Path("results")
out.mkdir(exist_ok=True)
with (out / "rows.csv").open("w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=["url", "id"])
    w.writeheader()
    w.writerows(rows)
print(args, sorted(p.name for p in out.iterdir()))
print(repr((out / "rows.csv").read_text()))
`;

describe('the parsers and the standard library in the page', () => {
  const shared = pageAndBrowser();

  test('bs4, lxml, urllib, csv, hashlib, pathlib and argparse print what the CLI prints', async () => {
    const context = await shared.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const libs = [];
    page.on('response', (r) => {
      const m = /\/lib\/(.+\.py)$/.exec(new URL(r.url()).pathname);
      if (m && r.ok()) libs.push(m[1]);
    });
    await page.goto(`${shared.site.url}?lesson=count-sleep&lang=en`, { waitUntil: 'load' });
    await page.waitForFunction(() => !!navigator.serviceWorker?.controller, null, { timeout: 10_000 });
    const runner = new RunnerPage(page);
    await runner.runButton.waitFor({ timeout: 10_000 });
    await runner.waitForPrograms();
    await runner.editor('a').fill(PARSERS);
    await runner.editor('b').fill(SAVING);
    await runner.runButton.click();
    await runner.waitForFinish(30_000);
    assert.equal(await runner.stderr('a'), '');
    assert.equal(await runner.stderr('b'), '');
    assert.equal(await runner.stdout('a'), cliOutput(PARSERS));
    assert.equal(await runner.stdout('b'), cliOutput(SAVING));
    for (const file of ['bs4/__init__.py', '_htmlparse.py', 'lxml/etree.py', 'urllib/parse.py', 'csv.py',
      'hashlib.py', 'pathlib.py', 'argparse.py']) {
      assert.ok(libs.includes(file), `lib/${file} fetched (fetched: ${libs.join(', ')})`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
});
