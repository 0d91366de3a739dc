import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withPolicyVerdict } from '../../../src/engine/detect/policy.ts';
import { readPage } from '../../../src/engine/extract/read-page.ts';
import { blocksFromContent } from '../../../src/engine/extract/blocks.ts';
import { withoutSiteName } from '../../../src/engine/extract/page-meta.ts';
import { docOf, newsPage, prose } from './page-fixtures.ts';

const FIXTURE = readFileSync(new URL('../../fixtures/site/eu-taliban-brussels.html', import.meta.url), 'utf8');

describe('blocks from extracted content', () => {
  it('keeps headings, captions, list items, quotes and code as their own kinds', () => {
    const doc = docOf(`<div>
<h2>What happened</h2>
<p>First   paragraph,
   spread over lines.</p>
<figure><img src="x.jpg"><figcaption>The minister arrives in Brussels.</figcaption></figure>
<blockquote><p>“Quoted first paragraph.”</p><p>Quoted second paragraph.</p></blockquote>
<ul><li>One item</li><li>Two <b>items</b></li></ul>
<pre>let x = 1;</pre>
Loose text at the end<br>after a break.
</div>`);
    const { blocks, truncated } = blocksFromContent(doc.querySelector('div') as Element, 10_000);
    expect(truncated).toBe(false);
    expect(blocks).toEqual([
      { kind: 'heading', text: 'What happened' },
      { kind: 'paragraph', text: 'First paragraph, spread over lines.' },
      { kind: 'caption', text: 'The minister arrives in Brussels.' },
      { kind: 'blockquote', text: '“Quoted first paragraph.”' },
      { kind: 'blockquote', text: 'Quoted second paragraph.' },
      { kind: 'list-item', text: 'One item' },
      { kind: 'list-item', text: 'Two items' },
      { kind: 'preformatted', text: 'let x = 1;' },
      { kind: 'paragraph', text: 'Loose text at the end after a break.' },
    ]);
  });

  it('drops soft hyphens and zero-width characters, and treats a sentence-long <h2> lead as a paragraph', () => {
    const doc = docOf(`<div><h2>The owner of a small bakery described how the new flour levy had eaten away her savings month after month, neighbours said.</h2><p>Oka\u00ADfor\u200B won.</p></div>`);
    const { blocks } = blocksFromContent(doc.querySelector('div') as Element, 10_000);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
    expect(blocks[1]?.text).toBe('Okafor won.');
  });

  it('treats paragraphs styled as captions or credits as captions', () => {
    const doc = docOf(`<div><p class="image-caption">“We will rebuild,” the mayor told residents.</p><div class="credit">Photo: Agency</div><p class="incredible">Body text.</p></div>`);
    const { blocks } = blocksFromContent(doc.querySelector('div') as Element, 10_000);
    expect(blocks.map((b) => b.kind)).toEqual(['caption', 'caption', 'paragraph']);
  });

  it('leaves out paragraphs that are one link (teasers for other stories), and keeps prose with links in it', () => {
    const doc = docOf(`<div>
<p>The harbour board voted to close the old pier, its chair <a href="/chair">Tamsin Orrell</a> said.</p>
<p><strong><a href="/other-story">FERRY FARES TO RISE AGAIN, OPERATOR SAYS: REPORT</a></strong></p>
<p>[ <a href="/older">Pier repairs delayed for a third year</a> ]</p>
<p>Repairs would cost more than the pier earns.</p>
</div>`);
    const { blocks } = blocksFromContent(doc.querySelector('div') as Element, 10_000);
    expect(blocks.map((b) => b.text)).toEqual([
      'The harbour board voted to close the old pier, its chair Tamsin Orrell said.',
      'Repairs would cost more than the pier earns.',
    ]);
  });

  it('stops at the character budget and says so', () => {
    const doc = docOf(`<div>${'<p>Twenty characters..</p>'.repeat(100)}</div>`);
    const walk = blocksFromContent(doc.querySelector('div') as Element, 200);
    expect(walk.truncated).toBe(true);
    expect(walk.blocks.length).toBe(10);
  });
});

