import { getEntity, type EntityView, type Grouped, type Total } from '../../store/queries/entity.js';
import type { EntitySummary } from '../../store/queries/find-entity.js';
import { mergeEntities, splitEntity, type OverrideResult } from '../../store/queries/overrides.js';
import { Store } from '../../store/store.js';
import type { Source } from '../../store/queries/sources.js';
import type { EntityCommandOptions } from '../commands/entity.js';
import type { CliState } from '../state.js';
import { clip, jsonText, spans, withStore } from './with-store.js';

/** Show an entity. */
export async function runEntity(name: string, options: EntityCommandOptions, state: CliState): Promise<void> {
  const view = await withStore(options.db, (store) => getEntity(store.db, name));
  state.io.out(options.json ? jsonText(view) : formatEntity(view));
}

/** Merge entity B into A. */
export async function runEntityMerge(a: string, b: string, options: EntityCommandOptions, state: CliState): Promise<void> {
  const result = await withWritableStore(options.db, (store) => mergeEntities(store, a, b));
  state.io.out(options.json ? jsonText(result) : formatOverride('merged', result));
}

/** Split names out of an entity. */
export async function runEntitySplit(id: string, names: readonly string[], options: EntityCommandOptions, state: CliState): Promise<void> {
  const result = await withWritableStore(options.db, (store) => splitEntity(store, id, names));
  state.io.out(options.json ? jsonText(result) : formatOverride('split', result));
}

async function withWritableStore<T>(path: string, work: (store: Store) => Promise<T>): Promise<T> {
  const store = Store.open(path);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

function formatOverride(what: string, r: OverrideResult): string {
  const lines = [`${what}; ${r.articles} article${r.articles === 1 ? '' : 's'} relinked (kept in the store and applied to later ingests)`];
  for (const e of r.entities) lines.push(`  ${header(e)}`);
  return `${lines.join('\n')}\n`;
}

function header(e: EntitySummary): string {
  const other = e.aliases.filter((a) => a !== e.name);
  return `${e.name}  (${e.kind} ${e.id}${e.kbId ? `, reference ${e.kbId}` : ''})${other.length ? `  also: ${clip(other.join(', '), 80)}` : ''}`;
}

/** "3 sources 2024-07-04..2024-07-05" and the source lines under it. */
function grouped(g: Grouped, indent: string): string[] {
  const dates = g.first === g.last ? (g.first ?? 'undated') : `${g.first ?? '?'}..${g.last ?? '?'}`;
  return [`${indent}${g.count} source${g.count === 1 ? '' : 's'}, ${dates}`, ...g.sources.map((s) => `${indent}  ${source(s)}`)];
}

function source(s: Source): string {
  return `${s.article}${s.published ? ` (${s.published})` : ''} ${spans(s.evidence, 60)}`;
}

const total = (t: Total) => `${t.count}${t.exact ? '' : '+'}`;

/** The readable entity view. */
export function formatEntity(v: EntityView): string {
  const out = [header(v.entity), `  named in ${total(v.articles)} article${v.articles.count === 1 ? '' : 's'}`];
  if (v.offices.length > 0) {
    out.push('', v.entity.kind === 'person' ? 'offices' : 'office holders');
    for (const o of v.offices) {
      out.push(`  ${v.entity.kind === 'person' ? '' : `${o.person ?? '?'}: `}${o.title}${o.of ? ` of ${o.of}` : ''}`);
      out.push(...grouped(o, '    '));
    }
  }
  if (v.memberships.length > 0) {
    out.push('', 'memberships');
    for (const m of v.memberships) {
      out.push(`  ${m.status}${m.hedged ? ' (hedged)' : ''} of ${m.organisation ?? '?'}${m.since ? ` since ${m.since}` : ''}`);
      out.push(...grouped(m, '    '));
    }
  }
  if (v.events.total.count > 0) {
    out.push('', `events (${total(v.events.total)}${v.events.items.length < v.events.total.count ? `, latest ${v.events.items.length}` : ''})`);
    for (const e of v.events.items) {
      const when = e.date ?? e.dateText ?? 'undated';
      const extra = [e.person ? `by ${e.person}` : '', e.representing && e.role !== 'sent delegate' ? `for ${e.representing}` : '', e.delegate ? `sent ${e.delegate}` : '', e.insteadOf ? `instead of ${e.insteadOf}` : ''].filter(Boolean).join(', ');
      out.push(`  ${e.role}: ${e.event}${e.place ? ` in ${e.place}` : ''}, ${when}${extra ? ` (${extra})` : ''}`);
      out.push(`    ${source(e.source)}`);
    }
  }
  if (v.quotes.total.count > 0) {
    out.push('', `quotes (${total(v.quotes.total)}${v.quotes.items.length < v.quotes.total.count ? `, latest ${v.quotes.items.length}` : ''})`);
    for (const q of v.quotes.items) out.push(`  "${clip(q.text, 100)}"${q.event ? ` (${q.event})` : ''}`, `    ${source(q.source)}`);
  }
  return `${out.join('\n')}\n`;
}
