/**
 * Why names are one actor, kept as a code and its parameters (name forms from
 * the reader's articles) so the reason reads in the reader's language.
 * People rows built by earlier versions hold the English sentence itself,
 * which shows as it is.
 */
import type { MessageKey } from '../i18n.ts';

/** Each code's message; the parameters fill its `$1`, `$2` in order. */
const MESSAGE_OF = {
  /** A title in front of a name: the title, the name. */
  'title-dropped': 'mergeReasonTitleDropped',
  /** A surname alone: the full name met in the same article. */
  'surname-in-article': 'mergeReasonSurnameInArticle',
  /** A surname alone: the only person of that surname in the reader's articles. */
  'surname-only-person': 'mergeReasonSurnameOnlyPerson',
  /** A one-word short form of a body's name met in the same article: the short form, the full name. */
  'short-form-in-article': 'mergeReasonShortFormInArticle',
  /** A one-word short form of the only body of that name in the reader's articles: the short form, the full name. */
  'short-form-only-body': 'mergeReasonShortFormOnlyBody',
  /** A spokesperson form: as written, the body. */
  'speaks-for': 'mergeReasonSpeaksFor',
  /** The reader's merge: the two names. */
  'reader-merged': 'mergeReasonReaderMerged',
  /** The reader's split: the name split out. */
  'reader-split': 'mergeReasonReaderSplit',
} as const satisfies Record<string, MessageKey>;

export type MergeReasonCode = keyof typeof MESSAGE_OF;

export interface MergeReason {
  code: MergeReasonCode;
  params: string[];
}

/** What a People row may hold: a coded reason, or the English sentence an earlier version stored. */
export type StoredMergeReason = MergeReason | string;

export type Translate = (key: MessageKey, ...substitutions: string[]) => string;

/** One string per distinct reason, for de-duplicating and a stable order. */
export function mergeReasonKey(reason: MergeReason): string {
  return [reason.code, ...reason.params].join('\u0000');
}

/**
 * The reason in the words of `translate`'s catalogue; a stored sentence as it
 * is; null for what this version cannot read (a code from a newer version).
 */
export function mergeReasonText(reason: StoredMergeReason, translate: Translate): string | null {
  if (typeof reason === 'string') return reason;
  if (typeof reason !== 'object' || reason === null || !Object.hasOwn(MESSAGE_OF, reason.code)) return null;
  const params = Array.isArray(reason.params) ? reason.params.map(String) : [];
  return translate(MESSAGE_OF[reason.code], ...params);
}

/** Every reason that can be read, in order. */
export function mergeReasonTexts(reasons: readonly StoredMergeReason[], translate: Translate): string[] {
  return reasons.map((r) => mergeReasonText(r, translate)).filter((text) => text !== null);
}

/**
 * The English catalogue's sentences, for what is written without a browser
 * (the Markdown export's English defaults); a unit test keeps them equal to
 * `_locales/en/messages.json`.
 */
export const ENGLISH_MERGE_REASONS: Record<(typeof MESSAGE_OF)[MergeReasonCode], string> = {
  mergeReasonTitleDropped: "'$1' is a title, not part of the name '$2'",
  mergeReasonSurnameInArticle: "same surname, and the full name '$1' appears in the same article",
  mergeReasonSurnameOnlyPerson: "same surname, and '$1' is the only person of that surname in your articles",
  mergeReasonShortFormInArticle: "'$1' is the short form of '$2' in the same article",
  mergeReasonShortFormOnlyBody: "'$1' is the short form of '$2' and it is the only such body in your articles",
  mergeReasonSpeaksFor: "'$1' speaks for '$2'",
  mergeReasonReaderMerged: "you merged '$1' and '$2'",
  mergeReasonReaderSplit: "you split '$1' out",
};

/** `Translate` over `ENGLISH_MERGE_REASONS`. */
export const inEnglish: Translate = (key, ...substitutions) =>
  (ENGLISH_MERGE_REASONS[key as keyof typeof ENGLISH_MERGE_REASONS] ?? key).replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
