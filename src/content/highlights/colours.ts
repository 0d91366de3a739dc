/**
 * The highlight colours the reader chose, as rules of the overlay's own style
 * sheet (inside its closed shadow root): nothing of them reaches the page's
 * style sheets, and replacing them restyles only the overlay.
 */
import type { ColourLayer } from '../../shared/settings.ts';
import { COLOUR_LAYERS } from '../../shared/settings.ts';
import { setDrawingStyles } from './overlay.ts';

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
  supports: '2px solid',
  mixed: '3px double',
  neutral: '2px dashed',
  quote: '2px dotted',
};

/** The class of a layer's boxes in the overlay. */
export const layerClass = (layer: string) => `l-${layer}`;

export function highlightRules(colours: Record<ColourLayer, string>): string {
  const rules = COLOUR_LAYERS.map((layer) => {
    const colour = colours[layer];
    const underline = UNDERLINE[layer] ? `border-bottom:${UNDERLINE[layer]} ${colour};` : '';
    return `.${layerClass(layer)}{background-color:${withAlpha(colour, TINT[layer])};${underline}}`;
  });
  // Opposition is underlined with a zigzag, which no border style draws.
  const zigzag = (angle: number) => `linear-gradient(${angle}deg,transparent 35%,${colours.opposes} 35% 62%,transparent 62%)`;
  rules.push(
    `.${layerClass('opposes')}::after{content:"";position:absolute;left:0;right:0;bottom:-3px;height:4px;` +
      `background:${zigzag(135)} 0 0/6px 4px repeat-x,${zigzag(45)} 3px 0/6px 4px repeat-x}`,
  );
  // The passage the reader picked in the panel: the browser-wide yellow, whatever the colours.
  rules.push(`.${layerClass('reveal')}{background-color:rgb(253 224 71 / 0.8)}`);
  return rules.join('\n');
}

function withAlpha(hex: string, alpha: number): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r} ${g} ${b} / ${alpha})`;
}

/** Draw with these colours from now on. */
export function setHighlightColours(colours: Record<ColourLayer, string>): void {
  setDrawingStyles(highlightRules(colours));
}
