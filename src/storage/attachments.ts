/** Comparing what notes are about, by meaning rather than by object shape (stored and imported objects order keys differently). */
import type { NoteAttachment } from './db.ts';

export function attachmentKey(attachment: NoteAttachment | null): string {
  if (attachment === null) return 'article';
  if (attachment.kind === 'stakeholder') return `stakeholder:${attachment.name}`;
  if (attachment.kind === 'highlight') return `highlight:${attachment.highlightId}`;
  const { exact, prefix, suffix } = attachment.quote;
  return `quote:${JSON.stringify([exact, prefix, suffix])}`;
}

export function sameAttachment(a: NoteAttachment | null, b: NoteAttachment | null): boolean {
  return attachmentKey(a) === attachmentKey(b);
}
