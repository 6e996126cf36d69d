import { extract, toFacts } from '../../extract/extract.js';
import { formatReport } from '../../eval/format-report.js';
import { runEval } from '../../eval/run-eval.js';
import type { EvalCommandOptions } from '../commands/eval.js';
import { EXIT } from '../errors.js';
import type { CliState } from '../state.js';

/**
 * Score dossier's own extraction against a gold set and print the report. Documents that could
 * not be scored are in the report and raise the exit status to 1; an unreadable directory
 * throws and is reported by the program.
 */
export async function runEvalCommand(options: EvalCommandOptions, state: CliState): Promise<void> {
  const report = await runEval({
    goldDir: options.gold,
    articlesDir: options.articles,
    extractFacts: (bytes, o) => toFacts(extract(bytes, o)),
  });
  state.io.out(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  if (report.problems.length > 0) {
    for (const p of report.problems) state.io.err(`dossier: ${p.code}: ${p.path}: ${p.message}\n`);
    state.exitCode = Math.max(state.exitCode, EXIT.data);
  }
}
