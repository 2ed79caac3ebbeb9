// Draws the PNG icons that browsers and phones ask for from the project's SVG icons, in
// Chromium. Run by `make icons` after changing an SVG; the PNGs are committed, so a
// build never needs a browser.
//   icon.svg          -> icon-192.png, icon-512.png (rounded, transparent corners)
//   icon-maskable.svg -> icon-maskable-512.png, apple-touch-icon.png (full bleed: the
//                        launcher or the phone cuts its own shape; the drawing keeps to
//                        the middle 60 %)
import fs from 'node:fs';
import path from 'node:path';
import { launch } from '../e2e/support/browser.mjs';
import { root } from '../e2e/support/server.mjs';

const dir = path.join(root, 'static/icons');
const PNGS = [
  ['icon.svg', 'icon-192.png', 192],
  ['icon.svg', 'icon-512.png', 512],
  ['icon-maskable.svg', 'icon-maskable-512.png', 512],
  ['icon-maskable.svg', 'apple-touch-icon.png', 180],
];

const browser = await launch();
for (const [svg, png, size] of PNGS) {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  const source = fs.readFileSync(path.join(dir, svg)).toString('base64');
  await page.setContent(`<body style="margin:0"><img width="${size}" height="${size}" src="data:image/svg+xml;base64,${source}"></body>`);
  await page.waitForFunction(() => document.querySelector('img').complete);
  await page.screenshot({ path: path.join(dir, png), omitBackground: true });
  await page.close();
  console.log(`icons: ${png} (${size}×${size}) from ${svg}`);
}
await browser.close();
