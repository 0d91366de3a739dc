/**
 * How a page files itself, as plain labels: its schema.org types, the section
 * its head declares and the segments of its address's path. The analysis
 * tells an opinion piece from a report by them; they are kept as written.
 */

/** Enough for any real address, its section and its types; a hostile page gets no more. */
const MAX_LABELS = 20;
const MAX_LABEL_CHARS = 100;

export function filedAs(addresses: readonly string[], section: string | null, schemaTypes: readonly string[]): string[] {
  const labels = new Set<string>(schemaTypes);
  if (section) labels.add(section);
  for (const address of addresses) for (const segment of pathSegments(address)) labels.add(segment);
  return [...labels].filter((l) => l.length <= MAX_LABEL_CHARS).slice(0, MAX_LABELS);
}

function pathSegments(address: string): string[] {
  try {
    return new URL(address).pathname.split('/').filter(Boolean);
  } catch {
    return [];
  }
}
