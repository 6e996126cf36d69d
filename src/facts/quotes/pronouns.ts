import type { QuoteDoc } from './doc.js';
import { mentionsIn, subjectMention, type MentionAt } from './mentions.js';
import type { SpeakerMention } from './types.js';

/** How many sentences back a pronoun may look for its antecedent. */
const LOOKBACK = 5;

/**
 * The mention a pronoun at token `i` refers to. "he"/"she"/"his"/"her" take a person, "it"/"its"
 * an organisation or country; "they" refers to no one (a group is not one speaker). Search order:
 * the subject of the pronoun's own sentence before it, else the latest person mentioned there;
 * then, sentence by sentence backwards, the subject of that sentence, else its latest mention.
 * Words inside quotations never count ("“Putin is wrong,” he said" is not Putin).
 */
export function resolvePronoun(doc: QuoteDoc, i: number, kind: 'person' | 'thing' | 'plural'): MentionAt | null {
  if (kind === 'plural') return null;
  const accept = (m: SpeakerMention) => (kind === 'person' ? m.kind === 'person' : m.kind !== 'person');
  const sentence = doc.sentenceOf[i] ?? -1;
  if (sentence < 0) return null;
  for (let s = sentence; s >= 0 && s >= sentence - LOOKBACK; s--) {
    const [from, end] = doc.sentenceTokens[s] ?? [0, 0];
    const to = s === sentence ? i : end;
    const subject = subjectMention(doc, from, to, accept);
    if (subject) return subject;
    const any = mentionsIn(doc, from, to).filter((m) => accept(m.mention));
    const latest = any[any.length - 1];
    if (latest) return latest;
  }
  return null;
}
