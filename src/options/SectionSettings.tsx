/** Which sections the panel shows. */
import type { MessageKey } from '../shared/i18n.ts';
import { t } from '../shared/i18n.ts';
import { PANEL_SECTIONS } from '../shared/settings.ts';
import type { PanelSection, Settings } from '../shared/settings.ts';

type Sections = Settings['sections'];

/** The panel's own headings, so the reader recognises them. */
const SECTION_HEADING: Record<PanelSection, MessageKey> = {
  stakeholders: 'sectionStakeholders',
  quotes: 'sectionQuotes',
  highlights: 'sectionHighlights',
  notes: 'sectionNotes',
};

export function SectionSettings({ sections, onChange }: { sections: Sections; onChange(sections: Sections): void }) {
  return (
    <fieldset class="section-settings">
      <legend>{t('optionsSectionsLegend')}</legend>
      {PANEL_SECTIONS.map((section) => (
        <label key={section} class="option-check">
          <input type="checkbox" name={`section-${section}`} checked={sections[section]} onChange={(e) => onChange({ ...sections, [section]: e.currentTarget.checked })} />
          <span>{t(SECTION_HEADING[section])}</span>
        </label>
      ))}
    </fieldset>
  );
}
