import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { GraphNode, GraphResponse } from '../../../src/server/contract.js';
import { Await, ErrorBox } from '../components/status.js';
import { api } from '../lib/api.js';
import { href } from '../lib/router.js';
import { useApi } from '../lib/use-api.js';
import { EntityHead } from './entity-head.js';

/** Colour and shape per node type: the shape tells the type without the colour. */
const LOOK: Record<GraphNode['type'], { color: string; shape: string; label: string }> = {
  person: { color: '#1864ab', shape: 'ellipse', label: 'person (circle)' },
  country: { color: '#2b8a3e', shape: 'round-rectangle', label: 'country (rounded square)' },
  organisation: { color: '#c2410c', shape: 'hexagon', label: 'organisation (hexagon)' },
  event: { color: '#6741d9', shape: 'diamond', label: 'event (diamond)' },
};

/** Where a node leads: its page, or none for events (they have no page of their own). */
export function nodeHref(node: GraphNode): string | null {
  if (node.type === 'event') return null;
  return href.entityOf(node.id, node.type);
}

/**
 * The people, countries, organisations and events around an entity, drawn by Cytoscape (loaded
 * only on this page); a click on a node opens its page. The same graph is listed as links below
 * the drawing for keyboards and screen readers.
 */
export function GraphPage({ id }: { readonly id: string }): JSX.Element {
  const entity = useApi(`entity:${id}`, (signal) => api.entity(id, { signal }));
  const graph = useApi(`graph:${id}`, (signal) => api.graph(id, { signal }));
  const head = entity.state === 'done' ? entity.data.entity : undefined;
  return (
    <>
      {head ? (
        <EntityHead entity={head} current="graph" />
      ) : (
        <header class="page-head">
          <h1>Graph around {id}</h1>
        </header>
      )}
      <Await loaded={graph}>{(g) => <Graph graph={g} center={head?.id ?? id} />}</Await>
    </>
  );
}

/**
 * Cytoscape adds an inline `<style>` unless an element with its stylesheet's id exists; the
 * server's Content-Security-Policy forbids inline styles, so the rule it wants (its container
 * positioned) is in styles.css and this placeholder stops the blocked attempt.
 */
function claimCytoscapeStylesheet(): void {
  const id = '__________cytoscape_stylesheet';
  if (document.getElementById(id)) return;
  const placeholder = document.createElement('meta');
  placeholder.id = id;
  document.head.append(placeholder);
}

function Graph({ graph, center }: { readonly graph: GraphResponse; readonly center: string }): JSX.Element {
  const box = useRef<HTMLDivElement>(null);
  const [failure, setFailure] = useState<Error | null>(null);
  const [picked, setPicked] = useState<GraphNode | null>(null);
  useEffect(() => {
    let destroyed = false;
    let destroy = () => {};
    import('cytoscape')
      .then(({ default: cytoscape }) => {
        if (destroyed || !box.current) return;
        claimCytoscapeStylesheet();
        const near = new Set(graph.edges.flatMap((e) => (e.source === center ? [e.target] : e.target === center ? [e.source] : [])));
        const cy = cytoscape({
          container: box.current,
          elements: [
            ...graph.nodes.map((n) => ({ data: { id: n.id, label: n.label, type: n.type, center: n.id === center ? 1 : 0 } })),
            ...graph.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, label: e.label } })),
          ],
          style: [
            { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4, color: '#212529', 'text-wrap': 'ellipsis', 'text-max-width': '140px', 'text-background-color': '#fff', 'text-background-opacity': 0.75, width: 22, height: 22 } },
            ...Object.entries(LOOK).map(([type, look]) => ({ selector: `node[type = "${type}"]`, style: { 'background-color': look.color, shape: look.shape as 'ellipse' } })),
            { selector: 'node[center = 1]', style: { width: 34, height: 34, 'border-width': 4, 'border-color': '#212529', 'font-weight': 'bold' } },
            { selector: 'edge', style: { width: 1.5, 'line-color': '#c4cbd2', 'curve-style': 'bezier', 'font-size': 10, color: '#212529', 'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.9 } },
            // Labels only on the links of the node under the pointer: all at once are unreadable.
            { selector: 'edge.near', style: { label: 'data(label)', 'line-color': '#0969da', width: 2.5, 'z-index': 10 } },
          ],
          // Rings by distance: the entity in the middle, what it touches around it, the rest outside.
          // Deterministic, unlike force layouts, so the same graph is drawn the same way.
          layout: { name: 'concentric', concentric: (n: { id: () => string }) => (n.id() === center ? 3 : near.has(n.id()) ? 2 : 1), levelWidth: () => 1, minNodeSpacing: 36, animate: false },
          wheelSensitivity: 0.3,
        });
        cy.on('mouseover', 'node', (evt) => {
          evt.target.connectedEdges().addClass('near');
          if (box.current) box.current.style.cursor = 'pointer';
        });
        cy.on('mouseout', 'node', (evt) => {
          evt.target.connectedEdges().removeClass('near');
          if (box.current) box.current.style.cursor = '';
        });
        cy.on('tap', 'node', (evt) => {
          const node = graph.nodes.find((n) => n.id === evt.target.id());
          if (!node) return;
          const link = nodeHref(node);
          if (link) location.hash = link;
          else setPicked(node);
        });
        destroy = () => cy.destroy();
      })
      .catch((e: unknown) => setFailure(e instanceof Error ? e : new Error(String(e))));
    return () => {
      destroyed = true;
      destroy();
    };
  }, [graph, center]);

  const labelOf = new Map(graph.nodes.map((n) => [n.id, n.label]));
  return (
    <section aria-labelledby="graph-h">
      <h2 id="graph-h">Around it</h2>
      <p class="legend">
        {Object.entries(LOOK).map(([type, look]) => (
          <span key={type} class="key">
            <span class="swatch" style={{ background: look.color }} /> {look.label}
          </span>
        ))}
      </p>
      {failure && <ErrorBox error={failure} />}
      <div ref={box} class="graph" role="img" aria-label={`Graph of ${graph.nodes.length} nodes and ${graph.edges.length} links; the same is listed below.`} />
      {picked && <p role="status">{picked.label} is an event: it has no page of its own.</p>}
      {graph.truncated && <p class="muted">Only the closest part of the graph is drawn.</p>}
      <details>
        <summary>The graph as a list ({graph.edges.length} links)</summary>
        <ul>
          {graph.edges.map((e, i) => {
            const node = graph.nodes.find((n) => n.id === e.target);
            const link = node ? nodeHref(node) : null;
            return (
              <li key={i}>
                {labelOf.get(e.source) ?? e.source} — {e.label} — {link ? <a href={link}>{labelOf.get(e.target) ?? e.target}</a> : (labelOf.get(e.target) ?? e.target)}
              </li>
            );
          })}
        </ul>
      </details>
    </section>
  );
}
