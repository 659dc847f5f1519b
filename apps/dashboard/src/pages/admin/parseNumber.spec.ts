import { describe, expect, it } from 'vitest';
import { parseNumber, percentToFraction } from './parseNumber.js';

describe('parseNumber', () => {
  it('reads blank as not set', () => {
    expect(parseNumber('  ')).toEqual({ ok: true, value: null });
  });
  it('reads numbers, with a decimal point or comma', () => {
    expect(parseNumber('20')).toEqual({ ok: true, value: 20 });
    expect(parseNumber('0,8')).toEqual({ ok: true, value: 0.8 });
  });
  it('rejects text and, for whole-number fields, fractions', () => {
    expect(parseNumber('twenty')).toEqual({ ok: false });
    expect(parseNumber('1.5', { integer: true })).toEqual({ ok: false });
  });
});

describe('percentToFraction', () => {
  it('avoids binary floating-point noise', () => {
    expect(percentToFraction(80)).toBe(0.8);
    expect(percentToFraction(56.7)).toBe(0.567); // 56.7 / 100 = 0.5670000000000001 in IEEE 754
    expect(percentToFraction(99.9)).toBe(0.999); // 99.9 / 100 = 0.9990000000000001
  });
});
