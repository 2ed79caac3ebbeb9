// End to end, in Chromium against dist/ served by nginx: every page loads, hydrates
// without an error or a layout shift, reads without JavaScript, switches language and
// sends unknown addresses to the 404 page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sitePaths, langOf, withoutWasm } from './support/server.mjs';
import { drawn, phonePage, screenshot, takenOver } from './support/browser.mjs';
import { siteUnderTest } from './support/site.mjs';

const site = siteUnderTest();
const pages = ['/', ...sitePaths()];

const nameOf = (p) => (p === '/' ? 'root' : p.slice(1, -1).replaceAll('/', '-'));

test('the sitemap lists every page of the URL contract in three languages', () => {
  const expected = ['', 'rules/', 'signs/', 'emergency/', 'statistics/', 'schools/', 'schools/quiz/',
    'schools/classroom/', 'schools/posters/', 'sources/'];
  for (const lang of ['az', 'en', 'ru']) {
    for (const page of expected) assert.ok(pages.includes(`/${lang}/${page}`), `/${lang}/${page}`);
  }
});

test('every page loads and hydrates with no console error, no redraw and no layout shift', async () => {
  for (const path of pages) {
    const page = await phonePage(site.browser);
    const fetched = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    const response = await page.goto(site.origin + path);
    assert.equal(response.status(), 200, path);
    await takenOver(page);
    // Each page is taken over by its wasm file, but the pages without one, which fetch
    // neither a wasm file nor texts.
    const hydrated = await page.evaluate(() => document.documentElement.hasAttribute('data-hydrated'));
    assert.equal(hydrated, !withoutWasm(path), `${path}: taken over by a wasm file`);
    if (withoutWasm(path)) {
      assert.deepEqual(fetched.filter((f) => /\.wasm$|\/i18n\/|\/start-/.test(f)), [], `${path}: fetched for a wasm`);
    }
    // The schools section's pages, the guide without wasm too, have their own styles.
    const ownStyles = await page.locator('link[rel=stylesheet][href^="/schools-"]').count();
    // The school pages and the families' page (a sheet to print) have it; no other page.
    assert.equal(ownStyles, /\/(schools|family)\//.test(path) ? 1 : 0, `${path}: the schools stylesheet`);
    await page.waitForTimeout(100);
    const state = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      h1: document.querySelector('h1')?.textContent.trim(),
      title: document.title,
      cls: window.__cls,
      shifts: window.__shifts,
      removed: window.__removed,
      headers: document.querySelectorAll('.site-header').length,
      headings: document.querySelectorAll('h1').length,
    }));
    assert.equal(state.lang, langOf(path), `${path}: <html lang>`);
    assert.ok(state.h1, `${path}: main heading`);
    assert.ok(state.title, `${path}: title`);
    assert.equal(state.cls, 0, `${path}: layout shift: ${state.shifts.join(' | ')}`);
    assert.equal(state.removed, 0, `${path}: hydration replaced server-rendered nodes`);
    assert.deepEqual([state.headers, state.headings], [1, 1], `${path}: the page was drawn twice`);
    assert.deepEqual(page.errors, [], `${path}: console errors`);
    await screenshot(page, nameOf(path));
    await page.context().close();
  }
});

test('with JavaScript off every page shows its content, and its links work', async () => {
  const page = await phonePage(site.browser, { javaScriptEnabled: false });
  for (const path of pages) {
    await page.goto(site.origin + path);
    const h1 = (await page.textContent('h1')).trim();
    assert.ok(h1.length > 3, `${path}: main heading`);
    const lang = langOf(path);
    // Navigation to every section, in the page's language.
    for (const section of ['', 'rules/', 'signs/', 'emergency/', 'statistics/', 'schools/', 'sources/']) {
      assert.equal(await page.locator(`.site-nav a[href="/${lang}/${section}"]`).count(), 1, `${path}: nav ${section}`);
    }
    // The language switch points at this same page in each language.
    const same = path === '/' ? '' : path.split('/').slice(2).join('/');
    for (const other of ['az', 'en', 'ru']) {
      assert.equal(await page.locator(`.lang-switch a[href="/${other}/${same}"]`).count(), 1, `${path}: switch ${other}`);
    }
    if (path.endsWith('/emergency/') || path.endsWith('/' + lang + '/')) {
      for (const number of ['112', '102', '103', '113']) {
        assert.equal(await page.locator(`a[href="tel:${number}"]`).count(), 1, `${path}: ${number}`);
      }
    }
  }
  // Following a switch link is a plain page load.
  await page.goto(`${site.origin}/az/rules/`);
  await page.click('.lang-switch a[hreflang="en"]');
  await page.waitForURL('**/en/rules/');
  await drawn(page, 'en');
  assert.equal((await page.textContent('h1')).trim(), 'Safety rules');
  await page.context().close();
});

