// Mesh health: how many quanta are healthy, fresh and passing their quality rules, then every quantum.
import { h, replace, table } from '../dom.js';
import { get, seg } from '../api.js';
import { freshnessBadge, healthBadge, qualityBadge, time } from '../format.js';

function tile(label, value, tone, filter) {
  const body = [h('span', { class: 'tile-value' }, String(value ?? 0)), h('span', { class: 'tile-label' }, label)];
  return h('li', { class: `tile tone-${tone}` }, filter ? h('a', { href: `#/search?kind=quantum&health=${filter}` }, body) : body);
}

/** The mesh health page. */
export class HealthPage {
  sameView() {
    return false;
  }

  async mount(main, isCurrent) {
    const mesh = await get('/api/mesh/health');
    if (!isCurrent()) return;
    document.title = 'Mesh health · Quanta dictionary';
    const s = mesh.summary ?? {};
    replace(main,
      h('header', { class: 'page-header' }, h('h1', { tabindex: '-1' }, 'Mesh health'),
        h('p', { class: 'lead' }, `${s.quanta ?? 0} quanta known to the dictionary, as its crawler last saw them.`)),
      h('section', { class: 'panel', 'aria-labelledby': 'summary-title' },
        h('h2', { id: 'summary-title' }, 'Summary'),
        h('ul', { class: 'tiles', 'aria-label': 'Health' },
          tile('healthy', s.healthy, 'good', 'healthy'), tile('degraded', s.degraded, 'warn', 'degraded'),
          tile('unreachable', s.unreachable, 'bad', 'unreachable'), tile('stale', s.stale, 'neutral', 'stale'),
          tile('not crawled yet', s.pending, 'neutral', 'pending')),
        h('ul', { class: 'tiles', 'aria-label': 'Freshness' },
          tile('fresh', s.freshness?.compliant, 'good'), tile('late', s.freshness?.violated, 'bad'),
          tile('freshness unknown', s.freshness?.unknown, 'neutral')),
        h('ul', { class: 'tiles', 'aria-label': 'Quality' },
          tile('quality pass', s.quality?.pass, 'good'), tile('quality warn', s.quality?.warn, 'warn'),
          tile('quality fail', s.quality?.fail, 'bad'), tile('not checked', s.quality?.unknown, 'neutral'))),
      h('section', { class: 'panel', 'aria-labelledby': 'quanta-title' },
        h('h2', { id: 'quanta-title' }, 'Quanta'),
        mesh.quanta?.length
          ? table('Every quantum', ['Quantum', 'Health', 'Freshness', 'Quality', 'Last seen', 'Why'],
            mesh.quanta.map((q) => h('tr', { dataset: { quantum: q.id } },
              h('th', { scope: 'row' }, h('a', { href: `#/quantum/${seg(q.id)}` }, q.id)),
              h('td', null, healthBadge(q.health)),
              h('td', null, freshnessBadge(q.freshness)),
              h('td', null, qualityBadge(q.quality)),
              h('td', null, time(q.lastSeenAt)),
              h('td', null, [...(q.healthReasons ?? []), q.lastError].filter(Boolean).join('; ') || '—'))))
          : h('p', { class: 'muted' }, 'No quantum has announced itself yet.')));
    main.querySelector('h1').focus();
  }
}
