import { describe, expect, test } from 'vitest';
import { parseMessage } from '../../../src/shared/messages.ts';
import { contentScript, own, panelPage, storyReading, worker } from '../support/protocol-fixtures.ts';

const reading = storyReading();

describe('parseMessage accepts', () => {
  test('a page reading from the top frame of a tab', () => {
    const parsed = parseMessage({ type: 'page-read', reading }, contentScript, own);
    expect(parsed).toMatchObject({ ok: true, sender: { kind: 'content-script', tabId: 7 } });
  });

  test('a tab request from an extension page, including one popped out into a tab', () => {
    expect(parseMessage({ type: 'get-tab-reading', tabId: 7 }, panelPage, own).ok).toBe(true);
    const poppedOut = { ...panelPage, url: `${panelPage.url}?tab=7`, tab: { id: 9 } };
    expect(parseMessage({ type: 'get-tab-reading', tabId: 7 }, poppedOut, own).ok).toBe(true);
  });

  test("a change notice from the service worker, or from Firefox's background page", () => {
    expect(parseMessage({ type: 'tab-reading-changed', tabId: 7 }, worker, own).ok).toBe(true);
    const firefoxBackground = { id: own.id, url: `${own.origin}_generated_background_page.html` };
    expect(parseMessage({ type: 'tab-reading-changed', tabId: 7 }, firefoxBackground, own).ok).toBe(true);
  });
});

describe('parseMessage rejects malformed messages', () => {
  const cases: [string, unknown][] = [
    ['null', null],
    ['a string', 'page-read'],
    ['an unknown type', { type: 'delete-everything' }],
    ['a missing field', { type: 'get-tab-reading' }],
    ['a negative tab id', { type: 'get-tab-reading', tabId: -1 }],
    ['a fractional tab id', { type: 'get-tab-reading', tabId: 1.5 }],
    ['a string tab id', { type: 'get-tab-reading', tabId: '7' }],
    ['a reading without text field', { type: 'page-read', reading: { ...reading, text: undefined } }],
    ['an unknown topic', { type: 'page-read', reading: { ...reading, policy: { ...reading.policy, topic: 'Astrology' } } }],
    ['a huge title', { type: 'page-read', reading: { ...reading, title: 'x'.repeat(100_000) } }],
    ['an empty selector', { type: 'reveal-passage', selector: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' } }],
    ['a selector of the wrong type', { type: 'reveal-passage', selector: { type: 'CssSelector', exact: 'a', prefix: '', suffix: '' } }],
  ];
  test.each(cases)('%s', (_name, raw) => {
    const sender = (raw as { type?: string } | null)?.type === 'page-read' ? contentScript : panelPage;
    const parsed = parseMessage(raw, sender, own);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(/malformed/);
  });
});

describe('parseMessage rejects other senders', () => {
  test('another extension', () => {
    const other = { ...panelPage, id: 'otherextension', url: 'chrome-extension://otherextension/page.html' };
    expect(parseMessage({ type: 'get-tab-reading', tabId: 7 }, other, own)).toMatchObject({ ok: false });
  });

  test('a sender without an id (a web page through externally_connectable)', () => {
    expect(parseMessage({ type: 'get-tab-reading', tabId: 7 }, { url: 'https://evil.example/' }, own).ok).toBe(false);
  });

  test('a content script asking for a tab reading (a page must not read other tabs)', () => {
    const parsed = parseMessage({ type: 'get-tab-reading', tabId: 3 }, contentScript, own);
    expect(parsed).toMatchObject({ ok: false, reason: 'get-tab-reading may not come from a content-script' });
  });

  test('a content script asking another tab to draw or capture (only the extension may)', () => {
    expect(parseMessage({ type: 'capture-selection', colour: 'yellow' }, contentScript, own).ok).toBe(false);
    expect(parseMessage({ type: 'draw-passages', set: 'user', passages: [] }, contentScript, own).ok).toBe(false);
  });

  test('a content script in a subframe', () => {
    expect(parseMessage({ type: 'page-read', reading }, { ...contentScript, frameId: 4 }, own).ok).toBe(false);
  });

  test('a content script reporting a reading for another origin', () => {
    const spoofed = { ...reading, url: 'https://bank.example/account' };
    expect(parseMessage({ type: 'page-read', reading: spoofed }, contentScript, own)).toMatchObject({
      ok: false,
      reason: 'page-read about another origin than its sender',
    });
  });

  test('a content script claiming another page’s article as its key', () => {
    const claim = { ...reading, url: 'https://news.example/guest/page', canonicalUrl: 'https://news.example/story' };
    expect(parseMessage({ type: 'page-read', reading: claim }, { ...contentScript, url: claim.url }, own)).toMatchObject({
      ok: false,
      reason: 'page-read claims another page’s article key',
    });
  });

  test('an extension page pretending to be a content script', () => {
    expect(parseMessage({ type: 'page-read', reading }, panelPage, own).ok).toBe(false);
  });

  test('a content script pretending to be the service worker', () => {
    expect(parseMessage({ type: 'tab-reading-changed', tabId: 7 }, contentScript, own).ok).toBe(false);
  });

  test('a highlight request from an extension page (highlights come from the page the reader selected in)', () => {
    const request = {
      type: 'create-highlight',
      quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 1 },
      colour: 'yellow',
    };
    expect(parseMessage(request, contentScript, own).ok).toBe(true);
    expect(parseMessage(request, panelPage, own).ok).toBe(false);
  });
});
