import { MAX_WIDGETS_PER_SECTION, section, dulyAction } from '../../../src/hosts/gmail/cardKit';
import { CardLimitError, createFakeCardService, rendered } from '../../fakes/appsScript';

const cs = createFakeCardService();
const card = (s: GoogleAppsScript.Card_Service.CardSection) =>
  cs.newCardBuilder().addSection(s).build();
const texts = (n: number) =>
  Array.from({ length: n }, (_, i) => cs.newTextParagraph().setText(`row ${i}`));

describe('section', () => {
  it.each([99, 100])('keeps all %i widgets', (n) => {
    const built = rendered(card(section(cs, 'List', texts(n))));
    expect((built.sections as { widgets: unknown[] }[])[0]!.widgets).toHaveLength(n);
  });

  it('shows 99 of 101 widgets and says how many more the Sheet holds', () => {
    const built = rendered(card(section(cs, 'List', texts(101))));
    const widgets = (built.sections as { widgets: { text: string }[] }[])[0]!.widgets;
    expect(widgets).toHaveLength(MAX_WIDGETS_PER_SECTION);
    expect(widgets[99]!.text).toContain('2 more');
  });
});

describe('fake CardService', () => {
  it('rejects a section of 101 widgets, as Gmail does', () => {
    const s = cs.newCardSection();
    for (const w of texts(101)) s.addWidget(w);
    expect(() => card(s)).toThrow(CardLimitError);
  });

  it('rejects an action parameter that is not a string', () => {
    expect(() => cs.newAction().setParameters({ count: 3 as unknown as string })).toThrow(
      /strings/,
    );
  });

  it('rejects unescaped markup in card text', () => {
    const s = cs
      .newCardSection()
      .addWidget(cs.newTextParagraph().setText('<img src=x onerror=alert(1)>'));
    expect(() => card(s)).toThrow(/escape/);
  });
});

describe('dulyAction', () => {
  it('calls the one action function with the action among string parameters', () => {
    const built = rendered(dulyAction(cs, 'logCall', { customerId: 'c-1' }));
    expect(built).toMatchObject({
      functionName: 'onDulyAction',
      parameters: { action: 'logCall', customerId: 'c-1' },
    });
  });
});
