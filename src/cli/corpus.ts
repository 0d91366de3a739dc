import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GoldPage } from './scoring.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DEFAULT_CORPUS = resolve(PROJECT_ROOT, '../shared/corpus/dev');

/** Corpus pages without a source.html whose page the project builds itself. */
const PROJECT_PAGES: Record<string, string> = {
  'seed-eu-taliban': join(PROJECT_ROOT, 'tests/fixtures/site/eu-taliban-brussels.html'),
};

export interface CorpusPage {
  id: string;
  htmlPath: string;
  gold: GoldPage & { lang?: string; notes?: string };
}

/** Thrown when the corpus directory is absent: it lives outside the repository. */
export class CorpusMissingError extends Error {
  constructor(dir: string) {
    super(`corpus not found at ${dir}: the eval needs ../shared/corpus, which is not part of the repository`);
  }
}

/** Pages with a gold label and an HTML page, sorted by id; read at run time, never copied into the repo. */
export function listCorpus(dir: string): CorpusPage[] {
  if (!existsSync(dir)) throw new CorpusMissingError(dir);
  const pages: CorpusPage[] = [];
  for (const id of readdirSync(dir).sort()) {
    const goldPath = join(dir, id, 'gold.json');
    if (!existsSync(goldPath)) continue;
    const source = join(dir, id, 'source.html');
    const htmlPath = existsSync(source) ? source : PROJECT_PAGES[id];
    if (!htmlPath || !existsSync(htmlPath)) continue;
    pages.push({ id, htmlPath, gold: JSON.parse(readFileSync(goldPath, 'utf8')) as CorpusPage['gold'] });
  }
  return pages;
}
