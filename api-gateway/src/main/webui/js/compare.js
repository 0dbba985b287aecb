// Compare: one metric's targets and actuals by region and year, as an ECharts chart (global `echarts`, served from
// /vendor, installed from npm by the build) and the table under it.
import { getJson, query, el, formatValue, showError } from './api.js';

const form = document.getElementById('filters');
const params = new URLSearchParams(location.search);
const chart = echarts.init(document.getElementById('chart'));
window.addEventListener('resize', () => chart.resize());

async function fillMetrics() {
  const metrics = (await getJson('/api/v1/metrics')).filter((m) => m.count > 0);
  form.elements.metric.replaceChildren(...metrics.map((m) =>
    el('option', { value: m.metric }, `${m.name} ${m.metric} (${m.count})`)));
  form.elements.metric.value = params.get('metric') || (metrics.some((m) => m.metric === 'gdp') ? 'gdp' : metrics[0]?.metric);
  form.elements.kind.value = params.get('kind') || '';
}

function series(table) {
  const out = [];
  for (const row of table.rows) {
    const region = row.region?.name ?? '?';
    for (const [kind, label, dashed] of [['target', '目标', true], ['actual', '实际', false]]) {
      const data = row.cells.map((c) => (c[kind] ? c[kind].value : null));
      if (data.some((v) => v !== null)) {
        out.push({ name: `${region} ${label}`, type: 'line', connectNulls: true, symbolSize: 10, data,
          lineStyle: { type: dashed ? 'dashed' : 'solid' } });
      }
    }
  }
  return out;
}

function drawTable(table) {
  const head = document.querySelector('#table thead');
  head.replaceChildren(el('tr', {}, el('th', {}, '地区 Region'), table.years.map((y) => el('th', {}, `${y}`))));
  const cell = (figure, cls, label) => (figure
    ? el('div', { class: cls, title: figure.evidence?.text ?? '' },
      el('a', { href: `/report.html?id=${figure.reportId}&at=${figure.evidence?.start ?? 0}&end=${figure.evidence?.end ?? 0}` }, `${label} ${formatValue(figure.value, figure.upper, figure.unit)}`))
    : null);
  document.querySelector('#table tbody').replaceChildren(...table.rows.map((row) => el('tr', {},
    el('td', {}, row.region?.name ?? '?'),
    row.cells.map((c) => el('td', { dataset: { year: c.year } },
      cell(c.target, 'cell-target', '目标'), cell(c.actual, 'cell-actual', '实际'))))));
}

async function load() {
  const metric = form.elements.metric.value;
  const kind = form.elements.kind.value;
  if (!metric) {
    document.getElementById('summary').textContent = '还没有指标数据 (no indicators stored yet)';
    return;
  }
  const table = await getJson(`/api/v1/compare${query({ metric, kind })}`);
  document.getElementById('summary').textContent =
    `${table.name ?? metric} · ${table.measure ?? ''} · 单位 unit ${table.unit ?? '—'} · ${table.rows.length} 个地区 regions`;
  chart.setOption({
    animation: false, // the chart is read as a table of points: draw it at once
    title: { text: `${table.name ?? metric} (${table.unit ?? ''})`, left: 'center' },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0, type: 'scroll' },
    grid: { bottom: 60 },
    xAxis: { type: 'category', data: table.years.map(String), name: '年份' },
    yAxis: { type: 'value', name: table.unit ?? '', scale: true },
    series: series(table),
  }, true);
  drawTable(table);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  history.replaceState(null, '', `?${new URLSearchParams({ metric: form.elements.metric.value, kind: form.elements.kind.value })}`);
  load().catch(showError);
});

fillMetrics().then(load).catch(showError);
