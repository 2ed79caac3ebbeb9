// The timeline in headless Chromium at phone and laptop size: load bytes and time, and
// click to paint of a filter change and of a zoom, with the real data (dist/) and with synthetic
// incidents (target/bench-synthetic, built by `make bench` with SYNTHETIC=10000); then the
// same data and interactions in a page made with vis-timeline, served the same way.
// Writes the `timeline` section of BENCHMARKS.md. BENCH_DATA=real or =synthetic measures
// one set; BENCH_QUICK=1 (`make bench-check`) one repetition of each step.
import fs from 'node:fs';
import path from 'node:path';
import { startServer } from '../e2e/support/server.mjs';
import { launch, PHONE, WIDE } from '../e2e/support/browser.mjs';
import { readCsv } from '../e2e/support/data.mjs';
import { root, runInfo, writeSection } from './report.mjs';

const QUICK = Boolean(process.env.BENCH_QUICK);
const REPEAT = QUICK ? 1 : 5;
const BUDGET_MS = { real: 16, synthetic: 50 };

// The same made-up incidents as src/statistics/model/synthetic.rs (same generator, same order of
// draws), so both timelines draw the same data.
function synthetic(n, fromMonth, months, districts) {
  let state = 0x20201110n;
  const mask = (1n << 64n) - 1n;
  const next = (below) => {
    state = (state * 6364136223846793005n + 1442695040888963407n) & mask;
    return Number((state >> 33n) % BigInt(below));
  };
  const out = [];
  for (let i = 0; i < n; i++) {
    const month = fromMonth + next(months);
    const killed = next(4) === 0 ? 1 + next(3) : 0;
    const day = 1 + next(28);
    const district = districts[next(districts.length)];
    const injured = killed === 0 ? 1 + next(3) : next(3);
    next(9); next(8); next(6); // category, activity, device
    const y = Math.floor(month / 12);
    const m = (month % 12) + 1;
    out.push({ id: `synthetic-${i}`, date: `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`, district, killed, injured });
  }
  return out;
}

function visData(synthetic_count) {
  const incidents = readCsv('incidents.csv').map((i) => ({ ...i, killed: Number(i.killed), injured: Number(i.injured) }));
  const totals = readCsv('official_totals.csv').map((t) => ({ id: t.id, date: t.date, total: t.total || `${t.killed}/${t.injured}` }));
  if (synthetic_count) {
    const vocab = fs.readFileSync(path.join(root, 'crates/facts/src/vocab.rs'), 'utf8');
    const districts = [...vocab.match(/DISTRICTS: &\[&str\] = &\[([\s\S]*?)\];/)[1].matchAll(/"([a-z-]+)"/g)].map((m) => m[1]);
    const months = incidents.map((i) => Number(i.date.slice(0, 4)) * 12 + Number(i.date.slice(5, 7) || 1) - 1);
    const from = Math.min(...months);
    incidents.push(...synthetic(synthetic_count, from, Math.max(...months) - from + 1, districts));
  }
  // Stacking 10,000 items one above another never finishes; vis-timeline's answer to
  // many items is clustering (as ours draws monthly bars).
  return { totals, incidents, options: synthetic_count ? { cluster: { maxItems: 3 } } : {} };
}

function buildVisPage(dir, synthetic_count) {
  fs.mkdirSync(dir, { recursive: true });
  const vis = path.join(root, 'node_modules/vis-timeline');
  fs.copyFileSync(path.join(root, 'bench/vis/index.html'), path.join(dir, 'index.html'));
  fs.copyFileSync(path.join(root, 'bench/vis/peer.js'), path.join(dir, 'peer.js'));
  fs.copyFileSync(path.join(vis, 'standalone/umd/vis-timeline-graph2d.min.js'), path.join(dir, 'vis-timeline-graph2d.min.js'));
  fs.copyFileSync(path.join(vis, 'styles/vis-timeline-graph2d.min.css'), path.join(dir, 'vis-timeline-graph2d.min.css'));
  fs.writeFileSync(path.join(dir, 'data.json'), JSON.stringify(visData(synthetic_count)));
  // scripts/serve.sh serves any directory; it wants the error page the site has. An icon,
  // so that the browser's request for one is no error.
  fs.writeFileSync(path.join(dir, '404.html'), 'not found');
  fs.copyFileSync(path.join(root, 'static/icons/icon.svg'), path.join(dir, 'favicon.ico'));
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : NaN; };

// Runs step `i`'s action in the page after a mark the trace records, then waits until
// the page has painted and done whatever it left for after the paint (minesafe's charts
// and tables), so that the next step starts on an idle page. What the action clicks is
// found before the mark (`find`), so that the time is the page's, not the search's.
const STEP = async ([{ find, act }, i, settleMs]) => {
  // eslint-disable-next-line no-new-func
  const target = find ? new Function(`return (${find})()`)() : undefined;
  performance.mark(`bench-step-${i}`);
  // eslint-disable-next-line no-new-func
  await new Function(`return (${act})`)()(target);
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  await new Promise((resolve) => setTimeout(resolve, settleMs));
};
const SETTLE_MS = 150;

