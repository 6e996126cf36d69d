import { getOffice } from '../knowledge/offices.js';
import type { Evidence, FactsAttendee, FactsDelegate, FactsEvent, FactsMembership, FactsOffice, FactsPerson, FactsView } from '../core/facts.js';
import type { AnnotatedDoc } from './extract.js';

/** The facts view (facts-format.md) of an annotated document: names, not ids, and evidence on every item. */
export function toFactsView(doc: AnnotatedDoc): FactsView {
  const { lexicon } = doc;
  const ev = (start: number, end: number, rule: string): Evidence => ({ start, end, rule });
  const countryName = (id: string) => lexicon.countryName(id) ?? id;
  const holderName = (of: { kind: 'country' | 'org'; id: string }) => (of.kind === 'country' ? countryName(of.id) : (lexicon.orgName(of.id) ?? of.id));
  const personName = new Map(doc.people.map((p) => [p.id, p.name]));

  const people: FactsPerson[] = doc.people.map((p) => {
    const offices = new Map<string, FactsOffice>();
    for (const o of p.offices) {
      if (!o.of) continue; // an office without a holder is not a checkable fact
      // "European Commission President": the office of a body inside the organisation is stated
      // as its role in that body ("President" of "European Commission"), as readers write it.
      const within = getOffice(o.officeId)?.within;
      const title = within ? within.title : o.title;
      const of = within ? within.body : holderName(o.of);
      const key = `${title}|${of}`;
      const prior = offices.get(key);
      offices.set(key, { title, of, evidence: [...(prior?.evidence ?? []), ev(o.start, o.end, o.rule)] });
    }
    return {
      name: p.name,
      mentions: [...new Set(p.mentions.map((m) => m.text))],
      offices: [...offices.values()],
      evidence: p.mentions.map((m) => ev(m.start, m.end, m.rule)),
    };
  });

  const organizations = doc.organisations.map((o) => ({
    name: o.name,
    mentions: [...new Set(o.mentions.map((m) => m.text))],
    evidence: o.mentions.map((m) => ev(m.start, m.end, m.rule)),
  }));

  const memberships: FactsMembership[] = doc.memberships.map((m) => ({
    member: m.member.startsWith('org:') ? (lexicon.orgName(m.member.slice(4)) ?? m.member) : countryName(m.member),
    organization: lexicon.orgName(m.org) ?? m.org,
    status: m.status,
    since: m.since?.value ?? null,
    hedged: m.hedged,
    evidence: [ev(m.start, m.end, m.rule), ...(m.since ? [ev(m.since.start, m.since.end, m.since.rule)] : [])],
    ...(m.before ? { before: m.before === 'published' ? doc.published : m.before.value } : {}),
  }));
  const memberName = (id: string) => (id.startsWith('org:') ? (lexicon.orgName(id.slice(4)) ?? id) : countryName(id));
  const foundings = doc.foundings.map((f) => ({ organization: lexicon.orgName(f.org) ?? f.org, date: f.date.value!, evidence: [ev(f.start, f.end, f.rule)] }));
  const suspensions = doc.suspensions.map((x) => ({
    member: memberName(x.member),
    organization: lexicon.orgName(x.org) ?? x.org,
    since: x.since?.value ?? null,
    evidence: [ev(x.start, x.end, x.rule)],
  }));

  const representing = (personId: string): string | null => {
    const p = doc.people.find((x) => x.id === personId);
    const office = p?.offices.find((o) => o.of);
    if (office?.of) return holderName(office.of);
    return p?.affiliation ? countryName(p.affiliation) : null;
  };

  const events: FactsEvent[] = doc.events
    .filter((e) => e.triggers.length > 0 || e.participants.length > 0 || e.unrepresented.length > 0)
    .map((e) => {
      const expected = new Set(e.participants.filter((p) => p.role === 'expected').map((p) => p.person));
      const absent = new Set(e.participants.filter((p) => p.role === 'absent').map((p) => p.person));
      const delegates = e.participants.filter((p) => p.role === 'delegate');
      const attendees = new Map<string, FactsAttendee>();
      for (const p of e.participants) {
        if ((p.role !== 'attendee' && p.role !== 'host') || expected.has(p.person) || absent.has(p.person)) continue;
        if (delegates.some((d) => d.person === p.person)) continue;
        const prior = attendees.get(p.person);
        attendees.set(p.person, { person: personName.get(p.person) ?? p.person, representing: representing(p.person), evidence: [...(prior?.evidence ?? []), ev(p.start, p.end, p.rule)] });
      }
      const represented: FactsDelegate[] = delegates.map((d) => ({
        country: countryName(d.country ?? ''),
        delegate: d.person ? (personName.get(d.person) ?? d.person) : (d.delegateTitle ?? ''),
        instead_of: d.insteadOf ? (personName.get(d.insteadOf) ?? null) : null,
        evidence: [ev(d.start, d.end, d.rule)],
      }));
      const host = e.participants.find((p) => p.role === 'host');
      const trigger = e.triggers[0];
      return {
        id: e.id,
        kind: e.kind,
        name: eventName(e, lexicon.orgName(e.org ?? '') ?? null, e.participants.map((p) => personName.get(p.person) ?? '')),
        place: e.place?.text ?? null,
        date: e.date?.value ?? null,
        date_text: e.date?.text ?? null,
        organization: e.org ? (lexicon.orgName(e.org) ?? e.org) : null,
        host: host ? (personName.get(host.person) ?? null) : null,
        attendees: [...attendees.values()],
        represented_by_delegate: represented,
        expected_only: [...expected].filter((p) => !attendees.has(p)).map((p) => personName.get(p) ?? p),
        // beyond the contract: present only when the article says a country had nobody there
        ...(e.unrepresented.length ? { not_represented: e.unrepresented.map((u) => ({ country: countryName(u.country), evidence: [ev(u.start, u.end, u.rule)] })) } : {}),
        evidence: [...(trigger ? [ev(trigger.start, trigger.end, 'event/trigger')] : []), ...(e.date ? [ev(e.date.start, e.date.end, e.date.rule)] : [])],
      };
    });

  const eventOf = (start: number) => doc.events.find((e) => e.triggers.some((t) => Math.abs(t.start - start) < 400))?.id ?? null;
  const quotes = doc.quotes.map((q) => ({
    speaker: q.speaker ? (personName.get(q.speaker) ?? doc.organisations.find((o) => o.id === q.speaker)?.name ?? (q.speaker.startsWith('country:') ? countryName(q.speaker.slice(8)) : null)) : null,
    text: q.text,
    event: eventOf(q.start),
    evidence: q.evidence.map((s) => ev(s.start, s.end, q.rule)),
  }));

  return {
    id: doc.article.id,
    published: doc.published,
    title: doc.article.title,
    byline: doc.article.byline,
    people,
    organizations,
    memberships,
    events,
    quotes,
    // beyond the contract's sections: present only when the article states some
    ...(foundings.length ? { foundings } : {}),
    ...(suspensions.length ? { suspensions } : {}),
    warnings: doc.warnings,
  };
}

function eventName(e: { kind: string }, org: string | null, people: string[]): string {
  if (org) return `${org} ${e.kind}`;
  const names = people.filter(Boolean).slice(0, 2);
  return names.length ? `${names.join('–')} ${e.kind}` : e.kind;
}
