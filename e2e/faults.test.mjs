// Faults a reader's phone meets, in Chromium against nginx: the wasm blocked or failing,
// storage that throws or holds garbage, a slow network; and what the server promises:
// its security headers, nothing fetched from elsewhere, nothing from the address put
// into the page as markup.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { alterServedFile, dist, sitePaths, startServer, withoutWasm } from './support/server.mjs';
import { drawn, phonePage, takenOver } from './support/browser.mjs';
import { siteUnderTest } from './support/site.mjs';

const site = siteUnderTest();

// A failed request is logged by the browser itself (a server error's body also fails the
// wasm's integrity check); anything else is a fault of ours.
const beyondTheFailedRequest = (errors) => errors.filter((e) => !/net::ERR_FAILED|status of 50\d|integrity/.test(e));

for (const [fault, handle] of [
  ['blocked', (route) => route.abort()],
  ['failing with a server error', (route) => route.fulfill({ status: 503, body: 'unavailable' })],
]) {
  test(`with the wasm ${fault}, the pre-rendered page stays readable and navigable, with no error shown`, async () => {
    const page = await phonePage(site.browser);
    await page.route('**/*_bg.wasm', handle);
    // The wasm is asked for after the first paint: on a busy machine that can come after
    // the network has been idle for a while, so wait for the request itself.
    const asked = page.waitForRequest((request) => request.url().endsWith('_bg.wasm'), { timeout: 15_000 });
    // A shared view: the timeline is taken over at once, not when it comes near.
    await page.goto(`${site.origin}/az/statistics/?district=kalbajar`);
    await asked;
    await page.waitForLoadState('networkidle');
    assert.equal(await page.getAttribute('html', 'data-hydrated'), null, 'the wasm did not take over');
    assert.ok(await page.isVisible('h1'));
    // The month list's marks are links to their rows on the page of the tables: they
    // still work.
    const mark = page.locator('.month-list a.mark').first();
    const href = await mark.getAttribute('href');
    const row = href.slice(href.indexOf('#'));
    await mark.click();
    await page.waitForURL((url) => url.pathname + url.hash === href);
    assert.ok(await page.isVisible(row), 'the row the mark leads to');
    assert.equal(await page.isVisible('#update-ready'), false);
    assert.deepEqual(beyondTheFailedRequest(page.errors), []);
    await page.click('.site-nav a[href="/az/schools/"]');
    await page.waitForURL('**/az/schools/');
    assert.match(await page.textContent('h1'), /\S/);
    await page.context().close();
  });
}

test('storage that throws or holds garbage changes nothing: pages hydrate and work', async () => {
  for (const storage of ['throws', 'garbage']) {
    const page = await phonePage(site.browser);
    await page.addInitScript((kind) => {
      if (kind === 'throws') {
        for (const name of ['localStorage', 'sessionStorage']) {
          Object.defineProperty(window, name, { get() { throw new DOMException('denied', 'SecurityError'); } });
        }
      } else {
        for (const key of ['lang', 'minesafe', 'minesafe-lang', 'quiz', 'timeline', 'state']) {
          localStorage.setItem(key, '\u0000{not json<script>');
        }
      }
    }, storage);
    await page.goto(`${site.origin}/en/statistics/`);
    await takenOver(page, { within: '.timeline-controls:not([disabled])' });
    await page.locator('.filters summary').click();
    await page.getByRole('checkbox', { name: 'Kalbajar', exact: true }).check();
    await page.waitForFunction(() => location.search === '?district=kalbajar');
    await page.click('.lang-switch a[hreflang="az"]');
    await page.waitForURL((url) => url.pathname === '/az/statistics/');
    await drawn(page, 'az');
    assert.deepEqual(page.errors, [], storage);
    await page.context().close();
  }
});

