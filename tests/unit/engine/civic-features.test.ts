import { describe, expect, it } from 'vitest';
import { CIVIC_PREFIX, civicFeatures } from '../../../src/engine/detect/civic-features.ts';
import { pageWordsOf } from '../../../src/engine/detect/topic-features.ts';

function civicOf(title: string, body: string, lang: string) {
  return civicFeatures(pageWordsOf({ title, blocks: [{ kind: 'paragraph', text: body }], lang }), lang);
}

const classes = (features: Record<string, number>) => Object.keys(features).map((f) => f.slice(CIVIC_PREFIX.length)).sort();

describe('civic features', () => {
  const policy: { lang: string; title: string; body: string }[] = [
    {
      lang: 'en',
      title: 'Lawmakers vote to ban plastic bags',
      body: 'The state senate voted on Thursday to approve a bill that would ban single-use plastic bags. The governor is expected to sign the law, while the opposition said the measure needs a tax credit for small shops.',
    },
    {
      lang: 'de',
      title: 'Landtag beschließt Verbot von Einwegtüten',
      body: 'Der Landtag hat am Donnerstag ein Gesetz beschlossen, das Einwegtüten verbietet. Die Landesregierung will die Abgabe ab dem Sommer erheben, die Opposition kritisierte die Verordnung als zu spät.',
    },
    {
      lang: 'es',
      title: 'El Congreso aprueba la prohibición de bolsas de plástico',
      body: 'Los diputados aprobaron el jueves una ley que prohíbe las bolsas de plástico. El Gobierno aplicará un impuesto a los envases, y la oposición votó en contra de la reforma.',
    },
    {
      lang: 'fr',
      title: "L'Assemblée adopte l'interdiction des sacs plastiques",
      body: "Les députés ont adopté jeudi une loi qui interdit les sacs plastiques. Le gouvernement prépare une taxe sur les emballages, et l'opposition a voté contre la réforme.",
    },
    {
      lang: 'pt',
      title: 'Câmara aprova proibição de sacolas plásticas',
      body: 'Os deputados aprovaram na quinta-feira uma lei que proíbe sacolas plásticas. O governo vai criar um imposto sobre embalagens, e a oposição votou contra a reforma.',
    },
  ];

  for (const { lang, title, body } of policy) {
    it(`${lang}: a page reporting a vote on a law names authorities, a measure and a decision`, () => {
      const features = civicOf(title, body, lang);
      expect(classes(features)).toEqual(['authorities', 'decisions', 'measures', 'title']);
    });
  }

  it('a page about a domain names none', () => {
    const features = civicOf(
      'Oil slips as traders weigh ample supply',
      'Crude prices fell for a third day as traders weighed rising stockpiles against a cold winter. Shares of refiners rose, and analysts expect the price of a barrel to stay near its lows until spring.',
      'en',
    );
    expect(features).toEqual({});
  });

  it('each further mention says less, and a very short page is not thereby certain', () => {
    const once = civicOf('', `The government met. ${'The weather was fine and the crowd was calm. '.repeat(8)}`, 'en');
    const often = civicOf('', `${'The government met. '.repeat(10)}${'The weather was fine and the crowd was calm. '.repeat(8)}`, 'en');
    const tiny = civicOf('', 'The government met.', 'en');
    const rate = (f: Record<string, number>) => f[`${CIVIC_PREFIX}authorities`] ?? 0;
    expect(rate(often)).toBeGreaterThan(rate(once));
    expect(rate(often)).toBeLessThan(10 * rate(once));
    // One word in a three-word page counts as one in forty.
    expect(rate(tiny)).toBeCloseTo(Math.log1p(100 / 40));
  });

  it("uses only the article's language: an English word in a French page is not a cue", () => {
    expect(civicOf('', 'Le bill du magasin était long, et le lawmaker du quartier court vite.', 'fr')).toEqual({});
  });
});
