/**
 * Gaps in the protocol tests (tests/unit/shared/messages.test.ts): senders
 * that look almost like ours, a tab naming another tab, oversized payloads,
 * and prototype pollution through a message.
 */
import { describe, expect, test } from 'vitest';
import type { PageReading } from '../../../src/engine/types.ts';
import { parseMessage } from '../../../src/shared/messages.ts';
import type { SenderInfo } from '../../../src/shared/messages.ts';
import { contentScript, own, panelPage, storyReading } from '../support/protocol-fixtures.ts';

const selector = (exact: string) => ({ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' });
const reading = (overrides: Partial<PageReading> = {}): PageReading => storyReading({ policy: null, text: null, ...overrides });
const passage = (i: number, label = 'label') => ({ id: `p${i}`, layer: 'quote', quote: selector('a passage'), label });

describe('senders that are almost ours', () => {
  test.each<[string, SenderInfo]>([
    ['our page URL but another extension id', { ...panelPage, id: 'otherextension' }],
    ['our id but another extension origin', { id: own.id, url: 'chrome-extension://otherextension/page.html' }],
    ['an origin that only starts like ours', { id: own.id, url: 'chrome-extension://ownextensionid.evil/page.html' }],
    ['no id at all', { url: panelPage.url }],
  ])('%s', (_name, sender) => {
    expect(parseMessage({ type: 'get-tab-reading', tabId: 7 }, sender, own).ok).toBe(false);
  });

  test.each<[string, SenderInfo]>([
    ['a content script without a frame id', { ...contentScript, frameId: undefined }],
    ['a content script without a tab', { id: own.id, url: contentScript.url, frameId: 0 }],
  ])('%s', (_name, sender) => {
    expect(parseMessage({ type: 'page-read', reading: reading() }, sender, own).ok).toBe(false);
  });
});

describe('a tab speaks only for itself', () => {
  test('a highlight request naming another tab is parsed without that tab: the sender’s tab is what counts', () => {
    const raw = { type: 'create-highlight', tabId: 3, quote: selector('x y'), position: { type: 'TextPositionSelector', start: 0, end: 3 }, colour: 'yellow' };
    const parsed = parseMessage(raw, contentScript, own);
    expect(parsed).toMatchObject({ ok: true, sender: { tabId: 7 } });
    if (parsed.ok) expect(parsed.message).not.toHaveProperty('tabId');
  });

  test('a content script cannot ask for, or announce changes to, another tab’s reading', () => {
    expect(parseMessage({ type: 'get-tab-reading', tabId: 3 }, contentScript, own).ok).toBe(false);
    expect(parseMessage({ type: 'tab-reading-changed', tabId: 3 }, contentScript, own).ok).toBe(false);
  });

  test.each(['javascript:alert(1)', 'https://news.example.evil/story', 'http://news.example/story', 'not a url'])('a page-read about %s from news.example is refused', (url) => {
    expect(parseMessage({ type: 'page-read', reading: reading({ url }) }, contentScript, own).ok).toBe(false);
  });
});

describe('oversized payloads are refused', () => {
  const huge: [string, unknown, SenderInfo][] = [
    ['a 20,001-character selector', { type: 'reveal-passage', selector: selector('x'.repeat(20_001)) }, panelPage],
    ['a 100 KB site name', { type: 'page-read', reading: reading({ siteName: 'x'.repeat(100_000) }) }, contentScript],
    ['a 9 KB URL', { type: 'page-read', reading: reading({ url: `https://news.example/${'x'.repeat(9_000)}` }) }, contentScript],
    ['51 article reasons', { type: 'page-read', reading: reading({ article: { isArticle: false, confidence: 1, reasons: Array(51).fill('r') } }) }, contentScript],
    [
      'an article text over 2,000,000 characters',
      {
        type: 'page-read',
        reading: reading({ text: { title: '', byline: null, siteName: null, lang: null, publishedTime: null, text: 'x'.repeat(2_000_001), blocks: [], truncated: true } }),
      },
      contentScript,
    ],
  ];
  test.each(huge)('%s', (_name, raw, sender) => {
    expect(parseMessage(raw, sender, own)).toMatchObject({ ok: false, reason: expect.stringMatching(/malformed/) });
  });
});

test('passages over the bounds are left out of a list to draw, one by one, and the list is cut at 5,000', () => {
  const drawn = (raw: unknown) => {
    const parsed = parseMessage(raw, panelPage, own);
    return parsed.ok && parsed.message.type === 'draw-passages' ? parsed.message.passages.length : null;
  };
  expect(drawn({ type: 'draw-passages', set: 'analysis', passages: Array.from({ length: 5_001 }, (_, i) => passage(i)) })).toBe(5_000);
  expect(drawn({ type: 'draw-passages', set: 'analysis', passages: [passage(0, 'x'.repeat(2_001)), passage(1)] })).toBe(1);
});

test('a "__proto__" key in a message pollutes nothing and is not passed on', () => {
  const raw: unknown = JSON.parse('{"type":"get-tab-reading","tabId":7,"__proto__":{"polluted":true}}');
  const parsed = parseMessage(raw, panelPage, own);
  expect(parsed.ok).toBe(true);
  expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  if (parsed.ok) expect(Object.getPrototypeOf(parsed.message)).toBe(Object.prototype);
});