test('on a slow network the content is there and usable before the wasm arrives', async () => {
  const page = await phonePage(site.browser);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*_bg.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(`${site.origin}/ru/schools/quiz/`, { waitUntil: 'domcontentloaded' });
  assert.equal(await page.getAttribute('html', 'data-hydrated'), null, 'the wasm is still on its way');
  assert.match(await page.textContent('h1'), /[а-я]/);
  // The answer keys, the way through the quiz without its script, are there already.
  assert.ok(await page.isVisible('.quiz-key summary'), 'the answer keys can be opened already');
  assert.ok(await page.locator('.quiz-key li .right-answer').count() >= 12, 'with every right answer');
  release();
  await takenOver(page);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the server sends the security headers, the right types and caching', async () => {
  const page = await phonePage(site.browser);
  const response = await page.goto(`${site.origin}/az/schools/quiz/`);
  const headers = response.headers();
  const csp = headers['content-security-policy'];
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|\s\*/);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.equal(headers['x-content-type-options'], 'nosniff');
  assert.equal(headers['referrer-policy'], 'no-referrer');
  assert.match(headers['permissions-policy'], /camera=\(\)/);
  assert.equal(headers['cache-control'], 'no-cache');

  await takenOver(page);
  const wasmUrl = await page.evaluate(() => performance.getEntriesByType('resource').find((e) => e.name.endsWith('_bg.wasm')).name);
  const wasm = await page.request.get(wasmUrl);
  assert.equal(wasm.headers()['content-type'], 'application/wasm');
  assert.match(wasm.headers()['cache-control'], /immutable/);
  assert.match(wasm.headers()['content-security-policy'], /default-src 'self'/);
  const worker = await page.request.get(`${site.origin}/sw.js`);
  assert.equal(worker.headers()['cache-control'], 'no-cache', 'a new deployment must be found');
  const missing = await page.request.get(`${site.origin}/no/such/page/`);
  assert.equal(missing.status(), 404);
  assert.match(missing.headers()['content-security-policy'], /default-src 'self'/);
  await page.context().close();
});

