/// <reference types="google-apps-script" />
/** A fake of PropertiesService's user properties: 9 KB per value and 500 KB in all, as documented. */
export const MAX_PROPERTY_BYTES = 9 * 1024;
export const MAX_TOTAL_BYTES = 500 * 1024;

export class FakeProperties {
  readonly values = new Map<string, string>();

  getProperty(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  setProperty(key: string, value: string): this {
    if (typeof value !== 'string') throw new Error('Property values are strings');
    if (Buffer.byteLength(key + value, 'utf8') > MAX_PROPERTY_BYTES)
      throw new Error('Argument too large: value');
    this.values.set(key, value);
    let total = 0;
    for (const [k, v] of this.values) total += Buffer.byteLength(k + v, 'utf8');
    if (total > MAX_TOTAL_BYTES) {
      this.values.delete(key);
      throw new Error('You have exceeded the property storage quota');
    }
    return this;
  }
  deleteProperty(key: string): this {
    this.values.delete(key);
    return this;
  }
}

export function fakePropertiesService(
  user: FakeProperties,
): GoogleAppsScript.Properties.PropertiesService {
  return {
    getUserProperties: () => user,
    getScriptProperties: () => user,
    getDocumentProperties: () => null,
  } as unknown as GoogleAppsScript.Properties.PropertiesService;
}
