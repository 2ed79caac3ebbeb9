// minesafe's service worker: after one visit it keeps every file of the site (every page
// in every language, the wasm, the texts) on the device, so every page opens offline.
// The pre-render step writes it into dist/sw.js and fills in PRECACHE: each file's
// address and a hash of its content. A new deployment changes the list, so the browser
// installs the new worker beside the old one; the page offers a reload, and only then does
// the new version take over. Each version answers from its own cache: old and new files
// never mix.
'use strict';

const PRECACHE = /* PRECACHE */ [];
const VERSION = /* VERSION */ '';
const CACHE = `minesafe-${VERSION}`;
// Stored in each cache: the list it was filled from, so the next version copies the
// files whose hash has not changed instead of downloading them again.
const LIST_KEY = '/__minesafe-precache.json';
const URLS = new Set(PRECACHE.map((entry) => entry.url));
const PARALLEL = 4;

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

async function precache() {
  const cache = await caches.open(CACHE);
  const previous = await previousFiles();
  const queue = [...PRECACHE];
  let done = 0;
  const worker = async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      if (!(await cache.match(entry.url))) { // else an interrupted install, resumed
        const kept = previous.get(entry.url);
        let response = kept && kept.hash === entry.hash ? await kept.cache.match(entry.url) : undefined;
        if (!response) {
          // Checked against the hash the pre-render step took: a stale or damaged copy
          // from a cache on the way fails the install instead of becoming part of it.
          response = await fetch(entry.url, { cache: 'no-cache', integrity: entry.integrity });
          if (!response.ok) throw new Error(`minesafe: ${entry.url} answered ${response.status}`);
        }
        await cache.put(entry.url, response);
      }
      done += 1;
      progress(done);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  // Last: a cache with its list is complete.
  await cache.put(LIST_KEY, new Response(JSON.stringify(PRECACHE)));
}

/** Tells the site's open pages how far the download is (register-sw.js shows it). */
async function progress(done) {
  const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  for (const page of pages) page.postMessage({ type: 'minesafe-progress', done, total: PRECACHE.length });
}

/** Each file of the older complete caches, with its hash and the cache holding it. */
async function previousFiles() {
  const files = new Map();
  for (const name of await caches.keys()) {
    if (!name.startsWith('minesafe-') || name === CACHE) continue;
    const cache = await caches.open(name);
    const list = await cache.match(LIST_KEY);
    if (!list) continue;
    for (const entry of await list.json()) files.set(entry.url, { hash: entry.hash, cache });
  }
  return files;
}

// The reader accepted the newer version (see register-sw.js).
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('minesafe-') && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(respond(request, url));
});

// The site's own files from this version's cache (the query, such as the statistics'
// filters, does not change the file); anything else from the network. Offline, an
// unknown page gets the 404 page with its status.
async function respond(request, url) {
  const cache = await caches.open(CACHE);
  const key = [url.pathname, `${url.pathname}/`].find((path) => URLS.has(path));
  const cached = key && (await cache.match(key));
  if (cached) return cached;
  try {
    return await fetch(request);
  } catch (error) {
    const notFound = request.mode === 'navigate' && (await cache.match('/404.html'));
    if (notFound) return new Response(notFound.body, { status: 404, headers: notFound.headers });
    throw error;
  }
}
