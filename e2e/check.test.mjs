// The check before and after a lesson in a real browser: a class counted on the projector
// and a pupil on their own phone, each by keyboard alone; the chart and the numbers right
// for what was entered; the summary printed on one A4 page; nothing sent; what is kept on
// the device and "erase"; the page without JavaScript; axe in every state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { focused, pdfPages, phonePage, takenOver, tabTo, screenshot, PHONE, WIDE } from './support/browser.mjs';
import { root } from './support/server.mjs';
import { siteUnderTest } from './support/site.mjs';

const site = siteUnderTest();
const artifacts = path.join(root, 'e2e/artifacts');
const AXE = fs.readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** axe's violations on the page as it is now, one line each. */
async function violations(page) {
  await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** The right answer's position for each question of an age group, from the printed key ("1 B · 2 A …"). */
async function answerKey(page, age, letters) {
  const key = await page.locator(`#check-list-${age}`).locator('xpath=..').locator('.check-answer-key').textContent();
  return [...key.matchAll(/(\d+) (\S)/g)].map((m) => letters.indexOf(m[2]));
}

/** The model's share: whole per cent, rounded half up. */
const percent = (right, total) => Math.floor((200 * right + total) / (2 * total));

// Hands raised for answers A, B, C of each of the eight questions.
const BEFORE = [[10, 9, 6], [3, 12, 10], [4, 4, 17], [20, 3, 2], [8, 8, 9], [1, 1, 23], [12, 12, 1], [0, 25, 0]];
const AFTER = [[22, 2, 1], [0, 25, 0], [1, 1, 23], [24, 1, 0], [2, 3, 20], [0, 25, 0], [5, 19, 1], [1, 24, 0]];

test('a class counted on the projector by keyboard: the change as bars and numbers, and a one-page A4 summary; nothing sent', async () => {
  const page = await phonePage(site.browser, { viewport: WIDE });
  await page.goto(`${site.origin}/en/schools/check/`);
  const key = await answerKey(page, '6-11', ['A', 'B', 'C']);
  assert.equal(key.length, 8, 'eight questions in the printed key');
  await takenOver(page, { within: '.check-start button:not([disabled])' });
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'check-start-wide');
  assert.deepEqual(await violations(page), [], 'axe: the start');
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));

  // The age group and the mode are radio groups: Tab into each, the arrows choose.
  await page.locator('main').focus();
  await tabTo(page, 'input[name="check-age"]');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  assert.equal(await page.locator('input[name="check-age"]:checked').getAttribute('value'), '6-11');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.value), 'class', 'the class is the default way');
  await tabTo(page, '.check-start button');
  await page.keyboard.press('Enter');

  const count = async (counts, moment) => {
    for (let q = 0; q < counts.length; q++) {
      await page.waitForFunction(([n, m]) => document.querySelector('.check-progress')?.textContent.startsWith(`${m} · question ${n} of 8`), [q + 1, moment]);
      assert.equal(await focused(page), 'h2#check-question', `question ${q + 1} has focus`);
      assert.equal(await page.locator('.check-answer').count(), 3);
      for (let a = 0; a < 3; a++) {
        const hands = counts[q][a];
        if (q === 0 && a === 1) {
          // By the + button, Space and Enter.
          await tabTo(page, `.check-answer:nth-child(2) .check-stepper button:last-child`);
          for (let n = 0; n < hands; n++) await page.keyboard.press(n % 2 ? 'Space' : 'Enter');
          assert.equal(await page.inputValue('#check-hands-1'), String(hands));
          continue;
        }
        await tabTo(page, `#check-hands-${a}`);
        await page.keyboard.press('Control+A');
        if (q === 0 && a === 0) {
          // Typed one too few, then the arrow key.
          await page.keyboard.type(String(hands - 1));
          await page.keyboard.press('ArrowUp');
        } else {
          await page.keyboard.type(String(hands));
        }
        assert.equal(await page.inputValue(`#check-hands-${a}`), String(hands), `question ${q + 1}, answer ${a}`);
      }
      const total = counts[q].reduce((s, n) => s + n, 0);
      assert.equal((await page.locator('.check-hands').textContent()).trim(), `${total} hands counted for this question.`);
      if (q === 0 && moment === 'Before the lesson') {
        assert.deepEqual(await violations(page), [], 'axe: the count');
        await screenshot(page, 'check-count-wide');
      }
      await tabTo(page, '.check-nav .button:last-child');
      await page.keyboard.press('Enter');
    }
  };
  await count(BEFORE, 'Before the lesson');
  await page.waitForSelector('.check-between');
  assert.equal(await focused(page), 'h2#check-between-heading');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await count(AFTER, 'After the lesson');

  await page.waitForSelector('.check-results');
  assert.equal(await focused(page), 'h2#check-results-heading');
  // The numbers, question by question and for all, against the counts entered.
  const share = (counts, q) => {
    const total = counts[q].reduce((s, n) => s + n, 0);
    return { right: counts[q][key[q]], total, percent: percent(counts[q][key[q]], total) };
  };
  const rows = await page.locator('.check-summary .check-table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
  const bars = await page.locator('.check-summary .check-chart g').evaluateAll((gs) => gs.map((g) => [...g.querySelectorAll('rect')].map((r) => Number(r.getAttribute('width')))));
  assert.equal(rows.length, 8);
  let sums = [0, 0, 0, 0];
  for (let q = 0; q < 8; q++) {
    const [b, a] = [share(BEFORE, q), share(AFTER, q)];
    sums = [sums[0] + b.right, sums[1] + b.total, sums[2] + a.right, sums[3] + a.total];
    const change = a.percent - b.percent;
    assert.deepEqual(rows[q], [
      String(q + 1), rows[q][1],
      `${b.right} of ${b.total} (${b.percent}%)`, `${a.right} of ${a.total} (${a.percent}%)`,
      change > 0 ? `+${change} points` : change < 0 ? `−${-change} points` : 'no change',
    ], `question ${q + 1}`);
    assert.deepEqual(bars[q], [b.percent, a.percent], `question ${q + 1}: the bars`);
  }
  const foot = await page.locator('.check-summary .check-table tfoot td').allTextContents();
  const [all0, all1] = [percent(sums[0], sums[1]), percent(sums[2], sums[3])];
  assert.deepEqual(foot.map((t) => t.trim()).slice(1), [`${sums[0]} of ${sums[1]} (${all0}%)`, `${sums[2]} of ${sums[3]} (${all1}%)`, `+${all1 - all0} points`]);
  assert.match(await page.locator('.check-chart svg').getAttribute('role'), /img/);
  assert.ok((await page.locator('.check-chart svg title').textContent()).length > 10, 'the chart is named');

  // The report: today's date, girls and boys typed in, no names.
  const today = await page.evaluate(() => { const d = new Date(); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`; });
  assert.equal(await page.inputValue('#check-date'), today);
  await tabTo(page, '#check-girls');
  await page.keyboard.type('12');
  await page.keyboard.press('Tab');
  await page.keyboard.type('14');
  const facts = await page.locator('.check-facts div').evaluateAll((ds) => ds.map((d) => d.textContent.trim()));
  assert.ok(facts.includes('Girls12') && facts.includes('Boys14') && facts.includes('Pupils in all26'), facts.join(' | '));
  assert.ok(facts.some((f) => f.startsWith('Age group') && f.includes('6–11')), facts.join(' | '));
  assert.equal(await page.locator('.check-summary input, .check-summary [contenteditable]').count(), 0);
  assert.deepEqual(await violations(page), [], 'axe: the results');
  await screenshot(page, 'check-results-wide');
  await page.setViewportSize(PHONE);
  await screenshot(page, 'check-results-phone');
  await page.setViewportSize(WIDE);

  // "Print the summary" asks the browser to print; printed, the summary alone on one A4 page.
  await page.evaluate(() => { window.print = () => { window.printed = true; }; });
  await tabTo(page, '.check-results > p > .button', 8);
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => window.printed), true);
  await page.emulateMedia({ media: 'print' });
  const shown = await page.locator('.site-header, .page-intro, .check-fit, .check-report-form, .check-keeping, button, input')
    .evaluateAll((all) => all.filter((e) => e.getClientRects().length > 0).map((e) => e.className || e.tagName));
  assert.deepEqual(shown, [], 'printed without the site and the controls around the summary');
  assert.ok(await page.isVisible('.check-summary .check-table'));
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  fs.mkdirSync(artifacts, { recursive: true });
  fs.writeFileSync(path.join(artifacts, 'check-summary-en.pdf'), pdf);
  assert.equal(pdfPages(pdf), 1, 'the summary is one page');
  assert.equal((pdf.toString('latin1').match(/\/MediaBox\s*\[\s*0 0 59[45]\.\d+ 84[12]\.\d+\s*\]/g) || []).length, 1, 'an A4 page');
  await page.emulateMedia({ media: 'screen' });

  assert.deepEqual(requests, [], 'nothing was requested after the page had loaded');
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'not kept: the box was not ticked');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a pupil on their own phone by keyboard: before, the page closed and opened again, after, their own change, then erased', async () => {
  const page = await phonePage(site.browser);
  await page.goto(`${site.origin}/ru/schools/check/`);
  const key = await answerKey(page, '12-17', ['А', 'Б', 'В']);
  await takenOver(page, { within: '.check-start button:not([disabled])' });
  await screenshot(page, 'check-start-phone');
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.locator('main').focus();
  await tabTo(page, 'input[name="check-age"]');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowUp');
  assert.equal(await page.locator('input[name="check-age"]:checked').getAttribute('value'), '12-17');
  assert.equal(await page.locator('input[name="check-mode"]:checked').getAttribute('value'), 'pupil');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');

  // Each question a group of radio buttons: Tab into it, Space for the first answer, an
  // arrow for the next ones.
  const answer = async (choices, moment) => {
    await page.waitForSelector('form.check-pupil');
    assert.equal(await focused(page), 'h2#check-pupil-heading');
    assert.equal((await page.locator('#check-pupil-heading').textContent()).trim(), moment);
    for (let q = 0; q < choices.length; q++) {
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.name), `check-${moment === 'До урока' ? 'before' : 'after'}-${q}`);
      if (choices[q] === 0) await page.keyboard.press('Space');
      for (let n = 0; n < choices[q]; n++) await page.keyboard.press('ArrowDown');
    }
    assert.equal((await page.locator('.check-pupil .check-hands').textContent()).trim(), 'Отвечено вопросов: 8 из 8.');
    await tabTo(page, 'form.check-pupil button[type="submit"]');
    await page.keyboard.press('Enter');
  };
  const wrongBefore = new Set([0, 2, 5]);
  await answer(key.map((k, q) => (wrongBefore.has(q) ? (k + 1) % 3 : k)), 'До урока');
  await page.waitForSelector('.check-between');
  assert.deepEqual(await violations(page), [], 'axe: between');
  // Kept on the phone: the page closed and opened again takes up where it was.
  assert.match(await page.evaluate(() => localStorage.getItem('minesafe-check-pupil')), /^check1\|pupil\|12-17\|between\|/);
  await page.reload();
  await takenOver(page, { within: '.check-between' });
  assert.equal(await page.isVisible('.check-lists'), false, 'the answer key is not shown while the check runs');
  await page.locator('.check-between button').focus();
  await page.keyboard.press('Enter');
  const wrongAfter = new Set([5]);
  await answer(key.map((k, q) => (wrongAfter.has(q) ? (k + 2) % 3 : k)), 'После урока');

  await page.waitForSelector('.check-results');
  assert.equal(await focused(page), 'h2#check-results-heading');
  const rows = await page.locator('.check-table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].slice(2).map((c) => c.textContent.trim())));
  assert.deepEqual(rows, key.map((_, q) => [wrongBefore.has(q) ? 'неверно' : 'верно', wrongAfter.has(q) ? 'неверно' : 'верно']));
  const foot = (await page.locator('.check-table tfoot td').allTextContents()).map((t) => t.trim());
  assert.deepEqual(foot.slice(1), ['верно 5 из 8', 'верно 7 из 8']);
  const bars = await page.locator('.check-chart g').evaluateAll((gs) => gs.map((g) => [...g.querySelectorAll('rect')].map((r) => Number(r.getAttribute('width')))));
  assert.deepEqual(bars, key.map((_, q) => [wrongBefore.has(q) ? 0 : 100, wrongAfter.has(q) ? 0 : 100]));
  assert.equal(await page.locator('.quiz-review > li').count(), 1, 'the question still wrong, with its right answer and why');
  assert.deepEqual(await violations(page), [], 'axe: a pupil\'s results');
  await screenshot(page, 'check-pupil-results-phone');

  // Erase: nothing left on the phone, back to the start.
  await tabTo(page, '.check-keeping button', 30);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.check-start');
  assert.equal(await page.evaluate(() => localStorage.getItem('minesafe-check-pupil')), null);
  assert.equal(await page.isVisible('.check-lists'), true);
  assert.deepEqual(requests.filter((u) => !u.endsWith('/ru/schools/check/') && !/\.(js|wasm|css|txt|webmanifest|svg|png)$/.test(u)), [], 'nothing but the page itself, on reload');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a class\'s counts are kept on the device only when the teacher ticks "keep", and erased by the button', async () => {
  const page = await phonePage(site.browser);
  await page.goto(`${site.origin}/az/schools/check/`);
  await takenOver(page, { within: '.check-start button:not([disabled])' });
  await page.locator('.check-start button').click();
  await page.fill('#check-hands-0', '7');
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'not ticked: nothing kept');
  await page.locator('.check-keeping input[type="checkbox"]').check();
  await page.waitForFunction(() => localStorage.getItem('minesafe-check-class')?.startsWith('check1|class|6-11|before|'));
  await page.fill('#check-hands-1', '3');
  await page.waitForFunction(() => localStorage.getItem('minesafe-check-class')?.includes('|7.3.0,'));
  await page.reload();
  await takenOver(page, { within: '.check-count' });
  assert.equal(await page.inputValue('#check-hands-0'), '7');
  assert.equal(await page.inputValue('#check-hands-1'), '3');
  assert.equal(await page.isChecked('.check-keeping input[type="checkbox"]'), true);
  // Unticked: the kept copy goes, the counts on the screen stay.
  await page.locator('.check-keeping input[type="checkbox"]').uncheck();
  assert.equal(await page.evaluate(() => localStorage.getItem('minesafe-check-class')), null);
  assert.equal(await page.inputValue('#check-hands-0'), '7');
  await page.reload();
  await takenOver(page, { within: '.check-start' });
  // Ticked again, then erased: gone from the device and from the screen.
  await page.locator('.check-start button').click();
  await page.locator('.check-keeping input[type="checkbox"]').check();
  await page.fill('#check-hands-2', '5');
  await page.waitForFunction(() => localStorage.getItem('minesafe-check-class') !== null);
  await page.locator('.check-keeping button').click();
  await page.waitForSelector('.check-start');
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  // Garbage where a check is kept is as if nothing were.
  await page.evaluate(() => localStorage.setItem('minesafe-check-class', '\u0000{not json<script>'));
  await page.reload();
  await takenOver(page, { within: '.check-start' });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('without JavaScript: every question with its answers and the answer key, ready to print, and the start waiting', async () => {
  const page = await phonePage(site.browser, { javaScriptEnabled: false });
  for (const lang of ['az', 'en', 'ru']) {
    await page.goto(`${site.origin}/${lang}/schools/check/`);
    assert.equal(await page.locator('.check-list').count(), 2, lang);
    for (const list of await page.locator('.check-list').all()) {
      assert.equal(await list.locator('ol > li').count(), 8, `${lang}: eight questions`);
      assert.equal(await list.locator('.check-list-answers > li').count(), 24, `${lang}: three answers each`);
      assert.match(await list.locator('.check-answer-key').textContent(), /1 \S · 2 \S · 3 \S · 4 \S · 5 \S · 6 \S · 7 \S · 8 \S$/);
    }
    assert.equal(await page.locator('.check-start button[disabled]').count(), 1);
    assert.ok(await page.isVisible('.check-start .until-hydrated'));
    assert.equal(await page.locator('.check-fit .minutes').count(), 3, `${lang}: how to fit it in a lesson`);
  }
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.isVisible('.check-list .check-answer-key'));
  assert.equal(await page.isVisible('.check-start'), false);
  await page.context().close();
});
