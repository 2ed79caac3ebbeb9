// The school tools in a real browser: a whole quiz by keyboard with the right score, the
// classroom slides by the keys a presenter and a clicker use, and the posters printed to
// PDF by Chromium, one A4 page each with nothing cut off.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { focused, pdfPages, phonePage, tabTo, takenOver } from './support/browser.mjs';
import { root } from './support/server.mjs';
import { siteUnderTest } from './support/site.mjs';

const site = siteUnderTest();
const LANGS = ['az', 'en', 'ru'];
const artifacts = path.join(root, 'e2e/artifacts');

test('a whole quiz by keyboard: feedback after each answer, then the right score and the questions to review', async () => {
  const page = await phonePage(site.browser);
  await page.goto(`${site.origin}/en/schools/quiz/`);
  // The answer key the page ships for readers without JavaScript: each question's right answer.
  const rightAnswers = await page.locator('.quiz-key').first().locator('li .right-answer')
    .evaluateAll((ps) => ps.map((p) => p.lastChild.textContent.trim()));
  const questions = await page.locator('.quiz-key').first().locator('li .question').allTextContents();
  assert.ok(questions.length >= 12, `${questions.length} questions`);
  await takenOver(page);

  // Into the page by keyboard alone, to the first age group's button.
  await page.locator('main').focus();
  await tabTo(page, '.quiz-ages li:first-child button');
  await page.keyboard.press('Enter');
  const wrongOn = new Set([1, 4, 8]);
  for (let i = 0; i < questions.length; i++) {
    await page.waitForFunction((n) => document.querySelector('.quiz-progress')?.textContent.startsWith(`Question ${n} `), i + 1);
    assert.equal(await focused(page), 'h2#quiz-question', `question ${i + 1} has focus`);
    assert.equal((await page.locator('#quiz-question').textContent()).trim(), questions[i]);
    assert.equal(await page.locator('.quiz-card svg[role="img"] title').count(), 1, 'a named picture');
    const answers = (await page.locator('.answer').allTextContents()).map((t) => t.trim());
    const right = answers.indexOf(rightAnswers[i]);
    assert.ok(right >= 0, `question ${i + 1}: the key's answer is offered`);
    const chosen = wrongOn.has(i) ? (right + 1) % answers.length : right;
    await page.keyboard.press('Tab');
    for (let step = 0; step < chosen; step++) await page.keyboard.press('Tab');
    assert.equal((await page.evaluate(() => document.activeElement.textContent)).trim(), answers[chosen]);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.quiz-feedback');
    assert.equal(await focused(page), 'div.quiz-feedback', 'the verdict takes focus to be read');
    const verdict = (await page.locator('.verdict').textContent()).trim();
    assert.equal(verdict, wrongOn.has(i) ? 'Not quite.' : 'Right!');
    assert.ok((await page.locator('.quiz-feedback .why').textContent()).trim().length > 20, 'an explanation');
    assert.equal(await page.locator('.answer.right').count(), 1);
    assert.equal(await page.locator('.answer[aria-disabled="true"]').count(), answers.length);
    // A second answer changes nothing.
    await page.locator('.answer').nth((chosen + 1) % answers.length).dispatchEvent('click');
    assert.equal((await page.locator('.verdict').textContent()).trim(), verdict);
    await tabTo(page, 'button.next');
    await page.keyboard.press('Enter');
  }
  await page.waitForSelector('.quiz-results');
  assert.equal(await focused(page), 'h2#quiz-results-heading');
  assert.equal((await page.locator('.quiz-score').textContent()).trim(),
    `You answered ${questions.length - wrongOn.size} of ${questions.length} questions right.`);
  const reviewed = await page.locator('.quiz-review > li .question').allTextContents();
  assert.deepEqual(reviewed, [...wrongOn].map((i) => questions[i]));
  // Try again starts the same age group from the first question.
  await tabTo(page, '.quiz-actions button:first-child');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.quiz-progress')?.textContent.startsWith('Question 1 '));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('each lesson plan, as the guide shows it, adds up to 45 minutes and has steps in which every pupil takes part, in each language', async () => {
  const page = await phonePage(site.browser, { javaScriptEnabled: false });
  for (const lang of ['az', 'en', 'ru']) {
    await page.goto(`${site.origin}/${lang}/schools/`);
    const lessons = await page.$$eval('article.lesson', (articles) => articles.map((a) => ({
      id: a.id,
      minutes: [...a.querySelectorAll('.lesson-steps .minutes')].map((m) => Number(m.textContent.match(/\d+/)[0])),
      everyone: a.querySelectorAll('.lesson-steps .everyone').length,
    })));
    assert.equal(lessons.length, 2, `${lang}: two plans`);
    for (const lesson of lessons) {
      assert.equal(lesson.minutes.reduce((a, b) => a + b, 0), 45, `${lang} ${lesson.id}: ${lesson.minutes.join('+')}`);
      assert.ok(lesson.everyone > 0, `${lang} ${lesson.id}: a step in which every pupil takes part`);
    }
  }
  await page.context().close();
});

