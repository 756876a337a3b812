// Small DOM helpers: every text the API sends is inserted as text, never parsed as HTML.

/** Creates an element: h('a', {href: '#/', class: 'x', onclick: fn}, 'text', child, [more]). */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value == null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

/** Appends children, skipping null, undefined and false; strings become text nodes. */
export function append(el, children) {
  for (const child of [children].flat(Infinity)) {
    if (child == null || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

/** Replaces the content of an element. */
export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

const decoder = new DOMParser();

/** Turns entity-escaped text into plain text (the highlighter escapes what it does not mark). */
function unescape(text) {
  return decoder.parseFromString(`<!doctype html><body>${text}`, 'text/html').body.textContent;
}

/**
 * Renders a search highlight, text with <em>…</em> around the matched words and everything else escaped,
 * as text nodes and <mark> elements: only the markers are honoured, nothing else is parsed as markup.
 */
export function highlight(fragment) {
  const parts = String(fragment).split(/(<em>|<\/em>)/);
  const out = [];
  let marked = false;
  for (const part of parts) {
    if (part === '<em>') marked = true;
    else if (part === '</em>') marked = false;
    else if (part) out.push(marked ? h('mark', null, unescape(part)) : unescape(part));
  }
  return out;
}

/** A link to a page of this UI. */
export function link(hash, ...children) {
  return h('a', { href: hash }, ...children);
}

/** A definition list from [term, value] pairs, leaving out pairs whose value is empty. */
export function facts(pairs, className = 'facts') {
  const items = pairs.filter(([, value]) => value != null && value !== '' && !(Array.isArray(value) && !value.length));
  return h('dl', { class: className }, items.map(([term, value]) => h('div', null, h('dt', null, term), h('dd', null, value))));
}

/** A section with a heading whose id labels it, so landmarks and the table of contents can name it. */
export function section(id, title, ...children) {
  return h('section', { class: 'panel', 'aria-labelledby': `${id}-title`, id },
    h('h2', { id: `${id}-title` }, title), ...children);
}

/** A table that scrolls sideways on narrow screens instead of squeezing its columns. */
export function table(caption, headers, rows) {
  return h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': caption },
    h('table', null,
      h('caption', { class: 'visually-hidden' }, caption),
      h('thead', null, h('tr', null, headers.map((title) => h('th', { scope: 'col' }, title)))),
      h('tbody', null, rows)));
}
