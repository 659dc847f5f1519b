import { createContext, use, useSyncExternalStore, type ReactNode } from 'react';
import { useNow } from '../site/useNow.js';
import { createConnectionStore, type ConnectionStore } from './connectionStore.js';
import { deriveLiveStatus, type LiveStatus } from './liveStatus.js';

const LiveConnectionContext = createContext<ConnectionStore>(createConnectionStore());

export function LiveConnectionProvider({ store, children }: { store: ConnectionStore; children: ReactNode }) {
  return <LiveConnectionContext value={store}>{children}</LiveConnectionContext>;
}

/**
 * The live status for an indicator, re-evaluated every second so that data turns stale on
 * screen even when nothing else happens. `connected`: whether the socket is up now (a stale
 * board says whether it is still trying to reconnect).
 */
export function useLiveStatus(staleAfterMs: number): {
  status: LiveStatus;
  lastMessageAt: number | null;
  connected: boolean;
} {
  const store = use(LiveConnectionContext);
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const now = useNow(1000);
  return {
    status: deriveLiveStatus(snapshot, now, staleAfterMs),
    lastMessageAt: snapshot.lastMessageAt,
    connected: snapshot.socket === 'connected',
  };
}
