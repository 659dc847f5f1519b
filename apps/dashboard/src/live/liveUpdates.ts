/** How a live update relates to what the client holds (the API's LiveUpdateKind). */
export type LiveUpdateKind = 'SNAPSHOT' | 'CHANGES' | 'HEARTBEAT';

export interface LiveUpdate<Item> {
  kind: LiveUpdateKind;
  items: readonly Item[];
}

/**
 * What a client holds after one live update, by item id: a SNAPSHOT replaces everything held
 * (items that left the filter disappear); CHANGES and HEARTBEATs are merged by id. `isGone`
 * drops merged items that no longer belong (an alert cleared by a CHANGES message).
 * Holding items by id, never appending, keeps a wallboard's memory flat for weeks.
 *
 * @example mergeLiveUpdate(new Map(), { kind: 'SNAPSHOT', items: [{ id: '1' }] }).size === 1
 */
export function mergeLiveUpdate<Item extends { id: string }>(
  held: ReadonlyMap<string, Item>,
  update: LiveUpdate<Item>,
  isGone: (item: Item) => boolean = () => false,
): Map<string, Item> {
  const next = update.kind === 'SNAPSHOT' ? new Map<string, Item>() : new Map(held);
  for (const item of update.items) {
    if (isGone(item)) next.delete(item.id);
    else next.set(item.id, item);
  }
  return next;
}
