// The contract's objects and fields as tables: name, type, required, key, classification, description,
// and the contract each inherited field comes from.
import { h, table } from '../dom.js';
import { yesNo } from '../format.js';

/** The contract page address of an "id@version" reference. */
export function contractHash(reference) {
  const id = String(reference).split('@')[0];
  return `#/contract/${encodeURIComponent(id)}`;
}

function type(field) {
  const logical = field.logicalType ?? '';
  const physical = field.physicalType && field.physicalType !== logical ? field.physicalType : null;
  return [h('code', null, logical || physical || '—'), physical && logical ? h('span', { class: 'muted' }, ` ${physical}`) : null];
}

function origin(field, ownReference) {
  if (field.inheritedFrom) {
    return h('a', { href: contractHash(field.inheritedFrom), dataset: { origin: field.inheritedFrom } }, field.inheritedFrom);
  }
  const own = h('span', { class: 'muted', dataset: { origin: ownReference ?? '' } }, 'this contract');
  if (!field.overrides) return own;
  return [own, h('span', { class: 'muted' }, ', tightening '),
    h('a', { href: contractHash(field.overrides), dataset: { overrides: field.overrides } }, field.overrides)];
}

function row(field, ownReference) {
  return h('tr', { dataset: { field: `${field.object}.${field.name}` } },
    h('th', { scope: 'row' }, h('code', null, field.name), field.pii ? h('span', { class: 'pill', title: 'Personal data' }, 'PII') : null,
      field.businessName ? h('span', { class: 'business-name' }, field.businessName) : null),
    h('td', null, type(field)),
    h('td', { class: 'center' }, yesNo(field.required)),
    h('td', { class: 'center' }, field.primaryKey ? h('span', { class: 'pill' }, 'PK') : (field.unique ? h('span', { class: 'pill pill-soft' }, 'unique') : '')),
    h('td', null, field.classification ? h('span', { class: `classification cls-${field.classification}` }, field.classification) : '—'),
    h('td', { class: 'description' }, field.description ?? ''),
    h('td', null, origin(field, ownReference)));
}

/**
 * One table per object. `fields` are the API's field entries ({object, name, logicalType, …}); `objects` gives
 * the order (objects with no field are still listed); `ownReference` is "id@version" of the contract shown.
 */
export function schemaTables(fields, objects, ownReference) {
  const names = [...new Set([...(objects ?? []), ...fields.map((f) => f.object)])];
  return names.map((object) => {
    const own = fields.filter((f) => f.object === object);
    return h('div', { class: 'schema-object', dataset: { object } },
      h('h3', null, h('code', null, object), h('span', { class: 'muted' }, ` · ${own.length} ${own.length === 1 ? 'field' : 'fields'}`)),
      table(`Fields of ${object}`, ['Field', 'Type', 'Required', 'Key', 'Classification', 'Description', 'Comes from'],
        own.map((field) => row(field, ownReference))));
  });
}
