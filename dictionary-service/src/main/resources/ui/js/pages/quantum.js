// The quantum page: what it is and who owns it, how to read it into pandas, whether it can be trusted
// (freshness, SLA, quality), its fields, its contract's inheritance, and its lineage drawn as a graph.
import { h, replace, facts, section } from '../dom.js';
import { get, seg } from '../api.js';
import { freshnessBadge, healthBadge, lifecycleBadge, qualityBadge, time } from '../format.js';
import { schemaTables } from '../parts/schema.js';
import { qualityResults, freshnessAndSla } from '../parts/quality.js';
import { snippetBox } from '../parts/snippet.js';
import { lineageContainer, drawLineage, lineageList } from '../parts/lineage.js';
import { ancestorChain, descendantList } from '../parts/inheritance.js';
import { supportChannels } from '../parts/support.js';

/** Resolves to the value, or to {error} so one missing part does not blank the whole page. */
function settle(promise) {
  return promise.then((value) => ({ value }), (error) => ({ error }));
}

function unavailable(part, error) {
  return h('p', { class: 'notice', role: 'note' }, `${part} could not be loaded: ${error.message}`);
}

/** The page of one quantum. */
export class QuantumPage {
  constructor([id]) {
    this.id = id;
  }

  sameView() {
    return false;
  }

  async mount(main, isCurrent) {
    const quantum = await get(`/api/quanta/${seg(this.id)}`);
    if (!isCurrent()) return;
    const contract = quantum.contract;
    const [lineage, ancestors, descendants, effective] = await Promise.all([
      settle(lineageOf(quantum.id, DEPTH)),
      contract ? settle(get(`/api/contracts/${seg(contract.id)}/ancestors`, { version: contract.version })) : null,
      contract ? settle(get(`/api/contracts/${seg(contract.id)}/descendants`)) : null,
      contract ? settle(get(`/api/contracts/${seg(contract.id)}/effective`, { version: contract.version })) : null,
    ]);
    if (!isCurrent()) return;
    document.title = `${quantum.name ?? quantum.id} · Quanta dictionary`;
    const body = h('div', { id: 'lineage-body' });
    replace(main,
      header(quantum, effective?.value?.contract),
      section('use', 'Use this data', useIt(quantum)),
      section('trust', 'Freshness and SLA', freshnessAndSla(quantum.freshness, quantum.observability?.status)),
      section('quality', 'Quality', qualityResults(quantum.observability?.quality, quantum.quality)),
      section('schema', 'Objects and fields', quantum.fields?.length
        ? schemaTables(quantum.fields, quantum.objects, contract ? `${contract.id}@${contract.version}` : null)
        : h('p', { class: 'muted' }, 'No field known yet: the contract has not been crawled.')),
      section('inheritance', 'Inheritance', contract ? inheritance(contract, ancestors, descendants)
        : h('p', { class: 'muted' }, 'The contract has not been crawled yet.')),
      section('lineage', 'Lineage', lineage.value
        ? [h('p', { class: 'hint' }, 'Upstream quanta first (on the left, or at the top on a narrow screen), then this one, then its readers. Select a quantum to open it.'),
          depthChoice(DEPTH, (depth) => showLineage(body, quantum.id, lineageOf(quantum.id, depth), isCurrent)), body]
        : unavailable('The lineage', lineage.error)),
      quantum.findings?.length ? section('findings', 'Findings', findings(quantum.findings)) : null);
    main.querySelector('h1').focus();
    if (lineage.value) await showLineage(body, quantum.id, Promise.resolve(lineage.value), isCurrent);
  }
}

/** Steps shown each way in the lineage at first; the page lets a reader go from 1 to {@link MAX_DEPTH}. */
const DEPTH = 3;
const MAX_DEPTH = 10;

function lineageOf(id, depth) {
  return get('/api/lineage', { quantum: id, direction: 'both', depth });
}

/** The depth control: how many steps upstream and downstream the graph and the lists show. */
function depthChoice(depth, onChange) {
  const options = Array.from({ length: MAX_DEPTH }, (_, i) => i + 1).map((n) =>
    h('option', { value: String(n), selected: n === depth }, n === 1 ? '1 step' : `${n} steps`));
  return h('p', { class: 'lineage-depth' }, h('label', { for: 'lineage-depth' }, 'Show each way: '),
    h('select', { id: 'lineage-depth', onchange: (event) => onChange(Number(event.target.value)) }, options));
}

