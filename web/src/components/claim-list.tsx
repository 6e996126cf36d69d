import type { JSX } from 'preact';
import type { GroupClaim } from '../../../src/server/contract.js';
import { clip } from '../lib/format.js';
import type { StoryActions } from '../lib/story-state.js';
import { mainEvidence } from './sources.js';

/**
 * The claims of one fact group, one card per article statement: the value it gives, hedged or not,
 * and its words, with a button that shows those words in the article.
 */
export function ClaimList({ slot, claims, titles, actions }: { readonly slot: string; readonly claims: readonly GroupClaim[]; readonly titles: ReadonlyMap<string, string>; readonly actions: StoryActions }): JSX.Element {
  return (
    <ul class="claims">
      {claims.map((c, i) => {
        const e = mainEvidence(c.evidence);
        return (
          <li key={`${c.article}-${i}`} class="claim">
            <div class="claim-head">
              <span class="claim-source">{titles.get(c.article) ?? c.article}</span>
              {c.published && <span class="muted"> · {c.published}</span>}
            </div>
            <div class="claim-value">
              <strong>{c.value}</strong>
              {c.hedged && <span class="badge hedged">hedged</span>}
            </div>
            {e && (
              <>
                <q class="evidence">{clip(e.text, 300)}</q>{' '}
                <button type="button" class="link-button" onClick={() => actions.show([{ article: c.article, at: e }], slot)}>
                  show in text
                </button>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
