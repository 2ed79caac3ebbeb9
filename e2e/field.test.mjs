// The phone in the field, in Chromium against nginx: the emergency page's "Where am I?"
// (the phone's position, with Chromium's geolocation emulation, in each language, each
// failure with its message, offline), what to tell the operator with and without the
// page's script and on paper, and the Share button of every page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, phonePage, screenshot, untilKept } from './support/browser.mjs';
import { message } from './support/data.mjs';
import { startServer } from './support/server.mjs';

let browser;
let server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { await browser?.close(); server?.stop(); });

const LANGS = ['az', 'en', 'ru'];
// A field near Aghdam.
const FIX = { latitude: 39.98765, longitude: 46.93211, accuracy: 12.4 };

/** The emergency page in `lang` on a phone, the position as the phone would give it. */
async function emergencyPage(lang, { geolocation = FIX, permissions = ['geolocation'], init } = {}) {
  const page = await phonePage(browser);
  if (geolocation) await page.context().setGeolocation(geolocation);
  await page.context().grantPermissions(permissions, { origin: server.origin });
  if (init) await page.addInitScript(init);
  await page.goto(`${server.origin}/${lang}/emergency/`);
  return page;
}

/** What the page shows of "Where am I?": each part that is not hidden, by its class. */
const shown = (page) => page.$$eval('[data-where-am-i] > *', (parts) => parts.filter((p) => !p.hidden).map((p) => p.className || p.tagName.toLowerCase()));
const fill = (template, values) => template.replace(/\{ \$(\w+) \}/g, (_, name) => values[name]);

test('the position in each language: decimal degrees, degrees-minutes-seconds, accuracy and time, ready to copy or text; nothing stored or sent', async () => {
  for (const lang of LANGS) {
    const page = await emergencyPage(lang, { permissions: ['geolocation', 'clipboard-read', 'clipboard-write'] });
    try {
      const msg = (id) => message(lang, 'emergency', id);
      assert.deepEqual(await shown(page), ['h3', 'p', 'where-ask'], 'before the press: the button only');
      assert.equal((await page.textContent('.where-ask')).trim(), msg('where-button'));
      const requests = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.click('.where-ask');
      await page.waitForSelector('.where-position:not([hidden])');
      const text = (field) => page.textContent(`[data-field="${field}"]`);
      assert.equal(await text('lat'), '39.98765');
      assert.equal(await text('lon'), '46.93211');
      // 39.98765° = 39° 59′ 15.5″; 46.93211° = 46° 55′ 55.6″ (a decimal comma in az and ru).
      const point = lang === 'en' ? '.' : ',';
      assert.equal(await text('dms'), `39° 59′ 15${point}5″ ${msg('where-north')}46° 55′ 55${point}6″ ${msg('where-east')}`);
      assert.equal(await text('accuracy'), fill(msg('where-accuracy-value'), { metres: '12' }));
      const time = await text('time');
      assert.match(time, /^\d\d:\d\d$/);
      const sent = fill(msg('where-message'), { lat: '39.98765', lon: '46.93211', metres: '12', time });
      const sms = await page.getAttribute('.where-sms', 'href');
      assert.equal(decodeURIComponent(sms.replace(/^sms:\?&body=/, '')), sent);
      // No Web Share here (Chromium on Linux): Copy instead.
      assert.equal(await page.isVisible('.where-share'), false);
      await page.click('.where-copy');
      await page.waitForSelector('.where-copied:not([hidden])');
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), sent);
      assert.equal(await page.isVisible('.where-needs-script'), false);
      assert.deepEqual(requests, [], 'the position asked for and shown without a request');
      const stored = await page.evaluate(async () => [localStorage.length, sessionStorage.length, document.cookie, (await indexedDB.databases()).length]);
      assert.deepEqual(stored, [0, 0, '', 0], 'nothing stored');
      if (lang === 'az') await screenshot(page, 'emergency-where-am-i-az');
      assert.deepEqual(page.errors, []);
    } finally {
      await page.context().close();
    }
  }
});

/** Presses the button and waits for the message of `reason`; returns it. */
async function failure(page, reason) {
  await page.click('.where-ask');
  await page.waitForSelector(`[data-error="${reason}"]:not([hidden])`);
  assert.equal(await page.isVisible('.where-position'), false);
  assert.equal(await page.isVisible('.where-looking'), false);
  return (await page.textContent(`[data-error="${reason}"]`)).trim();
}

