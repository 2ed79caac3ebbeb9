// Debian's Chromium driven by playwright-core, with the flags this machine needs.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { root } from './server.mjs';

export const PHONE = { width: 390, height: 844 };
// A laptop or a projector: the statistics timeline is the drawing from 48rem (768 px).
export const WIDE = { width: 1280, height: 800 };
export const screenshotDir = path.join(root, 'e2e/artifacts/screenshots');

/** Chromium, with the flags this machine needs and any others given in `args`. */
export async function launch({ args = [] } = {}) {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-dev-shm-usage',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ...args,
    ],
  });
}

// Runs in the page before any of its scripts: sums layout shifts (and says what moved), and counts elements
// and text removed from #app (hydration adopts the server's DOM, a redraw would replace
// it; Yew does remove its own <!--<[Component]>--> boundary comments, which is fine).
const PROBE = () => {
  window.__cls = 0;
  // What moved, for the failure's message: each shift's time, value and elements.
  window.__shifts = [];
  const named = (node) => {
    if (!node) return '(gone)';
    if (node.nodeType !== Node.ELEMENT_NODE) return `text "${node.textContent.trim().slice(0, 30)}"`;
    const classes = node.getAttribute('class');
    return node.localName + (node.id ? `#${node.id}` : '') + (classes ? `.${classes.trim().replace(/\s+/g, '.')}` : '');
  };
  const box = (r) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.__cls += entry.value;
      const moved = entry.sources.map((s) => `${named(s.node)} ${box(s.previousRect)} → ${box(s.currentRect)}`);
      window.__shifts.push(`${Math.round(entry.startTime)} ms, ${entry.value.toFixed(4)}: ${moved.join('; ')}`);
    }
  }).observe({ type: 'layout-shift', buffered: true });
  window.__removed = 0;
  document.addEventListener('DOMContentLoaded', () => {
    const app = document.getElementById('app');
    if (!app) return;
    new MutationObserver((records) => {
      for (const r of records) {
        for (const node of r.removedNodes) if (node.nodeType !== Node.COMMENT_NODE) window.__removed += 1;
      }
    }).observe(app, { childList: true, subtree: true });
  });
};

/**
 * A phone-sized page (or `viewport`; `hasTouch` for taps) that records console errors
 * and page errors.
 * `cpuSlowdown` runs it on a CPU that many times slower (default: `E2E_CPU_SLOWDOWN`,
 * below).
 */
export async function phonePage(browser, { javaScriptEnabled = true, viewport = PHONE, hasTouch = false, cpuSlowdown = Number(process.env.E2E_CPU_SLOWDOWN || 1) } = {}) {
  const context = await browser.newContext({ viewport, javaScriptEnabled, hasTouch });
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (msg) => {
    // The 404 page's own status is its purpose, not an error.
    const ownStatus = msg.location().url === page.url() && msg.text().includes('status of 404');
    if (msg.type() === 'error' && !ownStatus) page.errors.push(msg.text());
  });
  page.on('pageerror', (err) => page.errors.push(String(err)));
  if (javaScriptEnabled) await page.addInitScript(PROBE);
  if (cpuSlowdown > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  }
  return page;
}

/** `phonePage` the size of a laptop or a projector (`WIDE`). */
export const widePage = (browser, options = {}) => phonePage(browser, { ...options, viewport: WIDE });

// `E2E_CPU_SLOWDOWN=6 make test-e2e` runs every page on a CPU six times slower, as on
// a cheap phone or a busy CI machine: it brings out tests that race the page.

// The whole page at phone width. The viewport is made as tall as the page for the
// picture: parts below the fold skip rendering off screen (content-visibility) and would
// come out blank in a full-page capture of a phone-high viewport.
export async function screenshot(page, name) {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const viewport = page.viewportSize();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
  await page.setViewportSize(viewport);
}

/**
 * Waits until the wasm has taken over the page (`within`: and this is there). A part that
 * is only taken over when it comes near the screen (`data-hydrate="near"`, the statistics
 * timeline) is first scrolled to, as a reader does.
 */
export async function takenOver(page, { within = '', timeout = 10_000 } = {}) {
  // A page without wasm (home, safety, guide, sources, 404) has no start script:
  // nothing to take over.
  if (await page.locator('script[src^="/start-"]').count() === 0) {
    await page.waitForLoadState('load');
    if (within) await page.waitForSelector(within, { timeout });
    return;
  }
  await page.evaluate(() => document.querySelector('[data-hydrate="near"]')?.scrollIntoView());
  await page.waitForSelector(`html[data-hydrated] ${within}`.trim(), { timeout });
}

/**
 * Waits until the page in `lang` is there: `waitForURL` can return when the address has
 * changed but the new document is not yet the one shown.
 */
export async function drawn(page, lang, { timeout = 5_000 } = {}) {
  await page.waitForSelector(`html[lang="${lang}"]`, { state: 'attached', timeout });
}

/** Waits until the page's service worker has filled its cache completely and is active. */
export async function untilKept(page) {
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

/** What has keyboard focus, as `tag#id.class`. */
export const focused = (page) => page.evaluate(() => {
  const e = document.activeElement;
  return `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className ? `.${String(e.className).split(' ').join('.')}` : ''}`;
});

/** Presses Tab until focus is on `selector` (at most `limit` times). */
export async function tabTo(page, selector, limit = 16) {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement.matches(s), selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}; focus is on ${await focused(page)}`);
}

/** The number of pages in a PDF file. */
export const pdfPages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) || []).length;
