// Loaded by every pre-rendered page (it does not wait for the wasm): registers the
// service worker that keeps the site on the device, and when a newer version of the site
// has been downloaded, shows the pre-rendered notice (#update-ready) in the page's
// language with a button that switches to it and one that puts it away.
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

  workers.addEventListener('controllerchange', () => {
    if (reloadOnChange) window.location.reload();
  });

  // After the page has loaded: the worker's download of the whole site must not compete
  // with this page's own files on a slow connection.
  const register = () => workers.register('/sw.js').then((registration) => {
    if (registration.waiting && workers.controller) offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const installing = registration.installing;
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
