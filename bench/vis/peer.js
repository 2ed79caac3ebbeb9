// The vis-timeline peer's page script (bench/vis/index.html).
// `options` carries what vis-timeline recommends for the size of the data (clustering
// for thousands of items), so the peer is measured at its best.
fetch('data.json').then((r) => r.json()).then(({ totals, incidents, options }) => {
  const items = new vis.DataSet([
    ...totals.map((t) => ({ id: t.id, start: t.date, content: String(t.total), group: 'totals', type: 'point' })),
    ...incidents.map((i) => ({ id: i.id, start: i.date, content: `${i.killed}/${i.injured}`, group: 'incidents', district: i.district, type: 'point' })),
  ]);
  let district = null;
  const view = new vis.DataView(items, { filter: (item) => !district || item.group === 'totals' || item.district === district });
  const groups = new vis.DataSet([{ id: 'totals', content: 'Official total' }, { id: 'incidents', content: 'Incidents' }]);
  const timeline = new vis.Timeline(document.getElementById('timeline'), view, groups, { stack: true, maxHeight: 600, ...options });
  window.peer = {
    toggleDistrict(name) { district = district ? null : name; view.refresh(); },
    zoomIn() { timeline.zoomIn(0.5, { animation: false }); },
    showAll() { timeline.fit({ animation: false }); },
  };
  timeline.once('changed', () => { window.__ready = performance.now(); });
});
