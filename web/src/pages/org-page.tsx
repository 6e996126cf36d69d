import type { JSX } from 'preact';
import type { OrgView } from '../../../src/server/contract.js';
import { Sources } from '../components/sources.js';
import { Await } from '../components/status.js';
import { api } from '../lib/api.js';
import { showDate } from '../lib/format.js';
import { href } from '../lib/router.js';
import { useApi } from '../lib/use-api.js';
import { EntityHead } from './entity-head.js';

/** An organisation's members by status, with since dates and source counts, and a timeline of joins. */
export function OrgPage({ id }: { readonly id: string }): JSX.Element {
  const loaded = useApi(`org:${id}`, (signal) => api.org(id, { signal }));
  return <Await loaded={loaded}>{(view) => <Org view={view} />}</Await>;
}

/** Dated statuses, oldest first: when each member took each status, as the sources date it. */
export function joins(view: OrgView): { date: string; member: string; memberId: string | null; status: string; count: number }[] {
  const out = view.statuses.flatMap((s) => s.members.filter((m) => m.since !== null && !m.hedged).map((m) => ({ date: m.since!, member: m.member ?? '?', memberId: m.memberId, status: s.status, count: m.count })));
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.member.localeCompare(b.member));
}

function Org({ view }: { readonly view: OrgView }): JSX.Element {
  const timeline = joins(view);
  const member = (label: string | null, id: string | null) => (id ? <a href={href.entityOf(id)}>{label ?? id}</a> : (label ?? '?'));
  return (
    <>
      <EntityHead entity={view.organisation} current="org" />
      <section aria-labelledby="members-h">
        <h2 id="members-h">Members by status</h2>
        {view.statuses.length === 0 && <p class="muted">No article states a member.</p>}
        {view.statuses.map((s) => (
          <div key={s.status} class="status-group">
            <h3>
              {s.status} <span class="count">{s.members.length}</span>
            </h3>
            <table class="members">
              <thead>
                <tr>
                  <th scope="col">Member</th>
                  <th scope="col">Since</th>
                  <th scope="col">Sources</th>
                  <th scope="col">Cited words</th>
                </tr>
              </thead>
              <tbody>
                {s.members.map((m, i) => (
                  <tr key={`${m.memberId ?? m.member}-${i}`}>
                    <td>{member(m.member, m.memberId)}</td>
                    <td>{showDate(m.since)}</td>
                    <td class="num">{m.count}</td>
                    <td>
                      <Sources sources={m.sources} more={m.count - m.sources.length} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      </section>
      <section aria-labelledby="joins-h">
        <h2 id="joins-h">Timeline of joins</h2>
        {timeline.length === 0 ? (
          <p class="muted">No source dates a membership.</p>
        ) : (
          <ol class="timeline">
            {timeline.map((j, i) => (
              <li key={i}>
                <time>{j.date}</time> {member(j.member, j.memberId)} — {j.status} <span class="muted small">({j.count} source{j.count === 1 ? '' : 's'})</span>
              </li>
            ))}
          </ol>
        )}
      </section>
      {view.articles.items.length > 0 && (
        <section aria-labelledby="org-articles-h">
          <h2 id="org-articles-h">What each article states</h2>
          <ul class="cards">
            {view.articles.items.map((a) => (
              <li key={a.article} class="card">
                <p>
                  <a href={href.article(a.article)}>{a.title ?? a.article}</a> <span class="muted small">{a.published ?? 'undated'}</span>
                </p>
                <ul>
                  {a.members.map((m, i) => {
                    const e = m.evidence[0];
                    return (
                      <li key={i}>
                        {e ? <a href={href.article(a.article, e)}>{m.member ?? '?'}</a> : (m.member ?? '?')}: {m.status}
                        {m.since && ` since ${m.since}`}
                        {m.hedged && <span class="badge hedged">hedged</span>}
                      </li>
                    );
                  })}
                </ul>
              </li>
            ))}
          </ul>
          {view.articles.more && <p class="muted">Older articles also state members.</p>}
        </section>
      )}
    </>
  );
}
