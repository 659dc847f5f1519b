import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { backoffDelay } from '../live/backoff.js';
import type { ConnectionStore } from '../live/connectionStore.js';
import { authLinks, wsConnectionParams } from '../auth/authLinks.js';
import type { Session } from '../auth/session.js';

/** ws(s)://<this host>/graphql: the API serves the dashboard and GraphQL on one port. */
export function graphqlWsUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
}

/**
 * The dashboard's GraphQL client: queries and mutations over HTTP (POST /graphql), subscriptions
 * over graphql-ws. The socket opens only while a subscription is active (lazy) and, once a
 * wallboard is subscribed, reconnects forever with capped exponential backoff: a TV must
 * recover from an API restart or a network blip without anyone touching it.
 */
export function createApolloClient(connection: ConnectionStore, session: Session): ApolloClient {
  const httpLink = new HttpLink({ uri: '/graphql' });
  const wsClient = createClient({
    url: graphqlWsUrl(window.location),
    lazy: true,
    // The session's credential (access token or kiosk token), read afresh at each connection.
    connectionParams: () => wsConnectionParams(session),
    keepAlive: 10_000,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, backoffDelay(retries))),
    on: {
      connecting: () => connection.setSocket('connecting'),
      connected: () => connection.setSocket('connected'),
      // 1000 is graphql-ws closing a lazy socket when the last subscription ends.
      closed: (event) =>
        connection.setSocket((event as CloseEvent | undefined)?.code === 1000 ? 'idle' : 'closed'),
      message: (message) => {
        if (message.type === 'next') connection.markMessage();
      },
    },
  });
  const link = ApolloLink.split(
    (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
    new GraphQLWsLink(wsClient),
    ApolloLink.from([authLinks(session), httpLink]),
  );
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  // Someone signed in or out (not the first finding-out at start): forget the other's data,
  // refetch what is on screen and reconnect the socket as the new caller.
  let known = session.snapshot.status !== 'unknown';
  session.subscribe(() => {
    if (known) {
      void client.resetStore().catch(() => undefined);
      wsClient.terminate();
    }
    known = session.snapshot.status !== 'unknown';
  });
  return client;
}
