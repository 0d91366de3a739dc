import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../src/engine/quotes/find-quotes.ts';
import { articleFromBlocks, articleFromText } from '../../../src/engine/text/article-from-text.ts';
import type { ArticleText, BlockKind } from '../../../src/engine/types.ts';

function quotesOf(article: ArticleText): string[] {
  return findQuoteSpans(article).map((span) => article.text.slice(span.start, span.end));
}

const quotesIn = (text: string, lang: string | null = 'en') => quotesOf(articleFromText(text, { lang }));

describe('findQuoteSpans: quote styles', () => {
  it('reads straight double quotes and drops the attribution comma', () => {
    expect(quotesIn('"I disapprove of the invitation, but I cannot block it," Prévot said.')).toEqual([
      'I disapprove of the invitation, but I cannot block it',
    ]);
  });

  it('reads curly double quotes', () => {
    expect(quotesIn('“These dredgers are the slowest of the slow,” said Owen Tallis.')).toEqual([
      'These dredgers are the slowest of the slow',
    ]);
  });

  it('reads mixed straight and curly marks', () => {
    expect(quotesIn('She said: “We will not back down on this issue" and left.')).toEqual([
      'We will not back down on this issue',
    ]);
  });

  it('reads curly single quotes without stopping at apostrophes', () => {
    expect(quotesIn('‘We don’t think it’s the Afghans’ fault at all,’ the minister said.')).toEqual([
      'We don’t think it’s the Afghans’ fault at all',
    ]);
  });

  it('reads straight single quotes without stopping at apostrophes', () => {
    expect(quotesIn("The minister said: 'It's clear we can't go on like this.'")).toEqual([
      "It's clear we can't go on like this.",
    ]);
  });

  it('reads French guillemets with the spaces inside them', () => {
    expect(quotesIn('« Je n’ai violé aucune consigne », a-t-il estimé.', 'fr')).toEqual(['Je n’ai violé aucune consigne']);
    expect(quotesIn('«\u202FLes consignes du port valent pour chacun\u00A0», a dit le ministre.', 'fr')).toEqual([
      'Les consignes du port valent pour chacun',
    ]);
  });

  it('reads German „…“ and »…« marks', () => {
    expect(quotesIn('„Der Hafenverkehr ist kräftig ins Frühjahr gestartet“, sagte Velkamp.', 'de')).toEqual([
      'Der Hafenverkehr ist kräftig ins Frühjahr gestartet',
    ]);
    expect(quotesIn('Er sagte: »Wir werden das Gesetz nicht ändern.« Dann ging er.', 'de')).toEqual([
      'Wir werden das Gesetz nicht ändern.',
    ]);
    expect(quotesIn('Sie sagte: ›Das ist nicht unsere Aufgabe hier.‹', 'de')).toEqual(['Das ist nicht unsere Aufgabe hier.']);
  });

  it('keeps a nested quotation inside the outer one', () => {
    expect(quotesIn('“He told me ‘this is over’ and then walked out of the room,” she said.')).toEqual([
      'He told me ‘this is over’ and then walked out of the room',
    ]);
  });
});

