// The link preview a messenger (WhatsApp, Telegram) or a social site shows under a shared
// link, on every page of dist/: the Open Graph and Twitter card tags present once each
// and agreeing with the page (its title, description, canonical address and language),
// and the picture they name a real PNG of the size they announce, from the served site.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { dist, sitePaths } from './support/server.mjs';
import { siteUnderTest } from './support/site.mjs';

const site = siteUnderTest();

/** Every page in dist/: each index.html by its address, and the 404 page. */
function builtPages(dir = dist) {
  const found = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...builtPages(file));
    else if (entry.name === 'index.html') found.push(`/${path.relative(dist, dir).split(path.sep).join('/')}/`.replace('//', '/'));
  }
  return dir === dist ? [...found.sort(), '/404.html'] : found;
}

const LOCALES = { az: 'az_AZ', en: 'en_GB', ru: 'ru_RU' };
// Open Graph by `property`, the Twitter card by `name`; each once (the alternates once per
// other language).
const OPEN_GRAPH = ['og:type', 'og:site_name', 'og:title', 'og:description', 'og:locale', 'og:image',
  'og:image:width', 'og:image:height', 'og:image:type', 'og:image:alt'];
const TWITTER = ['twitter:card', 'twitter:title', 'twitter:description', 'twitter:image', 'twitter:image:alt'];

/** The <head> of a page as served, read by Chromium without running the page. */
async function headOf(page, address) {
  const response = await page.goto(address);
  assert.ok([200, 404].includes(response.status()), `${address}: ${response.status()}`);
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    title: document.title,
    canonical: document.querySelector('link[rel=canonical]')?.href ?? null,
    manifest: document.querySelector('link[rel=manifest]')?.getAttribute('href'),
    metas: [...document.head.querySelectorAll('meta')].map((m) => ({
      name: m.getAttribute('name'),
      property: m.getAttribute('property'),
      content: m.getAttribute('content'),
    })),
  }));
}

/** Width and height of a PNG, after checking its signature and that IHDR comes first. */
function pngSize(bytes, what) {
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `${what}: PNG signature`);
  assert.equal(bytes.readUInt32BE(8), 13, `${what}: IHDR length`);
  assert.equal(bytes.toString('latin1', 12, 16), 'IHDR', `${what}: IHDR first`);
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test('dist holds every page of the sitemap, and the 404 page', () => {
  const pages = builtPages();
  for (const p of ['/', ...sitePaths()]) assert.ok(pages.includes(p), p);
  assert.ok(fs.existsSync(path.join(dist, '404.html')), 'dist/404.html');
});

