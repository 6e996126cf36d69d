import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { ArticlePane } from '../components/article-pane.js';
import { Await } from '../components/status.js';
import { Legend } from '../components/verdict.js';
import { api } from '../lib/api.js';
import { href, parseAt } from '../lib/router.js';
import { useApi } from '../lib/use-api.js';
import { useTitle } from '../lib/use-title.js';

/**
 * One article alone, scrolled to the words a link cites (`?at=start-end`): where the entity,
 * organisation and search pages send a reader to check a statement.
 */
export function ArticlePage({ id, params }: { readonly id: string; readonly params: URLSearchParams }): JSX.Element {
  const loaded = useApi(`article:${id}`, (signal) => api.article(id, { signal }));
  useTitle(loaded.state === 'done' ? (loaded.data.title ?? loaded.data.id) : id);
  const at = parseAt(params.get('at'));
  const [hovered, setHovered] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <Await loaded={loaded}>
      {(article) => (
        <>
          <header class="page-head">
            <p class="crumbs">
              <a href={href.stories()}>Stories</a> /{' '}
              {article.story ? (
                <>
                  <a href={at ? href.story(article.story, { article: article.id, at }) : href.story(article.story)}>this article's story</a> /
                </>
              ) : (
                <span class="muted">in no story</span>
              )}
            </p>
            <h1>{article.title ?? article.id}</h1>
          </header>
          <Legend />
          <ArticlePane
            article={article}
            active={hovered ?? selected}
            selected={selected}
            focus={at}
            scrollToken={`${article.id}:${params.get('at')}`}
            onHover={setHovered}
            onSelect={(key) => setSelected((old) => (old === key ? null : key))}
          />
        </>
      )}
    </Await>
  );
}
