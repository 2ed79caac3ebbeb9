// What the phone itself offers the reader, on the pre-rendered pages and without the
// wasm: sharing the page (the Web Share API), on the posters page printing one poster,
// and on the emergency page "Where am I?" (the Geolocation API). The position is asked
// for only when the reader presses the button, and shown; it is never stored or sent.
// Every text is pre-rendered in the page's language; this script only shows, hides and
// fills in.
'use strict';

(() => {
  const lang = document.documentElement.lang;

  const sharePage = document.querySelector('button.share-page');
  if (sharePage && navigator.share) {
    sharePage.hidden = false;
    sharePage.addEventListener('click', () => {
      const url = document.querySelector('link[rel="canonical"]')?.href || window.location.href;
      const text = document.querySelector('meta[name="description"]')?.content;
      // Closed by the reader, or no app to share to: nothing to say.
      navigator.share({ title: document.title, text, url }).catch(() => {});
    });
  }

  // "Print this poster": marks that poster for the print stylesheet, which then leaves
  // the others out, opens the print dialog and, once it has closed (print() returns
  // then), unmarks it.
  const posters = document.querySelector('.posters');
  for (const button of posters?.querySelectorAll('button.print-poster[data-poster]') ?? []) {
    const poster = document.getElementById(`poster-${button.dataset.poster}`);
    if (!poster) continue;
    button.addEventListener('click', () => {
      posters.classList.add('printing-one');
      poster.classList.add('print-this');
      window.print();
      posters.classList.remove('printing-one');
      poster.classList.remove('print-this');
    });
    button.disabled = false;
  }

  const block = document.querySelector('[data-where-am-i]');
  if (!block) return;
  const find = (selector) => block.querySelector(selector);
  const ask = find('.where-ask');
  // One of: 'looking', 'position', a failure's reason (data-error), or nothing.
  const show = (state) => {
    find('.where-needs-script').hidden = true;
    find('.where-looking').hidden = state !== 'looking';
    find('.where-position').hidden = state !== 'position';
    for (const message of block.querySelectorAll('[data-error]')) message.hidden = message.dataset.error !== state;
  };
  if (!window.isSecureContext) return show('insecure');
  if (!('geolocation' in navigator)) return show('unsupported');
  show(null);
  ask.hidden = false;

  const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, name) => values[name] ?? '');
  const field = (name) => find(`[data-field="${name}"]`);
  // 40.40931 → 40° 24′ 33.5″ (33,5″ in az and ru: the page's decimal separator, as the
  // site writes its numbers; browsers' own az data differ) and the hemisphere's letters in
  // the page's language. The decimal degrees keep their point, as map apps read them.
  const decimal = field('dms').dataset.decimal;
  const dms = (degrees, positive, negative) => {
    const tenths = Math.round(Math.abs(degrees) * 36000);
    const d = Math.floor(tenths / 36000);
    const m = Math.floor((tenths % 36000) / 600);
    const s = ((tenths % 600) / 10).toFixed(1).padStart(4, '0').replace('.', decimal);
    return `${d}° ${String(m).padStart(2, '0')}′ ${s}″ ${degrees < 0 ? negative : positive}`;
  };

  const found = ({ coords, timestamp }) => {
    const values = {
      lat: coords.latitude.toFixed(5),
      lon: coords.longitude.toFixed(5),
      metres: String(Math.round(coords.accuracy)),
      time: new Date(timestamp).toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
    };
    field('lat').textContent = values.lat;
    field('lon').textContent = values.lon;
    const names = field('dms').dataset;
    field('dms').replaceChildren(...[dms(coords.latitude, names.north, names.south), dms(coords.longitude, names.east, names.west)]
      .map((text) => Object.assign(document.createElement('span'), { textContent: text })));
    field('accuracy').textContent = fill(field('accuracy').dataset.template, values);
    field('time').textContent = values.time;
    const actions = find('.where-actions');
    const message = fill(actions.dataset.message, values);
    // iOS reads the body after "&", the others after "?": "?&" suits both.
    find('.where-sms').href = `sms:?&body=${encodeURIComponent(message)}`;
    const share = find('.where-share');
    const copy = find('.where-copy');
    share.hidden = !navigator.share;
    copy.hidden = Boolean(navigator.share) || !navigator.clipboard;
    share.onclick = () => navigator.share({ text: message }).catch(() => {});
    copy.onclick = () => navigator.clipboard.writeText(message).then(() => { find('.where-copied').hidden = false; }, () => {});
    find('.where-copied').hidden = true;
    show('position');
    ask.disabled = false;
  };
  const REASONS = { 1: 'denied', 2: 'unavailable', 3: 'timeout' };
  const failed = (error) => {
    show(REASONS[error.code] || 'unavailable');
    ask.disabled = false;
  };

  ask.addEventListener('click', () => {
    show('looking');
    ask.disabled = true;
    // A fresh fix from the GPS (it needs no network, but without one a first fix takes
    // longer); two minutes before giving up.
    navigator.geolocation.getCurrentPosition(found, failed, { enableHighAccuracy: true, timeout: 120000, maximumAge: 0 });
  });
})();
