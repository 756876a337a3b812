// The search page: one box with type-ahead, facet filters with counts, result cards, paging. The whole
// search lives in the address (#/search?q=email&domain=retail&page=2), so it can be shared.
import { h, replace, highlight } from '../dom.js';
import { get } from '../api.js';
import { typeahead } from '../typeahead.js';
import { freshnessBadge, healthBadge, kindBadge, lifecycleBadge, qualityBadge } from '../format.js';

const FACETS = [
  ['kind', 'Kind'], ['domain', 'Domain'], ['owner', 'Owner'], ['tag', 'Tag'],
  ['classification', 'Classification'], ['status', 'Lifecycle'], ['health', 'Health'],
];
const PAGE_SIZE = 10;

function known(name) {
  return name === 'q' || name === 'page' || name === 'size' || FACETS.some(([facet]) => facet === name);
}

/** The search address for a query: only what the API knows, empty values left out. */
export function searchHash(query) {
  const params = new URLSearchParams();
  for (const [name, value] of query) {
    if (value && known(name)) {
      params.append(name, value);
    }
  }
  if (params.get('page') === '1') params.delete('page');
  const text = params.toString();
  return text ? `#/search?${text}` : '#/search';
}

function go(query) {
  window.location.hash = searchHash(query);
}

function hitHash(hit) {
  return `#/${hit.kind === 'quantum' ? 'quantum' : 'contract'}/${encodeURIComponent(hit.id)}`;
}

function suggestionHash(item) {
  if (item.kind === 'quantum' || item.kind === 'contract') return `#/${item.kind}/${encodeURIComponent(item.id)}`;
  return searchHash(new URLSearchParams({ q: item.text }));
}

/** The search page. */
export class SearchPage {
  constructor(args, query) {
    this.query = query;
  }

  sameView() {
    return true;
  }

  async mount(main, isCurrent) {
    this.input = h('input', {
      id: 'q', name: 'q', type: 'search', autocomplete: 'off', spellcheck: 'false', maxlength: '200',
      placeholder: 'customer, email, retail…', 'aria-describedby': 'q-hint',
    });
    const listbox = h('ul', { id: 'q-suggestions', class: 'suggestions', 'aria-label': 'Suggestions' });
    typeahead(this.input, listbox, {
      suggest: async (text) => (await get('/api/suggest', { q: text, size: 8 })).suggestions,
      choose: (item) => {
        this.input.value = item.text;
        window.location.hash = suggestionHash(item);
      },
    });
    const form = h('form', { role: 'search', class: 'search-form', onsubmit: (event) => this.submit(event) },
      h('label', { for: 'q', class: 'search-label' }, 'Search data products and contracts'),
      h('div', { class: 'search-row' },
        h('div', { class: 'combo' }, this.input, listbox),
        h('button', { type: 'submit', class: 'primary' }, 'Search')),
      h('p', { id: 'q-hint', class: 'hint' },
        'Names, fields, tags and descriptions are searched. Suggestions appear as you type: ↓ and ↑ to pick, Enter to open, Esc to close.'));
    this.facets = h('div', { class: 'facets-body' });
    this.status = h('p', { class: 'result-count', role: 'status', 'aria-live': 'polite' });
    this.results = h('ol', { class: 'cards', 'aria-label': 'Results' });
    this.pager = h('nav', { class: 'pager', 'aria-label': 'Result pages' });
    replace(main,
      h('h1', { class: 'page-title' }, 'Find data you can trust'),
      form,
      h('div', { class: 'search-layout' },
        h('aside', { class: 'facets', 'aria-labelledby': 'filters-title' },
          h('details', { class: 'facets-toggle', open: window.matchMedia('(min-width: 50rem)').matches },
            h('summary', null, h('h2', { id: 'filters-title' }, 'Filters')),
            this.facets)),
        h('section', { class: 'results', 'aria-labelledby': 'results-title' },
          h('h2', { id: 'results-title', class: 'visually-hidden' }, 'Results'),
          this.status, this.results, this.pager)));
    await this.update(this.query, isCurrent, true);
  }

  submit(event) {
    event.preventDefault();
    const query = new URLSearchParams(this.query);
    query.set('q', this.input.value.trim());
    query.delete('page');
    const target = searchHash(query);
    if (window.location.hash === target) this.update(query, () => true);
    else window.location.hash = target;
  }

  async update(query, isCurrent, first = false) {
    this.query = query;
    const q = query.get('q') ?? '';
    this.input.value = q;
    document.title = q ? `${q} · Search · Quanta dictionary` : 'Search · Quanta dictionary';
    const params = [...query].filter(([name, value]) => value && known(name));
    if (!query.get('size')) params.push(['size', String(PAGE_SIZE)]);
    this.results.setAttribute('aria-busy', 'true');
    let answer;
    try {
      answer = await get('/api/search', params);
    } finally {
      this.results.removeAttribute('aria-busy');
    }
    if (!isCurrent()) return;
    const refocus = document.activeElement?.dataset?.facetKey;
    this.renderFacets(answer);
    this.renderHits(answer);
    this.renderPager(answer);
    if (refocus) this.facets.querySelector(`[data-facet-key="${CSS.escape(refocus)}"]`)?.focus();
    if (first) this.input.focus();
  }

