import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test, vi } from 'vitest';
import { CAP_TOPICS, STANCES } from '../../../src/engine/types.ts';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const { stanceMessageKey, topicMessageKey } = await import('../../../src/shared/i18n.ts');

const LOCALES = new URL('../../../public/_locales/', import.meta.url);
type Catalogue = Record<string, { message: string }>;
const catalogue = (lang: string): Catalogue => JSON.parse(readFileSync(new URL(`${lang}/messages.json`, LOCALES), 'utf8')) as Catalogue;
const english = catalogue('en');
const languages = readdirSync(LOCALES);
const placeholders = (message: string) => [...message.matchAll(/\$\d/g)].map((m) => m[0]).sort();

describe('locales', () => {
  test('English and French are there', () => {
    expect(languages.sort()).toEqual(['en', 'fr']);
  });

  test.each(languages)('%s has every English message, with the same placeholders, and nothing else', (lang) => {
    const messages = catalogue(lang);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const [key, { message }] of Object.entries(messages)) {
      expect(message.trim(), `${lang} ${key}`).not.toBe('');
      expect(placeholders(message), `${lang} ${key}`).toEqual(placeholders(english[key]!.message));
    }
  });

  test('every policy topic and stance has a message', () => {
    for (const topic of CAP_TOPICS) expect(english[topicMessageKey(topic)]?.message).toBe(topic);
    for (const stance of STANCES) {
      expect(english[stanceMessageKey(stance)]).toBeDefined();
      expect(english[`${stanceMessageKey(stance)}Meaning`], `${stance} meaning`).toBeDefined();
    }
  });

  test('the manifest names only messages that exist', () => {
    const manifest = readFileSync(new URL('../../../manifest.json', import.meta.url), 'utf8');
    const names = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(english[name], name).toBeDefined();
  });
});
