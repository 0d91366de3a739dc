import { expect, test } from 'vitest';
import { spaIdentity } from '../../../src/content/spa-identity.ts';
import { storyReading } from '../support/protocol-fixtures.ts';

const at = (path: string, canonical: string) => storyReading({ url: `https://app.example${path}`, canonicalUrl: `https://app.example${canonical}` });

test('a canonical link left over from the first story gives way to the address, for every later story', () => {
  const identify = spaIdentity();
  const keys = ['/a', '/b', '/c', '/d'].map((path) => identify(at(path, '/?story=a')).canonicalUrl);
  expect(keys).toEqual(['https://app.example/?story=a', 'https://app.example/b', 'https://app.example/c', 'https://app.example/d']);
  const byQuery = spaIdentity();
  const queryKeys = ['a', 'b', 'c', 'd'].map((story) => byQuery(at(`/?story=${story}`, '/?story=a')).canonicalUrl);
  expect(queryKeys).toEqual(['a', 'b', 'c', 'd'].map((story) => `https://app.example/?story=${story}`));
});

test('back on the first story, its canonical key is its own again; an app that updates its canonical keeps it', () => {
  const identify = spaIdentity();
  identify(at('/a', '/?story=a'));
  identify(at('/b', '/?story=a'));
  expect(identify(at('/a#comments', '/?story=a')).canonicalUrl).toBe('https://app.example/?story=a');
  expect(identify(at('/c', '/?story=c')).canonicalUrl).toBe('https://app.example/?story=c');
});
