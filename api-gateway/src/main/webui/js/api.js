// Shared by every page: calls to the gateway's /api/v1, problem answers as errors, and safe text building.

/** GET a JSON answer; a problem answer (RFC 7807) throws an Error with its detail. */
export async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new Error(body?.detail || body?.title || `${response.status} ${response.statusText}`);
  }
  return body;
}

/** A query string of the non-empty values. */
export function query(values) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined && value !== null && String(value).trim() !== '') params.set(name, String(value).trim());
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** An element with attributes and children (strings become text nodes, never HTML). */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else element.setAttribute(name, value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** Text with the spans [start, end) wrapped in <mark>, built as nodes (the text is never parsed as HTML). */
export function marked(text, spans) {
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const { start, end } of [...spans].sort((a, b) => a.start - b.start)) {
    if (start < at) continue;
    fragment.append(text.slice(at, start), el('mark', {}, text.slice(start, end)));
    at = end;
  }
  fragment.append(text.slice(at));
  return fragment;
}

export const KIND_LABEL = { target: '目标 target', actual: '实际 actual', estimate: '预计 estimate' };
export const LEVEL_LABEL = { national: '全国', province: '省级', city: '市级', district: '区级', county: '县级' };

export function formatValue(value, upper, unit) {
  const number = upper !== null && upper !== undefined ? `${value}–${upper}` : `${value}`;
  return unit ? `${number} ${unit}` : number;
}

/** Shows an error in the page's #error box (or the summary line). */
export function showError(error) {
  const box = document.getElementById('error') || document.getElementById('summary');
  box.hidden = false;
  box.textContent = `出错了 Error: ${error.message}`;
  box.classList.add('error');
}
