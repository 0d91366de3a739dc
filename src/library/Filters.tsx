import type { LibraryFacets, LibraryFilter } from '../storage/library.ts';

const FIELDS: { field: keyof LibraryFilter; facet: keyof LibraryFacets; label: string; any: string }[] = [
  { field: 'topic', facet: 'topics', label: 'Topic', any: 'All topics' },
  { field: 'tag', facet: 'tags', label: 'Tag', any: 'All tags' },
  { field: 'site', facet: 'sites', label: 'Site', any: 'All sites' },
];

export function Filters({ facets, filter, onChange }: { facets: LibraryFacets; filter: LibraryFilter; onChange(f: LibraryFilter): void }) {
  return (
    <div class="filters">
      {FIELDS.map(({ field, facet, label, any }) => (
        <label key={field} class="note-field">
          <span>{label}</span>
          <select value={filter[field] ?? ''} onChange={(e) => onChange({ ...filter, [field]: e.currentTarget.value || null })}>
            <option value="">{any}</option>
            {facets[facet].map((value) => (
              <option key={value} value={value}>
                {field === 'tag' ? `#${value}` : value}
              </option>
            ))}
          </select>
        </label>
      ))}
    </div>
  );
}
