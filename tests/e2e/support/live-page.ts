/**
 * A long live article for measuring what a missing highlight costs: about
 * 200,000 characters of article text and a clock that ticks every second,
 * as news sites show. The text is generated (the same every time) from
 * sentences written for the tests.
 */
const SUBJECTS = ['The regional council', 'A panel of auditors', 'The transport agency', 'Several mayors', 'The finance committee', 'A coalition of tenants'];
const VERBS = ['reviewed', 'questioned', 'defended', 'postponed', 'amended', 'published'];
const OBJECTS = ['the draft budget for schools', 'a plan to widen the ring road', 'the rules on short-term lets', 'the annual water tariff', 'a grant scheme for small farms', 'the report on hospital staffing'];

/** A highlight that stays on the page. */
export const KEPT_PASSAGE = 'the archive committee kept every letter sent by residents since the flood';
/** A long highlight (the fuzzy search costs in proportion to its length) whose paragraph the publisher later removes. */
export const REMOVED_PASSAGE =
  'the harbour authority quietly dropped its promise to publish the dredging costs, ' +
  'saying that the contractors had asked for their prices to stay private until the next tender, ' +
  'while the fishing cooperative insisted that every invoice paid from the port levy belonged to the public, ' +
  'and two councillors wrote to the ombudsman asking whether the authority could keep such figures from residents at all; ' +
  'the ombudsman replied that a public body paying from a public levy had to show what it paid, ' +
  'but that a tender still under way could justify a delay of a few months, no more, ' +
  'after which the authority would have to release the invoices or explain to the regional assembly why it would not, ' +
  'a step no port authority in the region had taken since the levy was introduced';

function filler(characters: number): string[] {
  const paragraphs: string[] = [];
  let length = 0;
  for (let i = 0; length < characters; i++) {
    const sentences = Array.from({ length: 5 }, (_, j) => {
      const n = i * 5 + j;
      return `${SUBJECTS[n % 6]} ${VERBS[(n * 7) % 6]} ${OBJECTS[(n * 11) % 6]} in session ${n}.`;
    });
    const paragraph = `<p>${sentences.join(' ')}</p>`;
    paragraphs.push(paragraph);
    length += paragraph.length;
  }
  return paragraphs;
}

/** The page, with or without the paragraph of `REMOVED_PASSAGE`. */
export function liveArticleHtml({ withRemovedPassage }: { withRemovedPassage: boolean }): string {
  const body = filler(200_000);
  const half = body.length >> 1;
  body.splice(half, 0, `<p id="kept">In the town hall, ${KEPT_PASSAGE}, a clerk said.</p>`);
  if (withRemovedPassage) body.splice(half + 1, 0, `<p id="removed">Residents learned that ${REMOVED_PASSAGE} last winter.</p>`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Council budget hearings continue | Town Ledger</title>
<meta property="og:type" content="article">
<meta property="og:site_name" content="Town Ledger">
</head>
<body>
<header><p>Local time <span id="clock">00:00:00</span></p></header>
<article>
<h1>Council budget hearings continue</h1>
${body.join('\n')}
</article>
<script>
const clock = document.getElementById('clock');
setInterval(() => { clock.textContent = new Date().toISOString().slice(11, 19); }, 1000);
</script>
</body>
</html>
`;
}
