/**
 * Evaluate an extractor on a gold set: pair each gold file with its article by file stem, run
 * the extractor with the gold's reference date, score, and sum up.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { DossierError, isDossierError } from '../core/errors.js';
import type { FactsView, GoldFacts } from '../core/facts.js';
import { parseGold } from './gold-file.js';
import type { DocumentScore, EvalProblem, EvalReport } from './report.js';
import { aggregate, scoreDocument } from './score.js';

/** Article extensions tried for a gold stem, in this order. */
export const ARTICLE_EXTENSIONS = ['.txt', '.html', '.htm'] as const;

/** What the extractor receives besides the bytes. */
export interface ExtractFactsOptions {
  /** The reference date: the gold's `published`, else its `assume_published`; absent when neither. */
  readonly published?: string;
  readonly id: string;
  readonly path: string;
}

/** An extractor under evaluation: article bytes in, facts view out. */
export type ExtractFacts = (bytes: Uint8Array, options: ExtractFactsOptions) => FactsView | Promise<FactsView>;

/** Options of {@link runEval}. */
export interface RunEvalOptions {
  /** Directory of gold `*.json` files. */
  readonly goldDir: string;
  /** Directory of articles named like the gold files (`<stem>.txt`, `.html` or `.htm`). */
  readonly articlesDir: string;
  readonly extractFacts: ExtractFacts;
}

function listDir(dir: string, what: string): string[] {
  try {
    return readdirSync(dir);
  } catch (error) {
    throw new DossierError('UNREADABLE_PATH', `cannot read the ${what} directory ${dir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { path: dir, cause: error });
  }
}

function problemOf(id: string, path: string, error: unknown): EvalProblem {
  if (isDossierError(error)) return { id, path: error.path ?? path, code: error.code, message: error.message };
  return { id, path, code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}

/**
 * Run the extractor over every gold file in `goldDir` (sorted by name) and score it.
 * A document that cannot be scored (no article, bad gold file, extraction failed) is listed in
 * `problems` and left out of the totals; the others are still scored.
 * @throws DossierError `UNREADABLE_PATH` when a directory cannot be read, `BAD_GOLD` when the
 *   gold directory holds no `*.json` file.
 */
export async function runEval(options: RunEvalOptions): Promise<EvalReport> {
  const { goldDir, articlesDir, extractFacts } = options;
  const goldFiles = listDir(goldDir, 'gold')
    .filter((f) => extname(f).toLowerCase() === '.json')
    .sort();
  if (goldFiles.length === 0) throw new DossierError('BAD_GOLD', `no gold *.json files in ${goldDir}`, { path: goldDir });
  const articles = new Set(listDir(articlesDir, 'articles'));

  const scores: DocumentScore[] = [];
  const problems: EvalProblem[] = [];
  for (const file of goldFiles) {
    const goldPath = join(goldDir, file);
    const stem = basename(file, extname(file));
    let gold: GoldFacts;
    try {
      gold = parseGold(readFileSync(goldPath, 'utf8'), goldPath);
    } catch (error) {
      problems.push(problemOf(stem, goldPath, error));
      continue;
    }
    const article = ARTICLE_EXTENSIONS.map((ext) => stem + ext).find((name) => articles.has(name));
    if (article === undefined) {
      const tried = ARTICLE_EXTENSIONS.map((ext) => stem + ext).join(', ');
      problems.push({ id: gold.id, path: goldPath, code: 'UNREADABLE_PATH', message: `no article for this gold file: none of ${tried} in ${articlesDir}` });
      continue;
    }
    const articlePath = join(articlesDir, article);
    const published = gold.published ?? gold.assume_published ?? undefined;
    let bytes: Buffer;
    try {
      bytes = readFileSync(articlePath);
    } catch (error) {
      problems.push({ id: gold.id, path: articlePath, code: 'UNREADABLE_PATH', message: `cannot read the article: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
      continue;
    }
    try {
      const predicted = await extractFacts(new Uint8Array(bytes), { id: gold.id, path: articlePath, ...(published ? { published } : {}) });
      scores.push(scoreDocument(predicted, gold));
    } catch (error) {
      problems.push(problemOf(gold.id, articlePath, error));
    }
  }
  return { ...aggregate(scores), problems };
}
