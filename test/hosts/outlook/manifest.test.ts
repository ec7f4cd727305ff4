/**
 * @jest-environment node
 */
// xmllint-wasm runs libxml2 in a worker thread: these tests need Node, not jsdom.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkManifest, pngSize } from '../../../scripts/manifestChecks';

const repo = path.resolve(__dirname, '../../..');
const schemaDir =
  process.env.DULY_MANIFEST_SCHEMAS ?? path.resolve(repo, '../shared/schemas/office-manifest');
const manifest = fs.readFileSync(path.join(repo, 'manifest.xml'), 'utf8');
const { DEV_URL, PAGES } = jest.requireActual('../../../webpack/taskpane.config.js') as {
  DEV_URL: string;
  PAGES: { taskpane: string; commands: string };
};

const check = (xml: string, root = repo) =>
  checkManifest({ xml, schemaDir, baseUrl: DEV_URL, root, pages: PAGES });

/** The manifest with the first `from` replaced by `to`; fails loudly if `from` is not there. */
function edited(from: string, to: string): string {
  expect(manifest).toContain(from);
  return manifest.replace(from, to);
}

describe('checkManifest', () => {
  it('passes the manifest as shipped', async () => {
    await expect(check(manifest)).resolves.toEqual([]);
  });

  it('fails a URL that is not https, naming the line and the element', async () => {
    const errors = await check(
      edited(
        '<IconUrl DefaultValue="https://localhost:3000/',
        '<IconUrl DefaultValue="http://localhost:3000/',
      ),
    );

    expect(errors).toContainEqual(
      expect.stringMatching(
        /^line \d+: <IconUrl> DefaultValue="http:\/\/localhost:3000\/assets\/icon-64.png" is not an https URL/,
      ),
    );
  });

  it('fails a resid that names no resource', async () => {
    const errors = await check(
      edited(
        '<Description resid="PaneButton.Tooltip" />',
        '<Description resid="PaneButton.Tip" />',
      ),
    );

    expect(errors).toContainEqual(
      expect.stringMatching(
        /<Description> resid="PaneButton.Tip" is not defined in the <Resources>/,
      ),
    );
  });

  it('fails a resid that names a resource of the wrong kind', async () => {
    const errors = await check(
      edited('<SourceLocation resid="Taskpane.Url" />', '<SourceLocation resid="Group.Label" />'),
    );

    expect(errors).toContainEqual(
      expect.stringMatching(
        /resid="Group.Label" names a bt:ShortStrings entry; it must be in bt:Urls/,
      ),
    );
  });

  it('fails an icon file that does not exist', async () => {
    const errors = await check(edited('assets/icon-80.png', 'assets/icon-81.png'));

    expect(errors).toContainEqual(
      expect.stringMatching(
        /<bt:Image> icon https:\/\/localhost:3000\/assets\/icon-81.png: .*icon-81.png does not exist/,
      ),
    );
  });

  it('fails an icon whose PNG is not the declared size, read from its header', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'duly-manifest-'));
    fs.cpSync(path.join(repo, 'assets'), path.join(root, 'assets'), { recursive: true });
    fs.copyFileSync(path.join(repo, 'assets/icon-32.png'), path.join(root, 'assets/icon-80.png'));
    fs.writeFileSync(path.join(root, 'assets/icon-128.png'), 'not a png');

    const errors = await check(manifest, root).finally(() =>
      fs.rmSync(root, { recursive: true, force: true }),
    );

    expect(errors).toContainEqual(
      expect.stringMatching(/icon-80.png is 32 x 32 px; declared 80 x 80/),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(/<HighResolutionIconUrl> icon .*icon-128.png is not a PNG file/),
    );
  });

  it('fails a SourceLocation that is not the built task pane page', async () => {
    const errors = await check(
      edited(
        '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html" />',
        '<SourceLocation DefaultValue="https://localhost:3000/index.html" />',
      ),
    );

    expect(errors).toContainEqual(
      expect.stringMatching(
        /<SourceLocation> points at https:\/\/localhost:3000\/index.html; the built page is https:\/\/localhost:3000\/taskpane.html/,
      ),
    );
  });

  it("reports the schema's own errors with their line", async () => {
    const errors = await check(
      edited('<Permissions>ReadWriteItem</Permissions>', '<Permissions>Everything</Permissions>'),
    );

    expect(errors).toContainEqual(
      expect.stringMatching(/^line \d+: schema: .*Permissions.*'Everything'/),
    );
  });

  it('fails SupportsPinning in the VersionOverrides 1.0 block, as Outlook does', async () => {
    const errors = await check(
      edited(
        '<SourceLocation resid="Taskpane.Url" />\n',
        '<SourceLocation resid="Taskpane.Url" />\n<SupportsPinning>true</SupportsPinning>\n',
      ),
    );

    expect(errors).toContainEqual(expect.stringMatching(/schema: .*SupportsPinning/));
  });
});

describe('pngSize', () => {
  it.each([16, 32, 64, 80, 128])('reads the size of the committed %i px icon', (size) => {
    expect(pngSize(fs.readFileSync(path.join(repo, `assets/icon-${size}.png`)))).toEqual({
      width: size,
      height: size,
    });
  });
});