// Click to paint of each step, read from a Chromium trace: from the step's mark to the
// end of the first paint on the page's main thread after it. Both pages are measured
// alike: vis-timeline redraws in an animation frame, minesafe within the click's task.
function clickToPaint(events, count) {
  return Array.from({ length: count }, (_, i) => {
    const mark = events.find((e) => e.name === `bench-step-${i}`);
    if (!mark) return NaN;
    const paint = events
      .filter((e) => e.ph === 'X' && e.name === 'Paint' && e.pid === mark.pid && e.tid === mark.tid && e.ts > mark.ts)
      .reduce((first, e) => (!first || e.ts < first.ts ? e : first), null);
    return paint ? (paint.ts + paint.dur - mark.ts) / 1000 : NaN;
  });
}

async function measure(browser, url, { prepare, ready, filter, unfilter, zoom, unzoom }, viewport) {
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(url, { timeout: STEP_TIMEOUT_MS });
    if (prepare) await page.evaluate(prepare);
    await page.waitForFunction(ready, null, { timeout: STEP_TIMEOUT_MS })
      .catch((e) => { throw new Error(`${url} never became ready (${e.message.split('\n')[0]}); errors: ${errors.join('; ') || 'none'}`); });
    const load = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const bytes = [nav, ...performance.getEntriesByType('resource')].reduce((sum, e) => sum + (e.transferSize || e.encodedBodySize || 0), 0);
      return { bytes, ms: performance.now() };
    });
    // Zoom, back to the whole period, filter on, filter off; REPEAT times.
    const steps = Array.from({ length: REPEAT }, () => [['zoom', zoom], ['unzoom', unzoom], ['filter', filter], ['unfilter', unfilter]]).flat();
    const cdp = await context.newCDPSession(page);
    const events = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' });
    // A step that has not finished within the limit ends the measurement of this page
    // (it is still busy): it and the steps after it count as Infinity.
    let done = 0;
    for (const [, action] of steps) {
      const finished = await withTimeout(page.evaluate(STEP, [action, done, SETTLE_MS]), STEP_TIMEOUT_MS).then(() => true, () => false);
      if (!finished) break;
      done += 1;
    }
    await new Promise((resolve) => { cdp.once('Tracing.tracingComplete', resolve); cdp.send('Tracing.end'); });
    const painted = clickToPaint(events, done);
    const times = { filter: [], unfilter: [], zoom: [] };
    steps.forEach(([name], i) => times[name]?.push(i < done ? painted[i] : Infinity));
    if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
    return { ...load, filter: median(times.filter), unfilter: median(times.unfilter), zoom: median(times.zoom) };
  } finally {
    await context.close();
  }
}

// One interaction that takes longer than this is reported as unfinished, not waited for.
const STEP_TIMEOUT_MS = 60000;
function withTimeout(promise, ms) {
  let timer;
  const late = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`no paint within ${ms / 1000} s`)), ms); });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

