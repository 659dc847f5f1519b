import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import { Logger } from 'nestjs-pino';
import type { Env } from '../config/env.js';
import { validationPipe } from '../common/validation.js';
import { applyHttpHardening, graphqlBatchCap } from '../security/http-hardening.js';
import { AppModule } from './app.module.js';

/** Paths the API owns; everything else is the dashboard (a single-page app). */
const API_PATHS = /^\/(graphql|api|health|metrics)(\/|$)/;

/** A connection with no byte in either direction for this long is closed. */
const IDLE_SOCKET_MS = 120_000;

/** Builds the configured Nest app (not yet listening). */
export async function createApp(
  env: Env,
  options: { quiet?: boolean } = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(env), {
    bufferLogs: true,
    abortOnError: false,
    logger: options.quiet ? false : undefined,
  });
  if (!options.quiet) app.useLogger(app.get(Logger));
  applyHttpHardening(app, env); // security headers, trust proxy, small sign-in bodies
  // GraphQL ingestion batches run to a few MB; NDJSON bulk loads are streamed, not parsed here.
  app.useBodyParser('json', { limit: '16mb' });
  app.use('/graphql', graphqlBatchCap(env.GRAPHQL_MAX_BATCH));
  app.useGlobalPipes(validationPipe());
  app.enableShutdownHooks();
  // Keep idle keep-alive connections longer than clients and load balancers do (60 s is common),
  // so a client never sends a request on a socket the server is closing at that moment.
  const server = app.getHttpServer() as import('node:http').Server;
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  // A bulk NDJSON load (POST /api/events) streams millions of lines for many minutes: no limit on a
  // whole request's duration (Node's default cuts it at 300 s); a client that sends and reads
  // nothing for 2 minutes is cut instead (WebSocket upgrades clear this timeout for themselves).
  server.requestTimeout = 0;
  server.timeout = IDLE_SOCKET_MS;
  serveDashboard(app, env);
  return app;
}

function serveDashboard(app: NestExpressApplication, env: Env): void {
  const dir = resolve(env.DASHBOARD_DIR ?? 'apps/dashboard/dist');
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return;
  app.use(express.static(dir, { index: false, maxAge: '1h', immutable: false }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || API_PATHS.test(req.path)) return next();
    res.sendFile(index);
  });
}
