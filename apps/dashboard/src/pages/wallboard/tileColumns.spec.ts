import { describe, expect, it } from 'vitest';
import { tileColumns } from './tileColumns.js';

describe('tileColumns', () => {
  it('lays out common queue counts as near-square grids', () => {
    expect([0, 1, 2, 3, 4, 6, 9, 12, 16].map(tileColumns)).toEqual([1, 1, 1, 2, 2, 3, 3, 4, 4]);
  });
});
