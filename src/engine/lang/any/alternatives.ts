/** "a b c" → "a|b|c": a pack's space-separated stems as regular-expression alternatives. */
export const alt = (list: string): string => list.trim().split(/\s+/).join('|');
