// The latest result of every quality rule, as the dictionary last crawled the quantum's
// /observability/quality, and its freshness and SLA promises from /observability/status.
import { h, table, facts } from '../dom.js';
import { duration, kept, outcomeBadge, time, yesNo } from '../format.js';

/** The quality rules' latest results, or a sentence saying there are none yet. */
export function qualityResults(quality, summary) {
  const results = quality?.results ?? [];
  const counts = summary ?? quality?.summary;
  const line = counts
    ? h('p', null, `${counts.rules ?? results.length} rules: ${counts.pass ?? 0} pass, ${counts.warn ?? 0} warn, ${counts.fail ?? 0} fail`,
      counts.notYetChecked ? `, ${counts.notYetChecked} not checked yet` : '',
      counts.lastCheckAt ? [' · last check ', time(counts.lastCheckAt)] : '')
    : null;
  if (!results.length) return [line, h('p', { class: 'muted' }, 'No quality result has been crawled yet.')];
  return [line, table('Quality results', ['Rule', 'Applies to', 'Metric', 'Measured', 'Threshold', 'Severity', 'Outcome', 'Checked'],
    results.map((r) => h('tr', { dataset: { rule: r.ruleId } },
      h('th', { scope: 'row' }, h('code', null, r.ruleId)),
      h('td', null, h('code', null, [r.object, r.property].filter(Boolean).join('.'))),
      h('td', null, r.metric ?? r.type ?? ''),
      h('td', { class: 'number' }, r.measured == null ? '—' : `${r.measured}${r.unit === 'percent' ? ' %' : ''}`),
      h('td', null, r.threshold ?? '—'),
      h('td', null, r.severity ?? ''),
      h('td', null, outcomeBadge(r.outcome), r.detail ? h('span', { class: 'muted detail' }, ` ${r.detail}`) : null),
      h('td', null, time(r.checkedAt)))))];
}

/** Freshness against the latency SLA, then every SLA property of the contract. */
export function freshnessAndSla(freshness, status) {
  const details = status?.sla?.details ?? [];
  const objects = status?.objects ?? [];
  return [
    facts([
      ['Newest row', freshness?.ageSeconds != null ? `${duration(freshness.ageSeconds)} old` : (freshness?.compliant === false ? 'no rows' : 'not measured')],
      ['Latency promised', freshness?.slaSeconds != null ? `at most ${duration(freshness.slaSeconds)}` : 'none'],
      ['Within SLA', kept(freshness?.compliant)],
      ['Last update', freshness?.lastUpdate ? time(freshness.lastUpdate) : null],
    ]),
    objects.length ? table('Freshness per object', ['Object', 'Rows', 'Freshness column', 'Newest row', 'Within SLA'],
      objects.map((o) => h('tr', null,
        h('th', { scope: 'row' }, h('code', null, o.object)),
        h('td', { class: 'number' }, (o.rowsCounted ?? o.rowsEstimate ?? '—').toLocaleString()),
        h('td', null, o.freshness?.column ? h('code', null, o.freshness.column) : '—'),
        h('td', null, o.freshness?.ageSeconds != null ? `${duration(o.freshness.ageSeconds)} old` : '—'),
        h('td', { class: 'center' }, o.freshness ? kept(o.freshness.compliant) : '—')))) : null,
    details.length ? table('Service levels', ['Property', 'Promise', 'Applies to', 'Measured', 'Kept'],
      details.map((d) => h('tr', null,
        h('th', { scope: 'row' }, d.property),
        h('td', null, `${d.value}${d.unit ? ` ${d.unit}` : ''}`),
        h('td', null, d.element ? h('code', null, d.element) : 'every object'),
        h('td', { class: 'center' }, yesNo(d.measured)),
        h('td', { class: 'center' }, d.measured ? kept(d.compliant) : h('span', { class: 'muted' }, 'reported'))))) : null,
  ];
}
