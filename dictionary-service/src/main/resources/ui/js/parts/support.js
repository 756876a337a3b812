// Who to ask: the contract's support channels (ODCS `support`: channel, tool, url).
import { h } from '../dom.js';

/** The support channels as a short list, or null when the contract names none. */
export function supportChannels(contract) {
  const entries = Array.isArray(contract?.support) ? contract.support : [];
  if (!entries.length) return null;
  return h('ul', { class: 'inline-list' }, entries.map((s) => {
    const text = [s.channel, s.tool ? `(${s.tool})` : null].filter(Boolean).join(' ');
    const safe = typeof s.url === 'string' && /^(https?:|mailto:)/i.test(s.url);
    return h('li', null, safe ? h('a', { href: s.url, rel: 'noopener' }, text || s.url) : text);
  }));
}
