// What every end-to-end file needs: dist/ served by nginx and one Chromium, started
// before the file's tests and stopped after them.
import { before, after } from 'node:test';
import { startServer } from './server.mjs';
import { launch } from './browser.mjs';

/** Registers the hooks; the returned object's `origin` and `browser` are set once they run. */
export function siteUnderTest() {
  const site = { origin: null, browser: null };
  let server;
  before(async () => {
    server = await startServer();
    site.origin = server.origin;
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    server?.stop();
  });
  return site;
}
