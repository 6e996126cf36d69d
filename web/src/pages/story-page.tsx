import type { JSX } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { ArticleView, GroupView, StoryView } from '../../../src/server/contract.js';
import { ArticlePane } from '../components/article-pane.js';
import { ContradictionPanel, FactDetail, FactGroups } from '../components/fact-groups.js';
import { Rewrites } from '../components/rewrites.js';
import { Await, ErrorBox } from '../components/status.js';
import { Legend } from '../components/verdict.js';
import { api } from '../lib/api.js';
import { plural, showRange } from '../lib/format.js';
import { factKey } from '../lib/segments.js';
import { href, parseAt, type At } from '../lib/router.js';
import type { Focus, StoryActions } from '../lib/story-state.js';
import { useApi } from '../lib/use-api.js';
import { useTitle } from '../lib/use-title.js';

/** A story: contradictions first, then its articles side by side, its fact groups and rewrites. */
export function StoryPage({ id, params }: { readonly id: string; readonly params: URLSearchParams }): JSX.Element {
  const loaded = useApi(`story:${id}`, (signal) => api.story(id, { signal }));
  const article = params.get('article');
  const at = parseAt(params.get('at'));
  return <Await loaded={loaded}>{(story) => <StoryReader key={story.id} story={story} initial={article && at ? { article, at } : null} />}</Await>;
}

function StoryReader({ story, initial }: { readonly story: StoryView; readonly initial: { article: string; at: At } | null }): JSX.Element {
  useTitle(story.title ?? story.id);
  // Rewrite partners outside the story are fetched too, for their aligned passages.
  const ids = useMemo(() => [...new Set([...story.articles.map((a) => a.id), ...story.rewrites.flatMap((r) => [r.a, r.b])])], [story]);
  const loaded = useApi(`articles:${ids.join('\n')}`, (signal) => Promise.all(ids.map((i) => api.article(i, { signal }).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e)))))));
  const texts = useMemo(() => {
    const m = new Map<string, ArticleView>();
    if (loaded.state === 'done') for (const a of loaded.data) if (!(a instanceof Error)) m.set(a.id, a);
    return m;
  }, [loaded]);
  const titles = useMemo(() => new Map(story.articles.map((a) => [a.id, a.title ?? a.id] as const)), [story]);
  const bySlot = useMemo(() => {
    const m = new Map<string, GroupView>();
    for (const g of [...story.groups.contradict, ...story.groups.agree, ...story.groups.unique]) m.set(g.slot, g);
    return m;
  }, [story]);

  const [hovered, setHovered] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [focus, setFocus] = useState<Focus>(() => ({ ranges: new Map(initial ? [[initial.article, initial.at]] : []), token: initial ? 1 : 0 }));
  const active = hovered ?? selected;

  const reveal = () => document.getElementById('reader')?.scrollIntoView({ block: 'start' });
  const actions: StoryActions = {
    hover: setHovered,
    select: (key, options = {}) => {
      setSelected((old) => (options.toggle && old === key ? null : key));
      setFocus((f) => ({ ranges: new Map(), token: f.token + 1 }));
      if (options.reveal) reveal();
    },
    show: (ranges, key = null) => {
      if (key !== null) setSelected(key);
      setFocus((f) => ({ ranges: new Map(ranges.map((r) => [r.article, { start: r.at.start, end: r.at.end }])), token: f.token + 1 }));
      reveal();
    },
  };

  // The label of an uncompared fact, for the detail bar.
  let activeLabel: string | null = null;
  if (active && !bySlot.has(active))
    for (const a of texts.values()) {
      const f = a.spans.facts.find((x) => factKey(x) === active);
      if (f) {
        activeLabel = f.label;
        break;
      }
    }
  const sideBySide = story.articles.length > 1;

  return (
    <>
      <header class="page-head">
        <p class="crumbs">
          <a href={href.stories()}>Stories</a> /
        </p>
        <h1>{story.title ?? story.id}</h1>
        <p class="muted">
          {plural(story.articles.length, 'article')} · {showRange(story.firstPublished, story.lastPublished)} · {plural(story.groups.contradict.length, 'contradiction')} · {plural(story.rewrites.length, 'rewrite')}
        </p>
      </header>
      <ContradictionPanel groups={story.groups.contradict} titles={titles} actions={actions} />
      <section id="reader" class="reader" aria-labelledby="reader-h">
        <h2 id="reader-h">The articles</h2>
        <Legend />
        <FactDetail group={active ? (bySlot.get(active) ?? null) : null} label={activeLabel} titles={titles} actions={actions} />
        {loaded.state === 'loading' && <p role="status">Loading the articles…</p>}
        {loaded.state === 'error' && <ErrorBox error={loaded.error} />}
        <div class={`panes n${Math.min(story.articles.length, 4)}`}>
          {loaded.state === 'done' &&
            story.articles.map((meta) => {
              const a = texts.get(meta.id);
              const failed = loaded.data[ids.indexOf(meta.id)];
              if (!a) return <div key={meta.id} class="pane">{failed instanceof Error && <ErrorBox error={failed} />}</div>;
              return (
                <ArticlePane
                  key={meta.id}
                  article={a}
                  active={active}
                  selected={selected}
                  focus={focus.ranges.get(meta.id) ?? null}
                  scrollToken={focus.token}
                  onHover={actions.hover}
                  onSelect={(key) => actions.select(key, { toggle: true })}
                  scrolls={sideBySide}
                />
              );
            })}
        </div>
      </section>
      <FactGroups groups={story.groups} selected={selected} actions={actions} />
      <Rewrites rewrites={story.rewrites} texts={texts} titles={titles} actions={actions} />
    </>
  );
}
