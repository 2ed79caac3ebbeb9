// The safety content on the pre-rendered pages, as a reader without JavaScript gets
// it: the three emergencies with their numbered steps and the numbers to call, in each
// language, and on a phone the core message and the numbers without scrolling.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PNG } from 'pngjs';
import { phonePage, PHONE, takenOver } from './support/browser.mjs';
import { siteUnderTest } from './support/site.mjs';

const site = siteUnderTest();

const LANGS = ['az', 'en', 'ru'];

test('with JavaScript off, the emergency page gives the steps of each situation and the numbers', async () => {
  const page = await phonePage(site.browser, { javaScriptEnabled: false });
  for (const lang of LANGS) {
    await page.goto(`${site.origin}/${lang}/emergency/`);
    for (const situation of ['object', 'minefield', 'injured']) {
      const steps = page.locator(`section#${situation} ol.steps > li`);
      assert.ok(await steps.count() >= 5, `${lang} ${situation}: steps`);
      for (const text of await steps.allTextContents()) assert.ok(text.trim().length > 10, `${lang} ${situation}: "${text}"`);
      assert.equal(await page.locator(`section#${situation} h2`).count(), 1, `${lang} ${situation}: heading`);
    }
    for (const number of ['112', '102', '103', '113']) {
      const link = page.locator(`.numbers a[href="tel:${number}"]`);
      assert.equal(await link.count(), 1, `${lang}: ${number}`);
      assert.ok((await link.textContent()).includes(number));
    }
    assert.equal(await page.locator('a[href="tel:805"]').count(), 0, `${lang}: single-source number`);
    // The jump links lead to each situation on the page.
    for (const situation of ['object', 'minefield', 'injured']) {
      assert.equal(await page.locator(`.jump a[href="#${situation}"]`).count(), 1, `${lang}: jump ${situation}`);
    }
  }
  await page.context().close();
});

test('on a 390x844 phone the core message and the numbers are visible without scrolling', async () => {
  for (const lang of LANGS) {
    for (const javaScriptEnabled of [false, true]) {
      const page = await phonePage(site.browser, { javaScriptEnabled });
      await page.goto(`${site.origin}/${lang}/`);
      if (javaScriptEnabled) await takenOver(page);
      const bottom = async (selector) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().bottom);
      assert.ok(await bottom('.glance ol') <= PHONE.height, `${lang}: the three things to do`);
      assert.ok(await bottom('.numbers ul') <= PHONE.height, `${lang}: the numbers`);
      assert.equal(await page.locator('.numbers a[href^="tel:"]').count(), 4, `${lang}: tel links`);
      await page.context().close();
    }
  }
});

test('every sign on the signs page is a drawing with a caption, in each language', async () => {
  const page = await phonePage(site.browser, { javaScriptEnabled: false });
  for (const lang of LANGS) {
    await page.goto(`${site.origin}/${lang}/signs/`);
    const figures = page.locator('figure.sign');
    assert.ok(await figures.count() >= 15, `${lang}: signs`);
    for (const figure of await figures.all()) {
      const svg = figure.locator('svg[role="img"]');
      assert.equal(await svg.count(), 1);
      assert.ok((await svg.locator('title').textContent()).trim(), `${lang}: svg title`);
      assert.ok((await svg.locator('desc').textContent()).trim(), `${lang}: svg desc`);
      assert.ok((await figure.locator('figcaption').textContent()).trim().length > 10, `${lang}: caption`);
    }
  }
  await page.context().close();
});

/** How many of an element's pixels are not the page's white. */
async function inkedPixels(locator) {
  const { data } = PNG.sync.read(await locator.screenshot());
  let inked = 0;
  for (let i = 0; i < data.length; i += 4) inked += data[i] + data[i + 1] + data[i + 2] < 3 * 240 ? 1 : 0;
  return inked;
}

test('the drawings come from the sprite of drawings, without JavaScript, and the sprite is kept like the other hashed files', async () => {
  const page = await phonePage(site.browser, { javaScriptEnabled: false });
  const sprites = [];
  page.on('response', (response) => { if (/\/drawings-[0-9a-f]{16}\.svg$/.test(response.url())) sprites.push(response); });
  await page.goto(`${site.origin}/az/signs/`, { waitUntil: 'load' });
  assert.equal(sprites.length, 1, 'one sprite for every drawing of the page');
  assert.equal(sprites[0].headers()['content-type'], 'image/svg+xml');
  assert.match(sprites[0].headers()['cache-control'], /immutable/);
  const drawings = await page.locator('figure.sign svg.sign-drawing').all();
  for (const drawing of drawings) {
    const symbol = await drawing.locator('use').getAttribute('href');
    // Every drawing fills at least a fifth of its box (its ground, a sign, a wall); a
    // symbol that did not resolve would leave it white.
    const box = await drawing.boundingBox();
    assert.ok(await inkedPixels(drawing) > box.width * box.height * 0.1, `${symbol}: drawn`);
  }
  await page.context().close();
});
