/** Typings of manifestChecks.js for the tests. */
export type ManifestCheckInput = {
  /** The manifest's text. */
  readonly xml: string;
  /** The folder of Microsoft's manifest XSDs. */
  readonly schemaDir: string;
  /** Where the add-in is served; every URL of ours starts with it. */
  readonly baseUrl: string;
  /** The folder a URL path under baseUrl maps to (icons, built pages). */
  readonly root: string;
  /** The pages webpack builds. */
  readonly pages: { readonly taskpane: string; readonly commands?: string };
  /** Also require the pages to exist under root (for a built manifest). */
  readonly requirePagesBuilt?: boolean;
};

/** Every problem found, each a sentence naming its line; an empty list means valid. */
export function checkManifest(input: ManifestCheckInput): Promise<string[]>;

/** Width and height from a PNG's IHDR header, or why the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | { error: string };

export const ROOT_SCHEMA: string;
