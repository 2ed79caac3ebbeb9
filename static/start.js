// Starts a page's wasm. The pre-render step (src/bin/prerender/shell.rs) writes this file as
// dist/start-{hash}.js in place of Trunk's inline loader (which the Content-Security-
// Policy would block) and fills in the files and their integrity. It waits until the
// pre-rendered page is painted, then fetches the page's texts, the JS glue and the wasm,
// each checked by its integrity. If the wasm cannot be had, the page stays as it was
// pre-rendered: readable, its links working.
const GLUE = /* GLUE */ '';
const GLUE_INTEGRITY = /* GLUE_INTEGRITY */ '';
const WASM = /* WASM */ '';
const WASM_INTEGRITY = /* WASM_INTEGRITY */ '';

const painted = new Promise((resolve) => {
  if (!globalThis.PerformanceObserver?.supportedEntryTypes?.includes('paint')) {
    if (document.readyState === 'complete') resolve(); else addEventListener('load', resolve, { once: true });
    return;
  }
  setTimeout(resolve, 1000); // a hidden tab does not paint: it goes on anyway
  new PerformanceObserver((paints, observer) => {
    if (paints.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    resolve();
  }).observe({ type: 'paint', buffered: true });
});

// A page whose interactive part is far down (`data-hydrate="near"`, the statistics
// timeline) is taken over only when that part comes near the screen, or at once when
// the address asks for a view: reading the first screen costs no work on the phone.
const wanted = new Promise((resolve) => {
  const part = document.querySelector('[data-hydrate="near"]');
  if (!part || location.search || location.hash || !globalThis.IntersectionObserver) return resolve();
  new IntersectionObserver((entries, observer) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    resolve();
  }, { rootMargin: '25% 0px' }).observe(part);
});

const link = (attributes) => new Promise((resolve, reject) => {
  const element = Object.assign(document.createElement('link'), { crossOrigin: 'anonymous' }, attributes);
  element.onload = resolve;
  element.onerror = () => reject(new Error(`${element.href} could not be loaded`));
  document.head.append(element);
});

try {
  await painted;
  // The wasm reads these itself, and says so if one is missing.
  for (const catalog of document.querySelectorAll('meta[name="minesafe-catalog"]')) {
    link({ rel: 'preload', as: 'fetch', href: catalog.content }).catch(() => {});
  }
  const wasm = fetch(WASM, { integrity: WASM_INTEGRITY });
  wasm.catch(() => {}); // its failure is met below, when the glue awaits it
  await link({ rel: 'modulepreload', href: GLUE, integrity: GLUE_INTEGRITY });
  const glue = await import(GLUE);
  await wanted;
  await glue.default({ module_or_path: wasm });
} catch (error) {
  console.warn('minesafe: the page stays as it was pre-rendered', error);
}
