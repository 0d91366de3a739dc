/** The part of a long text around the first query word it contains, so a match deep in a note shows. */
const CONTEXT = 80;

export function snippetAround(text: string, query: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const lower = flat.toLowerCase();
  const at = Math.max(
    -1,
    ...query
      .toLowerCase()
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => lower.indexOf(w)),
  );
  if (flat.length <= 2 * CONTEXT) return flat;
  const start = Math.max(0, at - CONTEXT);
  const end = Math.min(flat.length, Math.max(at, 0) + CONTEXT);
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}