describe('findQuoteSpans: structure', () => {
  it('splits a quotation interrupted by its attribution into two spans', () => {
    expect(quotesIn('"The storm is here, and we need boats now," Larkow said. "The problem is staffing, and the port has the cash."')).toEqual([
      'The storm is here, and we need boats now',
      'The problem is staffing, and the port has the cash.',
    ]);
  });

  it('gives one span per paragraph of a quotation running over paragraphs', () => {
    const text = [
      'The 61-year-old said: "I am glad to sign on with a crew this proud of its record.',
      '"The deckhands and the trainees have made me welcome.',
      '"Sailing with these people is why I came."',
      'He starts on Saturday.',
    ].join('\n');
    expect(quotesIn(text)).toEqual([
      'I am glad to sign on with a crew this proud of its record.',
      'The deckhands and the trainees have made me welcome.',
      'Sailing with these people is why I came.',
    ]);
  });

  it('offers the mark offsets around the quoted words', () => {
    const article = articleFromText('Prévot said "I cannot block it at all," on Monday.');
    const [span] = findQuoteSpans(article);
    expect(article.text.slice(span!.markStart, span!.markEnd)).toBe('"I cannot block it at all,"');
    expect(span!.blockIndex).toBe(0);
  });

  it('takes blockquoted excerpts and embedded posts without their byline and links', () => {
    const article = articleFromBlocks([
      { kind: 'paragraph', text: 'Varga explained the flaw in a blog post.' },
      { kind: 'blockquote', text: 'The repair for this leak isn’t really that tricky.' },
      { kind: 'blockquote', text: 'These were the repairs that I suggested to Acme 3 years ago.' },
      { kind: 'paragraph', text: 'Others agreed.' },
      { kind: 'blockquote', text: 'Bold colours for a ferry ad. Nobody will miss that poster. https://t.co/Qm7rTbz2Lk' },
      { kind: 'blockquote', text: '— Thomas Wrenfield (@TomWren) March 3, 2031' },
    ]);
    expect(quotesOf(article)).toEqual([
      'The repair for this leak isn’t really that tricky.',
      'These were the repairs that I suggested to Acme 3 years ago.',
      'Bold colours for a ferry ad. Nobody will miss that poster.',
    ]);
  });


  it('reads a quote box that quotes someone itself by its marks: narrative set as a blockquote is no excerpt', () => {
    const spanish = articleFromBlocks(
      [
        { kind: 'paragraph', text: 'La alcaldesa habló del puerto ante el pleno.' },
        { kind: 'blockquote', text: 'La alcaldesa pidió calma a los pescadores del muelle: “Vamos a reabrir la lonja antes del verano”, aseguró.' },
      ],
      { lang: 'es' },
    );
    expect(quotesOf(spanish)).toEqual(['Vamos a reabrir la lonja antes del verano']);
    const post = articleFromBlocks([
      { kind: 'paragraph', text: 'One reader compared the headlines of the day.' },
      { kind: 'blockquote', text: 'Radio North: "The ferry line will close for good" Harbour Daily: "The ferry line is safe for now"' },
    ]);
    expect(quotesOf(post)).toEqual(['The ferry line will close for good', 'The ferry line is safe for now']);
  });
  it('ignores headings, captions and code', () => {
    const blocks: { kind: BlockKind; text: string }[] = [
      { kind: 'heading', text: '"We write in haste to all of you"' },
      { kind: 'caption', text: '"We will win this fight," she said in May.' },
      { kind: 'blockquote', text: '{"rekt": [[[[], []], [[], []]], {"a": 1, "b": 2}]}' },
      { kind: 'preformatted', text: 'console.log("this is not a quotation at all");' },
    ];
    expect(quotesOf(articleFromBlocks(blocks))).toEqual([]);
  });

  it('drops the seed pull quote with doubled marks that repeats the body', () => {
    const text = [
      'Maxime Prévot expressed his opposition. "I disapprove of the invitation of the Taliban to Brussels, but I cannot block it," Prévot said [5].',
      'Critics argue that hosting the delegation provides legitimacy.',
      '“"I disapprove of the invitation of the Taliban to Brussels, but I cannot block it,"”',
    ].join('\n');
    expect(quotesIn(text)).toEqual(['I disapprove of the invitation of the Taliban to Brussels, but I cannot block it']);
  });

  it('keeps the attributed copy when a pull quote comes first', () => {
    const article = articleFromText(
      [
        '“"We cannot accept a deal that returns people to danger,"”',
        'The talks resumed on Monday.',
        '“We cannot accept a deal that returns people to danger.”',
        'That was Anna Berg, speaking for the refugee council.',
      ].join('\n'),
    );
    const spans = findQuoteSpans(article);
    expect(spans.map((s) => article.text.slice(s.start, s.end))).toEqual(['We cannot accept a deal that returns people to danger.']);
    expect(spans[0]!.blockIndex).toBe(2);
  });

  it('reads a doubled-mark quotation cleanly when it is the only one', () => {
    expect(quotesIn('Prévot said: “"I disapprove of the invitation, but I cannot block it,"”')).toEqual([
      'I disapprove of the invitation, but I cannot block it',
    ]);
  });

  it('reads doubled straight marks and wrong-way curly marks as one quotation', () => {
    expect(quotesIn('He said: ""We will never accept this outcome at all,"" and left.')).toEqual([
      'We will never accept this outcome at all',
    ]);
    expect(quotesIn('He said: “We will never accept this outcome at all“ and left.')).toEqual([
      'We will never accept this outcome at all',
    ]);
    expect(quotesIn('Han sa: ”Vi kommer aldrig att acceptera detta resultat” och gick.', 'sv')).toEqual([
      'Vi kommer aldrig att acceptera detta resultat',
    ]);
  });

  it('drops a blockquote pull quote that repeats a body quotation', () => {
    const article = articleFromBlocks([
      { kind: 'paragraph', text: '“Climate change is measured over a long period of time,” Tenhagen explains.' },
      { kind: 'blockquote', text: 'Climate change is measured over a long period of time' },
      { kind: 'paragraph', text: 'The record is being checked.' },
    ]);
    expect(quotesOf(article)).toEqual(['Climate change is measured over a long period of time']);
  });
});

