import { describe, expect, test } from 'vitest';
import { noteMarkdown, pageText } from '../../../src/storage/markdown-escape.ts';

/** A `<` that CommonMark would read as the start of a tag: after an even number of backslashes (none counts). */
const LIVE_TAG = /(?<!\\)(?:\\\\)*<[a-z/!?]/i;

describe('the reader\'s notes: their Markdown kept, no live HTML', () => {
  test('a tag is escaped', () => {
    expect(noteMarkdown('see <img src=x onerror=alert(1)>')).toBe('see \\<img src=x onerror=alert(1)>');
  });

  test('a backslash before a tag does not undo the escape', () => {
    // "\<img" is the reader's escaped "<": already literal, left as it is (was "\\<img", live HTML after an escaped backslash).
    const once = noteMarkdown('\\<img src=x onerror=alert(1)>');
    expect(once).toBe('\\<img src=x onerror=alert(1)>');
    // "\\<img" is an escaped backslash, then a live "<": it gets its own backslash.
    const twice = noteMarkdown('\\\\<img src=x onerror=alert(1)>');
    expect(twice).toBe('\\\\\\<img src=x onerror=alert(1)>');
    for (const out of [once, twice, noteMarkdown('\\\\\\\\<b>x</b>')]) expect(out).not.toMatch(LIVE_TAG);
  });

  test('code spans and fenced code gain no backslashes', () => {
    expect(noteMarkdown('use `a<b` and ``x ` <y`` then <i>')).toBe('use `a<b` and ``x ` <y`` then \\<i>');
    const fenced = 'before <b>\n```html\n<div>kept</div>\n```\nafter <i>';
    expect(noteMarkdown(fenced)).toBe('before \\<b>\n```html\n<div>kept</div>\n```\nafter \\<i>');
    // An unclosed backtick is text, so the tag after it is escaped; so is one after an escaped backtick.
    expect(noteMarkdown('a ` <b>')).toBe('a ` \\<b>');
    expect(noteMarkdown('a \\` <b> `')).toBe('a \\` \\<b> `');
  });

  test('the reader\'s own Markdown and Obsidian syntax are kept', () => {
    const note = '**bold** ==marked== [[Other note]] %%aside%% $x$ #tag';
    expect(noteMarkdown(note)).toBe(note);
  });
});

describe('page text: shown literally in CommonMark and Obsidian', () => {
  const literal = (escaped: string) => escaped.replace(/\\(.)/g, '$1');

  test.each([
    ['an Obsidian comment', 'visible %%hidden%% text', '%%'],
    ['an Obsidian highlight', 'a ==marked== word', '=='],
    ['Obsidian maths', 'costs $5 to $10 each', '$'],
    ['an Obsidian link', 'see [[Secret page]]', '[['],
    ['an Obsidian block id', 'the end of a paragraph ^block1', '^'],
    ['an Obsidian tag', 'a #hashtag here', '#'],
    ['HTML', '<img src=x onerror=alert(1)>', '<'],
    ['emphasis and code', '*bold* _it_ `code`', '`'],
  ])('%s', (_name, text, syntax) => {
    const escaped = pageText(text);
    expect(literal(escaped)).toBe(text);
    // Every character of the syntax is preceded by a backslash.
    for (const ch of syntax) expect(escaped).not.toMatch(new RegExp(`(?<!\\\\)\\${ch}`));
  });

  test('a line that would start a list or a heading does not', () => {
    expect(pageText('1. first')).toBe('1\\. first');
    expect(pageText('2) second')).toBe('2\\) second');
    expect(pageText('- item')).toBe('\\- item');
    expect(pageText('+ item')).toBe('\\+ item');
    expect(pageText('# title')).toBe('\\# title');
    expect(pageText('In 2024. Then - more')).toBe('In 2024. Then - more');
  });

  test('line breaks are flattened', () => {
    expect(pageText('one\n\ntwo')).toBe('one two');
  });
});
