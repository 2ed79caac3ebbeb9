// The statistics page: the figures and the static timeline with JavaScript off; after
// hydration the keyboard, the buttons, wheel, drag, the filters and a shared URL. What
// the page should show is computed here from data/*.csv, never copied from the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawn, phonePage, PHONE, screenshot, takenOver, widePage } from './support/browser.mjs';
import { siteUnderTest } from './support/site.mjs';
import { message, readCsv } from './support/data.mjs';
import { root } from './support/server.mjs';
import fs from 'node:fs';
import path from 'node:path';

const site = siteUnderTest();

const incidents = readCsv('incidents.csv');
const totals = readCsv('official_totals.csv');

async function hydrated(page, url) {
  await page.goto(url);
  await takenOver(page);
  // The controls come alive right after hydration.
  await page.waitForSelector('.timeline-controls:not([disabled])');
}

const places = readCsv('places.csv');
const sources = readCsv('sources.csv');
const speakers = readCsv('speakers.csv');

/** "13 March 2026" for a YYYY-MM-DD date, as the English page writes it. */
const englishDate = (date) => new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

// The table holds every incident and shows the selected ones.
const tableIds = (page) => page.locator('#incidents-caption ~ tbody tr:not([hidden])').evaluateAll((rows) => rows.map((r) => r.id.slice(4)));

test('with JavaScript off, the page shows the latest total and the timeline; its marks open their rows on the page of every incident', async () => {
  const latest = totals.filter((t) => t.total).sort((a, b) => (a.date + a.total.padStart(6, '0')).localeCompare(b.date + b.total.padStart(6, '0'))).at(-1);
  const page = await phonePage(site.browser, { javaScriptEnabled: false });
  const wide = await widePage(site.browser, { javaScriptEnabled: false });
  for (const lang of ['az', 'en', 'ru']) {
    const table = `/${lang}/statistics/table/`;
    await page.goto(`${site.origin}/${lang}/statistics/`);
    const figure = (await page.locator('.big-figure strong').textContent()).replace(/\D/g, '');
    assert.equal(figure, latest.total, `${lang}: the latest official total`);
    // The month list: a mark per statement and per incident, each a link to its row on
    // the page of the tables, so that it works without JavaScript; the drawing is not
    // there (the wasm draws it), and neither are the tables of the selection.
    const chips = page.locator('.month-list a.mark');
    assert.equal(await chips.count(), totals.length + incidents.length, `${lang}: a mark for each statement and incident`);
    assert.ok(await page.locator('.month-list').isVisible() && !(await page.locator('svg.timeline-plot').isVisible()), `${lang}: the list, not the drawing`);
    assert.equal(await page.locator('svg.timeline-plot *').count(), 0, `${lang}: no drawing pre-rendered`);
    assert.equal(await page.locator('#incidents-caption').count(), 0, `${lang}: no table pre-rendered`);
    const hrefs = await chips.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    assert.ok(hrefs.every((href) => href.startsWith(`${table}#row-`)), `${lang}: every mark links to the table page`);
    assert.ok(await page.locator(`main a[href="${table}"]`).count() >= 1, `${lang}: the page links to its tables`);
    assert.ok(await page.locator('.bar-chart').count() === 3, `${lang}: three charts`);
    assert.ok((await page.locator('.note').textContent()).length > 50, `${lang}: the sample note`);

    // A tap on a mark opens the table page at the mark's row; the page holds every row.
    await chips.nth(1).click();
    await page.waitForURL(`**${hrefs[1]}`);
    assert.ok(await page.locator(hrefs[1].slice(table.length)).isVisible(), `${lang}: ${hrefs[1]} is shown`);
    for (const href of hrefs) {
      assert.equal(await page.locator(href.slice(table.length)).count(), 1, `${lang}: ${href} exists`);
    }
    assert.deepEqual(new Set(await tableIds(page)), new Set(incidents.map((i) => i.id)), `${lang}: the table lists every incident`);
    assert.ok((await page.locator('#incidents-caption').textContent()).includes(String(incidents.length)), `${lang}: the count in the caption`);
    assert.equal(await page.locator('#statements-caption ~ tbody tr').count(), totals.length, `${lang}: every statement`);
    assert.ok(await page.locator(`main a[href="/${lang}/statistics/"]`).count() >= 1, `${lang}: the way back`);
    if (lang === 'az') await screenshot(page, 'statistics-table-nojs-az');

    // A wide screen without JavaScript shows the month list too, not an empty frame.
    await wide.goto(`${site.origin}/${lang}/statistics/`);
    assert.ok(await wide.locator('.month-list').isVisible() && !(await wide.locator('svg.timeline-plot').isVisible()), `${lang}: wide, the list, not the empty drawing`);
  }
  await screenshot(wide, 'statistics-nojs-wide-en');
  await page.goto(`${site.origin}/en/statistics/`);
  await screenshot(page, 'statistics-nojs-en');
  await page.context().close();
  await wide.context().close();
});

