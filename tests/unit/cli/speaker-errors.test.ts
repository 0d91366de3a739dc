import { describe, expect, it } from 'vitest';
import { errorLines } from '../../../src/cli/train/speaker-report.ts';
import type { LabelledQuote, SpeakerPage } from '../../../src/cli/train/speaker.ts';
import type { SpeakerCandidate } from '../../../src/engine/attribution/candidates.ts';

/** A quote whose candidates are a rule's pick and a bystander; `rightIsPick` says whether the gold speaker is the pick. */
function quote(text: string, gold: string, rightIsPick: boolean | null): LabelledQuote {
  const candidates: SpeakerCandidate[] = [
    { ref: { actor: 0 }, label: 'Ana Ruiz', features: { rule_final: 1 } },
    { ref: { actor: 1 }, label: 'Harbour Board', features: { recent: 1 } },
  ];
  const right = rightIsPick === null ? [false, false] : [rightIsPick, !rightIsPick];
  return { candidates, right, scored: true, gold, text, ...(rightIsPick === null ? { missing: 'named earlier' as const } : {}) };
}

const page = (id: string, quotes: LabelledQuote[]): SpeakerPage => ({ id, lang: 'en', quotes, namedGold: quotes.length });

describe('speaker error listing', () => {
  const pages = [
    page('page-a', [quote('We will open the pier in May', 'Ana Ruiz', true), quote('The fees stay as they are', 'Jo Kell', null)]),
    page('page-b', [quote('The harbour needs new cranes', 'Ana Ruiz', true), quote('Nobody asked the fishers', 'Ana Ruiz', true)]),
  ];

  it('lists the quotes the held-out model gets wrong, with gold, choice and why the gold one lost', () => {
    const lines = errorLines(pages, 2);
    expect(lines.slice(1)).toEqual(['  page-a · The fees stay as they are · Jo Kell → Ana Ruiz · absent: named earlier']);
  });
});