test('the quiz sends nothing, starts from the teacher guide\'s link and has an answer key without JavaScript', async () => {
  const page = await phonePage(site.browser);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${site.origin}/ru/schools/quiz/?age=12-17`);
  await takenOver(page, { within: '.quiz-card' });
  assert.match(await page.locator('.quiz-progress').textContent(), /^Вопрос 1 из 21/);
  await page.locator('.answer').first().click();
  await page.locator('button.next').click();
  await page.locator('.answer').first().click();
  assert.deepEqual(requests.filter((u) => !u.startsWith(site.origin)), []);
  const before = requests.length;
  await page.locator('button.next').click();
  assert.equal(requests.length, before, 'answering fetches nothing');
  await page.context().close();

  const guide = await phonePage(site.browser);
  await guide.goto(`${site.origin}/az/schools/`);
  for (const age of ['6-11', '12-17']) {
    assert.equal(await guide.locator(`#lesson-${age} a[href="/az/schools/quiz/?age=${age}"]`).count(), 1, age);
  }
  await guide.context().close();

  const plain = await phonePage(site.browser, { javaScriptEnabled: false });
  for (const lang of LANGS) {
    await plain.goto(`${site.origin}/${lang}/schools/quiz/`);
    for (const age of [0, 1]) {
      const items = plain.locator('.quiz-key').nth(age).locator('ol > li');
      assert.ok(await items.count() >= 12, `${lang}: key ${age}`);
      for (const part of ['.question', '.right-answer', '.why']) {
        for (const text of await items.locator(part).allTextContents()) assert.ok(text.trim().length > 5, `${lang} ${part}`);
      }
    }
    assert.equal(await plain.locator('.quiz-ages button[disabled]').count(), 2, `${lang}: start waits for the wasm`);
  }
  await plain.context().close();
});

test('classroom slides: one at a time, moved by arrows, space, PageUp/PageDown, Home/End, with the slide in the address, and full screen', async () => {
  const page = await phonePage(site.browser);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${site.origin}/en/schools/classroom/`);
  await takenOver(page, { within: '.deck.one-at-a-time' });
  const total = await page.locator('.slide').count();
  assert.ok(total >= 10);
  const shown = async (n) => {
    await page.waitForFunction((id) => location.hash === `#${id}`, `slide-${n}`);
    const visible = await page.locator('.slide:not([hidden])').evaluateAll((s) => s.map((e) => e.id));
    assert.deepEqual(visible, [`slide-${n}`]);
    assert.equal((await page.locator('.deck-position').textContent()).trim(), `Slide ${n} of ${total}`);
  };
  await shown(1);
  await page.locator('main').focus();
  const historyLength = await page.evaluate(() => history.length);
  const scrolled = await page.evaluate(() => window.scrollY);
  for (const [key, n] of [['ArrowRight', 2], ['PageDown', 3], [' ', 4], ['ArrowDown', 5], ['PageUp', 4],
    ['ArrowLeft', 3], ['Shift+ ', 2], ['End', total], ['PageDown', total], ['Home', 1], ['PageUp', 1]]) {
    await page.keyboard.press(key === ' ' ? 'Space' : key === 'Shift+ ' ? 'Shift+Space' : key);
    await shown(n);
  }
  assert.equal(await page.evaluate(() => history.length), historyLength, 'stepping through slides does not fill the history');
  // The keys moved the slides, not the page under them.
  assert.equal(await page.evaluate(() => window.scrollY), scrolled);
  // Space on the focused Next button moves one slide, not two.
  await page.locator('.deck-controls button', { hasText: 'Next' }).focus();
  await page.keyboard.press('Space');
  await shown(2);
  // The list of slides jumps, and so does an address with a slide number.
  await page.locator('.slide-list a[href="#slide-7"]').click();
  await shown(7);
  assert.equal(await page.locator('.slide-list a[aria-current="true"]').getAttribute('href'), '#slide-7');
  await page.goto(`${site.origin}/en/schools/classroom/#slide-9`);
  await takenOver(page, { within: '.deck.one-at-a-time' });
  await shown(9);
  // Full screen: the slides alone, the keys still move them, and the button (or Esc)
  // leaves it.
  const screenButton = page.locator('.deck-controls button.secondary');
  assert.equal((await screenButton.textContent()).trim(), 'Full screen');
  await screenButton.click();
  await page.waitForFunction(() => document.fullscreenElement?.classList.contains('deck'));
  await page.locator('.deck-controls button', { hasText: 'Leave full screen' }).waitFor();
  await page.keyboard.press('PageDown');
  await shown(10);
  await screenButton.click();
  await page.waitForFunction(() => document.fullscreenElement === null);
  await page.locator('.deck-controls button', { hasText: /^Full screen$/ }).waitFor();
  assert.deepEqual(page.errors, []);
  await page.context().close();

  const plain = await phonePage(site.browser, { javaScriptEnabled: false });
  await plain.goto(`${site.origin}/az/schools/classroom/`);
  assert.equal(await plain.locator('.slide:not([hidden])').count(), total, 'without JavaScript every slide is on the page');
  await plain.context().close();
});

