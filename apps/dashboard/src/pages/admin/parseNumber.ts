/** The result of reading a number typed into a form field. */
export type ParsedNumber = { ok: true; value: number | null } | { ok: false };

/**
 * Reads a form field as a number: blank is null (not set), otherwise it must be a finite
 * number, and a whole one when `integer` is set. Accepts a decimal comma ("0,8").
 */
export function parseNumber(text: string, { integer = false }: { integer?: boolean } = {}): ParsedNumber {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const value = Number(trimmed.replace(',', '.'));
  if (!Number.isFinite(value) || (integer && !Number.isInteger(value))) return { ok: false };
  return { ok: true, value };
}

/** A percentage typed by a person (80) as the fraction the API stores (0.8), without float noise. */
export function percentToFraction(percent: number): number {
  return Math.round(percent * 100) / 10_000;
}
