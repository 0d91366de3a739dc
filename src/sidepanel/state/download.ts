/** Saving a file from an extension page without the `downloads` permission: a Blob URL and a clicked `<a download>`. */

export function downloadText(fileName: string, text: string, type: 'application/json' | 'text/markdown'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; revoke it on the next turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file name from an article title: "EU invites Taliban…" → "eu-invites-taliban.md". */
export function fileNameFor(title: string, extension: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${slug || 'policy-lens-notes'}.${extension}`;
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
