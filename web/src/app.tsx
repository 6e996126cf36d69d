import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { AddPage } from './pages/add-page.js';
import { ArticlePage } from './pages/article-page.js';
import { ContradictionsPage } from './pages/contradictions-page.js';
import { EntityPage } from './pages/entity-page.js';
import { GraphPage } from './pages/graph-page.js';
import { OrgPage } from './pages/org-page.js';
import { SearchPage } from './pages/search-page.js';
import { StoriesPage } from './pages/stories-page.js';
import { StoryPage } from './pages/story-page.js';
import { TimelinePage } from './pages/timeline-page.js';
import { href, useRoute, type Route } from './lib/router.js';

function page(route: Route): JSX.Element {
  const { id, params } = route;
  switch (route.page) {
    case '':
      return <StoriesPage offset={Math.max(0, Number(params.get('offset')) || 0)} />;
    case 'story':
      if (id) return <StoryPage id={id} params={params} />;
      break;
    case 'article':
      if (id) return <ArticlePage id={id} params={params} />;
      break;
    case 'entity':
      if (id) return <EntityPage id={id} />;
      break;
    case 'org':
      if (id) return <OrgPage id={id} />;
      break;
    case 'graph':
      if (id) return <GraphPage id={id} />;
      break;
    case 'timeline':
      if (id) return <TimelinePage id={id} />;
      break;
    case 'search':
      return <SearchPage query={params.get('q') ?? ''} />;
    case 'add':
      return <AddPage />;
    case 'contradictions':
      return <ContradictionsPage />;
  }
  return (
    <>
      <h1>Page not found</h1>
      <p>
        Nothing here. Go to the <a href={href.stories()}>stories</a>.
      </p>
    </>
  );
}

/** The frame of every page: a header with the navigation and the search box, then the page. */
export function App(): JSX.Element {
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  const [query, setQuery] = useState(route.page === 'search' ? (route.params.get('q') ?? '') : '');
  const routeKey = `${route.page}/${route.id ?? ''}`;
  // A new page starts at the top, with focus on it for screen readers (unless it scrolls to a cited span).
  useEffect(() => {
    if (!route.params.has('at')) scrollTo(0, 0);
    main.current?.focus({ preventScroll: true });
  }, [routeKey]);
  const onSearch = (e: Event) => {
    e.preventDefault();
    if (query.trim()) location.hash = href.search(query.trim());
  };
  return (
    <>
      <a class="skip" href="#main" onClick={(e) => (e.preventDefault(), main.current?.focus())}>
        Skip to content
      </a>
      <header class="top">
        <a class="brand" href={href.stories()}>
          dossier
        </a>
        <nav aria-label="Main">
          <a href={href.stories()} aria-current={route.page === '' ? 'page' : undefined}>
            Stories
          </a>
          <a href={href.contradictions()} aria-current={route.page === 'contradictions' ? 'page' : undefined}>
            Contradictions
          </a>
          <a href={href.add()} aria-current={route.page === 'add' ? 'page' : undefined}>
            Add article
          </a>
        </nav>
        <form role="search" class="search" onSubmit={onSearch}>
          <label for="q" class="sr-only">
            Search articles and names
          </label>
          <input id="q" type="search" placeholder="Search articles and names" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
          <button type="submit">Search</button>
        </form>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {page(route)}
      </main>
    </>
  );
}
