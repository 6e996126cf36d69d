import type { JSX } from 'preact';

const WORDS = { agree: 'sources agree', contradict: 'sources disagree', unique: 'one source only' } as const;

/** A verdict as a coloured badge whose words say it too (colour is never the only cue). */
export function VerdictBadge({ verdict }: { readonly verdict: 'agree' | 'contradict' | 'unique' | null }): JSX.Element | null {
  if (verdict === null) return null;
  return <span class={`badge v-${verdict}`}>{WORDS[verdict]}</span>;
}

/** What the marks in an article's text mean. */
export function Legend(): JSX.Element {
  return (
    <p class="legend" aria-label="Legend">
      <mark class="fact v-agree">agreed fact</mark> <mark class="fact v-contradict">contradicted fact</mark> <mark class="fact v-unique">one source only</mark> <mark class="fact v-none">not compared</mark>{' '}
      <span class="dim">boilerplate</span> <span class="mention">a name</span>
    </p>
  );
}
