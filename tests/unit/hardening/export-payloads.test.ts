/**
 * Exports keep hostile page text inert: in Markdown every character that
 * could open HTML, a link or an image is escaped; JSON carries the strings
 * byte for byte.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { PolicyLensDb } from '../../../src/storage/db.ts';
import { exportJson } from '../../../src/storage/export-json.ts';
import { articleMarkdownFor } from '../../../src/storage/export-markdown.ts';
import { saveHighlight } from '../../../src/storage/highlights.ts';
import { saveNote } from '../../../src/storage/notes.ts';
import { hostilePayloads } from '../../fixtures/hostile/payloads.ts';
import { articleMeta, draft, freshDatabase } from '../storage/helpers.ts';

const payloads = hostilePayloads('https://beacon.example/b');
const KEY = 'https://news.example/story-1';

let db: PolicyLensDb;
beforeEach(async () => {
  db = freshDatabase();
  // Page text in every field the exports carry: title, site, stakeholders, highlighted passages, quote speakers, tags.
  const article = articleMeta(1, {
    title: payloads[0]!.text,
    siteName: payloads[1]!.text,
    summary: {
      issue: payloads[2]!.text,
      stakeholders: payloads.slice(0, 10).map((p) => ({ name: p.text, role: p.text, stance: 'opposes' as const, on: p.text, evidence: [p.text] })),
      quotes: payloads.slice(0, 10).map((p) => ({ text: p.text, speaker: p.text })),
      engineVersion: 'test',
    },
  });
  for (const [i, p] of payloads.entries()) {
    await saveHighlight(db, article, { id: `h${i}`, quote: { type: 'TextQuoteSelector', exact: p.text, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 1 }, colour: 'yellow' }, 1_000 + i);
    const attachment = { kind: 'quote' as const, quote: { type: 'TextQuoteSelector' as const, exact: p.text, prefix: '', suffix: '' }, speaker: p.text };
    await saveNote(db, article, draft(`n${i}`, `Reader's note ${i}`, { tags: [`tag${i}`], attachment }), { baseUpdatedAt: null, now: 2_000 + i });
  }
});
afterEach(async () => {
  await db.delete();
});

describe('Markdown export of hostile page text', () => {
  test('no unescaped character that could start HTML, a link, an image or code', async () => {
    const markdown = (await articleMarkdownFor(db, KEY))!;
    // The article URL is the one deliberate autolink.
    const pageLines = markdown.split('\n').filter((line) => !line.startsWith('- URL: '));
    // A leading "> " is the blockquote marker (indented under a stakeholder for evidence); escaped backslashes ("\\\\") are dropped first so they cannot hide a character.
    const unescaped = pageLines.filter((line) => /(?<!\\)[<>[\]!`]/.test(line.replace(/^\s*> /, '').replace(/\\\\/g, '')));
    expect(unescaped).toEqual([]);
    // Each payload is still all there, as escaped text.
    for (const p of payloads.slice(0, 10)) expect(markdown.replace(/\\(.)/g, '$1')).toContain(p.text.replace(/\s+/g, ' '));
  });

  // Page text "&lt;script&gt;" must not render as "<script>" in a Markdown viewer: "&" is escaped too.
  test('an HTML entity in page text renders literally, not decoded', async () => {
    const markdown = (await articleMarkdownFor(db, KEY))!;
    expect(markdown).not.toMatch(/(?<!\\)&lt;script&gt;/);
  });
});

test('JSON export carries every payload byte for byte', async () => {
  const file = JSON.parse(await exportJson(db)) as { articles: { title: string }[]; highlights: { quote: { exact: string } }[] };
  expect(file.articles[0]!.title).toBe(payloads[0]!.text);
  expect(file.highlights.map((h) => h.quote.exact).sort()).toEqual(payloads.map((p) => p.text).sort());
});
