import { describe, expect, it } from 'vitest';
import { articleLanguage, guessLanguage, primaryLanguage } from '../../../src/engine/detect/language.ts';
import { policyVerdict } from '../../../src/engine/detect/policy.ts';
import { compileCues } from '../../../src/engine/detect/cue-matcher.ts';
import { wordsOf } from '../../../src/engine/detect/topic-features.ts';
import { foldEnding } from '../../../src/engine/lang/en/word-ending.ts';
import { articleFromText } from '../../../src/engine/text/article-from-text.ts';

function verdictOf(title: string, body: string, lang: string) {
  return policyVerdict(articleFromText(body, { lang }), title);
}

describe('cue matcher', () => {
  const matcher = compileCues({ 'schul*': 'school', '*gesetz': 'law', 'gesetz': 'law', 'medio ambiente': 'environment' });

  it('maps stems, compound ends and phrases of another language to English features', () => {
    const hits = matcher.match(wordsOf('Schulen, das Klimagesetz und el medio ambiente'));
    expect(hits.map((h) => `${h.shown}→${h.target}`)).toEqual(['Schulen→school', 'Klimagesetz→law', 'medio ambiente→environment']);
  });

  it('folds accents and case before matching', () => {
    expect(wordsOf("L'Assemblée NATIONALE").map((w) => w.folded)).toEqual(["l'assemblee", 'nationale']);
  });
});

describe('English word endings', () => {
  it('folds plurals and -ing/-ed forms together', () => {
    expect(['votes', 'voted', 'voting', 'vote'].map(foldEnding)).toEqual(['vot', 'vot', 'vot', 'vot']);
    expect(['bans', 'banned', 'ban'].map(foldEnding)).toEqual(['ban', 'ban', 'ban']);
    expect(['policies', 'business', 'crisis'].map(foldEnding)).toEqual(['policy', 'business', 'crisis']);
  });
});

describe('language', () => {
  it('takes the primary subtag of a declared language', () => {
    expect(primaryLanguage('pt-BR')).toBe('pt');
    expect(primaryLanguage(' EN ')).toBe('en');
    expect(primaryLanguage('')).toBeNull();
    expect(primaryLanguage('x')).toBeNull();
  });

  it('guesses among the languages the engine reads', () => {
    expect(guessLanguage('Der Bundestag hat am Donnerstag das Gesetz beschlossen, und die Opposition ist nicht zufrieden mit dem Ergebnis.')).toBe('de');
    expect(guessLanguage('El Gobierno aprobó la ley que los diputados de la oposición rechazaron por considerar que es injusta para los trabajadores.')).toBe('es');
    expect(guessLanguage('O governo não conseguiu aprovar a reforma no Congresso, e os deputados da oposição comemoraram a derrota do projeto.')).toBe('pt');
    expect(guessLanguage('Too short.')).toBeNull();
  });
});

