import type { Passage, Quote } from '../../engine/types.ts';
import { t } from '../../shared/i18n.ts';
import { distinctPassages } from '../state/distinct-passages.ts';
import { PassageButton } from './PassageButton.tsx';

/** How many pull quotes show before "Show all". */
const FIRST_QUOTES = 3;

export function QuoteList({ quotes: all, onReveal }: { quotes: Quote[]; onReveal: (p: Passage) => void }) {
  // A quote printed twice (a pull-out box, a caption) is listed once.
  const quotes = distinctPassages(all);
  if (quotes.length === 0) return <p class="empty">{t('quotesEmpty')}</p>;
  const first = quotes.slice(0, FIRST_QUOTES);
  const rest = quotes.slice(FIRST_QUOTES);
  return (
    <>
      <ul class="quotes">{first.map((q) => <QuoteItem key={q.id} quote={q} onReveal={onReveal} />)}</ul>
      {rest.length > 0 ? (
        <details class="more-quotes">
          <summary>{t('quotesShowMore', rest.length)}</summary>
          <ul class="quotes">{rest.map((q) => <QuoteItem key={q.id} quote={q} onReveal={onReveal} />)}</ul>
        </details>
      ) : null}
    </>
  );
}

function QuoteItem({ quote, onReveal }: { quote: Quote; onReveal: (p: Passage) => void }) {
  return (
    <li class="quote" data-quote-id={quote.id}>
      <PassageButton passage={quote} onReveal={onReveal} label={t('showQuote')}>
        <q class="quote-text">{quote.text}</q>
      </PassageButton>
      <p class="speaker">— {quote.speaker ?? t('speakerNotNamed')}</p>
    </li>
  );
}
