import type { LiveConnectionSnapshot, SocketState } from './liveStatus.js';

/**
 * The state of the live (WebSocket) connection as a tiny external store, fed by the graphql-ws
 * client's events and by subscriptions when data arrives; read with useSyncExternalStore.
 */
export interface ConnectionStore {
  getSnapshot(): LiveConnectionSnapshot;
  subscribe(listener: () => void): () => void;
  setSocket(state: SocketState): void;
  /** Call when a live message (subscription data) arrives. */
  markMessage(at?: number): void;
}

export function createConnectionStore(): ConnectionStore {
  let snapshot: LiveConnectionSnapshot = { socket: 'idle', everConnected: false, lastMessageAt: null };
  const listeners = new Set<() => void>();
  const update = (next: LiveConnectionSnapshot) => {
    snapshot = next;
    listeners.forEach((l) => l());
  };
  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setSocket(socket) {
      if (socket === snapshot.socket) return;
      update({ ...snapshot, socket, everConnected: snapshot.everConnected || socket === 'connected' });
    },
    markMessage(at = Date.now()) {
      update({ ...snapshot, lastMessageAt: at });
    },
  };
}
