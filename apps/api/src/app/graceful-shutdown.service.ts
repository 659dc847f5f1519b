import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Server } from 'node:http';

/** Longest wait for in-flight requests before the process goes down anyway. */
const DRAIN_TIMEOUT_MS = 25_000;

/**
 * On SIGTERM Nest runs the shutdown hooks (which close the database) before it closes the HTTP
 * server. This runs first: it stops accepting connections and waits for in-flight requests —
 * an NDJSON upload, a GraphQL query — to finish, so the database closes under no one.
 */
@Injectable()
export class GracefulShutdown implements BeforeApplicationShutdown {
  private readonly logger = new Logger(GracefulShutdown.name);

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  async beforeApplicationShutdown(signal?: string): Promise<void> {
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    if (!server || !server.listening) return;
    this.logger.log(`${signal ?? 'shutdown'}: no new connections; waiting for in-flight requests`);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        server.closeAllConnections();
        resolve();
      }, DRAIN_TIMEOUT_MS);
      server.close(() => {
        clearTimeout(timer);
        resolve();
      });
      server.closeIdleConnections();
    });
  }
}
