import type * as Y from 'yjs';

/**
 * How a stored row lives in the team's Yjs document, so that Yjs merges field by field.
 *
 * Each shared table is one flat Y.Map. A row is a set of entries keyed `<row key>\u0000<path>`:
 * - the path `""` marks the row as present (written when the row is created or put back by Undo);
 * - the path `"~"` says who changed the row last and when;
 * - every other path is one leaf of the row: `/name`, `/campaign/currency`,
 *   `/campaign/creators/@instagram:nasa/fee`.
 *
 * Why flat: two members writing different fields of one row write different map keys, so neither
 * overwrites the other (a nested Y.Map per row would be replaced whole when two members create the
 * same row at once, e.g. both shortlist one creator). A deleted row loses its presence entry, so an
 * edit made elsewhere at the same moment cannot bring back half a row.
 *
 * Arrays of objects that carry a unique `id` or `creatorKey` (a campaign's creators) are keyed the
 * same way: `#` holds their order and `@<id>` marks each element present, so two members editing two
 * creators of one campaign both keep their change. Other arrays (tags, KPI lists) are single values.
 */

export type Leaves = Map<string, unknown>;
export interface RowStamp {
  by: string;
  at: string;
}

const SEP = '\u0000';
export const PRESENCE = '';
export const STAMP = '~';
const ORDER = '#';
const ELEMENT = '@';

