/**
 * UI strings in the browser's language, from `_locales/<lang>/messages.json`
 * (English is the default and the fallback for anything missing).
 */
import browser from 'webextension-polyfill';
import type { CapTopic, Stance } from '../engine/types.ts';

/** The English catalogue defines which keys exist; other languages must have the same. */
export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');

/** The string for `key`, with `$1`…`$9` placeholders filled in order. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return browser.i18n.getMessage(key, substitutions.map(String)) || key;
}

/** `one` or `other` by the UI language's plural rule ("0 note" in French, "0 notes" in English), with the count as `$1`. */
export function tCount(count: number, one: MessageKey, other: MessageKey): string {
  return t(new Intl.PluralRules(t('uiLanguage')).select(count) === 'one' ? one : other, count);
}

/**
 * An extension page's language and title, for screen readers and the tab
 * strip. The language is that of the messages shown (English when the
 * browser's language has no catalogue), not the browser's.
 */
export function localiseDocument(titleKey: MessageKey): void {
  document.documentElement.lang = t('uiLanguage');
  document.title = t(titleKey);
}

/** "Law and Crime" → the message `topicLawandCrime` (a unit test checks every topic has one in every language). */
export function topicMessageKey(topic: CapTopic): MessageKey {
  return `topic${topic.replace(/[^A-Za-z]/g, '')}` as MessageKey;
}

/** "opposes" → the message `stanceOpposes`. */
export function stanceMessageKey(stance: Stance): MessageKey {
  return `stance${stance.charAt(0).toUpperCase()}${stance.slice(1)}` as MessageKey;
}

export const topicName = (topic: CapTopic) => t(topicMessageKey(topic));
export const stanceName = (stance: Stance) => t(stanceMessageKey(stance));
