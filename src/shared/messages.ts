/**
 * The one message protocol between the content script, the service worker and
 * the side panel. Every message is a member of `Message`; receivers accept
 * nothing they have not parsed with `parseMessage`, which checks both the
 * shape and who sent it, because a page (or another extension) can try to
 * talk to us.
 */
import * as v from 'valibot';
import { CAP_TOPICS } from '../engine/types.ts';
import { isAcceptableKey, MAX_URL_CHARS } from './article-identity.ts';
import type { PageReading, TextQuoteSelector } from '../engine/types.ts';

/** Strings from pages are untrusted: bound them so a hostile page cannot make us store megabytes of title. */
const shortText = v.pipe(v.string(), v.maxLength(2_000));
const url = v.pipe(v.string(), v.maxLength(MAX_URL_CHARS));
const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));
/** The engine caps extracted text well below this. */
const MAX_ARTICLE_CHARS = 2_000_000;

/** The longest passage drawn or saved, and the context kept on each side of it. */
export const MAX_QUOTE_CHARS = 20_000;
export const MAX_CONTEXT_CHARS = 200;
/** The most passages one set draws. */
export const MAX_DRAWN_PASSAGES = 5_000;

const textQuoteSelector = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_QUOTE_CHARS)),
  prefix: v.pipe(v.string(), v.maxLength(MAX_CONTEXT_CHARS)),
  suffix: v.pipe(v.string(), v.maxLength(MAX_CONTEXT_CHARS)),
});

const positionInPage = v.object({
  type: v.literal('TextPositionSelector'),
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/** Names of highlight layers: a stance, the pull quotes, or a reader's colour. */
export const PASSAGE_LAYERS = ['supports', 'opposes', 'mixed', 'neutral', 'unclear', 'quote', 'user-yellow', 'user-green', 'user-blue', 'user-pink'] as const;
export type PassageLayer = (typeof PASSAGE_LAYERS)[number];
export const HIGHLIGHT_COLOURS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColour = (typeof HIGHLIGHT_COLOURS)[number];

/** A passage to draw on the page. */
const drawnPassage = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  layer: v.picklist(PASSAGE_LAYERS),
  quote: textQuoteSelector,
  /** Where it was in the page's white-space-free text when saved (user highlights). */
  position: v.optional(positionInPage),
  /** Shown when the reader hovers it on the page ("Maxime Prévot · opposes"). */
  label: shortText,
});

/**
 * A list of passages to draw, checked one by one: a passage that is not
 * valid is left out, not the whole list; past the cap the rest is dropped.
 */
const drawnPassageList = v.pipe(
  v.array(v.unknown()),
  v.transform((items) =>
    items.slice(0, MAX_DRAWN_PASSAGES).flatMap((item) => {
      const parsed = v.safeParse(drawnPassage, item);
      return parsed.success ? [parsed.output] : [];
    }),
  ),
);

const articleVerdict = v.object({
  isArticle: v.boolean(),
  confidence: v.number(),
  reasons: v.pipe(v.array(shortText), v.maxLength(50)),
});

const policyVerdict = v.object({
  isPolicy: v.boolean(),
  topic: v.nullable(v.picklist(CAP_TOPICS)),
  confidence: v.number(),
  signals: v.pipe(v.array(shortText), v.maxLength(100)),
});

