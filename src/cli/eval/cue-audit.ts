/**
 * Stance cue audit: on how many corpus pages of its language each cue of
 * the language packs fires. A cue that fires on one page only may have been
 * learned from that page rather than from the language; it must be standard
 * vocabulary to stay.
 */
import { STANCE_CUE_PACKS } from '../../engine/lang/stance-cues.ts';
import { packCodeOf, PACK_CODES, type PackCode } from '../../engine/lang/index.ts';
import { stanceHits } from '../../engine/stance/polarity.ts';
import type { PreparedPage } from '../train/prepared-corpus.ts';

export interface CueCount {
  lang: PackCode;
  group: string;
  cue: string;
  pages: string[];
}

/** Every cue of every pack with the corpus pages (of its language) it fires on. */
export function auditCues(pages: readonly PreparedPage[]): CueCount[] {
  const counts = new Map<string, CueCount>();
  const key = (lang: string, cue: string) => `${lang}\u0000${cue}`;
  for (const lang of PACK_CODES) {
    const pack = STANCE_CUE_PACKS[lang];
    for (const [group, list] of Object.entries(pack.stems)) {
      for (const cue of (list ?? '').trim().split(/\s+/).filter(Boolean)) counts.set(key(lang, cue), { lang, group, cue, pages: [] });
    }
    for (const [group, list] of Object.entries(pack.phrases)) {
      for (const re of list ?? []) counts.set(key(lang, re.source), { lang, group, cue: re.source, pages: [] });
    }
  }
  for (const p of pages) {
    const text = p.prepared.article?.text;
    if (!text) continue;
    const lang = packCodeOf(p.page.gold.lang);
    const fired = new Set(stanceHits(text, 0, text.length, lang).map((h) => h.cue));
    // Phrases are matched once per call: look for them sentence by sentence as the engine does.
    for (const line of text.split(/(?<=[.!?])\s+/)) for (const h of stanceHits(line, 0, line.length, lang)) fired.add(h.cue);
    for (const cue of fired) counts.get(key(lang, cue))?.pages.push(p.page.id);
  }
  return [...counts.values()];
}

export function formatCueAudit(counts: readonly CueCount[]): string {
  const single = counts.filter((c) => c.pages.length === 1);
  const never = counts.filter((c) => c.pages.length === 0);
  return [
    `Stance cues: ${counts.length}; firing on one page only: ${single.length}; on none: ${never.length}`,
    ...single.map((c) => `  1 page  ${c.lang} ${c.group.padEnd(20)} ${c.cue}  (${c.pages[0]})`),
  ].join('\n');
}
