// The page for families, /{lang}/family/, in Chromium against dist/: with JavaScript off
// every section is there in each language with its points and its sources (each leading
// to its entry on the sources page), the three languages have the same sections and
// points, the page prints on exactly one A4 sheet, and the home page and the teacher's
// guide link to it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pdfPages, phonePage, screenshot } from './support/browser.mjs';
import { root } from './support/server.mjs';
import { siteUnderTest } from './support/site.mjs';

const site = siteUnderTest();
const LANGS = ['az', 'en', 'ru'];
// src/schools/model/family.rs: SECTIONS, in order.
const SECTIONS = ['talk', 'younger', 'older', 'shell', 'example', 'home'];
const artifacts = path.join(root, 'e2e/artifacts');

/** Each section of the page as the reader gets it: heading, points, the sources' links. */
const sectionsOf = (page) => page.locator('.family-section').evaluateAll((all) => all.map((s) => ({
  id: s.id,
  heading: s.querySelector('h2')?.textContent.trim() ?? '',
  points: [...s.querySelectorAll('li')].map((li) => li.textContent.trim()),
  sources: [...s.querySelectorAll('.source-note a')].map((a) => a.getAttribute('href')),
})));

test('without JavaScript, every section of the page for families is there in each language, with its sources', async () => {
  const shape = {};
  for (const lang of LANGS) {
    const page = await phonePage(site.browser, { javaScriptEnabled: false });
    const response = await page.goto(`${site.origin}/${lang}/family/`);
    assert.equal(response.status(), 200, lang);
    assert.equal(await page.locator('script[src^="/start-"]').count(), 0, `${lang}: no wasm loader`);
    const sections = await sectionsOf(page);
    assert.deepEqual(sections.map((s) => s.id), SECTIONS.map((k) => `family-${k}`), `${lang}: the sections, in order`);
    const sourcesPage = `/${lang}/sources/`;
    const sourceIds = new Set();
    for (const section of sections) {
      assert.ok(section.heading.length > 3, `${lang} ${section.id}: a heading`);
      assert.ok(section.points.length >= 3, `${lang} ${section.id}: ${section.points.length} points`);
      for (const point of section.points) {
        assert.ok(point.length > 15 && !/^family-|^poster-|^child-/.test(point), `${lang} ${section.id}: "${point}" is a text`);
      }
      assert.ok(section.sources.length >= 1, `${lang} ${section.id}: its sources`);
      for (const href of section.sources) {
        assert.ok(href.startsWith(`${sourcesPage}#`), `${lang} ${section.id}: ${href} leads to the sources page`);
        sourceIds.add(href.split('#')[1]);
      }
    }
    // Each source cited is listed on the sources page of the same language.
    await page.goto(`${site.origin}${sourcesPage}`);
    for (const id of sourceIds) {
      assert.equal(await page.locator(`[id="${id}"]`).count(), 1, `${lang}: ${id} is on the sources page`);
    }
    shape[lang] = sections.map((s) => [s.id, s.points.length, s.sources.map((h) => h.split('#')[1]).join(' ')]);
    await page.context().close();
  }
  // The same substance in all three: the same sections, points and sources.
  assert.deepEqual(shape.en, shape.az, 'en and az have the same sections, points and sources');
  assert.deepEqual(shape.ru, shape.az, 'ru and az have the same sections, points and sources');
});

test('printed, the page for families is exactly one A4 page in each language', async () => {
  fs.mkdirSync(artifacts, { recursive: true });
  for (const lang of LANGS) {
    const page = await phonePage(site.browser, { javaScriptEnabled: false });
    await page.goto(`${site.origin}/${lang}/family/`);
    await page.emulateMedia({ media: 'print' });
    // Every section is printed, and nothing of it is smaller than 6.5 pt (the sources).
    const printed = await page.evaluate(() => ({
      sections: [...document.querySelectorAll('.family-section')].filter((s) => s.getClientRects().length > 0).length,
      smallest: Math.min(...[...document.querySelectorAll('.family-section li, .family-section .source-note')]
        .map((e) => parseFloat(getComputedStyle(e).fontSize))),
      points: Math.min(...[...document.querySelectorAll('.family-section li')].map((e) => parseFloat(getComputedStyle(e).fontSize))),
    }));
    assert.equal(printed.sections, 6, `${lang}: every section printed`);
    assert.ok(printed.smallest >= 8.6, `${lang}: ${printed.smallest}px is too small to read`);
    assert.ok(printed.points >= 13.3, `${lang}: the points at ${printed.points}px`);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    fs.writeFileSync(path.join(artifacts, `family-${lang}.pdf`), pdf);
    assert.equal(pdfPages(pdf), 1, `${lang}: one page`);
    // A4 is 595 x 842 points; Chromium writes it as 594.96 x 841.92.
    assert.match(pdf.toString('latin1'), /\/MediaBox\s*\[\s*0 0 59[45]\.\d+ 84[12]\.\d+\s*\]/, `${lang}: A4`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

test('the home page and the teacher\'s guide link to the page for families', async () => {
  for (const lang of LANGS) {
    const page = await phonePage(site.browser, { javaScriptEnabled: false });
    for (const from of [`/${lang}/`, `/${lang}/schools/`]) {
      await page.goto(site.origin + from);
      assert.ok(await page.locator(`main a[href="/${lang}/family/"]`).count() >= 1, `${from} links to /${lang}/family/`);
    }
    // The link opens the page.
    await page.locator(`main a[href="/${lang}/family/"]`).first().click();
    await page.waitForURL(`**/${lang}/family/`);
    assert.equal(await page.locator('.family-section').count(), SECTIONS.length);
    await page.context().close();
  }
});

test('the page for families at phone size, and as printed', async () => {
  for (const lang of LANGS) {
    const page = await phonePage(site.browser, { javaScriptEnabled: false });
    await page.goto(`${site.origin}/${lang}/family/`);
    // Nothing wider than the phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${lang}: ${overflow}px wider than the phone`);
    await screenshot(page, `family-${lang}-phone`);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 });
    await screenshot(page, `family-${lang}-print`);
    await page.context().close();
  }
});
