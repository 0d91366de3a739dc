/**
 * The highlight colours the reader chose, applied to the page by a
 * constructed style sheet in `document.adoptedStyleSheets`: a page's content
 * security policy can block a <style> element but not this, and it can be
 * replaced at once when the settings change.
 */
import type { ColourLayer } from '../../shared/settings.ts';
import { COLOUR_LAYERS } from '../../shared/settings.ts';
import { layerName } from './passage-sets.ts';

/** How strongly each layer tints the text: analysis lightly, the reader's own highlights like a marker pen. */
const TINT: Record<ColourLayer, number> = {
  supports: 0.16,
  opposes: 0.16,
  mixed: 0.18,
  neutral: 0.14,
  unclear: 0.08,
  quote: 0.18,
  'user-yellow': 0.7,
  'user-green': 0.6,
  'user-blue': 0.6,
  'user-pink': 0.6,
};

/** Stances also differ by underline, so they are told apart without colour. */
const UNDERLINE: Partial<Record<ColourLayer, string>> = {
  supports: 'solid',
  opposes: 'wavy',
  mixed: 'double',
  neutral: 'dashed',
  quote: 'dotted',
};

export function highlightRules(colours: Record<ColourLayer, string>): string {
  return COLOUR_LAYERS.map((layer) => {
    const colour = colours[layer];
    const background = `background-color: ${withAlpha(colour, TINT[layer])};`;
    const underline = UNDERLINE[layer] ? ` text-decoration: underline ${UNDERLINE[layer]} ${colour};` : '';
    const name = layerName(layer);
    return (
      `::highlight(${name}) { ${background}${underline} color: inherit; }\n` +
      // The fallback for browsers without the Custom Highlight API (see layers.ts).
      `policy-lens-mark[data-layer="${name}"] { ${background} }`
    );
  }).join('\n');
}

function withAlpha(hex: string, alpha: number): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r} ${g} ${b} / ${alpha})`;
}

let sheet: CSSStyleSheet | null = null;

export function applyHighlightColours(colours: Record<ColourLayer, string>): void {
  if (!sheet) sheet = new CSSStyleSheet();
  sheet.replaceSync(highlightRules(colours));
  // Pages may replace their adopted sheets: add ours again whenever it is missing.
  if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
