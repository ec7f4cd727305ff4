import { baseStage, stageOf, TONE_OF } from '../../src/core/aging';
import { contactHistoryOf, EMPTY_HISTORY } from '../../src/core/contactHistory';
import { calendarDate } from '../../src/core/calendarDate';
import { DEFAULT_POLICY, type Stage } from '../../src/core/model';
import { event, invoice, TODAY } from '../fakes/builders';

const ZONE = 'Europe/Madrid';
const history = (...events: Parameters<typeof event>[]) =>
  contactHistoryOf(
    events.map((e) => event(...e)),
    ZONE,
  );

describe('baseStage', () => {
  it.each<[number, Stage]>([
    [-5, 'none'],
    [-4, 'none'],
    [-3, 'upcoming'],
    [-1, 'upcoming'],
    [0, 'due'],
    [2, 'due'],
    [3, 'follow-up'],
    [6, 'follow-up'],
    [7, 'escalation'],
    [29, 'escalation'],
    [30, 'stakes'],
    [59, 'stakes'],
    [60, 'final'],
    [400, 'final'],
  ])('puts an invoice %i days past due at %s', (days, stage) => {
    expect(baseStage(days, DEFAULT_POLICY)).toBe(stage);
  });

  it('follows a custom policy', () => {
    const policy = { ...DEFAULT_POLICY, followUpDays: 5, escalationDays: 14 };
    expect(baseStage(4, policy)).toBe('due');
    expect(baseStage(5, policy)).toBe('follow-up');
    expect(baseStage(13, policy)).toBe('follow-up');
    expect(baseStage(14, policy)).toBe('escalation');
  });
});