test('the language switch keeps the reader on the same page, and Back returns', async () => {
  const page = await phonePage(site.browser);
  await page.goto(`${site.origin}/en/emergency/`);
  await takenOver(page);
  const englishH1 = (await page.textContent('h1')).trim();
  await page.click('.lang-switch a[hreflang="ru"]');
  await page.waitForURL('**/ru/emergency/');
  await drawn(page, 'ru');
  const russianH1 = (await page.textContent('h1')).trim();
  assert.notEqual(russianH1, englishH1);
  assert.match(russianH1, /[а-я]/);
  assert.ok((await page.title()).startsWith(russianH1), 'the title follows');
  await page.goBack();
  await page.waitForURL('**/en/emergency/');
  await drawn(page, 'en');
  assert.equal((await page.textContent('h1')).trim(), englishH1);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the home, safety and guide pages load no wasm, and every link loads its page', async () => {
  const page = await phonePage(site.browser);
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname); });
  await page.goto(`${site.origin}/az/`);
  await takenOver(page);
  // Nothing on these pages moves: a link loads the next page, pre-rendered.
  for (const [from, to] of [['.site-nav', '/az/signs/'], ['.site-nav', '/az/schools/'], ['main', '/az/schools/quiz/'], ['.site-nav', '/az/rules/']]) {
    await page.evaluate(() => { window.__sameDocument = true; });
    await page.locator(`${from} a[href="${to}"]`).first().click();
    await page.waitForURL(`**${to}`);
    await takenOver(page);
    assert.equal(await page.evaluate(() => window.__sameDocument), undefined, `${to}: a full page load`);
    assert.equal(await page.locator('.site-nav a[aria-current="page"], .site-nav a.in-section').count(), 1, `${to}: its section marked`);
  }
  // Only the quiz, a school tool, fetched a wasm file: its own.
  assert.equal(wasm.length, 1, wasm.join(', '));
  assert.match(wasm[0], /^\/minesafe-schools-[0-9a-f]+_bg\.wasm$/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the statistics have a wasm file of their own, which takes over the timeline alone: no other page fetches it, links load pages', async () => {
  const page = await phonePage(site.browser);
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname); });
  await page.goto(`${site.origin}/az/`);
  await takenOver(page);
  assert.deepEqual(wasm, [], 'the home page fetches no wasm');

  // Into the statistics: a page load, which hydrates with the statistics wasm.
  await page.evaluate(() => { window.__sameDocument = true; });
  await page.click('.site-nav a[href="/az/statistics/"]');
  await page.waitForURL('**/az/statistics/');
  await takenOver(page, { within: '.timeline-controls:not([disabled])' });
  assert.equal(await page.evaluate(() => window.__sameDocument), undefined, 'a full page load');
  assert.match(wasm.at(-1), /^\/minesafe-statistics-[0-9a-f]+_bg\.wasm$/);

  // The statistics file takes over the timeline alone (an island): the rest of the page,
  // its language switch too, is plain links, so another language is a page load.
  await page.evaluate(() => { window.__sameDocument = true; });
  await page.click('.lang-switch a[hreflang="en"]');
  await page.waitForURL('**/en/statistics/');
  await drawn(page, 'en');
  await takenOver(page, { within: '.timeline-controls:not([disabled])' });
  assert.equal(await page.evaluate(() => window.__sameDocument), undefined, 'a full page load');
  assert.equal((await page.textContent('h1')).trim(), 'Incident statistics');

  // Out again: a page load, of a page without wasm.
  await page.click('.site-nav a[href="/en/rules/"]');
  await page.waitForURL('**/en/rules/');
  await takenOver(page);
  assert.equal(await page.evaluate(() => window.__sameDocument), undefined, 'a full page load');
  assert.ok(wasm.every((w) => /^\/minesafe-statistics-/.test(w)), `the statistics wasm only: ${wasm}`);
  await page.goBack();
  await page.waitForURL('**/en/statistics/');
  await takenOver(page, { within: '.timeline-controls:not([disabled])' });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('an unknown address gives the 404 page, with the way home in all three languages', async () => {
  for (const path of ['/xx/', '/de/rules/', '/az/no-such-page/', '/en/schools/quizz/']) {
    const page = await phonePage(site.browser);
    const response = await page.goto(site.origin + path);
    assert.equal(response.status(), 404, path);
    await takenOver(page);
    assert.equal((await page.textContent('h1')).trim(), 'Səhifə tapılmadı', path);
    for (const lang of ['az', 'en', 'ru']) {
      assert.ok(await page.locator(`main a[href="/${lang}/"]`).count() >= 1, `${path}: home ${lang}`);
    }
    assert.deepEqual(page.errors, [], path);
    if (path === '/xx/') await screenshot(page, '404');
    await page.context().close();
  }
});

test('when the texts cannot be fetched the pre-rendered page stays, readable and navigable', async () => {
  const page = await phonePage(site.browser);
  await page.route('**/i18n/*', (route) => route.abort());
  await page.goto(`${site.origin}/en/schools/quiz/`);
  await page.waitForTimeout(1500);
  assert.equal(await page.getAttribute('html', 'data-hydrated'), null, 'the wasm did not take over');
  assert.equal((await page.textContent('h1')).trim(), 'Quiz');
  assert.deepEqual(page.errors.filter((e) => !e.includes('net::ERR_FAILED')), [], 'no error beyond the blocked request');
  await page.click('.site-nav a[href="/en/emergency/"]');
  await page.waitForURL('**/en/emergency/');
  assert.equal((await page.textContent('h1')).trim(), 'In an emergency');
  await page.context().close();
});
