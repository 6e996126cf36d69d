/**
 * The readable form of an evaluation report: a table of sections, then per document what was
 * missed and what was spurious, then the documents that could not be scored.
 */
import { type EvalReport, type Score, SECTIONS } from './report.js';

const rate = (x: number | null): string => (x === null ? '–' : x.toFixed(3));

function row(label: string, s: Score): string {
  return `${label.padEnd(18)}${rate(s.precision).padStart(7)}${rate(s.recall).padStart(7)}${rate(s.f1).padStart(7)}${String(s.tp).padStart(7)}${String(s.fp).padStart(6)}${String(s.fn).padStart(6)}`;
}

/** Render a report as plain text for a terminal ("–" where a rate is undefined). */
export function formatReport(report: EvalReport): string {
  const lines: string[] = [];
  lines.push(`${'section'.padEnd(18)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}${'tp'.padStart(7)}${'fp'.padStart(6)}${'fn'.padStart(6)}`);
  for (const section of SECTIONS) lines.push(row(section, report.sections[section]));
  lines.push(row('micro (all)', report.micro));
  lines.push('', `${report.documents.length} document(s) scored, ${report.problems.length} could not be scored.`);

  for (const doc of report.documents) {
    lines.push('', `== ${doc.id}  P ${rate(doc.micro.precision)}  R ${rate(doc.micro.recall)}  F1 ${rate(doc.micro.f1)}`);
    const list = (title: string, findings: typeof doc.missed): void => {
      if (findings.length === 0) return;
      lines.push(`  ${title} (${findings.length}):`);
      for (const f of findings) lines.push(`    ${f.section.padEnd(17)}${f.item}${f.note ? `  [${f.note}]` : ''}`);
    };
    list('missed', doc.missed);
    list('spurious', doc.spurious);
    list('ignored', doc.ignored);
    if (doc.missed.length + doc.spurious.length === 0) lines.push('  nothing missed, nothing spurious');
  }

  if (report.problems.length > 0) {
    lines.push('', 'not scored:');
    for (const p of report.problems) lines.push(`  ${p.id}: ${p.code}: ${p.message}`);
  }
  return `${lines.join('\n')}\n`;
}
