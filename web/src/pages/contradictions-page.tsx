import type { JSX } from 'preact';
import { Await } from '../components/status.js';
import { mainEvidence } from '../components/sources.js';
import { api } from '../lib/api.js';
import { clip } from '../lib/format.js';
import { href } from '../lib/router.js';
import { useApi } from '../lib/use-api.js';
import { useTitle } from '../lib/use-title.js';

/** Every contradiction in the store, with the stories it belongs to and each claim's words. */
export function ContradictionsPage(): JSX.Element {
  const loaded = useApi('contradictions', (signal) => api.contradictions({ limit: 100 }, { signal }));
  useTitle('Contradictions');
  return (
    <>
      <header class="page-head">
        <h1>Contradictions</h1>
      </header>
      <Await loaded={loaded}>
        {(data) => (
          <>
            <p class="muted">{data.total} in the store{data.total > data.contradictions.length && `, the first ${data.contradictions.length} shown`}.</p>
            <ul class="cards">
              {data.contradictions.map((c) => (
                <li key={`${c.scope}|${c.slot}`} class="card contradiction">
                  <h2 class="h3">{c.label}</h2>
                  <p class="muted small">
                    {c.stories.map((s, i) => (
                      <span key={s}>
                        {i > 0 && ', '}
                        <a href={href.story(s)}>{s}</a>
                      </span>
                    ))}
                  </p>
                  <p class="reason">{c.reason}</p>
                  <ul>
                    {c.claims.map((cl, i) => {
                      const e = mainEvidence(cl.evidence);
                      return (
                        <li key={i}>
                          <strong>{cl.value}</strong>
                          {cl.hedged && <span class="badge hedged">hedged</span>} — <a href={href.article(cl.article, e)}>{cl.article}</a>
                          {e && <q class="evidence">{clip(e.text)}</q>}
                        </li>
                      );
                    })}
                  </ul>
                </li>
              ))}
            </ul>
          </>
        )}
      </Await>
    </>
  );
}