describe('policy verdict and topic', () => {
  const cases: { lang: string; title: string; body: string; topic: string | null }[] = [
    {
      lang: 'en',
      title: 'Senate passes bill to expand deportation flights',
      body: 'The Senate voted 52 to 48 on Tuesday to pass legislation that would expand deportation flights and fund new detention centers for asylum seekers. Immigration advocates said the bill would separate families, while the administration argued it was needed to secure the border. The House is expected to take up the measure next week.',
      topic: 'Immigration',
    },
    {
      lang: 'fr',
      title: 'Présidentielle : le second tour fixé au 7 mai',
      body: "Le Conseil constitutionnel a validé mercredi la liste des candidats à l'élection présidentielle. Les électeurs se rendront aux urnes pour le premier tour le 23 avril, et le second tour du scrutin aura lieu le 7 mai. Les sondages donnent les deux principaux partis au coude-à-coude.",
      topic: 'Government Operations',
    },
    {
      lang: 'de',
      title: 'Bundestag beschließt neues Klimaschutzgesetz',
      body: 'Der Bundestag hat am Donnerstag das neue Klimaschutzgesetz beschlossen. Die Bundesregierung will die Emissionen von Treibhausgasen bis 2030 deutlich senken. Die Opposition kritisierte, die Ziele für den Verkehr seien zu schwach, Umweltverbände sprachen von einem ersten Schritt.',
      topic: 'Environment',
    },
    {
      lang: 'es',
      title: 'El Gobierno sube el salario mínimo un 8 %',
      body: 'El Consejo de Ministros aprobó este martes la subida del salario mínimo interprofesional, una medida pactada con los sindicatos. La patronal criticó la decisión por su impacto en el empleo, mientras el ministerio de Trabajo defendió que protegerá a los trabajadores con menos ingresos.',
      topic: 'Labor',
    },
    {
      lang: 'pt',
      title: 'Governo anuncia novas tarifas sobre importações de aço',
      body: 'O governo federal anunciou nesta segunda-feira tarifas sobre as importações de aço da China, em resposta a uma disputa comercial. O ministro da Economia disse que a medida protege a indústria nacional, e exportadores temem retaliação no acordo comercial com o Mercosul.',
      topic: 'Foreign Trade',
    },
    {
      lang: 'en',
      title: 'Striker scores twice as United win the derby',
      body: 'The striker scored twice in the second half as United beat their rivals 3-1 at the stadium on Saturday. The head coach praised his teammates after the match and said the club would push for the championship this season. Fans celebrated long after the final whistle.',
      topic: null,
    },
    {
      lang: 'en',
      title: 'Astronomers spot water on a distant planet',
      body: 'Scientists using a space telescope have detected water vapour in the atmosphere of a planet orbiting a nearby star. The researchers, whose study was published in a peer-reviewed journal, said the finding could help explain how planets form. Further observations are planned next year.',
      topic: null,
    },
    {
      lang: 'en',
      title: 'New version of the photo app adds a faster search',
      body: 'The latest version of the photo app, out today for phones and tablets, adds a faster search and a dark mode. Users can now sort albums by place and share them with a link. The developers also fixed a bug that made the app crash when importing large videos from a camera.',
      topic: null,
    },
    {
      lang: 'de',
      title: 'Neue Version der App bringt Passwort-Manager',
      body: 'Die neue Version der App für Mac und iPhone bringt einen eingebauten Passwort-Manager. Nutzer können das Update ab sofort herunterladen. Die Entwickler haben außerdem mehrere Fehler im Browser-Plugin behoben.',
      topic: null,
    },
  ];

  for (const { lang, title, body, topic } of cases) {
    it(`${lang}: “${title}” → ${topic ?? 'not policy'}`, () => {
      const verdict = verdictOf(title, body, lang);
      expect(verdict.isPolicy).toBe(topic !== null);
      expect(verdict.topic).toBe(topic);
      expect(verdict.confidence).toBeGreaterThan(0);
      expect(verdict.confidence).toBeLessThanOrEqual(1);
      if (topic) expect(verdict.signals.length).toBeGreaterThan(0);
    });
  }

  it('explains a topic by the article’s own words that lean to it, not by words every topic shares', () => {
    const verdict = verdictOf(
      'State cuts school budgets as teachers leave',
      'The state government approved cuts to school budgets on Monday. Teachers and parents said classrooms would grow, and the education board warned that students in rural districts would lose their teachers. Officials and police were present at the protest outside the legislature.',
      'en',
    );
    expect(verdict.topic).toBe('Education');
    expect(verdict.signals.map((s) => s.toLowerCase())).toEqual(expect.arrayContaining(['teachers']));
    expect(verdict.signals.map((s) => s.toLowerCase())).not.toEqual(expect.arrayContaining(['government']));
    expect(verdict.signals.map((s) => s.toLowerCase())).not.toEqual(expect.arrayContaining(['police']));
  });

  it('reports the deciding words of another language as the article writes them', () => {
    const verdict = verdictOf('Présidentielle : les électeurs aux urnes', "Les électeurs votent dimanche pour l'élection présidentielle, et les candidats ont fini leur campagne.", 'fr');
    expect(verdict.topic).toBe('Government Operations');
    expect(verdict.signals).toEqual(expect.arrayContaining(['électeurs']));
  });

  it('says which words point away from policy on a page that is not', () => {
    const verdict = verdictOf(
      'Striker scores twice as United win the derby',
      'The striker scored twice in the second half as United beat their rivals at the stadium. The coach praised his players after the game and said the team would push for the championship this season.',
      'en',
    );
    expect(verdict.isPolicy).toBe(false);
    expect(verdict.signals.length).toBeGreaterThan(0);
  });

  it('does not count a minister’s title as the subject (health minister resigns → Government Operations)', () => {
    const verdict = verdictOf(
      'Health minister resigns after breaking lockdown rules',
      'The health minister resigned on Friday after photographs showed him at a party during the lockdown he had imposed. Opposition parties had demanded his resignation, and the prime minister accepted it within hours, calling it a matter of ethics in government.',
      'en',
    );
    expect(verdict).toMatchObject({ isPolicy: true, topic: 'Government Operations' });
  });
});

describe('article language', () => {
  const german = 'Die Bundesregierung hat am Mittwoch ein Gesetz beschlossen, das die Mieten in den Städten begrenzen soll, und die Opposition ist nicht einverstanden.';
  it('keeps a declaration the text agrees with, or one the guesser cannot check', () => {
    expect(articleLanguage('de', german)).toBe('de');
    expect(articleLanguage('ja', german)).toBe('ja');
  });
  it('corrects a template declaration the text plainly contradicts, and fills in a missing one', () => {
    expect(articleLanguage('en', german)).toBe('de');
    expect(articleLanguage(null, german)).toBe('de');
  });
});

describe('policy verdict: a public decision, whatever the domain', () => {
  const stadium = {
    title: 'Council approves public money for the new football stadium',
    body: 'The city council voted on Monday to approve a bond measure that will pay for a new football stadium. The mayor said the law would bring jobs, while the opposition said taxpayers should not fund a club owned by billionaires. The team and its fans celebrated the decision, and the first match could be played there in three seasons.',
  };

  it('a council vote on funding a stadium is policy, though its words are sport’s', () => {
    expect(verdictOf(stadium.title, stadium.body, 'en').isPolicy).toBe(true);
  });

  it('the same stadium without a decision on it is not', () => {
    const verdict = verdictOf(
      'Fans pack the new football stadium for its first match',
      'Fans packed the new football stadium on Saturday for its first match, and the home team won 2-0. The striker scored twice, the coach praised the crowd, and supporters sang long after the final whistle. The club hopes the bigger stands will help it win the league next season.',
      'en',
    );
    expect(verdict.isPolicy).toBe(false);
  });
});
