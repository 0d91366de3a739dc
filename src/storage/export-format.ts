/**
 * The JSON export format, as one valibot schema. It validates imports before
 * anything is written, and it also shapes exports: a record passed through the
 * schema comes out with exactly the exported fields in one fixed order, which
 * is what makes export → import → export byte-identical.
 */
import * as v from 'valibot';
import { STANCES } from '../engine/types.ts';
import type { ActorChoiceRecord, ArticleRecord, HighlightRecord, NoteRecord, RememberedArticle } from './db.ts';

export const EXPORT_FORMAT = 'policy-lens-notes';
/** 2 adds memory (remembered articles, the reader's actor choices); files of version 1 still import. */
export const EXPORT_VERSION = 2;
export const OLDEST_IMPORTED_VERSION = 1;

/** Bounds shared with the editors, so anything the panel lets you write can be exported and imported again. */
export const LIMITS = {
  noteChars: 100_000,
  tags: 50,
  tagChars: 100,
  records: 200_000,
} as const;

/** Bounds of the analysis summary kept with an article (see `articleSummaryOf`). */
export const SUMMARY_LIMITS = {
  textChars: 2_000,
  stakeholders: 100,
  evidencePerStakeholder: 3,
  quotes: 10,
} as const;

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const url = v.pipe(v.string(), v.maxLength(8_192));
const shortText = v.pipe(v.string(), v.maxLength(2_000));
const time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8_640_000_000_000_000));

const textQuoteSelector = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string(), v.minLength(1), v.maxLength(20_000)),
  prefix: v.pipe(v.string(), v.maxLength(200)),
  suffix: v.pipe(v.string(), v.maxLength(200)),
});

const textPositionSelector = v.object({
  type: v.literal('TextPositionSelector'),
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

const article = v.object({
  key: url,
  url,
  title: shortText,
  siteName: v.nullable(shortText),
  topic: v.nullable(shortText),
  stakeholders: v.pipe(
    v.array(
      v.object({
        name: shortText,
        role: v.nullable(shortText),
        stance: v.picklist(STANCES),
        // The summary fields came with schema v3; exports made before it lack them and still import.
        on: v.optional(v.nullable(shortText), null),
        evidence: v.optional(v.pipe(v.array(shortText), v.maxLength(SUMMARY_LIMITS.evidencePerStakeholder)), []),
      }),
    ),
    v.maxLength(500),
  ),
  issue: v.optional(v.nullable(shortText), null),
  quotes: v.optional(v.pipe(v.array(v.object({ text: shortText, speaker: v.nullable(shortText) })), v.maxLength(SUMMARY_LIMITS.quotes)), []),
  engineVersion: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(100))), null),
  createdAt: time,
  updatedAt: time,
});

const attachment = v.variant('kind', [
  v.object({ kind: v.literal('highlight'), highlightId: id }),
  v.object({ kind: v.literal('quote'), quote: textQuoteSelector, speaker: v.nullable(shortText) }),
  v.object({ kind: v.literal('stakeholder'), name: shortText }),
]);

const note = v.object({
  id,
  articleKey: url,
  body: v.pipe(v.string(), v.maxLength(LIMITS.noteChars)),
  tags: v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.tagChars))), v.maxLength(LIMITS.tags)),
  attachment: v.nullable(attachment),
  createdAt: time,
  updatedAt: time,
  deletedAt: v.nullable(time),
});

const highlight = v.object({
  id,
  articleKey: url,
  quote: textQuoteSelector,
  position: textPositionSelector,
  colour: v.pipe(v.string(), v.minLength(1), v.maxLength(40)),
  createdAt: time,
  updatedAt: time,
  deletedAt: v.nullable(time),
});

const actorKind = v.picklist(['person', 'organisation', 'group']);

/** Since version 2: an article memory kept (its derived `issueWords` and mentions are rebuilt on import). */
const remembered = v.object({
  key: url,
  url,
  title: shortText,
  siteName: v.nullable(shortText),
  topic: v.nullable(shortText),
  issue: v.nullable(shortText),
  stakeholders: v.pipe(
    v.array(
      v.object({
        name: shortText,
        role: v.nullable(shortText),
        kind: actorKind,
        stance: v.picklist(STANCES),
        on: v.nullable(shortText),
        evidence: v.pipe(v.array(v.object({ text: shortText, quote: textQuoteSelector })), v.maxLength(SUMMARY_LIMITS.evidencePerStakeholder)),
      }),
    ),
    v.maxLength(SUMMARY_LIMITS.stakeholders),
  ),
  quotes: v.pipe(v.array(v.object({ text: shortText, speaker: v.nullable(shortText) })), v.maxLength(SUMMARY_LIMITS.quotes)),
  date: time,
  dateSource: v.picklist(['published', 'first-seen']),
  firstSeenAt: time,
  updatedAt: time,
  engineVersion: v.pipe(v.string(), v.maxLength(100)),
});

/** Since version 2: the reader's merges and splits of actors. */
const actorChoice = v.variant('kind', [
  v.object({ id, at: time, kind: v.literal('merge'), names: v.tuple([shortText, shortText]) }),
  v.object({ id, at: time, kind: v.literal('split'), name: shortText }),
]);

/** Each kind of record, validated on its own so a large import is checked in slices (see import-json.ts). */
export const recordSchemas = { articles: article, notes: note, highlights: highlight, memory: remembered, actorChoices: actorChoice } as const;

const supportedVersion = v.pipe(v.number(), v.integer(), v.minValue(OLDEST_IMPORTED_VERSION), v.maxValue(EXPORT_VERSION));
const records = <T extends v.GenericSchema>(schema: T) => v.pipe(v.array(schema), v.maxLength(LIMITS.records));

/** The file's outline: its header and arrays of at most `LIMITS.records` records, not yet looked into (memory's absent before version 2). */
export const exportOutlineSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: supportedVersion,
  articles: records(v.unknown()),
  notes: records(v.unknown()),
  highlights: records(v.unknown()),
  memory: v.optional(records(v.unknown()), []),
  actorChoices: v.optional(records(v.unknown()), []),
});

export const exportFileSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  articles: records(article),
  notes: records(note),
  highlights: records(highlight),
  memory: records(remembered),
  actorChoices: records(actorChoice),
});

export type ExportFile = v.InferOutput<typeof exportFileSchema>;
export type ExportedArticle = ExportFile['articles'][number];

// Compile-time checks that the format and the database records agree (derived counts are not exported).
type Assert<T extends true> = T;
export type ArticleMatches = Assert<ExportedArticle extends Omit<ArticleRecord, 'noteCount' | 'highlightCount'> ? true : false>;
export type NoteMatches = Assert<ExportFile['notes'][number] extends NoteRecord ? true : false>;
export type HighlightMatches = Assert<ExportFile['highlights'][number] extends HighlightRecord ? true : false>;
export type RememberedMatches = Assert<ExportFile['memory'][number] extends Omit<RememberedArticle, 'issueWords'> ? true : false>;
export type ActorChoiceMatches = Assert<ExportFile['actorChoices'][number] extends ActorChoiceRecord ? true : false>;
