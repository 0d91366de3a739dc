/** The things a note can be about, offered in each note's "About" menu. */
import type { Analysis } from '../../engine/types.ts';
import { t } from '../../shared/i18n.ts';
import { sameAttachment } from '../../storage/attachments.ts';
import type { HighlightRecord, NoteAttachment } from '../../storage/db.ts';

export interface AttachmentOption {
  label: string;
  attachment: NoteAttachment | null;
}

const MAX_QUOTES = 10;

export function attachmentOptions(analysis: Analysis | null, highlights: HighlightRecord[]): AttachmentOption[] {
  return [
    { label: t('attachWholeArticle'), attachment: null },
    ...(analysis?.stakeholders ?? []).map((s) => ({ label: t('attachStakeholder', s.name), attachment: { kind: 'stakeholder' as const, name: s.name } })),
    ...(analysis?.quotes ?? []).slice(0, MAX_QUOTES).map((q) => ({
      label: q.speaker ? t('attachQuoteBy', shorten(q.text), q.speaker) : t('attachQuote', shorten(q.text)),
      attachment: { kind: 'quote' as const, quote: q.quote, speaker: q.speaker },
    })),
    ...highlights.map((h) => ({ label: t('attachHighlight', shorten(h.quote.exact)), attachment: { kind: 'highlight' as const, highlightId: h.id } })),
  ];
}

/** The options with the note's own attachment added if the page no longer offers it (a quote the engine now reads differently). */
export function optionsIncluding(options: AttachmentOption[], current: NoteAttachment | null): AttachmentOption[] {
  if (options.some((o) => sameAttachment(o.attachment, current))) return options;
  return [...options, { label: describeAttachment(current), attachment: current }];
}

export function describeAttachment(attachment: NoteAttachment | null): string {
  if (attachment === null) return t('attachWholeArticle');
  if (attachment.kind === 'stakeholder') return t('attachStakeholder', attachment.name);
  if (attachment.kind === 'quote') return t('attachQuote', shorten(attachment.quote.exact));
  return t('attachHighlightGone');
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
