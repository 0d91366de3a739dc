import { useEffect, useRef } from 'preact/hooks';
import { mergeReasonTexts } from '../../shared/actors/merge-reasons.ts';
import { t, tCount } from '../../shared/i18n.ts';
import type { ActorMention, ActorPage, ActorSource } from '../../storage/memory/people-page.ts';
import { PositionLabel } from '../../sidepanel/components/StanceLabel.tsx';
import { day, openArticle } from '../ArticleRow.tsx';
import type { ActorListing } from '../../storage/memory/people-page.ts';
import { MergeBox } from './MergeBox.tsx';

export interface ActorPageActions {
  onBack(): void;
  onExport(): void;
  onMerge(other: ActorListing): void;
  onSplit(form: string): void;
  findActors(query: string): Promise<ActorListing[]>;
}

/** One actor: their names and why they are one, their positions by question, their quotes, the reader's notes on them. */
export function ActorPageView({ page, actions }: { page: ActorPage; actions: ActorPageActions }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening an actor moves focus to their name, so keyboard and screen-reader users land where the page changed.
  useEffect(() => heading.current?.focus(), [page.actor.id]);
  const { actor } = page;
  const reasons = mergeReasonTexts(page.reasons, t);
  return (
    <article class="actor-page" aria-labelledby="actor-name" data-actor-id={actor.id}>
      <button type="button" class="link-button" onClick={actions.onBack}>
        {t('peopleBack')}
      </button>
      <h2 id="actor-name" ref={heading} tabIndex={-1}>
        {actor.name}
      </h2>
      <p class="library-meta">
        {tCount(actor.articleCount, 'libraryArticleCountOne', 'libraryArticleCountOther')}
        {' · '}
        <button type="button" class="link-button" onClick={actions.onExport} aria-label={t('exportMarkdownLabel', actor.name)}>
          {t('exportMarkdown')}
        </button>
      </p>

      <section class="actor-section actor-names" aria-labelledby="actor-names-heading">
        <h3 id="actor-names-heading">{t('peopleNames')}</h3>
        <ul class="actor-forms">
          {actor.forms.map((form) => (
            <li key={form} class="actor-form">
              <span>{form}</span>
              {form !== actor.name ? (
                <button type="button" class="link-button" onClick={() => actions.onSplit(form)} aria-label={t('peopleSplitLabel', form, actor.name)}>
                  {t('peopleSplit')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
        {reasons.length > 0 ? (
          <>
            <h4 id="actor-reasons-heading">{t('peopleWhyOne')}</h4>
            <ul class="actor-merges" aria-labelledby="actor-reasons-heading">
              {reasons.map((reason) => (
                <li key={reason} class="actor-merge">
                  {reason}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <MergeBox actor={actor} findActors={actions.findActors} onMerge={actions.onMerge} />
      </section>

      <section class="actor-section" aria-labelledby="actor-positions-heading">
        <h3 id="actor-positions-heading">{t('peoplePositions')}</h3>
        {page.issues.length === 0 ? <p class="empty">{t('peopleNoPositions')}</p> : null}
        {page.issues.map((group) => (
          <div key={group.issue ?? ''} class="actor-issue">
            <h4>{group.issue === null ? t('peopleNoIssue') : t('peopleOnIssue', group.issue)}</h4>
            <ul class="actor-positions">
              {group.positions.map((p) => (
                <li key={p.articleKey} class="actor-position">
                  <PositionLabel stakeholder={p} />
                  {p.role ? <span class="actor-role"> · {p.role}</span> : null}
                  <SourceLine source={p} />
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>

      {page.quotes.length > 0 ? (
        <section class="actor-section" aria-labelledby="actor-quotes-heading">
          <h3 id="actor-quotes-heading">{t('peopleQuotes')}</h3>
          <ul class="actor-quotes">
            {page.quotes.map((q, i) => (
              <li key={`${q.articleKey}#${i}`}>
                <blockquote>{q.text}</blockquote>
                <SourceLine source={q} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section class="actor-section" aria-labelledby="actor-mentions-heading">
        <h3 id="actor-mentions-heading">{t('peopleMentions')}</h3>
        {page.mentions.length === 0 ? <p class="empty">{t('peopleNoMentions')}</p> : null}
        <ul class="actor-mentions">
          {page.mentions.map((m) => (
            <MentionItem key={m.id} mention={m} />
          ))}
        </ul>
      </section>
    </article>
  );
}

function MentionItem({ mention }: { mention: ActorMention }) {
  return (
    <li class={`actor-mention mention-${mention.kind}`}>
      <span class="hit-kind">{t(mention.kind === 'note' ? 'libraryHitNote' : 'libraryHitHighlight')}</span>
      {mention.kind === 'note' ? <p class="mention-text">{mention.text}</p> : <blockquote class="mention-text">{mention.text}</blockquote>}
      <SourceLine source={mention} />
    </li>
  );
}

/** "12 Jun 2026 · Outlet · Title", the title opening the article. */
function SourceLine({ source }: { source: ActorSource }) {
  return (
    <p class="library-meta actor-source">
      {[day(source.date), source.outlet].filter(Boolean).join(' · ')}
      {' · '}
      <button type="button" class="link-button source-title" onClick={() => void openArticle(source.url)}>
        {source.title || t('untitledPage')}
      </button>
    </p>
  );
}
