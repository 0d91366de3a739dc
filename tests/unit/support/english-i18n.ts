/**
 * `webextension-polyfill` for code under test that shows messages: `getMessage`
 * answers from the English catalogue, as the browser does, so tests read the
 * reader's words. Use with `vi.mock('webextension-polyfill', () => import('…/english-i18n.ts'))`.
 */
import english from '../../../public/_locales/en/messages.json';

type Key = keyof typeof english;

/** The English message for `key`, with `$1`…`$9` replaced in order. */
export function inEnglish(key: Key, ...substitutions: (string | number)[]): string {
  return english[key].message.replace(/\$(\d)/g, (_, n: string) => String(substitutions[Number(n) - 1] ?? ''));
}

export default { i18n: { getMessage: (key: Key, substitutions: string[] = []) => inEnglish(key, ...substitutions) } };
