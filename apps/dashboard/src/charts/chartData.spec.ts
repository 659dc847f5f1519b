import { describe, expect, it } from 'vitest';
import { chartHasValues, extremesOf, niceScale } from './chartData.js';

describe('chartHasValues', () => {
  it('is false for no rows, or rows holding only null, NaN or other keys', () => {
    expect(chartHasValues([], ['a'])).toBe(false);
    expect(chartHasValues([{ a: null }, { a: Number.NaN, b: 3 }], ['a'])).toBe(false);
  });
  it('is true as soon as one row has a number, zero included', () => {
    expect(chartHasValues([{ a: null }, { a: 0 }], ['a'])).toBe(true);
  });
});

describe('extremesOf', () => {
  it('finds the lowest and highest value and their rows, first on ties, skipping gaps', () => {
    const rows = [
      { x: 'd1', v: 0.8 },
      { x: 'd2', v: null },
      { x: 'd3', v: 0.7 },
      { x: 'd4', v: 0.9 },
      { x: 'd5', v: 0.7 },
    ];
    const e = extremesOf(rows, 'v');
    expect(e?.count).toBe(4);
    expect(e?.low).toEqual({ value: 0.7, row: rows[2] });
    expect(e?.high).toEqual({ value: 0.9, row: rows[3] });
  });
  it('is null for a series without values', () => {
    expect(extremesOf([{ v: null }], 'v')).toBeNull();
  });
});

describe('niceScale', () => {
  it('ends a little above the highest value, on about four round steps', () => {
    expect(niceScale(0.036)).toEqual({ top: 0.04, ticks: [0, 0.01, 0.02, 0.03, 0.04] });
    expect(niceScale(34)).toEqual({ top: 40, ticks: [0, 10, 20, 30, 40] });
    expect(niceScale(0.24)).toEqual({ top: 0.3, ticks: [0, 0.1, 0.2, 0.3] });
    expect(niceScale(1350)).toEqual({ top: 1500, ticks: [0, 500, 1000, 1500] });
    expect(niceScale(12)).toEqual({ top: 15, ticks: [0, 5, 10, 15] });
  });
  it('keeps whole steps for counts', () => {
    expect(niceScale(1, { integer: true })).toEqual({ top: 2, ticks: [0, 1, 2] });
    expect(niceScale(9, { integer: true })).toEqual({ top: 12, ticks: [0, 3, 6, 9, 12] });
  });
  it('stops shares at 100 %, in quarters', () => {
    expect(niceScale(0.97, { cap: 1 })).toEqual({ top: 1, ticks: [0, 0.25, 0.5, 0.75, 1] });
    expect(niceScale(0.8, { cap: 1 })).toEqual({ top: 1, ticks: [0, 0.25, 0.5, 0.75, 1] });
    expect(niceScale(0.5, { cap: 1 })).toEqual({ top: 0.6, ticks: [0, 0.2, 0.4, 0.6] });
  });
  it('gives 0…1 when there is nothing to scale', () => {
    expect(niceScale(0).top).toBe(1);
    expect(niceScale(Number.NaN).top).toBe(1);
  });
});
