import { pathFor, STAGE_BLOCKS } from '../../src/core/path';
import { REASONS, STAGES } from '../../src/core/model';

describe('pathFor', () => {
  it('follows the ladder without a reason', () => {
    for (const stage of STAGES) {
      expect(pathFor(stage, 'none', { hasInterestTerms: true }).blocks).toEqual(
        STAGE_BLOCKS[stage],
      );
    }
  });

  it('always opens and closes, and states payment details unless it waits on a dispute or a transfer', () => {
    for (const stage of STAGES) {
      for (const reason of REASONS) {
        const path = pathFor(stage, reason, { hasInterestTerms: true });
        expect(path.blocks[0]).toBe('opening');
        expect(path.blocks).toContain('closing');
        const asksForPayment = reason !== 'dispute' && reason !== 'payment-sent';
        expect(path.blocks.includes('payment-instructions')).toBe(asksForPayment);
      }
    }
  });

  it('answers a quality dispute with an apology and no payment demand', () => {
    const path = pathFor('stakes', 'dispute', { hasInterestTerms: true });
    expect(path.blocks).toContain('apology-resolution');
    expect(path.blocks).not.toContain('stakes');
    expect(path.blocks).not.toContain('late-interest');
    expect(path.tone).toBe('neutral');
  });

  it('offers instalments for cash-flow trouble and caps the tone at firm', () => {
    const path = pathFor('final', 'cash-flow', { hasInterestTerms: true });
    expect(path.blocks).toContain('instalment-offer');
    expect(path.tone).toBe('firm');
  });

  it('waits on a promise, a payment sent and an autoreply', () => {
    expect(pathFor('escalation', 'promise', { hasInterestTerms: true }).action).toBe('wait');
    expect(pathFor('escalation', 'payment-sent', { hasInterestTerms: true }).action).toBe('wait');
    expect(pathFor('escalation', 'out-of-office', { hasInterestTerms: true }).action).toBe('wait');
    expect(pathFor('escalation', 'cash-flow', { hasInterestTerms: true }).action).toBe('send');
  });

  it('protects rights on deliberate delay, at least firmly', () => {
    const path = pathFor('follow-up', 'deliberate', { hasInterestTerms: true });
    expect(path.blocks).toEqual(expect.arrayContaining(['stakes', 'late-interest']));
    expect(path.tone).toBe('firm');
  });

  it('drops the interest clause without interest terms', () => {
    expect(pathFor('final', 'none', { hasInterestTerms: false }).blocks).not.toContain(
      'late-interest',
    );
  });
});
