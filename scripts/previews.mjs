// Draws the link preview of each language (`og:image`, `twitter:image`; head.rs), the
// card a messenger shows under a link to the site, in Chromium. Run by `make previews`
// after changing the card, the icon or the texts; the PNGs are committed, so a build never
// needs a browser (nor these fonts).
//   locales/{lang}/site.ftl's site-name and page-home-title, static/icons/icon.svg
//     -> static/previews/preview-{lang}.png, 1200×630 (the size head.rs announces)
// The texts are read from the catalogs, never typed here. DejaVu Sans is the font on the
// machine that has every letter of the three languages (ə, ğ, ş, İ, Cyrillic).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launch } from '../e2e/support/browser.mjs';
import { root } from '../e2e/support/server.mjs';

const WIDTH = 1200;
const HEIGHT = 630;
const LANGS = ['az', 'en', 'ru'];
const FONT = 'DejaVu Sans';
// The site's colours (static/main.css, index.html's theme-color).
const THEME = '#9f1d1d';
const FOCUS = '#fcd34d';

const out = path.join(root, 'static/previews');

/**
 * The messages of a .ftl file that are one line of text, by id, with `{ other-message }`
 * replaced by that message. A message the card needs that is not one (a variable, a
 * selector, several lines) stops the script.
 */
function catalog(file) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const raw = new Map();
  lines.forEach((line, i) => {
    const m = /^([a-z][a-z0-9-]*) =(.*)$/.exec(line);
    if (!m) return;
    const continued = /^\s+\S/.test(lines[i + 1] ?? '');
    raw.set(m[1], continued ? null : m[2].trim());
  });
  const message = (id, seen = []) => {
    const text = raw.get(id);
    if (text == null || seen.includes(id)) {
      throw new Error(`${path.relative(root, file)}: ${id} is not a one-line message`);
    }
    return text.replace(/\{\s*([^}]*?)\s*\}/g, (_, inner) => {
      if (!/^[a-z][a-z0-9-]*$/.test(inner)) {
        throw new Error(`${path.relative(root, file)}: ${id}: { ${inner} } is not a message reference`);
      }
      return message(inner, [...seen, id]);
    });
  };
  return message;
}

const escape = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The card of a language: the icon, the site's name and what it is for, in white on red. */
function card(lang, icon) {
  const t = catalog(path.join(root, 'locales', lang, 'site.ftl'));
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><style>
  html, body { margin: 0; }
  body {
    width: ${WIDTH}px; height: ${HEIGHT}px; box-sizing: border-box; overflow: hidden;
    display: flex; align-items: center; gap: 64px; padding: 0 80px;
    background: ${THEME}; color: #fff; font-family: "${FONT}"; -webkit-font-smoothing: antialiased;
  }
  img { width: 280px; height: 280px; flex: none; }
  .text { flex: 1; min-width: 0; }
  h1, p { margin: 0; overflow-wrap: normal; text-wrap: balance; }
  h1 { font-weight: 700; line-height: 1.08; letter-spacing: -0.01em; }
  .bar { width: 160px; height: 12px; margin: 36px 0 32px; background: ${FOCUS}; border-radius: 6px; }
  p { font-weight: 400; line-height: 1.2; }
</style></head><body>
  <img alt="" src="data:image/svg+xml;base64,${Buffer.from(icon).toString('base64')}">
  <div class="text"><h1 data-max="104" data-lines="2">${escape(t('site-name'))}</h1><div class="bar"></div><p data-max="64" data-lines="2">${escape(t('page-home-title'))}</p></div>
</body></html>`;
}

// Each text as large as it can be in its column, on at most its number of lines,
// never breaking a word.
const fit = () => {
  for (const el of document.querySelectorAll('[data-max]')) {
    for (let size = Number(el.dataset.max); size >= 24; size -= 2) {
      el.style.fontSize = `${size}px`;
      const lines = Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight));
      if (el.scrollWidth <= el.clientWidth && lines <= Number(el.dataset.lines)) break;
    }
  }
  const body = document.body;
  return { fits: body.scrollWidth <= body.clientWidth && body.scrollHeight <= body.clientHeight };
};

if (!execFileSync('fc-list', [':', 'family'], { encoding: 'utf8' }).includes(FONT)) {
  throw new Error(`previews: the font ${FONT} is not on this machine (fc-list); install fonts-dejavu-core`);
}
const icon = fs.readFileSync(path.join(root, 'static/icons/icon.svg'), 'utf8');
fs.mkdirSync(out, { recursive: true });
const browser = await launch();
for (const lang of LANGS) {
  const page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT }, deviceScaleFactor: 1 });
  await page.setContent(card(lang, icon));
  await page.waitForFunction(() => document.querySelector('img').complete);
  await page.evaluate(() => document.fonts.ready);
  const { fits } = await page.evaluate(fit);
  if (!fits) throw new Error(`previews: the ${lang} card's texts do not fit in ${WIDTH}×${HEIGHT}`);
  const file = path.join(out, `preview-${lang}.png`);
  await page.screenshot({ path: file, clip: { x: 0, y: 0, width: WIDTH, height: HEIGHT } });
  await page.close();
  console.log(`previews: ${path.relative(root, file)} (${WIDTH}×${HEIGHT}, ${(fs.statSync(file).size / 1024).toFixed(1)} KB)`);
}
await browser.close();