describe('findQuoteSpans: what is not a quotation', () => {
  it('treats apostrophes as apostrophes', () => {
    expect(quotesIn("It's the Afghans' rights that don't count, and rock 'n' roll isn't policy.")).toEqual([]);
  });

  it('drops quotations under four words and scare quotes', () => {
    expect(quotesIn('He called it "distressing" and spoke of "deal fatigue" at length.')).toEqual([]);
    expect(quotesIn('The mission relies on "leak detection, sealing and pumping" to keep vessels afloat.')).toEqual([]);
  });

  it('keeps short quoted phrases that someone said', () => {
    expect(quotesIn('Mr Kastrel said worries were "reasonable and merit close scrutiny" but insisted the work was on track.')).toEqual([
      'reasonable and merit close scrutiny',
    ]);
    expect(quotesIn('The fare is “as cheap as I’ve ever known.”')).toEqual(['as cheap as I’ve ever known.']);
  });

  it('drops titles of works, signs, slogans and imagined speech', () => {
    expect(quotesIn('Dockers played “We Won’t Back Down Today” from the quay.')).toEqual([]);
    expect(quotesIn('Many held banners with slogans such as, “Fewer Tolls on Bridges, More Boats on Canals.”')).toEqual([]);
    expect(quotesIn('New posters appeared this week: “Cheaper fares. Same fast ferries,” reads one.')).toEqual([]);
    expect(quotesIn('He doubled down on the \'rivers, we\'ve got this\' campaign this week.')).toEqual([]);
    expect(quotesIn('She grinned as if to say "Did you really think you won?" and went on.')).toEqual([]);
    expect(quotesIn('Her new book "The Long Road Back Home" sold well.')).toEqual([]);
  });

  it('drops headline teasers and related links', () => {
    const article = articleFromBlocks([
      { kind: 'list-item', text: "'We will not resign over this,' says embattled minister" },
      { kind: 'paragraph', text: 'Related: "We will not resign over this," says embattled minister' },
      { kind: 'list-item', text: 'The minister said: "We will not resign over this, whatever happens."' },
    ]);
    expect(quotesOf(article)).toEqual(['We will not resign over this, whatever happens.']);
  });

  it('drops links to other stories in Spanish and in square brackets', () => {
    const article = articleFromBlocks(
      [
        { kind: 'paragraph', text: 'Lea más: El alcalde sobre el cierre del puerto: “Los barcos saldrán a su hora mañana”' },
        { kind: 'paragraph', text: '[ ‘Vamos a cerrar la lonja hasta que nos paguen’: la amenaza del gremio al puerto ]' },
        { kind: 'paragraph', text: 'El alcalde dijo: “Los barcos saldrán a su hora mañana y el lunes”.' },
      ],
      { lang: 'es' },
    );
    expect(quotesOf(article)).toEqual(['Los barcos saldrán a su hora mañana y el lunes']);
  });

  it('drops the quoted theme of a meeting', () => {
    expect(quotesIn('Die Ministerin sprach auf einer Tagung zum Thema „Neue Wege für kleine Häfen“.', 'de')).toEqual([]);
  });

  it('drops an opening mark that never closes', () => {
    expect(quotesIn('He wrote 12" of text and then "the rest was never finished\nNext paragraph here.')).toEqual([]);
  });
});

describe('findQuoteSpans: hostile input', () => {
  // A search that went quadratic would never end here: the timeout is a runaway guard, not a speed bound.
  it('stays bounded on 5,000 quotations, unbalanced marks and a megabyte of text', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `"Quote number ${i} is right here," she said.`).join(' ');
    const unbalanced = '“ „ « ‹ \' " ” » › ‘ ’ '.repeat(20_000);
    const megabyte = 'word '.repeat(200_000) + '"' + 'x '.repeat(10_000);
    expect(findQuoteSpans(articleFromText(many))).toHaveLength(5000);
    findQuoteSpans(articleFromText(unbalanced));
    findQuoteSpans(articleFromText(megabyte));
    findQuoteSpans(articleFromBlocks([{ kind: 'blockquote', text: 'https://t.co/a '.repeat(50_000) + 'end' }]));
    findQuoteSpans(articleFromText('He listed "one two three four" '.repeat(5000)));
  }, 60_000);
});

describe('findQuoteSpans: labels need the right context', () => {
  it('keeps speech introduced after a title word and a colon or reporting verb', () => {
    expect(quotesIn('In his book, he wrote: “Power is never given, it is taken.”')).toEqual(['Power is never given, it is taken.']);
    expect(quotesIn('Protesters waved signs as the minister said “we will never give in”.')).toEqual(['we will never give in']);
    expect(quotesIn('He refused to sign a deal that would “destroy our farmers and our future”.')).toEqual([
      'destroy our farmers and our future',
    ]);
  });

  it('does not mistake the next sentence for a label', () => {
    expect(quotesIn('“We will fight this in every court.” Law enforcement officers arrived soon after.')).toEqual([
      'We will fight this in every court.',
    ]);
  });
});

