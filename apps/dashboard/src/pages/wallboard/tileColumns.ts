/** Width ÷ height of a 16:9 TV and of a tile that fits a name and four large figures. */
const SCREEN_ASPECT = 16 / 9;
const TILE_ASPECT = 1.6;

/**
 * How many columns of tiles fill a 16:9 screen best: about √(n · screen aspect ÷ tile aspect),
 * so 4 queues are 2 × 2 and 9 are 3 × 3, rather than a row of narrow tiles.
 */
export function tileColumns(tiles: number): number {
  if (tiles <= 1) return 1;
  return Math.min(tiles, Math.max(1, Math.round(Math.sqrt((tiles * SCREEN_ASPECT) / TILE_ASPECT))));
}
