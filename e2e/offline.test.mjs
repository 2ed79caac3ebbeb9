// Offline after one visit, a new deployment, and installing: in Chromium against nginx.
// The service worker (dist/sw.js, written by the pre-render step) must keep every page of
// every language, a newer version must wait for the reader's word before it takes over,
// and each language's manifest must make the site installable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { alterServedFile, dist, sitePaths, startServer } from './support/server.mjs';
import { message } from './support/data.mjs';
import { launch, phonePage, takenOver, untilKept } from './support/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

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

/** The Subresource Integrity hash the pre-render step lists for a file's content. */
const integrity = (content) => `sha384-${crypto.createHash('sha384').update(content).digest('base64')}`;

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
  const newer = fs.readFileSync(page, 'utf8').replace('</head>', '<meta name="deployed" content="newer"></head>');
  alterServedFile(page, newer);
  const sw = path.join(dir, 'sw.js');
  const worker = fs.readFileSync(sw, 'utf8')
    .replace(/("url":"\/en\/rules\/","hash":")[0-9a-f]+(","integrity":")[^"]+/, `$1feedfacefeedface$2${integrity(newer)}`)
    .replace(/const VERSION = (["'])[0-9a-f]+\1/, 'const VERSION = "0000000000000002"');
  assert.match(worker, /feedfacefeedface/);
  assert.match(worker, /const VERSION = "0000000000000002"/);
  alterServedFile(sw, worker);
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

/**
 * Records every text the footer's .offline-state shows, in order, from the page's start
 * (a page script: it sees what the reader sees).
 */
const RECORD_OFFLINE_STATE = () => {
  window.__offlineStates = [];
  document.addEventListener('DOMContentLoaded', () => {
    const state = document.querySelector('.offline-state');
    new MutationObserver(() => {
      const shown = state.hidden ? '' : state.textContent;
      if (window.__offlineStates.at(-1) !== shown) window.__offlineStates.push(shown);
    }).observe(state, { childList: true, characterData: true, subtree: true, attributes: true });
  });
};

test('the page shows the download while it runs, then in its language that the site is kept, and asks to keep it', async () => {
  const server = await startServer();
  const page = await phonePage(browser);
  try {
    await page.addInitScript(RECORD_OFFLINE_STATE);
    await page.addInitScript(() => {
      window.__persistAsked = false;
      const persist = navigator.storage.persist.bind(navigator.storage);
      navigator.storage.persist = () => { window.__persistAsked = true; return persist(); };
    });
    const response = await page.goto(`${server.origin}/ru/rules/`);
    assert.match(await response.text(), /<p role="status"[^>]* hidden="hidden" class="offline-state"><\/p>/, 'as served, nothing is said');
    await untilKept(page);
    const saved = message('ru', 'site', 'offline-saved');
    await page.waitForFunction((text) => document.querySelector('.offline-state').textContent === text, saved);
    const states = await page.evaluate(() => window.__offlineStates);
    const total = JSON.parse(await (await fetch(`${server.origin}/sw.js`)).text().then((js) => js.match(/const PRECACHE = (\[[\s\S]*?\n\]);/)[1])).length;
    const saving = states.slice(0, -1);
    assert.ok(saving.length > 0, `the download's progress was shown: ${JSON.stringify(states)}`);
    const escaped = message('ru', 'site', 'offline-saving').replace(/[.*+?^$()[\]\\|]/g, '\\$&');
    const progress = new RegExp(`^${escaped.replace('{ \\$done }', '\\d+').replace('{ \\$total }', String(total))}$`);
    for (const text of saving) assert.match(text, progress);
    assert.equal(states.at(-1), saved, 'the last word is that the site is kept');
    assert.equal(await page.evaluate(() => window.__persistAsked), true, 'persistent storage asked for');
    // Once kept, every page says so from the start, in its own language.
    await page.goto(`${server.origin}/az/`);
    await page.waitForFunction((text) => document.querySelector('.offline-state').textContent === text, message('az', 'site', 'offline-saved'));
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
    server.stop();
  }
});

test('a file that does not match its hash is never kept: the worker gives up that version, and the page does not say the site is kept', async () => {
  const dir = copyOfDist();
  // A damaged or stale copy on the way: the file changes, the worker's list does not.
  const damaged = path.join(dir, 'en/signs/index.html');
  alterServedFile(damaged, fs.readFileSync(damaged, 'utf8').replace('</body>', '<!-- changed on the way --></body>'));
  const server = await startServer(dir);
  const page = await phonePage(browser);
  try {
    await page.addInitScript(RECORD_OFFLINE_STATE);
    await page.goto(`${server.origin}/en/rules/`);
    const outcome = await page.evaluate(() => new Promise((resolve) => {
      const watch = (worker) => worker.addEventListener('statechange', () => {
        if (['redundant', 'installed', 'activated'].includes(worker.state)) resolve(worker.state);
      });
      navigator.serviceWorker.getRegistration().then(function check(registration) {
        if (!registration) return setTimeout(() => navigator.serviceWorker.getRegistration().then(check), 100);
        if (registration.active) return resolve('activated');
        if (registration.installing) watch(registration.installing);
        else registration.addEventListener('updatefound', () => watch(registration.installing), { once: true });
      });
    }));
    assert.equal(outcome, 'redundant');
    const complete = await page.evaluate(async () => {
      for (const name of await caches.keys()) if (await (await caches.open(name)).match('/__minesafe-precache.json')) return name;
      return null;
    });
    assert.equal(complete, null, 'no cache holds a complete version');
    const states = await page.evaluate(() => window.__offlineStates);
    assert.ok(!states.includes(message('en', 'site', 'offline-saved')), JSON.stringify(states));
    await page.waitForSelector('.offline-state', { state: 'hidden' });
    // The page itself is unaffected.
    assert.ok((await page.textContent('h1')).trim().length > 0);
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
