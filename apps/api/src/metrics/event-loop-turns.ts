/**
 * Runs computations one per turn of the event loop, in the order asked: between two of them the
 * loop reads sockets and answers other requests. `setImmediate` callbacks queued while the loop
 * runs them wait for its next turn, so each computation gets a turn of its own.
 */
export class EventLoopTurns {
  private last: Promise<unknown> = Promise.resolve();

  next<T>(compute: () => T): Promise<T> {
    const result = this.last.then(() => new Promise<void>((resolve) => setImmediate(resolve))).then(compute);
    this.last = result.catch(() => undefined);
    return result;
  }
}
