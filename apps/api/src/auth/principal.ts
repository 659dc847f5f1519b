import type { Role } from '../directory/entities/user.entity.js';

/** Who is calling: a signed-in user, a wallboard kiosk token, or an ingestion API key. */
export type Principal =
  | {
      kind: 'user';
      userId: number;
      username: string;
      role: Role;
      /** For AGENT users: the agent whose own schedule they may see. */
      agentId: string | null;
      /** The session (refresh-token family) the access token belongs to. */
      sessionId: string;
    }
  | { kind: 'kiosk'; id: number; name: string }
  | { kind: 'apiKey'; id: number; name: string };

/** What a request presented: nothing, something that did not check out, or a principal. */
export type Authentication =
  { status: 'anonymous' } | { status: 'invalid' } | { status: 'ok'; principal: Principal };

/** A short description of a principal for logs and the audit log ("user:admin", "kiosk:3"). */
export function describePrincipal(p: Principal | null | undefined): string {
  if (!p) return 'anonymous';
  if (p.kind === 'user') return `user:${p.username}`;
  return `${p.kind === 'kiosk' ? 'kiosk' : 'api-key'}:${p.id}:${p.name}`;
}
