import type { SentenceLayer } from '../core/doc.js';
import { wordKey } from '../knowledge/gazetteer.js';
import type { Lexicon } from '../recognise/lexicon.js';

/** One organisation of the document with its mentions. */
export interface OrgEntity {
  readonly id: string; // reference-knowledge id, or `x:<name>` for one no list knows
  readonly name: string;
  readonly kind: string | null;
  readonly mentions: { start: number; end: number; text: string; rule: string }[];
}

const LOCATIVE_BEFORE = /\b(at|in|into|inside|outside|from|to|near|toward|towards)\s+(the\s+)?$/i;

const AGENCY_TAIL = /^(news agency|state news agency|agency|news service)$/i;

/**
 * Collect the organisations the body names (gazetteer hits) and the agency an article credits,
 * one entity per organisation, mentions in text order.
 */
export function collectOrganisations(text: string, sentences: readonly SentenceLayer[], lexicon: Lexicon, credit: { name: string; start: number; end: number } | null): OrgEntity[] {
  const byId = new Map<string, OrgEntity>();
  const add = (id: string, start: number, end: number, mentionText: string, rule: string) => {
    let org = byId.get(id);
    if (!org) {
      org = { id, name: lexicon.orgName(id) ?? mentionText, kind: lexicon.orgKind(id) ?? null, mentions: [] };
      byId.set(id, org);
    }
    if (!org.mentions.some((m) => m.start === start)) org.mentions.push({ start, end, text: mentionText, rule });
  };
  for (const s of sentences) {
    for (const c of s.chunks) {
      const ref = c.refs.find((r) => r.type === 'ORG');
      if (!ref) continue;
      // named gatherings ("East Asia Summit") are events, not organisations, in news text
      if (/\b(Summit|Meeting|Conference)$/.test(c.text)) continue;
      // "Xinhua news agency": the mention runs over the descriptive tail
      const tail = /^\s+((?:state\s+)?news agency|news service)\b/i.exec(text.slice(c.end, c.end + 30));
      const end = tail && AGENCY_TAIL.test(tail[1] as string) ? c.end + tail[0].length : c.end;
      // A seat of government named as a place ("a dinner at the White House") is no actor.
      if (lexicon.orgKind(ref.id) === 'government-body' && LOCATIVE_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start))) continue;
      add(ref.id, c.start, end, text.slice(c.start, end), c.rule);
    }
  }
  if (credit) {
    const words = credit.name.split(/\s+/);
    const chunks = lexicon.gazetteer.matchAll(words.map(wordKey), words);
    const ref = chunks[0]?.values.find((v) => v.type === 'ORG');
    if (ref) add(ref.id, credit.start, credit.end, credit.name, 'org/source-credit');
  }
  return [...byId.values()].sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}
