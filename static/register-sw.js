// Loaded by every pre-rendered page (it does not wait for the wasm): registers the
// service worker that keeps the site on the device; shows in the footer how far its
// download is, then that the site is kept (.offline-state, in the page's language), and
// asks the browser to keep it even when the phone runs short of space; and when a newer
// version of the site has been downloaded, shows the pre-rendered notice (#update-ready)
// with a button that switches to it and one that puts it away.
'use strict';

if ('serviceWorker' in navigator) {
  const workers = navigator.serviceWorker;
  // Reload when a newer version takes over, so this page's files all come from it; but
  // not when the very first worker takes over a page that had none.
  let reloadOnChange = Boolean(workers.controller);

  const offer = (waiting) => {
    const notice = document.getElementById('update-ready');
    if (!notice) return;
    const lang = document.documentElement.lang;
    for (const text of notice.querySelectorAll('[data-az]')) text.textContent = text.dataset[lang] || text.dataset.az;
    notice.hidden = false;
    notice.querySelector('button.reload').addEventListener('click', () => {
      reloadOnChange = true;
      waiting.postMessage('skip-waiting');
    }, { once: true });
    // Not now: the notice comes back on the next page.
    notice.querySelector('button.later').addEventListener('click', () => { notice.hidden = true; }, { once: true });
  };

  const state = document.querySelector('.offline-state');
  const say = (template, values = {}) => {
    if (!state || !template) return;
    // One text node, changed in place: the page's own text is never taken out.
    const text = template.replace(/\{(\w+)\}/g, (_, name) => values[name] ?? '');
    if (state.firstChild) state.firstChild.data = text;
    else state.append(text);
    state.hidden = false;
  };
  // The worker reports every file; the line follows at most four times a second, so that a
  // page still starting up (the statistics' timeline) is not laid out again for each one.
  let latest = null;
  let waiting = false;
  const showProgress = () => {
    if (!latest) { waiting = false; return; }
    if (!settled) say(state?.dataset.saving, latest);
    latest = null;
    waiting = true;
    setTimeout(showProgress, 250);
  };
  workers.addEventListener('message', (event) => {
    const { type, done, total } = event.data || {};
    if (type !== 'minesafe-progress' || done >= total || settled) return;
    latest = { done, total };
    if (!waiting) showProgress();
  });
  // Every file of a version is kept once its worker has installed (a failed download,
  // one that does not match its hash included, makes the worker redundant instead).
  // Once the download has ended, either way, a progress message still on its way is old.
  let settled = false;
  const saved = () => {
    settled = true;
    say(state?.dataset.saved);
    navigator.storage?.persist?.().catch(() => {});
  };
  const watch = (worker) => worker.addEventListener('statechange', () => {
    if (worker.state === 'installed' || worker.state === 'activated') saved();
    else if (worker.state === 'redundant' && state) {
      settled = true;
      state.hidden = true;
    }
  });

  workers.addEventListener('controllerchange', () => {
    if (reloadOnChange) window.location.reload();
  });

  // After the page has loaded: the worker's download of the whole site must not compete
  // with this page's own files on a slow connection.
  const register = () => workers.register('/sw.js').then((registration) => {
    if (registration.active || registration.waiting) saved();
    else if (registration.installing) watch(registration.installing);
    if (registration.waiting && workers.controller) offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const installing = registration.installing;
      if (!registration.active) watch(installing);
      installing?.addEventListener('statechange', () => {
        if (installing.state === 'installed' && workers.controller) offer(installing);
      });
    });
  }).catch(() => {
    // No service worker here (a private window, say): the site works online as before.
  });
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
