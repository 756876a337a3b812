// A pandas snippet that reads one object of a quantum straight from its output port, and a copy button.
import { h, replace } from '../dom.js';

function python(text) {
  return JSON.stringify(text);
}

function variable(object) {
  const name = object.replace(/[^A-Za-z0-9_]/g, '_').replace(/^(\d)/, '_$1');
  return name || 'data';
}

/** The URL of an object's rows as CSV at a quantum's output port. */
export function dataUrl(quantumUrl, object) {
  return `${quantumUrl.replace(/\/+$/, '')}/data/${encodeURIComponent(object)}?format=csv`;
}

/**
 * The Python text: the token comes from the environment, never from the page, and date and time columns
 * are parsed as such.
 */
export function pandasSnippet(quantumUrl, object, fields) {
  const dates = fields.filter((f) => f.object === object && /^(date|timestamp|datetime|time)$/i.test(f.logicalType ?? ''))
    .map((f) => python(f.name));
  return [
    'import os',
    'import pandas as pd',
    '',
    '# A token that may read this quantum (its contract\'s roles say who), kept out of the notebook.',
    'token = os.environ["QUANTA_TOKEN"]',
    `${variable(object)} = pd.read_csv(`,
    `    ${python(dataUrl(quantumUrl, object))},`,
    '    storage_options={"Authorization": f"Bearer {token}"},',
    dates.length ? `    parse_dates=[${dates.join(', ')}],` : null,
    ')',
    `${variable(object)}.head()`,
  ].filter((line) => line !== null).join('\n');
}

async function copy(text, button, note) {
  try {
    await navigator.clipboard.writeText(text);
    note.textContent = 'Copied to the clipboard.';
  } catch {
    // Without clipboard permission the text is selected instead, ready for Ctrl+C.
    const code = button.closest('.snippet-box').querySelector('code');
    window.getSelection().selectAllChildren(code);
    note.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
  }
}

/** The snippet box: an object picker when there are several objects, the code, a copy button. */
export function snippetBox(quantumUrl, objects, fields) {
  const code = h('code', { class: 'language-python', id: 'pandas-snippet' });
  const note = h('span', { class: 'copy-note', role: 'status', 'aria-live': 'polite' });
  const show = (object) => {
    replace(code, pandasSnippet(quantumUrl, object, fields));
    note.textContent = '';
  };
  const picker = objects.length > 1
    ? h('p', null, h('label', { for: 'snippet-object' }, 'Object '),
      h('select', { id: 'snippet-object', onchange: (event) => show(event.target.value) },
        objects.map((object) => h('option', { value: object }, object))))
    : null;
  const button = h('button', { type: 'button', class: 'copy', onclick: () => copy(code.textContent, button, note) }, 'Copy');
  show(objects[0]);
  return h('div', { class: 'snippet-box' }, picker,
    h('div', { class: 'code-wrap' }, h('pre', { tabindex: '0', 'aria-label': 'pandas snippet' }, code),
      h('div', { class: 'copy-row' }, button, note)));
}
