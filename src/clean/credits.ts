import { AGENCY_PATTERN } from './boilerplate-rules.js';

const AGENCY = new RegExp(`\\b(${AGENCY_PATTERN}|Associated Press|Agence France-Presse)\\b`);
const CANONICAL: Record<string, string> = { 'Associated Press': 'AP', 'Agence France-Presse': 'AFP', DPA: 'dpa' };

/**
 * The agency or outlet a source-credit line names: "Source: With information from AP" → "AP",
 * "(Reporting by A; Editing by B)" → null unless an agency is named, "Source: Kyiv Post" → "Kyiv Post".
 */
export function creditedSource(line: string): string | null {
  const agency = AGENCY.exec(line);
  if (agency) return CANONICAL[agency[1] as string] ?? (agency[1] as string);
  const named = /^sources?\s*:\s*(?:with (?:information|reporting|inputs?) from\s+)?(.+?)\.?$/i.exec(line.trim());
  if (named && !/\bby\b/i.test(named[1] as string)) return (named[1] as string).trim();
  const from = /^\(?with (?:information|reporting|inputs?|additional reporting) from\s+(.+?)\)?\.?$/i.exec(line.trim());
  return from ? (from[1] as string).trim() : null;
}

/** The author names a byline line gives: "By Jane Doe and Ali Khan, Reuters" → "Jane Doe and Ali Khan". */
export function bylineName(line: string): string {
  const t = line.trim().replace(/^(by|written by|author:|words by)\s+/i, '');
  const comma = t.search(/\s*[,|]\s*/);
  return (comma === -1 ? t : t.slice(0, comma)).trim();
}

/** The agency a byline names after a comma ("By Jane Doe, Reuters" → "Reuters"), if any. */
export function bylineAgency(line: string): string | null {
  const agency = /[,|]\s*(.+)$/.exec(line.trim());
  if (!agency) return null;
  const m = AGENCY.exec(agency[1] as string);
  return m ? (CANONICAL[m[1] as string] ?? (m[1] as string)) : null;
}
