/** An actor page's Markdown words in the reader's language (the export itself is written in src/storage/memory/). */
import { markdownLabels } from '../../shared/markdown-labels.ts';
import { t } from '../../shared/i18n.ts';
import type { ActorMarkdownLabels } from '../../storage/memory/people-markdown.ts';

export function actorMarkdownLabels(): ActorMarkdownLabels {
  return {
    ...markdownLabels(),
    alsoKnownAs: t('markdownAlsoNamed'),
    articles: t('markdownArticles'),
    whyOne: t('peopleWhyOne'),
    mergeReason: t,
    positions: t('markdownPositions'),
    onIssue: (issue) => t('markdownOnIssue', issue),
    noIssue: t('peopleNoIssue'),
    mentions: t('peopleMentions'),
    note: t('libraryHitNote'),
    highlight: t('libraryHitHighlight'),
  };
}
