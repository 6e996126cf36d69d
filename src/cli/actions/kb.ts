import { DossierError } from '../../core/errors.js';
import {
  lookupName,
  type CountryMatch,
  type LookupMatch,
  type LookupResult,
  type MediaMatch,
  type OfficeMatch,
  type OrganisationMatch,
  type PersonMatch,
  type TermView,
} from '../../knowledge/lookup.js';
import type { KbCommandOptions } from '../commands/kb.js';
import type { CliState } from '../state.js';

/** Width of the label column; the longest label ("headquarters") fits with a space to spare. */
const LABEL = 14;
/** Lines are wrapped near this width so long member lists stay readable in a terminal. */
const WIDTH = 100;

/**
 * Look a name up and print what is known, readable or as JSON.
 * @throws DossierError NOT_FOUND when nothing matches (the program reports it and exits 1).
 */
export function runKb(name: string, options: KbCommandOptions, state: CliState): void {
  const result = lookupName(name, options.at === undefined ? {} : { at: options.at });
  if (result.matches.length === 0) {
    throw new DossierError('NOT_FOUND', `nothing in the reference knowledge is called "${result.query}" (countries, organisations, offices, office holders, media)`);
  }
  state.io.out(options.json ? `${JSON.stringify({ query: result.query, matches: result.matches }, null, 2)}\n` : formatLookup(result));
}

/**
 * The readable form: one block per match, blank lines between, labels aligned; a header when the
 * name is ambiguous so it is clear the blocks are alternatives.
 */
export function formatLookup(result: LookupResult): string {
  const blocks = result.matches.map(formatMatch);
  const header = blocks.length > 1 ? [`${blocks.length} matches for "${result.query}"\n`] : [];
  return `${[...header, ...blocks].join('\n')}`;
}

function formatMatch(match: LookupMatch): string {
  switch (match.type) {
    case 'country':
      return formatCountry(match);
    case 'organisation':
      return formatOrganisation(match);
    case 'office':
      return formatOffice(match);
    case 'person':
      return formatPerson(match);
    case 'media':
      return formatMedia(match);
  }
}

function formatCountry(c: CountryMatch): string {
  const lines = [
    `${c.name}  (country ${c.id} / ${c.iso3}, ${c.kind}${c.unMember ? ', UN member' : ''})`,
    ...field('official', c.official === c.name ? '' : c.official),
    ...field('aliases', c.aliases.join(', ')),
    ...field('adjectives', c.adjectives.join(', ')),
    ...field('demonyms', c.demonyms.join(', ')),
    ...field('capital', c.capital === null ? '' : c.capital + (c.capitalAliases.length > 0 ? ` (also ${c.capitalAliases.join(', ')})` : '')),
  ];
  if (c.memberships.length === 0) lines.push(...field('memberships', `none recorded as of ${c.at}`));
  else {
    lines.push(`  memberships as of ${c.at}, with the day each status began:`);
    const groups = [...groupBy(c.memberships, (m) => m.status)].map(([status, list]) => [`${status} (${list.length})`, list] as const);
    const width = Math.max(...groups.map(([label]) => label.length)) + 2;
    for (const [label, list] of groups) {
      lines.push(...field(label, list.map((m) => `${m.acronym ?? m.name}${dates(m.since, m.until)}`).join(', '), { indent: 4, width }));
    }
  }
  return `${lines.join('\n')}\n`;
}

function formatOrganisation(o: OrganisationMatch): string {
  const other = [...o.names.filter((n) => n !== o.name), ...o.foreign].join('; ');
  const founders = o.founderNames.length > 0 ? ` by ${o.founderNames.join(', ')}` : '';
  const lines = [
    `${o.name}  (organisation ${o.id}, ${o.kind})`,
    ...field('acronyms', o.acronyms.join(', ')),
    ...field('other names', other),
    ...field('founded', (o.founded ?? (founders ? 'date unknown' : '')) + founders),
    ...field('part of', o.parent ?? ''),
    ...field('headquarters', o.headquarters ?? ''),
  ];
  const groups = Object.entries(o.members);
  if (o.memberList === 'none') lines.push(...field('members', 'none of its own (an institution or organ)'));
  else if (groups.length === 0) lines.push(...field('members', `none recorded as of ${o.at}`));
  else {
    const coverage = o.memberList === 'partial' ? ' (partial list)' : '';
    lines.push(`  members as of ${o.at}${coverage}, with the day each status began:`);
    const labelled = groups.map(([status, list]) => [`${status} (${list.length})`, list] as const);
    const width = Math.max(...labelled.map(([label]) => label.length)) + 2;
    for (const [label, list] of labelled) {
      lines.push(...field(label, list.map((m) => `${m.name}${dates(m.since, m.until)}`).join(', '), { indent: 4, width }));
    }
  }
  lines.push(...field('note', o.note ?? '', { prose: true }));
  return `${lines.join('\n')}\n`;
}

function formatOffice(o: OfficeMatch): string {
  return `${[
    `${o.title}  (office ${o.id}, ${o.role})`,
    ...field('forms', o.forms.join(', ')),
    ...field('equivalent', o.equivalent ?? ''),
    ...field('notes', o.notes ?? '', { prose: true }),
  ].join('\n')}\n`;
}

function formatPerson(p: PersonMatch): string {
  const lines = [`${p.name}  (office holder ${p.id})`, ...field('variants', p.variants.join(', '))];
  p.terms.forEach((t, i) => lines.push(...field(i === 0 ? 'terms' : '', term(t))));
  return `${lines.join('\n')}\n`;
}

function formatMedia(m: MediaMatch): string {
  const other = [...m.acronyms, ...m.names.filter((n) => n !== m.name)].join(', ');
  return `${[`${m.name}  (news media ${m.id}, ${m.countryName})`, ...field('also', other)].join('\n')}\n`;
}

/** "acting President, Iran  2024-05-20 to 2024-07-28", with the note when there is one. */
function term(t: TermView): string {
  // No `to` means the end is not known (the note says why), which is not the same as "now".
  const span = t.to === undefined ? `since ${t.from}` : t.to === null ? `${t.from} to now` : `${t.from} to ${t.to}`;
  return `${t.acting ? 'acting ' : ''}${t.officeTitle}, ${t.ofName}  ${span}${t.note ? ` (${t.note})` : ''}`;
}

/** " 2024-07-04", or " 2015-07-10 to 2024-07-04" when the status has already ended. */
function dates(since: string | undefined, until: string | undefined): string {
  if (since === undefined) return until === undefined ? '' : ` until ${until}`;
  return until === undefined ? ` ${since}` : ` ${since} to ${until}`;
}

/**
 * An aligned `label  value` line, wrapped near {@link WIDTH}; nothing for an empty value. Lists
 * break only between items, so "Democratic Republic of the Congo 2002-07-09" stays whole; prose
 * breaks between words.
 */
function field(label: string, value: string, options: { indent?: number; width?: number; prose?: boolean } = {}): string[] {
  if (value === '') return [];
  const { indent = 2, width = LABEL, prose = false } = options;
  const head = `${' '.repeat(indent)}${label.padEnd(Math.max(width, label.length + 1))}`;
  const lines: string[] = [];
  let line = head;
  for (const [i, part] of value.split(prose ? /(?<= )/ : /(?<=[,;] )/).entries()) {
    if (i > 0 && line.length + part.trimEnd().length > WIDTH) {
      lines.push(line.trimEnd());
      line = ' '.repeat(head.length);
    }
    line += part;
  }
  lines.push(line.trimEnd());
  return lines;
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}
