import { normaliseName } from '../../knowledge/normalise.js';
import type { EntityKind } from '../../reconcile/types.js';
import { chunks, json, type Db } from '../repo/db.js';
import type { FactKind } from '../schema.js';
import { findEntity } from './find-entity.js';

/** A node of an entity's neighbourhood: an entity, or an event (named as the articles name it). */
export interface GraphNode {
  readonly id: string;
  readonly label: string;
  readonly type: EntityKind | 'event';
}

/** A fact between two nodes: `kind` is the fact kind, `label` what it says ("member", "attended"). */
export interface GraphEdge {
  readonly source: string;
  readonly target: string;
  readonly kind: FactKind;
  readonly label: string;
}

/** An entity and what is around it. */
export interface GraphView {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  /** True when nodes were left out to stay within the bound. */
  readonly truncated: boolean;
}

/** Options for {@link entityGraph}. */
export interface GraphOptions {
  /** Most nodes, the entity included (default 60): a graph is for looking at, not a dump. */
  readonly maxNodes?: number;
}

/** Facts read per side at most, the latest first: enough for any graph a screen shows. */
const FACTS_READ = 400;

interface FactRow {
  id: number;
  article_pk: number;
  kind: FactKind;
  subject_id: string | null;
  object_id: string | null;
  value: string | null;
  args: string;
  time: string | null;
  event_ref: string | null;
}

/**
 * The neighbourhood of an entity: the people, countries and organisations its facts link it to
 * (offices, memberships, delegates) and the events it took part in with the others who took part
 * in them, from its latest facts. Events have no identity across articles; an event node is its
 * name and date as the articles give them, so two reports of one summit meet when they agree.
 * @throws DossierError NOT_IN_STORE, AMBIGUOUS_NAME
 */
export async function entityGraph(db: Db, query: string, options: GraphOptions = {}): Promise<GraphView> {
  const maxNodes = Math.max(1, options.maxNodes ?? 60);
  const entity = await findEntity(db, query);
  const columns = ['id', 'article_pk', 'kind', 'subject_id', 'object_id', 'value', 'args', 'time', 'event_ref'] as const;
  const [asSubject, asObject] = await Promise.all([
    db.selectFrom('facts').select(columns).where('subject_id', '=', entity.id).orderBy('at', 'desc').orderBy('id', 'desc').limit(FACTS_READ).execute(),
    db.selectFrom('facts').select(columns).where('object_id', '=', entity.id).orderBy('at', 'desc').orderBy('id', 'desc').limit(FACTS_READ).execute(),
  ]);
  const direct = [...asSubject, ...asObject];

  // Events the entity took part in, and the others who took part in them (same article and event).
  const eventKeys = new Map<string, { pk: number; ref: string }>();
  for (const f of direct) if (f.event_ref !== null) eventKeys.set(`${f.article_pk}\u0000${f.event_ref}`, { pk: f.article_pk, ref: f.event_ref });
  const around: FactRow[] = [];
  for (const part of chunks([...eventKeys.values()], 200)) {
    around.push(
      ...(await db
        .selectFrom('facts')
        .select(columns)
        .where((eb) => eb.or(part.map((k) => eb.and([eb('article_pk', '=', k.pk), eb('event_ref', '=', k.ref)]))))
        .where('kind', 'in', ['event', 'attendance', 'delegate', 'expected'])
        .orderBy('id', 'desc')
        .execute()),
    );
  }

  const nodes = new Map<string, GraphNode>();
  const wanted: string[] = [entity.id];
  const edges = new Map<string, GraphEdge>();
  const seen = new Set<number>();
  const entityIds = new Set<string>([entity.id]);
  const eventLabels = new Map<string, string>();
  const pending: { source: string; target: string; kind: FactKind; label: string }[] = [];
  for (const f of [...direct, ...around]) {
    if (seen.has(f.id)) continue;
    seen.add(f.id);
    for (const e of edgesOf(f, eventLabels)) {
      pending.push(e);
      for (const end of [e.source, e.target]) if (!end.startsWith('event:')) entityIds.add(end);
    }
  }
  const entities = await entityNodes(db, [...entityIds]);
  nodes.set(entity.id, entities.get(entity.id) ?? { id: entity.id, label: entity.name, type: entity.kind });

  let truncated = false;
  const accept = (id: string, label: string | null, type: GraphNode['type'] | null): boolean => {
    if (nodes.has(id)) return true;
    if (type === null || label === null) return false;
    if (nodes.size >= maxNodes) {
      truncated = true;
      return false;
    }
    nodes.set(id, { id, label, type });
    wanted.push(id);
    return true;
  };
  for (const e of pending) {
    const ends = [e.source, e.target].map((id) => {
      if (id.startsWith('event:')) return accept(id, eventLabels.get(id) ?? null, 'event');
      const n = entities.get(id);
      return accept(id, n?.label ?? null, n?.type ?? null);
    });
    if (!ends.every(Boolean) || e.source === e.target) continue;
    const key = `${e.source}\u0000${e.target}\u0000${e.kind}\u0000${e.label}`;
    if (!edges.has(key)) edges.set(key, e);
  }
  return { nodes: wanted.map((id) => nodes.get(id)!), edges: [...edges.values()], truncated };
}

/** The edges one fact makes between entities and events. */
function edgesOf(f: FactRow, eventLabels: Map<string, string>): { source: string; target: string; kind: FactKind; label: string }[] {
  const args = json<Record<string, unknown>>(f.args);
  const event = f.value === null ? null : eventNode(f.value, f.time, eventLabels);
  const out: { source: string; target: string; kind: FactKind; label: string }[] = [];
  const add = (source: string | null, target: string | null, label: string) => {
    if (source && target) out.push({ source, target, kind: f.kind, label });
  };
  switch (f.kind) {
    case 'office':
      add(f.subject_id, f.object_id, f.value ?? 'office');
      break;
    case 'membership':
      add(f.subject_id, f.object_id, `${f.value ?? 'member'}${args['hedged'] ? ' (hedged)' : ''}`);
      break;
    case 'event':
      add(f.subject_id, event, 'held');
      add(f.object_id, event, 'host');
      break;
    case 'attendance':
      add(f.subject_id, event, 'attended');
      add(f.subject_id, f.object_id, 'represented');
      break;
    case 'delegate':
      add(f.subject_id, event, 'sent a delegate');
      add(f.object_id, event, 'attended as delegate');
      add(f.object_id, f.subject_id, 'represented');
      break;
    case 'expected':
      add(f.subject_id, event, 'expected');
      break;
    case 'quote':
      break;
  }
  return out;
}

/** An event's node id: its folded name and date, so reports agreeing on both share one node. */
function eventNode(name: string, date: string | null, eventLabels: Map<string, string>): string {
  const id = `event:${normaliseName(name)}${date ? `@${date}` : ''}`;
  if (!eventLabels.has(id)) eventLabels.set(id, date ? `${name} (${date})` : name);
  return id;
}

async function entityNodes(db: Db, ids: readonly string[]): Promise<Map<string, GraphNode>> {
  const out = new Map<string, GraphNode>();
  for (const part of chunks(ids, 500)) {
    for (const r of await db.selectFrom('entities').select(['id', 'name', 'kind']).where('id', 'in', part).execute()) out.set(r.id, { id: r.id, label: r.name, type: r.kind as EntityKind });
  }
  return out;
}
