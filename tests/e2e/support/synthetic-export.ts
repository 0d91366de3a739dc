/** A JSON export made up for import tests and the import bench: `notes` notes spread over `articles` articles. */
export function syntheticExport({ articles: articleCount, notes: noteCount, body }: { articles: number; notes: number; body: string }): string {
  const articles = Array.from({ length: articleCount }, (_, i) => ({
    key: `https://synthetic.example/story/${i}`,
    url: `https://synthetic.example/story/${i}`,
    title: `Synthetic story ${i}`,
    siteName: 'Synthetic',
    topic: null,
    stakeholders: [],
    createdAt: i,
    updatedAt: i,
  }));
  const notes = Array.from({ length: noteCount }, (_, i) => ({
    id: `synthetic-${i}`,
    articleKey: articles[i % articleCount]?.key,
    body: `${body} ${i}`,
    tags: [],
    attachment: null,
    createdAt: i,
    updatedAt: i,
    deletedAt: null,
  }));
  return JSON.stringify({ format: 'policy-lens-notes', version: 1, articles, notes, highlights: [] });
}
