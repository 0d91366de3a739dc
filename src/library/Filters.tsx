import { CAP_TOPICS } from '../engine/types.ts';
import type { CapTopic } from '../engine/types.ts';
import { t, topicName } from '../shared/i18n.ts';
import type { MessageKey } from '../shared/i18n.ts';
import type { LibraryFacets, LibraryFilter } from '../storage/library.ts';

const FIELDS: { field: keyof LibraryFilter; facet: keyof LibraryFacets; label: MessageKey; any: MessageKey }[] = [
  { field: 'topic', facet: 'topics', label: 'filterTopic', any: 'filterAllTopics' },
  { field: 'tag', facet: 'tags', label: 'filterTag', any: 'filterAllTags' },
  { field: 'site', facet: 'sites', label: 'filterSite', any: 'filterAllSites' },
];

/** A stored topic in the reader's language (an imported file may hold a topic that is not one of ours: shown as it is). */
export function topicLabel(topic: string): string {
  return (CAP_TOPICS as readonly string[]).includes(topic) ? topicName(topic as CapTopic) : topic;
}

export function Filters({ facets, filter, onChange }: { facets: LibraryFacets; filter: LibraryFilter; onChange(f: LibraryFilter): void }) {
  return (
    <div class="filters">
      {FIELDS.map(({ field, facet, label, any }) => (
        <label key={field} class="note-field">
          <span>{t(label)}</span>
          <select value={filter[field] ?? ''} onChange={(e) => onChange({ ...filter, [field]: e.currentTarget.value || null })}>
            <option value="">{t(any)}</option>
            {facets[facet].map((value) => (
              <option key={value} value={value}>
                {field === 'tag' ? `#${value}` : field === 'topic' ? topicLabel(value) : value}
              </option>
            ))}
          </select>
        </label>
      ))}
    </div>
  );
}

/** With notes (the default) or every policy article memory keeps too. */
export type LibraryScope = 'noted' | 'read';

export function ScopeFilter({ scope, onChange }: { scope: LibraryScope; onChange(scope: LibraryScope): void }) {
  return (
    <label class="note-field">
      <span>{t('filterScope')}</span>
      <select name="scope" value={scope} onChange={(e) => onChange(e.currentTarget.value === 'read' ? 'read' : 'noted')}>
        <option value="noted">{t('filterScopeNoted')}</option>
        <option value="read">{t('filterScopeRead')}</option>
      </select>
    </label>
  );
}
