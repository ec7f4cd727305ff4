// The Settings view in real Chromium on the demo's IndexedDB ledger, driven by role and accessible
// name: IBAN and SWIFT/BIC refused as typed and on Save, a fix saved and kept after a reload, axe
// clean in light and dark, and screenshots for people to look at.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { formatIban, ibanCheckDigits } from '../../src/core/iban';
import {
  ARTEFACTS_DIR,
  assertDemoBuilt,
  axeViolations,
  DEMO_DIST,
  launchChromium,
  startStaticServer,
  type Browser,
  type StaticServer,
} from './harness';

jest.setTimeout(120_000);

const SAMPLE_EUR_IBAN = 'ES91 2100 0418 4502 0005 1332';
/** The sample's EUR IBAN with its last digit changed: the check digits no longer match. */
const ONE_DIGIT_CHANGED = 'ES9121000418450200051333';
const CHECKSUM_MESSAGE =
  'The IBAN check digits do not match: a character is mistyped or two are swapped.';
const VIEW = 'section[aria-labelledby="duly-settings-title"]';

let server: StaticServer;
let browser: Browser;
let page: Page;

const sidebar = () => page.getByRole('complementary', { name: 'Duly sidebar' });
const view = () => sidebar().getByRole('region', { name: /^(Settings|设置)$/ });
const account = (name: string) => view().getByRole('group', { name });

/** Opens the demo on the Settings view with the given extra query, once the form is there. */
async function openView(query = ''): Promise<void> {
  await page.goto(`${server.url}index.html?view=settings${query}`);
  await view().getByRole('form').waitFor();
}

/** Opens a section of the form unless it is open already. */
async function openSection(name: string): Promise<void> {
  const header = view().getByRole('button', { name: new RegExp(`^${name}`) });
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
}

async function openAllSections(names: readonly string[]): Promise<void> {
  for (const name of names) await openSection(name);
}

const EN_SECTIONS = [
  'Company and signature',
  'Bank accounts',
  'Late interest',
  'Reminder stages',
  'Free-mail domains',
  'Letter languages',
];

