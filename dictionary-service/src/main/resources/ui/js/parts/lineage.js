// The lineage graph: upstream quanta on the left, downstream on the right (top and bottom on a phone), drawn by
// Cytoscape.js on a canvas. Every quantum node opens its page; a list of the same nodes below the graph is
// the way in for keyboards and screen readers.
import { h } from '../dom.js';

const COLUMN = 330;
const ROW = 84;
const LINE = 26;
const COLOURS = {
  healthy: ['#e7f5ec', '#1f7a3d'], degraded: ['#fff4d6', '#8a5a00'], unreachable: ['#fde8e8', '#b42318'],
  stale: ['#eef0f3', '#59616d'], pending: ['#e8f0fe', '#1d4ed8'], external: ['#ffffff', '#59616d'],
};

/** Each line cut to what fits a node, so a long name or address never runs out of its box. */
function fit(text) {
  const line = String(text);
  return line.length <= LINE ? line : `${line.slice(0, LINE - 1)}…`;
}

function label(node) {
  if (node.kind === 'external') return `external\n${fit(node.url ?? node.id)}`;
  return node.name && node.name !== node.id ? `${fit(node.name)}\n${fit(node.id)}` : fit(node.id);
}

/**
 * Positions: one column per level (negative is upstream), the nodes of a level spread around the middle; on
 * a narrow screen the levels become rows, top to bottom, so the boxes stay readable.
 */
function positions(nodes, vertical) {
  const byLevel = new Map();
  for (const node of nodes) {
    const level = node.level ?? 0;
    if (!byLevel.has(level)) byLevel.set(level, []);
    byLevel.get(level).push(node);
  }
  const at = new Map();
  for (const [level, members] of byLevel) {
    members.sort((a, b) => String(a.id).localeCompare(String(b.id)));
    members.forEach((node, i) => {
      const across = i - (members.length - 1) / 2;
      at.set(node.id, vertical ? { x: across * 220, y: level * 110 } : { x: level * COLUMN, y: across * ROW });
    });
  }
  return at;
}

function elements(lineage, vertical) {
  const at = positions(lineage.nodes, vertical);
  const nodes = lineage.nodes.map((node) => ({
    group: 'nodes',
    data: { id: node.id, label: label(node), kind: node.kind, level: node.level ?? 0, health: node.health ?? (node.kind === 'external' ? 'external' : 'pending') },
    position: at.get(node.id),
    classes: [node.kind, node.level === 0 ? 'focus' : ''].join(' ').trim(),
  }));
  const known = new Set(lineage.nodes.map((n) => n.id));
  const edges = lineage.edges.filter((e) => known.has(e.from) && known.has(e.to)).map((edge, i) => ({
    group: 'edges', data: { id: `e${i}`, source: edge.from, target: edge.to, label: edge.contract ?? '' },
  }));
  return [...nodes, ...edges];
}

function style() {
  const byHealth = Object.entries(COLOURS).map(([health, [fill, line]]) => ({
    selector: `node[health = "${health}"]`, style: { 'background-color': fill, 'border-color': line, color: '#1b1f24' },
  }));
  return [
    {
      selector: 'node',
      style: {
        shape: 'round-rectangle', width: 190, height: 54, 'border-width': 2, label: 'data(label)',
        'text-valign': 'center', 'text-halign': 'center', 'text-wrap': 'wrap', 'text-max-width': '184px', 'line-height': 1.3,
        'font-size': 12, 'font-family': 'system-ui, sans-serif',
      },
    },
    ...byHealth,
    { selector: 'node.external', style: { 'border-style': 'dashed', 'font-size': 11 } },
    { selector: 'node.focus', style: { 'border-width': 4, 'font-weight': 'bold' } },
    {
      selector: 'edge',
      style: {
        width: 2, 'line-color': '#8792a2', 'target-arrow-color': '#8792a2', 'target-arrow-shape': 'triangle',
        'curve-style': 'bezier', label: 'data(label)', 'font-size': 10, color: '#4a5260',
        'text-background-color': '#ffffff', 'text-background-opacity': 1, 'text-background-padding': '2px',
      },
    },
  ];
}

/** The graph element; its canvas is drawn once it is in the document (see {@link drawLineage}). */
export function lineageContainer(lineage) {
  const summary = `Lineage graph of ${lineage.nodes.length} nodes: ${lineage.nodes.filter((n) => (n.level ?? 0) < 0).length} upstream, `
    + `${lineage.nodes.filter((n) => (n.level ?? 0) > 0).length} downstream.`;
  return h('div', { id: 'lineage-graph', class: 'lineage-graph', role: 'img', 'aria-label': summary });
}

/**
 * Draws the graph into its container and makes quantum nodes open their page. The Cytoscape instance is
 * left at window.quanta.lineage so tests and the console can read the model the picture shows.
 */
export async function drawLineage(container, lineage, open) {
  const { default: cytoscape } = await import('../vendor/cytoscape.js');
  window.quanta?.lineage?.destroy();
  const cy = cytoscape({
    container, elements: elements(lineage, container.clientWidth < 600), style: style(), layout: { name: 'preset', fit: true, padding: 24 },
    autoungrabify: true, boxSelectionEnabled: false, userZoomingEnabled: false, maxZoom: 1, minZoom: 0.2,
  });
  cy.on('tap', 'node[kind = "quantum"]', (event) => open(event.target.id()));
  cy.on('mouseover', 'node[kind = "quantum"]', () => { container.style.cursor = 'pointer'; });
  cy.on('mouseout', 'node', () => { container.style.cursor = ''; });
  window.quanta = Object.assign(window.quanta ?? {}, { lineage: cy });
  container.dataset.ready = 'true';
  return cy;
}

/** The same graph as lists of links, upstream then downstream, nearest first. */
export function lineageList(lineage, focus) {
  const entry = (node) => h('li', { dataset: { node: node.id } },
    node.kind === 'quantum' && node.id !== focus
      ? h('a', { href: `#/quantum/${encodeURIComponent(node.id)}` }, node.name && node.name !== node.id ? `${node.name} (${node.id})` : node.id)
      : h('span', null, node.kind === 'external' ? `external: ${node.url ?? node.id}` : node.id),
    h('span', { class: 'muted' }, ` · ${Math.abs(node.level ?? 0)} ${Math.abs(node.level ?? 0) === 1 ? 'step' : 'steps'}`,
      node.health ? ` · ${node.health}` : ''));
  const up = lineage.nodes.filter((n) => (n.level ?? 0) < 0).sort((a, b) => b.level - a.level);
  const down = lineage.nodes.filter((n) => (n.level ?? 0) > 0).sort((a, b) => a.level - b.level);
  return h('div', { class: 'lineage-lists' },
    h('div', null, h('h3', null, 'Upstream (reads from)'), up.length ? h('ul', { class: 'lineage-up' }, up.map(entry)) : h('p', { class: 'muted' }, 'No upstream quanta.')),
    h('div', null, h('h3', null, 'Downstream (read by)'), down.length ? h('ul', { class: 'lineage-down' }, down.map(entry)) : h('p', { class: 'muted' }, 'No downstream quanta.')));
}
