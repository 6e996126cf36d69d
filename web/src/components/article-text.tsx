import type { JSX } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { ArticleView, SpanRange } from '../../../src/server/contract.js';
import { factKey, segment, type Run } from '../lib/segments.js';

/** Props of {@link ArticleText}. */
export interface ArticleTextProps {
  readonly article: ArticleView;
  /** The fact key shown across sources (hovered, else selected). */
  readonly active: string | null;
  readonly selected: string | null;
  /** A range to highlight and scroll to (a cited sentence). */
  readonly focus: SpanRange | null;
  /** Changes whenever the page wants this text scrolled to `focus`, else to the active fact. */
  readonly scrollToken?: unknown;
  readonly onHover?: (key: string | null) => void;
  readonly onSelect?: (key: string) => void;
}

/**
 * An article's text, block by block, as text nodes only (never HTML): boilerplate dimmed with its
 * kind, names underlined, every fact marked at its evidence with its verdict. The first piece of
 * each fact is focusable, so the facts can be walked with the keyboard.
 */
export function ArticleText(props: ArticleTextProps): JSX.Element {
  const { article, active, selected, focus, scrollToken, onHover, onSelect } = props;
  const blocks = useMemo(() => segment(article, focus), [article, focus?.start, focus?.end]);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (scrollToken === undefined || !box.current) return;
    const target = box.current.querySelector<HTMLElement>('.focus') ?? (active ? box.current.querySelector<HTMLElement>(`[data-keys~="${CSS.escape(active)}"]`) : null);
    if (target) scrollWithin(box.current, target);
  }, [scrollToken]);

  const renderRun = (run: Run) => {
    if (run.facts.length === 0 && !run.focused) {
      if (run.mention) return <span key={run.start} class="mention" title={`${run.mention.name} (${run.mention.type})`}>{run.text}</span>;
      if (run.boilerplate) return <span key={run.start} class="dim">{run.text}</span>;
      return run.text;
    }
    const inner = run.facts[0];
    const keys = run.facts.map(factKey);
    const verdict = run.facts.some((f) => f.verdict === 'contradict') ? 'contradict' : (inner?.verdict ?? 'none');
    const classes = ['fact', `v-${verdict}`];
    if (run.facts.length === 0) classes.splice(0, 2);
    if (active !== null && keys.includes(active)) classes.push('active');
    if (run.focused) classes.push('focus');
    if (run.mention) classes.push('mention');
    if (run.boilerplate) classes.push('dim');
    const title = run.facts.map((f) => `${f.label}${f.verdict ? ` — ${f.verdict}` : ''}`).join('\n');
    const key = inner ? factKey(inner) : null;
    // One tab stop per fact: at the first piece of its innermost evidence.
    const stop = inner !== undefined && run.start === inner.start;
    const handlers =
      key === null
        ? {}
        : {
            onMouseEnter: () => onHover?.(key),
            onMouseLeave: () => onHover?.(null),
            onClick: () => onSelect?.(key),
          };
    const keyboard = stop
      ? {
          tabIndex: 0,
          role: 'button' as const,
          'aria-pressed': selected === key,
          'aria-label': `${inner.label}${inner.verdict ? `, sources ${inner.verdict === 'contradict' ? 'disagree' : inner.verdict === 'agree' ? 'agree' : 'only here'}` : ''}: ${run.text}`,
          onFocus: () => onHover?.(key),
          onBlur: () => onHover?.(null),
          onKeyDown: (e: KeyboardEvent) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              onSelect?.(key!);
            }
          },
        }
      : {};
    return (
      <mark key={run.start} class={classes.join(' ')} data-keys={keys.join(' ')} data-start={run.start} data-end={run.end} title={title || undefined} {...handlers} {...keyboard}>
        {run.text}
      </mark>
    );
  };

  return (
    <div class="article-text" ref={box}>
      {blocks.map((b) => (
        <p key={b.start} class={b.boilerplate ? 'block boilerplate' : 'block'} data-start={b.start}>
          {b.boilerplate && <span class="bp-kind">{b.boilerplate.kind}</span>}
          {b.runs.map(renderRun)}
        </p>
      ))}
    </div>
  );
}

/** Scroll `el` into view (inside `box` when `box` scrolls itself, else the page), unless it is in view already. */
function scrollWithin(box: HTMLElement, el: HTMLElement): void {
  const r = el.getBoundingClientRect();
  const b = box.getBoundingClientRect();
  if (r.top >= Math.max(b.top, 0) && r.bottom <= Math.min(b.bottom, innerHeight)) return;
  const behavior: ScrollBehavior = matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
  if (box.scrollHeight > box.clientHeight + 1 && getComputedStyle(box).overflowY !== 'visible') {
    const boxTop = box.getBoundingClientRect().top;
    const elTop = el.getBoundingClientRect().top;
    box.scrollTo({ top: box.scrollTop + elTop - boxTop - box.clientHeight / 3, behavior });
  } else {
    el.scrollIntoView({ block: 'center', behavior });
  }
}