test('a refused permission, a time-out and no position each say so in the page language, and what to do instead', async () => {
  for (const lang of LANGS) {
    const msg = (id) => message(lang, 'emergency', id);
    const expected = (reason) => `${msg(`where-${reason}`)} ${msg('where-instead')}`;

    const refused = await emergencyPage(lang, { permissions: [] });
    try {
      const cdp = await refused.context().newCDPSession(refused);
      await cdp.send('Browser.setPermission', { permission: { name: 'geolocation' }, setting: 'denied', origin: server.origin });
      assert.equal(await failure(refused, 'denied'), expected('denied'));
      // The button stays, to try again once allowed.
      assert.equal(await refused.isEnabled('.where-ask'), true);
      assert.deepEqual(refused.errors, []);
    } finally { await refused.context().close(); }

    // The phone's own time limit, reached at once: Chromium's time-out, as after a minute
    // with no fix.
    const late = await emergencyPage(lang, {
      geolocation: null,
      init: () => {
        const ask = Geolocation.prototype.getCurrentPosition;
        Geolocation.prototype.getCurrentPosition = function (ok, fail, options) { return ask.call(this, ok, fail, { ...options, timeout: 0 }); };
      },
    });
    try {
      assert.equal(await failure(late, 'timeout'), expected('timeout'));
    } finally { await late.context().close(); }

    // The phone has no fix to give (no GPS signal).
    const lost = await emergencyPage(lang, { geolocation: null });
    try {
      const cdp = await lost.context().newCDPSession(lost);
      await cdp.send('Emulation.setGeolocationOverride', {});
      assert.equal(await failure(lost, 'unavailable'), expected('unavailable'));
      if (lang === 'en') await screenshot(lost, 'emergency-where-am-i-unavailable-en');
    } finally { await lost.context().close(); }
  }
});

test('a browser without geolocation, and a page not served over HTTPS, say so at once instead of offering the button', async () => {
  const page = await emergencyPage('ru', { init: () => { delete Navigator.prototype.geolocation; } });
  try {
    assert.deepEqual(await shown(page), ['h3', 'p', 'where-error']);
    assert.equal((await page.textContent('[data-error="unsupported"]')).trim(), `${message('ru', 'emergency', 'where-unsupported')} ${message('ru', 'emergency', 'where-instead')}`);
  } finally { await page.context().close(); }

  // Another name for this machine, served over plain HTTP: not a secure context (only
  // localhost and 127.0.0.1 count as one without HTTPS).
  const insecure = await launch({ args: ['--host-resolver-rules=MAP field.invalid 127.0.0.1'] });
  try {
    const page = await insecure.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(server.origin.replace('127.0.0.1', 'field.invalid') + '/az/emergency/');
    await page.waitForSelector('[data-error="insecure"]:not([hidden])');
    assert.equal(await page.isVisible('.where-ask'), false);
    assert.equal((await page.textContent('[data-error="insecure"]')).trim(), `${message('az', 'emergency', 'where-insecure')} ${message('az', 'emergency', 'where-instead')}`);
  } finally { await insecure.close(); }
});

test('the position with no network, once the site is kept on the phone', async () => {
  const own = await startServer();
  const page = await phonePage(browser);
  try {
    await page.context().setGeolocation(FIX);
    await page.context().grantPermissions(['geolocation'], { origin: own.origin });
    await page.goto(`${own.origin}/en/`);
    await untilKept(page);
    own.stop();
    await page.context().setOffline(true);
    await page.goto(`${own.origin}/en/emergency/`);
    await page.click('.where-ask');
    await page.waitForSelector('.where-position:not([hidden])');
    assert.equal(await page.textContent('[data-field="lat"]'), '39.98765');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
    own.stop();
  }
});

test('without the page script the checklist is there, and the page says the position cannot be shown and what to say instead; on paper the checklist without the button', async () => {
  for (const lang of LANGS) {
    const page = await phonePage(browser, { javaScriptEnabled: false });
    try {
      const msg = (id) => message(lang, 'emergency', id);
      await page.goto(`${server.origin}/${lang}/emergency/`);
      const items = await page.$$eval('.call-checklist li', (lis) => lis.map((li) => li.textContent.trim()));
      assert.deepEqual(items, ['what', 'where', 'when', 'hurt'].map((k) => msg(`call-checklist-${k}`)));
      assert.equal(await page.isVisible('.when-you-call .source-note'), true);
      assert.equal((await page.textContent('.where-needs-script')).trim(), `${msg('where-needs-script')} ${msg('where-instead')}`);
      assert.deepEqual(await shown(page), ['h3', 'p', 'where-needs-script']);
      // The jump list leads to it.
      assert.equal(await page.locator('.jump a[href="#call-heading"]').count(), 1);
      assert.equal(await page.locator('#call-heading').count(), 1, 'the jump link leads to the section');
      if (lang === 'az') await screenshot(page, 'emergency-without-script-az');
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.isVisible('.call-checklist'), true);
      assert.equal(await page.isVisible('.where-am-i'), false);
    } finally {
      await page.context().close();
    }
  }
});

test('every page offers Share where the browser can share, with the page address and its description', async () => {
  const page = await phonePage(browser);
  try {
    await page.goto(`${server.origin}/ru/rules/`);
    assert.equal(await page.isVisible('.share-page'), false, 'no Web Share in this Chromium: no button');
    await page.addInitScript(() => {
      window.__shared = [];
      navigator.share = async (data) => { window.__shared.push(data); };
    });
    for (const path of ['/ru/rules/', '/az/statistics/', '/en/schools/posters/']) {
      await page.goto(`${server.origin}${path}`);
      await page.waitForSelector('.share-page:not([hidden])');
      assert.equal((await page.textContent('.share-page')).trim(), message(path.split('/')[1], 'site', 'share-page'));
      await page.click('.share-page');
      const [shared] = await page.evaluate(() => window.__shared);
      assert.equal(shared.url, await page.getAttribute('link[rel=canonical]', 'href'));
      assert.equal(shared.title, await page.title());
      assert.equal(shared.text, await page.getAttribute('meta[name=description]', 'content'));
    }
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});
