/// <reference types="google-apps-script" />
/**
 * A fake of CacheService's user cache with its documented limits: keys up to 250 characters,
 * values up to 100 KB, expiry up to 6 hours. Breaking one throws, as Apps Script does.
 */
export const MAX_KEY_LENGTH = 250;
export const MAX_VALUE_BYTES = 100 * 1024;
export const MAX_EXPIRATION_SECONDS = 21600;

export class FakeCache {
  readonly values = new Map<string, string>();
  puts = 0;

  private check(key: string, value: string, seconds?: number): void {
    if (key.length > MAX_KEY_LENGTH)
      throw new Error(`Argument too large: key (${key.length} chars)`);
    const bytes = Buffer.byteLength(value, 'utf8');
    if (bytes > MAX_VALUE_BYTES) throw new Error(`Argument too large: value (${bytes} bytes)`);
    if (seconds !== undefined && (seconds < 1 || seconds > MAX_EXPIRATION_SECONDS))
      throw new Error(`Invalid expiration: ${seconds} s`);
  }

  get(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this.values.get(k);
      if (v !== undefined) out[k] = v;
    }
    return out;
  }
  put(key: string, value: string, seconds?: number): void {
    this.check(key, value, seconds);
    this.values.set(key, value);
    this.puts++;
  }
  putAll(values: Record<string, string>, seconds?: number): void {
    for (const [k, v] of Object.entries(values)) this.check(k, v, seconds);
    for (const [k, v] of Object.entries(values)) this.values.set(k, v);
    this.puts++;
  }
  remove(key: string): void {
    this.values.delete(key);
  }
  removeAll(keys: string[]): void {
    keys.forEach((k) => this.values.delete(k));
  }
  /** Simulates expiry of everything. */
  clear(): void {
    this.values.clear();
  }
}

export function fakeCacheService(cache: FakeCache): GoogleAppsScript.Cache.CacheService {
  return {
    getUserCache: () => cache,
    getScriptCache: () => cache,
    getDocumentCache: () => null,
  } as unknown as GoogleAppsScript.Cache.CacheService;
}
