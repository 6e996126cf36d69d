import { usageError } from './errors.js';

/** Parse a positive integer option, or throw a usage error naming the option. */
export function parsePositiveInt(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) throw usageError(`${name} must be a positive integer, got "${value}"`);
    return n;
  };
}

/** Parse a `YYYY-MM-DD` date option, checking that the date exists. */
export function parseIsoDate(name: string) {
  return (value: string): string => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
    if (!m || !d || d.getUTCDate() !== Number(m[3]) || d.getUTCMonth() !== Number(m[2]) - 1) {
      throw usageError(`${name} must be a date as YYYY-MM-DD, got "${value}"`);
    }
    return value;
  };
}

/** Parse one of a fixed set of values. */
export function parseChoice<T extends string>(name: string, choices: readonly T[]) {
  return (value: string): T => {
    if (!(choices as readonly string[]).includes(value)) throw usageError(`${name} must be one of ${choices.join(', ')}, got "${value}"`);
    return value as T;
  };
}
