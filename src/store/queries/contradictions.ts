import type { Db } from '../repo/db.js';
import { STORE_SCOPE } from '../schema.js';
import { scopedGroupViews, type GroupView } from './stories.js';

/** A contradiction with the stories its articles belong to. */
export interface ContradictionView extends GroupView {
  readonly stories: readonly string[];
}

/**
 * Fact groups whose sources contradict each other: those judged within a story, and store-wide
 * ones whose claims come from several stories (a store-wide group within one story would repeat
 * that story's own). Each with its claims, the words every claim cites, and the stories involved.
 */
export async function listContradictions(db: Db, options: { limit?: number; offset?: number; story?: string } = {}): Promise<{ total: number; contradictions: ContradictionView[] }> {
  let base = db.selectFrom('fact_groups').where('verdict', '=', 'contradict');
  if (options.story) base = base.where('scope', 'in', [options.story, `story:${options.story}`]);
  else base = base.where((eb) => eb.or([eb('scope', '!=', STORE_SCOPE), eb('story_count', '>=', 2)]));
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  // Store-wide ones (scope '*') sort first: they span stories.
  const keys = await base
    .select(['scope', 'slot'])
    .orderBy('scope')
    .orderBy('slot')
    .limit(options.limit ?? 50)
    .offset(options.offset ?? 0)
    .execute();
  const groups = await scopedGroupViews(db, keys);
  const storeSlots = keys.filter((k) => k.scope === STORE_SCOPE).map((k) => k.slot);
  const stories =
    storeSlots.length === 0
      ? []
      : await db
          .selectFrom('fact_group_articles as ga')
          .innerJoin('story_articles as s', 's.article_pk', 'ga.article_pk')
          .select(['ga.slot', 's.story_id'])
          .distinct()
          .where('ga.scope', '=', STORE_SCOPE)
          .where('ga.slot', 'in', storeSlots)
          .orderBy('s.story_id')
          .execute();
  const out: ContradictionView[] = groups.map((g) => ({ ...g, stories: g.scope === 'store' ? stories.filter((s) => s.slot === g.slot).map((s) => s.story_id) : [g.scope] }));
  return { total: Number(total?.n ?? 0), contradictions: out };
}
