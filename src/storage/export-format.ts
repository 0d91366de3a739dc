/**
 * The JSON export format, as one valibot schema. It validates imports before
 * anything is written, and it also shapes exports: a record passed through the
 * schema comes out with exactly the exported fields in one fixed order, which
 * is what makes export → import → export byte-identical.
 */
import * as v from 'valibot';
import { STANCES } from '../engine/types.ts';
import type { ArticleRecord, HighlightRecord, NoteRecord } from './db.ts';

export const EXPORT_FORMAT = 'policy-lens-notes';
export const EXPORT_VERSION = 1;

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

/** Each kind of record, validated on its own so a large import is checked in slices (see import-json.ts). */
export const recordSchemas = { articles: article, notes: note, highlights: highlight } as const;

/** The file's outline: its header and three arrays of at most `LIMITS.records` records, not yet looked into. */
export const exportOutlineSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  articles: v.pipe(v.array(v.unknown()), v.maxLength(LIMITS.records)),
  notes: v.pipe(v.array(v.unknown()), v.maxLength(LIMITS.records)),
  highlights: v.pipe(v.array(v.unknown()), v.maxLength(LIMITS.records)),
});

export const exportFileSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  articles: v.pipe(v.array(article), v.maxLength(LIMITS.records)),
  notes: v.pipe(v.array(note), v.maxLength(LIMITS.records)),
  highlights: v.pipe(v.array(highlight), v.maxLength(LIMITS.records)),
});

export type ExportFile = v.InferOutput<typeof exportFileSchema>;
export type ExportedArticle = ExportFile['articles'][number];

// Compile-time checks that the format and the database records agree (derived counts are not exported).
type Assert<T extends true> = T;
export type ArticleMatches = Assert<ExportedArticle extends Omit<ArticleRecord, 'noteCount' | 'highlightCount'> ? true : false>;
export type NoteMatches = Assert<ExportFile['notes'][number] extends NoteRecord ? true : false>;
export type HighlightMatches = Assert<ExportFile['highlights'][number] extends HighlightRecord ? true : false>;
