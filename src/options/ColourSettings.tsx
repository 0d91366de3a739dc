/** The highlight colours: one per stance and for quotes, one per colour of the reader's own highlights. */
import type { MessageKey } from '../shared/i18n.ts';
import { t } from '../shared/i18n.ts';
import { DEFAULT_SETTINGS } from '../shared/settings.ts';
import type { ColourLayer, Settings } from '../shared/settings.ts';

type Colours = Settings['colours'];

const GROUPS: { legend: MessageKey; layers: ColourLayer[] }[] = [
  { legend: 'optionsColoursAnalysis', layers: ['supports', 'opposes', 'mixed', 'neutral', 'unclear', 'quote'] },
  { legend: 'optionsColoursOwn', layers: ['user-yellow', 'user-green', 'user-blue', 'user-pink'] },
];

const LAYER_LABEL: Record<ColourLayer, MessageKey> = {
  supports: 'stanceSupports',
  opposes: 'stanceOpposes',
  mixed: 'stanceMixed',
  neutral: 'stanceNeutral',
  unclear: 'stanceUnclear',
  quote: 'optionsColourQuote',
  'user-yellow': 'highlightYellow',
  'user-green': 'highlightGreen',
  'user-blue': 'highlightBlue',
  'user-pink': 'highlightPink',
};

export function ColourSettings({ colours, onChange }: { colours: Colours; onChange(colours: Colours): void }) {
  const isDefault = Object.entries(DEFAULT_SETTINGS.colours).every(([layer, colour]) => colours[layer as ColourLayer] === colour);
  return (
    <div class="colour-settings">
      <p class="hint">{t('optionsColoursHint')}</p>
      {GROUPS.map(({ legend, layers }) => (
        <fieldset key={legend} class="colour-group">
          <legend>{t(legend)}</legend>
          {layers.map((layer) => (
            <label key={layer} class="colour-row">
              {/* `change`, not `input`: the picker fires input while dragging, and storage.sync limits writes per minute. */}
              <input type="color" name={layer} value={colours[layer]} onChange={(e) => onChange({ ...colours, [layer]: e.currentTarget.value })} />
              <span>{t(LAYER_LABEL[layer])}</span>
            </label>
          ))}
        </fieldset>
      ))}
      <button type="button" class="action" disabled={isDefault} onClick={() => onChange(DEFAULT_SETTINGS.colours)}>
        {t('optionsColoursReset')}
      </button>
    </div>
  );
}
