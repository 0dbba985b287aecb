// Upload: a dropped or chosen file (multipart, field "file") or pasted text, with the API key; then the status is
// polled until the report is stored (link to it) or failed (the reason).
import { getJson, el, showError } from './api.js';

const KEY_STORE = 'govreport.apiKey';
const POLL_MS = 1000;
const form = document.getElementById('upload');
const drop = document.getElementById('drop');
const fileInput = document.getElementById('file');
const status = document.getElementById('status');
let file = null;

document.getElementById('key').value = sessionStorage.getItem(KEY_STORE) || '';

function choose(chosen) {
  file = chosen || null;
  document.getElementById('file-name').textContent = file ? `${file.name} (${Math.ceil(file.size / 1024)} KB)` : '';
}

fileInput.addEventListener('change', () => choose(fileInput.files[0]));
drop.addEventListener('dragover', (event) => { event.preventDefault(); drop.classList.add('over'); });
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (event) => {
  event.preventDefault();
  drop.classList.remove('over');
  choose(event.dataTransfer.files[0]);
});

function say(...content) {
  status.replaceChildren(...content);
}

async function submit() {
  const key = document.getElementById('key').value.trim();
  sessionStorage.setItem(KEY_STORE, key);
  const text = document.getElementById('text').value;
  let body;
  const headers = { 'X-API-Key': key, Accept: 'application/json' };
  if (file) {
    body = new FormData();
    body.append('file', file, file.name);
  } else if (text.trim()) {
    body = text;
    headers['Content-Type'] = 'text/plain; charset=UTF-8';
  } else {
    throw new Error('请选择文件或粘贴全文 (choose a file or paste the text)');
  }
  say('提交中… submitting');
  const response = await fetch('/api/v1/reports', { method: 'POST', headers, body });
  const answer = await response.json().catch(() => ({}));
  if (response.status !== 202) throw new Error(answer.detail || answer.title || `${response.status}`);
  const started = Date.now();
  for (;;) {
    const current = await getJson(`/api/v1/reports/${answer.id}/status`).catch(() => ({ status: 'pending' }));
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    if (current.status === 'stored') {
      say(el('span', { class: 'stored' }, '已入库 stored ✓ '), el('a', { id: 'open', href: `/report.html?id=${answer.id}` }, '打开报告 open the report'));
      return;
    }
    if (current.status === 'failed') {
      say(el('span', { class: 'failed' }, `处理失败 failed: ${current.reason ?? ''}`));
      return;
    }
    say(`处理中 ${current.status} … ${seconds} s (id ${answer.id.slice(0, 12)}…)`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  submit().catch((error) => { say(''); showError(error); });
});
