import type { JSX } from 'preact';
import { Sources } from '../components/sources.js';
import { Await } from '../components/status.js';
import { api } from '../lib/api.js';
import { showTotal } from '../lib/format.js';
import { useApi } from '../lib/use-api.js';
import { EntityHead } from './entity-head.js';

/** Everything stated about an entity in date order, each statement with its source. */
export function TimelinePage({ id }: { readonly id: string }): JSX.Element {
  const loaded = useApi(`timeline:${id}`, (signal) => api.timeline(id, { signal }));
  return (
    <Await loaded={loaded}>
      {(view) => (
        <>
          <EntityHead entity={view.entity} current="timeline" extra={`${showTotal(view.total)} statements`} />
          <ol class="timeline">
            {view.items.map((t, i) => (
              <li key={i}>
                <time title={t.dated === 'published' ? 'the date of the article' : 'the date the text gives'}>{t.date ?? 'undated'}</time>
                {t.dated === 'published' && <span class="muted small"> (published)</span>} {t.summary}
                {t.hedged && <span class="badge hedged">hedged</span>}
                <Sources sources={[t.source]} />
              </li>
            ))}
          </ol>
        </>
      )}
    </Await>
  );
}
