import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALLOWED_SCOPES, manifestFunctions } from './gmailFixtures';

const ROOT = join(__dirname, '../../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'appsscript.json'), 'utf8'));

function urls(value: unknown): string[] {
  if (typeof value === 'string') return /^[a-z]+:\/\//i.test(value) ? [value] : [];
  if (value && typeof value === 'object') return Object.values(value).flatMap(urls);
  return [];
}

describe('appsscript.json', () => {
  it('asks for exactly the allowed scopes', () => {
    expect([...manifest.oauthScopes].sort()).toEqual([...ALLOWED_SCOPES].sort());
  });

  it('runs on V8 and takes the locale from Gmail', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.addOns.common.useLocaleFromApp).toBe(true);
  });

  it('has one compose action with a valid draftAccess', () => {
    const compose = manifest.addOns.gmail.composeTrigger;
    expect(compose.selectActions).toHaveLength(1);
    expect(['NONE', 'METADATA']).toContain(compose.draftAccess);
    expect(compose.draftAccess).toBe('METADATA');
  });

  it('opens a card on every message', () => {
    expect(manifest.addOns.gmail.contextualTriggers).toEqual([
      expect.objectContaining({ unconditional: {} }),
    ]);
  });

  it('names only https URLs', () => {
    const found = urls(manifest.addOns);
    expect(found.length).toBeGreaterThan(0);
    for (const url of found) expect(url).toMatch(/^https:\/\//);
  });

  it('names each function once, and main.ts assigns each one to global', () => {
    const names = manifestFunctions(manifest);
    expect(new Set(names).size).toBe(names.length);
    const main = readFileSync(join(ROOT, 'src/hosts/gmail/main.ts'), 'utf8');
    const assigned = [...main.matchAll(/^global\.(\w+) =/gm)].map((m) => m[1]);
    expect(assigned).toEqual(expect.arrayContaining(names));
    // Besides the manifest's functions, only the one card-action entry point is global.
    expect(assigned.filter((n) => !names.includes(n!))).toEqual(['onDulyAction']);
  });
});
