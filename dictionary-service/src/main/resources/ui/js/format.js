// Turning API values into words: durations, times, and the badges that say whether data can be trusted.
import { h } from './dom.js';

const UNITS = [['y', 365 * 86400], ['d', 86400], ['h', 3600], ['min', 60], ['s', 1]];

/** 95 → "1 min 35 s", 14400 → "4 h": the two largest units, so the reader gets the order of magnitude. */
export function duration(seconds) {
  if (seconds == null || Number.isNaN(Number(seconds))) return '—';
  let rest = Math.max(0, Math.round(Number(seconds)));
  if (rest === 0) return '0 s';
  const parts = [];
  for (const [unit, size] of UNITS) {
    if (rest >= size && parts.length < 2) {
      parts.push(`${Math.floor(rest / size)} ${unit}`);
      rest %= size;
    } else if (parts.length) {
      break;
    }
  }
  return parts.join(' ');
}

/** An ISO timestamp as a <time> element in the reader's locale, the exact UTC value in its title. */
export function time(iso) {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return h('time', { datetime: iso, title: iso }, date.toLocaleString());
}

function badge(kind, value, text, title) {
  return h('span', { class: `badge badge-${kind} tone-${value}`, title, dataset: { badge: kind, value } }, text);
}

const HEALTH = {
  healthy: 'Healthy', degraded: 'Degraded', unreachable: 'Unreachable', stale: 'Stale', pending: 'Not crawled yet',
};

/** The crawler's verdict on a quantum. */
export function healthBadge(health) {
  if (!health) return null;
  return badge('health', health, HEALTH[health] ?? health, 'Health as the dictionary last crawled it');
}

/** Freshness of the newest row against the contract's latency SLA. */
export function freshnessBadge(freshness) {
  if (!freshness || (freshness.ageSeconds == null && freshness.compliant == null)) {
    return badge('freshness', 'unknown', 'Freshness unknown', 'Not measured: no freshness column or no data yet');
  }
  const age = duration(freshness.ageSeconds);
  const sla = freshness.slaSeconds != null ? duration(freshness.slaSeconds) : null;
  if (freshness.ageSeconds == null && freshness.compliant === false) {
    return badge('freshness', 'bad', 'Late · no data', sla ? `Empty, while the SLA promises rows at most ${sla} old` : 'Empty');
  }
  if (freshness.compliant === true) {
    return badge('freshness', 'good', `Fresh · ${age} old`, `Within the SLA of ${sla}`);
  }
  if (freshness.compliant === false) {
    return badge('freshness', 'bad', `Late · ${age} old`, sla ? `The SLA promises at most ${sla}` : 'Breaks its SLA');
  }
  return badge('freshness', 'neutral', `Updated ${age} ago`, 'The contract promises no latency');
}

/** The latest quality results of a quantum, summarised. */
export function qualityBadge(quality) {
  const status = quality?.status ?? 'unknown';
  const rules = quality?.rules ?? 0;
  switch (status) {
    case 'pass':
      return badge('quality', 'good', `Quality pass · ${quality.pass}/${rules}`, 'Every quality rule passes');
    case 'warn':
      return badge('quality', 'warn', `Quality warn · ${quality.warn} of ${rules}`, 'Some rules warn; none fails');
    case 'fail':
      return badge('quality', 'bad', `Quality fail · ${quality.fail} of ${rules}`, 'At least one rule fails');
    default:
      return badge('quality', 'unknown', 'Quality not checked', 'No quality result yet');
  }
}

const LIFECYCLE = {
  active: 'good', paused: 'warn', deprecated: 'warn', retired: 'bad', draft: 'neutral', proposed: 'neutral',
};

/** A quantum's lifecycle state or a contract's ODCS status. */
export function lifecycleBadge(status) {
  if (!status) return null;
  const label = status.charAt(0).toUpperCase() + status.slice(1);
  return badge('lifecycle', LIFECYCLE[status] ?? 'neutral', label, 'Lifecycle state');
}

/** The outcome of one quality rule. */
export function outcomeBadge(outcome) {
  const tone = { pass: 'good', warn: 'warn', fail: 'bad', error: 'bad', skipped: 'neutral' }[outcome] ?? 'unknown';
  return badge('outcome', tone, outcome ?? 'not checked', null);
}

/** A plain label such as "quantum" or "contract". */
export function kindBadge(kind) {
  return badge('kind', 'neutral', kind, null);
}

/** "yes" / "no" for a boolean table cell, with a symbol that reads without colour. */
export function yesNo(value) {
  return value ? h('span', { class: 'yes' }, '✓', h('span', { class: 'visually-hidden' }, 'yes')) : h('span', { class: 'no' }, h('span', { class: 'visually-hidden' }, 'no'));
}

/** A kept or broken promise, in words and a symbol as well as colour; null when unknown. */
export function kept(value) {
  if (value == null) return h('span', { class: 'muted' }, 'unknown');
  return value ? h('span', { class: 'yes' }, '✓ yes') : h('span', { class: 'broken' }, '✗ no');
}
