import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/*
 * WCAG 2.2 AA contrast of the colour tokens, read from the style sheets: 4.5:1 for text,
 * 3:1 for control borders (success criteria 1.4.3 and 1.4.11). Relative luminance and the
 * ratio follow the WCAG definition (https://www.w3.org/TR/WCAG22/#dfn-relative-luminance).
 */

function tokens(file: string): Record<string, string> {
  const css = readFileSync(new URL(file, import.meta.url), 'utf8');
  return Object.fromEntries([...css.matchAll(/(--[\w-]+):\s*(#[0-9a-fA-F]{6})\b/g)].map((m) => [m[1], m[2]]));
}

function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [n >> 16, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const page = tokens('./global.css');
const wall = tokens('../pages/wallboard/wallboard.css');

describe('colour contrast (WCAG AA)', () => {
  it('computes the ratio as WCAG does (black on white is 21:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });

  it.each([
    ['--text', '--surface', 4.5],
    ['--text', '--bg', 4.5],
    ['--muted', '--surface', 4.5],
    ['--muted', '--bg', 4.5],
    ['--primary', '--surface', 4.5],
    ['--error', '--surface', 4.5],
    ['--error', '--error-bg', 4.5],
    ['--header-text', '--header', 4.5],
    ['--header-muted', '--header', 4.5],
    ['--focus-on-dark', '--header', 3],
    ['--control-border', '--surface', 3],
  ])('pages: %s on %s ≥ %s:1', (fg, bg, min) => {
    expect(contrast(page[fg], page[bg])).toBeGreaterThanOrEqual(min);
  });

  it.each([
    ['--wb-text', '--wb-tile', 4.5],
    ['--wb-text', '--wb-bg', 4.5],
    ['--wb-muted', '--wb-tile', 4.5],
    ['--wb-muted', '--wb-bg', 4.5],
  ])('wallboard: %s on %s ≥ %s:1', (fg, bg, min) => {
    expect(contrast(wall[fg], wall[bg])).toBeGreaterThanOrEqual(min);
  });
});
