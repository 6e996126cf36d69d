import type { JSX } from 'preact';
import type { CitedSpan, Source } from '../../../src/server/contract.js';
import { clip } from '../lib/format.js';
import { href } from '../lib/router.js';

/** The words to show for a statement: its longest evidence span (the sentence, not its date). */
export function mainEvidence(evidence: readonly CitedSpan[]): CitedSpan | null {
  let best: CitedSpan | null = null;
  for (const e of evidence) if (!best || e.end - e.start > best.end - best.start) best = e;
  return best;
}

/**
 * Where a statement comes from: each article, its date and the quoted words, linking to the
 * article scrolled to those words.
 */
export function Sources({ sources, more }: { readonly sources: readonly Source[]; readonly more?: number }): JSX.Element {
  if (sources.length === 0) return <span class="muted">no source kept</span>;
  return (
    <ul class="sources">
      {sources.map((s, i) => {
        const e = mainEvidence(s.evidence);
        return (
          <li key={`${s.article}-${i}`}>
            <a class="source-link" href={href.article(s.article, e)}>
              {s.title ?? s.article}
            </a>
            {s.published && <span class="muted"> · {s.published}</span>}
            {e && <q class="evidence">{clip(e.text)}</q>}
          </li>
        );
      })}
      {more !== undefined && more > 0 && <li class="muted">and {more} more</li>}
    </ul>
  );
}
