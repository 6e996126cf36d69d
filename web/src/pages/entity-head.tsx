import type { JSX } from 'preact';
import type { EntitySummary } from '../../../src/server/contract.js';
import { href } from '../lib/router.js';
import { useTitle } from '../lib/use-title.js';

/** The heading every entity view shares: name, kind, other names, and tabs to its other views. */
export function EntityHead({ entity, current, extra }: { readonly entity: EntitySummary; readonly current: 'entity' | 'org' | 'graph' | 'timeline'; readonly extra?: string }): JSX.Element {
  const tabs: [typeof current, string, string][] = [
    ['entity', 'Overview', href.entity(entity.id)],
    ...(entity.kind === 'organisation' ? [['org', 'Members', href.org(entity.id)] as [typeof current, string, string]] : []),
    ['timeline', 'Timeline', href.timeline(entity.id)],
    ['graph', 'Graph', href.graph(entity.id)],
  ];
  const others = entity.aliases.filter((a) => a !== entity.name);
  useTitle(`${entity.name}${current === 'entity' ? '' : ` — ${current === 'org' ? 'members' : current}`}`);
  return (
    <header class="page-head">
      <p class="crumbs">
        <span class="badge kind">{entity.kind}</span> <span class="mono">{entity.id}</span>
        {extra && <span class="muted"> · {extra}</span>}
      </p>
      <h1>{entity.name}</h1>
      {others.length > 0 && <p class="muted">Also: {others.join(', ')}</p>}
      <nav class="tabs" aria-label="Views of this entity">
        {tabs.map(([key, label, link]) => (
          <a key={key} href={link} aria-current={key === current ? 'page' : undefined}>
            {label}
          </a>
        ))}
      </nav>
    </header>
  );
}
