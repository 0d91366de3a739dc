import type { ComponentChildren } from 'preact';
import type { Passage } from '../../engine/types.ts';

/** A passage of the article: activating it shows the passage in the page. */
export function PassageButton({
  passage,
  onReveal,
  children,
  label,
}: {
  passage: Passage;
  onReveal: (passage: Passage) => void;
  children: ComponentChildren;
  label: string;
}) {
  return (
    <button type="button" class="passage" onClick={() => onReveal(passage)} title={label} aria-label={`${label}: ${passage.text}`}>
      {children}
    </button>
  );
}
