import { ApolloLink } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import type { Session } from './session.js';

/**
 * Apollo links for access control: every HTTP operation carries the session's Authorization
 * (a fresh access token, or the wallboard's kiosk token); an UNAUTHENTICATED answer makes the
 * session refresh (or sign out), so the page falls back to the login.
 */
export function authLinks(session: Session): ApolloLink {
  const withAuthorization = new SetContextLink(async (prevContext) => {
    const authorization = await session.authorization();
    return authorization ? { headers: { ...prevContext.headers, authorization } } : {};
  });
  const onUnauthenticated = new ErrorLink(({ error }) => {
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED'))
      void session.rejected();
  });
  return ApolloLink.from([onUnauthenticated, withAuthorization]);
}

/** graphql-ws connection params: the same credential, read afresh at every (re)connection. */
export async function wsConnectionParams(session: Session): Promise<Record<string, string>> {
  const authorization = await session.authorization();
  return authorization ? { authorization } : {};
}
