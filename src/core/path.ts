import { LADDER, TONE_OF } from './aging';
import type { BlockKind, CustomerReason, Stage, Tone } from './model';

/** What to do next for a customer: the blocks of the letter, its tone, and whether to write now. */
export type CollectionPath = {
  readonly blocks: readonly BlockKind[];
  readonly tone: Tone;
  /** `send`: write now; `wait`: nothing to send until a date (promise, autoreply, remittance). */
  readonly action: 'send' | 'wait';
  /** Plain words: why this path. */
  readonly why: string;
};

/** Default blocks per stage (DESIGN.md 4.2, 4.4), in letter order. */
export const STAGE_BLOCKS: Readonly<Record<Stage, readonly BlockKind[]>> = {
  none: ['opening', 'invoice-table', 'payment-instructions', 'closing'],
  upcoming: ['opening', 'invoice-table', 'payment-instructions', 'closing'],
  due: ['opening', 'invoice-table', 'payment-instructions', 'closing'],
  'follow-up': ['opening', 'inquiry', 'invoice-table', 'payment-instructions', 'closing'],
  escalation: [
    'opening',
    'inquiry',
    'opportunity',
    'instalment-offer',
    'invoice-table',
    'late-interest',
    'payment-instructions',
    'closing',
  ],
  stakes: [
    'opening',
    'stakes',
    'opportunity',
    'invoice-table',
    'late-interest',
    'payment-instructions',
    'closing',
  ],
  final: ['opening', 'stakes', 'invoice-table', 'late-interest', 'payment-instructions', 'closing'],
};

const TONE_ORDER: readonly Tone[] = ['warm', 'neutral', 'firm', 'urgent', 'formal'];

function atMost(tone: Tone, limit: Tone): Tone {
  return TONE_ORDER.indexOf(tone) > TONE_ORDER.indexOf(limit) ? limit : tone;
}

function atLeast(tone: Tone, floor: Tone): Tone {
  return TONE_ORDER.indexOf(tone) < TONE_ORDER.indexOf(floor) ? floor : tone;
}

function isLate(stage: Stage): boolean {
  return LADDER.indexOf(stage) >= LADDER.indexOf('escalation');
}

/**
 * The path for a stage and the customer's reason (DESIGN.md 4.3): diplomacy before force, and the
 * reason answered first. `hasInterestTerms` drops the late-interest clause when no terms are set.
 */
export function pathFor(
  stage: Stage,
  reason: CustomerReason,
  options: { hasInterestTerms: boolean },
): CollectionPath {
  const tone = TONE_OF[stage];
  const withInterest = (blocks: readonly BlockKind[]): readonly BlockKind[] =>
    options.hasInterestTerms ? blocks : blocks.filter((b) => b !== 'late-interest');
  const path = ((): CollectionPath => {
    switch (reason) {
      case 'not-received':
        return {
          blocks: ['opening', 'invoice-table', 'payment-instructions', 'closing'],
          tone: atMost(tone, 'neutral'),
          action: 'send',
          why: 'They say the invoice did not arrive: resend it with the payment details',
        };
      case 'approval':
        return {
          blocks: ['opening', 'inquiry', 'invoice-table', 'payment-instructions', 'closing'],
          tone: atMost(tone, 'neutral'),
          action: 'send',
          why: 'Waiting for approval: a polite follow-up asking when it is expected',
        };
      case 'cash-flow':
        return {
          blocks: [
            'opening',
            'opportunity',
            'instalment-offer',
            'invoice-table',
            'payment-instructions',
            'closing',
          ],
          tone: atMost(tone, 'firm'),
          action: 'send',
          why: 'Cash-flow trouble: offer instalments or a partial payment with dated deadlines',
        };
      case 'dispute':
        return {
          blocks: ['opening', 'apology-resolution', 'invoice-table', 'closing'],
          tone: atMost(tone, 'neutral'),
          action: 'send',
          why: 'A quality dispute: apologise and resolve it first; chasing paused on the disputed invoices',
        };
      case 'payment-sent':
        return {
          blocks: ['opening', 'inquiry', 'invoice-table', 'closing'],
          tone: atMost(tone, 'neutral'),
          action: 'wait',
          why: 'They say payment was sent: ask for the remittance copy (MT103) and wait for the funds',
        };
      case 'promise':
        return {
          blocks: ['opening', 'invoice-table', 'payment-instructions', 'closing'],
          tone: atMost(tone, 'neutral'),
          action: 'wait',
          why: 'A promise to pay: confirm the date and wait; resume if it is broken',
        };
      case 'out-of-office':
        return {
          blocks: STAGE_BLOCKS[stage],
          tone,
          action: 'wait',
          why: 'An automatic reply: not an answer; the next step moves to their return date',
        };
      case 'deliberate':
        return {
          blocks: isLate(stage)
            ? STAGE_BLOCKS[stage]
            : [
                'opening',
                'inquiry',
                'stakes',
                'invoice-table',
                'late-interest',
                'payment-instructions',
                'closing',
              ],
          tone: atLeast(tone, 'firm'),
          action: 'send',
          why: 'Repeated delay: protect your rights step by step, calmly and in writing',
        };
      case 'none':
        return {
          blocks: STAGE_BLOCKS[stage],
          tone,
          action: 'send',
          why: 'No reason given: follow the ladder',
        };
    }
  })();
  return { ...path, blocks: withInterest(path.blocks) };
}
