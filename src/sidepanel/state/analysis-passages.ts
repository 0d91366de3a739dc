/**
 * Draws the analysis on the page: pull quotes in their speaker's stance
 * colour (or the quote colour when the speaker has none) and the evidence
 * sentences behind each stance, labelled with who and where they stand.
 */
import { useEffect } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Analysis, Stakeholder } from '../../engine/types.ts';
import { stanceName, t } from '../../shared/i18n.ts';
import { fittedQuote, PANEL_PORT } from '../../shared/messages.ts';
import type { DrawnPassage } from '../../shared/messages.ts';
import { sendToTab } from '../../shared/runtime.ts';

export function analysisPassages(analysis: Analysis): DrawnPassage[] {
  const stakeholders = new Map(analysis.stakeholders.map((s) => [s.id, s]));
  const passages: DrawnPassage[] = analysis.quotes.map((quote) => {
    const owner = quote.stakeholderId ? stakeholders.get(quote.stakeholderId) : undefined;
    return {
      id: quote.id,
      layer: owner && owner.stance !== 'unclear' ? owner.stance : 'quote',
      quote: fittedQuote(quote.quote),
      label: owner ? whereTheyStand(owner) : t('quoteLabel', quote.speaker ?? t('speakerNotNamed')),
    };
  });
  for (const stakeholder of analysis.stakeholders) {
    stakeholder.evidence.forEach((evidence, i) =>
      passages.push({
        id: `${stakeholder.id}-e${i}`,
        layer: stakeholder.stance,
        quote: fittedQuote(evidence.quote),
        label: whereTheyStand(stakeholder),
      }),
    );
  }
  return passages;
}

/** "Maxime Prévot · opposes", shown when the reader points at the passage on the page. */
function whereTheyStand(stakeholder: Stakeholder): string {
  return `${stakeholder.name} · ${stanceName(stakeholder.stance).toLowerCase()}`;
}

/** Keep the page's analysis highlights in step with the panel (and its "Show on page" toggle). */
export function useAnalysisOnPage(tabId: number | null, analysis: Analysis | null, visible: boolean): void {
  // While this port is open the content script keeps the drawings; closing the panel closes it.
  useEffect(() => {
    if (tabId === null) return undefined;
    let port: ReturnType<typeof browser.tabs.connect> | null = null;
    try {
      port = browser.tabs.connect(tabId, { name: PANEL_PORT });
    } catch {
      // No content script in that tab.
    }
    return () => port?.disconnect();
  }, [tabId]);

  useEffect(() => {
    if (tabId === null) return;
    const passages = visible && analysis ? analysisPassages(analysis) : [];
    sendToTab(tabId, { type: 'draw-passages', set: 'analysis', passages }).catch(() => {
      // The tab shows a page without our content script: nothing to draw on.
    });
  }, [tabId, analysis, visible]);
}
