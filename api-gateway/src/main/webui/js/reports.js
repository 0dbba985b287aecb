// The report list: filters by region (from the region tree), year and level, kept in the address so a view can be shared.
import { getJson, query, el, LEVEL_LABEL, showError } from './api.js';

const PAGE_SIZE = 20;
const form = document.getElementById('filters');
const params = new URLSearchParams(location.search);

async function fillRegions() {
  const select = document.getElementById('region');
  const add = (nodes, depth) => {
    for (const node of nodes) {
      select.append(el('option', { value: node.name }, `${'\u3000'.repeat(depth)}${node.name}${node.reports ? ` (${node.reports})` : ''}`));
      add(node.children, depth + 1);
    }
  };
  add(await getJson('/api/v1/regions'), 0);
}

async function load() {
  const filters = { region: params.get('region'), year: params.get('year'), level: params.get('level') };
  for (const [name, value] of Object.entries(filters)) form.elements[name].value = value ?? '';
  const page = Number(params.get('page') || 1);
  const answer = await getJson(`/api/v1/reports${query({ ...filters, page, size: PAGE_SIZE })}`);
  document.getElementById('summary').textContent = `共 ${answer.total} 份报告 (${answer.total} reports)`;
  const body = document.querySelector('#reports tbody');
  body.replaceChildren(...answer.items.map((r) => el('tr', { dataset: { id: r.id } },
    el('td', {}, el('a', { href: `/report.html?id=${r.id}` }, r.title || r.id.slice(0, 12))),
    el('td', {}, r.region?.name ?? ''),
    el('td', {}, LEVEL_LABEL[r.level] ?? r.level ?? ''),
    el('td', {}, r.year ?? ''),
    el('td', {}, r.deliveredOn ?? ''),
    el('td', {}, r.indicatorCount))));
  const pager = document.getElementById('pager');
  const link = (number, label) => {
    const next = new URLSearchParams(params);
    next.set('page', number);
    return el('a', { href: `?${next}` }, label);
  };
  pager.replaceChildren(
    page > 1 ? link(page - 1, '‹ 上一页 previous') : '',
    page * PAGE_SIZE < answer.total ? link(page + 1, '下一页 next ›') : '');
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const next = new URLSearchParams();
  for (const name of ['region', 'year', 'level']) {
    if (form.elements[name].value) next.set(name, form.elements[name].value);
  }
  location.search = next.toString();
});

fillRegions().then(load).catch(showError);
