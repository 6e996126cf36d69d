import type { JSX } from 'preact';
import type { EntityView } from '../../../src/server/contract.js';
import { Sources } from '../components/sources.js';
import { Await } from '../components/status.js';
import { api } from '../lib/api.js';
import { showDate, showRange, showTotal } from '../lib/format.js';
import { href } from '../lib/router.js';
import { useApi } from '../lib/use-api.js';
import { EntityHead } from './entity-head.js';

/** Everything the store says about a person, country or organisation, each statement with its sources. */
export function EntityPage({ id }: { readonly id: string }): JSX.Element {
  const loaded = useApi(`entity:${id}`, (signal) => api.entity(id, { signal }));
  return <Await loaded={loaded}>{(view) => <Entity view={view} />}</Await>;
}

const name = (label: string | null, id: string | null, kind?: string) => (id ? <a href={href.entityOf(id, kind)}>{label ?? id}</a> : (label ?? '—'));

function Entity({ view }: { readonly view: EntityView }): JSX.Element {
  const e = view.entity;
  const person = e.kind === 'person';
  return (
    <>
      <EntityHead entity={e} current="entity" extra={`named in ${showTotal(view.articles)} article${view.articles.count === 1 ? '' : 's'}`} />
      <section aria-labelledby="offices-h">
        <h2 id="offices-h">{person ? 'Offices over time' : 'Office holders'}</h2>
        {view.offices.length === 0 ? (
          <p class="muted">None stated.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Office</th>
                <th scope="col">{person ? 'Of' : 'Held by'}</th>
                <th scope="col">Stated</th>
                <th scope="col">Sources</th>
              </tr>
            </thead>
            <tbody>
              {view.offices.map((o, i) => (
                <tr key={i}>
                  <td>{o.title}</td>
                  <td>{person ? name(o.of, o.ofId) : name(o.person, o.personId, 'person')}</td>
                  <td>
                    {showRange(o.first, o.last)}
                    <div class="muted small">{o.count}×</div>
                  </td>
                  <td>
                    <Sources sources={o.sources} more={o.count - o.sources.length} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="memberships-h">
        <h2 id="memberships-h">Memberships</h2>
        {view.memberships.length === 0 ? (
          <p class="muted">None stated.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Organisation</th>
                <th scope="col">Status</th>
                <th scope="col">Since</th>
                <th scope="col">Sources</th>
              </tr>
            </thead>
            <tbody>
              {view.memberships.map((m, i) => (
                <tr key={i}>
                  <td>{name(m.organisation, m.organisationId, 'organisation')}</td>
                  <td>
                    {m.status}
                    {m.hedged && <span class="badge hedged">hedged</span>}
                  </td>
                  <td>{showDate(m.since)}</td>
                  <td>
                    <Sources sources={m.sources} more={m.count - m.sources.length} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="events-h">
        <h2 id="events-h">Events ({showTotal(view.events.total)})</h2>
        {view.events.items.length === 0 ? (
          <p class="muted">None stated.</p>
        ) : (
          <ul class="cards">
            {view.events.items.map((ev, i) => (
              <li key={i} class="card">
                <p>
                  <strong>{ev.event}</strong> <span class="badge">{ev.role}</span>
                </p>
                <p class="muted small">{[ev.kind, ev.date ?? ev.dateText, ev.place, ev.representing && `for ${ev.representing}`, ev.delegate && `delegate ${ev.delegate}`, ev.insteadOf && `instead of ${ev.insteadOf}`, ev.person].filter(Boolean).join(' · ')}</p>
                <Sources sources={[ev.source]} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="quotes-h">
        <h2 id="quotes-h">Quotes ({showTotal(view.quotes.total)})</h2>
        {view.quotes.items.length === 0 ? (
          <p class="muted">None.</p>
        ) : (
          <ul class="cards">
            {view.quotes.items.map((q, i) => (
              <li key={i} class="card">
                <blockquote>{q.text}</blockquote>
                {q.event && <p class="muted small">at {q.event}</p>}
                <Sources sources={[q.source]} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