const ours = {
  // The timeline is taken over when it comes near the screen, as for a reader.
  prepare: () => document.querySelector('[data-hydrate="near"]')?.scrollIntoView(),
  ready: () => document.documentElement.hasAttribute('data-hydrated') && !document.querySelector('.timeline-controls[disabled]'),
  // The Kalbajar checkbox, found by its label, as a reader finds it.
  filter: {
    find: `() => [...document.querySelectorAll('.filter-groups label')].find((l) => l.textContent.trim() === 'Kalbajar').querySelector('input')`,
    act: `(input) => input.click()`,
  },
  zoom: { find: `() => document.querySelector('button[aria-label="Zoom in"]')`, act: `(button) => button.click()` },
  unzoom: { find: `() => [...document.querySelectorAll('.zoom-bar button')].at(-1)`, act: `(button) => button.click()` },
};
ours.unfilter = ours.filter;
// vis-timeline has no controls of its own: its page calls its API (bench/vis/peer.js).
const peer = {
  ready: () => typeof window.__ready === 'number',
  filter: { act: `() => window.peer.toggleDistrict('kalbajar')` },
  zoom: { act: `() => window.peer.zoomIn()` },
  unzoom: { act: `() => window.peer.showAll()` },
};
peer.unfilter = peer.filter;

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => (n === Infinity ? `over ${STEP_TIMEOUT_MS / 1000} s` : Number.isNaN(n) ? 'not measured' : `${n.toFixed(1)} ms`);
const ratio = (peerValue, oursValue) => (Number.isFinite(peerValue / oursValue) ? `${(peerValue / oursValue).toFixed(1)}×` : '–');
const budgeted = (value, key) => `${ms(value)} ${value <= BUDGET_MS[key] ? '(within' : '(over'} ${BUDGET_MS[key]} ms)`;
function report(runs) {
const rows = runs.flatMap(({ label, key, screen, ours: a, peer: b }) => [
  `| ${label} | ${screen} | minesafe | ${kb(a.bytes)} | ${ms(a.ms)} | ${budgeted(a.filter, key)} | ${budgeted(a.unfilter, key)} | ${budgeted(a.zoom, key)} |`,
  `| ${label} | ${screen} | vis-timeline 8.5.4 | ${kb(b.bytes)} | ${ms(b.ms)} | ${ms(b.filter)} | ${ms(b.unfilter)} | ${ms(b.zoom)} |`,
  `| ${label} | ${screen} | **vis-timeline ÷ minesafe** | ${ratio(b.bytes, a.bytes)} | ${ratio(b.ms, a.ms)} | **${ratio(b.filter, a.filter)}** | **${ratio(b.unfilter, a.unfilter)}** | **${ratio(b.zoom, a.zoom)}** |`,
]);
writeSection('timeline', 'bench/timeline.mjs', `## Timeline in the browser

${runInfo()}
Headless Chromium, no throttling, pages served by nginx with gzip and the site's headers
(\`scripts/serve.sh\`), at phone size (390×844: minesafe shows its month list) and
laptop size (1280×800: its drawing); vis-timeline is the same drawing at both.
Load: bytes transferred for the page and everything it fetched, and the time until the
timeline is interactive (minesafe: hydrated with its controls enabled; vis-timeline: its
first \`changed\` event). Click to paint, read from a Chromium trace: from the click on a
control found beforehand (or the peer's API call) to the end of the first paint after it;
median of ${REPEAT}, in the order zoom, filter on, filter off, each on an idle page (${SETTLE_MS} ms after the
previous step painted). minesafe paints the timeline and the count in the click's task
and makes its charts and tables, below them, again in the task after the paint; the peer
redraws in the next animation frame. A step that has not finished after
${STEP_TIMEOUT_MS / 1000} s ends that page's measurement. The filter is the district
Kalbajar, switched on (fewer marks and rows) and off again (all of them back); the zoom is
one step in. With 10,000 incidents the peer clusters its items (stacked, it never finishes
drawing) and loads them as JSON (most of its bytes), while minesafe's synthetic build
generates them inside the wasm: compare its load bytes with the real data's, not with the
peer's. minesafe's whole page is measured (figures, charts, tables, every language's
navigation), against a page that holds only vis-timeline.

| data | screen | page | load (transferred) | load time | filter on, click to paint | filter off, click to paint | zoom, click to paint |
| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}${sets.length < 2 ? `\n\nOnly ${sets.map(([key]) => key).join(', ')} data in this run (\`BENCH_DATA=${process.env.BENCH_DATA ?? ''}\`).` : ''}`);
}

const synthDist = path.join(root, 'target/bench-synthetic');
// How many made-up incidents the synthetic build holds (`make bench-synthetic` says).
const syntheticCount = () => {
  const file = path.join(root, 'target/bench-synthetic.count');
  if (!fs.existsSync(file)) throw new Error('target/bench-synthetic is not built: run make bench (or BENCH_DATA=real)');
  return Number(fs.readFileSync(file, 'utf8').trim());
};
const runs = [];
const browser = await launch();
// BENCH_DATA=real measures only the real data (the vis-timeline run with 10,000 items
// takes minutes on a small machine), BENCH_DATA=synthetic only the made-up one.
const sets = [['real', path.join(root, 'dist')], ['synthetic', synthDist]]
  .filter(([key]) => !process.env.BENCH_DATA || process.env.BENCH_DATA === key);
for (const [key, dir] of sets) {
  const count = key === 'synthetic' ? syntheticCount() : 0;
  const label = count ? `${count.toLocaleString('en')} synthetic incidents` : 'real data';
  const visDir = path.join(root, `target/bench-vis-${key}`);
  buildVisPage(visDir, count);
  const oursServer = await startServer(dir);
  // The site's server and headers, but for inline styles, which vis-timeline places its
  // items with (refused, it draws them in a heap).
  const peerServer = await startServer(visDir, { inlineStyles: true });
  try {
    for (const [screen, viewport] of [['phone', PHONE], ['laptop', WIDE]]) {
      // Either page never becoming ready stops the benchmark, loudly.
      const a = await measure(browser, `${oursServer.origin}/en/statistics/`, ours, viewport);
      const b = await measure(browser, `${peerServer.origin}/`, peer, viewport);
      runs.push({ label, key, screen, ours: a, peer: b });
      report(runs); // after each measurement, so a long run keeps what it measured
    }
  } finally {
    oursServer.stop();
    peerServer.stop();
  }
}
await browser.close();

