/**
 * What one change may have touched: queue roll-up days from `earliestQueueDay` on (local day
 * start, epoch ms; null: no queue roll-up changed, only other data), or anything at all.
 */
export type DataChange = { everything: true } | { everything: false; earliestQueueDay: number | null };

/** Changes remembered; an answer older than all of them is taken as touched. */
const KEEP = 10_000;

/**
 * The recent changes to the stored data, numbered (the generation), so that an answer computed at
 * one generation can tell whether any later change may have touched what it read. An answer that
 * reads only queue roll-ups before some instant (a trend ending days ago) survives the live feed
 * of today; any other answer is touched by any change.
 */
export class ChangeLog {
  private generation = 0;
  /** Ascending by generation. */
  private readonly changes: { generation: number; change: DataChange }[] = [];

  /** The number of the latest change (0: none yet). */
  get current(): number {
    return this.generation;
  }

  record(change: DataChange): void {
    this.generation++;
    this.changes.push({ generation: this.generation, change });
    if (this.changes.length > KEEP) this.changes.splice(0, this.changes.length - KEEP / 2);
  }

  /**
   * Whether a change after generation `since` may have touched an answer that reads queue
   * roll-up days starting before `readsBefore` (epoch ms), or anything (null).
   */
  touchedSince(since: number, readsBefore: number | null): boolean {
    if (since >= this.generation) return false;
    const oldest = this.changes[0]?.generation ?? this.generation + 1;
    if (since < oldest - 1) return true;
    for (let i = this.changes.length - 1; i >= 0 && this.changes[i].generation > since; i--) {
      const { change } = this.changes[i];
      if (change.everything || readsBefore === null) return true;
      if (change.earliestQueueDay !== null && change.earliestQueueDay < readsBefore) return true;
    }
    return false;
  }
}
