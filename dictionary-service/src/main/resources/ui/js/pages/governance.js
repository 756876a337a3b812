// The governance report: the global policies every quantum enforces on itself, and how each quantum's
// effective contract fares against them.
import { h, replace, table } from '../dom.js';
import { get, seg } from '../api.js';

function severity(level) {
  return h('span', { class: `severity severity-${level}` }, level);
}

function policies(set) {
  return table('Policies', ['Policy', 'Severity', 'Check', 'What it asks'], (set.policies ?? []).map((p) => h('tr', null,
    h('th', { scope: 'row' }, h('code', null, p.id)), h('td', null, severity(p.severity)), h('td', null, h('code', null, p.check ?? '')),
    h('td', null, p.description ?? ''))));
}

function verdict(q) {
  if (!q.contract) return h('span', { class: 'muted' }, 'not crawled yet');
  if (q.hasErrors) return h('span', { class: 'badge tone-bad' }, 'not compliant');
  if (q.summary?.failedWarning) return h('span', { class: 'badge tone-warn' }, 'warnings');
  return h('span', { class: 'badge tone-good' }, 'compliant');
}

function violations(q) {
  if (!q.violations?.length) return '—';
  return h('details', null, h('summary', null, `${q.violations.length} ${q.violations.length === 1 ? 'violation' : 'violations'}`),
    h('ul', { class: 'violations' }, q.violations.map((v) => h('li', null, severity(v.severity), ' ', h('code', null, v.policy), ' ', v.message,
      v.path ? h('span', { class: 'muted' }, ` (${v.path})`) : null))));
}

/** The governance report page. */
export class GovernancePage {
  sameView() {
    return false;
  }

  async mount(main, isCurrent) {
    const [report, set] = await Promise.all([get('/api/governance/report'), get('/api/governance/policies')]);
    if (!isCurrent()) return;
    document.title = 'Governance · Quanta dictionary';
    const s = report.summary ?? {};
    replace(main,
      h('header', { class: 'page-header' }, h('h1', { tabindex: '-1' }, 'Governance report'),
        h('p', { class: 'lead' }, `Every quantum's effective contract judged against the policy set `, h('code', null, report.policySet ?? set.name), '.'),
        h('ul', { class: 'tiles', 'aria-label': 'Summary' },
          h('li', { class: 'tile tone-neutral' }, h('span', { class: 'tile-value' }, String(s.quanta ?? 0)), h('span', { class: 'tile-label' }, 'quanta')),
          h('li', { class: 'tile tone-good' }, h('span', { class: 'tile-value' }, String(s.compliant ?? 0)), h('span', { class: 'tile-label' }, 'compliant')),
          h('li', { class: 'tile tone-bad' }, h('span', { class: 'tile-value' }, String(s.withErrors ?? 0)), h('span', { class: 'tile-label' }, 'with errors')),
          h('li', { class: 'tile tone-warn' }, h('span', { class: 'tile-value' }, String(s.withWarnings ?? 0)), h('span', { class: 'tile-label' }, 'with warnings')))),
      h('section', { class: 'panel', 'aria-labelledby': 'report-title' },
        h('h2', { id: 'report-title' }, 'Quanta'),
        report.quanta?.length
          ? table('Compliance of every quantum', ['Quantum', 'Contract', 'Domain', 'Verdict', 'Checks', 'Violations'],
            report.quanta.map((q) => h('tr', { dataset: { quantum: q.id } },
              h('th', { scope: 'row' }, h('a', { href: `#/quantum/${seg(q.id)}` }, q.id)),
              h('td', null, q.contract ? h('a', { href: `#/contract/${seg(q.contract.id)}` }, `${q.contract.id}@${q.contract.version}`) : '—'),
              h('td', null, q.domain ?? '—'),
              h('td', null, verdict(q)),
              h('td', null, q.summary ? `${q.summary.passed} passed, ${q.summary.failed} failed` : '—'),
              h('td', null, violations(q)))))
          : h('p', { class: 'muted' }, 'No quantum has announced itself yet.')),
      h('section', { class: 'panel', 'aria-labelledby': 'policies-title' },
        h('h2', { id: 'policies-title' }, `Policies of ${set.name ?? 'the mesh'}`),
        set.description ? h('p', null, set.description) : null,
        policies(set)));
    main.querySelector('h1').focus();
  }
}