/** Object keys and element ids as path segments: "/" and "~" escaped, and no clash with the markers. */
function escapeSegment(key: string): string {
  const escaped = key.replace(/~/g, '~0').replace(/\//g, '~1');
  return /^[@#]/.test(escaped) ? `~2${escaped}` : escaped;
}

function unescapeSegment(segment: string): string {
  const bare = segment.startsWith('~2') ? segment.slice(2) : segment;
  return bare.replace(/~1/g, '/').replace(/~0/g, '~');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The field that identifies each element of an array of records, when every element has a distinct one. */
function elementIdField(values: unknown[]): 'id' | 'creatorKey' | null {
  if (values.length === 0 || !values.every(isPlainObject)) return null;
  const items = values;
  for (const field of ['id', 'creatorKey'] as const) {
    const ids = items.map((item) => item[field]);
    if (ids.every((id) => typeof id === 'string' && id !== '') && new Set(ids).size === ids.length) return field;
  }
  return null;
}

/** A row as its leaves, path → value. */
export function flattenRow(row: Record<string, unknown>): Leaves {
  const leaves: Leaves = new Map();
  flattenInto(row, '', leaves);
  return leaves;
}

function flattenInto(value: unknown, path: string, leaves: Leaves): void {
  if (isPlainObject(value)) {
    const keys = Object.keys(value).filter((key) => value[key] !== undefined);
    if (keys.length === 0 && path !== '') leaves.set(path, {});
    for (const key of keys) flattenInto(value[key], `${path}/${escapeSegment(key)}`, leaves);
    return;
  }
  if (Array.isArray(value)) {
    const idField = elementIdField(value);
    if (idField) {
      const ids = value.map((item) => String((item as Record<string, unknown>)[idField]));
      leaves.set(`${path}/${ORDER}`, ids);
      value.forEach((item, index) => {
        const elementPath = `${path}/${ELEMENT}${escapeSegment(ids[index]!)}`;
        leaves.set(elementPath, true);
        flattenInto(item, elementPath, leaves);
      });
      return;
    }
  }
  leaves.set(path, value);
}

interface Node {
  leaf?: unknown;
  hasLeaf: boolean;
  children: Map<string, Node>;
}

/** The row the leaves describe (the inverse of flattenRow). */
export function unflattenRow(leaves: Leaves): Record<string, unknown> {
  const root: Node = { hasLeaf: false, children: new Map() };
  for (const [path, value] of leaves) {
    if (path === PRESENCE || path === STAMP) continue;
    let node = root;
    for (const segment of path.split('/').slice(1)) {
      let child = node.children.get(segment);
      if (!child) node.children.set(segment, (child = { hasLeaf: false, children: new Map() }));
      node = child;
    }
    node.leaf = value;
    node.hasLeaf = true;
  }
  const row = build(root);
  return isPlainObject(row) ? row : {};
}

function build(node: Node): unknown {
  if (node.children.size === 0) return node.hasLeaf ? node.leaf : {};
  const keys = [...node.children.keys()];
  if (keys.some((key) => key === ORDER || key.startsWith(ELEMENT))) {
    // A keyed array: its present elements in the stored order, then any the order does not list yet
    // (added at the same moment by another member), by id.
    const present = new Map<string, Node>();
    for (const [key, child] of node.children) if (key.startsWith(ELEMENT) && child.leaf === true) present.set(unescapeSegment(key.slice(1)), child);
    const order = node.children.get(ORDER)?.leaf;
    const listed = (Array.isArray(order) ? order : []).filter((id): id is string => typeof id === 'string' && present.has(id));
    const ids = [...new Set(listed), ...[...present.keys()].filter((id) => !listed.includes(id)).sort()];
    return ids.map((id) => build({ ...present.get(id)!, hasLeaf: false }));
  }
  const object: Record<string, unknown> = {};
  for (const [key, child] of node.children) object[unescapeSegment(key)] = build(child);
  return object;
}

/** One canonical text per value (object keys sorted), to compare leaves written on different machines. */
export function canonical(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isPlainObject(value))
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

export function entryKey(rowKey: string, path: string): string {
  return `${rowKey}${SEP}${path}`;
}

/** Every row of a table's map: row key → its entries (presence and stamp included). */
export function readRows(map: Y.Map<unknown>): Map<string, Leaves> {
  const rows = new Map<string, Leaves>();
  for (const [key, value] of map.entries()) {
    const at = key.indexOf(SEP);
    if (at < 0) continue;
    const rowKey = key.slice(0, at);
    let row = rows.get(rowKey);
    if (!row) rows.set(rowKey, (row = new Map<string, unknown>()));
    row.set(key.slice(at + 1), value);
  }
  return rows;
}

/** Writes a whole row (creation, or Undo putting it back): presence, every leaf, and no stale leaf. */
export function putRow(map: Y.Map<unknown>, rowKey: string, leaves: Leaves, stamp: RowStamp, existing?: Leaves): void {
  for (const path of existing?.keys() ?? []) if (path !== PRESENCE && path !== STAMP && !leaves.has(path)) map.delete(entryKey(rowKey, path));
  for (const [path, value] of leaves) if (!existing || canonical(existing.get(path)) !== canonical(value)) map.set(entryKey(rowKey, path), value);
  map.set(entryKey(rowKey, PRESENCE), true);
  map.set(entryKey(rowKey, STAMP), stamp);
}

/** Changes some leaves of a present row (undefined removes a leaf), and stamps it. */
export function patchRow(map: Y.Map<unknown>, rowKey: string, changes: Map<string, unknown>, stamp: RowStamp): void {
  for (const [path, value] of changes) {
    if (value === undefined) map.delete(entryKey(rowKey, path));
    else map.set(entryKey(rowKey, path), value);
  }
  map.set(entryKey(rowKey, STAMP), stamp);
}

/** Deletes a row: its presence, stamp and leaves. */
export function deleteRow(map: Y.Map<unknown>, rowKey: string, existing: Leaves): void {
  for (const path of existing.keys()) map.delete(entryKey(rowKey, path));
}

/** The row a table's entries describe, or null when it is not present. */
export function materialize(entries: Leaves | undefined): Record<string, unknown> | null {
  if (!entries || entries.get(PRESENCE) !== true) return null;
  return unflattenRow(entries);
}

/** The row's leaves without presence and stamp. */
export function dataLeaves(entries: Leaves): Leaves {
  const leaves: Leaves = new Map();
  for (const [path, value] of entries) if (path !== PRESENCE && path !== STAMP) leaves.set(path, value);
  return leaves;
}

export function readStamp(entries: Leaves | undefined): RowStamp | null {
  const stamp = entries?.get(STAMP);
  return isPlainObject(stamp) && typeof stamp.by === 'string' && typeof stamp.at === 'string' ? { by: stamp.by, at: stamp.at } : null;
}