  renderFacets(answer) {
    const groups = FACETS.map(([name, title]) => {
      const selected = new Set(this.query.getAll(name));
      const values = [...(answer.facets?.[name] ?? [])];
      for (const value of selected) {
        if (!values.some((v) => v.value === value)) values.push({ value, count: 0 });
      }
      if (!values.length) return null;
      return h('fieldset', { class: 'facet', dataset: { facet: name } },
        h('legend', null, title),
        h('ul', null, values.map(({ value, count }) => {
          const id = `facet-${name}-${value}`.replace(/[^A-Za-z0-9_-]/g, '_');
          return h('li', null,
            h('input', {
              type: 'checkbox', id, checked: selected.has(value), dataset: { facetKey: `${name}=${value}` },
              onchange: (event) => this.toggle(name, value, event.target.checked),
            }),
            h('label', { for: id }, h('span', { class: 'facet-value' }, value),
              h('span', { class: 'facet-count' }, String(count), h('span', { class: 'visually-hidden' }, ' results'))));
        })));
    });
    const active = FACETS.some(([name]) => this.query.has(name));
    replace(this.facets, groups,
      active ? h('button', { type: 'button', class: 'link-button', onclick: () => this.clearFilters() }, 'Clear filters') : null);
  }

  toggle(name, value, on) {
    const query = new URLSearchParams(this.query);
    const values = query.getAll(name).filter((v) => v !== value);
    query.delete(name);
    for (const v of on ? [...values, value] : values) query.append(name, v);
    query.delete('page');
    go(query);
  }

  clearFilters() {
    const query = new URLSearchParams();
    if (this.query.get('q')) query.set('q', this.query.get('q'));
    go(query);
    this.input.focus();
  }

  renderHits(answer) {
    const q = answer.q ?? '';
    const total = answer.total ?? 0;
    this.status.textContent = total === 0
      ? (q ? `No results for “${q}”.` : 'Nothing matches these filters.')
      : `${total} ${total === 1 ? 'result' : 'results'}${q ? ` for “${q}”` : ''}${answer.pages > 1 ? `, page ${answer.page} of ${answer.pages}` : ''}`;
    replace(this.results, answer.hits.map((hit) => h('li', null, card(hit))));
  }

  renderPager(answer) {
    const pages = answer.pages ?? 1;
    if (pages <= 1) {
      replace(this.pager);
      return;
    }
    const page = answer.page;
    const to = (n) => {
      const query = new URLSearchParams(this.query);
      query.set('page', String(n));
      return searchHash(query);
    };
    const first = Math.max(1, Math.min(page - 2, pages - 4));
    const numbers = [];
    for (let n = first; n <= Math.min(pages, first + 4); n++) numbers.push(n);
    replace(this.pager, h('ul', null,
      h('li', null, page > 1 ? h('a', { href: to(page - 1), rel: 'prev' }, '← Previous') : h('span', { class: 'disabled' }, '← Previous')),
      numbers.map((n) => h('li', null, n === page
        ? h('a', { href: to(n), 'aria-current': 'page', 'aria-label': `Page ${n}` }, String(n))
        : h('a', { href: to(n), 'aria-label': `Page ${n}` }, String(n)))),
      h('li', null, page < pages ? h('a', { href: to(page + 1), rel: 'next' }, 'Next →') : h('span', { class: 'disabled' }, 'Next →'))));
  }
}

function card(hit) {
  const name = hit.highlight?.name?.length ? highlight(hit.highlight.name[0]) : hit.name ?? hit.id;
  const snippet = hit.highlight?.description?.length
    ? hit.highlight.description.flatMap((fragment, i) => (i ? [' … ', ...highlight(fragment)] : highlight(fragment)))
    : hit.description;
  const badges = hit.kind === 'quantum'
    ? [healthBadge(hit.health), freshnessBadge(hit.freshness), qualityBadge(hit.quality), lifecycleBadge(hit.status)]
    : [lifecycleBadge(hit.status), hit.published ? kindBadge('published base') : null];
  return h('article', { class: `card card-${hit.kind}`, dataset: { kind: hit.kind, id: hit.id } },
    h('h3', { class: 'card-title' }, h('a', { href: hitHash(hit) }, name)),
    h('p', { class: 'card-meta' },
      kindBadge(hit.kind),
      h('span', { class: 'card-id' }, hit.version ? `${hit.id}@${hit.version}` : hit.id),
      hit.domain ? h('span', null, 'Domain ', h('strong', null, hit.domain)) : null,
      hit.owner ? h('span', null, 'Owner ', h('strong', null, hit.owner)) : null),
    h('p', { class: 'badges' }, badges),
    snippet ? h('p', { class: 'snippet' }, snippet) : null,
    matchedFields(hit),
    hit.ancestors?.length ? h('p', { class: 'card-extends' }, 'Extends ', hit.ancestors.join(' → ')) : null,
    hit.tags?.length ? h('ul', { class: 'tags', 'aria-label': 'Tags' }, hit.tags.map((tag) => {
      const tagged = highlightedTag(hit, tag);
      return h('li', null, tagged);
    })) : null);
}

function highlightedTag(hit, tag) {
  const fragment = (hit.highlight?.tags ?? []).find((f) => f.replace(/<\/?em>/g, '') === tag);
  return fragment ? highlight(fragment) : tag;
}

function matchedFields(hit) {
  if (!hit.matchedFields?.length) return null;
  return h('div', { class: 'matched' },
    h('p', { class: 'matched-title' }, 'Matching fields'),
    h('ul', null, hit.matchedFields.map((field) => h('li', null,
      h('code', null, field.object ? `${field.object}.` : '', field.highlight?.length ? highlight(field.highlight[0]) : field.name),
      field.logicalType ? h('span', { class: 'muted' }, ` ${field.logicalType}`) : null,
      field.inheritedFrom ? h('span', { class: 'muted' }, ` · from ${field.inheritedFrom}`) : null))));
}
