import type { JSX } from 'preact';
import { Await } from '../components/status.js';
import { api } from '../lib/api.js';
import { href } from '../lib/router.js';
import { useApi } from '../lib/use-api.js';
import { useTitle } from '../lib/use-title.js';

/** Split a snippet's `[matched]` words out, to mark them as text (the snippet is never parsed as HTML). */
export function snippetParts(snippet: string): { text: string; hit: boolean }[] {
  const out: { text: string; hit: boolean }[] = [];
  const re = /\[([^\][]*)\]/g;
  let from = 0;
  for (const m of snippet.matchAll(re)) {
    if (m.index > from) out.push({ text: snippet.slice(from, m.index), hit: false });
    out.push({ text: m[1]!, hit: true });
    from = m.index + m[0].length;
  }
  if (from < snippet.length) out.push({ text: snippet.slice(from), hit: false });
  return out;
}

/** Entities whose names match, then articles whose text matches (full-text search). */
export function SearchPage({ query }: { readonly query: string }): JSX.Element {
  const entities = useApi(`entities:${query}`, (signal) => (query.trim() ? api.entities(query, 20, { signal }) : Promise.resolve({ entities: [] })));
  const hits = useApi(`search:${query}`, (signal) => (query.trim() ? api.search(query, 30, { signal }) : Promise.resolve({ hits: [] })));
  useTitle(query ? `Search: ${query}` : 'Search');
  return (
    <>
      <header class="page-head">
        <h1>Search{query && <> for “{query}”</>}</h1>
      </header>
      {!query.trim() && <p>Type a name or words in the search box above.</p>}
      {query.trim() && (
        <>
          <section aria-labelledby="ent-h">
            <h2 id="ent-h">Entities</h2>
            <Await loaded={entities}>
              {(data) =>
                data.entities.length === 0 ? (
                  <p class="muted">No entity goes by that name.</p>
                ) : (
                  <ul class="results">
                    {data.entities.map((e) => (
                      <li key={e.id}>
                        <a href={href.entityOf(e.id, e.kind)}>{e.name}</a> <span class="badge kind">{e.kind}</span>
                        {e.aliases.length > 1 && <span class="muted small"> also {e.aliases.filter((a) => a !== e.name).join(', ')}</span>}
                      </li>
                    ))}
                  </ul>
                )
              }
            </Await>
          </section>
          <section aria-labelledby="art-h">
            <h2 id="art-h">Articles</h2>
            <Await loaded={hits}>
              {(data) =>
                data.hits.length === 0 ? (
                  <p class="muted">No article contains these words.</p>
                ) : (
                  <ul class="results">
                    {data.hits.map((h) => (
                      <li key={h.id}>
                        <a href={href.article(h.id)}>{h.title ?? h.id}</a> <span class="muted small">{h.published ?? 'undated'}</span>
                        <p class="snippet">{snippetParts(h.snippet).map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : p.text))}</p>
                      </li>
                    ))}
                  </ul>
                )
              }
            </Await>
          </section>
        </>
      )}
    </>
  );
}
