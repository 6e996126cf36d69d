import type { JSX } from 'preact';
import { Await } from '../components/status.js';
import { api } from '../lib/api.js';
import { plural, showRange } from '../lib/format.js';
import { href } from '../lib/router.js';
import { useApi } from '../lib/use-api.js';
import { useTitle } from '../lib/use-title.js';

const PAGE = 50;

/** The stories in the store, latest first, with their article and contradiction counts. */
export function StoriesPage({ offset }: { readonly offset: number }): JSX.Element {
  const loaded = useApi(`stories:${offset}`, (signal) => api.stories({ limit: PAGE, offset }, { signal }));
  useTitle('Stories');
  return (
    <section aria-labelledby="stories-h">
      <h1 id="stories-h">Stories</h1>
      <Await loaded={loaded}>
        {(data) =>
          data.total === 0 ? (
            <p>
              The store holds no article yet. <a href={href.add()}>Add one</a>, or ingest files with <code>dossier ingest</code>.
            </p>
          ) : (
            <>
              <p class="muted">
                {plural(data.total, 'story', 'stories')}
                {data.total > PAGE && `, ${offset + 1}–${offset + data.stories.length} shown`}
              </p>
              <table class="stories">
                <thead>
                  <tr>
                    <th scope="col">Story</th>
                    <th scope="col">Articles</th>
                    <th scope="col">Published</th>
                    <th scope="col">Contradictions</th>
                  </tr>
                </thead>
                <tbody>
                  {data.stories.map((s) => (
                    <tr key={s.id}>
                      <td>
                        <a href={href.story(s.id)}>{s.title ?? s.id}</a>
                      </td>
                      <td class="num">{s.articles}</td>
                      <td>{showRange(s.firstPublished, s.lastPublished)}</td>
                      <td class="num">{s.contradictions > 0 ? <span class="badge v-contradict">{s.contradictions}</span> : <span class="muted">0</span>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <nav class="pager" aria-label="More stories">
                {offset > 0 && <a href={`#/?offset=${Math.max(0, offset - PAGE)}`}>← newer</a>}
                {offset + PAGE < data.total && <a href={`#/?offset=${offset + PAGE}`}>older →</a>}
              </nav>
            </>
          )
        }
      </Await>
    </section>
  );
}
