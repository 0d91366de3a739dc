import { describe, expect, test } from 'vitest';
import { actorMarkdown } from '../../../../src/storage/memory/people-markdown.ts';
import { groupByIssue, mentionsAnyForm } from '../../../../src/storage/memory/people-page.ts';
import type { ActorPage, ActorPosition } from '../../../../src/storage/memory/people-page.ts';

const JUNE_12 = Date.UTC(2026, 5, 12);
const JUNE_20 = Date.UTC(2026, 5, 20);

function position(overrides: Partial<ActorPosition>): ActorPosition {
  return {
    articleKey: 'https://ports.example/a',
    title: 'Harbour fees rise again',
    url: 'https://ports.example/a',
    outlet: 'Quay Weekly',
    date: JUNE_12,
    issue: 'a levy on cruise ships',
    stance: 'opposes',
    on: 'the levy',
    role: 'ports minister',
    evidence: ['Varga said the levy would empty the quays.'],
    ...overrides,
  };
}

function page(overrides: Partial<ActorPage> = {}): ActorPage {
  const positions = [
    position({}),
    position({ articleKey: 'https://ports.example/b', url: 'https://ports.example/b', title: 'Levy vote delayed', date: JUNE_20, stance: 'supports', on: 'a smaller levy', evidence: [] }),
    position({ articleKey: 'https://ports.example/c', url: 'https://ports.example/c', title: 'Budget talks', issue: null, stance: 'neutral', on: null, evidence: [] }),
  ];
  return {
    actor: { id: 'person:varga/ines', name: 'Ines Varga', forms: ['Ines Varga', 'Varga', 'Ports Minister Ines Varga'], articleCount: 3 },
    issues: groupByIssue(positions),
    quotes: [{ articleKey: 'https://ports.example/a', title: 'Harbour fees rise again', url: 'https://ports.example/a', outlet: 'Quay Weekly', date: JUNE_12, text: 'No ship will wait for a *fee*' }],
    mentions: [
      { kind: 'note', id: 'n1', articleKey: 'https://ports.example/a', title: 'Harbour fees rise again', url: 'https://ports.example/a', outlet: 'Quay Weekly', date: JUNE_12, text: 'Ask **Varga** about <script>alert(1)</script>' },
      { kind: 'highlight', id: 'h1', articleKey: 'https://ports.example/b', title: 'Levy vote delayed', url: 'https://ports.example/b', outlet: null, date: JUNE_20, text: 'Varga changed her mind [[again]]' },
    ],
    // A reason as this version stores it, and one in the English an earlier version stored.
    reasons: [{ code: 'surname-in-article', params: ['Ines Varga'] }, "you merged 'Ines Varga' and 'I. Varga'"],
    ...overrides,
  };
}

describe('positions grouped by question', () => {
  test('one group per question, however it is worded, newest first; positions without a question last', () => {
    const groups = groupByIssue([
      position({ date: JUNE_12 }),
      position({ issue: null, date: JUNE_20 }),
      position({ issue: 'The levy on cruise ships, again', date: JUNE_20 }),
      position({ issue: 'the new ferry route', date: JUNE_12 - 1 }),
    ]);
    expect(groups.map((g) => [g.issue, g.positions.length])).toEqual([
      ['The levy on cruise ships, again', 2],
      ['the new ferry route', 1],
      [null, 1],
    ]);
    expect(groups[0]?.positions.map((p) => p.date)).toEqual([JUNE_20, JUNE_12]);
  });
});

describe('does a note name the actor', () => {
  test('whole words, any case, with or without accents', () => {
    expect(mentionsAnyForm('Ask varga about the levy', ['Varga'])).toBe(true);
    expect(mentionsAnyForm('Lena Muller spoke', ['Lena Müller'])).toBe(true);
    expect(mentionsAnyForm('The Vargas family', ['Varga'])).toBe(false);
    expect(mentionsAnyForm('Nothing here', ['Varga', ''])).toBe(false);
    expect(mentionsAnyForm('first Vargas, then Varga.', ['Varga'])).toBe(true);
  });
});

describe('an actor page as Markdown', () => {
  const markdown = actorMarkdown(page());

  test('the names, and why they are one, the reader’s own merge among the reasons', () => {
    expect(markdown.startsWith('# Ines Varga\n\n- Also named: Varga, Ports Minister Ines Varga\n- Articles: 3\n')).toBe(true);
    expect(markdown).toContain("## Why these names are one\n\n- same surname, and the full name 'Ines Varga' appears in the same article\n- you merged 'Ines Varga' and 'I. Varga'\n");
  });

  test('positions by question with date, outlet, a link to the article and the evidence', () => {
    expect(markdown).toContain(
      '### On a levy on cruise ships\n\n' +
        '- 2026-06-20 · Quay Weekly · [Levy vote delayed](<https://ports.example/b>): Supports a smaller levy (ports minister)\n' +
        '- 2026-06-12 · Quay Weekly · [Harbour fees rise again](<https://ports.example/a>): Opposes the levy (ports minister)\n' +
        '  > Varga said the levy would empty the quays.\n',
    );
    expect(markdown).toContain('### No question given\n\n- 2026-06-12 · Quay Weekly · [Budget talks](<https://ports.example/c>): neutral (ports minister)\n');
    expect(actorMarkdown(page({ issues: groupByIssue([position({ on: null })]) }))).toContain('[Harbour fees rise again](<https://ports.example/a>): opposes (ports minister)\n');
    expect(markdown.indexOf('### On a levy')).toBeLessThan(markdown.indexOf('### No question given'));
  });

  test('quotes and the reader’s notes: page text escaped, notes keep Markdown without live HTML', () => {
    expect(markdown).toContain('## Quotes\n\n> No ship will wait for a \\*fee\\*\n> — 2026-06-12 · Quay Weekly · [Harbour fees rise again](<https://ports.example/a>)\n');
    expect(markdown).toContain('### Note · 2026-06-12 · Quay Weekly · [Harbour fees rise again](<https://ports.example/a>)\n\nAsk **Varga** about \\<script>alert(1)\\</script>\n');
    expect(markdown).toContain('### Highlight · 2026-06-20 · [Levy vote delayed](<https://ports.example/b>)\n\n> Varga changed her mind \\[\\[again\\]\\]\n');
  });

  test('a title and a link that are not what they seem stay text', () => {
    const hostile = actorMarkdown(
      page({
        actor: { id: 'x', name: '[[Secret]] <b>boss</b>', forms: ['[[Secret]] <b>boss</b>'], articleCount: 1 },
        issues: groupByIssue([position({ title: '](javascript:alert(1))', url: 'javascript:alert(1)', outlet: '%%hidden%%' })]),
        quotes: [],
        mentions: [],
        reasons: [],
      }),
    );
    expect(hostile).toContain('# \\[\\[Secret\\]\\] \\<b\\>boss\\</b\\>\n');
    // The javascript: address is no link, and the title's bracket cannot close one.
    expect(hostile).toContain('- 2026-06-12 · \\%\\%hidden\\%\\% · \\](javascript:alert(1)): Opposes the levy');
    expect(hostile).not.toMatch(/(?<!\\)\]\(/);
    expect(hostile).not.toContain('Also named');
  });
});
