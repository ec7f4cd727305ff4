/** CacheService refuses a value over 100 KB; chunks stay under it with room for the UTF-8 edge. */
export const MAX_CHUNK_BYTES = 90 * 1024;
/** CacheService keeps an entry at most 6 hours; the ledger is re-read after 10 minutes anyway. */
export const CACHE_SECONDS = 600;

function utf8Length(code: number): number {
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdbff ? 4 : 3;
}

/** Splits text into pieces of at most `maxBytes` UTF-8 bytes, never inside a surrogate pair. */
export function chunkText(text: string, maxBytes = MAX_CHUNK_BYTES): string[] {
  const chunks: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const size = utf8Length(code);
    if (bytes + size > maxBytes) {
      chunks.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += size;
    // A low surrogate was counted with its high one (4 bytes).
    if (size === 4) i++;
  }
  if (start < text.length || chunks.length === 0) chunks.push(text.slice(start));
  return chunks;
}

/**
 * A large text kept in the user's CacheService in chunks: `<key>:n` holds the count, `<key>:0…`
 * the pieces, all written in one putAll. A missing piece means a miss, never a partial text.
 */
export function putChunked(
  cache: GoogleAppsScript.Cache.Cache,
  key: string,
  text: string,
  seconds = CACHE_SECONDS,
): void {
  const chunks = chunkText(text);
  const values: Record<string, string> = { [`${key}:n`]: String(chunks.length) };
  chunks.forEach((chunk, i) => (values[`${key}:${i}`] = chunk));
  cache.putAll(values, seconds);
}

/** The text stored by {@link putChunked}, or null when any piece has expired. */
export function getChunked(cache: GoogleAppsScript.Cache.Cache, key: string): string | null {
  const count = Number(cache.get(`${key}:n`));
  if (!Number.isInteger(count) || count <= 0) return null;
  const keys = Array.from({ length: count }, (_, i) => `${key}:${i}`);
  const found = cache.getAll(keys);
  const parts: string[] = [];
  for (const k of keys) {
    const part = found[k];
    if (part === undefined || part === null) return null;
    parts.push(part);
  }
  return parts.join('');
}