test('"Print this poster" prints that poster alone, on one A4 page, with no wasm', async () => {
  const page = await phonePage(site.browser);
  // The browser's print dialog, replaced by a note of what the page was about to print.
  await page.addInitScript(() => {
    window.print = () => {
      const posters = document.querySelector('.posters');
      window.printed = { printingOne: posters.classList.contains('printing-one'), marked: [...posters.querySelectorAll('.print-this')].map((p) => p.id) };
    };
  });
  await page.goto(`${site.origin}/ru/schools/posters/`);
  await takenOver(page);
  await page.locator('#poster-signs').locator('xpath=..').getByRole('button').click();
  await page.waitForFunction(() => window.printed);
  assert.deepEqual(await page.evaluate(() => window.printed), { printingOne: true, marked: ['poster-signs'] });
  // Afterwards the page is as it was.
  await page.waitForFunction(() => !document.querySelector('.printing-one, .print-this'));
  // What that print gives: the page as it was at that moment, printed.
  await page.evaluate(() => {
    document.querySelector('.posters').classList.add('printing-one');
    document.getElementById('poster-signs').classList.add('print-this');
  });
  await page.emulateMedia({ media: 'print' });
  const shown = await page.locator('.poster').evaluateAll((all) => all.filter((p) => p.getClientRects().length > 0).map((p) => p.id));
  assert.deepEqual(shown, ['poster-signs']);
  assert.equal(pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true })), 1);
  assert.deepEqual(page.errors, []);
  await page.context().close();
  // Without JavaScript no button that would do nothing, nor the place of one: the
  // browser's own print remains.
  const plain = await phonePage(site.browser, { javaScriptEnabled: false });
  await plain.goto(`${site.origin}/ru/schools/posters/`);
  const placed = await plain.locator('.poster-toolbar button').evaluateAll((all) => all.filter((b) => b.getClientRects().length > 0).length);
  assert.equal(placed, 0, 'no print button without JavaScript');
  await plain.context().close();
});

