// Measures what the built site weighs, raw, gzip (level 6, as deploy/nginx.conf makes
// it) and Brotli (the build's copy beside each text file, which nginx sends to a browser
// that accepts it), against README.md's budgets, which are in gzip, and writes the result
// into BENCHMARKS.md between the `sizes` markers (other sections of that file are kept).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execSync } from 'node:child_process';
import { root, runInfo, writeSection } from './report.mjs';

const dist = path.join(root, 'dist');
const KB = 1024;
// A statistics page's HTML within the first round trip of a slow connection: ten TCP
// segments of 1,460 B, headers included, as Lighthouse's slow 4G models it (at 21-23 KB
// the page took a second round trip, and its LCP passed 1.2 s; BENCHMARKS.md).
const BUDGET = { wasm: 150 * KB, firstVisit: 220 * KB, firstRoundTrip: 13 * KB };

// A file without a Brotli copy (an icon, or a file under 256 B) is sent as it is.
const sizeOf = (file) => {
  const bytes = fs.readFileSync(path.join(dist, file));
  const gzip = zlib.gzipSync(bytes, { level: 6 }).length;
  const copy = path.join(dist, `${file}.br`);
  return { file, raw: bytes.length, gzip, br: fs.existsSync(copy) ? fs.statSync(copy).size : bytes.length };
};
// The one file in dist/ named `${prefix}-<hash>${suffix}`.
const only = (prefix, suffix) => {
  const found = fs.readdirSync(dist).filter((f) => new RegExp(`^${prefix}-[0-9a-f]+${suffix.replace('.', '\\.')}$`).test(f));
  if (found.length !== 1) throw new Error(`expected one ${prefix}-*${suffix} in dist/, found ${found.length}: run make dist`);
  return sizeOf(found[0]);
};

// Everything the browser fetches on a first visit to a page: the page, each local file
// it references (stylesheet, icon, manifest, scripts, the catalog it names), and what
// those scripts fetch in turn (the start script fetches the glue and the wasm after the
// first paint). The service worker's own download is counted on its own line below.
// The Apple touch icon is left out: only iOS fetches it, when the reader adds the site
// to the home screen (Chromium's requests on a first visit do not include it, nor the
// manifest, which is counted all the same).
function firstVisit(page) {
  const files = new Set([page]);
  const scan = (file) => {
    const text = fs.readFileSync(path.join(dist, file), 'utf8')
      .replace(/<link rel="apple-touch-icon"[^>]*>/g, '');
    const patterns = file.endsWith('.html') ? /(?:href|src|content)="(\/[^"]+)"/g : /["'](\/[^"']+)["']/g;
    for (const [, ref] of text.matchAll(patterns)) {
      const found = ref.slice(1);
      if (ref.endsWith('/') || found === 'sw.js' || files.has(found) || !fs.existsSync(path.join(dist, found))) continue;
      files.add(found);
      if (found.endsWith('.js')) scan(found);
    }
  };
  scan(page);
  return [...files].map(sizeOf);
}

const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const verdict = (value, budget) => (value <= budget ? `within (${kb(budget)})` : `**over** (${kb(budget)})`);

// One wasm file per group of pages (src/wasm_files.rs).
const wasms = [
  ['the statistics page', only('minesafe-statistics', '_bg.wasm')],
  ['the schools section', only('minesafe-schools', '_bg.wasm')],
];
const js = only('minesafe-statistics', '.js');
const css = only('main', '.css');
const sum = (files) => files.reduce((a, f) => ({ raw: a.raw + f.raw, gzip: a.gzip + f.gzip, br: a.br + f.br }), { raw: 0, gzip: 0, br: 0 });
// A first visit to the home page (no wasm) and to a page of each wasm file.
const visits = ['/az/', '/az/statistics/', '/az/schools/quiz/'].map((url) => {
  const files = firstVisit(`${url.slice(1)}index.html`);
  return { url, files, total: sum(files) };
});
// What the service worker downloads after the first visit: every file in its list.
const kept = [...fs.readFileSync(path.join(dist, 'sw.js'), 'utf8').matchAll(/"url":"\/([^"]*)"/g)]
  .map((m) => (m[1] === '' || m[1].endsWith('/') ? `${m[1]}index.html` : m[1]))
  .map(sizeOf);
const keptTotal = sum(kept);
const pages = execSync(`find ${dist} -name '*.html'`).toString().trim().split('\n').map((f) => sizeOf(path.relative(dist, f)));
const largestPage = pages.reduce((a, b) => (b.gzip > a.gzip ? b : a));
const statisticsPages = ['az', 'en', 'ru'].map((lang) => sizeOf(`${lang}/statistics/index.html`));

const fileByFile = (url, files) => `First visit to \`${url}\`, file by file:

| file | raw | gzip | Brotli |
| --- | ---: | ---: | ---: |
${files.map((f) => `| \`${f.file}\` | ${kb(f.raw)} | ${kb(f.gzip)} | ${kb(f.br)} |`).join('\n')}`;

const section = `## Sizes

${runInfo()}
Release build (\`make dist\`); gzip at level 6, as deploy/nginx.conf makes it for a browser
without Brotli; Brotli as the build's copies, which nginx sends to every browser that
accepts it (over HTTPS). The budgets are in gzip, the larger of the two.

| what | raw | gzip | Brotli | budget (gzip) |
| --- | ---: | ---: | ---: | --- |
${wasms.map(([what, w]) => `| wasm of ${what} (\`${w.file}\`) | ${kb(w.raw)} | ${kb(w.gzip)} | ${kb(w.br)} | ${verdict(w.gzip, BUDGET.wasm)} |`).join('\n')}
| JS glue of the statistics file (\`${js.file}\`) | ${kb(js.raw)} | ${kb(js.gzip)} | ${kb(js.br)} | |
| CSS (\`${css.file}\`) | ${kb(css.raw)} | ${kb(css.gzip)} | ${kb(css.br)} | |
${visits.map((v) => `| first visit to \`${v.url}\` (${v.files.length} files) | ${kb(v.total.raw)} | ${kb(v.total.gzip)} | ${kb(v.total.br)} | ${verdict(v.total.gzip, BUDGET.firstVisit)} |`).join('\n')}
| everything kept offline by the service worker (${kept.length} files, every page in every language) | ${kb(keptTotal.raw)} | ${kb(keptTotal.gzip)} | ${kb(keptTotal.br)} | |
| largest pre-rendered page (\`${largestPage.file}\`) | ${kb(largestPage.raw)} | ${kb(largestPage.gzip)} | ${kb(largestPage.br)} | |
${statisticsPages.map((p) => `| pre-rendered statistics page (\`${p.file}\`), in the first round trip | ${kb(p.raw)} | ${kb(p.gzip)} | ${kb(p.br)} | ${verdict(p.gzip, BUDGET.firstRoundTrip)} |`).join('\n')}

${visits.map((v) => fileByFile(v.url, v.files)).join('\n\n')}`;

writeSection('sizes', 'bench/sizes.mjs', section);
if (wasms.some(([, w]) => w.gzip > BUDGET.wasm) || visits.some((v) => v.total.gzip > BUDGET.firstVisit) || statisticsPages.some((p) => p.gzip > BUDGET.firstRoundTrip)) console.log('\nbench: a size budget is exceeded (see above)');
