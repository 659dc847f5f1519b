import { useApolloClient } from '@apollo/client/react';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useEffect, useMemo, useState } from 'react';
import { backoffDelay } from './backoff.js';
import { mergeLiveUpdate, type LiveUpdate } from './liveUpdates.js';
import { serverOffsetMs } from './serverClock.js';

export interface LiveFeed<Item> {
  /** What is held now, in the order first seen (a SNAPSHOT's order). */
  items: readonly Item[];
  /** Server clock − browser clock at the last message, ms (for ticking waits). */
  offsetMs: number;
  /** Browser time of the last message, or null before the first. */
  receivedAt: number | null;
  /** Whether the subscription was refused or failed (it is retried by itself). */
  failed: boolean;
}

interface FeedState<Item> {
  held: ReadonlyMap<string, Item>;
  offsetMs: number;
  receivedAt: number | null;
  failed: boolean;
}

const EMPTY = { held: new Map(), offsetMs: 0, receivedAt: null, failed: false };

/**
 * A live subscription (graphql-ws) held as items by id: a SNAPSHOT replaces, CHANGES and
 * HEARTBEATs merge (mergeLiveUpdate). Results bypass Apollo's cache, so a wallboard open for
 * weeks holds one copy of each item and nothing more. Socket drops are retried by the graphql-ws
 * client (which subscribes again and so gets a fresh SNAPSHOT); a refused or failed subscription
 * is tried again here with backoff, since a kiosk has nobody to press "retry".
 *
 * @param pick the update's kind, serverTime and items from the subscription's data
 * @param isGone items to drop when merged (an alert cleared)
 */
export function useLiveFeed<Data, Variables extends OperationVariables, Item extends { id: string }>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  pick: (data: Data) => LiveUpdate<Item> & { serverTime: string },
  { isGone, skip = false }: { isGone?: (item: Item) => boolean; skip?: boolean } = {},
): LiveFeed<Item> {
  const client = useApolloClient();
  const [state, setState] = useState<FeedState<Item>>(EMPTY);
  // The variables' content, not their identity, decides when to subscribe again.
  const key = JSON.stringify(variables);
  // pick and isGone are read at message time; callers may pass new functions on every render.
  const [handlers] = useState(() => ({ pick, isGone }));
  handlers.pick = pick;
  handlers.isGone = isGone;

  useEffect(() => {
    if (skip) return;
    setState(EMPTY);
    let retries = 0;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let subscription: { unsubscribe(): void } | undefined;
    let stopped = false;

    const retryLater = () => {
      subscription?.unsubscribe();
      setState((s) => ({ ...s, failed: true }));
      if (!stopped) retryTimer = setTimeout(start, backoffDelay(retries++));
    };
    const start = () => {
      subscription = client
        .subscribe({ query: document, variables: JSON.parse(key) as Variables, fetchPolicy: 'no-cache' })
        .subscribe({
          next: (result) => {
            if (result.error || !result.data) return retryLater();
            retries = 0;
            const receivedAt = Date.now();
            const update = handlers.pick(result.data as Data);
            setState((s) => ({
              held: mergeLiveUpdate(s.held, update, handlers.isGone),
              offsetMs: serverOffsetMs(update.serverTime, receivedAt),
              receivedAt,
              failed: false,
            }));
          },
          error: retryLater,
          complete: retryLater,
        });
    };
    start();
    return () => {
      stopped = true;
      clearTimeout(retryTimer);
      subscription?.unsubscribe();
    };
  }, [client, document, key, skip, handlers]);

  const items = useMemo(() => [...state.held.values()], [state.held]);
  return {
    items,
    offsetMs: state.offsetMs,
    receivedAt: state.receivedAt,
    failed: state.failed,
  };
}
