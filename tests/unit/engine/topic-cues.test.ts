import { describe, expect, it } from 'vitest';
import { compileCues } from '../../../src/engine/detect/cue-matcher.ts';
import { policyVerdict } from '../../../src/engine/detect/policy.ts';
import { WORD_PART_GROUPS, WORD_WEIGHTING, topicFeatures, wordsOf } from '../../../src/engine/detect/topic-features.ts';
import { foldEnding } from '../../../src/engine/lang/en/word-ending.ts';
import { TOPIC_CUES } from '../../../src/engine/lang/topic-cues.ts';
import { articleFromText } from '../../../src/engine/text/article-from-text.ts';

const mass = (f: Record<string, number>) => Object.values(f).reduce((a, b) => a + b, 0);

describe('topic cue tables', () => {
  it('are written as the matcher reads words: lower case, accents folded, patterns of letters', () => {
    for (const [lang, table] of Object.entries(TOPIC_CUES)) {
      for (const key of Object.keys(table)) {
        for (const pattern of key.split(' ')) {
          expect(pattern, `${lang}: ${key}`).toMatch(/^\*?[a-z0-9][a-z0-9'-]*\*?$/);
        }
      }
    }
  });

  it('give every word of an English phrase, the single words the models were fitted on', () => {
    const hits = compileCues({ 'derechos humanos': 'human rights' }).match(wordsOf('Los derechos humanos'));
    expect(hits.map((h) => h.target)).toEqual(['human', 'right']);
  });

  it('find every kind of pattern a table holds, most specific first: exact, prefix, suffix, infix and phrases', () => {
    const matcher = compileCues(
      { gesetz: 'law', 'gesetz*': 'bill', 'klima*': 'climate', '*schutz*': 'protection', verbot: 'ban', '*verbot': 'prohibition', 'stand der dinge': 'status' },
      (english) => english,
    );
    const hits = matcher.match(wordsOf('Klimaschutzgesetz Verbot Waffenverbot Gesetz Gesetzes Stand der Dinge Schutz'));
    expect(hits.map((h) => `${h.shown}→${h.target}`)).toEqual([
      'Klimaschutzgesetz→protection',
      'Klimaschutzgesetz→climate',
      'Verbot→ban',
      'Waffenverbot→prohibition',
      'Gesetz→law',
      'Gesetzes→bill',
      'Stand der Dinge→status',
    ]);
  });

  it('read a word without its French elided article, its inflection ending, ß and œ spelled out', () => {
    const targets = (table: Record<string, string>, text: string, inflections: [string, string][] = []) =>
      compileCues(table, (w) => w, inflections).match(wordsOf(text)).map((h) => h.target);
    expect(targets({ opposition: 'opposition' }, "Le vote de l'opposition")).toEqual(['opposition']);
    expect(targets({ nacion: 'nation' }, 'Las naciones vecinas', [['es', ''], ['s', '']])).toEqual(['nation']);
    expect(targets({ eleicao: 'election' }, 'As eleições gerais', [['oes', 'ao']])).toEqual(['election']);
    expect(targets({ strasse: 'street' }, 'Eine Straße')).toEqual(['street']);
    expect(targets({ coeur: 'heart' }, 'Le cœur')).toEqual(['heart']);
  });

  it('leave a word its table maps to nothing, and a short stem, unread as another word’s inflection', () => {
    const hits = compileCues({ cour: 'court', cours: '', zug: 'train' }, (w) => w, [['e', ''], ['s', '']]).match(wordsOf('Au cours du débat, im Zuge der Reform'));
    expect(hits).toEqual([]);
  });

  it('leave out words whose everyday sense is not the topic word (verb forms, names, idioms, compounds)', () => {
    const misfires: { lang: string; text: string; not: string }[] = [
      { lang: 'de', text: 'Im Zuge der Umstellung wurde die Datenbank erneuert.', not: 'train bank' },
      { lang: 'de', text: 'Ein langer Prozess der Abstimmung mit den Vereinen beginnt.', not: 'trial' },
      { lang: 'de', text: 'Wir brauchen Hilfe beim Umzug.', not: 'aid' },
      { lang: 'de', text: 'Die Kinderbetreuung wird ausgebaut.', not: 'car' },
      { lang: 'fr', text: "Roman Dupuis a accordé un entretien avant l'examen du texte.", not: 'novel accord exam' },
      { lang: 'fr', text: 'Les soins à domicile manquent de personnel.', not: 'car' },
      { lang: 'fr', text: 'Un texte visant à réduire les délais a été adopté.', not: 'visa' },
      { lang: 'es', text: 'La competencia del ministerio llega hasta Río Blanco.', not: 'antitrust river' },
      { lang: 'pt', text: 'O técnico disse que está fazendo o que tinha visto antes.', not: 'coach farm visa' },
      { lang: 'de', text: 'Der Diebstahl wurde gemeldet, die Kandidaten stehen fest, und es handelt sich um eine Einführung.', not: 'steel data trade import' },
      { lang: 'es', text: 'El secretario, paradójicamente, habló de la medición de la costa.', not: 'secret jobless medical' },
      { lang: 'fr', text: "Au cours de l'audition, une importante secrétaire a parlé.", not: 'court audit import secret' },
    ];
    for (const { lang, text, not } of misfires) {
      const features = Object.keys(topicFeatures({ title: '', blocks: [{ kind: 'paragraph', text }], lang }).features);
      for (const word of not.split(' ')) expect(features, `${lang}: ${text}`).not.toContain(`w:${foldEnding(word)}`);
    }
  });

  it('name no feature for a part an ablation switches off (title words, lede and body)', () => {
    const text = { title: 'Farmers protest', blocks: [{ kind: 'paragraph' as const, text: 'Hospital nurses strike.' }], lang: 'en' };
    const withTitleOff = topicFeatures(text, { ...WORD_WEIGHTING, ...WORD_PART_GROUPS['title words'] }).features;
    expect(Object.keys(withTitleOff).sort()).toEqual(['w:hospital', 'w:nurs', 'w:strik']);
    const withLedeAndBodyOff = topicFeatures(text, { ...WORD_WEIGHTING, ...WORD_PART_GROUPS['lede words'], ...WORD_PART_GROUPS['body words'] }).features;
    expect(Object.keys(withLedeAndBodyOff).sort()).toEqual(['w:farmer', 'w:protest']);
  });

  it('give a long page no more say than a short one: the body shares a fixed weight', () => {
    // Made-up words of letters only, each its own feature; enough of them to pass the floor.
    const words = Array.from({ length: WORD_WEIGHTING.bodyFloor + 50 }, (_, i) => `zq${i.toString(26).replace(/\d/g, (d) => 'abcdefghij'[Number(d)] ?? 'a')}`);
    const page = (times: number) => topicFeatures({ title: '', blocks: Array.from({ length: times }, () => ({ kind: 'paragraph' as const, text: words.join(' ') })), lang: 'en' }).features;
    expect(mass(page(2))).toBeCloseTo(mass(page(1)), 6);
  });

  it('spread the body’s weight over all its words, known to the pack or not, as an English page does', () => {
    // One word the German pack knows among many it does not (made-up words of letters only).
    const unknown = Array.from({ length: 3 * WORD_WEIGHTING.bodyFloor }, (_, i) => `zq${i.toString(26).replace(/\d/g, (d) => 'abcdefghij'[Number(d)] ?? 'a')}`);
    const text = ['Krankenhaus', ...unknown].join(' ');
    const features = topicFeatures({ title: '', blocks: [{ kind: 'paragraph', text }], lang: 'de' }).features;
    const { lede, body } = WORD_WEIGHTING;
    expect(features['w:hospital']).toBeCloseTo(lede + body / (unknown.length + 1), 6);
  });

  it('give the few words a language pack knows of a page no more weight than a full page’s words', () => {
    const text = 'Die Krankenhäuser warnen vor Engpässen.';
    const features = topicFeatures({ title: '', blocks: [{ kind: 'paragraph', text }], lang: 'de' }).features;
    const { lede, body, bodyFloor } = WORD_WEIGHTING;
    expect(features['w:hospital']).toBeCloseTo(lede + body / bodyFloor, 6);
  });
});

/** Pages about one policy subject in everyday words, one language at a time. */
const cases: { lang: string; title: string; body: string; topic: string }[] = [
  {
    lang: 'de',
    title: 'Kliniken warnen vor Engpässen in der Pflege',
    body: 'Die Krankenhäuser im Land schlagen Alarm: Es fehlen Pflegekräfte und Ärzte, Patienten warten monatelang auf Operationen. Der Gesundheitsminister kündigte an, die Krankenkassen sollten mehr für die Versorgung zahlen. Die Kliniken verlangen zudem Geld für neue Medikamente.',
    topic: 'Health',
  },
  {
    lang: 'de',
    title: 'Inflation steigt, Zentralbank erhöht die Zinsen',
    body: 'Die Preise sind im vergangenen Monat erneut gestiegen, die Inflation liegt über dem Ziel der Zentralbank. Ökonomen erwarten eine Rezession, die Konjunktur schwächt sich ab. Der Finanzminister verteidigte den Haushalt und lehnte neue Schulden und Steuererhöhungen ab.',
    topic: 'Macroeconomics',
  },
  {
    lang: 'es',
    title: 'Los hospitales públicos piden más médicos',
    body: 'Los hospitales públicos denuncian la falta de médicos y enfermeras, y los pacientes esperan meses para una consulta. El ministerio de Salud prometió contratar personal y comprar vacunas y medicamentos para las clínicas del interior.',
    topic: 'Health',
  },
  {
    lang: 'es',
    title: 'Miles de migrantes esperan en la frontera',
    body: 'Miles de migrantes y refugiados esperan en la frontera norte para pedir asilo. Las autoridades de migración aceleraron las deportaciones, y las organizaciones denuncian que los solicitantes de asilo no reciben visado ni atención.',
    topic: 'Immigration',
  },
  {
    lang: 'fr',
    title: 'Les enseignants en grève contre la réforme des lycées',
    body: "Les enseignants des écoles et des lycées ont fait grève mardi contre la réforme du baccalauréat. Les syndicats d'enseignants dénoncent des classes surchargées, et les élèves et les étudiants se sont joints aux cortèges. Le ministère de l'Éducation promet des postes.",
    topic: 'Education',
  },
  {
    lang: 'fr',
    title: 'Le prix des loyers explose dans les grandes villes',
    body: "Les loyers ont augmenté de dix pour cent en un an, et les locataires peinent à trouver un logement. Les associations réclament la construction de logements sociaux, tandis que les propriétaires s'opposent à l'encadrement des loyers voulu par le gouvernement.",
    topic: 'Housing',
  },
  {
    lang: 'pt',
    title: 'Polícia prende suspeitos de homicídio',
    body: 'A polícia prendeu três suspeitos do homicídio de um comerciante. O Ministério Público apresentou denúncia, e o juiz decretou a prisão preventiva dos acusados, que serão levados a julgamento pelo crime.',
    topic: 'Law and Crime',
  },
  {
    lang: 'pt',
    title: 'Desmatamento na floresta cresce e preocupa ambientalistas',
    body: 'O desmatamento da floresta cresceu no último ano, segundo dados oficiais. Ambientalistas alertam para as emissões de carbono e a perda de espécies, e cobram do governo medidas contra a poluição dos rios e as queimadas.',
    topic: 'Environment',
  },
  {
    lang: 'es',
    title: 'Los productores de soja y maíz piden ayuda',
    body: 'Los productores de soja, trigo y maíz del norte pidieron ayuda al gobierno tras una mala cosecha. La leche también escasea, y las semillas para la próxima siembra cuestan el doble. En las zonas rurales muchos temen perder sus tierras.',
    topic: 'Agriculture',
  },
  {
    lang: 'fr',
    title: 'Les urgences et la psychiatrie à bout de souffle',
    body: 'Faute de lits, les urgences renvoient des personnes vers le privé, et la psychiatrie fait attendre des mois. Les pharmacies manquent de traitements contre le diabète, et les mutuelles augmentent leurs tarifs. Les chirurgiens réclament un plan.',
    topic: 'Health',
  },
];

describe('topic of pages in other languages, by general words', () => {
  for (const { lang, title, body, topic } of cases) {
    it(`${lang}: “${title}” → ${topic}`, () => {
      const verdict = policyVerdict(articleFromText(body, { lang }), title);
      expect(verdict).toMatchObject({ isPolicy: true, topic });
    });
  }
});
