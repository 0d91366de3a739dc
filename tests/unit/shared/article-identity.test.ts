import { describe, expect, test } from 'vitest';
import { articleKey, isAcceptableKey, normaliseUrl } from '../../../src/shared/article-identity.ts';

describe('normaliseUrl', () => {
  test('drops tracking parameters and fragments, keeps content parameters', () => {
    expect(normaliseUrl('https://News.example/a?utm_source=x&id=3&fbclid=abc#comments')).toBe('https://news.example/a?id=3');
  });
  test('sorts parameters so their order does not matter', () => {
    expect(normaliseUrl('https://news.example/a?b=2&a=1')).toBe(normaliseUrl('https://news.example/a?a=1&b=2'));
  });
  test('returns what does not parse unchanged', () => {
    expect(normaliseUrl('not a url')).toBe('not a url');
  });
});

describe('articleKey', () => {
  test('takes a canonical URL that only drops the query', () => {
    expect(articleKey('https://news.example/a?session=9&utm_medium=social', 'https://news.example/a')).toBe('https://news.example/a');
  });
  test('takes a mobile page’s canonical on its main host, same path', () => {
    expect(articleKey('https://m.news.example/a?utm_medium=social', 'https://www.news.example/a')).toBe('https://www.news.example/a');
    expect(articleKey('https://news.example/a', 'https://www.news.example/a/')).toBe('https://www.news.example/a/');
  });
  test('takes an AMP page’s canonical without the AMP marker, only when the page declares itself AMP', () => {
    expect(articleKey('https://news.example/amp/a', '/a', { amp: true })).toBe('https://news.example/a');
    expect(articleKey('https://news.example/a/amp', 'https://news.example/a', { amp: true })).toBe('https://news.example/a');
    expect(articleKey('https://amp.news.example/a.amp.html', 'https://www.news.example/a.html', { amp: true })).toBe('https://www.news.example/a.html');
    expect(articleKey('https://news.example/amp/a', '/a')).toBe('https://news.example/amp/a');
  });
  test('ignores a canonical URL on another path of the same origin', () => {
    expect(articleKey('https://news.example/guest/page', 'https://news.example/a')).toBe('https://news.example/guest/page');
    expect(articleKey('https://news.example/amp/other', '/a', { amp: true })).toBe('https://news.example/amp/other');
  });
  test('ignores a canonical URL on the same host name but another origin (port or scheme)', () => {
    expect(articleKey('http://127.0.0.1:8001/a', 'http://127.0.0.1:8002/a')).toBe('http://127.0.0.1:8001/a');
    expect(articleKey('http://news.example/a', 'https://news.example/a')).toBe('http://news.example/a');
  });
  test('ignores a canonical URL on another site, or a sibling host', () => {
    expect(articleKey('https://evil.example/a', 'https://news.example/a')).toBe('https://evil.example/a');
    expect(articleKey('https://blog.news.example/a', 'https://news.example/a')).toBe('https://blog.news.example/a');
    expect(articleKey('https://m.example/a', 'https://example/a')).toBe('https://m.example/a');
  });
  test('ignores a non-http canonical URL, one with credentials, and one longer than a URL may be', () => {
    expect(articleKey('https://news.example/a', 'javascript:alert(1)')).toBe('https://news.example/a');
    expect(articleKey('https://news.example/a', 'https://user:pw@news.example/a')).toBe('https://news.example/a');
    expect(articleKey('https://news.example/a', `https://news.example/a?${'x'.repeat(9_000)}`)).toBe('https://news.example/a');
  });
});

describe('isAcceptableKey', () => {
  test('accepts the page’s own address and the canonicals articleKey takes', () => {
    expect(isAcceptableKey('https://news.example/a?utm_source=x#top', 'https://news.example/a')).toBe(true);
    expect(isAcceptableKey('https://news.example/amp/a', 'https://news.example/a')).toBe(true);
  });
  test('refuses another page’s key', () => {
    expect(isAcceptableKey('https://news.example/guest/page', 'https://news.example/a')).toBe(false);
    expect(isAcceptableKey('http://127.0.0.1:8001/a', 'http://127.0.0.1:8002/a')).toBe(false);
  });
});