test('printed, each poster is exactly one A4 page with nothing of the site and nothing cut off', async () => {
  fs.mkdirSync(artifacts, { recursive: true });
  for (const lang of LANGS) {
    const page = await phonePage(site.browser);
    await page.goto(`${site.origin}/${lang}/schools/posters/`);
    await takenOver(page);
    const posters = await page.locator('.poster').count();
    assert.equal(posters, 6, `${lang}: two wall posters and four handouts`);
    await page.emulateMedia({ media: 'print' });
    const layout = await page.evaluate(() => ({
      posters: [...document.querySelectorAll('.poster')].map((p) => ({
        id: p.id, width: p.offsetWidth, height: p.offsetHeight, overflow: p.scrollHeight - p.clientHeight,
      })),
      shown: [...document.querySelectorAll('.site-header, .site-footer, .page-intro, .poster-toolbar, button, nav')]
        .filter((e) => e.getClientRects().length > 0).map((e) => e.className || e.tagName),
    }));
    assert.deepEqual(layout.shown, [], `${lang}: printed without the site around the posters`);
    for (const poster of layout.posters) {
      // 210 x 297 mm at 96 px per inch.
      assert.deepEqual([poster.width, poster.height], [794, 1123], `${lang} ${poster.id}: A4`);
      assert.ok(poster.overflow <= 0, `${lang} ${poster.id}: ${poster.overflow}px do not fit the page`);
    }
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    fs.writeFileSync(path.join(artifacts, `posters-${lang}.pdf`), pdf);
    assert.equal(pdfPages(pdf), posters, `${lang}: one page per poster`);
    // A4 is 595 x 842 points; Chromium writes it as 594.96 x 841.92.
    const a4 = pdf.toString('latin1').match(/\/MediaBox\s*\[\s*0 0 59[45]\.\d+ 84[12]\.\d+\s*\]/g) || [];
    assert.equal(a4.length, posters, `${lang}: every page is A4`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

// The wall posters, read from three metres: 24 pt = 32 CSS px, 60 mm = 226.8 CSS px.
const PT24 = 32;
const MM60 = (60 / 25.4) * 96;

test('printed, the two wall posters have large pictures and nothing under 24 pt but their foot, each on one A4 page', async () => {
  for (const lang of LANGS) {
    const page = await phonePage(site.browser);
    await page.goto(`${site.origin}/${lang}/schools/posters/`);
    await takenOver(page);
    await page.emulateMedia({ media: 'print' });
    const measured = await page.evaluate(() => {
      const size = (e) => parseFloat(getComputedStyle(e).fontSize);
      const texts = (poster) => [...poster.querySelectorAll('*')]
        .filter((e) => !e.closest('.poster-foot') && !e.closest('svg') && [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim()))
        .map((e) => ({ text: e.textContent.trim().slice(0, 40), size: size(e) }));
      const children = document.getElementById('poster-children');
      const stop = document.getElementById('poster-stop');
      return {
        children: {
          words: [...children.querySelectorAll('.poster-child-words strong')].map((e) => e.textContent.trim()),
          pictograms: [...children.querySelectorAll('.poster-child-words .pictogram')].map((e) => e.getBoundingClientRect().width),
          texts: texts(children),
          qr: children.querySelectorAll('.poster-foot svg.poster-qr-code').length,
        },
        stop: {
          marks: [...stop.querySelectorAll('.sign-tiles svg title')].map((e) => e.textContent.trim()),
          drawings: [...stop.querySelectorAll('.sign-tiles .sign-drawing')].map((e) => e.getBoundingClientRect().width),
          texts: texts(stop),
          qr: stop.querySelectorAll('.poster-foot svg.poster-qr-code').length,
        },
      };
    });
    // The children's three words, as the rules page says them, each beside its pictogram.
    const words = await phonePage(site.browser, { javaScriptEnabled: false });
    await words.goto(`${site.origin}/${lang}/rules/`);
    const rulesWords = (await words.locator('.child-words strong').allTextContents()).map((w) => w.trim());
    await words.context().close();
    assert.deepEqual(measured.children.words, rulesWords, `${lang}: the children's words of the rules page`);
    assert.equal(measured.children.pictograms.length, 3);
    for (const width of measured.children.pictograms) assert.ok(width >= MM60 - 0.5, `${lang}: a pictogram ${width}px wide`);
    assert.equal(measured.stop.marks.length, 6, `${lang}: the six marks`);
    assert.equal(measured.stop.drawings.length, 6, `${lang}: every mark drawn`);
    for (const width of measured.stop.drawings) assert.ok(width >= MM60 - 0.5, `${lang}: a mark drawn ${width}px wide`);
    for (const poster of ['children', 'stop']) {
      assert.ok(measured[poster].texts.length >= 2, `${lang} ${poster}: its words`);
      for (const { text, size } of measured[poster].texts) assert.ok(size >= PT24, `${lang} ${poster}: "${text}" at ${size}px`);
      assert.equal(measured[poster].qr, 1, `${lang} ${poster}: a QR code of its address`);
      // Printed alone, as its button prints it: one A4 page.
      await page.evaluate((key) => {
        document.querySelector('.posters').classList.add('printing-one');
        document.getElementById(`poster-${key}`).classList.add('print-this');
      }, poster);
      assert.equal(pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true })), 1, `${lang} ${poster}: one page`);
      await page.setViewportSize({ width: 794, height: 1123 });
      fs.mkdirSync(path.join(artifacts, 'screenshots'), { recursive: true });
      await page.locator(`#poster-${poster}`).screenshot({ path: path.join(artifacts, 'screenshots', `poster-${poster}-${lang}-print.png`) });
      await page.evaluate((key) => {
        document.querySelector('.posters').classList.remove('printing-one');
        document.getElementById(`poster-${key}`).classList.remove('print-this');
      }, poster);
    }
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

test('the families\' handout has its "For parents" box, printed on the same one page', async () => {
  for (const lang of LANGS) {
    const page = await phonePage(site.browser, { javaScriptEnabled: false });
    await page.goto(`${site.origin}/${lang}/schools/posters/`);
    const box = page.locator('#poster-handout .handout-parents');
    assert.equal(await box.count(), 1, lang);
    assert.equal(await box.locator('li').count(), 4, `${lang}: four lines for parents`);
    await page.emulateMedia({ media: 'print' });
    const inside = await page.evaluate(() => {
      const poster = document.getElementById('poster-handout').getBoundingClientRect();
      const b = document.querySelector('#poster-handout .handout-parents').getBoundingClientRect();
      return b.top >= poster.top && b.bottom <= poster.bottom;
    });
    assert.ok(inside, `${lang}: the box is on the handout's page`);
    await page.context().close();
  }
});