/** Draws a lineage (graph and lists) into its place; a newer choice replaces an answer still on its way. */
async function showLineage(body, focus, pending, isCurrent) {
  const token = (body.dataset.pending = String(Number(body.dataset.pending ?? 0) + 1));
  body.setAttribute('aria-busy', 'true');
  let lineage;
  try {
    lineage = await pending;
  } catch (error) {
    if (body.dataset.pending === token && isCurrent()) replace(body, unavailable('The lineage', error));
    body.removeAttribute('aria-busy');
    return;
  }
  if (body.dataset.pending !== token || !isCurrent()) return;
  const graph = lineageContainer(lineage);
  replace(body, graph, lineageList(lineage, focus));
  body.removeAttribute('aria-busy');
  await drawLineage(graph, lineage, (id) => {
    if (id !== focus) window.location.hash = `#/quantum/${seg(id)}`;
  });
}

function header(quantum, contract) {
  const contractRef = quantum.contract ? `${quantum.contract.id}@${quantum.contract.version}` : null;
  return h('header', { class: 'page-header' },
    h('p', { class: 'eyebrow' }, 'Data quantum'),
    h('h1', { tabindex: '-1' }, quantum.name ?? quantum.id),
    h('p', { class: 'badges' }, healthBadge(quantum.health), lifecycleBadge(quantum.status),
      freshnessBadge(quantum.freshness), qualityBadge(quantum.quality)),
    quantum.description ? h('p', { class: 'lead' }, quantum.description) : null,
    quantum.healthReasons?.length ? h('div', { class: 'notice', role: 'note' },
      h('p', null, 'Why it is not healthy:'), h('ul', null, quantum.healthReasons.map((r) => h('li', null, r)))) : null,
    facts([
      ['Id', h('code', null, quantum.id)],
      ['Owner', quantum.owner],
      ['Domain', quantum.domain],
      ['Support', supportChannels(contract)],
      ['Contract', contractRef ? h('a', { href: `#/contract/${seg(quantum.contract.id)}` }, contractRef) : null],
      ['Address', quantum.url ? h('a', { href: `${quantum.url.replace(/\/+$/, '')}/`, rel: 'noopener' }, quantum.url) : null],
      ['Tags', quantum.tags?.length ? quantum.tags.join(', ') : null],
      ['Last seen', quantum.crawl?.lastSeenAt ? time(quantum.crawl.lastSeenAt) : null],
    ], 'facts facts-header'));
}

function useIt(quantum) {
  const base = quantum.url?.replace(/\/+$/, '');
  if (!base || !quantum.objects?.length) return h('p', { class: 'muted' }, 'The quantum has not been crawled yet.');
  return [
    h('p', null, 'Read it into a notebook with pandas (set ', h('code', null, 'QUANTA_TOKEN'), ' to a token that may read it):'),
    snippetBox(base, quantum.objects, quantum.fields ?? []),
    h('p', { class: 'downloads' }, 'Contract: ',
      h('a', { href: `${base}/discovery/contract?format=yaml`, id: 'contract-yaml' }, 'download YAML'), ' · ',
      h('a', { href: `${base}/discovery/contract?effective=true&format=yaml`, id: 'effective-yaml' }, 'effective contract (YAML, inheritance resolved)')),
  ];
}

function inheritance(contract, ancestors, descendants) {
  const self = { id: contract.id, version: contract.version };
  return h('div', { class: 'two-columns' },
    ancestors?.value ? ancestorChain(self, ancestors.value.ancestors) : unavailable('The ancestors', ancestors.error),
    descendants?.value ? descendantList(descendants.value) : unavailable('The descendants', descendants.error));
}

function findings(list) {
  return h('ul', { class: 'findings' }, list.map((f) => h('li', null,
    h('span', { class: `severity severity-${f.severity}` }, f.severity), ' ',
    f.code ? h('code', null, f.code) : null, ' ', f.message,
    f.line ? h('span', { class: 'muted' }, ` (${f.source ?? 'contract'}:${f.line}${f.column ? `:${f.column}` : ''})`) : null)));
}
