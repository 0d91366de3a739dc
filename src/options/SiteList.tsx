/** One list of sites (never run / always run): add a hostname, validated as typed, or remove one. */
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import { MAX_SITES } from '../shared/settings.ts';
import { parseHostname } from '../shared/site-rules.ts';

interface SiteListProps {
  /** Names the list's elements (ids, `data-list`). */
  list: string;
  heading: string;
  hint: string;
  sites: string[];
  onChange(sites: string[]): void;
}

export function SiteList({ list, heading, hint, sites, onChange }: SiteListProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const ids = { heading: `${list}-heading`, hint: `${list}-hint`, input: `${list}-input`, error: `${list}-error` };

  const add = (event: Event) => {
    event.preventDefault();
    const host = parseHostname(text);
    const problem = !host ? t('optionsSiteInvalid', text.trim()) : sites.includes(host) ? t('optionsSiteListed', host) : sites.length >= MAX_SITES ? t('optionsSitesFull', MAX_SITES) : null;
    setError(problem);
    if (problem || !host) return;
    onChange([...sites, host]);
    setText('');
  };

  return (
    <div class="site-list" data-list={list}>
      <h3 id={ids.heading}>{heading}</h3>
      <p class="hint" id={ids.hint}>
        {hint}
      </p>
      <form class="site-form" onSubmit={add} noValidate>
        <label for={ids.input} class="visually-hidden">
          {t('optionsSiteInputLabel', heading)}
        </label>
        <input
          id={ids.input}
          type="text"
          inputMode="url"
          autocomplete="off"
          spellcheck={false}
          placeholder="example.com"
          value={text}
          aria-describedby={error ? `${ids.hint} ${ids.error}` : ids.hint}
          aria-invalid={error ? 'true' : undefined}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit" class="action">
          {t('optionsSiteAdd')}
        </button>
      </form>
      {error ? (
        <p class="error" id={ids.error} role="alert">
          {error}
        </p>
      ) : null}
      {sites.length === 0 ? (
        <p class="empty">{t('optionsSitesEmpty')}</p>
      ) : (
        <ul class="sites" aria-labelledby={ids.heading}>
          {sites.map((site) => (
            <li key={site} class="site">
              <span class="site-name">{site}</span>
              <button type="button" class="link-button" aria-label={t('optionsSiteRemoveLabel', site)} onClick={() => onChange(sites.filter((s) => s !== site))}>
                {t('optionsSiteRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
