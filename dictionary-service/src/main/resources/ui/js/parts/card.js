// A search result as a card: name, id, domain, owner, the trust badges, the highlighted description and the
// fields that matched.
import { h, highlight } from '../dom.js';
import { freshnessBadge, healthBadge, kindBadge, lifecycleBadge, qualityBadge } from '../format.js';

function hitHash(hit) {
  return `#/${hit.kind === 'quantum' ? 'quantum' : 'contract'}/${encodeURIComponent(hit.id)}`;
}

/** The card of one hit of /api/search. */
export function card(hit) {
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
