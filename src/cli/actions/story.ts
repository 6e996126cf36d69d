import { getStory, type GroupView, type StoryView } from '../../store/queries/stories.js';
import type { StoryCommandOptions } from '../commands/story.js';
import type { CliState } from '../state.js';
import { clip, jsonText, spans, withStore } from './with-store.js';

/** Show one story. */
export async function runStory(id: string, options: StoryCommandOptions, state: CliState): Promise<void> {
  const story = await withStore(options.db, (store) => getStory(store.db, id));
  state.io.out(options.json ? jsonText(story) : formatStory(story, options.all === true));
}

/** The readable story: articles, rewrites, contradictions in full, agreements and unique facts. */
export function formatStory(s: StoryView, all: boolean): string {
  const out: string[] = [`${s.id}  ${s.title ?? '(untitled)'}`];
  out.push(`  published ${s.firstPublished ?? 'undated'}${s.lastPublished && s.lastPublished !== s.firstPublished ? ` to ${s.lastPublished}` : ''}; ${s.articles.length} article${s.articles.length === 1 ? '' : 's'}`);
  out.push('', 'articles');
  for (const a of s.articles) out.push(`  ${a.id}  ${a.published ?? 'undated'}  ${clip(a.title ?? '(untitled)', 70)}${a.path ? `  (${a.path})` : ''}`);
  out.push('', `rewrites (${s.rewrites.length})`);
  if (s.rewrites.length === 0) out.push('  none found');
  for (const r of s.rewrites) {
    const who = r.original ? `${r.original === r.a ? r.b : r.a} rewrites ${r.original}` : `${r.a} and ${r.b} rewrite each other`;
    out.push(`  ${who}  (score ${r.score.toFixed(2)}, ${r.passages.length} aligned passage${r.passages.length === 1 ? '' : 's'}${r.drift.length ? `, ${r.drift.length} drifted fact${r.drift.length === 1 ? '' : 's'}` : ''})`);
    for (const d of r.drift.slice(0, all ? undefined : 5)) out.push(`    ${d.kind}: ${d.label}`);
  }
  const section = (title: string, groups: readonly GroupView[], full: boolean) => {
    out.push('', `${title} (${groups.length})`);
    if (groups.length === 0) out.push('  none');
    if (!full && groups.length > 0) {
      out.push(`  ${groups.slice(0, 8).map((g) => g.label).join('; ')}${groups.length > 8 ? `; … (--all to list them)` : ''}`);
      return;
    }
    for (const g of groups) out.push(...formatGroup(g));
  };
  section('contradictions', s.groups.contradict, true);
  section('agreements', s.groups.agree, all);
  section('stated by one source only', s.groups.unique, all);
  return `${out.join('\n')}\n`;
}

/** A fact group: its label and reason, then one line per claim with the words it cites. */
export function formatGroup(g: GroupView): string[] {
  const lines = [`  ${g.label}${g.reason ? `: ${g.reason}` : ''}`];
  for (const c of g.claims) lines.push(`    ${c.article}: ${c.value}${c.hedged ? ' (hedged)' : ''}  ${spans(c.evidence, 70)}`);
  return lines;
}
