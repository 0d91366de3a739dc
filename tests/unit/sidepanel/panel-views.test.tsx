// @vitest-environment jsdom
/**
 * The panel's analysis views on analyses built here: the question, each
 * position with its object, why a stance on hover and focus, repeats listed
 * once, the one-line empty state, and the error boundary that keeps the rest
 * of the panel when the analysis cannot be shown.
 */
import { render } from 'preact';
import type { ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Analysis, Passage, Quote, Stakeholder } from '../../../src/engine/types.ts';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings.ts';

vi.mock('webextension-polyfill', () => import('../support/english-i18n.ts'));

const { AnalysisBoundary } = await import('../../../src/sidepanel/components/AnalysisBoundary.tsx');
const { AnalysisSections } = await import('../../../src/sidepanel/components/AnalysisSections.tsx');
const { ArticleHeader } = await import('../../../src/sidepanel/components/ArticleHeader.tsx');
const { analyseSafely } = await import('../../../src/sidepanel/state/safe-analysis.ts');

let root: HTMLElement;
beforeEach(() => {
  // The panel reports failures to the console; the tests check what the reader sees.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

function show(node: ComponentChild): HTMLElement {
  act(() => render(node, root));
  return root;
}

let offset = 0;
function passage(text: string): Passage {
  const start = (offset += 100);
  return { text, quote: { type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start, end: start + text.length } };
}

function stakeholder(name: string, over: Partial<Stakeholder> = {}): Stakeholder {
  return { id: name.toLowerCase().replace(/\W+/g, '-'), name, kind: 'person', role: null, stance: 'unclear', on: null, stanceReasons: [], evidence: [], aliases: [], ...over };
}

function quote(text: string, speaker: string | null): Quote {
  return { ...passage(text), id: `q-${text.length}-${offset}`, speaker, stakeholderId: null, score: 1 };
}

function policyAnalysis(over: Partial<Analysis> = {}): Analysis {
  return {
    engineVersion: 'test',
    url: 'https://news.example/tram',
    canonicalUrl: 'https://news.example/tram',
    title: 'Council votes on the tram extension',
    siteName: 'The Example Courier',
    lang: 'en',
    article: { isArticle: true, confidence: 0.9, reasons: ['schema.org NewsArticle'] },
    policy: { isPolicy: true, topic: 'Transportation', confidence: 0.8, signals: ['tram', 'council budget', 'tram'] },
    issue: null,
    quotes: [],
    stakeholders: [],
    truncated: false,
    ...over,
  };
}

const sections = DEFAULT_SETTINGS.sections;
const noReveal = () => {};

describe('the header', () => {
  test('states the question when the engine names one, and says nothing of it otherwise', () => {
    const withIssue = show(<ArticleHeader page={policyAnalysis()} analysis={policyAnalysis({ issue: 'extending the tram line to the airport' })} />);
    expect(withIssue.querySelector('.issue')?.textContent).toBe('The question: extending the tram line to the airport');
    const without = show(<ArticleHeader page={policyAnalysis()} analysis={policyAnalysis()} />);
    expect(without.querySelector('.issue')).toBeNull();
  });

  test('"Why this topic?" lists the words of the article that point to the topic, each once', () => {
    const view = show(<ArticleHeader page={policyAnalysis()} analysis={policyAnalysis()} />);
    expect(view.querySelector('.why p')?.textContent).toBe('Words in this article that point to Transportation:');
    expect([...view.querySelectorAll('.why .signal-words li')].map((li) => li.textContent)).toEqual(['tram', 'council budget']);
  });

  test('a page that is not policy has no topic and no "Why this topic?"', () => {
    const notPolicy = policyAnalysis({ policy: { isPolicy: false, topic: null, confidence: 0.2, signals: ['few policy words'] } });
    const view = show(<ArticleHeader page={notPolicy} analysis={notPolicy} />);
    expect(view.querySelector('.topic')).toBeNull();
    expect(view.querySelector('.why')).toBeNull();
  });
});

describe('positions', () => {
  test('each position names its object: the engine\'s, else the article\'s issue; never a bare side', () => {
    const analysis = policyAnalysis({
      stakeholders: [
        stakeholder('Harbour Authority', { kind: 'organisation', stance: 'opposes', on: 'the new shipping quota' }),
        stakeholder('Mayor Ana Duarte', { stance: 'supports', role: 'mayor' }),
      ],
    });
    const view = show(<AnalysisSections analysis={analysis} sections={sections} onReveal={noReveal} />);
    const lines = [...view.querySelectorAll('.stakeholder .stance')].map((s) => s.textContent?.trim());
    expect(lines).toEqual(['▼ Opposes · the new shipping quota', "▲ Supports · the article's issue"]);
    expect(view.querySelector('.stakeholder[data-stakeholder="Mayor Ana Duarte"] .role')?.textContent).toBe('mayor');
  });

  test('the stance explains itself: what it means, then the engine\'s reasons, as the line\'s description', () => {
    const analysis = policyAnalysis({
      stakeholders: [stakeholder('Harbour Authority', { stance: 'opposes', on: 'the quota', stanceReasons: ['says it "will fight" the quota', 'quoted calling it unfair'] })],
    });
    const view = show(<AnalysisSections analysis={analysis} sections={sections} onReveal={noReveal} />);
    const line = view.querySelector('.stakeholder-line');
    const why = view.querySelector(`#${line?.getAttribute('aria-describedby')}`);
    expect(why?.getAttribute('role')).toBe('tooltip');
    expect(why?.textContent).toContain('Is against what follows the stance');
    expect(why?.textContent).toContain('Why: says it "will fight" the quota; quoted calling it unfair.');
  });

  test('evidence opens on demand, each sentence once per person', () => {
    const caption = 'A dock worker at the harbour gate on Monday.';
    const analysis = policyAnalysis({
      stakeholders: [
        stakeholder('Harbour Authority', { stance: 'opposes', evidence: [passage(caption), passage('The authority said it would appeal.'), passage(caption)] }),
        stakeholder('Dock Union', { kind: 'group', stance: 'supports', evidence: [passage(caption)] }),
      ],
    });
    const view = show(<AnalysisSections analysis={analysis} sections={sections} onReveal={noReveal} />);
    const authority = view.querySelector('.stakeholder[data-stakeholder="Harbour Authority"]')!;
    const details = authority.querySelector<HTMLElement>('.stakeholder-details')!;
    expect(details.hidden).toBe(true);
    act(() => authority.querySelector<HTMLButtonElement>('.stakeholder-line')!.click());
    expect(details.hidden).toBe(false);
    expect(authority.querySelector('.stakeholder-line')?.getAttribute('aria-expanded')).toBe('true');
    expect([...details.querySelectorAll('.evidence')].map((e) => e.textContent)).toEqual([caption, 'The authority said it would appeal.']);
    // The same sentence still counts as the other person's evidence.
    expect(view.querySelector('.stakeholder[data-stakeholder="Dock Union"] .evidence')?.textContent).toBe(caption);
  });

  test('actors whose position is not reported are one line of names, not rows of "Unclear"', () => {
    const analysis = policyAnalysis({
      stakeholders: [stakeholder('Harbour Authority', { stance: 'opposes' }), ...['Port Police', 'Rail Office', 'Ferry Line'].map((n) => stakeholder(n))],
      quotes: [quote('We will not sign this.', 'Harbour Authority')],
    });
    const view = show(<AnalysisSections analysis={analysis} sections={sections} onReveal={noReveal} />);
    expect(view.querySelectorAll('.stakeholder').length).toBe(1);
    expect([...view.querySelectorAll('.also-mentioned li')].map((li) => li.textContent)).toEqual(['Port Police', 'Rail Office', 'Ferry Line']);
  });

  test('a quote printed twice is listed once', () => {
    const analysis = policyAnalysis({ quotes: [quote('We will not sign this.', 'A'), quote('We will  not sign this.', 'A'), quote('Talks go on.', 'B')] });
    const view = show(<AnalysisSections analysis={analysis} sections={sections} onReveal={noReveal} />);
    expect([...view.querySelectorAll('.quote-text')].map((q) => q.textContent)).toEqual(['We will not sign this.', 'Talks go on.']);
  });
});

describe('empty and non-policy pages', () => {
  test('a policy article with nothing to show says so in one line, and still names who it mentions', () => {
    const analysis = policyAnalysis({ stakeholders: ['Port Police', 'Rail Office'].map((n) => stakeholder(n)) });
    const view = show(<AnalysisSections analysis={analysis} sections={sections} onReveal={noReveal} />);
    expect(view.querySelector('.analysis-empty .empty')?.textContent).toBe('No quotes or positions found in this article.');
    expect(view.querySelectorAll('section').length).toBe(0);
    expect(view.querySelectorAll('.also-mentioned li').length).toBe(2);
  });

  test('an article that is not policy says why in the words that decided it, not why it is an article', () => {
    const analysis = policyAnalysis({ policy: { isPolicy: false, topic: null, confidence: 0.1, signals: ['no policy vocabulary', 'sports results'] } });
    const view = show(<AnalysisSections analysis={analysis} sections={sections} onReveal={noReveal} />);
    expect(view.querySelector('.not-policy summary')?.textContent).toBe('Why not policy?');
    expect([...view.querySelectorAll('.not-policy li')].map((li) => li.textContent)).toEqual(['no policy vocabulary', 'sports results']);
    expect(view.textContent).not.toContain('schema.org');
  });
});

describe('when the analysis fails', () => {
  test('an engine that throws gives no analysis and says it failed', () => {
    const reading = { ...policyAnalysis(), policy: null, text: null };
    const outcome = analyseSafely(reading, () => {
      throw new TypeError("Cannot read properties of undefined (reading 'text')");
    });
    expect(outcome).toEqual({ analysis: null, failed: true });
    expect(analyseSafely(null).failed).toBe(false);
  });

  test('a view that throws is replaced, the rest of the panel stays, and the panel is told', () => {
    const failures: unknown[] = [];
    function Broken(): never {
      throw new Error('bad analysis data');
    }
    const view = show(
      <main>
        <AnalysisBoundary onFailure={(e) => failures.push(e)} fallback={<p class="fallback">page title</p>}>
          <Broken />
        </AnalysisBoundary>
        <section class="notes">
          <textarea class="note-body" value="My note" />
        </section>
      </main>,
    );
    expect(view.querySelector('.fallback')?.textContent).toBe('page title');
    expect(view.querySelector<HTMLTextAreaElement>('.notes .note-body')?.value).toBe('My note');
    expect(failures).toHaveLength(1);
  });
});
