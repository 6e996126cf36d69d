import { getOrg, type OrgView } from '../../store/queries/org.js';
import type { OrgCommandOptions } from '../commands/org.js';
import type { CliState } from '../state.js';
import { clip, jsonText, spans, withStore } from './with-store.js';

/** Show an organisation's members. */
export async function runOrg(name: string, options: OrgCommandOptions, state: CliState): Promise<void> {
  const view = await withStore(options.db, (store) => getOrg(store.db, name));
  state.io.out(options.json ? jsonText(view) : formatOrg(view));
}

/** Members by status, then what each article states. */
export function formatOrg(v: OrgView): string {
  const o = v.organisation;
  const other = o.aliases.filter((a) => a !== o.name);
  const out = [`${o.name}  (${o.id})${other.length ? `  also: ${clip(other.join(', '), 80)}` : ''}`];
  if (v.statuses.length === 0) out.push('  no article in the store states a member');
  for (const s of v.statuses) {
    out.push('', `${s.status} (${s.members.length})`);
    for (const m of s.members) {
      out.push(`  ${m.member ?? '?'}${m.since ? ` since ${m.since}` : ''}  ${m.count} source${m.count === 1 ? '' : 's'}: ${m.sources.map((x) => `${x.article} ${spans(x.evidence, 50)}`).join('; ')}`);
    }
  }
  if (v.articles.items.length > 0) {
    out.push('', `what each article states (${v.articles.more ? `latest ${v.articles.items.length} articles` : `${v.articles.items.length} article${v.articles.items.length === 1 ? '' : 's'}`})`);
    for (const a of v.articles.items) {
      out.push(`  ${a.article}${a.published ? ` (${a.published})` : ''}: ${a.members.map((m) => `${m.member ?? '?'} ${m.status}${m.hedged ? ' (hedged)' : ''}${m.since ? ` since ${m.since}` : ''}`).join(', ')}`);
    }
  }
  return `${out.join('\n')}\n`;
}
