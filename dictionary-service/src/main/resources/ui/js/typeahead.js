// Type-ahead for the search box, as the WAI-ARIA combobox pattern (list autocomplete): arrows move through
// the suggestions, Enter takes one, Escape closes the list (and clears the box when it is already closed).
import { h, replace } from './dom.js';

const DELAY_MS = 120;

/** What a suggestion is: "quantum · retail-customers", or "field in contract customer". */
function describe(item) {
  if (item.kind === 'field') return item.id ? `field in ${item.in ?? ''} ${item.id}`.replace('  ', ' ') : 'field';
  return item.id && item.id !== item.text ? `${item.kind} · ${item.id}` : item.kind ?? '';
}

/**
 * Wires a text input to a listbox. `suggest(text)` resolves to [{text, kind, id}]; `choose(item)` runs when
 * one is taken. Answers that arrive after newer typing are dropped.
 */
export function typeahead(input, listbox, { suggest, choose }) {
  let items = [];
  let active = -1;
  let timer = 0;
  let asked = 0;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listbox.id);
  listbox.setAttribute('role', 'listbox');
  listbox.hidden = true;

  function close() {
    items = [];
    active = -1;
    listbox.hidden = true;
    replace(listbox);
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function show(found) {
    items = found;
    active = -1;
    input.removeAttribute('aria-activedescendant');
    replace(listbox, found.map((item, i) => h('li', {
      id: `${listbox.id}-${i}`, role: 'option', 'aria-selected': 'false', class: 'suggestion',
      dataset: { kind: item.kind ?? '', id: item.id ?? '' },
      onmousedown: (event) => event.preventDefault(), // keep focus in the box
      onclick: () => take(i),
    }, h('span', { class: 'suggestion-text' }, item.text), h('span', { class: 'suggestion-kind' }, describe(item)))));
    listbox.hidden = found.length === 0;
    input.setAttribute('aria-expanded', String(found.length > 0));
  }

  function highlight(index) {
    active = index;
    listbox.querySelectorAll('[role=option]').forEach((option, i) => {
      option.setAttribute('aria-selected', String(i === index));
      if (i === index) option.scrollIntoView({ block: 'nearest' });
    });
    if (index >= 0) input.setAttribute('aria-activedescendant', `${listbox.id}-${index}`);
    else input.removeAttribute('aria-activedescendant');
  }

  function take(index) {
    const item = items[index];
    close();
    if (item) choose(item);
  }

  async function ask() {
    const text = input.value.trim();
    const mine = ++asked;
    if (!text) {
      close();
      return;
    }
    try {
      const found = await suggest(text.slice(0, 100));
      if (mine === asked && document.activeElement === input) show(found);
    } catch {
      // Suggestions are a convenience: when they fail, the search itself still works and says why.
      if (mine === asked) close();
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(ask, DELAY_MS);
  });
  input.addEventListener('keydown', (event) => {
    const open = !listbox.hidden && items.length > 0;
    if (event.key === 'ArrowDown' && open) {
      event.preventDefault();
      highlight((active + 1) % items.length);
    } else if (event.key === 'ArrowUp' && open) {
      event.preventDefault();
      highlight(active <= 0 ? items.length - 1 : active - 1);
    } else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault();
      take(active);
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        asked++;
        close();
      } else if (input.value) {
        input.value = '';
      }
    } else if (event.key === 'Tab') {
      close();
    }
  });
  input.addEventListener('blur', () => {
    asked++;
    close();
  });
  return { close };
}
