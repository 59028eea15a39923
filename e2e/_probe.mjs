import { createServer } from 'node:http';
import { launchBrowser } from './browser.mjs';
import { startStaticServer } from './static-server.mjs';
const srv = await startStaticServer({ root: '/work/main/dist', prefix: '/playground/' });
const url = srv.url;
const html = `<!doctype html><html lang="en"><meta charset="utf-8"><h1>x</h1>
<pre class="async-playground" data-autorun>print("one")
</pre>
<script>window.__events=[];addEventListener('message',(e)=>window.__events.push(JSON.stringify(e.data).slice(0,100)));</script>
<script src="${url}embed.js" defer></script>`;
const t = createServer((q, r) => { r.writeHead(200, {'content-type':'text/html'}); r.end(html); });
await new Promise((r) => t.listen(0, '127.0.0.1', r));
const browser = await launchBrowser();
const page = await browser.context.newPage();
page.on('console', (m) => console.log('console', m.text()));
page.on('pageerror', (e) => console.log('err', e.message));
await page.goto(`http://127.0.0.1:${t.address().port}/`);
await page.waitForTimeout(4000);
console.log(await page.evaluate(() => [document.querySelectorAll('iframe').length, document.querySelector('iframe')?.src]));
console.log(await page.evaluate(() => window.__events));
await browser.close(); srv.server.close(); t.close();
