// axe-core on every page in every language (and the 404 page, and the statistics with a
// shared view whose details are open), at phone size after hydration: no violation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { root, sitePaths } from './support/server.mjs';
import { phonePage, takenOver } from './support/browser.mjs';
import { siteUnderTest } from './support/site.mjs';

const site = siteUnderTest();
const AXE = fs.readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** axe's violations on the page as it is now, one line each. */
async function violations(page) {
  // Evaluated rather than added as a <script>: the site's CSP rightly refuses inline code.
  await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

test('no axe violation on any page in any language', async () => {
  const found = {};
  const page = await phonePage(site.browser);
  for (const p of ['/', ...sitePaths(), '/az/no-such-page/', '/ru/statistics/?district=kalbajar&mark=i2025-05-29-istisu']) {
    await page.goto(`${site.origin}${p}`);
    await takenOver(page);
    if (p.includes('?')) await page.locator('.filters summary').click();
    const list = await violations(page);
    if (list.length) found[p] = list;
  }
  assert.deepEqual(found, {});
  await page.context().close();
});
