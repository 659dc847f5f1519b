import { describe, expect, it } from 'vitest';
import { PALETTE, paletteEntry } from './palette.js';

// WCAG 2.2 relative luminance and contrast ratio (https://www.w3.org/TR/WCAG22/#dfn-relative-luminance).
function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [n >> 16, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe('chart palette', () => {
  it.each(PALETTE.map((p) => p.colour))('%s is a graphical object ≥ 3:1 on white (WCAG 1.4.11)', (colour) => {
    expect(contrast(colour, '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it('gives every colour its own marker, so series differ in shape too', () => {
    expect(new Set(PALETTE.map((p) => p.symbol)).size).toBe(PALETTE.length);
    expect(new Set(PALETTE.map((p) => p.colour)).size).toBe(PALETTE.length);
  });

  it('wraps around after the last colour', () => {
    expect(paletteEntry(PALETTE.length)).toBe(PALETTE[0]);
    expect(paletteEntry(-1)).toBe(PALETTE[PALETTE.length - 1]);
  });
});
