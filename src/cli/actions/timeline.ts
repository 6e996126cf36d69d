import { getTimeline, type TimelineView } from '../../store/queries/timeline.js';
import type { TimelineCommandOptions } from '../commands/timeline.js';
import type { CliState } from '../state.js';
import { clip, jsonText, spans, withStore } from './with-store.js';

/** Show an entity's timeline. */
export async function runTimeline(name: string, options: TimelineCommandOptions, state: CliState): Promise<void> {
  const view = await withStore(options.db, (store) => getTimeline(store.db, name, { limit: options.limit, ...(options.from ? { from: options.from } : {}), ...(options.to ? { to: options.to } : {}) }));
  state.io.out(options.json ? jsonText(view) : formatTimeline(view));
}

/** One line per entry: date (marked when it is only the article's), summary, source. */
export function formatTimeline(v: TimelineView): string {
  const total = `${v.total.count}${v.total.exact ? '' : '+'}`;
  const out = [`${v.entity.name}  (${v.entity.id})  ${total} entr${v.total.count === 1 ? 'y' : 'ies'}${v.items.length < v.total.count ? `, first ${v.items.length} shown` : ''}`];
  for (const i of v.items) {
    const date = i.date === null ? 'undated' : i.dated === 'published' ? `${i.date}*` : i.date;
    out.push(`  ${date.padEnd(12)} ${clip(i.summary, 90)}`, `  ${''.padEnd(12)}   ${i.source.article} ${spans(i.source.evidence, 60)}`);
  }
  if (v.items.some((i) => i.dated === 'published')) out.push('  (* the article\'s publication date; the text gives no date of its own)');
  return `${out.join('\n')}\n`;
}
