/** The toolbar badge: a quiet sign that the page in this tab is a policy article. */
import browser from 'webextension-polyfill';
import type { PageReading } from '../engine/types.ts';

const BADGE_TEXT = 'POL';
const BADGE_COLOUR = '#115e59';

export async function showReadingOnBadge(tabId: number, reading: PageReading | null): Promise<void> {
  const policy = reading?.policy;
  const isPolicy = Boolean(reading?.article.isArticle && policy?.isPolicy);
  await browser.action.setBadgeText({ tabId, text: isPolicy ? BADGE_TEXT : '' });
  if (isPolicy) {
    await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
    await browser.action.setTitle({ tabId, title: `Policy Lens: ${policy?.topic ?? 'policy article'}. Open the side panel` });
  } else {
    await browser.action.setTitle({ tabId, title: 'Policy Lens: open the side panel' });
  }
}