test('once the page runs, the drawing (wide) and the tables of the selection are made, the drawing in the frame kept for it', async () => {
  const wide = await widePage(site.browser);
  await wide.goto(`${site.origin}/en/statistics/`);
  // Where the frame is in the page, before and after the drawing is made in it.
  const frame = () => wide.locator('svg.timeline-plot').evaluate((svg) => {
    const box = svg.getBoundingClientRect();
    return { top: Math.round(box.top + scrollY), height: Math.round(box.height), marks: svg.querySelectorAll('a.mark').length };
  });
  const before = await frame();
  assert.ok(before.height > 100 && before.marks === 0, `an empty frame in its place: ${JSON.stringify(before)}`);
  await wide.locator('#timeline-heading').scrollIntoViewIfNeeded();
  await takenOver(wide);
  await wide.waitForSelector('svg.timeline-plot a.mark');
  const after = await frame();
  assert.deepEqual({ ...after, marks: 0 }, before, 'the drawing fills the frame, nothing moves');
  assert.ok(after.marks >= totals.length, `${after.marks} marks drawn`);
  const href = await wide.locator('svg.timeline-plot a.mark').first().getAttribute('href');
  await wide.waitForSelector(href, { state: 'attached' });

  // A filter ticked by the reader: the drawing moves the marks it has rather than drawing
  // them again (the same elements), hides the filtered ones, and stacks the others anew
  // from the lowest row, none above an empty one.
  const kalbajar = incidents.filter((i) => i.district === 'kalbajar').map((i) => i.id);
  await wide.evaluate((id) => { window.__kept = document.getElementById(`mark-${id}`); }, kalbajar[0]);
  await wide.locator('.filters summary').click();
  await wide.locator('.filters label', { hasText: 'Kalbajar' }).locator('input').check();
  await wide.waitForFunction((n) => document.querySelectorAll('#incidents-caption ~ tbody tr:not([hidden])').length === n, kalbajar.length);
  assert.deepEqual(new Set(await tableIds(wide)), new Set(kalbajar), 'the table follows the filter');
  assert.ok(await wide.evaluate(() => window.__kept.isConnected && !window.__kept.hidden), 'the same mark, moved');
  assert.equal(await wide.locator('svg.timeline-plot a.mark[hidden][tabindex="0"]').count(), 0, 'no hidden mark takes Tab');
  const marks = await drawnMarks(wide);
  assert.deepEqual(new Set(marks.filter((m) => !m.statement).map((m) => m.id)), new Set(kalbajar), 'the drawing follows the filter');
  const lane = marks.filter((m) => !m.statement);
  const bottom = Math.max(...lane.map((m) => m.y));
  const row = (m) => Math.round((bottom - m.y) / marks.unit / 9);
  for (const m of lane) {
    for (let below = 0; below < row(m); below++) {
      assert.ok(lane.some((o) => row(o) === below && o.x <= m.x + 0.5 && m.x - o.x < 7 * marks.unit), `${m.id} in row ${row(m)} has a mark beside it in row ${below}`);
    }
  }
  assert.deepEqual(wide.errors, []);
  await wide.context().close();
});

