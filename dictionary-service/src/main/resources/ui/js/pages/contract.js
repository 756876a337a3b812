// The contract page, for a contract on its own (an enterprise base contract no quantum serves, or one seen
// through a quantum): its fields, its versions with a YAML download each (a published one as published), who
// serves it and who extends it.
import { h, replace, facts, section, table } from '../dom.js';
import { get, seg } from '../api.js';
import { lifecycleBadge, time, yesNo } from '../format.js';
import { schemaTables } from '../parts/schema.js';
import { ancestorChain, descendantList } from '../parts/inheritance.js';
import { supportChannels } from '../parts/support.js';
import { toYaml, downloadLink } from '../yaml.js';

function settle(promise) {
  return promise.then((value) => ({ value }), (error) => ({ error }));
}

function unavailable(part, error) {
  return h('p', { class: 'notice', role: 'note' }, `${part} could not be loaded: ${error.message}`);
}

function owners(contract) {
  const members = contract?.team?.members ?? [];
  const named = members.filter((m) => m.role === 'owner').map((m) => m.username ?? m.name).filter(Boolean);
  return named.length ? named.join(', ') : contract?.team?.name ?? null;
}

function quantumLinks(ids) {
  if (!ids?.length) return null;
  return h('ul', { class: 'inline-list' }, ids.map((id) => h('li', null, h('a', { href: `#/quantum/${seg(id)}` }, id))));
}

/** The page of one contract. */
export class ContractPage {
  constructor([id]) {
    this.id = id;
  }

  sameView() {
    return false;
  }

  async mount(main, isCurrent) {
    const all = await get(`/api/contracts/${seg(this.id)}`);
    if (!isCurrent()) return;
    const latestIndex = Math.max(0, all.versions.findIndex((v) => v.version === all.latest));
    const latest = all.versions[latestIndex] ?? {};
    const info = all.info?.[latestIndex] ?? {};
    const [effective, ancestors, descendants] = await Promise.all([
      settle(get(`/api/contracts/${seg(this.id)}/effective`, { version: all.latest })),
      settle(get(`/api/contracts/${seg(this.id)}/ancestors`, { version: all.latest })),
      settle(get(`/api/contracts/${seg(this.id)}/descendants`)),
    ]);
    if (!isCurrent()) return;
    const shown = effective.value?.contract ?? latest;
    document.title = `${latest.name ?? this.id} · Contract · Quanta dictionary`;
    const fields = (effective.value?.fields ?? []).map((f) => ({ ...f, object: f.object ?? String(f.path ?? '').split('.')[0] }));
    const objects = (shown.schema ?? []).map((o) => o.name).filter(Boolean);
    replace(main,
      h('header', { class: 'page-header' },
        h('p', { class: 'eyebrow' }, info.servedBy?.length ? 'Data contract' : 'Base contract · served by no quantum'),
        h('h1', { tabindex: '-1' }, latest.name ?? this.id),
        h('p', { class: 'badges' }, lifecycleBadge(latest.status)),
        latest.description?.purpose ? h('p', { class: 'lead' }, latest.description.purpose) : null,
        facts([
          ['Id', h('code', null, `${this.id}@${all.latest}`)],
          ['Owner', owners(shown)],
          ['Domain', latest.domain],
          ['Support', supportChannels(shown)],
          ['Served by', quantumLinks(info.servedBy)],
          ['Limitations', latest.description?.limitations],
          ['Usage', latest.description?.usage],
          ['Tags', (shown.tags ?? latest.tags)?.length ? (shown.tags ?? latest.tags).join(', ') : null],
        ], 'facts facts-header')),
      section('schema', 'Objects and fields', effective.value
        ? (effective.value.resolved === false
          ? h('p', { class: 'notice', role: 'note' }, 'The inheritance chain cannot be resolved: ',
            (effective.value.findings ?? []).map((f) => f.message).join('; '))
          : schemaTables(fields, objects, `${this.id}@${all.latest}`))
        : unavailable('The effective contract', effective.error)),
      section('versions', 'Versions', versions(all)),
      section('inheritance', 'Inheritance', h('div', { class: 'two-columns' },
        ancestors.value ? ancestorChain({ id: this.id, version: all.latest }, ancestors.value.ancestors) : unavailable('The ancestors', ancestors.error),
        descendants.value ? descendantList(descendants.value) : unavailable('The descendants', descendants.error))));
    main.querySelector('h1').focus();
  }
}

function versions(all) {
  const rows = all.versions.map((contract, i) => {
    const info = all.info?.[i] ?? {};
    return h('tr', { dataset: { version: contract.version } },
      h('th', { scope: 'row' }, contract.version, contract.version === all.latest ? h('span', { class: 'pill pill-soft' }, 'latest') : null),
      h('td', null, contract.status ?? '—'),
      h('td', null, info.published ? `published${info.publishedBy ? ` by ${info.publishedBy}` : ''}` : 'served', ' ',
        quantumLinks(info.servedBy)),
      h('td', null, info.extends ?? '—'),
      h('td', { class: 'center' }, info.lint ? [yesNo(info.lint.valid), info.lint.warnings ? h('span', { class: 'muted' }, ` ${info.lint.warnings} warnings`) : null] : '—'),
      h('td', null, time(info.indexedAt)),
      // A published version downloads as it was published (comments and layout kept); a served one as the dictionary holds it.
      h('td', null, downloadLink('YAML', `${all.id}-${contract.version}.odcs.yaml`, info.publishedText ?? toYaml(contract))));
  }).reverse();
  return table('Versions, newest first', ['Version', 'Status', 'Source', 'Extends', 'Valid', 'Indexed', 'Download'], rows);
}
