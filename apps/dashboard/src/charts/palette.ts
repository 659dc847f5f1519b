/**
 * The chart palette as one typed constant (tremor's idea): colour-blind-safe colours (Okabe &
 * Ito, 2008, "Color Universal Design"; sky blue and orange, under 3:1 on white, give way to a purple
 * and a dark ochre), each paired with a marker symbol so that series differ in
 * shape as well as colour (product.md: colour never carries meaning alone). Kept apart from the
 * Recharts wrappers so that pages can name colours without loading Recharts.
 */
export const PALETTE = [
  { colour: '#0072B2', symbol: 'circle' },
  { colour: '#D55E00', symbol: 'triangle' },
  { colour: '#009E73', symbol: 'square' },
  { colour: '#CC79A7', symbol: 'diamond' },
  { colour: '#6A3D9A', symbol: 'cross' },
  { colour: '#8A6100', symbol: 'star' },
] as const satisfies readonly { colour: `#${string}`; symbol: ChartSymbol }[];

/** The marker shapes Recharts draws (its SymbolType). */
export type ChartSymbol = 'circle' | 'cross' | 'diamond' | 'square' | 'star' | 'triangle' | 'wye';

/** The palette entry of a series index (wrapping around after the last). */
export function paletteEntry(index: number): (typeof PALETTE)[number] {
  return PALETTE[((index % PALETTE.length) + PALETTE.length) % PALETTE.length];
}

/** Dash pattern of a previous-period line (current lines are solid). */
export const PREVIOUS_DASH = '6 4';

/** Ink for axes, grid and target lines (≥ 4.5:1 on white). */
export const CHART_INK = { axis: '#4a5568', grid: '#d5dbe3', target: '#17202e' } as const;
