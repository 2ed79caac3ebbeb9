// The QR code on each printed poster and on the handout: read back by a decoder (jsQR)
// from the page as a phone shows it and as it prints, it is that poster's own address on
// the site, written out beside it too; the drawing is named in the page's language, at
// least 25 mm of modules on paper, and opening the address shows that poster.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { PHONE } from './support/browser.mjs';
import { root } from './support/server.mjs';
import { siteUnderTest } from './support/site.mjs';

const site = siteUnderTest();
const LANGS = ['az', 'en', 'ru'];
const POSTERS = ['children', 'stop', 'rules', 'signs', 'emergency', 'handout'];
// The quiet zone the pre-render step leaves around the modules (src/bin/prerender/qr.rs).
const QUIET = 4;

/** A message of locales/{lang}/schools.ftl, as written (these are single lines). */
function message(lang, id) {
  const ftl = fs.readFileSync(path.join(root, 'locales', lang, 'schools.ftl'), 'utf8');
  const line = ftl.split('\n').find((l) => l.startsWith(`${id} = `));
  assert.ok(line, `${lang}: ${id} in schools.ftl`);
  return line.slice(id.length + 3).trim();
}

/** The text of the one QR code in a PNG image, or null if none is read. */
function decode(png) {
  const { data, width, height } = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), width, height)?.data ?? null;
}

/** A phone-sized page, drawn at twice its CSS pixels as most phones do, that records errors. */
async function page2x(browser) {
  const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 2 });
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (msg) => { if (msg.type() === 'error') page.errors.push(msg.text()); });
  page.on('pageerror', (err) => page.errors.push(String(err)));
  return page;
}

test('each poster\'s QR code reads as its own address, on a phone and printed, with the address and what to do beside it', async () => {
  for (const lang of LANGS) {
    const page = await page2x(site.browser);
    await page.goto(`${site.origin}/${lang}/schools/posters/`);
    // The pages are built for the site's origin (`--origin`, SITE_ORIGIN; the tests serve
    // dist/ on a port of their own): the same origin as the page's canonical address.
    const canonical = new URL(await page.locator('link[rel="canonical"]').getAttribute('href'));
    assert.equal(canonical.pathname, `/${lang}/schools/posters/`);
    const expected = (key) => `${canonical.origin}/${lang}/schools/posters/#poster-${key}`;
    const [label, scan] = [message(lang, 'poster-qr-label'), message(lang, 'poster-qr-scan')];

    assert.equal(await page.locator('.poster-qr').count(), POSTERS.length, `${lang}: a code on every poster`);
    assert.equal(await page.locator('[data-qr-code], [data-qr-address]').count(), 0, `${lang}: no placeholder left`);
    for (const key of POSTERS) {
      const figure = page.locator(`#poster-${key} .poster-qr`);
      const code = figure.locator('svg.poster-qr-code');
      assert.equal(await code.count(), 1, `${lang} ${key}: one code`);
      assert.equal(await code.getAttribute('role'), 'img');
      assert.equal(await code.getAttribute('aria-label'), label, `${lang} ${key}: named in the page's language`);
      assert.equal(await figure.locator('path').count(), 1, `${lang} ${key}: one path`);
      assert.equal(await figure.locator('[style]').count(), 0, `${lang} ${key}: no inline style (CSP)`);
      const caption = (await figure.locator('figcaption').textContent()).trim();
      assert.equal(caption, `${scan}${expected(key)}`, `${lang} ${key}: what to do, then the address`);
      assert.equal(await figure.locator('.poster-qr-address').textContent(), expected(key));

      await code.scrollIntoViewIfNeeded();
      const box = await code.boundingBox();
      assert.ok(box.width >= 96 && box.width === box.height, `${lang} ${key}: ${box.width}x${box.height} px on screen`);
      assert.equal(decode(await code.screenshot()), expected(key), `${lang} ${key}: read on screen`);
    }

    await page.emulateMedia({ media: 'print' });
    for (const key of POSTERS) {
      const code = page.locator(`#poster-${key} svg.poster-qr-code`);
      const modules = Number((await code.getAttribute('viewBox')).split(' ')[2]) - 2 * QUIET;
      const mm = await code.evaluate((svg) => svg.getBoundingClientRect().width * 25.4 / 96);
      const drawn = (mm * modules) / (modules + 2 * QUIET);
      assert.ok(drawn >= 25, `${lang} ${key}: ${drawn.toFixed(1)} mm of modules on paper (${mm.toFixed(1)} mm with the margin)`);
      const colours = await code.evaluate((svg) => [getComputedStyle(svg.firstElementChild).stroke, getComputedStyle(svg).backgroundColor]);
      assert.deepEqual(colours, ['rgb(0, 0, 0)', 'rgb(255, 255, 255)'], `${lang} ${key}: black on white`);
      assert.equal(decode(await code.screenshot()), expected(key), `${lang} ${key}: read printed`);
    }
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

test('the address a poster\'s code holds opens the page at that poster', async () => {
  const page = await page2x(site.browser);
  for (const lang of LANGS) {
    await page.goto(`${site.origin}/${lang}/schools/posters/`);
    for (const key of POSTERS) {
      const url = new URL(decode(await page.locator(`#poster-${key} svg.poster-qr-code`).screenshot()));
      // The same path and poster, on the server the tests run.
      const opened = await page.context().newPage();
      await opened.goto(`${site.origin}${url.pathname}${url.hash}`);
      assert.equal(await opened.evaluate(() => document.documentElement.lang), lang);
      assert.equal(await opened.evaluate((id) => document.getElementById(id)?.className, url.hash.slice(1)), `poster poster-${key}`);
      await opened.close();
    }
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
