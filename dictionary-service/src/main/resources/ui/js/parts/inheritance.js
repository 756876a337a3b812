// The inheritance chain of a contract: the ancestors it extends (root first, as a class hierarchy reads)
// and every contract that extends it, each a link to its page.
import { h } from '../dom.js';

function contractLink(id, version, name) {
  return h('a', { href: `#/contract/${encodeURIComponent(id)}`, dataset: { contract: `${id}@${version ?? ''}` } },
    `${id}@${version ?? '?'}`, name && name !== id ? h('span', { class: 'muted' }, ` ${name}`) : null);
}

/** Ancestors root first, then the contract itself; an ancestor the dictionary does not hold is not a link. */
export function ancestorChain(self, ancestors) {
  const items = [...(ancestors ?? [])].sort((a, b) => b.depth - a.depth).map((a) => h('li', { dataset: { depth: a.depth } },
    a.known === false ? h('span', null, `${a.id}@${a.version ?? '?'}`, h('span', { class: 'muted' }, ' (not in the dictionary)'))
      : contractLink(a.id, a.version, a.name), a.domain ? h('span', { class: 'muted' }, ` · ${a.domain}`) : null));
  items.push(h('li', { class: 'chain-self', 'aria-current': 'true' }, h('strong', null, `${self.id}@${self.version}`),
    h('span', { class: 'muted' }, ' (this contract)')));
  return h('div', null, h('h3', null, 'Extends'),
    ancestors?.length ? h('ol', { class: 'chain', 'aria-label': 'Inheritance chain, root first' }, items)
      : h('p', { class: 'muted' }, 'A base contract: it extends no other.'));
}

/** Every contract that extends this one, at any depth, with the parent each one names. */
export function descendantList(descendants) {
  const list = descendants?.descendants ?? [];
  return h('div', null, h('h3', null, 'Extended by'),
    list.length ? h('ul', { class: 'descendants' }, list.map((d) => h('li', { dataset: { depth: d.depth }, style: null },
      contractLink(d.id, d.version, d.name),
      h('span', { class: 'muted' }, ` · extends ${d.parent}${d.depth > 1 ? ` (depth ${d.depth})` : ''}`))))
      : h('p', { class: 'muted' }, 'No contract extends it.'),
    descendants?.next ? h('p', { class: 'muted' }, `Showing ${list.length} of ${descendants.total}.`) : null);
}
