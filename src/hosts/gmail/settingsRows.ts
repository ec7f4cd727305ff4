import { emptyLedger, serializeLedger } from '../../core/ledgerFile';
import type { Settings } from '../../core/model';

/** Settings keys whose values are numbers in the ledger file (the last part of the key). */
const NUMERIC_KEYS = new Set([
  'ratePercent',
  'graceDays',
  'referenceRatePercent',
  'upcomingDays',
  'followUpDays',
  'escalationDays',
  'stakesDays',
  'finalDays',
  'minIntervalDays',
  'silenceDays',
]);
/** Settings keys holding lists, written comma-separated in one cell. */
const LIST_KEYS = new Set(['languages', 'freeMailDomains']);

type Json = Record<string, unknown>;

/** The ledger file's `settings` object for these settings (defaults written out). */
export function settingsJson(settings: Settings): Json {
  const text = serializeLedger({ settings, customers: [], invoices: [], events: [] });
  return (JSON.parse(text) as { settings: Json }).settings;
}

/** The file's settings as Settings-tab rows: dotted keys, list items numbered from 1. */
export function settingsRows(settings: Settings): [string, string][] {
  const rows: [string, string][] = [];
  const walk = (value: unknown, key: string): void => {
    if (Array.isArray(value)) {
      const last = key.slice(key.lastIndexOf('.') + 1);
      if (LIST_KEYS.has(last)) rows.push([key, value.join(', ')]);
      else value.forEach((item, i) => walk(item, `${key}.${i + 1}`));
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value as Json)) walk(v, key === '' ? k : `${key}.${k}`);
    } else rows.push([key, String(value)]);
  };
  walk(settingsJson(settings), '');
  return rows;
}

/** Default settings for a new ledger Sheet, in the seller's zone. */
export function defaultSettings(companyName: string, timeZone: string): Settings {
  return emptyLedger({ name: companyName, timeZone, signature: companyName }).settings;
}

/**
 * Rebuilds the file's `settings` object from Settings-tab rows (key, value text), starting from
 * the defaults so a missing row keeps its default. Returns the row each key came from, so the
 * engine's validation messages can point at it. An empty value removes the key.
 */
export function settingsFromRows(
  rows: readonly { key: string; value: string; row: number }[],
  defaults: Json,
): { json: Json; rowOfPath: Map<string, number> } {
  const json = JSON.parse(JSON.stringify(defaults)) as Json;
  const rowOfPath = new Map<string, number>();
  for (const { key, value, row } of rows) {
    const parts = key.split('.').map((p) => p.trim());
    if (parts.some((p) => p === '')) continue;
    let target: Json | unknown[] = json;
    const path: string[] = [];
    for (let i = 0; i < parts.length - 1; i++) {
      const part = parts[i]!;
      const nextIsIndex = /^\d+$/.test(parts[i + 1]!);
      const slot = /^\d+$/.test(part) ? Number(part) - 1 : part;
      path.push(typeof slot === 'number' ? `[${slot}]` : `.${part}`);
      const container = target as Record<string | number, unknown>;
      if (container[slot] === undefined || typeof container[slot] !== 'object')
        container[slot] = nextIsIndex ? [] : {};
      target = container[slot] as Json | unknown[];
    }
    const last = parts[parts.length - 1]!;
    const slot = /^\d+$/.test(last) ? Number(last) - 1 : last;
    const container = target as Record<string | number, unknown>;
    const text = value.trim();
    if (text === '') delete container[slot];
    else if (LIST_KEYS.has(last))
      container[slot] = text
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
    else if ((NUMERIC_KEYS.has(last) || parts[0] === 'rates') && /^-?\d+(\.\d+)?$/.test(text))
      container[slot] = Number(text);
    else container[slot] = text;
    path.push(typeof slot === 'number' ? `[${slot}]` : `.${last}`);
    rowOfPath.set(`settings${path.join('')}`, row);
  }
  // Numbered rows may skip a number (a deleted bank account): close the gaps.
  const compact = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(compact);
    if (value !== null && typeof value === 'object')
      return Object.fromEntries(Object.entries(value as Json).map(([k, v]) => [k, compact(v)]));
    return value;
  };
  return { json: compact(json) as Json, rowOfPath };
}
