import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import type { Env } from '../config/env.js';

/** Largest sign-in request body (username, password or refresh token): a few hundred bytes in practice. */
export const AUTH_BODY_LIMIT = '8kb';

/**
 * HTTP hardening applied before any body is read (app/create-app.ts):
 * - security headers (helmet): a same-origin Content-Security-Policy for the dashboard (the
 *   GraphiQL page outside production loads its scripts from a CDN, so /graphql is exempt there),
 *   no MIME sniffing, no framing, HSTS, no referrer across origins;
 * - "trust proxy" from TRUST_PROXY, so rate limits and `secure` cookies see the client;
 * - small bodies for the sign-in routes (the GraphQL body limit is set in create-app).
 */
export function applyHttpHardening(app: NestExpressApplication, env: Env): void {
  if (env.TRUST_PROXY !== undefined) app.set('trust proxy', trustProxyValue(env.TRUST_PROXY));
  app.disable('x-powered-by');
  const production = env.NODE_ENV === 'production';
  const headers = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", 'ws:', 'wss:'],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  const withoutCsp = helmet({ contentSecurityPolicy: false, crossOriginEmbedderPolicy: false });
  app.use((req: Request, res: Response, next: NextFunction) =>
    !production && req.method === 'GET' && req.path === '/graphql'
      ? withoutCsp(req, res, next)
      : headers(req, res, next),
  );
  app.use('/api/auth', express.json({ limit: AUTH_BODY_LIMIT }));
}

/**
 * Caps batched GraphQL requests (a JSON array of operations) at GRAPHQL_MAX_BATCH; registered
 * after the JSON body parser and before Apollo.
 */
export function graphqlBatchCap(max: number) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (Array.isArray(req.body) && req.body.length > max) {
      res.status(400).json({
        errors: [
          {
            message: `A batch may hold at most ${max} operations; this one has ${req.body.length}`,
            extensions: { code: 'BATCH_TOO_LARGE' },
          },
        ],
      });
      return;
    }
    next();
  };
}

function trustProxyValue(value: string): boolean | number | string {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return /^\d+$/.test(value) ? Number(value) : value;
}
