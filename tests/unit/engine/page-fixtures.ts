import { JSDOM } from 'jsdom';

/** A document from HTML, the way the unit tests build pages (no scripts run). */
export function docOf(html: string, url = 'https://news.example.org/world/2026/06/story-slug'): Document {
  return new JSDOM(html, { url }).window.document;
}

/** A real-looking news page around the given body paragraphs: header, navigation, related links, footer. */
export function newsPage(options: { title: string; paragraphs: string[]; head?: string; lang?: string; extraBody?: string }): string {
  const { title, paragraphs, head = '', lang = 'en', extraBody = '' } = options;
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title} | The Daily Example</title>${head}</head>
<body>
<header class="site-header"><a href="/">The Daily Example</a>
<nav><a href="/world/">World</a> <a href="/politics/">Politics</a> <a href="/sport/">Sport</a> <a href="/culture/">Culture</a></nav></header>
<main><article>
<h1>${title}</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
${extraBody}
</article>
<aside class="related"><h2>Related</h2><ul><li><a href="/a">Another story about something else entirely</a></li><li><a href="/b">Yet another story</a></li></ul></aside>
</main>
<footer><p>© The Daily Example. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>`;
}

/** Plausible filler prose: a long paragraph about a given subject. */
export function prose(subject: string, sentences = 4): string {
  const lines = [
    `The debate over ${subject} has continued for months, with officials and residents offering very different accounts of what is at stake.`,
    `Supporters say the changes to ${subject} are overdue and point to figures published earlier this year by independent researchers.`,
    `Critics argue that the plan for ${subject} was rushed through without the consultation that had been promised to local groups.`,
    `A final decision on ${subject} is expected by the close of the year, although several observers expect further delays.`,
    `Local newspapers have followed the story of ${subject} closely, and public meetings have been unusually well attended.`,
  ];
  return Array.from({ length: sentences }, (_, i) => lines[i % lines.length]).join(' ');
}
