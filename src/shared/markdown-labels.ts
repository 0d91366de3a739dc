/** The Markdown export's words in the reader's language (the export itself is written in src/storage/). */
import type { CapTopic } from '../engine/types.ts';
import type { MarkdownLabels } from '../storage/export-markdown.ts';
import type { Side } from '../storage/export-markdown.ts';
import { stanceName, t, topicName } from './i18n.ts';
import type { MessageKey } from './i18n.ts';

const STANCE_ON: Record<Side, MessageKey> = { supports: 'markdownSupportsOn', opposes: 'markdownOpposesOn', mixed: 'markdownMixedOn' };

export function markdownLabels(): MarkdownLabels {
  return {
    untitled: t('untitledPage'),
    url: t('markdownUrl'),
    site: t('markdownSite'),
    topic: t('markdownTopic'),
    issue: t('markdownIssue'),
    firstKept: t('markdownFirstKept'),
    stakeholders: t('markdownStakeholders'),
    quotes: t('markdownQuotes'),
    highlights: t('markdownHighlights'),
    notes: t('markdownNotes'),
    empty: t('markdownEmpty'),
    tags: t('markdownTags'),
    onStakeholder: (name) => t('markdownOnStakeholder', name),
    onQuoteBy: (speaker) => t('markdownOnQuoteBy', speaker),
    onQuote: t('markdownOnQuote'),
    onHighlight: t('markdownOnHighlight'),
    stance: stanceName,
    stanceOn: (stance, on) => t(STANCE_ON[stance], on),
    topicName: (topic) => topicName(topic as CapTopic),
    field: (label, value) => t('markdownField', label, value),
  };
}
