import type { JSX } from 'preact';
import type { ArticleView } from '../../../src/server/contract.js';
import { href, type At } from '../lib/router.js';
import { ArticleText } from './article-text.js';

/** Props of {@link ArticlePane}. */
export interface ArticlePaneProps {
  readonly article: ArticleView;
  readonly active: string | null;
  readonly selected: string | null;
  readonly focus: At | null;
  readonly scrollToken?: unknown;
  readonly onHover?: (key: string | null) => void;
  readonly onSelect?: (key: string) => void;
  /** Scroll the text inside the pane (side by side) rather than with the page. */
  readonly scrolls?: boolean;
}

/** One article: where it comes from, its text with every span, and the entities it names. */
export function ArticlePane(props: ArticlePaneProps): JSX.Element {
  const { article } = props;
  const named = new Map<string, { name: string; type: string }>();
  for (const m of article.spans.mentions) if (m.entity && !named.has(m.entity)) named.set(m.entity, { name: m.name, type: m.type });
  const headingId = `article-h-${article.id}`;
  return (
    <article class={`pane${props.scrolls ? ' scrolls' : ''}`} aria-labelledby={headingId} data-article={article.id}>
      <header class="pane-head">
        <h3 id={headingId}>
          <a href={href.article(article.id)}>{article.title ?? article.id}</a>
        </h3>
        <p class="muted small">
          {[article.siteName, article.byline, article.published ?? 'undated'].filter(Boolean).join(' · ')}
          <br />
          <span class="mono">{article.id}</span>
          {article.path && <span> · {article.path}</span>}
        </p>
      </header>
      <ArticleText article={article} active={props.active} selected={props.selected} focus={props.focus} scrollToken={props.scrollToken} onHover={props.onHover} onSelect={props.onSelect} />
      {named.size > 0 && (
        <footer class="named">
          <h4>Named here</h4>
          <ul class="inline-list">
            {[...named].map(([id, m]) => (
              <li key={id}>
                <a href={href.entityOf(id, m.type)}>{m.name}</a>
              </li>
            ))}
          </ul>
        </footer>
      )}
    </article>
  );
}