/** A file as the server sends it to a client that accepts `encoding`, undecoded. */
function rawGet(url, encoding) {
  return new Promise((resolve, reject) => {
    http.get(url, { headers: { 'accept-encoding': encoding } }, (response) => {
      const chunks = [];
      response.on('data', (c) => chunks.push(c));
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

test('pages and the wasm are sent as Brotli to a browser that accepts it, as gzip to one that does not, and decode to the built file', async () => {
  const page = await phonePage(site.browser);
  const response = await page.goto(`${site.origin}/ru/sources/`);
  assert.equal(response.headers()['content-encoding'], 'br', 'Chromium asks for Brotli, and gets it');
  await page.context().close();
  const wasm = fs.readdirSync(dist).find((f) => /^minesafe-statistics-[0-9a-f]+_bg\.wasm$/.test(f));
  for (const [url, file, type] of [
    ['/ru/sources/', 'ru/sources/index.html', /^text\/html/],
    [`/${wasm}`, wasm, /^application\/wasm$/],
  ]) {
    const built = fs.readFileSync(path.join(dist, file));
    const br = await rawGet(site.origin + url, 'gzip, deflate, br');
    const gz = await rawGet(site.origin + url, 'gzip, deflate');
    assert.equal(br.headers['content-encoding'], 'br', url);
    assert.equal(gz.headers['content-encoding'], 'gzip', url);
    for (const sent of [br, gz]) {
      assert.match(sent.headers['content-type'], type, url);
      assert.match(sent.headers.vary ?? '', /accept-encoding/i, `${url}: a cache must keep the two apart`);
      assert.match(sent.headers['content-security-policy'], /default-src 'self'/, url);
    }
    assert.deepEqual(zlib.brotliDecompressSync(br.body), built, url);
    assert.deepEqual(zlib.gunzipSync(gz.body), built, url);
    assert.ok(br.body.length < gz.body.length * 0.95, `${url}: Brotli ${br.body.length} B against gzip ${gz.body.length} B`);
  }
});

test('no request leaves the site, on any page, and every script and the wasm carry integrity', async () => {
  const page = await phonePage(site.browser);
  const elsewhere = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(site.origin)) elsewhere.push(request.url());
  });
  for (const path of sitePaths()) {
    await page.goto(`${site.origin}${path}`);
    await takenOver(page);
    const unsigned = await page.evaluate(() => [...document.querySelectorAll('script[src], link[rel=modulepreload], link[rel=preload][as=fetch][href$=".wasm"], link[rel=stylesheet]')]
      .filter((el) => !/^sha384-/.test(el.getAttribute('integrity') ?? ''))
      .map((el) => el.outerHTML));
    assert.deepEqual(unsigned, [], path);
    // The glue, checked (a page without wasm has none).
    const glue = withoutWasm(path) ? 0 : 1;
    assert.equal(await page.locator('link[rel=modulepreload][integrity]').count(), glue, `${path}: the glue, checked`);
  }
  assert.deepEqual(elsewhere, []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('each page downloads its wasm once, and only after its first paint', async () => {
  // Without the service worker, whose own download of every file is not the page's.
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  for (const path of ['/az/', '/az/rules/', '/az/schools/', '/az/schools/quiz/', '/az/statistics/']) {
    const wasm = [];
    page.on('request', (request) => { if (request.url().endsWith('_bg.wasm')) wasm.push(request.url()); });
    await page.goto(`${site.origin}${path}`);
    await takenOver(page);
    await page.waitForTimeout(300);
    // The home and safety pages have none: nothing on them moves.
    assert.equal(wasm.length, withoutWasm(path) ? 0 : 1, `${path}: ${wasm.join(', ')}`);
    if (withoutWasm(path)) {
      page.removeAllListeners('request');
      continue;
    }
    // The reader's first screen does not wait behind the wasm and its glue.
    const { painted, fetched } = await page.evaluate(() => ({
      painted: performance.getEntriesByName('first-contentful-paint')[0].startTime,
      fetched: Math.min(...performance.getEntriesByType('resource').filter((e) => /minesafe-.*\.(js|wasm)$/.test(e.name)).map((e) => e.startTime)),
    }));
    assert.ok(fetched > painted, `${path}: the wasm was fetched at ${fetched} ms, the page painted at ${painted} ms`);
    page.removeAllListeners('request');
  }
  await context.close();
});

test('a wasm file altered on the server is refused, and the page stays readable', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minesafe-altered-'));
  fs.cpSync(dist, dir, { recursive: true });
  const file = fs.readdirSync(dir).find((f) => /^minesafe-schools-[0-9a-f]+_bg\.wasm$/.test(f));
  // One letter of a text inside it: still a valid wasm that would run if not checked.
  const bytes = fs.readFileSync(path.join(dir, file));
  const at = bytes.indexOf('minesafe:');
  assert.ok(at > 0);
  bytes[at] = 'M'.charCodeAt(0);
  alterServedFile(path.join(dir, file), bytes);
  const server = await startServer(dir);
  const page = await phonePage(site.browser);
  try {
    await page.goto(`${server.origin}/en/schools/quiz/`);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    assert.equal(await page.getAttribute('html', 'data-hydrated'), null, 'the altered wasm did not run');
    assert.equal((await page.textContent('h1')).trim(), 'Quiz');
    assert.ok(page.errors.some((e) => /integrity/i.test(e)), 'the browser says why');
  } finally {
    await page.context().close();
    server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('nothing from the address is put into the page as markup', async () => {
  const page = await phonePage(site.browser);
  let dialogs = 0;
  page.on('dialog', async (dialog) => { dialogs += 1; await dialog.dismiss(); });
  const payload = encodeURIComponent('"><img src=x onerror=alert(1)><script>alert(2)</script>');
  await page.goto(`${site.origin}/en/statistics/?district=${payload}&mark=${payload}&from=${payload}#${payload}`);
  await takenOver(page, { within: '.timeline-controls:not([disabled])' });
  await page.waitForTimeout(300);
  assert.equal(dialogs, 0);
  assert.equal(await page.locator('#app img, #app script').count(), 0);
  // The unknown values are dropped: the whole timeline, no filter, no mark open.
  assert.equal((await page.textContent('.filters summary')).trim(), 'Filters');
  assert.equal(await page.locator('.mark-details dl').count(), 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
