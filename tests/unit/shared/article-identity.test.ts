import { describe, expect, test } from 'vitest';
import { articleKey, normaliseUrl } from '../../../src/shared/article-identity.ts';

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
  test('prefers the declared canonical URL on the same site', () => {
    expect(articleKey('https://m.news.example/a?utm_medium=social', 'https://www.news.example/a')).toBe('https://www.news.example/a');
  });
  test('resolves a relative canonical link', () => {
    expect(articleKey('https://news.example/amp/a', '/a')).toBe('https://news.example/a');
  });
  test('ignores a canonical URL on another site', () => {
    expect(articleKey('https://evil.example/a', 'https://news.example/a')).toBe('https://evil.example/a');
  });
  test('ignores a non-http canonical URL', () => {
    expect(articleKey('https://news.example/a', 'javascript:alert(1)')).toBe('https://news.example/a');
  });
});