describe('stageOf', () => {
  it.each<[number, Stage]>([
    [-3, 'upcoming'],
    [0, 'due'],
    [3, 'follow-up'],
    [7, 'escalation'],
    [30, 'stakes'],
    [60, 'final'],
  ])('starts %i days past due at %s with its tone', (days, stage) => {
    const result = stageOf([invoice(days)], EMPTY_HISTORY, TODAY, DEFAULT_POLICY);
    expect(result.stage).toBe(stage);
    expect(result.tone).toBe(TONE_OF[stage]);
  });

  it('says how late the money is in plain words', () => {
    const result = stageOf([invoice(9)], EMPTY_HISTORY, TODAY, DEFAULT_POLICY);
    expect(result.reasons[0]?.text).toBe('USD 25,000.00 (INV-1009) is 9 days overdue');
    expect(stageOf([invoice(0)], EMPTY_HISTORY, TODAY, DEFAULT_POLICY).reasons[0]?.text).toContain(
      'is due today',
    );
    expect(stageOf([invoice(-2)], EMPTY_HISTORY, TODAY, DEFAULT_POLICY).reasons[0]?.text).toContain(
      'in 2 days',
    );
  });

  it('is driven by the oldest chaseable invoice', () => {
    const result = stageOf(
      [invoice(2), invoice(35), invoice(-1)],
      EMPTY_HISTORY,
      TODAY,
      DEFAULT_POLICY,
    );
    expect(result.stage).toBe('stakes');
    expect(result.driving?.number).toBe('INV-1035');
    expect(result.reasons.map((r) => r.code)).toContain('more-invoices');
  });

  it('skips paid, disputed and paused invoices', () => {
    const invoices = [
      invoice(70, { status: 'disputed' }),
      invoice(50, { paid: '25000.00', status: 'paid' }),
      invoice(40, { pause: { reason: 'promise', until: calendarDate('2026-07-05') } }),
      invoice(4),
    ];
    const result = stageOf(invoices, EMPTY_HISTORY, TODAY, DEFAULT_POLICY);
    expect(result.stage).toBe('follow-up');
    expect(result.reasons.map((r) => r.text)).toEqual(
      expect.arrayContaining([
        'INV-1070 is disputed: chasing paused',
        'INV-1040 is paused until 5 Jul',
      ]),
    );
  });

  it('resumes an invoice the day after its pause ends', () => {
    const paused = invoice(40, { pause: { reason: 'promise', until: calendarDate('2026-06-30') } });
    expect(stageOf([paused], EMPTY_HISTORY, TODAY, DEFAULT_POLICY).stage).toBe('stakes');
  });

  it('returns none with the resume date when everything is on hold', () => {
    const paused = invoice(40, { pause: { reason: 'promise', until: calendarDate('2026-07-05') } });
    const result = stageOf([paused], EMPTY_HISTORY, TODAY, DEFAULT_POLICY);
    expect(result.stage).toBe('none');
    expect(result.nextStepOn).toBe('2026-07-06');
  });

  it('returns none when nothing is owed', () => {
    const result = stageOf(
      [invoice(10, { paid: '25000.00', status: 'paid' })],
      EMPTY_HISTORY,
      TODAY,
      DEFAULT_POLICY,
    );
    expect(result).toMatchObject({ stage: 'none', reasons: [{ code: 'nothing-owed' }] });
  });

  it('pushes one step after unanswered reminders, and names them', () => {
    const h = history([-5], [-4]);
    const result = stageOf([invoice(9)], h, TODAY, DEFAULT_POLICY);
    expect(result.stage).toBe('stakes');
    expect(result.reasons.map((r) => r.text)).toContain('2 reminders since 26 Jun, no reply');
  });

  it.each([
    [2, 'escalation'],
    [3, 'stakes'],
  ])('waits the minimum interval before a reminder pushes (reminder %i days ago)', (ago, stage) => {
    const result = stageOf([invoice(9)], history([-ago]), TODAY, DEFAULT_POLICY);
    expect(result.stage).toBe(stage);
  });

  it('does not push for a reminder that was answered', () => {
    const h = history([-6], [-4, { direction: 'inbound', kind: 'reply' }]);
    expect(stageOf([invoice(9)], h, TODAY, DEFAULT_POLICY).stage).toBe('escalation');
  });

  it('does not count an autoreply or a bounce as an answer', () => {
    const h = history(
      [-6],
      [-6, { direction: 'inbound', kind: 'out-of-office' }],
      [-5, { direction: 'inbound', kind: 'bounce' }],
    );
    expect(stageOf([invoice(9)], h, TODAY, DEFAULT_POLICY).stage).toBe('stakes');
  });

  it('never pushes an invoice that is not yet due', () => {
    expect(stageOf([invoice(-2)], history([-6]), TODAY, DEFAULT_POLICY).stage).toBe('upcoming');
  });

  it('never pushes past final', () => {
    expect(stageOf([invoice(90)], history([-6]), TODAY, DEFAULT_POLICY).stage).toBe('final');
  });

  it('sets the next step after the minimum interval since the last reminder', () => {
    const result = stageOf([invoice(9)], history([-1]), TODAY, DEFAULT_POLICY);
    expect(result.nextStepOn).toBe('2026-07-03');
    expect(result.reasons.map((r) => r.text)).toContain('Last reminder 1 day ago: next on 3 Jul');
  });

  it('names a broken promise and pushes one step', () => {
    const h = history([
      -20,
      { direction: 'inbound', kind: 'promise', promisedFor: calendarDate('2026-06-20') },
    ]);
    const result = stageOf([invoice(9)], h, TODAY, DEFAULT_POLICY);
    expect(result.reasons.map((r) => r.text)).toContain('Promised to pay by 20 Jun: not paid');
    expect(result.stage).toBe('stakes');
  });

  it('waits for a pending promise until after its date', () => {
    const h = history([
      -1,
      { direction: 'inbound', kind: 'promise', promisedFor: calendarDate('2026-07-05') },
    ]);
    const result = stageOf([invoice(9)], h, TODAY, DEFAULT_POLICY);
    expect(result.stage).toBe('escalation');
    expect(result.nextStepOn).toBe('2026-07-08');
  });

  it('pulls back one step after a kept promise', () => {
    const kept = invoice(40, { paid: '25000.00', status: 'paid', id: 'inv-old' as never });
    const h = history([
      -30,
      {
        direction: 'inbound',
        kind: 'promise',
        promisedFor: calendarDate('2026-06-10'),
        invoiceIds: ['inv-old' as never],
      },
    ]);
    const result = stageOf([kept, invoice(9)], h, TODAY, DEFAULT_POLICY);
    expect(result.stage).toBe('follow-up');
    expect(result.reasons.map((r) => r.code)).toContain('promise-kept');
  });
});
