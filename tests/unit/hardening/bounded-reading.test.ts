/** A page's oversized strings are cut to the protocol's bounds, so its reading is still accepted. */
import { describe, expect, test } from 'vitest';
import { boundedReading } from '../../../src/content/bounded-reading.ts';
import type { PageReading } from '../../../src/engine/types.ts';
import { parseMessage } from '../../../src/shared/messages.ts';
import type { OwnExtension, SenderInfo } from '../../../src/shared/messages.ts';

const own: OwnExtension = { id: 'ownextensionid', origin: 'chrome-extension://ownextensionid/' };
const contentScript: SenderInfo = { id: own.id, url: 'https://news.example/story', tab: { id: 7 }, frameId: 0 };
const huge = (c: string) => c.repeat(100_000);

const hostileReading: PageReading = {
  url: 'https://news.example/story',
  canonicalUrl: 'https://news.example/story',
  title: `Title ${huge('T')}`,
  siteName: `Gazette ${huge('N')}`,
  lang: huge('e'),
  article: { isArticle: true, confidence: 0.9, reasons: Array.from({ length: 80 }, () => huge('r')) },
  policy: { isPolicy: true, topic: 'Housing', confidence: 0.7, signals: Array.from({ length: 150 }, () => huge('s')) },
  text: {
    title: `Title ${huge('T')}`,
    byline: `By ${huge('B')}`,
    siteName: `Gazette ${huge('N')}`,
    lang: huge('e'),
    publishedTime: huge('9'),
    text: 'Body.',
    blocks: [{ kind: 'paragraph', text: 'Body.', start: 0 }],
    truncated: false,
  },
};

describe('boundedReading', () => {
  test('the raw hostile reading is refused by the protocol', () => {
    expect(parseMessage({ type: 'page-read', reading: hostileReading }, contentScript, own).ok).toBe(false);
  });

  test('the bounded one is accepted, with cut strings marked and their start kept', () => {
    const bounded = boundedReading(hostileReading);
    expect(parseMessage({ type: 'page-read', reading: bounded }, contentScript, own).ok).toBe(true);
    expect(bounded.siteName).toMatch(/^Gazette N+…$/);
    expect(bounded.title.length).toBe(2_000);
    expect(bounded.lang).toBeNull();
    expect(bounded.text?.publishedTime).toBeNull();
  });

  test('an ordinary reading passes through unchanged', () => {
    const ordinary: PageReading = { ...hostileReading, title: 'A story', siteName: 'Gazette', lang: 'en', article: { ...hostileReading.article, reasons: ['byline'] }, policy: null, text: null };
    expect(boundedReading(ordinary)).toEqual(ordinary);
  });

  test('a URL or canonical link over 8,192 characters is cut to fit, its origin kept, and the reading is accepted', () => {
    const longUrl = `https://news.example/story?q=${'x'.repeat(9_000)}`;
    const ordinary: PageReading = { ...hostileReading, title: 'A story', siteName: 'Gazette', lang: 'en', policy: null, text: null };
    for (const reading of [
      { ...ordinary, url: longUrl, canonicalUrl: longUrl },
      { ...ordinary, canonicalUrl: `https://news.example/story?${'y'.repeat(9_000)}` },
    ]) {
      const bounded = boundedReading(reading);
      expect(bounded.url.length).toBeLessThanOrEqual(8_192);
      expect(bounded.canonicalUrl.length).toBeLessThanOrEqual(8_192);
      expect(new URL(bounded.url).origin).toBe('https://news.example');
      expect(parseMessage({ type: 'page-read', reading: bounded }, contentScript, own).ok).toBe(true);
    }
  });
});

