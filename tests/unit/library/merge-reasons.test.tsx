// @vitest-environment jsdom
/**
 * Why names are one actor, in the reader's language: reasons are kept as
 * codes with their name forms and put in words by the UI catalogue, here the
 * French one; sentences kept in English by earlier versions show as they are.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { MergeReason, StoredMergeReason } from '../../../src/shared/actors/merge-reasons.ts';
import type { ActorPage } from '../../../src/storage/memory/people-page.ts';
import englishCatalogue from '../../../public/_locales/en/messages.json';
import frenchCatalogue from '../../../public/_locales/fr/messages.json';

type Catalogue = Record<string, { message: string } | undefined>;
const french: Catalogue = frenchCatalogue;

/** `getMessage` answering from the French catalogue, as a browser in French does. */
vi.mock('webextension-polyfill', () => ({
  default: {
    i18n: {
      getMessage: (key: string, substitutions: string[] = []) => (french[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? ''),
    },
  },
}));

const { t } = await import('../../../src/shared/i18n.ts');
const { ENGLISH_MERGE_REASONS, mergeReasonTexts } = await import('../../../src/shared/actors/merge-reasons.ts');
const { identifyActors } = await import('../../../src/shared/actors/identity.ts');
const { ActorPageView } = await import('../../../src/library/people/ActorPageView.tsx');

const NOTHING = async () => [];

function actorPage(reasons: StoredMergeReason[]): ActorPage {
  return { actor: { id: 'person:aurel brisse', name: 'Aurel Brisse', forms: ['Aurel Brisse', 'Brisse'], articleCount: 2 }, issues: [], quotes: [], mentions: [], reasons };
}

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
});

describe('merge reasons in the reader’s language', () => {
  test('the identity rules give codes, which the French catalogue puts in French', () => {
    const [actor] = identifyActors([
      { articleKey: 'a', name: 'Mayor Aurel Brisse', role: null, kind: 'person' },
      { articleKey: 'b', name: 'Brisse', role: null, kind: 'person' },
    ]);
    expect(actor?.reasons.map((r: MergeReason) => r.code)).toEqual(['surname-only-person', 'title-dropped']);
    expect(mergeReasonTexts(actor?.reasons ?? [], t)).toEqual([
      'même nom de famille, et « Aurel Brisse » est la seule personne de ce nom dans vos articles',
      '« Mayor » est un titre, pas une partie du nom « Aurel Brisse »',
    ]);
  });

  test('the People view shows coded reasons in French, an English sentence kept by an earlier version as it is, and skips a code it does not know', () => {
    const reasons = [
      { code: 'reader-merged', params: ['Aurel Brisse', 'A. Brisse'] },
      "same surname, and 'Aurel Brisse' is the only person of that surname in your articles",
      { code: 'from-a-newer-version', params: ['Brisse'] },
    ] as StoredMergeReason[];
    root = document.createElement('div');
    document.body.append(root);
    const actions = { onBack() {}, onExport() {}, onMerge() {}, onSplit() {}, findActors: NOTHING };
    act(() => render(<ActorPageView page={actorPage(reasons)} actions={actions} />, root as HTMLElement));
    expect([...root.querySelectorAll('.actor-merge')].map((li) => li.textContent)).toEqual([
      'vous avez fusionné « Aurel Brisse » et « A. Brisse »',
      "same surname, and 'Aurel Brisse' is the only person of that surname in your articles",
    ]);
  });

  test('the English sentences the Markdown export writes without a browser are the English catalogue’s', () => {
    const english: Catalogue = englishCatalogue;
    for (const [key, sentence] of Object.entries(ENGLISH_MERGE_REASONS)) expect(sentence, key).toBe(english[key]?.message);
  });
});