beforeAll(async () => {
  assertDemoBuilt();
  server = await startStaticServer(DEMO_DIST);
  browser = await launchChromium();
  page = await browser.context.newPage();
  mkdirSync(ARTEFACTS_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the Settings view', () => {
  it('refuses an IBAN with one digit changed, on the field and on Save', async () => {
    await openView();
    await openSection('Bank accounts');
    const iban = account('Account 1 · EUR').getByRole('textbox', { name: /^IBAN/ });
    expect(await iban.inputValue()).toBe(SAMPLE_EUR_IBAN);
    await iban.fill('');
    await iban.pressSequentially(ONE_DIGIT_CHANGED);
    await account('Account 1 · EUR').getByText(CHECKSUM_MESSAGE).waitFor();
    expect(await iban.getAttribute('aria-invalid')).toBe('true');

    await view().getByRole('button', { name: 'Save' }).click();
    const summary = view().getByRole('alert', { name: 'Not saved: 1 field needs fixing.' });
    await summary.waitFor();
    expect(await summary.innerText()).toContain(`Account 1 · EUR, IBAN: ${CHECKSUM_MESSAGE}`);

    // Nothing reached the store: a reload shows the IBAN as it was.
    await openView();
    await openSection('Bank accounts');
    expect(
      await account('Account 1 · EUR').getByRole('textbox', { name: /^IBAN/ }).inputValue(),
    ).toBe(SAMPLE_EUR_IBAN);
  });

  it('saves a corrected IBAN and still shows it after a reload', async () => {
    const bban = '21000418450200051399';
    const corrected = `ES${ibanCheckDigits('ES', bban)}${bban}`;
    await openView();
    await openSection('Bank accounts');
    const iban = account('Account 1 · EUR').getByRole('textbox', { name: /^IBAN/ });
    await iban.fill('');
    await iban.pressSequentially(ONE_DIGIT_CHANGED);
    await account('Account 1 · EUR').getByText(CHECKSUM_MESSAGE).waitFor();
    await iban.fill('');
    await iban.pressSequentially(corrected);
    await account('Account 1 · EUR').getByText('Valid IBAN.').waitFor();
    await view().getByRole('button', { name: 'Save' }).click();
    await view().getByRole('status').getByText('Saved.').waitFor();

    await openView();
    await openSection('Bank accounts');
    expect(
      await account('Account 1 · EUR').getByRole('textbox', { name: /^IBAN/ }).inputValue(),
    ).toBe(formatIban(corrected));
  });

  it('refuses a SWIFT/BIC of the wrong shape', async () => {
    await openView();
    await openSection('Bank accounts');
    const swift = account('Account 3 · GBP').getByRole('textbox', { name: /^SWIFT/ });
    await swift.fill('WESTGB2');
    await account('Account 3 · GBP')
      .getByText('A SWIFT/BIC code has 8 or 11 characters; this one has 7.')
      .waitFor();
    await view().getByRole('button', { name: 'Save' }).click();
    await view().getByRole('alert', { name: 'Not saved: 1 field needs fixing.' }).waitFor();
    await openView();
    await openSection('Bank accounts');
    expect(
      await account('Account 3 · GBP')
        .getByRole('textbox', { name: /^SWIFT/ })
        .inputValue(),
    ).toBe('WESTGB2LXXX');
  });

  it('prints how long one keystroke in an IBAN field takes to render (not asserted)', async () => {
    await openView();
    await openSection('Bank accounts');
    const id = await account('Account 3 · GBP')
      .getByRole('textbox', { name: /^IBAN/ })
      .getAttribute('id');
    // React renders a discrete input event before dispatchEvent returns: the time is the render.
    const times = await page.evaluate(async (fieldId) => {
      const input = document.getElementById(fieldId!) as HTMLInputElement;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const text = 'GB82WEST12345698765433';
      const out: number[] = [];
      for (let round = 0; round < 3; round++) {
        for (let i = 1; i <= text.length; i++) {
          const started = performance.now();
          setValue.call(input, text.slice(0, i));
          input.dispatchEvent(new Event('input', { bubbles: true }));
          out.push(performance.now() - started);
          await new Promise((next) => requestAnimationFrame(next));
        }
      }
      return out;
    }, id);
    const sorted = [...times].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
    console.log(
      `settings: IBAN keystroke render (5 accounts open, ${times.length} keys): median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms`,
    );
    expect(times).toHaveLength(66);
  });

  it.each(['light', 'dark'])(
    'has no axe violations in the %s theme, errors shown',
    async (theme) => {
      await openView(`&theme=${theme}`);
      await openAllSections(EN_SECTIONS);
      await account('Account 1 · EUR').getByRole('textbox', { name: /^IBAN/ }).fill('ES00');
      await view().getByRole('button', { name: 'Save' }).click();
      await view()
        .getByRole('alert', { name: /^Not saved/ })
        .waitFor();
      expect(await axeViolations(page, VIEW)).toEqual([]);
      await page.screenshot({ path: join(ARTEFACTS_DIR, `settings-${theme}.png`), fullPage: true });
    },
  );

  it('speaks Chinese in the dark theme (screenshot)', async () => {
    await openView('&theme=dark&lang=zh-CN');
    await openSection('收款账户');
    const iban = account('账户 1 · EUR').getByRole('textbox', { name: /^IBAN/ });
    await iban.fill(ONE_DIGIT_CHANGED);
    await account('账户 1 · EUR')
      .getByText('IBAN 校验码不符：可能有字符输错，或有两个字符顺序颠倒。')
      .waitFor();
    await view().getByRole('button', { name: '保存' }).click();
    await view().getByRole('alert', { name: '未保存：有 1 项需要修正。' }).waitFor();
    expect(await axeViolations(page, VIEW)).toEqual([]);
    await sidebar().screenshot({ path: join(ARTEFACTS_DIR, 'settings-dark-zh-CN-full.png') });
    await iban.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTEFACTS_DIR, 'settings-dark-zh-CN.png') });
  });
});
