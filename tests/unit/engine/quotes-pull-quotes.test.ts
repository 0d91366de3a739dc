import { describe, expect, it } from 'vitest';
import { rankPullQuotes } from '../../../src/engine/quotes/pull-quotes.ts';
import { passageAt } from '../../../src/engine/text/passage.ts';
import type { Quote, Stance } from '../../../src/engine/types.ts';

function quote(id: string, text: string, speaker: string | null, stakeholderId: string | null = null): Quote {
  return { ...passageAt({ text }, 0, text.length), id, speaker, stakeholderId, score: 0 };
}

const ids = (quotes: Quote[]) => quotes.map((q) => q.id);

describe('rankPullQuotes', () => {
  it('puts a substantive quote with a known speaker before small talk and unknown speakers', () => {
    const ranked = rankPullQuotes([
      quote('thanks', 'Thank you all, I am thrilled to be aboard', 'Rui Valença'),
      quote('anon', 'The ferry agreement would move 4,000 people to Valbonne before the close of the year', null),
      quote('policy', 'The ferry agreement would move 4,000 people to Valbonne before the close of the year', 'Maxime Prévot'),
    ]);
    expect(ids(ranked)).toEqual(['policy', 'anon', 'thanks']);
    expect(ranked[0]!.score).toBeGreaterThan(ranked[1]!.score);
  });

  it('does not let one speaker take the top three places', () => {
    const long = 'The repair for this leak requires new limits on cargo weight and hull pressure in the vessel';
    const ranked = rankPullQuotes([
      quote('a1', long, 'Tarek Nasser'),
      quote('a2', `${long} code`, 'Tarek Nasser'),
      quote('a3', `${long} today`, 'Tarek Nasser'),
      quote('m1', 'Acme says the repair for this leak will arrive in the next harbour season', 'Wolkenbau'),
    ]);
    expect(ranked.slice(0, 2).map((q) => q.speaker).sort()).toEqual(['Tarek Nasser', 'Wolkenbau']);
  });

  it('prefers a second stance over more of the same stance when told stances', () => {
    const text = 'The agreement on returns sets out the legal framework for deportations to Afghanistan';
    const stances: Record<string, Stance> = { s1: 'opposes', s2: 'opposes', s3: 'supports' };
    const ranked = rankPullQuotes(
      [quote('x', text, 'Anna Berg', 's1'), quote('y', text, 'Jan Peeters', 's2'), quote('z', text, 'Ursula Lenz', 's3')],
      (q) => (q.stakeholderId ? (stances[q.stakeholderId] ?? null) : null),
    );
    expect(ids(ranked)).toEqual(['x', 'z', 'y']);
  });

  it('is deterministic, keeps ids and scores best first', () => {
    const quotes = [
      quote('q0', 'We must show the accused kindness.', 'Nadia Okafor'),
      quote('q1', 'We must show the accused kindness.', 'Nadia Okafor'),
      quote('q2', 'They think they know more about fishing than us', 'Levi Brenneman'),
    ];
    const first = rankPullQuotes(quotes);
    expect(rankPullQuotes(quotes)).toEqual(first);
    expect(ids(first).sort()).toEqual(['q0', 'q1', 'q2']);
    const scores = first.map((q) => q.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(ids(first).indexOf('q0')).toBeLessThan(ids(first).indexOf('q1'));
  });
});

describe('rankPullQuotes: fragments', () => {
  it('ranks a full sentence above a fragment woven into the reporter’s sentence', () => {
    const ranked = rankPullQuotes([
      quote('fragment', 'regrets any plan likely to encourage further dredging work in the estuary', 'French foreign ministry'),
      quote('sentence', 'Dredging is unlawful under maritime law and threatens the fish stocks.', 'Foreign Office'),
    ]);
    expect(ids(ranked)).toEqual(['sentence', 'fragment']);
  });
});
