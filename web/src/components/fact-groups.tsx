import type { JSX } from 'preact';
import type { GroupView, StoryView } from '../../../src/server/contract.js';
import { plural } from '../lib/format.js';
import type { StoryActions } from '../lib/story-state.js';
import { ClaimList } from './claim-list.js';
import { VerdictBadge } from './verdict.js';

const VERDICTS = [
  ['contradict', 'Contradicted', 'Sources state different values.'],
  ['agree', 'Agreed', 'Several sources state the same value.'],
  ['unique', 'One source only', 'Only one source states it.'],
] as const;

/** The contradictions of a story, each with every claim side by side: what stands out first. */
export function ContradictionPanel({ groups, titles, actions }: { readonly groups: readonly GroupView[]; readonly titles: ReadonlyMap<string, string>; readonly actions: StoryActions }): JSX.Element | null {
  if (groups.length === 0) return null;
  return (
    <section class="contradictions" aria-labelledby="contra-h">
      <h2 id="contra-h">Where the sources disagree ({groups.length})</h2>
      {groups.map((g) => (
        <article key={g.slot} class="contradiction" data-slot={g.slot}>
          <h3>
            <button type="button" class="link-button" onClick={() => actions.select(g.slot, { reveal: true })}>
              {g.label}
            </button>
          </h3>
          <p class="reason">{g.reason}</p>
          <ClaimList slot={g.slot} claims={g.claims} titles={titles} actions={actions} />
        </article>
      ))}
    </section>
  );
}

/** The story's fact groups by verdict; choosing one shows it in every source. */
export function FactGroups({ groups, selected, actions }: { readonly groups: StoryView['groups']; readonly selected: string | null; readonly actions: StoryActions }): JSX.Element {
  return (
    <section class="fact-groups" aria-labelledby="groups-h">
      <h2 id="groups-h">Facts by verdict</h2>
      <div class="group-columns">
        {VERDICTS.map(([verdict, title, help]) => (
          <div key={verdict} class={`group-column v-${verdict}`}>
            <h3>
              {title} <span class="count">{groups[verdict].length}</span>
            </h3>
            <p class="muted small">{help}</p>
            <ul class="group-list">
              {groups[verdict].map((g) => (
                <li key={g.slot}>
                  <button type="button" class={`group-item${selected === g.slot ? ' selected' : ''}`} aria-pressed={selected === g.slot} onClick={() => actions.select(g.slot, { toggle: true, reveal: true })}>
                    <span class="group-label">{g.label}</span>
                    <span class="muted small">
                      {plural(g.articles, 'article')}: {[...new Set(g.claims.map((c) => (c.hedged ? `${c.value} (hedged)` : c.value)))].join(' / ')}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}

/** The fact shown across sources, in the bar above the texts (`aria-live`, so it is read out). */
export function FactDetail({ group, label, titles, actions }: { readonly group: GroupView | null; readonly label: string | null; readonly titles: ReadonlyMap<string, string>; readonly actions: StoryActions }): JSX.Element {
  return (
    <div class="fact-detail" aria-live="polite">
      {group ? (
        <>
          <p class="fact-detail-head">
            <strong>{group.label}</strong> <VerdictBadge verdict={group.verdict} />
          </p>
          {group.verdict === 'contradict' && <p class="reason">{group.reason}</p>}
          <ClaimList slot={group.slot} claims={group.claims} titles={titles} actions={actions} />
        </>
      ) : label ? (
        <p>
          <strong>{label}</strong> <span class="muted">(not compared with other sources)</span>
        </p>
      ) : (
        <p class="muted">Point at or select a highlighted fact to see the same fact in every source; Tab walks through the facts, Enter selects one.</p>
      )}
    </div>
  );
}
