// One report: heading tree, the text with every indicator's evidence marked, and the indicator table.
// Clicking a row scrolls to its evidence and marks it; clicking a mark selects its row.
import { getJson, el, KIND_LABEL, formatValue, showError } from './api.js';

const params = new URLSearchParams(location.search);
const id = params.get('id');

function tocList(sections) {
  return el('ul', {}, sections.map((s) => el('li', {},
    el('a', { href: `#sec-${s.id}`, dataset: { section: s.id } }, [s.number, s.title].filter(Boolean).join(' ')),
    s.children?.length ? tocList(s.children) : null)));
}

function flatten(sections, into = []) {
  for (const s of sections) {
    into.push(s);
    flatten(s.children || [], into);
  }
  return into;
}

/**
 * The text cut at every evidence boundary, section start and the searched offset; each piece that lies in one or more
 * evidence spans becomes a <mark> naming those indicators (spans may overlap).
 */
function renderText(text, indicators, sections, at, atEnd) {
  const cuts = new Set([0, text.length]);
  indicators.forEach((i) => { cuts.add(i.evidence.start); cuts.add(i.evidence.end); });
  const anchors = new Map(flatten(sections).map((s) => [s.start, s.id]));
  anchors.forEach((_, start) => cuts.add(start));
  if (at !== null) {
    cuts.add(at);
    cuts.add(atEnd);
  }
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const fragment = document.createDocumentFragment();
  for (let k = 0; k + 1 < points.length; k++) {
    const [from, to] = [points[k], points[k + 1]];
    if (anchors.has(from)) fragment.append(el('span', { id: `sec-${anchors.get(from)}` }));
    const covering = indicators.map((ind, n) => [ind, n])
      .filter(([ind]) => ind.evidence.start <= from && to <= ind.evidence.end).map(([, n]) => n);
    const piece = text.slice(from, to);
    const node = covering.length
      ? el('mark', { class: 'indicator', dataset: { indicators: covering.join(' ') } }, piece)
      : document.createTextNode(piece);
    if (at !== null && from >= at && to <= atEnd) {
      fragment.append(el('span', { id: from === at ? 'at' : undefined, class: 'target' }, node));
    } else {
      fragment.append(node);
    }
  }
  return fragment;
}

function select(index, scroll) {
  document.querySelectorAll('mark.active, #indicators tr.active').forEach((e) => e.classList.remove('active'));
  const marks = [...document.querySelectorAll('mark.indicator')]
    .filter((m) => m.dataset.indicators.split(' ').includes(String(index)));
  marks.forEach((m) => m.classList.add('active'));
  const row = document.querySelector(`#indicators tr[data-index="${index}"]`);
  row?.classList.add('active');
  if (scroll === 'text' && marks.length) marks[0].scrollIntoView({ block: 'center', inline: 'nearest' });
  if (scroll === 'row' && row) row.scrollIntoView({ block: 'center', inline: 'nearest' });
}

async function load() {
  if (!/^[0-9a-f]{64}$/.test(id || '')) throw new Error('地址中缺少报告 id (no report id in the address)');
  const report = await getJson(`/api/v1/reports/${id}`);
  const meta = report.meta || {};
  document.title = `${meta.title || '报告'} · govreport`;
  document.getElementById('title').textContent = meta.title || id;
  document.getElementById('meta').textContent = [meta.region?.name, meta.year && `${meta.year}年`, meta.deliveredOn,
    meta.speaker && [meta.speaker.title, meta.speaker.name].filter(Boolean).join(' '), meta.meeting,
    `extractor ${report.extractorVersion}`].filter(Boolean).join(' · ');
  const sections = report.sections || [];
  const indicators = (report.indicators || []).filter((i) => i.evidence);
  document.getElementById('toc').replaceWith(Object.assign(tocList(sections), { id: 'toc' }));
  // a search hit links here with the passage it found: at (its start) and end
  const at = params.has('at') ? Number(params.get('at')) : null;
  const atEnd = params.has('end') ? Number(params.get('end')) : at + 1;
  document.getElementById('text').replaceChildren(renderText(report.text || '', indicators, sections, at, atEnd));
  document.getElementById('indicator-count').textContent = `${indicators.length}`;
  document.querySelector('#indicators tbody').replaceChildren(...indicators.map((i, n) => el('tr',
    { dataset: { index: n }, onclick: () => select(n, 'text') },
    el('td', {}, i.name), el('td', {}, i.metric ?? ''), el('td', { title: KIND_LABEL[i.kind] ?? i.kind }, (KIND_LABEL[i.kind] ?? i.kind).split(' ')[0]),
    el('td', {}, formatValue(i.value, i.upper, i.unit)), el('td', {}, i.year ?? ''))));
  document.getElementById('text').addEventListener('click', (event) => {
    const mark = event.target.closest('mark.indicator');
    if (mark) select(Number(mark.dataset.indicators.split(' ')[0]), 'row');
  });
  // without a hash, getElementById('') is null: nothing to scroll to
  const target = document.getElementById('at') || document.getElementById(location.hash.slice(1));
  target?.scrollIntoView({ block: 'center', inline: 'nearest' });
}

load().catch(showError);