test('every page has its link preview, agreeing with the page, with a real picture of the size it says', async () => {
  const page = await site.browser.newPage({ javaScriptEnabled: false });
  const pictures = new Map();
  const siteNames = new Map();
  try {
    for (const p of builtPages()) {
      const head = await headOf(page, site.origin + p);
      // Every <meta> is either a name or a property, never both; no name or property twice,
      // but the other languages' locales.
      const keys = [];
      for (const m of head.metas) {
        if (m.name === null && m.property === null) continue; // charset
        assert.ok((m.name === null) !== (m.property === null), `${p}: ${JSON.stringify(m)}`);
        keys.push(m.name ?? m.property);
        if (m.property !== null) assert.ok(m.property.startsWith('og:'), `${p}: property=${m.property}`);
        assert.ok(!(m.name ?? '').startsWith('og:'), `${p}: og: as a name`);
        assert.ok(!(m.property ?? '').startsWith('twitter:'), `${p}: twitter: as a property`);
        assert.ok(m.content !== null && m.content.trim() !== '', `${p}: ${m.name ?? m.property} empty`);
      }
      const once = keys.filter((k) => k !== 'og:locale:alternate' && k !== 'minesafe-catalog');
      assert.deepEqual(once, [...new Set(once)], `${p}: a <meta> twice`);
      const og = (key) => head.metas.filter((m) => m.property === key).map((m) => m.content);
      const tw = (key) => head.metas.filter((m) => m.name === key).map((m) => m.content);
      for (const key of OPEN_GRAPH) assert.equal(og(key).length, 1, `${p}: ${key}`);
      for (const key of TWITTER) assert.equal(tw(key).length, 1, `${p}: ${key}`);
      const one = (key) => og(key)[0];

      assert.equal(one('og:type'), 'website', p);
      // The title is the document's, which names the site (WhatsApp shows no og:site_name).
      assert.equal(one('og:title'), head.title, `${p}: og:title`);
      assert.equal(tw('twitter:title')[0], head.title, `${p}: twitter:title`);
      const [description] = tw('description');
      assert.ok(description, `${p}: description`);
      assert.equal(one('og:description'), description, `${p}: og:description`);
      assert.equal(tw('twitter:description')[0], description, `${p}: twitter:description`);
      // The site's name in the page's language, as its installed app is named.
      if (!siteNames.has(head.manifest)) {
        siteNames.set(head.manifest, (await (await fetch(site.origin + head.manifest)).json()).name);
      }
      assert.equal(one('og:site_name'), siteNames.get(head.manifest), `${p}: og:site_name`);
      // The address: the canonical one; none on the 404 page, which has no canonical.
      if (head.canonical === null) {
        assert.equal(p, '/404.html', `${p}: no canonical`);
        assert.deepEqual(og('og:url'), [], `${p}: og:url without a canonical`);
      } else {
        assert.deepEqual(og('og:url'), [head.canonical], `${p}: og:url`);
      }
      // The language: the page's, and the other two as alternates.
      assert.equal(one('og:locale'), LOCALES[head.lang], `${p}: og:locale for lang=${head.lang}`);
      const others = Object.entries(LOCALES).filter(([lang]) => lang !== head.lang).map(([, l]) => l);
      assert.deepEqual(og('og:locale:alternate').sort(), others.sort(), `${p}: og:locale:alternate`);
      // The picture: the page language's, at the site's own address, the same for both.
      const image = new URL(one('og:image'));
      assert.equal(tw('twitter:image')[0], image.href, `${p}: twitter:image`);
      assert.equal(image.pathname, `/previews/preview-${head.lang}.png`, `${p}: og:image`);
      if (head.canonical) assert.equal(image.origin, new URL(head.canonical).origin, `${p}: og:image's origin`);
      assert.equal(one('og:image:type'), 'image/png', p);
      assert.equal(tw('twitter:card')[0], 'summary_large_image', p);
      assert.equal(tw('twitter:image:alt')[0], one('og:image:alt'), `${p}: the alt texts`);
      assert.ok(one('og:image:alt').includes(one('og:site_name')), `${p}: the alt names the site`);
      // Fetched from the served site (the tags name the deployed origin).
      if (!pictures.has(image.pathname)) {
        const response = await fetch(site.origin + image.pathname);
        assert.equal(response.status, 200, image.pathname);
        assert.equal(response.headers.get('content-type'), 'image/png', image.pathname);
        const bytes = Buffer.from(await response.arrayBuffer());
        assert.ok(bytes.length < 100_000, `${image.pathname}: ${bytes.length} bytes`);
        pictures.set(image.pathname, { size: pngSize(bytes, image.pathname), alt: one('og:image:alt') });
      }
      const picture = pictures.get(image.pathname);
      assert.deepEqual(picture.size, [Number(one('og:image:width')), Number(one('og:image:height'))], `${p}: the picture's size`);
      assert.equal(one('og:image:alt'), picture.alt, `${p}: one alt text per picture`);
    }
    assert.deepEqual([...pictures.keys()].sort(), ['az', 'en', 'ru'].map((l) => `/previews/preview-${l}.png`));
    const alts = new Set([...pictures.values()].map((p) => p.alt));
    assert.equal(alts.size, 3, 'each language describes its picture in its own words');
  } finally {
    await page.context().close();
  }
});

test('the previews are for the messengers\' servers: the service worker does not keep them', async () => {
  const worker = await (await fetch(`${site.origin}/sw.js`)).text();
  assert.ok(worker.includes('"url":"/icons/icon-192.png"'), 'the worker lists the site\'s files');
  assert.ok(!worker.includes('/previews/'), 'no preview in the worker\'s list');
});
