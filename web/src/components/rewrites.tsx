import type { JSX } from 'preact';
import type { ArticleView, RewriteView } from '../../../src/server/contract.js';
import { clip } from '../lib/format.js';
import type { StoryActions } from '../lib/story-state.js';

/**
 * Rewrite links: which article reworded which, how closely, the passages that say the same thing
 * side by side, and the facts the copy changed or dropped.
 */
export function Rewrites({ rewrites, texts, titles, actions }: { readonly rewrites: readonly RewriteView[]; readonly texts: ReadonlyMap<string, ArticleView>; readonly titles: ReadonlyMap<string, string>; readonly actions: StoryActions }): JSX.Element {
  const name = (id: string) => titles.get(id) ?? id;
  const words = (id: string, r: { start: number; end: number }) => texts.get(id)?.text.slice(r.start, r.end) ?? `characters ${r.start}–${r.end}`;
  return (
    <section class="rewrites" aria-labelledby="rewrites-h">
      <h2 id="rewrites-h">Rewrites ({rewrites.length})</h2>
      {rewrites.length === 0 && <p class="muted">No article of this story rewords another.</p>}
      {rewrites.map((r) => (
        <article key={`${r.a}|${r.b}`} class="rewrite">
          <h3>
            {name(r.a)} ↔ {name(r.b)} <span class="score">score {r.score.toFixed(2)}</span>
          </h3>
          <p class="muted small">{r.original ? `Original: ${name(r.original)} (published first).` : 'Which one came first is not known.'}</p>
          <table class="passages">
            <caption class="sr-only">Aligned passages</caption>
            <thead>
              <tr>
                <th scope="col">{name(r.a)}</th>
                <th scope="col">{name(r.b)}</th>
                <th scope="col">Overlap</th>
                <th scope="col">
                  <span class="sr-only">Show</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {r.passages.map((p) => (
                <tr key={`${p.a.start}-${p.b.start}`}>
                  <td>{clip(words(r.a, p.a), 400)}</td>
                  <td>{clip(words(r.b, p.b), 400)}</td>
                  <td class="num">{Math.round(p.similarity * 100)}%</td>
                  <td>
                    <button
                      type="button"
                      class="link-button"
                      onClick={() =>
                        actions.show([
                          { article: r.a, at: p.a },
                          { article: r.b, at: p.b },
                        ])
                      }
                    >
                      show
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {r.drift.length > 0 && (
            <details class="drift">
              <summary>Facts the copy changed ({r.drift.length})</summary>
              <ul>
                {r.drift.map((d) => (
                  <li key={d.slot}>
                    <button type="button" class="link-button" onClick={() => actions.select(d.slot, { reveal: true })}>
                      {d.label}
                    </button>
                    : {d.kind === 'changed' ? 'different values' : `only in ${name(d.kind === 'only-a' ? r.a : r.b)}`} — {name(r.a)}: {d.a.map((c) => c.value).join(', ') || '—'}; {name(r.b)}: {d.b.map((c) => c.value).join(', ') || '—'}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </article>
      ))}
    </section>
  );
}
