import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { extract, toFacts } from '../src/extract/extract.js';
import { read } from '../src/read/read.js';
import { listArticleFiles } from '../src/read/sources.js';
import { reconcileCorpus } from '../src/reconcile/index.js';
import { ingest } from '../src/store/ingest/ingest.js';
import { planIngest } from '../src/store/ingest/tasks.js';
import { Store } from '../src/store/store.js';

// The store runs reconciliation online, article by article, reading back only the candidates it
// needs; reconcileCorpus is the in-memory reference of the same flow. On the project's own
// fixtures (eight summits, several reports each) both must reach the same stories, rewrite links
// and contradictions, whatever the batch size.
const ARTICLES = fileURLToPath(new URL('./fixtures/articles', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dossier-reference-'));
const stores: Store[] = [];
afterAll(async () => {
  for (const s of stores) await s.close();
});

function reference() {
  const inputs = listArticleFiles(ARTICLES).map((path) => {
    const article = read(readFileSync(path), { path });
    return { id: article.id, text: article.text, facts: toFacts(extract(article)), boilerplate: article.boilerplate };
  });
  return reconcileCorpus(inputs);
}

async function stored(batchSize: number) {
  const store = Store.open(join(dir, `b${batchSize}.db`), { create: true });
  stores.push(store);
  const summary = await ingest(store, planIngest([ARTICLES], () => new Uint8Array()).tasks, { jobs: 1, batchSize });
  expect(summary.failures).toEqual([]);
  const db = store.db;
  const members = await db.selectFrom('story_articles as s').innerJoin('articles as a', 'a.pk', 's.article_pk').select(['s.story_id', 'a.id']).orderBy('s.story_id').orderBy('s.position').execute();
  const rewrites = await db.selectFrom('rewrites as r').innerJoin('articles as a', 'a.pk', 'r.a_pk').innerJoin('articles as b', 'b.pk', 'r.b_pk').select(['a.id as a', 'b.id as b']).execute();
  const contradictions = await db.selectFrom('fact_groups').select(['scope', 'slot']).where('verdict', '=', 'contradict').where('scope', '!=', '*').execute();
  return { members, rewrites, contradictions };
}

const partition = (groups: Iterable<readonly string[]>) => [...groups].map((g) => [...g].sort().join(' ')).sort();

describe('ingest against the in-memory reference of reconciliation', () => {
  const ref = reference();

  for (const batchSize of [3, 200]) {
    it(`reaches the reference's stories, rewrites and contradictions (batches of ${batchSize})`, async () => {
      const got = await stored(batchSize);
      const byStory = new Map<string, string[]>();
      for (const m of got.members) byStory.set(m.story_id, [...(byStory.get(m.story_id) ?? []), m.id]);
      expect(partition(byStory.values())).toEqual(partition(ref.stories.map((s) => s.articles)));
      expect(ref.stories.length).toBeLessThan(19); // the fixtures do form stories

      const pairs = (links: readonly { a: string; b: string }[]) => links.map((l) => [l.a, l.b].sort().join(' ')).sort();
      expect(pairs(got.rewrites)).toEqual(pairs(ref.rewrites));
      expect(ref.rewrites.length).toBeGreaterThan(0);

      const refContradictions = ref.groups.filter((g) => g.verdict === 'contradict').map((g) => `${g.scope}|${g.slot}`).sort();
      expect(got.contradictions.map((c) => `${c.scope}|${c.slot}`).sort()).toEqual(refContradictions);
      expect(refContradictions.length).toBeGreaterThan(0);
    });
  }
});
