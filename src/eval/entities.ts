/**
 * Whether two references to a country or an organisation name the same thing, as the scorer
 * compares `of`, `member`, `organization`, `representing` and non-person speakers.
 */
import type { FactsOrganization } from '../core/facts.js';
import { findOrganisations } from '../knowledge/organisations.js';
import { countryCodes } from './country-aliases.js';
import { nameKey } from './match-names.js';

/** {@link nameKey} without a leading "the": "the Arab League" is the Arab League. */
export function entityKey(name: string): string {
  return nameKey(name).replace(/^the /, '');
}

/**
 * The organisations one side of a comparison lists, so that a reference written as an acronym
 * ("SCO") meets the full name through that side's own `mentions`.
 */
export class OrgForms {
  readonly #byKey = new Map<string, Set<string>>();

  constructor(organizations: readonly FactsOrganization[]) {
    for (const org of organizations) {
      const forms = [org.name, ...org.mentions];
      const keys = new Set(forms.map(entityKey).filter((k) => k !== ''));
      for (const key of keys) {
        const known = this.#byKey.get(key) ?? new Set<string>();
        for (const k of keys) known.add(k);
        this.#byKey.set(key, known);
      }
    }
  }

  /** The keys of every form of the organisation a reference names (at least the reference's own key). */
  keysOf(reference: string): Set<string> {
    const key = entityKey(reference);
    return new Set([key, ...(this.#byKey.get(key) ?? [])]);
  }

  /** The written forms of a reference, for the organisation knowledge (acronyms are case-sensitive there). */
  formsOf(reference: string, organizations: readonly FactsOrganization[]): string[] {
    const key = entityKey(reference);
    const forms = [reference];
    for (const org of organizations) {
      const all = [org.name, ...org.mentions];
      if (all.some((f) => entityKey(f) === key)) forms.push(...all);
    }
    return forms;
  }
}

/** One side of an entity comparison: its organisations, as listed in its facts view. */
export interface EntitySide {
  readonly organizations: readonly FactsOrganization[];
  readonly forms: OrgForms;
}

/** Build an {@link EntitySide} from a facts view's organisations. */
export function entitySide(organizations: readonly FactsOrganization[]): EntitySide {
  return { organizations, forms: new OrgForms(organizations) };
}

const intersects = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean => [...a].some((x) => b.has(x));

function knownOrgIds(forms: readonly string[]): Set<string> {
  const ids = new Set<string>();
  for (const form of forms) for (const org of findOrganisations(form)) ids.add(org.id);
  return ids;
}

/**
 * True when a predicted and a gold reference name the same country or organisation: equal after
 * normalising; or the same ISO 3166 country; or the same organisation through either side's
 * listed mentions ("SCO" / "Shanghai Cooperation Organisation") or the organisation knowledge
 * ("UN" / "United Nations"). Two nulls are equal; a null never equals a name.
 */
export function sameEntity(predicted: string | null, gold: string | null, p: EntitySide, g: EntitySide): boolean {
  if (predicted === null || gold === null) return predicted === gold;
  const pk = entityKey(predicted);
  const gk = entityKey(gold);
  if (pk === '' || gk === '') return false;
  if (pk === gk) return true;
  const pc = countryCodes(predicted);
  const gc = countryCodes(gold);
  if (pc.size > 0 && gc.size > 0) return intersects(pc, gc);
  if (intersects(p.forms.keysOf(predicted), g.forms.keysOf(gold))) return true;
  return intersects(knownOrgIds(p.forms.formsOf(predicted, p.organizations)), knownOrgIds(g.forms.formsOf(gold, g.organizations)));
}
