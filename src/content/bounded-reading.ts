/**
 * Fits a reading within the message protocol's bounds before it is sent.
 * The service worker refuses a `page-read` with a 100 KB title or site name,
 * so without this a hostile (or merely odd) page could keep itself from
 * being read at all; cut strings are marked with an ellipsis.
 */
import type { ArticleText, PageReading } from '../engine/types.ts';
import { isAcceptableKey, MAX_URL_CHARS, normaliseUrl } from '../shared/article-identity.ts';

/** The protocol's bounds (src/shared/messages.ts), checked together by tests/unit/hardening/bounded-reading.test.ts. */
const SHORT_TEXT_CHARS = 2_000;
const LANG_CHARS = 35;
const TIME_CHARS = 100;
const REASONS = 50;
const SIGNALS = 100;

function cut(text: string, max = SHORT_TEXT_CHARS): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function cutOrNull(text: string | null, max = SHORT_TEXT_CHARS): string | null {
  return text === null ? null : cut(text, max);
}

/** A language tag too long to be one is no language tag. */
function langOrNull(lang: string | null): string | null {
  return lang !== null && lang.length > LANG_CHARS ? null : lang;
}

function boundedText(text: ArticleText): ArticleText {
  return {
    ...text,
    title: cut(text.title),
    byline: cutOrNull(text.byline),
    siteName: cutOrNull(text.siteName),
    lang: langOrNull(text.lang),
    publishedTime: text.publishedTime !== null && text.publishedTime.length > TIME_CHARS ? null : text.publishedTime,
  };
}

/**
 * A URL past the protocol's bound is cut (its origin, at the start, stays),
 * and the key follows it when the canonical link was too long or no longer
 * fits the cut URL: two pages alike in their first 8,192 characters share a
 * key, which beats not reading them at all.
 */
function boundedIdentity(reading: PageReading): Pick<PageReading, 'url' | 'canonicalUrl'> {
  const { url, canonicalUrl } = reading;
  if (url.length <= MAX_URL_CHARS && canonicalUrl.length <= MAX_URL_CHARS) return { url, canonicalUrl };
  const cutUrl = url.slice(0, MAX_URL_CHARS);
  if (canonicalUrl.length <= MAX_URL_CHARS && isAcceptableKey(cutUrl, canonicalUrl)) return { url: cutUrl, canonicalUrl };
  const key = normaliseUrl(cutUrl);
  return { url: cutUrl, canonicalUrl: key.length <= MAX_URL_CHARS ? key : cutUrl };
}

export function boundedReading(reading: PageReading): PageReading {
  return {
    ...reading,
    ...boundedIdentity(reading),
    title: cut(reading.title),
    siteName: cutOrNull(reading.siteName),
    lang: langOrNull(reading.lang),
    article: { ...reading.article, reasons: reading.article.reasons.slice(0, REASONS).map((r) => cut(r)) },
    policy: reading.policy && { ...reading.policy, signals: reading.policy.signals.slice(0, SIGNALS).map((s) => cut(s)) },
    text: reading.text && boundedText(reading.text),
  };
}