// The drawing's marks shown, where each is on the screen (its centre) and the drawing's
// unit in CSS px (its viewBox is 360 wide).
async function drawnMarks(page) {
  const marks = await page.locator('svg.timeline-plot').evaluate((svg) => {
    const unit = svg.getBoundingClientRect().width / 360;
    const shown = [...svg.querySelectorAll('a.mark:not([hidden])')].map((a) => {
      const box = a.querySelector('.hit').getBoundingClientRect();
      return { id: a.dataset.mark, x: box.x + box.width / 2, y: box.y + box.height / 2, statement: a.dataset.mark.startsWith('t') };
    });
    return { unit, left: svg.getBoundingClientRect().x + 34 * unit, right: svg.getBoundingClientRect().x + 352 * unit, shown };
  });
  return Object.assign(marks.shown, { unit: marks.unit, left: marks.left, right: marks.right });
}

test('a shared URL opens the same selection, and the controls change it and the URL', async () => {
  const page = await phonePage(site.browser);
  const query = 'from=2021-01&to=2022-12&district=kalbajar,lachin&outcome=injured';
  await hydrated(page, `${site.origin}/en/statistics/?${query}`);
  const expected = incidents
    .filter((i) => ['kalbajar', 'lachin'].includes(i.district) && Number(i.injured) > 0)
    .filter((i) => i.date.slice(0, 7) >= '2021-01' && i.date.slice(0, 7) <= '2022-12')
    .map((i) => i.id);
  assert.ok(expected.length > 0, 'the query selects something');
  await page.waitForFunction((n) => document.querySelectorAll('#incidents-caption ~ tbody tr:not([hidden])').length === n, expected.length);
  assert.deepEqual(await tableIds(page), expected);
  assert.equal(new URL(page.url()).search, `?${query}`, 'the URL keeps the view');
  assert.equal(await page.locator('#timeline-from + output, #timeline-from ~ output').first().textContent(), 'January 2021');
  const status = await page.locator('.timeline-status').textContent();
  assert.match(status, new RegExp(`: ${expected.length} documented incident`));

  // A filter: untick Lachin.
  await page.locator('.filters summary').click();
  await page.getByRole('checkbox', { name: 'Lachin', exact: true }).uncheck();
  await page.waitForFunction(() => !location.search.includes('lachin'));
  const kalbajarOnly = expected.filter((id) => incidents.find((i) => i.id === id).district === 'kalbajar');
  assert.deepEqual(await tableIds(page), kalbajarOnly);
  // Another language keeps the view (the link loads the page with the view's query),
  // and the address still shares it.
  await page.click('.lang-switch a[hreflang="ru"]');
  await page.waitForURL(`**/ru/statistics/?from=2021-01&to=2022-12&district=kalbajar&outcome=injured`);
  await drawn(page, 'ru');
  await takenOver(page, { within: '.timeline-controls:not([disabled])' });
  assert.deepEqual(await tableIds(page), kalbajarOnly);
  await page.click('.lang-switch a[hreflang="en"]');
  await page.waitForURL(`**/en/statistics/?from=2021-01&to=2022-12&district=kalbajar&outcome=injured`);
  await drawn(page, 'en');
  await takenOver(page, { within: '.timeline-controls:not([disabled])' });
  // Clearing the filters keeps the period (the filters are folded again on the new page).
  await page.locator('.filters summary').click();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.waitForFunction(() => !location.search.includes('district'));
  assert.ok(page.url().includes('from=2021-01'), 'the period is kept');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('zoom and pan by buttons, wheel and drag; the whole period comes back', async () => {
  const page = await widePage(site.browser);
  await hydrated(page, `${site.origin}/en/statistics/`);
  const period = () => page.evaluate(() => [document.getElementById('timeline-from').value, document.getElementById('timeline-to').value].map(Number));
  const [from0, to0] = await period();
  await page.waitForSelector('svg.timeline-plot a.mark');
  const whole = await drawnMarks(page);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const [from1, to1] = await period();
  assert.ok(to1 - from1 < to0 - from0, 'the zoom button narrows the period');
  // The marks of the months left out are hidden, the others moved apart inside the plot
  // as the months widen (the zoom keeps two thirds of the months).
  await page.waitForFunction((n) => document.querySelectorAll('svg.timeline-plot a.mark:not([hidden])').length < n, whole.length);
  const zoomed = await drawnMarks(page);
  assert.ok(zoomed.length > 1, `${zoomed.length} of ${whole.length} marks shown`);
  for (const m of zoomed) assert.ok(m.x >= zoomed.left - 0.5 && m.x <= zoomed.right + 0.5, `${m.id} inside the plot`);
  const [first, last] = [zoomed[0], zoomed.at(-1)];
  const wholeAt = (id) => whole.find((m) => m.id === id);
  const widened = (last.x - first.x) / (wholeAt(last.id).x - wholeAt(first.id).x);
  assert.ok(Math.abs(widened - (to0 - from0 + 1) / (to1 - from1 + 1)) < 0.05, `marks moved apart ${widened.toFixed(2)}×`);
  await page.waitForFunction(() => location.search.includes('from='));  // the URL follows
  await page.getByRole('button', { name: 'Earlier' }).click();
  const [from2] = await period();
  assert.ok(from2 < from1, 'earlier moves back');
  // Drag to the right moves to earlier months (on the drawing as the reader sees it).
  await page.locator('svg.timeline-plot').scrollIntoViewIfNeeded();
  const box = await page.locator('svg.timeline-plot').boundingBox();
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5, { steps: 5 });
  await page.mouse.up();
  const [from3] = await period();
  assert.ok(from3 < from2 || from3 === 0, `drag pans (${from2} -> ${from3})`);
  // The wheel zooms in around the pointer.
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
  const before = await period();
  await page.mouse.wheel(0, -200);
  await page.waitForFunction((b) => document.getElementById('timeline-to').value - document.getElementById('timeline-from').value < b, before[1] - before[0]);
  await page.getByRole('button', { name: 'Whole period' }).click();
  assert.deepEqual(await period(), [from0, to0]);
  await page.waitForFunction(() => location.search === '');  // the default view has a clean URL
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('every mark of the drawing is reachable by keyboard with a spoken label, and its details open', async () => {
  const page = await widePage(site.browser);
  await hydrated(page, `${site.origin}/en/statistics/`);
  const first = page.locator('svg.timeline-plot a.mark[tabindex="0"]');
  assert.equal(await first.count(), 1, 'one mark takes Tab');
  await first.focus();
  const labels = new Set();
  const total = await page.locator('svg.timeline-plot a.mark:not([hidden])').count();
  for (let i = 0; i < total; i++) {
    const [focused, label] = await page.evaluate(() => [document.activeElement.id, document.activeElement.getAttribute('aria-label')]);
    assert.ok(label && label.length > 15, `mark ${i} has a label: ${label}`);
    labels.add(label);
    if (i === total - 1) break;
    await page.keyboard.press('ArrowRight');
    // The page moves the focus once it has drawn the next mark as current.
    await page.waitForFunction((before) => document.activeElement.id !== before, focused, { timeout: 5000 });
  }
  assert.ok(labels.size >= total - 2, `${labels.size} distinct labels for ${total} marks`);
  // The focused mark's details, and its row marked in the table.
  const id = await page.evaluate(() => document.activeElement.id.slice(5));
  await page.waitForFunction((mark) => location.search.includes(`mark=${mark}`), id, { timeout: 5000 });
  await page.locator('.mark-details', { hasText: 'Sources' }).waitFor({ timeout: 5000 });
  assert.equal(await page.locator(`tr#row-${id}.selected`).count(), 1);
  await screenshot(page, 'statistics-details-en');
  // + zooms around the focused mark and keeps it in view; Esc closes the details.
  await page.keyboard.press('+');
  await page.waitForFunction(() => location.search.includes('from='));
  assert.equal(await page.locator(`#mark-${id}:not([hidden])`).count(), 1);
  assert.equal(await page.evaluate(() => document.activeElement.id), `mark-${id}`);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !location.search.includes('mark='));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

/**
 * The smallest font size of any text shown in `selector`, and its smallest tap target (a
 * mark, a button, an input, a summary), both in CSS px. Links within a sentence (a
 * source's name in the details) are the exception WCAG 2.5.8 makes for inline targets.
 */
const smallest = (page, selector) => page.locator(selector).evaluate((root) => {
  const shown = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
  let text = Infinity;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!node.textContent.trim() || !shown(parent)) continue;
    text = Math.min(text, parseFloat(getComputedStyle(parent).fontSize));
  }
  let target = { width: Infinity, height: Infinity };
  for (const e of root.querySelectorAll('a.mark, a.more, button, input, summary')) {
    if (!shown(e)) continue;
    // A checkbox is tapped on its label too, which is its target.
    const box = (e.closest('label') ?? e).getBoundingClientRect();
    if (Math.min(box.width, box.height) < Math.min(target.width, target.height)) target = { width: box.width, height: box.height, what: e.outerHTML.slice(0, 80) };
  }
  return { text, target };
});

for (const viewport of [PHONE, { width: 360, height: 640 }]) {
  test(`at ${viewport.width}×${viewport.height} the timeline is a month list: legible, tappable, a tap opens the details in place`, async () => {
    const page = await phonePage(site.browser, { viewport, hasTouch: true });
    await hydrated(page, `${site.origin}/az/statistics/`);
    assert.ok(!(await page.locator('svg.timeline-plot').isVisible()), 'the drawing is not shown');
    const { text, target } = await smallest(page, '.timeline');
    assert.ok(text >= 12, `the smallest text is ${text} px`);
    assert.ok(target.width >= 24 && target.height >= 24, `the smallest tap target is ${target.width}×${target.height} px: ${target.what}`);
    // Every incident of the month list is a chip of at least 44 px, in its month.
    const chip = page.locator('.month-list li:has(> a.mark) a.mark').nth(3);
    const id = await chip.getAttribute('data-mark');
    const incident = incidents.find((i) => i.id === id);
    await chip.scrollIntoViewIfNeeded();
    await chip.tap();
    await page.waitForFunction((mark) => location.search.includes(`mark=${mark}`), id);
    const details = page.locator('.month-list .mark-details');
    await details.waitFor();
    // The details open right under the mark's own month, and say its place.
    const month = page.locator('.month-list .month', { has: page.locator(`a[data-mark="${id}"]`) });
    assert.equal(await month.locator('.mark-details').count(), 1, 'in the mark\'s month');
    assert.match(await details.textContent(), new RegExp(places.find((p) => p.id === incident.place)?.az ?? ''));
    assert.equal(await chip.getAttribute('aria-expanded'), 'true');
    assert.ok(!(await page.locator('.mark-details.for-drawing').isVisible()), 'the drawing\'s details stay hidden');
    const box = await details.boundingBox();
    assert.ok(box.width <= viewport.width, 'the details fit the screen');
    await screenshot(page, `statistics-list-${viewport.width}-az`);
    // The close button closes them and gives the focus back to the mark.
    await details.getByRole('button').click();
    await page.waitForFunction(() => !location.search.includes('mark='));
    assert.equal(await page.evaluate(() => document.activeElement.dataset.mark), id);
    assert.equal(await chip.getAttribute('aria-expanded'), 'false');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('on a phone, the month list follows the filters and the period, and works by keyboard', async () => {
  const page = await phonePage(site.browser);
  await hydrated(page, `${site.origin}/en/statistics/?district=kalbajar`);
  const kalbajar = incidents.filter((i) => i.district === 'kalbajar').map((i) => i.id);
  await page.waitForFunction((n) => document.querySelectorAll('#incidents-caption ~ tbody tr:not([hidden])').length === n, kalbajar.length);
  const incidentIds = new Set(incidents.map((i) => i.id));
  // A mark is shown when neither it, its month nor its part of the month is hidden.
  await page.evaluate(() => {
    window.shownMarks = () => [...document.querySelectorAll('.month-list a.mark')].filter((a) => !a.closest('[hidden]'));
  });
  const shownOnly = async () => (await page.evaluate(() => window.shownMarks().map((a) => a.dataset.mark)))
    .filter((id) => incidentIds.has(id));
  assert.deepEqual(new Set(await shownOnly()), new Set(kalbajar), 'the filter\'s incidents, and no other');
  // A month with nothing selected is hidden as a whole.
  const empty = await page.evaluate(() => [...document.querySelectorAll('.month-list .month:not([hidden])')]
    .filter((m) => !window.shownMarks().some((a) => m.contains(a))).length);
  assert.equal(empty, 0, 'no month shown empty');
  // Clearing the filter shows every incident again; a narrower period hides the others.
  await page.locator('.filters summary').click();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.waitForFunction((n) => window.shownMarks().length === n, totals.length + incidents.length);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.waitForFunction(() => location.search.includes('from='));
  const address = new URL(page.url()).searchParams;
  const inPeriod = incidents.filter((i) => i.date.slice(0, 7) >= address.get('from') && i.date.slice(0, 7) <= address.get('to')).map((i) => i.id);
  assert.ok(inPeriod.length < incidents.length, 'the zoom narrows the period');
  await page.waitForFunction((n) => window.shownMarks().length < n, totals.length + incidents.length);
  assert.deepEqual(new Set(await shownOnly()), new Set(inPeriod), 'the period\'s incidents');

  // By keyboard: Tab reaches a mark, Enter opens its details, Esc closes them.
  const mark = page.locator('.month-list .month:not([hidden]) > div:not([hidden]) li:has(> a.mark):not([hidden]) a.mark').first();
  const id = await mark.getAttribute('data-mark');
  await mark.focus();
  assert.ok((await mark.getAttribute('aria-label')).length > 15, 'a spoken label');
  await page.keyboard.press('Enter');
  await page.waitForFunction((m) => location.search.includes(`mark=${m}`), id);
  await page.locator('.month-list .mark-details', { hasText: 'Sources' }).waitFor();
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !location.search.includes('mark='));
  assert.equal(await page.evaluate(() => document.activeElement.dataset.mark), id, 'the focus stays on the mark');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('hydration keeps the page in place and nothing animates under reduced motion', async () => {
  const page = await phonePage(site.browser);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await hydrated(page, `${site.origin}/az/statistics/`);
  assert.equal(await page.evaluate(() => window.__removed), 0, 'the server DOM is adopted, not redrawn');
  const { cls, shifts } = await page.evaluate(() => ({ cls: window.__cls, shifts: window.__shifts }));
  assert.equal(cls, 0, `layout shift: ${shifts.join(' | ')}`);
  await page.getByRole('button', { name: 'Böyüt' }).click();
  assert.equal(await page.evaluate(() => document.getAnimations().length), 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the timeline is taken over when the reader comes near it, and at once for a shared view', async () => {
  const page = await phonePage(site.browser);
  await page.goto(`${site.origin}/en/statistics/`);
  // The wasm is downloaded after the first paint, but not run while the figures are read.
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('_bg.wasm') && e.responseEnd > 0));
  await page.waitForTimeout(500);
  assert.equal(await page.getAttribute('html', 'data-hydrated'), null, 'not taken over on the first screen');
  assert.notEqual(await page.getAttribute('.timeline-controls', 'disabled'), null, 'the controls wait for the wasm');
  await page.locator('#timeline-heading').scrollIntoViewIfNeeded();
  await page.waitForSelector('html[data-hydrated] .timeline-controls:not([disabled])');

  // A shared view is applied without the reader scrolling to it.
  await page.goto(`${site.origin}/en/statistics/?district=kalbajar`);
  await page.waitForSelector('html[data-hydrated]');
  await page.waitForFunction(() => /\b1\)/.test(document.querySelector('.filters summary').textContent));
  assert.ok(await page.evaluate(() => scrollY === 0), 'the reader was not moved');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('with JavaScript off, the places read in each language: Azerbaijani letters, Cyrillic', async () => {
  const named = places.filter((p) => incidents.some((i) => i.place === p.id));
  assert.ok(named.length > 30, `${named.length} places named`);
  const page = await phonePage(site.browser, { javaScriptEnabled: false });
  // textContent: the table is off screen, where the page lets the browser skip its layout.
  const tableText = () => page.locator('#incidents-caption ~ tbody').textContent();
  await page.goto(`${site.origin}/az/statistics/table/`);
  const az = await tableText();
  for (const name of ['Çıraq', 'Tağaverd', 'İstisu']) assert.ok(az.includes(name), `az: ${name}`);
  const azPage = await page.locator('main').textContent();
  for (const name of ['Chirag', 'Tagaverd', 'Taghavard', 'Tagavard']) assert.ok(!azPage.includes(name), `az: no ${name}`);
  for (const p of named) assert.ok(az.includes(p.az), `az: ${p.az}`);
  await page.locator('#incidents-caption').scrollIntoViewIfNeeded();
  await screenshot(page, 'statistics-places-az');

  await page.goto(`${site.origin}/ru/statistics/table/`);
  const ru = await tableText();
  assert.ok(ru.includes('Чираг'), 'ru: Чираг');
  assert.ok(!(await page.locator('main').textContent()).includes('Chirag'), 'ru: no Chirag');
  for (const p of named) assert.ok(ru.includes(p.ru), `ru: ${p.ru}`);
  // The place column itself is all Cyrillic (digits and punctuation aside).
  const placeCells = await page.locator('#incidents-caption ~ tbody td:nth-child(2)').allTextContents();
  for (const cell of placeCells) assert.doesNotMatch(cell, /[A-Za-zƏəĞğİıÖöÜüÇçŞş]/, `ru: ${cell}`);
  await page.locator('#incidents-caption').scrollIntoViewIfNeeded();
  await screenshot(page, 'statistics-places-ru');

  await page.goto(`${site.origin}/en/statistics/table/`);
  const en = await tableText();
  for (const p of named) assert.ok(en.includes(p.en), `en: ${p.en}`);
  await page.context().close();
});

test('the date the figures run to, and beside each figure the kind of body that gave it', async () => {
  const newest = totals.map((t) => t.date).sort().at(-1);
  const newestIncident = incidents.map((i) => i.date).sort().at(-1);
  const kindOf = (sourceId) => {
    const speaker = sources.find((s) => s.id === sourceId).speaker;
    return message('en', 'sources', `speaker-kind-${speakers.find((s) => s.id === speaker).kind}`);
  };
  const plain = await phonePage(site.browser, { javaScriptEnabled: false });
  await plain.goto(`${site.origin}/en/statistics/`);
  const asOf = await plain.locator('.headline .as-of').textContent();
  await plain.goto(`${site.origin}/en/statistics/table/`);
  if (/^\d{4}-\d{2}-\d{2}$/.test(newest)) assert.ok(asOf.includes(englishDate(newest)), asOf);
  if (/^\d{4}-\d{2}-\d{2}$/.test(newestIncident)) assert.ok(asOf.includes(englishDate(newestIncident)), asOf);
  // Every statement's row says the kind of its speaker.
  for (const statement of totals) {
    const row = await plain.locator(`tr#row-${statement.id}`).textContent();
    assert.ok(row.includes(`(${kindOf(statement.source)})`), `${statement.id}: ${row}`);
  }
  await plain.context().close();

  // The details of the newest statement, opened from a shared address.
  const latest = totals.filter((t) => t.date === newest).at(-1);
  const page = await phonePage(site.browser);
  await hydrated(page, `${site.origin}/en/statistics/?mark=${latest.id}`);
  const details = page.locator('.mark-details .details-title');
  await details.waitFor({ timeout: 5000 });
  assert.ok((await details.textContent()).includes(`(${kindOf(latest.source)})`), await details.textContent());
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
