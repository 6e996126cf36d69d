import type { Evidence, FactsView } from '../../core/facts.js';

const clip = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The sentence-sized snippet an item's first evidence points at. */
function where(text: string, evidence: readonly Evidence[] | undefined): string {
  const e = evidence?.[0];
  if (!e) return '';
  return `  ← "${clip(text.slice(e.start, e.end).replace(/\s+/g, ' '), 60)}" @${e.start}`;
}

/** A readable report of one article's facts, each with the words it rests on. */
export function describeFacts(f: FactsView, text: string): string {
  const out: string[] = [`${f.id}${f.title ? `: ${f.title}` : ''}`, `  published ${f.published ?? 'unknown (relative dates left unresolved)'}`];
  out.push(`  people (${f.people.length})`);
  for (const p of f.people) {
    const offices = p.offices.map((o) => `${o.title}${o.of ? ` of ${o.of}` : ''}`).join('; ');
    out.push(`    ${p.name}${offices ? ` — ${offices}` : ''}${p.mentions.length > 1 ? `  [${p.mentions.join(', ')}]` : ''}`);
  }
  out.push(`  organisations (${f.organizations.length}): ${f.organizations.map((o) => o.name).join('; ') || '—'}`);
  out.push(`  memberships (${f.memberships.length})`);
  for (const m of f.memberships) out.push(`    ${m.member} → ${m.organization}: ${m.status}${m.since ? ` since ${m.since}` : ''}${m.hedged ? ' (hedged)' : ''}${where(text, m.evidence)}`);
  out.push(`  events (${f.events.length})`);
  for (const e of f.events) {
    out.push(`    ${e.id} ${e.kind}: ${e.name}${e.date ? ` on ${e.date}` : e.date_text ? ` (${e.date_text})` : ''}${e.place ? ` in ${e.place}` : ''}`);
    if (e.attendees.length) out.push(`       attended: ${e.attendees.map((a) => `${a.person}${a.representing ? ` (${a.representing})` : ''}`).join('; ')}`);
    for (const d of e.represented_by_delegate) out.push(`       delegate: ${d.delegate} for ${d.country}${d.instead_of ? ` instead of ${d.instead_of}` : ''}`);
    if (e.expected_only.length) out.push(`       expected only: ${e.expected_only.join('; ')}`);
  }
  out.push(`  quotes (${f.quotes.length})`);
  for (const q of f.quotes) out.push(`    ${q.speaker ?? '(unattributed)'}: “${clip(q.text, 80)}”`);
  for (const w of f.warnings ?? []) out.push(`  warning ${w.code}: ${w.message}`);
  return `${out.join('\n')}\n\n`;
}
