// Search: ranked hits over headings and sentences, matched words highlighted from the API's mark offsets.
import { getJson, query, el, marked, showError } from './api.js';

const PAGE_SIZE = 20;
const form = document.getElementById('search');
const params = new URLSearchParams(location.search);

async function load() {
  const q = params.get('q');
  if (!q) return;
  form.elements.q.value = q;
  const page = Number(params.get('page') || 1);
  const answer = await getJson(`/api/v1/search${query({ q, page, size: PAGE_SIZE })}`);
  document.getElementById('summary').textContent =
    `${answer.total} 处结果 hits · 分词 words: ${answer.terms.join(' / ')}`;
  document.getElementById('hits').replaceChildren(...answer.items.map((hit) => el('li', {},
    el('a', { href: hit.link, class: 'title' }, hit.reportTitle ?? hit.reportId.slice(0, 12)),
    el('div', { class: 'where' }, [hit.region?.name, hit.year && `${hit.year}年`, hit.sectionTitle,
      hit.kind === 'section' ? '标题 heading' : null].filter(Boolean).join(' · ')),
    el('p', { class: 'snippet' }, marked(hit.snippet, hit.marks)))));
  const link = (number, label) => el('a', { href: `?${new URLSearchParams({ q, page: number })}` }, label);
  document.getElementById('pager').replaceChildren(
    page > 1 ? link(page - 1, '‹ 上一页 previous') : '',
    page * PAGE_SIZE < answer.total ? link(page + 1, '下一页 next ›') : '');
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  location.search = new URLSearchParams({ q: form.elements.q.value.trim() }).toString();
});

load().catch(showError);
