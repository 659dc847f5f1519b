import { IntlMessageFormat } from 'intl-messageformat';
import { PLANNING_MESSAGES, type PlanningMessageKey } from './messages.js';

/** A message of the planning API: its catalogue key, its params and its English text. */
export interface PlanningMessage {
  key: PlanningMessageKey;
  params: Record<string, string | number>;
  text: string;
}

const compiled = new Map<PlanningMessageKey, IntlMessageFormat>();

/** Renders a template of PLANNING_MESSAGES in English with `params`. */
export function message(
  key: PlanningMessageKey,
  params: Record<string, string | number> = {},
): PlanningMessage {
  let format = compiled.get(key);
  if (format === undefined) {
    format = new IntlMessageFormat(PLANNING_MESSAGES[key], 'en');
    compiled.set(key, format);
  }
  return { key, params, text: String(format.format(params)) };
}

/**
 * A number for a formula line: whole numbers as they are, others to 4 significant digits (the
 * precision product.md asks of Erlang figures), without exponent notation for ordinary sizes.
 */
export function sig(value: number, digits = 4): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : value < 0 ? '−∞' : 'n/a';
  if (Number.isInteger(value)) return String(value);
  const rounded = Number(value.toPrecision(digits));
  return Math.abs(rounded) >= 1e-4 || rounded === 0 ? String(rounded) : rounded.toExponential(digits - 1);
}

/** Rounds up to whole people, forgiving floating-point dust (21 / (1 − 0.3) = 30.000000000000004 → 30). */
export function wholePeople(value: number): number {
  const nearest = Math.round(value);
  return Math.abs(value - nearest) <= 1e-9 * Math.max(1, Math.abs(value)) ? nearest : Math.ceil(value);
}
