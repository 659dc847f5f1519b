/** What the live connection's socket is doing (graphql-ws client events). */
export type SocketState = 'idle' | 'connecting' | 'connected' | 'closed';

/**
 * What a reader needs to know about live data:
 * - online: connected, and data arrived recently;
 * - connecting: first connection under way;
 * - reconnecting: the connection dropped a moment ago and is being re-established (by itself);
 *   the figures on screen are still recent;
 * - stale: no recent data (never received, or older than the stale limit), whatever the socket
 *   does: the figures on screen no longer describe now.
 */
export type LiveStatus = 'online' | 'connecting' | 'reconnecting' | 'stale';

export interface LiveConnectionSnapshot {
  socket: SocketState;
  /** Whether the socket has ever been connected (tells "connecting" from "reconnecting"). */
  everConnected: boolean;
  /** Epoch ms of the last live message, or null if none yet. */
  lastMessageAt: number | null;
}

/**
 * Derives the status shown by the connection indicator from the socket state and the age of
 * the last live message. No data for `staleAfterMs` is stale, connected or not: the numbers on
 * screen no longer describe now (a dropped connection shows "reconnecting" only while they do).
 */
export function deriveLiveStatus(
  snapshot: LiveConnectionSnapshot,
  now: number,
  staleAfterMs: number,
): LiveStatus {
  const fresh = snapshot.lastMessageAt !== null && now - snapshot.lastMessageAt <= staleAfterMs;
  switch (snapshot.socket) {
    case 'connected':
      return fresh ? 'online' : 'stale';
    case 'connecting':
    case 'closed':
      if (snapshot.everConnected) return fresh ? 'reconnecting' : 'stale';
      return snapshot.socket === 'connecting' ? 'connecting' : 'stale';
    case 'idle':
      return 'stale';
  }
}