describe('findQuoteSpans: short quotations in other languages', () => {
  it('knows German, French and Spanish attribution', () => {
    expect(quotesIn('Die Regierung plane „keine weiteren Steuererhöhungen in diesem Jahr“, so Kraus.', 'de')).toEqual([
      'keine weiteren Steuererhöhungen in diesem Jahr',
    ]);
    expect(quotesIn('Der Minister nannte die Pläne „einen Schlag ins Gesicht der Beschäftigten“.', 'de')).toEqual([
      'einen Schlag ins Gesicht der Beschäftigten',
    ]);
    expect(quotesIn('Le Premier ministre a jugé la situation « extrêmement préoccupante pour les Français ».', 'fr')).toEqual([
      'extrêmement préoccupante pour les Français',
    ]);
    expect(quotesIn('El presidente aseguró que «no habrá más recortes en sanidad».', 'es')).toEqual(['no habrá más recortes en sanidad']);
  });

  it('keeps a short German quotation in the mood of reported speech (Konjunktiv I), with no reporting verb', () => {
    expect(quotesIn('Die neue Fährordnung habe „keinen Nutzen für die Inseln“.', 'de')).toEqual(['keinen Nutzen für die Inseln']);
    expect(quotesIn('Der Umbau des Hafens bleibe nach seinen Worten „eine Last für alle Fischer“.', 'de')).toEqual(['eine Last für alle Fischer']);
  });

  it('knows the reporting verbs of the article’s language pack', () => {
    expect(quotesIn('La alcaldesa recalcó que el cierre del puerto era “un error sin remedio”.', 'es')).toEqual(['un error sin remedio']);
    expect(quotesIn('The harbour master reiterated that the new timetable was “a very costly mistake”.', 'en')).toEqual(['a very costly mistake']);
  });

  it('reads only the article’s own language for speech cues: another language’s verb is an ordinary word here', () => {
    // "segundo" credits a source in Portuguese and means "second" in Spanish; "dice" reports speech in Spanish only.
    expect(quotesIn('El segundo “plan de obras del puerto” llegó tarde al pleno.', 'es')).toEqual([]);
    expect(quotesIn('A second roll of the dice gave the club “a very lucky break”.', 'en')).toEqual([]);
    expect(quotesIn('O segundo “plano de obras do porto” chegou tarde.', 'pt')).toEqual(['plano de obras do porto']);
  });

  it('knows the speech nouns of the article’s language pack', () => {
    expect(quotesIn('In der Pressemitteilung des Verbands ist das Vorhaben „ein Schritt in die falsche Richtung“.', 'de')).toEqual([
      'ein Schritt in die falsche Richtung',
    ]);
    expect(quotesIn('En un comunicado, el sindicato vio en la reforma “un paso en falso”.', 'es')).toEqual(['un paso en falso']);
    expect(quotesIn('Em nota, o sindicato viu na reforma “um passo em falso”.', 'pt')).toEqual(['um passo em falso']);
  });

  it('drops labels in German, where nouns are capitalised anyway', () => {
    expect(quotesIn('Das Gesetz soll „Sicherheits-Regeln für Private Häfen“ einführen.', 'de')).toEqual([]);
  });
});

describe('findQuoteSpans: nested single marks at the edges', () => {
  it('keeps a nested single quotation that opens the quotation', () => {
    expect(quotesIn('“‘Fake news’ is what they call anything they dislike,” he said.')).toEqual([
      '‘Fake news’ is what they call anything they dislike',
    ]);
  });
});

describe('findQuoteSpans: embedded posts flattened into paragraphs', () => {
  it('reads a paragraph that ends with a post byline, or is followed by one, as a quotation', () => {
    const article = articleFromText(
      [
        'Others mocked the campaign online.',
        'Bold colours for a ferry ad. Nobody will miss that poster. pic.twitter.com/Qm7rTbz2Lk — Thomas Wrenfield (@TomWren) March 3, 2031',
        'We must bring a spirit of fairness to harbour policing.',
        '— Sen. Orla Penhallow (@orlap) March 4, 2031',
      ].join('\n'),
    );
    expect(quotesOf(article)).toEqual([
      'Bold colours for a ferry ad. Nobody will miss that poster.',
      'We must bring a spirit of fairness to harbour policing.',
    ]);
  });
});
