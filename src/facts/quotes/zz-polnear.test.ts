import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { splitSentences } from '../../nlp/sentences.js';
import { tokenize } from '../../nlp/tokenize.js';
import { findQuotes } from './find-quotes.js';
import { shared } from '../../../test/shared.js';
import type { SpeakerMention } from './types.js';

interface Part { ranges: [number, number][]; text: string }
interface Attr { source: Part[]; cue: Part[]; content: Part[] }
it('polnear', () => {
  const lines = readFileSync(shared('datasets','polnear-test','polnear_test.jsonl'),'utf8').split('\n').filter(Boolean);
  let goldQ = 0, foundQ = 0, predQ = 0, predHit = 0, srcGold = 0, srcHit = 0, srcPred = 0;
  const misses: string[] = []; const fps: string[] = []; const srcMiss: string[] = [];
  for (const line of lines) {
    const d = JSON.parse(line);
    const text: string = d.text;
    const ann: Attr[] = d.annotations_by_annotator[Object.keys(d.annotations_by_annotator).sort()[0]!];
    const paras: {start:number,end:number}[] = [];
    const re = /[^\n]+/g; for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].trim()) paras.push({start:m.index,end:m.index+m[0].length});
    // crude mentions: runs of capitalised words
    const toks = tokenize(text);
    const mentions: SpeakerMention[] = [];
    const STOP = new Set('The A An But And In On At It He She They We I This That If When As For Mr Mrs Ms Dr'.split(' '));
    for (let i = 0; i < toks.length; i++) {
      if (!toks[i]!.upper || toks[i]!.kind !== 'word' || STOP.has(toks[i]!.text)) continue;
      let j = i; while (j + 1 < toks.length && toks[j+1]!.upper && toks[j+1]!.kind === 'word' && text.slice(toks[j]!.end, toks[j+1]!.start) === ' ') j++;
      mentions.push({ start: toks[i]!.start, end: toks[j]!.end, entity: toks[j]!.text, kind: 'person' }); i = j;
    }
    const sentences = splitSentences(text, paras);
    const quotes = findQuotes(text, sentences, mentions);
    // gold direct quotes: content ranges adjacent to a quote mark
    const isMark = (c: string|undefined) => c !== undefined && /[“”"'‘’]/.test(c);
    const golds: { s: number; e: number; src: [number,number][] }[] = [];
    for (const a of ann) for (const c of a.content) for (const [s,e] of c.ranges) {
      const t = text.slice(s,e);
      if (isMark(text[s-1]) || isMark(t[0]) ) golds.push({ s, e, src: a.source.flatMap(x=>x.ranges) });
    }
    const ov = (a0:number,a1:number,b0:number,b1:number) => Math.max(0, Math.min(a1,b1)-Math.max(a0,b0));
    goldQ += golds.length; predQ += quotes.length;
    for (const g of golds) {
      const q = quotes.find(q => ov(q.start,q.end,g.s,g.e) >= 0.5*Math.min(q.end-q.start, g.e-g.s));
      if (q) { foundQ++;
        if (g.src.length) { srcGold++; if (q.source && g.src.some(([s,e]) => ov(s,e,q.source!.start,q.source!.end) > 0)) srcHit++; else srcMiss.push(`${d.filename}: ${text.slice(g.s-60,g.e+60).replace(/\n/g,' ')}\n   GOLD=${g.src.map(([s,e])=>text.slice(s,e)).join('+')} PRED=${q.source?text.slice(q.source.start,q.source.end):'-'} ${q.rule}`); }
      } else misses.push(`${d.filename}: ${text.slice(g.s-30,g.e+10).replace(/\n/g,' ')}`);
    }
    for (const q of quotes) {
      const hit = ann.some(a => a.content.some(c => c.ranges.some(([s,e]) => ov(q.start,q.end,s,e) > 0)));
      if (hit) predHit++; else fps.push(`${d.filename}: ${q.text} [${q.rule}] ${text.slice(q.start-50,q.start).replace(/\n/g,' ')}`);
      if (q.source) srcPred++;
    }
  }
  console.log({ goldQ, foundQ, predQ, predHit, srcGold, srcHit, srcPred });
  console.log('MISSES\n' + misses.slice(0,40).join('\n'));
  console.log('FPS\n' + fps.slice(0,40).join('\n'));
  console.log('SRC MISS\n' + srcMiss.slice(0,80).join('\n'));
});
