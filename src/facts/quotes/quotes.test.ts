import { describe, expect, it } from 'vitest';
import type { Span } from '../../core/article.js';
import { splitSentences } from '../../nlp/sentences.js';
import { findQuotes } from './find-quotes.js';
import type { QuoteFact, SpeakerMention } from './types.js';

type Kind = SpeakerMention['kind'];

/** Paragraphs are the non-empty lines. */
function paragraphsOf(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].trim()) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/** Every whole-word occurrence of each name, longest names first, as a mention of its entity. */
function mentionsOf(text: string, names: Record<string, [string, Kind]>): SpeakerMention[] {
  const found: SpeakerMention[] = [];
  for (const name of Object.keys(names).sort((a, b) => b.length - a.length)) {
    const [entity, kind] = names[name] as [string, Kind];
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + name.length;
      if (!found.some((f) => f.start < end && start < f.end)) found.push({ start, end, entity, kind });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function quotesOf(text: string, names: Record<string, [string, Kind]> = {}): QuoteFact[] {
  const quotes = findQuotes(text, splitSentences(text, paragraphsOf(text)), mentionsOf(text, names));
  for (const q of quotes) {
    // The contract every quote keeps.
    expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(q.evidence[0]).toEqual({ start: q.start, end: q.end });
    if (q.cue) expect(text.slice(q.cue.start, q.cue.end).toLowerCase()).toBe(q.cue.verb);
  }
  return quotes;
}

const brief = (q: QuoteFact) => ({ text: q.text, speaker: q.speaker, cue: q.cue?.verb ?? null });

const PEOPLE: Record<string, [string, Kind]> = {
  'Anna Lind': ['p1', 'person'],
  Lind: ['p1', 'person'],
  'Tomas Berg': ['p2', 'person'],
  Berg: ['p2', 'person'],
  'Maria Lopez': ['p3', 'person'],
  Lopez: ['p3', 'person'],
  'Ivan Petrov': ['p4', 'person'],
  Petrov: ['p4', 'person'],
  Kremlin: ['o1', 'organization'],
  'World Bank': ['o2', 'organization'],
  Xinhua: ['o3', 'organization'],
  China: ['c1', 'country'],
  Chinese: ['c1', 'country'],
  Norway: ['c2', 'country'],
};

describe('findQuotes: the cue after the quote', () => {
  it('reads “…,” NAME said and “…,” said NAME, without the closing comma', () => {
    const text = '“We will not accept new tariffs,” Anna Lind said on Monday.\n“The talks are over,” said Tomas Berg, the trade minister.';
    const [a, b] = quotesOf(text, PEOPLE);
    expect(brief(a!)).toEqual({ text: 'We will not accept new tariffs', speaker: 'p1', cue: 'said' });
    expect(a!.rule).toBe('quote/verb-after');
    expect(a!.partial).toBe(false);
    expect(text.slice(a!.source!.start, a!.source!.end)).toBe('Anna Lind');
    expect(brief(b!)).toEqual({ text: 'The talks are over', speaker: 'p2', cue: 'said' });
    expect(b!.rule).toBe('quote/verb-inverted');
  });

  it('resolves "he added" to the subject of the sentence before', () => {
    const text = 'Tomas Berg met Anna Lind in Oslo on Tuesday to discuss the port deal.\n“We made real progress, but work remains,” he added.';
    const [q] = quotesOf(text, PEOPLE);
    expect(brief(q!)).toEqual({ text: 'We made real progress, but work remains', speaker: 'p2', cue: 'added' });
    expect(q!.rule).toBe('quote/verb-after/pronoun');
    // Evidence: the quote, "he added", and the antecedent.
    expect(q!.evidence.map((e) => text.slice(e.start, e.end))).toEqual(['We made real progress, but work remains', 'he added', 'Tomas Berg']);
  });

  it('does not resolve a pronoun to a name inside the quote, and leaves "they" unresolved', () => {
    const text = 'Maria Lopez spoke after the vote.\n“Ivan Petrov has misled everyone,” she said.\n“We reject this,” they said in a joint letter.';
    const [a, b] = quotesOf(text, PEOPLE);
    expect(a!.speaker).toBe('p3');
    expect(brief(b!)).toEqual({ text: 'We reject this', speaker: null, cue: 'said' });
    expect(text.slice(b!.source!.start, b!.source!.end)).toBe('they');
  });

  it('skips an appositive between the name and the verb', () => {
    const text = '“Growth will slow next year,” Maria Lopez, chief economist at the World Bank, said in a statement.';
    const [q] = quotesOf(text, PEOPLE);
    expect(brief(q!)).toEqual({ text: 'Growth will slow next year', speaker: 'p3', cue: 'said' });
  });

  it('reads "X told reporters" and a question split off by the sentence splitter', () => {
    const text = '“There will be no second round,” Petrov told reporters.\n“Why would we wait?” Lind asked. The room fell silent.';
    const [a, b] = quotesOf(text, PEOPLE);
    expect(brief(a!)).toEqual({ text: 'There will be no second round', speaker: 'p4', cue: 'told' });
    expect(brief(b!)).toEqual({ text: 'Why would we wait?', speaker: 'p1', cue: 'asked' });
  });

  it('attributes both halves of a quote interrupted by its attribution', () => {
    const text = '“The border stays open,” Berg said, “but every truck will be checked.”';
    expect(quotesOf(text, PEOPLE).map(brief)).toEqual([
      { text: 'The border stays open', speaker: 'p2', cue: 'said' },
      { text: 'but every truck will be checked', speaker: 'p2', cue: 'said' },
    ]);
  });
});

describe('findQuotes: the cue before the quote', () => {
  it('reads NAME said: “…” as a whole-sentence quote', () => {
    const text = 'At the press conference, Lind said: “Our doors remain open to dialogue.”';
    const [q] = quotesOf(text, PEOPLE);
    expect(brief(q!)).toEqual({ text: 'Our doors remain open to dialogue', speaker: 'p1', cue: 'said' });
    expect(q!.rule).toBe('quote/verb-before');
    expect(q!.partial).toBe(false);
  });

  it('reads partial quotes after called for, called on … to, described … as, urged, warned', () => {
    const text = [
      'Petrov on Friday called for “an immediate end to the blockade” of the port.',
      'Berg called on member states to show restraint in the face of “a dangerous escalation,” his office said.',
      'In her speech, Lind described the accord as “a turning point for the region.”',
      'Lopez warned that inflation could become “deeply entrenched” without action.',
    ].join('\n');
    const quotes = quotesOf(text, PEOPLE);
    expect(quotes.map(brief)).toEqual([
      { text: 'an immediate end to the blockade', speaker: 'p4', cue: 'called for' },
      { text: 'a dangerous escalation', speaker: 'p2', cue: 'called on' },
      { text: 'a turning point for the region', speaker: 'p1', cue: 'described' },
      { text: 'deeply entrenched', speaker: 'p3', cue: 'warned' },
    ]);
    expect(quotes.every((q) => q.partial)).toBe(true);
  });

  it('reads "what he called “…”" with the pronoun resolved in its own sentence', () => {
    const text = 'For Berg, the summit was a chance to answer what he called “the myth of our isolation” in the region.';
    const [q] = quotesOf(text, PEOPLE);
    expect(brief(q!)).toEqual({ text: 'the myth of our isolation', speaker: 'p2', cue: 'called' });
    expect(q!.rule).toBe('quote/verb-before/pronoun');
  });

  it('gives a second verb joined by "and" the subject of the first', () => {
    const text = 'At a dinner with Lind on Sunday, Petrov hailed the agreement as “a model for others” and said relations were “stronger than ever.”';
    expect(quotesOf(text, PEOPLE).map(brief)).toEqual([
      { text: 'a model for others', speaker: 'p4', cue: 'hailed' },
      { text: 'stronger than ever', speaker: 'p4', cue: 'said' },
    ]);
  });

  it('gives an -ing cue after a comma the subject of the main verb', () => {
    const text = '“The deal is dead,” the newspaper wrote, adding: “Nobody should mourn it.”';
    const [a, b] = quotesOf(text, PEOPLE);
    expect(brief(a!)).toEqual({ text: 'The deal is dead', speaker: null, cue: 'wrote' });
    expect(text.slice(a!.source!.start, a!.source!.end)).toBe('the newspaper');
    expect(brief(b!)).toEqual({ text: 'Nobody should mourn it', speaker: null, cue: 'adding' });
    expect(text.slice(b!.source!.start, b!.source!.end)).toBe('the newspaper');
  });
});

describe('findQuotes: according to, organisations and countries', () => {
  it('gives "according to a transcript of his speech carried by AGENCY" to the speech’s owner, not the agency', () => {
    const text = 'Lind urged delegates to back “a fair and lasting settlement,” according to a transcript of her speech carried by Xinhua.';
    const [q] = quotesOf(text, PEOPLE);
    expect(brief(q!)).toEqual({ text: 'a fair and lasting settlement', speaker: 'p1', cue: 'urged' });
    const viaAccording = quotesOf('“Prices will fall,” according to a transcript of her speech carried by Xinhua. Lind left.', PEOPLE);
    expect(viaAccording[0]?.speaker).toBe(null); // her: no person before it
    const text2 = 'Lind spoke in Geneva. “Prices will fall soon,” according to a transcript of her speech carried by Xinhua.';
    const [r] = quotesOf(text2, PEOPLE);
    expect(brief(r!)).toEqual({ text: 'Prices will fall soon', speaker: 'p1', cue: 'according to' });
    expect(r!.rule).toBe('quote/according-to/pronoun');
    expect(quotesOf('“Prices will fall soon,” according to Xinhua.', PEOPLE)[0]?.speaker).toBe('o3');
  });

  it('gives organisation and country speakers their ids, and keeps the cue when the body is unknown', () => {
    const text = [
      '“The sanctions are illegal,” the Kremlin said.',
      '“We will respond in kind,” China’s foreign ministry said in a statement.',
      '“Talks continue,” a spokesman for the Kremlin said.',
      '“No comment,” the ministry said in a statement.',
      '“We are watching closely,” Norway said.',
    ].join('\n');
    const quotes = quotesOf(text, PEOPLE);
    expect(quotes.map(brief)).toEqual([
      { text: 'The sanctions are illegal', speaker: 'o1', cue: 'said' },
      { text: 'We will respond in kind', speaker: 'c1', cue: 'said' },
      { text: 'Talks continue', speaker: 'o1', cue: 'said' },
      { text: 'No comment', speaker: null, cue: 'said' },
      { text: 'We are watching closely', speaker: 'c2', cue: 'said' },
    ]);
    expect(quotes[1]!.rule).toBe('quote/verb-after/institution');
    expect(quotes[2]!.rule).toBe('quote/verb-after/spokesperson');
    expect(text.slice(quotes[3]!.source!.start, quotes[3]!.source!.end)).toBe('the ministry');
  });

  it('resolves "it" to the organisation that is the subject before it', () => {
    const text = 'The Kremlin rejected the report on Monday.\n“There is no such plan,” it said.';
    expect(quotesOf(text, PEOPLE).map(brief)).toEqual([{ text: 'There is no such plan', speaker: 'o1', cue: 'said' }]);
  });

  it('prefers a name in apposition to the title before it', () => {
    const text = '“The port stays open,” said a spokesman for the Kremlin, Ivan Petrov.\n“Nothing changes,” a Kremlin spokesman, Ivan Petrov, said.';
    expect(quotesOf(text, PEOPLE).map((q) => q.speaker)).toEqual(['p4', 'p4']);
  });

  it('does not let a person’s spokesman speak as that person', () => {
    const [q] = quotesOf('“The president is well,” Petrov’s spokesman said.', PEOPLE);
    expect(q!.speaker).toBe(null);
    expect(q!.cue?.verb).toBe('said');
  });
});

describe('findQuotes: quotes that span sentences and paragraphs, and context', () => {
  it('keeps a quote of several sentences whole', () => {
    const text = '“We came to listen. We leave with a plan. Now the work starts,” Lopez said.';
    expect(quotesOf(text, PEOPLE).map(brief)).toEqual([{ text: 'We came to listen. We leave with a plan. Now the work starts', speaker: 'p3', cue: 'said' }]);
  });

  it('shares the attribution of a quote that runs over paragraphs', () => {
    const text = '“The first phase will cover the northern ports,” Berg said. “It starts in spring.\n“The second phase follows once funding is secured.”\nThe plan was approved.';
    const quotes = quotesOf(text, PEOPLE);
    expect(quotes.map(brief)).toEqual([
      { text: 'The first phase will cover the northern ports', speaker: 'p2', cue: 'said' },
      { text: 'It starts in spring', speaker: 'p2', cue: 'said' },
      { text: 'The second phase follows once funding is secured', speaker: 'p2', cue: 'said' },
    ]);
    expect(quotes[1]!.group).toBe(quotes[2]!.group);
    expect(quotes[0]!.group).not.toBe(quotes[1]!.group);
    expect(quotes[2]!.rule).toBe('quote/continued');
  });

  it('gives the earlier parts of a run-on quote the attribution found in its last part', () => {
    const text = 'Lopez spoke last.\n“We opened four new lines this year.\n“Two more will follow,” she said.';
    const quotes = quotesOf(text, PEOPLE);
    expect(quotes.map(brief)).toEqual([
      { text: 'We opened four new lines this year', speaker: 'p3', cue: 'said' },
      { text: 'Two more will follow', speaker: 'p3', cue: 'said' },
    ]);
    expect(quotes[0]!.rule).toBe('quote/continued/pronoun');
  });

  it('attributes a bare quote sentence to the speaker of the sentence before it', () => {
    const text = '“I would not change the rule,” Lopez said. She added that smaller firms needed more time. “They carry the heaviest burden.”';
    const quotes = quotesOf(text, PEOPLE);
    expect(quotes.map(brief)).toEqual([
      { text: 'I would not change the rule', speaker: 'p3', cue: 'said' },
      { text: 'They carry the heaviest burden', speaker: 'p3', cue: 'added' },
    ]);
    expect(quotes[1]!.rule).toBe('quote/previous-sentence/pronoun');
  });

  it('attributes a quote paragraph introduced by "NAME said:" in the paragraph before', () => {
    const text = 'Speaking after the vote, Petrov said:\n“This parliament has chosen the harder road.”';
    const [q] = quotesOf(text, PEOPLE);
    expect(brief(q!)).toEqual({ text: 'This parliament has chosen the harder road', speaker: 'p4', cue: 'said' });
    expect(q!.rule).toBe('quote/colon-intro');
  });

  it('reports a quote with no attribution with a null speaker', () => {
    const [q] = quotesOf('The banner read “Bread, peace and work for all of us” in large letters.', PEOPLE);
    expect(q).toMatchObject({ text: 'Bread, peace and work for all of us', speaker: null, cue: null, rule: 'quote/unattributed', partial: true });
  });
});

describe('findQuotes: verbs outside the lexicon and other frames', () => {
  it('reads an unlisted verb right after a named speaker, or before the colon that opens the quote', () => {
    const text = [
      '“Do not give up now,” Lind pleaded.',
      'Berg grimaced: “We have heard all this before.”',
      'Petrov blurted out, “Nobody told us anything.”',
      'Lopez’s reply: “Read the report first.”',
    ].join('\n');
    expect(quotesOf(text, PEOPLE).map(brief)).toEqual([
      { text: 'Do not give up now', speaker: 'p1', cue: 'pleaded' },
      { text: 'We have heard all this before', speaker: 'p2', cue: 'grimaced' },
      { text: 'Nobody told us anything', speaker: 'p4', cue: 'blurted out' },
      { text: 'Read the report first', speaker: 'p3', cue: 'reply' },
    ]);
  });

  it('gives a quote opened by a colon to the subject of its clause', () => {
    const [q] = quotesOf('Lind hit back at her rivals in a long post on Sunday: “They have no plan and no candidate.”', PEOPLE);
    expect(q).toMatchObject({ text: 'They have no plan and no candidate', speaker: 'p1', cue: null, rule: 'quote/colon' });
  });

  it('reads the subject of "by saying" and "went on to say", and past a parenthesis', () => {
    const text = [
      'After the vote, Berg angered his allies by saying, “The coalition is finished.”',
      'Lopez paused. She went on to say, “The rules will change next year.”',
      '“We will appeal,” Petrov (Liberal Party) said on Monday.',
    ].join('\n');
    expect(quotesOf(text, PEOPLE).map(brief)).toEqual([
      { text: 'The coalition is finished', speaker: 'p2', cue: 'saying' },
      { text: 'The rules will change next year', speaker: 'p3', cue: 'say' },
      { text: 'We will appeal', speaker: 'p4', cue: 'said' },
    ]);
  });

  it('attributes a quote paragraph to the speaker of the quote that ended the paragraph before', () => {
    const text = '“Nothing has been decided,” Lind told the council.\n“We will meet again in March and vote then.”\nThe council adjourned.\n“This is a separate remark.”';
    const quotes = quotesOf(text, PEOPLE);
    expect(quotes.map(brief)).toEqual([
      { text: 'Nothing has been decided', speaker: 'p1', cue: 'told' },
      { text: 'We will meet again in March and vote then', speaker: 'p1', cue: 'told' },
      { text: 'This is a separate remark', speaker: null, cue: null },
    ]);
    expect(quotes[1]!.rule).toBe('quote/previous-paragraph');
  });

  it('reads the attribution in the sentence the splitter cut off after “…?”', () => {
    const text = '“Who will pay for the new bridge?” Maria Lopez, the opposition leader in the regional assembly, asked during the debate on Tuesday.';
    expect(quotesOf(text, PEOPLE).map(brief)).toEqual([{ text: 'Who will pay for the new bridge?', speaker: 'p3', cue: 'asked' }]);
  });
});

describe('findQuotes: marks that hold no quotation', () => {
  it('drops a short whole-paragraph quote without attribution as a heading', () => {
    const text = 'Lind opened the meeting.\n“Iron Curtain”\nThe talks then turned to trade.';
    expect(quotesOf(text, PEOPLE)).toEqual([]);
    // A longer one, or one with sentence punctuation, is a quotation.
    expect(quotesOf('“We will not be moved.”', PEOPLE).map((q) => q.text)).toEqual(['We will not be moved']);
  });

  it('drops scare quotes and titles, keeps short quotes a cue introduces', () => {
    const text = [
      'The so-called “peace dividend” never came.',
      'Protesters gathered near the “green zone” at noon.',
      'The film “Night Over the Harbour” opened on Friday.',
      'Berg said the talks had been “very useful”.',
      'Economists blame a pattern known as “hidden unemployment” for the gap.',
      'Lind wrote the book “Ports and Power: How Trade Shaped the North” in 2019.',
    ].join('\n');
    expect(quotesOf(text, PEOPLE).map(brief)).toEqual([{ text: 'very useful', speaker: 'p2', cue: 'said' }]);
  });
});

describe('findQuotes: the quoted text', () => {
  it('keeps ?, !, an ellipsis and an abbreviation’s stop, drops a closing stop or comma', () => {
    const text = [
      'Lind asked: “Who pays for this?”',
      'Berg said the deal was “a win for the U.S.”',
      'Petrov said the offer was “too little, too late…”',
      'Lopez called the ruling “a disgrace.”',
    ].join('\n');
    expect(quotesOf(text, PEOPLE).map((q) => q.text)).toEqual(['Who pays for this?', 'a win for the U.S.', 'too little, too late…', 'a disgrace']);
  });
});

describe('findQuotes: odd input', () => {
  it('never throws and keeps its offsets on broken or empty text', () => {
    const odd = ['', '“', '”', '""', '“ ”', '"a" "b" "', '‘’’‘', "''", '“Unclosed\n“Also unclosed', '” He said “', 'Text “with ‘mixed” nesting’ here.', '“”,” he said.'];
    for (const text of odd) {
      expect(() => quotesOf(text, PEOPLE)).not.toThrow();
    }
    expect(findQuotes('“Hello there, friends,” she said.', [], [])).toEqual([]);
  });
});
