// Offline after one visit, a new deployment, and installing: in Chromium against nginx.
// The service worker (dist/sw.js, written by the pre-render step) must keep every page of
// every language, a newer version must wait for the reader's word before it takes over,
// and each language's manifest must make the site installable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dist, sitePaths, startServer } from './support/server.mjs';
import { launch, phonePage, takenOver } from './support/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Waits until the page's service worker has filled its cache completely and is active. */
async function untilKept(page) {
  const kept = () => page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    if (registration?.active?.state !== 'activated') return false;
    for (const name of await caches.keys()) {
      if (await (await caches.open(name)).match('/__minesafe-precache.json')) return true;
    }
    return false;
  });
  // Polled here: waitForFunction takes the promise an async check returns for its answer.
  for (const start = Date.now(); !(await kept()); await new Promise((r) => setTimeout(r, 250))) {
    if (Date.now() - start > 60000) throw new Error('the service worker did not keep the site within 60 s');
  }
}

test('after one visit every page in every language opens offline, and hydrates', async () => {
  const server = await startServer();
  const page = await phonePage(browser);
  try {
    await page.goto(`${server.origin}/az/`);
    await untilKept(page);
    // Offline: the server is gone, every request to it fails.
    server.stop();
    for (const p of ['/', ...sitePaths()]) {
      const response = await page.goto(`${server.origin}${p}`);
      assert.equal(response.status(), 200, p);
      await takenOver(page);
      assert.ok((await page.textContent('h1')).trim().length > 0, p);
    }
    // A shared statistics view (the query is not part of the file).
    await page.goto(`${server.origin}/en/statistics/?district=kalbajar`);
    await takenOver(page, { within: '.timeline-controls:not([disabled])' });
    await page.waitForFunction(() => /\b1\)/.test(document.querySelector('.filters summary').textContent));
    // An address the site does not have: the 404 page, with its status.
    const missing = await page.goto(`${server.origin}/az/nothing-here/`);
    assert.equal(missing.status(), 404);
    assert.ok(await page.isVisible('.lang-switch a[hreflang="ru"]'));
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
    server.stop();
  }
});

/** A copy of dist/ to deploy a "newer version" into. */
function copyOfDist() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minesafe-deploy-'));
  fs.cpSync(dist, dir, { recursive: true });
  return dir;
}

/**
 * Deploys a change to /en/rules/ into `dir` the way `make dist` would: the page changes,
 * and the worker lists its new hash under a new version.
 */
function deployNewerRules(dir) {
  const page = path.join(dir, 'en/rules/index.html');
  fs.writeFileSync(page, fs.readFileSync(page, 'utf8').replace('</head>', '<meta name="deployed" content="newer"></head>'));
  const sw = path.join(dir, 'sw.js');
  const worker = fs.readFileSync(sw, 'utf8')
    .replace(/("url":"\/en\/rules\/","hash":")[0-9a-f]+/, '$1feedfacefeedface')
    .replace(/const VERSION = (["'])[0-9a-f]+\1/, 'const VERSION = "0000000000000002"');
  assert.match(worker, /feedfacefeedface/);
  assert.match(worker, /const VERSION = "0000000000000002"/);
  fs.writeFileSync(sw, worker);
}

test('a new deployment is offered in the page language and taken over only when the reader agrees', async () => {
  const dir = copyOfDist();
  const server = await startServer(dir);
  const page = await phonePage(browser);
  const deployed = () => page.evaluate(() => document.querySelector('meta[name=deployed]')?.content ?? 'older');
  try {
    await page.goto(`${server.origin}/en/rules/`);
    await untilKept(page);
    await page.reload(); // now controlled by the worker
    await takenOver(page);
    assert.equal(await page.isVisible('#update-ready'), false);

    deployNewerRules(dir);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await page.waitForSelector('#update-ready:not([hidden])', { timeout: 60000 });
    assert.equal((await page.textContent('#update-ready p')).trim(), 'A newer version of this site has been downloaded.');

    // Until the reader agrees, the older version answers, even on reload: no mixing.
    await page.reload();
    await takenOver(page);
    assert.equal(await deployed(), 'older');
    await page.waitForSelector('#update-ready:not([hidden])');

    // Every page offers it, in its own language.
    await page.goto(`${server.origin}/ru/rules/`);
    await page.waitForSelector('#update-ready:not([hidden])');
    assert.equal((await page.textContent('#update-ready button.reload')).trim(), 'Показать новую версию');
    // "Later" puts it away for now.
    await page.click('#update-ready button.later');
    assert.equal(await page.isVisible('#update-ready'), false);

    // The reader agrees: the page reloads from the newer version, and the older cache goes.
    await page.goto(`${server.origin}/en/rules/`);
    await page.waitForSelector('#update-ready:not([hidden])');
    await Promise.all([page.waitForEvent('load'), page.click('#update-ready button.reload')]);
    await takenOver(page);
    assert.equal(await deployed(), 'newer');
    const caches = await page.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith('minesafe-')));
    assert.deepEqual(caches, ['minesafe-0000000000000002']);
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
    server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** Width and height of a PNG, from its header. */
const pngSize = (bytes) => [bytes.readUInt32BE(16), bytes.readUInt32BE(20)].join('x');

test('each language links a manifest that makes the site installable, with its icons at their sizes', async () => {
  const server = await startServer();
  const page = await phonePage(browser);
  try {
    for (const lang of ['az', 'en', 'ru']) {
      await page.goto(`${server.origin}/${lang}/rules/`);
      const href = await page.getAttribute('link[rel=manifest]', 'href');
      assert.equal(href, `/${lang}/app.webmanifest`);
      const response = await page.request.get(`${server.origin}${href}`);
      assert.equal(response.headers()['content-type'], 'application/manifest+json');
      const manifest = await response.json();
      assert.equal(manifest.lang, lang);
      assert.equal(manifest.start_url, `/${lang}/`);
      assert.equal(manifest.display, 'standalone');
      assert.equal(manifest.theme_color, await page.getAttribute('meta[name=theme-color]', 'content'));
      assert.equal(manifest.name, (await page.textContent('.brand span')).trim());
      for (const icon of manifest.icons) {
        const file = await page.request.get(`${server.origin}${icon.src}`);
        assert.equal(file.status(), 200, icon.src);
        assert.equal(file.headers()['content-type'], icon.type);
        if (icon.type === 'image/png') assert.equal(pngSize(await file.body()), icon.sizes, icon.src);
      }
      const sizes = manifest.icons.map((i) => `${i.sizes} ${i.purpose}`);
      for (const wanted of ['192x192 any', '512x512 any', '512x512 maskable']) assert.ok(sizes.includes(wanted), wanted);
    }
    // Chromium's own verdict: the manifest parses with no error.
    const cdp = await page.context().newCDPSession(page);
    const { errors } = await cdp.send('Page.getAppManifest');
    assert.deepEqual(errors, []);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    // Playwright's contexts are incognito, where Chromium never installs anything.
    assert.deepEqual(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito'), []);
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
    server.stop();
  }
});