describe('readPage', () => {
  it('reads the committed demo article: blocks, title, canonical URL, language, verdicts', () => {
    const url = 'https://ledger.example.eu/world/europe/eu-taliban-brussels.html?utm_source=x';
    const reading = withPolicyVerdict(readPage(docOf(FIXTURE, url), url));
    expect(reading.article.isArticle).toBe(true);
    expect(reading.article.reasons).toContain('schema.org NewsArticle');
    expect(reading.title).toBe('EU invites Taliban delegation to Brussels for talks on migrant returns');
    expect(reading.siteName).toBe('The Brussels Ledger');
    expect(reading.canonicalUrl).toBe('https://ledger.example.eu/world/europe/eu-taliban-brussels.html');
    expect(reading.lang).toBe('en');
    expect(reading.policy).toMatchObject({ isPolicy: true, topic: 'Immigration' });
    const kinds = new Set(reading.text?.blocks.map((b) => b.kind));
    expect(kinds.has('paragraph')).toBe(true);
    expect(kinds.has('caption')).toBe(true);
    // Related links and the footer are not article text.
    expect(reading.text?.text).not.toMatch(/All rights reserved|Related/);
    // Offsets point into the text.
    for (const block of reading.text?.blocks ?? []) {
      expect(reading.text?.text.slice(block.start, block.start + block.text.length)).toBe(block.text);
    }
  });

  it('prefers og:title and og:url, and guesses the language when the page does not declare it', () => {
    const head = `<meta property="og:title" content="Le Parlement adopte la réforme"><meta property="og:url" content="https://journal.example.fr/politique/reforme-adoptee?from=share">`;
    const paragraphs = [
      "Le Parlement a adopté mardi la réforme des retraites après des semaines de débats, et le gouvernement s'en est félicité dans un communiqué.",
      "Les syndicats, qui dénoncent un texte injuste pour les salariés, ont appelé à une nouvelle journée de grève dans toute la France la semaine prochaine.",
      "Selon les députés de l'opposition, le vote a été obtenu sans véritable concertation avec les partenaires sociaux, et ils annoncent un recours.",
      "La ministre du Travail a répondu que la réforme était nécessaire pour garantir l'équilibre du système pour les générations futures.",
      "Dans les rues de Paris, de Lyon et de Marseille, des milliers de manifestants ont défilé pour demander le retrait du texte, sans incident majeur.",
      "Les économistes restent partagés sur les effets de la mesure : certains y voient une économie durable, d'autres un simple report des difficultés.",
      "Le texte doit encore être promulgué par le président de la République, après un examen par le Conseil constitutionnel saisi par les parlementaires.",
    ];
    const html = newsPage({ title: 'Réforme', paragraphs, head }).replace('<html lang="en">', '<html>');
    const url = 'https://journal.example.fr/politique/reforme-adoptee?fbclid=abc&page=1';
    const reading = withPolicyVerdict(readPage(docOf(html, url), url));
    expect(reading.title).toBe('Le Parlement adopte la réforme');
    expect(reading.canonicalUrl).toBe('https://journal.example.fr/politique/reforme-adoptee?from=share');
    expect(reading.lang).toBe('fr');
    expect(reading.policy?.isPolicy).toBe(true);
    expect(reading.policy?.topic).toBe('Labor');
  });

  it('leaves the page it reads untouched', () => {
    const doc = docOf(newsPage({ title: 'A story', paragraphs: [prose('water'), prose('rates')] }));
    const before = doc.documentElement.outerHTML;
    readPage(doc, doc.URL);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('titles', () => {
  it('drops the site name from a <title>, and keeps titles that only look split', () => {
    expect(withoutSiteName('Reederei wehrt sich gegen Hafen-Gebühr | Hafenblatt.de', null)).toBe('Reederei wehrt sich gegen Hafen-Gebühr');
    expect(withoutSiteName('Budget passes after all-night session - The Daily Example News Group', 'The Daily Example News Group')).toBe(
      'Budget passes after all-night session',
    );
    expect(withoutSiteName('Brexit - what happens next for the Irish border', null)).toBe('Brexit - what happens next for the Irish border');
  });
});