const block = v.object({
  kind: v.picklist(['paragraph', 'blockquote', 'heading', 'list-item', 'caption', 'preformatted']),
  text: v.pipe(v.string(), v.maxLength(MAX_ARTICLE_CHARS)),
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

const articleText = v.object({
  title: shortText,
  byline: v.nullable(shortText),
  siteName: v.nullable(shortText),
  lang: v.nullable(v.pipe(v.string(), v.maxLength(35))),
  publishedTime: v.nullable(v.pipe(v.string(), v.maxLength(100))),
  text: v.pipe(v.string(), v.maxLength(MAX_ARTICLE_CHARS)),
  blocks: v.pipe(v.array(block), v.maxLength(50_000)),
  truncated: v.boolean(),
});

const pageReading = v.object({
  url,
  canonicalUrl: url,
  title: shortText,
  siteName: v.nullable(shortText),
  lang: v.nullable(v.pipe(v.string(), v.maxLength(35))),
  article: articleVerdict,
  policy: v.nullable(policyVerdict),
  text: v.nullable(articleText),
});

const messageSchema = v.variant('type', [
  /** content → background: what the content script read on its page. */
  v.object({ type: v.literal('page-read'), reading: pageReading }),
  /** panel → background: the reading for a tab (answered with `TabReadingResponse`). */
  v.object({ type: v.literal('get-tab-reading'), tabId }),
  /** background → panels: a tab's reading changed; ask again. */
  v.object({ type: v.literal('tab-reading-changed'), tabId }),
  /** panel → content: scroll to and flash a passage (answered with `RevealResponse`). */
  v.object({ type: v.literal('reveal-passage'), selector: textQuoteSelector }),
  /**
   * panel or background → content: replace one set of drawn passages (answered with `DrawResponse`).
   * `analysis` is the panel's quotes and evidence; `user` is the reader's own highlights.
   */
  v.object({
    type: v.literal('draw-passages'),
    set: v.picklist(['analysis', 'user']),
    passages: drawnPassageList,
  }),
  /** background → content: the reader's keyboard shortcut, show the next or previous drawn passage (answered with `RevealResponse`). */
  v.object({ type: v.literal('step-passage'), direction: v.picklist(['next', 'previous']) }),
  /**
   * panel → content: the reader opened the panel on this page; read it now if
   * it was not read on its own (answered with `ReadRequestResponse`).
   */
  v.object({ type: v.literal('request-reading') }),
  /** content → background: the reader turned Policy Lens off for this site; forget what the page reported. */
  v.object({ type: v.literal('page-withdrawn') }),
  /** background → content: the reader asked (menu, shortcut) to save the selection as a highlight. */
  v.object({ type: v.literal('capture-selection'), colour: v.picklist(HIGHLIGHT_COLOURS) }),
  /** content → background: save this selection of the sender's page as a highlight (answered with `CreateHighlightResponse`). */
  v.object({
    type: v.literal('create-highlight'),
    quote: textQuoteSelector,
    position: positionInPage,
    colour: v.picklist(HIGHLIGHT_COLOURS),
  }),
]);

export type Message = v.InferOutput<typeof messageSchema>;
export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

export interface TabReadingResponse {
  reading: PageReading | null;
}
// Apart, so the content script can name it without evaluating the schemas.
export { PANEL_PORT } from './panel-port.ts';

export interface RevealResponse {
  found: boolean;
}
export type DrawnPassage = v.InferOutput<typeof drawnPassage>;
export interface DrawResponse {
  /** Ids of passages that could not be found on the page. */
  missing: string[];
}
/** The answer to `page-read`: the reader's highlights for this article, to draw at once. */
export interface PageReadResponse {
  highlights: DrawnPassage[];
}
const pageReadResponse = v.object({ highlights: drawnPassageList });

/** The highlights in an answer to `page-read`, checked like any message (none when the answer is not one). */
export function highlightsInAnswer(raw: unknown): DrawnPassage[] {
  const parsed = v.safeParse(pageReadResponse, raw);
  return parsed.success ? parsed.output.highlights : [];
}

/** A quotation fitted to the protocol: a longer passage is cut, and what followed the cut becomes its suffix. */
export function fittedQuote(quote: TextQuoteSelector): TextQuoteSelector {
  const { exact, prefix, suffix } = quote;
  if (exact.length <= MAX_QUOTE_CHARS && prefix.length <= MAX_CONTEXT_CHARS && suffix.length <= MAX_CONTEXT_CHARS) return quote;
  const cut = exact.length > MAX_QUOTE_CHARS;
  return {
    type: 'TextQuoteSelector',
    exact: exact.slice(0, MAX_QUOTE_CHARS),
    prefix: prefix.slice(-MAX_CONTEXT_CHARS),
    suffix: (cut ? exact.slice(MAX_QUOTE_CHARS) : suffix).slice(0, MAX_CONTEXT_CHARS),
  };
}
/** Whether the page is read: never on a site the reader turned Policy Lens off for. */
export interface ReadRequestResponse {
  running: boolean;
}
export interface CreateHighlightResponse {
  id: string;
}

// Compile-time check that the schema and the engine's types agree.
type Assert<T extends true> = T;
export type ReadingSchemaMatches = Assert<v.InferOutput<typeof pageReading> extends PageReading ? true : false>;
export type SelectorSchemaMatches = Assert<v.InferOutput<typeof textQuoteSelector> extends TextQuoteSelector ? true : false>;

/**
 * Who may send each message: a content script speaks only for its own page;
 * the extension's own contexts (service worker or background page, side
 * panel, other extension pages) are one trusted kind, since Firefox gives its
 * background a page URL like any other.
 */
type SenderKind = 'content-script' | 'extension';
const ALLOWED_SENDERS: Record<MessageType, SenderKind> = {
  'page-read': 'content-script',
  'get-tab-reading': 'extension',
  'tab-reading-changed': 'extension',
  'reveal-passage': 'extension',
  'draw-passages': 'extension',
  'capture-selection': 'extension',
  'step-passage': 'extension',
  'request-reading': 'extension',
  'page-withdrawn': 'content-script',
  'create-highlight': 'content-script',
};

/** The parts of `runtime.MessageSender` we rely on (Chrome and Firefox both fill them). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export interface OwnExtension {
  id: string;
  /** e.g. "chrome-extension://abc…/" */
  origin: string;
}

export type ParsedMessage =
  | { ok: true; message: Message; sender: { kind: SenderKind; tabId: number | null } }
  | { ok: false; reason: string };

/** Classify a sender; null for anything that is not one of our own contexts. */
export function senderKind(sender: SenderInfo, own: OwnExtension): SenderKind | null {
  if (sender.id !== own.id) return null;
  if (typeof sender.url === 'string' && sender.url.startsWith(own.origin)) return 'extension';
  // Content scripts: only the top frame of a tab speaks for the page.
  if (sender.tab?.id !== undefined && sender.frameId === 0) return 'content-script';
  return null;
}

/**
 * Parse an incoming runtime message. Rejects wrong shapes, other extensions,
 * frames other than the top one, and senders not allowed for that type.
 */
export function parseMessage(raw: unknown, sender: SenderInfo, own: OwnExtension): ParsedMessage {
  const kind = senderKind(sender, own);
  if (!kind) return { ok: false, reason: 'sender is not part of this extension' };
  const result = v.safeParse(messageSchema, raw);
  if (!result.success) return { ok: false, reason: `malformed message: ${result.issues[0]?.message ?? 'invalid'}` };
  const message = result.output;
  if (ALLOWED_SENDERS[message.type] !== kind) {
    return { ok: false, reason: `${message.type} may not come from a ${kind}` };
  }
  if (message.type === 'page-read' && !sameOrigin(message.reading.url, sender.url)) {
    return { ok: false, reason: 'page-read about another origin than its sender' };
  }
  // A page may only speak for its own article: never claim another page's key (and with it, its notes).
  if (message.type === 'page-read' && !isAcceptableKey(message.reading.url, message.reading.canonicalUrl)) {
    return { ok: false, reason: 'page-read claims another page’s article key' };
  }
  return { ok: true, message, sender: { kind, tabId: sender.tab?.id ?? null } };
}

function sameOrigin(a: string, b: string | undefined): boolean {
  if (!b) return false;
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}
