/** The toolbar badge: a quiet sign that the page in this tab is a policy article. */
import browser from 'webextension-polyfill';
import type { PageReading } from '../engine/types.ts';
import { t, topicName } from '../shared/i18n.ts';

const BADGE_TEXT = 'POL';
const BADGE_COLOUR = '#115e59';

export async function showReadingOnBadge(tabId: number, reading: PageReading | null): Promise<void> {
  const policy = reading?.policy;
  const isPolicy = Boolean(reading?.article.isArticle && policy?.isPolicy);
  await browser.action.setBadgeText({ tabId, text: isPolicy ? BADGE_TEXT : '' });
  if (isPolicy) {
    await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
    const topic = policy?.topic ? topicName(policy.topic) : t('topicUnknown');
    await browser.action.setTitle({ tabId, title: t('actionTitleTopic', topic) });
  } else {
    await browser.action.setTitle({ tabId, title: t('actionTitle') });
  }
}
